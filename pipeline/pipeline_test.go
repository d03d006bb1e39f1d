package pipeline

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// writeFiles writes files (name -> content) under a new directory and
// returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	testcorpus.WriteTree(t, dir, files)
	return dir
}

const story = "The city council voted on Tuesday to expand the harbour, a plan that has divided residents for years.\n\n" +
	"Supporters said the expansion would bring jobs, while opponents warned of the cost to the town's beaches.\n"

func records(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id": "rec-%d", "title": "Record %d", "text": %q}`+"\n", i, i, story)
	}
	return b.String()
}

func TestStreamOrderAndParts(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.jsonl":     records(7),
		"b.txt":       story,
		"c/empty.txt": "",
		"c/d.jsonl":   records(3),
		"e.json":      `{"broken": `,
	})
	paths := []string{dir, filepath.Join(dir, "missing.txt")}
	serial, err := Read(context.Background(), paths, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	parallel, err := Read(context.Background(), paths, Options{Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(serial, parallel); diff != "" {
		t.Errorf("results depend on the number of workers (-1 worker +4 workers):\n%s", diff)
	}

	var got []string
	seen := map[string]bool{}
	for _, a := range serial.Articles {
		if seen[a.ID] {
			t.Errorf("%s part %d record %q: id %s given twice", a.File, a.Part, a.Record, a.ID)
		}
		seen[a.ID] = true
		got = append(got, fmt.Sprintf("%s %d %s", filepath.Base(a.File), a.Part, a.Record))
	}
	var want []string
	for i := range 7 {
		want = append(want, fmt.Sprintf("a.jsonl %d rec-%d", i+1, i))
	}
	want = append(want, "b.txt 1 ")
	for i := range 3 {
		want = append(want, fmt.Sprintf("d.jsonl %d rec-%d", i+1, i))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("articles mismatch (-want +got):\n%s", diff)
	}

	var files []string
	for _, e := range serial.Errors {
		files = append(files, filepath.Base(e.File))
	}
	if diff := cmp.Diff([]string{"empty.txt", "e.json", "missing.txt"}, files); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s\n%v", diff, serial.Errors)
	}
}

func TestStreamHeadlineOnly(t *testing.T) {
	dir := writeFiles(t, map[string]string{"h.json": `[{"id": "h1", "title": "Only a headline", "outlet": "Daily"}]`})
	r, err := Read(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Articles) != 1 || r.Articles[0].Record != "h1" || r.Articles[0].Title != "Only a headline" || r.Articles[0].Outlet != "Daily" {
		t.Errorf("got articles %+v, want the headline-only record h1", r.Articles)
	}
}

func TestStreamRecordError(t *testing.T) {
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body></body></html>"
	warc := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"+
		"WARC-Target-URI: https://news.example/x\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	dir := writeFiles(t, map[string]string{"crawl.warc": warc})
	r, err := Read(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "crawl.warc")
	if len(r.Errors) != 1 || r.Errors[0].File != path || !strings.HasPrefix(r.Errors[0].Error, "record urn:uuid:1: ") {
		t.Errorf("got errors %+v, want one for record urn:uuid:1 of %s", r.Errors, path)
	}
}

func TestStreamStops(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.jsonl": records(20)})
	stop := errors.New("stop")
	n := 0
	err := Stream(context.Background(), []string{dir}, Options{Workers: 2}, Handler{
		Article: func(crosscheck.Article) error {
			n++
			if n == 3 {
				return stop
			}
			return nil
		},
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("got error %v after %d articles, want %v after 3", err, n, stop)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Stream(ctx, []string{dir}, Options{}, Handler{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: got %v, want %v", err, context.Canceled)
	}
}

func TestPage(t *testing.T) {
	page := "<html><head><title>Harbour vote</title></head><body><article><h1>Harbour vote</h1>" +
		"<p>The city council voted on Tuesday to expand the harbour, a plan that has divided residents for years.</p>" +
		"<p>Supporters said the expansion would bring jobs, while opponents warned of the cost to the town's beaches.</p>" +
		"</article></body></html>"
	arts, _, err := Page(context.Background(), "vote.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	a := arts[0]
	if a.ID != crosscheck.ArticleID("vote.html", "", 1) || a.Part != 1 || !strings.Contains(a.Text, "opponents warned") {
		t.Errorf("got article %+v, want part 1 of vote.html holding the page's text", a)
	}
	if _, _, err := Page(context.Background(), "blank.html", []byte("<html></html>"), Options{}); crosscheck.ErrorKind(err) != crosscheck.Empty {
		t.Errorf("blank page: got error %v, want an empty-input error", err)
	}
}
