package quotes

import (
	"fmt"
	"testing"

	"crosscheck"
)

// BenchmarkFind measures finding and attributing the quotations of the
// seed articles.
func BenchmarkFind(b *testing.B) {
	arts := seedArticles(&testing.T{})
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
	seeds := seedArticles(&testing.T{})
	var arts []crosscheck.Article
	for k := range 10 {
		for _, a := range seeds {
			a.ID = fmt.Sprintf("%s/%d", a.ID, k)
			arts = append(arts, a)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		Extract(arts, nil, nil)
	}
}
