package discrepancy

import (
	"slices"
	"strings"
	"unicode"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// predicateTold is a predicate one sentence of an article tells.
type predicateTold struct {
	p    predicate
	art  int
	text string
}

// predicate is a verb and what it is done to, as a clause denies it: "The
// contract does not include a player option" denies "include" of "player
// option".
type predicate struct {
	// modal is the modal verb the verb is told with ("would", "could"),
	// or "": "would not raise taxes" denies "would raise taxes", not
	// "raised taxes".
	modal  string
	verb   string   // eventStem of the verb
	object []string // stems of the object's content words, sorted
	// none is set for a denial of every such thing ("No schools have
	// been closed"): any one of them done answers it, however it is
	// qualified ("closed two elementary schools").
	none bool
}

// minObjectWords is how many content words an object must have for a
// denial of it to answer an affirmation whoever the subject is: "a player
// option", "pending cases"; not "it" or "the bill".
const minObjectWords = 2

// maxDeniedVerbs bounds how many verbs of denials a story's sentences are
// searched for.
const maxDeniedVerbs = 32

// predicateDiscrepancies reports a verb and its object that one article
// denies and another affirms, whoever the subject: "The deal includes a
// player option for the fifth season" against "The contract does not
// include a player option"; "its ruling applies to pending cases" against
// "it does not apply to cases already pending". An object of two content
// words or more is specific enough to stand for the thing, which the
// articles may name in other words ("the deal", "the contract"). An
// article that both affirms and denies it (a change told over time) and
// an affirmation in a condition or a question ("whether it includes")
// contradict no one.
func predicateDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	var denials []predicateTold
	verbs := map[string]bool{}
	var verbOrder []string
	sents := make([][]string, len(arts))
	for i := range arts {
		sents[i] = sentencesOf(m, &arts[i])
		for _, s := range sents[i] {
			if !mayDeny(s) {
				continue
			}
			for _, p := range memo.Get(m, "discrepancy.denied", s, func() []predicate { return deniedPredicates(s) }) {
				denials = append(denials, predicateTold{p, i, s})
				if !verbs[p.verb] && len(verbOrder) < maxDeniedVerbs {
					verbs[p.verb] = true
					verbOrder = append(verbOrder, p.verb)
				}
			}
		}
	}
	if len(denials) == 0 {
		return nil
	}
	// Affirmations are looked for only in sentences with a word that
	// starts as a denied verb's stem does, found through the stems'
	// first four letters without a copy of the sentence.
	starts := map[string]bool{}
	for _, v := range verbOrder {
		starts[v[:min(len(v), 4)]] = true
	}
	var affirmations []predicateTold
	var found []string
	for i := range sents {
		for _, s := range sents[i] {
			found = stemsIn(s, starts, verbOrder, found[:0])
			for _, v := range found {
				for _, p := range affirmedPredicates(s, v) {
					affirmations = append(affirmations, predicateTold{p, i, s})
				}
			}
		}
	}
	denies := map[int][]predicate{}
	affirms := map[int][]predicate{}
	for _, d := range denials {
		denies[d.art] = append(denies[d.art], d.p)
	}
	for _, a := range affirmations {
		affirms[a.art] = append(affirms[a.art], a.p)
	}
	both := func(ps []predicate, p predicate) bool {
		return slices.ContainsFunc(ps, func(q predicate) bool { return sameThing(p, q) })
	}
	// The reports of a big story repeat sentences: each distinct
	// sentence and predicate is compared once, with the articles that
	// tell it.
	dgroups := groupTold(denials)
	agroups := groupTold(affirmations)
	byVerb := map[string][]*toldBy{}
	for _, g := range agroups {
		if len(byVerb[g.p.verb]) < maxClaimFollowers {
			byVerb[g.p.verb] = append(byVerb[g.p.verb], g)
		}
	}
	var out []crosscheck.Discrepancy
	for _, d := range dgroups {
		if !verbs[d.p.verb] {
			continue
		}
		dArts := slices.DeleteFunc(slices.Clone(d.arts), func(i int) bool { return both(affirms[i], d.p) })
		if len(dArts) == 0 {
			continue
		}
		for _, a := range byVerb[d.p.verb] {
			if !sameThing(a.p, d.p) {
				continue
			}
			aArts := slices.DeleteFunc(slices.Clone(a.arts), func(i int) bool {
				return slices.Contains(dArts, i) || both(denies[i], a.p)
			})
			if len(aArts) == 0 {
				continue
			}
			out = append(out, crosscheck.Discrepancy{
				Kind:  crosscheck.ClaimDiscrepancy,
				About: "Opposite statements: “" + shorten(d.text, 140) + "”",
				Variants: []crosscheck.Cited{
					{Text: a.text, Articles: idsOf(arts, aArts)},
					{Text: d.text, Articles: idsOf(arts, dArts)},
				},
			})
		}
	}
	return mergeCited(out)
}

