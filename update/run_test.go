package update

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/testcorpus"
	"crosscheck/pipeline"
)

// writeReports writes arts as text files under dir, a title line then the
// text, and returns them as the pipeline will read them.
func writeReports(t *testing.T, dir string, n int) {
	t.Helper()
	for i, a := range reports(n) {
		body := a.Title + "\n\nBy Staff\n" + a.Published.Time.Format("January 2, 2006") + "\n\n" + a.Text + "\n"
		if i%11 == 10 {
			body = "" // an empty input fails
		}
		testcorpus.WriteFile(t, filepath.Join(dir, filepath.FromSlash(a.File)), body)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	writeReports(t, dir, 40)
	ctx := context.Background()
	st := newStore()
	var last Progress
	var failed []string
	opts := RunOptions{
		Options:  Options{Batch: 8},
		Progress: func(p Progress) { last = p },
		Error:    func(e crosscheck.InputError) { failed = append(failed, e.File) },
	}
	sum, err := Run(ctx, st, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	stories := storedStories(t, st)
	want := Summary{Read: 37, Added: 37, Failed: 3, Opened: len(stories), Briefed: len(stories)}
	if diff := cmp.Diff(want, sum); diff != "" {
		t.Errorf("first run (-want +got):\n%s", diff)
	}
	if len(failed) != 3 {
		t.Errorf("got failed inputs %v, want 3", failed)
	}
	if last.Phase != Briefing || last.Read != 37 || last.Files != 40 || last.Briefed != len(stories) || last.ToBrief != len(stories) {
		t.Errorf("last progress: got %+v", last)
	}
	for id := range stories {
		if _, err := st.Briefing(ctx, id); err != nil {
			t.Errorf("story %s: %v", id, err)
		}
	}

	// Again: nothing changes.
	sum, err = Run(ctx, st, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Summary{Read: 37, Unchanged: 37, Failed: 3}, sum); diff != "" {
		t.Errorf("second run (-want +got):\n%s", diff)
	}

	// One more report joins a story; one report changes.
	writeReports(t, dir, 42)
	p := filepath.Join(dir, filepath.FromSlash(reports(1)[0].File))
	if err := os.WriteFile(p, []byte("Norvik earthquake: a correction\n\nThe earthquake in Norvik continued, Mayor Ingrid Solberg said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err = Run(ctx, st, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 2 || sum.NewVersions != 1 || sum.Unchanged != 36 || sum.Opened != 0 || sum.Updated != 2 || sum.Briefed != 2 {
		t.Errorf("third run: got %+v, want 2 added, 1 new version, 36 unchanged, 2 stories updated and briefed", sum)
	}
}

func TestRunStdin(t *testing.T) {
	ctx := context.Background()
	st := newStore()
	run := func(text string) Summary {
		t.Helper()
		sum, err := Run(ctx, st, []string{"-"}, RunOptions{Pipeline: pipeline.Options{Stdin: strings.NewReader(text)}})
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	a := "Norvik earthquake\n\nThe earthquake in Norvik cracked the harbour bridge, Mayor Ingrid Solberg said.\n"
	b := "Pinecrest wildfire\n\nThe wildfire near Pinecrest forced evacuations, fire chief Tom Alvarez said.\n"
	if s := run(a); s.Added != 1 {
		t.Fatalf("first report: got %+v", s)
	}
	if s := run(a); s.Unchanged != 1 {
		t.Errorf("the same report again: got %+v, want it unchanged", s)
	}
	if s := run(b); s.Added != 1 || s.NewVersions != 0 {
		t.Errorf("another report: got %+v, want it added, not a new version of the first", s)
	}
}

// TestRunInPartsRealReports adds the ECB+ reports (../shared) in one run
// and in three, and checks that both make the same stories: the
// clusterer restored between runs continues where it stopped.
func TestRunInPartsRealReports(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "datasets", "ecbplus-dev", "articles.jsonl"))
	if err != nil {
		t.Skipf("no ECB+ reports (../shared/datasets/ecbplus-dev): %v", err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(string(data)), "\n")
	const batch = 31
	dir := t.TempDir()
	// The parts end where Run's batches would, so that both ways store
	// the reports in the same order.
	cuts := []int{0, 6 * batch, 12 * batch, len(lines)}
	var parts []string
	for i := 1; i < len(cuts); i++ {
		p := filepath.Join(dir, fmt.Sprintf("part%d.jsonl", i))
		if err := os.WriteFile(p, []byte(strings.Join(lines[cuts[i-1]:cuts[i]], "")), 0o644); err != nil {
			t.Fatal(err)
		}
		parts = append(parts, p)
	}
	ctx := context.Background()
	merges := 0
	opts := RunOptions{Options: Options{Batch: batch, Saved: func(g crosscheck.Grouping) {
		for _, e := range g.Events {
			if e.Kind == crosscheck.StoryMerged {
				merges++
			}
		}
	}}}
	whole := newStore()
	if _, err := Run(ctx, whole, parts, opts); err != nil {
		t.Fatal(err)
	}
	inParts := newStore()
	for _, p := range parts {
		if _, err := Run(ctx, inParts, []string{p}, opts); err != nil {
			t.Fatal(err)
		}
	}
	want := storedStories(t, whole)
	if diff := cmp.Diff(want, storedStories(t, inParts)); diff != "" {
		t.Errorf("stories of three runs differ from one run's (-want +got):\n%s", diff)
	}
	if merges == 0 || len(want) < 20 {
		t.Errorf("got %d stories and %d merges; the test wants many stories and some merges", len(want), merges)
	}
}

// TestRunKeepsDropped checks that Run stores, beside each article, what
// cleaning dropped from it (here each report's byline line), across batches.
func TestRunKeepsDropped(t *testing.T) {
	dir := t.TempDir()
	writeReports(t, dir, 12)
	ctx := context.Background()
	st := newStore()
	if _, err := Run(ctx, st, []string{dir}, RunOptions{Options: Options{Batch: 3}}); err != nil {
		t.Fatal(err)
	}
	un := 0
	for _, a := range reports(12) {
		stored, err := st.Article(ctx, crosscheck.ArticleID(filepath.Join(dir, filepath.FromSlash(a.File)), "", 1))
		if crosscheck.ErrorKind(err) == crosscheck.NotFound {
			un++ // an input written empty
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		ds, err := st.Dropped(ctx, stored.ID)
		if err != nil {
			t.Fatal(err)
		}
		var bylines []string
		for _, d := range ds {
			if d.File != stored.File {
				t.Errorf("%s: dropped piece %+v comes from another file", stored.File, d)
			}
			if strings.Contains(d.Text, "By Staff") {
				bylines = append(bylines, d.Text)
			}
		}
		if len(bylines) != 1 {
			t.Errorf("%s: got dropped %+v, want its byline", stored.File, ds)
		}
	}
	if un != 1 {
		t.Errorf("got %d reports missing, want the 1 written empty", un)
	}
}
