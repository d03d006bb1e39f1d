package discrepancy

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"crosscheck/internal/lexicon"
	"crosscheck/internal/textproc"
)

// Outcomes of what happened to people and things (see outcomesOf): a
// death or a survival, a site closed or kept open, a check passed or
// failed, things counted that a deed was done to or none.

// killStem is the event of a death that survival denies.
const killStem = "kill"

// killedIncluding matches the person a toll names: "Three people were
// killed, including the train's driver, Giuseppe Ferraro".
var killedIncluding = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:was|were|been) killed,? (?:among them|including) (?:the |a |an )?(?:[\p{L}-]+['’]s )?([\p{L}-]+)`)
})

// survived matches a subject that survived: "The driver survived with
// serious injuries", "the pilot also survived".
var survived = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b([\p{L}-]+) (?:also |somehow |narrowly |miraculously |had |has )?survived\b`)
})

// amongKilled matches a subject counted among the dead, past a phrase set
// off by commas: "The driver was among those killed", "the pilot, a
// veteran of 20 years, was among the dead".
var amongKilled = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b([\p{L}-]+)(?:, [^,]{1,80},)? (?:was|were) (?:also )?among (?:those (?:killed|who died)|the (?:dead|victims|fatalities))\b`)
})

// aliveAfter matches a subject told alive after the happening: "The
// driver, who survived with serious injuries"; "the operator was in
// critical condition", "remained hospitalized in serious condition",
// "was hospitalized Wednesday and was in stable condition"; "was pulled
// from the wreck and rushed to a hospital in critical condition".
var aliveAfter = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b([\p{L}-]+)(?:, who (?:also |narrowly )?survived\b|(?:, [^,]{1,80},)? (?:(?:was|is|were|are) [^.;,]{1,100}? and )?(?:was|is|were|are|remained|remains) (?:listed |hospitali[sz]ed )?in ` + conditions + ` condition\b` +
		`|(?:, [^,]{1,80},)? (?:was|is|were|are) (?:[^.;,]{1,100}? and )?(?:taken|rushed|flown|airlifted|transported) to (?:a |an |the )?(?:[\p{L}-]+ ){0,3}hospital in ` + conditions + ` condition\b)`)
})

// conditions are the words of a patient's condition, as hospitals give it.
const conditions = `(?:critical|serious|stable|grave|fair|good)`

// amongKilledFront matches a subject counted among the dead, told after
// them: "Among the dead was the driver", "The dead included the bus's
// driver".
var amongKilledFront = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:among (?:those (?:killed|who died)|the (?:dead|victims|fatalities)) (?:was|were)|the dead included) (?:the |a |an )?(?:[\p{L}-]+['’]s )?([\p{L}-]+)`)
})

// survivalsOf reads who was killed and who survived.
func survivalsOf(s string) []eventClaim {
	var out []eventClaim
	// One person's fate, not a group's ("Seven people remained in
	// critical condition" beside "Two people were killed").
	for _, m := range amongKilled().FindAllStringSubmatch(s, -1) {
		if w := textproc.Fold(strings.ToLower(m[1])); onePerson(w) {
			out = append(out, eventClaim{stem: killStem, subject: w}, eventClaim{stem: "death", subject: w})
		}
	}
	for _, m := range amongKilledFront().FindAllStringSubmatch(s, -1) {
		if w := textproc.Fold(strings.ToLower(m[1])); onePerson(w) {
			out = append(out, eventClaim{stem: killStem, subject: w}, eventClaim{stem: "death", subject: w})
		}
	}
	for _, ix := range aliveAfter().FindAllStringSubmatchIndex(s, -1) {
		w := textproc.Fold(strings.ToLower(s[ix[2]:ix[3]]))
		// "One striker, 61-year-old Osric Tamblyn, was …": the name set
		// off by commas is whom the condition is of.
		if name := appositionName(s[ix[3]:ix[1]]); name != "" {
			w = name
		}
		if onePerson(w) {
			out = append(out, eventClaim{stem: killStem, subject: w, negative: true}, eventClaim{stem: "death", subject: w, negative: true})
		}
	}
	for _, m := range killedIncluding().FindAllStringSubmatch(s, -1) {
		if w := textproc.Fold(strings.ToLower(m[1])); !pronouns[w] && !textproc.IsStopword(w) {
			out = append(out, eventClaim{stem: killStem, subject: w})
		}
	}
	for _, ix := range survived().FindAllStringSubmatchIndex(s, -1) {
		word := s[ix[2]:ix[3]]
		w := textproc.Fold(strings.ToLower(word))
		// A group's survival ("Six people survived") leaves others of
		// it dead ("Three people were killed"); a name's is one
		// person's, and the whole group's ("all 14 miners survived")
		// every one of theirs.
		if pronouns[w] || textproc.IsStopword(w) || w == "not" || w == "never" || !onePerson(w) && !capital(word) && !wholeGroup(s[:ix[2]]) {
			continue
		}
		out = append(out, eventClaim{stem: killStem, subject: w, negative: true}, eventClaim{stem: "death", subject: w, negative: true})
	}
	return out
}

