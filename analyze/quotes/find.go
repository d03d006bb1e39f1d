// Package quotes finds the direct quotations of news articles, gives each
// its speaker and joins the same quotation across articles into one
// crosscheck.Quote whose different wordings are its variants.
//
// Quotations are found by their marks: curly and straight double quotes,
// and single quotes at the top level (British style) that are told apart
// from apostrophes by what stands around them. A quotation may run over
// several paragraphs, be split around "he said", or be a fragment inside a
// sentence of reported speech. Speakers come from the attribution next to
// the quotation ("X said", "said X", "according to X", "X, the Y, said"),
// from the subject of the sentence's speech verb, or, for pronouns, from the
// last person the text named as a subject. The package does not decide who
// a name refers to across a story; a Resolver given by the caller does.
package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/textproc"
)

// Found is one quotation in a text: its words without the quote marks, the
// speaker as the text names them (pronouns replaced by the person they
// stand for, when known; empty when unknown), and the byte span
// [Start, End) of the quotation in the text. A quotation continued over
// paragraphs or split around an attribution is one Found whose Text joins
// the pieces and whose span covers them all.
type Found struct {
	Text    string
	Speaker string
	Start   int
	End     int
}

// piece is a quoted run inside one paragraph: [start, end) is the content
// without the marks, [open, close) includes them.
type piece struct {
	open, start, end, close int
	// unclosed is set when the paragraph ended before a closing mark.
	unclosed bool
	// single is set for a quotation in single quotes.
	single bool
}

// paragraph is a line of text between line breaks.
type paragraph struct{ start, end int }

func paragraphs(text string) []paragraph {
	var out []paragraph
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, paragraph{s, e})
		}
		start = end + 1
	}
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// Quote mark classes.
const (
	markNone = iota
	markOpenDouble
	markCloseDouble
	markStraightDouble
	markOpenSingle
	markCloseSingle
	markStraightSingle
)

func markKind(r rune) int {
	switch r {
	case '\u201c', '\u201e', '\u00ab':
		return markOpenDouble
	case '\u201d', '\u00bb':
		return markCloseDouble
	case '"':
		return markStraightDouble
	case '\u2018', '\u201a':
		return markOpenSingle
	case '\u2019':
		return markCloseSingle
	case '\'':
		return markStraightSingle
	}
	return markNone
}

// runeBefore and runeAfter return the rune next to [i, j) in s, or ' '
// at either end.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func runeAfter(s string, j int) rune {
	if j >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return r
}

// opensAfter reports whether r may stand before an opening quote mark.
func opensAfter(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("([{\u2014\u2013-/:\u201c\u2018\"'", r)
}

func isWordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scan returns the quoted pieces of the paragraph text[p.start:p.end] in
// order. Double quotes come first; single quotes count only outside them.
func scan(text string, p paragraph) []piece {
	var out []piece
	dbl := -1   // content start of the open double quote, or -1
	dblAt := -1 // position of its opening mark
	sgl := -1
	sglAt := -1
	depth := 0 // double quotes nested inside the open one
	opened := false
	// balance is how many more curly double quotes the rest of the
	// paragraph closes than it opens.
	balance := 0
	for _, r := range text[p.start:p.end] {
		switch markKind(r) {
		case markOpenDouble:
			balance--
		case markCloseDouble:
			balance++
		}
	}
	for i := p.start; i < p.end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		kind := markKind(r)
		before, after := runeBefore(text, i), runeAfter(text, i+size)
		if kind == markOpenDouble || kind == markStraightDouble && dbl < 0 && !unicode.IsSpace(after) {
			opened = true
		}
		switch kind {
		case markOpenDouble:
			balance++
		case markCloseDouble:
			balance--
		}
		switch kind {
		case markOpenDouble:
			// A nested quotation leaves two more closing marks than
			// opening ones to come: its own and the outer one.
			if dbl >= 0 {
				if balance >= 2 {
					depth++
					break
				}
				// An opening mark inside an open quotation: the earlier one
				// was never closed.
				out = append(out, piece{open: dblAt, start: dbl, end: i, close: i, unclosed: true})
			}
			dbl, dblAt = i+size, i
			sgl = -1
		case markCloseDouble:
			switch {
			case dbl >= 0 && depth > 0:
				depth--
			case dbl >= 0:
				out = append(out, piece{open: dblAt, start: dbl, end: i, close: i + size})
				dbl = -1
			case len(out) == 0 && !opened:
				// A closing mark with no opening one: a quotation carried
				// over from the paragraph before without a mark.
				out = append(out, piece{open: p.start, start: p.start, end: i, close: i + size})
			}
		case markStraightDouble:
			switch {
			case dbl < 0 && unicode.IsSpace(after) && !unicode.IsSpace(before) && len(out) == 0 && !opened:
				out = append(out, piece{open: p.start, start: p.start, end: i, close: i + size})
			case dbl < 0 && !unicode.IsSpace(after):
				dbl, dblAt = i+size, i
				sgl = -1
			case dbl >= 0 && unicode.IsSpace(before) && isWordChar(after) && i > dbl:
				// A straight mark that looks like an opener while one is
				// open: the earlier quotation was never closed.
				out = append(out, piece{open: dblAt, start: dbl, end: i, close: i, unclosed: true})
				dbl, dblAt = i+size, i
			case dbl >= 0:
				out = append(out, piece{open: dblAt, start: dbl, end: i, close: i + size})
				dbl = -1
			}
		case markOpenSingle, markStraightSingle, markCloseSingle:
			if dbl >= 0 {
				break
			}
			opener := opensAfter(before) && isWordChar(after)
			closer := !unicode.IsSpace(before) && !isWordChar(after)
			switch {
			case sgl < 0 && opener && kind != markCloseSingle:
				sgl, sglAt = i+size, i
			case sgl >= 0 && closer && kind != markOpenSingle && i > sgl:
				out = append(out, piece{open: sglAt, start: sgl, end: i, close: i + size, single: true})
				sgl = -1
			}
		}
		i += size
	}
	if dbl >= 0 {
		out = append(out, piece{open: dblAt, start: dbl, end: p.end, close: p.end, unclosed: true})
	}
	// An unclosed single quote was an apostrophe after all.
	return out
}

// trimContent narrows [s, e) of text to the quoted words, without the
// white space and the trailing comma, colon or dash that belong to the
// sentence around the quotation.
func trimContent(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) && r != '\u2026' && r != '.' {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != ',' && r != ';' && r != ':' && r != '\u2014' && r != '\u2013' && r != '-' {
			break
		}
		e -= size
	}
	return s, e
}

// quotation is a Found under construction, with what attribution needs.
type quotation struct {
	Found
	para int // index of the paragraph where it starts
	// lastPara is the index of the paragraph where it ends.
	lastPara int
	open     int // position of the first opening mark
	close    int // position just after the last closing mark
	// endPunct is the last rune of the quoted words before the closing mark.
	endPunct rune
	parts    []string
	how      attribution
	// letter is set for a letter or post set off as a block after a
	// colon ("Dear Sue and Kim, ...").
	letter bool
	// named is set when the quotation's own sentence names its speaker
	// ("…,” Garrity wrote), not a pronoun or an earlier quotation.
	named bool
}

// Find returns the direct quotations of text in order, each with its
// speaker as the text names them. It never fails: unbalanced marks close at
// the end of their paragraph.
func Find(text string) []Found {
	qs := find(text)
	out := make([]Found, len(qs))
	for i, q := range qs {
		out[i] = q.Found
	}
	return out
}

