package discrepancy

import (
	"slices"
	"strings"
	"sync"

	"crosscheck/analyze/entities"
	"crosscheck/analyze/figures"
	"crosscheck/internal/lexicon"
	"crosscheck/internal/textproc"
)

// Deeds told in the active voice are claims about what they were done to,
// as the passive tells them of its subject: "Investigators recovered a
// rifle from the home" says what "a rifle was recovered" says, and "Police
// fired tear gas" is what "officers did not fire tear gas" and "ended
// without police firing tear gas" deny. The doer is not read; the claim's
// subject is the object's head, as a passive claim's subject is the thing
// the deed was done to.

// pastForms maps the simple pasts and participles of common irregular
// verbs to their base, under which a past deed and its denial ("paid",
// "did not pay") compare.
var pastForms = map[string]string{
	"paid": "pay", "sold": "sell", "bought": "buy", "built": "build", "brought": "bring", "caught": "catch",
	"found": "find", "gave": "give", "given": "give", "held": "hold", "kept": "keep", "laid": "lay", "left": "leave",
	"lost": "lose", "made": "make", "sent": "send", "shot": "shoot", "spent": "spend", "stole": "steal",
	"stolen": "steal", "struck": "strike", "took": "take", "taken": "take", "threw": "throw", "thrown": "throw",
	"won": "win", "wrote": "write", "written": "write", "began": "begin", "begun": "begin", "broke": "break",
	"broken": "break", "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive",
	"froze": "freeze", "frozen": "freeze", "hid": "hide", "hidden": "hide", "seized": "seize", "tore": "tear",
	"used": "use", "owed": "owe", "aged": "age",
}

// deedStem returns the stem under which a verb's past, participle, base
// and gerund compare, the stem the passive reader gives its participle:
// "recovered", "recover", "recovering" are "detect" (canonicalStem);
// "paid" and "pay" are "pay".
func deedStem(w string) string {
	if b, ok := pastForms[w]; ok {
		return canonicalStem(b)
	}
	if bases()[w] {
		return canonicalStem(w)
	}
	p := w
	switch {
	case strings.HasSuffix(w, "ed"):
	case strings.HasSuffix(w, "ing"):
		p = strings.TrimSuffix(w, "ing") + "ed"
	case strings.HasSuffix(w, "e"):
		p = w + "d"
	default:
		p = w + "ed"
	}
	return canonicalStem(eventStem(p))
}

// bases returns the bases of pastForms.
var bases = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(pastForms))
	for _, b := range pastForms {
		m[b] = true
	}
	return m
})

// kinds maps a thing to the kind a denial of every such thing names: "no
// weapons were found" denies that a rifle was. A general lexicon of the
// things news reports finding or using.
var kinds = map[string]string{
	"gun": "weapon", "handgun": "weapon", "pistol": "weapon", "rifle": "weapon", "revolver": "weapon",
	"shotgun": "weapon", "firearm": "weapon", "knife": "weapon", "machete": "weapon", "explosive": "weapon", "bomb": "weapon",
	"memorandum": "agreement", "deal": "agreement", "accord": "agreement", "treaty": "agreement", "pact": "agreement",
}

