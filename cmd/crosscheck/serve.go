package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"crosscheck"
	"crosscheck/internal/memstore"
	"crosscheck/pipeline"
	upd "crosscheck/update"
	"crosscheck/web"
)

// Server limits; see newServer.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 2 * time.Minute
	shutdownGrace     = 5 * time.Second
	maxHeaderBytes    = 64 << 10
)

// runServe serves the web app and the API over a store, or over the
// stories of the inputs given, held in memory.
func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve",
		"usage: crosscheck serve [--db FILE | --pg URL] [--addr HOST:PORT] [--token-file FILE]",
		"       crosscheck serve [--addr HOST:PORT] [--token-file FILE] PATH...",
		"\nServes the stories of a store as web pages and a JSON API (see /api/openapi.json).",
		"Given PATHs instead of a store, it reads them, groups and briefs their stories and",
		"serves them from memory until it stops.",
		"\nWrites (POST /api/reports) need the token in --token-file, sent as",
		"\"Authorization: Bearer TOKEN\"; without one, writes are refused.",
		"\n"+pathHelp)
	db := fs.String("db", "", "the store `FILE` (default crosscheck.db when no PATH is given)")
	pg := fs.String("pg", "", "serve the PostgreSQL store at `URL` (postgres://...) that add --pg and the workers fill")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`; the default serves this machine only")
	tokenFile := fs.String("token-file", "", "read the bearer token for writes from `FILE`")
	timeout := fs.Duration("timeout", 10*time.Second, "the longest one request may work")
	in := addInputFlags(fs)
	paths, err := parseFlags(fs, args, 0, -1)
	if err != nil {
		return err
	}
	if (*db != "" || *pg != "") && len(paths) > 0 || *db != "" && *pg != "" {
		fmt.Fprintln(e.stderr, "crosscheck serve: give one of --db, --pg or PATHs")
		return errUsage
	}
	token := ""
	if *tokenFile != "" {
		if token, err = readToken(*tokenFile); err != nil {
			return err
		}
	}
	if *timeout <= 0 {
		fmt.Fprintln(e.stderr, "crosscheck serve: --timeout must be positive")
		return errUsage
	}

	var store crosscheck.Store
	if len(paths) > 0 {
		s := memstore.New(nil)
		if err := loadMemory(ctx, e, s, paths, in.options(e)); err != nil {
			return err
		}
		store = s
	} else if *pg != "" {
		if store, err = openStoreFlags(ctx, "", *pg); err != nil {
			return err
		}
	} else {
		if *db == "" {
			*db = defaultDB
		}
		if store, err = openExisting(ctx, *db); err != nil {
			return err
		}
	}
	defer store.Close()

	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	u := newUpdater(store, *db, log)
	uctx, stopUpdater := context.WithCancel(ctx)
	updaterDone := make(chan struct{})
	go func() {
		defer close(updaterDone)
		u.run(uctx)
	}()
	defer func() {
		stopUpdater()
		<-updaterDone
	}()
	h, err := web.New(web.Config{Store: store, Token: token, RequestTimeout: *timeout, Inputs: in.options(e), Log: log, Added: u.poke})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("--addr %s: %w", *addr, err)
	}
	if host, _, _ := net.SplitHostPort(ln.Addr().String()); !isLoopback(host) {
		fmt.Fprintf(e.stderr, "crosscheck serve: warning: %s is reachable from other machines\n", ln.Addr())
	}
	srv := newServer(ctx, h, log)
	fmt.Fprintf(e.stderr, "crosscheck serve: listening on http://%s/ (writes %s)\n", ln.Addr(), map[bool]string{true: "need the token", false: "disabled"}[token != ""])
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	err = srv.Shutdown(sctx)
	if serr := <-done; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// newServer returns the server of h, with every limit set: a slow or
// stalled client holds a connection only so long. Requests' contexts
// outlive ctx so that shutting down lets them finish.
func newServer(ctx context.Context, h http.Handler, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
}

// openExisting opens the store in file, which must exist: unlike add,
// serve does not create a store, as a missing file is most likely a
// mistyped name.
func openExisting(ctx context.Context, file string) (crosscheck.Store, error) {
	if _, err := os.Stat(file); err != nil {
		return nil, crosscheck.Errorf(crosscheck.NotFound, "open store", file, "no store here (crosscheck add creates one): %w", err)
	}
	return openStore(ctx, file)
}

// readToken reads a bearer token from file: its content, trimmed of
// surrounding space.
func readToken(file string) (string, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("--token-file: %w", err)
	}
	tok := strings.TrimSpace(string(b))
	switch {
	case tok == "":
		return "", fmt.Errorf("--token-file %s is empty", file)
	case len(tok) < 16:
		return "", fmt.Errorf("--token-file %s: the token is too short to guard writes (want 16 characters or more)", file)
	case strings.ContainsAny(tok, " \t\r\n"):
		return "", fmt.Errorf("--token-file %s: the token must be one line without spaces", file)
	}
	return tok, nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// loadMemory reads the inputs into s, groups their articles into stories
// and briefs them, as add does.
func loadMemory(ctx context.Context, e *env, s crosscheck.Store, paths []string, opts pipeline.Options) error {
	sum, err := upd.Run(ctx, s, paths, upd.RunOptions{
		Pipeline: opts,
		Error: func(ie crosscheck.InputError) {
			fmt.Fprintf(e.stderr, "crosscheck serve: %s: %s\n", printable(ie.File), printable(ie.Error))
		},
		Warning: func(ie crosscheck.InputError) {
			fmt.Fprintf(e.stderr, "crosscheck serve: warning: %s: %s\n", printable(ie.File), printable(ie.Error))
		},
	})
	if err != nil {
		return err
	}
	if sum.Read == 0 {
		return errors.New("no articles in the inputs")
	}
	return nil
}

// updater groups the reports posted to the server into stories and
// briefs the stories they change, each time kick fires, until ctx ends.
// With a store file, it takes the store's writer lock first, as add does,
// and when another process holds it tries again a little later.
type updater struct {
	store crosscheck.Store
	db    string // the store file; "" for a store in memory
	log   *slog.Logger
	kick  chan struct{}
	retry time.Duration
	// memos keeps the stories' memory of their last briefing between
	// updates, so that a story one report larger is briefed again at the
	// cost of that report.
	memos *upd.Memos
}

func newUpdater(store crosscheck.Store, db string, log *slog.Logger) *updater {
	return &updater{store: store, db: db, log: log, kick: make(chan struct{}, 1), retry: 5 * time.Second, memos: upd.NewMemos(0)}
}

// poke asks for an update without waiting for it.
func (u *updater) poke() {
	select {
	case u.kick <- struct{}{}:
	default:
	}
}

// run updates on each poke until ctx ends.
func (u *updater) run(ctx context.Context) {
	var again <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-u.kick:
		case <-again:
		}
		again = nil
		if busy := u.update(ctx); busy {
			again = time.After(u.retry)
		}
	}
}

// update groups and briefs once; busy reports that another process holds
// the store's writer lock.
func (u *updater) update(ctx context.Context) (busy bool) {
	if u.db != "" {
		unlock, ok, err := tryLockStore(u.db)
		if err != nil {
			u.log.Error("updating stories", "err", err)
			return false
		}
		if !ok {
			return true
		}
		defer unlock()
	}
	// A store shared with workers (PostgreSQL) is grouped only under its
	// lease; while a worker holds it, the worker groups what was posted.
	epoch, release, err := holdGrouping(ctx, u.store)
	if err != nil {
		if crosscheck.ErrorKind(err) != crosscheck.Conflict {
			u.log.Error("taking the grouping lease", "err", err)
		}
		return true
	}
	defer release()
	if _, err := upd.Group(ctx, u.store, upd.Options{Epoch: epoch}); err != nil {
		u.log.Error("grouping posted reports", "err", err)
		return crosscheck.ErrorKind(err) == crosscheck.Transient
	}
	if _, err := upd.Brief(ctx, u.store, upd.BriefOptions{Memos: u.memos}); err != nil {
		u.log.Error("briefing stories", "err", err)
		return crosscheck.ErrorKind(err) == crosscheck.Transient
	}
	return false
}