// onePerson reports whether a folded subject is one person's, not a
// group's ("Seven people remained in critical condition" beside "Two
// people were killed").
func onePerson(w string) bool {
	return !pronouns[w] && !textproc.IsStopword(w) && !strings.HasSuffix(w, "s") && w != "people" && w != "men" && w != "women" && w != "children"
}

// survivedNotDead adds, for each subject a sentence's acts say survived,
// that it did not die: the acts read a subject past a phrase set off by
// commas ("The driver, Cole Ferris, 41, survived the crash"), which the
// pattern survived, reading the word right before the verb, does not.
func survivedNotDead(cs []eventClaim) []eventClaim {
	for _, c := range cs {
		if c.stem != survivedStem || c.negative || c.subject == "" {
			continue
		}
		if d := (eventClaim{stem: "death", subject: c.subject, negative: true}); !slices.Contains(cs, d) {
			cs = append(cs, d)
		}
	}
	return cs
}

// survivedStem is the stem of an act of surviving.
var survivedStem = "+" + eventStem("survived")

// wholeGroup reports whether the words before a group's noun say all of
// it: "all 14", "all the", "all of the", "all".
func wholeGroup(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		if ws[k] == "all" {
			return true
		}
	}
	return false
}

// appositionName returns the last word, folded and lowered, of a name that
// ends a phrase set off by commas at the start of rest (", 61-year-old
// Osric Tamblyn, was …": "tamblyn"), or "".
func appositionName(rest string) string {
	inner, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return ""
	}
	inner, _, ok = strings.Cut(inner, ",")
	if !ok {
		return ""
	}
	ws := strings.Fields(inner)
	if len(ws) < 2 || !capital(ws[len(ws)-1]) || !capital(ws[len(ws)-2]) {
		return ""
	}
	return textproc.Fold(strings.ToLower(ws[len(ws)-1]))
}

// unhurt matches a subject told unhurt: "The bus driver walked away
// uninjured", "the pilot was unharmed", "both crew members escaped
// injury".
var unhurt = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b([\p{L}-]+),? (?:was |were |is |are |had |also |)(?:walked away |emerged |escaped |left )?(?:uninjured|unhurt|unharmed|unscathed|without (?:a scratch|injur(?:y|ies))|(?:escaped|avoided) (?:serious )?injury)\b`)
})

// amongHurt matches a subject counted among the hurt, past a phrase set
// off by commas: "The driver, a 61-year-old man from Scranton, was
// among those hospitalized", "the pilot was among the injured".
var amongHurt = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b([\p{L}-]+)(?:, [^,]{1,80},)? (?:was|were) (?:also )?among (?:those |the )(?:hospitali[sz]ed|injured|hurt|wounded)\b`)
})

