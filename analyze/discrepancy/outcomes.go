package discrepancy

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/textproc"
)

// Outcomes are events told in words of opposite meaning rather than with a
// negation: a verdict ("acquitted him of money laundering" against "found
// him guilty of … money laundering"), a death ("Three people were killed,
// including the train's driver" against "The driver survived"), a vote
// on a motion ("A Greens amendment … was defeated" against "the government
// accepted a Greens amendment") and a departure ("resigned from the
// cabinet" against "was dismissed from the cabinet") and a defendant's fate after a
// verdict ("was taken into custody after the verdict" against "remains
// free on bond until sentencing"). Each is read as an event claim whose
// denial is the opposite word, so that the claims of two reports answer
// each other as "was charged" and "was not charged" do.

// outcomesOf returns the outcome claims of a sentence.
func outcomesOf(s string) []eventClaim {
	// Most sentences tell none: the words are looked for before the
	// sentence is lowered (a sentence opening on one of them is lowered
	// for it).
	if !mayTellOutcome(s) {
		return nil
	}
	low := strings.ToLower(s)
	var out []eventClaim
	if strings.Contains(low, "guilty") || strings.Contains(low, "acquit") || strings.Contains(low, "convicted") || strings.Contains(low, "cleared") {
		out = append(out, verdictsOf(low)...)
	}
	if strings.Contains(low, "surviv") || strings.Contains(low, "killed") {
		out = append(out, survivalsOf(s)...)
	}
	if strings.Contains(low, "resign") {
		out = append(out, resignationsOf(s)...)
	}
	if strings.Contains(low, "dismiss") || strings.Contains(low, "fire") || strings.Contains(low, "oust") || strings.Contains(low, "sack") {
		out = append(out, dismissalsOf(s)...)
	}
	if strings.Contains(low, "count") || strings.Contains(low, "charges") {
		out = append(out, everyCountOf(low)...)
	}
	if strings.Contains(low, "passed") || strings.Contains(low, "failed") {
		out = append(out, checksOf(low)...)
	}
	if strings.Contains(low, "sign") || strings.Contains(low, "veto") {
		out = append(out, signingsOf(s, low)...)
	}
	if strings.Contains(low, "ed") && (strings.Contains(low, "no ") || hasCount(low)) {
		out = append(out, countedDeedsOf(low)...)
	}
	if mayBeMotion(low) {
		out = append(out, motionsOf(low)...)
	}
	if strings.Contains(low, "scheduled") || strings.Contains(low, "resume") || strings.Contains(low, "bargaining table") || strings.Contains(low, "planned") {
		out = append(out, talksOf(low)...)
	}
	if strings.Contains(low, "appeal") || strings.Contains(low, "supreme court") || strings.Contains(low, "review") || strings.Contains(low, "in court") {
		out = append(out, appealsOf(low)...)
	}
	if strings.Contains(low, "close") || strings.Contains(low, "open") {
		out = append(out, closuresOf(low)...)
	}
	if strings.Contains(low, "custody") || strings.Contains(low, "handcuff") || strings.Contains(low, "jail") ||
		strings.Contains(low, "remanded") || strings.Contains(low, "free") {
		out = append(out, custodyOf(low)...)
	}
	if strings.Contains(low, "held") || strings.Contains(low, "detained") || strings.Contains(low, "released") || strings.Contains(low, "bail") {
		out = append(out, appearancesOf(low)...)
	}
	return out
}

// talksStem marks talks set to go on between two sides of a dispute.
const talksStem = "talks scheduled"

var (
	// talksSet: "are scheduled to resume negotiations on Wednesday", "are
	// set to return to the bargaining table on Monday", "talks will
	// resume Friday".
	talksSet = regexp.MustCompile(`\b(?:(?:are|is|were|was) (?:scheduled|set|expected|due|planning) to (?:resume|return to the bargaining table|meet again|reconvene)|(?:talks|negotiations) (?:will|would) resume)\b`)
	// noTalksSet: "no new bargaining sessions have been scheduled", "no
	// further talks are planned".
	noTalksSet = regexp.MustCompile(`\bno (?:new |further |additional |more )?(?:bargaining |negotiating |contract )?(?:sessions|talks|negotiations|meetings) (?:have been|has been|are|were|had been) (?:scheduled|planned|set)\b`)
)

