package discrepancy

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck/analyze/entities"
	"crosscheck/internal/textproc"
)

// Outcomes of office and of votes (see outcomesOf): a resignation or a
// dismissal, a motion adopted or defeated, an executive's word to sign,
// talks set to resume.

// dismissStem is the event of a dismissal, which a resignation denies:
// "Thibodeau resigned from the cabinet" against "Thibodeau was dismissed
// from the cabinet".
const dismissStem = "dismiss"

// resigned matches a named person who resigned or stepped down, past an
// appositive set off by commas ("Marc-André Thibodeau, Canada's minister
// of public services, resigned") or in a relative clause ("Graham Tully,
// who resigned from the ministry"), or the name that closes one ("Argentina's
// economy minister, Martín Ezcurra, resigned").
var resigned = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?:, [^,]{1,90},|,)? (?:who )?(?:has |had |abruptly |formally |then )?(?:resigned|stepped down)\b`)
})

// resignationGiven matches a named person who gave in a resignation
// ("Espinoza submitted his resignation"), past an appositive or the name
// that closes one ("Kenya's finance minister, Daniel Karanja, announced
// his resignation"), and resignationTaken one whose
// resignation was accepted ("to accept the resignation of City Manager
// Derek Molina"); the surname is the last group.
var (
	resignationGiven = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?:, [^,]{1,90},|,)? (?:has |had |abruptly |formally |then )?(?:submitted|tendered|handed in|offered|announced) (?:his|her|their) resignation\b`)
	resignationTaken = regexp.MustCompile(`\baccept(?:ed|s)? (?:the |his |her )?resignation of (?:\p{Lu}[\p{L}.'’-]* ){0,4}(\p{Lu}[\p{L}'’-]+)`)
	// dismissed matches a named person dismissed by someone: "dismissed
	// Espinoza", "voted to fire City Manager Derek Molina", "ousted
	// Interior Minister Raúl Espinoza", "fired her economy minister,
	// Martín Ezcurra".
	dismissed = regexp.MustCompile(`\b(?:dismissed|fired|ousted|sacked|(?:to|would|will) (?:dismiss|fire|oust|sack)) (?:(?:his|her|its|their|the) (?:[\p{L}-]+ ){0,3}[\p{L}-]+, )?(?:\p{Lu}[\p{L}.'’-]* ){0,4}(\p{Lu}[\p{L}'’-]+)`)
	// dismissedNamed matches a name dismissed in the passive, past what
	// commas set off after it: "Gregory Saltonstall, the head of the
	// agency, was fired on Oct. 12".
	// "was removed from office" is a dismissal too.
	// contractEnded matches a named person whose contract their
	// employer ended: "voted to terminate Superintendent Marcus Hale's
	// contract", "terminated the contract of coach Luis Ortega".
	contractEnded = []*regexp.Regexp{
		regexp.MustCompile(`\bterminat(?:e|ed|es|ing) (?:\p{Lu}[\p{L}.'’-]* ){0,4}(\p{Lu}[\p{L}'’-]+)(?:'s|’s) (?:contract|employment)\b`),
		regexp.MustCompile(`\bterminat(?:e|ed|es|ing) the (?:contract|employment) of (?:[\p{L}.'’-]+ ){0,4}?(\p{Lu}[\p{L}'’-]+)\b(?: [^\p{Lu}]|[,.;]|$)`),
	}
	dismissedNamed = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?:, [^,]{1,90},|, who)? (?:was|has been|had been) (?:abruptly |summarily |effectively )?(?:dismissed|fired|ousted|sacked|(?:removed|dropped) from (?:office|power|the (?:cabinet|government|ministry)|(?:his|her|their) (?:post|job|position|seat)))\b`)
)

// concedeStem is the event of a candidate's concession, which a
// rejection of the result denies: "Mr. Mulenga conceded defeat" against
// "Mulenga rejected the results".
const concedeStem = "concede"

// concessionPatterns are, compiled on first use (few stories tell an
// election's result), conceded, which matches a named person who
// conceded, past an appositive set off by commas, and concessionRefused,
// one who rejected or disputed the result or refused to concede. The
// surname is the first group.
var concessionPatterns = sync.OnceValues(func() (*regexp.Regexp, *regexp.Regexp) {
	conceded := regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?:, [^,]{1,90},)? (?:has |had |quickly |swiftly |publicly |formally )?conceded\b`)
	concessionRefused := regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?:, [^,]{1,90},)? (?:has |had |flatly |swiftly |publicly )?(?:(?:rejected|disputed|refused to accept|refused to recognize|refused to recognise) (?:the |these |those )?(?:official |provisional |preliminary |final )?(?:results?|outcome|count|tally)|refused to concede)\b`)
	return conceded, concessionRefused
})

// concessionsOf reads who conceded an election and who would not, by
// surname.
func concessionsOf(s string) []eventClaim {
	conceded, refused := concessionPatterns()
	return append(subjectClaims(s, concedeStem, false, conceded), subjectClaims(s, concedeStem, true, refused)...)
}

// resignationsOf reads who resigned, by surname, as denying a dismissal.
func resignationsOf(s string) []eventClaim {
	return subjectClaims(s, dismissStem, true, resigned(), resignationGiven, resignationTaken)
}

// dismissalsOf reads who was dismissed, by surname: in the active voice,
// or in the passive of a name (the passive of a common noun is an event
// claim of its own).
func dismissalsOf(s string) []eventClaim {
	return subjectClaims(s, dismissStem, false, append([]*regexp.Regexp{dismissed, dismissedNamed}, contractEnded...)...)
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

// decidedStem marks a body's decision on a measure, which its putting the
// decision off denies.
const decidedStem = "decided"

var (
	// bodyDecided: "The Charlotte City Council on Tuesday approved a
	// rezoning", "the board narrowly rejected the plan" (a measure
	// "passed" is one chamber's step, which the other may put off).
	bodyDecided = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?: (?:on |late |early )?\p{Lu}\p{Ll}+day)? (?:unanimously |narrowly |overwhelmingly |formally |also )?(?:approved|rejected) (?:a|an|the)\b`)
	// bodyDeferred: "the Charlotte City Council voted Sept. 16 to put off
	// a decision", "the board postponed a vote".
	bodyDeferred = regexp.MustCompile(`(\p{Lu}[\p{L}'’-]+)(?: \p{Ll}+| \d+| \p{Lu}\p{Ll}*\.| \p{Lu}\p{Ll}+day){0,4}? (?:voted (?:[\p{L}.\d]+ ){0,3}to )?(?:put off|postponed?|delay(?:ed)?|tabled?|deferred|defer) (?:a |its |the |any )?(?:final )?(?:decision|vote|action)\b`)
)