// injuriesOf reads who was hurt and who was not.
func injuriesOf(s string) []eventClaim {
	return append(subjectClaims(s, injuryStem, true, unhurt()), subjectClaims(s, injuryStem, false, amongHurt())...)
}

// injuryStem is the event of someone hurt (eventStem of "injured").
const injuryStem = "injur"

// closedStem marks a named place told closed, which one told open denies.
const closedStem = "closed"

var (
	// namedClosed: "Corpus Christi International Airport closed on
	// Saturday", "the Golden Gate Bridge was shut down".
	// A name of two words or more: one alone may open the sentence
	// ("Schools closed"). The last word is the key.
	namedClosed = regexp.MustCompile(`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,4} (\p{Lu}[\p{L}'’-]+) (?:was |were |had |has )?(?:closed|shut down|shut)\b`)
	// namedOpen: "Corpus Christi International Airport remained open".
	namedOpen = regexp.MustCompile(`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,4} (\p{Lu}[\p{L}'’-]+) (?:remained|stayed|remains|stays|was still|were still|is still) open\b`)
)

// namedClosuresOf reads a named place told closed (the claim) or still
// open (its denial), by the last word of its name.
func namedClosuresOf(s string) []eventClaim {
	return append(subjectClaims(s, closedStem, false, namedClosed), subjectClaims(s, closedStem, true, namedOpen)...)
}

// closureStem marks a company's plan to close a site of its own: a plant,
// an office, a store.
const closureStem = "will close a site"

var (
	// closing: "will close its design center", "plans to close
	// Brightmere's oldest plant", "would shut its Tempe office".
	closing = regexp.MustCompile(`\b(?:will|would|plans to|planned to|is to|intends to|is going to) (?:close|shut(?: down)?) (?:its|the|a|their|[\p{L}'’]+['’]s?)(?: [\p{L}-]+){0,3}? (` + siteNouns + `)\b`)
	// notClosing: "does not plan to close any of them", "had no plans to
	// close any of Brightmere's five plants", "will not close any".
	notClosing = regexp.MustCompile(`\b(?:no plans? to|not plan to|not planning to|will not|won't|would not|has no intention of) (?:close|closing|shut|shutting)(?: down)? any\b`)
	// stayingOpen: "all five Brightmere plants … would remain open", "will
	// keep its Carraway plant open".
	stayingOpen = regexp.MustCompile(`\b(?:(?:would|will|to) (?:remain|stay) open|(?:will|would|to) keep (?:its|the|all|their)(?: [\p{L}'’-]+){0,4}? open)\b`)
)

