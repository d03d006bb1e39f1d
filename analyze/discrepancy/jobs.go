package discrepancy

import (
	"regexp"
	"strings"
	"sync"
)

// Job cuts are told of a company or a budget in many words: "expected to
// eliminate about 600 jobs", "The plan will lay off 30 police officers",
// "1,200 job cuts". A report that says none are coming ("no layoffs were
// planned", "No jobs will be cut", "has no plans to close plants or lay
// off workers", "would not cut any jobs") denies them. The cuts are read
// as a claim of the story's jobs and the denial as a denial of any, so
// that the claim readers answer one with the other; a denial said of a
// place the claim does not name ("No jobs will be cut in Germany") is left
// alone as for any denial of everyone.

// jobsStem is the stem of the claims of job cuts, and jobsSubject the
// subject the cuts are told of.
const (
	jobsStem    = "+jobcut"
	jobsSubject = "jobs"
)

// jobPatterns are the patterns of job cuts told and denied, in a
// sentence lowered; compiled on first use.
var jobPatterns = sync.OnceValue(func() (ps struct{ cut, none *regexp.Regexp }) {
	const (
		cutVerb = `(?:cut|cuts|cutting|eliminate|eliminates|eliminating|shed|sheds|shedding|slash|slashes|slashing|lay off|lays off|laying off|layoff)`
		staff   = `(?:jobs|workers|employees|positions|staff|staffers|officers|teachers|roles)`
		hedge   = `(?:about |roughly |nearly |some |more than |up to |at least |around |approximately )?`
	)
	ps.cut = regexp.MustCompile(`\b` + cutVerb + ` ` + hedge + `[\d,.]+(?: million| thousand)? (?:[a-z-]+ ){0,2}` + staff + `\b` +
		`|\b[\d,.]+ (?:job cuts|layoffs|job losses)\b` +
		`|\b[\d,.]+ (?:[a-z-]+ )?` + staff + ` (?:will|would|are|were|is|was)(?: to)?(?: be| being)? (?:cut|eliminated|laid off|shed)\b`)
	ps.none = regexp.MustCompile(`\bno (?:layoffs|job cuts|job losses)\b` +
		`|\bno (?:[a-z-]+ )?` + staff + ` (?:will|would|are|were|is|was|had|have|has)(?: be| been)? (?:cut|eliminated|laid off|lost|shed)\b` +
		`|\bno plans? to (?:[a-z ,]{0,40} or )?` + cutVerb + ` (?:any )?(?:[a-z-]+ )?` + staff + `\b` +
		`|\b(?:not|never) (?:plan to |expect to |intend to )?` + cutVerb + ` (?:any )?(?:[a-z-]+ )?` + staff + `\b` +
		`|\bnot plan (?:any |significant |major )?(?:job cuts|layoffs)\b`)
	return ps
})

// jobClaims reads the job cuts a sentence tells or denies.
func jobClaims(s string) []eventClaim {
	if !strings.Contains(s, "job") && !strings.Contains(s, "lay") && !strings.Contains(s, "worker") && !strings.Contains(s, "employee") &&
		!strings.Contains(s, "position") && !strings.Contains(s, "staff") && !strings.Contains(s, "officer") && !strings.Contains(s, "teacher") {
		return nil
	}
	low := strings.ToLower(s)
	ps := jobPatterns()
	if ps.none.MatchString(low) {
		return []eventClaim{{stem: jobsStem, negative: true, universal: true}}
	}
	if ps.cut.MatchString(low) && !conditionalCut(low) {
		return []eventClaim{{stem: jobsStem, subject: jobsSubject}}
	}
	return nil
}

// conditionalCut reports whether the cuts a sentence tells are only a
// possibility or a question ("could cut up to 500 jobs", "whether it
// would eliminate 200 positions").
func conditionalCut(low string) bool {
	for _, w := range []string{"could ", "might ", "may ", "whether ", " if ", "unless ", "would have to ", "threatened to ", "warned"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