// decisionsOf reads a body's decision on a measure (the claim) or its
// putting the decision off (the denial), by the body's last capitalised
// word.
func decisionsOf(s string) []eventClaim {
	out := append(subjectClaims(s, decidedStem, false, bodyDecided), subjectClaims(s, decidedStem, true, bodyDeferred)...)
	for i := range out {
		if parliaments[out[i].subject] {
			out[i].subject = "parliament"
		}
	}
	return out
}

// parliaments are the words a report may name a country's legislature by:
// "The National Assembly approved the bill", "Parliament postponed a vote
// on the bill".
var parliaments = map[string]bool{"parliament": true, "assembly": true, "legislature": true}

// signedStem marks a measure an executive signed, which a veto or a
// measure sent back unsigned denies.
const signedStem = "signed"

var (
	// signedMeasure: "signed the finance bill", "signed into law a
	// package of tax increases", "signed the measure on Tuesday".
	signedMeasure = regexp.MustCompile(`\bsigned (?:into law|the (?:[\p{L}-]+ ){0,3}(?:bill|measure|legislation|budget|law|ordinance))\b`)
	// unsigned: "vetoed the bill", "returned a contentious finance bill
	// to Parliament without signing it", "refused to sign", "has yet to
	// sign it", "has not signed".
	unsigned = regexp.MustCompile(`\b(?:vetoed|without signing|refused to sign|declined to sign|(?:has|have|had) yet to sign|(?:has|have|had) not (?:yet )?signed)\b`)
)

// signingsOf reads whether sentence s (low in lower case) says an
// executive will sign a measure (the claim) or may veto it or has not
// decided (its denial), and whether the executive signed one or vetoed
// it or sent it back unsigned, of the person it first names: "Smith said she
// will sign" and "Jones has not said whether he will sign" are two
// people's words.
func signingsOf(s, low string) []eventClaim {
	var out []eventClaim
	for _, k := range []struct {
		stem    string
		yes, no *regexp.Regexp
		said    bool
	}{{signStem, willSign, wontSign, true}, {signedStem, signedMeasure, unsigned, false}} {
		yes, no := k.yes.FindStringIndex(low), k.no.FindStringIndex(low)
		if yes == nil && no == nil {
			continue
		}
		at := yes
		if at == nil {
			at = no
		}
		// Whose word it is: the name right before it ("setting up a
		// showdown with Gov. Renata Alcott, who has threatened to veto
		// it"), else the sentence's first, whose deed a signing is.
		who := ""
		if k.said && len(low) == len(s) {
			who = nameBefore(s[:at[0]])
		}
		// "which the president signed into law", "but the president
		// has yet to sign it": the executive named by office.
		if who == "" {
			who = executiveBefore(low[:at[0]])
		}
		if who == "" {
			who = firstSurname(s)
		}
		if who != "" {
			out = append(out, toldOf(k.stem, who, yes != nil, no != nil)...)
		}
	}
	return out
}

