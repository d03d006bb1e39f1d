package discrepancy

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A person's title is the office a report gives them, before the name
// ("Deputy Energy Secretary Colleen Farrow") or in an apposition after it
// ("Marcus Whitfield, a former Oklahoma attorney general and Army
// veteran"). Two reports that give one person titles of one office at
// different ranks ("deputy" and "assistant energy secretary"), or two
// different offices of one place held at one time ("a former Oklahoma
// attorney general", "a former Oklahoma lieutenant governor"), disagree
// on who the person is. A report that gives a title the other's agrees
// with (a shorter form, "Speaker" and "House Speaker") agrees with it.

// rankWords set an office's holder below its head: a deputy secretary is
// not the secretary.
var rankWords = map[string]bool{
	"deputy": true, "assistant": true, "associate": true, "under": true, "vice": true, "lieutenant": true,
	"battalion": true,
}

// compoundGrades are the rank words that make a grade of their own with
// the grade after them: a lieutenant commander is no commander, a vice
// admiral no admiral, a lieutenant colonel no colonel.
var compoundGrades = map[string]bool{"lieutenant": true, "vice": true}

// officeKinds are the kinds of place or body a post may be named by
// before its role word, capitalised or not ("City Manager", "the city
// manager"; "District Attorney", "the county's district attorney"): the
// post's name, not the place it is held in.
var officeKinds = map[string]bool{
	"city": true, "county": true, "district": true, "state": true, "town": true, "village": true, "borough": true,
}

// officeWords name the offices a place has one or a few holders of at a
// time, held by election or appointment; two of them of one place are
// two offices. Jobs ("inspector", "spokesman", "lawyer") may be one
// person's at once.
var officeWords = map[string]bool{
	"governor": true, "senator": true, "representative": true, "congressman": true, "congresswoman": true,
	"mayor": true, "secretary": true, "minister": true, "president": true, "speaker": true, "treasurer": true,
	"comptroller": true, "controller": true, "auditor": true, "judge": true, "justice": true, "ambassador": true, "chancellor": true,
	"premier": true, "general": true, "councilman": true, "councilwoman": true, "councilor": true,
	"councillor": true, "sheriff": true, "prosecutor": true, "lawmaker": true, "legislator": true,
	"commissioner": true,
}

// gradeWords are the ranks of an army or a police force: a person holds
// one at a time.
var gradeWords = map[string]bool{
	"private": true, "corporal": true, "sergeant": true, "lieutenant": true, "captain": true, "major": true,
	"colonel": true, "general": true, "admiral": true, "commander": true, "commodore": true, "brigadier": true,
}

// officerWords tell a company's officers apart ("chief financial
// officer", "chief operating officer").
var officerWords = map[string]bool{
	"financial": true, "operating": true, "technology": true, "information": true, "marketing": true,
	"investment": true, "legal": true, "officer": true, "medical": true, "nursing": true, "security": true,
	"compliance": true, "risk": true, "commercial": true, "strategy": true, "scientific": true, "revenue": true,
	"product": true, "communications": true, "digital": true, "data": true, "people": true,
}

// officerOf gives the word of an officer's title that a noun of the
// field names: "finance chief", "chief financial officer".
var officerOf = map[string]string{"finance": "financial", "operations": "operating"}

// judgeKinds are the benches a judge's title names before "Judge".
var judgeKinds = map[string]bool{
	"district": true, "magistrate": true, "circuit": true, "bankruptcy": true, "appeals": true,
	"appellate": true, "immigration": true, "administrative": true, "tax": true,
}

// titleQualifiers say when or how an office is held, not which it is.
var titleQualifiers = map[string]bool{
	"former": true, "then": true, "current": true, "acting": true, "interim": true, "outgoing": true,
	"incoming": true, "longtime": true, "newly": true, "appointed": true, "elected": true, "shadow": true,
	"junior": true, "local": true,
}

// partyWords name a party, which a title may carry and another omit.
var partyWords = map[string]bool{
	"republican": true, "democrat": true, "democratic": true, "gop": true, "r": true, "d": true,
	"independent": true, "conservative": true, "labour": true, "liberal": true,
}

// maxTitleWords bounds the words of a title.
const maxTitleWords = 6

// maxTitledPeople bounds how many people's titles a story's sentences
// are searched for.
const maxTitledPeople = 256

// personTitle is one title a report gives a person.
type personTitle struct {
	office []string // the office's words, keyed and sorted: "energy secretary"
	holds  bool     // whether the office is one of officeWords
	rank   string   // the rank of an army or police, when the title is one
	ranks  string   // its rank words, keyed and sorted: "deputy"
	places string   // the capitalised words that are no role: "oklahoma"
	former bool
	text   string // the name with its title, as written
	// fields are the subjects a post of a field is of, keyed ("a
	// professor of epidemiology": "epidemiology").
	fields []string
	// also is set on a title told beside another in one phrase: the
	// first of "Chairman and Chief Executive", the second of "the
	// company's chairman and chief executive".
	also bool
}

// titleDiscrepancies reports a person whom two reports give titles of one
// office at different ranks, or of two offices of one place, where
// neither report gives a title the other's agrees with.
func titleDiscrepancies(arts []crosscheck.Article, ents []crosscheck.Entity, m *memo.Memo) []crosscheck.Discrepancy {
	type person struct {
		name string
		full []string
	}
	var people []*person
	byLast := map[string][]int{} // last word of a full name: people
	for _, e := range ents {
		if e.Kind != crosscheck.Person || len(people) >= maxTitledPeople {
			continue
		}
		p := &person{name: e.Name, full: fullNames(e)}
		if len(p.full) == 0 {
			continue
		}
		for _, f := range p.full {
			if w := lastWord(f); w != "" && !slices.Contains(byLast[w], len(people)) {
				byLast[w] = append(byLast[w], len(people))
			}
		}
		people = append(people, p)
	}
	if len(people) == 0 {
		return nil
	}
	found := make([]map[int][]personTitle, len(people))
	var seen []int
	for i := range arts {
		for _, s := range sentencesOf(m, &arts[i]) {
			seen = seen[:0]
			// The words are read in place: most sentences name no one.
			eachWord(s, textproc.IsWordRune, func(w string) bool {
				for _, k := range byLast[w] {
					if slices.Contains(seen, k) {
						continue
					}
					seen = append(seen, k)
					add := func(t personTitle) {
						if found[k] == nil {
							found[k] = map[int][]personTitle{}
						}
						found[k][i] = append(found[k][i], t)
					}
					full := false
					for _, f := range people[k].full {
						full = full || strings.Contains(s, f)
						for _, t := range titlesOf(s, f) {
							add(t)
						}
					}
					// "Whitfield, the shadow treasurer", "Chief Bramley
					// said": a surname alone that no one else of the
					// story bears, in a sentence that does not name the
					// person in full.
					if !full && len(byLast[w]) == 1 && titledSurname(s, w) && slices.ContainsFunc(people[k].full, func(f string) bool { return lastWord(f) == w }) {
						for _, t := range titlesOf(s, w) {
							add(t)
						}
					}
				}
				return true
			})
		}
	}
	var out []crosscheck.Discrepancy
	for k, p := range people {
		if d, ok := titleConflict(arts, p.name, found[k]); ok {
			out = append(out, d)
		}
	}
	return out
}

// titleConflict reports the titles of one person, by article, when the
// articles fall into groups whose titles conflict with every other
// group's and agree within it. An article whose own titles do not agree
// (a career told title by title) is left out.
//
// What a person is now and what they were before are compared apart:
// "Vice Adm. Ernesto Salcedo, a former navy chief" says nothing against
// "Adm. Ernesto Salcedo", and "Its leader, Nikola Grubišić, a former
// justice minister" disagrees with "Most leader Nikola Grubišić, a former
// interior minister" on what he was, not on what he is.
func titleConflict(arts []crosscheck.Article, name string, byArt map[int][]personTitle) (crosscheck.Discrepancy, bool) {
	for _, former := range []bool{false, true} {
		of := map[int][]personTitle{}
		for i, ts := range byArt {
			if kept := slices.DeleteFunc(slices.Clone(ts), func(t personTitle) bool { return t.former != former }); len(kept) > 0 {
				of[i] = kept
			}
		}
		if d, ok := titleGroupsConflict(arts, name, of); ok {
			return d, true
		}
	}
	// "Lead author Dr. Hannah Lindqvist, a professor of epidemiology":
	// the posts of a field are compared apart from the titles beside
	// them.
	fielded := func(t personTitle) bool { return len(t.fields) > 0 }
	of := map[int][]personTitle{}
	for i, ts := range byArt {
		if !slices.ContainsFunc(ts, fielded) {
			continue
		}
		of[i] = slices.DeleteFunc(slices.Clone(ts), func(t personTitle) bool { return !fielded(t) })
	}
	if len(of) >= 2 {
		return titleGroupsConflict(arts, name, of)
	}
	return crosscheck.Discrepancy{}, false
}

// shortTitle reports whether title a is a bare short form of title b in
// one report: no rank, place or field of its own, its office words all
// among b's, and b telling more.
func shortTitle(a, b personTitle) bool {
	return a.ranks == "" && a.places == "" && len(a.fields) == 0 && a.former == b.former && nested(a.office, b.office) &&
		len(a.office) <= len(b.office) && (b.ranks != "" || b.places != "" || len(b.office) > len(a.office))
}

