package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/clean"
	"crosscheck/internal/testcorpus"
)

// gold is the part of testdata/seeds-gold.json that this package answers.
type gold struct {
	Entities []struct {
		Name     string   `json:"name"`
		Kind     string   `json:"kind"`
		Variants []string `json:"variants"`
	} `json:"entities"`
}

func readGold(t *testing.T) gold {
	t.Helper()
	var g gold
	testcorpus.Gold(t, &g)
	return g
}

func TestExtractSeeds(t *testing.T) {
	s := Extract(testcorpus.GoldSeeds(t, clean.Articles))
	for _, want := range readGold(t).Entities {
		t.Run(want.Name, func(t *testing.T) {
			var holders []string
			for _, v := range want.Variants {
				e, ok := s.Resolve(v)
				if !ok {
					t.Errorf("Resolve(%q) found nothing, want %q", v, want.Name)
					continue
				}
				if !contains(holders, e.Name) {
					holders = append(holders, e.Name)
				}
				if !contains(e.Variants, v) {
					t.Errorf("entity %q has variants %q, want %q among them", e.Name, e.Variants, v)
				}
			}
			if len(holders) != 1 {
				t.Fatalf("variants %q fall into entities %q, want one entity", want.Variants, holders)
			}
			e, _ := s.Resolve(want.Name)
			if e.Name != want.Name {
				t.Errorf("name: got %q, want %q", e.Name, want.Name)
			}
			if string(e.Kind) != want.Kind {
				t.Errorf("kind of %q: got %s, want %s", e.Name, e.Kind, want.Kind)
			}
		})
	}
}

func TestResolveSeeds(t *testing.T) {
	s := Extract(testcorpus.GoldSeeds(t, clean.Articles))
	tests := []struct {
		mention string
		want    string // "" for no entity
	}{
		{"Mr. Rutte", "Mark Rutte"},
		{"Zelensky", "Volodymyr Zelenskyy"},
		{"Zelenskiy", "Volodymyr Zelenskyy"},
		{"President Zelenskyy", "Volodymyr Zelenskyy"},
		{"Secretary-General Mark Rutte", "Mark Rutte"},
		{"the alliance", "NATO"},
		{"J. D. Vance", "JD Vance"},
		{"Mr. Trump", "Donald Trump"},
		{"Marc Vogel", "Marc Fogel"},
		{"Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"},
		{"Jane Nobody", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.mention, func(t *testing.T) {
			e, ok := s.Resolve(tc.mention)
			if got := e.Name; got != tc.want || ok != (tc.want != "") {
				t.Errorf("Resolve(%q) = %q, %v; want %q", tc.mention, got, ok, tc.want)
			}
		})
	}
}

func TestSeedsNoFalseEntities(t *testing.T) {
	s := Extract(testcorpus.GoldSeeds(t, clean.Articles))
	for _, e := range s.Entities {
		for _, v := range e.Variants {
			switch v {
			case "PEACE", "Hours", "Nations", "War", "Article", "Wednesday", "February", "Russian", "Ukrainian", "OK":
				t.Errorf("entity %q has variant %q, which names nothing", e.Name, v)
			}
		}
	}
}

func BenchmarkExtractSeeds(b *testing.B) {
	arts := testcorpus.GoldSeeds(b, clean.Articles)
	// Five copies of the story, as a story of thirty articles.
	many := testcorpus.Copies(arts, 5)
	for b.Loop() {
		Extract(many)
	}
}

func TestExtractSeedsDeterministic(t *testing.T) {
	arts := testcorpus.GoldSeeds(t, clean.Articles)
	want := Extract(arts).Entities
	for range 5 {
		if diff := cmp.Diff(want, Extract(arts).Entities); diff != "" {
			t.Fatalf("Extract differs between runs (-first +later):\n%s", diff)
		}
	}
}
