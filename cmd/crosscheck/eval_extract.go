package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"crosscheck"
	"crosscheck/eval"
	"crosscheck/extract"
	"crosscheck/pipeline"

	"github.com/markusmobius/go-trafilatura"
)

// runEvalExtract scores HTML extraction on the article-extraction
// benchmark or a WCXB split: every page goes through the HTML path of
// "crosscheck articles" (extraction, then cleaning) unless --raw asks for
// the extracted text itself. On a WCXB split go-trafilatura alone is
// scored beside it.
func runEvalExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval extract", "usage: crosscheck eval extract --data DIR [--predictions FILE] [--raw] [--fast] [--show date|title|author]")
	data := fs.String("data", "", "benchmark `DIR` (holding ground-truth.json and html/, or WCXB's ground-truth/ and html/)")
	show := fs.String("show", "", "on a WCXB split, list the pages whose `FIELD` (date, title or author) crosscheck gets wrong or misses")
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
		return eval.Extracted{Text: strings.Join(texts, "\n\n"), Title: a.Title, Authors: a.Authors, URL: a.URL, Published: a.Published}, nil
	}
	if *raw || *fast {
		fn = func(ctx context.Context, name string, page []byte) (eval.Extracted, error) {
			doc := crosscheck.Document{Source: name, Format: crosscheck.FormatHTML, Body: string(page)}
			d, err := extract.HTML(ctx, doc, extract.Options{Timeout: *timeout, Fast: *fast})
			if err != nil {
				return eval.Extracted{}, err
			}
			return eval.Extracted{Text: d.Body, Title: d.Title, Authors: d.Authors, URL: d.URL, Published: d.Published}, nil
		}
	}
	if eval.IsWCXB(*data) {
		return evalWCXB(ctx, e, *data, *workers, fn, *show)
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

// trafilaturaAlone is go-trafilatura with its default options, the
// yardstick for what crosscheck's extraction adds.
func trafilaturaAlone(_ context.Context, _ string, page []byte) (eval.Extracted, error) {
	r, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{})
	if err != nil {
		return eval.Extracted{}, err
	}
	ex := eval.Extracted{Text: r.ContentText, Title: r.Metadata.Title, URL: r.Metadata.URL}
	if r.Metadata.Author != "" {
		ex.Authors = []string{r.Metadata.Author}
	}
	if !r.Metadata.Date.IsZero() {
		ex.Published = crosscheck.Date{Time: r.Metadata.Date}
	}
	return ex, nil
}

// evalWCXB scores fn and go-trafilatura alone on a WCXB split and prints
// them side by side.
func evalWCXB(ctx context.Context, e *env, dir string, workers int, fn eval.Extractor, show string) error {
	switch show {
	case "", "date", "title", "author":
	default:
		return fmt.Errorf("eval extract: --show %q: want date, title or author", show)
	}
	start := time.Now()
	ours, err := eval.RunWCXB(ctx, dir, workers, fn)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	base, err := eval.RunWCXB(ctx, dir, workers, trafilaturaAlone)
	if err != nil {
		return err
	}
	for _, r := range ours.Results {
		if r.Err != nil {
			fmt.Fprintf(e.stderr, "crosscheck eval extract: %v\n", r.Err)
		}
	}
	w := e.stdout
	fmt.Fprintf(w, "%-10s %-36s %s\n", "", "crosscheck articles", "go-trafilatura alone")
	fmt.Fprintf(w, "%-10s %-36s %d (%d failed)\n", "pages", fmt.Sprintf("%d (%d failed)", ours.Pages, ours.Failed), base.Pages, base.Failed)
	fmt.Fprintf(w, "%-10s %-36s %.4f\n", "text F1", fmt.Sprintf("%.4f", ours.TextF1), base.TextF1)
	field := func(name string, a, b eval.FieldScore) {
		cell := func(s eval.FieldScore) string {
			return fmt.Sprintf("%.3f %d/%d (%d wrong, %d none)", s.Accuracy(), s.Right, s.Pages, s.Wrong, s.Missing)
		}
		fmt.Fprintf(w, "%-10s %-36s %s\n", name, cell(a), cell(b))
	}
	field("date", ours.Date, base.Date)
	field("title", ours.Title, base.Title)
	field("author", ours.Author, base.Author)
	fmt.Fprintf(w, "time       %.1fs for crosscheck, %.1f pages/s with %d workers\n", elapsed.Seconds(), float64(ours.Pages)/elapsed.Seconds(), workers)
	if show != "" {
		showWCXB(w, show, ours, base)
	}
	return nil
}

// showWCXB lists the pages whose field crosscheck gets wrong or misses,
// with the truth and go-trafilatura's value beside crosscheck's.
func showWCXB(w io.Writer, field string, ours, base *eval.WCXBReport) {
	value := func(r eval.WCXBResult) (truth, got string, ok bool) {
		switch field {
		case "date":
			return r.Page.Published, r.Extracted.Published.String(), r.DateOK
		case "title":
			return r.Page.Title, r.Extracted.Title, r.TitleOK
		}
		return r.Page.Author, strings.Join(r.Extracted.Authors, "; "), r.AuthorOK
	}
	for i, r := range ours.Results {
		truth, got, ok := value(r)
		if truth == "" || ok {
			continue
		}
		_, other, otherOK := value(base.Results[i])
		mark := "wrong"
		if got == "" {
			mark = "none"
		}
		if otherOK {
			mark += ", trafilatura right"
		}
		fmt.Fprintf(w, "\n%s %s (%s)\n  truth        %s\n  crosscheck   %s\n  trafilatura  %s\n", r.Page.ID, r.Page.URL, mark, truth, got, other)
	}
}
