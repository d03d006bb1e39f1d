package discrepancy

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"crosscheck/analyze/entities"
	"crosscheck/internal/textproc"
)

// An intention is what someone is said to mean to do: "Whitcombe has said
// she will sign the measure", "the president would sign the bill". Its
// denial is a refusal ("said she would not sign") or a silence on it ("has
// not said whether she will sign", "has not decided whether the
// president will sign"). Both are event claims with the stem "will " and
// the verb's, so that contradictions pairs them as it pairs "was charged"
// and "was not charged".

// intentVerbs report an intention: "said she will", "announced he would".
var intentVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "told": true, "promised": true, "pledged": true,
	"vowed": true, "indicated": true, "signaled": true, "signalled": true, "confirmed": true,
}

// undecidedVerbs tell that no intention was given: "has not said
// whether", "did not indicate whether".
var undecidedVerbs = map[string]bool{
	"said": true, "say": true, "indicated": true, "indicate": true, "decided": true, "decide": true,
	"announced": true, "announce": true, "committed": true, "commit": true,
}

// declining are the verbs of refusing to say: "declined to say whether".
var declining = map[string]bool{"declined": true, "declines": true, "refused": true, "refuses": true}

// intentGap is how many words may stand between the verb of saying and
// the subject of the intention ("said on Wednesday that the president").
const intentGap = 5

// intentFiller are the words that may stand there.
var intentFiller = map[string]bool{
	"that": true, "publicly": true, "privately": true, "on": true, "previously": true, "repeatedly": true,
	"also": true, "already": true, "earlier": true, "yet": true,
	// "said in a statement that he would not resign".
	"in": true, "a": true, "an": true, "statement": true, "interview": true, "letter": true, "speech": true, "email": true,
}

// intentsOf reads the intentions a sentence gives or denies.
func intentsOf(s string) []eventClaim {
	s = asIntentions(s)
	if !strings.Contains(s, " will ") && !strings.Contains(s, " would ") {
		return nil
	}
	// "Marcus Lindqvist, Brightwater's founder and CEO, will stay on":
	// the name before a phrase set off by commas is the subject.
	if strings.Contains(s, ", will ") || strings.Contains(s, ", would ") {
		s = setOffBeforeModal().ReplaceAllString(s, "$1 $2 ")
	}
	ws := letterWords(s)
	low := make([]string, len(ws))
	for i, w := range ws {
		low[i] = strings.ToLower(w)
	}
	var out []eventClaim
	for k := 1; k+1 < len(low); k++ {
		if low[k] != "will" && low[k] != "would" {
			continue
		}
		v, neg := k+1, false
		if low[v] == "not" && v+1 < len(low) {
			v, neg = v+1, true
		}
		if textproc.IsStopword(low[v]) || len(low[v]) < 3 {
			continue
		}
		verb, flip := intendedVerb(low, v)
		subj := k - 1
		// The subject is a name, a noun or a pronoun told by a verb of
		// saying before it ("said she will", "said the president
		// would"), perhaps after "whether".
		start := subj
		if start > 0 && (low[start-1] == "the" || capital(ws[start-1])) {
			start--
		}
		says, undecided := -1, false
		for j := start - 1; j >= max(0, start-intentGap); j-- {
			if low[j] == "whether" || low[j] == "if" {
				q := j - 1
				for q > 0 && (intentFiller[low[q]] || calendarNames[low[q]]) {
					q--
				}
				// "has not said whether", "declined to say Tuesday
				// whether".
				if q > 1 && undecidedVerbs[low[q]] && (low[q-1] == "not" || low[q-2] == "not" ||
					low[q-1] == "to" && decliningBefore(low, q-1)) {
					undecided = true
					says = q
				}
				break
			}
			if intentVerbs[low[j]] {
				says = j
				break
			}
			if !intentFiller[low[j]] && !calendarNames[low[j]] && !manner(low[j]) {
				break
			}
		}
		// "Marcus Lindqvist … will step down once the deal closes": a
		// named subject's plan, told as the report's own.
		direct := says < 0 && k >= 2 && capital(ws[subj]) && !pronouns[low[subj]] && !calendarNames[low[subj]] && !textproc.IsStopword(low[subj])
		if direct {
			who := textproc.Fold(low[subj])
			out = append(out, eventClaim{stem: "will " + verb, subject: who, negative: neg != flip})
			continue
		}
		if says < 0 {
			continue
		}
		if !undecided && says > 0 && (low[says-1] == "not" || low[says-1] == "never") {
			continue // "did not say he would": no claim either way
		}
		who := low[subj]
		if pronouns[who] {
			who = sentenceSubject(ws[:says])
			if who == "" && undecided {
				// "The prime minister has not said whether he will
				// accept it": a thing named by a noun.
				who = definiteSubject(ws[:says])
			}
			if who == "" && (low[subj] == "he" || low[subj] == "she") {
				out = append(out, eventClaim{stem: "will " + verb, negative: neg != flip || undecided, undecided: undecided, pronoun: true})
				continue
			}
		}
		if who == "" {
			continue
		}
		out = append(out, eventClaim{stem: "will " + verb, subject: textproc.Fold(who), negative: neg != flip || undecided, undecided: undecided})
		if undecided {
			// One who has not said whether he will accept a
			// resignation has not accepted it.
			out = append(out, eventClaim{stem: "+" + eventStem(verb), subject: textproc.Fold(who), negative: true})
		}
	}
	return out
}

