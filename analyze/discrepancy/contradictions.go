package discrepancy

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/memo"
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
	// pronoun is set for an intention whose subject is a pronoun that
	// the sentence names no one for ("But she declined to say whether
	// she would run"): the reader gives it the name the sentence before
	// opened on.
	pronoun bool
	// undecided is set, beside negative, for an intention no one would
	// state ("declined to say whether he would vote for it"): it denies
	// that the intention was given, and it also answers a refusal ("he
	// would not vote for it"), which states one.
	undecided bool
	// anaphor is set for a claim whose subject is a pronoun ("He was
	// charged"): someone the text named before, whom it does not name
	// here. It answers no claim, and keeps no claim of a named subject
	// from standing.
	anaphor bool
	// past is set for a claim told in a sentence that dates itself only
	// to years before its report's ("An earthquake in 2009 killed 40
	// people"): of another time than a denial told of none ("No one was
	// killed").
	past bool
	// every is set for a denial of every such thing ("no weapons were
	// found", "recovered no weapons"): it answers a claim of one.
	every bool
	// group is set for a denial told of people together ("Both men
	// remained at large"): it answers a claim of one of them named.
	group bool
	// inner is set, beside anaphor, for a claim of "he" or "she" in a
	// clause that "after", "because" or the like opens ("Cole stepped
	// down after she was indicted"): the pronoun is the person the
	// sentence opens on (sentenceClaims).
	inner bool
	// lead is set, beside anaphor, for a claim of "he" or "she" that
	// opens its sentence ("He has not been charged"): the reader gives
	// it the name the sentence before opened on, where there is one.
	lead bool
}

// subordinators open a clause whose pronoun subject is the person the
// sentence opens on.
var subordinators = map[string]bool{
	"after": true, "before": true, "when": true, "because": true, "since": true, "until": true,
	"while": true, "although": true, "though": true, "once": true,
}

// key is what an article is marked by for telling c: the stem, and the
// subject where there is one.
func (c eventClaim) key() string {
	if c.anaphor {
		return general + "?" + c.stem
	}
	if c.subject == "" || c.universal {
		return general + c.stem
	}
	return c.stem + "\x00" + c.subject
}

// general marks a claim of no one named, or of everyone.
const general = "\x00"

// passiveAux are the auxiliaries of the passive voice.
var passiveAux = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true,
}

// betweenAux are the words that may stand between an auxiliary and its
// participle without changing what is said, and the negators that do.
var betweenAux = map[string]bool{
	"also": true, "later": true, "then": true, "subsequently": true, "reportedly": true, "initially": true,
	"immediately": true, "yet": true, "since": true, "already": true, "ever": true, "formally": true,
	"last": true, "recently": true, "first": true, "previously": true, "successfully": true, "fully": true,
	"has": true, "have": true, "had": true, "been": true, "not": true, "never": true,
}

// makingVerbs say that the event their subject names took place ("no
// arrests were made", "charges were filed").
var makingVerbs = map[string]bool{
	"made": true, "filed": true, "brought": true, "reported": true, "announced": true, "issued": true, "laid": true,
	"ordered": true,
}

// irregularParticiples are common participles that do not end in -ed.
var irregularParticiples = map[string]bool{
	"held": true, "found": true, "hurt": true, "shot": true, "struck": true, "caught": true, "hit": true,
	"taken": true, "given": true, "sent": true, "kept": true, "seen": true, "known": true, "chosen": true,
	"beaten": true, "stolen": true, "sentenced": true, "convicted": true, "indicted": true, "paid": true,
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
//
// heads lets a noun phrase's head be the subject past a phrase after it
// (relativeHead); a sentence whose subject is a name in apposition ("The
// senator's chief of staff, Lorraine Pugh, was also charged") has the
// name right before its auxiliary.
func eventClaims(folded []string, heads bool) []eventClaim {
	toks := claimTokens(folded)
	var out []eventClaim
	denial := slices.ContainsFunc(toks, func(t string) bool {
		return t == "no" || t == "not" || t == "never" || t == "without" || t == "nobody" || t == "none"
	})
	for k, w := range toks {
		// "no arrests", "no one", "nobody" with a passive after them are
		// read with it; a bare "no" noun phrase elsewhere ("there were no
		// injuries", "police made no arrests") denies its noun.
		if w == "no" && k+1 < len(toks) && !notSame[toks[k+1]] && !(k+2 < len(toks) && notSame[toks[k+2]]) {
			// Only a plural names events ("no injuries", "no arrests");
			// "no need", "no damage" in one place say less.
			n := toks[k+1]
			// "no signs of slowing", "no reports of damage": the
			// noun is no event.
			if len(n) >= 5 && strings.HasSuffix(n, "s") && !passiveFollows(toks, k+2) && !(k+2 < len(toks) && toks[k+2] == "of") {
				out = append(out, eventClaim{stem: eventStem(n), negative: true, universal: true})
			}
		}
		// "not aware of any crashes or injuries", "no reports of
		// injuries": a denial of every such event.
		if w == "any" && k >= 3 && toks[k-1] == "of" && toks[k-2] == "aware" && toks[k-3] == "not" ||
			w == "of" && k >= 2 && (toks[k-1] == "reports" || toks[k-1] == "report") && toks[k-2] == "no" {
			for j := k + 1; j < len(toks) && j <= k+5; j++ {
				if nounOfEvent[canonicalStem(eventStem(toks[j]))] && strings.HasSuffix(toks[j], "s") {
					out = append(out, eventClaim{stem: canonicalStem(eventStem(toks[j])), negative: true, universal: true})
				}
				if toks[j] != "or" && toks[j] != "and" && textproc.IsStopword(toks[j]) {
					break
				}
			}
		}
		// "treated for minor injuries", "reports of burn injuries", "two
		// injuries": the noun says the event took place.
		if k > 0 && !denial && (eventNounCues[toks[k-1]] || countWord(toks[k-1])) && !(k > 1 && toks[k-1] == "of" && chanceNouns[toks[k-2]]) {
			if n, ok := eventNounAfter(toks, k); ok {
				out = append(out, eventClaim{stem: canonicalStem(eventStem(n)), subject: n})
			}
		}
		// "including one death": one such event took place.
		if k > 0 && !denial && toks[k-1] == "one" && !strings.HasSuffix(w, "s") && nounOfEvent[canonicalStem(eventStem(w))] &&
			!(k+1 < len(toks) && toks[k+1] == "of") {
			out = append(out, eventClaim{stem: canonicalStem(eventStem(w)), subject: w})
		}
		// "sampling had found styrene", "tests detected no lead": what was
		// found, in the active voice.
		if (w == "found" || w == "detected") && k > 0 && k+1 < len(toks) && !passiveAuxBefore(toks, k) {
			obj, neg := toks[k+1], false
			if obj == "no" && k+2 < len(toks) {
				// "found no working smoke alarms": the head of what was
				// not found, as a passive names it ("no working smoke
				// alarms were found").
				obj, neg = toks[k+2], true
				if h := objectHead(toks, k+2); h != "" {
					obj = h
				}
			}
			// "had not detected elevated levels": denied before the verb.
			for j := k - 1; j >= 0 && betweenAux[toks[j]]; j-- {
				if toks[j] == "not" || toks[j] == "never" {
					neg = true
				}
			}
			if !textproc.IsStopword(obj) && !notSame[obj] {
				out = append(out, eventClaim{stem: "detect", subject: obj, negative: neg})
			}
			continue
		}
		// "One tank car was leaking", "none of the cars was leaking": a
		// deed under way, told as a passive's participle is.
		if !isParticiple(w) && !progressiveAt(toks, k) {
			continue
		}
		neg, aux, j := false, false, k-1
		// "was unlawfully appointed", "was fatally shot": an adverb of
		// manner stands between the auxiliary and its participle.
		adverb := ""
		for ; j >= 0 && (betweenAux[toks[j]] || mannerAdverb(toks[j])); j-- {
			// "formally", "officially": how it was done, not whether.
			if !betweenAux[toks[j]] && !frontAdverbs[toks[j]] {
				adverb = toks[j]
			}
			if toks[j] == "not" || toks[j] == "never" {
				neg = true
			}
			if toks[j] == "been" {
				aux = true
			}
		}
		// "was questioned and released": a participle joined to a
		// passive one shares its auxiliary and subject.
		// "was arrested but had not been charged": so does one after
		// "but".
		if j >= 2 && (toks[j] == "and" || toks[j] == "but") && isParticiple(toks[j-1]) && passiveAux[toks[j-2]] {
			j -= 2
		}
		if j >= 0 && passiveAux[toks[j]] {
			aux = true
			j--
			for ; j >= 0 && (toks[j] == "not" || toks[j] == "never"); j-- {
				neg = true
			}
			// "no teachers would be laid off": the modal stands
			// between the subject and its passive.
			if aux && j > 0 && modalWords[toks[j]] {
				j--
			}
		}
		// "Officials have not yet identified the source": a deed denied
		// in the active voice is denied of its object, as "the source
		// has been identified" tells it of its subject.
		if !aux && neg && perfectBefore(toks, k) {
			if obj := objectHead(toks, k+1); obj != "" {
				// "has not scored a rushing touchdown" denies a rushing
				// one only (objectClaims).
				if mod := modifierOf(toks, k+1, obj); mod != "" {
					obj = mod + " " + obj
				}
				out = append(out, eventClaim{stem: canonicalStem(eventStem(w)), subject: obj, negative: true})
			}
			continue
		}
		// "has died" tells a death in the active voice.
		if !aux && w != "died" || j < 0 {
			continue
		}
		// "Thomas initially was hurt": an adverb before the auxiliary
		// stands between it and the subject.
		for j > 0 && frontAdverbs[toks[j]] {
			j--
		}
		subj := toks[j]
		// "until a replacement is chosen", "unless he is charged": a
		// condition, not a deed told.
		if conditionBefore(toks, j) {
			continue
		}
		// "released without being charged": the participle is denied,
		// and the deed before "without" says of whom.
		if subj == "without" {
			continue
		}
		// "A woman who was in the car with Mr. Miller was questioned":
		// the subject is the noun before the relative clause.
		if heads {
			if n := relativeHead(toks, j); n != "" {
				subj = n
			}
		}
		stem := eventStem(w)
		if w == "taken" && intoCustody(toks, k+1) || w == "booked" && bookedIntoJail(toks, k) {
			stem = "arrest"
		} else if w == "pronounced" && k+1 < len(toks) && toks[k+1] == "dead" {
			// "was pronounced dead at the scene": a death.
			stem = "death"
		} else if w == "taken" && k+1 < len(toks) && takenWays[toks[k+1]] {
			// "taken to a hospital", "taken out of service": where to
			// tells two deeds apart.
			stem = "take " + toks[k+1]
		}
		// "Two workers were treated at a hospital", "three were
		// hospitalized": hurt.
		// "Two firefighters were treated for heat exhaustion": treated
		// for a harm is hurt too.
		if w == "treated" && (slices.Contains(toks[k+1:min(len(toks), k+4)], "hospital") || k+1 < len(toks) && toks[k+1] == "for") || w == "hospitalized" || w == "hospitalised" {
			stem = "injur"
		}
		c := eventClaim{stem: canonicalStem(stem), subject: subj, negative: neg}
		switch {
		case toks[0] == "none" || toks[0] == "neither" || noneOfBefore(toks, j):
			// "None of the four employees … was hurt", "that none of
			// the coins had been recovered": a denial of every one of
			// those people or things, no claim that anyone else was
			// hurt. It answers a claim of one of them ("One of the
			// paintings was recovered").
			c.negative, c.every = true, true
			if textproc.IsStopword(subj) || pronouns[subj] || !strings.HasSuffix(subj, "s") {
				c.subject, c.every = "", false
			}
		case subj == "nobody" || subj == "none" || subj == "one" && j > 0 && toks[j-1] == "no" || noOneBefore(toks, j):
			c.negative, c.universal, c.subject = true, true, ""
		case j > 0 && toks[j-1] == "no" && making(toks, k):
			// "no arrests were made": the noun is the event.
			c = eventClaim{stem: eventStem(subj), negative: true, universal: true}
		case j > 0 && toks[j-1] == "no" || coordinatedNo(toks, j) || qualifiedNo(toks, j):
			// "no gun has been recovered"; "no employees or customers
			// were hurt"
			c.negative, c.every = true, true
		case making(toks, k) && !neg:
			// "arrests were made": the noun is the event, done to someone.
			c = eventClaim{stem: eventStem(subj)}
		case j > 0 && notSame[toks[j]]:
			continue
		case pronouns[subj]:
			c.subject, c.anaphor = "", true
			c.inner = (subj == "he" || subj == "she") && j > 0 && subordinators[toks[j-1]]
			c.lead = (subj == "he" || subj == "she") && j == 0
		case textproc.IsStopword(subj) && subj != "no":
			c.subject = ""
		}
		// "was not seriously injured" denies the manner only, and
		// answers only "was seriously injured"; "was seriously injured"
		// also tells that the event took place.
		if adverb != "" {
			q := c
			q.stem = adverb + " " + c.stem
			if c.negative {
				c = q
			} else {
				out = append(out, q)
			}
		}
		out = append(out, c)
		// "was indicted": charged, by a grand jury; "was not indicted"
		// leaves a charge by complaint open.
		if c.stem == "indict" && !c.negative {
			k := c
			k.stem = chargeStem
			out = append(out, k)
		}
		// "released without charges", "released without being
		// charged": not charged; "booked on a charge of obstructing",
		// "arrested on charges of negligence": charged.
		if !c.negative && c.subject != "" {
			if chargedAfter(toks, k+1) {
				out = append(out, eventClaim{stem: chargeStem, subject: c.subject})
			} else if unchargedAfter(toks, k+1) {
				out = append(out, eventClaim{stem: chargeStem, subject: c.subject, negative: true})
			}
		}
	}
	return out
}

// leadName returns the last word, folded, of the person's name a
// sentence opens on: a run of two capitalised words or more ("Mark
// Osgood, 34, was …", "Mr. Osgood said"), or one set off by commas after
// a noun phrase of two words or three ("The man, Mark Osgood, 34, …");
// else that of the one person it names with an age ("Officers arrested
// Mark Osgood, 34, at the scene"); else "".
func leadName(s string) string {
	ws := strings.Fields(textproc.TrimDateline(s))
	run := func(i int) string {
		last, n := "", 0
		for ; i < len(ws) && capital(ws[i]); i++ {
			w := strings.TrimRight(ws[i], ",;:")
			last, n = w, n+1
			if w != ws[i] {
				break
			}
		}
		if n < 2 || textproc.IsStopword(strings.ToLower(last)) {
			return ""
		}
		return textproc.Fold(strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s"))
	}
	// "Cody Ames, 27, and Jamal Pett, 33, were found": two people, of
	// whom a pronoun after may be either.
	if len(ws) < 2 || len(agedNames().FindAllStringIndex(s, 2)) > 1 {
		return ""
	}
	if capital(ws[0]) && !textproc.IsStopword(strings.ToLower(ws[0])) {
		if name := run(0); name != "" {
			return name
		}
	} else {
		for i := 1; i <= 2 && i < len(ws)-1; i++ {
			if strings.HasSuffix(ws[i], ",") {
				return run(i + 1)
			}
			if capital(ws[i]) {
				break
			}
		}
	}
	return onePersonAged(s)
}

// onePersonAged returns the surname, folded, of the one person a sentence
// names with an age set off by commas ("Officers arrested Kyle Ames, 29,
// at the scene": "ames"), or "" when it names none or several so.
func onePersonAged(s string) string {
	found := ""
	for _, m := range agedNames().FindAllStringSubmatch(s, 2) {
		if found != "" {
			return ""
		}
		found = textproc.Fold(strings.ToLower(m[1]))
	}
	return found
}

// agedNames matches a name of two capitalised words or more before an age
// set off by commas.
var agedNames = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b\p{Lu}[\p{L}'’.-]+ (?:\p{Lu}[\p{L}'’.-]+ )*(\p{Lu}[\p{L}'’-]+), \d{1,3},`)
})

// intoCustody reports whether toks from i read "into custody", or "back
// into custody": what "taken" before them tells is an arrest.
func intoCustody(toks []string, i int) bool {
	if i < len(toks) && toks[i] == "back" {
		i++
	}
	return i+1 < len(toks) && toks[i] == "into" && toks[i+1] == "custody"
}

// bookedIntoJail reports whether the "booked" at toks[k] is followed by
// "into" or "in" and a jail within a few words: "booked into the Harlan
// County Jail", "booked in jail" tell an arrest, as "booked on a charge"
// tells a charge.
func bookedIntoJail(toks []string, k int) bool {
	if k+2 >= len(toks) || toks[k+1] != "into" && toks[k+1] != "in" {
		return false
	}
	for _, w := range toks[k+2 : min(len(toks), k+7)] {
		if w == "jail" || w == "custody" || w == "detention" {
			return true
		}
	}
	return false
}

// progressiveAt reports whether toks[k] is a verb in -ing right after a
// past form of "be", a negator between them or not: "was leaking", "were
// not burning".
func progressiveAt(toks []string, k int) bool {
	w := toks[k]
	if len(w) < 7 || !strings.HasSuffix(w, "ing") || k < 1 {
		return false
	}
	j := k - 1
	if toks[j] == "not" || toks[j] == "never" || toks[j] == "still" {
		j--
	}
	return j >= 1 && (toks[j] == "was" || toks[j] == "were") && !textproc.IsStopword(toks[j-1])
}

// perfectBefore reports whether "has", "have" or "had" stands among the
// auxiliaries and negators before toks[k]: "have not yet identified";
// not after a modal ("would not have placed him on injured reserve if"),
// which tells what did not happen only if something else had.
func perfectBefore(toks []string, k int) bool {
	perfect := false
	j := k - 1
	for ; j >= 0 && betweenAux[toks[j]]; j-- {
		perfect = perfect || toks[j] == "has" || toks[j] == "have" || toks[j] == "had"
	}
	return perfect && (j < 0 || !modalWords[toks[j]])
}

// partitives are nouns of a measure or a sign of something, whose
// object is what follows "of": "traces of carbon dioxide", "signs of
// forced entry".
var partitives = map[string]bool{
	"trace": true, "traces": true, "amount": true, "amounts": true, "level": true, "levels": true,
	"sign": true, "signs": true, "evidence": true, "quantity": true, "quantities": true, "hint": true, "hints": true,
}

// objectDeterminers stand before the object of a verb.
var objectDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "any": true, "its": true, "their": true, "his": true, "her": true, "our": true,
}

