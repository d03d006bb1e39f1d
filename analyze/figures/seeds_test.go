package figures

import (
	"testing"
	"time"

	"crosscheck/clean"
	"crosscheck/internal/testcorpus"
)

func TestExtractSeeds(t *testing.T) {
	figs := Extract(testcorpus.GoldSeeds(t, clean.Articles))
	tests := []struct {
		name     string
		value    float64
		unit     string
		articles []string // among the figure's articles
	}{
		{"aid to Ukraine", 126e9, "USD", []string{"000#1", "001#2", "004#1"}},
		{"aid from the U.S.", 66.5e9, "USD", []string{"000#1", "001#2", "004#1"}},
		{"Putin call, in minutes and in hours", 90, Minutes, []string{"002#1", "004#1"}},
		{"Zelenskyy call", 60, Minutes, []string{"002#1"}},
		{"other NATO nations", 31, "nations", []string{"000#1", "001#2"}},
		{"allies", 32, "allies", []string{"000#1", "001#2"}},
		{"invasion", unixDays(2022, time.February, 24), DateUnit, []string{"000#1", "001#2"}},
		{"spending target", 5, Percent, []string{"000#1", "001#2"}},
		{"Fogel's return", unixDays(2025, time.February, 11), DateUnit, []string{"000#1", "001#1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range figs {
				if f.Unit == tc.unit && f.Value == tc.value && contains(f.Articles, tc.articles) {
					return
				}
			}
			t.Errorf("no figure of %v %s in all of %v", tc.value, tc.unit, tc.articles)
		})
	}
}

func contains(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			found = found || h == w
		}
		if !found {
			return false
		}
	}
	return true
}