// titleGroupsConflict reports the titles of one time (now, or before),
// by article, when the articles fall into groups whose titles conflict
// with every other group's and agree within it.
func titleGroupsConflict(arts []crosscheck.Article, name string, byArt map[int][]personTitle) (crosscheck.Discrepancy, bool) {
	if len(byArt) < 2 {
		return crosscheck.Discrepancy{}, false
	}
	type group struct {
		t    personTitle
		arts []int
	}
	var groups []*group
	for _, i := range slices.Sorted(maps.Keys(byArt)) {
		// Titles told beside another ("Chairman and Chief Executive")
		// take no part in choosing the report's own.
		ts := slices.DeleteFunc(slices.Clone(byArt[i]), func(t personTitle) bool { return t.also })
		if len(ts) == 0 {
			ts = byArt[i]
		}
		rep := ts[0]
		ok := true
		for _, t := range ts[1:] {
			// Titles one person holds at once ("Dr.", "the race's
			// medical director") agree; a career told title by title
			// does not. A bare short form of the report's title ("Deputy
			// Fire Chief Oswin Pelletier", later "Chief Pelletier") is that
			// title.
			if !titlesAgree(rep, t) && !shortTitle(t, rep) && !shortTitle(rep, t) && (titlesConflict(rep, t) || rep.holds && t.holds) {
				ok = false
				break
			}
			if len(t.office) > len(rep.office) || shortTitle(rep, t) {
				rep = t
			}
		}
		if !ok {
			continue
		}
		joined := false
		for _, g := range groups {
			// "a spokeswoman for the National Disaster Management
			// Agency", "a spokeswoman for the country's disaster
			// agency": one post, named in other words.
			if titlesAgree(g.t, rep) || postOf(g.t) != "" && postOf(g.t) == postOf(rep) && !titlesConflict(g.t, rep) {
				if len(rep.office) > len(g.t.office) {
					g.t = rep
				}
				g.arts = append(g.arts, i)
				joined = true
				break
			}
		}
		if !joined {
			groups = append(groups, &group{t: rep, arts: []int{i}})
		}
	}
	// A title that may be held beside every other ("the party's leader"
	// beside "Labor Minister" and "Finance Minister") takes no side.
	groups = slices.DeleteFunc(groups, func(g *group) bool {
		return !slices.ContainsFunc(groups, func(h *group) bool { return h != g && titlesConflict(g.t, h.t) })
	})
	if len(groups) < 2 {
		return crosscheck.Discrepancy{}, false
	}
	for a, g := range groups {
		for _, h := range groups[a+1:] {
			if !titlesConflict(g.t, h.t) {
				return crosscheck.Discrepancy{}, false
			}
		}
	}
	// A report that gives the person the titles of two groups
	// ("Chairman and Chief Executive Marcus Lindqvist") tells that both
	// are, or were, the person's; a bare short form of its other title
	// ("Chief Pelletier" after "Deputy Fire Chief Oswin Pelletier") is no
	// second title.
	for _, ts := range byArt {
		for a, g := range groups {
			for _, h := range groups[a+1:] {
				for _, t := range ts {
					if titlesAgree(g.t, t) && slices.ContainsFunc(ts, func(u personTitle) bool {
						return titlesAgree(h.t, u) && titlesConflict(t, u) && !shortTitle(u, t) && !shortTitle(t, u)
					}) {
						return crosscheck.Discrepancy{}, false
					}
				}
			}
		}
	}
	var vs []crosscheck.Cited
	for _, g := range groups {
		ids := make([]string, len(g.arts))
		for j, i := range g.arts {
			ids[j] = arts[i].ID
		}
		sort.Strings(ids)
		vs = append(vs, crosscheck.Cited{Text: g.t.text, Articles: ids})
	}
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].Text < vs[j].Text })
	return crosscheck.Discrepancy{Kind: crosscheck.NameDiscrepancy, About: "Title of " + name, Variants: vs}, true
}

// titlesAgree reports whether two titles may be one: one office's words
// hold the other's, at one rank.
func titlesAgree(a, b personTitle) bool {
	// "Chief Superintendent Declan Furlong", "Superintendent Declan
	// Furlong": two grades of a police force, though the words of one
	// hold the other's.
	if ga, gb := policeGrade(a), policeGrade(b); ga != "" && gb != "" && ga != gb {
		return false
	}
	return a.ranks == b.ranks && nested(a.office, b.office) && fieldsFit(a, b)
}

// fieldsFit reports whether two titles' fields may be one's: either
// names none, or they share one.
func fieldsFit(a, b personTitle) bool {
	return len(a.fields) == 0 || len(b.fields) == 0 || slices.ContainsFunc(a.fields, func(f string) bool { return slices.Contains(b.fields, f) })
}

