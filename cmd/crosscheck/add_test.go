package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/testcorpus"
)

func TestAdd(t *testing.T) {
	dir := t.TempDir()
	arts := testcorpus.WriteReports(t, filepath.Join(dir, "in"), 20)
	db := filepath.Join(dir, "news.db")
	in := filepath.Join(dir, "in")
	steps := []struct {
		name  string
		setup func()
		want  string
	}{
		{"first", nil, "20 reports: 20 added, 0 new versions, 0 unchanged; stories: 5 opened, 0 updated; 5 briefed"},
		{"again", nil, "20 reports: 0 added, 0 new versions, 20 unchanged; stories: 0 opened, 0 updated; 0 briefed"},
		{"one changed, one new", func() {
			testcorpus.WriteReports(t, in, 21)
			p := filepath.Join(in, filepath.FromSlash(arts[3].File))
			if err := os.WriteFile(p, []byte(arts[3].Title+"\n\nThe flood in Quillon eased, engineer Bram Okafor said.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "21 reports: 1 added, 1 new versions, 19 unchanged; stories: 0 opened, 2 updated; 2 briefed"},
	}
	for _, s := range steps {
		if s.setup != nil {
			s.setup()
		}
		code, stdout, stderr := runCmd(t, "", "add", "--db", db, in)
		if code != 0 || stderr != "" {
			t.Fatalf("%s: exit %d, stderr %q", s.name, code, stderr)
		}
		if got := strings.TrimSpace(stdout); got != s.want {
			t.Errorf("%s: got %q, want %q", s.name, got, s.want)
		}
	}
}

func TestAddFailedInput(t *testing.T) {
	dir := t.TempDir()
	testcorpus.WriteReports(t, dir, 3)
	code, stdout, stderr := runCmd(t, "", "add", "--db", filepath.Join(dir, "x.db"), dir, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit code: got %d, want 1", code)
	}
	if !strings.Contains(stderr, "crosscheck add: "+filepath.Join(dir, "missing.txt")) {
		t.Errorf("stderr: got %q, want it to name the missing input", stderr)
	}
	if !strings.Contains(stdout, "3 added") || !strings.Contains(stdout, "1 inputs failed") {
		t.Errorf("stdout: got %q", stdout)
	}
}

// TestProgressPipe runs add and brief with standard error a pipe: they
// must draw no progress bar there, only what a pipe should get.
func TestProgressPipe(t *testing.T) {
	dir := t.TempDir()
	testcorpus.WriteReports(t, filepath.Join(dir, "in"), 12)
	for _, args := range [][]string{
		{"add", "--db", filepath.Join(dir, "x.db"), filepath.Join(dir, "in")},
		{"brief", "--out", filepath.Join(dir, "b.md"), filepath.Join(dir, "in")},
	} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		code := run(context.Background(), &env{stdin: strings.NewReader(""), stdout: &out, stderr: w}, args)
		w.Close()
		got, _ := io.ReadAll(r)
		r.Close()
		if code != 0 {
			t.Fatalf("%s: exit %d", args[0], code)
		}
		if len(got) != 0 {
			t.Errorf("%s: got %q on a piped standard error, want nothing", args[0], got)
		}
	}
}

func TestRenderBar(t *testing.T) {
	tests := []struct {
		name        string
		done, total int
		elapsed     time.Duration
		width       int
		want        string
	}{
		{"start", 0, 10, 0, 80, "reading  [                    ] 0/10 3 reports"},
		{"half with rate", 5, 10, 10 * time.Second, 80, "reading  [==========          ] 5/10 3 reports  0.5/s  0:10 left"},
		{"done", 10, 10, 20 * time.Second, 80, "reading  [====================] 10/10 3 reports  0.5/s"},
		{"no total", 7, 0, 7 * time.Second, 80, "reading  3 reports  1.0/s"},
		{"hours left", 1, 4000, time.Second, 80, "reading  [                    ] 1/4000 3 reports  1.0/s  1:06:39 left"},
		{"narrow", 5, 10, 0, 12, "reading  [=="},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := renderBar("reading", tc.done, tc.total, "3 reports", tc.elapsed, tc.width)
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestProgressErasesForMessages checks that a message written while the
// bar is drawn starts on a clean line.
func TestProgressErasesForMessages(t *testing.T) {
	var b bytes.Buffer
	p := &progress{w: &b, on: true, width: 80, now: time.Now}
	p.show("reading", 1, 2, "1 reports", true)
	io.WriteString(p, "crosscheck add: x: failed\n")
	got := b.String()
	if !regexp.MustCompile(`^\r\x1b\[Kreading .*\r\x1b\[Kcrosscheck add: x: failed\n$`).MatchString(got) {
		t.Errorf("got %q", got)
	}
}

// TestAddEmptyStore runs add on the empty file that a run killed while
// creating the store leaves.
func TestAddEmptyStore(t *testing.T) {
	dir := t.TempDir()
	testcorpus.WriteReports(t, filepath.Join(dir, "in"), 5)
	db := filepath.Join(dir, "x.db")
	if err := os.WriteFile(db, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "", "add", "--db", db, filepath.Join(dir, "in"))
	if code != 0 || !strings.Contains(stdout, "5 added") {
		t.Errorf("got exit %d, stdout %q, stderr %q; want 5 added", code, stdout, stderr)
	}
}

// TestAddPathForms adds a folder by its absolute path, then by a relative
// one: the reports are the same reports, so nothing is added twice.
func TestAddPathForms(t *testing.T) {
	dir := t.TempDir()
	testcorpus.WriteReports(t, filepath.Join(dir, "in"), 10)
	db := filepath.Join(dir, "news.db")
	if code, _, stderr := runCmd(t, "", "add", "--quiet", "--db", db, filepath.Join(dir, "in")); code != 0 {
		t.Fatalf("first add: exit %d: %s", code, stderr)
	}
	t.Chdir(dir)
	code, stdout, stderr := runCmd(t, "", "add", "--quiet", "--db", db, "./in/")
	if code != 0 {
		t.Fatalf("second add: exit %d: %s", code, stderr)
	}
	if want := "10 reports: 0 added, 0 new versions, 10 unchanged"; !strings.HasPrefix(strings.TrimSpace(stdout), want) {
		t.Errorf("relative path: got %q, want it to start %q", stdout, want)
	}
}
