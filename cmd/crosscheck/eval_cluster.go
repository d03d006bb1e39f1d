package main

import (
	"context"
	"fmt"
	"io"

	"crosscheck"
	"crosscheck/cluster"
	"crosscheck/eval"
)

// runEvalCluster scores story clustering on a labelled dataset of any kind
// eval.LoadStories reads, beside a TF-IDF average-link baseline at its best
// threshold. A BASIL folder is scored with full text, headlines only, a
// mix of the two, and full text moved to one day so that only content
// tells the stories apart; an event JSONL file and an AllSides folder are
// scored as one stream.
func runEvalCluster(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval cluster",
		"usage: crosscheck eval cluster --data PATH [--headlines] [--baseline=false] [--window D] [--threshold X] [--names X] [--merge X] [--attach X] [--shuffle SEED] [--show]",
		"\nScores story clustering against the dataset's story labels (pairwise and B-cubed F1, stories, true",
		"stories split) beside TF-IDF with average-link clustering at its best threshold. PATH is a BASIL folder,",
		"a JSONL file of reports with an `event` label (ECB+), or an AllSides folder (leads of one story per line",
		"of val.source, all fed as one undated stream).",
		"The defaults are crosscheck's; the other flags are for checking how robust they are.")
	data := fs.String("data", "", "dataset `PATH`: BASIL folder, event JSONL file or AllSides folder")
	headlines := fs.Bool("headlines", false, "score headlines only (every text removed)")
	baseline := fs.Bool("baseline", true, "also score the TF-IDF average-link baseline")
	def := cluster.DefaultOptions()
	window := fs.Duration("window", def.Window, "close a story after this long without a new article")
	threshold := fs.Float64("threshold", def.Threshold, "lowest word similarity at which a streamed article joins a story\n(a batch joins only from 0.6 or this, whichever is higher, then merges by average link)")
	names := fs.Float64("names", def.NameThreshold, "lowest name similarity at which an article joins a story")
	merge := fs.Float64("merge", def.Merge, "lowest similarity at which two stories merge")
	shuffle := fs.Uint64("shuffle", 0, "if not 0, reorder the articles of each time at random with this `SEED`\n(ids are prefixed with a hash) to check that the order of the dataset does not matter")
	attach := fs.Float64("attach", def.Attach, "lowest similarity at which a single report and the story nearest to it merge")
	show := fs.Bool("show", false, "list the true stories split and the found stories merged, with titles")
	if _, err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *data == "" {
		fs.Usage()
		return errUsage
	}
	arts, labels, kind, err := eval.LoadStories(*data)
	if err != nil {
		return err
	}
	opts := cluster.Options{Window: *window, Threshold: *threshold, NameThreshold: *names, Merge: *merge, Attach: *attach}
	type variant struct {
		name string
		arts []crosscheck.Article
	}
	var variants []variant
	switch {
	case *headlines:
		variants = []variant{{"headlines only", eval.HeadlinesOnly(arts)}}
	case kind == eval.KindBASIL:
		variants = []variant{
			{"full text", arts},
			{"headlines only", eval.HeadlinesOnly(arts)},
			{"every third a headline", eval.Mixed(arts, 3)},
			{"full text, all on one day", eval.OnOneDay(arts, crosscheck.Day(2000, 1, 1))},
			{"full text as read", eval.AsRead(arts)},
		}
	case kind == eval.KindAllSides:
		variants = []variant{{"leads, one stream", arts}, {"leads as read", eval.AsRead(arts)}}
	default:
		variants = []variant{{"reports", arts}, {"reports as read", eval.AsRead(arts)}}
	}
	fmt.Fprintln(e.stdout, "| variant | method | articles | stories (true) | split | pairwise P | pairwise R | pairwise F1 | B-cubed P | B-cubed R | B-cubed F1 |")
	fmt.Fprintln(e.stdout, "|---|---|---|---|---|---|---|---|---|---|---|")
	for _, v := range variants {
		if err := ctx.Err(); err != nil {
			return err
		}
		vlabels := labels
		if *shuffle != 0 {
			v.arts, vlabels = eval.Shuffled(v.arts, labels, *shuffle)
		}
		found := cluster.Group(v.arts, opts)
		writeStoryScore(e.stdout, v.name, "crosscheck", eval.ScoreStories(found, vlabels))
		if *show {
			writeMisses(e.stdout, v.arts, eval.Misses(found, vlabels), vlabels)
		}
		if !*baseline {
			continue
		}
		b := eval.TFIDFAverageLink(v.arts, vlabels)
		writeStoryScore(e.stdout, v.name, fmt.Sprintf("TF-IDF average-link, best cut %.2f", b.Threshold), b.Score)
	}
	return nil
}

func writeStoryScore(w io.Writer, variant, method string, s eval.StoryScore) {
	fmt.Fprintf(w, "| %s | %s | %d | %d (%d) | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", variant, method, s.Articles,
		s.Predicted, s.True, s.Split, s.Precision, s.Recall, s.F1, s.BCubedPrecision, s.BCubedRecall, s.BCubedF1)
}

// writeMisses lists grouping errors with each article's title, so that a
// reader can judge them (and the labels).
func writeMisses(w io.Writer, arts []crosscheck.Article, misses []eval.Miss, labels map[string]string) {
	titles := map[string]string{}
	for _, a := range arts {
		t := a.Title
		if t == "" {
			t = a.Text
		}
		if r := []rune(t); len(r) > 110 {
			t = string(r[:110]) + "…"
		}
		titles[a.ID] = t
	}
	for _, m := range misses {
		what := "split"
		if m.Merged {
			what = "merged"
		}
		fmt.Fprintf(w, "\n%s %s\n", what, m.Story)
		for i, g := range m.Groups {
			for _, id := range g {
				fmt.Fprintf(w, "  %d %s [%s] %s\n", i+1, id, labels[id], printable(titles[id]))
			}
		}
	}
}