// fullNames returns the forms of a person's name of two words or more,
// bare of titles, each once: the forms titles and chairs are read beside.
func fullNames(e crosscheck.Entity) []string {
	var out []string
	for _, v := range e.Variants {
		if b := entities.Bare(v); len(strings.Fields(b)) >= 2 && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}

// titlesConflict reports whether two titles cannot be one person's at
// once: one office at two ranks, or two offices of one place, both held
// now or both before.
func titlesConflict(a, b personTitle) bool {
	// "a professor of epidemiology", "a professor of neurology": one
	// post in two fields.
	if len(a.fields) > 0 && len(b.fields) > 0 && slices.Equal(a.office, b.office) && a.former == b.former && !fieldsFit(a, b) {
		return true
	}
	// "Lt. Dana Poole", "Sgt. Dana Poole": one person, two ranks;
	// "retired Gen. Ernesto Salcedo", "retired Vice Adm. Ernesto
	// Salcedo": two grades, whatever rank words stand before them.
	if len(a.office) == 1 && len(b.office) == 1 && a.rank != "" && b.rank != "" && (a.rank != b.rank || a.ranks == "" && b.ranks == "") {
		return a.rank != b.rank && a.former == b.former
	}
	// "Chief Superintendent Declan Furlong", "Superintendent Declan
	// Furlong": the words of one grade may hold another's.
	if ga, gb := policeGrade(a), policeGrade(b); ga != "" && gb != "" && ga != gb && a.former == b.former {
		return true
	}
	if nested(a.office, b.office) {
		// A rank dropped from an office names its head ("Vice Provost
		// Linda Okafor", "Provost Linda Okafor"; "Spanish Deputy
		// Agriculture Minister Lucía Bermejo", "Spain's agriculture
		// minister"), unless a grade of an army or police stands beside
		// it, which a rank word may be one of its own ("Deputy Sgt.", a
		// sheriff's deputy).
		if a.ranks == "" || b.ranks == "" {
			if a.rank != "" && a.rank == b.rank && (compoundGrades[a.ranks] || compoundGrades[b.ranks]) {
				return a.former == b.former
			}
			return a.ranks != b.ranks && a.rank == "" && b.rank == "" && a.former == b.former
		}
		return a.ranks != b.ranks
	}
	// A deputy of one portfolio holds no other ("Deputy Finance
	// Minister", "Trade Minister"), but a deputy prime minister often
	// holds one.
	prime := slices.Contains(a.office, keyOf("prime")) || slices.Contains(b.office, keyOf("prime"))
	if a.holds && b.holds && a.former == b.former && (samePlaces(a.places, b.places) || a.places == "" || b.places == "") && (a.ranks == b.ranks || !prime) {
		// "Finance Minister Chantal Beaulieu", "Industry Minister
		// Chantal Beaulieu": two portfolios of one government, whether
		// or not one title names the country ("Indonesian Defense
		// Minister Dewi Anggraini").
		for _, h := range portfolioHeads {
			_, inA := slices.BinarySearch(a.office, keyOf(h))
			_, inB := slices.BinarySearch(b.office, keyOf(h))
			if inA && inB && len(a.office) > 1 && len(b.office) > 1 {
				return true
			}
		}
	}
	// "Interior Minister Joseph Mwangi", "Inspector General of Police
	// Joseph Mwangi": a government's minister holds no post of the courts,
	// the police, a city or a state, nor an embassy, at once.
	if a.holds && b.holds && a.former == b.former && (samePlaces(a.places, b.places) || a.places == "" || b.places == "") &&
		(portfolioOf(a) && branchOf(b) || portfolioOf(b) && branchOf(a)) {
		return true
	}
	// "Whitfield, the shadow treasurer", "Whitfield, the shadow defense
	// minister": a treasurer holds the finance portfolio, which is no
	// other minister's.
	if a.former == b.former && placesFit(a.places, b.places) && (treasurer(a) && portfolioOf(b) || treasurer(b) && portfolioOf(a)) {
		return true
	}
	// "Attorney General Dana Whitfield", "Solicitor General Dana
	// Whitfield": two offices named with "General".
	if ga, gb := generalPost(a), generalPost(b); ga != "" && gb != "" && ga != gb && a.former == b.former && placesFit(a.places, b.places) {
		return true
	}
	// "Halvorsen Chairman Marcus Lindqvist", "Halvorsen CEO Marcus
	// Lindqvist": the board's chair and the chief executive it oversees;
	// one person holding both is told with both ("chairman and chief
	// executive"), which agrees with either.
	if a.former == b.former && placesFit(a.places, b.places) && (boardChair(a) && soleChiefExecutive(b) || boardChair(b) && soleChiefExecutive(a)) {
		return true
	}
	// "Mayor Rosalind Achterberg", "City Manager Rosalind Achterberg"; "school
	// board chairman Marcus Bell", "Superintendent Marcus Bell": the
	// elected head of a place or a board and the executive it appoints.
	if a.former == b.former && a.ranks == "" && b.ranks == "" && placesFit(a.places, b.places) &&
		(appointedHead(a) && electedHead(b) || appointedHead(b) && electedHead(a)) {
		return true
	}
	// "Corvane's chief executive, Dana Pruitt", "Corvane regional
	// director Dana Pruitt": the head of a company and a director or
	// manager below it.
	if a.former == b.former && placesFit(a.places, b.places) && (soleChiefExecutive(a) && staffDirector(b) || soleChiefExecutive(b) && staffDirector(a)) {
		return true
	}
	// "Zoning Board Chair Lena Ostrow", "Public Works Director Lena
	// Ostrow": the chair of a body of members and the director of
	// another unit, which no word of the two names in common.
	if a.former == b.former && (memberBodyChair(a) && unitDirector(b) || memberBodyChair(b) && unitDirector(a)) && !bodiesMeet(a, b) {
		return true
	}
	// "Sturmhaven head coach Henrik Aaltonen", "Henrik Aaltonen,
	// Sturmhaven's sporting director": a team's coach and an officer of
	// the club above the coach.
	if a.former == b.former && placesFit(a.places, b.places) && (coachPost(a) && teamOfficer(b) || coachPost(b) && teamOfficer(a)) {
		return true
	}
	// "Cal Fire Capt. Teodoro Valdivia", "Cal Fire Battalion Chief
	// Teodoro Valdivia": a grade and a service's chief.
	if a.former == b.former && placesFit(a.places, b.places) && (gradeAndChief(a, b) || gradeAndChief(b, a)) {
		return true
	}
	// "the former state treasurer", "the former state auditor": two
	// offices of one kind of place.
	if a.former == b.former && placesFit(a.places, b.places) && officesOfOneKind(a, b) {
		return true
	}
	// "Immigration Judge Tomasz Wierzbicki", "U.S. District Judge Tomasz
	// Wierzbicki": judges of two benches.
	if ka, kb := benchOf(a), benchOf(b); ka != "" && kb != "" && ka != kb && a.former == b.former {
		return true
	}
	// "Sheriff Corwin Babcock", "Chief Deputy Corwin Babcock": the head of an
	// office and someone ranked below a head.
	if a.former == b.former && placesFit(a.places, b.places) && (headedBy(a) && belowHead(b) || headedBy(b) && belowHead(a)) {
		return true
	}
	// "Senate Majority Leader Renee Calloway", "Senate President Pro
	// Tempore Renee Calloway": two posts of a chamber's leadership.
	if pa, pb := chamberPost(a), chamberPost(b); pa != "" && pb != "" && pa != pb && a.former == b.former && a.ranks == b.ranks {
		return true
	}
	// "Raul Dizon, a spokesman for the council", "Raul Dizon, the
	// executive director": a body's spokesperson does not head it.
	if a.former == b.former && (postOf(a) == "spokesperson" && headOf(b) || postOf(b) == "spokesperson" && headOf(a)) {
		return true
	}
	// "the Election Commission's chairman", "the commission's
	// secretary": a body's chair and its secretary or treasurer are two
	// posts.
	if a.former == b.former && a.ranks == "" && b.ranks == "" && oneBody(a, b) && (chairPost(a) && secretaryPost(b) || chairPost(b) && secretaryPost(a)) {
		return true
	}
	// "Detective Superintendent Niamh Costello", "Detective Inspector
	// Niamh Costello": two grades of a police force.
	if ga, gb := policeGrade(a), policeGrade(b); ga != "" && gb != "" && ga != gb && a.former == b.former {
		return true
	}
	// "Sen. Marla Quist", "Rep. Marla Quist"; "a state senator", "state
	// Rep. Victor Almeda": a member of a legislature's upper chamber sits
	// in no lower one.
	if ca, cb := chamberOf(a), chamberOf(b); ca != "" && cb != "" && ca != cb && a.former == b.former {
		return true
	}
	// "Sheriff Brian Hollis", "Fire Chief Brian Hollis"; "Gov. Ricardo
	// Menezes", "Mayor Ricardo Menezes": posts of two institutions.
	if a.former == b.former && placesFit(a.places, b.places) && postsApart(postOf(a), postOf(b)) {
		return true
	}
	if a.holds && b.holds && a.former == b.former && (a.places == "" || b.places == "") {
		// "Pritam Sethi, the chief financial officer", "Pritam Sethi,
		// Halvorsen's chief operating officer", "CEO Mikael Laaksonen":
		// a company's two officers, whether or not a title names the
		// company.
		chief := keyOf("chief")
		return slices.Contains(a.office, chief) && slices.Contains(b.office, chief)
	}
	return a.holds && b.holds && a.former == b.former && a.places != "" && a.places == b.places
}

// coachPost reports whether a title is a team's coach.
func coachPost(t personTitle) bool { return slices.Contains(t.office, keyOf("coach")) }

// teamOfficer reports whether a title is a post of a club or a school
// above its coach: a director, a president, a chairman, an executive,
// an owner. A manager may be the coach itself, as in football.
func teamOfficer(t personTitle) bool {
	if coachPost(t) {
		return false
	}
	for _, w := range []string{"director", "president", "chairman", "chairwoman", "executive", "owner"} {
		if slices.Contains(t.office, keyOf(w)) {
			return true
		}
	}
	return false
}

// appointedHead reports whether a title is the executive an elected
// council or board appoints to run a place or a school district: a city
// or county manager or administrator, a superintendent of no police.
func appointedHead(t personTitle) bool {
	has := func(w string) bool { return slices.Contains(t.office, keyOf(w)) }
	if len(t.office) == 1 && has("superintendent") {
		return postOf(t) == ""
	}
	return len(t.office) == 2 && (has("manager") || has("administrator")) &&
		slices.ContainsFunc(t.office, func(o string) bool { return o == keyOf("city") || o == keyOf("county") || o == keyOf("town") })
}

// electedHead reports whether a title is a place's mayor or a board's
// chair holding no other head's post ("executive chairman").
func electedHead(t personTitle) bool {
	if len(t.office) == 1 && postOf(t) == "city" {
		return true
	}
	other := func(w string) bool { return !slices.Contains(chairWords, w) && slices.Contains(t.office, keyOf(w)) }
	return chairPost(t) && !slices.ContainsFunc(headWords, other)
}

// gradeAndChief reports whether a is a grade alone (a captain, a
// lieutenant) and b a service's chief.
func gradeAndChief(a, b personTitle) bool {
	return a.rank != "" && len(a.office) == 1 && b.rank == "" && len(b.office) == 1 && b.office[0] == keyOf("chief")
}

// officesOfOneKind reports whether two titles are two offices of one kind
// of place ("state treasurer", "state auditor"; "city attorney", "city
// manager"): the kind in both, and besides it one word each, of which one
// at least is an office's (officeWords), and two.
func officesOfOneKind(a, b personTitle) bool {
	if len(a.office) < 2 || len(b.office) < 2 || a.ranks != b.ranks {
		return false
	}
	for _, k := range a.office {
		if !kindKeys().place[k] || !slices.Contains(b.office, k) {
			continue
		}
		if len(a.office) == 2 && len(b.office) == 2 {
			return !slices.Equal(a.office, b.office) && (a.holds || b.holds)
		}
		// "the former state attorney general", "the former state
		// treasurer": offices of three words or fewer, both held by
		// election or appointment, that share no word but the place's.
		if len(a.office) > 3 || len(b.office) > 3 || !a.holds || !b.holds || roleOfOffices(a) || roleOfOffices(b) {
			return false
		}
		for _, w := range a.office {
			if w != k && slices.Contains(b.office, w) {
				return false
			}
		}
		return true
	}
	return false
}

// roleWords name what several offices do, not one office: an attorney
// general and a district attorney are each "the state prosecutor", a
// senator "a state lawmaker".
var roleWords = []string{"prosecutor", "lawmaker", "legislator"}

// roleOfOffices reports whether a title names a role several offices
// hold (roleWords).
func roleOfOffices(t personTitle) bool {
	return slices.ContainsFunc(roleWords, func(w string) bool { return slices.Contains(t.office, keyOf(w)) })
}

// benchOf returns the bench a judge's title names ("district",
// "immigration"), or "".
func benchOf(t personTitle) string {
	if !slices.Contains(t.office, keyOf("judge")) {
		return ""
	}
	out := ""
	for _, o := range t.office {
		if kindKeys().bench[o] {
			if out != "" {
				return ""
			}
			out = o
		}
	}
	return out
}

// kindKeys are the word keys of judgeKinds and officeKinds, made once.
var kindKeys = sync.OnceValue(func() (k struct{ bench, place map[string]bool }) {
	k.bench, k.place = map[string]bool{}, map[string]bool{}
	for w := range judgeKinds {
		k.bench[keyOf(w)] = true
	}
	for w := range officeKinds {
		k.place[keyOf(w)] = true
	}
	return k
})

// headedBy reports whether a title is the one head of an office that has
// deputies of its own: a sheriff, of a county or not.
func headedBy(t personTitle) bool {
	if t.ranks != "" || postOf(t) != "sheriff" {
		return false
	}
	// "County Sheriff": the kind of place is no second post.
	for _, o := range t.office {
		if o != keyOf("sheriff") && !kindKeys().place[o] {
			return false
		}
	}
	return true
}

// belowHead reports whether a title is ranked below a head and names no
// institution of its own ("Chief Deputy", "Undersheriff").
func belowHead(t personTitle) bool {
	if postOf(t) != "" {
		return false
	}
	return t.ranks != "" && t.ranks != "battalion" || len(t.office) == 1 && t.office[0] == keyOf("undersheriff")
}

// chairWords are the posts of a body's chair; secretaryWords those of
// its secretary or treasurer.
var (
	chairWords     = []string{"chairman", "chairwoman", "chair", "chairperson", "president"}
	secretaryWords = []string{"secretary", "treasurer"}
)

// chairPost reports whether a title is a body's chair; secretaryPost
// whether it is its secretary or treasurer, and no minister's
// portfolio.
func chairPost(t personTitle) bool {
	return slices.ContainsFunc(chairWords, func(w string) bool { return slices.Contains(t.office, keyOf(w)) })
}

func secretaryPost(t personTitle) bool {
	return !portfolioOf(t) && !chairPost(t) && slices.ContainsFunc(secretaryWords, func(w string) bool { return slices.Contains(t.office, keyOf(w)) })
}

// oneBody reports whether two titles name one body that is no country
// or state: a word of their places in common ("Election Commission",
// "commission").
func oneBody(a, b personTitle) bool {
	if a.places == "" || b.places == "" {
		return false
	}
	for w := range strings.FieldsSeq(a.places) {
		if slices.Contains(strings.Fields(b.places), w) && !entities.IsRegion(w) {
			return true
		}
	}
	return false
}

// policeGrades are the grades of a police force a detective may hold, and
// of a bench ("Justice", "Chief Justice"); policeGradeWords the other
// words a title of one may hold.
var (
	policeGrades     = []string{"constable", "sergeant", "inspector", "superintendent", "justice", "judge"}
	policeGradeWords = []string{"detective", "chief", "police", "deputy", "assistant"}
)

// policeGrade returns a title's grade of a police force ("detective
// inspector": "inspector"; "detective chief superintendent": "chief
// superintendent") or of a bench ("Chief Justice": "chief justice"), or ""
// when the title holds another word ("inspector general", "building
// inspector", "district judge") or no grade.
func policeGrade(t personTitle) string {
	grade, chief := "", false
	for _, w := range t.office {
		switch {
		case slices.ContainsFunc(policeGrades, func(g string) bool { return keyOf(g) == w }):
			if grade != "" {
				return ""
			}
			grade = w
		case w == keyOf("chief"):
			chief = true
		case slices.ContainsFunc(policeGradeWords, func(g string) bool { return keyOf(g) == w }):
		default:
			return ""
		}
	}
	// "Justice Peter Odhiambo", "the judge Peter Odhiambo": one seat on
	// a bench, which its chief's is not.
	if grade == keyOf("judge") {
		grade = keyOf("justice")
	}
	if grade != "" && chief {
		grade = "chief " + grade
	}
	return grade
}

// upperMembers and lowerMembers are the words of a seat in a
// legislature's upper and lower chamber.
var (
	upperMembers = []string{"senator"}
	lowerMembers = []string{"representative", "congressman", "congresswoman", "congressmember", "assemblyman", "assemblywoman", "assemblymember", "delegate"}
)

// chamberOf returns "upper" or "lower" for a title that names a seat in
// one chamber of a legislature, or "".
func chamberOf(t personTitle) string {
	has := func(w string) bool { return slices.Contains(t.office, keyOf(w)) }
	up, low := slices.ContainsFunc(upperMembers, has), slices.ContainsFunc(lowerMembers, has)
	switch {
	case up && !low:
		return "upper"
	case low && !up:
		return "lower"
	}
	return ""
}

// chamberWords name a legislative chamber or council, whose president is
// one of its leaders.
var chamberWords = []string{"senate", "house", "assembly", "council", "chamber", "legislature"}

// chamberPost returns the post of a chamber's leadership a title names:
// "pro tempore", "majority leader", "minority whip", "speaker", a
// chamber's "president", or "".
func chamberPost(t personTitle) string {
	has := func(w string) bool {
		k := keyOf(w)
		if slices.Contains(t.office, k) {
			return true
		}
		for rest := t.places; rest != ""; {
			var f string
			f, rest, _ = strings.Cut(rest, " ")
			if f == k {
				return true
			}
		}
		return false
	}
	switch {
	case has("pro") && has("tempore"):
		return "pro tempore"
	case (has("majority") || has("minority")) && (has("leader") || has("whip")):
		side, post := "majority", "leader"
		if has("minority") {
			side = "minority"
		}
		if has("whip") {
			post = "whip"
		}
		return side + " " + post
	case has("speaker"):
		return "speaker"
	case has("president") && slices.ContainsFunc(chamberWords, has):
		return "president"
	}
	return ""
}

// portfolioOf reports whether a title is a head of a portfolio: a
// minister, secretary or commissioner of something ("Interior Minister",
// "Interior Cabinet Secretary").
func portfolioOf(t personTitle) bool {
	if len(t.office) < 2 {
		return false
	}
	for _, h := range portfolioHeads {
		if _, ok := slices.BinarySearch(t.office, keyOf(h)); ok {
			return true
		}
	}
	return false
}

// generalAfter reports whether a word before "General" names the office
// "General" qualifies ("Solicitor General", "Inspector General"): a
// capitalised word that is no grade, rank or qualifier ("Brig. Gen.",
// "Lt. General", "former General").
func generalAfter(w string) bool {
	raw := strings.Trim(w, ",;:—()\"“”‘’")
	rk := strings.ReplaceAll(strings.ToLower(raw), ".", "")
	if a, ok := titleAbbreviations[rk]; ok {
		rk = a
	}
	return capital(raw) && !strings.HasSuffix(raw, ".") && !rankWords[rk] && !gradeWords[rk] && !titleQualifiers[rk] && !partyWords[rk] && !strings.HasSuffix(rk, "'s") && !strings.HasSuffix(rk, "’s")
}

// generalPost returns the office a title of two words with "General"
// names ("Attorney General": "attorney"), or "".
func generalPost(t personTitle) string {
	g := keyOf("general")
	if len(t.office) != 2 || t.rank != "" || !slices.Contains(t.office, g) {
		return ""
	}
	if t.office[0] == g {
		return t.office[1]
	}
	return t.office[0]
}

// boardChair reports whether a title chairs a board and holds no other of
// its posts ("Chairman", not "executive chairman" or "vice chair").
func boardChair(t personTitle) bool {
	return t.ranks == "" && len(t.office) == 1 && slices.ContainsFunc([]string{"chairman", "chairwoman", "chair", "chairperson"}, func(w string) bool { return t.office[0] == keyOf(w) })
}

// memberBodies are the bodies of members a chair presides over.
var memberBodies = []string{"commission", "board", "committee", "council", "panel"}

// memberBodyChair reports whether a title chairs a body of members that
// it names ("Planning Commission Chair").
func memberBodyChair(t personTitle) bool {
	return boardChair(t) && slices.ContainsFunc(memberBodies, func(w string) bool { return slices.Contains(strings.Fields(t.places), keyOf(w)) })
}

// directs reports whether a title is a director's or a manager's, of no
// rank and chairing nothing.
func directs(t personTitle) bool {
	return t.ranks == "" && !chairPost(t) && (slices.Contains(t.office, keyOf("director")) || slices.Contains(t.office, keyOf("manager")))
}

// unitDirector reports whether a title is the director or manager of a
// unit it names, and chairs nothing ("Community Development Director").
func unitDirector(t personTitle) bool {
	return directs(t) && (t.places != "" || len(t.office) >= 2)
}

// staffDirector reports whether a title is a director or a manager of a
// part of a body, named with a word besides ("regional director",
// "plant manager"), and none of its heads' words ("managing director",
// "general manager", "executive director").
func staffDirector(t personTitle) bool {
	has := func(w string) bool { return slices.Contains(t.office, keyOf(w)) }
	return directs(t) && len(t.office) >= 2 && !has("managing") && !has("general") && !has("executive") && !has("chief")
}

// bodiesMeet reports whether two titles' words other than their head
// words share one: the same body or unit.
func bodiesMeet(a, b personTitle) bool {
	words := func(t personTitle) []string {
		out := strings.Fields(t.places)
		for _, o := range t.office {
			for w := range strings.FieldsSeq(o) {
				if !slices.ContainsFunc(headWords, func(h string) bool { return keyOf(h) == w }) {
					out = append(out, w)
				}
			}
		}
		return out
	}
	wb := words(b)
	return slices.ContainsFunc(words(a), func(w string) bool { return slices.Contains(wb, w) })
}

// soleChiefExecutive reports whether a title is a company's chief executive
// alone.
func soleChiefExecutive(t personTitle) bool {
	return t.ranks == "" && slices.Contains(t.office, keyOf("chief")) && slices.Contains(t.office, keyOf("executive")) &&
		!slices.ContainsFunc(t.office, func(w string) bool { return w != keyOf("chief") && w != keyOf("executive") && w != keyOf("officer") })
}

// fixedKeys are the word keys of the words titles are tested for, made
// once.
var fixedKeys = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, ws := range [][]string{portfolioHeads, otherBranches, chamberWords, headWords, speakingWords,
		upperMembers, lowerMembers, policeGrades, policeGradeWords, chairWords, secretaryWords,
		{"press", "spokesman", "spokeswoman", "spokesperson", "minister", "chief", "treasurer", "general", "chairperson", "executive", "prime", "police"},
		{"pro", "tempore", "majority", "minority", "leader", "whip", "speaker", "president"},
		{"city", "county", "town", "district", "state", "village", "borough", "manager", "administrator", "superintendent", "judge", "undersheriff",
			"supervisor", "commissioner", "legislator", "information", "managing", "general", "director", "sheriff"}, memberBodies} {
		for _, w := range ws {
			m[w] = wordKey(w)
		}
	}
	for w := range judgeKinds {
		m[w] = wordKey(w)
	}
	return m
})

