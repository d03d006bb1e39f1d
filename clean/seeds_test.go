package clean

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"crosscheck"
)

var update = flag.Bool("update", false, "rewrite golden files")

const seedsDir = "../testdata/seeds"

// seedDocs reads the seed reports as ingest would deliver them.
func seedDocs(t *testing.T) []crosscheck.Document {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds in %s: %v", seedsDir, err)
	}
	var docs []crosscheck.Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, crosscheck.Document{Source: filepath.Base(p), Format: crosscheck.FormatText, Body: string(b)})
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
