package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"crosscheck"
	"crosscheck/eval"
	"crosscheck/extract"

	"github.com/markusmobius/go-trafilatura"
)

// benchmarkDir is the article-extraction benchmark beside the repository.
var benchmarkDir = filepath.Join("..", "..", "shared", "datasets", "article-extraction-benchmark")

// loadPages returns the benchmark's pages, skipping b when they are absent.
func loadPages(b *testing.B) [][]byte {
	b.Helper()
	if _, err := os.Stat(benchmarkDir); err != nil {
		b.Skipf("article-extraction benchmark not found at %s (the shared datasets sit beside the repository)", benchmarkDir)
	}
	pages, err := eval.LoadExtractBenchmark(benchmarkDir)
	if err != nil {
		b.Fatal(err)
	}
	out := make([][]byte, len(pages))
	for i, p := range pages {
		if out[i], err = eval.ReadExtractHTML(benchmarkDir, p.ID); err != nil {
			b.Fatal(err)
		}
	}
	return out
}

// runPages runs fn over the benchmark's pages on all GOMAXPROCS cores and
// reports pages per second and CPU milliseconds per page; the latter does
// not depend on what else the machine runs.
func runPages(b *testing.B, fn func(page []byte) error) {
	pages := loadPages(b)
	b.ResetTimer()
	cpu := cpuTime()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if err := fn(pages[i%len(pages)]); err != nil {
				b.Error(err)
			}
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/page")
	}
}

func BenchmarkHTML(b *testing.B) {
	runPages(b, func(page []byte) error {
		doc := crosscheck.Document{Source: "page", Format: crosscheck.FormatHTML, Body: string(page)}
		_, err := extract.HTML(context.Background(), doc, extract.Options{})
		return err
	})
}

func BenchmarkHTMLFast(b *testing.B) {
	runPages(b, func(page []byte) error {
		doc := crosscheck.Document{Source: "page", Format: crosscheck.FormatHTML, Body: string(page)}
		_, err := extract.HTML(context.Background(), doc, extract.Options{Fast: true})
		return err
	})
}

// BenchmarkTrafilatura is go-trafilatura alone with its default options,
// the yardstick for the cost of what extract adds.
func BenchmarkTrafilatura(b *testing.B) {
	runPages(b, func(page []byte) error {
		_, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{})
		return err
	})
}
