package ingest

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestJSONRecords(t *testing.T) {
	tests := []struct {
		name     string
		hint     string
		in       string
		wantIDs  []string
		wantErrs []string
	}{
		{"one object", ".json", `{"id": "x", "text": "Body."}`, []string{"x"}, nil},
		{"wrapped list", ".json", `{"status": "ok", "articles": [{"title": "A"}, {"title": "B", "url": "u"}]}`,
			[]string{"in.json#1", "in.json#2"}, nil},
		{"concatenated objects", ".json", `{"id": "a", "text": "x"} {"id": "b", "text": "y"}`, []string{"a", "b"}, nil},
		{"bad line goes on", ".jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n{oops\n{\"id\": \"c\", \"text\": \"z\"}\n",
			[]string{"a", "c"}, []string{"invalid input: line 2: malformed JSON"}},
		{"record not an object", ".json", `[{"id": "a", "text": "x"}, 3]`, []string{"a"},
			[]string{"invalid input: record 2 is not a JSON object"}},
		{"no text or title", ".json", `[{"id": "a", "url": "u"}]`, nil,
			[]string{"invalid input: record 1 has neither text nor title"}},
		{"scalar", ".json", `"just a string"`, nil, []string{"invalid input: JSON value is neither"}},
		{"whole pages", ".json", `[{"id": "p1", "html": "<p>x</p>"}, {"id": "p2", "text": "<!DOCTYPE html><p>y</p>"}]`, []string{"p1 html", "p2 html"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ids, errs []string
			err := readJSON(context.Background(), "in"+tc.hint, tc.hint, []byte(tc.in),
				func(d crosscheck.Document) error {
					if d.Format == crosscheck.FormatHTML {
						d.ID += " html"
					}
					ids = append(ids, d.ID)
					return nil
				},
				func(err error) { errs = append(errs, InputError("in", err).Error) })
			if err != nil {
				t.Fatalf("readJSON: got %v, want nil", err)
			}
			if diff := cmp.Diff(tc.wantIDs, ids); diff != "" {
				t.Errorf("ids mismatch (-want +got):\n%s", diff)
			}
			if len(errs) != len(tc.wantErrs) {
				t.Fatalf("got errors %q, want %q", errs, tc.wantErrs)
			}
			for i := range errs {
				if !strings.HasPrefix(errs[i], tc.wantErrs[i]) {
					t.Errorf("got error %q, want it to start %q", errs[i], tc.wantErrs[i])
				}
			}
		})
	}
}

func TestBodyText(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"plain", "  One line.\n\n\n\nTwo  lines. ", "One line.\n\nTwo lines."},
		{"html", "<p>One &amp; <b>two</b>.</p><p>Three<br>four</p>", "One & two.\n\nThree\nfour"},
		{"paragraphs", []any{"A.", "", "B."}, "A.\n\nB."},
		{"sentences", []any{[]any{"A.", "B."}, []any{"C."}}, "A. B.\n\nC."},
		{"number", 3.0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := bodyText(tc.in); got != tc.want {
				t.Errorf("bodyText(%v) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzJSON(f *testing.F) {
	for _, name := range []string{"testdata/records.json", "testdata/records.jsonl", "testdata/feed.json", "testdata/malformed.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, name == "testdata/records.jsonl")
	}
	f.Add([]byte(`{"articles": [{"title": 1, "text": [[1, "a"], null]}]}`), false)
	f.Add([]byte(`{"version": "https://jsonfeed.org/version/1", "items": [null]}`), false)
	f.Fuzz(func(t *testing.T, data []byte, lines bool) {
		hint := ".json"
		if lines {
			hint = ".jsonl"
		}
		_ = readJSON(context.Background(), "fuzz"+hint, hint, data, func(d crosscheck.Document) error {
			if d.ID == "" || d.Title == "" && d.Body == "" {
				t.Errorf("record without id or content: %+v", d)
			}
			return nil
		}, func(error) {})
	})
}

// TestJSONLinesStream checks that JSON Lines are read record by record:
// a file over the size limit is read whole, a line over the record limit
// is named and skipped, and the lines after it are kept.
func TestJSONLinesStream(t *testing.T) {
	record := func(id string) string {
		return `{"id": "` + id + `", "text": "The council met on Tuesday to vote on the budget, the mayor said."}` + "\n"
	}
	var many strings.Builder
	for i := range 50 {
		many.WriteString(record("r" + strconv.Itoa(i)))
	}
	long := `{"id": "long", "text": "` + strings.Repeat("word ", 400) + `"}` + "\n"
	tests := []struct {
		name     string
		file     string
		in       string
		wantDocs int
		wantErrs []string
	}{
		{"over the size limit", "day.jsonl", many.String(), 50, nil},
		{"gzipped", "day.jsonl.gz", many.String(), 50, nil},
		{"long line skipped", "day.ndjson", record("a") + long + record("b"), 2, []string{"input too large: line 2: over the limit of 1000 bytes"}},
		{"long last line", "day.jsonl", record("a") + strings.TrimSuffix(long, "\n"), 1, []string{"input too large: line 2"}},
		{"no final line break", "day.jsonl", strings.TrimSuffix(record("a"), "\n"), 1, nil},
		{"blank lines only", "day.jsonl", "\n\n  \n", 0, []string{"empty input"}},
		{"binary", "day.jsonl", "\x00\x01\x02" + record("a"), 0, []string{"binary input"}},
		{"not text", "day.jsonl", `{"id": "x", "text": "` + strings.Repeat("#", 200) + `"}` + "\n" + record("b"), 1,
			[]string{"invalid input: record 1: not text"}},
	}
	dir := t.TempDir()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeInput(t, dir, tc.file, tc.in)
			docs, errs := collect(t, []string{path}, Options{MaxSize: 1000, MaxRecord: 1000})
			if len(docs) != tc.wantDocs {
				t.Errorf("got %d documents, want %d", len(docs), tc.wantDocs)
			}
			if len(errs) != len(tc.wantErrs) {
				t.Fatalf("got errors %+v, want %q", errs, tc.wantErrs)
			}
			for i, e := range errs {
				if e.File != path || !strings.HasPrefix(e.Error, tc.wantErrs[i]) {
					t.Errorf("got error %+v, want one for %s starting %q", e, path, tc.wantErrs[i])
				}
			}
		})
	}
}
