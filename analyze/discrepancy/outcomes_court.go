package discrepancy

import (
	"regexp"
	"strings"
	"sync"

	"crosscheck/internal/textproc"
)

// Outcomes of a trial and of the court days around it (see outcomesOf):
// verdicts on each charge and on every count, the defendant held or free
// after the verdict or a first appearance, and a ruling appealed or not.

// verdictStem marks a verdict on a charge; the charge is its subject.
const verdictStem = "verdict"

// verdict matches a verdict and the charges after it: "convicted him of
// fraud and corruption", "after convicting him of bribery", "acquitted
// him of money laundering", "found
// Sipho Dlamini guilty of fraud, corruption and money laundering", "was
// found not guilty of murder", "was cleared of all charges".
var verdict = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(convicted|convicting|acquitted|acquitting|cleared|found (?:[\p{L}'’.-]+ ){0,3}?(?:not )?guilty|(?:was|were|is|are) (?:not )?guilty)(?: [\p{L}'’.-]+){0,3}? of ([^.;:]+)`)
})

// verdictsOf reads the verdicts of a lower-case sentence: one claim for
// each charge, denied for an acquittal. A plea ("pleaded guilty to") is
// no verdict and has no "of".
func verdictsOf(low string) []eventClaim {
	var out []eventClaim
	// "convicted him of fraud and corruption but acquitted him of money
	// laundering": each clause has its verdict.
	for _, clause := range verdictClauses().Split(low, -1) {
		for _, m := range verdict().FindAllStringSubmatch(clause, -1) {
			verb := m[1]
			negative := strings.HasPrefix(verb, "acquitt") || verb == "cleared" || strings.Contains(verb, "not guilty")
			if i := strings.Index(clause, m[0]); strings.HasPrefix(verb, "convict") && i >= 0 && notBefore(clause[:i]) {
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
var verdictClauses = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`; | but | while | whereas |, and `) })

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

// killingStem marks the charge a killing is prosecuted as: a defendant
// is charged with murder or with manslaughter for one death, and with
// murder of one degree. killingVerdictStem marks what the defendant was
// found guilty of, which may differ from the charge ("charged with
// first-degree murder", "convicted of second-degree murder").
const (
	killingStem        = "charged with killing as"
	killingVerdictStem = "convicted of killing as"
)

// killingCharge matches a charge of a killing and its degree: "was
// charged with murder", "charged with one count of second-degree
// murder", "faces a manslaughter charge". killingVerdict matches a
// verdict or a plea of guilty: "was convicted on Tuesday of second-degree
// murder", "found a man guilty of first-degree murder", "pleaded guilty
// to manslaughter".
var (
	killingCharge = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(?:charged with (?:(?:one|two|three|\d+) counts? of )?|fac(?:es|ed|ing|e) (?:a |an )?)(?:(first|second|third)[- ]degree )?(murder|manslaughter)\b`)
	})
	killingVerdict = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(?:convicted (?:[\p{L}.]+ ){0,3}?of|found (?:[\p{L}.]+ ){0,3}?guilty of|pleaded guilty to|pleads guilty to) (?:(?:one|two|three|\d+) counts? of )?(?:(first|second|third)[- ]degree )?(murder|manslaughter)\b`)
	})
)

// killingChargesOf reads the charge of a killing a lower-case sentence
// gives, and the verdict: the charge and its degree claimed, the other
// charge and the other degrees denied. A sentence that gives both charges
// ("charged with murder and, alternatively, manslaughter") gives none.
func killingChargesOf(low string) []eventClaim {
	if !strings.Contains(low, "murder") && !strings.Contains(low, "manslaughter") || strings.Contains(low, "murder") && strings.Contains(low, "manslaughter") {
		return nil
	}
	var out []eventClaim
	for _, k := range []struct {
		re   *regexp.Regexp
		stem string
	}{{killingCharge(), killingStem}, {killingVerdict(), killingVerdictStem}} {
		ms := k.re.FindAllStringSubmatch(low, -1)
		if len(ms) != 1 {
			continue
		}
		degree, charge := ms[0][1], ms[0][2]
		for _, c := range []string{"murder", "manslaughter"} {
			out = append(out, eventClaim{stem: k.stem, subject: c, negative: c != charge})
		}
		if degree != "" {
			for _, d := range []string{"first", "second", "third"} {
				out = append(out, eventClaim{stem: k.stem, subject: d + "-degree " + charge, negative: d != degree})
			}
		}
	}
	return out
}

// atLarge matches someone told not caught, which an arrest denies: "the
// owner of the building remained at large", "the gunman is still at
// large", "the driver escaped arrest", "the driver fled on foot and
// remains at large", "the gunman, Dale Whitcomb, remains at large". The
// word before the verb, or before the comma that closes an apposition, is
// the subject, as the passive of an arrest reads it ("the owner of the
// building had been arrested": "building").
var atLarge = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b([\p{L}'’-]+),? (?:\p{Ll}+ed(?: [\p{L}'’-]+){0,3} and )?(?:(?:has|have|had) )?(?:(?:remained|remains|remain|is|was|were|are|has been|have been|had been)(?: still)? at large|(?:escaped|evaded) arrest)\b`)
})

// arrestStem is the event of an arrest, as passive claims read it.
const arrestStem = "arrest"

// atLargeOf reads who a lower-case sentence tells not caught: a denial
// of their arrest.
func atLargeOf(low string) []eventClaim {
	var out []eventClaim
	for _, ix := range atLarge().FindAllStringSubmatchIndex(low, -1) {
		if w := low[ix[2]:ix[3]]; !textproc.IsStopword(w) && !pronouns[w] {
			// "Both men remained at large": each of them, whoever a
			// report names as caught.
			before := lastWords(low[:ix[2]], 1)
			group := len(before) == 1 && (before[0] == "both" || before[0] == "all") && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men"))
			out = append(out, eventClaim{stem: arrestStem, subject: w, negative: true, group: group})
		}
	}
	return out
}

