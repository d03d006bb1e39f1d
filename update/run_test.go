package update

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

// writeReports writes arts as text files under dir, a title line then the
// text, and returns them as the pipeline will read them.
func writeReports(t *testing.T, dir string, n int) {
	t.Helper()
	for i, a := range reports(n) {
		p := filepath.Join(dir, filepath.FromSlash(a.File))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		body := a.Title + "\n\nBy Staff\n" + a.Published.Time.Format("January 2, 2006") + "\n\n" + a.Text + "\n"
		if i%11 == 10 {
			body = "" // an empty input fails
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
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
