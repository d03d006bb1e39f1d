package quotes

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck"
	"crosscheck/clean"
	"crosscheck/internal/textproc"
)

const seedsDir = "../../testdata"

// seedArticles cleans the seed reports as the pipeline would.
func seedArticles(t *testing.T) []crosscheck.Article {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(seedsDir, "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds in %s: %v", seedsDir, err)
	}
	var arts []crosscheck.Article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc := crosscheck.Document{Source: filepath.Base(p), Format: crosscheck.FormatText, Body: textproc.Normalize(string(b))}
		as, _ := clean.Articles(doc)
		arts = append(arts, as...)
	}
	return arts
}

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
	b, err := os.ReadFile(filepath.Join(seedsDir, "seeds-gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Articles []struct {
			ID   string `json:"id"`
			File string `json:"file"`
			Part int    `json:"part"`
		} `json:"articles"`
		Quotes []goldQuote `json:"quotes"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Quotes) == 0 {
		t.Fatal("no gold quotes")
	}
	// The gold names articles "000#1"; clean names them by file and part.
	ids := map[string]string{}
	for _, a := range g.Articles {
		ids[a.ID] = fmt.Sprintf("%s#%d", a.File, a.Part)
	}
	got := Extract(seedArticles(t), nil, wireOrigin)
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
	got := Extract(seedArticles(t), nil, wireOrigin)
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
