package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/pipeline"
	"crosscheck/sqlite"
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

// startServe runs crosscheck with args (a serve command listening on a
// free loopback port) and returns its address and a func that stops it
// and returns its exit code.
func startServe(t *testing.T, args ...string) (base string, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr}
	code := make(chan int, 1)
	go func() { code <- run(ctx, e, args) }()
	addr := regexp.MustCompile(`listening on (http://[^/]+)/`)
	for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
		}
	}
	stop = func() int {
		cancel()
		select {
		case c := <-code:
			if c != 0 {
				t.Logf("serve: %s", stderr.String())
			}
			return c
		case <-time.After(10 * time.Second):
			t.Fatal("serve did not stop on cancel")
			return -1
		}
	}
	if base == "" {
		stop()
		t.Fatalf("serve did not start: %s", stderr.String())
	}
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Errorf("serving on %s, want loopback", base)
	}
	return base, stop
}

// TestServeInputs serves the seeds from memory, reads a page and the API,
// writes with the token, and stops on cancel.
func TestServeInputs(t *testing.T) {
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenFile, []byte("0123456789abcdef0123\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	base, stop := startServe(t, "serve", "--addr", "127.0.0.1:0", "--token-file", tokenFile, "../../testdata/seeds")
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

	if c := stop(); c != 0 {
		t.Errorf("serve exited %d", c)
	}
}

// TestServeDB serves a SQLite store filled beforehand.
func TestServeDB(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "news.db")
	db, err := sqlite.Open(ctx, file)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}
	if err := loadMemory(ctx, e, db, []string{"../../testdata/seeds"}, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	want, _, err := db.Stories(ctx, crosscheck.StoryQuery{Limit: 100})
	if err != nil || len(want) == 0 {
		t.Fatalf("%d stories stored: %v", len(want), err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	base, stop := startServe(t, "serve", "--addr", "127.0.0.1:0", "--db", file)
	defer stop()
	resp, err := http.Get(base + "/stories/" + want[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `id="disagreements"`) {
		t.Errorf("story page: status %d, %.300s", resp.StatusCode, body)
	}
	req, _ := http.NewRequest("POST", base+"/api/reports", strings.NewReader(`{"text":"A report."}`))
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 403 {
		t.Errorf("write without a token file: got %d, want 403", resp.StatusCode)
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
		{"no store", []string{"serve", "--db", filepath.Join(dir, "x.db")}, 1, "no store here"},
		{"not a store", []string{"serve", "--db", short}, 1, short},
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

func TestServerLimits(t *testing.T) {
	srv := newServer(context.Background(), http.NotFoundHandler(), slog.New(slog.DiscardHandler))
	for name, d := range map[string]time.Duration{"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout, "WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout} {
		if d <= 0 || d > 5*time.Minute {
			t.Errorf("%s: got %v, want a bound of a few seconds or minutes", name, d)
		}
	}
	if srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 1<<20 {
		t.Errorf("MaxHeaderBytes: got %d", srv.MaxHeaderBytes)
	}
	// The default address serves this machine only.
	_, _, stderr := runCmd(t, "", "serve", "-h")
	if !strings.Contains(stderr, `(default "127.0.0.1:8080")`) {
		t.Errorf("serve -h does not show a loopback default:\n%s", stderr)
	}
}
