package discrepancy

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/analyze/figures"
	"crosscheck/clean"
	"crosscheck/internal/testcorpus"
)

var quoted = regexp.MustCompile(`[“"]([^”"]{3,}?)[”"]`)

// seedQuotes finds the quotations of the articles the simple way, without
// speakers: each distinct text between quotation marks is one Quote.
func seedQuotes(arts []crosscheck.Article) []crosscheck.Quote {
	var out []crosscheck.Quote
	index := map[string]int{}
	for _, a := range arts {
		for _, m := range quoted.FindAllStringSubmatch(a.Text, -1) {
			k := strings.ToLower(strings.Trim(m[1], " ,."))
			i, ok := index[k]
			if !ok {
				i = len(out)
				index[k] = i
				out = append(out, crosscheck.Quote{Text: m[1]})
			}
			if len(out[i].Articles) == 0 || out[i].Articles[len(out[i].Articles)-1] != a.ID {
				out[i].Articles = append(out[i].Articles, a.ID)
			}
		}
	}
	return out
}

// gold is the part of testdata/seeds-gold.json that this package answers.
type gold struct {
	Equivalent []struct {
		A string `json:"a"`
		B string `json:"b"`
	} `json:"equivalent_not_discrepant"`
	Discrepancies []struct {
		Kind     crosscheck.DiscrepancyKind `json:"kind"`
		Variants []crosscheck.Cited         `json:"variants"`
	} `json:"discrepancies"`
}

func readGold(t *testing.T) gold {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds-gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

func findSeeds(t *testing.T) []crosscheck.Discrepancy {
	arts := testcorpus.GoldSeeds(t, clean.Articles)
	set := entities.Extract(arts)
	return Find(arts, set.Entities, seedQuotes(arts), figures.Extract(arts), nil)
}

// covers reports whether v carries the gold variant: its text within v's
// and its articles among v's.
func covers(v, want crosscheck.Cited) bool {
	if !strings.Contains(v.Text, want.Text) {
		return false
	}
	for _, a := range want.Articles {
		if !slices.Contains(v.Articles, a) {
			return false
		}
	}
	return true
}

func TestFindSeeds(t *testing.T) {
	got := findSeeds(t)
	for _, want := range readGold(t).Discrepancies {
		t.Run(string(want.Kind), func(t *testing.T) {
			for _, d := range got {
				ok := d.Kind == want.Kind
				for _, wv := range want.Variants {
					ok = ok && slices.ContainsFunc(d.Variants, func(v crosscheck.Cited) bool { return covers(v, wv) })
				}
				if ok {
					return
				}
			}
			t.Errorf("no discrepancy covers %v; got %v", want, got)
		})
	}
}

func TestFindSeedsEquivalents(t *testing.T) {
	got := findSeeds(t)
	for _, eq := range readGold(t).Equivalent {
		for _, d := range got {
			a := slices.ContainsFunc(d.Variants, func(v crosscheck.Cited) bool { return strings.Contains(v.Text, eq.A) })
			b := slices.ContainsFunc(d.Variants, func(v crosscheck.Cited) bool { return strings.Contains(v.Text, eq.B) })
			if a && b {
				t.Errorf("%q and %q mean the same, but got discrepancy %v", eq.A, eq.B, d)
			}
		}
	}
	// The reports agree on every figure and statement: the only
	// disagreements a careful reader finds are a name and a quotation.
	for _, d := range got {
		if d.Kind == crosscheck.FigureDiscrepancy || d.Kind == crosscheck.ClaimDiscrepancy {
			t.Errorf("false alarm: %v", d)
		}
	}
}

func BenchmarkFindSeeds(b *testing.B) {
	arts := testcorpus.GoldSeeds(b, clean.Articles)
	// Five copies of the story, as a story of thirty articles.
	many := testcorpus.Copies(arts, 5)
	set := entities.Extract(many)
	qs := seedQuotes(many)
	figs := figures.Extract(many)
	for b.Loop() {
		Find(many, set.Entities, qs, figs, nil)
	}
}

func BenchmarkAnalyseSeeds(b *testing.B) {
	arts := testcorpus.GoldSeeds(b, clean.Articles)
	many := testcorpus.Copies(arts, 5)
	qs := seedQuotes(many)
	for b.Loop() {
		set := entities.Extract(many)
		Find(many, set.Entities, qs, figures.Extract(many), nil)
	}
}

func TestFindSeedsDeterministic(t *testing.T) {
	want := findSeeds(t)
	for range 5 {
		if diff := cmp.Diff(want, findSeeds(t)); diff != "" {
			t.Fatalf("Find differs between runs (-first +later):\n%s", diff)
		}
	}
}
