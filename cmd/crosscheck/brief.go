package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"

	"golang.org/x/sync/errgroup"

	"crosscheck"
	"crosscheck/analyze"
	"crosscheck/cluster"
	"crosscheck/report"
)

// runBrief reads the inputs, groups their articles into stories and writes
// a cross-checked briefing per story.
func runBrief(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "brief",
		"usage: crosscheck brief [--format md|json|html] [--out FILE] [--max-size BYTES] PATH...",
		"\nGroups the articles of the inputs into stories and writes a cross-checked briefing per story.",
		pathHelp)
	format := fs.String("format", "md", "output `format`: md, json or html")
	outPath := fs.String("out", "", "write to `FILE` instead of standard output")
	in := addInputFlags(fs)
	paths, err := parseFlags(fs, args, 1, -1)
	if err != nil {
		return err
	}
	render, ok := map[string]func(io.Writer, *crosscheck.Briefing) error{
		"md":       report.Markdown,
		"markdown": report.Markdown,
		"json":     report.JSON,
		"html":     report.HTML,
	}[*format]
	if !ok {
		fmt.Fprintf(e.stderr, "crosscheck brief: unknown format %q (want md, json or html)\n", *format)
		return errUsage
	}

	res, err := readInputs(ctx, e, "brief", paths, in.options(e))
	if err != nil {
		return err
	}
	b := &crosscheck.Briefing{Dropped: res.Dropped, Errors: res.Errors}
	b.Stories, err = briefStories(ctx, res.Articles)
	if err != nil {
		return err
	}

	if err := writeOutput(e, *outPath, func(w io.Writer) error { return render(w, b) }); err != nil {
		return err
	}
	if len(res.Errors) > 0 {
		return errFailedInputs
	}
	return nil
}

// briefStories groups arts into stories and analyses each, a few at a
// time, keeping the stories' order.
func briefStories(ctx context.Context, arts []crosscheck.Article) ([]crosscheck.StoryBriefing, error) {
	stories := cluster.Group(arts, cluster.DefaultOptions())
	// Each story gets only its own articles, picked through one index, so
	// that the work grows with the articles and not with stories × articles.
	byID := make(map[string]int, len(arts))
	for i, a := range arts {
		if _, ok := byID[a.ID]; !ok {
			byID[a.ID] = i
		}
	}
	out := make([]crosscheck.StoryBriefing, len(stories))
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, s := range stories {
		own := make([]crosscheck.Article, 0, len(s.Articles))
		for _, id := range s.Articles {
			if j, ok := byID[id]; ok {
				own = append(own, arts[j])
			}
		}
		g.Go(func() error {
			out[i] = analyze.Story(ctx, s, own)
			return ctx.Err()
		})
	}
	return out, g.Wait()
}

// writeOutput calls write with standard output, or with the file at path
// when path is set, and reports any error of writing or closing.
func writeOutput(e *env, path string, write func(io.Writer) error) error {
	if path == "" {
		w := bufio.NewWriter(e.stdout)
		if err := write(w); err != nil {
			return err
		}
		return w.Flush()
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := write(w); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
