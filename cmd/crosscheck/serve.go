package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"crosscheck"
	"crosscheck/analyze"
	"crosscheck/cluster"
	"crosscheck/internal/memstore"
	"crosscheck/pipeline"
	"crosscheck/sqlite"
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
		"usage: crosscheck serve [--db FILE] [--addr HOST:PORT] [--token-file FILE]",
		"       crosscheck serve [--addr HOST:PORT] [--token-file FILE] PATH...",
		"\nServes the stories of a store as web pages and a JSON API (see /api/openapi.json).",
		"Given PATHs instead of a store, it reads them, groups and briefs their stories and",
		"serves them from memory until it stops.",
		"\nWrites (POST /api/reports) need the token in --token-file, sent as",
		"\"Authorization: Bearer TOKEN\"; without one, writes are refused.",
		"\n"+pathHelp)
	db := fs.String("db", "", "the store `FILE` (default crosscheck.db when no PATH is given)")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`; the default serves this machine only")
	tokenFile := fs.String("token-file", "", "read the bearer token for writes from `FILE`")
	timeout := fs.Duration("timeout", 10*time.Second, "the longest one request may work")
	in := addInputFlags(fs)
	paths, err := parseFlags(fs, args, 0, -1)
	if err != nil {
		return err
	}
	if *db != "" && len(paths) > 0 {
		fmt.Fprintln(e.stderr, "crosscheck serve: give --db or PATHs, not both")
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
	} else {
		if *db == "" {
			*db = "crosscheck.db"
		}
		if store, err = openStore(ctx, *db); err != nil {
			return err
		}
	}
	defer store.Close()

	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	h, err := web.New(web.Config{Store: store, Token: token, RequestTimeout: *timeout, Log: log})
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

// openStore opens the SQLite store in file. Unlike add, serve does not
// create a store: a missing file is most likely a mistyped name.
func openStore(ctx context.Context, file string) (crosscheck.Store, error) {
	if _, err := os.Stat(file); err != nil {
		return nil, crosscheck.Errorf(crosscheck.NotFound, "open store", file, "no store here (crosscheck add creates one): %w", err)
	}
	return sqlite.Open(ctx, file)
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
// and stores a briefing of each.
func loadMemory(ctx context.Context, e *env, s crosscheck.Store, paths []string, opts pipeline.Options) error {
	res, err := readInputs(ctx, e, "serve", paths, opts)
	if err != nil {
		return err
	}
	if len(res.Articles) == 0 {
		return errors.New("no articles in the inputs")
	}
	g := crosscheck.Grouping{}
	byID := make(map[string]crosscheck.Article, len(res.Articles))
	for _, a := range res.Articles {
		if _, err := s.PutArticle(ctx, a); err != nil {
			return err
		}
		byID[a.ID] = a
		g.Grouped = append(g.Grouped, crosscheck.ArticleVersion{ID: a.ID, Hash: crosscheck.ContentHash(&a)})
	}
	g.Stories = cluster.Group(res.Articles, cluster.DefaultOptions())
	for _, st := range g.Stories {
		g.Events = append(g.Events, crosscheck.StoryEvent{Story: st.ID, Kind: crosscheck.StoryOpened, Article: st.Articles[0]})
	}
	if err := s.SaveGrouping(ctx, g); err != nil {
		return err
	}
	eg, ctx := errgroup.WithContext(ctx)
	eg.SetLimit(runtime.GOMAXPROCS(0))
	for _, st := range g.Stories {
		eg.Go(func() error {
			own := make([]crosscheck.Article, 0, len(st.Articles))
			for _, id := range st.Articles {
				own = append(own, byID[id])
			}
			b, err := analyze.Story(ctx, st, own)
			if err != nil {
				return err
			}
			stored, err := s.Story(ctx, st.ID)
			if err != nil {
				return err
			}
			return s.PutBriefing(ctx, b, stored.Revision)
		})
	}
	return eg.Wait()
}
