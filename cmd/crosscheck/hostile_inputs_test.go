package main

import (
	"crosscheck"

	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// goodReports are three short reports of one story, by three outlets.
var goodReports = map[string]string{
	"good-a.txt": "Harbor Daily\n\nPORTSMOUTH — The city council voted 7-2 on Tuesday to approve a $4.5 million budget for harbor repairs, Mayor Ann Lee said.\n\n" +
		"\"The harbor is the heart of this city,\" Lee said after the vote. Work on the north pier will start in March.",
	"good-b.txt": "Coast News\n\nPORTSMOUTH — Councillors approved a $4.5 million harbor repair budget on Tuesday by a vote of 7-2.\n\n" +
		"Mayor Ann Lee said the harbor is the heart of the city. Repairs to the north pier begin in March, officials said.",
	"good-c.txt": "Bay Times\n\nPORTSMOUTH — A $4.5 million plan to repair the harbor passed the city council on Tuesday, 7-2.\n\n" +
		"Mayor Ann Lee praised the vote. The first work, on the north pier, is set for March.",
}

// randomBytes returns n random bytes from lo to 0xff, seeded.
func randomBytes(n int, lo byte) []byte {
	r := rand.New(rand.NewSource(7))
	b := make([]byte, n)
	for i := range b {
		b[i] = lo + byte(r.Intn(256-int(lo)))
	}
	return b
}

func gzipped(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// warcResponse returns a WARC response record holding an HTML page, with
// its Content-Length off by lie bytes.
func warcResponse(id, page string, lie int) string {
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Target-URI: https://news.example/%s\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n", id, id, len(block)+lie, block)
}

// nestedTables returns a page whose text sits in n tables nested one in
// another, as <table><tr><td> or, when short, <table><td>.
func nestedTables(n int, short bool) string {
	open, shut := "<table><tr><td>", "</td></tr></table>"
	if short {
		open, shut = "<table><td>", "</td></table>"
	}
	return "<html><body>" + strings.Repeat(open, n) +
		"<p>The harbor master said on Wednesday that the north pier would close for repairs in March, after the council vote.</p>" +
		"<p>Boat owners will be moved to the south basin while the work goes on, the harbor master said.</p>" +
		strings.Repeat(shut, n) + "</body></html>"
}

const pierText = "north pier would close for repairs"

// TestBriefHostileBesideGood briefs a folder of three good reports and one
// hostile input: the good reports are always briefed, the hostile input is
// named on stderr when refused, what can be read of it is kept, and the
// exit status is 1 exactly when an input was refused.
func TestBriefHostileBesideGood(t *testing.T) {
	page := "<html><body><article><p>The harbor master said on Wednesday that the north pier would close for repairs in March, after the council vote.</p></article></body></html>"
	tests := []struct {
		name    string
		file    string
		content func(t *testing.T) []byte
		refused string // what stderr must say of the file; "" when it is read
		kept    string // text of the input that must be briefed; may be ""
	}{
		{"random bytes named html", "page.html", func(*testing.T) []byte { return randomBytes(5000, 0x20) }, "not text", ""},
		{"random bytes named txt", "notes.txt", func(*testing.T) []byte { return randomBytes(5000, 0x20) }, "not text", ""},
		{"random bytes with controls", "blob.md", func(*testing.T) []byte { return randomBytes(5000, 1) }, "binary input", ""},
		{"nul bytes", "image.txt", func(*testing.T) []byte { return append([]byte("\x89PNG\r\n\x1a\n\x00\x00"), randomBytes(2000, 0)...) }, "binary input", ""},
		{"one symbol repeated", "rule.txt", func(*testing.T) []byte { return bytes.Repeat([]byte("#"), 5000) }, "not text: no letters", ""},
		{"one letter repeated", "aaa.txt", func(*testing.T) []byte { return bytes.Repeat([]byte("a"), 5000) }, "not text: one character repeated", ""},
		{"replacement characters", "lost.txt", func(*testing.T) []byte { return bytes.Repeat([]byte("\xef\xbf\xbd\xef\xbf\xbd a "), 500) }, "not text", ""},
		{"numbers one per line", "numbers.txt", func(*testing.T) []byte {
			var b bytes.Buffer
			for i := range 3000 {
				fmt.Fprintf(&b, "%d\n", i)
			}
			return b.Bytes()
		}, "not text: no letters", ""},
		{"gzip bomb", "bomb.txt.gz", func(t *testing.T) []byte { return gzipped(t, bytes.Repeat([]byte("a"), 3<<20)) }, "input too large", ""},
		{"deep json", "deep.json", func(*testing.T) []byte { return []byte(strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)) }, "invalid input", ""},
		{"one bad byte in utf-8", "damaged.txt", func(*testing.T) []byte {
			return []byte("Pier News\n\nPORTSMOUTH \u2014 The harbor master said the north pier would close for repairs \u201cin March\u201d.\xff Boats will move.")
		}, "", "repairs “in March”"},
		{"warc length too long", "crawl.warc", func(*testing.T) []byte {
			return []byte(warcResponse("bad", page, 100) + warcResponse("kept", page, 0))
		}, "runs into the next record", pierText},
		{"warc length past the end", "crawl1.warc", func(*testing.T) []byte {
			return []byte(warcResponse("bad", page, 400) + warcResponse("kept", page, 0))
		}, "truncated", pierText},
		{"warc length too short", "crawl3.warc", func(*testing.T) []byte {
			return []byte(warcResponse("bad", page, -30) + warcResponse("kept", page, 0))
		}, "no WARC version line", pierText},
		{"non-numeric warc length", "crawl2.warc", func(*testing.T) []byte {
			return []byte(strings.Replace(warcResponse("bad", page, 0), "Content-Length: ", "Content-Length: x", 1) + warcResponse("kept", page, 0))
		}, "bad Content-Length", pierText},
		{"130 nested tables", "tables.html", func(*testing.T) []byte { return []byte(nestedTables(130, false)) }, "", pierText},
		{"260 nested short tables", "tables2.html", func(*testing.T) []byte { return []byte(nestedTables(260, true)) }, "", pierText},
		{"nested tables in a feed item", "feed.xml", func(*testing.T) []byte {
			return []byte(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Pier</title>` +
				`<item><guid>t1</guid><title>Pier closes</title><content:encoded><![CDATA[` + nestedTables(130, false) + `]]></content:encoded></item></channel></rss>`)
		}, "", pierText},
		{"nested tables in a json page", "pages.json", func(*testing.T) []byte {
			return []byte(`[{"id": "p1", "html": "` + strings.ReplaceAll(nestedTables(130, true), `"`, `\"`) + `"}]`)
		}, "", pierText},
		{"jsonl with a bad line", "day.jsonl", func(*testing.T) []byte {
			return []byte(`{"id": "j1", "text": "The harbor master said the north pier would close for repairs in March."}` + "\n{oops\n" +
				`{"id": "j2", "text": "` + strings.Repeat("=", 300) + `"}` + "\n")
		}, "line 2: malformed JSON", "north pier would close"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range goodReports {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.WriteFile(filepath.Join(dir, tt.file), tt.content(t), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, stderr := runCmd(t, "", "brief", "--format", "json", "--max-size", "1M", dir)
			wantCode := 0
			if tt.refused != "" {
				wantCode = 1
			}
			if code != wantCode {
				t.Errorf("exit code: got %d, want %d; stderr:\n%s", code, wantCode, stderr)
			}
			for name := range goodReports {
				if !strings.Contains(out, `"`+crosscheck.ArticleID(filepath.Join(dir, name), "", 1)+`"`) {
					t.Errorf("briefing lacks the good report %s", name)
				}
			}
			if tt.refused != "" && !regexp.MustCompile(regexp.QuoteMeta(tt.file)+`.*`+regexp.QuoteMeta(tt.refused)).MatchString(stderr) {
				t.Errorf("stderr: got %q, want an error naming %s with %q", stderr, tt.file, tt.refused)
			}
			if tt.refused == "" && stderr != "" {
				t.Errorf("stderr: got %q, want nothing", stderr)
			}
			if tt.kept != "" && !strings.Contains(out, tt.kept) {
				t.Errorf("briefing lacks %q from %s", tt.kept, tt.file)
			}
			if strings.Contains(out, "aaaaaaaaaa") || strings.Contains(out, "##########") || strings.Contains(out, "â€") {
				t.Errorf("briefing holds the garbage of %s", tt.file)
			}
		})
	}
}

// writeGood writes the good reports into dir.
func writeGood(t *testing.T, dir string) {
	t.Helper()
	for name, text := range goodReports {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBriefOut checks --out: it never writes over an input, writes whole
// or not at all, and leaves an earlier file alone when every input failed.
func TestBriefOut(t *testing.T) {
	const earlier = "an earlier briefing"
	tests := []struct {
		name     string
		args     func(in, out string) []string
		existing bool // out exists before the run
		wantCode int
		wantOut  string // start of the out file after the run; "" when absent
		wantErr  string
	}{
		{"new file", func(in, out string) []string { return []string{in, "--out", out} }, false, 0, "# ", ""},
		{"replaces an earlier file", func(in, out string) []string { return []string{in, "--out", out} }, true, 0, "# ", ""},
		{"its own input", func(in, out string) []string {
			return []string{filepath.Join(in, "good-a.txt"), "--out", filepath.Join(in, "good-a.txt")}
		}, false, 1,
			"", "is one of the inputs"},
		{"inside an input directory", func(in, out string) []string { return []string{in, "--out", filepath.Join(in, "good-b.txt")} }, false, 1,
			"", "inside the input directory"},
		{"every input failed", func(in, out string) []string { return []string{filepath.Join(in, "missing.txt"), "--out", out} }, true, 1,
			earlier, "every input failed"},
		{"no such directory", func(in, out string) []string { return []string{in, "--out", filepath.Join(out, "sub", "b.md")} }, false, 1,
			"", "no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, outDir := t.TempDir(), t.TempDir()
			writeGood(t, in)
			out := filepath.Join(outDir, "brief.md")
			if tt.existing {
				if err := os.WriteFile(out, []byte(earlier), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			code, _, stderr := runCmd(t, "", append([]string{"brief"}, tt.args(in, out)...)...)
			if code != tt.wantCode {
				t.Errorf("exit code: got %d, want %d; stderr %q", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr: got %q, want %q", stderr, tt.wantErr)
			}
			got, err := os.ReadFile(out)
			switch {
			case tt.wantOut == "" && err == nil && !tt.existing:
				t.Errorf("got an output file, want none")
			case tt.wantOut != "" && !strings.HasPrefix(string(got), tt.wantOut):
				t.Errorf("output file starts %.40q, want %q", got, tt.wantOut)
			}
			for name, text := range goodReports {
				if b, err := os.ReadFile(filepath.Join(in, name)); err != nil || string(b) != text {
					t.Errorf("input %s was changed", name)
				}
			}
			left, _ := filepath.Glob(filepath.Join(outDir, ".*.tmp"))
			if len(left) > 0 {
				t.Errorf("temporary files left behind: %q", left)
			}
		})
	}
}

// TestStderrEscaped checks that a file name cannot forge an error line or
// send terminal codes: newlines and ESC in it are printed escaped.
func TestStderrEscaped(t *testing.T) {
	dir := t.TempDir()
	writeGood(t, dir)
	name := "evil\ncrosscheck brief: fake.txt: all good\x1b[31m.txt"
	if err := os.WriteFile(filepath.Join(dir, name), bytes.Repeat([]byte("#"), 500), 0o644); err != nil {
		t.Skipf("file system refuses the name: %v", err)
	}
	code, _, stderr := runCmd(t, "", "brief", dir)
	if code != 1 {
		t.Errorf("exit code: got %d, want 1", code)
	}
	if n := strings.Count(stderr, "\n"); n != 1 {
		t.Errorf("stderr: got %d lines, want 1: %q", n, stderr)
	}
	if strings.ContainsRune(stderr, 0x1b) || !strings.Contains(stderr, `evil\ncrosscheck brief: fake.txt: all good\x1b[31m.txt`) {
		t.Errorf("stderr: got %q, want the name escaped", stderr)
	}
}

// TestBriefMarkdownEscapes checks that raw HTML in the articles reaches a
// Markdown briefing escaped, so that a viewer shows it rather than runs it.
func TestBriefMarkdownEscapes(t *testing.T) {
	dir := t.TempDir()
	writeGood(t, dir)
	evil := "Harbor Daily\n\nPORTSMOUTH — The council voted 7-2 on Tuesday to approve a $4.5 million budget for harbor repairs <script>alert(1)</script>, Mayor Ann Lee said.\n\n" +
		"\"The harbor is the heart of this city <img src=x onerror=alert(2)>,\" Lee said. See [the plan](javascript:alert(3)) for the north pier."
	if err := os.WriteFile(filepath.Join(dir, "good-d.txt"), []byte(evil), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCmd(t, "", "brief", "--format", "md", dir)
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0; stderr %q", code, stderr)
	}
	if !strings.Contains(out, crosscheck.ArticleID(filepath.Join(dir, "good-d.txt"), "", 1)) {
		t.Fatalf("briefing lacks good-d.txt")
	}
	if m := regexp.MustCompile(`(^|[^\\])<[a-zA-Z/]`).FindString(out); m != "" {
		t.Errorf("briefing holds raw HTML: %q", m)
	}
	if strings.Contains(out, "](javascript") {
		t.Errorf("briefing holds a live link")
	}
}

// TestBriefSkippedLinks checks that links a directory walk passes over are
// named in warnings, without failing the run.
func TestBriefSkippedLinks(t *testing.T) {
	dir := t.TempDir()
	writeGood(t, dir)
	links := map[string]string{
		"dangling.txt": "no-such-file.txt",
		"loop-a.txt":   "loop-b.txt",
		"loop-b.txt":   "loop-a.txt",
		"subdir":       ".",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	code, out, stderr := runCmd(t, "", "brief", "--format", "json", dir)
	if code != 0 {
		t.Errorf("exit code: got %d, want 0; stderr %q", code, stderr)
	}
	for _, want := range []string{
		"warning: " + filepath.Join(dir, "dangling.txt") + ": broken symbolic link",
		"warning: " + filepath.Join(dir, "loop-a.txt") + ": symbolic link loop",
		"warning: " + filepath.Join(dir, "loop-b.txt") + ": symbolic link loop",
		"warning: " + filepath.Join(dir, "subdir") + ": symbolic link to a directory",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if !strings.Contains(out, `"`+crosscheck.ArticleID(filepath.Join(dir, "good-a.txt"), "", 1)+`"`) {
		t.Errorf("briefing lacks the good reports")
	}
}
