// Package testcorpus loads the seed reports and the evaluation datasets for
// tests.
package testcorpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"crosscheck"
)

// Root returns the repository root, relative to the test's directory so
// that the sources it names read as before ("../../testdata/...").
func Root(t testing.TB) string {
	t.Helper()
	dir := "."
	for range 10 {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		dir = filepath.Join(dir, "..")
	}
	t.Fatal("no go.mod above the test's directory")
	return ""
}

// SeedDocuments reads the seed reports, in file order, as ingest delivers
// text files.
func SeedDocuments(t testing.TB) []crosscheck.Document {
	t.Helper()
	dir := filepath.Join(Root(t), "testdata", "seeds")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds in %s: %v", dir, err)
	}
	sort.Strings(names)
	docs := make([]crosscheck.Document, 0, len(names))
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, crosscheck.Document{Source: name, Format: crosscheck.FormatText, Body: string(b)})
	}
	return docs
}

// Cleaner turns a Document into articles; clean.Articles is one. It is a
// parameter so that the tests of clean itself can use this package.
type Cleaner func(crosscheck.Document) ([]crosscheck.Article, []crosscheck.Dropped)

// Seeds reads the seed reports through clean, as the pipeline does.
func Seeds(t testing.TB, clean Cleaner) []crosscheck.Article {
	t.Helper()
	var arts []crosscheck.Article
	for _, d := range SeedDocuments(t) {
		parts, _ := clean(d)
		arts = append(arts, parts...)
	}
	return arts
}

// GoldSeeds is Seeds with the articles named as seeds-gold.json names them
// ("000#1"). Reports without a publication date get the story's day, which
// the gold knows from outside the files.
func GoldSeeds(t testing.TB, clean Cleaner) []crosscheck.Article {
	t.Helper()
	arts := Seeds(t, clean)
	for i, a := range arts {
		arts[i].ID = GoldID(a.File, a.Part)
		if a.Published.IsZero() {
			arts[i].Published = crosscheck.Day(2025, time.February, 12)
		}
	}
	return arts
}

// GoldID is how seeds-gold.json names part part of the seed file file:
// the file's number and the part ("000#1").
func GoldID(file string, part int) string {
	n, _, _ := strings.Cut(filepath.Base(file), "_")
	return n + "#" + strconv.Itoa(part)
}

// Gold decodes testdata/seeds-gold.json into v, which holds the part of
// the gold a test checks.
func Gold(t testing.TB, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(Root(t), "testdata", "seeds-gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// Datasets returns the directory of the evaluation datasets, which live
// beside the repository, and skips the test when they are absent.
func Datasets(t testing.TB) string {
	t.Helper()
	return Dataset(t, "")
}

// Dataset returns the directory of the named evaluation dataset
// ("basil-dev") and skips the test when it is absent, so that tests pass on
// a fresh clone.
func Dataset(t testing.TB, name string) string {
	t.Helper()
	dir := filepath.Join(Root(t), "..", "shared", "datasets", name)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not found (the evaluation datasets live beside the repository, in ../shared): %v", dir, err)
	}
	return dir
}

// BASILArticle is an article of the BASIL development set.
type BASILArticle struct {
	Name       string     `json:"-"` // file name without .json
	Title      string     `json:"title"`
	Date       string     `json:"date"`
	Source     string     `json:"source"`
	Triplet    string     `json:"triplet-uuid"`
	Paragraphs [][]string `json:"body-paragraphs"`
}

// Paras returns the article's paragraphs, each as one string.
func (a BASILArticle) Paras() []string {
	out := make([]string, 0, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		out = append(out, strings.Join(p, " "))
	}
	return out
}

// Text returns the article's body, paragraphs separated by blank lines.
func (a BASILArticle) Text() string { return strings.Join(a.Paras(), "\n\n") }

// BASIL reads the BASIL development set in file order, where the three
// reports of an event sit together, and skips the test when the datasets
// are absent.
func BASIL(t testing.TB) []BASILArticle {
	t.Helper()
	dir := filepath.Join(Dataset(t, "basil-dev"), "articles")
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if err != nil || len(files) == 0 {
		t.Skipf("basil-dev not found in %s: %v", dir, err)
	}
	return ReadBASIL(t, files)
}

// ReadBASIL reads BASIL-layout article files (basil-dev's, or a
// constructed set's in testdata/constructed) in name order.
func ReadBASIL(t testing.TB, files []string) []BASILArticle {
	t.Helper()
	files = slices.Clone(files)
	sort.Strings(files)
	out := make([]BASILArticle, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := BASILArticle{Name: strings.TrimSuffix(filepath.Base(f), ".json")}
		if err := json.Unmarshal(b, &a); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, a)
	}
	return out
}

// GoldArticle is an article of seeds-gold.json: where it is and what a
// careful reader found its metadata and body to be.
type GoldArticle struct {
	ID        string   `json:"id"`
	File      string   `json:"file"`
	Part      int      `json:"part"`
	Title     string   `json:"title"`
	Starts    string   `json:"body_starts_with"`
	Ends      string   `json:"body_ends_with"`
	Outlet    *string  `json:"outlet"`
	Dateline  string   `json:"dateline"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"`
}

// Copies returns n copies of arts, the ids of copy k ending "/k", so that
// benchmarks see a story as large as a widely syndicated one.
func Copies(arts []crosscheck.Article, n int) []crosscheck.Article {
	out := make([]crosscheck.Article, 0, n*len(arts))
	for k := range n {
		for _, a := range arts {
			a.ID = a.ID + "/" + strconv.Itoa(k)
			out = append(out, a)
		}
	}
	return out
}
