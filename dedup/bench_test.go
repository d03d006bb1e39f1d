package dedup

import (
	"fmt"
	"strings"
	"testing"
)

// variants returns n texts, each the wire report with a few words changed
// so that every Add does the full work of a near copy.
func variants(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = strings.Replace(wire, "Tuesday", fmt.Sprintf("day %d", i), 1)
	}
	return out
}

// BenchmarkIndexAdd adds distinct texts to an index that is renewed, off
// the clock, whenever the texts run out, so that no Add is an exact copy.
func BenchmarkIndexAdd(b *testing.B) {
	texts := variants(4096)
	distinct := make([]string, len(texts))
	for i := range distinct {
		distinct[i] = fmt.Sprintf("story %d: %s", i, strings.ReplaceAll(other, "snow", fmt.Sprintf("snow%d", i)))
	}
	for _, bc := range []struct {
		name  string
		texts []string
	}{{"near copies", texts}, {"distinct", distinct}} {
		b.Run(bc.name, func(b *testing.B) {
			ix := NewIndex(DefaultOptions())
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.texts[0])))
			i := 0
			for b.Loop() {
				if i == len(bc.texts) {
					b.StopTimer()
					ix, i = NewIndex(DefaultOptions()), 0
					b.StartTimer()
				}
				ix.Add("id", bc.texts[i])
				i++
			}
		})
	}
}

func BenchmarkSign(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(wire)))
	for b.Loop() {
		Sign(wire)
	}
}

func BenchmarkShinglesJaccard(b *testing.B) {
	ps := paragraphs(wire)
	b.ReportAllocs()
	for b.Loop() {
		Jaccard(Shingles(ps[0], 3), Shingles(ps[1], 3))
	}
}
