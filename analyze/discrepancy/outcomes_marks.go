package discrepancy

import (
	"regexp"
	"strings"
	"sync"
)

// Outcomes against a mark (see outcomesOf): a result that beat a
// forecast, or a race that broke a record, which a result that fell short
// of it denies: "The result beat the average analyst forecast" against
// "fell short of what analysts had expected", "breaking the course
// record" against "falling just short of the course record".

// markStem is the event of a mark beaten, told of the mark's kind.
const markStem = "beat mark"

// markPatterns are, compiled on first use (few stories tell of a mark),
// markBeaten, which matches a mark beaten, and markMissed, one fallen
// short of; the mark's noun is the last group.
var markPatterns = sync.OnceValues(func() (*regexp.Regexp, *regexp.Regexp) {
	// The mark: a noun a few words on ("the average analyst forecast",
	// "the course record"), or what was expected ("what analysts had
	// expected").
	const mark = `(?:(?: (?:the|a|an|its|his|her|their|analysts['’]?|wall street['’]s))?(?: [\p{L}'’-]+){0,3}? (forecasts?|estimates?|expectations|projections?|consensus|record|target|goal)|(?: what| than)(?: [\p{L}'’-]+){1,3}? (?:had |have )?(expected))\b`
	// "set a new course record" beats it; "set a target" makes one.
	beaten := regexp.MustCompile(`\b(?:(?:beat|beating|beats|topped|topping|tops|exceeded|exceeding|exceeds|surpassed|surpassing|surpasses|broke|breaking|breaks|smashed|smashing|shattered|shattering)` + mark +
		`|(?:set|setting|sets) (?:a |the |its )?(?:new )?(?:[\p{L}'’-]+ ){0,2}?(record)\b)`)
	missed := regexp.MustCompile(`\b(?:missed|missing|misses|(?:fell|falling|fall|falls|came|coming|come|was|were) (?:just |narrowly |well |far |slightly )?short of|failed to (?:beat|meet|match|break|reach|top))` + mark)
	return beaten, missed
})

// markKinds make one mark of its nouns: analysts' forecasts, estimates and
// expectations are one forecast; a target and a goal one target.
var markKinds = map[string]string{
	"forecast": "forecast", "forecasts": "forecast", "estimate": "forecast", "estimates": "forecast",
	"expectations": "forecast", "expected": "forecast", "projection": "forecast", "projections": "forecast",
	"consensus": "forecast", "record": "record", "target": "target", "goal": "target",
}

// marksOf reads the marks a lower-case sentence says were beaten or
// missed; one it says both of (revenue beat estimates, profit missed
// them) tells neither.
func marksOf(low string) []eventClaim {
	beaten, missed := markPatterns()
	told := map[string][2]bool{}
	var kinds []string
	add := func(re *regexp.Regexp, k int) {
		for _, m := range re.FindAllStringSubmatchIndex(low, -1) {
			// "did not beat", "never broke".
			if before := low[:m[0]]; strings.HasSuffix(before, "not ") || strings.HasSuffix(before, "n't ") || strings.HasSuffix(before, "never ") {
				continue
			}
			// The mark's noun is the group that matched.
			kind := ""
			for g := len(m) - 2; g >= 2 && kind == ""; g -= 2 {
				if m[g] >= 0 {
					kind = markKinds[low[m[g]:m[g+1]]]
				}
			}
			if kind == "" {
				continue
			}
			t, ok := told[kind]
			if !ok {
				kinds = append(kinds, kind)
			}
			t[k] = true
			told[kind] = t
		}
	}
	add(beaten, 0)
	add(missed, 1)
	var out []eventClaim
	for _, k := range kinds {
		t := told[k]
		if t[0] != t[1] {
			out = append(out, eventClaim{stem: markStem, subject: k, negative: t[1]})
		}
	}
	return out
}
