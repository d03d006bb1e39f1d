package ingest

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestJSONArrayStream reads JSON documents over the size limit: an array
// of records, or an object wrapping one, streams record by record; a
// record over the record limit ends the input with an error naming it,
// and what is no list of records is still refused.
func TestJSONArrayStream(t *testing.T) {
	record := func(i int) string {
		return `{"id": "r` + strconv.Itoa(i) + `", "text": "The council met on Tuesday to vote on budget item ` + strconv.Itoa(i) + `, the mayor said."}`
	}
	array := func(n int) string {
		recs := make([]string, n)
		for i := range recs {
			recs[i] = record(i)
		}
		return "[\n" + strings.Join(recs, ",\n") + "\n]"
	}
	long := `{"id": "long", "text": "` + strings.Repeat("word ", 400) + `"}`
	tests := []struct {
		name     string
		file     string
		in       string
		wantDocs int
		wantIDs  []string
		wantErrs []string
	}{
		{"array over the size limit", "day.json", array(300), 300, []string{"r0", "r150", "r299"}, nil},
		{"gzipped array", "day.json.gz", array(300), 300, []string{"r299"}, nil},
		{"wrapped array", "day.json", `{"status": "ok", "total": 300, "articles": ` + array(300) + `, "next": null}`, 300, []string{"r0", "r299"}, nil},
		{"arrays one after another", "day.json", array(100) + "\n" + array(100), 200, nil, nil},
		{"bad record kept going", "day.json", strings.Replace(array(100), record(5), `"not an object"`, 1), 99, nil,
			[]string{"invalid input: record 6 is not a JSON object"}},
		{"record over the record limit", "day.json", strings.Replace(array(100), record(50), long, 1), 50, []string{"r49"},
			[]string{"input too large: record 51: over the limit of 1000 bytes for one record"}},
		{"malformed", "day.json", strings.Replace(array(100), record(50), `{"id": oops}`, 1), 50, nil, []string{"invalid input: malformed JSON"}},
		{"one big record", "day.json", `{"title": "Budget", "text": "` + strings.Repeat("word ", 2000) + `"}`, 0, nil,
			[]string{"input too large: one JSON record over the size limit"}},
		{"object with no list", "day.json", `{"a": 1, "b": "` + strings.Repeat("x", 800) + `", "c": "` + strings.Repeat("y", 800) + `", "d": "` + strings.Repeat("z", 800) + `"}`, 0, nil,
			[]string{"input too large: JSON object over the size limit with no list of records"}},
		{"json feed", "feed.json", `{"version": "https://jsonfeed.org/version/1.1", "title": "F", "items": ` + array(50) + `}`, 0, nil,
			[]string{"input too large: JSON Feed over the size limit"}},
		{"text named json", "day.json", strings.Repeat("word ", 1000), 0, nil, []string{"input too large"}},
		{"small array read whole", "small.json", array(3), 3, nil, nil},
	}
	dir := t.TempDir()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeInput(t, dir, tc.file, tc.in)
			docs, errs := collect(t, []string{path}, Options{MaxSize: 2000, MaxRecord: 1000})
			if len(docs) != tc.wantDocs {
				t.Errorf("got %d documents, want %d", len(docs), tc.wantDocs)
			}
			ids := map[string]bool{}
			for _, d := range docs {
				ids[d.ID] = true
			}
			for _, id := range tc.wantIDs {
				if !ids[id] {
					t.Errorf("record %s not read", id)
				}
			}
			if len(errs) != len(tc.wantErrs) {
				t.Fatalf("got errors %v, want %d", errs, len(tc.wantErrs))
			}
			for i, want := range tc.wantErrs {
				if errs[i].File != path || !strings.HasPrefix(errs[i].Error, want) {
					t.Errorf("error %d: got %s: %q, want %s: %q…", i, errs[i].File, errs[i].Error, path, want)
				}
			}
		})
	}
}

// writeInput writes in to file in dir, gzipped when file ends in .gz, and
// returns its path.
func writeInput(t *testing.T, dir, file, in string) string {
	t.Helper()
	data := []byte(in)
	if strings.HasSuffix(file, ".gz") {
		data = gzipRecords(t, []string{in})
	}
	path := filepath.Join(dir, file)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
