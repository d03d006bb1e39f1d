package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/testcorpus"
	"crosscheck/internal/textproc"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seedsDir is the directory of the seed reports, relative to this package.
var seedsDir = filepath.Join("..", "..", "testdata", "seeds")

// articlesOutput is the JSON that "crosscheck articles" prints.
type articlesOutput struct {
	Articles []crosscheck.Article    `json:"articles"`
	Dropped  []crosscheck.Dropped    `json:"dropped"`
	Errors   []crosscheck.InputError `json:"errors"`
}

func decodeArticles(t *testing.T, stdout string) articlesOutput {
	t.Helper()
	var out articlesOutput
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	return out
}

func TestArticlesGolden(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "articles", "--format", "json", seedsDir)
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
	}
	golden := filepath.Join("testdata", "articles-seeds.golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(stdout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/crosscheck -run Articles -update)", err)
	}
	if diff := cmp.Diff(string(want), stdout); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
	if strings.Contains(stdout, "null") {
		t.Errorf("output holds null; lists must be []")
	}
}

func TestArticlesMarkdown(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "articles", seedsDir, "--format", "md")
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"# Articles\n", "- file: `" + filepath.Join(seedsDir, "001_2ec86771a3015b7c.txt") + "`, part 2", "## Dropped\n"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
}

func TestArticlesStdin(t *testing.T) {
	stdin := `{"id": "in-1", "title": "Harbour vote", "outlet": "Daily", "text": "The council voted on Tuesday to expand the harbour, a plan that has divided residents for years."}`
	code, stdout, stderr := runCmd(t, stdin, "articles", "-")
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
	}
	out := decodeArticles(t, stdout)
	if len(out.Articles) != 1 || out.Articles[0].Record != "in-1" || out.Articles[0].ID != crosscheck.ArticleID("-", "in-1", 1) || out.Articles[0].File != "-" || out.Articles[0].Outlet != "Daily" {
		t.Errorf("got articles %+v, want in-1 from -", out.Articles)
	}
}

func TestArticlesUsage(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"no path", []string{"articles"}, "usage: crosscheck articles"},
		{"bad format", []string{"articles", "--format", "xml", seedsDir}, `unknown format "xml"`},
		{"bad size", []string{"articles", "--max-size", "lots", seedsDir}, `invalid size "lots"`},
		{"unknown flag", []string{"articles", "--nope", seedsDir}, "flag provided but not defined"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tc.args...)
			if code != 2 || !strings.Contains(stderr, tc.wantErr) {
				t.Errorf("got exit code %d and stderr %q, want 2 and %q", code, stderr, tc.wantErr)
			}
		})
	}
}

func TestArticlesBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := "The council voted on Tuesday to expand the harbour, a plan that has divided residents for years.\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat(good, 50)))
	zw.Close()
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + good + "</p></body></html>"
	warc := "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: " +
		strconv.Itoa(len(block)) + "\r\n\r\n" + block
	files := map[string][]byte{
		"good.txt":       []byte(good),
		"empty.txt":      nil,
		"junk.bin":       {0x00, 0x01, 0xff, 0x10, 0x00, 0x7f, 0x02, 0x03},
		"cut.txt.gz":     gz.Bytes()[:gz.Len()/2],
		"cut.warc":       []byte(warc[:len(warc)-20]),
		"malformed.json": []byte(`{"id": "x", "text": `),
		"large.txt":      []byte(strings.Repeat(good, 20)),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	missing := filepath.Join(dir, "missing", "nothing.txt")
	code, stdout, stderr := runCmd(t, "", "articles", "--max-size", "1K", dir, missing)
	if code != 1 {
		t.Errorf("exit code: got %d, want 1", code)
	}
	out := decodeArticles(t, stdout)
	wantErrs := map[string]string{
		"empty.txt":      "empty input",
		"junk.bin":       "binary input",
		"cut.txt.gz":     "invalid input: truncated gzip stream",
		"cut.warc":       "invalid input: record 1 (urn:uuid:1): truncated",
		"malformed.json": "invalid input",
		"large.txt":      "input too large",
		"nothing.txt":    "not found",
	}
	got := map[string]string{}
	for _, e := range out.Errors {
		got[filepath.Base(e.File)] = e.Error
		if !strings.Contains(stderr, e.File+": "+e.Error) {
			t.Errorf("stderr does not name %s: %s", e.File, e.Error)
		}
	}
	for name, want := range wantErrs {
		if !strings.HasPrefix(got[name], want) {
			t.Errorf("error for %s: got %q, want it to start %q", name, got[name], want)
		}
	}
	if len(out.Errors) != len(wantErrs) {
		t.Errorf("got %d errors, want %d: %+v", len(out.Errors), len(wantErrs), out.Errors)
	}
	if len(out.Articles) != 1 || filepath.Base(out.Articles[0].File) != "good.txt" {
		t.Errorf("got articles %+v, want the one of good.txt", out.Articles)
	}
}