// executives are the offices that sign measures into law.
var executives = map[string]bool{"president": true, "governor": true, "mayor": true, "premier": true, "king": true, "queen": true}

// executiveBefore returns the office of executives that the last two
// words of a lower-case text name ("the president", "the governor
// has"), or "".
func executiveBefore(low string) string {
	ws := strings.Fields(low)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		if w := strings.Trim(ws[k], ",;:"); executives[w] {
			return w
		}
	}
	return ""
}

// nameBefore returns the last word, folded, of the name nearest the end
// of a text, within nameWindow words and past a party ("Gov. Renata
// Alcott, a Democrat, has said", "Gov. Renata Alcott (D), who has
// said"), or "".
func nameBefore(text string) string {
	ws := strings.Fields(text)
	for k, n := len(ws)-1, 0; k >= 0 && n < nameWindow; k, n = k-1, n+1 {
		bare := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(ws[k], ",;:\"“”‘’()"), "'s"), "’s")
		low := textproc.Fold(strings.ToLower(strings.TrimSuffix(bare, ".")))
		r, _ := utf8.DecodeRuneInString(bare)
		if len(low) < 3 || textproc.IsStopword(low) || titles[low] || partyWords[low] || calendarNames[low] || entities.IsQualifier(low) {
			continue
		}
		// Only auxiliaries, "who" and a party stand between the name
		// and the words it said.
		if !unicode.IsUpper(r) {
			return ""
		}
		return low
	}
	return ""
}

// nameWindow bounds how far before a phrase nameBefore looks.
const nameWindow = 6

// firstSurname returns the last word, folded, of the first name a
// sentence gives past its dateline and titles ("Mayor Gabriel Arruda, a
// Democrat, …": "arruda"; "Mayor Rachel Okonjo's office said …":
// "okonjo"; "Kenya's President Peter Wanjala": "wanjala"), or "".
func firstSurname(s string) string {
	last := ""
	ws := strings.Fields(textproc.TrimDateline(s))
	for k, w := range ws {
		bare := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ",;:\"“”‘’()"), "'s"), "’s")
		r, _ := utf8.DecodeRuneInString(bare)
		low := textproc.Fold(strings.ToLower(strings.TrimSuffix(bare, ".")))
		if !unicode.IsUpper(r) || textproc.IsStopword(low) || titles[low] || partyWords[low] {
			if last != "" {
				break
			}
			continue
		}
		last = low
		if bare != strings.Trim(w, "\"“”‘’()") {
			// A possessive before a title is whose the title is
			// ("Kenya's President Peter Wanjala"); it and a comma
			// otherwise end the name.
			if k+1 < len(ws) && !strings.HasSuffix(w, ",") && titles[strings.ToLower(strings.TrimSuffix(ws[k+1], "."))] {
				last = ""
				continue
			}
			break
		}
	}
	return last
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

// exemptStem marks a group a rule or an order leaves out, which a report
// that says the rule applies to the group, or makes no exception for it,
// denies.
const exemptStem = "exempt"

var (
	// exemptsGroup: "exempts unaccompanied children", "would exempt
	// small farms".
	exemptsGroup = regexp.MustCompile(`\bexempts? ([\p{L}'’-]+)`)
	// groupExempt: "Canada and Mexico will be exempt from the increase",
	// "students are exempt".
	groupExempt = regexp.MustCompile(`([\p{L}'’-]+)(?: and [\p{L}'’-]+)?(?: [\p{L}'’-]+)? (?:will be|would be|are|is|remain|will remain) exempt\b`)
	// appliesTo: "will also apply to unaccompanied minors", "makes no
	// exception for Canada".
	appliesTo = regexp.MustCompile(`\b(?:(?:will|would) (?:also )?apply to|also appl(?:y|ies) to|makes? no exceptions? for|with no exceptions? for) ([\p{L}'’-]+)`)
)

