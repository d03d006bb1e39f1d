package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
// reports/s.
func BenchmarkAdd(b *testing.B) {
	in := b.TempDir()
	n := realReports(b, in)
	b.ResetTimer()
	for i := range b.N {
		db := filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i))
		if code, _, stderr := runCmd(b, "", "add", "--quiet", "--db", db, in); code != 0 {
			b.Fatalf("exit %d: %s", code, stderr)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
}
