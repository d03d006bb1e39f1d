package worker_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/ingest"
	"crosscheck/internal/memqueue"
	"crosscheck/internal/memstore"
	"crosscheck/internal/snapshot"
	"crosscheck/internal/testcorpus"
	"crosscheck/update"
	"crosscheck/worker"
)

// reference is what one process makes of the inputs in dir: the result
// every run of workers must equal.
func reference(t *testing.T, dir string) *snapshot.S {
	t.Helper()
	ctx := context.Background()
	st := memstore.New(nil)
	if _, err := update.Run(ctx, st, []string{dir}, update.RunOptions{Options: update.Options{Batch: 1 << 20}}); err != nil {
		t.Fatal(err)
	}
	s, err := snapshot.Take(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Stories) == 0 || len(s.Stale) != 0 {
		t.Fatalf("reference run: %v", s)
	}
	// The reports carry furniture, so that the workers must keep what
	// cleaning dropped just as one process does.
	dropped := 0
	for _, a := range s.Articles {
		dropped += len(a.Dropped)
	}
	if dropped == 0 {
		t.Fatal("reference run: nothing dropped from the reports")
	}
	return s
}

// settled waits until the queue is empty and st holds n articles, all
// grouped and every story briefed, and returns its snapshot.
func settled(t *testing.T, st crosscheck.Store, q crosscheck.Queue, n int, limit time.Duration) *snapshot.S {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(limit)
	var last *snapshot.S
	for time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		busy := 0
		for _, subj := range []string{worker.Extract, worker.Group, worker.Brief} {
			k, err := q.Pending(ctx, subj)
			if err != nil {
				busy++
			}
			busy += k
		}
		if busy > 0 {
			continue
		}
		s, err := snapshot.Take(ctx, st)
		if err != nil {
			continue
		}
		last = s
		if len(s.Articles) == n && len(s.Stale) == 0 && len(s.Ungrouped) == 0 {
			return s
		}
	}
	t.Fatalf("workers did not settle in %v: %v", limit, last)
	return nil
}

func TestWorkersMatchOneProcess(t *testing.T) {
	dir := t.TempDir()
	testcorpus.WriteReports(t, dir, 40)
	want := reference(t, dir)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, q, leases := memstore.New(nil), memqueue.New(), &worker.Local{}
	defer q.Close()
	n, err := worker.PublishPaths(ctx, q, []string{dir}, ingest.Options{}, nil)
	if err != nil || n != 40 {
		t.Fatalf("published %d reports, %v; want 40", n, err)
	}
	var wg sync.WaitGroup
	for _, name := range []string{"w1", "w2"} {
		w := worker.New(st, q, leases, worker.Options{Holder: name, Settle: 2 * time.Second, LeaseTTL: time.Second})
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.Run(ctx); err != nil {
				t.Error(err)
			}
		}()
	}
	got := settled(t, st, q, len(want.Articles), 60*time.Second)
	cancel()
	wg.Wait()
	if d := snapshot.Diff(want, got); d != "" {
		t.Fatalf("workers differ from one process (-one +workers):\n%s", d)
	}
}
