package ingest

import (
	"path/filepath"
	"testing"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// TestBASILArticles reads BASIL's article files as they are: a JSON record
// with body-paragraphs made of sentences.
func TestBASILArticles(t *testing.T) {
	dir := testcorpus.Dataset(t, filepath.Join("basil-dev", "articles"))
	docs, errs := collect(t, []string{dir}, Options{})
	if len(errs) > 0 {
		t.Errorf("errors: got %v, want none", errs)
	}
	if len(docs) != 150 {
		t.Errorf("got %d documents, want 150", len(docs))
	}
	for _, d := range docs {
		// Some BASIL articles have an empty title.
		if d.ID == "" || d.Outlet == "" || d.URL == "" || len(d.Body) < 200 || !d.Published.DayOnly {
			t.Errorf("%s: incomplete document: id %q, outlet %q, url %q, %d bytes of text, published %v",
				d.Source, d.ID, d.Outlet, d.URL, len(d.Body), d.Published)
		}
	}
}

// TestBenchmarkPages reads the gzipped pages of the article-extraction
// benchmark: one HTML document each.
func TestBenchmarkPages(t *testing.T) {
	dir := testcorpus.Dataset(t, filepath.Join("article-extraction-benchmark", "html"))
	docs, errs := collect(t, []string{dir}, Options{})
	if len(errs) > 0 {
		t.Errorf("errors: got %v, want none", errs)
	}
	if len(docs) != 181 {
		t.Errorf("got %d documents, want 181", len(docs))
	}
	for _, d := range docs {
		if d.Format != crosscheck.FormatHTML {
			t.Errorf("%s: got format %s, want html", d.Source, d.Format)
		}
	}
}
