package analyze

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck"
	"crosscheck/clean"
)

// gold is the part of testdata/seeds-gold.json the analysis is checked
// against.
type gold struct {
	Articles []struct {
		ID     string  `json:"id"`
		File   string  `json:"file"`
		Part   int     `json:"part"`
		Outlet *string `json:"outlet"`
	} `json:"articles"`
	OffTopic struct {
		Paragraphs []struct {
			File string `json:"file"`
			Text string `json:"text"`
		} `json:"paragraphs_starting_with"`
	} `json:"off_topic"`
	Provenance struct {
		WireGroups []struct {
			Origin   string   `json:"origin"`
			Articles []string `json:"articles"`
		} `json:"wire_groups"`
		PartlyDerived []struct {
			Article string `json:"article"`
			From    string `json:"from"`
		} `json:"partly_derived"`
	} `json:"provenance"`
	Corroboration []struct {
		Fact        string   `json:"fact"`
		ReportedIn  []string `json:"reported_in"`
		AtLeast     *int     `json:"independent_sources_at_least"`
		Independent *int     `json:"independent_sources"`
	} `json:"corroboration"`
}

func readGold(t testing.TB) gold {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seeds-gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// seeds reads the seed reports through clean, as crosscheck brief does,
// and returns the articles with a map from the gold's ids ("000#1") to
// theirs.
func seeds(t testing.TB) ([]crosscheck.Article, map[string]string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var arts []crosscheck.Article
	ids := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		as, _ := clean.Articles(crosscheck.Document{Source: f, Format: crosscheck.FormatText, Body: string(b)})
		for _, a := range as {
			ids[fmt.Sprintf("%s#%d", strings.SplitN(filepath.Base(f), "_", 2)[0], a.Part)] = a.ID
		}
		arts = append(arts, as...)
	}
	return arts, ids
}
