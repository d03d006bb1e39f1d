package eval_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck"
	"crosscheck/eval"
	"crosscheck/extract"
	"crosscheck/internal/testcorpus"

	"github.com/google/go-cmp/cmp"
	"github.com/markusmobius/go-trafilatura"
)

func TestCompareExtraction(t *testing.T) {
	tests := []struct {
		name        string
		pred, truth string
		want        eval.ShingleCounts
	}{
		{"identical", "a b c d e", "a b c d e", eval.ShingleCounts{TP: 2}},
		{"prediction short of the truth", "a b c d", "a b c d e", eval.ShingleCounts{TP: 1, FN: 1}},
		{"prediction beyond the truth", "z a b c d", "a b c d", eval.ShingleCounts{TP: 1, FP: 1}},
		{"fewer than four tokens", "a b", "a b", eval.ShingleCounts{TP: 1}},
		{"short prediction, long truth", "a b", "a b c d", eval.ShingleCounts{FP: 1, FN: 1}},
		{"empty prediction", "", "a b c d", eval.ShingleCounts{FN: 1}},
		{"both empty", "", "  ", eval.ShingleCounts{}},
		{"repeats count as a multiset", "x y z w x y z w", "x y z w", eval.ShingleCounts{TP: 1, FP: 4}},
		{"punctuation splits, case counts", "Hello, World! foo-bar", "hello world foo bar", eval.ShingleCounts{FP: 1, FN: 1}},
		{"punctuation ignored", "Hello, World! foo-bar", "Hello World foo bar", eval.ShingleCounts{TP: 1}},
		{"unicode words", "Grüße aus Köln, 2024", "Grüße aus Köln 2024", eval.ShingleCounts{TP: 1}},
		{"underscores join words", "snake_case is one token", "snake case is one token", eval.ShingleCounts{FP: 1, FN: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eval.CompareExtraction(tt.pred, tt.truth); got != tt.want {
				t.Errorf("CompareExtraction(%q, %q) = %+v, want %+v", tt.pred, tt.truth, got, tt.want)
			}
		})
	}
}