// maxObjectWords bounds the words of an object read before its head.
const maxObjectWords = 3

// objectHead returns the head of the noun phrase that starts at toks[i]
// after its determiner: the last word before a function word ("the
// source of the outbreak": "source"), or "" when none follows.
func objectHead(toks []string, i int) string {
	if i < len(toks) && objectDeterminers[toks[i]] {
		i++
	}
	head := ""
	for j := i; j < len(toks) && j < i+maxObjectWords; j++ {
		if textproc.IsStopword(toks[j]) || negators[toks[j]] || objectEnds[toks[j]] {
			break
		}
		head = toks[j]
	}
	if pronouns[head] || calendarNames[head] || isDigits(head) {
		return ""
	}
	return head
}

// frontAdverbs are adverbs that may stand between the subject of a
// passive and its auxiliary ("He initially was charged").
var frontAdverbs = map[string]bool{
	"initially": true, "reportedly": true, "allegedly": true, "eventually": true, "finally": true, "originally": true,
	"ultimately": true, "apparently": true, "previously": true, "subsequently": true, "recently": true, "later": true,
	"also": true, "then": true, "already": true, "first": true, "quickly": true, "immediately": true, "officially": true,
}

// mannerAdverb reports whether a folded word is an adverb in -ly of four
// letters or more before its ending ("fatally", "severely"), but for the
// hedges ("likely", "possibly", "probably"), which make no claim.
func mannerAdverb(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "ly") && w != "likely" && w != "possibly" && w != "probably"
}

// passiveAuxBefore reports whether the words before toks[k] are an
// auxiliary of the passive and the adverbs or negators between it and
// toks[k]: "was found", "was not found".
func passiveAuxBefore(toks []string, k int) bool {
	j := k - 1
	for j >= 0 && betweenAux[toks[j]] && !passiveAux[toks[j]] {
		j--
	}
	return j >= 0 && passiveAux[toks[j]]
}

// conditionBefore reports whether a conjunction of condition or time to
// come stands up to three words before toks[j], the subject of a
// participle: "until a replacement is chosen", "unless he is charged",
// "if anyone was hurt".
func conditionBefore(toks []string, j int) bool {
	for b := j; b >= 0 && b >= j-3; b-- {
		switch toks[b] {
		case "until", "unless", "if", "whether", "once":
			return true
		}
	}
	// "In cases where an agency determines that consultation is not
	// required": a case set, not a happening.
	for b := j - 1; b >= 1 && b >= j-maxKeptWords; b-- {
		if toks[b] == "where" && (toks[b-1] == "cases" || toks[b-1] == "instances" || toks[b-1] == "situations" || toks[b-1] == "circumstances") {
			return true
		}
	}
	return false
}

// noOneBefore reports whether "no one" or "nobody" stands up to three
// words before toks[j], the first word after it saying where: "no one
// aboard was injured", "nobody in the building was hurt".
func noOneBefore(toks []string, j int) bool {
	for b := j - 1; b >= 0 && b >= j-3; b-- {
		if toks[b] == "nobody" || toks[b] == "one" && b > 0 && toks[b-1] == "no" {
			return whereWords[toks[b+1]]
		}
	}
	return false
}

// whereWords open what may stand between "no one" and its verb to say
// where: "no one aboard", "no one else", "nobody inside the building".
var whereWords = map[string]bool{
	"aboard": true, "inside": true, "else": true, "on": true, "in": true, "at": true, "near": true,
	"there": true, "here": true, "nearby": true, "onboard": true,
}

// appositiveName matches a name set off by commas right before a verb:
// ", Lorraine Pugh, was".
var appositiveName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`, (?:\p{Lu}[\p{L}'’.-]*\s)*?\p{Lu}[\p{L}'’.-]*, (?:was|were|is|are|has|had)\b`)
})