// keyOf is wordKey, made once for the words titles are tested for.
func keyOf(w string) string {
	if k, ok := fixedKeys()[w]; ok {
		return k
	}
	return wordKey(w)
}

// posts are the words of posts that belong to one institution each, and
// the institution: a person is not a state's governor and a city's mayor,
// a county's sheriff and its fire chief, a judge and a prosecutor, at
// once. A government's ministers are portfolios (portfolioOf); "chief"
// counts only with the service it heads ("fire chief", "police chief").
var posts = map[string]string{
	"governor": "state", "mayor": "city", "judge": "court", "justice": "court", "sheriff": "sheriff",
	"prosecutor": "prosecution", "ambassador": "embassy", "senator": "legislature", "congressman": "legislature",
	"congresswoman": "legislature", "lawmaker": "legislature", "legislator": "legislature",
	"councilman": "council", "councilwoman": "council", "councilor": "council", "councillor": "council",
	"spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
	"administrator": "administration", "alderman": "council", "alderwoman": "council",
}

// servicePosts are the services whose chief is a post of its own.
var servicePosts = map[string]string{"fire": "fire service", "police": "police"}

// postKeys are posts and servicePosts by word key, as titles keep their
// words.
var postKeys = sync.OnceValue(func() [2]map[string]string {
	var out [2]map[string]string
	for i, m := range []map[string]string{posts, servicePosts} {
		out[i] = make(map[string]string, len(m))
		for w, p := range m {
			out[i][wordKey(w)] = p
		}
	}
	return out
})