// definiteSubject returns the noun of a thing or a person named by a
// common noun that words, those of a sentence before its verb, end on:
// "The prime minister has not" gives "minister", or "".
func definiteSubject(ws []string) string {
	for i := len(ws) - 1; i >= 1; i-- {
		switch strings.ToLower(ws[i]) {
		case "has", "had", "have", "did", "does", "not", "yet":
			continue
		}
		if definiteThing(ws, i) {
			return strings.ToLower(ws[i])
		}
		return ""
	}
	return ""
}

// asIntentions returns s with its plans told as intentions (planned).
func asIntentions(s string) string {
	if strings.Contains(s, " plan") || strings.Contains(s, " intend") || strings.Contains(s, " intention of ") || strings.Contains(s, " expected to ") || strings.Contains(s, " set to ") {
		s = planned.Replace(s)
	}
	if strings.Contains(s, " out ") {
		s = ruledOut().ReplaceAllString(s, "$1 said $1 would not $2")
	}
	if strings.Contains(s, " whether to ") {
		s = undecidedTo().ReplaceAllStringFunc(s, func(m string) string {
			g := undecidedTo().FindStringSubmatch(m)
			if low := strings.ToLower(g[1]); textproc.IsStopword(low) || pronouns[low] {
				return m
			}
			return g[1] + " has not said whether " + g[1] + " would " + g[2]
		})
	}
	return s
}

// undecidedTo matches one who has not decided whether to do something:
// "her client had not yet decided whether to appeal" says no intention
// to appeal was given, as "has not said whether she would appeal" does.
var undecidedTo = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(\p{L}+) (?:has|had|have) not (?:yet )?(?:decided|said|indicated) whether to (\p{L}+)\b`)
})

// ruledOut matches one who ruled out doing something: "She ruled out
// calling a special session" says she would not call one.
var ruledOut = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(\p{L}+) (?:has |had |have |also |firmly |flatly )?rul(?:ed|es) out (\p{L}+ing)\b`)
})

// planned reads a plan as an intention: "has no plans to call a special
// session" as "would not call", "plans to close" as "would close".
var planned = strings.NewReplacer(
	" has no plans to ", " would not ", " have no plans to ", " would not ", " had no plans to ", " would not ",
	" does not plan to ", " would not ", " doesn't plan to ", " would not ", " doesn’t plan to ", " would not ",
	" did not plan to ", " would not ", " does not intend to ", " would not ", " doesn't intend to ", " would not ",
	" doesn’t intend to ", " would not ", " plans to ", " would ", " intends to ", " would ",
	// "said he had no intention of stepping down".
	" has no intention of ", " would not ", " had no intention of ", " would not ", " have no intention of ", " would not ",
	// "is expected to resign", "is set to sign": what is to come.
	" is not expected to ", " would not ", " are not expected to ", " would not ", " is expected to ", " would ",
	" are expected to ", " would ", " is set to ", " would ", " are set to ", " would ",
)

