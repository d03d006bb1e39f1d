package eval

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"crosscheck"
	"crosscheck/cluster"
	"crosscheck/internal/testcorpus"
)

func stories(groups ...[]string) []crosscheck.Story {
	var out []crosscheck.Story
	for i, g := range groups {
		out = append(out, crosscheck.Story{ID: string(rune('A' + i)), Articles: g})
	}
	return out
}

func TestScoreStories(t *testing.T) {
	twoPairs := map[string]string{"a": "1", "b": "1", "c": "2", "d": "2"}
	tests := []struct {
		name   string
		pred   []crosscheck.Story
		labels map[string]string
		want   StoryScore
	}{
		{
			name:   "perfect",
			pred:   stories([]string{"a", "b"}, []string{"c", "d"}),
			labels: twoPairs,
			want:   StoryScore{1, 1, 1, 1, 1, 1, 4, 2, 2, 0},
		},
		{
			name:   "everything in one story",
			pred:   stories([]string{"a", "b", "c", "d"}),
			labels: twoPairs,
			// 6 predicted pairs, 2 of them true; each article's story is half right.
			want: StoryScore{1.0 / 3, 1, 0.5, 0.5, 1, 2.0 / 3, 4, 1, 2, 0},
		},
		{
			name:   "every article alone",
			pred:   stories([]string{"a"}, []string{"b"}, []string{"c"}),
			labels: map[string]string{"a": "1", "b": "1", "c": "1"},
			want:   StoryScore{1, 0, 0, 1, 1.0 / 3, 0.5, 3, 3, 1, 1},
		},
		{
			name:   "split and merged",
			pred:   stories([]string{"a", "b"}, []string{"c", "d", "e"}),
			labels: map[string]string{"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"},
			// Pairs: predicted ab, cd, ce, de; true ab, ac, bc, de; 2 shared.
			// B-cubed precision (1+1+1/3+2/3+2/3)/5, recall (2/3+2/3+1/3+1+1)/5.
			want: StoryScore{0.5, 0.5, 0.5, 11.0 / 15, 11.0 / 15, 11.0 / 15, 5, 2, 2, 1},
		},
		{
			name:   "unlabelled ignored, missing article alone",
			pred:   stories([]string{"a", "x"}),
			labels: map[string]string{"a": "1", "b": "1"},
			want:   StoryScore{1, 0, 0, 1, 0.5, 2.0 / 3, 2, 2, 1, 1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ScoreStories(tc.pred, tc.labels)
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("ScoreStories mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadBASILStoriesErrors(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := LoadBASILStories(dir); crosscheck.ErrorKind(err) != crosscheck.NotFound {
		t.Errorf("empty dir: got %v, want a not-found error", err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "articles", "2020"), 0o755); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "articles", "2020", "x_1.json")
	if err := os.WriteFile(bad, []byte(`{"title": "T", "date": "2020-01-02"`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := LoadBASILStories(dir)
	if crosscheck.ErrorKind(err) != crosscheck.Invalid || !strings.Contains(err.Error(), "x_1.json") {
		t.Errorf("truncated file: got %v, want an invalid-input error naming x_1.json", err)
	}
}

func TestLoadBASILStories(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "articles", "2012"), 0o755); err != nil {
		t.Fatal(err)
	}
	rec := `{"title": " Title ", "date": "2012-05-09", "source": "fox", "url": "u", "triplet-uuid": "T1",
		"body-paragraphs": [["One.", "Two."], [], ["Three."]]}`
	if err := os.WriteFile(filepath.Join(dir, "articles", "2012", "T1_2.json"), []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, labels, err := LoadBASILStories(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []crosscheck.Article{{ID: "T1_2", File: filepath.Join(dir, "articles", "2012", "T1_2.json"), Part: 1,
		Title: "Title", Outlet: "fox", Published: crosscheck.Day(2012, 5, 9), URL: "u", Language: "en",
		Text: "One. Two.\n\nThree."}}
	if diff := cmp.Diff(want, arts); diff != "" {
		t.Errorf("articles mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{"T1_2": "T1"}, labels); diff != "" {
		t.Errorf("labels mismatch (-want +got):\n%s", diff)
	}
}

func contains(s, sub string) bool {
	return len(sub) == 0 || len(s) >= len(sub) && (s[:len(sub)] == sub || contains(s[1:], sub))
}

// TestBASILClustering checks the documented figures on basil-dev: the
// default options must keep pairwise F1 at 0.97 or more with full text.
func TestBASILClustering(t *testing.T) {
	dir := testcorpus.Dataset(t, "basil-dev")
	arts, labels, err := LoadBASILStories(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		arts  []crosscheck.Article
		minF1 float64
	}{
		{"full text", arts, 0.97},
		{"headlines only", HeadlinesOnly(arts), 0.75},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc := ScoreStories(cluster.Group(tc.arts, cluster.DefaultOptions()), labels)
			if sc.F1 < tc.minF1 || math.IsNaN(sc.F1) {
				t.Errorf("pairwise F1: got %.3f, want at least %.2f (%+v)", sc.F1, tc.minF1, sc)
			}
		})
	}
}

// TestBASILClusteringRobust checks that the figures do not hang on the
// exact defaults: around them, full-text pairwise F1 stays at 0.95 or more.
func TestBASILClusteringRobust(t *testing.T) {
	dir := testcorpus.Dataset(t, "basil-dev")
	arts, labels, err := LoadBASILStories(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range []float64{0.16, 0.18, 0.2} {
		for _, names := range []float64{0.1, 0.15, 0.2} {
			for _, days := range []int{3, 4, 7, 14} {
				opts := cluster.DefaultOptions()
				opts.Threshold, opts.NameThreshold, opts.Window = th, names, time.Duration(days)*24*time.Hour
				if sc := ScoreStories(cluster.Group(arts, opts), labels); sc.F1 < 0.95 {
					t.Errorf("threshold %.2f, names %.2f, window %dd: got pairwise F1 %.3f, want at least 0.95", th, names, days, sc.F1)
				}
			}
		}
	}
}

func TestLoadStoriesKinds(t *testing.T) {
	dir := t.TempDir()
	events := filepath.Join(dir, "events.jsonl")
	testcorpus.WriteFile(t, events, `{"id": "1_1", "title": "Quake hits", "text": "A quake hit.", "event": "1a"}

{"id": "1_2", "title": "Second quake", "text": "Another.", "event": "1b", "date": "2013-07-02"}
`)
	allsides := filepath.Join(dir, "allsides")
	testcorpus.WriteFile(t, filepath.Join(allsides, "val.source"),
		"TITLE=> Senate passes bill. ARTICLE=> The Senate passed it. [SEP] TITLE=> Bill clears Senate ARTICLE=> It cleared.\n"+
			"TITLE=> Storm nears coast. ARTICLE=> A storm neared.\n")
	basil := filepath.Join(dir, "basil")
	testcorpus.WriteFile(t, filepath.Join(basil, "articles", "2012", "T1_1.json"),
		`{"title": "T", "date": "2012-05-09", "triplet-uuid": "T1", "body-paragraphs": [["One."]]}`)

	tests := []struct {
		name     string
		path     string
		kind     string
		ids      []string
		labels   map[string]string
		firstPub crosscheck.Date
		title    string
		text     string
	}{
		{"event JSONL", events, KindEvents, []string{"1_1", "1_2"}, map[string]string{"1_1": "1a", "1_2": "1b"},
			crosscheck.Date{}, "Quake hits", "A quake hit."},
		{"AllSides folder", allsides, KindAllSides, []string{"1-1", "1-2", "2-1"}, map[string]string{"1-1": "1", "1-2": "1", "2-1": "2"},
			crosscheck.Date{}, "Senate passes bill.", "The Senate passed it."},
		{"BASIL folder", basil, KindBASIL, []string{"T1_1"}, map[string]string{"T1_1": "T1"},
			crosscheck.Day(2012, 5, 9), "T", "One."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, labels, kind, err := LoadStories(tc.path)
			if err != nil {
				t.Fatal(err)
			}
			if kind != tc.kind {
				t.Errorf("kind: got %q, want %q", kind, tc.kind)
			}
			var ids []string
			for _, a := range arts {
				ids = append(ids, a.ID)
			}
			if diff := cmp.Diff(tc.ids, ids); diff != "" {
				t.Errorf("ids mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.labels, labels); diff != "" {
				t.Errorf("labels mismatch (-want +got):\n%s", diff)
			}
			if arts[0].Published != tc.firstPub || arts[0].Title != tc.title || arts[0].Text != tc.text {
				t.Errorf("first article: got %v %q %q, want %v %q %q", arts[0].Published, arts[0].Title, arts[0].Text,
					tc.firstPub, tc.title, tc.text)
			}
		})
	}
}

func TestLoadStoriesErrors(t *testing.T) {
	dir := t.TempDir()
	badJSON := filepath.Join(dir, "bad.jsonl")
	testcorpus.WriteFile(t, badJSON, "{\"id\": \"a\", \"event\": \"1a\"}\n{\"id\": \n")
	noEvent := filepath.Join(dir, "noevent.jsonl")
	testcorpus.WriteFile(t, noEvent, `{"id": "a", "title": "T"}`+"\n")
	dup := filepath.Join(dir, "dup.jsonl")
	testcorpus.WriteFile(t, dup, `{"id": "a", "event": "1"}`+"\n"+`{"id": "a", "event": "2"}`+"\n")
	badLead := filepath.Join(dir, "badlead")
	testcorpus.WriteFile(t, filepath.Join(badLead, "val.source"), "just text with no markers\n")
	empty := filepath.Join(dir, "empty")
	if err := os.MkdirAll(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		kind crosscheck.Kind
		says string
	}{
		{"missing path", filepath.Join(dir, "nothing"), crosscheck.NotFound, "nothing"},
		{"folder of neither kind", empty, crosscheck.NotFound, "empty"},
		{"truncated JSON line", badJSON, crosscheck.Invalid, "bad.jsonl:2"},
		{"report without event", noEvent, crosscheck.Invalid, "noevent.jsonl:1"},
		{"id twice", dup, crosscheck.Invalid, "dup.jsonl:2"},
		{"lead without markers", badLead, crosscheck.Invalid, "val.source:1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, _, err := LoadStories(tc.path)
			if crosscheck.ErrorKind(err) != tc.kind || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("got %v, want a %v error naming %q", err, tc.kind, tc.says)
			}
		})
	}
}

func TestMixed(t *testing.T) {
	arts := []crosscheck.Article{{ID: "a", Text: "x"}, {ID: "b", Text: "x"}, {ID: "c", Text: "x"}, {ID: "d", Text: "x"}}
	var got []string
	for _, a := range Mixed(arts, 2) {
		got = append(got, a.Text)
	}
	if diff := cmp.Diff([]string{"x", "", "x", ""}, got); diff != "" {
		t.Errorf("texts mismatch (-want +got):\n%s", diff)
	}
	if arts[1].Text != "x" {
		t.Error("Mixed changed its input")
	}
}

func TestTFIDFAverageLink(t *testing.T) {
	// Two stories of two reports each, and a fifth report alone. Average
	// link at the best cut groups them exactly.
	arts := []crosscheck.Article{
		{ID: "q1", Title: "Earthquake shakes Norvik harbour", Text: "A magnitude 6 earthquake shook Norvik harbour."},
		{ID: "q2", Title: "Norvik earthquake damages harbour bridge", Text: "The Norvik earthquake cracked the harbour bridge."},
		{ID: "v1", Title: "Governor vetoes school budget", Text: "Governor Lopez vetoed the school budget bill."},
		{ID: "v2", Title: "Teachers protest school budget veto", Text: "Teachers protested the governor's school budget veto."},
		{ID: "x", Title: "Orchestra opens season", Text: "The city orchestra opened its season with Mahler."},
	}
	labels := map[string]string{"q1": "q", "q2": "q", "v1": "v", "v2": "v", "x": "x"}
	b := TFIDFAverageLink(arts, labels)
	if b.Score.F1 != 1 || b.Score.Predicted != 3 {
		t.Errorf("got F1 %.3f with %d stories at cut %.2f, want 1 with 3", b.Score.F1, b.Score.Predicted, b.Threshold)
	}
}

func TestMisses(t *testing.T) {
	labels := map[string]string{"a": "1", "b": "1", "c": "1", "d": "2", "e": "2", "f": "3"}
	got := Misses(stories([]string{"a", "b"}, []string{"c", "d", "e"}, []string{"f", "x"}), labels)
	want := []Miss{
		{Story: "1", Groups: [][]string{{"a", "b"}, {"c"}}},
		{Story: "B", Merged: true, Groups: [][]string{{"c"}, {"d", "e"}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Misses mismatch (-want +got):\n%s", diff)
	}
	if got := Misses(stories([]string{"a", "b", "c"}, []string{"d", "e"}, []string{"f"}), labels); len(got) != 0 {
		t.Errorf("perfect grouping: got misses %v, want none", got)
	}
}

func TestShuffled(t *testing.T) {
	arts := []crosscheck.Article{{ID: "1-1"}, {ID: "1-2"}, {ID: "2-1"}, {ID: "2-2"}, {ID: "3-1"}, {ID: "3-2"}}
	labels := map[string]string{"1-1": "1", "1-2": "1", "2-1": "2", "2-2": "2", "3-1": "3", "3-2": "3"}
	got, relabelled := Shuffled(arts, labels, 1)
	var ids []string
	for i, a := range got {
		if relabelled[a.ID] != labels[arts[i].ID] {
			t.Errorf("%s: label %q, want %q", a.ID, relabelled[a.ID], labels[arts[i].ID])
		}
		ids = append(ids, a.ID)
	}
	if slices.IsSorted(ids) {
		t.Errorf("ids %v keep the order of the input", ids)
	}
	again, _ := Shuffled(arts, labels, 1)
	other, _ := Shuffled(arts, labels, 2)
	if again[0].ID != got[0].ID || other[0].ID == got[0].ID {
		t.Errorf("seed 1 gave %s and %s, seed 2 %s: want the same for one seed only", got[0].ID, again[0].ID, other[0].ID)
	}
	if arts[0].ID != "1-1" {
		t.Error("Shuffled changed its input")
	}
}

func TestAsRead(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "1", Title: "May 2, 2013, 1:12 PM", Text: "Lawyer: Lohan checks into rehab facility\n\nThe actress's lawyer said on Thursday that she had checked into a rehab facility in California, as a judge had ordered."},
		{ID: "2", Title: "Quake hits Aceh", Text: "A strong earthquake struck Aceh province on Tuesday, officials said, killing at least one person and injuring dozens."},
		{ID: "3", Title: "Headline only"},
	}
	got := AsRead(arts)
	if got[0].Published != crosscheck.Day(2013, 5, 2) || got[0].Title != "Lawyer: Lohan checks into rehab facility" {
		t.Errorf("record 1: got title %q, published %v; want the first line and 2013-05-02", got[0].Title, got[0].Published)
	}
	if got[1].Title != arts[1].Title || got[1].Text != arts[1].Text || !got[1].Published.IsZero() {
		t.Errorf("record 2 changed: %+v", got[1])
	}
	if got[2].Title != "Headline only" || got[2].ID != "3" {
		t.Errorf("headline-only record: %+v", got[2])
	}
	if arts[0].Title != "May 2, 2013, 1:12 PM" {
		t.Error("AsRead changed its input")
	}
}