// singular returns a plural noun's singular ("weapons": "weapon",
// "bodies": "body", "branches": "branch"), or the word ("campus",
// "headquarters").
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"):
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), len(w) < 4, w == "headquarters":
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// isPast reports whether w is a verb's simple past or participle.
func isPast(w string) bool {
	if _, ok := pastForms[w]; ok {
		return true
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !notVerbsEd[w]
}

// notDeeds are pasts whose object is no thing a deed was done to: speech,
// thought and the verbs of a sentence's frame.
var notDeeds = map[string]bool{
	"said": true, "told": true, "added": true, "asked": true, "noted": true, "stated": true, "claimed": true,
	"argued": true, "insisted": true, "believed": true, "expected": true, "wanted": true, "needed": true,
	"seemed": true, "appeared": true, "included": true, "involved": true, "remained": true, "continued": true,
	"called": true, "named": true, "described": true, "reported": true, "announced": true,
	"confirmed": true, "denied": true, "declined": true, "refused": true, "planned": true, "hoped": true,
	"tried": true, "showed": true, "raised": true, "received": true, "faced": true, "followed": true,
	"represented": true, "led": true, "started": true, "ended": true, "opened": true, "closed": true,
	"began": true, "begun": true, "won": true, "lost": true, "left": true, "made": true, "took": true, "taken": true,
	"gave": true, "given": true, "kept": true, "held": true,
}

// objectClaims reads the deeds of a sentence's folded words told in the
// active voice, each as a claim about its object: "recovered a rifle"
// asserts it; "did not fire tear gas", "had not paid a ransom", "never
// signed the agreement" and "without firing tear gas" deny it; a denial
// of "any" or "no" such thing ("recovered no weapons", "did not find any
// weapons") denies every one, of the kind too.
func objectClaims(folded []string) []eventClaim {
	toks := claimTokens(folded)
	var out []eventClaim
	for k, w := range toks {
		if c, ok := changeClaim(toks, k); ok {
			out = append(out, c)
			continue
		}
		if k+1 >= len(toks) || notDeeds[w] || speechVerbs[w] && !returnedThing(toks, k) {
			continue
		}
		neg, every := false, false
		switch {
		case isPast(w):
			if passiveAuxBefore(toks, k) || !verbAfterSubject(toks, k) {
				continue
			}
			// "had not paid", "has never signed": the perfect denied
			// (the passive reader reads only the regular participles).
			j := k - 1
			for ; j >= 0 && (toks[j] == "not" || toks[j] == "never" || toks[j] == "yet" || toks[j] == "since" || toks[j] == "already"); j-- {
				neg = neg || toks[j] == "not" || toks[j] == "never"
			}
			if neg && (j < 0 || toks[j] != "has" && toks[j] != "have" && toks[j] != "had") {
				continue
			}
			if !neg && j >= 0 && (modalWords[toks[j]] || conditionBefore(toks, j)) {
				continue
			}
			if neg && j > 0 && modalWords[toks[j-1]] {
				continue
			}
		case k >= 2 && toks[k-1] == "not" && toks[k-2] == "did", k >= 1 && toks[k-1] == "never" && !isPast(w):
			// "did not fire", "never paid" (a base after "never" is
			// read only when it is no past: "never signed" is above).
			if strings.HasSuffix(w, "ing") || textproc.IsStopword(w) {
				continue
			}
			neg = true
		case strings.HasSuffix(w, "ing") && withoutBefore(toks, k):
			// "ended without police firing tear gas"
			neg = true
		default:
			continue
		}
		// "a recount requested by Labour": a passive after its noun.
		if !neg && toks[k+1] == "by" && k > 0 && !textproc.IsStopword(toks[k-1]) && !negators[toks[k-1]] && isPast(w) {
			out = append(out, eventClaim{stem: deedStem(w), subject: toks[k-1]})
			continue
		}
		i := k + 1
		switch {
		case toks[i] == "no":
			if neg {
				continue
			}
			neg, every = true, true
			i++
		case toks[i] == "any" && neg:
			every = true
			i++
		}
		// "found traces of carbon dioxide": the object is what the
		// measure is of, and its modifier that thing's.
		j := i
		if j < len(toks) && objectDeterminers[toks[j]] {
			j++
		}
		if j+1 < len(toks) && partitives[toks[j]] && toks[j+1] == "of" {
			i = j + 2
		}
		obj := objectHead(toks, i)
		if obj == "" || textproc.IsStopword(obj) || len(obj) < 3 {
			continue
		}
		// "proving that his client did not pull the trigger": what a
		// side sets out to prove is no deed told.
		if neg && goalBefore(toks, k) {
			continue
		}
		stem := deedStem(w)
		// "fired tear gas", "did not use tear gas": a weapon fired,
		// shot or deployed is used.
		if firedThings[obj] && firingStems()[stem] {
			stem = deedStem("use")
		}
		c := eventClaim{stem: stem, subject: obj, negative: neg, every: every}
		// "has not scored a rushing touchdown" denies only a rushing
		// one: a denial keeps the word before its object's head, and an
		// assertion is told with and without it ("fired tear gas").
		mod := modifierOf(toks, i, obj)
		switch {
		case mod != "" && neg:
			c.subject = mod + " " + obj
		case mod != "":
			out = append(out, eventClaim{stem: stem, subject: mod + " " + obj})
		}
		out = append(out, c)
	}
	return out
}

// firedThings are the heads of weapons and rounds that are fired or used
// against a crowd; firingStems the deeds that use them, as deedStem keys
// them.
var firedThings = map[string]bool{
	"gas": true, "bullets": true, "rounds": true, "ammunition": true, "cannon": true, "cannons": true,
	"grenades": true, "shells": true, "rockets": true, "missiles": true, "munitions": true, "pellets": true, "spray": true,
}

var firingStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"fired", "used", "shot", "deployed", "launched", "lobbed", "sprayed"} {
		m[deedStem(w)] = true
	}
	return m
})

