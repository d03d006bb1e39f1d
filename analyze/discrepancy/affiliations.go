package discrepancy

import (
	"regexp"
	"strings"

	"crosscheck"
	"crosscheck/internal/lexicon"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// An affiliation is the state that news style gives a lawmaker with the
// party: "Rep. Delphine Marchbanks, D-Ore.", "Sen. Ana Ruiz (R-Texas)",
// "Marchbanks, Democrat of Oregon", "Marchbanks, a Washington Democrat".
// Two articles that give one lawmaker two states disagree on the state.

// affiliation is a state a sentence gives a named person: who is the
// name's last word, folded, name the name as written, label the label as
// written ("R-Ind.", "Democrat of Oregon").
type affiliation struct {
	who, name, state, label, sentence string
}

var (
	// partyLabel: "Marchbanks, D-Ore.", "Ruiz (R-Texas)".
	partyLabel = regexp.MustCompile(`((?:[A-Z][\pL'’-]+ ){0,2}[A-Z][\pL'’-]+),? \(?[DRI]-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)`)
	// partyOf: "Marchbanks, Democrat of Oregon", "Marchbanks, a
	// Republican from Ohio".
	partyOf = regexp.MustCompile(`((?:[A-Z][\pL'’-]+ ){0,2}[A-Z][\pL'’-]+), (?:a |the )?(?:Democrat|Republican|Independent)(?:ic)? (?:of|from) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)`)
	// stateParty: "Marchbanks, a Washington Democrat".
	stateParty = regexp.MustCompile(`((?:[A-Z][\pL'’-]+ ){0,2}[A-Z][\pL'’-]+), (?:a|the) ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Democrat|Republican)\b`)
)

// affiliationsOf returns the states an article's sentences give named
// people in party labels.
func affiliationsOf(sents []string) []affiliation {
	var out []affiliation
	for _, s := range sents {
		if !strings.Contains(s, "Democrat") && !strings.Contains(s, "Republican") && !strings.Contains(s, "Independent") &&
			!strings.Contains(s, "D-") && !strings.Contains(s, "R-") && !strings.Contains(s, "I-") {
			continue
		}
		for _, re := range []*regexp.Regexp{partyLabel, partyOf, stateParty} {
			for _, m := range re.FindAllStringSubmatch(s, -1) {
				if len(out) >= maxPlacings {
					return out
				}
				state, ok := lexicon.StateNamed(strings.TrimRight(m[2], ",;:)"))
				if !ok {
					// "D-N.Y." and "R-Texas" read whole; a city ("a
					// Valdosta Republican") names no state.
					if state, ok = lexicon.StateNamed(strings.Fields(m[2])[0]); !ok {
						continue
					}
				}
				label := strings.TrimRight(strings.TrimLeft(m[0][len(m[1]):], ", ("), ",;:)")
				label = strings.TrimPrefix(strings.TrimPrefix(label, "a "), "the ")
				out = append(out, affiliation{who: personKey(m[1]), name: m[1], state: state, label: label, sentence: s})
			}
		}
	}
	return out
}

// personKey returns the last word of a name, folded: the person a label
// follows, as the articles name them with or without a given name or
// title.
func personKey(name string) string {
	f := strings.Fields(name)
	return textproc.Fold(strings.TrimRight(f[len(f)-1], "'’s"))
}

// affiliationDiscrepancies reports the lawmakers that two articles give
// two states.
func affiliationDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	return affiliations(toldOnce(arts, m, "discrepancy.affiliations", affiliationsOf, affiliationParts))
}

func affiliationParts(a affiliation) (string, string, string, string) {
	return a.who, a.state, a.label, a.sentence
}

// affiliations judges the states the articles give each lawmaker.
func affiliations(whos []string, byWho map[string]map[string]*told) []crosscheck.Discrepancy {
	return toldTwoWays(whos, byWho, func(who, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		// Two given names of one surname are two people ("Sen. Tom
		// Udall (D-N.M.)", "Sen. Mark Udall (D-Colo.)").
		gx, gy := givenNamesOf(x, who, affiliationsOf), givenNamesOf(y, who, affiliationsOf)
		if len(gx) > 0 && len(gy) > 0 && overlap(gx, gy) == 0 {
			return crosscheck.Discrepancy{}, false
		}
		return twoWays(crosscheck.PlaceDiscrepancy, "State of "+who+": "+a+" or "+b, x, y), true
	})
}

// givenNamesOf returns the folded words before the surname who in the
// names read labels the sentences of t, titles left out.
func givenNamesOf(t *told, who string, labels func([]string) []affiliation) map[string]bool {
	out := map[string]bool{}
	for _, a := range labels(t.sents) {
		if a.who != who {
			continue
		}
		f := strings.Fields(a.name)
		for _, w := range f[:len(f)-1] {
			if l := textproc.Fold(strings.TrimSuffix(w, ".")); !titles[l] {
				out[l] = true
			}
		}
	}
	return out
}
