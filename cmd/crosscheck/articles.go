package main

import (
	"bufio"
	"context"
	"fmt"

	"crosscheck/pipeline"
	"crosscheck/report"
)

// runArticles prints the clean articles of the inputs, with what was
// dropped from them and the inputs that could not be read.
func runArticles(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "articles",
		"usage: crosscheck articles [--format json|md] [--max-size BYTES] PATH...",
		"\n"+pathHelp)
	format := fs.String("format", "json", "output `format`: json or md")
	in := addInputFlags(fs)
	paths, err := parseFlags(fs, args, 1, -1)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	var aw *report.ArticleWriter
	switch *format {
	case "json":
		aw = report.ArticlesJSON(out)
	case "md", "markdown":
		aw = report.ArticlesMarkdown(out)
	default:
		fmt.Fprintf(e.stderr, "crosscheck articles: unknown format %q (want json or md)\n", *format)
		return errUsage
	}
	failed, err := streamInputs(ctx, e, "articles", paths, in.options(e), pipeline.Handler{
		Article: aw.Article,
		Dropped: aw.Dropped,
		Error:   aw.Error,
	})
	if err != nil {
		return err
	}
	if err := aw.Close(); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return errFailedInputs
	}
	return nil
}
