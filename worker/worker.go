// Package worker runs crosscheck's stages as handlers of a work queue, so
// that many processes on many machines share one store and one stream of
// reports:
//
//   - extract: a report (a crosscheck.Document) becomes clean articles,
//     stored by id and content hash; any worker, any number at once;
//   - group: the articles no grouping has placed yet join stories; one
//     worker at a time, the one holding the grouping lease, so that a
//     story never splits between two clusterers;
//   - brief: a story that changed is briefed again; any worker.
//
// Every handler commits its effects before its message is acknowledged
// and does no harm when run twice, so a worker may die at any moment. The
// stages themselves are those of one process (packages pipeline, update,
// analyze); this package only wires them to a crosscheck.Queue.
package worker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"crosscheck"
	"crosscheck/ingest"
	"crosscheck/pipeline"
	"crosscheck/update"
)

// The subjects of the work queue.
const (
	Extract = "extract" // a report to extract, clean and store
	Group   = "group"   // a nudge: articles wait to be grouped
	Brief   = "brief"   // a story id to brief
)

// Leaser hands out the grouping lease: postgres.DB is one, Local the one
// of a single process. Acquire fails with Conflict while another holder
// has it; Renew fails with Conflict once the lease has passed on.
type Leaser interface {
	AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (epoch int64, err error)
	RenewLease(ctx context.Context, name, holder string, epoch int64, ttl time.Duration) error
	ReleaseLease(ctx context.Context, name, holder string, epoch int64) error
}

// Options configure a Worker. The zero value is usable.
type Options struct {
	// Holder names this worker as a lease holder; "" means host:pid.
	Holder string
	// LeaseTTL is how long the grouping lease lasts unless renewed; a
	// dead holder's lease passes on after it. 0 means 10s.
	LeaseTTL time.Duration
	// Settle bounds how long grouping waits for the extract queue to
	// drain, so that a burst of reports is grouped in one batch, in
	// publication order, as one process would group it; 0 means 30s.
	Settle time.Duration
	// Group configures the grouping; its Epoch is set from the lease.
	Group update.Options
	// Pipeline configures extraction.
	Pipeline pipeline.Options
	// Concurrency is how many brief messages the worker handles at once,
	// and how many extract messages make a batch on a queue that delivers
	// batches (two batches in flight, extracted on up to GOMAXPROCS
	// goroutines); on other queues, how many extract messages it handles
	// at once. 0 means 1.
	Concurrency int
	// Logf, if set, receives what the worker has to say: lease changes
	// and errors it retries.
	Logf func(format string, args ...any)
}

// Worker handles the work queue's messages against a store.
type Worker struct {
	st     crosscheck.Store
	q      crosscheck.Queue
	leases Leaser
	opts   Options
	// memos keeps the memory of the stories this worker briefed last.
	memos *update.Memos
}

// New returns a Worker on st and q, taking the grouping lease from leases.
func New(st crosscheck.Store, q crosscheck.Queue, leases Leaser, opts Options) *Worker {
	if opts.Holder == "" {
		host, _ := os.Hostname()
		opts.Holder = host + ":" + strconv.Itoa(os.Getpid())
	}
	if opts.LeaseTTL <= 0 {
		opts.LeaseTTL = 10 * time.Second
	}
	if opts.Settle <= 0 {
		opts.Settle = 30 * time.Second
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = 1
	}
	return &Worker{st: st, q: q, leases: leases, opts: opts, memos: update.NewMemos(0)}
}

func (w *Worker) logf(format string, args ...any) {
	if w.opts.Logf != nil {
		w.opts.Logf(format, args...)
	}
}

