package facts

import (
	"testing"

	"crosscheck"
)

func FuzzAlign(f *testing.F) {
	f.Add("The bridge closed on Tuesday. It cost $1,250.5 million.", "Engineers closed the bridge on Tuesday.")
	f.Add("\xff\x00 un non 3.", "")
	f.Fuzz(func(t *testing.T, a, b string) {
		arts := []crosscheck.Article{{ID: "a", Text: a}, {ID: "b", Text: b}}
		for _, fact := range Align(arts, nil) {
			if len(fact.Articles) == 0 || fact.Independent < 1 || fact.Independent > len(fact.Articles)*2 {
				t.Errorf("fact %+v: bad articles or independence", fact)
			}
		}
	})
}
