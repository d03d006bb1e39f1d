package update

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze"
	"crosscheck/cluster"
	"crosscheck/internal/memstore"
	"crosscheck/internal/testcorpus"
)

var events = make([]struct{}, testcorpus.Events)

func reports(n int) []crosscheck.Article { return testcorpus.Reports(n) }

func newStore() *memstore.Store {
	t := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	return memstore.New(func() time.Time { t = t.Add(time.Second); return t })
}

// storedStories returns the store's stories, by id, with their articles.
func storedStories(t *testing.T, st crosscheck.Store) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	q := crosscheck.StoryQuery{Limit: 1000}
	for {
		list, next, err := st.Stories(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range list {
			out[s.ID] = s.Articles
		}
		if next == "" {
			return out
		}
		q.Cursor = next
	}
}

func mustAdd(t *testing.T, st crosscheck.Store, arts []crosscheck.Article) []crosscheck.PutResult {
	t.Helper()
	res, err := Add(context.Background(), st, arts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestGroupInSteps(t *testing.T) {
	arts := reports(60)
	// What one clusterer makes of the whole stream.
	c := cluster.New(cluster.Options{})
	for i := range arts {
		c.Add(&arts[i])
	}
	want := map[string][]string{}
	for _, s := range c.Stories() {
		want[s.ID] = s.Articles
	}
	if len(want) != len(events) {
		t.Fatalf("the clusterer made %d stories of %d events; the test needs one each", len(want), len(events))
	}

	tests := []struct {
		name  string
		steps []int // articles added before each Group
		batch int
	}{
		{"one go", []int{60}, 0},
		{"small batches", []int{60}, 7},
		{"several runs", []int{1, 13, 20, 26}, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st := newStore()
			from := 0
			for _, n := range tc.steps {
				mustAdd(t, st, arts[from:from+n])
				from += n
				if _, err := Group(ctx, st, Options{Batch: tc.batch}); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(want, storedStories(t, st)); diff != "" {
				t.Errorf("stored stories differ from one clusterer's (-want +got):\n%s", diff)
			}
			un, err := st.Ungrouped(ctx, 0)
			if err != nil || len(un) != 0 {
				t.Errorf("got %d ungrouped (%v), want none", len(un), err)
			}
		})
	}
}

func TestGroupEvents(t *testing.T) {
	ctx := context.Background()
	st := newStore()
	arts := reports(10)
	mustAdd(t, st, arts)
	changed, err := Group(ctx, st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(changed) != len(events) {
		t.Fatalf("got %d changed stories, want %d", len(changed), len(events))
	}
	// The first report of each event opened its story, the second joined.
	for i := range events {
		id := crosscheck.StoryID(arts[i].ID)
		evs, err := st.StoryEvents(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, string(e.Kind)+" "+e.Article)
		}
		want := []string{"open " + arts[i].ID, "join " + arts[i+len(events)].ID}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("events of story %d (-want +got):\n%s", i, diff)
		}
	}
	// Nothing new: nothing changes.
	if changed, err := Group(ctx, st, Options{}); err != nil || len(changed) != 0 {
		t.Errorf("second Group: got %v, %v; want no change", changed, err)
	}
}

func TestAddAgainAndNewVersion(t *testing.T) {
	ctx := context.Background()
	st := newStore()
	arts := reports(15)
	mustAdd(t, st, arts)
	if _, err := Group(ctx, st, Options{}); err != nil {
		t.Fatal(err)
	}
	n, err := Brief(ctx, st, BriefOptions{})
	if err != nil || n != len(events) {
		t.Fatalf("first Brief: got %d, %v; want %d stories", n, err, len(events))
	}

	for _, r := range mustAdd(t, st, arts) {
		if r != crosscheck.Unchanged {
			t.Fatalf("adding again: got %v, want unchanged", r)
		}
	}
	if changed, err := Group(ctx, st, Options{}); err != nil || len(changed) != 0 {
		t.Fatalf("Group after adding again: got %v, %v", changed, err)
	}
	if n, err := Brief(ctx, st, BriefOptions{}); err != nil || n != 0 {
		t.Fatalf("Brief after adding again: got %d, %v; want 0", n, err)
	}

	// A changed report is a new version: its story alone is briefed
	// again, from the new text, and it stays in its story.
	v2 := arts[7]
	v2.Title = "Pinecrest wildfire: corrected figures"
	if r := mustAdd(t, st, []crosscheck.Article{v2}); r[0] != crosscheck.NewVersion {
		t.Fatalf("got %v, want new version", r[0])
	}
	if _, err := Group(ctx, st, Options{}); err != nil {
		t.Fatal(err)
	}
	stale, err := st.Stale(ctx, 0)
	story := crosscheck.StoryID(arts[7%len(events)].ID)
	if err != nil || !slices.Equal(stale, []string{story}) {
		t.Fatalf("stale: got %v, %v; want [%s]", stale, err, story)
	}
	if n, err := Brief(ctx, st, BriefOptions{}); err != nil || n != 1 {
		t.Fatalf("Brief after a new version: got %d, %v; want 1", n, err)
	}
	b, err := st.Briefing(ctx, story)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range b.Articles {
		found = found || a.ID == v2.ID && a.Title == v2.Title
	}
	if !found {
		t.Errorf("briefing of %s lacks the new version's title %q", story, v2.Title)
	}
	s, err := st.Story(ctx, story)
	if err != nil || len(s.Articles) != 3 {
		t.Errorf("story after a new version: got %d articles (%v), want 3", len(s.Articles), err)
	}

	// A new report joins one story: that story alone is briefed.
	more := reports(16)[15]
	mustAdd(t, st, []crosscheck.Article{more})
	changed, err := Group(ctx, st, Options{})
	if err != nil || len(changed) != 1 {
		t.Fatalf("Group of one new report: got %v, %v; want one story", changed, err)
	}
	if n, err := Brief(ctx, st, BriefOptions{}); err != nil || n != 1 {
		t.Fatalf("Brief after one new report: got %d, %v; want 1", n, err)
	}
}

func TestGroupEpoch(t *testing.T) {
	ctx := context.Background()
	st := newStore()
	arts := reports(10)
	mustAdd(t, st, arts[:5])
	if _, err := Group(ctx, st, Options{Epoch: 3}); err != nil {
		t.Fatal(err)
	}
	mustAdd(t, st, arts[5:])
	if _, err := Group(ctx, st, Options{Epoch: 2}); crosscheck.ErrorKind(err) != crosscheck.Conflict {
		t.Fatalf("Group under a lost lease: got %v, want a conflict", err)
	}
	if un, _ := st.Ungrouped(ctx, 0); len(un) != 5 {
		t.Fatalf("after a conflict: got %d ungrouped, want 5", len(un))
	}
	if _, err := Group(ctx, st, Options{Epoch: 3}); err != nil {
		t.Fatal(err)
	}
}

func TestGroupBadState(t *testing.T) {
	ctx := context.Background()
	st := newStore()
	if err := st.SaveGrouping(ctx, crosscheck.Grouping{State: []byte("not a state")}); err != nil {
		t.Fatal(err)
	}
	mustAdd(t, st, reports(3))
	if _, err := Group(ctx, st, Options{}); crosscheck.ErrorKind(err) != crosscheck.Invalid {
		t.Fatalf("got %v, want invalid input", err)
	}
}

// racing is a store in which a new version of an article arrives while
// its story is being briefed.
type racing struct {
	*memstore.Store
	late crosscheck.Article
}

func (r *racing) Articles(ctx context.Context, ids []string) ([]crosscheck.StoredArticle, error) {
	out, err := r.Store.Articles(ctx, ids)
	if r.late.ID != "" {
		if _, err := r.Store.PutArticle(ctx, r.late); err != nil {
			return nil, err
		}
		r.late = crosscheck.Article{}
	}
	return out, err
}

func TestBriefStoryChangedMeanwhile(t *testing.T) {
	ctx := context.Background()
	arts := reports(10)
	late := arts[0]
	late.Text += " Aftershocks were felt overnight."
	st := &racing{Store: newStore(), late: late}
	mustAdd(t, st, arts)
	if _, err := Group(ctx, st, Options{}); err != nil {
		t.Fatal(err)
	}
	id := crosscheck.StoryID(arts[0].ID)
	if err := BriefStory(ctx, st, id); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Briefing(ctx, id); err != nil {
		t.Fatalf("no briefing stored: %v", err)
	}
	stale, err := st.Stale(ctx, 0)
	if err != nil || !slices.Contains(stale, id) {
		t.Fatalf("a story changed while briefed: got stale %v, %v; want it to include %s", stale, err, id)
	}
	if err := BriefStory(ctx, st, id); err != nil {
		t.Fatal(err)
	}
	stale, _ = st.Stale(ctx, 0)
	if slices.Contains(stale, id) {
		t.Errorf("still stale after briefing again")
	}
}

func TestBriefCanceled(t *testing.T) {
	st := newStore()
	mustAdd(t, st, reports(10))
	if _, err := Group(context.Background(), st, Options{}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Brief(ctx, st, BriefOptions{}); crosscheck.ErrorKind(err) != crosscheck.Canceled {
		t.Fatalf("got %v, want canceled", err)
	}
	stale, _ := st.Stale(context.Background(), 0)
	if len(stale) != len(events) {
		t.Errorf("got %d stale stories after a canceled Brief, want %d", len(stale), len(events))
	}
}

// forgetful is a store that never records which articles were grouped.
type forgetful struct{ *memstore.Store }

func (f forgetful) SaveGrouping(ctx context.Context, g crosscheck.Grouping) error {
	g.Grouped = nil
	return f.Store.SaveGrouping(ctx, g)
}

func TestGroupStoreThatForgets(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st := forgetful{newStore()}
	mustAdd(t, st, reports(10))
	if _, err := Group(ctx, st, Options{Batch: 4}); crosscheck.ErrorKind(err) != crosscheck.Internal {
		t.Fatalf("got %v, want an internal error", err)
	}
}

// TestBriefStoryKeepsAnalyses checks that briefing a story stores the
// analysis of each of its articles under its content hash, and that the
// briefing made with them is the one made from nothing.
func TestBriefStoryKeepsAnalyses(t *testing.T) {
	ctx := context.Background()
	st := newStore()
	arts := reports(10)
	mustAdd(t, st, arts)
	if _, err := Group(ctx, st, Options{}); err != nil {
		t.Fatal(err)
	}
	id := crosscheck.StoryID(arts[0].ID)
	for range 2 { // the second time from the stored analyses
		if err := BriefStory(ctx, st, id); err != nil {
			t.Fatal(err)
		}
	}
	s, err := st.Story(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := st.Articles(ctx, s.Articles)
	if err != nil {
		t.Fatal(err)
	}
	var hashes []string
	var own []crosscheck.Article
	for _, a := range stored {
		hashes = append(hashes, a.Hash)
		own = append(own, a.Article)
	}
	kept, err := st.Analyses(ctx, hashes)
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) != len(slices.Compact(slices.Sorted(slices.Values(hashes)))) {
		t.Errorf("got %d analyses stored for %d articles", len(kept), len(hashes))
	}
	got, err := st.Briefing(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	want, err := analyze.Story(ctx, s.Story, own)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("briefing from stored analyses differs (-scratch +stored):\n%s", diff)
	}
}

// A story asked for twice is briefed once; a change since its briefing
// has it briefed again.
func TestBriefStaleStory(t *testing.T) {
	ctx := context.Background()
	st := newStore()
	arts := reports(15)
	mustAdd(t, st, arts)
	if _, err := Group(ctx, st, Options{}); err != nil {
		t.Fatal(err)
	}
	id := crosscheck.StoryID(arts[7%len(events)].ID)
	for i, want := range []bool{true, false} {
		briefed, err := BriefStaleStory(ctx, st, id, nil)
		if err != nil || briefed != want {
			t.Fatalf("ask %d: got %v, %v; want briefed %v", i+1, briefed, err, want)
		}
	}
	v2 := arts[7]
	v2.Title = "Pinecrest wildfire: corrected figures"
	mustAdd(t, st, []crosscheck.Article{v2})
	if _, err := Group(ctx, st, Options{}); err != nil {
		t.Fatal(err)
	}
	if briefed, err := BriefStaleStory(ctx, st, id, nil); err != nil || !briefed {
		t.Fatalf("after a change: got %v, %v; want briefed", briefed, err)
	}
	after, err := st.Briefing(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(after.Articles, func(a crosscheck.StoryArticle) bool { return a.Title == v2.Title }) {
		t.Errorf("the briefing does not hold the new version's title %q", v2.Title)
	}
	if stale, _ := st.Stale(ctx, 0); slices.Contains(stale, id) {
		t.Errorf("still stale after briefing")
	}
}
