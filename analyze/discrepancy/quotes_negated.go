package discrepancy

import (
	"slices"
	"strings"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// A quotation that one report gives with a clause denied and another
// without the denial says two opposite things: "We did not want this
// strike, but management has left us no other option" against "We wanted
// this strike because management only understands pressure"; a judge's
// "no genuine remorse" against "genuine remorse". The wordings may differ
// everywhere else; the clause is told in the same content words, one of
// the two denies it.

// minNegatedClause is how many content words a clause must have to be
// compared so: "no comment" says too little to be told apart from
// another comment.
const minNegatedClause = 2

// maxNegatedClauses bounds the clauses of a story's quotations indexed,
// and maxNegatedEach the wordings of one clause compared each way.
const (
	maxNegatedClauses = 1 << 14
	maxNegatedEach    = 8
)

// clauseBreaks end a clause inside a quotation.
var clauseBreaks = map[string]bool{"but": true, "because": true, "although": true, "though": true, "while": true, "and": true, "so": true}

// quotedClause is one clause of a wording, keyed by its content words.
type quotedClause struct {
	wording int
	text    string
	negated bool
}

// negatedQuotes reports clauses of quotations that some articles give
// denied and others not, by speakers not known to differ, where the two
// wordings were not already compared (done).
func negatedQuotes(arts []crosscheck.Article, ws []*wording, quotes []crosscheck.Quote, done func(i, j int) bool) []crosscheck.Discrepancy {
	index := articleIndex(arts)
	normal := map[int]string{}
	// deniedOutside reports whether an article that gives wording i
	// denies it in its own words before the quotation: `the United
	// States did not "seek a wider conflict"`.
	deniedOutside := func(i int) bool {
		for _, id := range ws[i].articles {
			ai, ok := index[id]
			if !ok {
				continue
			}
			t, ok := normal[ai]
			if !ok {
				t = textproc.Normalize(arts[ai].Text)
				normal[ai] = t
			}
			for rest, off := t, 0; ; {
				k := strings.Index(rest[off:], ws[i].text)
				if k < 0 {
					break
				}
				k += off
				if deniedBefore(rest[max(0, k-deniedWindowBytes):k]) {
					return true
				}
				off = k + len(ws[i].text)
			}
		}
		return false
	}
	byKey := map[string][]quotedClause{}
	var keys []string
	n := 0
	for i, w := range ws {
		for _, c := range clausesOf(w) {
			if n >= maxNegatedClauses {
				break
			}
			k, negated, ok := clauseKey(c)
			if !ok {
				continue
			}
			if byKey[k] == nil {
				keys = append(keys, k)
			}
			byKey[k] = append(byKey[k], quotedClause{wording: i, text: span(w.text, c, 0, len(c)), negated: negated})
			n++
		}
	}
	var out []crosscheck.Discrepancy
	seen := map[[2]int]bool{}
	outside := map[int]bool{} // wording -> denied outside its marks, once read
	for _, k := range keys {
		var yes, no []quotedClause
		for _, c := range byKey[k] {
			if c.negated {
				no = append(no, c)
			} else {
				yes = append(yes, c)
			}
		}
		// A big story's rewrites give one clause in many wordings: the
		// first few each way are compared.
		for _, a := range yes[:min(len(yes), maxNegatedEach)] {
			i := a.wording
			for _, b := range no[:min(len(no), maxNegatedEach)] {
				j := b.wording
				if seen[[2]int{i, j}] || intersects(ws[i].articles, ws[j].articles) || done(i, j) {
					continue
				}
				denied, ok := outside[i]
				if !ok {
					denied = deniedOutside(i)
					outside[i] = denied
				}
				if denied {
					break
				}
				sa, sb := speakerOf(quotes, ws[i].text), speakerOf(quotes, ws[j].text)
				if sa != "" && sb != "" && textproc.Fold(sa) != textproc.Fold(sb) {
					continue
				}
				seen[[2]int{i, j}] = true
				sp := sa
				if sp == "" {
					sp = sb
				}
				out = append(out, crosscheck.Discrepancy{
					Kind:  crosscheck.QuoteDiscrepancy,
					About: quoteAbout(sp, ws[i].text),
					Variants: []crosscheck.Cited{
						{Text: a.text, Articles: ws[i].articles},
						{Text: b.text, Articles: ws[j].articles},
					},
				})
			}
		}
	}
	return out
}

// deniedWindowBytes bounds the text read before a quotation for a denial
// of it, and deniedWords the words.
const (
	deniedWindowBytes = 48
	deniedWords       = 4
)

// deniedBefore reports whether the few words before a quotation's
// opening mark deny it: "did not", "never", "no longer".
func deniedBefore(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-deniedWords; k-- {
		w := strings.Trim(ws[k], "\"“”‘’,")
		if negators[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || w == "cannot" {
			return true
		}
	}
	return false
}

// clausesOf splits a wording's words at its stops, commas, semicolons,
// dashes, brackets, ellipses and the conjunctions of clauseBreaks.
func clausesOf(w *wording) [][]word {
	var out [][]word
	start := 0
	for k, x := range w.ws {
		if clauseBreaks[x.low] && k > start {
			out = append(out, w.ws[start:k])
			start = k + 1
			continue
		}
		// Words split from one ("two-in-three") may share their bytes.
		if k+1 < len(w.ws) && x.end <= w.ws[k+1].start && strings.ContainsAny(w.text[x.end:w.ws[k+1].start], ",;:—–()[].?!…") {
			out = append(out, w.ws[start:k+1])
			start = k + 1
		}
	}
	if start < len(w.ws) {
		out = append(out, w.ws[start:])
	}
	return out
}

// clauseKey returns a clause's content words, their endings of tense and
// number taken off ("wanted" is "want"), sorted and joined, and whether
// a negator denies it; ok is false for a clause of too few content words.
func clauseKey(c []word) (string, bool, bool) {
	var ks []string
	negated := false
	denied := map[string]bool{} // the words the negators deny
	for k, x := range c {
		switch {
		case negators[x.low]:
			negated = true
			// The word a negator denies stands right after it, past
			// adverbs of time and a passive's "been": "did not want",
			// "no genuine remorse", "have not yet identified"; not
			// "you don't do is engage", "not the legislature's map".
			for j := k + 1; j < len(c); j++ {
				if !deniedSkip[c[j].low] {
					denied[bareForm(c[j].key)] = true
					break
				}
			}
		case contracted[x.low] || textproc.IsStopword(x.low):
		default:
			ks = append(ks, bareForm(x.key))
		}
	}
	if len(ks) < minNegatedClause {
		return "", false, false
	}
	if negated && !slices.ContainsFunc(ks, func(k string) bool { return denied[k] }) {
		return "", false, false
	}
	slices.Sort(ks)
	return strings.Join(slices.Compact(ks), " "), negated, true
}

// deniedSkip are the words that may stand between a negator and the word
// it denies.
var deniedSkip = map[string]bool{"yet": true, "ever": true, "even": true, "been": true, "be": true, "always": true, "really": true, "just": true}

// contracted are what is left of auxiliaries before "n't" ("didn't" is
// "didn" and "t").
var contracted = map[string]bool{
	"didn": true, "don": true, "doesn": true, "wasn": true, "weren": true, "isn": true, "aren": true, "hasn": true,
	"haven": true, "hadn": true, "couldn": true, "wouldn": true, "shouldn": true, "ca": true, "wo": true,
}

// bareForm takes the endings of the past, the plural and the third person
// off a word of five letters or more: "wanted" and "want", "strikes" and
// "strike" are one.
func bareForm(w string) string {
	if len(w) < 5 {
		return w
	}
	for _, e := range []string{"ed", "es", "s"} {
		if strings.HasSuffix(w, e) {
			return strings.TrimSuffix(w, e)
		}
	}
	return w
}