// returnedThing reports whether toks[k] returns a thing ("has not
// returned the donation") rather than a message ("did not return calls
// seeking comment", "returned a request for comment").
func returnedThing(toks []string, k int) bool {
	if toks[k] != "returned" && toks[k] != "return" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if messageWords[toks[j]] || objectGap[toks[j]] && j == k+1 {
			return false
		}
	}
	return true
}

// messageWords are what one returns in answering: calls, messages,
// requests.
var messageWords = map[string]bool{
	"call": true, "calls": true, "message": true, "messages": true, "request": true, "requests": true,
	"email": true, "emails": true, "inquiry": true, "inquiries": true, "comment": true, "phone": true,
	"text": true, "texts": true, "voicemail": true, "voicemails": true, "query": true, "queries": true,
}

// modifierOf returns the word right before obj, the head of the noun
// phrase that starts at toks[i] after a determiner, or "".
func modifierOf(toks []string, i int, obj string) string {
	if i < len(toks) && (objectDeterminers[toks[i]] || toks[i] == "no" || toks[i] == "any") {
		i++
	}
	for j := i + 1; j < len(toks) && j < i+maxObjectWords; j++ {
		if toks[j] == obj {
			return toks[j-1]
		}
	}
	return ""
}

// goalBefore reports whether a verb of proving stands in the words
// before toks[k].
func goalBefore(toks []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-maxKeptWords; j-- {
		switch toks[j] {
		case "prove", "proves", "proving", "disprove", "disproving":
			return true
		}
	}
	return false
}

// withKinds adds to cs, for each thing asserted, the claim of its kind:
// "a handgun was recovered" tells that a weapon was found, which "no
// weapons were found" denies.
func withKinds(cs []eventClaim) []eventClaim {
	for _, c := range cs {
		if c.negative || c.subject == "" {
			continue
		}
		if kind, ok := kinds[singular(c.subject)]; ok {
			k := c
			k.subject = kind
			if !slices.Contains(cs, k) {
				cs = append(cs, k)
			}
		}
	}
	return cs
}

// denialCovers reports whether denial d is of the subject of claim c: the same
// subject, or d denies every one of its kind ("no weapons were found",
// "did not recover any weapons") and c's subject is one.
func denialCovers(d, c eventClaim) bool {
	return sameSubject(d.subject, c.subject) || d.every && singular(d.subject) == singular(c.subject) ||
		// "Both men remained at large" denies "Whitley was captured":
		// a group of people told of together covers each of them
		// named.
		d.group && figures.PeoplePlural(d.subject) && namedSubject(c.subject)
}

// namedSubject reports whether a claim's subject, folded, may be a
// person's name: no word of a role, a relation or a kind of people, and
// no function word.
func namedSubject(s string) bool {
	return s != "" && !lexicon.PersonNoun(singular(s)) && !textproc.IsStopword(s) && !pronouns[s] && !entities.IsRole(s)
}

// verbAfterSubject reports whether the word before the past toks[k], past
// auxiliaries and negators, may end its subject, so that the past is a
// verb ("Police fired tear gas", "officers had not fired"), not a
// participle before a noun ("for steering inflated contracts", "the
// stolen coins").
func verbAfterSubject(toks []string, k int) bool {
	j := k - 1
	for j >= 0 && betweenAux[toks[j]] {
		j--
	}
	if j < 0 {
		return false
	}
	p := toks[j]
	if pronouns[p] && p != "that" && p != "this" && p != "one" {
		return true
	}
	// "arrested the teen at his home and recovered a rifle": a verb
	// joined to an earlier past shares its subject.
	if p == "and" || p == "but" || p == "then" {
		for b := j - 1; b >= 0 && b >= j-12; b-- {
			if isPast(toks[b]) && !passiveAuxBefore(toks, b) {
				return true
			}
		}
		return false
	}
	// "restored limited service": a participle after a verb is the
	// object's adjective.
	return !textproc.IsStopword(p) && !strings.HasSuffix(p, "ing") && !negators[p] && !isPast(p) && !amountVerbs[p]
}

