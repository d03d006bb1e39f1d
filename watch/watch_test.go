package watch

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"crosscheck"
)

// clock is a time that tests move by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 2, 12, 9, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// item is a feed item for tests.
type item struct {
	guid, title, link, text string
	date                    time.Time
}

// rss returns an RSS 2.0 feed of items.
func rss(title string, items ...item) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>%s</title><link>http://example.org/</link>\n", html.EscapeString(title))
	for _, it := range items {
		fmt.Fprintf(&b, "<item><guid>%s</guid><title>%s</title>", html.EscapeString(it.guid), html.EscapeString(it.title))
		if it.link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", html.EscapeString(it.link))
		}
		if !it.date.IsZero() {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.date.Format(time.RFC1123Z))
		}
		fmt.Fprintf(&b, "<description>%s</description></item>\n", html.EscapeString(it.text))
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// story returns a report of about n words on topic.
func story(topic string, n int) string {
	var b strings.Builder
	for i := 0; words(b.String()) < n; i++ {
		fmt.Fprintf(&b, "The council of %s met on day %d and agreed that the harbour wall would be repaired before the storms of the winter season. ", topic, i+1)
	}
	return strings.TrimSpace(b.String())
}

// page returns a news web page holding text.
func page(title, text string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>%s</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>%s</h1>", title, title)
	for _, s := range strings.SplitAfter(text, ". ") {
		if s = strings.TrimSpace(s); s != "" {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(s))
		}
	}
	b.WriteString("</article><footer>Copyright Example News</footer></body></html>")
	return b.String()
}

// collector is a Sink that keeps what it is given.
type collector struct {
	mu    sync.Mutex
	arts  []crosscheck.Article
	calls int
	fail  error
}

func (c *collector) sink(ctx context.Context, arts []crosscheck.Article) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if c.fail != nil {
		return c.fail
	}
	c.arts = append(c.arts, arts...)
	return nil
}

// server is a test site: handlers by path, and the requests it saw.
type server struct {
	*httptest.Server
	mu   sync.Mutex
	reqs map[string][]*http.Request
}

func newServer(t testing.TB, routes map[string]http.HandlerFunc) *server {
	s := &server{reqs: map[string][]*http.Request{}}
	mux := http.NewServeMux()
	for path, h := range routes {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			s.mu.Lock()
			s.reqs[r.URL.Path] = append(s.reqs[r.URL.Path], r.Clone(context.Background()))
			s.mu.Unlock()
			h(w, r)
		})
	}
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func (s *server) requests(path string) []*http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reqs[path]
}

func serve(body, contentType string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		fmt.Fprint(w, body)
	}
}

func newWatcher(t *testing.T, feeds []Feed, c *collector, clk *clock, opts Options) *Watcher {
	t.Helper()
	opts.Now = clk.Now
	w, err := New(feeds, c.sink, opts)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func poll(t *testing.T, w *Watcher) []Result {
	t.Helper()
	rs, err := w.Poll(context.Background())
	if err != nil {
		t.Fatalf("Poll: %v", err)
	}
	return rs
}

func TestConditionalGet(t *testing.T) {
	const etag, modified = `"v1"`, "Thu, 12 Feb 2026 08:00:00 GMT"
	feed := rss("Example News",
		item{guid: "1", title: "Harbour wall to be repaired", link: "http://example.org/1", text: story("Northport", 150)},
		item{guid: "2", title: "Ferry strike ends", link: "http://example.org/2", text: story("Southport", 150)})
	s := newServer(t, map[string]http.HandlerFunc{
		"/feed": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Last-Modified", modified)
			fmt.Fprint(w, feed)
		},
	})
	clk, c := newClock(), &collector{}
	w := newWatcher(t, []Feed{{URL: s.URL + "/feed", Every: 10 * time.Minute}}, c, clk, Options{})

	rs := poll(t, w)
	if len(rs) != 1 || rs[0].Err != nil || rs[0].Added != 2 || rs[0].NotModified {
		t.Fatalf("first poll: got %+v, want 2 added", rs)
	}
	clk.Add(10 * time.Minute)
	rs = poll(t, w)
	if len(rs) != 1 || rs[0].Err != nil || !rs[0].NotModified || rs[0].Added != 0 {
		t.Fatalf("second poll: got %+v, want not modified", rs)
	}
	reqs := s.requests("/feed")
	if len(reqs) != 2 {
		t.Fatalf("got %d requests, want 2", len(reqs))
	}
	if got := reqs[0].Header.Get("If-None-Match"); got != "" {
		t.Errorf("first request If-None-Match = %q, want none", got)
	}
	if got := reqs[1].Header.Get("If-None-Match"); got != etag {
		t.Errorf("second request If-None-Match = %q, want %q", got, etag)
	}
	if got := reqs[1].Header.Get("If-Modified-Since"); got != modified {
		t.Errorf("second request If-Modified-Since = %q, want %q", got, modified)
	}
	if ua := reqs[0].Header.Get("User-Agent"); !strings.HasPrefix(ua, "crosscheck") {
		t.Errorf("User-Agent = %q, want crosscheck's", ua)
	}
	if len(c.arts) != 2 || c.calls != 1 {
		t.Errorf("sink got %d articles in %d calls, want 2 in 1", len(c.arts), c.calls)
	}
}

