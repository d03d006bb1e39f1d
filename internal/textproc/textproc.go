// Package textproc holds the text handling that several stages share:
// Unicode normalisation, folding for comparison, word tokens, sentence
// splitting and shingle hashing. It knows nothing of articles or stories.
package textproc

import (
	"hash/fnv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s as NFC with invalid UTF-8 replaced, NUL and other
// control characters (but tab and newline) removed, and line endings made
// "\n".
func Normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u00a0' || r == '\u2007' || r == '\u202f':
			return ' '
		case r == '\u200b' || r == '\ufeff' || r == '\u00ad':
			return -1
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

// foldRune maps typographic variants to one form: curly quotes to straight
// ones, dashes to '-', and letters with diacritics to their base letter.
func foldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	}
	return unicode.ToLower(r)
}

// Fold returns s lower-cased, with typographic quotes and dashes made plain
// and diacritics removed (letters with a stroke too), for comparing texts
// that differ only in form.
func Fold(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r >= 0xC0 {
			if l, ok := plainLetters[unicode.ToLower(r)]; ok {
				b.WriteString(l)
				continue
			}
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// plainLetters spell in plain Latin letters the letters that carry a mark
// Unicode does not decompose ("Sørensen" is "Sorensen" written without
// its stroke).
var plainLetters = map[rune]string{
	'ø': "o", 'ł': "l", 'đ': "d", 'ħ': "h", 'ı': "i", 'ŧ': "t",
	'æ': "ae", 'œ': "oe", 'ß': "ss", 'þ': "th", 'ð': "d",
}

// IsWordRune reports whether r belongs to a word token, as the regular
// expression \w does but for all of Unicode.
func IsWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Words returns the runs of word characters in s, case kept.
func Words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if IsWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// FoldedWords returns the words of Fold(s).
func FoldedWords(s string) []string { return Words(Fold(s)) }

// Hash64 returns a 64-bit FNV-1a hash of s.
func Hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// Shingles returns the hashes of the runs of k consecutive words. A text of
// fewer than k words gives one shingle of all its words; no words, none.
func Shingles(words []string, k int) []uint64 {
	if len(words) == 0 {
		return nil
	}
	if len(words) < k {
		return []uint64{Hash64(strings.Join(words, " "))}
	}
	out := make([]uint64, 0, len(words)-k+1)
	for i := 0; i+k <= len(words); i++ {
		out = append(out, Hash64(strings.Join(words[i:i+k], " ")))
	}
	return out
}

// stopwords are English function words that carry little of a text's topic.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be
		because been before being below between both but by can could did do does doing down during each
		few for from further had has have having he her here hers herself him himself his how i if in into
		is it its itself just me more most my myself no nor not now of off on once only or other our ours
		ourselves out over own same she should so some such than that the their theirs them themselves then
		there these they this those through to too under until up very was we were what when where which
		while who whom why will with would you your yours yourself yourselves said says say told tell mr mrs
		ms dr s t would could will may might must shall one two also its it's he's she's they're we're
		there's that's don't didn't doesn't isn't wasn't aren't weren't won't can't`) {
		m[w] = true
	}
	return m
}()

// IsStopword reports whether the lower-case word w is an English function
// word.
func IsStopword(w string) bool { return stopwords[w] }

// ContentWords returns the folded words of s that are not stopwords.
func ContentWords(s string) []string {
	var out []string
	for _, w := range FoldedWords(s) {
		if !stopwords[w] {
			out = append(out, w)
		}
	}
	return out
}
