package main

import (
	"crosscheck/internal/testcorpus"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalDiscrepancies scores a made-up event of two articles that quote
// one man two ways, against annotations of that disagreement and of an
// equivalence.
func TestEvalDiscrepancies(t *testing.T) {
	dir := t.TempDir()
	data, gold := filepath.Join(dir, "data"), filepath.Join(dir, "gold")
	files := map[string]string{
		"data/articles/2020/ev_1.json": `{"title": "Visit", "date": "2020-03-04", "source": "Daily Bugle", "triplet-uuid": "ev",
			"body-paragraphs": [["The former president spoke on Tuesday.", "\u201cHe is not welcome here. We reject his visit,\u201d he said."]]}`,
		"data/articles/2020/ev_2.json": `{"title": "Visit", "date": "2020-03-04", "source": "Evening Post", "triplet-uuid": "ev",
			"body-paragraphs": [["The former president was blunt.", "\u201cHe is not welcome here. We reject his message,\u201d he said on Tuesday."]]}`,
		"gold/ev.json": `{"event": "ev", "discrepancies": [{"kind": "quote", "about": "visit or message", "clear": true,
			"variants": [{"articles": ["ev_1"], "text": "We reject his visit"}, {"articles": ["ev_2"], "text": "We reject his message"}]}],
			"equivalences": [{"about": "Tuesday", "variants": [{"articles": ["ev_1"], "text": "spoke on Tuesday"}, {"articles": ["ev_2"], "text": "said on Tuesday"}]}]}`,
	}
	testcorpus.WriteTree(t, dir, files)
	code, stdout, stderr := runCmd(t, "", "eval", "discrepancies", "--data", data, "--gold", gold, "--show")
	if code != 0 {
		t.Fatalf("exit code %d, stderr %q", code, stderr)
	}
	want := "all events (1 events): precision 1.00 (1 of 1 reported), recall of clear ones 1.00 (1 of 1; unclear 0 of 0), alarms on equivalences 0"
	if !strings.Contains(stdout, want) {
		t.Errorf("got %q, want it to contain %q", stdout, want)
	}

	// An event id shorter than the eight characters --show lists of one
	// is listed whole.
	testcorpus.WriteTree(t, dir, map[string]string{
		"gold/ev.json": `{"event": "ev", "discrepancies": [{"kind": "claim", "about": "spoke or blunt", "clear": true,
			"variants": [{"articles": ["ev_1"], "text": "spoke on Tuesday"}, {"articles": ["ev_2"], "text": "was blunt"}]}]}`,
	})
	code, stdout, stderr = runCmd(t, "", "eval", "discrepancies", "--data", data, "--gold", gold, "--show")
	if code != 0 || !strings.Contains(stdout, "- ev CLEAR claim: spoke or blunt") {
		t.Errorf("short event id: exit code %d, stderr %q, stdout %q; want the miss listed under \"ev\"", code, stderr, stdout)
	}

	code, _, stderr = runCmd(t, "", "eval", "discrepancies", "--data", data, "--gold", filepath.Join(dir, "none"))
	if code == 0 || !strings.Contains(stderr, "none") {
		t.Errorf("missing annotations: got exit code %d, stderr %q; want an error naming the directory", code, stderr)
	}
}