// talksOf reads whether a lower-case sentence says the two sides of a
// dispute are set to meet again (the claim) or that no meeting is set
// (its denial for every meeting).
func talksOf(low string) []eventClaim {
	return toldOneWay(talksStem, "talks", talksSet.MatchString(low), noTalksSet.MatchString(low))
}

// toldOneWay returns the claim of stem, done to subject, when a sentence
// tells it (yes), its denial for everyone when the sentence denies it
// (no), and nothing when it tells both or neither.
func toldOneWay(stem, subject string, yes, no bool) []eventClaim {
	out := toldOf(stem, subject, yes, no)
	for i := range out {
		if out[i].negative {
			out[i].subject, out[i].universal = "", true
		}
	}
	return out
}

// toldOf is toldOneWay with the denial told of the same subject: of the
// story's one defendant or one site inspected, wherever the denying
// sentence says it happened.
func toldOf(stem, subject string, yes, no bool) []eventClaim {
	switch {
	case yes && no:
		return nil
	case yes:
		return []eventClaim{{stem: stem, subject: subject}}
	case no:
		return []eventClaim{{stem: stem, subject: subject, negative: true}}
	}
	return nil
}

// appealStem marks a losing side's plan to take a ruling or a law to a
// higher court, or to court.
const appealStem = "will appeal"

var (
	// appealing: "would ask the Supreme Court to review the decision",
	// "vowed to take the case to the U.S. Supreme Court", "will appeal",
	// "would challenge the law in court".
	appealing = regexp.MustCompile(`\b(?:(?:would|will) ask the (?:u\.s\. )?supreme court to (?:review|hear|take)|(?:vowed|pledged|promised|plans|intends|planned) to (?:take the case to the (?:u\.s\. )?supreme court|appeal)|(?:would|will) appeal|(?:would|will) challenge (?:the|it|this)(?: [\p{L}-]+){0,2}? in court|(?:would|will) seek (?:further |supreme court )?review)\b`)
	// notAppealing: "would not seek further review", "will not appeal",
	// "had not decided whether to appeal", "would not challenge the law in
	// court", "did not plan to contest it in court", "has no plans to
	// appeal".
	notAppealing = regexp.MustCompile(`\b(?:(?:would|will) not (?:seek (?:further |supreme court )?review|appeal|(?:challenge|contest) (?:the|it|this)(?: [\p{L}-]+){0,2}? in court)|won't appeal|(?:has|had|have) not (?:yet )?decided whether to (?:appeal|seek)|declined to say whether (?:it|he|she|they|the state) would appeal|(?:does|did|do) not (?:plan|intend) to (?:appeal|contest|challenge)|no plans to (?:appeal|contest|challenge))\b`)
)

// appealsOf reads whether a lower-case sentence says the losing side will
// take the matter to a higher court or to court (the claim), or will not
// or has not decided (its denial).
func appealsOf(low string) []eventClaim {
	return toldOf(appealStem, "ruling", appealing.MatchString(low), notAppealing.MatchString(low))
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
var siteNoun = regexp.MustCompile(`\b(?:` + siteNouns + `)\b`)

// siteNouns are the sites a company closes.
const siteNouns = `plants?|factory|factories|centers?|centres?|offices?|stores?|sites?|mines?|hospitals?|branch(?:es)?|facility|facilities|headquarters|warehouses?|mills?|refinery|refineries|shops?|restaurants?`

// closuresOf reads a lower-case sentence's plan to close a site (the
// claim) or to close none or keep one open (its denial for every site).
// A sentence that closes one site and keeps "the other" or "the
// remaining" ones open tells both, and neither is read.
func closuresOf(low string) []eventClaim {
	m := closing.FindStringSubmatch(low)
	keeps := notClosing.MatchString(low) || stayingOpen.MatchString(low) && siteNoun.MatchString(low)
	switch {
	case m != nil && keeps, keeps && (strings.Contains(low, "other") || strings.Contains(low, "remaining") || strings.Contains(low, "rest of")):
		return nil
	case m != nil:
		return []eventClaim{{stem: closureStem, subject: singularSite(m[1])}}
	case keeps:
		// "every store would stay open" keeps stores open, not the
		// headquarters; "any of its sites" keeps every one.
		site := singularSite(siteNoun.FindString(low))
		if site == "" || genericSites[site] {
			return []eventClaim{{stem: closureStem, negative: true, universal: true}}
		}
		return []eventClaim{{stem: closureStem, subject: site, negative: true}}
	}
	return nil
}

// genericSites name any site a company has.
var genericSites = map[string]bool{"site": true, "facility": true}

// singularSite returns a site noun in the singular: "plants" is "plant",
// "facilities" "facility", "branches" "branch".
func singularSite(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "ches"):
		return strings.TrimSuffix(w, "es")
	case w == "headquarters":
		return w
	}
	return strings.TrimSuffix(w, "s")
}

