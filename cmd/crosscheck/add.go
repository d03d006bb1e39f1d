package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"crosscheck"
	"crosscheck/sqlite"
	upd "crosscheck/update"
)

// defaultDB is the store add uses when --db is not given.
const defaultDB = "crosscheck.db"

// openStore opens the store at path, creating it if need be.
func openStore(ctx context.Context, path string) (crosscheck.Store, error) {
	return sqlite.Open(ctx, path)
}

// runAdd stores the inputs' reports, groups the new ones into the stories
// of the store and briefs the stories that changed.
func runAdd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "add",
		"usage: crosscheck add [--db FILE | --pg URL [--nats URL]] [--quiet] [--batch N] [--max-size BYTES] PATH...",
		"\nAdds the reports of the inputs to the store: new reports join the stories already there or open new ones,",
		"a changed report becomes a new version, a report added again changes nothing, and only the stories",
		"that changed are briefed again. Prints what it did on one line.",
		pathHelp)
	db := fs.String("db", defaultDB, "the store `FILE`, created if missing")
	quiet := fs.Bool("quiet", false, "show no progress bar")
	batch := fs.Int("batch", upd.DefaultBatch, "store and group `N` reports per step; a killed run loses at most one step")
	in := addInputFlags(fs)
	sf := addScaleFlags(fs)
	paths, err := parseFlags(fs, args, 1, -1)
	if err != nil {
		return err
	}
	paths = absPaths(paths)
	if *sf.nats != "" {
		return addToQueue(ctx, e, sf, paths, in)
	}
	if *sf.pg == "" {
		unlock, err := lockStore(*db, e.stderr)
		if err != nil {
			return err
		}
		defer unlock()
		if err := removeEmptyStore(*db); err != nil {
			return err
		}
	}
	st, err := openStoreFlags(ctx, *db, *sf.pg)
	if err != nil {
		return err
	}
	defer func() {
		if st != nil {
			st.Close()
		}
	}()
	epoch, release, err := holdGrouping(ctx, st)
	if err != nil {
		return err
	}
	defer release()

	bar := newProgress(e, *quiet)
	total := 0
	if bar.on {
		total = countInputs(paths)
	}
	// Messages go through the bar, which gives them the line.
	msg := &env{stdin: e.stdin, stdout: e.stdout, stderr: bar}
	pl := in.options(e)
	pl.Skip = storeFiles(*db)
	opts := upd.RunOptions{
		Options:  upd.Options{Batch: *batch, Epoch: epoch},
		Pipeline: pl,
		Progress: func(p upd.Progress) {
			switch p.Phase {
			case upd.Reading:
				bar.show("reading", p.Files, max(total, p.Files), fmt.Sprintf("%d reports, %d stories updated", p.Read, p.Stories), false)
			case upd.Briefing:
				bar.show("briefing", p.Briefed, p.ToBrief, "stories", p.Briefed == p.ToBrief)
			}
		},
		Error: func(ie crosscheck.InputError) {
			fmt.Fprintf(msg.stderr, "crosscheck add: %s: %s\n", printable(ie.File), printable(ie.Error))
		},
		Warning: func(ie crosscheck.InputError) {
			fmt.Fprintf(msg.stderr, "crosscheck add: warning: %s: %s\n", printable(ie.File), printable(ie.Error))
		},
	}
	sum, err := upd.Run(ctx, st, paths, opts)
	bar.clear()
	fmt.Fprintln(e.stdout, addSummary(sum))
	if err != nil {
		return err
	}
	release()
	err, st = st.Close(), nil
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return errFailedInputs
	}
	return nil
}

// removeEmptyStore removes the store file db if it is empty and has no
// write-ahead log: what a run killed while creating the store leaves. It
// holds nothing, and the store refuses an empty file, so that the next run
// could not start without it.
func removeEmptyStore(db string) error {
	info, err := os.Stat(db)
	if err != nil || !info.Mode().IsRegular() || info.Size() > 0 {
		return nil
	}
	if wal, err := os.Stat(db + "-wal"); err == nil && wal.Size() > 0 {
		return nil
	}
	if err := os.Remove(db); err != nil {
		return fmt.Errorf("removing the empty store %s: %w", db, err)
	}
	return nil
}

// storeFiles returns a test for the files of the store at db (the
// database, its write-ahead log, its shared memory and its lock), which a walk of a
// directory that holds the store passes over.
func storeFiles(db string) func(path string) bool {
	abs, err := filepath.Abs(db)
	if err != nil {
		return nil
	}
	base := filepath.Base(abs)
	return func(path string) bool {
		if !strings.HasPrefix(filepath.Base(path), base) {
			return false
		}
		p, err := filepath.Abs(path)
		if err != nil {
			return false
		}
		for _, suffix := range []string{"", "-wal", "-shm", "-journal", ".lock"} {
			if p == abs+suffix {
				return true
			}
		}
		return false
	}
}

// addSummary is the line add prints.
func addSummary(s upd.Summary) string {
	line := fmt.Sprintf("%d reports: %d added, %d new versions, %d unchanged", s.Read, s.Added, s.NewVersions, s.Unchanged)
	if s.Failed > 0 {
		line += fmt.Sprintf(", %d inputs failed", s.Failed)
	}
	return line + fmt.Sprintf("; stories: %d opened, %d updated; %d briefed", s.Opened, s.Updated, s.Briefed)
}

// absPaths names each input by its absolute path, so that the ids of its
// reports (crosscheck.ArticleID of the path) do not depend on the working
// directory or on how the path was written: adding ./news and then
// /home/me/news adds nothing twice. Standard input and URLs stay as given.
func absPaths(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = p
		if p == "-" || strings.Contains(p, "://") {
			continue
		}
		if abs, err := filepath.Abs(p); err == nil {
			out[i] = abs
		}
	}
	return out
}
