// Package storetest is the one test suite every crosscheck.Store passes:
// the in-memory store, SQLite and PostgreSQL run the same cases, so that
// they keep the same behaviour.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"crosscheck"
)

// Open returns a new, empty store for one test; the suite closes it.
type Open func(t *testing.T) crosscheck.Store

// Run runs every case of the suite against stores from open.
func Run(t *testing.T, open Open) {
	cases := []struct {
		name string
		run  func(t *testing.T, s crosscheck.Store)
	}{
		{"PutArticleIdempotent", testPutArticle},
		{"ArticleNotFound", testNotFound},
		{"Grouping", testGrouping},
		{"Merge", testMerge},
		{"MergeWithinOneGrouping", testMergeUnseen},
		{"Briefings", testBriefings},
		{"EpochConflict", testEpoch},
		{"StoriesOrderAndPages", testStories},
		{"StoriesOrdersAndFilters", testStoryOrders},
		{"Search", testSearch},
		{"SearchPages", testSearchPages},
		{"SearchNewVersion", testSearchNewVersion},
		{"Analyses", testAnalyses},
		{"Dropped", testDropped},
		{"Canceled", testCanceled},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			c.run(t, s)
		})
	}
}

// Article returns a test article numbered n.
func Article(n int, outlet, text string) crosscheck.Article {
	return crosscheck.Article{
		ID:        crosscheck.ArticleID(fmt.Sprintf("testdata/%d.txt", n), "", 1),
		File:      fmt.Sprintf("testdata/%d.txt", n),
		Part:      1,
		Title:     fmt.Sprintf("Report %d", n),
		Outlet:    outlet,
		Published: crosscheck.Date{Time: time.Date(2026, 3, 5, n, 0, 0, 0, time.UTC)},
		Text:      text,
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func put(t *testing.T, s crosscheck.Store, a crosscheck.Article) crosscheck.PutResult {
	t.Helper()
	r, err := s.PutArticle(context.Background(), a)
	must(t, err)
	return r
}

func testPutArticle(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	a := Article(1, "Reuters", "The river rose two metres overnight.")
	if r := put(t, s, a); r != crosscheck.Added {
		t.Fatalf("first put: got %v, want added", r)
	}
	if r := put(t, s, a); r != crosscheck.Unchanged {
		t.Fatalf("second put: got %v, want unchanged", r)
	}
	b := a
	b.Text = "The river rose three metres overnight."
	if r := put(t, s, b); r != crosscheck.NewVersion {
		t.Fatalf("changed put: got %v, want new version", r)
	}
	got, err := s.Article(ctx, a.ID)
	must(t, err)
	if got.Text != b.Text || got.Version != 2 || got.Hash != crosscheck.ContentHash(&b) {
		t.Fatalf("got text %q version %d hash %s, want the second version", got.Text, got.Version, got.Hash)
	}
	if got.Outlet != "Reuters" || !got.Published.Time.Equal(a.Published.Time) || got.File != a.File {
		t.Fatalf("got %+v, fields lost", got.Article)
	}
	un, err := s.Ungrouped(ctx, 0)
	must(t, err)
	if len(un) != 2 {
		t.Fatalf("ungrouped: got %d versions, want 2", len(un))
	}
}

func testNotFound(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	if _, err := s.Article(ctx, "a0000000000000000"); crosscheck.ErrorKind(err) != crosscheck.NotFound {
		t.Fatalf("article: got %v, want NotFound", err)
	}
	if _, err := s.Story(ctx, "s000000000000"); crosscheck.ErrorKind(err) != crosscheck.NotFound {
		t.Fatalf("story: got %v, want NotFound", err)
	}
	if _, err := s.Briefing(ctx, "s000000000000"); crosscheck.ErrorKind(err) != crosscheck.NotFound {
		t.Fatalf("briefing: got %v, want NotFound", err)
	}
	if _, err := s.Articles(ctx, []string{"a0000000000000000"}); crosscheck.ErrorKind(err) != crosscheck.NotFound {
		t.Fatalf("articles: got %v, want NotFound", err)
	}
}

// group puts arts and saves them as one story.
func group(t *testing.T, s crosscheck.Store, epoch int64, arts ...crosscheck.Article) crosscheck.Story {
	t.Helper()
	st := crosscheck.Story{ID: crosscheck.StoryID(arts[0].ID), Title: arts[0].Title, First: arts[0].Published, Last: arts[len(arts)-1].Published}
	g := crosscheck.Grouping{Epoch: epoch, State: []byte("state " + st.ID)}
	for i, a := range arts {
		put(t, s, a)
		st.Articles = append(st.Articles, a.ID)
		g.Grouped = append(g.Grouped, crosscheck.ArticleVersion{ID: a.ID, Hash: crosscheck.ContentHash(&a)})
		kind := crosscheck.StoryJoined
		if i == 0 {
			kind = crosscheck.StoryOpened
		}
		g.Events = append(g.Events, crosscheck.StoryEvent{Story: st.ID, Kind: kind, Article: a.ID})
	}
	g.Stories = []crosscheck.Story{st}
	must(t, s.SaveGrouping(context.Background(), g))
	return st
}

func testGrouping(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	a, b := Article(1, "AP", "A ferry sank off the coast."), Article(2, "BBC", "A ferry sank near the coast.")
	st := group(t, s, 0, a, b)
	got, err := s.Story(ctx, st.ID)
	must(t, err)
	if len(got.Articles) != 2 || got.Articles[0] != a.ID || got.Articles[1] != b.ID {
		t.Fatalf("story articles: got %v, want [%s %s]", got.Articles, a.ID, b.ID)
	}
	if got.Revision < 1 || got.Briefed != 0 {
		t.Fatalf("got revision %d briefed %d, want a revision and no briefing", got.Revision, got.Briefed)
	}
	un, err := s.Ungrouped(ctx, 0)
	must(t, err)
	if len(un) != 0 {
		t.Fatalf("ungrouped after grouping: got %d, want 0", len(un))
	}
	sa, err := s.Article(ctx, a.ID)
	must(t, err)
	if sa.Story != st.ID {
		t.Fatalf("article story: got %q, want %q", sa.Story, st.ID)
	}
	state, _, err := s.ClusterState(ctx)
	must(t, err)
	if string(state) != "state "+st.ID {
		t.Fatalf("state: got %q", state)
	}
	ev, err := s.StoryEvents(ctx, st.ID)
	must(t, err)
	if len(ev) != 2 || ev[0].Kind != crosscheck.StoryOpened || ev[1].Article != b.ID || ev[0].At.IsZero() {
		t.Fatalf("events: got %+v", ev)
	}
	stale, err := s.Stale(ctx, 0)
	must(t, err)
	if len(stale) != 1 || stale[0] != st.ID {
		t.Fatalf("stale: got %v, want [%s]", stale, st.ID)
	}
}

func testMerge(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	a, b := Article(1, "AP", "Storm hits the island."), Article(2, "BBC", "The island is hit by a storm.")
	sa := group(t, s, 0, a)
	sb := group(t, s, 0, b)
	merged := sa
	merged.Articles = []string{a.ID, b.ID}
	must(t, s.SaveGrouping(ctx, crosscheck.Grouping{
		Stories: []crosscheck.Story{merged},
		Gone:    map[string]string{sb.ID: sa.ID},
		Events:  []crosscheck.StoryEvent{{Story: sa.ID, Kind: crosscheck.StoryMerged, Other: sb.ID}},
	}))
	got, err := s.Story(ctx, sb.ID)
	must(t, err)
	if got.ID != sa.ID || len(got.Articles) != 2 {
		t.Fatalf("merged-away story: got %s with %d articles, want %s with 2", got.ID, len(got.Articles), sa.ID)
	}
	art, err := s.Article(ctx, b.ID)
	must(t, err)
	if art.Story != sa.ID {
		t.Fatalf("article of merged story: got story %q, want %q", art.Story, sa.ID)
	}
	list, _, err := s.Stories(ctx, crosscheck.StoryQuery{})
	must(t, err)
	if len(list) != 1 {
		t.Fatalf("stories after merge: got %d, want 1", len(list))
	}
}

// testMergeUnseen saves what a clusterer reports when one batch opens a
// story and merges it into another at once: the store never saw the
// story merged away, but its id and events must lead to the one that
// holds its articles.
func testMergeUnseen(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	a, b := Article(1, "AP", "Storm hits the island."), Article(2, "BBC", "The island is hit by a storm.")
	put(t, s, a)
	put(t, s, b)
	sa, sb := crosscheck.StoryID(a.ID), crosscheck.StoryID(b.ID)
	must(t, s.SaveGrouping(ctx, crosscheck.Grouping{
		Stories: []crosscheck.Story{{ID: sa, Title: a.Title, Articles: []string{a.ID, b.ID}, First: a.Published, Last: b.Published}},
		Gone:    map[string]string{sb: sa},
		Grouped: []crosscheck.ArticleVersion{{ID: a.ID, Hash: crosscheck.ContentHash(&a)}, {ID: b.ID, Hash: crosscheck.ContentHash(&b)}},
		Events: []crosscheck.StoryEvent{
			{Story: sa, Kind: crosscheck.StoryOpened, Article: a.ID},
			{Story: sb, Kind: crosscheck.StoryOpened, Article: b.ID},
			{Story: sa, Kind: crosscheck.StoryMerged, Other: sb},
		},
	}))
	got, err := s.Story(ctx, sb)
	must(t, err)
	if got.ID != sa || len(got.Articles) != 2 {
		t.Fatalf("story merged away in its own grouping: got %s with %d articles, want %s with 2", got.ID, len(got.Articles), sa)
	}
	list, _, err := s.Stories(ctx, crosscheck.StoryQuery{})
	must(t, err)
	if len(list) != 1 || list[0].ID != sa {
		t.Fatalf("stories: got %d, want only %s", len(list), sa)
	}
	stale, err := s.Stale(ctx, 0)
	must(t, err)
	if len(stale) != 1 || stale[0] != sa {
		t.Fatalf("stale: got %v, want [%s]", stale, sa)
	}
	art, err := s.Article(ctx, b.ID)
	must(t, err)
	if art.Story != sa {
		t.Fatalf("article of the merged story: got story %q, want %q", art.Story, sa)
	}
}

func testBriefings(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	a := Article(1, "AP", "A bridge collapsed in the city.")
	st := group(t, s, 0, a)
	cur, err := s.Story(ctx, st.ID)
	must(t, err)
	b := crosscheck.StoryBriefing{ID: st.ID, Title: "Bridge", Articles: []crosscheck.StoryArticle{{ID: a.ID, Outlet: "AP"}},
		Discrepancies: []crosscheck.Discrepancy{{Kind: crosscheck.FigureDiscrepancy, About: "dead"}}}
	must(t, s.PutBriefing(ctx, b, cur.Revision))
	got, err := s.Briefing(ctx, st.ID)
	must(t, err)
	if got.Title != "Bridge" || len(got.Discrepancies) != 1 {
		t.Fatalf("briefing: got %+v", got)
	}
	stale, err := s.Stale(ctx, 0)
	must(t, err)
	if len(stale) != 0 {
		t.Fatalf("stale after briefing: got %v, want none", stale)
	}
	listed, err := s.Story(ctx, st.ID)
	must(t, err)
	if listed.Briefed != cur.Revision || listed.Disagreements != 1 || len(listed.Outlets) != 1 {
		t.Fatalf("story after briefing: got briefed %d disagreements %d outlets %v", listed.Briefed, listed.Disagreements, listed.Outlets)
	}
	// A new version makes the story stale; a briefing of the old revision
	// leaves it stale.
	a2 := a
	a2.Text = "A bridge collapsed in the city; four people died."
	if r := put(t, s, a2); r != crosscheck.NewVersion {
		t.Fatalf("got %v, want new version", r)
	}
	stale, err = s.Stale(ctx, 0)
	must(t, err)
	if len(stale) != 1 {
		t.Fatalf("stale after new version: got %v, want [%s]", stale, st.ID)
	}
	must(t, s.PutBriefing(ctx, b, cur.Revision))
	stale, err = s.Stale(ctx, 0)
	must(t, err)
	if len(stale) != 1 {
		t.Fatalf("stale after an old briefing: got %v, want still stale", stale)
	}
}

func testEpoch(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	group(t, s, 5, Article(1, "AP", "Fire in the port."))
	err := s.SaveGrouping(ctx, crosscheck.Grouping{Epoch: 4, State: []byte("old")})
	if crosscheck.ErrorKind(err) != crosscheck.Conflict {
		t.Fatalf("stale epoch: got %v, want Conflict", err)
	}
	state, epoch, err := s.ClusterState(ctx)
	must(t, err)
	if epoch != 5 || string(state) == "old" {
		t.Fatalf("after conflict: got epoch %d state %q", epoch, state)
	}
}

func testStories(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	var ids []string
	for i := 1; i <= 5; i++ {
		st := group(t, s, 0, Article(i, fmt.Sprintf("Outlet %d", i%2), fmt.Sprintf("Event number %d happened.", i)))
		ids = append(ids, st.ID)
	}
	var seen []string
	cursor := ""
	for pages := 0; pages < 10; pages++ {
		list, next, err := s.Stories(ctx, crosscheck.StoryQuery{Order: crosscheck.Newest, Limit: 2, Cursor: cursor})
		must(t, err)
		for _, st := range list {
			seen = append(seen, st.ID)
		}
		if next == "" {
			break
		}
		cursor = next
	}
	want := []string{ids[4], ids[3], ids[2], ids[1], ids[0]}
	if fmt.Sprint(seen) != fmt.Sprint(want) {
		t.Fatalf("newest first in pages of 2: got %v, want %v", seen, want)
	}
	list, _, err := s.Stories(ctx, crosscheck.StoryQuery{Outlet: "Outlet 0"})
	must(t, err)
	if len(list) != 2 {
		t.Fatalf("outlet filter: got %d stories, want 2", len(list))
	}
	from := time.Date(2026, 3, 5, 3, 0, 0, 0, time.UTC)
	list, _, err = s.Stories(ctx, crosscheck.StoryQuery{From: from})
	must(t, err)
	if len(list) != 3 {
		t.Fatalf("from filter: got %d stories, want 3", len(list))
	}
	if _, _, err := s.Stories(ctx, crosscheck.StoryQuery{Cursor: "not a cursor"}); crosscheck.ErrorKind(err) != crosscheck.Invalid {
		t.Fatalf("bad cursor: got %v, want Invalid", err)
	}
}

func testSearch(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	a := Article(1, "AP", "Firefighters battled the warehouse blaze for six hours.")
	st := group(t, s, 0, a, Article(2, "BBC", "A storm closed the schools."))
	must(t, s.PutBriefing(ctx, crosscheck.StoryBriefing{ID: st.ID, Title: "Blaze",
		Quotes: []crosscheck.Quote{{Speaker: "Chief Ana Gomez", Text: "The warehouse was a total loss"}},
		Facts:  []crosscheck.Fact{{Text: "Firefighters battled the warehouse blaze.", Articles: []string{a.ID}}},
	}, 1))
	hits, _, err := s.Search(ctx, crosscheck.SearchQuery{Text: "warehouse"})
	must(t, err)
	kinds := map[crosscheck.SearchHitKind]bool{}
	for _, h := range hits {
		kinds[h.Kind] = true
		matched := false
		for _, p := range h.Snippet {
			matched = matched || p.Match
		}
		if !matched {
			t.Errorf("hit %+v marks no match", h)
		}
	}
	if !kinds[crosscheck.ArticleHit] || !kinds[crosscheck.QuoteHit] || !kinds[crosscheck.FactHit] {
		t.Fatalf("search warehouse: got kinds %v, want article, quote and fact", kinds)
	}
	for _, h := range hits {
		if h.Kind == crosscheck.ArticleHit && h.Article != a.ID {
			t.Fatalf("article hit: got %s, want %s", h.Article, a.ID)
		}
	}
	hits, _, err = s.Search(ctx, crosscheck.SearchQuery{Text: "volcano"})
	must(t, err)
	if len(hits) != 0 {
		t.Fatalf("search volcano: got %d hits, want 0", len(hits))
	}
	if _, _, err := s.Search(ctx, crosscheck.SearchQuery{Text: `"unbalanced (( OR`}); err != nil && crosscheck.ErrorKind(err) != crosscheck.Invalid {
		t.Fatalf("hostile query: got %v, want no error or Invalid", err)
	}
}

func testAnalyses(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	must(t, s.PutAnalysis(ctx, "h1", []byte("one")))
	must(t, s.PutAnalysis(ctx, "h1", []byte("one again")))
	got, err := s.Analyses(ctx, []string{"h1", "h2"})
	must(t, err)
	if len(got) != 1 || string(got["h1"]) != "one again" {
		t.Fatalf("analyses: got %q", got)
	}
}

func testDropped(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	if _, err := s.Dropped(ctx, "a0000000000000000"); crosscheck.ErrorKind(err) != crosscheck.NotFound {
		t.Fatalf("dropped of a missing article: got %v, want NotFound", err)
	}
	a := Article(1, "AP", "The dam held.")
	put(t, s, a)
	got, err := s.Dropped(ctx, a.ID)
	must(t, err)
	if len(got) != 0 {
		t.Fatalf("dropped before any was stored: got %+v, want none", got)
	}
	first := []crosscheck.Dropped{
		{File: a.File, Part: 1, Kind: crosscheck.DropByline, Text: "By <b>Ann</b> Lee"},
		{File: a.File, Part: 1, Kind: crosscheck.DropBoilerplate, Text: "Subscribe now & save"},
	}
	must(t, s.PutDropped(ctx, a.ID, crosscheck.ContentHash(&a), first))
	got, err = s.Dropped(ctx, a.ID)
	must(t, err)
	if !reflect.DeepEqual(got, first) {
		t.Fatalf("dropped: got %+v, want %+v", got, first)
	}
	// A new version shows what was dropped from it, not from the old one.
	b := a
	b.Text = "The dam broke."
	put(t, s, b)
	got, err = s.Dropped(ctx, a.ID)
	must(t, err)
	if len(got) != 0 {
		t.Fatalf("dropped of a new version: got %+v, want none", got)
	}
	second := []crosscheck.Dropped{{File: a.File, Part: 1, Kind: crosscheck.DropByline, Text: "By Bo Chen"}}
	must(t, s.PutDropped(ctx, a.ID, crosscheck.ContentHash(&b), second))
	must(t, s.PutDropped(ctx, a.ID, crosscheck.ContentHash(&b), second))
	got, err = s.Dropped(ctx, a.ID)
	must(t, err)
	if !reflect.DeepEqual(got, second) {
		t.Fatalf("dropped of the new version: got %+v, want %+v", got, second)
	}
}

func testCanceled(t *testing.T, s crosscheck.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.PutArticle(ctx, Article(1, "AP", "Text."))
	if err == nil || !errors.Is(err, context.Canceled) && crosscheck.ErrorKind(err) != crosscheck.Canceled {
		t.Fatalf("canceled put: got %v, want a canceled error", err)
	}
	if _, err := s.Article(context.Background(), Article(1, "AP", "Text.").ID); crosscheck.ErrorKind(err) != crosscheck.NotFound {
		t.Fatalf("after canceled put: got %v, want NotFound", err)
	}
}

// brief stores a briefing of st naming outlets, entities and n
// disagreements, and one that is an update, which does not count.
func brief(t *testing.T, s crosscheck.Store, st crosscheck.Story, outlets, entities []string, n int) {
	t.Helper()
	ctx := context.Background()
	cur, err := s.Story(ctx, st.ID)
	must(t, err)
	b := crosscheck.StoryBriefing{ID: st.ID, Title: st.Title}
	for i, o := range outlets {
		b.Articles = append(b.Articles, crosscheck.StoryArticle{ID: fmt.Sprintf("a%d", i), Outlet: o})
	}
	for _, e := range entities {
		b.Entities = append(b.Entities, crosscheck.Entity{Name: e, Kind: crosscheck.Person})
	}
	for range n {
		b.Discrepancies = append(b.Discrepancies, crosscheck.Discrepancy{Kind: crosscheck.FigureDiscrepancy, About: "dead"})
	}
	b.Discrepancies = append(b.Discrepancies, crosscheck.Discrepancy{Kind: crosscheck.FigureDiscrepancy, About: "dead", Update: true})
	must(t, s.PutBriefing(ctx, b, cur.Revision))
}

func testStoryOrders(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	// Story i's report is at hour i+1; it has i%3+1 outlets and (i+1)%3
	// disagreements; stories 1 and 3 name Ana Gomez.
	var ids []string
	for i := range 5 {
		st := group(t, s, 0, Article(i+1, "AP", fmt.Sprintf("Event %d.", i)))
		outlets := []string{"AP", "BBC", "CNN"}[:i%3+1]
		var ents []string
		if i%2 == 1 {
			ents = []string{"Ana Gomez"}
		}
		brief(t, s, st, outlets, ents, (i+1)%3)
		ids = append(ids, st.ID)
	}
	all := func(q crosscheck.StoryQuery) []string {
		t.Helper()
		var got []string
		for pages := 0; pages < 20; pages++ {
			list, next, err := s.Stories(ctx, q)
			must(t, err)
			for _, st := range list {
				got = append(got, st.ID)
			}
			if next == "" {
				return got
			}
			q.Cursor = next
		}
		t.Fatal("pages never end")
		return nil
	}
	cases := []struct {
		name string
		q    crosscheck.StoryQuery
		want []string
	}{
		{"covered", crosscheck.StoryQuery{Order: crosscheck.MostCovered, Limit: 2}, []string{ids[2], ids[4], ids[1], ids[3], ids[0]}},
		{"disputed", crosscheck.StoryQuery{Order: crosscheck.MostDisputed, Limit: 3}, []string{ids[4], ids[1], ids[3], ids[0], ids[2]}},
		{"entity, any case", crosscheck.StoryQuery{Entity: "ana GOMEZ", Limit: 1}, []string{ids[3], ids[1]}},
		{"to", crosscheck.StoryQuery{To: time.Date(2026, 3, 5, 3, 0, 0, 0, time.UTC)}, []string{ids[1], ids[0]}},
		{"outlet and from", crosscheck.StoryQuery{Outlet: "ap", From: time.Date(2026, 3, 5, 4, 0, 0, 0, time.UTC)}, []string{ids[4], ids[3]}},
	}
	for _, c := range cases {
		if got := all(c.q); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	list, _, err := s.Stories(ctx, crosscheck.StoryQuery{Order: crosscheck.MostDisputed, Limit: 1})
	must(t, err)
	if len(list) != 1 || list[0].Disagreements != 2 || len(list[0].Outlets) != 2 || len(list[0].Articles) != 1 || list[0].Briefed == 0 {
		t.Fatalf("most disputed: got %+v, want 2 disagreements, 2 outlets, 1 article, briefed", list)
	}
}

func testSearchPages(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	var arts []crosscheck.Article
	for i := 1; i <= 12; i++ {
		arts = append(arts, Article(i, "AP", fmt.Sprintf("Tremor %d shook the valley.", i)))
	}
	group(t, s, 0, arts...)
	seen := map[string]bool{}
	q := crosscheck.SearchQuery{Text: "Valley tremor", Limit: 5}
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("pages never end")
		}
		hits, next, err := s.Search(ctx, q)
		must(t, err)
		for _, h := range hits {
			if seen[h.Article] {
				t.Fatalf("article %s on two pages", h.Article)
			}
			seen[h.Article] = true
		}
		if next == "" {
			break
		}
		q.Cursor = next
	}
	if len(seen) != len(arts) {
		t.Fatalf("pages held %d articles, want %d", len(seen), len(arts))
	}
	if _, _, err := s.Search(ctx, crosscheck.SearchQuery{Text: "valley", Cursor: "not a cursor"}); crosscheck.ErrorKind(err) != crosscheck.Invalid {
		t.Fatalf("bad cursor: got %v, want Invalid", err)
	}
}

func testSearchNewVersion(t *testing.T, s crosscheck.Store) {
	ctx := context.Background()
	a := Article(1, "AP", "The avalanche buried the road.")
	put(t, s, a)
	a.Text = "The landslide buried the road."
	put(t, s, a)
	for word, want := range map[string]int{"avalanche": 0, "landslide": 1} {
		hits, _, err := s.Search(ctx, crosscheck.SearchQuery{Text: word})
		must(t, err)
		if len(hits) != want {
			t.Errorf("search %s after a new version: got %d hits, want %d", word, len(hits), want)
		}
	}
}