// Releases from custody and from hospital, and their denials: "was freed
// on bail", "walked out of Adiala jail" against "he remained in custody";
// "was treated for minor injuries and released" against "remained
// hospitalized in critical condition". Each is a stem of its own, so that
// a release from hospital is never read against a stay in jail.
const (
	custodyReleaseStem  = "released from custody"
	hospitalReleaseStem = "released from hospital"
)

var (
	// released matches someone released, the word before the verb its
	// subject, when what follows tells no thing released ("released a
	// statement"): "was released on bail", "were freed late Tuesday",
	// "was discharged.".
	released = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b([\p{L}\p{N}'’.-]+,?) (?:(?:was|were|has been|have been|had been|is|are) )?(?:later )?(?:released|freed|discharged)(?: (?:on|from|after|without|late|early|hours|shortly|pending|under|in|with)\b|[,.;]|$)`)
	})
	// walkedOut matches someone who left jail: "Mr. Qureshi walked out
	// of Adiala jail".
	walkedOut = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b([\p{L}\p{N}'’.-]+,?) (?:walked|stepped) out of (?:[\p{L}'’-]+ ){0,2}(?:jail|prison|detention)\b`)
	})
	// stillHeld matches someone still held: "he remained in custody",
	// "remains in ICE custody", "remains behind bars", "was still in jail"; stillInHospital one
	// still in hospital: "remained hospitalized", "is still in the
	// hospital".
	stillHeld = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b([\p{L}\p{N}'’.-]+,?) (?:remained|remains|remain|(?:is|was|were|are) still|stayed|stays) (?:in (?:[\p{L}.'’-]+ ){0,2}(?:custody|detention)|in jail|in prison|behind bars|detained|jailed)\b`)
	})
	stillInHospital = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b([\p{L}\p{N}'’.-]+,?) (?:remained|remains|remain|(?:is|was|were|are) still|stayed|stays) (?:hospitali[sz]ed|in (?:the )?hospital)\b`)
	})
)

// passiveSubject matches the first passive of a text and the word before
// it: "The driver was treated": "driver".
var passiveSubject = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b([\p{L}'’-]+,?) (?:was|were|has been|have been|had been) `)
})

// custodyWords and hospitalWords tell which a release in a sentence is
// from.
var (
	custodyWords  = []string{"jail", "prison", "custody", "bail", "bond", "detention", "detained", "arrest", "charge", "police", "court"}
	hospitalWords = []string{"hospital", "treated", "injur", "condition", "wounded", "medical", "discharged"}
)

// releasesOf reads who a sentence s (low in lower case) tells released
// from custody or from hospital (the claims) and who it tells still held
// or still in hospital (their denials). A pronoun subject is the last name the
// sentence gave before it ("granted bail to Farhan Qureshi, but he
// remained in custody"). A sentence that tells both gives none; a
// release it cannot place is told of both.
func releasesOf(s, low string) []eventClaim {
	has := func(ws []string) bool {
		for _, w := range ws {
			if strings.Contains(low, w) {
				return true
			}
		}
		return false
	}
	custody, hospital := has(custodyWords), has(hospitalWords)
	var out []eventClaim
	add := func(re *regexp.Regexp, stem string, negative bool) {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			raw := s[m[2]:m[3]]
			// "The driver was treated for minor injuries and released":
			// the passive's subject.
			if raw == "and" {
				raw = ""
				if p := passiveSubject().FindStringSubmatch(s[:m[2]]); p != nil {
					raw = p[1]
				}
			}
			w := strings.ToLower(strings.Trim(raw, ".,'’"))
			switch {
			case strings.HasSuffix(raw, ","):
				// "The driver, Dale Henshaw, 58, remained hospitalized":
				// an apposition closes before the verb, and the subject
				// is the word before it that the sentence opens on.
				w = ""
				if head, _, ok := strings.Cut(textproc.TrimDateline(s), ", "); ok && len(strings.Fields(head)) <= 4 {
					w = strings.ToLower(lastField(head))
				}
			case pronouns[w]:
				w = strings.ToLower(lastCapitalised(s[:m[2]]))
			}
			w = textproc.Fold(w)
			if w == "" || pronouns[w] || textproc.IsStopword(w) || calendarNames[w] || titles[w] {
				continue
			}
			out = append(out, eventClaim{stem: stem, subject: w, negative: negative})
		}
	}
	switch {
	case custody && !hospital:
		add(released(), custodyReleaseStem, false)
		add(walkedOut(), custodyReleaseStem, false)
		add(stillHeld(), custodyReleaseStem, true)
	case hospital && !custody:
		add(released(), hospitalReleaseStem, false)
		add(stillInHospital(), hospitalReleaseStem, true)
	case !hospital && !custody:
		// "The driver was released on Sunday", after a sentence that
		// kept him in hospital: a release from either, which answers a
		// stay the same report told before.
		add(released(), hospitalReleaseStem, false)
		add(released(), custodyReleaseStem, false)
	}
	return out
}

// lastCapitalised returns the last capitalised word of a text past its
// first word (which any sentence capitalises), without punctuation, or
// "".
func lastCapitalised(s string) string {
	ws := strings.Fields(s)
	for k := len(ws) - 1; k >= 1; k-- {
		w := strings.Trim(ws[k], ",.;:'’\"“”()")
		if capital(w) && !calendarNames[strings.ToLower(w)] {
			return w
		}
	}
	return ""
}