// Run handles messages until ctx ends: extract and brief always, group
// while the worker holds the grouping lease. It returns nil when ctx ends
// and the queue's error if it fails.
func (w *Worker) Run(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	if bq, ok := w.q.(batchQueue); ok {
		// Two batches in flight, so that one is extracted while the
		// other commits.
		for i := 0; i < 2; i++ {
			g.Go(func() error { return bq.ConsumeBatch(gctx, Extract, w.opts.Concurrency, w.ExtractBatch) })
		}
	} else {
		for i := 0; i < w.opts.Concurrency; i++ {
			g.Go(func() error { return w.q.Consume(gctx, Extract, w.Extract) })
		}
	}
	for i := 0; i < w.opts.Concurrency; i++ {
		g.Go(func() error { return w.q.Consume(gctx, Brief, w.Brief) })
	}
	g.Go(func() error { return w.lead(gctx) })
	err := g.Wait()
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// maxNudges bounds the group messages one grouping answers.
const maxNudges = 1000

// batchQueue is a Queue that hands a consumer the messages waiting, many
// at once, and settles each by its own error (nats.Queue).
type batchQueue interface {
	ConsumeBatch(ctx context.Context, subject string, limit int, handle func(context.Context, []crosscheck.Message) []error) error
}

// report is the message of the extract subject.
type report struct {
	Doc crosscheck.Document `json:"doc"`
	// Index counts the documents before this one in its input file.
	Index int `json:"index"`
}

// PublishDocument puts a report on the queue for a worker to extract;
// index counts the documents before it in its input file (records of a
// JSON file, feed or WARC), so that its article is numbered (Part) as one
// process numbers it. Its message id comes from the report's source,
// record id and content, so that publishing it again is dropped while the
// queue remembers it, and does nothing but a check when it no longer does.
func PublishDocument(ctx context.Context, q crosscheck.Queue, doc crosscheck.Document, index int) error {
	data, err := json.Marshal(report{Doc: doc, Index: index})
	if err != nil {
		return crosscheck.Errorf(crosscheck.Invalid, "publish", doc.Source, "%v", err)
	}
	sum := sha256.Sum256(data)
	return q.Publish(ctx, Extract, data, "doc:"+hex.EncodeToString(sum[:16]))
}

// PublishPaths reads the inputs named by paths (files, directories or
// "-", as ingest.Walk reads them) and publishes each report for a worker
// to extract. Inputs that cannot be read go to onErr. It returns how many
// reports it published.
func PublishPaths(ctx context.Context, q crosscheck.Queue, paths []string, opts ingest.Options, onErr func(crosscheck.InputError)) (int, error) {
	n, index, source := 0, 0, ""
	if onErr == nil {
		onErr = func(crosscheck.InputError) {}
	}
	err := ingest.Walk(ctx, paths, opts, func(doc crosscheck.Document) error {
		if doc.Source != source {
			source, index = doc.Source, 0
		}
		index++
		if err := PublishDocument(ctx, q, doc, index-1); err != nil {
			if k := crosscheck.ErrorKind(err); k == crosscheck.TooLarge || k == crosscheck.Invalid {
				onErr(crosscheck.InputError{File: doc.Source, Error: err.Error()})
				return nil
			}
			return err
		}
		n++
		return nil
	}, onErr)
	return n, err
}

// Extract handles a message of the extract subject: it cleans the report
// into articles and stores each, then asks for grouping. Storing is keyed
// by article id and content hash, so a redelivered report changes
// nothing.
func (w *Worker) Extract(ctx context.Context, m crosscheck.Message) error {
	arts, dropped, err := w.extract(ctx, m)
	if err != nil {
		return err
	}
	if err := w.store(ctx, arts, dropped); err != nil {
		return err
	}
	if len(arts) == 0 {
		return nil
	}
	return w.q.Publish(ctx, Group, nil, "group:"+m.ID)
}

// ExtractBatch handles messages of the extract subject as Extract handles
// each, extracting them at once on up to GOMAXPROCS goroutines and storing
// their articles in one transaction where the store can (postgres.DB), then
// asking once for grouping. It returns the error of each message.
func (w *Worker) ExtractBatch(ctx context.Context, ms []crosscheck.Message) []error {
	type result struct {
		arts    []crosscheck.Article
		dropped [][]crosscheck.Dropped
	}
	res := make([]result, len(ms))
	errs := make([]error, len(ms))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, m := range ms {
		g.Go(func() error {
			res[i].arts, res[i].dropped, errs[i] = w.extract(ctx, m)
			return nil
		})
	}
	g.Wait()
	var arts []crosscheck.Article
	var dropped [][]crosscheck.Dropped
	for i, r := range res {
		if errs[i] == nil {
			arts = append(arts, r.arts...)
			dropped = append(dropped, r.dropped...)
		}
	}
	bs, ok := w.st.(batchStore)
	stored := false
	if ok && len(arts) > 0 {
		_, err := bs.PutArticles(ctx, arts, dropped)
		stored = err == nil
		if err != nil && (ctx.Err() != nil || crosscheck.ErrorKind(err) == crosscheck.Transient) {
			// Every message of the batch comes back; its articles
			// were not stored.
			for i := range errs {
				if errs[i] == nil {
					errs[i] = err
				}
			}
			return errs
		}
	}
	// Without a batch, or where it failed for a reason of its own, each
	// report is stored alone, so that one bad report fails alone.
	nudge := ""
	for i, r := range res {
		if errs[i] != nil || len(r.arts) == 0 {
			continue
		}
		if !stored {
			if errs[i] = w.store(ctx, r.arts, r.dropped); errs[i] != nil {
				continue
			}
		}
		if nudge == "" {
			nudge = "group:" + ms[i].ID
		}
	}
	if nudge == "" {
		return errs
	}
	if err := w.q.Publish(ctx, Group, nil, nudge); err != nil {
		for i, r := range res {
			if errs[i] == nil && len(r.arts) > 0 {
				errs[i] = err
			}
		}
	}
	return errs
}

// batchStore is a Store that stores the articles of many reports in one
// transaction (postgres.DB); dropped[i] is what cleaning dropped from
// arts[i].
type batchStore interface {
	PutArticles(ctx context.Context, arts []crosscheck.Article, dropped [][]crosscheck.Dropped) ([]crosscheck.PutResult, error)
}

// extract cleans the report of m into articles, numbered as one process
// numbers them, and returns them with what cleaning dropped from each.
func (w *Worker) extract(ctx context.Context, m crosscheck.Message) ([]crosscheck.Article, [][]crosscheck.Dropped, error) {
	var r report
	if err := json.Unmarshal(m.Data, &r); err != nil {
		return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "extract", m.ID, "not a report: %v", err)
	}
	arts, dropped, err := pipeline.Document(ctx, r.Doc, w.opts.Pipeline)
	if err != nil {
		return nil, nil, err
	}
	ds := make([][]crosscheck.Dropped, len(arts))
	for i := range arts {
		a := &arts[i]
		for _, d := range dropped {
			if d.Part > 0 && d.Part == a.Part {
				ds[i] = append(ds[i], d)
			}
		}
		if r.Doc.ID != "" {
			// A record holds one report; one process numbers them
			// through the file, counting on each giving one article.
			a.Part = r.Index + i + 1
		}
	}
	return arts, ds, nil
}