// relativeHead returns the noun a sentence opens on when a relative
// clause or a prepositional phrase stands between it and the auxiliary
// after toks[j] ("A woman who was in the car with Mr. Miller was …": "woman";
// "The driver of the truck was …": "driver"), or "".
func relativeHead(toks []string, j int) string {
	if len(toks) == 0 || toks[0] != "a" && toks[0] != "an" && toks[0] != "the" {
		return ""
	}
	for m := 2; m < j && m <= 6; m++ {
		if headEnds[toks[m]] || reducedRelative(toks, m) {
			if textproc.IsStopword(toks[m-1]) || toks[m-1][0] >= '0' && toks[m-1][0] <= '9' {
				return ""
			}
			return toks[m-1]
		}
	}
	return ""
}

// reducedRelative reports whether toks[m] opens a clause of a participle
// and a preposition that qualifies the noun before it: "A man arrested
// in connection with the heist was released", "The driver injured in
// the crash was".
func reducedRelative(toks []string, m int) bool {
	w := toks[m]
	return m+1 < len(toks) && len(w) > 4 && strings.HasSuffix(w, "ed") && participlePrepositions[toks[m+1]]
}

// participlePrepositions may follow a participle that qualifies a noun.
var participlePrepositions = map[string]bool{"in": true, "on": true, "by": true, "for": true, "after": true, "at": true, "over": true}

// headEnds are the words that end the head of a noun phrase a sentence
// opens on: a relative pronoun or a preposition ("A woman in the vehicle
// with Miller was released").
var headEnds = map[string]bool{
	"who": true, "whose": true, "in": true, "with": true, "from": true, "at": true, "of": true, "inside": true,
	"near": true, "aboard": true,
}

// chargeStem is the event of a charge laid.
const chargeStem = "charg"

// chargedAfter reports whether the words from toks[i] lay a charge on the
// subject of the participle before them: "on a charge of", "on charges
// of".
func chargedAfter(toks []string, i int) bool {
	if i < len(toks) && toks[i] == "on" {
		i++
		if i < len(toks) && (toks[i] == "a" || toks[i] == "an") {
			i++
		}
		return i+1 < len(toks) && (toks[i] == "charge" || toks[i] == "charges") && toks[i+1] == "of"
	}
	return false
}

// maxChargeGap bounds the words between a deed and the "without" that
// denies a charge.
const maxChargeGap = 3

// unchargedAfter reports whether the words from toks[i] deny a charge:
// "without charge", "without charges", "without being charged".
//
// Up to maxChargeGap words may stand before "without" ("held overnight
// without being charged", "held for two days without charge"), none of
// them opening a new clause.
func unchargedAfter(toks []string, i int) bool {
	for g := 0; g < maxChargeGap && i < len(toks) && toks[i] != "without"; g++ {
		if objectEnds[toks[i]] || isParticiple(toks[i]) {
			return false
		}
		i++
	}
	if i >= len(toks) || toks[i] != "without" {
		return false
	}
	i++
	if i < len(toks) && toks[i] == "being" {
		i++
	}
	return i < len(toks) && (toks[i] == "charge" || toks[i] == "charges" || toks[i] == "charged")
}

// noneOfBefore reports whether "none of" or "neither of", with a
// determiner or not, stands before the subject toks[j].
func noneOfBefore(toks []string, j int) bool {
	b := j - 1
	if b >= 0 && objectDeterminers[toks[b]] {
		b--
	}
	return b >= 1 && toks[b] == "of" && (toks[b-1] == "none" || toks[b-1] == "neither")
}

// qualifiedNo reports whether "no" stands before the subject at toks[j]
// past a few words that qualify it: "no working smoke alarms were
// found", "no cracked blades were found".
func qualifiedNo(toks []string, j int) bool {
	for b := j - 1; b >= 0 && b >= j-maxObjectWords; b-- {
		switch w := toks[b]; {
		case w == "no":
			return b < j-1
		case textproc.IsStopword(w) || notSame[w]:
			return false
		}
	}
	return false
}

// coordinatedNo reports whether the subject at toks[j] is the last of
// nouns joined by "or", "and" or "nor" after "no": "no employees or
// customers were hurt" denies that customers were.
func coordinatedNo(toks []string, j int) bool {
	joined := false
	for b := j - 1; b >= 0 && b >= j-5; b-- {
		switch w := toks[b]; {
		case w == "no":
			return joined
		case w == "or" || w == "and" || w == "nor":
			joined = true
		case textproc.IsStopword(w):
			return false
		}
	}
	return false
}

// eventNounCues stand before the noun of an event that took place:
// "treated for injuries", "suffered injuries", "reports of injuries",
// "taken to hospital with minor injuries".
var eventNounCues = map[string]bool{
	"for": true, "suffered": true, "sustained": true, "of": true, "with": true, "caused": true, "to": true,
}

// chanceNouns say that an event may happen, not that it did: "a low
// likelihood of casualties", "the risk of injuries"; or count events
// in general, not the story's: "the vast majority of deaths from those
// fires", "a leading cause of injuries".
var chanceNouns = map[string]bool{
	"likelihood": true, "risk": true, "risks": true, "chance": true, "chances": true, "possibility": true,
	"probability": true, "danger": true, "threat": true, "fear": true, "fears": true, "prospect": true,
	"potential": true,
	"majority":  true, "share": true, "number": true, "percent": true, "percentage": true, "proportion": true,
	"rate": true, "half": true, "third": true, "quarter": true, "most": true, "fraction": true, "cause": true,
	"causes": true, "source": true,
}

// eventNounAfter returns the plural noun of an event ("injuries",
// "arrests") at toks[k], or after up to two words that qualify it ("minor
// injuries", "burn injuries"). The sentence must be no denial.
func eventNounAfter(toks []string, k int) (string, bool) {
	for j := k; j < len(toks) && j <= k+2; j++ {
		if nounOfEvent[canonicalStem(eventStem(toks[j]))] && strings.HasSuffix(toks[j], "s") {
			return toks[j], true
		}
		// "three reports of minor burns", "treated for burns": burns
		// are injuries.
		if toks[j] == "burns" {
			return "injuries", true
		}
		if textproc.IsStopword(toks[j]) {
			break
		}
	}
	return "", false
}

// countWord reports whether a folded word is a count: digits, a number
// in words up to twelve, "several" or "dozens".
func countWord(w string) bool {
	if isDigits(w) {
		return true
	}
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "dozens":
		return true
	}
	return false
}

// nounOfEvent are the stems of the events whose plural noun alone says they
// took place.
var nounOfEvent = map[string]bool{"injur": true, "arrest": true, "death": true, "casualt": true, "crash": true}

// synonymStems are events told in other words: "detained" and "taken into
// custody" are an arrest, "hurt" and "wounded" an injury; "died" tells
// of deaths; what was found was detected; "fired", "sacked" and "ousted"
// are dismissed.
var synonymStems = map[string]string{"detain": "arrest", "captur": "arrest", "recaptur": "arrest", "hurt": "injur", "wound": "injur", "died": "death", "found": "detect",
	"find": "detect", "recover": "detect", "resum": "restor", "discharg": "releas", "discover": "detect", "seiz": "detect", "locat": "detect", "confiscat": "detect",
	"fire": dismissStem, "sack": dismissStem, "oust": dismissStem}

// canonicalStem returns the stem an event's synonyms share.
func canonicalStem(stem string) string {
	if c, ok := synonymStems[stem]; ok {
		return c
	}
	return stem
}

