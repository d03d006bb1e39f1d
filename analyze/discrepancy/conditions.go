package discrepancy

import (
	"regexp"
	"strings"
	"sync"
)

// An approval given on conditions ("approved subject to 32 conditions",
// "cleared the merger with conditions") and one given without any ("signed
// off … without imposing any new conditions", "approved the deal
// unconditionally") are one claim told and denied.

// conditionsStem is the stem of the claims of conditions set, and
// conditionsSubject the subject they are told of.
const (
	conditionsStem    = "+conditions"
	conditionsSubject = "conditions"
)

// conditionPatterns are the patterns of conditions set and of none, in a
// sentence lowered; compiled on first use.
var conditionPatterns = sync.OnceValue(func() (ps struct{ set, none *regexp.Regexp }) {
	ps.set = regexp.MustCompile(`\b(?:subject to|with|on|under) (?:\d+ |[a-z]+ )?(?:strict |tough |several |a number of )?conditions\b|\bimpos(?:ed|ing) (?:\d+ |several |strict |tough )?conditions\b`)
	ps.none = regexp.MustCompile(`\bwithout (?:imposing |setting |attaching )?(?:any )?(?:new |further |additional )?conditions\b|\bunconditional(?:ly)?\b|\bno (?:new |further |additional )?conditions (?:were|was|have been|had been) (?:imposed|attached|set)\b`)
	return ps
})

// conditionClaims reads conditions set on an approval, or none.
func conditionClaims(s string) []eventClaim {
	if !strings.Contains(s, "condition") {
		return nil
	}
	low := strings.ToLower(s)
	ps := conditionPatterns()
	if ps.none.MatchString(low) {
		return []eventClaim{{stem: conditionsStem, negative: true, universal: true}}
	}
	if ps.set.MatchString(low) && !strings.Contains(low, "in critical condition") && !strings.Contains(low, "in stable condition") {
		return []eventClaim{{stem: conditionsStem, subject: conditionsSubject}}
	}
	return nil
}