// custodyStem marks what became of a defendant after a verdict: held, or
// left free until sentencing.
const custodyStem = "custody after verdict"

var (
	// heldAfter: "was taken into custody after the verdict was read",
	// "led out of the courtroom in handcuffs", "ordered her jailed
	// pending sentencing", "deputies handcuffed her after the judge
	// revoked her bail".
	heldAfter = regexp.MustCompile(`\b(taken into custody|handcuffed|in handcuffs|ordered (?:him|her|them) (?:jailed|held)|jailed pending|remanded)`)
	// freeUntil: "remains free on bail until sentencing", "allowed Mr.
	// Voskuhl to remain free on bond until then".
	freeUntil = regexp.MustCompile(`\b(remains? free|remained free|to remain free|free on (?:bail|bond) (?:until|pending))`)
)

// custodyOf reads what a lower-case sentence says became of a defendant
// after a verdict: held (the claim) or free (its denial). Only a sentence
// that ties it to the verdict or the sentencing counts: an arrest and a
// release on bail before a trial are two steps, not two accounts.
func custodyOf(low string) []eventClaim {
	tied := strings.Contains(low, "verdict") || strings.Contains(low, "sentencing") || strings.Contains(low, "courtroom") ||
		strings.Contains(low, "revoked") || strings.Contains(low, "convicted")
	if !tied {
		return nil
	}
	// The held one is the story's defendant, however each report names
	// them.
	return toldOneWay(custodyStem, "defendant", heldAfter.MatchString(low), freeUntil.MatchString(low))
}

// outcomeWords are the words an outcome is told with, in lower case.
var outcomeWords = []string{"no ", "No ", "guilty", "acquit", "convicted", "cleared", "surviv", "killed", "resigned", "resignation",
	"dismiss", "fire", "oust", "sack", "counts", "charges", "passed", "failed", "will sign", "veto",
	"amendment", "motion", "resolution", "proposal", "ordinance", "referendum", "custody", "handcuff", "jail",
	"remanded", "free on", "remain free", "remains free", "remained free", "held", "detained", "released", "bail", "close", "shut", "open",
	"scheduled", "resume", "bargaining table", "planned", "appeal", "Supreme Court", "review", "in court"}

// mayTellOutcome reports whether a sentence holds a word of outcomeWords,
// in lower case or opening the sentence, or a verb in the past and a
// number.
func mayTellOutcome(s string) bool {
	for _, w := range outcomeWords {
		if strings.Contains(s, w) || len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
			return true
		}
	}
	// A deed done to things counted: a verb in the past and a count.
	return strings.Contains(s, "ed") && hasCount(s)
}

// countWordsList are the numbers in words that count things (countAt),
// as they stand between two words of a sentence.
var countWordsList = func() []string {
	out := []string{" dozens of ", " scores of ", " hundreds of ", " thousands of "}
	for w := range countNumbers {
		out = append(out, " "+w+" ")
	}
	return out
}()