// actsOf reads what a named person did or did not do, in the active
// voice: "Mr. Salcedo conceded shortly before midnight" and "Salcedo has
// not conceded" (a name, an auxiliary, "not" and the verb) are one act
// said and denied. The act's stem is marked apart from the events done to
// someone, and verbs of speech are left out: "has not commented" denies no
// other statement.
func actsOf(s string) []eventClaim {
	// Only a sentence that denies something, or where a capitalised word
	// stands before a past tense, holds one.
	denies := false
	for _, a := range []string{" has not ", " have not ", " had not ", " did not "} {
		denies = denies || strings.Contains(s, a)
	}
	denies = denies || strings.Contains(s, " never ")
	if !denies && !namedPast(s) && !coordinatedPast(s) && !thingPast(s) && !strings.Contains(s, " no ") && !strings.HasPrefix(s, "No ") {
		return nil
	}
	ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	var out []eventClaim
	for k := 1; k < len(ws); k++ {
		name := ws[k-1]
		joined := false
		if c := strings.ToLower(name); (c == "and" || c == "but") && k >= 3 {
			joined = true
			// "Royce Pettigrew ... ended his campaign on Monday and
			// endorsed Colleen Strand", "Pettigrew praised Strand but
			// stopped short of endorsing any of his former rivals": a
			// second verb is the sentence subject's.
			name = sentenceSubject(ws[:k-1])
			if name == "" {
				continue
			}
		}
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) && !(name == strings.ToLower(name) && k-1 > 0 && (strings.EqualFold(ws[k-1], "and") || strings.EqualFold(ws[k-1], "but"))) && !definiteThing(ws, k-1) || k-1 == 0 && textproc.IsStopword(strings.ToLower(name)) && name != "He" && name != "She" {
			continue
		}
		// "Fowler, leader of the conservative National Party, declined
		// to": the name an apposition set off by commas follows is the
		// subject, not the apposition's last word.
		if strings.Contains(s, name+", "+ws[k]+" ") {
			if o := openingName(s); o != "" && o != name {
				name = o
			}
		}
		low := strings.ToLower(name)
		// "He took the stand": a pronoun opening the sentence is read as
		// the passive reader reads it (lead), for read to name.
		lead := (low == "he" || low == "she") && k == 1 && name == ws[0]
		// A title before a name is no subject ("Minister Costa
		// resigned"); one after "the" is ("the prime minister
		// accepted").
		if pronouns[low] && !lead || calendarNames[low] || titles[low] && name != low {
			continue
		}
		w := strings.ToLower(ws[k])
		neg := false
		j := k
		if w == "had" && k+1 < len(ws) && strings.EqualFold(ws[k+1], "never") {
			// "had never won a tournament above that level": what was so
			// before the happening told, which it may end.
			continue
		}
		if w == "never" && k+1 < len(ws) && (len(ws[k+1]) >= 6 && strings.HasSuffix(ws[k+1], "ed") || pastBases[strings.ToLower(ws[k+1])] != "") {
			// "the museum's alarm never sounded"
			j = k + 1
			w, neg = strings.ToLower(ws[j]), true
		} else if actAux[w] && k+2 < len(ws) && (strings.ToLower(ws[k+1]) == "not" || strings.ToLower(ws[k+1]) == "never") {
			j = k + 2
			if strings.ToLower(ws[j]) == "yet" && j+1 < len(ws) {
				j++
			}
			w, neg = strings.ToLower(ws[j]), true
		} else if (w == "has" || w == "had") && k+2 < len(ws) && (!objectGap[strings.ToLower(ws[k+2])] || declining[strings.ToLower(ws[k+1])] || nameOpens(ws[:k])) {
			// "Brannock has endorsed her"; not "the third measure
			// Congress has passed since October", whose object is
			// another thing. A name the sentence opens on is its
			// subject whatever follows the verb ("Dr. Lena Ortiz has
			// resigned as adviser").
			j = k + 1
			w = strings.ToLower(ws[j])
		}
		vi := j // the index of the verb of the act
		if !neg && declining[w] && j+2 < len(ws) && strings.ToLower(ws[j+1]) == "to" {
			// "Navarrete declined to endorse either": the act refused.
			w, neg, vi = strings.ToLower(ws[j+2]), true, j+2
		} else if !neg && w == "agreed" && j+2 < len(ws) && strings.ToLower(ws[j+1]) == "to" && !speechVerbs[strings.ToLower(ws[j+2])] {
			// "Bosman agreed to lead a caretaker cabinet": the act
			// consented to, which "declined to lead" refuses.
			w, vi = strings.ToLower(ws[j+2]), j+2
		} else if !neg && (w == "stopped" || w == "stops") && j+3 < len(ws) && strings.ToLower(ws[j+1]) == "short" &&
			strings.ToLower(ws[j+2]) == "of" && strings.HasSuffix(strings.ToLower(ws[j+3]), "ing") {
			// "Navarrete stopped short of endorsing any of them": the
			// act held back.
			w, neg, vi = strings.ToLower(ws[j+3]), true, j+3
		} else if !neg && w == "abstained" || w == "voted" {
			// "Whitlow abstained", "Whitlow voted against the bill": a
			// vote cast or withheld, whichever way it went.
			if stem, no, ok := voteAct(w, ws[j+1:]); ok {
				out = append(out, eventClaim{stem: stem, subject: textproc.Fold(low), negative: no})
			}
			continue
		} else if w == "ruled" && j+1 < len(ws) && strings.EqualFold(ws[j+1], "out") {
			// "Fowler ruled out a coalition with them", which "declined to
			// rule out any partner" leaves open.
			w = "rule"
		} else if base := pastBases[w]; base != "" {
			// "Arakawa met with President Santiago": a past without -ed,
			// read as its plain form, which "did not meet" denies; so
			// is a participle denied ("has never won": "win").
			w = base
		} else if !neg && !(len(w) >= 6 && strings.HasSuffix(w, "ed")) {
			continue
		}
		// "has not sent only three observers": the denial is of the
		// number, not of the deed.
		if neg && j+1 < len(ws) && limiting[strings.ToLower(ws[j+1])] {
			continue
		}
		// Words are no acts, but confirming is one that can be
		// declined: "Thorpe confirmed the review", "Thorpe declined to
		// confirm". A short plain form ("win", "go") is one only as a
		// past without -ed or its denial.
		if speechVerbs[w] && !confirming[w] || len(w) < 4 && !plainBases()[w] {
			continue
		}
		// "the shooting did not appear to be random": how a thing
		// looked, which "appeared to be targeted" does not deny.
		if seeming[eventStem(w)] && j+1 < len(ws) && strings.EqualFold(ws[j+1], "to") {
			continue
		}
		// "no alarm sounded": denied of every such thing; not "said no
		// and went on", whose subject stands before.
		if !neg && !joined && noThing(ws, k-1) {
			neg = true
		}
		stem := eventStem(w)
		// "Rahman never went down", "Rahman has gone 4-2-1": a verb and
		// its particle are another act than the verb alone. "Ruled out"
		// is read as "rule", which "declined to rule out" refuses.
		if w != "rule" && vi+1 < len(ws) && actParticles[strings.ToLower(ws[vi+1])] {
			stem += " " + strings.ToLower(ws[vi+1])
		}
		// "The stolen files included names", "the files did not include
		// Social Security numbers": what a thing holds is told by its
		// object, which two such sentences need not share.
		if holdingVerbs[stem] && name == strings.ToLower(name) {
			continue
		}
		if j+1 < len(ws) {
			if st, flip, ok := attendance(w, strings.ToLower(ws[j+1])); ok {
				stem, neg = st, neg != flip
			}
		}
		if lead {
			// "He did not take questions": a light verb tells nothing
			// without its object, which acts do not compare.
			if !lightActs[w] {
				out = append(out, eventClaim{stem: "+" + stem, negative: neg, anaphor: true, lead: true})
			}
			continue
		}
		out = append(out, eventClaim{stem: "+" + stem, subject: textproc.Fold(low), negative: neg})
		// "was questioned by agents and released without charges": not
		// charged, as the passive of one verb reads it.
		if !neg && (w == "released" || w == "freed") && unchargedAfter(lowerWords(ws[j+1:min(len(ws), j+3+maxChargeGap)]), 0) {
			out = append(out, eventClaim{stem: chargeStem, subject: textproc.Fold(low), negative: true})
		}
	}
	return out
}

// actParticles make a verb another act: "went down", "backed out".
var actParticles = map[string]bool{"down": true, "up": true, "out": true, "off": true, "away": true, "back": true}

// lowerWords returns words in lower case.
func lowerWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// openingName returns the last word of the name a sentence opens on when
// a comma follows it ("Fowler, leader of the party, declined …": "Fowler";
// "Grant Fowler, …": "Fowler"), or "": one to three capitalised words.
func openingName(s string) string {
	head, _, ok := strings.Cut(textproc.TrimDateline(s), ", ")
	if !ok {
		return ""
	}
	ws := strings.Fields(head)
	if len(ws) == 0 || len(ws) > 3 {
		return ""
	}
	for _, w := range ws {
		if !capital(w) || textproc.IsStopword(strings.ToLower(w)) || pronouns[strings.ToLower(w)] {
			return ""
		}
	}
	return strings.Trim(ws[len(ws)-1], "\"“”'’")
}

// definiteThing reports whether ws[i] is a common noun a definite
// article or a possessive makes the subject of the verb after it: "The
// alarm sounded", "the museum's alarm never sounded"; not a noun governed
// by a preposition ("in the morning") or a condition ("whether the
// alarm").
func definiteThing(ws []string, i int) bool {
	w := ws[i]
	if i < 1 || len(w) < 3 || w != strings.ToLower(w) || textproc.IsStopword(w) || pronouns[w] || calendarNames[w] {
		return false
	}
	d := ws[i-1]
	// "the main opposition alliance": a few plain words may qualify the
	// noun.
	for k := i - 1; k >= 1 && k >= i-thingModifiers && !strings.EqualFold(d, "the"); k-- {
		if m := ws[k]; m != strings.ToLower(m) || textproc.IsStopword(m) || len(m) < 3 || strings.HasSuffix(m, "ed") || strings.HasSuffix(m, "ing") {
			break
		}
		if strings.EqualFold(ws[k-1], "the") {
			d, i = ws[k-1], k
		}
	}
	if !strings.EqualFold(d, "the") && !strings.HasSuffix(d, "'s") && !strings.HasSuffix(d, "’s") && !noThing(ws, i) {
		return false
	}
	if strings.EqualFold(d, "the") && i >= 2 {
		switch strings.ToLower(ws[i-2]) {
		case "whether", "if", "unless", "in", "on", "at", "of", "to", "for", "from", "with", "by", "into", "after", "before", "during", "until", "than", "as", "about", "over", "under", "when", "because":
			return false
		}
	}
	return true
}

// takenWays are the words after "taken" that tell where to: "taken to
// a hospital" and "taken out of service" are two deeds.
var takenWays = map[string]bool{"to": true, "out": true, "off": true, "from": true, "away": true, "into": true, "over": true, "down": true}

// holdingVerbs are the stems of verbs that tell what a thing holds or
// shows, whose objects say what is held.
var holdingVerbs = map[string]bool{"includ": true, "contain": true, "involv": true, "show": true, "list": true, "mention": true, "featur": true, "cover": true}

// thingModifiers is how many plain words may stand between "the" and the
// noun of a thing that acts.
const thingModifiers = 2

// noThing reports whether ws[i] is a noun "no" denies as the subject of
// the verb after it: "and no alarm sounded".
func noThing(ws []string, i int) bool {
	// "the lone no vote": a "no" that a determiner or a word before it
	// makes part of a noun denies nothing.
	if i >= 2 && nounedNo[strings.ToLower(ws[i-2])] {
		return false
	}
	return i >= 1 && strings.EqualFold(ws[i-1], "no") && !notSame[ws[i]]
}

// lightActs are verbs, in their plain forms, whose meaning is their
// object's: "take questions", "took $40,000".
var lightActs = map[string]bool{
	"take": true, "make": true, "give": true, "get": true, "have": true, "hold": true, "go": true, "come": true,
	"put": true, "set": true, "keep": true, "do": true, "see": true,
}

// limiting are the words after a verb that a "not" before it denies
// instead of the verb: "did not send only three".
var limiting = map[string]bool{"only": true, "just": true, "merely": true, "simply": true}

// nounedNo are the words that, before "no", make it part of a noun ("the
// lone no vote", "a no vote").
var nounedNo = map[string]bool{"the": true, "a": true, "an": true, "lone": true, "only": true, "single": true, "sole": true, "one": true}

// thingPast reports whether a definite article stands two words before a
// word ending in "ed" ("The alarm sounded"), reading the sentence without
// splitting it.
func thingPast(s string) bool {
	if possessedPast(s) {
		return true
	}
	for rest := range after(s, "the ") {
		// "The alarm sounded", "the main opposition alliance conceded":
		// up to thingModifiers words before the noun.
		for range thingModifiers + 1 {
			_, r, ok := strings.Cut(rest, " ")
			if !ok {
				break
			}
			rest = r
			w := rest
			if j := strings.IndexAny(w, " ,;."); j >= 0 {
				w = w[:j]
			}
			if len(w) >= 6 && strings.HasSuffix(w, "ed") || pastBases[w] != "" {
				return true
			}
		}
	}
	return strings.HasPrefix(s, "The ") && thingPast(" t"+s[1:])
}

// possessedPast reports whether a possessive stands right before a noun
// and a word ending in "ed" ("the city's airport reopened", "Karsh's
// airport reopened").
func possessedPast(s string) bool {
	for _, mark := range []string{"'s ", "’s "} {
		for rest := range after(s, mark) {
			_, w, ok := strings.Cut(rest, " ")
			if !ok {
				continue
			}
			if j := strings.IndexAny(w, " ,;."); j >= 0 {
				w = w[:j]
			}
			if len(w) >= 6 && strings.HasSuffix(w, "ed") {
				return true
			}
		}
	}
	return false
}

// namedPast reports whether a capitalised word stands right before a word
// ending in "ed", or before "has" or "had" and such a word, reading the
// sentence without splitting it.
// nameOpens reports whether words, those a sentence opens on, are all
// capitalised: a name.
func nameOpens(ws []string) bool {
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return len(ws) > 0
}

func namedPast(s string) bool {
	capital := false // the word before was capitalised
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		w := strings.TrimRight(s[i:j], ",.;:!?)\"”’")
		if capital && (len(w) >= 6 && strings.HasSuffix(w, "ed") || pastBases[w] != "" || w == "voted" || w == "ruled" && strings.HasPrefix(s[j:], " out ")) {
			return true
		}
		// "Brannock has endorsed": the auxiliary keeps the name's turn.
		if capital && (w == "has" || w == "had") {
			i = j
			continue
		}
		// A name set off by a comma ("The spokesman, Evan Thorpe,
		// confirmed") still stands before its verb; one a full stop ends
		// does not.
		capital = len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' && (j-i == len(w) || j-i == len(w)+1 && s[j-1] == ',')
		i = j
	}
	return false
}

