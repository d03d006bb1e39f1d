package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"crosscheck/eval"
)

// runEvalDiscrepancies scores the disagreements crosscheck finds on a
// BASIL-format dataset, each event's articles briefed together, against
// hand annotations of where the outlets disagree and which forms are
// equivalent.
func runEvalDiscrepancies(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval discrepancies", "usage: crosscheck eval discrepancies --data DIR --gold DIR [--show]",
		"\nBriefs each event's articles together and scores the disagreements found: precision over all",
		"annotated ones, recall of the clear ones, alarms on annotated equivalences; also on each half of",
		"the events, to see whether a change transfers.")
	data := fs.String("data", "", "BASIL-format dataset `DIR` (articles/<year>/<triplet>_<n>.json)")
	gold := fs.String("gold", "", "annotations `DIR` (<triplet>.json with discrepancies and equivalences)")
	show := fs.Bool("show", false, "list every miss, false alarm and alarm on an equivalence")
	if _, err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *data == "" || *gold == "" {
		fs.Usage()
		return errUsage
	}
	events, err := eval.LoadDiscrepancyGold(*gold)
	if err != nil {
		return err
	}
	found, err := eval.BriefBASILEvents(ctx, *data)
	if err != nil {
		return err
	}
	w := e.stdout
	half := (len(events) + 1) / 2
	sc := eval.ScoreDiscrepancies(found, events)
	writeDiscrepancyScore(w, "all events", sc)
	writeDiscrepancyScore(w, "first half", eval.ScoreDiscrepancies(found, events[:half]))
	writeDiscrepancyScore(w, "second half", eval.ScoreDiscrepancies(found, events[half:]))
	if !*show {
		return nil
	}
	fmt.Fprintln(w, "\nMisses (clear first):")
	for _, clear := range []bool{true, false} {
		for _, m := range sc.Misses {
			if m.Clear != clear {
				continue
			}
			tag := "unclear"
			if m.Clear {
				tag = "CLEAR"
			}
			fmt.Fprintf(w, "- %s %s %s: %s\n", shortEvent(m.Event), tag, m.Kind, m.About)
			for _, v := range m.Variants {
				fmt.Fprintf(w, "    %s: %q\n", articleNumbers(v.Articles), v.Text)
			}
		}
	}
	fmt.Fprintln(w, "\nFalse alarms:")
	writeReported(w, sc.FalseAlarms, false)
	fmt.Fprintln(w, "\nAlarms on equivalences:")
	writeReported(w, sc.OnEquivalence, true)
	return nil
}

func writeDiscrepancyScore(w io.Writer, name string, sc eval.DiscrepancyScore) {
	also := 0
	for _, r := range sc.OnEquivalence {
		if len(r.Matches) > 0 {
			also++
		}
	}
	fmt.Fprintf(w, "%s (%d events): precision %.2f (%d of %d reported), recall of clear ones %.2f (%d of %d; unclear %d of %d), alarms on equivalences %d (%d of them also match a disagreement)\n",
		name, sc.Events, sc.Precision(), sc.Correct, sc.Reported, sc.Recall(), sc.ClearFound, sc.Clear,
		sc.UnclearFound, sc.Unclear, len(sc.OnEquivalence), also)
}

// shortEvent returns the first eight characters of an event's id, as
// --show lists events, or the whole id when it is shorter.
func shortEvent(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}

func writeReported(w io.Writer, rs []eval.ReportedDiscrepancy, equivalences bool) {
	for _, r := range rs {
		fmt.Fprintf(w, "- %s %s: %s\n", shortEvent(r.Event), r.Kind, r.About)
		for _, v := range r.Variants {
			fmt.Fprintf(w, "    %s: %q\n", articleNumbers(v.Articles), shortText(v.Text, 200))
		}
		if equivalences {
			for _, eq := range r.Equivalences {
				fmt.Fprintf(w, "    equivalent: %s\n", eq.About)
			}
		}
	}
}

// articleNumbers names BASIL articles by their number within the event
// ("_1,_3"), which is all that differs between them.
func articleNumbers(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		if k := strings.LastIndexByte(id, '_'); k >= 0 {
			id = id[k:]
		}
		out[i] = id
	}
	return strings.Join(out, ",")
}

func shortText(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
