//go:build unix

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// TestAddSurvivesSIGKILL builds crosscheck, kills "crosscheck add" with
// SIGKILL at several moments of a run, runs it again to the end, and
// checks that the store holds what one clean run gives: the same
// articles, once each, the same stories with the same ids and events, and
// the same briefings.
func TestAddSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds crosscheck and runs it many times")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build crosscheck with")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "crosscheck")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in := filepath.Join(dir, "in")
	arts := testcorpus.WriteReports(t, in, 600)
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = crosscheck.ArticleID(filepath.Join(in, filepath.FromSlash(a.File)), "", 1)
	}
	add := func(db string) *exec.Cmd {
		return exec.Command(bin, "add", "--quiet", "--batch", "40", "--db", db, in)
	}

	ref := filepath.Join(dir, "ref.db")
	if out, err := add(ref).CombinedOutput(); err != nil {
		t.Fatalf("clean run: %v\n%s", err, out)
	}
	want := dump(t, ref, ids)
	if len(want.Stories) < testcorpus.Events || len(want.Duplicates) > 0 || len(want.Stale) > 0 || want.Ungrouped > 0 {
		t.Fatalf("clean run: %d stories, %d articles not in exactly one story, %d stale, %d ungrouped",
			len(want.Stories), len(want.Duplicates), len(want.Stale), want.Ungrouped)
	}
	t.Logf("clean run: %d reports, %d stories", len(ids), len(want.Stories))

	// Kill when the store shows a run at a given step, once or thrice
	// before the run that finishes. The run moves on while the test
	// looks, so each kill lands at or a little after its step.
	storing := func(s snapshot) bool { return s.ungrouped && !s.grouped }
	grouping := func(s snapshot) bool { return s.ungrouped && s.grouped }
	beforeBriefing := func(s snapshot) bool { return !s.ungrouped && s.stories >= testcorpus.Events && s.briefed == 0 }
	briefing := func(s snapshot) bool { return !s.ungrouped && s.stale > 0 && s.briefed > 0 }
	type kill struct {
		name string
		when func(snapshot) bool
	}
	scenarios := [][]kill{
		{{"at start", nil}},
		{{"storing", storing}},
		{{"grouping", grouping}},
		{{"before briefing", beforeBriefing}},
		{{"briefing", briefing}},
		{{"storing", storing}, {"grouping", grouping}, {"briefing", briefing}},
	}
	killedRuns := 0
	for _, kills := range scenarios {
		var names []string
		for _, k := range kills {
			names = append(names, k.name)
		}
		t.Run(strings.Join(names, ", "), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "killed.db")
			if kills[0].when != nil {
				// The test looks into the store while add runs; two
				// processes that create one store at once are no part of
				// this test.
				st, err := openStore(context.Background(), db)
				if err != nil {
					t.Fatal(err)
				}
				st.Close()
			}
			for _, k := range kills {
				cmd := add(db)
				var stderr strings.Builder
				cmd.Stderr = &stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				exited := make(chan error, 1)
				go func() { exited <- cmd.Wait() }()
				if err := killWhen(t, cmd, exited, db, k.when); err != nil {
					t.Fatalf("run before the kill %s: %v\n%s", k.name, err, stderr.String())
				}
				if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
					killedRuns++
					t.Logf("killed %s: %s", k.name, look(t, db))
				} else {
					t.Logf("the run finished before the kill %s", k.name)
				}
			}
			if out, err := add(db).CombinedOutput(); err != nil {
				t.Fatalf("run after the kills: %v\n%s", err, out)
			}
			if diff := cmp.Diff(want, dump(t, db, ids)); diff != "" {
				t.Errorf("store after the kills differs from a clean run's (-want +got):\n%s", diff)
			}
		})
	}
	// Two runs at once take turns: the store ends as after one.
	t.Run("two at once", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "twice.db")
		a, b := add(db), add(db)
		var outA, outB strings.Builder
		a.Stderr, b.Stderr = &outA, &outB
		if err := a.Start(); err != nil {
			t.Fatal(err)
		}
		if err := b.Start(); err != nil {
			t.Fatal(err)
		}
		if err := a.Wait(); err != nil {
			t.Fatalf("first run: %v\n%s", err, outA.String())
		}
		if err := b.Wait(); err != nil {
			t.Fatalf("second run: %v\n%s", err, outB.String())
		}
		if diff := cmp.Diff(want, dump(t, db, ids)); diff != "" {
			t.Errorf("store after two runs at once differs from a clean run's (-want +got):\n%s", diff)
		}
	})
	if killedRuns < 4 {
		t.Errorf("only %d runs were killed midway; the test needs a slower run (more reports)", killedRuns)
	}
}

