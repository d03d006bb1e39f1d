package analyze

import (
	"context"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/memstore"
	"crosscheck/internal/testcorpus"
)

// TestStoryPrepared checks that a story briefed from stored analyses, some
// given and some made on the way, is the story briefed from nothing.
func TestStoryPrepared(t *testing.T) {
	arts, _ := seeds(t)
	ctx := context.Background()
	s := crosscheck.Story{ID: "seeds"}
	want, err := Story(ctx, s, arts)
	if err != nil {
		t.Fatal(err)
	}
	prep := make([]*Prepared, len(arts))
	for i, a := range arts {
		if i%2 == 1 {
			continue // left for StoryPrepared to make
		}
		p, err := Prepare(ctx, a, Options{})
		if err != nil {
			t.Fatal(err)
		}
		data, err := p.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if prep[i], err = DecodePrepared(data); err != nil {
			t.Fatal(err)
		}
	}
	got, err := StoryPrepared(ctx, s, arts, prep, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("briefing from stored analyses differs (-scratch +stored):\n%s", d)
	}
	for i, p := range prep {
		if p == nil {
			t.Errorf("prepared[%d] not filled in", i)
		}
	}
	if _, err := StoryPrepared(ctx, s, arts, prep[:1], Options{}); crosscheck.ErrorKind(err) != crosscheck.Invalid {
		t.Errorf("mismatched prepared: got %v, want an Invalid error", err)
	}
}

func TestDecodePreparedRefuses(t *testing.T) {
	for name, data := range map[string]string{
		"other version": `{"v":999,"text":"x"}`,
		"no version":    `{"text":"x"}`,
		"not json":      `{"v":1,`,
	} {
		if _, err := DecodePrepared([]byte(data)); crosscheck.ErrorKind(err) != crosscheck.Invalid {
			t.Errorf("%s: got %v, want an Invalid error", name, err)
		}
	}
}

