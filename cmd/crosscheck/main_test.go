package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs crosscheck with args and returns its exit code and output.
func runCmd(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}
	code = run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestDispatch(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no command", nil, 2, "usage: crosscheck"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"eval without dataset", []string{"eval"}, 2, "usage: crosscheck eval"},
		{"unknown evaluation", []string{"eval", "nonsense"}, 2, `unknown evaluation "nonsense"`},
		{"unknown flag", []string{"eval", "quotes", "--bogus"}, 2, "flag provided but not defined: -bogus"},
		{"evaluation without data", []string{"eval", "cluster"}, 2, "usage: crosscheck eval cluster"},
		{"stray argument", []string{"bench", "extra"}, 2, "usage: crosscheck bench"},
		{"no paths", []string{"cluster"}, 2, "usage: crosscheck cluster"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tc.args...)
			if code != tc.wantCode {
				t.Errorf("exit code: got %d, want %d", code, tc.wantCode)
			}
			if !strings.Contains(stderr, tc.wantErr) {
				t.Errorf("stderr: got %q, want it to contain %q", stderr, tc.wantErr)
			}
		})
	}
}

func TestHelpOnStdout(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"--help", []string{"--help"}, "commands:"},
		{"help", []string{"help"}, "commands:"},
		{"help command", []string{"help", "brief"}, "usage: crosscheck brief"},
		{"command --help", []string{"brief", "--help"}, "usage: crosscheck brief"},
		{"command -h among paths", []string{"articles", "some/dir", "-h"}, "usage: crosscheck articles"},
		{"help subcommand", []string{"help", "eval", "quotes"}, "usage: crosscheck eval quotes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", tc.args...)
			if code != 0 {
				t.Errorf("exit code: got %d, want 0", code)
			}
			if !strings.Contains(stdout, tc.want) {
				t.Errorf("stdout: got %q, want it to contain %q", stdout, tc.want)
			}
			if stderr != "" {
				t.Errorf("stderr: got %q, want nothing", stderr)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		code, stdout, _ := runCmd(t, "", args...)
		if code != 0 || !strings.HasPrefix(stdout, "crosscheck ") || len(strings.TrimSpace(stdout)) <= len("crosscheck") {
			t.Errorf("%v: got %d %q, want 0 and the version", args, code, stdout)
		}
	}
	defer func(v string) { version = v }(version)
	version = "v1.2.3"
	if _, stdout, _ := runCmd(t, "", "--version"); stdout != "crosscheck v1.2.3\n" {
		t.Errorf("with version set: got %q, want crosscheck v1.2.3", stdout)
	}
}

func TestURLInput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "brief.md")
	const earlier = "an earlier briefing\n"
	if err := os.WriteFile(out, []byte(earlier), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd(t, "", "brief", "--out", out, "https://example.org/news/1")
	if code != 1 {
		t.Errorf("exit code: got %d, want 1", code)
	}
	if !strings.Contains(stderr, "https://example.org/news/1: URLs are not read as inputs; use crosscheck watch --feeds") {
		t.Errorf("stderr: got %q, want the URL named and watch suggested", stderr)
	}
	if got, _ := os.ReadFile(out); string(got) != earlier {
		t.Errorf("--out file: got %q, want the earlier briefing kept", got)
	}
	// Other inputs are still read.
	in := filepath.Join(dir, "report.txt")
	if err := os.WriteFile(in, []byte("Council approves budget\n\nThe council approved the budget on Monday after a long debate about the harbour.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := runCmd(t, "", "articles", "http://example.org/feed.xml", in)
	if code != 1 || !strings.Contains(stdout, "Council approves budget") {
		t.Errorf("got %d and %q, want 1 and the file's article", code, stdout)
	}
}