// decliningBefore reports whether a verb of declining stands before
// low[to], its "to", past the time it was declined at ("declined on
// Monday night to say whether").
func decliningBefore(low []string, to int) bool {
	for j := to - 1; j >= 0 && j >= to-4; j-- {
		if declining[low[j]] {
			return true
		}
		if !calendarNames[low[j]] && !timesOfDay[low[j]] && low[j] != "on" && low[j] != "again" {
			return false
		}
	}
	return false
}

// timesOfDay are the parts of a day a weekday may be told with.
var timesOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// manner reports whether a word is an adverb of manner that may stand
// between a verb of saying and what is said ("said flatly that he would
// not").
func manner(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// setOffBeforeModal matches a name, a phrase set off by commas after it,
// and the modal after that.
var setOffBeforeModal = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+), [^,]{1,90}, (will|would) `) })

// intendedVerb returns the stem under which the intention to do low[v] is
// compared, and whether doing it is not doing that: "will veto" is "will
// not sign", "will stay on" is "will not step down", "will resign" is
// "will step down".
func intendedVerb(low []string, v int) (string, bool) {
	next := ""
	if v+1 < len(low) {
		next = low[v+1]
	}
	switch {
	case low[v] == "veto":
		return eventStem("sign"), true
	case (low[v] == "stay" || low[v] == "remain") && next == "on":
		return eventStem("step"), true
	case low[v] == "resign" || low[v] == "quit":
		return eventStem("step"), false
	case low[v] == "stepping" && next == "down":
		// "no intention of stepping down", read as "would not stepping
		// down".
		return eventStem("step"), false
	case (low[v] == "tender" || low[v] == "submit" || low[v] == "offer" || low[v] == "hand") && v+2 < len(low) && low[v+2] == "resignation":
		// "would tender his resignation" is "would resign".
		return eventStem("step"), false
	}
	return eventStem(low[v]), false
}

// sentenceSubject returns the last word of the first name (capitalised
// words after the first) before a verb of saying, lower case, or "".
func sentenceSubject(ws []string) string {
	last := ""
	for i, w := range ws {
		// "Helen Marchetti (D) has indicated": a party's letter is no
		// name.
		if len(w) == 1 && capital(w) && last != "" {
			continue
		}
		// "Speaking to reporters …, Mr. Hradil said": a participle
		// opening the sentence is no name.
		if i == 0 && len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
			continue
		}
		// "Joris van der Meulen said": a particle of names inside one.
		if last != "" && nameParticles[strings.ToLower(w)] && i+1 < len(ws) && (capital(ws[i+1]) || nameParticles[strings.ToLower(ws[i+1])]) {
			continue
		}
		if !capital(w) || i == 0 && textproc.IsStopword(strings.ToLower(w)) {
			// "Michigan Republican Senate candidate Mark Tessaro": a
			// run of names before a role and a name qualifies the role.
			if last != "" && entities.IsRole(w) && i+1 < len(ws) && capital(ws[i+1]) {
				last = ""
				continue
			}
			if last != "" {
				return last
			}
			continue
		}
		// "Halvorsen's office said she …": she is Halvorsen.
		l := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
		// A state or a country that qualifies a title or a noun
		// ("Georgia state Sen. Darnell Whitacre") is not who the
		// sentence is about.
		if titles[l] || calendarNames[l] || last == "" && entities.IsRegion(w) && i+1 < len(ws) && !capital(ws[i+1]) {
			continue
		}
		last = l
	}
	return last
}

// pleasOf reads the pleas a sentence tells: "Ms. Pemberton pleaded not
// guilty" denies what "Pemberton has agreed to plead guilty" claims. The
// subject is the name that tells the plea ("Pemberton"), or none.
func pleasOf(s string) []eventClaim {
	if !strings.Contains(s, "guilty") && !strings.Contains(s, " a plea") && !strings.Contains(s, "convicted") {
		return nil
	}
	ws := letterWords(s)
	var out []eventClaim
	for k, w := range ws {
		switch strings.ToLower(w) {
		case "found", "convicted":
			// "was found guilty by a jury", "was convicted at trial": a
			// verdict, which no plea of guilty left to give.
			if juryVerdict(ws, k) {
				if who := sentenceSubject(ws[:k]); who != "" {
					out = append(out, eventClaim{stem: "plead guilty", subject: textproc.Fold(who), negative: true})
				}
			}
			continue
		case "pleaded", "pleads", "plead", "pled":
		case "enter", "entered":
			// "did not enter a plea", "has not yet entered a plea",
			// "declined to enter a plea": no plea was made, which a plea
			// of guilty or not guilty contradicts.
			if c, ok := noPlea(ws, k); ok {
				out = append(out, c)
			}
			continue
		default:
			continue
		}
		j, neg := k+1, false
		if j < len(ws) && strings.ToLower(ws[j]) == "not" {
			j, neg = j+1, true
		}
		if j >= len(ws) || strings.ToLower(ws[j]) != "guilty" {
			continue
		}
		who := sentenceSubject(ws[:k])
		if who == "" {
			continue
		}
		out = append(out, eventClaim{stem: "plead guilty", subject: textproc.Fold(who), negative: neg})
		// "said her client would plead not guilty": a plea to come is no
		// plea entered.
		switch strings.ToLower(prevWord(ws, k)) {
		case "will", "would", "to", "could", "may", "might", "shall":
			continue
		}
		out = append(out, eventClaim{stem: "enter plea", subject: textproc.Fold(who)})
	}
	return out
}

// juryVerdict reports whether ws[k], "found" or "convicted", is a
// verdict at trial: "found guilty by a jury", "convicted by a jury",
// "found guilty at trial".
func juryVerdict(ws []string, k int) bool {
	j := k + 1
	if strings.ToLower(ws[k]) == "found" {
		if j >= len(ws) || strings.ToLower(ws[j]) != "guilty" {
			return false
		}
		j++
	}
	at := func(i int, w string) bool { return i < len(ws) && strings.ToLower(ws[i]) == w }
	return at(j, "by") && at(j+1, "a") && at(j+2, "jury") || at(j, "at") && at(j+1, "trial")
}

// noPlea reads a plea not entered at ws[k] ("enter" or "entered" followed
// by "a plea"): its subject is the name before it, or the name of the
// sentence before for "he" or "she".
func noPlea(ws []string, k int) (eventClaim, bool) {
	if k+2 >= len(ws) || strings.ToLower(ws[k+1]) != "a" || strings.ToLower(ws[k+2]) != "plea" {
		return eventClaim{}, false
	}
	j := k - 1
	if j >= 0 && strings.ToLower(ws[j]) == "yet" {
		j--
	}
	switch {
	case j >= 1 && strings.ToLower(ws[j]) == "not" && (auxiliaries[strings.ToLower(ws[j-1])] || strings.ToLower(ws[j-1]) == "did"):
		j--
	case j >= 1 && strings.ToLower(ws[j]) == "to" && declining[strings.ToLower(ws[j-1])]:
		j--
	default:
		return eventClaim{}, false
	}
	c := eventClaim{stem: "enter plea", negative: true}
	who := sentenceSubject(ws[:j])
	if who == "" {
		if j > 0 && (strings.ToLower(ws[j-1]) == "he" || strings.ToLower(ws[j-1]) == "she") {
			c.pronoun = true
			return c, true
		}
		return eventClaim{}, false
	}
	c.subject = textproc.Fold(who)
	return c, true
}

// letterWords returns the runs of letters, apostrophes and hyphens of a
// sentence: its words as written, without punctuation.
func letterWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' })
}

// A plan for things is an intention told of what it is done to: "plans
// to close about 40 overlapping stores", "expects to close or sell a
// small number of stores". Its denial names the things for all of them:
// "no stores would close", "none of the stores will close", "will not
// close any stores". Both are event claims with the stem "will ", the
// verb's and the noun's, the plan's subject being the noun; the denial
// is universal.

// planVerbs tell a plan before "to" and its verb.
var planVerbs = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true, "expect": true, "expects": true,
	"expected": true, "intend": true, "intends": true, "intended": true, "intending": true,
	"going": true, "set": true, "scheduled": true, "aims": true, "aim": true,
}

// planGap is how many words may stand between the verb and the noun
// ("a small number of", "about 40 overlapping").
const planGap = 5

// thingsOf reads the plans for things and their denials in a sentence.
// Only plural nouns count: "no store" or "the store will close" may be
// one of several.
func thingsOf(s string) []eventClaim {
	if !strings.Contains(s, " will ") && !strings.Contains(s, " would ") && !(strings.Contains(s, " to ") && mayPlan(s)) {
		return nil
	}
	var out []eventClaim
	for _, clause := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ',' || r == ';' || r == ':' || r == '—' }) {
		low := letterWords(clause)
		denied := slices.ContainsFunc(low, func(w string) bool { return w == "not" || w == "never" || w == "no" || w == "none" || w == "t" })
		for k := 1; k+1 < len(low); k++ {
			modal := low[k] == "will" || low[k] == "would"
			if !modal && !(low[k] == "to" && planVerbs[low[k-1]]) {
				continue
			}
			v := k + 1
			if modal && low[v] == "not" && v+1 < len(low) {
				v++
			}
			verb := low[v]
			if textproc.IsStopword(verb) || len(verb) < 4 || speechVerbs[verb] {
				continue
			}
			// "no stores would close", "none of the stores will close":
			// the things come before the modal.
			if modal && v == k+1 {
				if n, ok := deniedThings(low[:k]); ok {
					out = append(out, eventClaim{stem: "will " + eventStem(verb) + " " + eventStem(n), negative: true, universal: true})
					continue
				}
			}
			j := v + 1
			if j+1 < len(low) && (low[j] == "or" || low[j] == "and") && !textproc.IsStopword(low[j+1]) {
				j += 2 // "close or sell"
			}
			if v > k+1 {
				// "will not close any stores"
				if j < len(low) && low[j] == "any" {
					if n := pluralWithin(low[j+1:]); n != "" {
						out = append(out, eventClaim{stem: "will " + eventStem(verb) + " " + eventStem(n), negative: true, universal: true})
					}
				}
				continue
			}
			if denied {
				continue
			}
			if n := pluralWithin(low[j:]); n != "" {
				out = append(out, eventClaim{stem: "will " + eventStem(verb) + " " + eventStem(n), subject: eventStem(n)})
			}
		}
	}
	return out
}

// mayPlan reports whether s holds a word that may be one of planVerbs,
// without splitting it into words.
func mayPlan(s string) bool {
	for _, p := range []string{"plan", "expect", "intend", "going", "set ", "scheduled", "aim"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// deniedThings returns the plural noun that "no" or "none of the" opens
// right before a modal ("no Bluebonnet stores"), and whether there is one.
func deniedThings(before []string) (string, bool) {
	for i := len(before) - 1; i >= max(0, len(before)-4); i-- {
		if before[i] != "no" && before[i] != "none" {
			continue
		}
		rest := before[i+1:]
		if before[i] == "none" {
			if len(rest) < 2 || rest[0] != "of" {
				return "", false
			}
			rest = rest[1:]
		}
		if len(rest) == 0 || notSame[rest[0]] {
			return "", false
		}
		n := rest[len(rest)-1]
		if plural(n) {
			return n, true
		}
		return "", false
	}
	return "", false
}

// pluralWithin returns the first plural noun within planGap words of ws,
// or "".
func pluralWithin(ws []string) string {
	for _, w := range ws[:min(len(ws), planGap+1)] {
		if plural(w) {
			return w
		}
		switch w {
		case "in", "at", "on", "by", "for", "from", "because", "after", "before", "as", "while", "if", "when", "with":
			return ""
		}
	}
	return ""
}

// plural reports whether w reads as a plural noun.
func plural(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!textproc.IsStopword(w) && !calendarNames[w]
}
