package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextDecoding checks that damaged UTF-8 keeps its good characters and
// that single-byte text is still read as Windows-1252.
func TestTextDecoding(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"utf-8", "WASHINGTON \u2014 President Doe said", "WASHINGTON \u2014 President Doe said"},
		{"utf-8 with one bad byte", "WASHINGTON \u2014 President Doe said \u201cyes\u201d.\xff Then", "WASHINGTON \u2014 President Doe said \u201cyes\u201d.\uFFFD Then"},
		{"windows-1252", "Caf\xe9 owner said \x93yes\x94", "Caf\u00e9 owner said \u201cyes\u201d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := decodeText([]byte(tt.in)); got != tt.want {
				t.Errorf("decodeText = %q, want %q", got, tt.want)
			}
			if got := HTML("p.html", []byte(tt.in), "").Body; got != tt.want {
				t.Errorf("HTML body = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNotTextInputs checks that inputs that are no language are refused
// with an error naming them, whatever their names, and that the records
// beside a bad one are kept.
func TestNotTextInputs(t *testing.T) {
	tests := []struct {
		name, file, in string
		wantDocs       int
		wantErr        string
	}{
		{"symbols", "a.txt", strings.Repeat("#*", 3000), 0, "invalid input: not text: no letters"},
		{"letter repeated", "a.md", strings.Repeat("a", 5000), 0, "invalid input: not text: one character repeated"},
		{"numbers per line", "a.txt", strings.Repeat("12345\n", 1000), 0, "invalid input: not text: no letters"},
		{"replacement characters", "a.txt", strings.Repeat("\uFFFD\uFFFD x", 1000), 0, "invalid input: not text"},
		{"feed item", "a.xml", `<rss version="2.0"><channel><title>T</title>` +
			`<item><guid>bad</guid><title>Bad</title><description>` + strings.Repeat("%", 400) + `</description></item>` +
			`<item><guid>good</guid><title>Good</title><description>The council met on Tuesday, the mayor said.</description></item>` +
			`</channel></rss>`, 1, "invalid input: item 1: not text: no letters"},
		{"feed item with a junk description", "b.xml", `<rss version="2.0"><channel><title>T</title>` +
			`<item><guid>short</guid><title>Council approves the harbor budget</title><description>…</description></item>` +
			`<item><guid>bad</guid><title>` + strings.Repeat("=", 40) + `</title><description>…</description></item>` +
			`</channel></rss>`, 1, "invalid input: item 2: not text: no letters"},
		{"json record", "a.json", `[{"id": "bad", "text": "` + strings.Repeat("=", 300) + `"},` +
			`{"id": "good", "text": "The council met on Tuesday, the mayor said."}]`, 1, "invalid input: record 1: not text: no letters"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, []byte(tt.in), 0o644); err != nil {
				t.Fatal(err)
			}
			docs, errs := collect(t, []string{path}, Options{})
			if len(docs) != tt.wantDocs {
				t.Errorf("got %d documents, want %d", len(docs), tt.wantDocs)
			}
			if len(errs) != 1 || errs[0].File != path || !strings.HasPrefix(errs[0].Error, tt.wantErr) {
				t.Errorf("got errors %+v, want one for %s starting %q", errs, path, tt.wantErr)
			}
		})
	}
}
