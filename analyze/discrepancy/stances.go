package discrepancy

import (
	"regexp"
	"strings"
	"sync"

	"crosscheck/analyze/figures"
	"crosscheck/internal/textproc"
)

// A named side's stance on a measure is told by a verb of support or of
// opposition: "The Bloc Québécois supported the bill" and "The Bloc
// Québécois voted against the bill" are one stance said and denied, as
// "Democrats backed the plan" and "Democrats opposed the plan" are. The
// stance is read as the claim that the side was for the thing; a report
// that tells both (a side that opposed a bill and later backed it) is
// left out by the reader, as for any claim.

// stanceStem is the stem of a stance's claims.
const stanceStem = "+for"

// stanceVerbs are the verbs of a stance, and whether they are for.
var stanceVerbs = map[string]bool{
	"supported": true, "backed": true, "endorsed": true, "favored": true, "favoured": true,
	"voted for": true, "voted in favor of": true, "voted in favour of": true,
	"opposed": false, "rejected": false, "voted against": false, "voted down": false,
}

// stanceRe matches a capitalised word, up to two adverbs, a verb of
// stanceVerbs and the start of its object.
var stanceRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]*) (?:(?:also|largely|overwhelmingly|unanimously|narrowly|mostly|initially|ultimately) ){0,2}` +
		`(supported|backed|endorsed|favou?red|opposed|rejected|voted (?:for|against|down|in favou?r of)) (?:the |a |an |its |their |his |her )?([\p{L}-]+)(?: ([\p{L}-]+))?`)
})

// stancesOf reads the stances a sentence tells of a named side.
func stancesOf(s string) []eventClaim {
	if !strings.Contains(s, "pposed") && !strings.Contains(s, "upported") && !strings.Contains(s, "acked") &&
		!strings.Contains(s, "voted") && !strings.Contains(s, "ejected") && !strings.Contains(s, "ndorsed") && !strings.Contains(s, "avo") {
		return nil
	}
	var out []eventClaim
	for _, ix := range stanceRe().FindAllStringSubmatchIndex(s, maxStances) {
		group := func(i int) string {
			if ix[2*i] < 0 {
				return ""
			}
			return s[ix[2*i]:ix[2*i+1]]
		}
		subject, verb := strings.ToLower(group(1)), group(2)
		before := strings.Fields(s[:ix[2]])
		// "The center-left Labour Party backed the bill": a party is
		// named by the word before "Party".
		if subject == "party" && len(before) > 0 && capital(before[len(before)-1]) {
			subject = strings.ToLower(strings.Trim(before[len(before)-1], ",;:"))
			before = before[:len(before)-1]
		}
		if pronouns[subject] || calendarNames[subject] || titles[subject] || textproc.IsStopword(subject) {
			continue
		}
		// "Most Republicans voted against it", "Ninety-four Republicans
		// voted for the bill": some of a side, not the side.
		if n := len(before); n > 0 && partOfSide(strings.ToLower(strings.Trim(before[n-1], ",;:"))) {
			continue
		}
		obj := strings.ToLower(group(3))
		// "the spending bill": the head is the second word when the
		// first qualifies it.
		if w := strings.ToLower(group(4)); w != "" && !textproc.IsStopword(w) && !objectEnds[w] {
			obj = w
		}
		// "backed the bill", "voted against it": the story's measure,
		// however named.
		if storyMeasure[obj] {
			obj = "measure"
		}
		if textproc.IsStopword(obj) || pronouns[obj] || len(obj) < 3 {
			continue
		}
		for_, ok := stanceVerbs[strings.ToLower(verb)]
		if !ok {
			continue
		}
		out = append(out, eventClaim{stem: stanceStem + " " + textproc.Fold(obj), subject: textproc.Fold(subject), negative: !for_})
		// "Labour and the Social Democrats voted against it": the stance
		// of each side named.
		for n := len(before); n >= 1 && capital(before[n-1]) && !strings.HasSuffix(before[n-1], ","); n-- {
			before = before[:n-1]
		}
		if n := len(before); n >= 2 && strings.EqualFold(before[n-1], "the") {
			before = before[:n-1]
		}
		if n := len(before); n >= 2 && before[n-1] == "and" && capital(before[n-2]) {
			if o := strings.ToLower(strings.Trim(before[n-2], ",;:")); !pronouns[o] && !textproc.IsStopword(o) && !titles[o] {
				out = append(out, eventClaim{stem: stanceStem + " " + textproc.Fold(obj), subject: textproc.Fold(o), negative: !for_})
			}
		}
	}
	return out
}

// partOfSide reports whether a word before a side's name counts some of
// its members: a quantifier or a number.
func partOfSide(w string) bool {
	switch w {
	case "most", "many", "some", "several", "few", "all", "both", "other", "more", "fewer", "dozens", "hundreds", "half":
		return true
	}
	return figures.IsNumberWord(w) || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0 && w != "" ||
		strings.Contains(w, "-") && figures.IsNumberWord(w[strings.LastIndexByte(w, '-')+1:])
}

// storyMeasure are the names of the one measure a story's votes are on,
// "it" among them: "backed the bill", "voted for the measure", "opposed
// it". A named kind (an amendment, a motion, the budget) keeps its name.
var storyMeasure = map[string]bool{"bill": true, "measure": true, "legislation": true, "it": true}

// relativeStanceRe matches a stance told in a relative clause ("who
// voted for the bill"): group 1 the verb, group 2 the object's first word,
// group 3 its second.
var relativeStanceRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\bwho (?:also |had |has )?(supported|backed|endorsed|opposed|rejected|voted (?:for|against|in favou?r of)) (?:the |a |an |its |their |his |her )?([\p{L}-]+)(?: ([\p{L}-]+))?`)
})

