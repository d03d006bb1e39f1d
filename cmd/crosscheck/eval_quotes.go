package main

import (
	"context"
	"fmt"
	"sort"

	"crosscheck/eval"
)

// runEvalQuotes scores quote speakers on a BASIL-format dataset: the share
// of annotated quotations of named people whose span we find inside a
// quotation with a speaker that carries the person's surname.
func runEvalQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval quotes", "usage: crosscheck eval quotes --data DIR [-v]")
	data := fs.String("data", "", "dataset `DIR` holding articles/ and annotations/ (BASIL format)")
	verbose := fs.Bool("v", false, "list every case scored wrong")
	if _, err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *data == "" {
		fs.Usage()
		return errUsage
	}
	set, err := eval.LoadBASILQuotes(*data)
	if err != nil {
		return err
	}
	sc, err := eval.ScoreQuotes(ctx, set)
	if err != nil {
		return err
	}
	w := e.stdout
	fmt.Fprintf(w, "articles: %d, quotation annotations: %d\n", sc.Articles, sc.Annotated)
	reasons := make([]string, 0, len(sc.Excluded))
	for r := range sc.Excluded {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(w, "excluded: %d (%s)\n", sc.Excluded[r], r)
	}
	fmt.Fprintf(w, "speaker accuracy on named people: %.3f (%d of %d)\n", sc.Accuracy(), sc.Right, sc.Named)
	for _, why := range []string{eval.MissNotInQuote, eval.MissWrongSpeaker, eval.MissNoSpeaker} {
		fmt.Fprintf(w, "  %-16s %d\n", why+":", sc.Count(why))
	}
	if *verbose {
		for _, m := range sc.Misses {
			got := ""
			if m.Got != "" {
				got = fmt.Sprintf(" got %q", m.Got)
			}
			fmt.Fprintf(w, "%s: %s (want %s%s): %q\n", m.Case.Article, m.Why, m.Case.Speaker, got, m.Case.Text)
		}
	}
	return nil
}