func TestBackoff(t *testing.T) {
	var mu sync.Mutex
	status := http.StatusInternalServerError
	s := newServer(t, map[string]http.HandlerFunc{
		"/feed": func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			code := status
			mu.Unlock()
			if code != http.StatusOK {
				http.Error(w, "down", code)
				return
			}
			fmt.Fprint(w, rss("Example News", item{guid: "1", title: "Harbour wall", text: story("Northport", 150)}))
		},
	})
	clk, c := newClock(), &collector{}
	start := clk.Now()
	w := newWatcher(t, []Feed{{URL: s.URL + "/feed", Every: 10 * time.Minute}}, c, clk, Options{MaxBackoff: 40 * time.Minute})

	// Each failure in a row doubles the wait, up to the cap.
	for i, want := range []time.Duration{20, 40, 40} {
		rs := poll(t, w)
		if len(rs) != 1 {
			t.Fatalf("poll %d: got %d results, want 1", i+1, len(rs))
		}
		r := rs[0]
		if r.Err == nil || crosscheck.ErrorKind(r.Err) != crosscheck.Transient || !strings.Contains(r.Err.Error(), s.URL+"/feed") {
			t.Fatalf("poll %d: got error %v, want a transient error naming the feed", i+1, r.Err)
		}
		if got := r.Next.Sub(clk.Now()); got != want*time.Minute {
			t.Errorf("poll %d: next poll in %s, want %s", i+1, got, want*time.Minute)
		}
		// Not due before then: no request.
		n := len(s.requests("/feed"))
		clk.Add(want*time.Minute - time.Second)
		if rs := poll(t, w); len(rs) != 0 || len(s.requests("/feed")) != n {
			t.Errorf("poll %d: feed polled before it was due", i+1)
		}
		clk.Add(time.Second)
	}
	mu.Lock()
	status = http.StatusOK
	mu.Unlock()
	rs := poll(t, w)
	if len(rs) != 1 || rs[0].Err != nil || rs[0].Added != 1 {
		t.Fatalf("after recovery: got %+v, want one item added", rs)
	}
	if got := rs[0].Next.Sub(clk.Now()); got != 10*time.Minute {
		t.Errorf("after recovery: next poll in %s, want the feed's interval", got)
	}
	if got := len(s.requests("/feed")); got != 4 {
		t.Errorf("got %d requests since %s, want 4", got, start)
	}
}

