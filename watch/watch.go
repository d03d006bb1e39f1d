// Package watch polls news feeds (RSS, Atom, JSON Feed) and hands the new
// items, as clean Articles, to a Sink. It is polite to the sites it
// polls: conditional requests (ETag, Last-Modified), a per-feed interval,
// a doubling wait after errors up to a cap, a named User-Agent, and
// limits on the size and time of every response. An item whose feed
// carries only a summary is read from its web page instead.
//
// What it remembers of each feed (validators, items seen, when to poll
// next) lives in a small JSON state file written atomically. Items reach
// the Sink before the state records them, so a crash between the two
// hands them over again on the next poll; the Sink must take an article
// twice without harm, as a crosscheck.Store does.
//
// Watch does not store, group or brief articles: the Sink does.
package watch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	neturl "net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sync/errgroup"

	"crosscheck"
	"crosscheck/ingest"
	"crosscheck/pipeline"
)

// Sink receives the new articles of one poll of one feed. When it fails
// the articles are not remembered as seen, and the next poll hands them
// over again.
type Sink func(ctx context.Context, arts []crosscheck.Article) error

// Defaults of Options.
const (
	DefaultInterval     = 15 * time.Minute
	DefaultMaxBackoff   = 6 * time.Hour
	DefaultTimeout      = 30 * time.Second
	DefaultMaxFeedSize  = 10 << 20
	DefaultMaxPageSize  = 5 << 20
	DefaultSummaryWords = 100
	DefaultMaxItems     = 500
	DefaultMaxSeen      = 5000
	DefaultWorkers      = 4
	DefaultPageWorkers  = 2
	DefaultUserAgent    = "crosscheck-watch (news feed reader; +https://github.com/crosscheck/crosscheck)"
)

// maxRedirects bounds the redirects followed for one request.
const maxRedirects = 5

// Options configures a Watcher. Zero fields take the defaults above.
type Options struct {
	// StatePath is the state file; "" keeps the state in memory only.
	StatePath string
	// Client fetches the feeds. Nil means a client with Timeout that
	// follows up to 5 redirects, to http and https URLs only.
	Client *http.Client
	// PageClient fetches the items' pages, whose URLs come from the feeds
	// and not from the user. Nil means a client like Client's that
	// connects to public addresses only, unless AllowPrivatePages.
	PageClient *http.Client
	// AllowPrivatePages lets the default PageClient read pages at
	// loopback, private and link-local addresses: for feeds one runs
	// oneself. Otherwise a feed cannot make the watcher read a page of
	// the network it runs in.
	AllowPrivatePages bool
	// Timeout bounds each request, body included.
	Timeout time.Duration
	// UserAgent names the watcher to the sites it polls.
	UserAgent string
	// Interval is the wait between polls of a feed that sets none.
	Interval time.Duration
	// MaxBackoff caps the wait after failed polls, which doubles with
	// each failure in a row.
	MaxBackoff time.Duration
	// MaxFeedSize and MaxPageSize limit the body of a feed and of an
	// item's page, in bytes; a larger one is an error.
	MaxFeedSize, MaxPageSize int64
	// SummaryWords: an item whose text has fewer words, and that links
	// to a page, is read from its page.
	SummaryWords int
	// MaxItems bounds the new items read from one poll of a feed; the
	// rest wait for the next poll.
	MaxItems int
	// MaxSeen bounds the items remembered per feed.
	MaxSeen int
	// Workers bounds the feeds polled at once; PageWorkers the pages
	// fetched at once for one feed.
	Workers, PageWorkers int
	// Pipeline configures the extraction and cleaning of items.
	Pipeline pipeline.Options
	// Now tells the time; nil means time.Now.
	Now func() time.Time
	// Dropped, if set, receives what cleaning dropped from an article of
	// a poll, before the Sink receives the article; an error fails the
	// poll as the Sink's would.
	Dropped func(ctx context.Context, a crosscheck.Article, ds []crosscheck.Dropped) error
}

// Result is what one poll of one feed did.
type Result struct {
	Feed string
	// NotModified is true when the feed answered 304.
	NotModified bool
	// Items counts the feed's items, New those not seen before (or
	// changed), Added the articles handed to the Sink and Pages the item
	// pages fetched.
	Items, New, Added, Pages int
	// Problems are items or pages that could not be read; the poll went
	// on without them (an item whose page failed keeps its summary).
	Problems []crosscheck.InputError
	// Err is why the poll failed, naming the feed; nil on success.
	Err error
	// Next is when the feed is due again.
	Next time.Time
}

