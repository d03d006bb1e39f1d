package extract_test

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/extract"
)

// FuzzHTML checks that no page makes extraction panic, hang or return
// text that is not UTF-8, and that failures are crosscheck errors naming
// the page.
func FuzzHTML(f *testing.F) {
	for _, seed := range []string{
		article,
		"",
		"<html>",
		"<p>unclosed <b>bold <i>italic",
		strings.Repeat("<div>", 2000) + "deep" + strings.Repeat("</div>", 10),
		"<meta charset=utf-8><p>Gr\xfc\xdfe aus K\xf6ln</p>",
		"<meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>",
		"\xef\xbb\xbf<p>bom</p>",
		"\xff\xfe<\x00p\x00>\x00",
		"\x00\x01\x02binary",
		`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"x","author":{"name":["a"]}}]}</script><p>text</p>`,
		`<script type="application/ld+json">[[[[{"@type":"Article","articleBody":5}]]]]</script>`,
		"<table><tr><td>a<td>b<tr><td>c</table><br><br>text",
		"<svg><title>t</title></svg><template><p>x</p></template><noscript><p>y</p></noscript>",
		"<!-- <div> --><![CDATA[x]]><?xml version='1.0'?><p>z</p>",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, page string) {
		doc := crosscheck.Document{Source: "fuzz.html", Format: crosscheck.FormatHTML, Body: page}
		got, err := extract.HTML(context.Background(), doc, extract.Options{Timeout: 5 * time.Second})
		if crosscheck.ErrorKind(err) == crosscheck.Timeout {
			t.Fatalf("extraction ran past its time limit: %v", err)
		}
		if err != nil {
			if crosscheck.ErrorKind(err) == crosscheck.Other || !strings.Contains(err.Error(), "fuzz.html") {
				t.Fatalf("got error %q, want a classified error naming the input", err)
			}
			return
		}
		if !utf8.ValidString(got.Body) || !utf8.ValidString(got.Title) {
			t.Errorf("got invalid UTF-8: body %q, title %q", got.Body, got.Title)
		}
		if strings.TrimSpace(got.Body) == "" {
			t.Errorf("got empty body without an error")
		}
	})
}