func TestOversizeBody(t *testing.T) {
	big := rss("Example News", item{guid: "1", title: "Harbour wall", text: story("Northport", 3000)})
	s := newServer(t, map[string]http.HandlerFunc{
		"/feed": serve(big, "application/rss+xml"),
		// A streamed body gives no length up front.
		"/stream": func(w http.ResponseWriter, r *http.Request) {
			for i := 0; i < len(big); i += 1000 {
				fmt.Fprint(w, big[i:min(i+1000, len(big))])
				w.(http.Flusher).Flush()
			}
		},
	})
	clk, c := newClock(), &collector{}
	w := newWatcher(t, []Feed{{URL: s.URL + "/feed"}, {URL: s.URL + "/stream"}}, c, clk, Options{MaxFeedSize: 4096})
	for _, r := range poll(t, w) {
		if crosscheck.ErrorKind(r.Err) != crosscheck.TooLarge || !strings.Contains(r.Err.Error(), r.Feed) || !strings.Contains(r.Err.Error(), "limit") {
			t.Errorf("%s: got error %v, want too large naming the feed", r.Feed, r.Err)
		}
	}
	if len(c.arts) != 0 {
		t.Errorf("got %d articles from oversize feeds, want none", len(c.arts))
	}
}

func TestSummaryFetchesPage(t *testing.T) {
	full := story("Eastport", 200)
	var s *server
	s = newServer(t, map[string]http.HandlerFunc{
		"/feed": func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, rss("Example News",
				item{guid: "tag:example.org,2026:7", title: "Eastport harbour wall to be repaired", link: s.URL + "/news/7", text: "The wall will be repaired.",
					date: time.Date(2026, 2, 12, 7, 0, 0, 0, time.UTC)},
				item{guid: "tag:example.org,2026:8", title: "Westport ferry", link: s.URL + "/missing", text: "Ferries stop."}))
		},
		"/news/7":  serve(page("Eastport harbour wall to be repaired", full), "text/html; charset=utf-8"),
		"/missing": http.NotFound,
	})
	clk, c := newClock(), &collector{}
	w := newWatcher(t, []Feed{{URL: s.URL + "/feed"}}, c, clk, Options{AllowPrivatePages: true})
	rs := poll(t, w)
	if len(rs) != 1 || rs[0].Err != nil {
		t.Fatalf("got %+v, want a successful poll", rs)
	}
	if rs[0].Pages != 2 || rs[0].Added != 2 {
		t.Errorf("got %d pages fetched and %d added, want 2 and 2", rs[0].Pages, rs[0].Added)
	}
	if len(rs[0].Problems) != 1 || !strings.Contains(rs[0].Problems[0].File, "/missing") {
		t.Errorf("got problems %+v, want the missing page named", rs[0].Problems)
	}
	byURL := map[string]crosscheck.Article{}
	for _, a := range c.arts {
		byURL[a.URL] = a
	}
	a, ok := byURL[s.URL+"/news/7"]
	if !ok {
		t.Fatalf("no article for the fetched page among %+v", c.arts)
	}
	if !strings.Contains(a.Text, "day 9 and agreed") {
		t.Errorf("article text %q does not hold the page's text", a.Text)
	}
	if want := crosscheck.ArticleID(s.URL+"/news/7", "tag:example.org,2026:7", 1); a.ID != want || a.File != s.URL+"/news/7" || a.Record != "tag:example.org,2026:7" {
		t.Errorf("got id %s file %s record %s, want id %s from the item's URL and guid", a.ID, a.File, a.Record, want)
	}
	if a.Title != "Eastport harbour wall to be repaired" || a.Outlet != "Example News" || a.Published.Time.Hour() != 7 {
		t.Errorf("got title %q outlet %q date %s, want the feed's", a.Title, a.Outlet, a.Published)
	}
	// The page that failed leaves the summary.
	if b, ok := byURL[s.URL+"/missing"]; !ok || !strings.Contains(b.Text, "Ferries stop") {
		t.Errorf("got %+v, want the summary of the item whose page failed", b)
	}
}

