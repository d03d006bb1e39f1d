package bench

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"

	"crosscheck"
	"crosscheck/cluster"
	"crosscheck/dedup"
)

// Result is what Run measured at one size.
type Result struct {
	Articles int
	// Stories is the number of stories generated; Found the number
	// cluster made of them, and BCubed the B-cubed F1 of its grouping
	// against the generated stories.
	Stories, Found int
	BCubed         float64
	// Copies is the number of exact or edited copies generated;
	// CopiesFound those that dedup matched to an article of their own
	// story, and Wrong the matches it made across stories.
	Copies, CopiesFound, Wrong int
	// Generate, Dedup and Cluster are the time spent making the articles
	// and in each stage; Cluster includes the final Stories call.
	Generate, Dedup, Cluster time.Duration
	// PeakMem is the most memory the Go runtime held from the system
	// during the run; Retained the live heap the stages kept at its end,
	// past what was live before it.
	PeakMem, Retained uint64
	// DedupCPU and ClusterCPU are the processor time of each stage on its
	// thread (Linux only; garbage collection in the background is not
	// counted): on a busy machine they show what the elapsed times would
	// be without waiting for the processor.
	DedupCPU, ClusterCPU time.Duration
	// MaxRSS is the process's peak resident set so far, as the kernel
	// counts it (Linux only): the peak of this and all earlier runs.
	MaxRSS uint64
}

// Stages returns the time of dedup and cluster together.
func (r Result) Stages() time.Duration { return r.Dedup + r.Cluster }

// StagesCPU returns the processor time of dedup and cluster together.
func (r Result) StagesCPU() time.Duration { return r.DedupCPU + r.ClusterCPU }

func rate(n int, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// Run generates n articles from corpus with seed and passes each, in
// publication order, to a dedup.Index and a cluster.Clusterer, timing each
// stage apart from generation and sampling memory throughout.
func Run(ctx context.Context, corpus *Corpus, n int, seed uint64) (Result, error) {
	runtime.GC()
	base := liveHeap()
	ctx, cancel := context.WithCancel(ctx)
	peak := sampleMemory(ctx)

	// The stages run on one locked thread so that its processor clock
	// times them.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	res := Result{Articles: n}
	fh := New(corpus, Options{Articles: n, Seed: seed})
	ix := dedup.NewIndex(dedup.DefaultOptions())
	cl := cluster.New(cluster.DefaultOptions())
	storySize := map[int]int{}
	for i := 0; ; i++ {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				cancel()
				peak()
				return res, err
			}
		}
		t0 := time.Now()
		it, ok := fh.Next()
		t1 := time.Now()
		res.Generate += t1.Sub(t0)
		if !ok {
			break
		}
		c1 := threadTime()
		m := ix.Add(it.Article.ID, it.Article.Text)
		t2, c2 := time.Now(), threadTime()
		cl.Add(&it.Article)
		c3 := threadTime()
		res.Dedup += t2.Sub(t1)
		res.Cluster += time.Since(t2)
		res.DedupCPU += c2 - c1
		res.ClusterCPU += c3 - c2

		storySize[it.Story]++
		if it.Kind.IsCopy() {
			res.Copies++
		}
		if of := m.Of(); of != "" {
			if storyOf(of) == storyOf(it.Article.ID) {
				if it.Kind.IsCopy() {
					res.CopiesFound++
				}
			} else {
				res.Wrong++
			}
		}
	}
	t, c := time.Now(), threadTime()
	stories := cl.Stories()
	res.Cluster += time.Since(t)
	res.ClusterCPU += threadTime() - c

	cancel()
	res.PeakMem = peak()
	runtime.GC()
	if live := liveHeap(); live > base {
		res.Retained = live - base
	}
	runtime.KeepAlive(ix)
	runtime.KeepAlive(cl)
	res.MaxRSS = maxRSS()

	res.Stories, res.Found = len(storySize), len(stories)
	res.BCubed = bcubed(stories, storySize)
	return res, nil
}

// storyOf returns the story part of a generated article id.
func storyOf(id string) string {
	s, _, _ := strings.Cut(id, "-")
	return s
}

// bcubed returns the B-cubed F1 of found stories (lists of ids) against
// the generated ones, given the size of each generated story.
func bcubed(found []crosscheck.Story, size map[int]int) float64 {
	var p, r float64
	n := 0
	for _, s := range found {
		counts := map[int]int{}
		for _, id := range s.Articles {
			story, _ := strconv.Atoi(strings.TrimPrefix(storyOf(id), "s"))
			counts[story]++
		}
		for story, c := range counts {
			p += float64(c*c) / float64(len(s.Articles))
			r += float64(c*c) / float64(size[story])
			n += c
		}
	}
	if n == 0 || p+r == 0 {
		return 0
	}
	p, r = p/float64(n), r/float64(n)
	return 2 * p * r / (p + r)
}

// sampleMemory samples the memory the Go runtime holds from the system
// every 20 ms until ctx ends; the returned function waits for the sampler
// to exit and returns the peak.
func sampleMemory(ctx context.Context) func() uint64 {
	samples := []metrics.Sample{
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	var peak uint64
	read := func() {
		metrics.Read(samples)
		peak = max(peak, samples[0].Value.Uint64()-samples[1].Value.Uint64())
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			read()
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	})
	return func() uint64 {
		wg.Wait()
		read()
		return peak
	}
}

func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// WriteTable writes results as a Markdown table, one row per size. Rates
// and times are elapsed, with processor time in brackets. Growth is the
// stages' time over that of the row before, against the ratio of their
// sizes: linear cost gives the same two numbers.
func WriteTable(w io.Writer, rs []Result) error {
	var b strings.Builder
	b.WriteString("| articles | stories (found) | B-cubed F1 | copies found | wrong matches | dedup art/s (CPU) | cluster art/s (CPU) | dedup+cluster (CPU) | growth (CPU) / size | peak Go memory | retained | max RSS | generation |\n")
	b.WriteString("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for i, r := range rs {
		growth := "-"
		if p := rs[i-min(i, 1)]; i > 0 && p.Stages() > 0 && p.StagesCPU() > 0 {
			growth = fmt.Sprintf("%.2f (%.2f) / %.1f", r.Stages().Seconds()/p.Stages().Seconds(),
				r.StagesCPU().Seconds()/p.StagesCPU().Seconds(), float64(r.Articles)/float64(p.Articles))
		}
		found := 0.0
		if r.Copies > 0 {
			found = 100 * float64(r.CopiesFound) / float64(r.Copies)
		}
		fmt.Fprintf(&b, "| %d | %d (%d) | %.3f | %d/%d (%.1f%%) | %d | %.0f (%.0f) | %.0f (%.0f) | %s (%s) | %s | %s | %s | %s | %s |\n",
			r.Articles, r.Stories, r.Found, r.BCubed, r.CopiesFound, r.Copies, found, r.Wrong,
			rate(r.Articles, r.Dedup), rate(r.Articles, r.DedupCPU),
			rate(r.Articles, r.Cluster), rate(r.Articles, r.ClusterCPU),
			round(r.Stages()), round(r.StagesCPU()), growth,
			mib(r.PeakMem), mib(r.Retained), mib(r.MaxRSS), round(r.Generate))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func round(d time.Duration) time.Duration { return d.Round(time.Millisecond) }

func mib(n uint64) string { return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20)) }
