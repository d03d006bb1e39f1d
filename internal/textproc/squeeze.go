package textproc

import "strings"

// Squeeze returns s with every run of one repeated rune cut to a single
// rune, so that spellings differing only in doubled letters ("traveller",
// "traveler"; "Muhammad", "Muhamad") compare equal.
func Squeeze(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}
