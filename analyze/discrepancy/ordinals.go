package discrepancy

import (
	"strconv"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// Reports that tell one thing's place in a series with two ordinals
// disagree: "Huamán was the first cabinet minister to be censured since
// Velarde took office" against "Huamán is the second cabinet minister to
// be censured since Velarde took office"; "the third time the governor
// has vetoed the flat tax" against "the second time". The ordinal's noun
// names the series, and the rest of the two sentences must tell the same
// thing.

// ordinalWords are the ordinals of a series, by number.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
	"6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}

// ordinalDeterminers stand before an ordinal of a series: "the second
// time", "their third straight defeat".
var ordinalDeterminers = map[string]bool{"the": true, "its": true, "his": true, "her": true, "their": true}

// seriesAdjectives stand between an ordinal and its noun without naming
// another series: "the third straight loss", "the second consecutive
// year".
var seriesAdjectives = map[string]bool{"straight": true, "consecutive": true, "successive": true, "such": true}

// minOrdinalShared is how many content words, besides the ordinals and
// the series' noun, two sentences must share to tell one series, and
// minOrdinalLikeness the share of their content words those must be.
const (
	minOrdinalShared   = 4
	minOrdinalLikeness = 0.4
)

// maxOrdinalSentences bounds the sentences with ordinals kept of a
// story.
const maxOrdinalSentences = 256

// ordinalSent is a sentence that gives a thing's place in a series, and
// the articles that carry it.
type ordinalSent struct {
	text     string
	articles []string
	// inArticles is the set of articles, once they are many.
	inArticles map[string]struct{}
	n          int
	noun       string
	words      map[string]bool // content words, less the ordinal and the noun
}

// ordinalOf returns the first ordinal after a determiner in a sentence's folded
// words and the noun of its series ("the second cabinet minister":
// "cabinet"), or 0.
func ordinalOf(toks []string) (int, string) {
	for k := 1; k+1 < len(toks); k++ {
		n, ok := ordinalWords[toks[k]]
		if !ok || !ordinalDeterminers[toks[k-1]] {
			continue
		}
		j := k + 1
		for j < len(toks) && seriesAdjectives[toks[j]] {
			j++
		}
		if j >= len(toks) || textproc.IsStopword(toks[j]) {
			continue
		}
		return n, toks[j]
	}
	return 0, ""
}

// readOrdinal keeps sentence s of article id if it gives a place in a
// series.
func (r *rankReader) readOrdinal(id, s string, folded []string) {
	n, noun := ordinalOf(folded)
	if n == 0 {
		return
	}
	x := r.ordinals[s]
	if x == nil {
		if len(r.ordinalList) >= maxOrdinalSentences {
			return
		}
		x = &ordinalSent{text: s, n: n, noun: noun, words: map[string]bool{}}
		for _, w := range textproc.ContentWords(s) {
			if _, ord := ordinalWords[w]; !ord && w != noun {
				x.words[w] = true
			}
		}
		r.ordinals[s] = x
		r.ordinalList = append(r.ordinalList, x)
	}
	addID(&x.articles, &x.inArticles, id)
}

// ordinalDiscrepancies returns the sentences of articles that give one
// series' thing two places.
func (r *rankReader) ordinalDiscrepancies() []crosscheck.Discrepancy {
	var out []crosscheck.Discrepancy
	xs := r.ordinalList
	for i, x := range xs {
		for _, y := range xs[i+1:] {
			if x.noun != y.noun || x.n == y.n || intersects(x.articles, y.articles) {
				continue
			}
			n := overlap(x.words, y.words)
			if n < minOrdinalShared || float64(n) < minOrdinalLikeness*float64(len(x.words)+len(y.words)-n) {
				continue
			}
			out = append(out, crosscheck.Discrepancy{
				Kind:  crosscheck.ClaimDiscrepancy,
				About: "Place in a series (" + strconv.Itoa(x.n) + " or " + strconv.Itoa(y.n) + "): “" + shorten(x.text, 140) + "”",
				Variants: []crosscheck.Cited{
					{Text: x.text, Articles: sorted(x.articles)},
					{Text: y.text, Articles: sorted(y.articles)},
				},
			})
		}
	}
	return out
}