// relativeStances reads the stances a sentence tells in a relative clause
// of a named person: "Paul DeWitt of Lancaster County, who voted for the
// bill", "Paul DeWitt, a Lancaster County Republican who voted against
// the bill".
func relativeStances(s string) []eventClaim {
	if !strings.Contains(s, "who ") {
		return nil
	}
	var out []eventClaim
	for _, m := range relativeStanceRe().FindAllStringSubmatchIndex(s, maxStances) {
		subject := relativeSubject(s[:m[0]])
		if subject == "" {
			continue
		}
		obj := strings.ToLower(s[m[4]:m[5]])
		if m[6] >= 0 {
			if w := strings.ToLower(s[m[6]:m[7]]); !textproc.IsStopword(w) && !objectEnds[w] {
				obj = w
			}
		}
		for_, ok := stanceVerbs[strings.ToLower(s[m[2]:m[3]])]
		if !ok || textproc.IsStopword(obj) || pronouns[obj] || len(obj) < 3 {
			continue
		}
		out = append(out, eventClaim{stem: stanceStem + " " + textproc.Fold(obj), subject: subject, negative: !for_})
	}
	return out
}

// relativeSubject returns the folded surname of the person a relative
// clause after before is about: past a phrase of "of" ("Paul DeWitt of
// Lancaster County") or an apposition ("Paul DeWitt, a Lancaster County
// Republican"), the last word of the name; "" when it is no name.
func relativeSubject(before string) string {
	b := strings.TrimRight(before, ", ")
	if i := strings.LastIndex(b, ". "); i >= 0 {
		b = b[i+2:]
	}
	if i := strings.LastIndex(b, " of "); i >= 0 {
		b = b[:i]
	} else if i := strings.LastIndex(b, ", "); i >= 0 {
		if w, _, _ := strings.Cut(b[i+2:], " "); determiners[strings.ToLower(w)] {
			b = b[:i]
		}
	}
	ws := strings.Fields(b)
	if len(ws) == 0 {
		return ""
	}
	last := strings.Trim(ws[len(ws)-1], ",;:")
	low := strings.ToLower(last)
	if !capital(last) || pronouns[low] || calendarNames[low] || titles[low] || textproc.IsStopword(low) {
		return ""
	}
	return textproc.Fold(low)
}

// maxStances bounds the stances read from one sentence.
const maxStances = 4