// Watcher polls a set of feeds. Its methods must not be called
// concurrently.
type Watcher struct {
	feeds  []Feed
	sink   Sink
	opts   Options
	client *http.Client
	pages  *http.Client

	mu sync.Mutex // guards st and the state file
	st *state
}

// New returns a Watcher of feeds that hands new articles to sink. It reads
// the state file, if any, and fails when it cannot.
func New(feeds []Feed, sink Sink, opts Options) (*Watcher, error) {
	if sink == nil {
		return nil, errors.New("watch: nil sink")
	}
	for _, f := range feeds {
		if _, err := CheckURL(f.URL); err != nil {
			return nil, crosscheck.Errorf(crosscheck.Invalid, "", f.URL, "%v", err)
		}
	}
	opts = opts.withDefaults()
	st, err := loadState(opts.StatePath)
	if err != nil {
		return nil, err
	}
	// Forget feeds no longer listed, so that the state stays bounded.
	listed := map[string]bool{}
	for _, f := range feeds {
		listed[f.URL] = true
	}
	for u := range st.Feeds {
		if !listed[u] {
			delete(st.Feeds, u)
		}
	}
	client := opts.Client
	if client == nil {
		client = &http.Client{Timeout: opts.Timeout, CheckRedirect: checkRedirect}
	}
	pages := opts.PageClient
	if pages == nil {
		pages = &http.Client{Timeout: opts.Timeout, CheckRedirect: checkRedirect}
		if !opts.AllowPrivatePages {
			dialer := &net.Dialer{Timeout: opts.Timeout, Control: publicOnly}
			tr := http.DefaultTransport.(*http.Transport).Clone()
			tr.Proxy = nil
			tr.DialContext = dialer.DialContext
			pages.Transport = tr
		}
	}
	return &Watcher{feeds: feeds, sink: sink, opts: opts, client: client, pages: pages, st: st}, nil
}

func (o Options) withDefaults() Options {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def64 := func(v *int64, d int64) {
		if *v <= 0 {
			*v = d
		}
	}
	defDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	defDur(&o.Timeout, DefaultTimeout)
	defDur(&o.Interval, DefaultInterval)
	defDur(&o.MaxBackoff, DefaultMaxBackoff)
	def64(&o.MaxFeedSize, DefaultMaxFeedSize)
	def64(&o.MaxPageSize, DefaultMaxPageSize)
	def(&o.SummaryWords, DefaultSummaryWords)
	def(&o.MaxItems, DefaultMaxItems)
	def(&o.MaxSeen, DefaultMaxSeen)
	def(&o.Workers, DefaultWorkers)
	def(&o.PageWorkers, DefaultPageWorkers)
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("more than %d redirects", maxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s, which is not http or https", req.URL.Redacted())
	}
	return nil
}

// Next returns when the first feed is due.
func (w *Watcher) Next() time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	var next time.Time
	for _, f := range w.feeds {
		var t time.Time
		if s := w.st.Feeds[f.URL]; s != nil {
			t = s.Next
		}
		if next.IsZero() || t.Before(next) {
			next = t
		}
	}
	return next
}

