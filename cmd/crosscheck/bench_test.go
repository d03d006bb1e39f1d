package main

import (
	"bytes"
	"context"
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
