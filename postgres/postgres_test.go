package postgres_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"crosscheck"
	"crosscheck/internal/storetest"
	"crosscheck/postgres"
)

// url is the test server: CROSSCHECK_PG_URL, or the local server CI runs.
func url() string {
	if u := os.Getenv("CROSSCHECK_PG_URL"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

var schemas atomic.Int64

// open returns a store in a schema of its own, dropped when t ends; it
// skips t when no server answers.
func open(t *testing.T) *postgres.DB {
	t.Helper()
	return openNamed(t, "")
}

func openNamed(t *testing.T, name string) *postgres.DB {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url())
	if err != nil {
		t.Skipf("no PostgreSQL at %s (set CROSSCHECK_PG_URL): %v", url(), err)
	}
	defer conn.Close(context.Background())
	schema := fmt.Sprintf("cctest_%d_%d", os.Getpid(), schemas.Add(1))
	if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
		t.Fatal(err)
	}
	db, err := postgres.Open(ctx, url(), postgres.Options{Schema: schema, Name: name})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close()
		c, err := pgx.Connect(context.Background(), url())
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer c.Close(context.Background())
		if _, err := c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) crosscheck.Store { return open(t) })
}

func TestNewerSchemaRefused(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	if _, err := db.Pool().Exec(ctx, "UPDATE schema_version SET version = version + 1"); err != nil {
		t.Fatal(err)
	}
	var schema string
	if err := db.Pool().QueryRow(ctx, "SELECT current_schema()").Scan(&schema); err != nil {
		t.Fatal(err)
	}
	_, err := postgres.Open(ctx, url(), postgres.Options{Schema: schema})
	if crosscheck.ErrorKind(err) != crosscheck.Unsupported {
		t.Fatalf("open a newer schema: got %v, want Unsupported", err)
	}
	// Opening the current version again migrates nothing and works.
	if _, err := db.Pool().Exec(ctx, "UPDATE schema_version SET version = version - 1"); err != nil {
		t.Fatal(err)
	}
	again, err := postgres.Open(ctx, url(), postgres.Options{Schema: schema})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	again.Close()
}

func TestLease(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	e1, err := db.AcquireLease(ctx, postgres.GroupingLease, "w1", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AcquireLease(ctx, postgres.GroupingLease, "w2", time.Minute); crosscheck.ErrorKind(err) != crosscheck.Conflict {
		t.Fatalf("acquire a held lease: got %v, want Conflict", err)
	}
	if err := db.RenewLease(ctx, postgres.GroupingLease, "w1", e1, time.Millisecond); err != nil {
		t.Fatal(err)
	}
	time.Sleep(20 * time.Millisecond)
	e2, err := db.AcquireLease(ctx, postgres.GroupingLease, "w2", time.Minute)
	if err != nil {
		t.Fatalf("acquire an expired lease: %v", err)
	}
	if e2 <= e1 {
		t.Fatalf("epochs: got %d after %d, want a higher one", e2, e1)
	}
	if err := db.RenewLease(ctx, postgres.GroupingLease, "w1", e1, time.Minute); crosscheck.ErrorKind(err) != crosscheck.Conflict {
		t.Fatalf("renew a lost lease: got %v, want Conflict", err)
	}
	err = db.SaveGrouping(ctx, crosscheck.Grouping{Epoch: e1, State: []byte("old holder")})
	if crosscheck.ErrorKind(err) != crosscheck.Conflict {
		t.Fatalf("save under a lost lease: got %v, want Conflict", err)
	}
	if err := db.SaveGrouping(ctx, crosscheck.Grouping{Epoch: e2, State: []byte("new holder")}); err != nil {
		t.Fatal(err)
	}
	state, epoch, err := db.ClusterState(ctx)
	if err != nil || string(state) != "new holder" || epoch != e2 {
		t.Fatalf("state: got %q epoch %d err %v, want the new holder's at %d", state, epoch, err, e2)
	}
	if err := db.ReleaseLease(ctx, postgres.GroupingLease, "w2", e2); err != nil {
		t.Fatal(err)
	}
	e3, err := db.AcquireLease(ctx, postgres.GroupingLease, "w1", time.Minute)
	if err != nil || e3 <= e2 {
		t.Fatalf("acquire a released lease: got epoch %d err %v, want above %d", e3, err, e2)
	}
}

// TestTransient cuts the store's connections from the server side: the
// error that follows is Transient, and the pool reconnects.
func TestTransient(t *testing.T) {
	db := openNamed(t, fmt.Sprintf("crosscheck-test-%d", os.Getpid()))
	ctx := context.Background()
	if _, err := db.PutArticle(ctx, storetest.Article(1, "AP", "A dam burst.")); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, url())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1",
		fmt.Sprintf("crosscheck-test-%d", os.Getpid())).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no connection of the store to cut")
	}
	_, err = db.Article(ctx, storetest.Article(1, "AP", "").ID)
	if crosscheck.ErrorKind(err) != crosscheck.Transient {
		t.Fatalf("after the connection was cut: got %v (kind %v), want Transient", err, crosscheck.ErrorKind(err))
	}
	if _, err := db.Article(ctx, storetest.Article(1, "AP", "").ID); err != nil {
		t.Fatalf("after reconnecting: %v", err)
	}
}

