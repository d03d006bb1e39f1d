package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

func decodeStories(t *testing.T, stdout string) []crosscheck.Story {
	t.Helper()
	var out struct {
		Stories []crosscheck.Story `json:"stories"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	return out.Stories
}

func TestClusterSeeds(t *testing.T) {
	// The seeds report one event: every article belongs to one story.
	code, stdout, stderr := runCmd(t, "", "cluster", seedsDir)
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
	}
	stories := decodeStories(t, stdout)
	if len(stories) != 1 {
		t.Fatalf("got %d stories, want 1: %+v", len(stories), stories)
	}
	_, arts, _ := runCmd(t, "", "articles", seedsDir)
	var all struct{ Articles []crosscheck.Article }
	if err := json.Unmarshal([]byte(arts), &all); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range all.Articles {
		ids = append(ids, a.ID)
	}
	got := slices.Clone(stories[0].Articles)
	slices.Sort(got)
	slices.Sort(ids)
	if diff := cmp.Diff(ids, got); diff != "" {
		t.Errorf("story articles mismatch (-articles +story):\n%s", diff)
	}
}

func TestClusterRecords(t *testing.T) {
	stdin := strings.Join([]string{
		`{"id": "q1", "title": "Quake shakes Norvik", "published": "2025-03-01", "text": "A strong earthquake shook Norvik on Saturday, the Norvik Seismic Institute said. Mayor Ingrid Solberg closed schools."}`,
		`{"id": "v1", "title": "Lopez vetoes school funding bill", "published": "2025-03-01", "text": "Governor Maria Lopez vetoed the school funding bill, and Senate leader Dana Whitfield vowed an override."}`,
		`{"id": "q2", "title": "Norvik earthquake: schools closed", "published": "2025-03-02", "text": "Schools in Norvik stayed closed after the earthquake, Mayor Ingrid Solberg said, as the Seismic Institute counted aftershocks."}`,
	}, "\n")
	code, stdout, stderr := runCmd(t, stdin, "cluster", "-")
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
	}
	q1, q2, v1 := crosscheck.ArticleID("-", "q1", 1), crosscheck.ArticleID("-", "q2", 1), crosscheck.ArticleID("-", "v1", 1)
	want := []crosscheck.Story{
		{ID: crosscheck.StoryID(v1), Title: "Lopez vetoes school funding bill", Articles: []string{v1}, First: crosscheck.Day(2025, 3, 1), Last: crosscheck.Day(2025, 3, 1)},
		{ID: crosscheck.StoryID(q1), Title: "Quake shakes Norvik", Articles: []string{q1, q2}, First: crosscheck.Day(2025, 3, 1), Last: crosscheck.Day(2025, 3, 2)},
	}
	if diff := cmp.Diff(want, decodeStories(t, stdout)); diff != "" {
		t.Errorf("stories mismatch (-want +got):\n%s", diff)
	}

	code, stdout, stderr = runCmd(t, stdin, "cluster", "--format", "md", "-")
	if code != 0 {
		t.Fatalf("md: exit code: got %d, want 0; stderr:\n%s", code, stderr)
	}
	for _, s := range []string{"# Stories\n", "3 articles in 2 stories.", "## " + crosscheck.StoryID(q1) + ": Quake shakes Norvik", "- `" + q2 + "` (2025-03-02): Norvik earthquake: schools closed"} {
		if !strings.Contains(stdout, s) {
			t.Errorf("Markdown lacks %q:\n%s", s, stdout)
		}
	}
}

func TestClusterErrors(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no path", []string{"cluster"}, 2, "usage: crosscheck cluster"},
		{"bad format", []string{"cluster", "--format", "xml", seedsDir}, 2, `unknown format "xml"`},
		{"missing input", []string{"cluster", filepath.Join(t.TempDir(), "nope.txt")}, 1, "nope.txt"},
		{"eval without data", []string{"eval", "cluster"}, 2, "usage: crosscheck eval cluster"},
		{"eval with empty data", []string{"eval", "cluster", "--data", t.TempDir()}, 1, "neither a BASIL folder"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tc.args...)
			if code != tc.wantCode || !strings.Contains(stderr, tc.wantErr) {
				t.Errorf("got exit code %d and stderr %q, want %d and %q", code, stderr, tc.wantCode, tc.wantErr)
			}
		})
	}
}

func TestEvalCluster(t *testing.T) {
	tests := []struct {
		name    string
		dataset string
		args    []string
		want    []string
	}{
		{"BASIL", "basil-dev", nil, []string{"| full text | crosscheck | 150 |", "| headlines only | crosscheck | 150 |",
			"| every third a headline | crosscheck | 150 |", "| full text, all on one day | TF-IDF average-link, best cut "}},
		{"BASIL headlines", "basil-dev", []string{"--headlines", "--baseline=false"}, []string{"| headlines only | crosscheck | 150 |"}},
		{"ECB+", filepath.Join("ecbplus-dev", "articles.jsonl"), []string{"--baseline=false"}, []string{"| reports | crosscheck | 496 |"}},
		{"AllSides", "allsides-val", []string{"--baseline=false"}, []string{"| leads, one stream | crosscheck | 921 |"}},
		{"ECB+ misses", filepath.Join("ecbplus-dev", "articles.jsonl"), []string{"--baseline=false", "--show"},
			[]string{"\nsplit ", "\nmerged ", "  1 "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := testcorpus.Dataset(t, tc.dataset)
			code, stdout, stderr := runCmd(t, "", append([]string{"eval", "cluster", "--data", path}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
			}
			for _, s := range tc.want {
				if !strings.Contains(stdout, s) {
					t.Errorf("output lacks %q:\n%s", s, stdout)
				}
			}
			if tc.dataset == "basil-dev" && len(tc.args) > 0 && strings.Contains(stdout, "full text") {
				t.Errorf("--headlines output has other variants:\n%s", stdout)
			}
		})
	}
}
