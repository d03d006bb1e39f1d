package discrepancy

import (
	"slices"
	"strconv"
	"strings"

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
	noun, head string          // first and last words of the series' noun phrase
	predicate  bool            // the place is said of the subject ("It was the second fire")
	mods       []string        // the words of the series' noun phrase before its last, sorted
	several    bool            // the sentence gives more than one place
	streak     bool            // the place is in a streak ("the third straight loss")
	infinitive string          // the verb of a "to" infinitive after the noun ("the first site to unionize")
	words      map[string]bool // content words, less the ordinal and the noun
}

// ordinalAt returns the first ordinal after a determiner in a sentence's
// folded words, the first word of its series' noun phrase ("the second
// cabinet minister": "cabinet") and the last ("minister"), or 0; whether
// the place is said of the subject ("was the second …"); the words of the
// phrase before its last; and the ordinal's index, or -1. A streak may
// open on "a": "a third consecutive year of deficits".
func ordinalAt(toks []string) (int, string, string, bool, []string, int) {
	for k := 1; k+1 < len(toks); k++ {
		n, ok := ordinalWords[toks[k]]
		if !ok || !ordinalDeterminers[toks[k-1]] && !(toks[k-1] == "a" && seriesAdjectives[toks[k+1]]) {
			continue
		}
		j := k + 1
		for j < len(toks) && seriesAdjectives[toks[j]] {
			j++
		}
		if j >= len(toks) || textproc.IsStopword(toks[j]) {
			continue
		}
		// The series is named by the last noun of the phrase the
		// ordinal opens: "the first fully electric cargo terminal in
		// the region" is of terminals. A noun of time closes it ("the
		// third time lawmakers have overridden him").
		head := toks[j]
		var mods []string
		for m := j + 1; m < len(toks) && m <= j+maxSeriesWords && !timeNouns[head]; m++ {
			w := toks[m]
			// A verb's form ends the phrase: "the third principal
			// dismissed since October".
			if textproc.IsStopword(w) || !isLettersOnly(w) || isParticiple(w) || len(w) >= 5 && strings.HasSuffix(w, "ing") {
				break
			}
			mods = append(mods, head)
			head = w
		}
		return n, toks[j], head, k >= 2 && toks[k-1] == "the" && predicateWords[toks[k-2]], mods, k
	}
	return 0, "", "", false, nil, -1
}

// streakOf reports whether the ordinal at k counts a streak: "the third
// consecutive year", "a second straight loss".
func streakOf(toks []string, k int) bool {
	return k >= 0 && k+1 < len(toks) && seriesAdjectives[toks[k+1]] && toks[k+1] != "such"
}

// infinitiveAfter returns the verb of a "to" infinitive that follows the
// series' noun phrase, within a word of it ("the second Brightpath site
// to unionize": "unionize"), or "".
func infinitiveAfter(toks []string, k int, head string) string {
	for m := k + 1; m < len(toks) && m <= k+2+maxSeriesWords; m++ {
		if toks[m] != head {
			continue
		}
		if m+2 < len(toks) && toks[m+1] == "to" && !textproc.IsStopword(toks[m+2]) && isLettersOnly(toks[m+2]) {
			return toks[m+2]
		}
		return ""
	}
	return ""
}

// predicateWords stand before "the" and an ordinal that says what the
// subject is: "It was the second flood at the depot", "what they
// described as the first such terminal".
var predicateWords = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "becomes": true,
	"became": true, "become": true, "marks": true, "marked": true, "mark": true, "as": true,
	"remains": true, "remained": true,
}

// maxSeriesWords is how many words after its first the noun phrase an
// ordinal opens is read to.
const maxSeriesWords = 4

// runningSpans are the spans of time a streak runs on in while a story
// is told.
var runningSpans = map[string]bool{"day": true, "days": true, "night": true, "nights": true, "week": true, "weeks": true, "month": true, "months": true}

// timeNouns close the noun phrase of an ordinal: "the second time",
// "the third year".
var timeNouns = map[string]bool{"time": true, "times": true, "year": true, "day": true, "week": true, "month": true, "season": true}