// siteNoun matches a site a company closes (siteNouns).
var siteNoun = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(?:` + siteNouns + `)\b`) })

// siteNouns are the sites a company closes.
const siteNouns = `plants?|factory|factories|centers?|centres?|offices?|stores?|sites?|mines?|hospitals?|branch(?:es)?|facility|facilities|headquarters|warehouses?|mills?|refinery|refineries|shops?|restaurants?`

// closuresOf reads a lower-case sentence's plan to close a site (the
// claim) or to close none or keep one open (its denial for every site).
// A sentence that closes one site and keeps "the other" or "the
// remaining" ones open tells both, and neither is read.
func closuresOf(low string) []eventClaim {
	m := closing.FindStringSubmatch(low)
	keeps := notClosing.MatchString(low) || stayingOpen.MatchString(low) && siteNoun().MatchString(low)
	switch {
	case m != nil && keeps, keeps && (strings.Contains(low, "other") || strings.Contains(low, "remaining") || strings.Contains(low, "rest of")):
		return nil
	case m != nil:
		return []eventClaim{{stem: closureStem, subject: singular(m[1])}}
	case keeps:
		// "every store would stay open" keeps stores open, not the
		// headquarters; "any of its sites" keeps every one.
		site := singular(siteNoun().FindString(low))
		if site == "" || genericSites[site] {
			return []eventClaim{{stem: closureStem, negative: true, universal: true}}
		}
		return []eventClaim{{stem: closureStem, subject: site, negative: true}}
	}
	return nil
}

// genericSites name any site a company has.
var genericSites = map[string]bool{"site": true, "facility": true}

// checkStem marks a check passed (an inspection, an audit, a test), which
// its failure denies.
const checkStem = "passed a check"

var (
	// checkPassed: "had passed a Labor Ministry inspection", "passed its
	// annual safety audit".
	checkPassed = regexp.MustCompile(`\bpassed (?:a|an|its|the|their|his|her)(?: [\p{L}'’-]+){0,3}? (?:inspection|audit|safety test|stress test|drug test|review)\b`)
	// checkFailed: "had failed a government safety inspection".
	checkFailed = regexp.MustCompile(`\bfailed (?:a|an|its|the|their|his|her)(?: [\p{L}'’-]+){0,3}? (?:inspection|audit|safety test|stress test|drug test|review)\b`)
)

// checksOf reads whether a lower-case sentence says a check was passed
// (the claim) or failed (its denial).
func checksOf(low string) []eventClaim {
	return toldOf(checkStem, "check", checkPassed.MatchString(low), checkFailed.MatchString(low))
}

// countedDeedsOf reads a deed done to things counted in a lower-case
// sentence ("destroyed at least six homes", "40 buildings were damaged")
// as a claim, and one done to none of them ("no homes had been
// destroyed") as its denial: an event of the verb's stem, done to the
// things' noun.
func countedDeedsOf(low string) []eventClaim {
	var out []eventClaim
	add := func(verb, noun string, negative bool) {
		building := buildingNouns[noun]
		noun = strings.TrimSuffix(noun, "s")
		if len(noun) < 3 || textproc.IsStopword(noun) {
			return
		}
		if v, ok := strings.CutSuffix(verb, "ing"); ok {
			verb = v + "ed"
		}
		// "No homes had been lost" denies "14 homes were destroyed".
		if verb == "lost" {
			if !building {
				return
			}
			verb = "destroyed"
		}
		stem := eventStem(verb)
		out = append(out, eventClaim{stem: "counted " + stem, subject: noun, negative: negative})
		// "arrested two men" tells an arrest, which "no arrests have
		// been made" denies.
		if c := canonicalStem(stem); !negative && nounOfEvent[c] {
			out = append(out, eventClaim{stem: c, subject: noun})
		}
	}
	ws := strings.FieldsFunc(low, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == ':' || r == '.' || r == '"' || r == '“' || r == '”'
	})
	past := func(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ed") }
	// passiveAt returns the participle of "had been destroyed", "were
	// damaged" starting at word k, or "".
	passiveAt := func(k int) string {
		if k >= len(ws) || !noneAux[ws[k]] {
			return ""
		}
		k++
		for k < len(ws) && (ws[k] == "yet" || ws[k] == "also" || ws[k] == "been") {
			k++
		}
		if k < len(ws) && (past(ws[k]) || ws[k] == "lost") {
			return ws[k]
		}
		return ""
	}
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		// "no homes had been destroyed"
		if w == "no" && k+1 < len(ws) {
			if v := passiveAt(k + 2); v != "" {
				add(v, ws[k+1], true)
			}
			continue
		}
		// "killing the bus's driver", "killed its pilot": a fate dealt
		// to one person named by a noun.
		if fateVerbs[w] && k+2 < len(ws) && (k == 0 || !noneAux[ws[k-1]]) && oneDeterminers[ws[k+1]] {
			j := k + 2
			if j+1 < len(ws) && (strings.HasSuffix(ws[j], "'s") || strings.HasSuffix(ws[j], "’s")) {
				j++
			}
			if lexicon.PersonNoun(ws[j]) {
				v := w
				if s, ok := strings.CutSuffix(v, "ing"); ok {
					v = s + "ed"
				}
				out = append(out, eventClaim{stem: eventStem(v), subject: ws[j]})
			}
		}
		n := countAt(ws, k)
		if n == 0 {
			continue
		}
		// "destroyed at least six homes", "destroying 14 homes"
		b := k - 1
		for b >= 0 && countHedge[ws[b]] {
			b--
		}
		if b >= 0 && (past(ws[b]) || len(ws[b]) > 5 && strings.HasSuffix(ws[b], "ing")) && k+n < len(ws) {
			add(ws[b], ws[k+n], false)
		}
		// "at least six homes were destroyed"
		for j := k + n; j < len(ws) && j <= k+n+2; j++ {
			if v := passiveAt(j + 1); v != "" {
				add(v, ws[j], false)
				break
			}
		}
		k += n - 1
	}
	return out
}

