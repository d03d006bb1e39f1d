package main

import (
	"bytes"
	"context"
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
		{"help", []string{"help"}, 0, "commands:"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"eval without dataset", []string{"eval"}, 2, "usage: crosscheck eval"},
		{"unknown evaluation", []string{"eval", "nonsense"}, 2, `unknown evaluation "nonsense"`},
		{"unknown flag", []string{"eval", "quotes", "--bogus"}, 2, "flag provided but not defined: -bogus"},
		{"evaluation without data", []string{"eval", "cluster"}, 2, "usage: crosscheck eval cluster"},
		{"stray argument", []string{"bench", "extra"}, 2, "usage: crosscheck bench"},
		{"no paths", []string{"cluster"}, 2, "usage: crosscheck cluster"},
		{"command help", []string{"brief", "-h"}, 0, "usage: crosscheck brief"},
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
