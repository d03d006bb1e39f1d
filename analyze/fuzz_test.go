package analyze

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck"
)

func FuzzStory(f *testing.F) {
	f.Add("WASHINGTON (AP) — The Senate passed the bill on Friday, 51 to 49.", "The Senate passed the bill on Friday, AP reported.", "AP")
	f.Add("“Quoted.” He said.\n\n\n", "\xff\xfe", "")
	f.Fuzz(func(t *testing.T, a, b, outlet string) {
		arts := []crosscheck.Article{{ID: "a", Text: a, Outlet: outlet}, {ID: "b", Text: b}}
		br := mustStory(t, context.Background(), crosscheck.Story{ID: "s"}, arts)
		if len(br.Articles) != 2 {
			t.Fatalf("got %d articles, want 2", len(br.Articles))
		}
		for _, c := range br.Summary {
			if len(c.Articles) == 0 {
				t.Errorf("summary sentence %q cites no article", c.Text)
			}
		}
		for _, fact := range br.Facts {
			if fact.Independent < 1 || fact.Independent > len(fact.Articles)*2 {
				t.Errorf("fact %+v: independent out of range", fact)
			}
		}
	})
}

// FuzzBound checks that bound keeps any text within its limits, keeps a
// text that needs no cut whole, and never splits a character.
func FuzzBound(f *testing.F) {
	f.Add("The council met. “Yes,” she said.\n\n12 34 56 Anna Berg")
	f.Add(strings.Repeat("word ", 200) + "\n\n" + strings.Repeat("9\n", 50))
	f.Add("\xff\xfe \u201c\u201c\u201c")
	l := Limits{MaxBytes: 600, MaxParagraphBytes: 120, MaxSentences: 8, MaxNames: 10, MaxNumbers: 6, MaxQuoteMarks: 4}.orDefault()
	f.Fuzz(func(t *testing.T, text string) {
		got, why := bound(text, l)
		if why == "" && got != text {
			t.Fatalf("no cut given but text changed: %q to %q", text, got)
		}
		if len(got) > l.MaxBytes {
			t.Errorf("got %d bytes, want at most %d", len(got), l.MaxBytes)
		}
		if why != "" {
			for _, p := range strings.Split(got, "\n\n") {
				if len(p) > l.MaxParagraphBytes {
					t.Errorf("paragraph of %d bytes, want at most %d", len(p), l.MaxParagraphBytes)
				}
			}
		}
		if utf8.ValidString(text) && !utf8.ValidString(got) {
			t.Errorf("cut split a character: %q", got)
		}
	})
}
