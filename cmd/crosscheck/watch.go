package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"crosscheck"
	upd "crosscheck/update"
	"crosscheck/watch"
)

// runWatch polls the feeds listed in a file and adds their new items to
// the store, grouping them into stories and briefing the stories that
// changed, until interrupted, or once with --once.
func runWatch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "watch",
		"usage: crosscheck watch [--db FILE] --feeds FILE [--once] [--every DURATION] [--timeout DURATION] [--private-pages]",
		"\nPolls the RSS, Atom and JSON feeds listed in the feeds file and adds their new items to the store:",
		"they join the stories already there or open new ones, and the stories that changed are briefed again.",
		"An item whose feed carries only a summary is read from its web page, at a public address only unless",
		"--private-pages. Feeds are asked only for what changed (ETag, Last-Modified); a feed that fails is",
		"polled less often, up to every 6 hours, until it recovers. What the watcher remembers of each feed is",
		"kept beside the store, in .FILE.watch.json.",
		"\nThe feeds file lists one http or https URL a line, optionally followed by every=DURATION (10m, 1h);",
		"lines starting with # are comments. Runs until interrupted; with --once, polls the feeds that are due",
		"and exits, for use from cron.")
	db := fs.String("db", defaultDB, "the store `FILE`, created if missing")
	feedsPath := fs.String("feeds", "", "the `FILE` listing the feeds to poll")
	once := fs.Bool("once", false, "poll the feeds that are due once, then exit")
	every := fs.Duration("every", watch.DefaultInterval, "poll a feed that sets no interval every `DURATION`")
	timeout := fs.Duration("timeout", watch.DefaultTimeout, "give up on a feed or page after `DURATION`")
	private := fs.Bool("private-pages", false, "also read item pages at loopback and private addresses (feeds you run yourself)")
	if _, err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *feedsPath == "" {
		fmt.Fprintln(e.stderr, "crosscheck watch: --feeds FILE is required")
		fs.Usage()
		return errUsage
	}
	if *every < watch.MinInterval {
		fmt.Fprintf(e.stderr, "crosscheck watch: --every %s is under the minimum of %s\n", *every, watch.MinInterval)
		return errUsage
	}
	f, err := os.Open(*feedsPath)
	if err != nil {
		return err
	}
	feeds, err := watch.ParseFeeds(*feedsPath, f)
	f.Close()
	if err != nil {
		return err
	}

	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer func() {
		if st != nil {
			st.Close()
		}
	}()
	w, err := watch.New(feeds, storeSink(st, *db, e.stderr), watch.Options{
		StatePath: watchState(*db),
		Interval:  *every,
		Timeout:   *timeout,
		// Feeds name their items' pages; the user named only the feeds.
		AllowPrivatePages: *private,
		UserAgent:         "crosscheck/" + strings.ReplaceAll(versionString(), " ", "-") + " (news feed reader)",
		// What cleaning dropped is kept per article version, so it may be
		// stored before the article, and again with no harm.
		Dropped: func(ctx context.Context, a crosscheck.Article, ds []crosscheck.Dropped) error {
			return st.PutDropped(ctx, a.ID, crosscheck.ContentHash(&a), ds)
		},
	})
	if err != nil {
		return err
	}

	failed := false
	report := func(r watch.Result) {
		for _, p := range r.Problems {
			fmt.Fprintf(e.stderr, "crosscheck watch: warning: %s: %s\n", printable(p.File), printable(p.Error))
		}
		if r.Err != nil {
			failed = true
			fmt.Fprintf(e.stderr, "crosscheck watch: %s; next try %s\n", printable(r.Err.Error()), r.Next.Format(time.RFC3339))
			return
		}
		fmt.Fprintln(e.stdout, printable(resultLine(r)))
	}
	if *once {
		results, err := w.Poll(ctx)
		for _, r := range results {
			if r.Feed != "" {
				report(r)
			}
		}
		if len(results) == 0 && err == nil {
			fmt.Fprintf(e.stdout, "no feed is due; the next is due at %s\n", w.Next().Format(time.RFC3339))
		}
		if err != nil {
			return err
		}
	} else if err := w.Run(ctx, report); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	err, st = st.Close(), nil
	if err != nil {
		return err
	}
	if failed && *once {
		return errFailedInputs
	}
	return nil
}

// storeSink adds a poll's articles to st, oldest first, groups them into
// the stories and briefs the stories that changed, one poll at a time. Each step commits as
// it goes, so the items of a poll interrupted midway are added again on
// the next, with no duplicate.
func storeSink(st crosscheck.Store, db string, w io.Writer) watch.Sink {
	// Feeds are polled a few at once, but only one grouping at a time may
	// continue the clusterer's saved state: two would both place the
	// same articles. The store's lock keeps other processes (add) out
	// while a poll is stored, and only then, so that a watcher that runs
	// for days does not keep them waiting.
	var mu sync.Mutex
	// The stories' memory of their last briefing, kept between polls.
	memos := upd.NewMemos(0)
	return func(ctx context.Context, arts []crosscheck.Article) error {
		mu.Lock()
		defer mu.Unlock()
		unlock, err := lockStore(db, w)
		if err != nil {
			return err
		}
		defer unlock()
		arts = slices.Clone(arts)
		slices.SortStableFunc(arts, func(a, b crosscheck.Article) int {
			if d := a.Published.Time.Compare(b.Published.Time); d != 0 {
				return d
			}
			return strings.Compare(a.ID, b.ID)
		})
		if _, err := upd.Add(ctx, st, arts); err != nil {
			return err
		}
		if _, err := upd.Group(ctx, st, upd.Options{}); err != nil {
			return err
		}
		_, err = upd.Brief(ctx, st, upd.BriefOptions{Memos: memos})
		return err
	}
}

// watchState returns the path of the watcher's state beside the store db,
// hidden so that a walk of the directory passes over it.
func watchState(db string) string {
	return filepath.Join(filepath.Dir(db), "."+filepath.Base(db)+".watch.json")
}

// resultLine says what one poll of a feed did.
func resultLine(r watch.Result) string {
	if r.NotModified {
		return r.Feed + ": not modified"
	}
	line := fmt.Sprintf("%s: %s, %d new, %s added", r.Feed, plural(r.Items, "item"), r.New, plural(r.Added, "article"))
	if r.Pages > 0 {
		line += " (" + plural(r.Pages, "page") + " read)"
	}
	return line
}

// plural writes n with noun, adding an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
