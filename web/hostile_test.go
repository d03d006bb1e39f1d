package web

import (
	"context"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"crosscheck"
)

// Hostile strings a report may carry in any field.
const (
	xssScript = `<script>alert("x")</script>`
	xssImg    = `<img src=x onerror=alert(1)>`
	xssAttr   = `" onmouseover="alert(1)`
	xssClose  = `</mark></p><script>steal()</script>`
)

func TestHostileTextIsEscaped(t *testing.T) { eachStore(t, testHostileTextIsEscaped) }

func testHostileTextIsEscaped(t *testing.T, open opener) {
	ctx := context.Background()
	s := open(t)
	text := func(n int) string {
		return "Officials said " + xssScript + " on Monday that the dam at Brookfield failed after heavy rain, flooding " + xssImg + " the valley.\n\n" +
			`"We were not warned ` + xssClose + `," said Maria Lopez, a resident.` + "\n\nThe dam held " + strings.Repeat("9", n) + " cubic metres of water."
	}
	arts := []crosscheck.Article{
		{File: "h1.txt", Title: "Dam fails " + xssScript, Outlet: "Evil " + xssImg, URL: "javascript:alert(document.cookie)", Published: crosscheck.Day(2025, 5, 5), Text: text(2)},
		{File: "h2.txt", Title: "Brookfield dam " + xssAttr, Outlet: "Other " + xssAttr, URL: "JaVaScRiPt:alert(2)", Published: crosscheck.Day(2025, 5, 6), Text: text(3)},
		{File: "h3.txt", Title: "Flood " + xssClose, Outlet: "Third", URL: "data:text/html,<script>alert(3)</script>", Published: crosscheck.Day(2025, 5, 6), Text: text(2)},
		{File: "h4.txt", Title: "Dam at Brookfield", Outlet: "Fourth", URL: "https://safe.example/dam?a=1&b=" + url.QueryEscape(xssScript), Published: crosscheck.Day(2025, 5, 7), Text: text(2)},
	}
	for i := range arts {
		arts[i].Part = 1
		arts[i].ID = crosscheck.ArticleID(arts[i].File, "", 1)
	}
	stories := fill(t, s, arts)
	// A briefing whose every field is hostile, beside the one analysis made.
	sid := stories[0].ID
	b, err := s.Briefing(ctx, sid)
	if err != nil {
		t.Fatal(err)
	}
	ids := stories[0].Articles
	b.Title = "Story " + xssScript
	b.Summary = append(b.Summary, crosscheck.Cited{Text: "Summary " + xssClose, Articles: ids})
	b.Facts = append(b.Facts, crosscheck.Fact{Text: "Fact " + xssImg, Articles: ids, Independent: 1})
	b.Quotes = append(b.Quotes, crosscheck.Quote{Speaker: "Speaker " + xssAttr, Text: "Quote " + xssScript, Articles: ids, Variants: []crosscheck.Cited{{Text: "V1 " + xssClose, Articles: ids[:1]}, {Text: "V2 " + xssImg, Articles: ids[1:]}}})
	b.Entities = append(b.Entities, crosscheck.Entity{Name: "Entity " + xssScript + "/../../api/health?x=1#y", Kind: crosscheck.Person, Articles: ids})
	b.Discrepancies = append(b.Discrepancies, crosscheck.Discrepancy{Kind: crosscheck.FigureDiscrepancy + " " + xssAttr, About: "About " + xssScript, Variants: []crosscheck.Cited{{Text: xssImg, Articles: ids[:1]}, {Text: xssClose, Articles: ids[1:]}}})
	st, err := s.Story(ctx, sid)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutBriefing(ctx, b, st.Revision); err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Store: s})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	pages := []string{"/", "/?outlet=" + url.QueryEscape(xssImg), "/stories/" + sid, "/search?q=" + url.QueryEscape("not warned"), "/search?q=" + url.QueryEscape(xssScript),
		"/entities/" + url.PathEscape("Entity "+xssScript), "/outlets/" + url.PathEscape("Evil "+xssImg), "/stories/" + url.PathEscape(xssScript), "/?order=" + url.QueryEscape(xssScript)}
	for _, a := range arts {
		pages = append(pages, "/articles/"+a.ID)
	}
	sawOriginal, sawDisagreement := false, false
	for _, p := range pages {
		resp, body := get(t, srv, p)
		if resp.StatusCode != 200 && resp.StatusCode != 404 && resp.StatusCode != 400 {
			t.Errorf("%s: status %d", p, resp.StatusCode)
		}
		for _, bad := range liveMarkup(t, body) {
			t.Errorf("%s: %s", p, bad)
		}
		sawOriginal = sawOriginal || strings.Contains(body, `href="https://safe.example/dam?`)
		sawDisagreement = sawDisagreement || strings.Contains(body, "About &lt;script&gt;")
	}
	if !sawOriginal {
		t.Error("the one http(s) original is not linked")
	}
	if !sawDisagreement {
		t.Error("the hostile disagreement is not shown escaped")
	}
	// The API is JSON: hostile text stays data, served as JSON, never
	// sniffed as HTML.
	resp, body := get(t, srv, "/api/stories/"+sid)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("API content type %q", ct)
	}
	if !strings.Contains(body, "About <script>") {
		t.Error("the API does not return the briefing's text as it is")
	}
}

// liveMarkup parses page as a browser would and returns what in it could
// run or load: a script, image, frame, object or embed element, an event
// handler attribute, a style attribute, or a link or form target that is
// neither local nor http(s).
func liveMarkup(t *testing.T, page string) []string {
	t.Helper()
	var bad []string
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return bad
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "script", "img", "iframe", "object", "embed", "svg", "base", "meta":
				if tok.Data == "meta" && len(tok.Attr) > 0 && (tok.Attr[0].Key == "charset" || tok.Attr[0].Key == "name") {
					break
				}
				bad = append(bad, "element "+tok.String())
			}
			for _, a := range tok.Attr {
				switch {
				case strings.HasPrefix(a.Key, "on"), a.Key == "style", a.Key == "srcdoc":
					bad = append(bad, "attribute "+a.Key+" in "+tok.String())
				case a.Key == "href" || a.Key == "src" || a.Key == "action":
					v := strings.TrimSpace(a.Val)
					if v != "" && !strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "//") {
						bad = append(bad, a.Key+"="+v)
					}
				}
			}
		}
	}
}
