package dateparser

import (
	"strconv"
	"strings"
	"time"
)

// months maps English month names and their abbreviations to numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// ignored are words a written date may carry that say nothing about the
// day: weekdays, linking words, zones.
var ignored = map[string]bool{
	"monday": true, "mon": true, "tuesday": true, "tue": true, "tues": true,
	"wednesday": true, "wed": true, "thursday": true, "thu": true, "thur": true, "thurs": true,
	"friday": true, "fri": true, "saturday": true, "sat": true, "sunday": true, "sun": true,
	"on": true, "at": true, "the": true, "of": true, "and": true, "t": true,
	"z": true, "utc": true, "gmt": true, "et": true, "est": true, "edt": true,
	"ct": true, "cst": true, "cdt": true, "mt": true, "mst": true, "mdt": true,
	"pt": true, "pst": true, "pdt": true, "bst": true, "cet": true, "cest": true,
}

// token is a run of digits, a run of letters or one other character.
type token struct {
	text  string
	digit bool
	word  bool
}

func tokenize(s string) []token {
	s = strings.ToLower(s)
	s = strings.NewReplacer("a.m.", "am", "p.m.", "pm").Replace(s)
	var out []token
	for i := 0; i < len(s); {
		c := s[i]
		j := i + 1
		switch {
		case isDigit(c):
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			out = append(out, token{text: s[i:j], digit: true})
		case isLetter(c):
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			out = append(out, token{text: s[i:j], word: true})
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		default:
			out = append(out, token{text: s[i:j]})
		}
		i = j
	}
	return out
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// written is what absolute has read so far.
type written struct {
	y, m, d int
	c       clock
}

// absolute reads a written date. Every word must be a month, a weekday,
// a zone, "am"/"pm" or a linking word: "Posted 3 March 2024" is not read,
// as go-dateparser does not read it.
func absolute(s string, cfg *Configuration, loc *time.Location) (time.Time, bool) {
	toks := tokenize(s)
	var w written
	for i := 0; i < len(toks); {
		n, ok := w.read(toks, i)
		if !ok {
			return time.Time{}, false
		}
		i += n
	}
	if w.m == 0 || (cfg.StrictParsing && (w.d == 0 || w.y == 0)) {
		return time.Time{}, false
	}
	if w.d == 0 {
		w.d = 1
	}
	if w.y == 0 {
		w.y = placeYear(w.m, w.d, cfg)
	}
	return makeDate(w.y, w.m, w.d, w.c, loc)
}

// read takes the tokens at i and reports how many it used.
func (w *written) read(toks []token, i int) (int, bool) {
	t := toks[i]
	switch {
	case t.word:
		if m, ok := months[t.text]; ok {
			if w.m != 0 {
				return 0, false
			}
			w.m = m
			return 1, true
		}
		return 1, ignored[t.text]
	case t.digit:
		if n, ok := w.numericDate(toks, i); ok {
			return n, true
		}
		if n, ok := w.clock(toks, i); ok {
			return n, true
		}
		return w.number(toks, i)
	case t.text == "+" || t.text == "-":
		// A zone offset after the time: "+01:00", "-0500".
		if w.c.set && i+1 < len(toks) && toks[i+1].digit {
			n := 2
			if i+3 < len(toks) && toks[i+2].text == ":" && toks[i+3].digit {
				n = 4
			}
			return n, true
		}
		return 1, t.text == "-"
	case t.text == "," || t.text == "." || t.text == "/":
		return 1, true
	}
	return 0, false
}

// numericDate reads 2024-03-05, 05/03/2024 and 3.5.24. The year leads or
// ends; a day over 12 tells the order of the rest, and otherwise the
// month comes first, as in American English.
func (w *written) numericDate(toks []token, i int) (int, bool) {
	if i+4 >= len(toks) || !toks[i+2].digit || !toks[i+4].digit {
		return 0, false
	}
	sep := toks[i+1].text
	if (sep != "-" && sep != "/" && sep != ".") || toks[i+3].text != sep {
		return 0, false
	}
	if w.y != 0 || w.m != 0 || w.d != 0 {
		return 0, false
	}
	a, b, c := toks[i].text, toks[i+2].text, toks[i+4].text
	if len(b) > 2 {
		return 0, false
	}
	switch {
	case len(a) == 4 && len(c) <= 2:
		w.y, w.m, w.d = atoi(a), atoi(b), atoi(c)
	case len(a) <= 2 && (len(c) == 4 || len(c) == 2):
		w.y = atoi(c)
		if len(c) == 2 {
			w.y += 2000
			if w.y > time.Now().Year()+1 {
				w.y -= 100
			}
		}
		w.m, w.d = atoi(a), atoi(b)
		if w.m > 12 {
			w.m, w.d = w.d, w.m
		}
	default:
		return 0, false
	}
	return 5, true
}

// clock reads 10:15, 10:15:30, 10.15 pm and 10 am.
func (w *written) clock(toks []token, i int) (int, bool) {
	n := 1
	c := clock{h: atoi(toks[i].text), set: true}
	if i+2 < len(toks) && (toks[i+1].text == ":" || toks[i+1].text == ".") && toks[i+2].digit && len(toks[i+2].text) == 2 {
		c.m = atoi(toks[i+2].text)
		n = 3
		if i+4 < len(toks) && toks[i+3].text == ":" && toks[i+4].digit && len(toks[i+4].text) == 2 {
			c.s = atoi(toks[i+4].text)
			n = 5
		}
	}
	meridiem := ""
	if i+n < len(toks) && (toks[i+n].text == "am" || toks[i+n].text == "pm") {
		meridiem = toks[i+n].text
		n++
	}
	if n == 1 || len(toks[i].text) > 2 || w.c.set {
		// A lone number is a time only with am or pm after it.
		return 0, false
	}
	switch meridiem {
	case "am", "pm":
		if c.h < 1 || c.h > 12 {
			return 0, false
		}
		c.h %= 12
		if meridiem == "pm" {
			c.h += 12
		}
	}
	if c.h > 23 || c.m > 59 || c.s > 59 {
		return 0, false
	}
	w.c = c
	return n, true
}

// number reads a day (with or without "st", "nd", "rd", "th") or a year.
func (w *written) number(toks []token, i int) (int, bool) {
	t := toks[i].text
	n := 1
	if i+1 < len(toks) {
		switch toks[i+1].text {
		case "st", "nd", "rd", "th":
			if len(t) > 2 {
				return 0, false
			}
			n = 2
		}
	}
	switch {
	case len(t) <= 2 && w.d == 0:
		w.d = atoi(t)
	case len(t) == 4 && n == 1 && w.y == 0:
		w.y = atoi(t)
	default:
		return 0, false
	}
	return n, true
}

// placeYear gives a date without a year the year cfg prefers.
func placeYear(m, d int, cfg *Configuration) int {
	now := cfg.CurrentTime
	if now.IsZero() {
		now = time.Now()
	}
	y := now.Year()
	this := time.Date(y, time.Month(m), d, 0, 0, 0, 0, now.Location())
	switch cfg.PreferredDateSource {
	case Past:
		if this.After(now) {
			y--
		}
	case Future:
		if this.Before(now) {
			y++
		}
	}
	return y
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