// postOf returns the institution a title is a post of, or "" when it
// names none or more than one. A minister is a government's; a press
// secretary speaks for someone.
func postOf(t personTitle) string {
	keys := postKeys()
	has := func(w string) bool { return slices.Contains(t.office, keyOf(w)) }
	switch {
	case has("press") || has("spokesman") || has("spokeswoman") || has("spokesperson"):
		return "spokesperson"
	case has("police") || slices.Contains(strings.Fields(t.places), keyOf("police")):
		// "police superintendent", "police commissioner": the
		// service's, whatever its role word.
		return "police"
	case has("minister") || portfolioOf(t):
		return "government"
	}
	// "a former county supervisor", "Cook County commissioner": a county
	// board's member.
	if has("county") && (has("supervisor") || has("commissioner") || has("legislator")) || (has("supervisor") || has("commissioner")) && slices.Contains(strings.Fields(t.places), keyOf("county")) {
		return "county"
	}
	out := ""
	for _, w := range t.office {
		p := keys[0][w]
		if p == "" {
			continue
		}
		if out != "" && out != p {
			return ""
		}
		out = p
	}
	if out == "" && has("chief") {
		// "Fire Chief Brian Hollis": the service is capitalised, and
		// read among the title's places.
		for _, w := range append(slices.Clone(t.office), strings.Fields(t.places)...) {
			if p := keys[1][w]; p != "" {
				return p
			}
		}
	}
	return out
}

// titledSurname reports whether a sentence may give a title beside the
// surname w alone: the surname set off by a comma ("Whitfield, the shadow
// treasurer,") or after a capitalised word ("Chief Bramley").
func titledSurname(s, w string) bool {
	if strings.Contains(s, w+", ") {
		return true
	}
	i := strings.Index(s, " "+w)
	if i <= 0 {
		return false
	}
	prev := s[:i]
	if j := strings.LastIndexByte(prev, ' '); j >= 0 {
		prev = prev[j+1:]
	}
	r, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(r)
}

// treasurer reports whether a title is a treasurer's and names no
// portfolio's head.
func treasurer(t personTitle) bool {
	return slices.Contains(t.office, keyOf("treasurer")) && !portfolioOf(t)
}

// placesFit reports whether two titles' places may be one: one, or one
// missing, or the words of one all among the other's ("Columbiana
// County", "Columbiana County Fire").
func placesFit(a, b string) bool {
	if a == "" || b == "" || samePlaces(a, b) {
		return true
	}
	within := func(x, y string) bool {
		for w := range strings.FieldsSeq(x) {
			if !slices.Contains(strings.Fields(y), w) {
				return false
			}
		}
		return true
	}
	return within(a, b) || within(b, a)
}

// postsApart reports whether two institutions' posts are two people's:
// both known, not one, and not a pair one person holds at once (a
// minister sits in the legislature; a mayor may sit on the council; a
// party's housing spokeswoman is one of its lawmakers).
func postsApart(a, b string) bool {
	if a == "" || b == "" || a == b {
		return false
	}
	together := func(x, y string) bool { return a == x && b == y || a == y && b == x }
	// A police spokeswoman may be a sergeant of it.
	return !together("government", "legislature") && !together("city", "council") && !together("spokesperson", "legislature") &&
		!together("spokesperson", "police") && !together("spokesperson", "fire service")
}

// headWords are the posts that head a body or a part of it; speakingWords
// make a post one of speaking for it ("communications director", "public
// information officer").
var (
	headWords     = []string{"director", "head", "chief", "president", "chairman", "chairwoman", "chair", "officer", "manager", "executive", "administrator", "commissioner", "minister"}
	speakingWords = []string{"communications", "press", "media", "information", "public", "spokesman", "spokeswoman", "spokesperson", "relations", "affairs"}
)

// headOf reports whether a title heads a body or a part of it, and is
// no post of speaking for it.
func headOf(t personTitle) bool {
	has := func(w string) bool { return slices.Contains(t.office, keyOf(w)) }
	// "chief information officer" heads a company's computing; a
	// "public information officer" speaks for a body.
	speaking := func(w string) bool { return has(w) && !(w == "information" && has("chief")) }
	return slices.ContainsFunc(headWords, has) && !slices.ContainsFunc(speakingWords, speaking)
}

// otherBranches are the words of posts outside a government's ministers:
// a judge's, a sheriff's, a prosecutor's, an ambassador's, a mayor's, a
// governor's, an inspector general's.
var otherBranches = []string{"judge", "justice", "sheriff", "prosecutor", "ambassador", "mayor", "governor", "inspector"}

// branchOf reports whether a title is a post of another branch
// (otherBranches) and no portfolio's.
func branchOf(t personTitle) bool {
	if portfolioOf(t) {
		return false
	}
	for _, w := range otherBranches {
		if _, ok := slices.BinarySearch(t.office, keyOf(w)); ok {
			return true
		}
	}
	return false
}

// samePlaces reports whether two titles' places are one, maybe one
// written as the other's initials ("EU", "European Union").
func samePlaces(a, b string) bool {
	if a == b {
		return true
	}
	return !strings.Contains(a, " ") && len(a) >= 2 && wordInitials(b) == a || !strings.Contains(b, " ") && len(b) >= 2 && wordInitials(a) == b ||
		demonymOf(a, b)
}

// demonymOf reports whether two one-word places are a country and the
// adjective of its people ("Paraguayan", "Paraguay's"; "Kenyan",
// "Kenya"): the shorter is, but for its last letter at most, the start
// of the longer.
func demonymOf(a, b string) bool {
	if strings.Contains(a, " ") || strings.Contains(b, " ") {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for n < len(a) && a[n] == b[n] {
		n++
	}
	return n >= 4 && n >= len(a)-1
}

// foundingKeys are the keys of the words that name what a person is to
// a body besides a post they hold there.
var foundingKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"founder", "cofounder", "co-founder", "owner", "co-owner", "creator"} {
		m[wordKey(w)] = true
	}
	return m
}()

// plainWord reports whether a folded word is a lower-case content word
// of letters: what a post's name may hold before its role word.
func plainWord(w string) bool {
	return w != "" && !textproc.IsStopword(w) && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// portfolioHeads are the offices a government holds one of for each
// portfolio: a minister or secretary of one is not of another.
var portfolioHeads = []string{"minister", "secretary", "commissioner"}

// nested reports whether the words of one sorted list are all in the
// other.
func nested(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); !ok {
			return false
		}
	}
	return true
}