// TestSearchMarksInText stores text that holds the characters search uses
// to mark matches: they do not leak into snippets or split them wrongly.
func TestSearchMarksInText(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	a := storetest.Article(1, "AP", "A \x02forged\x03 mark sits beside the granary fire.")
	if _, err := db.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	hits, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: "granary"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 {
		t.Fatalf("got %d hits, want 1", len(hits))
	}
	var matched []string
	for _, p := range hits[0].Snippet {
		if strings.ContainsAny(p.Text, "\x02\x03") {
			t.Fatalf("snippet part %q holds a mark", p.Text)
		}
		if p.Match {
			matched = append(matched, p.Text)
		}
	}
	if fmt.Sprint(matched) != "[granary]" {
		t.Fatalf("matched parts: got %q, want [granary]", matched)
	}
}

// TestPutArticles stores articles in one transaction as PutArticle stores
// each: new ones added with what was dropped from them, the same ones
// again unchanged, an edited one kept as a new version that marks its
// story stale.
func TestPutArticles(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	a1 := storetest.Article(1, "AP", "The dam above Marlow gave way on Tuesday.")
	a2 := storetest.Article(2, "Reuters", "Water reached the lower town of Marlow.")
	ds := []crosscheck.Dropped{{File: a2.File, Part: 1, Kind: "boilerplate", Text: "Subscribe now"}}
	check := func(what string, got []crosscheck.PutResult, err error, want ...crosscheck.PutResult) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%s: got %v, want %v", what, got, want)
		}
	}
	// Given in reverse id order, as a batch of reports comes.
	got, err := db.PutArticles(ctx, []crosscheck.Article{a2, a1}, [][]crosscheck.Dropped{ds, nil})
	check("first batch", got, err, crosscheck.Added, crosscheck.Added)
	d, err := db.Dropped(ctx, a2.ID)
	if err != nil || len(d) != 1 || d[0].Text != "Subscribe now" {
		t.Fatalf("dropped from %s: got %v, %v", a2.ID, d, err)
	}
	got, err = db.PutArticles(ctx, []crosscheck.Article{a1, a2}, nil)
	check("same batch again", got, err, crosscheck.Unchanged, crosscheck.Unchanged)

	// Group both into one story, then edit one.
	epoch, err := db.AcquireLease(ctx, postgres.GroupingLease, "test", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	st := crosscheck.Story{ID: "s1", Articles: []string{a1.ID, a2.ID}, Last: a2.Published}
	if err := db.SaveGrouping(ctx, crosscheck.Grouping{Epoch: epoch, Stories: []crosscheck.Story{st},
		Grouped: []crosscheck.ArticleVersion{{ID: a1.ID, Hash: crosscheck.ContentHash(&a1)}, {ID: a2.ID, Hash: crosscheck.ContentHash(&a2)}}}); err != nil {
		t.Fatal(err)
	}
	before, err := db.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	a1.Text += " Engineers had warned of it."
	a3 := storetest.Article(3, "AP", "Residents called it the worst flood in memory.")
	got, err = db.PutArticles(ctx, []crosscheck.Article{a1, a3}, nil)
	check("an edit and a new one", got, err, crosscheck.NewVersion, crosscheck.Added)
	sa, err := db.Article(ctx, a1.ID)
	if err != nil || sa.Version != 2 || sa.Text != a1.Text {
		t.Fatalf("edited article: got version %d %q, %v", sa.Version, sa.Text, err)
	}
	after, err := db.Story(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if after.Revision != before.Revision+1 {
		t.Fatalf("story revision after the edit: got %d, want %d", after.Revision, before.Revision+1)
	}
	un, err := db.Ungrouped(ctx, 0)
	if err != nil || len(un) != 2 {
		t.Fatalf("ungrouped: got %d, %v; want the edit and the new one", len(un), err)
	}
}

// TestPutAnalyses stores many analyses in one statement, replacing what a
// hash held.
func TestPutAnalyses(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	if err := db.PutAnalysis(ctx, "h1", []byte("old")); err != nil {
		t.Fatal(err)
	}
	if err := db.PutAnalyses(ctx, map[string][]byte{"h1": []byte("one"), "h2": []byte("two")}); err != nil {
		t.Fatal(err)
	}
	got, err := db.Analyses(ctx, []string{"h1", "h2", "h3"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || string(got["h1"]) != "one" || string(got["h2"]) != "two" {
		t.Fatalf("got %q, want h1=one h2=two", got)
	}
}