func TestNewItemAddedOnce(t *testing.T) {
	var mu sync.Mutex
	items := []item{
		{guid: "1", title: "Harbour wall", link: "http://example.org/1", text: story("Northport", 150)},
		{guid: "2", title: "Ferry strike", link: "http://example.org/2", text: story("Southport", 150)},
	}
	s := newServer(t, map[string]http.HandlerFunc{
		// No validators: every poll gets the whole feed.
		"/feed": func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprint(w, rss("Example News", items...))
		},
	})
	clk, c := newClock(), &collector{}
	dir := t.TempDir()
	opts := Options{StatePath: filepath.Join(dir, "watch.json")}
	feeds := []Feed{{URL: s.URL + "/feed", Every: time.Minute}}
	w := newWatcher(t, feeds, c, clk, opts)
	poll(t, w)
	mu.Lock()
	items = append([]item{{guid: "3", title: "Bridge opens", link: "http://example.org/3", text: story("Eastport", 150)}}, items...)
	mu.Unlock()
	clk.Add(time.Minute)
	rs := poll(t, w)
	if rs[0].Items != 3 || rs[0].New != 1 || rs[0].Added != 1 {
		t.Errorf("second poll: got %d items, %d new, %d added; want 3, 1, 1", rs[0].Items, rs[0].New, rs[0].Added)
	}
	// A watcher started afresh on the same state adds nothing again.
	clk.Add(time.Minute)
	w2 := newWatcher(t, feeds, c, clk, opts)
	if rs := poll(t, w2); rs[0].Added != 0 {
		t.Errorf("restarted watcher added %d, want 0", rs[0].Added)
	}
	// A changed item is added again, under the same id.
	mu.Lock()
	items[0].text += " The bridge opened an hour late."
	mu.Unlock()
	clk.Add(time.Minute)
	if rs := poll(t, w2); rs[0].Added != 1 {
		t.Errorf("changed item: added %d, want 1", rs[0].Added)
	}
	ids := map[string]int{}
	for _, a := range c.arts {
		ids[a.ID]++
	}
	if len(c.arts) != 4 || len(ids) != 3 || ids[crosscheck.ArticleID("http://example.org/3", "3", 1)] != 2 {
		t.Errorf("got ids %v over %d articles, want 3 ids, the changed item's twice", ids, len(c.arts))
	}
}

func TestSinkFailureRetries(t *testing.T) {
	s := newServer(t, map[string]http.HandlerFunc{
		"/feed": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("ETag", `"v1"`)
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprint(w, rss("Example News", item{guid: "1", title: "Harbour wall", text: story("Northport", 150)}))
		},
	})
	clk := newClock()
	c := &collector{fail: crosscheck.Errorf(crosscheck.Transient, "", "db", "database is locked")}
	w := newWatcher(t, []Feed{{URL: s.URL + "/feed", Every: time.Minute}}, c, clk, Options{})
	rs := poll(t, w)
	if crosscheck.ErrorKind(rs[0].Err) != crosscheck.Transient {
		t.Fatalf("got %v, want the sink's transient error", rs[0].Err)
	}
	c.fail = nil
	clk.Add(2 * time.Minute)
	rs = poll(t, w)
	if rs[0].Err != nil || rs[0].NotModified || rs[0].Added != 1 {
		t.Errorf("after the sink recovered: got %+v, want the item added again (no validators sent)", rs[0])
	}
}

func TestMalformedFeed(t *testing.T) {
	s := newServer(t, map[string]http.HandlerFunc{
		"/broken": serve(`{"version": "https://jsonfeed.org/version/1.1", "items": [`, "application/feed+json"),
		"/page":   serve(page("Not a feed", story("Northport", 50)), "text/html"),
		"/good":   serve(rss("Example News", item{guid: "1", title: "Harbour wall", text: story("Northport", 150)}), "application/rss+xml"),
	})
	clk, c := newClock(), &collector{}
	w := newWatcher(t, []Feed{{URL: s.URL + "/broken"}, {URL: s.URL + "/page"}, {URL: s.URL + "/good"}}, c, clk, Options{})
	rs := poll(t, w)
	if len(rs) != 3 {
		t.Fatalf("got %d results, want 3", len(rs))
	}
	for _, r := range rs[:2] {
		if r.Err == nil || crosscheck.ErrorKind(r.Err) != crosscheck.Invalid || !strings.Contains(r.Err.Error(), r.Feed) {
			t.Errorf("%s: got %v, want an invalid-input error naming the feed", r.Feed, r.Err)
		}
	}
	if rs[2].Err != nil || rs[2].Added != 1 {
		t.Errorf("good feed: got %+v, want one item added", rs[2])
	}
}