// objectGap are the words after a verb that show its object stands
// elsewhere (before it, in a relative clause).
var objectGap = map[string]bool{
	"since": true, "in": true, "on": true, "at": true, "by": true, "for": true, "to": true, "with": true,
	"from": true, "before": true, "after": true, "during": true, "and": true, "but": true, "or": true,
	"as": true, "when": true, "while": true, "because": true, "so": true, "this": true, "last": true,
}

// seeming are the stems of the verbs that, before "to", tell how
// something looked rather than what was done.
var seeming = map[string]bool{"appear": true, "seem": true, "look": true, "prov": true, "tend": true}

// confirming are the forms of "confirm", an act of speech that can be
// refused.
var confirming = map[string]bool{"confirmed": true, "confirm": true}

// actAux are the auxiliaries of a denied act ("has not conceded", "did
// not resign").
var actAux = map[string]bool{"has": true, "have": true, "had": true, "did": true}

// speechVerbs report words, not acts.
var speechVerbs = map[string]bool{
	"said": true, "say": true, "added": true, "noted": true, "stated": true, "asked": true, "answered": true,
	"responded": true, "respond": true, "replied": true, "reply": true, "commented": true, "comment": true,
	"explained": true, "insisted": true, "argued": true, "claimed": true, "tweeted": true, "posted": true,
	"returned": true, "return": true, "elaborated": true, "elaborate": true, "specified": true, "specify": true,
	"mentioned": true, "mention": true, "disclosed": true, "disclose": true, "confirmed": true, "confirm": true,
	"revealed": true, "reveal": true, "indicated": true, "indicate": true, "called": true, "call": true,
}

// passiveFollows reports whether a passive verb phrase starts at toks[i].
func passiveFollows(toks []string, i int) bool {
	for ; i < len(toks) && betweenAux[toks[i]]; i++ {
	}
	return i < len(toks) && passiveAux[toks[i]]
}

// making reports whether toks[k] is a verb of making ("no arrests were
// made"), not a phrasal verb ("were laid off").
func making(toks []string, k int) bool {
	return makingVerbs[toks[k]] && !(k+1 < len(toks) && toks[k+1] == "off")
}

func isParticiple(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") || irregularParticiples[w] || makingVerbs[w] || w == "died"
}

// eventStem returns the stem under which a participle and its noun
// compare ("arrested", "arrests": "arrest"; "injured", "injuries",
// "injury": "injur"; "evacuated", "evacuation": "evacuat"; "paid":
// "pay").
func eventStem(w string) string {
	if s, ok := irregularStems[w]; ok {
		return s
	}
	for _, suf := range []string{"ments", "ment", "ions", "ion", "ies", "ied", "ing", "ed", "es", "s", "e", "y"} {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) >= 4 {
			return s
		}
	}
	// A short verb ending in e keeps it: "named" is "name", "fired"
	// "fire", as the verb itself stems.
	if s, ok := strings.CutSuffix(w, "ed"); ok && len(s) == 3 && !strings.HasSuffix(s, "e") {
		return s + "e"
	}
	return w
}

// irregularStems are the stems of participles that do not end in -ed.
var irregularStems = map[string]string{"paid": "pay"}

// eventSentence is a sentence with its event claims and the articles that
// carry it.
type eventSentence struct {
	text     string
	articles []string
	// inArticles is the set of articles, once they are many.
	inArticles map[string]struct{}
	claims     []eventClaim
}

// relative matches a relative clause set off by commas, which stands
// between a subject and its verb.
var relative = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`, (?:who|which|whose) [^,;]*,`) })

// closingRelative matches a relative clause of a person that closes a
// sentence ("… to investigate Rep. Gordon Hale, who was indicted last
// month."): its passive is told of the name before it, which
// relativePassives reads, not of the sentence's subject.
var closingRelative = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`, who (?:was|were|has been|had been) [^,;]*$`) })

// An event reader (newEventReader) reports sentences that deny what
// sentences of other articles say happened: "No arrests were made"
// against "A truck driver was arrested", "The driver was not charged"
// against "The driver was charged". A denial answers a claim when it is
// universal or has the same subject; an article that both asserts and
// denies an event (an arrest that came later) contradicts no one on it.
// It reports the rank contradictions (rankContradictions) first.

// sentenceReader reads a story's sentences one at a time and reports
// what it found.
type sentenceReader interface {
	read(id, s string, folded []string)
	discrepancies() []crosscheck.Discrepancy
}

// readAll gives r every sentence of arts in order.
func readAll(r sentenceReader, arts []crosscheck.Article, sentences [][]string, folded [][][]string) []crosscheck.Discrepancy {
	for i, a := range arts {
		for j, s := range sentences[i] {
			r.read(a.ID, s, folded[i][j])
		}
	}
	return r.discrepancies()
}

// eventReader gathers the event and rank claims of a story's sentences,
// read one at a time in story order, for contradictions: a big story's
// folded words need not all be kept until the end.
type eventReader struct {
	byText map[string]*eventSentence
	sents  []*eventSentence
	// asserted and denied record, per stem, the articles that say so.
	asserted, denied map[string]map[string]bool
	// undecided and refused record the intentions no one would state and
	// those refused, for the articles that tell one of each.
	undecided, refused map[string]map[string]bool
	ranks              *rankReader
	// last is, per article, its latest sentence, whose subject a
	// pronoun of the next one may stand for.
	last map[string]string
	// published holds, per article, its day of publication, when known
	// (dated).
	published map[string]crosscheck.Date
	// m remembers each sentence's claims from one briefing of a story
	// to the next (nil: read them each time), under ns.
	m  *memo.Memo
	ns string
}

func newEventReader(m *memo.Memo) *eventReader {
	return &eventReader{byText: map[string]*eventSentence{}, asserted: map[string]map[string]bool{},
		denied: map[string]map[string]bool{}, undecided: map[string]map[string]bool{}, refused: map[string]map[string]bool{},
		ranks: newRankReader(), last: map[string]string{}, m: m, ns: "discrepancy.events"}
}

// newLowerEventReader is newEventReader for sentences given as their
// lower-case words (Contradicts), whose claims are remembered apart from
// those read from folded words.
func newLowerEventReader(m *memo.Memo) *eventReader {
	r := newEventReader(m)
	r.ns = "discrepancy.lowerEvents"
	return r
}

// joinedPassives are the words that join a passive to a clause whose
// subject it shares.
var joinedPassives = []string{" and was ", " and were ", " and had been ", " and has been ", " but was ", " but were "}

// sharedSubjectPassives reads the passives joined by "and" or "but" to a
// clause of the sentence's subject ("Harrow turned himself in and was
// later released on bond") as told of that subject.
func sharedSubjectPassives(s string) []eventClaim {
	var out []eventClaim
	for _, j := range joinedPassives {
		i := strings.Index(s, j)
		if i < 0 {
			continue
		}
		// "Police said a 29-year-old man, Kyle Ames, was detained … but
		// was later released": the name the reported clause opens on,
		// else its first noun.
		clause := reportedClause(s)
		subj, pronoun := leadName(clause), false
		if subj == "" {
			subj, pronoun = openingSubject(clause)
		}
		if subj == "" || pronoun {
			return nil
		}
		tail := subj + " " + s[i+len(" and "):]
		if strings.HasPrefix(j, " but ") {
			tail = subj + " " + s[i+len(" but "):]
		}
		for _, c := range eventClaims(textproc.FoldedWords(tail), false) {
			if c.subject == subj {
				out = append(out, c)
			}
		}
	}
	return out
}

// yetTo writes a deed still to come as its denial: "is yet to be found"
// as "has not been found", "has yet to sign" as "did not sign".
var yetTo = strings.NewReplacer(
	"is yet to be ", "has not been ", "are yet to be ", "have not been ", "was yet to be ", "had not been ", "were yet to be ", "had not been ",
	"has yet to ", "did not ", "have yet to ", "did not ", "had yet to ", "did not ",
)

// standPhrase writes a witness's taking the stand as the verb.
var standPhrase = strings.NewReplacer("took the stand", "testified", "take the stand", "testify", "taken the stand", "testified", "taking the stand", "testifying")

