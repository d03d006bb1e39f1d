package discrepancy

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A body is a committee, court, agency or school named by capitalised
// words that end in what it is: "House Oversight Committee", "Hollister
// University". Two articles that each name one body of a first word and a
// kind, differently ("House Transportation and Infrastructure Committee",
// "House Oversight Committee"; "Hollister University", "Hollister
// College"), in sentences that share what else they say, name one body two
// ways.

// bodyHeads are the words that end the name of a body, by kind: a school
// is a university or a college, whichever a report calls it.
var bodyHeads = map[string]string{
	"committee": "committee", "subcommittee": "subcommittee", "commission": "commission",
	"court": "court", "agency": "agency", "department": "department", "ministry": "ministry",
	"bureau": "bureau", "board": "board", "council": "council", "institute": "school",
	"university": "school", "college": "school", "school": "school", "academy": "school",
	"hospital": "hospital", "foundation": "foundation",
}

// bodyLinks may stand inside the name of a body ("Transportation and
// Infrastructure", "Court of Appeals").
var bodyLinks = map[string]bool{"and": true, "of": true, "for": true, "on": true, "&": true}

// maxBodyWords bounds the words of a body's name.
const maxBodyWords = 7

// body is the name of a body as a sentence gives it.
type body struct {
	key, name, sentence string
}

// bodyDiscrepancies reports bodies of one first word and kind that the
// articles name two ways, where each article names that body one way only,
// the sentences share two content words besides the names, and neither
// article writes the other's name.
func bodyDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	keys, byKey := toldOnce(arts, m, "discrepancy.bodies", bodiesOf,
		// Names that differ only in typography ("Veterans'", "Veterans’")
		// are one.
		func(b body) (string, string, string, string) {
			return b.key, strings.Join(textproc.FoldedWords(b.name), " "), b.name, b.sentence
		})
	index := articleIndex(arts)
	return toldTwoWays(keys, byKey, func(_, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		inNames := " " + strings.ToLower(a+" "+b) + " "
		skip := func(c string) bool { return strings.Contains(inNames, " "+c+" ") }
		if shortForm(textproc.FoldedWords(a), textproc.FoldedWords(b)) ||
			overlap(x.context(skip), y.context(skip)) < minPlaceContext || writes(arts, index, x.arts, b) || writes(arts, index, y.arts, a) {
			return crosscheck.Discrepancy{}, false
		}
		return twoWays(crosscheck.NameDiscrepancy, "Name of a body: “"+a+"” or “"+b+"”", x, y), true
	})
}

// shortForm reports whether one name's words are the other's with some
// left out, in the same order: "Chemical Safety Board" is the "Chemical
// Safety and Hazard Investigation Board" shortened, not another body.
func shortForm(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == len(b) {
		return false
	}
	i := 0
	for _, w := range b {
		if i < len(a) && a[i] == w {
			i++
		}
	}
	return i == len(a)
}

// bodiesOf returns the bodies named in an article's sentences: a run of
// capitalised words, with the words of bodyLinks inside it, that ends in a
// word of bodyHeads, keyed by its first word and the head's kind.
func bodiesOf(sents []string) []body {
	var out []body
	for _, s := range sents {
		if !namesBody(s) {
			continue
		}
		ws := strings.Fields(s)
		for k := 0; k < len(ws) && len(out) < maxPlacings; k++ {
			head := strings.ToLower(strings.TrimRight(ws[k], ",.;:'’s)"))
			kind, ok := bodyHeads[head]
			if !ok || !capital(ws[k]) {
				continue
			}
			// Back over the name's words to its first capitalised one.
			first := k
			for j := k - 1; j >= 0 && k-j < maxBodyWords; j-- {
				w := strings.Trim(ws[j], "\"“‘(")
				if strings.ContainsAny(ws[j], ",;:.") && j < k {
					break
				}
				if capital(w) && !textproc.IsStopword(strings.ToLower(w)) && !calendarNames[strings.ToLower(w)] {
					first = j
					continue
				}
				if !bodyLinks[strings.ToLower(w)] {
					break
				}
			}
			if first == k {
				continue
			}
			name := strings.Trim(strings.Join(ws[first:k+1], " "), "\"“‘(,.;:")
			name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
			lead := strings.ToLower(strings.Trim(ws[first], "\"“‘("))
			out = append(out, body{key: lead + " " + kind, name: name, sentence: s})
		}
	}
	return out
}

// namesBody reports whether a sentence holds a capitalised word of
// bodyHeads, which a body's name needs: most sentences have none.
func namesBody(s string) bool {
	for h := range bodyHeads {
		if strings.Contains(s, strings.ToUpper(h[:1])+h[1:]) {
			return true
		}
	}
	return false
}

// capital reports whether a word starts with a capital letter.
func capital(w string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"“‘("))
	return unicode.IsUpper(r)
}