// hasCount reports whether a sentence may count things: digits with a
// word in lower case after them ("14 homes"), or a number in words.
func hasCount(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',') {
			j++
		}
		if j+1 < len(s) && s[j] == ' ' && s[j+1] >= 'a' && s[j+1] <= 'z' {
			return true
		}
		i = j
	}
	for _, w := range countWordsList {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// verdictStem marks a verdict on a charge; the charge is its subject.
const verdictStem = "verdict"

// verdict matches a verdict and the charges after it: "convicted him of
// fraud and corruption", "acquitted him of money laundering", "found
// Sipho Dlamini guilty of fraud, corruption and money laundering", "was
// found not guilty of murder", "was cleared of all charges".
var verdict = regexp.MustCompile(`\b(convicted|acquitted|cleared|found (?:[\p{L}'’.-]+ ){0,3}?(?:not )?guilty|(?:was|were|is|are) (?:not )?guilty)(?: [\p{L}'’.-]+){0,3}? of ([^.;:]+)`)

// verdictsOf reads the verdicts of a lower-case sentence: one claim for
// each charge, denied for an acquittal. A plea ("pleaded guilty to") is
// no verdict and has no "of".
func verdictsOf(low string) []eventClaim {
	var out []eventClaim
	// "convicted him of fraud and corruption but acquitted him of money
	// laundering": each clause has its verdict.
	for _, clause := range verdictClauses.Split(low, -1) {
		for _, m := range verdict.FindAllStringSubmatch(clause, -1) {
			verb := m[1]
			negative := verb == "acquitted" || verb == "cleared" || strings.Contains(verb, "not guilty")
			if i := strings.Index(clause, m[0]); strings.HasPrefix(verb, "convicted") && i >= 0 && notBefore(clause[:i]) {
				continue
			}
			for _, c := range charges(m[2]) {
				out = append(out, eventClaim{stem: verdictStem, subject: c, negative: negative})
			}
		}
	}
	return out
}

// verdictClauses split a sentence where a second verdict may start.
var verdictClauses = regexp.MustCompile(`; | but | while | whereas |, and `)

// notBefore reports whether the words right before a verdict deny it
// ("was not convicted of").
func notBefore(before string) bool {
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		if ws[k] == "not" || ws[k] == "never" {
			return true
		}
	}
	return false
}

// chargeEnds are the words that end a list of charges: what follows tells
// when, why or what else.
var chargeEnds = map[string]bool{
	"but": true, "for": true, "over": true, "in": true, "on": true, "after": true, "while": true, "when": true,
	"because": true, "saying": true, "which": true, "who": true, "that": true, "as": true, "at": true, "by": true,
	"from": true, "with": true, "before": true, "since": true, "under": true, "during": true, "involving": true,
	"related": true, "linked": true, "tied": true, "stemming": true, "following": true, "than": true,
}

// charges returns the charges of a list ("fraud, corruption and money
// laundering"; "fraud and of paying bribes"), each the first five
// letters of its last word, so that "bribes" and "bribery" are one.
func charges(list string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			w := cur[len(cur)-1]
			if len(w) >= 4 && !textproc.IsStopword(w) && w != "charges" && w != "counts" && w != "count" && w != "charge" {
				out = append(out, w[:min(len(w), 5)])
			}
		}
		cur = cur[:0]
	}
	for _, f := range strings.Fields(list) {
		comma := strings.HasSuffix(f, ",")
		w := strings.Trim(f, ",()\"“”'’")
		if chargeEnds[w] {
			break
		}
		switch w {
		case "and", "or":
			flush()
			continue
		case "of", "a", "an", "the", "all", "two", "three", "one", "several", "multiple":
			continue
		}
		cur = append(cur, w)
		if comma {
			flush()
		}
		if len(out) >= 6 {
			break
		}
	}
	flush()
	return out
}

// killStem is the event of a death that survival denies.
const killStem = "kill"

// killedIncluding matches the person a toll names: "Three people were
// killed, including the train's driver, Giuseppe Ferraro".
var killedIncluding = regexp.MustCompile(`(?i)\b(?:was|were|been) killed,? (?:among them|including) (?:the |a |an )?(?:[\p{L}-]+['’]s )?([\p{L}-]+)`)