// readOrdinal keeps sentence s of article id if it gives a place in a
// series.
func (r *rankReader) readOrdinal(id, s string, folded []string) {
	n, noun, head, predicate, mods, k := ordinalAt(folded)
	if n == 0 {
		return
	}
	x := r.ordinals[s]
	if x == nil {
		if len(r.ordinalList) >= maxOrdinalSentences {
			return
		}
		slices.Sort(mods)
		x = &ordinalSent{text: s, n: n, noun: noun, head: head, predicate: predicate, mods: mods, words: map[string]bool{},
			streak: streakOf(folded, k), infinitive: infinitiveAfter(folded, k, head)}
		// "the fourth striker sold this summer, the second in a week":
		// a sentence of several places tells of several series.
		ords := 0
		for _, w := range folded {
			if _, ok := ordinalWords[w]; ok {
				ords++
			}
		}
		x.several = ords > 1
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
	// The places each article gives in each series, by the series' last
	// noun: an article that gives two tells a sequence ("the first
	// woman to lead it … the second was …"), not one thing's place.
	heads := map[string]map[string]map[int]bool{}
	for _, x := range xs {
		if heads[x.head] == nil {
			heads[x.head] = map[string]map[int]bool{}
		}
		for _, id := range x.articles {
			if heads[x.head][id] == nil {
				heads[x.head][id] = map[int]bool{}
			}
			heads[x.head][id][x.n] = true
		}
	}
	for i, x := range xs {
		for _, y := range xs[i+1:] {
			if x.n == y.n || intersects(x.articles, y.articles) {
				continue
			}
			n := overlap(x.words, y.words)
			alike := x.noun == y.noun && n >= minOrdinalShared && float64(n) >= minOrdinalLikeness*float64(len(x.words)+len(y.words)-n)
			if !alike && !oneSeries(x, y, heads) {
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

// oneSeries reports whether two sentences give places in one series
// however little else they share: each says one place, of the subject
// ("It was the first major flood at the depot", "It was the second flood
// at the yard"), the last nouns of their series' phrases are one, no
// noun of an order of parts (a round, a quarter, a floor), the words
// before it of one phrase are among the other's, with the same names,
// and no article gives two places in that series.
func oneSeries(x, y *ordinalSent, heads map[string]map[string]map[int]bool) bool {
	// A streak is one series whoever it is said of ("marking the second
	// consecutive year", "forecasting a third consecutive year of
	// deficits"), of time too. Places said of the subject in series
	// named by two nouns are one where the same deed follows both
	// ("becomes the second Brightpath site to unionize", "is the first
	// Brightpath warehouse to unionize").
	// A streak of days or weeks grows while the story is told ("for the
	// sixth straight day", "the seventh straight day" a day later).
	streak := x.streak && y.streak && !runningSpans[x.head] && !runningSpans[y.head]
	sameHead := x.head == y.head || x.predicate && y.predicate && x.infinitive != "" && x.infinitive == y.infinitive
	if !(x.predicate && y.predicate || streak) || x.several || y.several || !sameHead || partOrders[x.head] || partOrders[y.head] || (timeNouns[x.head] || timeNouns[y.head]) && !streak {
		return false
	}
	// "the fifth league head coach", "the third Northern Division head
	// coach": series qualified apart are two; one qualified within the
	// other ("the second such terminal", "the first fully electric
	// cargo terminal") is one.
	if !nested(x.mods, y.mods) || !sameNames(x, y) {
		return false
	}
	for _, h := range []string{x.head, y.head} {
		for _, ns := range heads[h] {
			if len(ns) > 1 {
				return false
			}
		}
	}
	return true
}

// partOrders are the nouns of the parts of an order ("the second round",
// "the third floor") and of the people and cases a story counts one by
// one ("the second victim"): a story names several of them.
var partOrders = map[string]bool{
	"round": true, "quarter": true, "half": true, "floor": true, "place": true, "phase": true, "stage": true,
	"leg": true, "game": true, "set": true, "period": true, "inning": true, "minute": true, "lap": true,
	"hole": true, "term": true, "wave": true, "tranche": true, "edition": true, "generation": true,
	"reading": true, "ballot": true, "part": true, "chapter": true, "episode": true, "step": true,
	"amendment": true, "circuit": true, "district": true, "century": true, "grade": true, "class": true,
	"person": true, "one": true, "instance": true, "case": true, "victim": true, "suspect": true,
}

// sameNames reports whether the words of two series' phrases that their
// sentences capitalise are the same: "the fifth coach fired this season"
// and "the third Northern Division head coach" count two series.
func sameNames(x, y *ordinalSent) bool {
	names := func(o *ordinalSent) []string {
		var out []string
		for _, m := range o.mods {
			if capitalWordIn(o.text, m) {
				out = append(out, m)
			}
		}
		return out
	}
	return slices.Equal(names(x), names(y))
}

// capitalWordIn reports whether the lower-case word w stands in s with a
// capital first letter past its first word.
func capitalWordIn(s, w string) bool {
	fs := strings.Fields(s)
	for _, f := range fs[min(1, len(fs)):] {
		f = strings.Trim(f, ",;:.\"'()“”‘’")
		if strings.EqualFold(f, w) && f != strings.ToLower(f) {
			return true
		}
	}
	return false
}
