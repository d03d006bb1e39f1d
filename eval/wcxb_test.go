package eval_test

import (
	"compress/gzip"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/eval"

	"github.com/google/go-cmp/cmp"
)

func TestWordF1(t *testing.T) {
	tests := []struct {
		name        string
		pred, truth string
		want        float64
	}{
		{"identical", "The cat sat.", "the cat sat", 1},
		{"half the words", "the cat", "the cat sat on mats", 2 * 1 * 0.4 / 1.4},
		{"repeats count once each", "the the the", "the cat", 2 * (1.0 / 3) * 0.5 / (1.0/3 + 0.5)},
		{"nothing shared", "dog", "cat", 0},
		{"empty prediction", "", "cat", 0},
		{"both empty", "", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eval.WordF1(tt.pred, tt.truth); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("WordF1(%q, %q) = %v, want %v", tt.pred, tt.truth, got, tt.want)
			}
		})
	}
}

func TestTitleMatch(t *testing.T) {
	tests := []struct {
		name        string
		pred, truth string
		want        bool
	}{
		{"same words", "Bridge Reopens!", "bridge reopens", true},
		{"prediction holds the truth", "Bridge reopens | Daily News", "Bridge reopens", true},
		{"truth holds the prediction", "Bridge reopens", "Bridge reopens after repairs", true},
		{"part of a word is not enough", "Bridge reopen", "Bridge reopens", false},
		{"different", "Storm hits coast", "Bridge reopens", false},
		{"empty prediction", "", "Bridge reopens", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eval.TitleMatch(tt.pred, tt.truth); got != tt.want {
				t.Errorf("TitleMatch(%q, %q) = %v, want %v", tt.pred, tt.truth, got, tt.want)
			}
		})
	}
}

func TestAuthorMatch(t *testing.T) {
	tests := []struct {
		name  string
		pred  []string
		truth string
		want  bool
	}{
		{"surname found", []string{"Jo Bloggs"}, "Jo Bloggs", true},
		{"second of several", []string{"Ann Poe", "Jo Bloggs"}, "By Jo Bloggs and Kim Lee", true},
		{"names joined in one string", []string{"Ann Poe and Jo Bloggs"}, "Jo Bloggs", true},
		{"first name only is not enough", []string{"Jo Smith"}, "Jo Bloggs", false},
		{"part of a word is not enough", []string{"Blog"}, "Jo Bloggs", false},
		{"none", nil, "Jo Bloggs", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eval.AuthorMatch(tt.pred, tt.truth); got != tt.want {
				t.Errorf("AuthorMatch(%q, %q) = %v, want %v", tt.pred, tt.truth, got, tt.want)
			}
		})
	}
}

func TestDateMatch(t *testing.T) {
	evening := crosscheck.Date{Time: time.Date(2024, 3, 4, 22, 0, 0, 0, time.FixedZone("", -5*3600))}
	tests := []struct {
		name  string
		pred  crosscheck.Date
		truth string
		want  bool
	}{
		{"same day", crosscheck.Day(2024, 3, 4), "2024-03-04", true},
		{"truth with a time", crosscheck.Day(2024, 3, 4), "2024-03-04T10:00:00Z", true},
		{"the day in the date's own zone", evening, "2024-03-04", true},
		{"another day", crosscheck.Day(2024, 3, 5), "2024-03-04", false},
		{"no date", crosscheck.Date{}, "2024-03-04", false},
		{"truth of a month only", crosscheck.Day(2024, 3, 4), "2024-03", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eval.DateMatch(tt.pred, tt.truth); got != tt.want {
				t.Errorf("DateMatch(%v, %q) = %v, want %v", tt.pred, tt.truth, got, tt.want)
			}
		})
	}
}

// writeWCXB writes a WCXB-style split of pages id -> {html, ground-truth
// JSON} and returns its folder.
func writeWCXB(t *testing.T, pages map[string][2]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, sub := range []string{"html", "ground-truth"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for id, p := range pages {
		f, err := os.Create(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		z := gzip.NewWriter(f)
		z.Write([]byte(p[0]))
		if err := z.Close(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		if err := os.WriteFile(filepath.Join(dir, "ground-truth", id+".json"), []byte(p[1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunWCXB(t *testing.T) {
	dir := writeWCXB(t, map[string][2]string{
		"a": {"right", `{"url":"https://a.example/x","ground_truth":{"main_content":"one two","title":"Bridge reopens","author":"Jo Bloggs","publish_date":"2024-03-04"}}`},
		"b": {"wrong", `{"ground_truth":{"main_content":"one two","title":"Storm","author":["Ann Poe","Kim Lee"],"publish_date":"2024-03-04"}}`},
		"c": {"broken", `{"ground_truth":{"main_content":"one two","title":"Rates","author":null,"publish_date":null}}`},
	})
	if !eval.IsWCXB(dir) {
		t.Fatalf("IsWCXB(%s) = false, want true", dir)
	}
	fn := func(ctx context.Context, name string, page []byte) (eval.Extracted, error) {
		switch string(page) {
		case "right":
			return eval.Extracted{Text: "one two", Title: "Bridge reopens | News", Authors: []string{"Jo Bloggs"}, Published: crosscheck.Day(2024, 3, 4)}, nil
		case "wrong":
			return eval.Extracted{Text: "one", Title: "Other", Published: crosscheck.Day(2024, 3, 5)}, nil
		}
		return eval.Extracted{Text: "ignored"}, errors.New("cannot extract")
	}
	rep, err := eval.RunWCXB(context.Background(), dir, 2, fn)
	if err != nil {
		t.Fatal(err)
	}
	got := struct {
		Pages, Failed       int
		Title, Author, Date eval.FieldScore
	}{rep.Pages, rep.Failed, rep.Title, rep.Author, rep.Date}
	want := got
	want.Pages, want.Failed = 3, 1
	want.Title = eval.FieldScore{Pages: 3, Right: 1, Wrong: 1, Missing: 1}
	want.Author = eval.FieldScore{Pages: 2, Right: 1, Missing: 1}
	want.Date = eval.FieldScore{Pages: 2, Right: 1, Wrong: 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("report mismatch (-want +got):\n%s", diff)
	}
	// Text: 1 for a, 2/3 for b, 0 for the failed page.
	if wantF1 := (1 + 2.0/3) / 3; math.Abs(rep.TextF1-wantF1) > 1e-9 {
		t.Errorf("got text F1 %v, want %v", rep.TextF1, wantF1)
	}
	if got := rep.Results[1].Page.Author; got != "Ann Poe, Kim Lee" {
		t.Errorf("got author %q for a list, want %q", got, "Ann Poe, Kim Lee")
	}
}

func TestLoadWCXBErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := eval.LoadWCXB(dir); err == nil || !strings.Contains(err.Error(), "ground-truth") {
		t.Errorf("got error %v for an empty folder, want one naming ground-truth", err)
	}
	bad := writeWCXB(t, map[string][2]string{"x": {"page", "{not json"}})
	if _, err := eval.LoadWCXB(bad); err == nil || !strings.Contains(err.Error(), "x.json") {
		t.Errorf("got error %v for broken JSON, want one naming x.json", err)
	}
}