// titlesOf returns the titles a sentence gives the person of full name
// where it names them: the title words right before the name, and an
// apposition after it that is a title.
func titlesOf(s, full string) []personTitle {
	var out []personTitle
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], full)
		if i < 0 {
			break
		}
		i += off
		end := i + len(full)
		off = end
		r0, _ := utf8.DecodeLastRuneInString(s[:i])
		r1, _ := utf8.DecodeRuneInString(s[end:])
		if i > 0 && textproc.IsWordRune(r0) || end < len(s) && textproc.IsWordRune(r1) {
			continue
		}
		// Before: the words back to the first that is no title word.
		before := strings.Fields(s[max(0, i-80):i])
		var ws []string
		cut := "" // a portfolio's "of" phrase left out of ws
		k := len(before) - 1
		for ; k >= 0 && len(ws) < maxTitleWords; k-- {
			w := before[k]
			// "Harvest's chief executive, Gregory Linton": a title set
			// off before the name ends with a comma.
			if k == len(before)-1 && strings.HasSuffix(w, ",") {
				w = strings.TrimSuffix(w, ",")
			}
			// Before a name a title's words are capitalised, or roles
			// ("Kremlin spokesman"): "under President …" is no title.
			// "chief medical officer Dr. Angela Ruiz": the word that
			// names which officer is in lower case.
			officer := officerWords[strings.ToLower(w)] && len(ws) > 0 && strings.EqualFold(ws[0], "officer")
			// "EU digital commissioner Anneke Voss": the portfolio of a
			// head of one is told in lower case.
			// A verb's form before it is none ("including Commissioner
			// Roy Dempsey").
			portfolio := len(ws) > 0 && slices.Contains(portfolioHeads, strings.ToLower(ws[0])) && plainWord(strings.ToLower(w)) &&
				!strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed")
			officer = officer || portfolio
			// "Lyon police chief Nicolas Ferrand": the service a chief
			// heads, in lower case.
			// "police superintendent Mohammad Rafiqul Islam": the
			// service a post is of, before any role.
			if _, ok := servicePosts[strings.ToLower(w)]; ok && len(ws) > 0 && (strings.EqualFold(ws[0], "chief") || entities.IsRole(strings.Trim(ws[0], ",;:"))) {
				officer = true
			}
			// "Inspector General of Police Joseph Mwangi": "of" inside a
			// capitalised title, between a role and a capitalised word.
			// A portfolio's head ("Secretary of State") is read as
			// before: other reports cut its "of" phrase.
			if prev := strings.Trim(before[max(0, k-1)], ",;:"); w == "of" && len(ws) > 0 && capital(ws[0]) && k > 0 && capital(prev) &&
				entities.IsRole(prev) && !slices.Contains(portfolioHeads, strings.ToLower(prev)) {
				ws = append([]string{w}, ws...)
				continue
			}
			// "Deputy Secretary of State Warren Tolliver": a portfolio's
			// head is read without its "of" phrase, which other reports
			// cut ("Secretary Tolliver"), and its rank before it.
			if prev := strings.Trim(before[max(0, k-1)], ",;:"); w == "of" && len(ws) == 1 && capital(ws[0]) && k > 0 &&
				slices.Contains(portfolioHeads, strings.ToLower(prev)) && capital(prev) {
				cut = "of " + ws[0]
				ws = nil
				continue
			}
			// "Minister for Health Colm Barrett", "Minister of State for
			// Health Colm Barrett": a minister's portfolio after "for",
			// and the junior minister "of State".
			if prev := strings.Trim(before[max(0, k-1)], ",;:"); len(ws) > 0 && capital(ws[0]) && k > 0 && capital(prev) &&
				(w == "for" && (strings.EqualFold(prev, "minister") || strings.EqualFold(prev, "state")) ||
					w == "of" && strings.EqualFold(prev, "minister") && ws[0] == "State") {
				ws = append([]string{w}, ws...)
				continue
			}
			if strings.ContainsAny(w, ",;:—") || !titleWord(w) && !officer || !capital(w) && !entities.IsRole(w) && !partOfTitle(ws, w) && !portfolio {
				break
			}
			ws = append([]string{w}, ws...)
		}
		// "a spokeswoman for the governor, Marisol Trujillo": a title
		// set off after "for" names whom the person serves.
		if set := len(before) > 0 && strings.HasSuffix(before[len(before)-1], ","); set && k >= 0 && servesWords[strings.ToLower(before[k])] {
			ws = nil
		}
		written := ""
		t, ok := makeTitle(ws)
		if !ok {
			// "the president of the Piedmont region, Alberto Ferri",
			// "U.S. Ambassador to the U.N. Carolyn Mercer".
			if ws, written = phraseTitle(before); len(ws) > 0 {
				t, ok = makeTitle(ws)
			}
		}
		if ok {
			t.text = strings.Join(append(ws, full), " ")
			if cut != "" {
				t.text = strings.Join(append(ws, cut, full), " ")
			}
			if written != "" {
				t.text = written + " " + full
			}
			out = append(out, t)
			// "Chairman and Chief Executive Marcus Lindqvist": titles
			// joined before the name are all the person's.
			if k >= 1 && strings.EqualFold(before[k], "and") {
				var more []string
				for j := k - 1; j >= 0 && len(more) < maxTitleWords; j-- {
					w := before[j]
					if strings.ContainsAny(w, ",;:—") || !titleWord(w) || !capital(w) && !entities.IsRole(w) {
						break
					}
					more = append([]string{w}, more...)
				}
				if t, ok := makeTitle(more); ok {
					t.text = strings.Join(more, " ") + " and " + strings.Join(append(ws, full), " ")
					t.also = true
					out = append(out, t)
				}
			}
		}
		// "Rep. Vanessa Cole stepped down as House majority whip": a
		// post left or taken, told after its verb and "as".
		if t, ok := postAfterAs(full, s[end:]); ok {
			out = append(out, t)
		}
		// After: ", the deputy energy secretary," or ", a former
		// Oklahoma attorney general and …".
		rest, ok := strings.CutPrefix(s[end:], ", ")
		if !ok {
			continue
		}
		after := strings.Fields(rest)
		// "Rita Ames, who chairs the council's budget committee": a
		// post told by the verb of holding it.
		if len(after) > 2 && after[0] == "who" {
			if role, ok := heldPosts[after[1]]; ok {
				t := personTitle{office: []string{keyOf(role)}, text: full + ", who " + after[1]}
				out = append(out, t)
			}
			continue
		}
		// "Yuko Shimizu, 58, formerly the economy minister": an age set
		// off before the apposition.
		if len(after) > 1 && strings.HasSuffix(after[0], ",") && isDigits(strings.TrimSuffix(after[0], ",")) {
			after = after[1:]
		}
		// "Kim, a 61-year-old former trade minister": an age before
		// the post.
		if len(after) > 2 && (after[0] == "a" || after[0] == "an" || after[0] == "the") {
			if n, ok := strings.CutSuffix(after[1], "-year-old"); ok && isDigits(n) {
				after = append([]string{after[0]}, after[2:]...)
			}
		}
		ws = ws[:0]
		var fields, joined, served []string
		servedText, ofText := "", ""
		possessed := false
		// "formerly the economy minister": the apposition's post was
		// held before.
		opens := 0
		for k := 0; k < len(after) && len(ws) < maxTitleWords+1; k++ {
			w := after[k]
			low := strings.ToLower(strings.Trim(w, ",;:—()"))
			if k == 0 && (low == "formerly" || low == "previously") {
				ws = append(ws, w)
				opens = 1
				continue
			}
			if k == opens && (low == "a" || low == "an" || low == "the") {
				ws = append(ws, w)
				continue
			}
			// "the mission's project manager": the body whose post it
			// is, named by a common noun.
			// "the European Union's competition commissioner": a
			// possessor of a few capitalised words.
			if k >= 1 && k <= 3 && len(ws) == k && (strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s")) && len(low) > 3 &&
				(k == 1 || !slices.ContainsFunc(after[1:k], func(w string) bool { return !capital(w) })) {
				ws = append(ws, w)
				possessed = true
				continue
			}
			if low == "and" && len(ws) > 0 {
				// "Halvorsen's chairman and chief executive": a second
				// title of the person.
				joined = after[k+1:]
			}
			if low == "and" || low == "who" || low == "whose" || low == "which" || low == "of" && k+1 < len(after) && capital(after[k+1]) {
				break
			}
			// "the police superintendent in Chandpur": where the post
			// is held ends the apposition.
			if (low == "in" || low == "at") && len(ws) > 0 && entities.IsRole(strings.Trim(ws[len(ws)-1], ",;:—()")) {
				break
			}
			// "the high commissioner for peace", "the minister for
			// industrial relations": what the post serves is its
			// portfolio, as "the peace commissioner" tells it.
			if low == "for" && len(ws) > 0 && forPosts[strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:—()"))] {
				served, servedText = servedBy(after[k+1:])
				servedText = "for " + servedText
				break
			}
			// "a professor of epidemiology at the University of
			// Gothenburg": the field after a role word.
			if low == "of" && len(ws) > 0 && fieldRoles[strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:"))] {
				fields = fieldsAfter(after[k+1:])
				break
			}
			// "director of public health", "deputy head of the works
			// council": what a head heads, in plain words, is its
			// portfolio, as "the public health director" tells it.
			if low == "of" && len(ws) > 0 && ofPosts[strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:—()"))] && !strings.ContainsAny(ws[len(ws)-1], ",;:—()") {
				served, servedText = servedBy(after[k+1:])
				servedText = "of " + servedText
				break
			}
			// "the former chief operating officer of a bankrupt
			// shipping line": "of" and plain words after a role word
			// say of what body; the apposition ends there.
			if low == "of" && len(ws) > 0 && entities.IsRole(strings.Trim(ws[len(ws)-1], ",;:—()")) && !strings.ContainsAny(ws[len(ws)-1], ",;:—()") {
				ofText = ofPhrase(after[k:])
				break
			}
			// A company's officer is told in lower case ("the chief
			// financial officer"); after a body's possessive, the post's
			// words are plain nouns up to its role word ("the mission's
			// project manager").
			// "a city councilor": a plain noun right before the role word
			// says of what.
			// "the local district commissioner": past a qualifier; "a
			// deputy district attorney", "the Fresno County district
			// attorney": past a rank or a place.
			first := k == opens+1 || k == opens+2 && titleQualifiers[strings.ToLower(strings.Trim(after[k-1], ",;:—()"))]
			modifier := len(ws) == k && k > opens && plainWord(low) && k+1 < len(after) && entities.IsRole(strings.Trim(after[k+1], ",;:—()"))
			// "the public safety minister": a portfolio of two plain
			// words before the head of one.
			if first && len(ws) == k && plainWord(low) && !strings.ContainsAny(w, ",;:—()") && k+2 < len(after) {
				next := strings.ToLower(after[k+1])
				if plainWord(next) && !strings.ContainsAny(next, ",;:—()") && slices.Contains(portfolioHeads, strings.ToLower(strings.Trim(after[k+2], ",;:—()."))) {
					ws = append(ws, w, after[k+1])
					k++
					continue
				}
			}
			// "head of the dockers' council": a head of what follows "of".
			headOf := low == "head" && k+1 < len(after) && after[k+1] == "of"
			if !titleWord(w) && !officerWords[low] && !(possessed && k <= 4 && plainWord(low)) && !modifier && !headOf {
				ws = nil
				break
			}
			ws = append(ws, w)
			if strings.ContainsAny(w, ",;:—)") {
				break
			}
		}
		// The apposition ends with its role word.
		if ws = toLastRole(ws); len(ws) == 0 {
			continue
		}
		titled := ws
		if len(served) > 0 {
			titled = slices.Concat(ws[:len(ws)-1], served, ws[len(ws)-1:])
		}
		if t, ok := makeTitle(titled); ok {
			t.text = full + ", " + strings.TrimRight(strings.Join(ws, " "), ",;:—).")
			if len(served) > 0 {
				t.text += " " + servedText
			}
			if ofText != "" {
				t.text += " " + ofText
			}
			if len(fields) > 0 {
				t.fields = fields
				t.text += " of " + strings.Join(fields, " and ")
			}
			// "the mission's project manager", "the mission's chief
			// scientist": the post of one body a report names a person
			// by, one of its posts as an office is. A founder or an owner
			// may hold any post too.
			if possessed && !slices.ContainsFunc(t.office, func(o string) bool { return foundingKeys[o] }) {
				t.holds = true
			}
			out = append(out, t)
			if jt, ok := joinedTitle(joined); ok {
				jt.holds = jt.holds || possessed && t.holds
				jt.text = full + ", " + jt.text
				jt.also = true
				out = append(out, jt)
			}
		}
	}
	return out
}