func TestRunStopsWithContext(t *testing.T) {
	s := newServer(t, map[string]http.HandlerFunc{
		"/feed": serve(rss("Example News", item{guid: "1", title: "Harbour wall", text: story("Northport", 150)}), "application/rss+xml"),
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []Result
	w, err := New([]Feed{{URL: s.URL + "/feed"}}, func(ctx context.Context, arts []crosscheck.Article) error { return nil }, Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = w.Run(ctx, func(r Result) { got = append(got, r); cancel() })
	if !errors.Is(err, context.Canceled) || len(got) != 1 || got[0].Added != 1 {
		t.Errorf("got %v and results %+v, want canceled after one poll adding one", err, got)
	}
}

func TestParseFeeds(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Feed
		err      string
	}{
		{"plain", "# my feeds\nhttps://example.org/rss\n\nhttp://example.com/atom.xml every=10m # hourly is too slow\n",
			[]Feed{{URL: "https://example.org/rss"}, {URL: "http://example.com/atom.xml", Every: 10 * time.Minute}}, ""},
		{"scheme", "ftp://example.org/rss\n", nil, "feeds.txt:1: \"ftp://example.org/rss\" is not an http or https URL"},
		{"file", "https://example.org/rss\n/etc/passwd\n", nil, "feeds.txt:2:"},
		{"too often", "https://example.org/rss every=5s\n", nil, "under the minimum"},
		{"option", "https://example.org/rss often\n", nil, "unknown option"},
		{"twice", "https://example.org/rss\nhttps://example.org/rss every=1h\n", nil, "already listed on line 1"},
		{"empty", "# nothing\n", nil, "no feed URLs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseFeeds("feeds.txt", strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("got %v, want an error with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestStateFileRefusedWhenCorrupt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "watch.json")
	if err := os.WriteFile(path, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := New([]Feed{{URL: "https://example.org/rss"}}, func(context.Context, []crosscheck.Article) error { return nil }, Options{StatePath: path})
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("got %v, want an error naming the state file", err)
	}
}

func TestMaxItemsLeavesTheRestForLater(t *testing.T) {
	var items []item
	for i := range 5 {
		items = append(items, item{guid: fmt.Sprint(i), title: fmt.Sprintf("Story %d", i), text: story(fmt.Sprintf("Town%d", i), 120)})
	}
	s := newServer(t, map[string]http.HandlerFunc{
		"/feed": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("ETag", `"v1"`)
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprint(w, rss("Example News", items...))
		},
	})
	clk, c := newClock(), &collector{}
	w := newWatcher(t, []Feed{{URL: s.URL + "/feed", Every: time.Minute}}, c, clk, Options{MaxItems: 3})
	rs := poll(t, w)
	if rs[0].Added != 3 || len(rs[0].Problems) != 1 {
		t.Fatalf("first poll: got %d added, problems %v; want 3 and the rest named", rs[0].Added, rs[0].Problems)
	}
	clk.Add(time.Minute)
	rs = poll(t, w)
	if rs[0].NotModified || rs[0].Added != 2 {
		t.Errorf("second poll: got %+v, want the 2 items left (no validators sent)", rs[0])
	}
	if len(c.arts) != 5 {
		t.Errorf("got %d articles in all, want 5", len(c.arts))
	}
}

func FuzzParseFeeds(f *testing.F) {
	f.Add("https://example.org/rss every=10m\n# comment\nhttp://example.com/feed\n")
	f.Add("ftp://x\n")
	f.Add("https://example.org/rss every=1h30m # note\n")
	f.Fuzz(func(t *testing.T, in string) {
		feeds, err := ParseFeeds("feeds.txt", strings.NewReader(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "feeds.txt") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		for _, fd := range feeds {
			if _, err := CheckURL(fd.URL); err != nil || (fd.Every != 0 && fd.Every < MinInterval) {
				t.Errorf("accepted feed %+v", fd)
			}
		}
	})
}

// TestPrivatePagesRefused checks that a feed cannot make the watcher read
// pages of the network it runs in: by default, a page at a loopback
// address is refused and the item keeps its summary.
func TestPrivatePagesRefused(t *testing.T) {
	var s *server
	s = newServer(t, map[string]http.HandlerFunc{
		"/feed": func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, rss("Example News", item{guid: "1", title: "Internal", link: s.URL + "/admin", text: "A short summary."}))
		},
		"/admin": serve(page("Secret", story("Northport", 200)), "text/html"),
	})
	clk, c := newClock(), &collector{}
	w := newWatcher(t, []Feed{{URL: s.URL + "/feed"}}, c, clk, Options{})
	rs := poll(t, w)
	if len(rs) != 1 || rs[0].Err != nil || rs[0].Added != 1 {
		t.Fatalf("got %+v, want the item added from its summary", rs)
	}
	if len(s.requests("/admin")) != 0 {
		t.Errorf("the page at a loopback address was requested")
	}
	if len(rs[0].Problems) != 1 || !strings.Contains(rs[0].Problems[0].Error, "not public") {
		t.Errorf("got problems %+v, want the refused page named", rs[0].Problems)
	}
	if len(c.arts) != 1 || c.arts[0].Text != "A short summary." {
		t.Errorf("got %+v, want the summary", c.arts)
	}
}

func TestPublicOnly(t *testing.T) {
	for addr, ok := range map[string]bool{
		"127.0.0.1:80": false, "[::1]:443": false, "10.1.2.3:80": false, "192.168.0.1:80": false,
		"169.254.169.254:80": false, "100.64.0.1:80": false, "0.0.0.0:80": false, "[::ffff:127.0.0.1]:80": false,
		"[fe80::1]:80": false, "93.184.215.14:443": true, "[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:443": true,
	} {
		if err := publicOnly("tcp", addr, nil); (err == nil) != ok {
			t.Errorf("publicOnly(%s) = %v, want allowed %v", addr, err, ok)
		}
	}
}

// TestDroppedBeforeSink checks that what cleaning dropped from an item's
// page reaches Options.Dropped, with the article it came from, before the
// Sink receives that article.
func TestDroppedBeforeSink(t *testing.T) {
	full := "By Ann Lee and Bo Chen. " + story("Eastport", 200)
	var s *server
	s = newServer(t, map[string]http.HandlerFunc{
		"/feed": func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, rss("Example News",
				item{guid: "tag:example.org,2026:7", title: "Eastport harbour wall to be repaired", link: s.URL + "/news/7", text: "The wall will be repaired.",
					date: time.Date(2026, 2, 12, 7, 0, 0, 0, time.UTC)}))
		},
		"/news/7": serve(page("Eastport harbour wall to be repaired", full), "text/html; charset=utf-8"),
	})
	clk, c := newClock(), &collector{}
	got := map[string][]crosscheck.Dropped{}
	opts := Options{AllowPrivatePages: true, Dropped: func(ctx context.Context, a crosscheck.Article, ds []crosscheck.Dropped) error {
		c.mu.Lock()
		defer c.mu.Unlock()
		if len(c.arts) > 0 {
			t.Error("dropped pieces came after the sink")
		}
		got[a.ID] = append(got[a.ID], ds...)
		return nil
	}}
	w := newWatcher(t, []Feed{{URL: s.URL + "/feed"}}, c, clk, opts)
	if rs := poll(t, w); len(rs) != 1 || rs[0].Err != nil || rs[0].Added != 1 {
		t.Fatalf("got %+v, want one article added", rs)
	}
	id := c.arts[0].ID
	if len(got) != 1 || len(got[id]) == 0 {
		t.Fatalf("got dropped %+v, want pieces for article %s", got, id)
	}
	found := false
	for _, d := range got[id] {
		found = found || strings.Contains(d.Text, "Ann Lee")
	}
	if !found {
		t.Errorf("got dropped %+v, want the byline", got[id])
	}
	if strings.Contains(c.arts[0].Text, "Ann Lee") {
		t.Error("the byline stayed in the text")
	}
}
