package quotes

import (
	"testing"

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
