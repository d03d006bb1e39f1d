package memo

import (
	"fmt"
	"sync"
	"testing"
)

func TestMemo(t *testing.T) {
	m := New()
	calls := 0
	f := func() int { calls++; return 7 }
	if Get(m, "ns", "a", f) != 7 || Get(m, "ns", "a", f) != 7 || calls != 1 {
		t.Fatalf("computed %d times, want once", calls)
	}
	if Get(m, "other", "a", f) != 7 || calls != 2 {
		t.Fatalf("another step shares the value: computed %d times", calls)
	}
	if Pair(m, "ns", "a", "b", func() string { return "ab" }) != "ab" || Pair(m, "ns", "b", "a", func() string { return "ba" }) != "ba" {
		t.Fatal("pairs in either order are one value")
	}
	Put(m, "ns", "a", 9)
	if Get(m, "ns", "a", f) != 9 {
		t.Fatal("Put did not replace the value")
	}
	c := m.Clone()
	m.Sweep() // everything was used since New
	if m.Len() != 4 {
		t.Fatalf("first sweep left %d values, want 4", m.Len())
	}
	Get(m, "ns", "a", f)
	m.Sweep()
	if m.Len() != 1 {
		t.Fatalf("sweep left %d values, want the one used", m.Len())
	}
	if c.Len() != 4 {
		t.Fatalf("clone changed with its original: %d values", c.Len())
	}
	var nilMemo *Memo
	if Get(nilMemo, "ns", "a", f) != 7 || nilMemo.Len() != 0 || nilMemo.Clone() != nil {
		t.Fatal("a nil Memo must compute every value and hold none")
	}
	nilMemo.Sweep()
}

func TestMemoConcurrent(t *testing.T) {
	m := New()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				k := fmt.Sprint(i % 50)
				if v := Get(m, "ns", k, func() string { return k }); v != k {
					t.Errorf("goroutine %d: got %q for %q", g, v, k)
				}
			}
		}()
	}
	wg.Wait()
	if m.Len() != 50 {
		t.Fatalf("got %d values, want 50", m.Len())
	}
}