// sentenceClaims returns the event claims, acts, intentions and pleas
// sentence s tells, given with its folded words.
func sentenceClaims(s string, folded []string) []eventClaim {
	// "SYDNEY, Australia — A lawmaker … was charged": the dateline tells
	// no deed, and would stand where the subject is read.
	if rest := textproc.TrimDateline(s); rest != s {
		s, folded = rest, textproc.FoldedWords(rest)
	}
	// "Police denied that officers had fired live rounds": the clause a
	// denial governs is told denied, not asserted.
	if before, clause, ok := deniedClause(s); ok {
		out := sentenceClaims(before, textproc.FoldedWords(before))
		for _, c := range sentenceClaims(clause, textproc.FoldedWords(clause)) {
			// A deed denied is not an intention refused.
			if c.undecided || c.anaphor || strings.HasPrefix(c.stem, "will ") {
				continue
			}
			c.negative, c.universal, c.every = !c.negative, false, false
			out = append(out, c)
		}
		return out
	}
	// "His wife, Corinne, who advised the campaign, was not charged": the
	// passive's subject stands before the relative clause.
	acts := s
	if strings.Contains(s, ", wh") {
		// The clause's commas leave one behind, so that an apposition
		// before it still reads as one ("Rameshwor Thapaliya, 61, who
		// oversaw the country's roads, was charged").
		if bare := relative().ReplaceAllString(s, ","); bare != s {
			folded = textproc.FoldedWords(bare)
			acts = bare
		}
		if bare := closingRelative().ReplaceAllString(acts, "."); bare != acts {
			folded = textproc.FoldedWords(bare)
			acts = bare
		}
	}
	// "The body is yet to be found", "the company has yet to respond":
	// the passives and acts are read as the denials they are; the readers
	// of outcomes read the words as written.
	if strings.Contains(acts, " yet to ") {
		if d := yetTo.Replace(acts); d != acts {
			acts, folded = d, textproc.FoldedWords(d)
		}
	}
	// "took the stand in his own defense" is "testified": the phrase is
	// read as the verb "did not testify" denies.
	if strings.Contains(s, " the stand") {
		s = standPhrase.Replace(s)
		acts = standPhrase.Replace(acts)
	}
	out := append(append(append(eventClaims(folded, !(strings.Count(s, ", ") >= 2 && appositiveName().MatchString(s))), actsOf(acts)...), intentsOf(s)...), pleasOf(s)...)
	// "Rep. Vanessa Cole stepped down after she was indicted": she is
	// the person the sentence opens on.
	if slices.ContainsFunc(out, func(c eventClaim) bool { return c.inner }) {
		if name := sentenceSubject(letterWords(s)); name != "" {
			for i := range out {
				if out[i].inner {
					out[i].subject, out[i].anaphor, out[i].inner = textproc.Fold(name), false, false
				}
			}
		}
	}
	// "Mohammad Anwar, 66, of Springfield, Virginia, was killed": the
	// name before the phrases set off by commas is the subject too; so is
	// the thing a sentence opens on ("The driver, Osric Valera, 38, was
	// arrested") and a name before its age ("Linus Ekwueme, 31, died").
	if strings.Count(acts, ", ") >= 2 {
		for _, re := range []*regexp.Regexp{appositionsBeforeAux(), thingBeforeAux(), ageBeforeVerb()} {
			if bare := re.ReplaceAllString(acts, "$1 $2"); bare != acts {
				for _, c := range append(eventClaims(textproc.FoldedWords(bare), true), actsOf(bare)...) {
					if !slices.Contains(out, c) {
						out = append(out, c)
					}
				}
			}
		}
	}
	// "Firefighters stopped the flames at the edge of the village, and a
	// nursing home there was not evacuated": a clause joined after a
	// comma opens on a subject of its own.
	for _, c := range joinedClauses(acts) {
		for _, e := range eventClaims(textproc.FoldedWords(c), true) {
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	// "Sarah Whitlow, who voted against the bill and said …": a relative
	// clause's deeds, whether or not a comma closes it.
	if strings.Contains(s, ", wh") {
		for _, c := range append(relativeActs(s), relativePassives(s)...) {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	// "Harrow turned himself in on Wednesday and was later released":
	// a passive joined by "and" is told of the sentence's subject.
	for _, c := range sharedSubjectPassives(acts) {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	// "In a move that surprised some officials, she endorsed her former
	// chief of staff": the clause after a fronted phrase opens on its
	// subject.
	if rest := frontedRest(acts); rest != "" {
		for _, c := range append(eventClaims(textproc.FoldedWords(rest), true), actsOf(rest)...) {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	out = append(out, objectClaims(folded)...)
	out = append(out, stancesOf(acts)...)
	out = append(out, relativeStances(s)...)
	out = append(out, statedClaims(s)...)
	out = append(out, effectClaims(folded)...)
	out = append(out, statesOf(s)...)
	out = append(append(out, thingsOf(s)...), outcomesOf(s)...)
	// A sentence that names a year may tell of another happening's dead
	// ("the 2009 bushfires, which killed 173 people").
	if !namesYear(s) {
		out = killedDied(out)
	} else {
		// "a quake in June 2024, which … caused no deaths": none died
		// in another happening.
		out = slices.DeleteFunc(out, func(c eventClaim) bool { return c.stem == "death" && c.negative && c.universal })
	}
	out = survivedNotDead(out)
	return withKinds(doneAsIntended(s, out))
}

// namesYear reports whether a sentence names a year of the last two
// centuries: four digits on their own, opening on 19 or 20.
func namesYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

// isDigit reports whether a byte is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// killedDied adds to cs the death of the people a claim tells were
// killed ("One person was killed", which "No deaths were reported"
// denies). Trees and cattle are killed without a death of the kind a
// report counts.
func killedDied(cs []eventClaim) []eventClaim {
	for _, c := range cs {
		if c.stem != killStem || c.negative || !personNouns[singular(c.subject)] {
			continue
		}
		k := c
		k.stem = "death"
		if !slices.Contains(cs, k) {
			cs = append(cs, k)
		}
	}
	return cs
}

// personNouns are the nouns, singular, of the people a report counts
// dead.
var personNouns = map[string]bool{
	"person": true, "people": true, "man": true, "men": true, "woman": true, "women": true, "child": true, "children": true,
	"boy": true, "girl": true, "victim": true, "resident": true, "worker": true, "driver": true, "passenger": true,
	"pedestrian": true, "officer": true, "firefighter": true, "soldier": true, "civilian": true, "student": true,
	"miner": true, "teen": true, "teenager": true, "inmate": true, "patient": true, "pilot": true, "motorist": true,
	"cyclist": true, "hiker": true, "tourist": true, "crew": true, "member": true, "villager": true, "fisherman": true,
}

// frontedOpeners are the prepositions a fronted phrase opens on.
var frontedOpeners = map[string]bool{
	"in": true, "after": true, "despite": true, "amid": true, "during": true, "following": true,
	"with": true, "before": true, "since": true, "under": true, "as": true,
}

// maxFrontedWords is how many words a fronted phrase may run to its comma.
const maxFrontedWords = 12

// frontedRest returns the clause after a phrase a sentence opens on ("In
// a move that surprised some officials, she endorsed …": "she endorsed
// …"), when a pronoun, a determiner or a capitalised word opens it, or
// "".
func frontedRest(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if !frontedOpeners[strings.ToLower(first)] {
		return ""
	}
	ws := strings.Fields(s)
	if len(ws) < 4 || !frontedOpeners[strings.ToLower(ws[0])] {
		return ""
	}
	for k := 1; k < len(ws)-2 && k < maxFrontedWords; k++ {
		if !strings.HasSuffix(ws[k], ",") {
			continue
		}
		next := ws[k+1]
		low := strings.ToLower(next)
		if subjectPronouns[low] || determiners[low] || unicode.IsUpper([]rune(next)[0]) {
			// The clause is read as a sentence of its own, which opens
			// on a capital.
			r, n := utf8.DecodeRuneInString(next)
			ws[k+1] = string(unicode.ToUpper(r)) + next[n:]
			return strings.Join(ws[k+1:], " ")
		}
		return ""
	}
	return ""
}

// subjectPronouns open a clause on its subject.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// attributionOpening matches a sentence that opens on who said what
// follows, in a few words: "Police said", "Officials said on Monday
// that", "The sheriff's office said".
var attributionOpening = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[\p{L}'’.-]+ ){1,4}(?:said|says)(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?: that)? `)
})

// reportedClause returns the clause a sentence reports after an
// attribution it opens on ("Police said a man was detained": "a man was
// detained"), or the sentence itself.
func reportedClause(s string) string {
	if !strings.Contains(s, "said ") && !strings.Contains(s, "says ") {
		return s
	}
	m := attributionOpening().FindStringIndex(s)
	if m == nil || strings.ContainsAny(s[:m[1]], ",;\"“”") {
		return s
	}
	if rest := s[m[1]:]; len(strings.Fields(rest)) >= 3 {
		return rest
	}
	return s
}

// joinedClauses returns the clauses of s joined after a comma or a
// semicolon by "and" or "but" that open on a determiner and so on a
// subject of their own ("…, and a nursing home in the village was not
// evacuated").
func joinedClauses(s string) []string {
	var out []string
	for _, sep := range []string{", and ", ", but ", "; "} {
		for rest := range after(s, sep) {
			w, _, _ := strings.Cut(rest, " ")
			switch strings.ToLower(w) {
			case "a", "an", "the", "no":
				// The passives the clause may tell ("was not
				// evacuated") are all that is read of it.
				if len(out) < maxJoinedClauses && passiveWord(rest) {
					out = append(out, rest)
				}
			}
		}
	}
	return out
}

// passiveWord reports whether s holds an auxiliary of the passive.
func passiveWord(s string) bool {
	for _, a := range []string{" was ", " were ", " is ", " are ", " been ", " be "} {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// maxJoinedClauses bounds the joined clauses read from one sentence.
const maxJoinedClauses = 4

// doneAsIntended adds to cs, for each act a named person did ("Novak
// resigned on Wednesday", "Novak submitted his resignation"), the
// intention it fulfils, which a report that the person would not do it
// ("said he would not resign") denies.
func doneAsIntended(s string, cs []eventClaim) []eventClaim {
	for _, c := range cs {
		verb, ok := strings.CutPrefix(c.stem, "+")
		if !ok || c.negative || c.subject == "" || c.anaphor {
			continue
		}
		switch {
		case verb == "resign" || verb == "quit" || verb == "step" || verb == "stepp":
			verb = eventStem("step")
		case (verb == "submitt" || verb == "tender" || verb == "hand") && strings.Contains(s, "resignation"):
			verb = eventStem("step")
		}
		k := eventClaim{stem: "will " + verb, subject: c.subject}
		if !slices.Contains(cs, k) {
			cs = append(cs, k)
		}
	}
	return cs
}

// dated records the day article id was published.
func (r *eventReader) dated(id string, pub crosscheck.Date) {
	if r.published == nil {
		r.published = map[string]crosscheck.Date{}
	}
	r.published[id] = pub
}

// read reads sentence s of article id, given with its folded words.
func (r *eventReader) read(id, s string, folded []string) {
	r.ranks.read(id, s, folded)
	mark := func(m map[string]map[string]bool, stem, id string) {
		if m[stem] == nil {
			m[stem] = map[string]bool{}
		}
		m[stem][id] = true
	}
	cs := memo.Get(r.m, r.ns, s, func() []eventClaim { return sentenceClaims(s, folded) })
	before := r.last[id]
	r.last[id] = s
	if slices.ContainsFunc(cs, func(c eventClaim) bool { return c.lead && c.anaphor }) && before != "" {
		// "Mark Osgood, 34, was taken to a hospital. He has not been
		// charged": he is Osgood.
		if prev := leadName(before); prev != "" {
			cs = slices.Clone(cs)
			for i := range cs {
				if cs[i].lead && cs[i].anaphor {
					cs[i].subject, cs[i].anaphor, cs[i].lead = textproc.Fold(prev), false, false
				}
			}
		}
	}
	if slices.ContainsFunc(cs, func(c eventClaim) bool { return c.pronoun }) {
		// The remembered claims are shared: a pronoun's subject is
		// this article's.
		cs = slices.Clone(cs)
		prev := ""
		if before != "" {
			prev = sentenceSubject(letterWords(before))
		}
		cs = slices.DeleteFunc(cs, func(c eventClaim) bool { return c.pronoun && prev == "" })
		for i := range cs {
			if cs[i].pronoun {
				cs[i].subject = textproc.Fold(prev)
			}
		}
	}
	if len(cs) == 0 {
		return
	}
	if onlyPastYears(s, r.published[id]) {
		cs = slices.Clone(cs)
		for i := range cs {
			cs[i].past = true
		}
	}
	for _, c := range cs {
		m := r.asserted
		if c.negative {
			m = r.denied
		}
		mark(m, c.stem, id)
		mark(m, c.key(), id)
		if c.negative && strings.HasPrefix(c.stem, "will ") {
			m = r.refused
			if c.undecided {
				m = r.undecided
			}
			mark(m, c.stem, id)
			mark(m, c.key(), id)
		}
	}
	k := textproc.Fold(s)
	es, ok := r.byText[k]
	if !ok {
		es = &eventSentence{text: s, claims: cs}
		r.byText[k] = es
		r.sents = append(r.sents, es)
	}
	addID(&es.articles, &es.inArticles, id)
}

// discrepancies returns the contradictions of the sentences read.
func (r *eventReader) discrepancies() []crosscheck.Discrepancy {
	sents := r.sents
	// only keeps the articles that take one side on what c tells: an
	// article that also tells the other side of it, of no one named or of
	// the same subject, contradicts itself or tells of two events. One
	// that says the senator was charged and his aide was not still says
	// the aide was not.
	only := func(ids []string, c eventClaim, other map[string]map[string]bool) []string {
		var out []string
		for _, id := range ids {
			if c.subject == "" || c.universal {
				if !other[c.stem][id] {
					out = append(out, id)
				}
			} else if !other[general+c.stem][id] && !other[c.key()][id] {
				out = append(out, id)
			}
		}
		sort.Strings(out)
		return out
	}
	out := r.ranks.discrepancies()
	answered := map[string]bool{} // a denial and its stem, once answered
	// agents is the agent each sentence names for a stem's deed, read
	// once per sentence and stem: a sentence of a megabyte holds many
	// claims.
	agents := map[[2]string]string{}
	agentOf := func(text, stem string) string {
		k := [2]string{text, stem}
		a, ok := agents[k]
		if !ok {
			a = deedAgent(text, stem)
			agents[k] = a
		}
		return a
	}
	// The denials, in the sentences' order: each claim is read against
	// them alone.
	type denial struct {
		n  *eventSentence
		nc *eventClaim
	}
	var denials []denial
	for _, n := range sents {
		for i := range n.claims {
			if n.claims[i].negative {
				denials = append(denials, denial{n, &n.claims[i]})
			}
		}
	}
	for _, p := range sents {
		for _, pc := range p.claims {
			// An event done to no one named ("after being charged")
			// may be another event.
			if pc.negative && !pc.undecided || pc.subject == "" {
				continue
			}
			// An intention no one would state answers one refused: the
			// claim side is the silence, the other the refusal.
			silence := pc.undecided
			asserted, denied := r.asserted, r.denied
			if silence {
				asserted, denied = r.undecided, r.refused
			}
			pa := only(p.articles, pc, denied)
			if len(pa) == 0 {
				continue
			}
			// Every sentence that denies it is one side: reports that
			// deny one claim in other words make one disagreement.
			var first *eventSentence
			var deniers []string
			var denying map[string]bool
			for _, d := range denials {
				n, nc := d.n, *d.nc
				if silence && nc.undecided || nc.universal && nc.past != pc.past || !sameStem(pc.stem, nc.stem) || !nc.universal && (nc.subject == "" || !denialCovers(nc, pc)) ||
					intendsToo(n.text, nc.stem) || otherAgents(agentOf(p.text, pc.stem), agentOf(n.text, pc.stem)) {
					continue
				}
				// A denial of everyone may be of another place; one of a
				// subject is of that subject wherever it is told.
				if nc.universal && elsewhere(n.text, p.text) {
					continue
				}
				na := only(n.articles, nc, asserted)
				if len(na) == 0 || intersects(pa, na) || answered[n.text+"\x00"+nc.stem] {
					continue
				}
				answered[n.text+"\x00"+nc.stem] = true
				if first == nil {
					first, denying = n, map[string]bool{}
				}
				for _, id := range na {
					if !denying[id] {
						denying[id] = true
						deniers = append(deniers, id)
					}
				}
			}
			if first != nil {
				sort.Strings(deniers)
				out = append(out, crosscheck.Discrepancy{
					Kind:  crosscheck.ClaimDiscrepancy,
					About: "Opposite statements: “" + shorten(first.text, 140) + "”",
					Variants: []crosscheck.Cited{
						{Text: p.text, Articles: pa},
						{Text: first.text, Articles: deniers},
					},
				})
			}
		}
	}
	return out
}

// sameSubject reports whether two claims' subjects, folded last words,
// are one: the same word, or a name one report misspells by a letter
// ("Okafor", "Okafour"). A plural is not its singular ("officer",
// "officers"): one officer of several may be charged.
func sameSubject(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 || a[0] != b[0] || a+"s" == b || b+"s" == a {
		return false
	}
	return entities.EditDistance(a, b) == 1
}

// intendsToo reports whether a sentence that denies an intention also
// gives the verb unnegated: "plans to close its headquarters, though it
// said it would not close any stores" sets one thing done against another
// not done, and its denial answers no report of the first.
func intendsToo(s, stem string) bool {
	verb, ok := strings.CutPrefix(stem, "will ")
	if !ok {
		return false
	}
	ws := letterWords(asIntentions(s))
	for i, w := range ws {
		if eventStem(strings.ToLower(w)) != verb {
			continue
		}
		// The intention's own verb follows "will", "would" or "not".
		if p := strings.ToLower(prevWord(ws, i)); p != "not" && p != "never" && p != "t" && p != "will" && p != "would" {
			return true
		}
	}
	return false
}

func prevWord(ws []string, i int) string {
	if i == 0 {
		return ""
	}
	return ws[i-1]
}

// elsewhere reports whether a denial is said of a place the claim does not
// name: "felt 1,300 kilometers away in northern Australia, but no damage
// was reported" does not deny "hundreds of buildings have been damaged by
// the quakes" in Indonesia.
func elsewhere(denial, claim string) bool {
	places := placesIn(denial)
	if len(places) == 0 {
		return false
	}
	named := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(claim), func(r rune) bool { return !unicode.IsLetter(r) }) {
		named[w] = true
	}
	for _, p := range places {
		if named[p] {
			return false
		}
	}
	return true
}

// placesIn returns, lower case, the capitalised words that follow "in",
// "at", "near" or "across" in a sentence, past "the" and a compass word:
// the places it speaks of.
func placesIn(s string) []string {
	ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	var out []string
	for k := 0; k+1 < len(ws); k++ {
		switch ws[k] {
		case "in", "at", "near", "across":
		default:
			continue
		}
		j := k + 1
		for j < len(ws) && compassWords[strings.ToLower(ws[j])] {
			j++
		}
		if j < len(ws) {
			if r, _ := utf8.DecodeRuneInString(ws[j]); unicode.IsUpper(r) && !calendarNames[strings.ToLower(ws[j])] {
				out = append(out, strings.ToLower(ws[j]))
			}
		}
	}
	return out
}

// compassWords may stand between a preposition and the place it names.
var compassWords = map[string]bool{
	"the": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north": true, "south": true, "east": true, "west": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "downtown": true, "rural": true,
}

// sameStem reports whether two event stems name one event: equal, or one
// the other with a letter more ("injur", "injury").
func sameStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && len(b)-len(a) <= 1
}

// A rank claim says that someone or something came first ("Newark was
// the top choice") or was one of several ("Newark was among the
// finalists"): two reports that say each of one subject contradict each
// other.
type rankClaim struct {
	subject string
	first   bool
}

// firstRanks are the words that, after "the" and before a noun of
// choosing, put one above all others ("the top choice", "the leading
// candidate"); firstNouns are such nouns that need no adjective ("the
// frontrunner", "the winner").
var (
	firstRanks = map[string]bool{
		"top": true, "first": true, "leading": true, "preferred": true, "favored": true, "favoured": true,
		"clear": true, "overwhelming": true, "unanimous": true,
	}
	choiceNouns = map[string]bool{
		"choice": true, "pick": true, "candidate": true, "contender": true, "option": true, "site": true,
		"selection": true, "finalist": true, "favorite": true, "favourite": true, "destination": true,
	}
	firstNouns = map[string]bool{"frontrunner": true, "winner": true, "favorite": true, "favourite": true}
	// memberNouns are the plurals of choosing ("among the finalists",
	// "one of the contenders").
	memberNouns = map[string]bool{
		"finalists": true, "candidates": true, "contenders": true, "options": true, "choices": true,
		"sites": true, "picks": true, "frontrunners": true, "semifinalists": true, "nominees": true,
	}
	copulas = map[string]bool{"was": true, "is": true, "were": true, "are": true, "remains": true, "remained": true, "became": true}
	// rankVerbs may stand between the copula and the rank ("was named
	// the top choice").
	rankVerbs = map[string]bool{
		"named": true, "considered": true, "seen": true, "chosen": true, "selected": true, "picked": true,
		"as": true, "still": true, "now": true, "widely": true, "also": true, "reportedly": true,
	}
)

// rankClaims reads the rank claims of a sentence, given as its folded
// words.
func rankClaims(toks []string) []rankClaim {
	var out []rankClaim
	for k := 1; k < len(toks); k++ {
		if !copulas[toks[k]] {
			continue
		}
		subj := toks[k-1]
		if textproc.IsStopword(subj) || pronouns[subj] {
			continue
		}
		j := k + 1
		for j < len(toks) && rankVerbs[toks[j]] {
			j++
		}
		rest := toks[j:min(len(toks), j+5)]
		switch {
		case len(rest) >= 3 && rest[0] == "the" && firstRanks[rest[1]] && choiceNouns[rest[2]],
			len(rest) >= 2 && rest[0] == "the" && firstNouns[rest[1]]:
			out = append(out, rankClaim{subject: subj, first: true})
		case len(rest) >= 3 && rest[0] == "among" && rest[1] == "the" && memberNouns[rest[2]],
			len(rest) >= 2 && rest[0] == "among" && memberNouns[rest[1]],
			len(rest) >= 4 && rest[0] == "one" && rest[1] == "of" && rest[2] == "the" && memberNouns[rest[3]],
			len(rest) >= 2 && rest[0] == "a" && (rest[1] == "finalist" || rest[1] == "contender" || rest[1] == "semifinalist"):
			out = append(out, rankClaim{subject: subj})
		}
	}
	return out
}

// rankContradictions reports a subject that one article puts first and
// another among several.
func rankContradictions(arts []crosscheck.Article, sentences [][]string, folded [][][]string) []crosscheck.Discrepancy {
	return readAll(newRankReader(), arts, sentences, folded)
}

// ranked is a sentence's rank claim and the articles that make it.
type ranked struct {
	text     string
	articles []string
	// inArticles is the set of articles, once they are many.
	inArticles map[string]struct{}
	claim      rankClaim
}

// rankReader gathers the rank claims of sentences read one at a time in
// story order, for rankContradictions.
type rankReader struct {
	byText map[string]*ranked
	rs     []*ranked
	// ordinals are the sentences that give a place in a series
	// (ordinals.go), by text.
	ordinals    map[string]*ordinalSent
	ordinalList []*ordinalSent
}

func newRankReader() *rankReader {
	return &rankReader{byText: map[string]*ranked{}, ordinals: map[string]*ordinalSent{}}
}

// read reads sentence s of article id, given with its folded words.
func (r *rankReader) read(id, s string, folded []string) {
	r.readOrdinal(id, s, folded)
	for _, c := range rankClaims(folded) {
		k := s + "\x00" + c.subject
		x := r.byText[k]
		if x == nil {
			x = &ranked{text: s, claim: c}
			r.byText[k] = x
			r.rs = append(r.rs, x)
		}
		addID(&x.articles, &x.inArticles, id)
	}
}

// discrepancies returns the rank contradictions of the sentences read.
func (r *rankReader) discrepancies() []crosscheck.Discrepancy {
	rs := r.rs
	out := r.ordinalDiscrepancies()
	for _, x := range rs {
		for _, y := range rs {
			if !x.claim.first || y.claim.first || x.claim.subject != y.claim.subject || intersects(x.articles, y.articles) {
				continue
			}
			out = append(out, crosscheck.Discrepancy{
				Kind:  crosscheck.ClaimDiscrepancy,
				About: "First or one of several: “" + shorten(y.text, 140) + "”",
				Variants: []crosscheck.Cited{
					{Text: x.text, Articles: sorted(x.articles)},
					{Text: y.text, Articles: sorted(y.articles)},
				},
			})
		}
	}
	return out
}

// coordinatedPast reports whether "and" or "but" stands right before a
// word ending in "ed" or before "stopped short of" ("ended his campaign
// and endorsed", "but stopped short of endorsing"), reading the sentence
// without splitting it.
func coordinatedPast(s string) bool {
	for _, c := range []string{" and ", " but "} {
		for rest := range after(s, c) {
			w := rest
			if j := strings.IndexAny(w, " ,;."); j >= 0 {
				w = w[:j]
			}
			if len(w) >= 5 && strings.HasSuffix(w, "ed") {
				return true
			}
		}
	}
	return false
}

// relativeAct matches an act told in a relative clause of a name: "Asplund,
// who testified in his own defense", "Ruiz, who did not testify".
var relativeAct = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+), who (?:(?:has|had) )?(?:(did not|has not|had not|never) )?(\p{Ll}+)`)
})

// relativeThingAct is relativeAct of one named by a common noun after
// "the" or a possessive: "Argentina's president, who attended the
// summit".
var relativeThingAct = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:\b[Tt]he|\p{Lu}\p{L}+['’]s)(?: \p{Ll}+){0,2}? (\p{Ll}{3,}), who (?:(?:has|had) )?(?:(did not|has not|had not|never) )?(\p{Ll}+)`)
})

// appositionsBeforeAux matches a name and up to three phrases set off by
// commas right before the auxiliary of a passive: "Anwar, 66, of
// Springfield, Virginia, was", "Hunter, R-Calif., and his wife,
// Margaret, were".
var appositionsBeforeAux = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?:, [^,;:()]{1,80}){1,3}, ((?:was|were|is|are|has|have|had|did)\b)`)
})

// thingBeforeAux matches the thing a sentence opens on, named by a common
// noun, and up to four phrases set off by commas right before the
// auxiliary of a passive: "The driver, Osric Valera, 38, was".
var thingBeforeAux = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^((?:The|A|An)(?: \p{Ll}+){0,2}? \p{Ll}{3,})(?:, [^,;:()]{1,80}){1,4}, ((?:was|were|is|are|has|have|had|did)\b)`)
})