// store stores arts, one at a time, each after what cleaning dropped from
// it: a redelivery stores both again with no harm.
func (w *Worker) store(ctx context.Context, arts []crosscheck.Article, dropped [][]crosscheck.Dropped) error {
	for i, a := range arts {
		if len(dropped[i]) > 0 {
			if err := w.st.PutDropped(ctx, a.ID, crosscheck.ContentHash(&a), dropped[i]); err != nil {
				return err
			}
		}
		if _, err := w.st.PutArticle(ctx, a); err != nil {
			return err
		}
	}
	return nil
}

// Brief handles a message of the brief subject: it briefs the story the
// message names. A story since merged is briefed as the story it went
// into; briefing is safe to repeat. A story whose briefing is already of
// its latest revision (briefed for a later message, or for this one
// before a redelivery) is left as it is: a story that changed several
// times before its briefs were handled is briefed once, not once per
// change.
func (w *Worker) Brief(ctx context.Context, m crosscheck.Message) error {
	_, err := update.BriefStaleStory(ctx, w.st, string(m.Data), w.memos)
	if crosscheck.ErrorKind(err) == crosscheck.NotFound {
		return nil
	}
	return err
}

// lead takes the grouping lease whenever it is free and handles the group
// subject while it holds it.
func (w *Worker) lead(ctx context.Context) error {
	for {
		epoch, err := w.leases.AcquireLease(ctx, crosscheck.GroupingLease, w.opts.Holder, w.opts.LeaseTTL)
		switch {
		case ctx.Err() != nil:
			return nil
		case err == nil:
			w.logf("holding the grouping lease at epoch %d", epoch)
			if err := w.hold(ctx, epoch); err != nil {
				return err
			}
			continue
		case crosscheck.ErrorKind(err) != crosscheck.Conflict:
			w.logf("acquire grouping lease: %v", err)
		}
		if pause(ctx, w.opts.LeaseTTL/3) != nil {
			return nil
		}
	}
}