// toldBy is a predicate of one sentence and the articles that tell it.
type toldBy struct {
	p    predicate
	text string
	arts []int
}

// groupTold gathers the predicates told by the same sentence in several
// articles, in the order they were first told.
func groupTold(ts []predicateTold) []*toldBy {
	var out []*toldBy
	at := map[string]*toldBy{}
	for _, t := range ts {
		p, art, text := t.p, t.art, t.text
		k := text + "\x00" + p.verb + "\x00" + strings.Join(p.object, " ")
		g := at[k]
		if g == nil {
			g = &toldBy{p: p, text: text}
			at[k] = g
			out = append(out, g)
		}
		if !slices.Contains(g.arts, art) {
			g.arts = append(g.arts, art)
		}
	}
	return out
}

// idsOf returns the ids of the articles at the given indexes, sorted.
func idsOf(arts []crosscheck.Article, is []int) []string {
	out := make([]string, len(is))
	for k, i := range is {
		out[k] = arts[i].ID
	}
	slices.Sort(out)
	return out
}

// stemsIn appends to found the stems of verbs that a word of s starts
// with, in lower case, each once. starts holds the stems' first four
// letters; a word is read further only when its own are among them.
func stemsIn(s string, starts map[string]bool, verbs []string, found []string) []string {
	var buf [32]byte
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		if n := j - i; n >= 3 && n <= len(buf) {
			for k := 0; k < n; k++ {
				buf[k] = s[i+k] | 0x20
			}
			if starts[string(buf[:min(n, 4)])] {
				for _, v := range verbs {
					if len(v) <= n && string(buf[:len(v)]) == v && !slices.Contains(found, v) {
						found = append(found, v)
					}
				}
			}
		}
		i = j
	}
	return found
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// spanWords are the stems (eventStem) of the words of a stretch of time,
// which name no thing done.
var spanWords = map[string]bool{
	"season": true, "year": true, "week": true, "month": true, "day": true, "today": true, "time": true,
	"night": true, "morning": true, "weekend": true, "decade": true, "hour": true,
}

// mergeCited joins discrepancies that answer one denial, told by several
// articles in one or more sentences, into one, citing them all and the
// first sentence of each side.
func mergeCited(ds []crosscheck.Discrepancy) []crosscheck.Discrepancy {
	var out []crosscheck.Discrepancy
	at := map[string]int{}
	for _, d := range ds {
		k := d.Variants[1].Text
		if i, ok := at[k]; ok {
			for v := range d.Variants {
				for _, id := range d.Variants[v].Articles {
					if !slices.Contains(out[i].Variants[v].Articles, id) {
						out[i].Variants[v].Articles = append(out[i].Variants[v].Articles, id)
					}
				}
				slices.Sort(out[i].Variants[v].Articles)
			}
			continue
		}
		at[k] = len(out)
		out = append(out, d)
	}
	return out
}

