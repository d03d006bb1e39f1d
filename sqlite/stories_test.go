package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/internal/storetest"
)

// pages reads every page of q and returns the story ids in order.
func pages(t *testing.T, db *DB, q crosscheck.StoryQuery) []string {
	t.Helper()
	var ids []string
	for n := 0; ; n++ {
		if n > 100 {
			t.Fatal("pages never end")
		}
		list, next, err := db.Stories(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range list {
			ids = append(ids, st.ID)
		}
		if next == "" {
			return ids
		}
		q.Cursor = next
	}
}

func TestStoriesOrdersAndFilters(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	var ids []string
	for i := range 6 {
		hour := max(i, 2)
		var arts []crosscheck.Article
		for j := 0; j <= i%3; j++ {
			a := storetest.Article(10*i+j, fmt.Sprintf("Outlet %d", j), fmt.Sprintf("Story %d report %d.", i, j))
			a.Published = crosscheck.Date{Time: time.Date(2026, 3, 5, hour, j, 0, 0, time.UTC)}
			arts = append(arts, a)
		}
		b := crosscheck.StoryBriefing{Entities: []crosscheck.Entity{{Name: fmt.Sprintf("Élise %d", i%2)}}}
		for j, a := range arts {
			b.Articles = append(b.Articles, crosscheck.StoryArticle{ID: a.ID, Outlet: a.Outlet})
			if j > 0 {
				b.Discrepancies = append(b.Discrepancies, crosscheck.Discrepancy{Kind: crosscheck.FigureDiscrepancy, About: "dead"})
			}
		}
		if i == 5 {
			b.Discrepancies = append(b.Discrepancies, crosscheck.Discrepancy{Kind: crosscheck.FigureDiscrepancy, Update: true})
		}
		ids = append(ids, briefed(t, db, arts, b).ID)
	}
	// Story i has i%3+1 outlets and i%3 disagreements; its last report
	// is at hour max(i,2) minute i%3.
	newest := []string{ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]}
	covered := []string{ids[5], ids[2], ids[4], ids[1], ids[3], ids[0]}
	cases := []struct {
		name string
		q    crosscheck.StoryQuery
		want []string
	}{
		{"newest", crosscheck.StoryQuery{Limit: 1}, newest},
		{"covered", crosscheck.StoryQuery{Order: crosscheck.MostCovered, Limit: 2}, covered},
		{"disputed", crosscheck.StoryQuery{Order: crosscheck.MostDisputed, Limit: 4}, covered},
		{"entity any case", crosscheck.StoryQuery{Entity: "élise 1", Limit: 2}, []string{ids[5], ids[3], ids[1]}},
		{"outlet", crosscheck.StoryQuery{Outlet: "OUTLET 2"}, []string{ids[5], ids[2]}},
		{"from and to", crosscheck.StoryQuery{From: time.Date(2026, 3, 5, 3, 0, 0, 0, time.UTC), To: time.Date(2026, 3, 5, 5, 0, 0, 0, time.UTC)}, []string{ids[4], ids[3]}},
		{"no such entity", crosscheck.StoryQuery{Entity: "nobody"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := pages(t, db, c.q); fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
		})
	}
	list, _, err := db.Stories(ctx, crosscheck.StoryQuery{Order: crosscheck.MostDisputed, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := list[0]; got.Disagreements != 2 || len(got.Outlets) != 3 || len(got.Articles) != 3 {
		t.Fatalf("top disputed: got %d disagreements, outlets %v, %d articles; want 2, 3, 3", got.Disagreements, got.Outlets, len(got.Articles))
	}
	_, next, err := db.Stories(ctx, crosscheck.StoryQuery{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.Stories(ctx, crosscheck.StoryQuery{Order: crosscheck.MostCovered, Cursor: next}); crosscheck.ErrorKind(err) != crosscheck.Invalid {
		t.Errorf("cursor of another order: got %v, want Invalid", err)
	}
	if _, _, err := db.Stories(ctx, crosscheck.StoryQuery{Order: "loudest"}); crosscheck.ErrorKind(err) != crosscheck.Invalid {
		t.Errorf("unknown order: got %v, want Invalid", err)
	}
}

func TestStoryTies(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	// Stories with the same last time page by id, without loss or repeat.
	var want []string
	for i := range 7 {
		a := storetest.Article(i, "AP", fmt.Sprintf("Same hour %d.", i))
		a.Published = crosscheck.Date{Time: time.Date(2026, 3, 5, 1, 0, 0, 0, time.UTC)}
		want = append(want, briefed(t, db, []crosscheck.Article{a}, crosscheck.StoryBriefing{}).ID)
	}
	got := pages(t, db, crosscheck.StoryQuery{Limit: 3})
	seen := map[string]bool{}
	for i, id := range got {
		if seen[id] || i > 0 && got[i-1] > id {
			t.Fatalf("got %v, want each of %d stories once, by id", got, len(want))
		}
		seen[id] = true
	}
	if len(got) != len(want) {
		t.Fatalf("got %d stories, want %d", len(got), len(want))
	}
}

func TestSplitAndChainedMerges(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	var arts []crosscheck.Article
	var ids []string
	for i := range 3 {
		a := storetest.Article(i, "AP", fmt.Sprintf("Report %d.", i))
		arts = append(arts, a)
		ids = append(ids, briefed(t, db, []crosscheck.Article{a}, crosscheck.StoryBriefing{}).ID)
	}
	// 2 goes into 1 and 1 into 0 in one step.
	if err := db.SaveGrouping(ctx, crosscheck.Grouping{
		Stories: []crosscheck.Story{{ID: ids[0], Articles: []string{arts[0].ID, arts[1].ID, arts[2].ID}}},
		Gone:    map[string]string{ids[2]: ids[1], ids[1]: ids[0]},
	}); err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		got, err := db.Article(ctx, a.ID)
		if err != nil || got.Story != ids[0] {
			t.Fatalf("article %s: got story %q, %v, want %s", a.ID, got.Story, err, ids[0])
		}
	}
	if st, err := db.Story(ctx, ids[2]); err != nil || st.ID != ids[0] {
		t.Fatalf("story merged twice: got %s, %v, want %s", st.ID, err, ids[0])
	}
	if b, err := db.Briefing(ctx, ids[0]); err != nil || b.ID != ids[0] {
		t.Fatalf("briefing of the story merged into: got %+v, %v", b, err)
	}
	// Split 2 off again under its old id.
	if err := db.SaveGrouping(ctx, crosscheck.Grouping{
		Stories: []crosscheck.Story{{ID: ids[0], Articles: []string{arts[0].ID, arts[1].ID}}, {ID: ids[2], Articles: []string{arts[2].ID}}},
		Events:  []crosscheck.StoryEvent{{Story: ids[0], Kind: crosscheck.StorySplit, Other: ids[2]}},
	}); err != nil {
		t.Fatal(err)
	}
	st, err := db.Story(ctx, ids[2])
	if err != nil || st.ID != ids[2] || len(st.Articles) != 1 {
		t.Fatalf("split-off story: got %+v, %v", st, err)
	}
	st, err = db.Story(ctx, ids[0])
	if err != nil || len(st.Articles) != 2 {
		t.Fatalf("story split from: got %+v, %v", st, err)
	}
	got, err := db.Article(ctx, arts[2].ID)
	if err != nil || got.Story != ids[2] {
		t.Fatalf("split-off article: got story %q, %v", got.Story, err)
	}
	ev, err := db.StoryEvents(ctx, ids[0])
	if err != nil || len(ev) != 1 || ev[0].Kind != crosscheck.StorySplit || ev[0].Other != ids[2] {
		t.Fatalf("events: got %+v, %v", ev, err)
	}
}

func TestConcurrentWritersAndReaders(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	// Two handles on one file stand for two processes.
	one, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	two, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer two.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 4 {
		db := one
		if w%2 == 1 {
			db = two
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				a := storetest.Article(w*100+i, "AP", fmt.Sprintf("Writer %d report %d.", w, i))
				if _, err := db.PutArticle(ctx, a); err != nil {
					errs <- err
					return
				}
				if _, err := db.Article(ctx, a.ID); err != nil {
					errs <- err
					return
				}
				if _, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: "writer"}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	un, err := one.Ungrouped(ctx, 0)
	if err != nil || len(un) != 100 {
		t.Fatalf("got %d articles, %v, want 100", len(un), err)
	}
}

func TestBusyIsTransient(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	db, err := open(ctx, path, options{migrations: migrationFiles, busy: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Another process holds the write lock.
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	_, err = db.PutArticle(ctx, storetest.Article(1, "AP", "Locked out."))
	if crosscheck.ErrorKind(err) != crosscheck.Transient {
		t.Fatalf("put while another holds the lock: got %v (kind %v), want Transient", err, crosscheck.ErrorKind(err))
	}
	if _, err := conn.ExecContext(ctx, "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutArticle(ctx, storetest.Article(1, "AP", "Locked out.")); err != nil {
		t.Fatalf("put once the lock is released: %v", err)
	}
}

func TestCanceledReads(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := storetest.Article(1, "AP", "Text.")
	checks := map[string]error{}
	_, checks["article"] = db.Article(ctx, a.ID)
	_, checks["articles"] = db.Articles(ctx, []string{a.ID})
	_, checks["ungrouped"] = db.Ungrouped(ctx, 0)
	_, _, checks["stories"] = db.Stories(ctx, crosscheck.StoryQuery{})
	_, _, checks["search"] = db.Search(ctx, crosscheck.SearchQuery{Text: "text"})
	_, checks["story"] = db.Story(ctx, "s1")
	_, checks["stale"] = db.Stale(ctx, 0)
	_, _, checks["state"] = db.ClusterState(ctx)
	checks["grouping"] = db.SaveGrouping(ctx, crosscheck.Grouping{})
	checks["briefing"] = db.PutBriefing(ctx, crosscheck.StoryBriefing{ID: "s1"}, 1)
	checks["analysis"] = db.PutAnalysis(ctx, "h", nil)
	for name, err := range checks {
		if crosscheck.ErrorKind(err) != crosscheck.Canceled || !errors.Is(err, context.Canceled) {
			t.Errorf("%s: got %v, want Canceled", name, err)
		}
	}
}
