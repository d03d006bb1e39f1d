package extract_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/extract"

	"github.com/google/go-cmp/cmp"
)

// article is a news page with the furniture extractors must leave out.
const article = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge to close for repairs | The Coast Herald</title>
<meta property="og:site_name" content="The Coast Herald">
<meta property="og:title" content="Harbour bridge to close for repairs">
<meta name="description" content="Drivers face a long detour.">
<meta name="author" content="Maria Gomez">
<meta property="article:published_time" content="2024-05-02T07:15:00Z">
<link rel="canonical" href="https://herald.example/news/bridge-repairs">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour bridge to close for repairs</h1>
<p>Drivers face a long detour.</p>
<p>The harbour bridge will close for six weeks from Monday while engineers replace worn bearings, the city council said on Thursday.</p>
<p>Traffic will be sent along the coast road, adding about twenty minutes to a typical journey into the centre at peak times.</p>
<div class="ad">Advertisement</div>
<p>"We know this is disruptive, but the work cannot wait any longer," said the council's head of transport, who asked drivers to plan ahead.</p>
<p>Buses will keep running across a temporary lane on the old swing bridge, which reopened to light traffic last year after its own refit.</p>
<p>The council expects the bridge to reopen in time for the summer festival, when traffic in the harbour area usually doubles.</p>
<p>Share this article</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm warning for weekend</a></li><li><a href="/b">Schools to stay open</a></li></ul></aside>
<footer>Copyright 2024 The Coast Herald. All rights reserved.</footer>
</body></html>`

func TestHTML(t *testing.T) {
	doc := crosscheck.Document{Source: "bridge.html", Format: crosscheck.FormatHTML, Body: article}
	got, err := extract.HTML(context.Background(), doc, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(got.Body, "\n\n")
	if len(paras) != 5 {
		t.Errorf("got %d paragraphs, want 5:\n%s", len(paras), got.Body)
	}
	for _, want := range []string{"The harbour bridge will close for six weeks", "swing bridge", "summer festival"} {
		if !strings.Contains(got.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, got.Body)
		}
	}
	for _, furniture := range []string{"Advertisement", "Share this", "Most read", "Storm warning", "Copyright", "Home", "Harbour bridge to close", "long detour"} {
		if strings.Contains(got.Body, furniture) {
			t.Errorf("body holds furniture %q:\n%s", furniture, got.Body)
		}
	}
	got.Body = ""
	want := crosscheck.Document{
		Source: "bridge.html", Format: crosscheck.FormatText, Title: "Harbour bridge to close for repairs",
		Outlet: "The Coast Herald", Authors: []string{"Maria Gomez"},
		Published: crosscheck.Date{Time: time.Date(2024, 5, 2, 7, 15, 0, 0, time.UTC)},
		URL:       "https://herald.example/news/bridge-repairs", Language: "en",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("metadata mismatch (-want +got):\n%s", diff)
	}
}

func TestHTMLKeepsGivenMetadata(t *testing.T) {
	doc := crosscheck.Document{
		Source: "feed.xml", ID: "item-7", Format: crosscheck.FormatHTML, Body: article,
		Title: "Feed title", Outlet: "Feed outlet", URL: "https://feed.example/7",
	}
	got, err := extract.HTML(context.Background(), doc, extract.Options{Fast: true})
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != doc.Title || got.Outlet != doc.Outlet || got.URL != doc.URL {
		t.Errorf("got title %q, outlet %q, url %q; want the document's %q, %q, %q",
			got.Title, got.Outlet, got.URL, doc.Title, doc.Outlet, doc.URL)
	}
	if got.Language != "en" {
		t.Errorf("got language %q, want %q filled from the page", got.Language, "en")
	}
}

// prose returns n paragraphs of distinct running text.
func prose(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "<p>Paragraph %d tells how the inspectors walked the length of the span and counted %d loose bolts before noon.</p>\n", i, i*3+1)
	}
	return b.String()
}

func TestHTMLHostile(t *testing.T) {
	nested := strings.Repeat("<div>", 100_000) + "<p>" + strings.Repeat("Deep text of the page goes here. ", 20) + "</p>" + strings.Repeat("</div>", 100_000)
	huge := "<html><body><article>" + prose(40) + strings.Repeat("<script>var x = 1;</script><div class=\"junk\"><span>filler</span></div>\n", 160_000) + "</article></body></html>"
	tests := []struct {
		name     string
		body     string
		wantKind crosscheck.Kind // Other: success
		wantText string          // when success
	}{
		{"empty", "", crosscheck.Empty, ""},
		{"blank", " \n\t ", crosscheck.Empty, ""},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + strings.Repeat("\x00\xff\x13", 1000), crosscheck.Binary, ""},
		{"no text", "<html><body><img src=a.png><script>x()</script></body></html>", crosscheck.Empty, ""},
		{"unclosed tags", "<html><body><div><p>" + strings.Repeat("An unclosed paragraph keeps going with more words in it <b>bold <i>italic ", 30), crosscheck.Other, "unclosed paragraph"},
		{"nested 100k divs", nested, crosscheck.Other, "Deep text"},
		{"10 MB page", huge, crosscheck.Other, "loose bolts"},
		{"text, not html", strings.Repeat("Just a plain line of text without markup at all. ", 20), crosscheck.Other, "plain line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := crosscheck.Document{Source: tt.name, Format: crosscheck.FormatHTML, Body: tt.body}
			got, err := extract.HTML(context.Background(), doc, extract.Options{Timeout: 20 * time.Second})
			if tt.wantKind != crosscheck.Other {
				if k := crosscheck.ErrorKind(err); k != tt.wantKind {
					t.Fatalf("got error %v (kind %v), want kind %v", err, k, tt.wantKind)
				}
				if !strings.Contains(err.Error(), tt.name) {
					t.Errorf("error %q does not name the input %q", err, tt.name)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want text", err)
			}
			if !strings.Contains(got.Body, tt.wantText) {
				t.Errorf("body lacks %q:\n%.300s", tt.wantText, got.Body)
			}
		})
	}
}

func TestHTMLCharsets(t *testing.T) {
	const text = "Der Bürgermeister eröffnete die Brücke über die Förde am frühen Morgen des ersten Maitages."
	page := func(decl, body string) string {
		return "<html><head>" + decl + "</head><body><article>" + strings.Repeat("<p>"+body+"</p>", 6) + "</article></body></html>"
	}
	latin1 := string([]byte{'B', 0xfc, 'r', 'g', 'e', 'r', 'm', 'e', 'i', 's', 't', 'e', 'r'})
	latinText := strings.ReplaceAll(text, "Bürgermeister", latin1)
	latinText = strings.NewReplacer("ö", "\xf6", "ü", "\xfc").Replace(latinText)
	tests := []struct {
		name string
		body string
	}{
		{"utf-8 declared", page(`<meta charset="utf-8">`, text)},
		{"utf-8 undeclared", page("", text)},
		{"latin-1 declared", page(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, latinText)},
		{"latin-1 declared as utf-8", page(`<meta charset="utf-8">`, latinText)},
		{"utf-8 declared as latin-1", page(`<meta charset="iso-8859-1">`, text)},
		{"utf-8 declared as unknown", page(`<meta charset="x-no-such-charset">`, text)},
		{"utf-8 with byte-order mark", "\xef\xbb\xbf" + page("", text)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := crosscheck.Document{Source: tt.name, Format: crosscheck.FormatHTML, Body: tt.body}
			got, err := extract.HTML(context.Background(), doc, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got.Body, "Bürgermeister eröffnete die Brücke über die Förde") {
				t.Errorf("got body %.200q, want the text decoded", got.Body)
			}
		})
	}
}

func TestHTMLNotHTML(t *testing.T) {
	doc := crosscheck.Document{Source: "notes.txt", Format: crosscheck.FormatText, Body: "plain"}
	_, err := extract.HTML(context.Background(), doc, extract.Options{})
	if k := crosscheck.ErrorKind(err); k != crosscheck.Unsupported {
		t.Errorf("got error %v (kind %v), want kind %v", err, k, crosscheck.Unsupported)
	}
}

func TestHTMLCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := crosscheck.Document{Source: "bridge.html", Format: crosscheck.FormatHTML, Body: article}
	_, err := extract.HTML(ctx, doc, extract.Options{})
	if k := crosscheck.ErrorKind(err); k != crosscheck.Timeout || !errors.Is(err, context.Canceled) {
		t.Errorf("got error %v (kind %v), want kind %v wrapping context.Canceled", err, k, crosscheck.Timeout)
	}
}

func ExampleHTML() {
	page := `<html><head><meta property="og:title" content="Library reopens">
<meta property="og:site_name" content="Town News"></head><body><article>
<h1>Library reopens</h1>
<p>The town library reopened on Saturday after a year of building work, with a new children's room and longer opening hours.</p>
<p>Hundreds of readers queued outside before the doors opened at nine, and the first books were borrowed within minutes.</p>
</article></body></html>`
	doc, err := extract.HTML(context.Background(), crosscheck.Document{Source: "page.html", Format: crosscheck.FormatHTML, Body: page}, extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title, "|", doc.Outlet)
	fmt.Println(doc.Body)
	// Output:
	// Library reopens | Town News
	// The town library reopened on Saturday after a year of building work, with a new children's room and longer opening hours.
	//
	// Hundreds of readers queued outside before the doors opened at nine, and the first books were borrowed within minutes.
}