// TestWorkersSameBriefing checks that the briefing does not depend on how
// many goroutines made it.
func TestWorkersSameBriefing(t *testing.T) {
	base, _ := seeds(t)
	arts := testcorpus.Rewrite(base, 40, 3)
	ctx := context.Background()
	s := crosscheck.Story{ID: "w"}
	one, err := StoryWith(ctx, s, arts, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	four, err := StoryWith(ctx, s, arts, Options{Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(one, four); d != "" {
		t.Errorf("1 and 4 workers differ (-1 +4):\n%s", d)
	}
}

// TestReportBudget checks that reports over their budget are left out and
// named, and that the story is still briefed.
func TestReportBudget(t *testing.T) {
	arts, _ := seeds(t)
	b, err := StoryWith(context.Background(), crosscheck.Story{ID: "b"}, arts, Options{ReportBudget: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Articles) != 0 {
		t.Errorf("got %d articles briefed within a budget of 1ns, want 0", len(b.Articles))
	}
	if len(b.Cuts) != len(arts) {
		t.Fatalf("got %d cuts, want %d: %+v", len(b.Cuts), len(arts), b.Cuts)
	}
	for _, c := range b.Cuts {
		if !c.Excluded || !strings.Contains(c.Reason, "budget") {
			t.Errorf("cut %+v: want excluded over budget", c)
		}
	}
}

func TestBound(t *testing.T) {
	l := Limits{MaxBytes: 2000, MaxParagraphBytes: 300, MaxSentences: 10, MaxNames: 20, MaxNumbers: 8, MaxQuoteMarks: 6}.orDefault()
	tests := []struct {
		name, text, reason string
	}{
		{"within", "The council met on Monday. It agreed.\n\nA second paragraph.", ""},
		{"bytes", strings.Repeat("word ", 1000), "beyond 2000 bytes"},
		{"paragraph", strings.Repeat("word ", 100), "paragraphs over 300 bytes"},
		{"sentences", strings.Repeat("It rained. ", 20), "more than 10 sentences"},
		{"names", strings.Repeat("Anna Berg met Carl Dahl. ", 10), "more than 20 capitalised words"},
		{"numbers", strings.Repeat("It cost 12 or 13 dollars. ", 10), "more than 8 numbers"},
		{"quote marks", strings.Repeat("\u201cYes,\u201d he said. ", 10), "more than 6 quotation marks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, why := bound(tt.text, l)
			if tt.reason == "" {
				if got != tt.text || why != "" {
					t.Errorf("got %q, %q; want the text unchanged", got, why)
				}
				return
			}
			if !strings.Contains(why, tt.reason) {
				t.Errorf("got reason %q, want one with %q", why, tt.reason)
			}
			if len(got) > l.MaxBytes {
				t.Errorf("got %d bytes, want at most %d", len(got), l.MaxBytes)
			}
			for _, p := range strings.Split(got, "\n\n") {
				if len(p) > l.MaxParagraphBytes {
					t.Errorf("paragraph of %d bytes, want at most %d", len(p), l.MaxParagraphBytes)
				}
			}
		})
	}
	// Real reports are within the default limits.
	arts, _ := seeds(t)
	for _, a := range arts {
		if _, why := bound(a.Text, DefaultLimits); why != "" {
			t.Errorf("seed %s cut: %s", a.ID, why)
		}
	}
}

// BenchmarkStoryAddOne briefs a story of 1600 rewritten articles after one
// more arrived: from scratch; with the analyses of the 1599 others loaded
// from their stored form, as the update engine does; and with, besides,
// the story's Memo of its briefing before the report arrived. Each reports
// its CPU time per briefing (cpu-s/op, user and system, of the whole
// process), which a busy machine does not inflate as it does wall time.
func BenchmarkStoryAddOne(b *testing.B) {
	base, _ := seeds(b)
	arts := testcorpus.Rewrite(base, 1600, 1)
	ctx := context.Background()
	s := crosscheck.Story{ID: "add"}
	stored := make([][]byte, len(arts)-1)
	for i, a := range arts[:len(arts)-1] {
		p, err := Prepare(ctx, a, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if stored[i], err = p.Encode(); err != nil {
			b.Fatal(err)
		}
	}
	decode := func(b *testing.B) []*Prepared {
		prep := make([]*Prepared, len(arts))
		for i, data := range stored {
			p, err := DecodePrepared(data)
			if err != nil {
				b.Fatal(err)
			}
			prep[i] = p
		}
		return prep
	}
	b.Run("scratch", func(b *testing.B) {
		cpu := cpuClock{}
		for b.Loop() {
			cpu.start()
			if _, err := Story(ctx, s, arts); err != nil {
				b.Fatal(err)
			}
			cpu.stop()
		}
		cpu.report(b)
	})
	b.Run("stored", func(b *testing.B) {
		cpu := cpuClock{}
		for b.Loop() {
			cpu.start()
			if _, err := StoryPrepared(ctx, s, arts, decode(b), Options{}); err != nil {
				b.Fatal(err)
			}
			cpu.stop()
		}
		size := 0
		for _, d := range stored {
			size += len(d)
		}
		b.ReportMetric(float64(size)/float64(len(stored)), "stored-bytes/article")
		cpu.report(b)
	})
	b.Run("memo", func(b *testing.B) {
		before := NewMemo()
		prev := decode(b)[:len(arts)-1]
		heap := func() uint64 {
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			return ms.HeapAlloc
		}
		h0 := heap()
		if _, err := StoryPrepared(ctx, s, arts[:len(arts)-1], prev, Options{Memo: before}); err != nil {
			b.Fatal(err)
		}
		// The heap the Memo of a 1599-article story holds.
		memoMB := float64(int64(heap())-int64(h0)) / 1e6
		runtime.KeepAlive(prev)
		cpu := cpuClock{}
		for b.Loop() {
			b.StopTimer()
			m := before.Clone()
			prep := decode(b)
			b.StartTimer()
			stopProfile := profileTo(b, os.Getenv("CROSSCHECK_MEMO_CPUPROFILE"))
			cpu.start()
			if _, err := StoryPrepared(ctx, s, arts, prep, Options{Memo: m}); err != nil {
				b.Fatal(err)
			}
			cpu.stop()
			stopProfile()
		}
		b.ReportMetric(float64(before.Len()), "memo-values")
		b.ReportMetric(memoMB, "memo-MB")
		cpu.report(b)
	})
}

// profileTo starts a CPU profile written to path, when not empty, and
// returns what stops it: the profile of the timed part alone, without the
// setup that -cpuprofile would include.
func profileTo(b *testing.B, path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// cpuClock sums the process's CPU time (user and system) over the timed
// parts of a benchmark.
type cpuClock struct {
	from, total time.Duration
	n           int
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func (c *cpuClock) start() { c.from = processCPU() }
func (c *cpuClock) stop()  { c.total += processCPU() - c.from; c.n++ }
func (c *cpuClock) report(b *testing.B) {
	if c.n > 0 {
		b.ReportMetric(c.total.Seconds()/float64(c.n), "cpu-s/op")
	}
}

// countingStore is an AnalysisStore that counts what is stored.
type countingStore struct {
	*memstore.Store
	puts []string
}

func (c *countingStore) PutAnalysis(ctx context.Context, hash string, data []byte) error {
	c.puts = append(c.puts, hash)
	return c.Store.PutAnalysis(ctx, hash, data)
}

// TestStoryStored checks that a story briefed through a store prepares
// only the reports the store holds no analysis of, and briefs as Story.
func TestStoryStored(t *testing.T) {
	base, _ := seeds(t)
	arts := testcorpus.Rewrite(base, 12, 5)
	hashes := make([]string, len(arts))
	for i := range arts {
		hashes[i] = crosscheck.ContentHash(&arts[i])
	}
	ctx := context.Background()
	st := &countingStore{Store: memstore.New(time.Now)}
	s := crosscheck.Story{ID: "stored"}
	if _, err := StoryStored(ctx, st, s, arts[:11], hashes[:11], Options{}); err != nil {
		t.Fatal(err)
	}
	if len(st.puts) != 11 {
		t.Fatalf("first briefing stored %d analyses, want 11", len(st.puts))
	}
	// A stored analysis that cannot be read is made again.
	if err := st.Store.PutAnalysis(ctx, hashes[3], []byte("garbage")); err != nil {
		t.Fatal(err)
	}
	st.puts = nil
	got, err := StoryStored(ctx, st, s, arts, hashes, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{hashes[3], hashes[11]}; !slices.Equal(st.puts, want) {
		t.Errorf("second briefing stored %v, want %v", st.puts, want)
	}
	want, err := Story(ctx, s, arts)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("stored briefing differs (-scratch +stored):\n%s", d)
	}
}
