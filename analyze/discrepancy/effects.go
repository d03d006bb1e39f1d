package discrepancy

import (
	"slices"

	"crosscheck/internal/textproc"
)

// What a measure will do is told with "will" or "would" and a verb: "The
// proposal would not alter limits on acid gases" against "The proposal
// would also loosen limits on acid gases"; "the plan will not change
// tuition" against "the plan will raise tuition". A denial that a measure
// changes a thing at all is answered by any change of it, and a denial of
// one change by that change. The thing is the head of the verb's object,
// so "will not affect existing permits" and "will suspend renewals of
// existing permits" tell of two things.

// effectStem is the stem of the claims of what a measure will do.
const effectStem = "effect "

// anyChange are the verbs that deny every change when denied: "would not
// alter", "will not affect".
var anyChange = map[string]bool{"alter": true, "change": true, "modify": true, "affect": true, "touch": true}

// measureChanges change a thing in one way.
var measureChanges = map[string]bool{
	"loosen": true, "tighten": true, "raise": true, "lower": true, "cut": true, "reduce": true, "increase": true,
	"expand": true, "ease": true, "weaken": true, "strengthen": true, "relax": true, "lift": true, "suspend": true,
	"end": true, "eliminate": true, "repeal": true, "revoke": true, "extend": true, "shorten": true, "cap": true,
	"restrict": true, "limit": true, "broaden": true, "narrow": true, "double": true, "halve": true, "scrap": true,
}

// effectClaims reads what a sentence's folded words say a measure will
// or would do to a thing: a verb of change after "will" or "would",
// perhaps denied, and the head of its object.
func effectClaims(folded []string) []eventClaim {
	// Most sentences tell nothing to come: they are not read further.
	if !slices.ContainsFunc(folded, func(w string) bool { return w == "will" || w == "would" }) {
		return nil
	}
	toks := claimTokens(folded)
	var out []eventClaim
	for k := 0; k+2 < len(toks); k++ {
		if toks[k] != "will" && toks[k] != "would" {
			continue
		}
		j, neg := k+1, false
		if toks[j] == "not" || toks[j] == "never" {
			j, neg = j+1, true
		}
		for j < len(toks) && (toks[j] == "also" || toks[j] == "further" || toks[j] == "significantly" || toks[j] == "sharply") {
			j++
		}
		if j+1 >= len(toks) {
			continue
		}
		v := toks[j]
		if !anyChange[v] && !measureChanges[v] {
			continue
		}
		obj := objectHead(toks, j+1)
		if obj == "" || textproc.IsStopword(obj) || len(obj) < 3 {
			continue
		}
		// The verb itself, said or denied; and, for a change, that the
		// thing changes, which only a denial of any change answers.
		out = append(out, eventClaim{stem: effectStem + v, subject: obj, negative: neg})
		switch {
		case anyChange[v] && neg:
			out = append(out, eventClaim{stem: effectStem + "any", subject: obj, negative: true})
		case measureChanges[v] && !neg:
			out = append(out, eventClaim{stem: effectStem + "any", subject: obj})
		}
	}
	return out
}