// sameThing reports whether two predicates tell one verb of one object:
// the same verb, and at least half the content words of the smaller
// object among those of the other, minObjectWords at least.
func sameThing(a, b predicate) bool {
	if a.verb != b.verb || a.modal != b.modal {
		return false
	}
	// "No schools have been closed" against "closed two elementary
	// schools": every word of what is denied of all names the thing done.
	if a.none != b.none {
		u, o := a.object, b.object
		if b.none {
			u, o = o, u
		}
		return !slices.ContainsFunc(u, func(w string) bool { return spanWords[w] || !slices.Contains(o, w) })
	}
	small, big := a.object, b.object
	if len(small) > len(big) {
		small, big = big, small
	}
	if len(small) < minObjectWords {
		return false
	}
	// "ruled out a cyberattack" / "had not ruled out a cyberattack": one
	// phrasal verb, whose particle both tell and which names nothing; the
	// thing done is one word or more.
	if pa, pb := phrasal(a.object), phrasal(b.object); pa != "" || pb != "" {
		if pa != pb {
			return false
		}
		small, big = small[1:], big[1:]
		n := 0
		for _, w := range small {
			if slices.Contains(big, w) {
				n++
			}
		}
		return n == len(small) || n >= minObjectWords && 2*n >= len(small)
	}
	n, timed := 0, 0
	for _, w := range small {
		if slices.Contains(big, w) {
			n++
			if spanWords[w] {
				timed++
			}
		}
	}
	if n < len(small) {
		// Told in part, the words in common must name the thing, not
		// when ("this season").
		n -= timed
	}
	// "the tax increase on high earners", "a modest tax increase on
	// millionaires": half the words of the smaller object, and two at
	// least, name one thing told in part in other words.
	return n >= minObjectWords && 2*n >= len(small)
}

// mayDeny reports whether a sentence holds a negator a denied predicate
// needs, without splitting it into words.
func mayDeny(s string) bool {
	return strings.Contains(s, " not ") || strings.Contains(s, "n't ") || strings.Contains(s, "n’t ") || strings.Contains(s, " never ") ||
		strings.Contains(s, " no ") || strings.HasPrefix(s, "No ")
}

// denyingAux are the auxiliaries a denied verb follows ("does not
// include", "did not apply", "has not approved").
var denyingAux = map[string]bool{
	"does": true, "do": true, "did": true, "has": true, "have": true, "had": true, "will": true,
}

// modals are the modal verbs a predicate may be told and denied with.
var modals = map[string]bool{"would": true, "could": true, "should": true, "can": true, "might": true, "may": true, "must": true}

// hedges before a verb make it no statement of fact: a condition, a
// question, a possibility, a refusal.
var hedges = map[string]bool{
	"not": true, "never": true, "no": true, "whether": true, "if": true, "would": true, "could": true,
	"might": true, "may": true, "should": true, "refused": true, "declined": true, "failed": true,
	"unless": true, "nor": true, "neither": true, "without": true, "can": true,
	"denied": true, "denies": true, "deny": true, "denying": true, "rejected": true, "any": true,
	"barred": true, "banned": true, "prohibited": true, "unable": true, "refrained": true,
}

// clauseDenied reports whether the words of a clause before a verb deny
// the clause it stands in ("Police denied that officers had fired").
func clauseDenied(before []string) bool {
	for i := 0; i+1 < len(before); i++ {
		if denyingWords[before[i]] && before[i+1] == "that" {
			return true
		}
	}
	return false
}

// orDenied reports whether the words of a clause before a verb end on
// "or" or "nor" after a negator: "does not carry a fine or strip".
func orDenied(before []string) bool {
	n := len(before)
	if n == 0 || before[n-1] != "or" && before[n-1] != "nor" {
		return false
	}
	return slices.ContainsFunc(before[:n-1], func(w string) bool {
		return w == "not" || w == "never" || w == "t" || w == "cannot"
	})
}

// conditional reports whether the words of a clause before a verb put it
// in a condition, a question or a prospect ("whether he plans to step down
// … or seek a second term", "is expected to announce that he will not
// seek").
func conditional(before []string) bool {
	return slices.ContainsFunc(before, func(w string) bool {
		switch w {
		case "whether", "if", "unless", "expected", "could", "might", "may", "would":
			return true
		}
		return false
	})
}

