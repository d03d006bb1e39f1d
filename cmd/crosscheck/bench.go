package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"

	"crosscheck"
	"crosscheck/bench"
)

// defaultData are the directories bench takes its text from when --data is
// not given, relative to the repository root; missing ones are skipped.
var defaultData = []string{
	filepath.Join("testdata", "seeds"),
	filepath.Join("..", "shared", "datasets", "basil-dev", "articles"),
}

func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench",
		"usage: crosscheck bench [--sizes N,...] [--data DIR,...] [--seed N] [--cpuprofile FILE]",
		"       crosscheck bench --pg URL --nats URL [--workers N,...] [--reports PATH,...]",
		"       crosscheck bench --hostile [--scales N,...]",
		"       crosscheck bench --jsonl FILE [--sizes N] [--data DIR,...] [--seed N]",
		"\nMeasures dedup and clustering on a synthetic stream of articles and prints a Markdown table.",
		"With --pg and --nats, measures instead the scaled-out pipeline end to end against one process on SQLite.",
		"With --hostile, briefs each hostile input of issue 12 beside three good reports, in this process, at each scale\n(100x is the size the issue measured) and prints CPU time, peak memory, output size and what was kept.")
	sizes := fs.String("sizes", "10000,100000,1000000", "comma-separated numbers of articles to run")
	data := fs.String("data", "", "comma-separated directories of .txt/.md files and BASIL JSON articles to take text from\n(default testdata/seeds and ../shared/datasets/basil-dev/articles where present)")
	seed := fs.Uint64("seed", 1, "seed of the synthetic firehose")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the runs to `file` (with --pg and --nats: of the one process; each worker writes its own to file.<workers>-<i>)")
	jsonl := fs.String("jsonl", "", "write the synthetic firehose of the first size as JSON Lines to `FILE` instead, an input for the\ncluster and brief commands")
	scale := addScaleBenchFlags(fs)
	hostile := fs.Bool("hostile", false, "brief hostile inputs beside good reports instead")
	scales := fs.String("scales", "1,10,100", "with --hostile: comma-separated scales of the hostile inputs, in `percent` of the size issue 12 measured")
	if _, err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	if *hostile {
		ss, err := parseSizes(*scales)
		if err != nil {
			fmt.Fprintf(e.stderr, "crosscheck bench: --scales: %v\n", err)
			return errUsage
		}
		return runHostileBench(ctx, e, ss, nil)
	}
	if scale.on() {
		scale.cpuProfile = *cpuProfile
		return runScaleBench(ctx, e, scale)
	}
	ns, err := parseSizes(*sizes)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck bench: --sizes: %v\n", err)
		return errUsage
	}
	dirs := defaultData
	if *data != "" {
		dirs = strings.Split(*data, ",")
	} else {
		dirs = existing(dirs)
	}
	corpus, err := bench.LoadCorpus(ctx, dirs)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "corpus: %d sentences of %d documents from %s\n", corpus.Sentences(), corpus.Docs(), strings.Join(dirs, ", "))

	if *jsonl != "" {
		return writeFirehose(*jsonl, corpus, ns[0], *seed)
	}
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	var results []bench.Result
	for _, n := range ns {
		r, err := bench.Run(ctx, corpus, n, *seed)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "%d articles: dedup %v (CPU %v), cluster %v (CPU %v), peak Go memory %d MiB\n",
			n, r.Dedup, r.DedupCPU, r.Cluster, r.ClusterCPU, r.PeakMem>>20)
		results = append(results, r)
	}
	return bench.WriteTable(e.stdout, results)
}

func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func existing(dirs []string) []string {
	var out []string
	for _, d := range dirs {
		if _, err := os.Stat(d); err == nil {
			out = append(out, d)
		}
	}
	return out
}

// writeFirehose writes n articles of the synthetic firehose to path, one
// JSON record a line, in publication order.
func writeFirehose(path string, corpus *bench.Corpus, n int, seed uint64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	fh := bench.New(corpus, bench.Options{Articles: n, Seed: seed})
	for {
		it, ok := fh.Next()
		if !ok {
			break
		}
		a := it.Article
		if err := enc.Encode(struct {
			ID        string          `json:"id"`
			Title     string          `json:"title"`
			Outlet    string          `json:"outlet"`
			Published crosscheck.Date `json:"published"`
			Text      string          `json:"text"`
		}{a.ID, a.Title, a.Outlet, a.Published, a.Text}); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// startCPUProfile writes a CPU profile to path until the returned stop is
// called; with no path it does nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