// maxOfWords bounds the words of the "of" phrase after a post that a
// title's text shows.
const maxOfWords = 8

// ofPhrase returns the words from "of" to the end of the phrase they
// open, a comma or maxOfWords: "of the ministry's Fisheries Inspection
// Unit".
func ofPhrase(ws []string) string {
	var out []string
	for _, w := range ws[:min(len(ws), maxOfWords)] {
		out = append(out, strings.TrimRight(w, ",;:—)."))
		if strings.ContainsAny(w, ",;:—)") {
			break
		}
	}
	return strings.Join(out, " ")
}

// leftAs and takenAs are the verbs a post follows after "as": one left
// ("stepped down as House majority whip"), which the person held before,
// and one taken or held ("was sworn in as governor").
var (
	leftAs  = []string{"stepped down", "resigned", "quit", "retired", "served", "was ousted", "was removed", "was replaced"}
	takenAs = []string{"was named", "was appointed", "was elected", "was sworn in", "was confirmed", "took over", "was installed", "was chosen", "was picked"}
)

// maxRelative bounds the bytes of a phrase set off by commas that a post
// after "as" may follow.
const maxRelative = 100

// postAfterAs returns the post that the words after a name give the
// person after one of leftAs or takenAs and "as": "stepped down as House
// majority whip" (held before), "was sworn in as governor". A post left
// is told as held before, so that it is compared with other posts left.
func postAfterAs(full, rest string) (personTitle, bool) {
	// "Vanessa Cole, who has represented a suburban district since 2016,
	// stepped down as …", "Vanessa Cole, a Republican, stepped down as
	// …": past a phrase set off by commas.
	if rel, ok := strings.CutPrefix(rest, ", "); ok {
		if i := strings.Index(rel, ", "); i > 0 && i <= maxRelative {
			rest = rel[i+1:]
		}
	}
	rest = strings.TrimPrefix(rest, " ")
	for k, verbs := range [][]string{leftAs, takenAs} {
		for _, v := range verbs {
			after, ok := strings.CutPrefix(rest, v+" as ")
			if !ok {
				continue
			}
			ws := titleRun(strings.Fields(after), ",;:—().\"”’", func(w, low string, taken int) bool {
				return taken == 0 && (low == "the" || low == "a" || low == "an") || titleWord(w) || capital(w)
			})
			if len(ws) == 0 {
				return personTitle{}, false
			}
			t, ok := makeTitle(ws)
			if !ok {
				return personTitle{}, false
			}
			t.former = t.former || k == 0
			t.text = full + " " + v + " as " + strings.TrimRight(strings.Join(ws, " "), ",;:—().\"”’")
			return t, true
		}
	}
	return personTitle{}, false
}

// portfolioWord reports whether a capitalised word before a minister's
// title may name a portfolio: not a place a gazetteer knows, nor the
// adjective of a people ("Indonesian", "Japanese", "British"), nor
// initials.
func portfolioWord(w string) bool {
	low := strings.ToLower(w)
	if entities.IsRegion(w) || entities.IsPlaceWord(w) || strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s") || allCaps(w) {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an", "i"} {
		if strings.HasSuffix(low, suf) {
			return false
		}
	}
	return true
}

// ofPosts are the heads whose portfolio may follow them after "of".
var ofPosts = map[string]bool{"director": true, "head": true, "chair": true, "chairman": true, "chairwoman": true, "chairperson": true}

// forPosts are the posts whose portfolio may follow them after "for".
var forPosts = map[string]bool{
	"commissioner": true, "delegate": true, "minister": true, "secretary": true, "envoy": true,
	"coordinator": true, "representative": true, "undersecretary": true, "czar": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "president": true, "director": true,
	"adviser": true, "advisor": true,
}

// maxServedWords bounds the words of a portfolio told after "for".
const maxServedWords = 3

// servedBy returns the words of a portfolio after "for", up to the end of
// its phrase, and the phrase as written: "peace", "industrial relations",
// "Valparaíso region" of "the Valparaíso region".
func servedBy(ws []string) ([]string, string) {
	const marks = ",;:—().\"”’"
	var out []string
	end, and := 0, false
	for k, w := range ws {
		low := strings.ToLower(strings.Trim(w, marks))
		if k == 0 && (low == "the" || low == "a") {
			end = 1
			continue
		}
		// "the minister for climate crisis and civil protection": one
		// portfolio of two parts.
		if low == "and" && len(out) > 0 && !and && k+1 < len(ws) && !strings.ContainsAny(ws[k-1], marks) {
			and = true
			continue
		}
		if low == "" || textproc.IsStopword(low) || len(out) == 2*maxServedWords {
			break
		}
		// "director for the region": a kind of place says no more
		// than "regional director" does.
		if !placeNouns[low] {
			out = append(out, strings.Trim(w, marks))
		}
		end = k + 1
		if strings.ContainsAny(w, marks) {
			break
		}
	}
	if len(out) == 0 {
		return nil, ""
	}
	// "the Office of Civil Defense": a name's own "of" phrase is
	// written out, though its words are not the portfolio's.
	for n := 0; n < maxServedWords && end+1 < len(ws) && !strings.ContainsAny(ws[end-1], marks) &&
		(ws[end] == "of" || ws[end] == "and") && capital(ws[end+1]); n++ {
		end += 2
		for end < len(ws) && capital(ws[end-1]) && !strings.ContainsAny(ws[end-1], marks) && capital(ws[end]) {
			end++
		}
	}
	return out, strings.TrimRight(strings.Join(ws[:end], " "), marks)
}

// phraseTitle returns the words of a title whose place follows it after
// "of" or "to", right before a name: "the president of the Piedmont
// region,", "U.S. Ambassador to the U.N.". The place's capitalised words
// are kept, as places, and its plain words (placeNouns: "the Piedmont
// region") dropped.
func phraseTitle(before []string) ([]string, string) {
	end := len(before)
	var place []string
	for k := end - 1; k >= 1 && k >= end-1-maxTitleWords; k-- {
		w := strings.Trim(before[k], ",")
		low := strings.ToLower(w)
		if low != "of" && low != "to" {
			switch {
			case low == "the" || placeNouns[low]:
			case capital(w) && !textproc.IsStopword(low) && !calendarNames[low] && !strings.ContainsAny(w, ";:—()"):
				place = append([]string{w}, place...)
			default:
				return nil, ""
			}
			continue
		}
		if len(place) == 0 || !entities.IsRole(strings.Trim(before[k-1], ",")) {
			return nil, ""
		}
		// The role and the title words before it.
		var ws []string
		for j := k - 1; j >= 0 && len(ws) < maxTitleWords; j-- {
			w := before[j]
			if strings.ContainsAny(w, ",;:—") || !titleWord(w) && !partOfTitle(ws, w) {
				break
			}
			ws = append([]string{w}, ws...)
		}
		return append(ws, place...), strings.Join(before[k-len(ws):], " ")
	}
	return nil, ""
}

