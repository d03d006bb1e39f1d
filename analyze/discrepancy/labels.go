package discrepancy

import (
	"strings"
	"unicode"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A label is a name made of a word and a number: "Flight 1482", "Route 9",
// "Category 3", "Proposition 22". The number names one thing; it counts
// nothing, so package figures leaves it alone. Two articles that each give
// one number to the same word, in sentences that speak of the same things,
// name one flight, road or storm category two ways.

// label is a label as an article writes it.
type label struct {
	word     string // the word, folded
	text     string // the label as written
	value    string // the number
	sentence string
}

// maxLabels bounds the labels read from one article.
const maxLabels = 256

// labelDiscrepancies reports labels whose word the articles give two
// different numbers, where each article gives that word one number only
// and the sentences of the two share a content word.
func labelDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	words, byWord := toldOnce(arts, m, "discrepancy.labels", labelsOf,
		func(l label) (string, string, string, string) { return l.word, l.value, l.text, l.sentence })
	return toldTwoWays(words, byWord, func(w, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		skip := func(c string) bool { return c == w || isDigits(c) }
		if overlap(x.context(skip), y.context(skip)) == 0 {
			return crosscheck.Discrepancy{}, false
		}
		name := x.text[:len(x.text)-len(a)-1]
		return twoWays(crosscheck.FigureDiscrepancy, "Number of the "+name+": “"+x.text+"” or “"+y.text+"”", x, y), true
	})
}

// labelsOf returns the labels of an article's sentences: a capitalised
// word that is no plural, function word, qualifier, month, weekday or
// counter of time ("Week 3", "Game 7"), a space, and a number of up to
// five digits that is no year and that no dash follows.
func labelsOf(sents []string) []label {
	var out []label
	for _, s := range sents {
		if !mayLabel(s) {
			continue
		}
		ws := strings.Fields(s)
		for k := 0; k+1 < len(ws) && len(out) < maxLabels; k++ {
			word := ws[k]
			if r := []rune(word); len(r) < 2 || !unicode.IsUpper(r[0]) || strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				continue
			}
			num := strings.TrimRight(ws[k+1], ",;:)")
			if num == "" || len(num) > 5 || strings.IndexFunc(num, func(r rune) bool { return r < '0' || r > '9' }) >= 0 ||
				len(num) == 4 && num >= "1800" && num <= "2100" {
				continue
			}
			low := textproc.Fold(word)
			if textproc.IsStopword(low) || notLabels[low] || calendarNames[low] {
				continue
			}
			// A plural is a team with its score or a yard line ("the
			// Colts 27"), and a number joined on by a dash counts
			// ("Route 9-W", "the Colts 27 - yard line").
			if len(low) >= 4 && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") ||
				num == ws[k+1] && k+2 < len(ws) && strings.HasPrefix(ws[k+2], "-") || strings.ContainsAny(ws[k+1][len(num):], "-–") {
				continue
			}
			out = append(out, label{word: low, text: word + " " + num, value: num, sentence: s})
		}
	}
	return out
}

// mayLabel reports whether a sentence has a capitalised word and a space
// before a digit, which a label needs: most sentences have none.
func mayLabel(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != ' ' || s[i+1] < '0' || s[i+1] > '9' {
			continue
		}
		j := strings.LastIndexByte(s[:i], ' ') + 1
		if j < i && s[j] >= 'A' && s[j] <= 'Z' {
			return true
		}
	}
	return false
}

// notLabels are capitalised words before a number that count or qualify it
// ("Nearly 50", "Some 30") or number one of a series of times or parts
// ("Week 3", "Game 7", "Round 2"), where two articles may well give two.
var notLabels = map[string]bool{
	"nearly": true, "almost": true, "about": true, "around": true, "roughly": true, "approximately": true,
	"some": true, "over": true, "under": true, "only": true, "just": true, "exactly": true, "another": true,
	"estimated": true, "top": true, "number": true, "no": true, "page": true, "pages": true, "chapter": true,
	"week": true, "weeks": true, "day": true, "days": true, "game": true, "games": true, "round": true,
	"stage": true, "lap": true, "season": true, "quarter": true, "half": true, "inning": true, "phase": true,
	"year": true, "years": true, "grade": true, "level": true, "part": true, "step": true, "episode": true,
	"series": true, "volume": true, "vol": true, "term": true, "period": true, "ages": true, "aged": true,
	"age": true, "class": true, "hole": true, "mile": true, "minute": true, "set": true, "heat": true,
}
