package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"crosscheck"
	"crosscheck/ingest"
	"crosscheck/pipeline"
)

// pathHelp explains the PATH arguments of the commands that read inputs.
const pathHelp = "PATH is a file, a directory (read recursively) or - for standard input."

// inputFlags are the flags of every command that reads inputs.
type inputFlags struct {
	maxSize byteSize
}

// addInputFlags defines the input flags on fs.
func addInputFlags(fs *flag.FlagSet) *inputFlags {
	in := &inputFlags{maxSize: ingest.DefaultMaxSize}
	fs.Var(&in.maxSize, "max-size", "refuse inputs larger than `BYTES` (suffixes K, M, G; WARC archives and JSON Lines are streamed and exempt)")
	return in
}

// options returns the pipeline options the flags ask for.
func (in *inputFlags) options(e *env) pipeline.Options {
	return pipeline.Options{MaxSize: int64(in.maxSize), Stdin: e.stdin}
}

// byteSize is a size in bytes given as a number with an optional K, M or G
// suffix (powers of 1024; a trailing B is allowed: 50MB).
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(s string) error {
	t := strings.TrimSuffix(strings.ToUpper(strings.TrimSpace(s)), "B")
	mult := int64(1)
	if n := len(t); n > 0 {
		switch t[n-1] {
		case 'K':
			mult, t = 1<<10, t[:n-1]
		case 'M':
			mult, t = 1<<20, t[:n-1]
		case 'G':
			mult, t = 1<<30, t[:n-1]
		}
	}
	v, err := strconv.ParseInt(t, 10, 64)
	if err != nil || v <= 0 || v > (1<<62)/mult {
		return fmt.Errorf("invalid size %q", s)
	}
	*b = byteSize(v * mult)
	return nil
}

// parseArgs parses fs's flags wherever they stand among the arguments and
// returns the others, so that "articles DIR --format md" works too. A "--"
// ends the flags.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		if len(left) == 0 {
			return rest, nil
		}
		// Parse stops at the first argument that is no flag, or after "--".
		if i := len(args) - len(left); i > 0 && args[i-1] == "--" {
			return append(rest, left...), nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

// streamInputs runs the pipeline over paths, passing its results to h and
// naming every input that fails on e.stderr as "crosscheck CMD: FILE:
// ERROR", and every path passed over as "crosscheck CMD: warning: PATH:
// WHY", with what a terminal would act on escaped. It returns the number
// of failed inputs and an error only when the run could not finish.
func streamInputs(ctx context.Context, e *env, cmd string, paths []string, opts pipeline.Options, h pipeline.Handler) (int, error) {
	failed := 0
	report, warn := h.Error, h.Warning
	h.Error = func(ie crosscheck.InputError) {
		failed++
		fmt.Fprintf(e.stderr, "crosscheck %s: %s: %s\n", cmd, printable(ie.File), printable(ie.Error))
		if report != nil {
			report(ie)
		}
	}
	h.Warning = func(ie crosscheck.InputError) {
		fmt.Fprintf(e.stderr, "crosscheck %s: warning: %s: %s\n", cmd, printable(ie.File), printable(ie.Error))
		if warn != nil {
			warn(ie)
		}
	}
	paths = dropURLs(paths, h.Error)
	err := pipeline.Stream(ctx, paths, opts, h)
	return failed, err
}

// errURLInput explains why a URL given as an input is not read.
const errURLInput = "URLs are not read as inputs; use crosscheck watch --feeds FILE for feeds, or save the page and give its file"

// dropURLs returns paths without the http and https URLs among them, each
// of which is reported to fail: fetching pages is watch's work, and a URL
// would otherwise fail as a missing file. A file that really has such a
// name is kept.
func dropURLs(paths []string, fail func(crosscheck.InputError)) []string {
	kept := paths[:0:0]
	for _, p := range paths {
		lower := strings.ToLower(p)
		if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
			if _, err := os.Stat(p); err != nil {
				fail(crosscheck.InputError{File: p, Error: errURLInput})
				continue
			}
		}
		kept = append(kept, p)
	}
	return kept
}

// readInputs is streamInputs collecting the results in memory.
func readInputs(ctx context.Context, e *env, cmd string, paths []string, opts pipeline.Options) (pipeline.Result, error) {
	var r pipeline.Result
	_, err := streamInputs(ctx, e, cmd, paths, opts, pipeline.Handler{
		Article: func(a crosscheck.Article) error { r.Articles = append(r.Articles, a); return nil },
		Dropped: func(d crosscheck.Dropped) { r.Dropped = append(r.Dropped, d) },
		Error:   func(ie crosscheck.InputError) { r.Errors = append(r.Errors, ie) },
	})
	return r, err
}