// snapshot is what a running add has done, as its store shows.
type snapshot struct {
	exists             bool
	grouped, ungrouped bool
	stories, stale     int
	briefed            int
}

func (s snapshot) String() string {
	if !s.exists {
		return "no store yet"
	}
	return fmt.Sprintf("grouped %v, ungrouped left %v, %d stories, %d briefed, %d stale", s.grouped, s.ungrouped, s.stories, s.briefed, s.stale)
}

// look reads the store at path, which another process may be writing.
func look(t *testing.T, path string) snapshot {
	t.Helper()
	var s snapshot
	if _, err := os.Stat(path); err != nil {
		return s
	}
	ctx := context.Background()
	st, err := openStore(ctx, path)
	if err != nil {
		// A store being created may not be ready to be read.
		return s
	}
	defer st.Close()
	state, _, err := st.ClusterState(ctx)
	if err != nil {
		return s
	}
	un, err := st.Ungrouped(ctx, 1)
	if err != nil {
		return s
	}
	stale, err := st.Stale(ctx, 0)
	if err != nil {
		return s
	}
	stories, _, err := st.Stories(ctx, crosscheck.StoryQuery{Limit: 1000})
	if err != nil {
		return s
	}
	s = snapshot{exists: true, grouped: state != nil, ungrouped: len(un) > 0, stories: len(stories), stale: len(stale)}
	for _, x := range stories {
		if x.Briefed > 0 {
			s.briefed++
		}
	}
	return s
}

// killWhen kills cmd with SIGKILL once its store satisfies when (at once
// when nil) and waits for it to end. It returns the error of a run that
// ended on its own with one.
func killWhen(t *testing.T, cmd *exec.Cmd, exited <-chan error, db string, when func(snapshot) bool) error {
	t.Helper()
	for {
		select {
		case err := <-exited:
			return err
		default:
		}
		if when == nil || when(look(t, db)) {
			cmd.Process.Signal(syscall.SIGKILL)
			<-exited
			return nil
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// storeDump is what a store holds, without the times it stamps.
type storeDump struct {
	Articles   []string // id, version, hash, story
	Stories    []string // id, title, articles
	Events     []string
	Briefings  map[string]string
	Stale      []string
	Ungrouped  int
	Duplicates []string // articles in more than one story, or in none
}

func dump(t *testing.T, path string, ids []string) storeDump {
	t.Helper()
	ctx := context.Background()
	st, err := openStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var d storeDump
	arts, err := st.Articles(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		d.Articles = append(d.Articles, fmt.Sprintf("%s v%d %s %s", a.ID, a.Version, a.Hash[:12], a.Story))
	}
	held := map[string]int{}
	d.Briefings = map[string]string{}
	q := crosscheck.StoryQuery{Limit: 100}
	for {
		list, next, err := st.Stories(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range list {
			d.Stories = append(d.Stories, fmt.Sprintf("%s %q %v", s.ID, s.Title, s.Articles))
			for _, a := range s.Articles {
				held[a]++
			}
			evs, err := st.StoryEvents(ctx, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range evs {
				d.Events = append(d.Events, fmt.Sprintf("%s %s %s %s", e.Story, e.Kind, e.Article, e.Other))
			}
			b, err := st.Briefing(ctx, s.ID)
			if err != nil {
				t.Fatalf("story %s: %v", s.ID, err)
			}
			js, _ := json.Marshal(b)
			d.Briefings[s.ID] = string(js)
		}
		if next == "" {
			break
		}
		q.Cursor = next
	}
	slices.Sort(d.Stories)
	for _, id := range ids {
		if held[id] != 1 {
			d.Duplicates = append(d.Duplicates, fmt.Sprintf("%s in %d stories", id, held[id]))
		}
	}
	if d.Stale, err = st.Stale(ctx, 0); err != nil {
		t.Fatal(err)
	}
	un, err := st.Ungrouped(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	d.Ungrouped = len(un)
	return d
}
