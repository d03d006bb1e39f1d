package discrepancy

import (
	"regexp"
	"strings"
	"sync"

	"crosscheck/internal/textproc"
)

// A state that lasts is denied by the deed that ends it: "He remained in
// custody" against "was released on $15,000 bail", "Service … remained
// suspended Wednesday morning" against "restored limited service on the
// line", "remains on paid administrative leave" against "has since
// returned to patrol duty". Each lasting state is read as the denial of
// the deed that would have ended it, told of the sentence's subject (of
// the orders for "remained under evacuation orders"), so that the claim
// readers answer it as they answer "was not released".

// lasting matches a state said to last, in a sentence lowered; compiled
// on first use, since few sentences tell one.
var lasting = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:(?:remain|remains|remained|stayed|stays|is still|was still|are still|were still) (?:\w+ )?` +
		`(in custody|in jail|jailed|behind bars|in detention|detained|hospitali[sz]ed|in the hospital|in hospital|suspended|closed|shut|` +
		`under (?:an? )?(?:\w+ )?orders?|on (?:\w+ ){0,2}leave)` +
		// "was being held without bond": in custody.
		`|(?:was|is|were|are) (?:being )?(held without (?:bond|bail)))\b`)
})

// orderedHeld matches a court's order that someone be held without
// bail, in a sentence lowered: "ordered mr. quillon held without bail",
// "ordered him held without bond".
var orderedHeld = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\bordered (?:mr\. |ms\. |mrs\. )?([\p{L}'’-]+) (?:to be )?held without (?:bond|bail)\b`)
})

// returnedToWork matches a return to the work a leave kept someone from.
var returnedToWork = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:has|have|had)? ?(?:since |now |already )?returned to (?:\w+ )?(?:duty|work|the job|the bench|his post|her post)\b`)
})

// stateEnder returns, for a lasting state, the stem of the deed that
// ends it, as the passive reader stems it ("released": "releas").
func stateEnder(state string) string {
	switch {
	case strings.HasPrefix(state, "under"):
		return eventStem("lifted")
	case strings.HasSuffix(state, "leave"):
		return eventStem("returned")
	case state == "suspended":
		return canonicalStem(eventStem("restored"))
	case state == "closed" || state == "shut":
		return eventStem("reopened")
	}
	return eventStem("released")
}

// statesOf reads the lasting states and the returns to work that sentence
// s tells, as claims of the sentence's subject.
func statesOf(s string) []eventClaim {
	if !strings.Contains(s, "remain") && !strings.Contains(s, "still") && !strings.Contains(s, "stay") && !strings.Contains(s, "returned to") &&
		!strings.Contains(s, "held without") {
		return nil
	}
	low := strings.ToLower(s)
	var out []eventClaim
	for _, ix := range lasting().FindAllStringSubmatchIndex(low, -1) {
		state := ""
		for g := 1; g <= 2; g++ {
			if ix[2*g] >= 0 {
				state += low[ix[2*g]:ix[2*g+1]]
			}
		}
		c := eventClaim{stem: stateEnder(state), negative: true}
		if strings.HasPrefix(state, "under") {
			c.subject = lastField(state)
		} else if c.subject = stateHolder(low[:ix[0]]); c.subject != "" {
			// "because the airport in Karsh remained closed": the thing
			// named right before the verb.
		} else if c.subject, c.pronoun = openingSubject(s); c.subject == "" && !c.pronoun {
			continue
		}
		out = append(out, c)
		// "remained closed" also denies that it reopened, told in the
		// active voice ("the airport reopened").
		// "said it would remain closed for the week" tells what is to
		// come, which an earlier reopening does not answer.
		if (state == "closed" || state == "shut") && !modalBefore(low[:ix[0]]) {
			a := c
			a.stem = "+" + c.stem
			out = append(out, a)
		}
	}
	// "a magistrate judge ordered Mr. Quillon held without bail": the
	// one ordered held is not released.
	for _, m := range orderedHeld().FindAllStringSubmatch(low, -1) {
		c := eventClaim{stem: stateEnder("held without bail"), negative: true, subject: textproc.Fold(m[1])}
		if m[1] == "him" || m[1] == "her" {
			c.subject, c.pronoun = "", true
		}
		out = append(out, c)
	}
	if returnedToWork().MatchString(low) {
		if subj, pron := openingSubject(s); subj != "" || pron {
			out = append(out, eventClaim{stem: eventStem("returned"), subject: subj, pronoun: pron})
		}
	}
	return out
}

// modalBefore reports whether a lowered text ends with a modal or "to":
// what follows is to come ("would", "expected to").
func modalBefore(low string) bool {
	ws := strings.Fields(low)
	return len(ws) > 0 && (modalWords[ws[len(ws)-1]] || ws[len(ws)-1] == "to")
}

// prepositionWords govern the noun phrase after them.
var prepositionWords = map[string]bool{
	"on": true, "of": true, "in": true, "at": true, "for": true, "with": true, "from": true, "to": true, "by": true, "near": true,
}

// stateHolder returns the head of a noun phrase opened by "the" that
// ends a lowered text, with a place after it or not ("… because the
// airport in karsh": "airport"; "the main road": "road"), or "".
func stateHolder(low string) string {
	ws := strings.Fields(low)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		if ws[k] != "the" {
			continue
		}
		// "Service on the line": the object of a preposition is not
		// what the state is of.
		if k > 0 && prepositionWords[ws[k-1]] {
			return ""
		}
		np := ws[k+1:]
		if len(np) == 0 {
			return ""
		}
		head := np[len(np)-1]
		for i := 0; i+1 < len(np); i++ {
			if np[i+1] == "in" || np[i+1] == "of" || np[i+1] == "at" {
				head = np[i]
				break
			}
		}
		head = strings.Trim(head, ",;:")
		if len(head) < 3 || textproc.IsStopword(head) {
			return ""
		}
		return textproc.Fold(head)
	}
	return ""
}

// openingSubject returns the subject a sentence opens on, past its
// dateline: the last word of a name it opens on ("Officer Demarco"),
// else its first content word ("The driver, Dale Henshaw,
// 58": "driver"; "Service on the line": "service"). A sentence that opens
// on "He", "She" or "They" has its subject in the sentence before
// (pronoun).
func openingSubject(s string) (subject string, pronoun bool) {
	ws := letterWords(textproc.TrimDateline(s))
	if len(ws) == 0 {
		return "", false
	}
	switch strings.ToLower(ws[0]) {
	case "he", "she", "they":
		return "", true
	}
	i := 0
	if textproc.IsStopword(strings.ToLower(ws[0])) {
		i = 1
	}
	if i >= len(ws) {
		return "", false
	}
	if capital(ws[i]) {
		// A name: the last word of its run of capitalised words
		// ("Officer Demarco"); a capital alone may only open the
		// sentence ("Service", "Demarco").
		for i+1 < len(ws) && capital(ws[i+1]) {
			i++
		}
	}
	w := strings.ToLower(ws[i])
	if textproc.IsStopword(w) {
		return "", false
	}
	return w, false
}