// ageBeforeVerb matches a name, its age set off by commas and the word
// after: "Ekwueme, 31, died".
var ageBeforeVerb = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+), \d{1,3}, (\p{Ll}+)`)
})

// relativePassive matches a passive told in a relative clause of a name:
// "Timmons, who was arrested 12 days later", "Pugh, who was not charged",
// and with a party's label between ("Rep. Gordon Hale (R-Fla.), who was
// indicted").
var relativePassive = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?: \([^()]{1,16}\))?, who (?:was|were|has been|had been) (not |never )?(\p{Ll}+)`)
})

// relativePassives reads the passives a sentence tells of a name in a
// relative clause, which the sentence's own claims leave out once the
// clause is taken out.
func relativePassives(s string) []eventClaim {
	var out []eventClaim
	for _, m := range relativePassive().FindAllStringSubmatch(s, -1) {
		name, neg, verb := strings.ToLower(m[1]), m[2] != "", m[3]
		if pronouns[name] || calendarNames[name] || titles[name] || !isParticiple(verb) {
			continue
		}
		c := eventClaim{stem: canonicalStem(eventStem(verb)), subject: textproc.Fold(name), negative: neg}
		out = append(out, c)
		// "who was indicted": charged, as eventClaims reads it.
		if c.stem == "indict" && !neg {
			c.stem = chargeStem
			out = append(out, c)
		}
	}
	return out
}

