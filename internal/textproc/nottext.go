package textproc

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of NotText. The thresholds sit far from both sides: real text in
// any language has well under 1% replacement or control characters, its
// commonest character under 20% of the non-space ones (a letter, or the
// ideographic full stop), and words under 12 characters on average in
// scripts that separate words; random bytes read as Windows-1252 have
// about 12% control characters or words over 100 characters long.
const (
	// notTextWindow is the size of each of the three samples NotText
	// reads (start, middle and end), so that its cost is bounded.
	notTextWindow = 64 << 10
	// maxBadShare is the largest share of replacement and control
	// characters, in percent, that text may have.
	maxBadShare = 10
	// maxTopShare is the largest share, in percent, of the non-space
	// characters that one character may make up.
	maxTopShare = 50
	// minRepeatSample is the fewest non-space characters a text needs
	// before its commonest character is judged.
	minRepeatSample = 32
	// maxWordLength is the longest average run of non-space characters in
	// a text written in a script that separates words with spaces.
	maxWordLength = 30
)

// NotText returns why s is not text in a human language, or "" when it
// may be: it has no letters, one character makes up most of it, a high
// share of it is replacement or control characters, or, in a script that
// separates words with spaces, it has almost no spaces. Blank text is left
// to the caller. Only three windows of s are read, so that the check costs
// the same on any size of input.
func NotText(s string) string {
	var st textStats
	if len(s) <= 3*notTextWindow {
		st.add(s)
	} else {
		mid := len(s) / 2
		st.add(window(s, 0, notTextWindow))
		st.add(window(s, mid, mid+notTextWindow))
		st.add(window(s, len(s)-notTextWindow, len(s)))
	}
	return st.verdict()
}

// textStats counts the characters of the windows NotText reads.
type textStats struct {
	runes, nonSpace, letters, bad int
	// spaced counts letters of scripts that separate words with spaces;
	// words counts runs of non-space characters.
	spaced, words int
	counts        map[rune]int
	shape         shapeStats
}

func (st *textStats) add(s string) {
	if st.counts == nil {
		st.counts = map[rune]int{}
	}
	inWord, start := false, 0
	for i, r := range s {
		st.runes++
		if unicode.IsSpace(r) {
			if inWord {
				st.shape.addToken(s[start:i])
			}
			inWord = false
			continue
		}
		if !inWord {
			st.words++
			inWord, start = true, i
		}
		st.nonSpace++
		st.counts[r]++
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r):
			st.letters++
			if !unspaced(r) {
				st.spaced++
			}
		case r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Co, r):
			st.bad++
		}
	}
	if inWord {
		st.shape.addToken(s[start:])
	}
}

// window returns s[start:end] with its ends moved to the nearest
// character boundaries inside it.
func window(s string, start, end int) string {
	for start < end && !utf8.RuneStart(s[start]) {
		start++
	}
	for end < len(s) && end > start && !utf8.RuneStart(s[end]) {
		end--
	}
	return s[start:end]
}

func (st *textStats) verdict() string {
	if st.nonSpace == 0 {
		return ""
	}
	if st.letters == 0 {
		return "no letters"
	}
	if st.bad*100 > st.runes*maxBadShare {
		return fmt.Sprintf("%d%% of its characters are replacement or control characters", st.bad*100/st.runes)
	}
	if st.nonSpace >= minRepeatSample {
		top, n := rune(0), 0
		for r, c := range st.counts {
			if c > n || c == n && r < top {
				top, n = r, c
			}
		}
		if n*100 > st.nonSpace*maxTopShare {
			return fmt.Sprintf("one character repeated (%s makes %d%% of it)", quoteRune(top), n*100/st.nonSpace)
		}
	}
	if st.spaced*2 > st.letters && st.nonSpace > st.words*maxWordLength {
		return fmt.Sprintf("no words (%d characters between spaces on average)", st.nonSpace/st.words)
	}
	if sh := st.shape; sh.odd >= minOddChars && sh.odd*100 > (sh.odd+sh.good)*maxOddShare {
		return fmt.Sprintf("no words (%d%% of it is in no word shape)", sh.odd*100/(sh.odd+sh.good))
	}
	return ""
}

// quoteRune prints r for an error message, escaped when it is not
// printable.
func quoteRune(r rune) string {
	if unicode.IsPrint(r) {
		return "'" + string(r) + "'"
	}
	return fmt.Sprintf("%U", r)
}

// unspaced reports whether r belongs to a script written without spaces
// between words.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao,
		unicode.Khmer, unicode.Myanmar, unicode.Tibetan, unicode.Yi, unicode.Javanese, unicode.Balinese)
}

// MostlyUTF8 reports whether b, which is not valid UTF-8, is UTF-8 with a
// few damaged bytes rather than text in a single-byte encoding: it holds
// valid multi-byte sequences, at least twice as many as invalid bytes. In
// a single-byte encoding nearly every non-ASCII byte is invalid UTF-8, and
// valid sequences arise only by accident.
func MostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid > 0 && valid >= 2*invalid
}

// ValidUTF8 returns b as a string with each run of invalid bytes replaced
// by U+FFFD.
func ValidUTF8(b []byte) string { return strings.ToValidUTF8(string(b), "\uFFFD") }
