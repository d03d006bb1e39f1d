package analyze

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/internal/testcorpus"
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

// FuzzStoryCost analyses generated article sets, a fuzzed report beside
// copies of it reworded and three good reports, and checks that the
// analysis does not panic and that its work (see checkCost) stays within
// a fixed part plus a part per byte of input, whatever the report holds.
func FuzzStoryCost(f *testing.F) {
	f.Add("WASHINGTON (AP) — The Senate passed the bill on Friday, 51 to 49, Senator Jane Roe said.", uint8(3))
	f.Add(strings.Repeat("“Yes,” said Anna Berg. ", 40), uint8(2))
	f.Add(strings.Repeat("12 ", 300)+"\n\n"+strings.Repeat("Boris Novak ", 100), uint8(1))
	f.Add(strings.Repeat("\u201c", 500), uint8(0))
	good := testcorpus.Reports(3)
	f.Fuzz(func(t *testing.T, text string, copies uint8) {
		if len(text) > 64<<10 {
			return
		}
		arts := append([]crosscheck.Article{}, good...)
		arts = append(arts, crosscheck.Article{ID: "f", Outlet: "Fuzz", Text: text})
		// Copies with a word changed each, as outlets rewrite a report,
		// so that they are compared rather than merged as one.
		for i := range int(copies % 8) {
			arts = append(arts, crosscheck.Article{ID: fmt.Sprintf("f%d", i), Outlet: fmt.Sprintf("Copy %d", i), Text: strings.Replace(text, " ", fmt.Sprintf(" w%d ", i), 1)})
		}
		checkCost(t, arts)
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
