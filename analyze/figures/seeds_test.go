package figures

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/clean"
)

// seedArticles reads the seed reports through clean, as the pipeline does,
// and names the articles as seeds-gold.json does ("000#1"). Reports
// without a publication date get the story's day.
func seedArticles(t testing.TB) []crosscheck.Article {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "seeds")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds in %s: %v", dir, err)
	}
	sort.Strings(names)
	var arts []crosscheck.Article
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		parts, _ := clean.Articles(crosscheck.Document{Source: name, Format: crosscheck.FormatText, Body: string(b)})
		for _, a := range parts {
			a.ID = fmt.Sprintf("%s#%d", filepath.Base(name)[:3], a.Part)
			if a.Published.IsZero() {
				a.Published = crosscheck.Day(2025, time.February, 12)
			}
			arts = append(arts, a)
		}
	}
	return arts
}

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	for _, f := range Extract(seedArticles(t)) {
		t.Logf("%-14s %14.6g %-28q %v | %.80s", f.Unit, f.Value, f.Text, f.Articles, f.Context)
	}
}
