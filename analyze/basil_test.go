package analyze

import (
	"context"
	"slices"
	"sort"
	"testing"

	"crosscheck"
	"crosscheck/internal/testcorpus"
	"crosscheck/internal/textproc"
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
		b := mustStory(t, context.Background(), crosscheck.Story{ID: id}, stories[id])
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

// TestBasilSummaryOpens checks that the summaries of the BASIL development
// stories open with the main event: the first sentence says much of what
// one of the articles' leads says.
func TestBasilSummaryOpens(t *testing.T) {
	stories := basilStories(t)
	ids := make([]string, 0, len(stories))
	for id := range stories {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	opens := 0
	for _, id := range ids {
		arts := stories[id]
		b := mustStory(t, context.Background(), crosscheck.Story{ID: id}, arts)
		if len(b.Summary) == 0 {
			continue
		}
		first := contentSet(b.Summary[0].Text)
		best := 0.0
		for _, a := range arts {
			for _, s := range textproc.Sentences(a.Text) {
				if len(textproc.Words(s)) < 10 {
					continue
				}
				best = max(best, overlap(first, contentSet(s)))
				break
			}
		}
		if best >= 0.5 {
			opens++
		}
		if testing.Verbose() {
			t.Logf("%s opens with %q", id, b.Summary[0].Text)
		}
	}
	t.Logf("%d of %d summaries open with an article's lead", opens, len(ids))
	if opens*10 < len(ids)*7 {
		t.Errorf("%d of %d summaries open with an article's lead, want at least 70%%", opens, len(ids))
	}
}

func contentSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range textproc.ContentWords(s) {
		out[w] = true
	}
	return out
}

// overlap is the share of the smaller set that the other holds.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// TestBasilOutlets reports how many facts the per-outlet reports list as
// one outlet's alone and as left out, on the BASIL development stories.
func TestBasilOutlets(t *testing.T) {
	stories := basilStories(t)
	ids := make([]string, 0, len(stories))
	for id := range stories {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	unique, missing := 0, 0
	for _, id := range ids {
		b := mustStory(t, context.Background(), crosscheck.Story{ID: id}, stories[id])
		for _, r := range b.Unique {
			unique += len(r.Facts)
			missing += len(r.Missing)
			for _, i := range r.Facts {
				if slices.Contains(r.Missing, i) {
					t.Errorf("%s: %s lists fact %d both as its own and as left out", id, r.Outlet, i)
				}
			}
			if testing.Verbose() {
				for _, i := range r.Missing {
					t.Logf("%s %s misses %q", id, r.Outlet, b.Facts[i].Text)
				}
			}
		}
	}
	t.Logf("%d stories: %d facts listed as one outlet's alone, %d as left out", len(ids), unique, missing)
}
