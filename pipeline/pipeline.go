// Package pipeline runs crosscheck's first stages on a set of inputs:
// ingest reads them into Documents, extract turns web pages into text and
// clean makes clean Articles of every Document. It streams: documents are
// processed as they are read, a bounded number at a time, and results come
// out in input order whatever the order in which they finish.
//
// Grouping, deduplication and analysis of the Articles are left to the
// later stages.
package pipeline

import (
	"context"
	"io"
	"runtime"
	"time"

	"golang.org/x/sync/errgroup"

	"crosscheck"
	"crosscheck/clean"
	"crosscheck/extract"
	"crosscheck/ingest"
)

// Options configures a run.
type Options struct {
	// MaxSize limits the size of an input read whole; 0 means
	// ingest.DefaultMaxSize. WARC archives and JSON Lines are streamed
	// and exempt.
	MaxSize int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// PageTimeout bounds the extraction of one web page, in CPU time
	// where the system tells it (see extract.Options); 0 means
	// extract.DefaultTimeout. A page over it is reported at once, and its
	// worker stays taken until the extraction really returns.
	PageTimeout time.Duration
	// Workers bounds how many documents are processed at once; 0 means
	// one per CPU.
	Workers int
	// Skip names files a directory walk passes over (see
	// ingest.Options.Skip).
	Skip func(path string) bool
}

// Handler receives the results of a run. Its functions are called from
// one goroutine, in input order; any may be nil. An error from Article
// stops the run.
type Handler struct {
	Article func(crosscheck.Article) error
	Dropped func(crosscheck.Dropped)
	Error   func(crosscheck.InputError)
	// Warning receives the paths a directory walk passed over without
	// reading (see ingest.Options.Warn); they are not failed inputs.
	Warning func(crosscheck.InputError)
}

// result is what one document, or one input error, gives.
type result struct {
	articles []crosscheck.Article
	dropped  []crosscheck.Dropped
	errs     []crosscheck.InputError
	warnings []crosscheck.InputError
	source   string
}

