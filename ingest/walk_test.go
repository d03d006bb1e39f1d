package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// collect walks paths and returns the Documents and errors, failing the
// test when Walk itself fails.
func collect(t *testing.T, paths []string, opts Options) ([]crosscheck.Document, []crosscheck.InputError) {
	t.Helper()
	var docs []crosscheck.Document
	var errs []crosscheck.InputError
	err := Walk(context.Background(), paths, opts, func(d crosscheck.Document) error {
		docs = append(docs, d)
		return nil
	}, func(e crosscheck.InputError) { errs = append(errs, e) })
	if err != nil {
		t.Fatalf("Walk(%q) = %v, want nil", paths, err)
	}
	return docs, errs
}

// dateString compares Dates by how they print.
var dateString = cmp.Comparer(func(a, b crosscheck.Date) bool { return a.String() == b.String() })

func date(t *testing.T, s string) crosscheck.Date {
	t.Helper()
	d, err := crosscheck.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestWalkKinds(t *testing.T) {
	pageBody := "<!DOCTYPE html>\n<html><head><meta charset=\"windows-1252\"><title>Town hall fire</title></head>\n" +
		"<body><article><h1>Town hall fire</h1><p>Firefighters put out a blaze at the caf\u00e9 by the town hall on Monday.</p></article></body></html>\n"
	tests := []struct {
		name string
		path string
		want []crosscheck.Document
	}{
		{"markdown", "testdata/note.md", []crosscheck.Document{
			{Source: "testdata/note.md", Format: crosscheck.FormatText, Body: "# Notes\n\nA markdown *note* about the harbour.\n"},
		}},
		{"windows-1252 text", "testdata/cp1252.txt", []crosscheck.Document{
			{Source: "testdata/cp1252.txt", Format: crosscheck.FormatText, Body: "Caf\u00e9 owners said the \u201cnew rules\u201d start in March.\n"},
		}},
		{"utf-16 text", "testdata/utf16.txt", []crosscheck.Document{
			{Source: "testdata/utf16.txt", Format: crosscheck.FormatText, Body: "Na\u00efve text in UTF-16, caf\u00e9.\n"},
		}},
		{"html with declared charset", "testdata/page.html", []crosscheck.Document{
			{Source: "testdata/page.html", Format: crosscheck.FormatHTML, Body: pageBody},
		}},
		{"gzipped html", "testdata/page.html.gz", []crosscheck.Document{
			{Source: "testdata/page.html.gz", Format: crosscheck.FormatHTML, Body: pageBody},
		}},
		{"rss", "testdata/rss.xml", []crosscheck.Document{
			{Source: "testdata/rss.xml", ID: "gazette-1001", Format: crosscheck.FormatText,
				Body:  "The old bridge reopened on Wednesday after & three months of repairs.\n\nTraffic was light in the morning.",
				Title: "Bridge reopens after repairs", Outlet: "The Harbour Gazette", Authors: []string{"Ann Lee"},
				Published: date(t, "2025-02-12T09:30:00Z"), URL: "https://gazette.example/bridge", Language: "en-gb"},
			{Source: "testdata/rss.xml", ID: "https://gazette.example/council", Format: crosscheck.FormatText,
				Body: "The council met to discuss the budget.", Title: "Council meets on budget", Outlet: "The Harbour Gazette",
				Published: date(t, "2025-02-13T18:00:00Z"), URL: "https://gazette.example/council", Language: "en-gb"},
			{Source: "testdata/rss.xml", ID: "https://gazette.example/headline", Format: crosscheck.FormatText,
				Title: "Headline only", Outlet: "The Harbour Gazette", URL: "https://gazette.example/headline", Language: "en-gb"},
		}},
		{"atom", "testdata/atom.xml", []crosscheck.Document{
			{Source: "testdata/atom.xml", ID: "urn:valley:1", Format: crosscheck.FormatText,
				Body: "The river fell below the warning mark overnight.\n\nRoads reopened.", Title: "Flood warning lifted",
				Outlet: "Valley News", Authors: []string{"Bo Chen"}, Published: date(t, "2025-02-12T08:00:00Z"),
				URL: "https://valley.example/flood"},
			{Source: "testdata/atom.xml", ID: "urn:valley:2", Format: crosscheck.FormatText,
				Body: "Stalls returned to the square.", Title: "Market day", Outlet: "Valley News",
				Published: date(t, "2025-02-11T07:00:00Z")},
		}},
		{"json feed", "testdata/feed.json", []crosscheck.Document{
			{Source: "testdata/feed.json", ID: "cd-1", Format: crosscheck.FormatText,
				Body: "The ferry resumed service.\n\nQueues were short.", Title: "Ferry resumes", Outlet: "Coast Daily",
				Authors: []string{"Dee Roe"}, Published: date(t, "2025-02-12T06:00:00Z"), URL: "https://coast.example/1"},
			{Source: "testdata/feed.json", ID: "cd-2", Format: crosscheck.FormatText,
				Body: "High tide at noon.", Title: "Tide tables", Outlet: "Coast Daily"},
		}},
		{"json array", "testdata/records.json", []crosscheck.Document{
			{Source: "testdata/records.json", ID: "a1", Format: crosscheck.FormatText, Body: "A new lab opened.",
				Title: "Lab opens", Published: date(t, "2025-02-12T10:00:00Z"), Language: "en"},
			{Source: "testdata/records.json", ID: "records.json#2", Format: crosscheck.FormatText,
				Body: "Para one.\n\nPara two.", Title: "Second record"},
		}},
		{"json lines", "testdata/records.jsonl", []crosscheck.Document{
			{Source: "testdata/records.jsonl", ID: "r1", Format: crosscheck.FormatText,
				Body: "A storm hit the coast on Tuesday.\n\nPower was cut.", Title: "Storm hits coast", Outlet: "Wire One",
				Authors: []string{"Ann Lee", "Bo Chen"}, Published: date(t, "2025-02-11"), URL: "https://wire.example/r1"},
			{Source: "testdata/records.jsonl", ID: "2", Format: crosscheck.FormatText, Body: "Rain eased.",
				Title: "Rain eases", Outlet: "Wire Two", Authors: []string{"Cy Dee", "Ed Fay"},
				Published: date(t, "2025-02-12T10:00:00Z")},
			{Source: "testdata/records.jsonl", ID: "records.jsonl#3", Format: crosscheck.FormatText, Title: "Only a headline"},
			{Source: "testdata/records.jsonl", ID: "r4", Format: crosscheck.FormatText,
				Body: "First sentence. Second sentence.\n\nNext paragraph."},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := collect(t, []string{tc.path}, Options{})
			if len(errs) > 0 {
				t.Errorf("errors: got %v, want none", errs)
			}
			if diff := cmp.Diff(tc.want, docs, dateString); diff != "" {
				t.Errorf("documents mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWalkBadInputs(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("All work and no play. ", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		want string // start of the error text
	}{
		{"empty", "testdata/empty.txt", "empty input"},
		{"binary", "testdata/junk.bin", "binary input"},
		{"truncated gzip", "testdata/truncated.txt.gz", "invalid input: truncated gzip stream"},
		{"malformed json", "testdata/malformed.json", "invalid input: malformed JSON"},
		{"too large", big, "input too large"},
		{"missing", filepath.Join(dir, "missing.txt"), "not found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// A good input after the bad one must still be read.
			docs, errs := collect(t, []string{tc.path, "testdata/note.md"}, Options{MaxSize: 2100})
			if len(errs) != 1 {
				t.Fatalf("got errors %v, want one", errs)
			}
			if errs[0].File != tc.path || !strings.HasPrefix(errs[0].Error, tc.want) {
				t.Errorf("got error %+v, want file %q and error starting %q", errs[0], tc.path, tc.want)
			}
			if len(docs) != 1 || docs[0].Source != "testdata/note.md" {
				t.Errorf("got %d documents, want the one of testdata/note.md", len(docs))
			}
		})
	}
}

func TestWalkDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":             "Second.",
		"a/z.md":            "First.",
		"c/d/e.txt":         "Third.",
		".hidden.txt":       "Hidden file.",
		".git/config.txt":   "Hidden directory.",
		"c/.cache/skip.txt": "Hidden nested directory.",
	}
	testcorpus.WriteTree(t, dir, files)
	docs, errs := collect(t, []string{dir}, Options{})
	if len(errs) > 0 {
		t.Errorf("errors: got %v, want none", errs)
	}
	var got []string
	for _, d := range docs {
		rel, _ := filepath.Rel(dir, d.Source)
		got = append(got, rel+": "+d.Body)
	}
	want := []string{"a/z.md: First.", "b.txt: Second.", "c/d/e.txt: Third."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("walk mismatch (-want +got):\n%s", diff)
	}
}

func TestWalkStdin(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		want  crosscheck.Document
	}{
		{"text", "Plain words.", crosscheck.Document{Source: "-", Format: crosscheck.FormatText, Body: "Plain words."}},
		{"json", `{"id": "s1", "title": "T", "text": "Body."}`,
			crosscheck.Document{Source: "-", ID: "s1", Format: crosscheck.FormatText, Title: "T", Body: "Body."}},
		{"html", "<html><body><p>Hi</p></body></html>",
			crosscheck.Document{Source: "-", Format: crosscheck.FormatHTML, Body: "<html><body><p>Hi</p></body></html>"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(tc.stdin)})
			if len(errs) > 0 {
				t.Errorf("errors: got %v, want none", errs)
			}
			if diff := cmp.Diff([]crosscheck.Document{tc.want}, docs, dateString); diff != "" {
				t.Errorf("documents mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWalkStops(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Walk(context.Background(), []string{"testdata/records.jsonl", "testdata/note.md"}, Options{},
		func(crosscheck.Document) error { calls++; return stop },
		func(crosscheck.InputError) {})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("got error %v after %d calls, want %v after 1", err, calls, stop)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Walk(ctx, []string{"testdata/note.md"}, Options{}, func(crosscheck.Document) error { return nil }, func(crosscheck.InputError) {})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled walk: got %v, want %v", err, context.Canceled)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"2025-02-12", "2025-02-12"},
		{"2025-02-12T10:00:00Z", "2025-02-12T10:00:00Z"},
		{"2025-02-12T10:00:00+0100", "2025-02-12T10:00:00+01:00"},
		{"2025-02-12 10:00:00", "2025-02-12T10:00:00Z"},
		{"Wed, 12 Feb 2025 10:00:00 GMT", "2025-02-12T10:00:00Z"},
		{"February 12, 2025", "2025-02-12"},
		{"yesterday", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, _ := parseDate(tc.in)
			if got := d.String(); got != tc.want {
				t.Errorf("parseDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		file string
		data string
		want string
		err  string
	}{
		{"bracketed text", "note", "[Photo] A caption.\n\nThe story.", "text ", ""},
		{"json lines without extension", "items", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}\n", "text a", ""},
		{"broken json named json", "items.json", "[Photo] A caption.", "", "invalid input"},
		{"text named json", "items.json", "Just words.", "", "invalid input: not JSON"},
		{"html without extension", "page", "<!-- c --><!DOCTYPE html><p>x</p>", "html ", ""},
		{"markup-like text", "note.txt", "<3 to all", "text ", ""},
		{"fragment named html", "frag.htm", "Plain words", "html ", ""},
		// The '>' of declarations in a doctype's internal subset must not
		// end the doctype, and the entities (a billion laughs) stay unexpanded.
		{"feed with internal subset", "feed.xml", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title><item><guid>g1</guid><title>T &b;</title></item></channel></rss>`, "text g1", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var formats []string
			var errs []string
			err := readBytes(context.Background(), tc.file, filepath.Ext(tc.file), []byte(tc.data),
				func(d crosscheck.Document) error { formats = append(formats, string(d.Format)+" "+d.ID); return nil },
				func(err error) { errs = append(errs, err.Error()) })
			if err != nil {
				errs = append(errs, InputError(tc.file, err).Error)
			}
			if tc.err != "" {
				if len(errs) != 1 || !strings.HasPrefix(errs[0], tc.err) {
					t.Errorf("got errors %q, want one starting %q", errs, tc.err)
				}
				return
			}
			if len(errs) > 0 || len(formats) == 0 || formats[0] != tc.want {
				t.Errorf("got formats %v and errors %q, want %s", formats, errs, tc.want)
			}
		})
	}
}

// TestWalkPanic checks the last guard: a panic while reading one input is
// reported as an internal error of that input and the walk goes on.
func TestWalkPanic(t *testing.T) {
	var got []string
	var errs []crosscheck.InputError
	err := Walk(context.Background(), []string{"testdata/records.json", "testdata/note.md"}, Options{},
		func(d crosscheck.Document) error {
			if d.Source == "testdata/records.json" {
				panic("boom")
			}
			got = append(got, d.Source)
			return nil
		},
		func(e crosscheck.InputError) { errs = append(errs, e) })
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) != 1 || errs[0].File != "testdata/records.json" || errs[0].Error != "internal error: panic: boom" {
		t.Errorf("got errors %+v, want an internal error of testdata/records.json", errs)
	}
	if diff := cmp.Diff([]string{"testdata/note.md"}, got); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}
}
