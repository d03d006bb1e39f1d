package quotes

import (
	"fmt"
	"strings"
	"testing"

	"crosscheck"

	"crosscheck/clean"
	"crosscheck/internal/testcorpus"
)

// BenchmarkFind measures finding and attributing the quotations of the
// seed articles.
func BenchmarkFind(b *testing.B) {
	arts := testcorpus.Seeds(b, clean.Articles)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			Find(a.Text)
		}
	}
}

// BenchmarkExtract measures a story of 60 articles: the seed articles
// copied ten times, as wire copies would come.
func BenchmarkExtract(b *testing.B) {
	seeds := testcorpus.Seeds(b, clean.Articles)
	arts := testcorpus.Copies(seeds, 10)
	b.ResetTimer()
	for b.Loop() {
		Extract(arts, nil, nil)
	}
}

// BenchmarkExtractManyQuotes measures one article of n different
// quotations that all share a few common words, the worst case for
// grouping wordings of the same quotation.
func BenchmarkExtractManyQuotes(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		var text strings.Builder
		for i := range n {
			fmt.Fprintf(&text, "\"We will vote on item %d today,\" said Minister Jane Smith. ", i)
		}
		arts := []crosscheck.Article{{ID: "a", Text: text.String()}}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Extract(arts, nil, nil)
			}
		})
	}
}
