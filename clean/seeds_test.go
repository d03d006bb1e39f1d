package clean

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seedDocs reads the seed reports as ingest would deliver them, named by
// file name alone so that the golden file does not depend on the directory.
func seedDocs(t *testing.T) []crosscheck.Document {
	t.Helper()
	docs := testcorpus.SeedDocuments(t)
	for i := range docs {
		docs[i].Source = filepath.Base(docs[i].Source)
	}
	return docs
}

// seedsOutput is what the golden file holds.
type seedsOutput struct {
	Articles []crosscheck.Article `json:"articles"`
	Dropped  []crosscheck.Dropped `json:"dropped"`
}

func cleanSeeds(t *testing.T) seedsOutput {
	var out seedsOutput
	for _, d := range seedDocs(t) {
		arts, dropped := Articles(d)
		out.Articles = append(out.Articles, arts...)
		out.Dropped = append(out.Dropped, dropped...)
	}
	return out
}

func TestSeedsGolden(t *testing.T) {
	got, err := json.MarshalIndent(cleanSeeds(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "seeds.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("clean output of the seeds differs from %s; run go test -update and review the diff", golden)
	}
}
