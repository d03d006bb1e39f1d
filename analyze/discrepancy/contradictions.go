package discrepancy

import (
	"sort"
	"strings"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// An event claim is what a sentence says happened to someone, read from
// the passive voice ("the driver was charged") or from a nominalisation
// ("no arrests were made"): the event's stem, the head of its subject,
// and whether it is denied. A denial with a universal subject ("nobody
// was arrested", "no arrests were made", "there were no injuries")
// denies the event for everyone.
type eventClaim struct {
	stem      string
	subject   string // the subject's last word, "" when it is a pronoun
	negative  bool
	universal bool
}

// passiveAux are the auxiliaries of the passive voice.
var passiveAux = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true,
}

// betweenAux are the words that may stand between an auxiliary and its
// participle without changing what is said, and the negators that do.
var betweenAux = map[string]bool{
	"also": true, "later": true, "then": true, "subsequently": true, "reportedly": true, "initially": true,
	"immediately": true, "yet": true, "since": true, "already": true, "ever": true, "formally": true,
	"has": true, "have": true, "had": true, "been": true, "not": true, "never": true,
}

// makingVerbs say that the event their subject names took place ("no
// arrests were made", "charges were filed").
var makingVerbs = map[string]bool{
	"made": true, "filed": true, "brought": true, "reported": true, "announced": true, "issued": true, "laid": true,
}

// irregularParticiples are common participles that do not end in -ed.
var irregularParticiples = map[string]bool{
	"held": true, "found": true, "hurt": true, "shot": true, "struck": true, "caught": true, "hit": true,
	"taken": true, "given": true, "sent": true, "kept": true, "seen": true, "known": true, "chosen": true,
	"beaten": true, "stolen": true, "sentenced": true, "convicted": true, "indicted": true,
}

// pronouns name no one in particular across articles.
var pronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "who": true,
	"that": true, "which": true, "this": true, "these": true, "those": true, "one": true,
}

// notSame are the words after "no" that leave the event standing ("no
// further arrests", "no one else").
var notSame = map[string]bool{
	"further": true, "other": true, "additional": true, "more": true, "new": true, "else": true, "longer": true,
}

// claimTokens writes out the contractions of "not" among the folded words
// of a sentence ("wasn", "t": "was", "not").
func claimTokens(ws []string) []string {
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i+1 < len(ws) && ws[i+1] == "t" && strings.HasSuffix(w, "n") && len(w) > 2 {
			out = append(out, strings.TrimSuffix(w, "n"), "not")
			i++
			continue
		}
		out = append(out, w)
	}
	return out
}

// eventClaims reads the event claims of a sentence, given as its folded
// words.
func eventClaims(folded []string) []eventClaim {
	toks := claimTokens(folded)
	var out []eventClaim
	for k, w := range toks {
		// "no arrests", "no one", "nobody" with a passive after them are
		// read with it; a bare "no" noun phrase elsewhere ("there were no
		// injuries", "police made no arrests") denies its noun.
		if w == "no" && k+1 < len(toks) && !notSame[toks[k+1]] && !(k+2 < len(toks) && notSame[toks[k+2]]) {
			// Only a plural names events ("no injuries", "no arrests");
			// "no need", "no damage" in one place say less.
			n := toks[k+1]
			if len(n) >= 5 && strings.HasSuffix(n, "s") && !passiveFollows(toks, k+2) {
				out = append(out, eventClaim{stem: eventStem(n), negative: true, universal: true})
			}
		}
		if !isParticiple(w) {
			continue
		}
		neg, aux, j := false, false, k-1
		for ; j >= 0 && betweenAux[toks[j]]; j-- {
			if toks[j] == "not" || toks[j] == "never" {
				neg = true
			}
			if toks[j] == "been" {
				aux = true
			}
		}
		if j >= 0 && passiveAux[toks[j]] {
			aux = true
			j--
			for ; j >= 0 && (toks[j] == "not" || toks[j] == "never"); j-- {
				neg = true
			}
		}
		if !aux || j < 0 {
			continue
		}
		subj := toks[j]
		c := eventClaim{stem: eventStem(w), subject: subj, negative: neg}
		switch {
		case subj == "nobody" || subj == "none" || subj == "one" && j > 0 && toks[j-1] == "no":
			c.negative, c.universal, c.subject = true, true, ""
		case j > 0 && toks[j-1] == "no" && makingVerbs[w]:
			// "no arrests were made": the noun is the event.
			c = eventClaim{stem: eventStem(subj), negative: true, universal: true}
		case j > 0 && toks[j-1] == "no":
			// "no gun has been recovered"
			c.negative = true
		case makingVerbs[w] && !neg:
			// "arrests were made": the noun is the event, done to someone.
			c = eventClaim{stem: eventStem(subj)}
		case j > 0 && notSame[toks[j]]:
			continue
		case pronouns[subj] || textproc.IsStopword(subj) && subj != "no":
			c.subject = ""
		}
		out = append(out, c)
	}
	return out
}