// buildingNouns name buildings: what a fire or a storm destroys, which
// a report also says were lost.
var buildingNouns = map[string]bool{"homes": true, "houses": true, "buildings": true, "structures": true, "residences": true,
	"cabins": true, "barns": true, "businesses": true, "properties": true, "home": true, "house": true, "building": true}

// fateVerbs deal a fate to whom they name after them; oneDeterminers
// stand before one person's noun.
var (
	fateVerbs      = map[string]bool{"killing": true, "killed": true, "injuring": true, "injured": true, "wounding": true, "wounded": true}
	oneDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true}
)

// countHedge are the words that may stand before a count of things.
var countHedge = map[string]bool{
	"least": true, "at": true, "about": true, "more": true, "than": true, "nearly": true, "some": true,
	"roughly": true, "around": true, "up": true, "to": true, "an": true, "estimated": true,
}

// countNumbers are the numbers in words that count things done.
var countNumbers = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "dozen": true,
}

// countAt returns how many words at ws[k] count things ("14", "six", "a
// dozen", "dozens of", "hundreds of"), or 0.
func countAt(ws []string, k int) int {
	w := ws[k]
	switch {
	case w != "" && w[0] >= '0' && w[0] <= '9' && strings.Trim(w, "0123456789,") == "":
		return 1
	case countNumbers[w]:
		return 1
	case (w == "dozens" || w == "scores" || w == "hundreds" || w == "thousands") && k+1 < len(ws) && ws[k+1] == "of":
		return 2
	}
	return 0
}

// containedStem marks a fire held: contained, put out or under control,
// which one still burning out of control denies.
const containedStem = "fire contained"

// fireNouns name a fire.
const fireNouns = `(?:fire|blaze|wildfire|bushfire|brush fire|forest fire|inferno|flames)`

var (
	// fireHeld: "Firefighters had contained the blaze", "the fire was
	// fully contained", "brought the wildfire under control".
	fireHeld = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(?:(?:contained|extinguished|put out)(?: the)? ` + fireNouns + `|brought(?: the)? ` + fireNouns + ` under control|` + fireNouns +
			` (?:was|were|had been|has been|is|are) (?:fully |completely |now |largely )?(?:contained|extinguished|under control))\b`)
	})
	// fireLoose: "was still burning out of control", "remained out of
	// control", "the uncontained wildfire".
	fireLoose = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(?:(?:burning|raging|remained|remains|was|were|is|are|still) out of control|uncontained ` + fireNouns + `|` + fireNouns + ` (?:was|is|were|are|remained|remains) (?:still )?(?:not|un)contained)\b`)
	})
)

// containmentsOf reads a lower-case sentence that tells a fire held (the
// claim) or still out of control (its denial). A sentence telling both
// (held in one place, loose in another) tells neither; a share contained
// ("20 percent contained") is neither.
func containmentsOf(low string) []eventClaim {
	if !strings.Contains(low, "fire") && !strings.Contains(low, "blaze") && !strings.Contains(low, "flames") && !strings.Contains(low, "inferno") {
		return nil
	}
	held, loose := fireHeld().MatchString(low), fireLoose().MatchString(low)
	switch {
	case held == loose:
		return nil
	case held:
		return []eventClaim{{stem: containedStem, subject: "fire"}}
	}
	return []eventClaim{{stem: containedStem, subject: "fire", negative: true}}
}
