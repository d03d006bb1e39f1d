package cluster

import (
	"fmt"
	"os"
	"runtime/pprof"
	"runtime"
	"strconv"
	"testing"
	"time"
)

func TestScale(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SCALE"))
	if n == 0 {
		t.Skip()
	}
	arts := firehose(n, 1)
	runtime.GC()
	t0 := time.Now()
	c := New(DefaultOptions())
	for i := range arts {
		c.Add(&arts[i])
	}
	st := c.Stories()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if f, err := os.Create("/tmp/heap.prof"); err == nil {
		pprof.WriteHeapProfile(f)
		f.Close()
	}
	runtime.KeepAlive(c)
	fmt.Printf("n=%d stories=%d open=%d time=%v heap=%dMB sys=%dMB index=%d df=%d\n", n, len(st), c.open, time.Since(t0), ms.HeapAlloc>>20, ms.Sys>>20, len(c.index), len(c.df))
}
