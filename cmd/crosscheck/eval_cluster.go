package main

import (
	"context"
	"fmt"
	"io"

	"crosscheck"
	"crosscheck/cluster"
	"crosscheck/eval"
)

// runEvalCluster scores story clustering on a BASIL-format dataset: with
// full articles, with headlines only, and with every article moved to one
// day so that only content can tell the stories apart.
func runEvalCluster(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval cluster",
		"usage: crosscheck eval cluster --data DIR [--window D] [--threshold X] [--names X] [--merge X]",
		"\nScores story clustering against the dataset's story labels (pairwise and B-cubed F1).",
		"The defaults are crosscheck's; the other flags are for checking how robust they are.")
	data := fs.String("data", "", "BASIL-format dataset `DIR` (articles/<year>/<triplet>_<n>.json)")
	def := cluster.DefaultOptions()
	window := fs.Duration("window", def.Window, "close a story after this long without a new article")
	threshold := fs.Float64("threshold", def.Threshold, "lowest word similarity at which an article joins a story")
	names := fs.Float64("names", def.NameThreshold, "lowest name similarity at which an article joins a story")
	merge := fs.Float64("merge", def.Merge, "lowest similarity at which two stories merge")
	if _, err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *data == "" {
		fs.Usage()
		return errUsage
	}
	arts, labels, err := eval.LoadBASILStories(*data)
	if err != nil {
		return err
	}
	opts := cluster.Options{Window: *window, Threshold: *threshold, NameThreshold: *names, Merge: *merge}
	variants := []struct {
		name string
		arts []crosscheck.Article
	}{
		{"full text", arts},
		{"headlines only", eval.HeadlinesOnly(arts)},
		{"full text, all on one day", eval.OnOneDay(arts, crosscheck.Day(2000, 1, 1))},
	}
	fmt.Fprintln(e.stdout, "| variant | articles | stories (true) | pairwise P | pairwise R | pairwise F1 | B-cubed P | B-cubed R | B-cubed F1 |")
	fmt.Fprintln(e.stdout, "|---|---|---|---|---|---|---|---|---|")
	for _, v := range variants {
		if err := ctx.Err(); err != nil {
			return err
		}
		writeStoryScore(e.stdout, v.name, eval.ScoreStories(cluster.Group(v.arts, opts), labels))
	}
	return nil
}

func writeStoryScore(w io.Writer, name string, s eval.StoryScore) {
	fmt.Fprintf(w, "| %s | %d | %d (%d) | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", name, s.Articles,
		s.Predicted, s.True, s.Precision, s.Recall, s.F1, s.BCubedPrecision, s.BCubedRecall, s.BCubedF1)
}
