package discrepancy

import (
	"regexp"
	"strings"

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
	if strings.Contains(low, "guilty") || strings.Contains(low, "acquit") || strings.Contains(low, "convict") || strings.Contains(low, "cleared") {
		out = append(out, verdictsOf(low)...)
	}
	if strings.Contains(low, "surviv") || strings.Contains(low, "killed") || strings.Contains(low, "condition") || strings.Contains(low, "among the") {
		out = append(out, survivalsOf(s)...)
	}
	if strings.Contains(low, "unhurt") || strings.Contains(low, "unharmed") || strings.Contains(low, "unscathed") ||
		strings.Contains(low, "scratch") || strings.Contains(low, "injur") || strings.Contains(low, "among") {
		out = append(out, injuriesOf(s)...)
	}
	if strings.Contains(low, "conced") || strings.Contains(low, "result") || strings.Contains(low, "outcome") ||
		strings.Contains(low, "count") || strings.Contains(low, "tally") {
		out = append(out, concessionsOf(s)...)
	}
	if strings.Contains(low, "resign") || strings.Contains(low, "stepped down") {
		out = append(out, resignationsOf(s)...)
	}
	if strings.Contains(low, "dismiss") || strings.Contains(low, "fire") || strings.Contains(low, "oust") || strings.Contains(low, "sack") || strings.Contains(low, "removed from") || strings.Contains(low, "dropped from") || strings.Contains(low, "terminat") {
		out = append(out, dismissalsOf(s)...)
	}
	if strings.Contains(low, "count") || strings.Contains(low, "charges") {
		out = append(out, everyCountOf(low)...)
	}
	if strings.Contains(low, "released") || strings.Contains(low, "freed") || strings.Contains(low, "discharged") || strings.Contains(low, "walked out") ||
		strings.Contains(low, "stepped out") || strings.Contains(low, "remain") || strings.Contains(low, "still") || strings.Contains(low, "stay") {
		out = append(out, releasesOf(s, low)...)
	}
	if strings.Contains(low, "at large") || strings.Contains(low, "arrest") {
		out = append(out, atLargeOf(low)...)
	}
	if strings.Contains(low, "murder") || strings.Contains(low, "manslaughter") {
		out = append(out, killingChargesOf(low)...)
	}
	if strings.Contains(low, "passed") || strings.Contains(low, "failed") {
		out = append(out, checksOf(low)...)
	}
	if strings.Contains(low, "exempt") || strings.Contains(low, "exception") || strings.Contains(low, "apply to") || strings.Contains(low, "applies to") {
		out = append(out, exemptionsOf(s, low)...)
	}
	if strings.Contains(low, "sign") || strings.Contains(low, "veto") {
		out = append(out, signingsOf(s, low)...)
	}
	if (strings.Contains(low, "ed") || strings.Contains(low, "lost")) && (strings.Contains(low, "no ") || hasCount(low)) {
		out = append(out, countedDeedsOf(low)...)
	}
	if strings.Contains(low, "put off") || strings.Contains(low, "postpone") || strings.Contains(low, "delay") || strings.Contains(low, "table") ||
		strings.Contains(low, "defer") || strings.Contains(low, "approved") || strings.Contains(low, "rejected") {
		out = append(out, decisionsOf(s)...)
	}
	if strings.Contains(low, "contain") || strings.Contains(low, "control") || strings.Contains(low, "extinguish") || strings.Contains(low, "put out") {
		out = append(out, containmentsOf(low)...)
	}
	if strings.Contains(low, " to approve") || strings.Contains(low, " to reject") || strings.Contains(low, " to deny") || strings.Contains(low, " to veto") {
		out = append(out, approvalsOf(low)...)
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
	if strings.Contains(low, "close") || strings.Contains(low, "open") || strings.Contains(low, "shut") {
		out = append(out, closuresOf(low)...)
		out = append(out, namedClosuresOf(s)...)
	}
	if strings.Contains(low, "custody") || strings.Contains(low, "handcuff") || strings.Contains(low, "jail") ||
		strings.Contains(low, "remanded") || strings.Contains(low, "free") {
		out = append(out, custodyOf(low)...)
	}
	if strings.Contains(low, "held") || strings.Contains(low, "detained") || strings.Contains(low, "released") || strings.Contains(low, "bail") {
		out = append(out, appearancesOf(low)...)
	}
	if strings.Contains(low, "record") || strings.Contains(low, "forecast") || strings.Contains(low, "estimate") || strings.Contains(low, "expect") ||
		strings.Contains(low, "projection") || strings.Contains(low, "consensus") || strings.Contains(low, "target") || strings.Contains(low, "goal") {
		out = append(out, marksOf(low)...)
	}
	return out
}

// outcomeWords are the words an outcome is told with, in lower case.
var outcomeWords = []string{"no ", "No ", "guilty", "murder", "manslaughter", "at large", "escaped arrest", "evaded arrest",
	"freed", "discharged", "walked out", "stepped out", "remain", "still", "stay", "acquit", "convict", "cleared", "surviv", "killed", "resigned", "resignation",
	"dismiss", "fire", "terminat", "dropped from", "stepped down", "uninjured", "unhurt", "unharmed", "unscathed", "without a scratch", "injury", "among the", "among those", "oust", "sack", "counts", "charges", "passed", "failed", "approved", "rejected", "put off", "postpone", "delay", "tabled", "to table", "defer", "will sign", "signed into", "signed the", "without signing", "to sign", "not signed", "veto", "exempt", "exception", "apply to", "applies to", " condition",
	"amendment", "motion", "resolution", "proposal", "ordinance", "referendum", "custody", "handcuff", "jail",
	"remanded", "free on", "remain free", "remains free", "remained free", "held", "detained", "released", "bail", "close", "shut", "open",
	"scheduled", "resume", "bargaining table", "planned", "appeal", "Supreme Court", "review", "in court",
	"conceded", "disputed", "refused to", "removed from", "record", "forecast", "estimate", "expect", "projection", "consensus", "target", "goal",
	"contained", "control", "extinguish", "put out", "to approve", "to reject", "to deny", "to veto"}

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

// subjectClaims returns a claim of stem, denied or not, for each match of
// the expressions in s, of the subject each match's first group names,
// folded; a pronoun, a function word, a day or a title names no one.
func subjectClaims(s, stem string, negative bool, res ...*regexp.Regexp) []eventClaim {
	var out []eventClaim
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			w := textproc.Fold(strings.ToLower(m[1]))
			if pronouns[w] || textproc.IsStopword(w) || calendarNames[w] || titles[w] {
				continue
			}
			out = append(out, eventClaim{stem: stem, subject: w, negative: negative})
		}
	}
	return out
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