// hold groups while the lease at epoch lasts: it renews the lease, catches
// up with what an earlier holder may have left (articles ungrouped,
// stories not briefed), then handles group messages. It returns when the
// lease is lost or ctx ends, releasing the lease in the second case.
func (w *Worker) hold(ctx context.Context, epoch int64) error {
	lctx, lose := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		w.renew(lctx, lose, epoch)
	}()
	defer func() {
		lose()
		wg.Wait()
	}()

	groupOnce := func(ctx context.Context, sweep bool) error {
		err := w.group(ctx, epoch, sweep)
		if crosscheck.ErrorKind(err) == crosscheck.Conflict {
			w.logf("grouping lease at epoch %d lost: %v", epoch, err)
			lose()
		}
		return err
	}
	// A message delivered again may have grouped and failed before it
	// asked for the briefs: ask for every stale one.
	handle := func(ctx context.Context, m crosscheck.Message) error { return groupOnce(ctx, m.Attempt > 1) }
	// Every extracted batch of reports nudges grouping, and one grouping
	// places all that wait: the nudges waiting are taken together.
	handleBatch := func(ctx context.Context, ms []crosscheck.Message) []error {
		sweep := false
		for _, m := range ms {
			sweep = sweep || m.Attempt > 1
		}
		err := groupOnce(ctx, sweep)
		errs := make([]error, len(ms))
		for i := range errs {
			errs[i] = err
		}
		return errs
	}
	if err := w.group(lctx, epoch, true); err != nil {
		if crosscheck.ErrorKind(err) == crosscheck.Conflict {
			lose()
		}
		if lctx.Err() == nil {
			w.logf("catch up at epoch %d: %v", epoch, err)
		}
	}
	var err error
	if bq, ok := w.q.(batchQueue); ok {
		err = bq.ConsumeBatch(lctx, Group, maxNudges, handleBatch)
	} else {
		err = w.q.Consume(lctx, Group, handle)
	}
	if ctx.Err() != nil {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		_ = w.leases.ReleaseLease(rctx, crosscheck.GroupingLease, w.opts.Holder, epoch)
		return nil
	}
	if lctx.Err() != nil {
		return nil
	}
	return err
}

// renew keeps the lease at epoch until ctx ends, and calls lose when it
// has passed on or could not be renewed for most of its time to live.
func (w *Worker) renew(ctx context.Context, lose func(), epoch int64) {
	ttl := w.opts.LeaseTTL
	renewed := time.Now()
	for pause(ctx, ttl/4) == nil {
		err := w.leases.RenewLease(ctx, crosscheck.GroupingLease, w.opts.Holder, epoch, ttl)
		switch {
		case err == nil:
			renewed = time.Now()
		case ctx.Err() != nil:
			return
		case crosscheck.ErrorKind(err) == crosscheck.Conflict:
			w.logf("grouping lease at epoch %d lost", epoch)
			lose()
			return
		default:
			w.logf("renew grouping lease: %v", err)
			// Stop before the lease may have passed on, leaving a margin
			// for clocks that disagree.
			if time.Since(renewed) > ttl*2/3 {
				lose()
				return
			}
		}
	}
}

