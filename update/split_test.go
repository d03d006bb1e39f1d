package update

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"crosscheck"
	"crosscheck/sqlite"
)

// TestNewVersionSplits replaces reports, after they were grouped, with the
// text of another event and checks, on each store, that each leaves its
// story: the story keeps its id (even the one whose opening report left),
// records a split, and is briefed again without the report, which joins
// the story of its new event or opens one of its own. A correction that
// keeps the event stays.
func TestNewVersionSplits(t *testing.T) {
	for _, tc := range []struct {
		name string
		open func(t *testing.T) crosscheck.Store
	}{
		{"memstore", func(*testing.T) crosscheck.Store { return newStore() }},
		{"sqlite", func(t *testing.T) crosscheck.Store {
			db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "crosscheck.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return db
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { testNewVersionSplits(t, tc.open(t)) })
	}
}

func testNewVersionSplits(t *testing.T, st crosscheck.Store) {
	ctx := context.Background()
	arts := reports(20) // 4 reports of each of the 5 events
	mustAdd(t, st, arts)
	if _, err := Group(ctx, st, Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := Brief(ctx, st, BriefOptions{}); err != nil {
		t.Fatal(err)
	}
	storyOf := func(i int) string { return crosscheck.StoryID(arts[i%len(events)].ID) }

	// Report 0 opened the Norvik earthquake story; its new version tells
	// the Pinecrest wildfire (event 1). Report 7, of the Harlan strike
	// (event 2), becomes a report of an event no story holds. Report 13,
	// of the Quillon flood (event 3), is only corrected.
	moved := arts[0]
	moved.Title, moved.Text = arts[11].Title, arts[11].Text
	fresh := arts[7]
	fresh.Title = "Astronomers name a new comet after a schoolteacher"
	fresh.Text = "Astronomers at the Kestrel observatory named a newly found comet after the schoolteacher who first photographed it from her garden.\n\n" +
		"The comet, a faint smudge in the constellation Lyra, will pass closest to the sun in October, the observatory's director Paulo Mendes said."
	fixed := arts[13]
	fixed.Title += " (corrected)"
	for _, r := range mustAdd(t, st, []crosscheck.Article{moved, fresh, fixed}) {
		if r != crosscheck.NewVersion {
			t.Fatalf("got %v, want new version", r)
		}
	}
	changed, err := Group(ctx, st, Options{})
	if err != nil {
		t.Fatal(err)
	}

	stories := storedStories(t, st)
	// The moved report left story 0, which keeps its id, for story 1.
	if got := stories[storyOf(0)]; len(got) != 3 || slices.Contains(got, moved.ID) {
		t.Errorf("story %s: got %v, want its 3 other reports", storyOf(0), got)
	}
	if got := stories[storyOf(1)]; len(got) != 5 || !slices.Contains(got, moved.ID) {
		t.Errorf("story %s: got %v, want 5 reports with %s", storyOf(1), got, moved.ID)
	}
	// The fresh report opened a story with an id of its own.
	freshStory := ""
	for id, list := range stories {
		if slices.Contains(list, fresh.ID) {
			freshStory = id
		}
	}
	if freshStory == storyOf(2) || freshStory == crosscheck.StoryID(fresh.ID) || len(stories[freshStory]) != 1 {
		t.Errorf("fresh report in story %s holding %v, want a story of its own with a new id", freshStory, stories[freshStory])
	}
	if got := stories[storyOf(2)]; len(got) != 3 || slices.Contains(got, fresh.ID) {
		t.Errorf("story %s: got %v, want its 3 other reports", storyOf(2), got)
	}
	// The corrected report stayed.
	if got := stories[storyOf(13)]; len(got) != 4 || !slices.Contains(got, fixed.ID) {
		t.Errorf("story %s: got %v, want 4 reports with %s", storyOf(13), got, fixed.ID)
	}
	if len(stories) != len(events)+1 {
		t.Errorf("got %d stories, want %d", len(stories), len(events)+1)
	}

	// The splits are recorded, each naming the story the report went to.
	for _, want := range []crosscheck.StoryEvent{
		{Story: storyOf(0), Kind: crosscheck.StorySplit, Article: moved.ID, Other: storyOf(1)},
		{Story: storyOf(2), Kind: crosscheck.StorySplit, Article: fresh.ID, Other: freshStory},
		{Story: storyOf(1), Kind: crosscheck.StoryJoined, Article: moved.ID},
		{Story: freshStory, Kind: crosscheck.StoryOpened, Article: fresh.ID},
	} {
		evs, err := st.StoryEvents(ctx, want.Story)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(evs, func(e crosscheck.StoryEvent) bool {
			return e.Kind == want.Kind && e.Article == want.Article && e.Other == want.Other
		}) {
			t.Errorf("events of %s: got %+v, want one like %+v", want.Story, evs, want)
		}
	}
	for _, id := range []string{storyOf(0), storyOf(1), storyOf(2), freshStory} {
		if !slices.Contains(changed, id) {
			t.Errorf("Group changed %v, want %s among them", changed, id)
		}
	}

	// The stories it left are briefed again without it.
	if _, err := Brief(ctx, st, BriefOptions{}); err != nil {
		t.Fatal(err)
	}
	for id, gone := range map[string]string{storyOf(0): moved.ID, storyOf(2): fresh.ID} {
		b, err := st.Briefing(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range b.Articles {
			if a.ID == gone {
				t.Errorf("briefing of %s still cites %s", id, gone)
			}
		}
	}

	// The clusterer's state carries the change: nothing is left to do,
	// and a later report of the wildfire still joins story 1.
	if changed, err := Group(ctx, st, Options{}); err != nil || len(changed) != 0 {
		t.Errorf("Group again: got %v, %v; want no change", changed, err)
	}
	next := reports(22)[21] // event 1
	mustAdd(t, st, []crosscheck.Article{next})
	if changed, err := Group(ctx, st, Options{}); err != nil || !slices.Equal(changed, []string{storyOf(1)}) {
		t.Errorf("Group of a new wildfire report: got %v, %v; want [%s]", changed, err, storyOf(1))
	}
}
