package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"crosscheck"
	"crosscheck/eval"
	"crosscheck/extract"
	"crosscheck/pipeline"
)

// runEvalExtract scores HTML extraction on the article-extraction
// benchmark: every page goes through the HTML path of "crosscheck
// articles" (extraction, then cleaning) unless --raw asks for the
// extracted text itself.
func runEvalExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval extract", "usage: crosscheck eval extract --data DIR [--predictions FILE] [--raw] [--fast]")
	data := fs.String("data", "", "benchmark `DIR` (holding ground-truth.json and html/)")
	predictions := fs.String("predictions", "", "write the predicted texts to `FILE` as {id: {\"articleBody\": text}}")
	raw := fs.Bool("raw", false, "score the extracted text before cleaning")
	fast := fs.Bool("fast", false, "extract without checking trafilatura against a second extractor (implies --raw)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "pages extracted at a time")
	timeout := fs.Duration("timeout", extract.DefaultTimeout, "time limit per page")
	if _, err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *data == "" {
		fs.Usage()
		return errUsage
	}

	fn := func(ctx context.Context, name string, page []byte) (eval.Extracted, error) {
		arts, _, err := pipeline.Page(ctx, name, page, pipeline.Options{PageTimeout: *timeout})
		if err != nil || len(arts) == 0 {
			return eval.Extracted{}, err
		}
		texts := make([]string, len(arts))
		for i, a := range arts {
			texts[i] = a.Text
		}
		a := arts[0]
		return eval.Extracted{Text: strings.Join(texts, "\n\n"), Title: a.Title, URL: a.URL, Published: a.Published}, nil
	}
	if *raw || *fast {
		fn = func(ctx context.Context, name string, page []byte) (eval.Extracted, error) {
			doc := crosscheck.Document{Source: name, Format: crosscheck.FormatHTML, Body: string(page)}
			d, err := extract.HTML(ctx, doc, extract.Options{Timeout: *timeout, Fast: *fast})
			if err != nil {
				return eval.Extracted{}, err
			}
			return eval.Extracted{Text: d.Body, Title: d.Title, URL: d.URL, Published: d.Published}, nil
		}
	}

	start := time.Now()
	rep, err := eval.RunExtract(ctx, *data, *workers, fn)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	for _, r := range rep.Results {
		if r.Err != nil {
			fmt.Fprintf(e.stderr, "crosscheck eval extract: %v\n", r.Err)
		}
	}
	s, m := rep.Score, rep.Metadata
	w := e.stdout
	fmt.Fprintf(w, "pages      %d (%d failed)\n", s.Pages, rep.Failed)
	fmt.Fprintf(w, "F1         %.4f\n", s.F1)
	fmt.Fprintf(w, "precision  %.4f\n", s.Precision)
	fmt.Fprintf(w, "recall     %.4f\n", s.Recall)
	fmt.Fprintf(w, "titles     %d given; %d of %d with a worded URL hold most of its words\n", m.Titled, m.SlugTitles, m.SlugPages)
	fmt.Fprintf(w, "dates      %d given; %d of %d with a date in the URL agree with it\n", m.Dated, m.URLDateAgree, m.URLDatePages)
	fmt.Fprintf(w, "urls       %d given; %d are the page's address\n", m.WithURL, m.URLAgree)
	fmt.Fprintf(w, "time       %.1fs, %.1f pages/s with %d workers\n", elapsed.Seconds(), float64(s.Pages)/elapsed.Seconds(), *workers)

	if *predictions != "" {
		f, err := os.Create(*predictions)
		if err != nil {
			return err
		}
		if err := eval.WriteExtractPredictions(f, rep); err != nil {
			f.Close()
			return fmt.Errorf("write predictions: %w", err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("write predictions: %w", err)
		}
	}
	return nil
}
