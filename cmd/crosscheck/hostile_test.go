package main

import (
	"crosscheck"
	"encoding/json"

	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// hostileFeed is a feed whose every field tries to put live markup or a
// script URL on the briefing page.
const hostileFeed = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Evil &lt;script&gt;alert(1)&lt;/script&gt; News</title>
<item><title>Council &lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt; votes</title>
<guid>javascript:alert(3)</guid><link>javascript:alert(4)</link>
<content:encoded><![CDATA[<p>The council voted on Tuesday to approve the budget, Mayor Jane Smith said.</p>
<script>alert(5)</script><img src=x onerror="alert(6)"><a href="javascript:alert(7)">more</a>
<p>"This is a great day &lt;script&gt;alert(8)&lt;/script&gt;," Smith said.</p>
<p>The budget is $5 million, up 10 percent &lt;b onclick=alert(9)&gt; from last year.</p>]]></content:encoded></item>
<item><title>Council approves budget</title><guid>g2</guid><link>http://example.com/"&gt;&lt;script&gt;alert(10)&lt;/script&gt;</link>
<description>The council voted on Tuesday to approve the budget, Mayor Jane Smith said. The budget is $6 million.</description></item>
</channel></rss>`

// laughsFeed declares entities that would expand to gigabytes.
var laughsFeed = func() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">`)
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, `<!ENTITY l%d "%s">`, i, strings.Repeat(fmt.Sprintf("&l%d;", i-1), 10))
	}
	b.WriteString(`]><rss version="2.0"><channel><title>Bugle &l9;</title><item><guid>l1</guid><title>Laughs &l9;</title>` +
		`<description>The mayor said the council met on Tuesday &l9;.</description></item></channel></rss>`)
	return b.String()
}()

// runOnLines is lines that continue one another with a number on each, a
// run-on "sentence" of n figures.
func runOnLines(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "line %d here\n", i)
	}
	return b.String()
}

// liveMarkup returns the elements and attributes of page that could run
// code or load something: scripts, frames, embedded objects, event
// handlers and links, other than the briefing's own links to the originals
// of the reports.
func liveMarkup(page string) []string {
	var found []string
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return found
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if originalLink(tok) {
				continue
			}
			switch tok.Data {
			case "script", "iframe", "img", "svg", "object", "embed", "a", "base", "form":
				found = append(found, "<"+tok.Data+">")
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "href" || a.Key == "src" {
					found = append(found, tok.Data+" "+a.Key)
				}
			}
		}
	}
}

// TestBriefHostileInputs runs the HTML briefing over hostile and
// degenerate inputs: no input may put live markup on the page, a bad
// input is named and the others are still briefed, and a run-on text of
// many figures gives a page that grows with the text, not with the square
// of it.
func TestBriefHostileInputs(t *testing.T) {
	dir := t.TempDir()
	runOn := runOnLines(3000)
	files := map[string]string{
		"evil.xml":   hostileFeed,
		"laughs.xml": laughsFeed,
		"runon.txt":  runOn,
		"empty.txt":  "",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, page, stderr := runCmd(t, "", "brief", "--format", "html", dir)
	if code != 1 {
		t.Errorf("exit code: got %d, want 1", code)
	}
	if n := strings.Count(stderr, "\n"); n != 1 || !strings.Contains(stderr, "empty.txt") {
		t.Errorf("stderr: got %q, want one error naming empty.txt", stderr)
	}
	if m := liveMarkup(page); m != nil {
		t.Errorf("page holds live markup from the inputs: %q", m)
	}
	_, arts, _ := runCmd(t, "", "articles", dir)
	var all struct{ Articles []crosscheck.Article }
	if err := json.Unmarshal([]byte(arts), &all); err != nil {
		t.Fatal(err)
	}
	if len(all.Articles) < 3 {
		t.Fatalf("got %d articles, want the feed items and the run-on text", len(all.Articles))
	}
	wants := []string{"Smith"}
	for _, a := range all.Articles {
		wants = append(wants, a.ID)
	}
	for _, want := range wants {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q: an input was lost", want)
		}
	}
	if strings.Contains(page, "lollol") {
		t.Error("page holds expanded entities")
	}
	if strings.Contains(page, "ENTITY") {
		t.Error("page holds the feed's doctype: the feed was read as text")
	}
	if limit := 20 * len(runOn); len(page) > limit {
		t.Errorf("page: got %d bytes, want at most %d for %d bytes of input", len(page), limit, len(runOn))
	}
}

// originalLink reports whether tok is a briefing's link to the original of
// a report: an <a> with an http or https href, rel="noopener noreferrer"
// and nothing else.
func originalLink(tok html.Token) bool {
	if tok.Data != "a" || len(tok.Attr) != 2 {
		return false
	}
	href, rel := tok.Attr[0], tok.Attr[1]
	return href.Key == "href" && (strings.HasPrefix(href.Val, "http://") || strings.HasPrefix(href.Val, "https://")) &&
		!strings.ContainsAny(href.Val, "<>\" '") && rel.Key == "rel" && rel.Val == "noopener noreferrer"
}
