package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"crosscheck"
	"crosscheck/internal/storetest"
)

// TestCrashHelper is the writer TestKilledWriterLosesNothing kills: it adds
// reports to the store named by its environment and prints each id once
// its transaction committed.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv("CROSSCHECK_CRASH_STORE")
	if path == "" {
		t.Skip("run by TestKilledWriterLosesNothing")
	}
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	for i := 0; ; i++ {
		a := storetest.Article(i, "AP", fmt.Sprintf("Report %d of a writer about to be killed.", i))
		if _, err := db.PutArticle(ctx, a); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		st := crosscheck.Story{ID: crosscheck.StoryID(a.ID), Title: a.Title, Articles: []string{a.ID}}
		if err := db.SaveGrouping(ctx, crosscheck.Grouping{Stories: []crosscheck.Story{st}, State: []byte(a.ID),
			Grouped: []crosscheck.ArticleVersion{{ID: a.ID, Hash: crosscheck.ContentHash(&a)}}}); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println(a.ID)
	}
}

// TestKilledWriterLosesNothing kills a writing process with SIGKILL and
// reopens its store: every write it reported committed is there, and the
// file is sound.
func TestKilledWriterLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
	cmd.Env = append(os.Environ(), "CROSSCHECK_CRASH_STORE="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var committed []string
	sc := bufio.NewScanner(out)
	for sc.Scan() && len(committed) < 200 {
		if line := sc.Text(); len(line) == 17 && line[0] == 'a' {
			committed = append(committed, line)
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if len(committed) < 200 {
		t.Fatalf("the writer stopped after %d reports: %v", len(committed), committed[max(0, len(committed)-1):])
	}
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.r.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity check: got %q, %v", check, err)
	}
	arts, err := db.Articles(ctx, committed)
	if err != nil {
		t.Fatalf("reports committed before the kill: %v", err)
	}
	for _, a := range arts {
		if a.Story == "" {
			t.Fatalf("article %s lost its story", a.ID)
		}
	}
	// The writer may have committed more than it printed, never less; what
	// it committed but did not group is still to be grouped.
	un, err := db.Ungrouped(ctx, 0)
	if err != nil || len(un) > 1 {
		t.Fatalf("ungrouped after the kill: got %d, %v, want at most the one report in flight", len(un), err)
	}
}