// objectEnds are the words that end the object of a verb: a new clause.
var objectEnds = map[string]bool{
	"which": true, "that": true, "who": true, "because": true, "but": true, "and": true, "or": true,
	"if": true, "when": true, "while": true, "as": true, "so": true, "meaning": true, "since": true,
	"after": true, "before": true, "until": true, "although": true, "though": true, "whether": true,
	// Adverbs of time and manner after an object ("declared an
	// emergency shortly after …").
	"shortly": true, "immediately": true, "quickly": true, "soon": true, "later": true, "again": true,
	"yesterday": true, "today": true, "tonight": true, "twice": true, "once": true, "instead": true,
	// "did not declare an emergency, according to the FAA".
	"according": true,
}

// notPredicates are verbs whose denial tells of words, knowledge or
// expectation rather than of the thing itself.
var notPredicates = map[string]bool{
	"say": true, "comment": true, "respond": true, "return": true, "know": true, "expect": true,
	"think": true, "believe": true, "want": true, "need": true, "plan": true, "see": true, "seem": true,
	"specify": true, "elaborate": true, "disclose": true, "mention": true, "confirm": true, "immediately": true,
	"yet": true, "also": true, "only": true, "just": true, "always": true,
}

// clauseWords returns the clauses of a sentence (split at punctuation),
// each as its lower-case words, with "n't" written out as "not".
func clauseWords(s string) [][]string {
	var out [][]string
	for _, c := range strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(",;:()—–", r)
	}) {
		var ws []string
		for _, w := range strings.FieldsFunc(strings.ToLower(c), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
		}) {
			w = strings.ReplaceAll(w, "’", "'")
			switch {
			case w == "can't" || w == "cannot":
				ws = append(ws, "can", "not")
			case w == "won't":
				ws = append(ws, "will", "not")
			case strings.HasSuffix(w, "n't"):
				ws = append(ws, strings.TrimSuffix(w, "n't"), "not")
			default:
				ws = append(ws, w)
			}
		}
		out = append(out, ws)
	}
	return out
}

// phrasal returns the particle an object opens with (objectOf), or "".
func phrasal(obj []string) string {
	if len(obj) > 0 && strings.HasPrefix(obj[0], "+") {
		return obj[0]
	}
	return ""
}

// particles are the adverbs a phrasal verb is told with.
var particles = map[string]bool{"out": true, "off": true, "up": true, "down": true, "back": true}

