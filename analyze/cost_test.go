package analyze

import (
	"context"
	"runtime"
	"testing"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// Work is measured by what a story's analysis allocates: the number of
// allocations and their bytes, counted by the runtime, which are the same
// on a busy machine as on an idle one, unlike time. The pair-by-pair loops
// issue 12 found (an LCS table per quotation pair, pair memos, lists of
// every near copy) each allocated per pair, so a loop that grows faster
// than its input shows here. A loop that compares without allocating
// would not; the bench --hostile figures measure CPU time.

// cost is the work of one story's analysis.
type cost struct{ mallocs, bytes uint64 }

// storyCost analyses arts as one story, on one worker and without the
// per-report time budget, so that nothing depends on the clock, and
// returns what it allocated.
func storyCost(t testing.TB, arts []crosscheck.Article) cost {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := StoryWith(context.Background(), crosscheck.Story{ID: "s"}, arts, Options{Workers: 1, ReportBudget: -1})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	return cost{after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc}
}

func textBytes(arts []crosscheck.Article) int {
	n := 0
	for _, a := range arts {
		n += len(a.Title) + len(a.Text) + len(a.Outlet)
	}
	return n
}

// The bound on a story's work: a fixed part (a story of three short
// reports takes about 7,500 allocations and 700 KB) and a part per byte of
// its reports (measured at 1.5 to 4 allocations and 150 to 750 bytes per
// byte on the hostile reports and on rewritten stories of 40 to 1,600
// reports). The bound leaves several times that, so that only growth
// faster than the input breaks it: 500 quotation marks compared pair by
// pair in a 2 KB report would make 125,000 pairs.
const (
	fixedMallocs   = 20_000
	mallocsPerByte = 20
	fixedBytes     = 2 << 20
	bytesPerByte   = 4 << 10
)

// checkCost fails when arts cost more than the bound for their size.
func checkCost(t testing.TB, arts []crosscheck.Article) {
	t.Helper()
	n := uint64(textBytes(arts))
	c := storyCost(t, arts)
	if max := fixedMallocs + mallocsPerByte*n; c.mallocs > max {
		t.Errorf("%d bytes of reports: %d allocations, want at most %d", n, c.mallocs, max)
	}
	if max := fixedBytes + bytesPerByte*n; c.bytes > max {
		t.Errorf("%d bytes of reports: %d bytes allocated, want at most %d", n, c.bytes, max)
	}
}

// TestStoryCostLinear checks that a story's work grows no faster than its
// input between 1x and 10x: each hostile report of issue 12 beside three
// good ones, at sizes under the analysis limits (so that the limits do
// not flatten the curve), and a story of rewritten reports of 40 and 400
// articles. Growing ten times the input may grow the work at most 15
// times (n^1.18); a quadratic loop grows it 100 times.
func TestStoryCostLinear(t *testing.T) {
	const maxGrowth = 1.5
	grow := func(t *testing.T, small, large []crosscheck.Article) {
		t.Helper()
		in := float64(textBytes(large)) / float64(textBytes(small))
		c1, c10 := storyCost(t, small), storyCost(t, large)
		for _, m := range []struct {
			what   string
			c1, c2 uint64
		}{{"allocations", c1.mallocs, c10.mallocs}, {"bytes allocated", c1.bytes, c10.bytes}} {
			if g := float64(m.c2) / float64(m.c1); g > maxGrowth*in {
				t.Errorf("input grew %.1fx, %s %.1fx (%d to %d), want at most %.1fx", in, m.what, g, m.c1, m.c2, maxGrowth*in)
			}
		}
		checkCost(t, large)
	}
	good := testcorpus.Reports(3)
	for _, h := range testcorpus.Hostile() {
		t.Run(h.Name, func(t *testing.T) {
			at := func(n int) []crosscheck.Article {
				return append([]crosscheck.Article{{ID: "h", Outlet: "Hostile", Text: h.Text(n)}}, good...)
			}
			grow(t, at(200), at(2000))
		})
	}
	t.Run("rewritten story", func(t *testing.T) {
		base := testcorpus.Reports(5)
		grow(t, testcorpus.Rewrite(base, 40, 1), testcorpus.Rewrite(base, 400, 1))
	})
}
