package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"crosscheck"
	"crosscheck/ingest"
	"crosscheck/nats"
	"crosscheck/postgres"
	"crosscheck/worker"
)

// scaleFlags are the flags that put a command on PostgreSQL and NATS.
type scaleFlags struct {
	pg, nats, queue *string
}

// addScaleFlags defines --pg, --nats and --queue on fs.
func addScaleFlags(fs *flag.FlagSet) scaleFlags {
	return scaleFlags{
		pg:    fs.String("pg", "", "use the PostgreSQL store at `URL` (postgres://...) instead of a SQLite file"),
		nats:  fs.String("nats", "", "hand the work to workers over NATS JetStream at `URL` (nats://...)"),
		queue: fs.String("queue", "crosscheck", "the `NAME` of the work queue on NATS: its streams and subjects"),
	}
}

// openStoreFlags opens the PostgreSQL store at pg if it is given, else
// the SQLite store at db.
func openStoreFlags(ctx context.Context, db, pg string) (crosscheck.Store, error) {
	if pg != "" {
		return postgres.Open(ctx, pg, postgres.Options{})
	}
	return openStore(ctx, db)
}

// openQueue opens the work queue name on the NATS server at url.
func openQueue(ctx context.Context, url, name string) (*nats.Queue, error) {
	if name == "" || strings.ContainsAny(name, " .*>\t") {
		return nil, crosscheck.Errorf(crosscheck.Invalid, "open queue", name, "a queue name is letters, digits, - and _")
	}
	return nats.Open(ctx, url, nats.Options{Stream: strings.ToUpper(strings.ReplaceAll(name, "-", "_")), Prefix: name})
}

// holdGrouping takes the grouping lease of a store that keeps one
// (PostgreSQL) for a command that groups in its own process, and keeps it
// until release is called, which must be before the store closes:
// workers and the command then never group at once. release may be called
// twice. It returns epoch 0 and nothing to release for other stores.
func holdGrouping(ctx context.Context, st crosscheck.Store) (epoch int64, release func(), err error) {
	leases, ok := st.(worker.Leaser)
	if !ok {
		return 0, func() {}, nil
	}
	host, _ := os.Hostname()
	holder := fmt.Sprintf("add@%s:%d", host, os.Getpid())
	const ttl = 30 * time.Second
	epoch, err = leases.AcquireLease(ctx, crosscheck.GroupingLease, holder, ttl)
	if crosscheck.ErrorKind(err) == crosscheck.Conflict {
		return 0, nil, fmt.Errorf("%w: stop the workers, or add with --nats to hand them the reports", err)
	}
	if err != nil {
		return 0, nil, err
	}
	rctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(ttl / 4)
		defer t.Stop()
		for {
			select {
			case <-rctx.Done():
				return
			case <-t.C:
				// A renewal that fails shows up as a Conflict when the
				// grouping is saved.
				_ = leases.RenewLease(rctx, crosscheck.GroupingLease, holder, epoch, ttl)
			}
		}
	}()
	var once sync.Once
	return epoch, func() {
		once.Do(func() {
			stop()
			<-done
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
			defer cancel()
			_ = leases.ReleaseLease(cctx, crosscheck.GroupingLease, holder, epoch)
		})
	}, nil
}

// addToQueue is add --nats: it publishes the inputs' reports for the
// workers, and returns once the queue holds them.
func addToQueue(ctx context.Context, e *env, sf scaleFlags, paths []string, in *inputFlags) error {
	if *sf.pg != "" {
		// Opening the store migrates it before the workers need it.
		st, err := postgres.Open(ctx, *sf.pg, postgres.Options{})
		if err != nil {
			return err
		}
		st.Close()
	}
	q, err := openQueue(ctx, *sf.nats, *sf.queue)
	if err != nil {
		return err
	}
	defer q.Close()
	failed := 0
	n, err := worker.PublishPaths(ctx, q, paths, ingest.Options{MaxSize: int64(in.maxSize), Stdin: e.stdin}, func(ie crosscheck.InputError) {
		failed++
		fmt.Fprintf(e.stderr, "crosscheck add: %s: %s\n", printable(ie.File), printable(ie.Error))
	})
	fmt.Fprintf(e.stdout, "%d reports published\n", n)
	if err != nil {
		return err
	}
	if failed > 0 {
		return errFailedInputs
	}
	return nil
}

// runWorker is crosscheck worker: it handles the work queue until it is
// interrupted.
func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "worker",
		"usage: crosscheck worker --pg URL --nats URL [--queue NAME] [--concurrency N] [--holder NAME]",
		"\nHandles the work that crosscheck add --nats publishes: extracts reports into the PostgreSQL store,",
		"groups them into stories while it holds the grouping lease, and briefs the stories that changed.",
		"Run as many as you like, on as many machines; stop one with an interrupt.")
	sf := addScaleFlags(fs)
	// Handlers wait on the database and the queue as much as they
	// compute, so a worker keeps several per CPU going.
	conc := fs.Int("concurrency", 4*runtime.NumCPU(), "reports and stories handled at once by this worker (`N` of each)")
	holder := fs.String("holder", "", "the `NAME` this worker holds the grouping lease under (default host:pid)")
	settle := fs.Duration("settle", 30*time.Second, "how long grouping waits at most for the reports being extracted, so that a burst is grouped at once")
	verbose := fs.Bool("v", false, "say when the lease changes hands and which errors are retried")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of this worker to `file` when it stops")
	if _, err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *sf.pg == "" || *sf.nats == "" {
		fmt.Fprintln(e.stderr, "crosscheck worker: --pg and --nats are required")
		return errUsage
	}
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	db, err := postgres.Open(ctx, *sf.pg, postgres.Options{Name: "crosscheck worker"})
	if err != nil {
		return err
	}
	defer db.Close()
	q, err := openQueue(ctx, *sf.nats, *sf.queue)
	if err != nil {
		return err
	}
	defer q.Close()
	opts := worker.Options{Holder: *holder, Concurrency: *conc, Settle: *settle}
	if *verbose {
		opts.Logf = func(format string, args ...any) {
			fmt.Fprintf(e.stderr, "%s crosscheck worker: %s\n", time.Now().Format(time.TimeOnly), printable(fmt.Sprintf(format, args...)))
		}
	}
	return worker.New(db, q, db, opts).Run(ctx)
}
