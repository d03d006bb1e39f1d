package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

func FuzzArticles(f *testing.F) {
	for _, d := range testcorpus.SeedDocuments(f) {
		// The head and tail of each seed: whole reports make the fuzzing
		// engine crawl.
		s := d.Body
		f.Add(s[:strings.LastIndex(s[:min(len(s), 1500)], "\n")+1], "")
		f.Add(s[strings.Index(s[max(0, len(s)-1500):], "\n")+max(0, len(s)-1500):], "")
	}
	f.Add("", "")
	f.Add("\n\n\n", "id")
	f.Add("By\n----\n(AP) —\n![](", "x")
	f.Add("WASHINGTON (AP) — A.\nBRUSSELS (AP) — B.\n___\nC contributed to this report.", "")
	f.Fuzz(func(t *testing.T, body, id string) {
		doc := crosscheck.Document{Source: "dir/f.txt", ID: id, Body: body}
		arts, dropped := Articles(doc)
		ids := map[string]bool{}
		for i, a := range arts {
			if a.Part != i+1 {
				t.Errorf("article %d has part %d", i, a.Part)
			}
			if strings.TrimSpace(a.Text) == "" && a.Title == "" {
				t.Errorf("article %s has neither text nor title", a.ID)
			}
			if ids[a.ID] {
				t.Errorf("id %q repeated", a.ID)
			}
			ids[a.ID] = true
			if a.File != doc.Source {
				t.Errorf("article file %q, want %q", a.File, doc.Source)
			}
			if !utf8.ValidString(a.Text) || strings.Contains(a.Text, "\n\n\n") || a.Text != strings.TrimSpace(a.Text) {
				t.Errorf("article %s: badly formed text %q", a.ID, a.Text)
			}
		}
		for _, d := range dropped {
			if d.Part < 0 || d.Part > len(arts) {
				t.Errorf("dropped %q has part %d of %d", d.Text, d.Part, len(arts))
			}
		}
	})
}

func BenchmarkArticles(b *testing.B) {
	docs := testcorpus.SeedDocuments(b)
	size := 0
	for _, d := range docs {
		size += len(d.Body)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			Articles(d)
		}
	}
}
