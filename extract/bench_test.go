package extract_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// BenchmarkHostilePages extracts generated hostile pages at 1x, 10x and
// 100x size and reports CPU per page: with the reductions before parsing,
// the cost must grow no faster than the page.
func BenchmarkHostilePages(b *testing.B) {
	kinds := []struct {
		name string
		page func(n int) string
	}{
		{"linked-paragraphs", func(n int) string {
			var s strings.Builder
			s.WriteString("<html><body><article>")
			for i := range 120 * n {
				fmt.Fprintf(&s, "<p>The council said the harbor budget would pass on Tuesday, officials said, <a href=\"/s/%d\">more on this</a></p>\n", i)
			}
			s.WriteString("</article></body></html>")
			return s.String()
		}},
		{"nested-tables", func(n int) string {
			return "<html><body>" + strings.Repeat("<table><tr><td>", 2*n) + "<p>The harbor master said the north pier would close for repairs in March.</p>" +
				strings.Repeat("</td></tr></table>", 2*n) + "</body></html>"
		}},
		{"elements", func(n int) string {
			return "<html><body><article><p>The council said the harbor budget would pass on Tuesday, officials said.</p>" +
				strings.Repeat("<span>word</span> ", 10_000*n) + "</article></body></html>"
		}},
	}
	for _, k := range kinds {
		for _, n := range []int{1, 10, 100} {
			page := k.page(n)
			b.Run(fmt.Sprintf("%s/%dx", k.name, n), func(b *testing.B) {
				doc := crosscheck.Document{Source: "hostile.html", Format: crosscheck.FormatHTML, Body: page}
				cpu := cpuTime()
				for b.Loop() {
					if _, err := extract.HTML(context.Background(), doc, extract.Options{Timeout: time.Minute}); crosscheck.ErrorKind(err) == crosscheck.Timeout {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(len(page))/1e6, "MB/page")
				if used := cpuTime() - cpu; used > 0 {
					b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/page")
				}
			})
		}
	}
}