// Poll polls every feed that is due, a few at a time, and returns a Result
// for each, in the order of the feeds. A feed that fails is named in its
// Result and does not stop the others. Poll returns an error only when ctx
// ends or the state file cannot be written.
func (w *Watcher) Poll(ctx context.Context) ([]Result, error) {
	now := w.opts.Now()
	var due []Feed
	w.mu.Lock()
	for _, f := range w.feeds {
		if s := w.st.Feeds[f.URL]; s == nil || !now.Before(s.Next) {
			due = append(due, f)
		}
	}
	w.mu.Unlock()
	results := make([]Result, len(due))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(w.opts.Workers)
	for i, f := range due {
		g.Go(func() error {
			r, err := w.pollFeed(gctx, f)
			results[i] = r
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return results, err
	}
	return results, ctx.Err()
}

// Run polls the feeds as they fall due until ctx ends, passing each
// Result to report (which may be nil). It returns ctx's error, or the
// error that stopped it (a state file that cannot be written).
func (w *Watcher) Run(ctx context.Context, report func(Result)) error {
	for {
		results, err := w.Poll(ctx)
		if report != nil {
			for _, r := range results {
				if r.Feed != "" {
					report(r)
				}
			}
		}
		if err != nil {
			return err
		}
		wait := w.Next().Sub(w.opts.Now())
		if wait < time.Second {
			// A clock that does not move must not make Run spin.
			wait = time.Second
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// every returns the feed's interval.
func (w *Watcher) every(f Feed) time.Duration {
	if f.Every > 0 {
		return f.Every
	}
	return w.opts.Interval
}

// backoff returns the wait after the failures-th failure in a row: the
// interval doubled for each, capped at MaxBackoff (or the interval, when
// that is longer).
func (w *Watcher) backoff(f Feed, failures int) time.Duration {
	d := w.every(f)
	limit := max(w.opts.MaxBackoff, d)
	for i := 0; i < failures && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

// pollFeed polls one feed and records the outcome in the state. Its error
// is one that must stop the watcher; the feed's own failure is in the
// Result.
func (w *Watcher) pollFeed(ctx context.Context, f Feed) (Result, error) {
	r := Result{Feed: f.URL}
	w.mu.Lock()
	prev := w.st.Feeds[f.URL]
	if prev == nil {
		prev = &feedState{}
	}
	st := prev.clone()
	w.mu.Unlock()

	var retryAfter time.Duration
	r.Err = w.fetchFeed(ctx, f, st, &r, &retryAfter)
	if ctx.Err() != nil {
		// A poll cut short by the end of the run is neither a success
		// nor a failure of the feed.
		return r, ctx.Err()
	}
	now := w.opts.Now()
	if r.Err != nil {
		// Validators and seen items stay as they were: nothing of this
		// poll reached the sink.
		st = prev.clone()
		st.Failures++
		st.LastError = r.Err.Error()
		st.Next = now.Add(max(w.backoff(f, st.Failures), min(retryAfter, w.opts.MaxBackoff)))
	} else {
		st.Failures, st.LastError = 0, ""
		st.Next = now.Add(w.every(f))
		st.prune(w.opts.MaxSeen)
	}
	r.Next = st.Next
	w.mu.Lock()
	defer w.mu.Unlock()
	w.st.Feeds[f.URL] = st
	return r, w.st.save(w.opts.StatePath)
}

// fetchFeed fetches and reads the feed, hands its new items to the sink
// and, on success, leaves the feed's new validators and seen items in st.
func (w *Watcher) fetchFeed(ctx context.Context, f Feed, st *feedState, r *Result, retryAfter *time.Duration) error {
	resp, body, err := w.get(ctx, w.client, f.URL, w.opts.MaxFeedSize, func(h http.Header) {
		h.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")
		if st.ETag != "" {
			h.Set("If-None-Match", st.ETag)
		}
		if st.LastModified != "" {
			h.Set("If-Modified-Since", st.LastModified)
		}
	})
	if resp != nil {
		*retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), w.opts.Now())
	}
	if err != nil {
		return err
	}
	if resp.StatusCode == http.StatusNotModified {
		r.NotModified = true
		return nil
	}
	var docs []crosscheck.Document
	err = ingest.Feed(ctx, f.URL, body,
		func(d crosscheck.Document) error { docs = append(docs, d); return nil },
		func(e crosscheck.InputError) { r.Problems = append(r.Problems, e) })
	if err != nil {
		return err
	}
	r.Items = len(docs)
	now := w.opts.Now()
	var fresh []crosscheck.Document
	hashes := map[string]string{}
	truncated := false
	for _, d := range docs {
		key, hash := d.ID, itemHash(d)
		if s, ok := st.Seen[key]; ok && s.Hash == hash {
			continue
		}
		if _, dup := hashes[key]; dup {
			// A feed listing one item twice gives it once.
			continue
		}
		if len(fresh) == w.opts.MaxItems {
			r.Problems = append(r.Problems, crosscheck.InputError{File: f.URL,
				Error: fmt.Sprintf("more than %d new items; the rest wait for the next poll", w.opts.MaxItems)})
			truncated = true
			break
		}
		hashes[key] = hash
		fresh = append(fresh, d)
	}
	r.New = len(fresh)
	arts, dropped, problems, pages, err := w.articles(ctx, fresh)
	r.Pages = pages
	r.Problems = append(r.Problems, problems...)
	if err != nil {
		return err
	}
	if w.opts.Dropped != nil {
		for _, a := range arts {
			if ds := dropped[a.ID]; len(ds) > 0 {
				if err := w.opts.Dropped(ctx, a, ds); err != nil {
					return crosscheck.Errorf(crosscheck.ErrorKind(err), "add", f.URL, "%w", err)
				}
			}
		}
	}
	if len(arts) > 0 {
		if err := w.sink(ctx, arts); err != nil {
			return crosscheck.Errorf(crosscheck.ErrorKind(err), "add", f.URL, "%w", err)
		}
	}
	r.Added = len(arts)
	if st.Seen == nil {
		st.Seen = map[string]seenItem{}
	}
	for key, hash := range hashes {
		st.Seen[key] = seenItem{Hash: hash, At: now}
	}
	// Only a full response's validators are kept: a 304 carries none
	// that differ. Items left for the next poll must not be answered
	// with a 304, so then none are kept.
	st.ETag, st.LastModified = "", ""
	if !truncated {
		st.ETag = resp.Header.Get("ETag")
		st.LastModified = resp.Header.Get("Last-Modified")
	}
	return nil
}

// itemHash sums what an item says, so that a changed item is added again
// as a new version.
func itemHash(d crosscheck.Document) string {
	h := sha256.New()
	for _, s := range []string{d.Title, d.URL, d.Published.String(), d.Body} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// articles turns the new items into articles, fetching the pages of
// items that carry only a summary, a few at a time. The articles come out
// in the items' order, oldest first where the feed dates them.
func (w *Watcher) articles(ctx context.Context, docs []crosscheck.Document) ([]crosscheck.Article, map[string][]crosscheck.Dropped, []crosscheck.InputError, int, error) {
	type out struct {
		arts     []crosscheck.Article
		dropped  []crosscheck.Dropped
		problems []crosscheck.InputError
		page     bool
	}
	outs := make([]out, len(docs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(w.opts.PageWorkers)
	for i, d := range docs {
		g.Go(func() error {
			arts, dropped, problems, page := w.item(gctx, d)
			outs[i] = out{arts, dropped, problems, page}
			return gctx.Err()
		})
	}
	if err := g.Wait(); err != nil {
		return nil, nil, nil, 0, err
	}
	var arts []crosscheck.Article
	var problems []crosscheck.InputError
	dropped := map[string][]crosscheck.Dropped{}
	pages := 0
	for _, o := range outs {
		for id, ds := range byArticle(o.arts, o.dropped) {
			dropped[id] = append(dropped[id], ds...)
		}
		arts = append(arts, o.arts...)
		problems = append(problems, o.problems...)
		if o.page {
			pages++
		}
	}
	// Undated articles keep their order, after the dated ones.
	sort.SliceStable(arts, func(i, j int) bool {
		a, b := arts[i].Published, arts[j].Published
		return !a.IsZero() && (b.IsZero() || a.Time.Before(b.Time))
	})
	return arts, dropped, problems, pages, nil
}

// byArticle sorts the pieces ds that cleaning dropped from one document
// by the id of the article of arts, from the same document, each came
// from; pieces from no article are left out.
func byArticle(arts []crosscheck.Article, ds []crosscheck.Dropped) map[string][]crosscheck.Dropped {
	out := map[string][]crosscheck.Dropped{}
	for _, d := range ds {
		for _, a := range arts {
			if d.Part > 0 && a.Part == d.Part {
				out[a.ID] = append(out[a.ID], d)
				break
			}
		}
	}
	return out
}

// item returns the articles of one feed item. Its source is the item's
// URL when it has one, so that its id is the same in every feed that
// carries it. An item with only a summary is read from its page; should
// that fail, the summary stands.
func (w *Watcher) item(ctx context.Context, d crosscheck.Document) (arts []crosscheck.Article, dropped []crosscheck.Dropped, problems []crosscheck.InputError, fetched bool) {
	if d.URL != "" {
		if link, err := CheckURL(d.URL); err == nil {
			d.Source = link
			fetched = words(d.Body) < w.opts.SummaryWords
		}
	}
	if fetched {
		arts, dropped, err := w.page(ctx, d)
		switch {
		case err == nil && len(arts) > 0:
			return arts, dropped, nil, true
		case err != nil && ctx.Err() != nil:
			return nil, nil, nil, true
		case err != nil:
			problems = append(problems, ingest.InputError(d.Source, err))
		}
	}
	arts, dropped, err := pipeline.Document(ctx, d, w.opts.Pipeline)
	if err != nil {
		problems = append(problems, ingest.InputError(d.Source, err))
	}
	return arts, dropped, problems, fetched
}

// page fetches the page of item d and reads it; what the feed said of the
// item (title, authors, date) stands over what the page says.
func (w *Watcher) page(ctx context.Context, d crosscheck.Document) ([]crosscheck.Article, []crosscheck.Dropped, error) {
	link := d.Source
	resp, body, err := w.get(ctx, w.pages, link, w.opts.MaxPageSize, func(h http.Header) {
		h.Set("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.1")
	})
	if err != nil {
		return nil, nil, err
	}
	ct := resp.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ct); ct != "" && (err != nil || !(mt == "text/html" || mt == "application/xhtml+xml" || mt == "text/plain")) {
		return nil, nil, crosscheck.Errorf(crosscheck.Unsupported, "", link, "not a web page (%s)", ct)
	}
	doc := ingest.HTML(link, body, ct)
	doc.ID = d.ID
	doc.Title, doc.Authors, doc.Published = d.Title, d.Authors, d.Published
	doc.Outlet, doc.URL, doc.Language = d.Outlet, link, d.Language
	return pipeline.Document(ctx, doc, w.opts.Pipeline)
}

// words counts the words of s.
func words(s string) int { return len(strings.Fields(s)) }

// get fetches link with the watcher's limits, edit setting its headers. A
// response other than 200 or 304 is an error naming link, Transient when it
// may pass (5xx, 429, network failures); a body over max bytes is a
// TooLarge error. The response is returned, its body read and closed,
// whenever one came.
func (w *Watcher) get(ctx context.Context, client *http.Client, link string, max int64, edit func(http.Header)) (*http.Response, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, w.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, link, nil)
	if err != nil {
		return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "", link, "%v", err)
	}
	req.Header.Set("User-Agent", w.opts.UserAgent)
	edit(req.Header)
	resp, err := client.Do(req)
	if err != nil {
		kind := crosscheck.Transient
		switch {
		case errors.Is(err, errNotPublic):
			kind = crosscheck.Permission
		case ctx.Err() == context.DeadlineExceeded:
			kind = crosscheck.Timeout
		}
		return nil, nil, crosscheck.Errorf(kind, "", link, "%v", unwrapURLError(err))
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return resp, nil, nil
	case resp.StatusCode != http.StatusOK:
		// Drain a little so that the connection may be reused.
		io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		return resp, nil, crosscheck.Errorf(statusKind(resp.StatusCode), "", link, "HTTP %s", resp.Status)
	case resp.ContentLength > max:
		return resp, nil, crosscheck.Errorf(crosscheck.TooLarge, "", link, "body of %d bytes, over the limit of %d", resp.ContentLength, max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		kind := crosscheck.Transient
		if ctx.Err() == context.DeadlineExceeded {
			kind = crosscheck.Timeout
		}
		return resp, nil, crosscheck.Errorf(kind, "", link, "reading the body: %v", err)
	}
	if int64(len(body)) > max {
		return resp, nil, crosscheck.Errorf(crosscheck.TooLarge, "", link, "body over the limit of %d bytes", max)
	}
	return resp, body, nil
}

// unwrapURLError drops the method and URL that *url.Error repeats.
func unwrapURLError(err error) error {
	var ue *neturl.Error
	if errors.As(err, &ue) && ue.Err != nil {
		return ue.Err
	}
	return err
}

func statusKind(code int) crosscheck.Kind {
	switch {
	case code == http.StatusTooManyRequests || code >= 500:
		return crosscheck.Transient
	case code == http.StatusNotFound || code == http.StatusGone:
		return crosscheck.NotFound
	case code == http.StatusUnauthorized || code == http.StatusForbidden:
		return crosscheck.Permission
	}
	return crosscheck.Other
}

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// publicOnly refuses connections to addresses that are not public:
// loopback, private, link-local, shared (carrier-grade NAT), unspecified
// and multicast ones. It runs on the address actually dialled, after name
// resolution and for every redirect.
func publicOnly(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("refusing to connect to %s: not an IP address", host)
	}
	ip = ip.Unmap()
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast() || sharedRange.Contains(ip) {
		return fmt.Errorf("%w: %s", errNotPublic, ip)
	}
	return nil
}

// errNotPublic is the error of a page at an address that is not public.
var errNotPublic = errors.New("refusing to read a page at an address that is not public")

// sharedRange is the carrier-grade NAT range, private in practice.
var sharedRange = netip.MustParsePrefix("100.64.0.0/10")
