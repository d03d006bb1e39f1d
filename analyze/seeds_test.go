package analyze

import (
	"testing"

	"crosscheck"
	"crosscheck/clean"
	"crosscheck/internal/testcorpus"
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
	var g gold
	testcorpus.Gold(t, &g)
	return g
}

// seeds reads the seed reports through clean, as crosscheck brief does,
// and returns the articles with a map from the gold's ids ("000#1") to
// theirs.
func seeds(t testing.TB) ([]crosscheck.Article, map[string]string) {
	t.Helper()
	arts := testcorpus.Seeds(t, clean.Articles)
	ids := map[string]string{}
	for _, a := range arts {
		ids[testcorpus.GoldID(a.File, a.Part)] = a.ID
	}
	return arts, ids
}
