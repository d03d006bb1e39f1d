package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"crosscheck"
	"crosscheck/internal/storetest"
)

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	cut := write("cut.db", append([]byte("SQLite format 3\x00"), make([]byte, 100)...))

	cases := []struct {
		name, path, want string
		kind             crosscheck.Kind
	}{
		{"garbage", write("garbage.db", []byte("this is a shopping list, not a database\n")), "not a SQLite database", crosscheck.Invalid},
		{"empty", write("empty.db", nil), "empty", crosscheck.Invalid},
		{"directory", dir, "directory", crosscheck.Invalid},
		{"another application", other, "another application", crosscheck.Invalid},
		{"damaged header", cut, "not a crosscheck store", crosscheck.Invalid},
		{"query in name", filepath.Join(dir, "a?mode=ro"), "may not hold", crosscheck.Invalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before, _ := os.ReadFile(c.path)
			db, err := Open(context.Background(), c.path)
			if err == nil {
				db.Close()
				t.Fatalf("Open(%s): got a store, want an error", c.path)
			}
			if !strings.Contains(err.Error(), c.path) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got error %q, want one naming %s and saying %q", err, c.path, c.want)
			}
			if k := crosscheck.ErrorKind(err); k != c.kind {
				t.Errorf("got kind %v, want %v", k, c.kind)
			}
			if after, _ := os.ReadFile(c.path); string(after) != string(before) {
				t.Errorf("the refused file was changed")
			}
		})
	}
}

func TestOpenRefusesNewerStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	list, err := migrations(migrationFiles)
	if err != nil {
		t.Fatal(err)
	}
	// A crosscheck of the future has one more migration.
	future := fstest.MapFS{}
	for _, m := range list {
		future["migrations/"+m.name] = &fstest.MapFile{Data: []byte(m.sql)}
	}
	future[fmt.Sprintf("migrations/%04d_future.sql", len(list)+1)] = &fstest.MapFile{Data: []byte("CREATE TABLE future (x INTEGER);")}
	db, err := open(ctx, path, options{migrations: future, busy: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("Open of a newer store: got a store, want an error")
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("got %q, want an error naming %s and saying newer", err, path)
	}
}

// TestMigrateOlderStore fills a store of schema version 1, which has no
// search index, and opens it with the current schema: what it held is
// kept and can be searched.
func TestMigrateOlderStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	first := fstest.MapFS{}
	list, err := migrations(migrationFiles)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < 2 {
		t.Skip("one migration only: no older schema to migrate from")
	}
	first["migrations/"+list[0].name] = &fstest.MapFile{Data: []byte(list[0].sql)}
	old, err := open(ctx, path, options{migrations: first, busy: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article(1, "AP", "The harbour crane toppled in the gale.")
	if _, err := old.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	st := crosscheck.Story{ID: crosscheck.StoryID(a.ID), Title: a.Title, Articles: []string{a.ID}, First: a.Published, Last: a.Published}
	if err := old.SaveGrouping(ctx, crosscheck.Grouping{Stories: []crosscheck.Story{st}}); err != nil {
		t.Fatal(err)
	}
	if err := old.PutBriefing(ctx, crosscheck.StoryBriefing{ID: st.ID, Title: "Crane",
		Quotes: []crosscheck.Quote{{Speaker: "Harbour master", Text: "The crane was never designed for this gale"}}}, 1); err != nil {
		t.Fatal(err)
	}
	old.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var version int
	if err := db.r.QueryRowContext(ctx, "SELECT max(version) FROM schema_migrations").Scan(&version); err != nil {
		t.Fatal(err)
	}
	all, _ := migrations(migrationFiles)
	if version != len(all) {
		t.Fatalf("schema version after Open: got %d, want %d", version, len(all))
	}
	got, err := db.Article(ctx, a.ID)
	if err != nil || got.Text != a.Text {
		t.Fatalf("article after migration: got %q, %v", got.Text, err)
	}
	hits, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: "gale"})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[crosscheck.SearchHitKind]int{}
	for _, h := range hits {
		kinds[h.Kind]++
	}
	if kinds[crosscheck.ArticleHit] != 1 || kinds[crosscheck.QuoteHit] != 1 {
		t.Fatalf("search after migration: got %v, want one article and one quote", kinds)
	}
}

func TestOpenExistingKeepsEverything(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article(1, "AP", "Snow closed the pass.")
	if _, err := db.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	st := crosscheck.Story{ID: crosscheck.StoryID(a.ID), Title: a.Title, Articles: []string{a.ID}, First: a.Published, Last: a.Published}
	if err := db.SaveGrouping(ctx, crosscheck.Grouping{Stories: []crosscheck.Story{st}, State: []byte{0, 1, 2}, Epoch: 3,
		Grouped: []crosscheck.ArticleVersion{{ID: a.ID, Hash: crosscheck.ContentHash(&a)}}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if r, err := db.PutArticle(ctx, a); err != nil || r != crosscheck.Unchanged {
		t.Fatalf("re-adding after reopening: got %v, %v, want unchanged", r, err)
	}
	state, epoch, err := db.ClusterState(ctx)
	if err != nil || string(state) != "\x00\x01\x02" || epoch != 3 {
		t.Fatalf("cluster state after reopening: got %q %d %v", state, epoch, err)
	}
	got, err := db.Story(ctx, st.ID)
	if err != nil || len(got.Articles) != 1 || got.Articles[0] != a.ID || !got.Last.Time.Equal(a.Published.Time) {
		t.Fatalf("story after reopening: got %+v, %v", got, err)
	}
}

// TestMigratePreviousStore fills a store of the schema before the newest
// migration and opens it with the current schema: its articles are kept,
// have nothing dropped yet, and can have what cleaning dropped stored.
func TestMigratePreviousStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	list, err := migrations(migrationFiles)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) < 2 {
		t.Skip("one migration only: no older schema to migrate from")
	}
	prev := fstest.MapFS{}
	for _, m := range list[:len(list)-1] {
		prev["migrations/"+m.name] = &fstest.MapFile{Data: []byte(m.sql)}
	}
	old, err := open(ctx, path, options{migrations: prev, busy: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Article(1, "AP", "The ferry ran aground off the cape.")
	if _, err := old.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Dropped(ctx, a.ID); err == nil {
		t.Fatal("the previous schema has no dropped pieces, yet Dropped succeeded: the test does not start from the previous schema")
	}
	old.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var version int
	if err := db.r.QueryRowContext(ctx, "SELECT max(version) FROM schema_migrations").Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version != len(list) {
		t.Fatalf("schema version after Open: got %d, want %d", version, len(list))
	}
	got, err := db.Article(ctx, a.ID)
	if err != nil || got.Text != a.Text {
		t.Fatalf("article after migration: got %q, %v", got.Text, err)
	}
	ds, err := db.Dropped(ctx, a.ID)
	if err != nil || len(ds) != 0 {
		t.Fatalf("dropped after migration: got %+v, %v, want none", ds, err)
	}
	want := []crosscheck.Dropped{{File: a.File, Part: 1, Kind: crosscheck.DropByline, Text: "By Ann Lee"}}
	if err := db.PutDropped(ctx, a.ID, got.Hash, want); err != nil {
		t.Fatal(err)
	}
	if ds, err = db.Dropped(ctx, a.ID); err != nil || len(ds) != 1 || ds[0] != want[0] {
		t.Fatalf("dropped after migration and put: got %+v, %v", ds, err)
	}
}
