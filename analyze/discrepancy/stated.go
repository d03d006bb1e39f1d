package discrepancy

import (
	"regexp"
	"strings"
	"sync"
)

// A stated thing is one that reports tell and deny in words of their
// own, which no verb and its negation pair: job cuts ("expected to
// eliminate about 600 jobs", "no layoffs were planned"), a reason given
// for a decision ("citing family reasons", "did not give a reason") and
// conditions set on an approval ("approved subject to 32 conditions",
// "without imposing any new conditions"). Each is read as a claim of its
// subject and its denial as a denial of any, so that the claim readers
// answer one with the other; a denial said of a place the claim does not
// name ("No jobs will be cut in Germany") is left alone, as for any
// denial of everyone.
type statedThing struct {
	stem, subject string
	// words are the words, one of which a sentence must hold to tell it.
	words []string
	// patterns returns the patterns, in a sentence lowered, of the thing
	// told and denied.
	patterns func() (told, denied *regexp.Regexp)
	// hedged reports whether a lowered sentence that tells the thing
	// tells it only as a possibility, or of something else.
	hedged func(low string) bool
	// needs, if set, reports whether a sentence may tell the thing at
	// all, before it is lowered and matched.
	needs func(s string) bool
}

// claims reads the thing a sentence tells or denies.
func (t statedThing) claims(s string) []eventClaim {
	if !containsAny(s, t.words) || t.needs != nil && !t.needs(s) {
		return nil
	}
	low := strings.ToLower(s)
	told, denied := t.patterns()
	if denied.MatchString(low) {
		return []eventClaim{{stem: t.stem, negative: true, universal: true}}
	}
	if told.MatchString(low) && (t.hedged == nil || !t.hedged(low)) {
		return []eventClaim{{stem: t.stem, subject: t.subject}}
	}
	return nil
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// statedThings are the things read.
var statedThings = []statedThing{
	{stem: "+jobcut", subject: "jobs", patterns: jobPatterns, hedged: hedgedCut, needs: countOrDenial,
		words: []string{"job", "lay", "worker", "employee", "position", "staff", "officer", "teacher"}},
	{stem: "+reason", subject: "reason", patterns: reasonPatterns, words: []string{"reason"}},
	{stem: "+conditions", subject: "conditions", patterns: conditionPatterns, hedged: patientCondition, words: []string{"condition"}},
}

// statedClaims reads every stated thing a sentence tells or denies.
func statedClaims(s string) []eventClaim {
	var out []eventClaim
	for _, t := range statedThings {
		out = append(out, t.claims(s)...)
	}
	return out
}

// jobPatterns are job cuts told ("The plan will lay off 30 police
// officers", "1,200 job cuts") and denied ("No jobs will be cut", "has no
// plans to close plants or lay off workers", "would not cut any jobs").
var jobPatterns = sync.OnceValues(func() (*regexp.Regexp, *regexp.Regexp) {
	const (
		cutVerb = `(?:cut|cuts|cutting|eliminate|eliminates|eliminating|shed|sheds|shedding|slash|slashes|slashing|lay off|lays off|laying off|layoff)`
		staff   = `(?:jobs|workers|employees|positions|staff|staffers|officers|teachers|roles)`
		hedge   = `(?:about |roughly |nearly |some |more than |up to |at least |around |approximately )?`
	)
	told := regexp.MustCompile(`\b` + cutVerb + ` ` + hedge + `[\d,.]+(?: million| thousand)? (?:[a-z-]+ ){0,2}` + staff + `\b` +
		`|\b[\d,.]+ (?:job cuts|layoffs|job losses)\b` +
		`|\b[\d,.]+ (?:[a-z-]+ )?` + staff + ` (?:will|would|are|were|is|was)(?: to)?(?: be| being)? (?:cut|eliminated|laid off|shed)\b` +
		// "said it expected to cut jobs", "plans to eliminate
		// positions": cuts planned, however many.
		`|\b(?:expects|expected|plans|planned|intends|intended) to ` + cutVerb + ` (?:some |hundreds of |thousands of )?(?:[a-z-]+ )?` + staff + `\b`)
	denied := regexp.MustCompile(`\bno (?:layoffs|job cuts|job losses)\b` +
		`|\bno (?:[a-z-]+ )?` + staff + ` (?:will|would|are|were|is|was|had|have|has)(?: be| been)? (?:cut|eliminated|laid off|lost|shed)\b` +
		`|\bno plans? to (?:[a-z ,]{0,40} or )?` + cutVerb + ` (?:any )?(?:[a-z-]+ )?` + staff + `\b` +
		`|\b(?:not|never) (?:plan to |expect to |intend to )?` + cutVerb + ` (?:any )?(?:[a-z-]+ )?` + staff + `\b` +
		`|\bnot plan (?:any |significant |major )?(?:job cuts|layoffs)\b`)
	return told, denied
})

// countOrDenial reports whether a sentence holds a digit, a word of
// denial or of a plan, one of which job cuts told or denied need.
func countOrDenial(s string) bool {
	return strings.ContainsAny(s, "0123456789") || mayDeny(s) || strings.Contains(s, "expect") || strings.Contains(s, "plan") || strings.Contains(s, "intend")
}

// hedgedCut reports whether the cuts a sentence tells are only a
// possibility or a question ("could cut up to 500 jobs", "whether it
// would eliminate 200 positions").
func hedgedCut(low string) bool {
	return containsAny(low, []string{"could ", "might ", "may ", "whether ", " if ", "unless ", "would have to ", "threatened to ", "warned"})
}

// reasonPatterns are a reason given for a decision ("citing family
// reasons", "stepped down for health reasons") and none given ("did not
// give a reason", "gave no reason for her departure").
var reasonPatterns = sync.OnceValues(func() (*regexp.Regexp, *regexp.Regexp) {
	told := regexp.MustCompile(`\bcit(?:ed|ing|es) (?:[a-z-]+ ){0,2}reasons\b|\bfor (?:personal|family|health|medical) reasons\b`)
	denied := regexp.MustCompile(`\b(?:did not|didn't|didn’t|does not|would not|declined to|refused to) (?:give|offer|provide|state|cite) (?:a |any )?reasons?\b|\b(?:gave|offered|cited) no reasons?\b|\bno reason was (?:given|offered)\b`)
	return told, denied
})

// conditionPatterns are an approval on conditions ("approved subject to
// 32 conditions", "cleared the merger with conditions") and one without
// any ("without imposing any new conditions", "unconditionally").
var conditionPatterns = sync.OnceValues(func() (*regexp.Regexp, *regexp.Regexp) {
	told := regexp.MustCompile(`\b(?:subject to|with|on|under) (?:\d+ |[a-z]+ )?(?:strict |tough |several |a number of )?conditions\b|\bimpos(?:ed|ing) (?:\d+ |several |strict |tough )?conditions\b`)
	denied := regexp.MustCompile(`\bwithout (?:imposing |setting |attaching )?(?:any )?(?:new |further |additional )?conditions\b|\bunconditional(?:ly)?\b|\bno (?:new |further |additional )?conditions (?:were|was|have been|had been) (?:imposed|attached|set)\b`)
	return told, denied
})

// patientCondition reports whether a sentence's conditions are a
// patient's ("in critical condition").
func patientCondition(low string) bool {
	return strings.Contains(low, "in critical condition") || strings.Contains(low, "in stable condition")
}
