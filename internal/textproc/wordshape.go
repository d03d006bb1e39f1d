package textproc

import (
	"strings"
	"unicode"
)

// Limits of the word-shape test of NotText. Real text in any script is
// almost all words of a regular shape: letters in one of the few case
// patterns writing uses (lower, Title, UPPER, camel names such as
// McDonald, iPhone or OpenAI) with only apostrophes, hyphens, full stops
// and the like inside them, and, in Latin words of four letters or more,
// a vowel. Random bytes make tokens of letters, digits and symbols mixed
// (`1h(@/_Y\sP:`, `×µŸ¢ºÜ¯`), and random letters case patterns (xQzkVb)
// that writing never uses. Figures, symbols alone and addresses count
// neither way, so that a table of figures with a few words passes.
const (
	// maxOddShare is the largest share, in percent, of the characters of
	// counted tokens that may be in tokens of no word shape.
	maxOddShare = 50
	// minOddChars is the fewest characters of odd tokens that refuse a
	// text: below it, a few odd tokens in a headline are left alone.
	minOddChars = 12
)

// shapeStats counts the characters of words of a regular shape (good) and
// of tokens of no word shape (odd).
type shapeStats struct{ good, odd int }

// addToken counts one run of non-space characters. Brackets and quotation
// marks wrap words (report(s), "quoted", List<Game>) and so part them.
func (sh *shapeStats) addToken(tok string) {
	for _, piece := range strings.FieldsFunc(tok, func(r rune) bool { return strings.ContainsRune(wrappers, r) }) {
		sh.addPiece(piece)
	}
}

// wrappers are the brackets and quotation marks that wrap words.
const wrappers = "()[]{}<>\"“”«»„「」『』【】（）"

func (sh *shapeStats) addPiece(tok string) {
	core := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) })
	if core == "" || isAddress(core) {
		return
	}
	// Scripts written without spaces put a sentence's punctuation inside
	// what looks like one token.
	joiner := func(r rune) bool { return strings.ContainsRune(wordJoiners, r) }
	if strings.IndexFunc(core, unspaced) >= 0 {
		joiner = func(r rune) bool {
			return unicode.IsPunct(r) || unicode.IsSymbol(r) || strings.ContainsRune(wordJoiners, r)
		}
	}
	n := 0
	letters, digits, others, marks := 0, 0, 0, 0
	for _, r := range core {
		n++
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case joiner(r):
		case strings.ContainsRune(figureMarks, r) || unicode.Is(unicode.Sc, r):
			marks++
		default:
			others++
		}
	}
	if digits == 0 {
		// Outside figures, signs are odd too.
		others += marks
	}
	switch {
	case others > 0:
		sh.odd += n
	case letters == 0:
		// A figure.
	case digits > 0:
		// Letters and digits mixed: a unit (10km), an ordinal (3rd), a
		// code (COVID-19, H1N1, rs232). A part that changes between
		// letters and digits more often is odd.
		for _, part := range strings.FieldsFunc(core, joiner) {
			if switches(part) > 3 {
				sh.odd += len([]rune(part))
			}
		}
	default:
		for _, part := range strings.FieldsFunc(core, joiner) {
			if regularWord(part) {
				sh.good += len([]rune(part))
			} else {
				sh.odd += len([]rune(part))
			}
		}
	}
}

// switches counts the changes between letters and digits in s.
func switches(s string) int {
	n, prev := 0, 0
	for _, r := range s {
		c := 1
		if unicode.IsDigit(r) {
			c = 2
		}
		if prev != 0 && c != prev {
			n++
		}
		prev = c
	}
	return n
}

// wordJoiners are the characters that may stand inside a word or a figure:
// apostrophes, hyphens and dashes, full stops (U.S.), commas and colons in
// figures, the slash (and/or, 24/7), the ampersand (AT&T), the Catalan
// middle dot, the plus and underscore of names (Howerton+White,
// rustc_codegen) and the zero-width joiners of Indic scripts.
const wordJoiners = "'’‘-‐‑–—.,:/&+_·\u200c\u200d"

// figureMarks are the signs that may stand inside a figure, besides
// currency signs: $20,000–$100,000, 5%-7%, 20°C.
const figureMarks = "%°±×"

// isAddress reports whether a token is a web or mail address or a handle,
// which have shapes of their own.
func isAddress(s string) bool {
	return strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.Contains(s, "@") && strings.Contains(s, ".")
}

// regularWord reports whether a word of letters has a shape writing uses:
// its runs of capitals and small letters make lower, Title, UPPER, a
// plural acronym (MPs) or a camel name of at most four runs whose inner
// capital runs are single letters (McDonald, iPhone, eBay, OpenAI); and a
// Latin word of four letters or more that is not all capitals has a vowel.
func regularWord(w string) bool {
	// A word of a caseless script may run into a cased one (PCの起動):
	// each cased stretch is judged alone.
	caseless := func(r rune) bool {
		return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
	}
	if strings.IndexFunc(w, caseless) >= 0 {
		for _, seg := range strings.FieldsFunc(w, caseless) {
			if !casedWord(seg) {
				return false
			}
		}
		return true
	}
	return casedWord(w)
}

// casedWord is regularWord for a word of a cased script. Its runs of
// capitals and small letters may make lower, UPPER, Title, a plural
// acronym (MPs) or a camel name (iPhone, McDonald, OpenAI,
// AnswerThePublic, HTTPServer): small-letter runs after its first
// are two letters or more (but Mc and a last one), and an ASCII camel name has vowels as words
// do. Random letters make short runs and few vowels. An ASCII word of
// four letters or more that is not all capitals has a vowel.
func casedWord(w string) bool {
	var runs []int // lengths of the case runs
	upperFirst := false
	prev := 0 // 1 upper, -1 lower
	letters, vowels, ascii := 0, 0, true
	for _, r := range w {
		letters++
		c := -1
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			c = 1
		}
		if unicode.IsMark(r) && prev != 0 {
			c = prev
		}
		if c != prev {
			if prev == 0 {
				upperFirst = c == 1
			}
			runs = append(runs, 0)
			prev = c
		}
		runs[len(runs)-1]++
		if r >= 0x80 {
			ascii = false
		}
		if strings.ContainsRune("aeiouyAEIOUY", r) {
			vowels++
		}
	}
	if len(runs) == 1 && upperFirst {
		return true
	}
	if ascii && letters >= 4 && vowels == 0 {
		return false
	}
	switch {
	case len(runs) == 1:
		return true
	case upperFirst && len(runs) == 2:
		// Title, or a plural acronym (MPs); UPPer is odd.
		return runs[0] == 1 || runs[1] == 1 && strings.HasSuffix(w, "s")
	}
	// A camel name. Small-letter runs are every other run, starting
	// with the second when the word starts with a capital.
	first := 0
	if upperFirst {
		first = 1
	}
	for i := first; i < len(runs); i += 2 {
		if i == 0 || runs[i] >= 2 {
			continue
		}
		// One small letter after a first capital (Mc) or at the end
		// (CEOs, RenaissanceRe).
		if i == 1 && runs[0] == 1 || i == len(runs)-1 {
			continue
		}
		return false
	}
	return !ascii || vowels*5 >= letters
}
