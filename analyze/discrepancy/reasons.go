package discrepancy

import (
	"regexp"
	"strings"
	"sync"
)

// A reason given for a decision ("citing family reasons", "stepped down
// for health reasons") and none given ("did not give a reason", "gave no
// reason for her departure") are one claim told and denied.

// reasonStem is the stem of the claims of a reason given, and
// reasonSubject the subject it is told of.
const (
	reasonStem    = "+reason"
	reasonSubject = "reason"
)

// reasonPatterns are the patterns of a reason given and of none, in a
// sentence lowered; compiled on first use.
var reasonPatterns = sync.OnceValue(func() (ps struct{ given, none *regexp.Regexp }) {
	ps.given = regexp.MustCompile(`\bcit(?:ed|ing|es) (?:[a-z-]+ ){0,2}reasons\b|\bfor (?:personal|family|health|medical) reasons\b`)
	ps.none = regexp.MustCompile(`\b(?:did not|didn't|didn’t|does not|would not|declined to|refused to) (?:give|offer|provide|state|cite) (?:a |any )?reasons?\b|\b(?:gave|offered|cited) no reasons?\b|\bno reason was (?:given|offered)\b`)
	return ps
})

// reasonClaims reads a reason given for a decision, or none.
func reasonClaims(s string) []eventClaim {
	if !strings.Contains(s, "reason") {
		return nil
	}
	low := strings.ToLower(s)
	ps := reasonPatterns()
	if ps.none.MatchString(low) {
		return []eventClaim{{stem: reasonStem, negative: true, universal: true}}
	}
	if ps.given.MatchString(low) {
		return []eventClaim{{stem: reasonStem, subject: reasonSubject}}
	}
	return nil
}
