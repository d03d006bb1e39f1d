package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestBench(t *testing.T) {
	seeds := filepath.Join("..", "..", "testdata", "seeds")
	tests := []struct {
		name    string
		args    []string
		wantErr error
		rows    int
	}{
		{"two sizes", []string{"--sizes", "200,400", "--data", seeds}, nil, 2},
		{"bad size", []string{"--sizes", "200,x", "--data", seeds}, errUsage, 0},
		{"zero size", []string{"--sizes", "0", "--data", seeds}, errUsage, 0},
		{"stray argument", []string{"--data", seeds, "extra"}, errUsage, 0},
		{"unknown flag", []string{"--nope"}, errUsage, 0},
		{"missing data", []string{"--sizes", "200", "--data", filepath.Join(t.TempDir(), "none")}, nil, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := runBench(context.Background(), &env{stdout: &out, stderr: &errOut}, tc.args)
			switch {
			case tc.rows < 0:
				if err == nil {
					t.Fatalf("got no error, want one")
				}
				return
			case !errors.Is(err, tc.wantErr):
				t.Fatalf("got error %v, want %v (stderr: %s)", err, tc.wantErr, errOut.String())
			case err != nil:
				return
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			if len(lines) != 2+tc.rows {
				t.Fatalf("got %d lines, want %d:\n%s", len(lines), 2+tc.rows, out.String())
			}
			if !strings.HasPrefix(lines[0], "| articles |") || !strings.HasPrefix(lines[2], "| 200 |") {
				t.Errorf("table does not start with a header and the 200 row:\n%s", out.String())
			}
			if !strings.Contains(errOut.String(), "corpus:") {
				t.Errorf("stderr %q: want the corpus line", errOut.String())
			}
		})
	}
}

func TestBenchJSONL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "firehose.jsonl")
	var out, errOut bytes.Buffer
	err := runBench(context.Background(), &env{stdout: &out, stderr: &errOut},
		[]string{"--jsonl", path, "--sizes", "50", "--data", filepath.Join("..", "..", "testdata", "seeds")})
	if err != nil {
		t.Fatalf("got error %v (stderr: %s)", err, errOut.String())
	}
	code, stdout, stderr := runCmd(t, "", "articles", "--format", "json", path)
	if code != 0 {
		t.Fatalf("articles: got exit %d, want 0 (stderr: %s)", code, stderr)
	}
	var got struct {
		Articles []struct {
			Published string `json:"published"`
			Text      string `json:"text"`
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Articles) != 50 {
		t.Fatalf("got %d articles read back, want 50", len(got.Articles))
	}
	for i, a := range got.Articles {
		if a.Published == "" || a.Text == "" {
			t.Errorf("article %d: got date %q and %d bytes of text, want both", i, a.Published, len(a.Text))
		}
	}
}