// Stream reads, extracts and cleans the inputs named by paths (files,
// directories or "-", as ingest.Walk reads them) and passes every article,
// dropped piece and input error to h as it comes. Articles are numbered
// (Part) from 1 within each input file. Memory stays bounded whatever the
// size of the inputs: WARC archives are streamed and at most a few
// documents per worker are held at once. Stream returns an error only when
// ctx ends or h.Article fails; inputs that fail are reported to h.Error.
func Stream(ctx context.Context, paths []string, opts Options, h Handler) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	g, ctx := errgroup.WithContext(ctx)
	// Results wait in input order; the queue's capacity bounds the
	// documents in flight.
	queue := make(chan chan result, 2*workers)
	g.Go(func() error { return emit(ctx, queue, h) })

	var pool errgroup.Group
	pool.SetLimit(workers)
	// slot reserves the next place in the output order.
	slot := func() (chan result, error) {
		c := make(chan result, 1)
		select {
		case queue <- c:
			return c, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	g.Go(func() error {
		defer close(queue)
		defer pool.Wait()
		in := ingest.Options{MaxSize: opts.MaxSize, Stdin: opts.Stdin, Skip: opts.Skip,
			Warn: func(e crosscheck.InputError) {
				if c, err := slot(); err == nil {
					c <- result{warnings: []crosscheck.InputError{e}, source: e.File}
				}
			},
		}
		return ingest.Walk(ctx, paths, in,
			func(doc crosscheck.Document) error {
				c, err := slot()
				if err != nil {
					return err
				}
				pool.Go(func() error {
					r, running := process(ctx, doc, opts)
					c <- r
					// A page whose extraction overran its time limit is
					// reported at once, but its slot stays taken until the
					// extraction, which Go cannot stop, returns: the pool
					// bounds the work, not only the waiting.
					if running != nil {
						<-running
					}
					return nil
				})
				return nil
			},
			func(e crosscheck.InputError) {
				// Should ctx end meanwhile, Walk stops on its own.
				if c, err := slot(); err == nil {
					c <- result{errs: []crosscheck.InputError{e}, source: e.File}
				}
			})
	})
	return g.Wait()
}

// emit hands the results to h in input order, numbering each file's
// articles from 1.
func emit(ctx context.Context, queue <-chan chan result, h Handler) error {
	source, parts := "", 0
	for c := range queue {
		var r result
		select {
		case r = <-c:
		case <-ctx.Done():
			return ctx.Err()
		}
		if r.source != source {
			source, parts = r.source, 0
		}
		for _, e := range r.warnings {
			if h.Warning != nil {
				h.Warning(e)
			}
		}
		for _, e := range r.errs {
			if h.Error != nil {
				h.Error(e)
			}
		}
		base := parts
		for _, a := range r.articles {
			parts++
			a.Part = parts
			if h.Article != nil {
				if err := h.Article(a); err != nil {
					return err
				}
			}
		}
		for _, d := range r.dropped {
			if d.Part > 0 {
				d.Part += base
			}
			if h.Dropped != nil {
				h.Dropped(d)
			}
		}
	}
	return nil
}

// process extracts and cleans one document. A panic is reported as an
// internal error naming the document, so that one bad input cannot stop
// a run. running is not nil when the page's extraction overran its time
// limit and still runs; it is closed when the extraction returns.
func process(ctx context.Context, doc crosscheck.Document, opts Options) (r result, running <-chan struct{}) {
	r.source = doc.Source
	defer func() {
		if p := recover(); p != nil {
			err := crosscheck.Errorf(crosscheck.Internal, "", doc.Source, "panic: %v", p)
			r = result{source: doc.Source, errs: []crosscheck.InputError{docError(doc, err)}}
		}
	}()
	overrun := func(done <-chan struct{}) { running = done }
	arts, dropped, err := articles(ctx, doc, opts, overrun)
	if err != nil {
		r.errs = []crosscheck.InputError{docError(doc, err)}
		return r, running
	}
	r.articles, r.dropped = arts, dropped
	return r, running
}

// articles is process without the guard: extraction for a page, then
// cleaning. overrun is extract.Options.Overrun.
func articles(ctx context.Context, doc crosscheck.Document, opts Options, overrun func(<-chan struct{})) ([]crosscheck.Article, []crosscheck.Dropped, error) {
	// A record (JSON, feed item, WARC response) and a web page each hold
	// one report, so clean must not split them.
	page := doc.Format == crosscheck.FormatHTML
	single := doc.ID != "" || page
	if page {
		// The date a page gives is its publication date; the one its
		// container gives (a WARC's crawl time) only stands in for it.
		known := doc.Published
		doc.Published = crosscheck.Date{}
		d, err := extract.HTML(ctx, doc, extract.Options{Timeout: opts.PageTimeout, Overrun: overrun})
		if err != nil {
			return nil, nil, err
		}
		if d.Published.IsZero() {
			d.Published = known
		}
		doc = d
	}
	// Extraction has already told a page's article from the page around
	// it, sub-headings included, and drops related-story blocks on its
	// own; clean's guesses at headers, crossheads and off-topic paragraphs
	// are for plain text, where nothing marks them.
	arts, dropped := clean.Clean(doc, clean.Options{Single: single, Extracted: page, KeepOffTopic: page})
	if len(arts) == 0 && doc.Title != "" {
		// A headline-only item is still a report of the story.
		arts = []crosscheck.Article{headline(doc)}
	}
	for i := range arts {
		if arts[i].File == "" {
			arts[i].File = doc.Source
		}
	}
	return arts, dropped, nil
}

// headline returns the article of a document that has a title but no text.
func headline(doc crosscheck.Document) crosscheck.Article {
	return crosscheck.Article{
		ID: crosscheck.ArticleID(doc.Source, doc.ID, 1), Record: doc.ID, File: doc.Source, Part: 1, Title: doc.Title, Outlet: doc.Outlet, Authors: doc.Authors,
		Published: doc.Published, URL: doc.URL, Language: doc.Language,
	}
}

// docError names the input of a failed document and, for a record, the
// record.
func docError(doc crosscheck.Document, err error) crosscheck.InputError {
	e := ingest.InputError(doc.Source, err)
	e.File = doc.Source
	if doc.ID != "" {
		e.Error = "record " + doc.ID + ": " + e.Error
	}
	return e
}

// Result is everything a run gives.
type Result struct {
	Articles []crosscheck.Article
	Dropped  []crosscheck.Dropped
	Errors   []crosscheck.InputError
}

// Read is Stream collecting the results in memory, for small inputs.
func Read(ctx context.Context, paths []string, opts Options) (Result, error) {
	var r Result
	err := Stream(ctx, paths, opts, Handler{
		Article: func(a crosscheck.Article) error { r.Articles = append(r.Articles, a); return nil },
		Dropped: func(d crosscheck.Dropped) { r.Dropped = append(r.Dropped, d) },
		Error:   func(e crosscheck.InputError) { r.Errors = append(r.Errors, e) },
	})
	return r, err
}

// Page extracts and cleans one web page, given as its bytes and named by
// name in ids and errors.
func Page(ctx context.Context, name string, html []byte, opts Options) (arts []crosscheck.Article, dropped []crosscheck.Dropped, err error) {
	return Document(ctx, ingest.HTML(name, html, ""), opts)
}

// Document extracts (when it is a web page) and cleans one Document that
// reached crosscheck some other way than through ingest.Walk, such as a
// feed item a watcher fetched, as Stream would. Its articles are numbered
// from 1.
func Document(ctx context.Context, doc crosscheck.Document, opts Options) (arts []crosscheck.Article, dropped []crosscheck.Dropped, err error) {
	name := doc.Source
	defer func() {
		if p := recover(); p != nil {
			arts, dropped = nil, nil
			err = crosscheck.Errorf(crosscheck.Internal, "", name, "panic: %v", p)
		}
	}()
	arts, dropped, err = articles(ctx, doc, opts, nil)
	for i := range arts {
		arts[i].Part = i + 1
	}
	return arts, dropped, err
}
