package main

import (
	"context"
	"fmt"
	"strings"

	"crosscheck/eval"
)

// runEvalEdits plants edits in the reports of a labelled story dataset and
// scores how many of those that change a fact a disagreement shows, and
// how many of those that only change its form raise a false alarm.
func runEvalEdits(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval edits", "usage: crosscheck eval edits --data PATH [--seed N] [--per-kind N] [-v]",
		"\nPlants one edit at a time in a report of each story, where another report's matching sentence",
		"states the same form, and briefs the story again: a changed figure, weekday, day, name, claim",
		"or quotation should raise a disagreement; a number in words, an abbreviated month or title, a",
		"percent sign or an ellipsis should raise none. PATH is a BASIL folder, an ECB+-style JSONL file",
		"or an AllSides folder, as for eval cluster.")
	data := fs.String("data", "", "labelled story dataset `PATH`")
	seed := fs.Uint64("seed", 1, "seed that chooses the edit sites")
	perKind := fs.Int("per-kind", 2, "most edits of one kind per story")
	verbose := fs.Bool("v", false, "list every missed edit and every false alarm")
	if _, err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *data == "" || *perKind < 1 {
		fs.Usage()
		return errUsage
	}
	arts, labels, _, err := eval.LoadStories(*data)
	if err != nil {
		return err
	}
	stories := eval.StoriesByLabel(eval.AsRead(arts), labels)
	rs, err := eval.RunEdits(ctx, stories, eval.EditOptions{Seed: *seed, PerKind: *perKind})
	if err != nil {
		return err
	}
	w := e.stdout
	fmt.Fprintf(w, "stories: %d, edits: %d (seed %d, at most %d of a kind per story)\n", len(stories), len(rs), *seed, *perKind)
	fmt.Fprintln(w, "| edit | planted | shown as a disagreement | raised an alarm |")
	fmt.Fprintln(w, "|---|---|---|---|")
	var planted, caught, equiv, alarmed int
	for _, t := range eval.TallyEdits(rs) {
		if t.Kind.Equivalent() {
			fmt.Fprintf(w, "| %s (same meaning) | %d | — | %d (%s) |\n", t.Kind, t.Planted, t.Alarmed, share(t.Alarmed, t.Planted))
			equiv += t.Planted
			alarmed += t.Alarmed
			continue
		}
		fmt.Fprintf(w, "| %s | %d | %d (%s) | %d |\n", t.Kind, t.Planted, t.Caught, share(t.Caught, t.Planted), t.Alarmed)
		planted += t.Planted
		caught += t.Caught
	}
	fmt.Fprintf(w, "| **changes** | %d | **%d (%s)** | |\n", planted, caught, share(caught, planted))
	fmt.Fprintf(w, "| **same meaning** | %d | — | **%d (%s)** |\n", equiv, alarmed, share(alarmed, equiv))
	if !*verbose {
		return nil
	}
	for _, r := range rs {
		bad := !r.Kind.Equivalent() && !r.Caught || r.Kind.Equivalent() && len(r.Raised) > 0
		if !bad {
			continue
		}
		tag := "MISSED"
		if r.Kind.Equivalent() {
			tag = "ALARM"
		}
		fmt.Fprintf(w, "\n%s %s %s\n  edited: %s\n  other (%s): %s\n", tag, r.Story, r.Edit, shortText(r.Sentence, 300), r.OtherArticle, shortText(r.Other, 300))
		for _, d := range r.Raised {
			vs := make([]string, 0, len(d.Variants))
			for _, v := range d.Variants {
				vs = append(vs, fmt.Sprintf("%s %q", strings.Join(v.Articles, ","), shortText(v.Text, 120)))
			}
			fmt.Fprintf(w, "  raised %s: %s: %s\n", d.Kind, d.About, strings.Join(vs, " / "))
		}
	}
	return nil
}

func share(n, d int) string {
	if d == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f", float64(n)/float64(d))
}
