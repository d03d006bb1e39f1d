package analyze

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosscheck"
)

// basilArticle is an article of the BASIL dataset.
type basilArticle struct {
	Title      string     `json:"title"`
	Date       string     `json:"date"`
	Source     string     `json:"source"`
	Triplet    string     `json:"triplet-uuid"`
	Paragraphs [][]string `json:"body-paragraphs"`
}

// basilStories reads the BASIL development set as stories of three
// articles each, skipping the test when the shared datasets are absent.
func basilStories(t testing.TB) map[string][]crosscheck.Article {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "datasets", "basil-dev", "articles")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if len(files) == 0 {
		t.Skipf("BASIL not found under %s", dir)
	}
	stories := map[string][]crosscheck.Article{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var ba basilArticle
		if err := json.Unmarshal(b, &ba); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var paras []string
		for _, p := range ba.Paragraphs {
			paras = append(paras, strings.Join(p, " "))
		}
		d, _ := crosscheck.ParseDate(ba.Date)
		stories[ba.Triplet] = append(stories[ba.Triplet], crosscheck.Article{
			ID: strings.TrimSuffix(filepath.Base(f), ".json"), Outlet: ba.Source, Title: ba.Title,
			Published: d, Text: strings.Join(paras, "\n\n"),
		})
	}
	return stories
}

// TestBasilIndependent checks that reports of one event by three outlets
// writing on their own are not taken for copies of each other, and that
// facts still find what they have in common.
func TestBasilIndependent(t *testing.T) {
	stories := basilStories(t)
	ids := make([]string, 0, len(stories))
	for id := range stories {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	arts, copies, shared, multi := 0, 0, 0, 0
	for _, id := range ids {
		b := Story(context.Background(), crosscheck.Story{ID: id}, stories[id])
		for _, a := range b.Articles {
			arts++
			if a.CopyOf != "" {
				copies++
				t.Logf("%s: %s copies %s", id, a.ID, a.CopyOf)
			}
		}
		n := 0
		for _, f := range b.Facts {
			if f.Independent > 1 {
				n++
			}
		}
		if n > 0 {
			shared++
		}
		multi += n
	}
	t.Logf("%d stories, %d articles: %d copies, %d stories with corroborated facts, %d corroborated facts", len(ids), arts, copies, shared, multi)
	if copies*20 > arts {
		t.Errorf("%d of %d independent articles taken for copies, want at most 5%%", copies, arts)
	}
	if shared*2 < len(ids) {
		t.Errorf("only %d of %d stories have a fact two outlets share", shared, len(ids))
	}
}
