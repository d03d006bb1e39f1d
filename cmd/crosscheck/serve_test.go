package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe to write from the server while the
// test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServeInputs serves the seeds from memory on a free loopback port,
// reads a page and the API, writes with the token, and stops on cancel.
func TestServeInputs(t *testing.T) {
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte("0123456789abcdef0123\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr}
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, e, []string{"serve", "--addr", "127.0.0.1:0", "--token-file", tokenFile, "../../testdata/seeds"})
	}()
	addr := regexp.MustCompile(`listening on (http://[^/]+)/`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("serve did not start: %s", stderr.String())
	}
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Errorf("serving on %s, want loopback", base)
	}

	resp, err := http.Get(base + "/api/stories")
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Stories []struct {
			ID    string `json:"id"`
			Title string `json:"title"`
		} `json:"stories"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if len(page.Stories) == 0 {
		t.Fatal("no stories served")
	}
	resp, err = http.Get(base + "/stories/" + page.Stories[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `id="summary"`) {
		t.Errorf("story page: status %d, %.200s", resp.StatusCode, body)
	}

	post := func(token string) int {
		req, _ := http.NewRequest("POST", base+"/api/reports", strings.NewReader(`{"text":"The harbour reopened on Friday, port officials said.","outlet":"Port News"}`))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := post("wrong-token-wrong-token"); got != 403 {
		t.Errorf("write with a wrong token: got %d, want 403", got)
	}
	if got := post("0123456789abcdef0123"); got != 201 {
		t.Errorf("write with the token: got %d, want 201", got)
	}

	cancel()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("serve exited %d: %s", c, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop on cancel")
	}
}

func TestServeRefuses(t *testing.T) {
	dir := t.TempDir()
	short := filepath.Join(dir, "short")
	empty := filepath.Join(dir, "empty")
	os.WriteFile(short, []byte("abc\n"), 0o600)
	os.WriteFile(empty, []byte("\n"), 0o600)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no sqlite yet", []string{"serve", "--db", filepath.Join(dir, "x.db")}, 1, "has no SQLite store"},
		{"db and paths", []string{"serve", "--db", "x.db", "../../testdata/seeds"}, 2, "not both"},
		{"empty token", []string{"serve", "--token-file", empty, "../../testdata/seeds"}, 1, "is empty"},
		{"short token", []string{"serve", "--token-file", short, "../../testdata/seeds"}, 1, "too short"},
		{"missing token file", []string{"serve", "--token-file", filepath.Join(dir, "nope"), "../../testdata/seeds"}, 1, "no such file"},
		{"bad addr", []string{"serve", "--addr", "256.0.0.1:99999", "../../testdata/seeds"}, 1, "256.0.0.1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("got exit %d, %q; want %d and %q", code, stderr, tc.code, tc.want)
			}
		})
	}
}
