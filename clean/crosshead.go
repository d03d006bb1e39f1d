package clean

import (
	"strings"

	"crosscheck/internal/textproc"
	"unicode"
	"unicode/utf8"
)

// maxCrosshead is the most words a sub-heading has.
const maxCrosshead = 14

// isCrosshead reports whether a line that stands between body paragraphs is
// a sub-heading: marked as a heading, or short, without terminal
// punctuation and starting like a heading. List items and lines that go on
// into the next one (a trailing comma or dash) are body text.
func isCrosshead(u unit) bool {
	if u.heading {
		return true
	}
	t := u.text
	if endsSentence(t) || reBulletLead.MatchString(u.raw) {
		return false
	}
	n := wordCount(t)
	if n == 0 || n > maxCrosshead {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, closers))
	if strings.ContainsRune(",—–-(", last) {
		return false
	}
	// A row of figures is a table, not a heading.
	if digits := numberWords(t); digits*2 >= n {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"“‘'", first)
}

// numberWords counts the words of s that are numbers.
func numberWords(s string) int {
	n := 0
	for _, w := range textproc.Words(s) {
		if isNumber(w) {
			n++
		}
	}
	return n
}