// annotation is a remark in parentheses that the gold file adds to an
// outlet's name ("(republished)").
var annotation = regexp.MustCompile(`\s*\([^)]*\)$`)

// TestArticlesAcceptance checks the articles of the seeds against what a
// careful reader found in them.
func TestArticlesAcceptance(t *testing.T) {
	var gold struct {
		Articles []testcorpus.GoldArticle `json:"articles"`
	}
	testcorpus.Gold(t, &gold)
	code, stdout, stderr := runCmd(t, "", "articles", seedsDir)
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
	}
	out := decodeArticles(t, stdout)
	got := map[string]crosscheck.Article{}
	for _, a := range out.Articles {
		got[filepath.Base(a.File)+"#"+strconv.Itoa(a.Part)] = a
	}
	if len(out.Articles) != len(gold.Articles) {
		t.Errorf("got %d articles, want %d", len(out.Articles), len(gold.Articles))
	}
	for _, g := range gold.Articles {
		t.Run(g.ID, func(t *testing.T) {
			a, ok := got[g.File+"#"+strconv.Itoa(g.Part)]
			if !ok {
				t.Fatalf("no article for part %d of %s", g.Part, g.File)
			}
			if want := crosscheck.ArticleID(a.File, "", g.Part); a.ID != want {
				t.Errorf("id: got %q, want %q for %s part %d", a.ID, want, a.File, g.Part)
			}
			// Compared folded: the gold file does not always keep the
			// file's curly quotes.
			if !strings.HasPrefix(textproc.Fold(a.Text), textproc.Fold(g.Starts)) {
				t.Errorf("body start: got %q, want %q", head(a.Text), g.Starts)
			}
			if !strings.HasSuffix(textproc.Fold(a.Text), textproc.Fold(g.Ends)) {
				t.Errorf("body end: got %q, want %q", tail(a.Text), g.Ends)
			}
			wantOutlet := ""
			if g.Outlet != nil {
				wantOutlet = annotation.ReplaceAllString(*g.Outlet, "")
			}
			if a.Outlet != wantOutlet {
				t.Errorf("outlet: got %q, want %q", a.Outlet, wantOutlet)
			}
			if g.Authors != nil {
				if diff := cmp.Diff(g.Authors, a.Authors); diff != "" {
					t.Errorf("authors mismatch (-want +got):\n%s", diff)
				}
			}
			if g.Dateline != "" && a.Dateline != g.Dateline {
				t.Errorf("dateline: got %q, want %q", a.Dateline, g.Dateline)
			}
			if g.Title != "" && a.Title != g.Title {
				t.Errorf("title: got %q, want %q", a.Title, g.Title)
			}
			// Most seeds carry no date in their text; a date found must be
			// the right one.
			switch p := a.Published.String(); {
			case p == "":
				t.Logf("published: none found, gold %s", g.Published)
			case !strings.HasPrefix(p, g.Published):
				t.Errorf("published: got %q, want %q", p, g.Published)
			}
		})
	}
}

func head(s string) string { return s[:min(len(s), 120)] }

func tail(s string) string { return s[max(0, len(s)-120):] }

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1024", 1024, true},
		{"2K", 2048, true},
		{"50MB", 50 << 20, true},
		{"1g", 1 << 30, true},
		{"0", 0, false},
		{"-5", 0, false},
		{"lots", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var b byteSize
			err := b.Set(tc.in)
			if (err == nil) != tc.ok || tc.ok && int64(b) != tc.want {
				t.Errorf("Set(%q): got %d, %v; want %d, ok %v", tc.in, b, err, tc.want, tc.ok)
			}
		})
	}
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantPaths  []string
		wantFormat string
	}{
		{"flags first", []string{"--format", "md", "a", "b"}, []string{"a", "b"}, "md"},
		{"flags between", []string{"a", "--format", "md", "b"}, []string{"a", "b"}, "md"},
		{"stdin", []string{"-", "--format=md"}, []string{"-"}, "md"},
		{"double dash", []string{"a", "--", "--format"}, []string{"a", "--format"}, "json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			format := fs.String("format", "json", "")
			paths, err := parseArgs(fs, tc.args)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.wantPaths, paths); diff != "" || *format != tc.wantFormat {
				t.Errorf("got paths %q and format %q, want %q and %q", paths, *format, tc.wantPaths, tc.wantFormat)
			}
		})
	}
}
