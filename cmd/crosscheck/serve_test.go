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

	post := func(token string) (int, string) {
		req, _ := http.NewRequest("POST", base+"/api/reports", strings.NewReader(`{"text":"The harbour at Velport reopened on Friday after the storm, port officials said.\n\nShips queued outside the breakwater.","title":"Velport harbour reopens","outlet":"Port News"}`))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out struct {
			Articles []struct{ ID string } `json:"articles"`
		}
		json.NewDecoder(resp.Body).Decode(&out)
		if len(out.Articles) == 0 {
			return resp.StatusCode, ""
		}
		return resp.StatusCode, out.Articles[0].ID
	}
	if got, _ := post("wrong-token-wrong-token"); got != 403 {
		t.Errorf("write with a wrong token: got %d, want 403", got)
	}
	got, id := post("0123456789abcdef0123")
	if got != 201 || id == "" {
		t.Fatalf("write with the token: got %d, want 201 and an article", got)
	}
	// The posted report joins a story, which is briefed.
	briefed := false
	for deadline := time.Now().Add(15 * time.Second); !briefed && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		resp, err := http.Get(base + "/api/articles/" + id)
		if err != nil {
			t.Fatal(err)
		}
		var a struct{ Story string }
		json.NewDecoder(resp.Body).Decode(&a)
		resp.Body.Close()
		if a.Story == "" {
			continue
		}
		resp, err = http.Get(base + "/api/stories/" + a.Story)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		briefed = resp.StatusCode == 200
	}
	if !briefed {
		t.Error("the posted report was not grouped and briefed")
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
		{"db and paths", []string{"serve", "--db", "x.db", "../../testdata/seeds"}, 2, "give one of --db, --pg or PATHs"},
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
	_, stdout, stderr := runCmd(t, "", "serve", "-h")
	if help := stdout + stderr; !strings.Contains(help, `(default "127.0.0.1:8080")`) {
		t.Errorf("serve -h does not show a loopback default:\n%s", help)
	}
}

// TestUpdaterWaitsForTheLock: while another process's add holds the
// store's writer lock, the updater leaves the store alone and says it is
// busy; once the lock is free, it groups the posted report.
func TestUpdaterWaitsForTheLock(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "news.db")
	db, err := sqlite.Open(ctx, file)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	a := crosscheck.Article{File: "x.txt", Part: 1, Title: "Ferry resumes", Outlet: "Port News", Text: "The ferry resumed service on Monday, the operator said."}
	a.ID = crosscheck.ArticleID(a.File, "", 1)
	if _, err := db.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	unlock, err := lockStore(file, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	u := newUpdater(db, file, slog.New(slog.DiscardHandler))
	if busy := u.update(ctx); !busy {
		t.Error("the updater did not see the lock held")
	}
	if left, _ := db.Ungrouped(ctx, 10); len(left) != 1 {
		t.Errorf("the updater grouped under another's lock: %d ungrouped", len(left))
	}
	unlock()
	if busy := u.update(ctx); busy {
		t.Error("the updater found the lock held after it was freed")
	}
	if left, _ := db.Ungrouped(ctx, 10); len(left) != 0 {
		t.Errorf("%d ungrouped after the update, want 0", len(left))
	}
	if _, err := db.Briefing(ctx, crosscheck.StoryID(a.ID)); err != nil {
		t.Errorf("the story was not briefed: %v", err)
	}
}

// TestServeShowsDropped adds a report carrying a byline and page
// furniture with crosscheck add, serves the store, and finds on the
// article page what cleaning dropped, escaped, and not in the clean text.
func TestServeShowsDropped(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	report := "Harbour crane topples in gale\n\nBy Ann Lee and Bo Chen\n\n" +
		"The harbour crane toppled in the gale on Monday, port officials said, and two ships were held offshore until the wind eased.\n\n" +
		"The port reopened at noon after engineers checked the quay and the rail lines that serve it.\n\n" +
		"Subscribe to our newsletter for more stories like this.\n\n" +
		"Copyright 2026 Harbour <Times> & Co. All rights reserved.\n"
	if err := os.WriteFile(filepath.Join(dir, "crane.txt"), []byte(report), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "news.db")
	var stderr bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr}
	if code := run(ctx, e, []string{"add", "--quiet", "--db", file, filepath.Join(dir, "crane.txt")}); code != 0 {
		t.Fatalf("add: exit %d: %s", code, stderr.String())
	}
	base, stop := startServe(t, "serve", "--addr", "127.0.0.1:0", "--db", file)
	defer stop()
	resp, err := http.Get(base + "/api/articles/" + crosscheck.ArticleID(filepath.Join(dir, "crane.txt"), "", 1))
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		ID string `json:"id"`
	}
	err = json.NewDecoder(resp.Body).Decode(&a)
	resp.Body.Close()
	if resp.StatusCode != 200 || err != nil || a.ID == "" {
		t.Fatalf("api article: status %d, %v", resp.StatusCode, err)
	}
	resp, err = http.Get(base + "/articles/" + a.ID)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	page := string(b)
	if resp.StatusCode != 200 {
		t.Fatalf("article page: status %d", resp.StatusCode)
	}
	for _, want := range []string{"<h3>byline</h3>", "By Ann Lee and Bo Chen", "<h3>boilerplate</h3>", "Subscribe to our newsletter", "Harbour &lt;Times&gt; &amp; Co."} {
		if !strings.Contains(page, want) {
			t.Errorf("article page lacks %q", want)
		}
	}
	if i := strings.Index(page, `class="dropped"`); i < 0 || strings.Contains(page[:i], "Subscribe to our newsletter") {
		t.Error("the dropped pieces are missing, or the furniture shows in the clean text")
	}
}