// objectOf returns the sorted stems of the content words after a verb up
// to the end of its clause.
func objectOf(ws []string) []string {
	var out []string
	// "ruled out a cyberattack", "called off the strike": the particle
	// of a phrasal verb tells the deed with it, and counts in the object.
	if len(ws) > 1 && particles[ws[0]] {
		out = append(out, "+"+ws[0])
		ws = ws[1:]
	}
	for _, w := range ws {
		if objectEnds[w] {
			break
		}
		if textproc.IsStopword(w) || len(w) < 3 {
			continue
		}
		st := eventStem(strings.TrimSuffix(w, "'s"))
		if !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	slices.Sort(out)
	return out
}

// deniedPredicates returns the verbs a sentence denies with their objects:
// an auxiliary, "not" or "never", the verb and its object ("does not
// include a player option").
func deniedPredicates(s string) []predicate {
	var out []predicate
	for _, ws := range clauseWords(s) {
		for k := 0; k+2 < len(ws); k++ {
			if !denyingAux[ws[k]] && !passiveAux[ws[k]] && !modals[ws[k]] || ws[k+1] != "not" && ws[k+1] != "never" {
				continue
			}
			j := k + 2
			for j < len(ws) && (ws[j] == "yet" || ws[j] == "ever" || ws[j] == "also" || ws[j] == "actually") {
				j++
			}
			if j >= len(ws) {
				break
			}
			v := ws[j]
			// "is not attempting to provoke a war": a form of "be"
			// denies a verb in -ing, as "does not" denies the verb.
			if passiveAux[ws[k]] && (!strings.HasSuffix(v, "ing") || len(v) < 6) {
				continue
			}
			if len(v) < 4 && !irregularPast[v] && !(modals[ws[k]] && len(v) == 3) || textproc.IsStopword(v) || notPredicates[v] || speechVerbs[v] || passiveAux[v] {
				continue
			}
			obj := objectOf(ws[j+1:])
			if len(obj) < minObjectWords || conditional(ws[:k]) {
				continue
			}
			p := predicate{verb: eventStem(v), object: obj}
			if modals[ws[k]] {
				p.modal = ws[k]
			}
			out = append(out, p)
		}
		out = append(out, noneDone(ws)...)
	}
	return out
}

// maxNoneWords bounds the words between "no" and the auxiliary of the
// passive that denies what they name.
const maxNoneWords = 4

// noneDone returns the predicates a clause denies by a passive of "no"
// and what it names: "No tsunami warning was issued" denies "issue" of
// "tsunami warning", as "seismologists did not issue a tsunami warning"
// does.
func noneDone(ws []string) []predicate {
	var out []predicate
	for k := 0; k < len(ws); k++ {
		if ws[k] != "no" {
			continue
		}
		j := k + 1
		for j < len(ws) && j-k-1 < maxNoneWords && !noneAux[ws[j]] {
			j++
		}
		if j >= len(ws) || !noneAux[ws[j]] || j == k+1 {
			continue
		}
		v := j + 1
		if v < len(ws) && (ws[v] == "been" || ws[v] == "be") {
			v++
		}
		if v >= len(ws) || v == j+1 && (ws[j] == "has" || ws[j] == "have" || ws[j] == "had") {
			continue
		}
		// "no stores would close": a modal and the bare verb deny the
		// deed to come.
		modal := v == j+1 && (ws[j] == "will" || ws[j] == "would")
		verb := ws[v]
		if len(verb) < 4 || textproc.IsStopword(verb) || notPredicates[verb] || speechVerbs[verb] || !modal && !participle(verb) || conditional(ws[:k]) {
			continue
		}
		if obj := objectOf(ws[k+1 : j]); len(obj) >= 1 {
			out = append(out, predicate{verb: eventStem(verb), object: obj, none: true})
		}
	}
	return out
}

// noneAux are the auxiliaries of a passive after "no" and a noun.
var noneAux = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true, "will": true, "would": true,
}

// participle reports whether a word looks like a past participle.
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularPast[w]
}

// affirmedPredicates returns the predicates of verb stem v that a
// sentence affirms: a word of that stem no negator or hedge stands
// within three words before, and its object.
// modifierBefore are the words after which a participle in -ing is an
// adjective.
var modifierBefore = map[string]bool{
	"with": true, "the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"as": true,
}

func affirmedPredicates(s, v string) []predicate {
	var out []predicate
	for _, ws := range clauseWords(s) {
		for k, w := range ws {
			if !strings.HasPrefix(w, v) || eventStem(w) != v {
				continue
			}
			// "would raise taxes": a modal right before the verb is
			// kept, to answer only a denial told with it.
			modal := ""
			if k > 0 && modals[ws[k-1]] {
				modal = ws[k-1]
			}
			before := ws[:k]
			if modal != "" {
				before = ws[:k-1]
			}
			// "does not carry a fine or bar him from office": a verb
			// joined by "or" to a denied one is denied too.
			hedged := conditional(before) || clauseDenied(before) || orDenied(before)
			for b := max(0, len(before)-3); b < len(before); b++ {
				hedged = hedged || hedges[ws[b]]
			}
			if hedged {
				continue
			}
			// "disagreements with starting centre Samuel Dalembert", "the
			// leading candidate": a participle after a preposition or an
			// article qualifies a noun and tells no act.
			if k > 0 && strings.HasSuffix(w, "ing") && modifierBefore[ws[k-1]] {
				continue
			}
			// "barred by law from covering": an act kept from happening.
			if k > 0 && strings.HasSuffix(w, "ing") && ws[k-1] == "from" {
				continue
			}
			// "had found no working smoke alarms": "no" before the
			// object denies it.
			if k+1 < len(ws) && (ws[k+1] == "no" || ws[k+1] == "none" || ws[k+1] == "nothing") {
				continue
			}
			if obj := objectOf(ws[k+1:]); len(obj) >= minObjectWords {
				out = append(out, predicate{modal: modal, verb: v, object: obj})
			}
		}
	}
	return out
}
