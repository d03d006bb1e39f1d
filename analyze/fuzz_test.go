package analyze

import (
	"context"
	"testing"

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
