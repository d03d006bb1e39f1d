package testcorpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// HostileText is a report made to exhaust the analysis: Text(n) returns
// it with n of its units (names, numbers, quote marks, words).
type HostileText struct {
	Name string
	// Units is the number of units of the report as issue 12 lists it.
	Units int
	Text  func(n int) string
}

var (
	givenNames = []string{"Alice", "Boris", "Chiara", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal", "Lucia", "Marek", "Nadia", "Omar", "Priya"}
	surnames   = []string{"Abbott", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer", "Gallagher", "Hoffmann", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinlan", "Rossi"}
	fillers    = []string{"the", "council", "said", "on", "Monday", "that", "a", "report", "would", "follow", "after", "talks", "with", "officials", "in", "city"}
)

// name returns a capitalised name made from i, so that many distinct
// names can be made.
func name(i int) string {
	return fmt.Sprintf("%s %s%s", givenNames[i%len(givenNames)], surnames[(i/len(givenNames))%len(surnames)],
		strings.Repeat("o", i/(len(givenNames)*len(surnames))%7))
}

// Hostile returns the hostile reports of issue 12: each is one text of a
// few megabytes at most, made the same way on every call.
func Hostile() []HostileText {
	return []HostileText{
		{"names", 50000, func(n int) string {
			var b strings.Builder
			for i := range n {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(name(i))
			}
			return b.String()
		}},
		{"numbers", 100000, func(n int) string {
			rng := rand.New(rand.NewPCG(uint64(n), 12))
			var b strings.Builder
			for i := range n {
				if i > 0 {
					b.WriteByte(' ')
				}
				fmt.Fprint(&b, rng.IntN(1000000))
			}
			return b.String()
		}},
		{"number-lines", 100000, func(n int) string {
			var b strings.Builder
			for i := range n {
				fmt.Fprintf(&b, "%d\n", i*7)
			}
			return b.String()
		}},
		{"paragraph", 40 << 20 / 8, func(n int) string {
			var b strings.Builder
			b.Grow(n * 8)
			for i := range n {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(fillers[i%len(fillers)])
			}
			return b.String()
		}},
		{"quote-marks", 200000, func(n int) string {
			var b strings.Builder
			for i := range n {
				switch i % 4 {
				case 0:
					b.WriteString(" \u201c")
				case 1:
					b.WriteString(fillers[i%len(fillers)] + "\u201d said " + name(i) + ", ")
				case 2:
					b.WriteString("\"")
				default:
					b.WriteString(fillers[i%len(fillers)] + " \"")
				}
			}
			return b.String()
		}},
		{"name-paragraphs", 50000, func(n int) string {
			var b strings.Builder
			for i := range n {
				if i > 0 {
					b.WriteString("\n\n")
				}
				fmt.Fprintf(&b, "%s met %s in %s.", name(i), name(i*7+3), surnames[i%len(surnames)])
			}
			return b.String()
		}},
	}
}
