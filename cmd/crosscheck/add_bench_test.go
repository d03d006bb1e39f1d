//go:build unix

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"crosscheck/pipeline"
	upd "crosscheck/update"
)

// realReports writes the ECB+ development reports (../shared) as text
// files under dir, a title line then the text, and returns how many.
func realReports(tb testing.TB, dir string) int {
	tb.Helper()
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "datasets", "ecbplus-dev", "articles.jsonl"))
	if err != nil {
		tb.Skipf("no ECB+ reports (../shared/datasets/ecbplus-dev): %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	n := 0
	for sc.Scan() {
		var r struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("%04d.txt", n))
		if err := os.WriteFile(p, []byte(r.Title+"\n\n"+strings.TrimSpace(r.Text)+"\n"), 0o644); err != nil {
			tb.Fatal(err)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return n
}

// BenchmarkAdd runs add over the ECB+ reports as text files into a new
// store: reading, storing, grouping and briefing every story. It reports
// reports/s, and the CPU time per report, which a machine that others
// share does not inflate as it does the wall time.
func BenchmarkAdd(b *testing.B) {
	in := b.TempDir()
	n := realReports(b, in)
	var size int64
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := range b.N {
		db := filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i))
		if code, _, stderr := runCmd(b, "", "add", "--quiet", "--db", db, in); code != 0 {
			b.Fatalf("exit %d: %s", code, stderr)
		}
		if info, err := os.Stat(db); err == nil {
			size = info.Size()
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
	b.ReportMetric((cpuTime()-cpu0).Seconds()*1000/float64(n*b.N), "cpu-ms/report")
	b.ReportMetric(float64(size)/float64(n), "store-bytes/report")
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkStoreAndGroup stores the ECB+ reports, read beforehand, in a
// new store and groups them, without briefing: the part of add that
// grows with the reports rather than with the stories.
func BenchmarkStoreAndGroup(b *testing.B) {
	in := b.TempDir()
	n := realReports(b, in)
	ctx := context.Background()
	res, err := pipeline.Read(ctx, []string{in}, pipeline.Options{})
	if err != nil || len(res.Articles) != n {
		b.Fatalf("read %d of %d reports: %v", len(res.Articles), n, err)
	}
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := range b.N {
		st, err := openStore(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := upd.Add(ctx, st, res.Articles); err != nil {
			b.Fatal(err)
		}
		if _, err := upd.Group(ctx, st, upd.Options{}); err != nil {
			b.Fatal(err)
		}
		st.Close()
	}
	b.StopTimer()
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
	b.ReportMetric((cpuTime()-cpu0).Seconds()*1000/float64(n*b.N), "cpu-ms/report")
}
