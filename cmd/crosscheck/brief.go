package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"golang.org/x/sync/errgroup"

	"crosscheck"
	"crosscheck/analyze"
	"crosscheck/cluster"
	"crosscheck/pipeline"
	"crosscheck/report"
)

// runBrief reads the inputs, groups their articles into stories and writes
// a cross-checked briefing per story.
func runBrief(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "brief",
		"usage: crosscheck brief [--format md|json|html] [--out FILE] [--quiet] [--max-size BYTES] [--analysis-budget DURATION] PATH...",
		"\nGroups the articles of the inputs into stories and writes a cross-checked briefing per story.",
		pathHelp)
	format := fs.String("format", "md", "output `format`: md, json or html")
	outPath := fs.String("out", "", "write to `FILE` instead of standard output")
	budget := fs.Duration("analysis-budget", analyze.DefaultReportBudget,
		"time the analysis of one report may take; a report over it is left out and listed in errors")
	quiet := fs.Bool("quiet", false, "show no progress bar")
	in := addInputFlags(fs)
	paths, err := parseFlags(fs, args, 1, -1)
	if err != nil {
		return err
	}
	newWriter, ok := map[string]func(io.Writer) *report.Writer{
		"md":       report.MarkdownWriter,
		"markdown": report.MarkdownWriter,
		"json":     report.JSONWriter,
		"html":     report.HTMLWriter,
	}[*format]
	if !ok {
		fmt.Fprintf(e.stderr, "crosscheck brief: unknown format %q (want md, json or html)\n", *format)
		return errUsage
	}

	if *outPath != "" {
		if err := checkOutput(*outPath, paths); err != nil {
			return err
		}
	}
	bar := newProgress(e, *quiet)
	total := 0
	if bar.on {
		total = countInputs(paths)
	}
	// The articles wait on disk, not in memory, for their stories.
	batch, err := pipeline.NewBatch("", cluster.DefaultOptions())
	if err != nil {
		return err
	}
	defer batch.Close()
	var res pipeline.Result
	files, file := 0, ""
	msg := &env{stdin: e.stdin, stdout: e.stdout, stderr: bar}
	_, err = streamInputs(ctx, msg, "brief", paths, in.options(e), pipeline.Handler{
		Article: func(a crosscheck.Article) error {
			if a.File != file || files == 0 {
				file = a.File
				files++
			}
			if err := batch.Add(a); err != nil {
				return err
			}
			bar.show("reading", files, max(total, files), fmt.Sprintf("%d reports", batch.Len()), false)
			return nil
		},
		Dropped: func(d crosscheck.Dropped) { res.Dropped = append(res.Dropped, d) },
		Error: func(ie crosscheck.InputError) {
			files++
			res.Errors = append(res.Errors, ie)
		},
	})
	if err != nil {
		bar.clear()
		return err
	}
	if *outPath != "" && batch.Len() == 0 && len(res.Errors) > 0 {
		// A briefing of nothing must not replace one that may be there.
		fmt.Fprintf(e.stderr, "crosscheck brief: every input failed; %s not written\n", printable(*outPath))
		return errFailedInputs
	}
	// Each story's briefing is written as soon as the stories before it
	// are, and then forgotten.
	errs := res.Errors
	err = writeOutput(e, *outPath, func(w io.Writer) error {
		rw := newWriter(w)
		err := briefStories(ctx, batch, analyze.Options{ReportBudget: *budget}, func(done, total int) {
			bar.show("briefing", done, total, "stories", done == total)
		}, func(s *crosscheck.StoryBriefing) error {
			// A report left out of its story's analysis failed as an
			// input did.
			for _, c := range s.Cuts {
				if c.Excluded {
					a, _, err := batch.Article(c.Article)
					if err != nil {
						return err
					}
					errs = append(errs, crosscheck.InputError{File: a.File, Error: c.Reason})
					fmt.Fprintf(bar, "crosscheck brief: %s: %s\n", printable(a.File), c.Reason)
				}
			}
			return rw.Story(s)
		})
		bar.clear()
		if err != nil {
			return err
		}
		return rw.Close(res.Dropped, errs)
	})
	if err != nil {
		return err
	}
	if len(errs) > 0 {
		return errFailedInputs
	}
	return nil
}

