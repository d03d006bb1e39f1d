package provenance

import (
	"strings"
	"testing"

	"crosscheck"
)

func FuzzAnalyze(f *testing.F) {
	f.Add(wire, reprint)
	f.Add(own, "")
	f.Add("“Unclosed quote. ” \" « » \u201d", "(AP) — ( ) —")
	f.Add("\xff\xfe\x00 told the", "according to")
	f.Fuzz(func(t *testing.T, a, b string) {
		arts := []crosscheck.Article{{ID: "a", Text: a}, {ID: "b", Outlet: strings.TrimSpace(b[:min(len(b), 20)]), Text: b}}
		r := Analyze(arts)
		for _, art := range arts {
			if r.Origin[art.ID] == "" {
				t.Errorf("article %s has no origin", art.ID)
			}
			for i := range 3 {
				if r.SentenceOrigin(art.ID, i) == "" {
					t.Errorf("sentence %d of %s has no origin", i, art.ID)
				}
			}
		}
		narration(a)
	})
}
