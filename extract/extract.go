// Package extract turns a web page into the text of its article and the
// metadata the page gives about it: title, authors, publication date,
// outlet, canonical URL and language.
//
// The main text comes from go-trafilatura, checked against a second,
// readability-style extraction wherever that can change it, and stripped
// of page furniture that survives extraction (the repeated headline, share
// and newsletter prompts, "Advertisement", captions, related-story lists).
// Metadata is read from JSON-LD, OpenGraph and meta tags first, then from
// the page's own elements, with trafilatura's reading as a fallback.
//
// Pages are decoded from their declared charset when they are not UTF-8,
// and reduced before parsing when they are huge, deeply nested or have very
// many elements, so that hostile pages give an error or best-effort text
// in bounded time.
//
// extract does not split a page into several articles, remove bylines
// from the text or judge whether a paragraph belongs to the story; clean
// does that with the text extract returns.
package extract

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"

	"crosscheck"
	"crosscheck/internal/textproc"

	"golang.org/x/net/html"
)

// DefaultTimeout bounds the CPU time spent on one page when
// Options.Timeout is zero. News pages take well under a second; the
// reductions of tame keep hostile ones within a few seconds.
const DefaultTimeout = 10 * time.Second

// wallFactor is how many times the time limit a page may take in
// wall-clock time when the limit is counted in CPU time: a machine busy
// with other work slows every page down without making it more costly,
// but a page must still end in bounded time.
const wallFactor = 6

// shortText is the length under which extracted text is judged together
// with the page's title.
const shortText = 200

// minVisible is the least visible text, in bytes, on which a page is
// judged not text before extraction.
const minVisible = 1000

// cpuPoll is how often the CPU time of a running extraction is read.
const cpuPoll = 20 * time.Millisecond

// Options configures extraction.
type Options struct {
	// Timeout bounds the work on one page; zero means DefaultTimeout. On
	// Linux it counts the CPU time of the extraction, with wall-clock
	// time up to six times as long as a backstop; elsewhere it counts
	// wall-clock time.
	Timeout time.Duration
	// Fast takes trafilatura's text alone, without checking it against a
	// second extraction: about a third less work, somewhat less accurate.
	Fast bool
	// Overrun, when set, is called when the time limit passes while the
	// extraction still runs, with a channel that is closed once it has
	// returned; HTML then reports the timeout at once. Go cannot stop the
	// extraction, so a caller that bounds how many extractions run at once
	// keeps the slot taken until the channel closes. When Overrun is nil,
	// HTML waits for the extraction to return before reporting the
	// timeout, so that no work outlives the call.
	Overrun func(done <-chan struct{})
}

const op = "extract html"

// HTML turns an HTML Document into a text Document: Body is the page's main
// text, paragraphs separated by a blank line; Title, Authors, Published,
// Outlet, URL and Language are filled from the page where doc lacks them.
//
// The page is decoded from the charset it declares when it is not UTF-8
// already. Oversized and deeply nested pages are reduced before parsing so
// that no page can make the work run long. HTML fails with a
// *crosscheck.Error naming doc's source: Empty when the page or its
// extracted text is empty, Binary when it is not text, Invalid when its
// text is no human language (random bytes, one symbol repeated), Timeout
// when the work runs past the time limit or ctx ends, Unsupported when doc
// is not HTML.
func HTML(ctx context.Context, doc crosscheck.Document, opts Options) (crosscheck.Document, error) {
	name := sourceName(doc)
	if doc.Format != crosscheck.FormatHTML && doc.Format != "" {
		return doc, crosscheck.Errorf(crosscheck.Unsupported, op, name, "document is %s, not html", doc.Format)
	}
	src := decodeString(doc.Body)
	if strings.TrimSpace(src) == "" {
		return doc, crosscheck.Errorf(crosscheck.Empty, op, name, "empty page")
	}
	if looksBinary(src) {
		return doc, crosscheck.Errorf(crosscheck.Binary, op, name, "page is not text")
	}
	// Random bytes cost the extractors as much as a page; their text tells
	// them apart at a small part of the cost. A little text (a footer, a
	// page whose text a script writes) is left to the extractors.
	if visible := visibleText(src); len(visible) >= minVisible {
		if why := textproc.NotText(visible); why != "" {
			return doc, crosscheck.Errorf(crosscheck.Invalid, op, name, "not text: %s", why)
		}
	}
	if err := ctx.Err(); err != nil {
		return doc, crosscheck.Errorf(crosscheck.Timeout, op, name, "extraction stopped: %w", err)
	}
	res, err := run(ctx, name, opts, func() (page, error) {
		return extractPage(tame(src), doc.URL, opts.Fast)
	})
	if err != nil {
		return doc, err
	}
	if res.err != nil {
		if _, ok := res.err.(*crosscheck.Error); ok {
			return doc, res.err
		}
		return doc, crosscheck.Errorf(crosscheck.Invalid, op, name, "%w", res.err)
	}
	out := doc
	out.Format = crosscheck.FormatText
	out.Body = textproc.Normalize(res.page.text)
	m := res.page.meta
	m.Title = textproc.Normalize(m.Title)
	if out.Title == "" {
		out.Title = m.Title
	}
	if len(out.Authors) == 0 {
		out.Authors = m.Authors
	}
	if out.Published.IsZero() {
		out.Published = m.Published
	}
	if out.URL == "" {
		out.URL = m.URL
	}
	if out.Outlet == "" {
		out.Outlet = firstOf(m.Outlet, hostOutlet(out.URL))
	}
	if out.Language == "" {
		out.Language = m.Language
	}
	if strings.TrimSpace(out.Body) == "" {
		return out, crosscheck.Errorf(crosscheck.Empty, op, name, "no article text found")
	}
	text := out.Body
	if len(text) < shortText {
		// A short text is judged with its headline, so that a page of a
		// headline and a line of figures is not refused.
		text = out.Title + "\n" + text
	}
	if why := textproc.NotText(text); why != "" {
		return out, crosscheck.Errorf(crosscheck.Invalid, op, name, "not text: %s", why)
	}
	return out, nil
}