// heldPosts are the verbs that tell a post held, by the post: "who
// chairs the committee" is its chair.
var heldPosts = map[string]string{"chairs": "chair", "heads": "head", "directs": "director"}

// toLastRole returns the words of a title up to its last role word, or
// none when it holds none.
func toLastRole(ws []string) []string {
	last := len(ws) - 1
	for last >= 0 && !entities.IsRole(strings.Trim(ws[last], ",;:—()")) && !(last == len(ws)-1 && headLast(ws)) {
		last--
	}
	return ws[:last+1]
}

// headLast reports whether a title's words end with "head", the post a
// phrase after "of" told ("deputy head of the dockers' council").
func headLast(ws []string) bool {
	return len(ws) > 0 && strings.EqualFold(strings.Trim(ws[len(ws)-1], ",;:—()"), "head")
}

// titleRun returns the words of ws from the first that a title takes
// (take, told the word, its lower case without marks, and how many were
// taken) up to the first it does not, or past the first that ends with
// one of the marks in ends, cut back to its last role word.
func titleRun(ws []string, ends string, take func(w, low string, taken int) bool) []string {
	var out []string
	for _, w := range ws {
		low := strings.ToLower(strings.Trim(w, ",;:—().\"”’"))
		if len(out) > maxTitleWords || !take(w, low, len(out)) {
			break
		}
		out = append(out, w)
		if strings.ContainsAny(w, ends) {
			break
		}
	}
	return toLastRole(out)
}

// joinedTitle reads the title after "and" in an apposition ("chairman
// and chief executive"): its words up to its last role word, all of
// them words of a title.
func joinedTitle(ws []string) (personTitle, bool) {
	words := titleRun(ws, ",;:—)", func(w, low string, _ int) bool {
		return titleWord(w) || officerWords[low] || plainWord(low)
	})
	if len(words) == 0 {
		return personTitle{}, false
	}
	t, ok := makeTitle(words)
	t.text = strings.TrimRight(strings.Join(words, " "), ",;:—).")
	return t, ok
}

// fieldRoles are the roles held in a field of study or practice, which
// "of" and the field follow: "a professor of epidemiology".
var fieldRoles = map[string]bool{"professor": true, "lecturer": true, "chair": true, "dean": true}

// fieldsAfter returns the fields named after "of": lower-case words up to
// the end of the phrase, joined by "and" ("medicine and epidemiology"),
// as written.
func fieldsAfter(ws []string) []string {
	var out []string
	for _, w := range ws {
		t := strings.Trim(w, ",;:—()")
		low := strings.ToLower(t)
		if low == "and" {
			continue
		}
		if t == "" || capital(t) || !plainWord(low) {
			break
		}
		out = append(out, low)
		if t != w {
			break
		}
	}
	if len(out) > 3 {
		return nil
	}
	return out
}

// servesWords stand between a post and whom it serves: "a spokeswoman
// for the governor", "an aide to the mayor".
var servesWords = map[string]bool{"for": true, "to": true, "of": true, "with": true}

// titleWord reports whether a word may stand in a title: a role, a word
// inside a title, a qualifier, a party, or (capitalised) the name of a
// place or body whose office it is ("Oklahoma", "Harvest's").
func titleWord(w string) bool {
	t := strings.Trim(w, ",;:—()\"“”‘’")
	if t == "" {
		return false
	}
	low := strings.ToLower(t)
	if entities.IsRole(t) || entities.IsTitleModifier(t) || titleQualifiers[low] || partyWords[strings.ReplaceAll(low, ".", "")] {
		return true
	}
	if low == "a" || low == "an" || low == "the" {
		return false
	}
	return capital(t) && !textproc.IsStopword(low) && !calendarNames[low]
}

// partOfTitle reports whether a lower-case word before a name belongs to
// the title after it: a rank, or a word inside a lower-case title
// ("deputy" before "energy secretary"). Before a capitalised title any
// other is a preposition ("under President …").
func partOfTitle(after []string, w string) bool {
	if len(after) == 0 {
		return false
	}
	// A rank stands in the title whatever its case: "an assistant U.S.
	// attorney, Rachel Moore", as "under" before "President" does not.
	if low := strings.ToLower(w); rankWords[low] && low != "under" {
		return true
	}
	if _, ok := servicePosts[strings.ToLower(w)]; ok && (strings.EqualFold(after[0], "chief") || entities.IsRole(strings.Trim(after[0], ",;:"))) {
		return true
	}
	return !capital(after[0]) && (entities.IsTitleModifier(w) || officerWords[strings.ToLower(w)])
}

// makeTitle keys a title's words: its office, ranks, places and whether
// it was held before. A title needs a role word.
func makeTitle(ws []string) (personTitle, bool) {
	var t personTitle
	var ranks, places []string
	role, grade := false, ""
	for i, w := range ws {
		raw := strings.Trim(w, ",;:—()\"“”‘’")
		low := strings.ToLower(raw)
		// "principal deputy press secretary": the deputy of first rank.
		if low == "principal" && i+1 < len(ws) && rankWords[strings.ToLower(ws[i+1])] {
			continue
		}
		k := wordKey(raw)
		// "finance chief" is the chief financial officer, "operations
		// chief" the chief operating officer.
		if o, ok := officerOf[low]; ok {
			k = wordKey(o)
		}
		rk := strings.ReplaceAll(low, ".", "")
		if a, ok := titleAbbreviations[rk]; ok {
			rk = a
		}
		switch {
		case low == "state" && i >= 2 && strings.ToLower(ws[i-1]) == "of" && strings.EqualFold(ws[i-2], "minister"):
			// "Minister of State": a junior minister.
			ranks = append(ranks, "of state")
		case low == "a" || low == "an" || low == "the" || low == "of" || low == "for":
		case low == "general" && i > 0 && generalAfter(ws[i-1]):
			// "Attorney General", "Solicitor General", "Surgeon
			// General": "General" after the noun of an office is its
			// adjective, not a grade of an army.
			role, t.holds = true, true
			t.office = append(t.office, k)
		case i+1 < len(ws) && strings.ToLower(strings.Trim(ws[i+1], ",;:—()\"“”‘’")) == "general" && generalAfter(w):
			t.office = append(t.office, k)
		case low == "former" || low == "then" || low == "formerly" || low == "previously":
			t.former = true
		case titleQualifiers[low], partyWords[strings.ReplaceAll(low, ".", "")]:
		case rankWords[rk]:
			ranks = append(ranks, rk)
		case rk == "ceo" || rk == "cfo" || rk == "coo":
			// "CEO" is "chief executive", "CFO" "chief financial officer".
			role, t.holds = true, true
			t.office = append(t.office, wordKey("chief"))
			switch rk {
			case "ceo":
				t.office = append(t.office, wordKey("executive"))
			case "cfo":
				t.office = append(t.office, wordKey("financial"), wordKey("officer"))
			default:
				t.office = append(t.office, wordKey("operating"), wordKey("officer"))
			}
		case officerWords[rk]:
			t.office = append(t.office, k)
		case entities.IsRole(raw) || i == len(ws)-1 && low == "head":
			role = true
			if gradeWords[rk] {
				grade = rk
			}
			t.holds = t.holds || officeWords[rk]
			t.office = append(t.office, k)
		case entities.IsTitleModifier(raw):
			t.office = append(t.office, k)
		case !capital(raw) && !strings.HasSuffix(low, "'s") && !strings.HasSuffix(low, "’s"):
			// A plain noun of a post's name ("project manager").
			t.office = append(t.office, k)
		case officeKinds[low] && i+1 < len(ws) && entities.IsRole(strings.Trim(ws[i+1], ",;:—()\"“”‘’")):
			// "City Manager", "District Attorney": a kind of place right
			// before the role word names the post, as in lower case.
			t.office = append(t.office, k)
		case judgeKinds[low] && slices.ContainsFunc(ws[i+1:], func(w string) bool { return strings.EqualFold(strings.Trim(w, ",;:"), "judge") }):
			// "U.S. Magistrate Judge", "U.S. District Judge": two
			// benches.
			t.office = append(t.office, k)
		case i+1 < len(ws) && strings.EqualFold(strings.Trim(ws[i+1], ",;:—()\"“”‘’"), "minister") && portfolioWord(raw):
			// "Resources Minister Claire Donnelly", "Local Government
			// Minister": the word right before "Minister" names the
			// portfolio, unless it names a place or its people, or is
			// an acronym. A secretary's is left as it was: "Health
			// Secretary" and "Social Care Secretary" may be one joint
			// post, "DHS" a department's initials.
			t.office = append(t.office, k)
		default:
			places = append(places, k)
		}
	}
	// "Lt." alone is a rank, not a lieutenant of an office.
	if !role && len(ranks) == 1 && len(t.office) == 0 && ranks[0] == "lieutenant" {
		role, ranks, t.office, grade = true, nil, []string{wordKey("lieutenant")}, "lieutenant"
	}
	if !role {
		return t, false
	}
	if len(t.office) == 1 {
		t.rank = grade
	}
	// A company's chief executive and its chief financial officer are
	// two of its offices.
	if slices.Contains(t.office, wordKey("chief")) {
		t.holds = true
	}
	slices.Sort(t.office)
	t.office = slices.Compact(t.office)
	slices.Sort(ranks)
	slices.Sort(places)
	t.ranks = strings.Join(slices.Compact(ranks), " ")
	t.places = strings.Join(slices.Compact(places), " ")
	return t, true
}
