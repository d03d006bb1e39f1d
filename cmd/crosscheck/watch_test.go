package main

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// newsSite serves a feed of n made-up reports whose items carry only their
// first sentence, each linking to a page that holds the whole report. It
// returns the feeds file to give watch, the ids the items' articles take
// and the count of pages served.
func newsSite(t *testing.T, n int) (feeds string, ids []string, pages *atomic.Int64) {
	t.Helper()
	arts := testcorpus.Reports(n)
	pages = new(atomic.Int64)
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	var feed strings.Builder
	feed.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Wire</title><link>` + srv.URL + `/</link>`)
	for i, a := range arts {
		guid := fmt.Sprintf("valley-wire-%d", i)
		link := fmt.Sprintf("%s/news/%d", srv.URL, i)
		first, _, _ := strings.Cut(a.Text, ". ")
		fmt.Fprintf(&feed, "<item><guid>%s</guid><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s.</description></item>\n",
			guid, html.EscapeString(a.Title), link, a.Published.Time.Format(time.RFC1123Z), html.EscapeString(first))
		ids = append(ids, crosscheck.ArticleID(link, guid, 1))
		var page strings.Builder
		fmt.Fprintf(&page, "<!DOCTYPE html><html><head><title>%s</title></head><body><article><h1>%s</h1>", html.EscapeString(a.Title), html.EscapeString(a.Title))
		for _, p := range strings.Split(a.Text, "\n\n") {
			fmt.Fprintf(&page, "<p>%s</p>", html.EscapeString(p))
		}
		page.WriteString("</article></body></html>")
		body := page.String()
		mux.HandleFunc(fmt.Sprintf("/news/%d", i), func(w http.ResponseWriter, r *http.Request) {
			pages.Add(1)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		})
	}
	feed.WriteString("</channel></rss>")
	body := feed.String()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"feed-1"`)
		if r.Header.Get("If-None-Match") == `"feed-1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, body)
	})
	feeds = filepath.Join(t.TempDir(), "feeds.txt")
	if err := os.WriteFile(feeds, []byte("# the valley wire\n"+srv.URL+"/feed.xml every=10m\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return feeds, ids, pages
}

func TestWatchOnce(t *testing.T) {
	feeds, ids, pages := newsSite(t, 20)
	db := filepath.Join(t.TempDir(), "news.db")
	code, stdout, stderr := runCmd(t, "", "watch", "--db", db, "--feeds", feeds, "--once", "--private-pages")
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "/feed.xml: 20 items, 20 new, 20 articles added (20 pages read)") {
		t.Errorf("stdout: got %q, want the feed's 20 items added from their pages", stdout)
	}
	first := dump(t, db, ids)
	if len(first.Articles) != 20 || len(first.Duplicates) > 0 || len(first.Stale) > 0 || first.Ungrouped > 0 {
		t.Fatalf("store: %d articles, %v not in exactly one story, %d stale, %d ungrouped",
			len(first.Articles), first.Duplicates, len(first.Stale), first.Ungrouped)
	}
	if len(first.Stories) < testcorpus.Events {
		t.Errorf("got %d stories, want at least %d", len(first.Stories), testcorpus.Events)
	}

	// Not due yet: nothing is fetched.
	served := pages.Load()
	code, stdout, _ = runCmd(t, "", "watch", "--db", db, "--feeds", feeds, "--once", "--private-pages")
	if code != 0 || !strings.Contains(stdout, "no feed is due") || pages.Load() != served {
		t.Errorf("second run: got %d %q and %d more pages, want nothing due", code, stdout, pages.Load()-served)
	}

	// With its state lost, the watcher reads everything again, and the
	// store takes it with no duplicate.
	if err := os.Remove(watchState(db)); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCmd(t, "", "watch", "--db", db, "--feeds", feeds, "--once", "--private-pages"); code != 0 {
		t.Fatalf("run without state: exit code %d; stderr:\n%s", code, stderr)
	}
	if diff := cmp.Diff(first, dump(t, db, ids)); diff != "" {
		t.Errorf("store after reading the feed again (-first +now):\n%s", diff)
	}
}

func TestWatchNamesBadFeeds(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><body>not a feed</body></html>")
	}))
	defer srv.Close()
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(feeds, []byte(srv.URL+"/page\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd(t, "", "watch", "--db", filepath.Join(dir, "x.db"), "--feeds", feeds, "--once")
	if code != 1 || !strings.Contains(stderr, srv.URL+"/page") || !strings.Contains(stderr, "not an RSS, Atom or JSON feed") {
		t.Errorf("got %d %q, want 1 and the feed named", code, stderr)
	}
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("file:///etc/passwd\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCmd(t, "", "watch", "--db", filepath.Join(dir, "x.db"), "--feeds", bad, "--once")
	if code != 1 || !strings.Contains(stderr, bad+":1:") {
		t.Errorf("got %d %q, want 1 and the line named", code, stderr)
	}
	if code, _, _ := runCmd(t, "", "watch", "--once"); code != 2 {
		t.Errorf("without --feeds: got exit code %d, want 2", code)
	}
}

// TestWatchSurvivesSIGKILL kills "crosscheck watch" with SIGKILL while it
// reads pages, stores, groups and briefs, runs it again, and checks that
// the store holds what one clean run gives: each item once, the same
// stories and briefings.
func TestWatchSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds crosscheck and runs it several times")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build crosscheck with")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "crosscheck")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	feeds, ids, pages := newsSite(t, 150)
	watchCmd := func(db string, once bool) *exec.Cmd {
		args := []string{"watch", "--db", db, "--feeds", feeds, "--private-pages"}
		if once {
			args = append(args, "--once")
		}
		return exec.Command(bin, args...)
	}
	ref := filepath.Join(dir, "ref.db")
	if out, err := watchCmd(ref, true).CombinedOutput(); err != nil {
		t.Fatalf("clean run: %v\n%s", err, out)
	}
	want := dump(t, ref, ids)
	if len(want.Articles) != len(ids) || len(want.Duplicates) > 0 || len(want.Stale) > 0 || want.Ungrouped > 0 {
		t.Fatalf("clean run: %d articles, %d not in exactly one story, %d stale, %d ungrouped",
			len(want.Articles), len(want.Duplicates), len(want.Stale), want.Ungrouped)
	}

	var base int64
	reading := func(snapshot) bool { return pages.Load() > base+40 }
	storing := func(s snapshot) bool { return s.ungrouped && !s.grouped }
	briefing := func(s snapshot) bool { return !s.ungrouped && s.stories > 0 && s.stale > 0 }
	polled := func(snapshot) bool {
		_, err := os.Stat(watchState(filepath.Join(dir, "polled.db")))
		return err == nil
	}
	killed := 0
	for _, k := range []struct {
		name string
		when func(snapshot) bool
		once bool
	}{
		{"reading pages", reading, true},
		{"storing", storing, true},
		{"briefing", briefing, true},
		{"polled", polled, false},
	} {
		t.Run(k.name, func(t *testing.T) {
			db := filepath.Join(dir, strings.ReplaceAll(k.name, " ", "-")+".db")
			// The store is made before the run, so that the test, which
			// reads it while the run writes, never opens it half made.
			st, err := openStore(context.Background(), db)
			if err != nil {
				t.Fatal(err)
			}
			st.Close()
			base = pages.Load()
			cmd := watchCmd(db, k.once)
			var out strings.Builder
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			if err := killWhen(t, cmd, exited, db, k.when); err != nil {
				t.Fatalf("run before the kill: %v\n%s", err, out.String())
			}
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				killed++
				t.Logf("killed %s: %s", k.name, look(t, db))
			} else {
				t.Logf("the run finished before the kill %s", k.name)
			}
			if out, err := watchCmd(db, true).CombinedOutput(); err != nil {
				t.Fatalf("run after the kill: %v\n%s", err, out)
			}
			if diff := cmp.Diff(want, dump(t, db, ids)); diff != "" {
				t.Errorf("store after the kill differs from a clean run's (-want +got):\n%s", diff)
			}
		})
	}
	if killed < 3 {
		t.Errorf("only %d runs were killed midway; the test needs a slower run (more items)", killed)
	}
}

// TestWatchFeedsAtOnce polls two feeds at once into one store: each
// article must end in exactly one story.
func TestWatchFeedsAtOnce(t *testing.T) {
	feedsA, idsA, _ := newsSite(t, 30)
	feedsB, idsB, _ := newsSite(t, 30)
	a, err := os.ReadFile(feedsA)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(feedsB)
	if err != nil {
		t.Fatal(err)
	}
	feeds := filepath.Join(t.TempDir(), "feeds.txt")
	if err := os.WriteFile(feeds, append(a, b...), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "news.db")
	if code, _, stderr := runCmd(t, "", "watch", "--db", db, "--feeds", feeds, "--once", "--private-pages"); code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	d := dump(t, db, append(idsA, idsB...))
	if len(d.Articles) != 60 || len(d.Duplicates) > 0 || len(d.Stale) > 0 || d.Ungrouped > 0 {
		t.Errorf("store: %d articles, %v not in exactly one story, %d stale, %d ungrouped",
			len(d.Articles), d.Duplicates, len(d.Stale), d.Ungrouped)
	}
}
