package main

import (
	"context"
	"fmt"
	"strings"

	"crosscheck"
	"crosscheck/analyze"
	"crosscheck/eval"
)

// runEvalSummary scores briefing summaries on a roundup dataset (AllSides):
// each story's leads are briefed together and the summary's text is scored
// against the editors' summary with ROUGE-1/2 F1, as written and cut to the
// reference's length, beside two extractive baselines; crosscheck also on
// each half of the stories.
func runEvalSummary(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval summary", "usage: crosscheck eval summary --data DIR [-v]",
		"\nScores summaries against reference summaries (val.source, val.target) with ROUGE-1/2 F1.")
	data := fs.String("data", "", "roundup dataset `DIR` holding val.source and val.target")
	verbose := fs.Bool("v", false, "print each story's summary and reference")
	if _, err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *data == "" {
		fs.Usage()
		return errUsage
	}
	stories, err := eval.LoadRoundups(*data)
	if err != nil {
		return err
	}
	brief := func(arts []crosscheck.Article) string {
		b, err := analyze.Story(ctx, crosscheck.Story{}, arts)
		if err != nil {
			// Only a canceled run stops a briefing; the caller sees ctx.
			return ""
		}
		parts := make([]string, 0, len(b.Summary))
		for _, c := range b.Summary {
			parts = append(parts, c.Text)
		}
		return strings.Join(parts, " ")
	}
	if *verbose {
		for _, s := range stories {
			fmt.Fprintf(e.stdout, "## %s\nsummary: %s\nreference: %s\n\n", s.ID, brief(s.Articles), s.Reference)
		}
	}
	w := e.stdout
	fmt.Fprintf(w, "stories: %d\n", len(stories))
	fmt.Fprintln(w, "| summary | tokens (reference) | ROUGE-1 | ROUGE-2 | ROUGE-1 cut | ROUGE-2 cut |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	// The halves tell whether a change that helps one half of the stories
	// also helps the other, which it was not chosen on.
	half := (len(stories) + 1) / 2
	for _, m := range []struct {
		name    string
		stories []eval.SummaryStory
		sum     eval.Summarizer
	}{
		{"crosscheck", stories, brief},
		{"crosscheck, first half", stories[:half], brief},
		{"crosscheck, second half", stories[half:], brief},
		{"lead (first sentence of each article)", stories, eval.LeadBaseline},
		{"LexRank (all sentences ranked)", stories, eval.LexRank},
	} {
		sc, err := eval.ScoreSummaries(ctx, m.stories, m.sum)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "| %s | %.0f (%.0f) | %.1f | %.1f | %.1f | %.1f |\n", m.name, sc.MeanTokens, sc.MeanRefLen, sc.R1, sc.R2, sc.R1Cut, sc.R2Cut)
	}
	return nil
}