// withoutBefore reports whether "without" stands just before the gerund
// toks[k], or before its subject: "without firing", "without police
// firing".
func withoutBefore(toks []string, k int) bool {
	return k >= 1 && toks[k-1] == "without" || k >= 2 && toks[k-2] == "without" && !textproc.IsStopword(toks[k-1])
}

// amountVerbs change an amount: a budget that "raises the sales tax" or
// "cuts funding" changes it.
var amountVerbs = map[string]bool{
	"raise": true, "raises": true, "raised": true, "raising": true, "increase": true, "increases": true,
	"increased": true, "increasing": true, "hike": true, "hikes": true, "hiked": true, "cut": true, "cuts": true,
	"cutting": true, "lower": true, "lowers": true, "lowered": true, "reduce": true, "reduces": true,
	"reduced": true, "slash": true, "slashes": true, "slashed": true, "boost": true, "boosts": true, "boosted": true,
}

// keepVerbs leave an amount as it is when a word of no change follows
// its noun ("leaves the sales tax unchanged", "keeps funding flat");
// freezing needs none ("freezes tuition").
var keepVerbs = map[string]bool{
	"leave": true, "leaves": true, "left": true, "leaving": true, "keep": true, "keeps": true, "kept": true,
	"keeping": true, "hold": true, "holds": true, "held": true, "holding": true,
}

var freezeVerbs = map[string]bool{"freeze": true, "freezes": true, "froze": true, "freezing": true}

// unchangedWords say that an amount stays as it was.
var unchangedWords = map[string]bool{
	"unchanged": true, "flat": true, "steady": true, "frozen": true, "level": true, "constant": true,
}

// maxKeptWords bounds the words read after a verb of keeping for its
// word of no change.
const maxKeptWords = 12

// changeStem marks a change to an amount.
const changeStem = "change amount"

// changeClaim reads a change to an amount, or its denial, at toks[k]:
// "raises the provincial sales tax by one percentage point" changes the
// tax; "leaves the provincial sales tax unchanged", "keeps funding for
// the universities flat", "freezes tuition" and "contains no tax
// increases" deny it.
func changeClaim(toks []string, k int) (eventClaim, bool) {
	w := toks[k]
	switch {
	case amountVerbs[w] && (k == 0 || verbAfterSubject(toks, k) || toks[k-1] == "no" || toks[k-1] == "that"):
		// "no tax increases": the noun's denial.
		if k >= 2 && toks[k-2] == "no" && (w == "increases" || w == "hikes" || w == "cuts") && !textproc.IsStopword(toks[k-1]) {
			return eventClaim{stem: changeStem, subject: toks[k-1], negative: true}, true
		}
		if k > 0 && (negators[toks[k-1]] || toks[k-1] == "to" || modalWords[toks[k-1]]) || passiveAuxBefore(toks, k) {
			return eventClaim{}, false
		}
		if obj := objectHead(toks, k+1); obj != "" && !textproc.IsStopword(obj) && !possessor(toks, k+1, obj) {
			return eventClaim{stem: changeStem, subject: obj}, true
		}
	case keepVerbs[w]:
		obj := objectHead(toks, k+1)
		if obj == "" {
			return eventClaim{}, false
		}
		for j := k + 2; j < len(toks) && j <= k+maxKeptWords; j++ {
			if unchangedWords[toks[j]] || toks[j] == "same" && toks[j-1] == "the" {
				return eventClaim{stem: changeStem, subject: obj, negative: true}, true
			}
		}
	case freezeVerbs[w] && verbAfterSubject(toks, k):
		if obj := objectHead(toks, k+1); obj != "" && !textproc.IsStopword(obj) && !possessor(toks, k+1, obj) {
			return eventClaim{stem: changeStem, subject: obj, negative: true}, true
		}
	}
	return eventClaim{}, false
}

// possessor reports whether the head obj of the noun phrase at toks[i]
// is a possessor ("a federal judge's temporary block"), whose thing is
// what the verb is done to.
func possessor(toks []string, i int, obj string) bool {
	for j := i; j+1 < len(toks) && j < i+maxObjectWords+1; j++ {
		if toks[j] == obj {
			return toks[j+1] == "s"
		}
	}
	return false
}