// passiveFollows reports whether a passive verb phrase starts at toks[i].
func passiveFollows(toks []string, i int) bool {
	for ; i < len(toks) && betweenAux[toks[i]]; i++ {
	}
	return i < len(toks) && passiveAux[toks[i]]
}

func isParticiple(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") || irregularParticiples[w] || makingVerbs[w]
}

// eventStem returns the stem under which a participle and its noun
// compare ("arrested", "arrests": "arrest"; "injured", "injuries",
// "injury": "injur").
func eventStem(w string) string {
	for _, suf := range []string{"ments", "ment", "ies", "ied", "ing", "ed", "es", "s", "e", "y"} {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) >= 4 {
			return s
		}
	}
	return w
}

// eventSentence is a sentence with its event claims and the articles that
// carry it.
type eventSentence struct {
	text     string
	articles []string
	claims   []eventClaim
}

// contradictions reports sentences that deny what sentences of other
// articles say happened: "No arrests were made" against "A truck driver
// was arrested", "The driver was not charged" against "The driver was
// charged". A denial answers a claim when it is universal or has the same
// subject; an article that both asserts and denies an event (an arrest
// that came later) contradicts no one on it. sentences holds each
// article's sentences, folded their folded words.
func contradictions(arts []crosscheck.Article, sentences [][]string, folded [][][]string) []crosscheck.Discrepancy {
	byText := map[string]*eventSentence{}
	var sents []*eventSentence
	// asserted and denied record, per stem, the articles that say so.
	asserted, denied := map[string]map[string]bool{}, map[string]map[string]bool{}
	mark := func(m map[string]map[string]bool, stem, id string) {
		if m[stem] == nil {
			m[stem] = map[string]bool{}
		}
		m[stem][id] = true
	}
	for i, a := range arts {
		for j, s := range sentences[i] {
			cs := eventClaims(folded[i][j])
			if len(cs) == 0 {
				continue
			}
			for _, c := range cs {
				if c.negative {
					mark(denied, c.stem, a.ID)
				} else {
					mark(asserted, c.stem, a.ID)
				}
			}
			k := textproc.Fold(s)
			es, ok := byText[k]
			if !ok {
				es = &eventSentence{text: s, claims: cs}
				byText[k] = es
				sents = append(sents, es)
			}
			if !contains(es.articles, a.ID) {
				es.articles = append(es.articles, a.ID)
			}
		}
	}
	// only keeps the articles that take one side on stem.
	only := func(ids []string, stem string, other map[string]map[string]bool) []string {
		var out []string
		for _, id := range ids {
			if !other[stem][id] {
				out = append(out, id)
			}
		}
		sort.Strings(out)
		return out
	}
	var out []crosscheck.Discrepancy
	answered := map[string]bool{} // a denial and its stem, once answered
	for _, p := range sents {
		for _, pc := range p.claims {
			// An event done to no one named ("after being charged")
			// may be another event.
			if pc.negative || pc.subject == "" {
				continue
			}
			pa := only(p.articles, pc.stem, denied)
			if len(pa) == 0 {
				continue
			}
			for _, n := range sents {
				for _, nc := range n.claims {
					if !nc.negative || !sameStem(pc.stem, nc.stem) || !nc.universal && (nc.subject == "" || nc.subject != pc.subject) {
						continue
					}
					na := only(n.articles, nc.stem, asserted)
					if len(na) == 0 || intersects(pa, na) || answered[n.text+"\x00"+nc.stem] {
						continue
					}
					answered[n.text+"\x00"+nc.stem] = true
					out = append(out, crosscheck.Discrepancy{
						Kind:  crosscheck.ClaimDiscrepancy,
						About: "Opposite statements: “" + shorten(n.text, 140) + "”",
						Variants: []crosscheck.Cited{
							{Text: p.text, Articles: pa},
							{Text: n.text, Articles: na},
						},
					})
				}
			}
		}
	}
	return out
}

// sameStem reports whether two event stems name one event: equal, or one
// the other with a letter more ("injur", "injury").
func sameStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && len(b)-len(a) <= 1
}