// survived matches a subject that survived: "The driver survived with
// serious injuries", "the pilot also survived".
var survived = regexp.MustCompile(`(?i)\b([\p{L}-]+) (?:also |somehow |narrowly |miraculously |had |has )?survived\b`)

// survivalsOf reads who was killed and who survived.
func survivalsOf(s string) []eventClaim {
	var out []eventClaim
	for _, m := range killedIncluding.FindAllStringSubmatch(s, -1) {
		if w := textproc.Fold(strings.ToLower(m[1])); !pronouns[w] && !textproc.IsStopword(w) {
			out = append(out, eventClaim{stem: killStem, subject: w})
		}
	}
	for _, m := range survived.FindAllStringSubmatch(s, -1) {
		w := textproc.Fold(strings.ToLower(m[1]))
		if pronouns[w] || textproc.IsStopword(w) || w == "not" || w == "never" {
			continue
		}
		out = append(out, eventClaim{stem: killStem, subject: w, negative: true}, eventClaim{stem: "death", subject: w, negative: true})
	}
	return out
}

// dismissStem is the event of a dismissal, which a resignation denies:
// "Thibodeau resigned from the cabinet" against "Thibodeau was dismissed
// from the cabinet".
const dismissStem = "dismiss"

// resigned matches a named person who resigned, past an appositive set
// off by commas ("Marc-André Thibodeau, Canada's minister of public
// services, resigned").
var resigned = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?:, [^,]{1,90},)? (?:has |had |abruptly |formally |then )?resigned\b`)

// resignationGiven matches a named person who gave in a resignation
// ("Espinoza submitted his resignation") and resignationTaken one whose
// resignation was accepted ("to accept the resignation of City Manager
// Derek Molina"); the surname is the last group.
var (
	resignationGiven = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?:, [^,]{1,90},)? (?:has |had |abruptly |formally |then )?(?:submitted|tendered|handed in|offered|announced) (?:his|her|their) resignation\b`)
	resignationTaken = regexp.MustCompile(`\baccept(?:ed|s)? (?:the |his |her )?resignation of (?:\p{Lu}[\p{L}.'’-]* ){0,4}(\p{Lu}[\p{L}'’-]+)`)
	// dismissed matches a named person dismissed by someone: "dismissed
	// Espinoza", "voted to fire City Manager Derek Molina", "ousted
	// Interior Minister Raúl Espinoza".
	dismissed = regexp.MustCompile(`\b(?:dismissed|fired|ousted|sacked|(?:to|would|will) (?:dismiss|fire|oust|sack)) (?:\p{Lu}[\p{L}.'’-]* ){0,4}(\p{Lu}[\p{L}'’-]+)`)
)

// resignationsOf reads who resigned, by surname, as denying a dismissal.
func resignationsOf(s string) []eventClaim {
	var out []eventClaim
	for _, re := range []*regexp.Regexp{resigned, resignationGiven, resignationTaken} {
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			w := textproc.Fold(strings.ToLower(m[1]))
			if pronouns[w] || textproc.IsStopword(w) || calendarNames[w] || titles[w] {
				continue
			}
			out = append(out, eventClaim{stem: dismissStem, subject: w, negative: true})
		}
	}
	return out
}

// dismissalsOf reads who was dismissed, by surname, in the active voice
// (the passive is an event claim of its own).
func dismissalsOf(s string) []eventClaim {
	var out []eventClaim
	for _, m := range dismissed.FindAllStringSubmatch(s, -1) {
		w := textproc.Fold(strings.ToLower(m[1]))
		if pronouns[w] || textproc.IsStopword(w) || calendarNames[w] || titles[w] {
			continue
		}
		out = append(out, eventClaim{stem: dismissStem, subject: w})
	}
	return out
}

// adoptStem is the event of a motion adopted, which its defeat denies.
const adoptStem = "adopt"

// motionNouns are what a body votes on.
var motionNouns = map[string]bool{
	"amendment": true, "motion": true, "resolution": true, "proposal": true, "ordinance": true, "referendum": true,
}

