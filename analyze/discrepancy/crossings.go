package discrepancy

import (
	"regexp"
	"slices"
	"strings"

	"crosscheck"
	"crosscheck/internal/memo"
)

// A vote's crossings are the members of a party who voted with the other
// side: "with 12 Democrats joining most Republicans", "Republicans were
// joined by 12 Democrats", "Two Democrats … joined most Republicans in
// supporting him". One article that gives some and another that gives
// none ("The bill passed without a single Democratic vote", "No
// Democrats voted for Osei") disagree on the vote.

// partyMembers are the plural nouns and adjectives of parties, by the
// party they name.
var partyMembers = map[string]string{
	"democrats": "democrat", "democratic": "democrat", "republicans": "republican", "republican": "republican",
	"conservatives": "conservative", "conservative": "conservative", "tories": "conservative", "tory": "conservative",
	"liberals": "liberal", "liberal": "liberal", "labour": "labour", "socialists": "socialist", "socialist": "socialist",
	"greens": "green", "green": "green",
}

// partyPlural names a party's members, by the party partyMembers gives.
var partyPlural = map[string]string{
	"democrat": "Democrats", "republican": "Republicans", "conservative": "Conservatives", "liberal": "Liberals",
	"labour": "Labour members", "socialist": "Socialists", "green": "Greens",
}

var (
	// someCrossed: "12 Democrats joining", "joined by two Republicans",
	// "Two Democrats, Sens. …, joined".
	someCrossed = regexp.MustCompile(`(?i)\b(?:joined by |with |and )?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a handful of|several|a few|a dozen) (Democrats|Republicans|Conservatives|Tories|Liberals|Socialists|Greens|Labour MPs|Democratic|Republican|Conservative|Liberal)\b`)
	// noneCrossed: "without a single Democratic vote", "No Democrats
	// voted for", "not a single Republican supported", "no Republican
	// votes".
	noneCrossed = regexp.MustCompile(`(?i)\b(?:without a single|without any|not a single|not one|no) (Democrats?|Republicans?|Conservatives?|Tor(?:y|ies)|Liberals?|Socialists?|Greens?|Labour|Democratic|Republican|Conservative|Liberal)\b`)
)

// partyNames are what a sentence must hold to name a party's members
// (partyMembers), as written.
var partyNames = []string{"Democrat", "Republican", "Conservative", "Tor", "Liberal", "Socialist", "Green", "Labour"}

// crossedVerbs are the words near a count of party members that make it
// a count of members who voted with the other side.
var crossedVerbs = []string{"join", "vote", "support", "backed", "crossed", "sided", "broke ranks"}

// crossing is what one sentence says of a party's members crossing over:
// some (with the words as written) or none.
type crossing struct {
	party, text, sentence string
	none                  bool
}

// crossingsOf returns what an article's sentences say of party members
// who voted with the other side.
func crossingsOf(sents []string) []crossing {
	var out []crossing
	for _, s := range sents {
		if !slices.ContainsFunc(partyNames, func(p string) bool { return strings.Contains(s, p) }) {
			continue
		}
		low := strings.ToLower(s)
		if !slices.ContainsFunc(crossedVerbs, func(v string) bool { return strings.Contains(low, v) }) {
			continue
		}
		for _, m := range noneCrossed.FindAllStringSubmatchIndex(s, 4) {
			party := partyMembers[strings.ToLower(s[m[2]:m[3]])]
			if party == "" || len(out) >= maxPlacings {
				continue
			}
			// "no Democratic votes", "No Democrats voted": the denial
			// must be of a vote, told right after.
			rest := strings.ToLower(s[m[3]:])
			if !voteAfter(rest) {
				continue
			}
			out = append(out, crossing{party: party, text: s[m[0]:m[1]], sentence: s, none: true})
		}
		for _, m := range someCrossed.FindAllStringSubmatchIndex(s, 4) {
			party := partyMembers[strings.ToLower(strings.TrimSuffix(s[m[4]:m[5]], " MPs"))]
			if party == "" || len(out) >= maxPlacings {
				continue
			}
			// The count must be of members who crossed: a verb of joining
			// or voting within a few words either side ("with 12
			// Democrats joining most Republicans", "joined by 12
			// Democrats"), not "two Democrats" of a committee.
			lo, hi := max(0, m[0]-40), min(len(s), m[1]+120)
			near := strings.ToLower(s[lo:hi])
			if !strings.Contains(near, "join") && !strings.Contains(near, "crossed") && !strings.Contains(near, "broke ranks") && !strings.Contains(near, "sided with") {
				continue
			}
			out = append(out, crossing{party: party, text: s[m[0]:m[1]], sentence: s})
		}
	}
	return out
}

// voteAfter reports whether the words after a party's name in a denial
// tell a vote: "votes", "voted", "supported", "backed", or a member
// noun and such a verb ("no Democratic senator voted for").
func voteAfter(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) > 0 && partyMemberNouns[strings.TrimRight(ws[0], ",.;:")] {
		ws = ws[1:]
	}
	if len(ws) > 0 && (ws[0] == "has" || ws[0] == "have" || ws[0] == "had") {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return false
	}
	w := strings.TrimRight(ws[0], ",.;:")
	return slices.Contains([]string{"vote", "voted", "votes", "voting", "supported", "supporting", "support", "backed", "backing", "joined", "joining"}, w)
}

// partyMemberNouns name a party's members after its adjective: "no
// Democratic senator", "not a single Republican lawmaker".
var partyMemberNouns = map[string]bool{
	"lawmaker": true, "lawmakers": true, "member": true, "members": true, "senator": true, "senators": true,
	"mp": true, "mps": true, "legislator": true, "legislators": true, "representative": true,
}

// crossingDiscrepancies reports the parties of which one article says
// some members voted with the other side and another says none did.
func crossingDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	type side struct {
		text string
		arts []string
	}
	some := map[string]*side{}
	none := map[string]*side{}
	var parties []string
	for i := range arts {
		for _, c := range crossingsOf(sentencesOf(m, &arts[i])) {
			by := some
			if c.none {
				by = none
			}
			if some[c.party] == nil && none[c.party] == nil {
				parties = append(parties, c.party)
			}
			s := by[c.party]
			if s == nil {
				s = &side{text: c.text}
				by[c.party] = s
			}
			if !slices.Contains(s.arts, arts[i].ID) {
				s.arts = append(s.arts, arts[i].ID)
			}
		}
	}
	var out []crosscheck.Discrepancy
	for _, p := range parties {
		s, n := some[p], none[p]
		// An article that says both (one vote's crossings, another's
		// none) tells of two votes.
		if s == nil || n == nil || intersects(s.arts, n.arts) {
			continue
		}
		out = append(out, crosscheck.Discrepancy{
			Kind:  crosscheck.ClaimDiscrepancy,
			About: "How many " + partyPlural[p] + " voted with the other side",
			Variants: []crosscheck.Cited{
				{Text: s.text, Articles: sorted(s.arts)},
				{Text: n.text, Articles: sorted(n.arts)},
			},
		})
	}
	return out
}