// exemptionsOf reads a group that sentence s (low in lower case) says is
// exempt (the claim) and one it says a rule applies to or makes no
// exception for (its denial), keyed by the group's first word as written
// ("unaccompanied children" and "unaccompanied minors" are one group).
func exemptionsOf(s, low string) []eventClaim {
	var out []eventClaim
	add := func(w string, negative bool) {
		k := textproc.Fold(strings.ToLower(w))
		if len(k) < 3 || textproc.IsStopword(k) || pronouns[k] {
			return
		}
		out = append(out, eventClaim{stem: exemptStem, subject: k, negative: negative})
	}
	for _, m := range exemptsGroup.FindAllStringSubmatch(low, -1) {
		add(m[1], false)
	}
	for _, m := range groupExempt.FindAllStringSubmatch(s, -1) {
		add(m[1], false)
	}
	for _, m := range appliesTo.FindAllStringSubmatch(low, -1) {
		add(m[1], true)
	}
	return out
}

// approvalStem marks a measure approved, which its rejection denies.
const approvalStem = "approved a measure"

// approvalVerbs approve or reject what follows them, by their polarity:
// "voted 5-2 to approve the rezoning", "voted to deny the rezoning".
var approvalVerbs = map[string]bool{
	"approve": true, "approved": true, "approves": true,
	"reject": false, "rejected": false, "rejects": false, "deny": false, "denied": false, "denies": false,
	"veto": false, "vetoed": false,
}

// revisedWords tell one version of a measure from another ("the revised
// plan", "the original proposal"): an approval of one says nothing of the
// other.
var revisedWords = map[string]bool{
	"revised": true, "original": true, "amended": true, "new": true, "earlier": true, "first": true, "second": true,
	"final": true, "initial": true, "alternative": true, "scaled-back": true, "modified": true,
}

// maxApprovalWords bounds the words of what a verb approves.
const maxApprovalWords = 3

// approvalsOf reads the measures a lower-case sentence tells approved
// (the claims) or rejected (their denials), by the measure's head noun:
// "voted 5-2 to approve the rezoning of a former golf course" against
// "voted to deny the rezoning". Only a vote or a decision to do it is read
// ("voted 5-2 to", "decided to"), whoever voted: the head noun names the
// measure. A sentence that tells one measure both ways (two versions of
// it) tells neither, nor does one that names a version ("the revised
// plan").
func approvalsOf(low string) []eventClaim {
	ws := strings.Fields(low)
	var out []eventClaim
	seen := map[string]int{} // head: 1 approved, 2 rejected
	for i, w := range ws {
		yes, ok := approvalVerbs[w]
		if !ok || i == 0 || !voteBefore(ws[:i]) {
			continue
		}
		var obj []string
		k := i + 1
		if k < len(ws) && (ws[k] == "the" || ws[k] == "a" || ws[k] == "an" || ws[k] == "its" || ws[k] == "their") {
			k++
		}
		for ; k < len(ws) && len(obj) < maxApprovalWords; k++ {
			t := strings.Trim(ws[k], ",.;:\"“”")
			// "the landfill permit sought by …", "the plan backed by …": a
			// participle ends it.
			participle := strings.HasSuffix(t, "ed") || strings.HasSuffix(t, "ing") || k+1 < len(ws) && ws[k+1] == "by"
			// A function word ("of", "for", "by") ends it too.
			if t == "" || textproc.IsStopword(t) || len(obj) > 0 && participle {
				break
			}
			obj = append(obj, t)
			if t != ws[k] {
				break
			}
		}
		if len(obj) == 0 || slices.ContainsFunc(obj, func(o string) bool { return revisedWords[o] }) {
			continue
		}
		head := singular(obj[len(obj)-1])
		if yes {
			seen[head] |= 1
		} else {
			seen[head] |= 2
		}
	}
	for head, v := range seen {
		if v == 3 {
			continue
		}
		out = append(out, eventClaim{stem: approvalStem, subject: head, negative: v == 2})
	}
	slices.SortFunc(out, func(a, b eventClaim) int { return strings.Compare(a.subject, b.subject) })
	return out
}

// voteBefore reports whether the words before an approving verb make it
// a vote's or a decision's: "voted 5-2 to", "voted on Tuesday to".
func voteBefore(ws []string) bool {
	if len(ws) == 0 || ws[len(ws)-1] != "to" {
		return false
	}
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-6; k-- {
		switch ws[k] {
		case "voted", "votes", "vote", "decided", "agreed":
			return true
		}
	}
	return false
}