// mayBeMotion reports whether a lower-case sentence may tell a motion's
// fate.
func mayBeMotion(low string) bool {
	for n := range motionNouns {
		if strings.Contains(low, n) {
			return true
		}
	}
	return false
}

// motionDefeated matches a motion that failed ("A Greens amendment to end
// that exemption was defeated", "the motion was voted down",
// "Republicans voted down an amendment") and
// motionAdopted one that carried ("accepted a Greens amendment", "the
// motion was adopted"); the noun is the last group.
var (
	motionDefeated = regexp.MustCompile(`\b(amendment|motion|resolution|proposal|ordinance|referendum)(?: [\p{L}'’-]+){0,5}? (?:was|were) (?:narrowly |easily |overwhelmingly )?(?:defeated|rejected|voted down)\b|\b(?:voted down|defeated|rejected)(?: (?:a|an|the|its|their|his|her))?(?: [\p{L}'’-]+){0,2}? (amendment|motion|resolution|proposal|ordinance|referendum)\b`)
	motionAdopted  = regexp.MustCompile(`\b(?:accepted|adopted|approved|carried)(?: (?:a|an|the|its|their|his|her))?(?: [\p{L}'’-]+){0,2}? (amendment|motion|resolution|proposal|ordinance|referendum)\b|\b(amendment|motion|resolution|proposal|ordinance|referendum)(?: [\p{L}'’-]+){0,5}? (?:was|were) (?:narrowly |easily |overwhelmingly )?(?:accepted|adopted|approved|carried)\b`)
)

// motionsOf reads the fate of a motion in a lower-case sentence. Bills
// and measures are left out: a story's bill is often passed by one chamber
// and rejected by another.
func motionsOf(low string) []eventClaim {
	var out []eventClaim
	for _, m := range motionDefeated.FindAllStringSubmatch(low, -1) {
		n := m[1]
		if n == "" {
			n = m[2]
		}
		out = append(out, eventClaim{stem: adoptStem, subject: n, negative: true})
	}
	for _, m := range motionAdopted.FindAllStringSubmatch(low, -1) {
		n := m[1]
		if n == "" {
			n = m[2]
		}
		if strings.Contains(m[0], " not ") {
			continue
		}
		out = append(out, eventClaim{stem: adoptStem, subject: n})
	}
	return out
}

// everyCountStem marks a verdict of guilty on every count, which an
// acquittal on some count denies.
const everyCountStem = "guilty on every count"

var (
	// guiltyOnAll: "found him guilty on all 11 counts", "convicted on
	// all charges", "guilty of all five counts".
	guiltyOnAll = regexp.MustCompile(`\b(?:guilty|convicted(?: [\p{L}'’.-]+){0,2}?) (?:on|of) (?:all|every|each)(?: [\p{L}0-9-]+)? (?:counts?|charges?)\b`)
	// acquittedOfSome: "acquitted him of one count of money laundering",
	// "acquitted her on two of the five counts", "but acquitted him of
	// money laundering", "found not guilty on one count".
	acquittedOfSome = regexp.MustCompile(`\b(?:acquitted|found (?:[\p{L}'’.-]+ ){0,3}?not guilty)(?: (?:him|her|them|it))? (?:of|on) [\p{L}0-9]`)
)

// everyCountOf reads a lower-case sentence's verdict of guilty on every
// count (the claim) or acquittal on some (its denial).
func everyCountOf(low string) []eventClaim {
	return toldOf(everyCountStem, "defendant", guiltyOnAll.MatchString(low), acquittedOfSome.MatchString(low))
}

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

// heldStem marks a defendant held after a first court appearance, which a
// release at that appearance denies.
const heldStem = "held after appearance"

var (
	// heldPending: "was ordered held pending a detention hearing",
	// "ordered detained until trial", "was denied bail".
	heldPending = regexp.MustCompile(`\b(?:ordered (?:(?:him|her|them) )?(?:held|detained|jailed) (?:pending|until|without)|(?:was|were) denied bail|remanded in custody)\b`)
	// releasedAtAppearance: "appeared before a magistrate judge and was
	// released on his own recognizance", "was released after a brief
	// court appearance".
	releasedAtAppearance = regexp.MustCompile(`\breleased (?:on (?:his|her|their) own recognizance|on (?:bail|bond)|after (?:a|his|her|their) (?:brief |short |first )?(?:court )?appearance)\b`)
)