func TestScoreExtraction(t *testing.T) {
	tests := []struct {
		name  string
		pages []eval.ShingleCounts
		want  eval.ExtractScore
	}{
		{
			name:  "perfect",
			pages: []eval.ShingleCounts{{TP: 5}, {TP: 1}},
			want:  eval.ExtractScore{Pages: 2, Precision: 1, Recall: 1, F1: 1},
		},
		{
			// P = (1/2 + 1) / 2 = 0.75 over the pages with a prediction;
			// R = (1 + 0 + 1) / 3 over the pages with a truth.
			name:  "mixed",
			pages: []eval.ShingleCounts{{TP: 1, FP: 1}, {FN: 2}, {TP: 3}},
			want:  eval.ExtractScore{Pages: 3, Precision: 0.75, Recall: 2.0 / 3, F1: 2 * 0.75 * (2.0 / 3) / (0.75 + 2.0/3)},
		},
		{
			name:  "nothing predicted",
			pages: []eval.ShingleCounts{{FN: 4}},
			want:  eval.ExtractScore{Pages: 1},
		},
		{
			name:  "empty prediction of an empty truth scores 1",
			pages: []eval.ShingleCounts{{}, {TP: 1, FN: 1}},
			want:  eval.ExtractScore{Pages: 2, Precision: 1, Recall: 0.75, F1: 2 * 0.75 / 1.75},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eval.ScoreExtraction(tt.pages)
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })); diff != "" {
				t.Errorf("ScoreExtraction mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// writeBenchmark writes a benchmark directory in the dataset's layout.
func writeBenchmark(t *testing.T, pages map[string][2]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	gt := map[string]map[string]string{}
	for id, p := range pages {
		gt[id] = map[string]string{"articleBody": p[1], "url": "https://news.example/2024/05/02/" + id + "-story-about-it"}
		var buf bytes.Buffer
		z := gzip.NewWriter(&buf)
		z.Write([]byte(p[0]))
		z.Close()
		if err := os.WriteFile(filepath.Join(dir, "html", id+".html.gz"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := json.Marshal(gt)
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRunExtract(t *testing.T) {
	dir := writeBenchmark(t, map[string][2]string{
		"good":   {"one two three four five", "one two three four five"},
		"half":   {"one two three four", "one two three four five"},
		"broken": {"x", "alpha beta gamma delta"},
	})
	fn := func(ctx context.Context, name string, page []byte) (eval.Extracted, error) {
		if name == "broken" {
			return eval.Extracted{Text: "ignored"}, errors.New("cannot extract")
		}
		return eval.Extracted{
			Text: string(page), Title: "A story about it", URL: "http://www.news.example/2024/05/02/" + name + "-story-about-it/",
			Published: crosscheck.Day(2024, 5, 2),
		}, nil
	}
	rep, err := eval.RunExtract(context.Background(), dir, 2, fn)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Failed != 1 {
		t.Errorf("got %d failed pages, want 1", rep.Failed)
	}
	// Precision: 1, 1 (broken has no prediction); recall: 1, 0, 1/2.
	want := eval.ExtractScore{Pages: 3, Precision: 1, Recall: 0.5, F1: 2 * 0.5 / 1.5}
	if diff := cmp.Diff(want, rep.Score, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })); diff != "" {
		t.Errorf("score mismatch (-want +got):\n%s", diff)
	}
	wantMeta := eval.MetadataCheck{Titled: 2, SlugPages: 3, SlugTitles: 2, Dated: 2, URLDatePages: 3, URLDateAgree: 2, WithURL: 2, URLAgree: 2}
	if diff := cmp.Diff(wantMeta, rep.Metadata); diff != "" {
		t.Errorf("metadata check mismatch (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := eval.WriteExtractPredictions(&buf, rep); err != nil {
		t.Fatal(err)
	}
	var preds map[string]map[string]string
	if err := json.Unmarshal(buf.Bytes(), &preds); err != nil {
		t.Fatal(err)
	}
	if got := preds["half"]["articleBody"]; got != "one two three four" {
		t.Errorf("got prediction %q for page half, want %q", got, "one two three four")
	}
	if got, ok := preds["broken"]; !ok || got["articleBody"] != "" {
		t.Errorf("got prediction %v for the failed page, want an empty articleBody", got)
	}
}

func TestRunExtractMissing(t *testing.T) {
	_, err := eval.RunExtract(context.Background(), t.TempDir(), 1, nil)
	if err == nil || !strings.Contains(err.Error(), "ground-truth.json") {
		t.Errorf("got error %v, want one naming ground-truth.json", err)
	}
}

// TestExtractBenchmark runs extraction over the whole article-extraction
// benchmark and checks that it keeps its measured quality.
func TestExtractBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("full benchmark run skipped in short mode")
	}
	dir := testcorpus.Dataset(t, "article-extraction-benchmark")
	rep, err := eval.RunExtract(context.Background(), dir, 2, func(ctx context.Context, name string, page []byte) (eval.Extracted, error) {
		doc := crosscheck.Document{Source: name, Format: crosscheck.FormatHTML, Body: string(page)}
		d, err := extract.HTML(ctx, doc, extract.Options{})
		return eval.Extracted{Text: d.Body, Title: d.Title, URL: d.URL, Published: d.Published}, err
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("F1 %.4f, precision %.4f, recall %.4f over %d pages", rep.Score.F1, rep.Score.Precision, rep.Score.Recall, rep.Score.Pages)
	if rep.Score.Pages != 181 || rep.Failed > 0 {
		t.Errorf("got %d pages with %d failures, want 181 with none", rep.Score.Pages, rep.Failed)
	}
	if rep.Score.F1 < 0.97 {
		t.Errorf("got F1 %.4f, want at least 0.97", rep.Score.F1)
	}
}

// BenchmarkTrafilaturaQuality scores go-trafilatura alone, with its own
// text output, under its main options: the baseline extract is measured
// against. Run with -benchtime 1x; it reports F1, precision and recall.
func BenchmarkTrafilaturaQuality(b *testing.B) {
	dir := testcorpus.Dataset(b, "article-extraction-benchmark")
	variants := []struct {
		name string
		opts trafilatura.Options
	}{
		{"default", trafilatura.Options{}},
		{"FavorRecall", trafilatura.Options{Focus: trafilatura.FavorRecall}},
		{"FavorPrecision", trafilatura.Options{Focus: trafilatura.FavorPrecision}},
		{"EnableFallback", trafilatura.Options{EnableFallback: true}},
	}
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			var rep *eval.ExtractReport
			for range b.N {
				var err error
				rep, err = eval.RunExtract(context.Background(), dir, 2, func(ctx context.Context, name string, page []byte) (eval.Extracted, error) {
					r, err := trafilatura.Extract(bytes.NewReader(page), v.opts)
					if err != nil {
						return eval.Extracted{}, err
					}
					return eval.Extracted{Text: r.ContentText, Title: r.Metadata.Title, URL: r.Metadata.URL}, nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(rep.Score.F1, "F1")
			b.ReportMetric(rep.Score.Precision, "precision")
			b.ReportMetric(rep.Score.Recall, "recall")
		})
	}
}
