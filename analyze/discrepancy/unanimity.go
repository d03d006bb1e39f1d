package discrepancy

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"crosscheck"
	"crosscheck/analyze/figures"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A vote told as unanimous in one article and by a tally with a minority,
// or as divided, in another ("a unanimous three-judge panel", "In a 2-1
// decision, a panel of the 9th Circuit", "a divided panel") is told two
// ways, when the two sentences share what
// else they say and neither article tells the vote both ways.

// minUnanimityContext is how many content words the two sentences must
// share besides the vote's (one: the body that voted, "The school board
// voted unanimously", "The board approved the increase 6 to 3"); maxVoteSentences bounds the sentences of each
// side kept, so that a story of many votes costs a bounded number of
// comparisons.
const (
	minUnanimityContext = 1
	maxVoteSentences    = 256
)

// voteSentence is a sentence that tells a vote, as unanimous or by a
// tally with a minority, and its content words.
type voteSentence struct {
	art       int
	text      string
	tally     string // the tally as written; "" when unanimous
	words     map[string]bool
	unanimous bool
}

// unanimityDiscrepancies reports the votes that one article tells as
// unanimous and another by a tally with a minority.
func unanimityDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	// Most stories tell no vote as unanimous; only those that do have
	// their tallies read.
	if !slices.ContainsFunc(arts, func(a crosscheck.Article) bool { return strings.Contains(a.Text, "nanimous") }) {
		return nil
	}
	var unanimous, split []voteSentence
	says := map[int]bool{}   // articles that say unanimous
	counts := map[int]bool{} // articles that give a split tally
	// tallies remembers each distinct sentence's split tallies: a big
	// story's copies are parsed once.
	tallies := map[string][]string{}
	for i := range arts {
		for _, s := range sentencesOf(m, &arts[i]) {
			low := strings.ToLower(s)
			if len(unanimous) >= maxVoteSentences || len(split) >= maxVoteSentences {
				break
			}
			// "The panel's vote was not unanimous": a vote told as
			// divided.
			if m := notUnanimous().FindString(low); m != "" {
				split = append(split, voteSentence{art: i, text: s, tally: m, words: voteWords(s)})
				counts[i] = true
				continue
			}
			if strings.Contains(low, "unanimous") {
				unanimous = append(unanimous, voteSentence{art: i, text: s, words: voteWords(s), unanimous: true})
				says[i] = true
				continue
			}
			// "a divided three-judge panel", "a split decision", "a
			// sharply divided ruling", "The board was split".
			if strings.Contains(low, "a divided ") || strings.Contains(low, "a split ") || dividedVote().MatchString(low) ||
				strings.Contains(low, " was split") || strings.Contains(low, " were split") || strings.Contains(low, " was divided") {
				split = append(split, voteSentence{art: i, text: s, tally: "divided", words: voteWords(s)})
				counts[i] = true
				continue
			}
			// "was approved by 18 of the 24 ministers": a vote some of
			// the body did not give.
			if m := partOfBody().FindStringSubmatch(low); m != nil && countBelow(m[1], m[2]) {
				split = append(split, voteSentence{art: i, text: s, tally: m[0], words: voteWords(s)})
				counts[i] = true
				continue
			}
			// "Two of the company's nine directors voted against the
			// sale", "three justices dissented".
			if m := dissenters().FindString(low); m != "" && (countAt(strings.Fields(m), 0) > 0 || strings.HasPrefix(m, "one ")) {
				split = append(split, voteSentence{art: i, text: s, tally: m, words: voteWords(s)})
				counts[i] = true
				continue
			}
			if !strings.ContainsAny(s, "0123456789") {
				continue
			}
			ts, ok := tallies[s]
			if !ok {
				for _, f := range figures.Parse(s, arts[i].Published) {
					if f.Unit == figures.Tally && math.Round((f.Value-math.Floor(f.Value))*1000) > 0 {
						ts = append(ts, f.Text)
					}
				}
				tallies[s] = ts
			}
			for _, t := range ts {
				split = append(split, voteSentence{art: i, text: s, tally: t, words: voteWords(s)})
				counts[i] = true
			}
		}
	}
	var out []crosscheck.Discrepancy
	// Each vote told unanimous is reported once per tally; the reports
	// that tell it in the same words are cited together.
	seen := map[[2]string]int{}
	for _, u := range unanimous {
		if counts[u.art] {
			continue
		}
		for _, t := range split {
			if t.art == u.art || says[t.art] || overlap(u.words, t.words) < minUnanimityContext {
				continue
			}
			k := [2]string{u.text, t.tally}
			if i, ok := seen[k]; ok {
				c := &out[i].Variants[0]
				if id := arts[u.art].ID; !slices.Contains(c.Articles, id) {
					c.Articles = append(c.Articles, id)
				}
				continue
			}
			seen[k] = len(out)
			out = append(out, crosscheck.Discrepancy{
				Kind:  crosscheck.ClaimDiscrepancy,
				About: "A vote told as unanimous and " + splitHow(t.tally) + ": “" + shorten(u.text, 140) + "”",
				Variants: []crosscheck.Cited{
					{Text: u.text, Articles: []string{arts[u.art].ID}},
					{Text: t.text, Articles: []string{arts[t.art].ID}},
				},
			})
		}
	}
	return out
}

// dividedVote matches a vote told as divided with an adverb of degree,
// in a sentence lowered: "a sharply divided ruling", "a deeply split
// court".
// Compiled on first use: few stories tell a vote.
var dividedVote = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\ban? \p{L}+ly (?:divided|split) `) })

// splitHow tells how a vote's other side was told: by a tally, or as not
// unanimous.
func splitHow(tally string) string {
	if notUnanimous().MatchString(tally) {
		return "as not unanimous"
	}
	return "by a split tally"
}

// notUnanimous matches a vote denied unanimity, in a sentence lowered:
// "was not unanimous", "wasn't unanimous", "not a unanimous decision".
var notUnanimous = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:\bnot|n[’']t|\bnever)(?: an?| quite| entirely)? unanimous`)
})

// dissenters matches a count of those who voted against, in a sentence
// lowered: "two of the company's nine directors voted against", "three
// justices dissented".
var dissenters = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b[\p{L}\d]+(?: [\p{L}'’-]+){0,5} (?:voted against|voted no|dissented)\b`)
})

// partOfBody matches a measure passed by some of a body's members, in a
// sentence lowered: "approved by 18 of the 24 ministers", "backed by
// seven of its nine members".
var partOfBody = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:approved|backed|supported|passed|endorsed|adopted|confirmed|elected|chosen) by ([\p{L}\d]+) of (?:the |its |their )?([\p{L}\d]+) `)
})

// countBelow reports whether two words are counts, the first smaller:
// "18" and "24", "seven" and "nine".
func countBelow(a, b string) bool {
	va, oka := countValue(a)
	vb, okb := countValue(b)
	return oka && okb && va < vb
}

// countValue returns the whole number a word alone writes ("18",
// "seven").
func countValue(w string) (int, bool) {
	if d, ok := numberWords[w]; ok {
		w = d
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 0
}

// voteWords returns the stems of a sentence's content words but the
// numbers and the words of unanimity ("companies", "company's": "compan").
func voteWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range textproc.ContentWords(s) {
		if !isDigits(w) && !strings.HasPrefix(w, "unanim") {
			out[stemOf(w)] = true
		}
	}
	return out
}