// briefStories groups the articles of arts into stories, analyses each,
// a few at a time, and passes the briefings to emit in the stories' order,
// from one goroutine. A story's articles are read back from arts when its
// analysis starts, and its briefing is dropped once emitted: memory holds
// the stories being analysed and those waiting for an earlier one. progress,
// if set, is called with the stories emitted so far and their number.
func briefStories(ctx context.Context, arts *pipeline.Batch, o analyze.Options, progress func(done, total int), emit func(*crosscheck.StoryBriefing) error) error {
	stories, err := arts.Stories(ctx)
	if err != nil {
		return err
	}
	if progress != nil {
		progress(0, len(stories))
	}
	workers := runtime.GOMAXPROCS(0)
	g, ctx := errgroup.WithContext(ctx)
	// Briefings wait in story order; the queue's capacity bounds the
	// stories in flight.
	queue := make(chan chan crosscheck.StoryBriefing, 2*workers)
	g.Go(func() error {
		defer close(queue)
		pool, ctx := errgroup.WithContext(ctx)
		pool.SetLimit(workers)
		for _, s := range stories {
			c := make(chan crosscheck.StoryBriefing, 1)
			select {
			case queue <- c:
			case <-ctx.Done():
				return pool.Wait()
			}
			pool.Go(func() error {
				own, err := arts.Articles(s)
				if err != nil {
					return err
				}
				b, err := analyze.StoryWith(ctx, s, own, o)
				if err != nil {
					return err
				}
				c <- b
				return nil
			})
		}
		return pool.Wait()
	})
	g.Go(func() error {
		done := 0
		for c := range queue {
			select {
			case b := <-c:
				if err := emit(&b); err != nil {
					return err
				}
			case <-ctx.Done():
				return ctx.Err()
			}
			done++
			if progress != nil {
				progress(done, len(stories))
			}
		}
		return nil
	})
	return g.Wait()
}

// writeOutput calls write with standard output, or with the file at path
// when path is set, and reports any error of writing or closing. A file is
// written whole or not at all: to a temporary file beside it, renamed over
// it once complete, so that a failed write leaves any earlier file intact
// and no truncated one.
func writeOutput(e *env, path string, write func(io.Writer) error) error {
	if path == "" {
		w := bufio.NewWriter(e.stdout)
		if err := write(w); err != nil {
			return err
		}
		return w.Flush()
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		// A link to the output is kept, and the file it names replaced.
		path = real
	}
	mode := os.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if !info.Mode().IsRegular() {
			return fmt.Errorf("%s is not a regular file", path)
		}
		mode = info.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	w := bufio.NewWriter(f)
	if err := write(w); err != nil {
		return fail(err)
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	if err := f.Chmod(mode); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// checkOutput refuses an output file that the run would read as an input:
// one of paths, or inside a directory among them. Written over, the input
// would be lost; written into a directory being read, it would be read
// back as a report on the next run.
func checkOutput(out string, paths []string) error {
	info, err := os.Stat(out)
	if err != nil {
		// A file that does not exist yet is no input of this run.
		return nil
	}
	outAbs, err := filepath.Abs(out)
	if err != nil {
		return nil
	}
	if real, err := filepath.EvalSymlinks(outAbs); err == nil {
		outAbs = real
	}
	for _, p := range paths {
		if p == "-" {
			continue
		}
		pi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if os.SameFile(info, pi) {
			return fmt.Errorf("--out %s is one of the inputs; refusing to write over it", out)
		}
		if !pi.IsDir() {
			continue
		}
		dir, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			dir = real
		}
		if rel, err := filepath.Rel(dir, outAbs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return fmt.Errorf("--out %s is inside the input directory %s; refusing to write over it", out, p)
		}
	}
	return nil
}
