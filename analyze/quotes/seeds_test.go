package quotes

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck"
	"crosscheck/clean"
	"crosscheck/internal/testcorpus"
	"crosscheck/internal/textproc"
)

// goldQuote is a quotation of seeds-gold.json.
type goldQuote struct {
	Speaker  string   `json:"speaker"`
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

// folded is a text's folded words, for comparing quotations whatever their
// typography.
func folded(s string) string { return " " + strings.Join(textproc.FoldedWords(s), " ") + " " }

// wireOrigin stands in for provenance in tests: the part of an id before
// the part number, so that the parts of one file share an origin.
func wireOrigin(id string, _ int) string { return strings.SplitN(id, "#", 2)[0] }

func TestSeedsGoldQuotes(t *testing.T) {
	var g struct {
		Articles []struct {
			ID   string `json:"id"`
			File string `json:"file"`
			Part int    `json:"part"`
		} `json:"articles"`
		Quotes []goldQuote `json:"quotes"`
	}
	testcorpus.Gold(t, &g)
	if len(g.Quotes) == 0 {
		t.Fatal("no gold quotes")
	}
	// The gold names articles "000#1"; clean gives each file's part an id.
	arts := testcorpus.Seeds(t, clean.Articles)
	byPart := map[string]string{}
	for _, a := range arts {
		byPart[fmt.Sprintf("%s#%d", filepath.Base(a.File), a.Part)] = a.ID
	}
	ids := map[string]string{}
	for _, a := range g.Articles {
		ids[a.ID] = byPart[fmt.Sprintf("%s#%d", filepath.Base(a.File), a.Part)]
	}
	got := Extract(arts, nil, wireOrigin)
	for _, want := range g.Quotes {
		t.Run(want.Speaker, func(t *testing.T) {
			var match *crosscheck.Quote
			for i, q := range got {
				texts := []string{q.Text}
				for _, v := range q.Variants {
					texts = append(texts, v.Text)
				}
				for _, s := range texts {
					if strings.Contains(folded(s), folded(want.Text)) {
						match = &got[i]
					}
				}
				if match != nil {
					break
				}
			}
			if match == nil {
				t.Fatalf("no quote holds %q", want.Text)
			}
			if match.Speaker != want.Speaker {
				t.Errorf("speaker of %q: got %q, want %q", want.Text, match.Speaker, want.Speaker)
			}
			for _, id := range want.Articles {
				if !contains(match.Articles, ids[id]) {
					t.Errorf("articles of %q: got %v, want %s among them", want.Text, match.Articles, id)
				}
			}
		})
	}
}

// TestSeedsQuoteDiscrepancy checks that the two wordings of Hegseth's
// "illusionary"/"illusory" goal are variants of one quotation.
func TestSeedsQuoteDiscrepancy(t *testing.T) {
	got := Extract(testcorpus.Seeds(t, clean.Articles), nil, wireOrigin)
	for _, q := range got {
		var a, b bool
		for _, v := range q.Variants {
			a = a || strings.Contains(folded(v.Text), " illusionary goal ")
			b = b || strings.Contains(folded(v.Text), " illusory goal ")
		}
		if a && b {
			return
		}
	}
	t.Errorf("no quote has both \"illusionary goal\" and \"illusory goal\" as variants")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
