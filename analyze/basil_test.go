package analyze

import (
	"context"
	"sort"
	"testing"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// basilStories reads the BASIL development set as stories of three
// articles each, skipping the test when the shared datasets are absent.
func basilStories(t testing.TB) map[string][]crosscheck.Article {
	t.Helper()
	stories := map[string][]crosscheck.Article{}
	for _, ba := range testcorpus.BASIL(t) {
		d, _ := crosscheck.ParseDate(ba.Date)
		stories[ba.Triplet] = append(stories[ba.Triplet], crosscheck.Article{
			ID: ba.Name, Outlet: ba.Source, Title: ba.Title, Published: d, Text: ba.Text(),
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