// group waits for the extract queue to drain (at most Settle), groups the
// ungrouped articles under epoch and asks for the changed stories to be
// briefed, or for every stale story if sweep is set.
func (w *Worker) group(ctx context.Context, epoch int64, sweep bool) error {
	waiting, err := w.st.Ungrouped(ctx, 1)
	if err != nil {
		return err
	}
	if len(waiting) == 0 && !sweep {
		// A nudge for articles an earlier nudge's grouping placed: every
		// extracted report sends one, and most find nothing to do.
		return nil
	}
	deadline := time.Now().Add(w.opts.Settle)
	for time.Now().Before(deadline) {
		n, err := w.q.Pending(ctx, Extract)
		if err == nil && n == 0 {
			break
		}
		if err := pause(ctx, 50*time.Millisecond); err != nil {
			return err
		}
	}
	var changed []string
	if waiting, err = w.st.Ungrouped(ctx, 1); err != nil {
		return err
	}
	if len(waiting) > 0 {
		opts := w.opts.Group
		opts.Epoch = epoch
		if changed, err = update.Group(ctx, ordered{w.st}, opts); err != nil {
			return err
		}
	}
	if sweep {
		stale, err := w.st.Stale(ctx, 0)
		if err != nil {
			return err
		}
		for _, id := range stale {
			if !slices.Contains(changed, id) {
				changed = append(changed, id)
			}
		}
	}
	// The briefs are asked for a few at once: each is a read and a
	// publish that waits for the queue, and briefing cannot start before
	// they are out.
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(briefAsks)
	for _, id := range changed {
		g.Go(func() error {
			s, err := w.st.Story(gctx, id)
			if crosscheck.ErrorKind(err) == crosscheck.NotFound {
				return nil
			}
			if err != nil {
				return err
			}
			return w.q.Publish(gctx, Brief, []byte(s.ID), fmt.Sprintf("brief:%s:%d", s.ID, s.Revision))
		})
	}
	return g.Wait()
}

// briefAsks bounds the brief messages grouping publishes at once.
const briefAsks = 16

// ordered is a store whose Ungrouped returns each batch in publication
// order (then id), as one process stores a batch: workers store articles
// in whatever order they finish them, and the clusterer should meet them
// in the order it prefers.
type ordered struct{ crosscheck.Store }

func (o ordered) Ungrouped(ctx context.Context, limit int) ([]crosscheck.StoredArticle, error) {
	arts, err := o.Store.Ungrouped(ctx, limit)
	slices.SortStableFunc(arts, func(a, b crosscheck.StoredArticle) int {
		if d := a.Published.Time.Compare(b.Published.Time); d != 0 {
			return d
		}
		return strings.Compare(a.ID, b.ID)
	})
	return arts, err
}

func pause(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Local is the Leaser of one process: the lease is held in memory.
type Local struct {
	mu      sync.Mutex
	holder  string
	epoch   int64
	expires time.Time
}

// AcquireLease implements Leaser.
func (l *Local) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (int64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.holder != "" && l.holder != holder && time.Now().Before(l.expires) {
		return 0, crosscheck.Errorf(crosscheck.Conflict, "acquire lease", name, "lease held by %s", l.holder)
	}
	l.epoch++
	l.holder, l.expires = holder, time.Now().Add(ttl)
	return l.epoch, nil
}

// RenewLease implements Leaser.
func (l *Local) RenewLease(ctx context.Context, name, holder string, epoch int64, ttl time.Duration) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.holder != holder || l.epoch != epoch {
		return crosscheck.Errorf(crosscheck.Conflict, "renew lease", name, "lease lost by %s at epoch %d", holder, epoch)
	}
	l.expires = time.Now().Add(ttl)
	return nil
}

// ReleaseLease implements Leaser.
func (l *Local) ReleaseLease(ctx context.Context, name, holder string, epoch int64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.holder == holder && l.epoch == epoch {
		l.expires = time.Now()
	}
	return nil
}
