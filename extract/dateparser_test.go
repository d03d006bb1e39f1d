package extract

import (
	"strings"
	"testing"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// TestHTMLDateExtensiveSearch checks the stand-in for go-dateparser that
// go.mod puts in its place (internal/dateparser): crosscheck runs
// go-htmldate with its extensive search off, but a build that turns it
// on must still read the dates go-htmldate hands to the parser, not
// compile and then find nothing.
func TestHTMLDateExtensiveSearch(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"on the 21st of Sept. 2023", "2023-09-21"},
		{"Sept. 21 2023 9.30 p.m.", "2023-09-21"},
		{"Posted by the desk", ""},
	} {
		page := `<html><head><title>Headline</title></head><body><article><h1>Headline</h1><span class="date">` +
			tc.text + `</span><p>The body of the article, long enough to be read as one.</p></article></body></html>`
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		fast, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true})
		if err != nil {
			t.Fatal(err)
		}
		if !fast.IsZero() {
			t.Fatalf("%q: the quick search already reads %v; the test needs text only the parser reads", tc.text, fast.DateTime)
		}
		r, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if !r.IsZero() {
			got = r.DateTime.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("%q: extensive search found %q, want %q", tc.text, got, tc.want)
		}
	}
}
