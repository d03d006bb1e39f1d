package figures

import "strings"

// outcomes maps the words that say what happened to the people or things
// a figure counts to one class, so that "killed seven workers", "seven
// workers died" and "seven dead" are found to count the same: the dead.
var outcomes = classes(map[string][]string{
	"dead":         {"kill", "kills", "killed", "killing", "dead", "die", "dies", "died", "dying", "deaths", "fatalities", "perished", "slain"},
	"hurt":         {"injure", "injures", "injured", "injuring", "injuries", "hurt", "hurting", "wound", "wounds", "wounded", "wounding"},
	"missing":      {"missing", "unaccounted"},
	"arrested":     {"arrest", "arrests", "arrested", "arresting", "detain", "detains", "detained", "detaining", "detentions"},
	"evacuated":    {"evacuate", "evacuates", "evacuated", "evacuating", "evacuations", "displaced"},
	"rescued":      {"rescue", "rescues", "rescued", "rescuing"},
	"hospitalized": {"hospitalized", "hospitalised"},
	"sick":         {"sickened", "infected"},
	"charged":      {"charge", "charges", "charged", "charging", "indicted"},
	"cut": {"cut", "cuts", "cutting", "eliminate", "eliminates", "eliminated", "eliminating", "slash", "slashes", "slashed", "slashing",
		"axe", "axes", "axed", "axing", "shed", "sheds", "shedding", "dismiss", "dismisses", "dismissed", "dismissing",
		"sack", "sacks", "sacked", "sacking"},
})

// layVerbs are the forms of "lay" before "off": a layoff is a cut.
var layVerbs = map[string]bool{"lay": true, "lays": true, "laying": true, "laid": true}

// classes inverts a table of word classes.
func classes(m map[string][]string) map[string]string {
	out := map[string]string{}
	for class, ws := range m {
		for _, w := range ws {
			out[w] = class
		}
	}
	return out
}

// outcomeAsNoun are outcome words that can themselves be what a number
// counts: "42 injured", "12 dead".
var outcomeAsNoun = map[string]bool{
	"deaths": true, "fatalities": true, "injuries": true, "arrests": true, "detentions": true, "evacuations": true,
	"dead": true, "injured": true, "wounded": true, "hurt": true, "killed": true, "missing": true,
	"arrested": true, "detained": true, "evacuated": true, "rescued": true, "hospitalized": true, "hospitalised": true,
}

// genericCounted are nouns that count people without saying which, and so
// are one noun for matching: "42 others", "42 people", "42 injured".
var genericCounted = map[string]bool{
	"people": true, "persons": true, "others": true, "individuals": true, "more": true,
}

// CountsPeople reports whether a counted noun counts people in general
// ("people", "others"), whatever befell them.
func CountsPeople(unit string) bool { return genericCounted[unit] }

// between may stand between a figure and its outcome word: auxiliaries,
// relative pronouns and adverbs ("24 others were hurt", "people who
// died", "were also killed").
var between = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true,
	"been": true, "being": true, "be": true, "who": true, "that": true, "also": true,
	"reportedly": true, "allegedly": true, "later": true, "all": true, "subsequently": true,
	// "Two firefighters suffered minor injuries".
	"suffered": true, "sustained": true, "received": true,
}

// Measure says what a count measures: the class of what happened to the
// counted ("killed seven workers", "seven workers died" and "seven dead"
// are all "dead") and the counted noun, with nouns that count people in
// general ("people", "others", "42 injured") all "people". ok is false
// for figures that are not counts or have no outcome word beside them.
// Two wordings of one figure have the same measure whatever the verb or
// voice: "injured 42 others", "24 others were hurt".
func Measure(sentence string, f Found) (outcome, counted string, ok bool) {
	if f.Unit == Minutes {
		return termOf(sentence, f)
	}
	switch f.Unit {
	case Percent, Points, DateUnit, MonthUnit, WeekUnit, YearUnit, RelativeDate:
		return "", "", false
	}
	if isCurrency(f.Unit) {
		return "", "", false
	}
	counted = f.Unit
	if genericCounted[counted] || outcomeAsNoun[counted] {
		counted = "people"
	}
	if outcomeAsNoun[f.Unit] {
		return outcomes[f.Unit], counted, true
	}
	ts := tokens(sentence)
	first, last := -1, -1
	for i, t := range ts {
		if t.start >= f.Start && t.end <= f.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return "", "", false
	}
	// A verb just before the figure acts on what it counts: "injured 42
	// others", "killing at least 12 people", "killing all 176 people".
	if first > 0 {
		v := first - 1
		if v > 0 && ts[v].low == "all" {
			v--
		}
		if c, ok := outcomes[ts[v].low]; ok {
			if v > 0 {
				c += degrees[ts[v-1].low]
			}
			return c, counted, true
		}
		// "laying off 1,500 workers", "laid off 300 employees".
		if ts[v].low == "off" && v > 0 && layVerbs[ts[v-1].low] {
			return "cut", counted, true
		}
	}
	// "the death toll rose to nine": a toll counts the dead (people, not
	// a toll road's lanes).
	if counted == "people" && tollBefore(ts, first) {
		return "dead", counted, true
	}
	degree := ""
	for k := last + 1; k < len(ts) && k <= last+4; k++ {
		w := ts[k].low
		if c, ok := outcomes[w]; ok {
			return c + degree, counted, true
		}
		if d, ok := degrees[w]; ok {
			degree = d
			continue
		}
		if !between[w] {
			break
		}
	}
	return "", "", false
}

// degrees tell how badly the counted were hurt: "three were seriously
// injured" counts some of "23 people were injured", not all of them.
var degrees = map[string]string{
	"seriously": "-seriously", "critically": "-seriously", "severely": "-seriously", "gravely": "-seriously",
	"badly": "-seriously", "slightly": "-slightly", "lightly": "-slightly", "mildly": "-slightly",
	"serious": "-seriously", "critical": "-seriously", "severe": "-seriously", "minor": "-slightly",
}

// termOf says what a span of time measures when it is a penalty's term:
// "banned for seven years", "was sentenced to 12 years", "suspended for
// six months" all measure a term of their kind, however the sentence
// around runs. Other spans of time measure nothing that Measure knows.
func termOf(sentence string, f Found) (outcome, counted string, ok bool) {
	ws := strings.Fields(strings.ToLower(sentence[:f.Start]))
	if len(ws) < 2 {
		return "", "", false
	}
	prep := strings.Trim(ws[len(ws)-1], ",;:")
	if prep != "for" && prep != "to" {
		return "", "", false
	}
	// "sentenced the former finance chief of the payments company to six
	// years": the penalty's verb may stand a few words back, its object
	// between, in one clause.
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-1-maxTermObject; k-- {
		w := ws[k]
		if c, ok := terms[strings.Trim(w, ",;:")]; ok {
			return c, Minutes, true
		}
		if strings.ContainsAny(w, ",;:") {
			break
		}
	}
	return "", "", false
}

// maxTermObject bounds the words between a penalty's verb and its term:
// "sentenced [the former finance chief of the collapsed payments company
// Veltrax] to".
const maxTermObject = 12

// terms are the participles of a penalty's term, by kind.
var terms = map[string]string{
	"banned": "ban", "barred": "ban", "suspended": "ban", "disqualified": "ban",
	"sentenced": "sentence", "jailed": "sentence", "imprisoned": "sentence",
}

// isCurrency reports whether a unit is a currency code ("USD").
func isCurrency(u string) bool {
	if len(u) != 3 {
		return false
	}
	for i := range 3 {
		if u[i] < 'A' || u[i] > 'Z' {
			return false
		}
	}
	return true
}