func find(text string) []*quotation {
	paras := paragraphs(text)
	var qs []*quotation
	var carry *quotation // a quotation continued into the next paragraph
	for pi, p := range paras {
		pieces := scan(text, p)
		letter := pi > 0 && text[paras[pi-1].end-1] == ':' && opensLetter(text, p)
		if len(pieces) == 0 && pi > 0 && introducesBlock(text, paras[pi-1]) || letter && !anyDouble(pieces) {
			pieces = []piece{{open: p.start, start: p.start, end: p.end, close: p.end}}
		}
		for k, pc := range pieces {
			if carry != nil && k == 0 && pc.open == p.start && !pc.single {
				carry.add(text, pc, pi)
				if !pc.unclosed {
					qs = append(qs, carry)
					carry = nil
				}
				continue
			}
			if carry != nil {
				qs = append(qs, carry)
				carry = nil
			}
			q := &quotation{para: pi, open: pc.open, Found: Found{Start: -1}, letter: letter}
			q.add(text, pc, pi)
			// A paragraph that ends inside a quotation may be continued by
			// the next, which then opens with a quote mark.
			if pc.unclosed && k == len(pieces)-1 && pi+1 < len(paras) && opensWithQuote(text, paras[pi+1]) {
				carry = q
				continue
			}
			qs = append(qs, q)
		}
		if carry != nil && (pi+1 >= len(paras) || !opensWithQuote(text, paras[pi+1])) {
			qs = append(qs, carry)
			carry = nil
		}
	}
	if carry != nil {
		qs = append(qs, carry)
	}
	kept := qs[:0]
	for _, q := range qs {
		if q.Start < 0 || strings.TrimSpace(q.Text) == "" {
			continue
		}
		kept = append(kept, q)
	}
	attribute(text, paras, kept)
	return joinSplit(text, kept)
}

// introducesBlock reports whether a paragraph ends in a colon after a
// speech verb ("..., saying:"), so that a paragraph after it without
// quote marks is a quotation set off as a block.
func introducesBlock(text string, p paragraph) bool {
	if text[p.end-1] != ':' {
		return false
	}
	spans := textproc.SentenceSpans(text[p.start:p.end])
	last := spans[len(spans)-1]
	toks := tokenize(text, p.start+last.Start, p.end)
	for v, t := range toks {
		if isSpeechVerb(toks, v) || t.word && speechParticiples[t.lower()] || isInfinitive(toks, v) {
			return true
		}
	}
	return false
}

// salutations open a letter or a message quoted whole.
var salutations = set(`dear hi hello to`)

// opensLetter reports whether a paragraph opens as a letter does: a
// salutation, a name and a comma ("Dear Sue and Kim, ...").
func opensLetter(text string, p paragraph) bool {
	toks := tokenize(text, p.start, min(p.end, p.start+120))
	if len(toks) < 3 || !salutations[toks[0].lower()] || !toks[0].capital() || !toks[1].capital() {
		return false
	}
	for _, t := range toks[1:] {
		if t.s == "," {
			return true
		}
		if !t.capital() && t.lower() != "and" {
			return false
		}
	}
	return false
}

// anyDouble reports whether a piece is in double quotes.
func anyDouble(pieces []piece) bool {
	for _, pc := range pieces {
		if !pc.single {
			return true
		}
	}
	return false
}

func opensWithQuote(text string, p paragraph) bool {
	r, _ := utf8.DecodeRuneInString(text[p.start:])
	k := markKind(r)
	return k == markOpenDouble || k == markStraightDouble
}

// add appends a piece to the quotation.
func (q *quotation) add(text string, pc piece, pi int) {
	q.lastPara = pi
	q.close = pc.close
	s, e := trimContent(text, pc.start, pc.end)
	if s >= e {
		return
	}
	if q.Start < 0 {
		q.Start = s
	}
	q.End = e
	q.parts = append(q.parts, text[s:e])
	q.Text = strings.Join(q.parts, " ")
	raw := strings.TrimRightFunc(text[pc.start:pc.end], unicode.IsSpace)
	q.endPunct, _ = utf8.DecodeLastRuneInString(raw)
}
