package main

import (
	"crosscheck/internal/testcorpus"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalEdits plants edits in a made-up event of two reports that state
// the same toll in matching sentences, and checks the table it prints and
// the errors of bad input.
func TestEvalEdits(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"articles/2020/ev_1.json": `{"title": "Fire", "date": "2020-03-04", "source": "Daily Bugle", "triplet-uuid": "ev",
			"body-paragraphs": [["A fire destroyed a warehouse in Dayton on Tuesday, and 40 firefighters fought the blaze for six hours."]]}`,
		"articles/2020/ev_2.json": `{"title": "Fire", "date": "2020-03-04", "source": "Evening Post", "triplet-uuid": "ev",
			"body-paragraphs": [["A fire destroyed a large warehouse in Dayton on Tuesday as 40 firefighters fought the blaze for hours."]]}`,
	}
	testcorpus.WriteTree(t, dir, files)
	code, stdout, stderr := runCmd(t, "", "eval", "edits", "--data", dir, "--per-kind", "1", "-v")
	if code != 0 {
		t.Fatalf("exit code %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"stories: 1,", "| figure changed | 1 | 1 (1.00) |", "| **same meaning** |"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("got %q, want it to contain %q", stdout, want)
		}
	}
	code, _, stderr = runCmd(t, "", "eval", "edits", "--data", filepath.Join(dir, "none"))
	if code == 0 || !strings.Contains(stderr, "none") {
		t.Errorf("missing dataset: got exit code %d, stderr %q; want an error naming it", code, stderr)
	}
	if code, _, _ = runCmd(t, "", "eval", "edits"); code == 0 {
		t.Error("no --data: exit code 0")
	}
}