// appearancesOf reads what a lower-case sentence says became of a
// defendant at a first court appearance: held (the claim) or released (its
// denial). A release counts only where the sentence tells the appearance,
// so that a release on bail days after a detention hearing is a later
// step, not another account.
func appearancesOf(low string) []eventClaim {
	released := releasedAtAppearance.MatchString(low) &&
		(strings.Contains(low, "appear") || strings.Contains(low, "magistrate") || strings.Contains(low, "arraign"))
	return toldOf(heldStem, "defendant", heldPending.MatchString(low), released)
}

// signStem marks an executive's word that a measure will be signed, which
// a threat of veto or an undecided executive denies.
const signStem = "signing promised"

var (
	// willSign: "has said he will sign the measure", "has pledged to sign
	// it", "said she would sign the bill".
	willSign = regexp.MustCompile(`\b(?:(?:has |had )?(?:said|says|pledged|promised|vowed|indicated) (?:that )?(?:(?:he|she|they|it) )?(?:will|would) sign|(?:has |had )?(?:pledged|promised|vowed|plans|intends) to sign)\b`)
	// wontSign: "has signaled he may veto the ordinance", "has threatened
	// to veto the measure", "had not decided whether to sign", "has not
	// said whether she will sign".
	wontSign = regexp.MustCompile(`\b(?:(?:signaled|signalled|threatened|warned|hinted|suggested|said) (?:that )?(?:(?:he|she|they|it) )?(?:may |might |could |would |will |to )?veto|(?:has|had|have) not (?:yet )?(?:decided|said) whether (?:to sign|(?:he|she|they|it) (?:will|would) sign)|(?:will|would) not sign)\b`)
)

// signingsOf reads whether sentence s (low in lower case) says an
// executive will sign a measure (the claim) or may veto it or has not
// decided (its denial), of the person it first names: "Smith said she
// will sign" and "Jones has not said whether he will sign" are two
// people's words.
func signingsOf(s, low string) []eventClaim {
	who := firstSurname(s)
	if who == "" {
		return nil
	}
	return toldOf(signStem, who, willSign.MatchString(low), wontSign.MatchString(low))
}

// firstSurname returns the last word, folded, of the first name a
// sentence gives past its titles ("Mayor Gabriel Arruda, a Democrat, …":
// "arruda"; "Mayor Rachel Okonjo's office said …": "okonjo"), or "".
func firstSurname(s string) string {
	last := ""
	for _, w := range strings.Fields(s) {
		bare := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ",;:\"“”‘’()"), "'s"), "’s")
		r, _ := utf8.DecodeRuneInString(bare)
		low := textproc.Fold(strings.ToLower(strings.TrimSuffix(bare, ".")))
		if !unicode.IsUpper(r) || textproc.IsStopword(low) || titles[low] {
			if last != "" {
				break
			}
			continue
		}
		last = low
		if bare != strings.Trim(w, "\"“”‘’()") {
			// A comma or a possessive ends the name.
			break
		}
	}
	return last
}

// countedDeedsOf reads a deed done to things counted in a lower-case
// sentence ("destroyed at least six homes", "40 buildings were damaged")
// as a claim, and one done to none of them ("no homes had been
// destroyed") as its denial: an event of the verb's stem, done to the
// things' noun.
func countedDeedsOf(low string) []eventClaim {
	var out []eventClaim
	add := func(verb, noun string, negative bool) {
		noun = strings.TrimSuffix(noun, "s")
		if len(noun) < 3 || textproc.IsStopword(noun) {
			return
		}
		if v, ok := strings.CutSuffix(verb, "ing"); ok {
			verb = v + "ed"
		}
		out = append(out, eventClaim{stem: "counted " + eventStem(verb), subject: noun, negative: negative})
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
		if k < len(ws) && past(ws[k]) {
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