// outcome is what one extraction gives.
type outcome struct {
	page page
	err  error
}

// run calls work, the extraction of the page called name, on a goroutine
// of its own, within the time limit of opts. The extractors cannot be
// interrupted, so the page is tamed first to bound their work, and the
// goroutine is locked to its thread so that the thread's CPU clock
// measures the extraction alone: a page is stopped for the work it costs,
// not for the time other work on the machine takes. Should the limit
// pass, the goroutine finishes on its own (done is buffered) and
// opts.Overrun learns when.
func run(ctx context.Context, name string, opts Options, work func() (page, error)) (outcome, error) {
	limit := opts.Timeout
	if limit <= 0 {
		limit = DefaultTimeout
	}
	done := make(chan outcome, 1)
	finished := make(chan struct{})
	clocks := make(chan func() (time.Duration, bool), 1)
	go func() {
		defer close(finished)
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		clocks <- threadClock()
		defer func() {
			if r := recover(); r != nil {
				done <- outcome{err: crosscheck.Errorf(crosscheck.Internal, op, name, "extraction failed: %v", r)}
			}
		}()
		p, err := work()
		done <- outcome{p, err}
	}()
	cpu := <-clocks
	wall := limit
	if cpu != nil {
		wall = wallFactor * limit
	}
	deadline := time.NewTimer(wall)
	defer deadline.Stop()
	tick := time.NewTicker(cpuPoll)
	defer tick.Stop()
	overrun := func(why error) (outcome, error) {
		if opts.Overrun != nil {
			opts.Overrun(finished)
		} else {
			<-finished
		}
		return outcome{}, crosscheck.Errorf(crosscheck.Timeout, op, name, "extraction stopped: %w", why)
	}
	for {
		select {
		case res := <-done:
			return res, nil
		case <-ctx.Done():
			return overrun(ctx.Err())
		case <-deadline.C:
			return overrun(fmt.Errorf("over %v of wall-clock time", wall))
		case <-tick.C:
			if cpu == nil {
				continue
			}
			if used, ok := cpu(); ok && used > limit {
				return overrun(fmt.Errorf("over %v of CPU time", limit))
			}
		}
	}
}

func sourceName(doc crosscheck.Document) string {
	switch {
	case doc.Source != "" && doc.ID != "":
		return fmt.Sprintf("%s#%s", doc.Source, doc.ID)
	case doc.Source != "":
		return doc.Source
	case doc.ID != "":
		return doc.ID
	}
	return doc.URL
}

// page is the text and metadata read from one page.
type page struct {
	text string
	meta meta
}

// The engines of extractPage: trafilatura's text is the primary reading,
// checked against readability's.
var primary, secondary engine = trafilaturaEngine{}, readabilityEngine{}

// extractPage parses a tamed page and extracts its text and metadata.
// Unless fast is set, the main text of trafilatura is merged with that of
// readability, when that can change it.
func extractPage(src, pageURL string, fast bool) (page, error) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil && strings.Contains(err.Error(), "open stack of elements") {
		// The parser opens elements the page leaves implied (a table's
		// body and row), so a page tame found shallow enough can still
		// nest too deep for it: such a page is flattened further.
		root, err = html.Parse(strings.NewReader(reduce(src, retryDepth)))
	}
	if err != nil {
		return page{}, fmt.Errorf("parse html: %w", err)
	}
	m := readMeta(root, pageURL)
	prune(root)
	base := firstOf(pageURL, m.URL)
	var text []string
	if main, err := primary.extract(root, base); err == nil {
		fillMeta(&m, main.meta)
		text = tidy(respace(main.paragraphs, root), m)
	}
	if !fast && mayMerge(text, root) {
		if second, err := secondary.extract(root, base); err == nil {
			text = merge(text, tidy(second.paragraphs, m))
		}
	}
	return page{text: joinParagraphs(dropWrappers(text)), meta: m}, nil
}

// wrappedShingles is the fewest shingles a paragraph needs for a longer
// one holding it to count as a wrapper.
const wrappedShingles = 8

// dropWrappers removes paragraphs that hold another paragraph of running
// text whole and then some: the text of a block that contains the others,
// which an extractor can let through beside them on a small page. Short
// paragraphs (headings, labels) are left out of the test, as they stand
// inside real paragraphs too.
func dropWrappers(ps []string) []string {
	sh := shingleLists(ps)
	var out []string
	for i, p := range ps {
		wrapper := false
		for j := range ps {
			if j == i || len(sh[j]) < wrappedShingles || len(sh[i]) <= len(sh[j]) {
				continue
			}
			if coverage(sh[j], shingleSet(sh[i:i+1])) >= containCov {
				wrapper = true
				break
			}
		}
		if !wrapper {
			out = append(out, p)
		}
	}
	return out
}

// fillMeta fills the fields of m that are empty from a fallback reading.
func fillMeta(m *meta, fb meta) {
	m.Title = firstOf(m.Title, fb.Title)
	if len(m.Authors) == 0 {
		m.Authors = fb.Authors
	}
	if m.Published.IsZero() {
		m.Published = fb.Published
	}
	m.Outlet = firstOf(m.Outlet, fb.Outlet)
	m.URL = firstOf(m.URL, fb.URL)
	m.Language = firstOf(m.Language, fb.Language)
}