// relativeActs reads the acts a sentence tells of a name in a relative
// clause, which the sentence's own acts leave out.
func relativeActs(s string) []eventClaim {
	var out []eventClaim
	matches := relativeAct().FindAllStringSubmatchIndex(s, -1)
	named := len(matches)
	if strings.Contains(s, "the ") || strings.Contains(s, "The ") || strings.Contains(s, "’s ") || strings.Contains(s, "'s ") {
		matches = append(matches, relativeThingAct().FindAllStringSubmatchIndex(s, -1)...)
	}
	for k, ix := range matches {
		name, neg, verb := strings.ToLower(s[ix[2]:ix[3]]), ix[4] >= 0, s[ix[6]:ix[7]]
		// A title names who acts after "the" ("the president, who
		// attended"), not before a name.
		if pronouns[name] || calendarNames[name] || titles[name] && k < named || textproc.IsStopword(name) || len(verb) < 4 || speechVerbs[verb] && !confirming[verb] {
			continue
		}
		if !neg && (verb == "abstained" || verb == "voted") {
			if stem, no, ok := voteAct(verb, strings.Fields(s[ix[1]:min(len(s), ix[1]+24)])); ok {
				out = append(out, eventClaim{stem: stem, subject: textproc.Fold(name), negative: no})
			}
			continue
		}
		if !neg && !(len(verb) >= 6 && strings.HasSuffix(verb, "ed")) {
			continue
		}
		stem := eventStem(verb)
		if next := strings.Fields(s[ix[1]:min(len(s), ix[1]+16)]); len(next) > 0 {
			if st, flip, ok := attendance(verb, strings.ToLower(next[0])); ok {
				stem, neg = st, neg != flip
			}
		}
		out = append(out, eventClaim{stem: "+" + stem, subject: textproc.Fold(name), negative: neg})
	}
	return out
}

// attendance reads staying away as the denial of appearing: "boycotted
// the proceedings" and "skipped the hearing" deny "appeared before the
// senators" (flip). ok is false for any other verb.
func attendance(verb, next string) (stem string, flip, ok bool) {
	switch verb {
	case "boycotted", "skipped":
		if next != "a" && next != "an" {
			return eventStem("appear"), true, true
		}
	case "attended", "attend":
		// "attended the opening session", which "skipped the summit"
		// and "did not attend" deny.
		if next != "a" && next != "an" {
			return eventStem("appear"), false, true
		}
	}
	return "", false, false
}

// voteStem is the stem of a vote cast, whichever way.
var voteStem = "+" + eventStem("vote")

// voteAct reads "abstained" as a vote withheld and "voted" with the way
// it went after it ("voted against the bill", "voted for it", "voted in
// favor") as one cast, given the verb and the words after it.
func voteAct(verb string, after []string) (stem string, negative, ok bool) {
	if verb == "abstained" {
		return voteStem, true, true
	}
	if len(after) > 0 {
		switch strings.ToLower(strings.Trim(after[0], ",;:")) {
		case "for", "against", "in", "yes", "no", "to":
			return voteStem, false, true
		}
	}
	return "", false, false
}

// pastBases are common pasts without -ed and their plain forms, which a
// denial uses ("met", "did not meet").
var pastBases = map[string]string{
	"met": "meet", "won": "win", "lost": "lose", "left": "leave", "paid": "pay", "spoke": "speak",
	"sold": "sell", "fled": "flee", "bought": "buy", "took": "take", "gave": "give", "kept": "keep",
	"broke": "break", "chose": "choose", "withdrew": "withdraw", "sought": "seek", "led": "lead",
	"ran": "run", "struck": "strike", "wrote": "write", "went": "go", "came": "come", "saw": "see",
	"threw": "throw", "drove": "drive", "fought": "fight", "swore": "swear", "stole": "steal",
	"began": "begin", "felt": "feel", "fell": "fall", "rose": "rise", "grew": "grow", "sent": "send",
	"spent": "spend", "brought": "bring", "built": "build",
	// Participles without -ed, as a denial gives them ("has not begun").
	"begun": "begin", "gone": "go", "taken": "take", "given": "give", "seen": "see", "written": "write",
	"driven": "drive", "stolen": "steal", "chosen": "choose", "broken": "break", "withdrawn": "withdraw",
	"sworn": "swear", "thrown": "throw", "fallen": "fall", "risen": "rise", "grown": "grow",
}

// plainBases are the plain forms pastBases gives, made once.
var plainBases = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, b := range pastBases {
		m[b] = true
	}
	return m
})

// denyingThat are the words that deny the clause after them.
// A belief denied ("I don't think Dorn won") denies the clause after
// it too.
var denyingThat = []string{" denied that ", " denies that ", " deny that ", " denying that ",
	"n't think ", " not think ", "n't believe ", " not believe "}

// deniedClause splits a sentence at a denial of a clause ("Police denied
// that officers had fired live rounds"): the words before it and the
// clause denied.
func deniedClause(s string) (string, string, bool) {
	low := strings.ToLower(s)
	for _, d := range denyingThat {
		if i := strings.Index(low, d); i >= 0 {
			return s[:i], s[i+len(d):], true
		}
	}
	// "Police denied firing rubber bullets": the deed denied is the
	// subject's, told in the past ("Police fired rubber bullets").
	for _, d := range []string{" denied ", " denies ", " deny ", " denying "} {
		i := strings.Index(low, d)
		if i < 0 {
			continue
		}
		rest := s[i+len(d):]
		w, after, _ := strings.Cut(rest, " ")
		// "denied wrongdoing and said …", "denied any wrongdoing": a
		// noun in -ing, which takes no object, denies no deed told.
		next, _, _ := strings.Cut(strings.ToLower(after), " ")
		next = strings.Trim(next, ",.;:\"“”")
		if next == "" || textproc.IsStopword(next) && !objectDeterminers[next] || ingNouns[strings.ToLower(w)] {
			continue
		}
		past, ok := pastOfGerund(strings.ToLower(w))
		if !ok {
			continue
		}
		// The deed ends at its clause's end ("denied firing rubber
		// bullets, saying …").
		if end := strings.IndexAny(after, ",;:"); end >= 0 {
			after = after[:end]
		}
		subject := textproc.TrimDateline(s[:i])
		return s[:i], subject + " " + past + " " + after, true
	}
	return "", "", false
}

// ingNouns are nouns in -ing that a denial takes as its object.
var ingNouns = map[string]bool{"wrongdoing": true, "wrongdoings": true, "anything": true, "nothing": true,
	"something": true, "everything": true, "being": true}

// pastOfGerund returns the past tense of a verb's -ing form ("firing":
// "fired", "taking": "took", "stopping": "stopped"), or false for a
// word that is none.
func pastOfGerund(w string) (string, bool) {
	base, ok := strings.CutSuffix(w, "ing")
	if !ok || len(base) < 2 || strings.IndexFunc(base, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return "", false
	}
	for _, b := range []string{base, base + "e"} {
		if p, ok := pastOfBase()[b]; ok {
			return p, true
		}
	}
	// "stopping": "stopped"; "firing": "fired".
	return base + "ed", true
}

// pastOfBase maps the plain forms of pastBases to their pasts, made once.
var pastOfBase = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for p, b := range pastBases {
		// Participles ("taken") are no pasts where a past ("took") is
		// given.
		if _, ok := m[b]; !ok || strings.HasSuffix(m[b], "n") {
			m[b] = p
		}
	}
	return m
})

// byAgent matches a participle and the first word of the agent its "by"
// names: "bonds backed by parking fees".
var byAgent = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(\p{L}+ed) by (?:the |a |an |its |their )?(\p{L}+)`)
})

// deedAgent returns the first word of the agent a sentence names, after
// "by", for a deed of the stem ("backed by parking fees": "parking"), or
// "".
func deedAgent(s, stem string) string {
	for _, m := range byAgent().FindAllStringSubmatch(strings.ToLower(s), -1) {
		if eventStem(m[1]) == stem {
			return m[2]
		}
	}
	return ""
}

// otherAgents reports whether two sentences' agents of one deed are two
// (deedAgent): "bonds backed by parking fees" is not denied by "the
// bonds are not backed by the general fund".
func otherAgents(x, y string) bool {
	return x != "" && y != "" && x != y
}
