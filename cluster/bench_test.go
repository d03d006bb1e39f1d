package cluster

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"crosscheck"
)

// firehose makes n short synthetic articles of about n/5 stories spread
// over days: each story has its own words and names, each article mixes
// them with words common to all stories, and articles come in time order.
func firehose(n int, seed uint64) []crosscheck.Article {
	r := rand.New(rand.NewPCG(seed, 1))
	zipf := rand.NewZipf(r, 1.1, 1, 20000)
	common := func() string { return fmt.Sprintf("word%d", zipf.Uint64()) }
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	perDay := max(n/30, 1)
	type storyWords struct{ words, names []string }
	var open []storyWords
	arts := make([]crosscheck.Article, n)
	var b strings.Builder
	for i := range arts {
		if len(open) == 0 || r.IntN(5) == 0 {
			sw := storyWords{}
			for range 8 {
				sw.words = append(sw.words, fmt.Sprintf("topic%d", r.IntN(1_000_000)))
			}
			for range 3 {
				sw.names = append(sw.names, fmt.Sprintf("Name%d", r.IntN(1_000_000)))
			}
			open = append(open, sw)
			if len(open) > 2000 {
				open = open[1:]
			}
		}
		sw := open[len(open)-1-min(r.IntN(50), len(open)-1)]
		b.Reset()
		for j := range 60 {
			switch {
			case j%10 == 3:
				b.WriteString(sw.names[r.IntN(3)])
			case j%2 == 0:
				b.WriteString(sw.words[r.IntN(8)])
			default:
				b.WriteString(common())
			}
			b.WriteByte(' ')
			if j%15 == 14 {
				b.WriteString("said the. ")
			}
		}
		title := sw.names[0] + " " + sw.words[0] + " " + sw.words[1] + " " + common()
		arts[i] = crosscheck.Article{
			ID:        fmt.Sprintf("a%08d", i),
			Title:     title,
			Text:      b.String(),
			Published: crosscheck.Date{Time: start.Add(time.Duration(i) * (24 * time.Hour / time.Duration(perDay)))},
		}
	}
	return arts
}

func BenchmarkAdd(b *testing.B) {
	arts := firehose(100_000, 1)
	c := New(DefaultOptions())
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i > 0 && i%len(arts) == 0 {
			c = New(DefaultOptions())
		}
		c.Add(&arts[i%len(arts)])
	}
}

func BenchmarkGroup(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		arts := firehose(n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Group(arts, DefaultOptions())
			}
		})
	}
}
