package textproc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// titles are abbreviations that stand before a name and so never end a
// sentence.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true, "sens": true, "reps": true, "drs": true,
	"rep": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "adm": true,
	"maj": true, "cmdr": true, "rev": true, "st": true, "fr": true, "pres": true, "supt": true,
	"insp": true, "det": true, "brig": true, "cdr": true, "cllr": true, "pfc": true, "spc": true, "cpl": true, "pvt": true, "hon": true, "messrs": true, "mt": true,
	"ft": true, "no": true, "nos": true, "vs": true, "v": true, "etc": false, "jr": false, "sr": false,
	"inc": false, "co": false, "corp": false, "ltd": false,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "approx": true, "est": true,
}

// SentenceSpans splits text into sentences and returns their spans, with
// surrounding white space left out. A sentence ends at '.', '!' or '?'
// (with any closing quotes or brackets) before white space and a capital
// letter, digit or opening quote, unless the full stop ends a title ("Mr."),
// an initial ("J.") or an abbreviation with inner stops ("U.S.") that the
// next word does not show to be a sentence start. A line break that ends a
// paragraph always ends a sentence.
func SentenceSpans(text string) []Span {
	var spans []Span
	start := 0
	// quoteStart is where the open double quote began, or -1: a full stop
	// inside a quotation ends a sentence of the speaker, not of the text.
	quoteStart := -1
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if s < e {
			spans = append(spans, Span{s, e})
		}
		start = end
		quoteStart = -1
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			// A blank line, or a line break after terminal punctuation,
			// ends the sentence.
			j := i + 1
			if j < len(text) && text[j] == '\n' || endsWithTerminal(text[start:i]) {
				emit(i)
			}
			i = j
			continue
		}
		if r == '\u201c' || r == '"' || r == '\u201d' {
			quoteStart = quoteState(text, i, r, quoteStart)
			i += size
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		// Take the whole run of terminal punctuation and closers.
		j := i + size
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || isCloser(r2) {
				if r2 == '\u201d' || r2 == '"' {
					quoteStart = -1
				}
				j += s2
				continue
			}
			break
		}
		if quoteStart >= 0 && j-quoteStart < maxQuoteSentence {
			i = j
			continue
		}
		if j >= len(text) {
			break
		}
		r2, _ := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r2) {
			i = j
			continue
		}
		k := j
		for k < len(text) {
			r3, s3 := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(r3) || r3 == '\n' && k+1 < len(text) && text[k+1] == '\n' {
				break
			}
			k += s3
		}
		if k >= len(text) {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next)) {
			i = j
			continue
		}
		if r == '.' && !isAbbrevEnd(text[start:i+1], nextWord(text[k:])) {
			i = j
			continue
		}
		emit(j)
		i = j
	}
	emit(len(text))
	return spans
}

// Sentences returns the sentences of text.
func Sentences(text string) []string {
	var out []string
	for _, s := range SentenceSpans(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

// maxQuoteSentence bounds, in bytes, how long a quotation may hold its
// sentences together, so that a quote mark left open does not swallow a
// paragraph.
const maxQuoteSentence = 600

// quoteState returns where the open quotation begins after the quote mark
// r at i, given where it began before (-1 for none). A straight quote
// opens when none is open or when it follows white space, and closes an
// open one otherwise.
func quoteState(text string, i int, r rune, open int) int {
	switch r {
	case '\u201c':
		return i
	case '\u201d':
		return -1
	}
	if open < 0 {
		return i
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' {
		return i
	}
	return -1
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

func endsWithTerminal(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || isCloser(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':'
}

func isCloser(r rune) bool {
	return r == '"' || r == '\'' || r == '\u201d' || r == '\u2019' || r == ')' || r == ']' || r == '\u00bb'
}

func isOpener(r rune) bool {
	return r == '"' || r == '\'' || r == '\u201c' || r == '\u2018' || r == '(' || r == '[' || r == '\u00ab'
}

func nextWord(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return isOpener(r) })
	end := strings.IndexFunc(s, func(r rune) bool { return !IsWordRune(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// isAbbrevEnd reports whether the full stop that ends before (a sentence so
// far, ending in '.') really ends the sentence, given the next word.
func isAbbrevEnd(before, next string) bool {
	// The token before the stop, back to white space.
	tok := before[:len(before)-1]
	if i := strings.LastIndexFunc(tok, unicode.IsSpace); i >= 0 {
		tok = tok[i+1:]
	}
	tok = strings.TrimLeftFunc(tok, func(r rune) bool { return isOpener(r) || r == '—' || r == '-' })
	if tok == "" || strings.TrimFunc(tok, unicode.IsDigit) == "" {
		return !splitDecimal(before[:len(before)-1], next)
	}
	lower := strings.ToLower(tok)
	if v, ok := titles[lower]; ok && v {
		return false
	}
	// "Co." after a word in lower case is a county ("in Co. Cork"); a
	// company's ends its name ("Acme Co. Shares fell").
	if tok == "Co" && CountyAbbrevAfter(before[:len(before)-1-len(tok)]) {
		return false
	}
	// A single capital letter is an initial: "J. Smith".
	if utf8.RuneCountInString(tok) == 1 {
		r, _ := utf8.DecodeRuneInString(tok)
		if unicode.IsUpper(r) {
			return false
		}
	}
	// An abbreviation with inner stops ("U.S.", "a.m.") ends a sentence
	// only when a function word ("The", "He") starts the next one.
	if strings.Contains(tok, ".") {
		return IsStopword(strings.ToLower(next))
	}
	return true
}

// CountyAbbrevAfter reports whether the text before "Co." ends on a word
// in lower case ("in", "near", "rural"), before which "Co." is a
// county's ("in Co. Cork"), not a company's that ends a sentence.
func CountyAbbrevAfter(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	i := strings.LastIndexFunc(before, unicode.IsSpace)
	w := before[i+1:]
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}

// splitDecimal reports whether a full stop followed by a space, between
// before and next, is the decimal point of a number a tokenised text wrote
// apart: "a 6 . 1 magnitude quake", "a 6. 1 magnitude quake". A number of one to three digits before it and
// of one or two after it; a year before it ("in 2006 . 12 people") ends a
// sentence.
func splitDecimal(before, next string) bool {
	if len(next) == 0 || len(next) > 2 || strings.TrimFunc(next, unicode.IsDigit) != "" {
		return false
	}
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsDigit(r) })
	n := len(before) - (i + 1)
	return n >= 1 && n <= 3 && (i < 0 || unicode.IsSpace(rune(before[i])))
}
