package discrepancy

import (
	"regexp"
	"strings"
	"sync"

	"crosscheck"
)

// A person's party is told beside the name: "Councilwoman Teresa
// Albright, a Democrat", "Sen. Ana Ruiz (R-Texas)", "Marchbanks, a
// Washington Democrat", "Republican Gov. Dale Ostrander". Two articles
// that give one person two parties disagree on who the person is.

// partyPatterns are the patterns of a party told beside a name,
// compiled on first use: few stories name a party.
//   - after a name: "Albright, a Democrat", "Marchbanks, a Washington
//     Democrat", "Ruiz, the Republican", "Ruiz, Republican of Texas" (a
//     former party, "a former Republican", is not read);
//   - as a letter: "Ruiz (R-Texas)", "Marchbanks, D-Ore.";
//   - before a name: "Republican Gov. Dale Ostrander", "Democratic state
//     Sen. Ana Ruiz", "GOP Rep. Ana Ruiz", "Democrat Ana Ruiz".
var partyPatterns = sync.OnceValue(func() (ps struct{ after, letter, before, owner *regexp.Regexp }) {
	ps.after = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’.-]* ){0,2}\p{Lu}[\p{L}'’-]+), (?:an? |the )?(?:(?:longtime|lifelong|moderate|conservative|progressive|liberal|veteran|first-term|two-term|\p{Lu}[\p{L}.]+) ){0,2}(Liberal Democrat|Democrat|Republican|Conservative|Tory|Labour|SNP|NDP|BJP)\b`)
	// "The Liberal Democrats' Fiona Adair", "Labour's Amir Khan".
	ps.owner = regexp.MustCompile(`\b(Liberal Democrats|Democrats|Republicans|Conservatives|Tories|Labour|SNP|NDP|BJP)(?:['’]s?|’s) ((?:\p{Lu}[\p{L}'’.-]* ){1,2}\p{Lu}[\p{L}'’-]+)`)
	ps.letter = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’.-]* ){0,2}\p{Lu}[\p{L}'’-]+),? \(?([DR])-\p{Lu}[\p{L}.]*\)?`)
	ps.before = regexp.MustCompile(`\b(Liberal Democrat|Democratic|Democrat|Republican|GOP|Conservative|Tory|Labour|SNP|NDP|BJP) (?:(?:state|U\.S\.|former|then-)[ -]?)?(?:(?:Sen|Rep|Gov|Del|Lt\. Gov)\.? |(?:Senator|Representative|Governor|Mayor|Congressman|Congresswoman|Councilman|Councilwoman|Assemblyman|Assemblywoman|Delegate|Commissioner|Supervisor|Treasurer|Comptroller|Attorney General|Secretary of State|MP|leader|candidate|nominee|challenger|incumbent|lawmaker|legislator),? )?((?:\p{Lu}[\p{L}'’.-]* ){0,2}\p{Lu}[\p{L}'’-]+)`)
	return ps
})

// partyOfLabel are the parties' names as the patterns read them.
var partyOfLabel = map[string]string{
	"Democrat": "Democrat", "Democratic": "Democrat", "D": "Democrat",
	"Republican": "Republican", "GOP": "Republican", "R": "Republican",
	"Republicans": "Republican", "Democrats": "Democrat",
	// Parties of other English-speaking democracies.
	"Conservative": "Conservative", "Conservatives": "Conservative", "Tory": "Conservative", "Tories": "Conservative",
	"Labour": "Labour", "Liberal Democrat": "Liberal Democrat", "Liberal Democrats": "Liberal Democrat",
	"SNP": "SNP", "NDP": "NDP", "BJP": "BJP",
}

// notPersonWords are capitalised words of bodies, places and events that
// a party's name may stand before ("Republican Party", "Democratic
// National Committee"), never a person's.
var notPersonWords = map[string]bool{
	"party": true, "committee": true, "caucus": true, "convention": true, "congress": true, "senate": true,
	"house": true, "assembly": true, "legislature": true, "administration": true, "conference": true,
	"club": true, "association": true, "national": true, "state": true, "county": true, "city": true,
	"council": true, "department": true, "primary": true, "governors": true, "leadership": true,
	"majority": true, "minority": true, "leaders": true, "lawmakers": true, "senators": true, "voters": true,
	"in": true, "on": true, "at": true, "the": true, "but": true, "and": true, "when": true, "after": true,
}

// partiesOf returns the parties an article's sentences give named
// people, as affiliations whose state is the party.
func partiesOf(sents []string) []affiliation {
	var out []affiliation
	for _, s := range sents {
		if !strings.Contains(s, "Democrat") && !strings.Contains(s, "Republican") && !strings.Contains(s, "GOP") &&
			!strings.Contains(s, "D-") && !strings.Contains(s, "R-") && !strings.Contains(s, "Conservative") &&
			!strings.Contains(s, "Tor") && !strings.Contains(s, "Labour") && !strings.Contains(s, "SNP") &&
			!strings.Contains(s, "NDP") && !strings.Contains(s, "BJP") {
			continue
		}
		// titled is set when a title stands before the name: a surname
		// alone is then a person's ("Rep. Ruiz").
		add := func(name, party, label string, titled bool) {
			ws := strings.Fields(name)
			if len(out) >= maxPlacings || len(ws) < 2 && !titled {
				return
			}
			for _, w := range ws {
				if notPersonWords[strings.ToLower(strings.TrimRight(w, "'’s"))] {
					return
				}
			}
			out = append(out, affiliation{who: personKey(name), name: name, state: partyOfLabel[party], label: label, sentence: s})
		}
		ps := partyPatterns()
		for _, m := range ps.after.FindAllStringSubmatchIndex(s, -1) {
			party := s[m[4]:m[5]]
			// "Oyelaran, the Liberal Democrat": "Liberal" is read as a
			// word before the party, which it names with "Democrat".
			if party == "Democrat" && strings.HasSuffix(s[:m[4]], "Liberal ") {
				party = "Liberal Democrat"
			}
			add(s[m[2]:m[3]], party, s[m[0]:m[1]], false)
		}
		for _, m := range ps.owner.FindAllStringSubmatchIndex(s, -1) {
			add(s[m[4]:m[5]], s[m[2]:m[3]], s[m[0]:m[1]], false)
		}
		for _, m := range ps.letter.FindAllStringSubmatchIndex(s, -1) {
			add(s[m[2]:m[3]], s[m[4]:m[5]], s[m[0]:m[1]], false)
		}
		for _, m := range ps.before.FindAllStringSubmatchIndex(s, -1) {
			add(s[m[4]:m[5]], s[m[2]:m[3]], s[m[0]:m[1]], strings.TrimSpace(s[m[3]:m[4]]) != "")
		}
	}
	return out
}

// parties judges the parties the articles give each person.
func parties(whos []string, byWho map[string]map[string]*told) []crosscheck.Discrepancy {
	return toldTwoWays(whos, byWho, func(who, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		gx, gy := givenNamesOf(x, who, partiesOf), givenNamesOf(y, who, partiesOf)
		if len(gx) > 0 && len(gy) > 0 && overlap(gx, gy) == 0 {
			return crosscheck.Discrepancy{}, false
		}
		name := who
		for _, w := range strings.Fields(x.text) {
			if w = strings.Trim(w, ",;:()"); personKey(w) == who {
				name = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			}
		}
		return twoWays(crosscheck.NameDiscrepancy, "Party of "+name+": "+a+" or "+b, x, y), true
	})
}
