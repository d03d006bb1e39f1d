package discrepancy

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/analyze/figures"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
)

// figOcc is one figure in one sentence of one article.
type figOcc struct {
	art    int
	f      figures.Found
	clause string
	near   map[string]bool // content words around it in its clause
	// change is "to" or "from" for the new and the old value of a
	// change told with both ("raised tariffs to 35 percent from 25
	// percent"), else "".
	change string
	// voteShare is set for a percentage of the votes cast ("51 percent
	// of the vote").
	voteShare bool
	// scope is near without the words of a name of several words:
	// "national" scopes a figure, "National Institute of Statistics" does
	// not.
	scope map[string]bool
	sent  int // index of its sentence in the figure sentences
	// measure is what a count measures, whatever the wording: "dead
	// people" for "killed seven", "seven died" and "seven dead"; empty
	// when unknown.
	measure string
	// period is the date its clause gives, if any: the time a figure
	// holds for ("35.7 percent in 2014", "averaged over 2007–2014").
	period    figures.Found
	hasPeriod bool
	// since is set for a date that starts a state that lasts ("has held
	// the seat since 2023"), not a happening of that day.
	since bool
	// head is the noun a sum or count stands before, folded ("the $48
	// billion measure": "measure"), or "".
	head string
	// tail is, for a count whose text ends on its noun, the stem of the
	// first content word after it past a preposition ("13 votes in
	// favor": "favor"; "100 firefighters from Marlow": "marlow"), or "".
	tail string
	// phrase is, for a count whose noun three content words or more name,
	// those words folded ("8,000 fraudulent voter registration
	// applications": "fraudulent voter registration applications"), or
	// "".
	phrase string
	// base are the stems of the content words after "from" in the
	// clause after the figure: what a change is measured from ("a 36%
	// increase from February").
	base map[string]bool
	// ahead is set when the period lies wholly after the report's date
	// ("will pay more next year"): what a decision of the day sets, not a
	// time the figure was measured over; for a date, when the date lies
	// after the report's ("are set to be arraigned on Aug. 24").
	ahead bool
	// anchors are, for a date, the stems of the lower-case content words
	// just around it in its clause: what happened then ("apologized on
	// Friday", "his term ends in 2018"); next are those of the nearest
	// word on either side.
	anchors, next map[string]bool
	// verb is, for a date, the stem of the verb in the past tense just
	// before it in its clause, what happened then ("passed a bill last
	// week"), or ""; object are the stems of the content words between
	// the two, what it happened to ("bill").
	verb   string
	object map[string]bool
	// thing is, for a date after a participle, the stem of the noun the
	// participle follows, what was done ("a ruling issued Monday", "an
	// injunction issued in December"), or "".
	thing string
	// verbNext is set when the verb follows the date directly ("on
	// Tuesday passed"): the date is that deed's, whoever the sentence
	// names.
	verbNext bool
	// doer is, for a date the verb follows directly, the folded word
	// right before the date and its preposition: who did the deed ("the
	// House on Thursday passed": "house"), or "".
	doer string
	// far is set when the verb stands more than verbWindow words before
	// the date, names and function words counted: far enough to date
	// the deed, not to tell two deeds apart (otherVerbs).
	far bool
	// event is, for a date, the named happening nearest it in its clause,
	// as the stems of its noun and of the words that qualify it ("the vice
	// presidential debate on Tuesday": "vice presid debate"), or "".
	event string
	// eventNamed is set when the date names a single happening of its
	// event noun, tied to it ("the Jan. 28 outage", "Sentencing is set
	// for Feb. 21"): that happening, whatever else the sentence says.
	eventNamed bool
	// age is, for a date, how many days before its report it ends, plus
	// one (1 is the report's day, 0 unknown, below 1 a day ahead).
	age int
	// through is set for a date a span lasts to ("funded through Jan.
	// 30", "open until Friday").
	through bool
	// deadline is set for a date something must be done by ("turn over
	// the documents by May 6", "has until May 15 to produce them").
	deadline bool
	// per is the period a rate is of ("$1,100 a month": "month"), or "".
	per string
	// paidIn is, for a sum, the stems of what it is paid or counted in
	// ("$281 million in cash": "cash"; "in cash and stock": "cash
	// stock"), or "".
	paidIn string
	// part is set for a sum paid in one way when its sentence says the
	// rest was paid another ("in cash … and the remainder in stock").
	part bool
	// body is, for a tally, the capitalised word right before it, folded
	// ("clearing the House 38-22": "house"): whose vote it is.
	body string
	// copy is set when the figure's article repeats an earlier one.
	copy bool
	// whole is set when the figure is the whole of a part ("three of the
	// seven bullets", "29 of 34 passes"): a total, not what the part counts.
	whole bool
	// other is set, for a date, when its clause dates another happening
	// of a kind (otherInstance).
	other bool
	// referred is set for a weekday of an undated report, kept as that
	// day of the week of reference (undatedWeek), or a day of the year
	// without its year, kept in the year of reference (undatedYear);
	// coming for a weekday still to come, as the tense tells.
	referred int
	coming   bool
	// inclusive is set for a sum the words right after say what it
	// holds besides ("including debt").
	inclusive bool
	// person is, for an age set off by commas after a name ("Jalen
	// Brooks, 17,"), the name's last word, folded.
	person string
	// perShare is set for a price a share ("$41.50 a share", "$41.15
	// per share"): a deal's one price, however its sentences are worded.
	perShare bool
	// past is set for a count of a happening a past year names ("floods
	// in 2022 that killed more than 1,700 people", "the 2004 tsunami,
	// which killed 230,000"): another happening than the story's own.
	past bool
	// earlier is set for a figure of a period that ended more than
	// earlierDays before the report.
	earlier bool
	// needed is set for a count something needs or requires ("needed
	// nine points to pass Ford"), not one that is; a span of time
	// needed is the time taken ("needed six hours to put out the
	// blaze").
	needed bool
	// lateName is set when its sentence's first name (namesOf) stands
	// after it: "The measure cleared the chamber 38-26, with a handful
	// of Republicans crossing the aisle" does not open on whom it counts.
	lateName bool
	// gov is, for a count, the stem of the verb right before it ("would
	// close 140 stores": "clos"), or "".
	gov string
	// sized is, for a figure hyphenated to a noun after "the" ("the
	// three-hour hearing"), the noun's stem: the size of the story's one
	// such thing.
	sized string
	// seats is set for a tally of a body's members by party ("a 20-18
	// majority", "Democrats control that chamber 20-18"), not a vote.
	seats bool
	// longAgo is set when the period its clause gives ended more than
	// longAgoDays before the report.
	longAgo bool
	// margin is set for a count of votes that a winner led by ("a
	// majority of 1,284", "a margin of 4,105 votes", "won by 1,842
	// votes"), not a count of votes cast.
	margin bool
	// shareOf is set for a percentage whose head is the whole it is a
	// share of ("18 percent of participants"): a story gives shares of
	// many groups.
	shareOf bool
	// agedNoun is, for an age hyphenated before a common noun ("a
	// 34-year-old man"), the noun, folded.
	agedNoun string
	// among is set for a count of some of a larger number ("including
	// two who died after going days without a doctor"), not the whole.
	among bool
	// zone is, for a time of day, the time zone written after it ("9:43
	// p.m. Thursday Eastern time": "eastern"), or "".
	zone string
}

// figSent is a sentence that holds figures.
type figSent struct {
	art int
	// pos is its place among its article's sentences, from 0.
	pos   int
	words map[string]bool
	names map[string]bool
	// named is names without an opening word the story never writes
	// capitalised inside a sentence ("Lawmakers are expected to …").
	named map[string]bool
	first string
	// firstOf is the word first qualifies, if any (parsedSent.firstOf).
	firstOf string
	// firstNamed is first past nationalities and words of titles.
	firstNamed string
	// opening is the sentence's opening word when it may be a name.
	opening string
	// pronoun is set when the sentence opens on "He" or "She", and after
	// is who the sentence before it, in its article, is about.
	pronoun bool
	// openedBy is set when its opening word is its subject.
	openedBy bool
	after    subject
	figs     []int // indexes into the occurrences
	// class numbers the distinct sentences: the same text on the same
	// publication date has the same figures, so copies align alike.
	class int
	// lead is set for an article's first sentence, which tells what the
	// story is about, or its second when the first gives no date; head is
	// the head of its subject (subjectHead).
	lead bool
	head string
}

// figPair is a figure of one sentence joined to one of another, by their
// positions among their sentences' figures.
type figPair struct {
	a, b       int
	compatible bool
}

// figureDiscrepancies reports figures of one unit that aligned sentences
// (the same sentence in different articles, or the same words around the
// figure) give with values that cannot both hold: "12 people" against "21
// people", but not "nearly 90 minutes" against "nearly an hour and a
// half", nor "more than an hour" against "90 minutes".
func figureDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	var occs []figOcc
	var sents []figSent
	type sentKey struct {
		text string
		pub  crosscheck.Date
	}
	parsed := map[sentKey]*parsedSent{}
	// storyNames are the words the story's sentences capitalise inside a
	// sentence: the names that may also open one.
	storyNames := map[string]bool{}
	for ai := range arts {
		a := &arts[ai]
		text := sentencesOf(m, a)
		date := ""
		if m != nil {
			date = dateKey(a.Published)
		}
		var prev subject
		// leadDated is set when the article's first sentence gives a
		// date: its lead is that sentence. One that gives none ("Thousands
		// of voters … will have their votes counted after all.") leaves
		// its day to the second ("In a four-to-three ruling issued
		// Tuesday, the court found …").
		leadDated := false
		for si, s := range text {
			k := sentKey{s, a.Published}
			p, ok := parsed[k]
			if !ok {
				// Each distinct sentence's figures, read once per text
				// and date; the class is the story's own.
				if m == nil {
					p = parseSent(s, a.Published, len(parsed))
				} else {
					c := *memo.Pair(m, "discrepancy.figures", s, date, func() *parsedSent { return parseSent(s, a.Published, 0) })
					c.class = len(parsed)
					p = &c
				}
				parsed[k] = p
			}
			for _, w := range p.mid {
				storyNames[w] = true
			}
			after := prev
			prev = subject{opening: p.opening, first: p.first}
			if p.pronoun {
				prev.opening, prev.first = after.opening, after.first
			}
			if len(p.occs) == 0 {
				continue
			}
			lead := si == 0 || si == 1 && !leadDated
			if si == 0 {
				leadDated = slices.ContainsFunc(p.occs, func(o figOcc) bool { return isDate(o.f.Unit) })
			}
			fs := figSent{art: ai, pos: si, words: p.words, names: p.names, first: p.first, firstOf: p.firstOf, firstNamed: p.firstNamed, opening: p.opening, pronoun: p.pronoun, openedBy: p.openedBy, after: after, class: p.class, lead: lead}
			if fs.lead {
				fs.head = subjectHead(s)
			}
			for _, o := range p.occs {
				o.art, o.sent = ai, len(sents)
				fs.figs = append(fs.figs, len(occs))
				occs = append(occs, o)
			}
			sents = append(sents, fs)
		}
	}
	// A sentence opening on a name is about that name ("Hansbrough
	// finished with 20 points", "Vaughn finished with 16 points"), and
	// when the name is the subject, its dated deeds are that name's
	// ("Marwick painted the canvas in 1911, shortly after moving to
	// Cornwall"), not when it qualifies a noun ("Chargers receiver
	// Vincent Jackson was arrested on Jan. 6").
	// A sentence opening on "He" or "She" is about whom the sentence
	// before it is about ("Harrison … was listed as inactive. He has 53
	// catches for 605 yards"), or about no one the text names.
	for i := range sents {
		s := &sents[i]
		switch {
		case s.pronoun:
			s.first = s.after.of(storyNames)
		case s.opening != "" && storyNames[s.opening]:
			s.first = s.opening
			if s.openedBy {
				s.firstNamed = s.opening
			}
		}
		s.named = s.names
		if o := s.opening; o != "" && s.names[o] && !storyNames[o] {
			s.named = maps.Clone(s.names)
			delete(s.named, o)
		}
	}
	u := unionfind.New(len(occs))
	copies(occs, sents, u)
	conflict := map[int]bool{}
	// Only sentences that share words can be aligned; an index finds them
	// without comparing every pair.
	index := indexWords(sents, func(s figSent) map[string]bool { return s.words })
	shared := make([]int, len(sents))
	// Wire copies repeat sentences many times over; the figures of two
	// sentences are paired once per pair of distinct sentences.
	memo := map[[2]int][]figPair{}
	pairs := func(s, t figSent, simSent float64) []figPair {
		k := [2]int{s.class, t.class}
		ps, ok := memo[k]
		if !ok {
			ps = link(occs, s.figs, t.figs, simSent)
			memo[k] = ps
		}
		return ps
	}
	join := func(as, bs []int, ps []figPair) {
		for _, p := range ps {
			i, j := as[p.a], bs[p.b]
			u.Union(i, j)
			if !p.compatible {
				conflict[i], conflict[j] = true, true
			}
		}
	}
	// touched lists the sentences whose shared count is set, so that each
	// sentence costs its neighbours and not the whole story.
	var touched []int
	for i, s := range sents {
		for _, j := range touched {
			shared[j] = 0
		}
		touched = touched[:0]
		// Sentences come in article order; only those of the articles
		// within Window after this one are compared with it.
		for w := range s.words {
			list := index[w]
			lo, _ := slices.BinarySearch(list, i+1)
			for _, j := range list[lo:] {
				if sents[j].art > s.art+Window {
					break
				}
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
		}
		slices.Sort(touched)
		for _, j := range touched {
			t := sents[j]
			// Aligned sentences or surroundings share three words at least,
			// or two when they are short and have little else.
			n := shared[j]
			if n < 2 || s.art == t.art {
				continue
			}
			simSent := float64(n) / float64(len(s.words)+len(t.words)-n)
			if n < 3 && simSent < 0.4 && !within2(n, s.words, t.words) {
				continue
			}
			if otherSubjects(s, t) || !statLinesOfOne(occs, s, t) {
				continue
			}
			st, ts := pairs(s, t, simSent), pairs(t, s, simSent)
			if otherTallies(st, ts) {
				continue
			}
			join(s.figs, t.figs, st)
			join(t.figs, s.figs, ts)
		}
	}
	linkMeasures(occs, sents, u, conflict)
	linkUnits(occs, sents, u, conflict)
	linkSwapped(occs, u, conflict)
	linkDates(occs, sents, u, conflict)
	linkLeadDates(arts, occs, sents, u, conflict)
	linkAges(occs, u, conflict)
	linkAgedNouns(occs, sents, u, conflict)
	linkShareHeads(occs, u, conflict)
	linkLoneFigures(occs, sents, u, conflict)
	linkKeyedFigures(occs, sents, u, conflict)
	linkDeeds(occs, u, conflict)
	comps := map[int][]int{}
	var roots []int
	for i := range occs {
		r := u.Find(i)
		if _, ok := comps[r]; !ok {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], i)
	}
	var out []crosscheck.Discrepancy
	for _, r := range roots {
		members := comps[r]
		has := false
		for _, m := range members {
			has = has || conflict[m]
		}
		tolls := false
		if !has {
			has = tollsDiffer(occs, members)
			tolls = has
		}
		if !has {
			continue
		}
		if d, ok := figureDiscrepancy(arts, occs, members, tolls); ok {
			out = append(out, d)
		}
	}
	return out
}

// otherTallies reports whether two aligned sentences pair several figures
// and every pair disagrees: two tallies of one kind ("caught eight passes
// for 66 yards and two touchdowns", "caught 39 passes for 302 yards and
// six touchdowns"), said of different people or games, not one statement
// told two ways, where most figures would agree.
func otherTallies(st, ts []figPair) bool {
	n := 0
	for _, ps := range [][]figPair{st, ts} {
		for _, p := range ps {
			if p.compatible {
				return false
			}
			n++
		}
	}
	return n >= 4 // at least two figures paired each way
}

// otherTally reports whether two sentences hold figures of at least two
// units besides the one compared and none of these agree: "caught eight
// passes for 66 yards and three touchdowns" and "had 793 yards and six
// touchdowns and caught 39 passes", two players' tallies. Two reports of
// one fire that each give firefighters and hours may differ on both.
func otherTally(occs []figOcc, s, t figSent) bool {
	units := 0
	seen := map[string]bool{}
	for _, i := range s.figs {
		u := unitClass(occs[i].f.Unit)
		if seen[u] {
			continue
		}
		var inT bool
		for _, j := range t.figs {
			if unitClass(occs[j].f.Unit) != u {
				continue
			}
			inT = true
			for _, k := range s.figs {
				if unitClass(occs[k].f.Unit) == u && compatible(occs[k].f, occs[j].f) {
					return false
				}
			}
		}
		if inT {
			seen[u] = true
			units++
		}
	}
	return units >= 3
}

// copies finds the articles whose sentences with figures are those of an
// earlier article, in order (copies of one wire story), joins each of
// their figures to the same figure of that article and marks them as
// copies: they can add no disagreement, and the linkers that compare
// every article with every other skip them, so that a story of many
// copies costs no more than its distinct reports.
func copies(occs []figOcc, sents []figSent, u unionfind.Sets) {
	perArt := map[int][]int{}
	sig := map[int][]byte{}
	var arts []int
	for _, t := range sents {
		if perArt[t.art] == nil {
			arts = append(arts, t.art)
		}
		perArt[t.art] = append(perArt[t.art], t.figs...)
		sig[t.art] = strconv.AppendInt(append(sig[t.art], ' '), int64(t.class), 10)
	}
	first := map[string]int{}
	for _, a := range arts {
		r, ok := first[string(sig[a])]
		if !ok {
			first[string(sig[a])] = a
			continue
		}
		for k, i := range perArt[a] {
			u.Union(i, perArt[r][k])
			occs[i].copy = true
		}
	}
}

// subject is what tells who a sentence is about: its opening word and its
// first name after the opening (for a sentence that opens on a pronoun,
// those of the sentence the pronoun refers back to).
type subject struct {
	opening, first string
}

// of returns who the sentence is about: its opening word when the story
// uses that as a name, else its first name.
func (s subject) of(storyNames map[string]bool) string {
	if s.opening != "" && storyNames[s.opening] {
		return s.opening
	}
	return s.first
}

// undatedDay returns the day an undated report's relative date names
// whenever the report was written, and its kind: a weekday alone, as
// that day of the week of reference; a day of the year without its year,
// in the year of reference; or kind 0, for any other ("yesterday", "last
// month", "next Monday"), which only the report's own day places.
func undatedDay(text string) (float64, int) {
	if day, ok := monthDayOnly(text); ok {
		return undatedYear + float64(day), referredDayOfYear
	}
	if d, ok := weekdayOnly(text); ok {
		return undatedWeek + float64(d), referredWeekday
	}
	return 0, 0
}

// The kinds of an undated report's days (figOcc.referred).
const (
	referredWeekday = 1 + iota
	referredDayOfYear
)

// undatedYear is the day (days since 1970) before the first of January
// of the year of reference in which an undated report's days of the year
// are kept.
var undatedYear = float64(crosscheck.Day(2001, time.January, 1).Time.Unix()/86400) - 1

// monthDayOnly returns the day of the year (from 1, in a year of 365
// days) that a relative date names when it is a month and a day alone
// ("June 17", "17 June", "Jan. 6", "on Aug. 9th").
func monthDayOnly(text string) (int, bool) {
	month, day := 0, 0
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.TrimRight(w, ".,")
		if w == "on" || w == "late" || w == "early" {
			continue
		}
		if m := monthNumber(w); m > 0 && month == 0 {
			month = m
			continue
		}
		n := strings.TrimRight(w, "stndrh")
		if d, err := strconv.Atoi(n); err == nil && d >= 1 && d <= 31 && day == 0 {
			day = d
			continue
		}
		return 0, false
	}
	if month == 0 || day == 0 {
		return 0, false
	}
	t := time.Date(2001, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return 0, false
	}
	return t.YearDay(), true
}

// monthNumber returns the month a lower-case word names, in full or cut
// short ("sept", "jan"), from 1, or 0.
func monthNumber(w string) int {
	for i, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if w == m || len(w) >= 3 && strings.HasPrefix(m, w) && (len(w) == 3 || w == "sept") {
			return i + 1
		}
	}
	return 0
}

// maxUndatedDays bounds the relative dates of an undated sentence whose
// weekdays are kept.
const maxUndatedDays = 4

// undatedReferences are the days against which the tense of an undated
// report's weekday is read: any two days in a row would do.
var undatedReferences = []crosscheck.Date{crosscheck.Day(2001, time.June, 13), crosscheck.Day(2001, time.June, 14)}

// undatedWeek is the day (days since 1970) of the Sunday of the week of
// reference in which an undated report's weekdays are kept: any week
// would do, since they are compared only with each other.
var undatedWeek = float64(crosscheck.Day(2001, time.June, 10).Time.Unix() / 86400)

// weekdayOnly returns the day of the week (Sunday 0) that a relative date
// names when it is a weekday alone, with the part of the day or "on"
// ("Saturday", "late Tuesday night", "on Friday morning"), not one
// counted from the report's day ("next Monday", "last Friday").
func weekdayOnly(text string) (int, bool) {
	day := -1
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		switch w {
		case "on", "late", "early", "night", "morning", "afternoon", "evening":
			continue
		}
		i := slices.Index(weekdayNames, w)
		if i < 0 || day >= 0 {
			return 0, false
		}
		day = i
	}
	return day, day >= 0
}

var weekdayNames = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// parsedSent is what figureDiscrepancies reads from one sentence, shared
// by its copies.
type parsedSent struct {
	class int
	words map[string]bool
	names map[string]bool // its capitalised words
	first string          // the first of them that names someone, as namesOf says
	// firstOf is the lower-case word right after first, what the name
	// qualifies when it qualifies one ("Illinois school board": "school").
	firstOf string
	// firstNamed is first past nationalities and words of titles
	// ("Australian funding", "Foreign Minister Claire Redmond"): whom a
	// dated deed is told of.
	firstNamed string
	// opening is its opening word, lower case, when that is capitalised
	// and may be a name; mid are its capitalised words after the opening
	// one, which are names whatever the sentence's style.
	opening string
	mid     []string
	// pronoun is set when it opens on "He" or "She".
	pronoun bool
	// openedBy is set when its opening word is its subject (openedBy).
	openedBy bool
	occs     []figOcc // without their article and sentence
}

// parseSent reads the figures of sentence s of an article published on pub;
// class numbers it among the distinct sentences.
func parseSent(s string, pub crosscheck.Date, class int) *parsedSent {
	p := &parsedSent{class: class}
	// Who the sentence is about is read past its dateline ("CEDAR
	// BLUFF, Colo. — The City Council voted 5-2").
	body := textproc.TrimDateline(s)
	p.opening, p.mid = openingOf(body)
	p.pronoun = opensOnPronoun(body)
	p.openedBy = p.opening != "" && openedBy(body)
	found := figures.Parse(s, pub)
	if len(found) == 0 {
		// Only who it is about is wanted, for a pronoun after it.
		p.first = firstNameOf(body)
		return p
	}
	p.names, p.first, p.firstNamed = namesOf(body)
	p.firstOf = wordAfterName(body, p.first)
	p.words = figureFreeWords(s)
	var onRef map[[2]int]bool
	// A sentence of more relative dates than a report tells in one is no
	// report's; its undated days are left out, which also keeps its
	// clauses from being read once per day.
	relative := 0
	for _, f := range found {
		if f.Unit == figures.RelativeDate {
			relative++
		}
	}
	for _, f := range found {
		// An undated report's weekday ("on Saturday", "late Tuesday
		// night") or day of the year ("June 17") names its day whenever
		// the report was written, as no other relative date does
		// ("yesterday", "last month", "next Monday"): it is kept as that
		// day of a week or year of reference (undatedDay), so that two
		// undated reports that name different days of one happening
		// disagree. Such days are compared only with each other, of the
		// same kind (comparable).
		referred, coming := 0, false
		if f.Unit == figures.RelativeDate {
			if relative > maxUndatedDays {
				continue
			}
			v, kind := undatedDay(f.Text)
			if kind == 0 {
				continue
			}
			if kind == referredWeekday {
				// Whether the day is still to come ("will try on
				// Thursday") the tense tells, read against two days of
				// reference in turn: on the weekday it names, a report
				// of either tense may mean that very day.
				if onRef == nil {
					onRef = map[[2]int]bool{}
					for _, ref := range undatedReferences {
						day := float64(ref.Time.Unix() / 86400)
						for _, g := range figures.Parse(s, ref) {
							onRef[[2]int{g.Start, g.End}] = onRef[[2]int{g.Start, g.End}] || g.Low > day
						}
					}
				}
				coming = onRef[[2]int{f.Start, f.End}]
			}
			f.Unit, f.Value, f.Low, f.High, referred = figures.DateUnit, v, v, v, kind
		}
		lo, hi := clauseOf(s, f.Start, f.End)
		// "stole rare watches from an auction house in Geneva,
		// Switzerland, early Monday", "a pileup near Laramie, Wyoming, on
		// Friday afternoon that killed three people": a date that opens
		// its clause after a place set off by commas dates the clause
		// before the place.
		if isMoment(f.Unit) && frontedDate(s[lo:f.Start], "") {
			lo = appositionStart(s, lo)
		}
		// "On Saturday, Cheeks was fired": a date set off by a comma with
		// nothing of its own around it dates the clause after it. A clause
		// that opens on "a" or "an" ("On April 6, an earthquake measuring
		// 7.2 struck West Papua") brings in a happening of its own, often
		// one of the past a report recalls: its date is left alone.
		fronted := isMoment(f.Unit) && strings.HasPrefix(s[hi:], ", ") && frontedDate(s[lo:f.Start], s[f.End:hi]) &&
			!indefiniteOpening(s[hi+2:])
		// "stole 14 rare watches from an auction house in Geneva, early
		// Tuesday, police said": a date set off by commas between a deed
		// and its attribution dates the deed.
		if fronted && lo >= 2 && s[lo-2:lo] == ", " {
			if _, end := clauseOf(s, hi+2, hi+2); attributionClause(s[hi+2 : end]) {
				fronted = false
				lo, _ = clauseOf(s, lo-2, lo-2)
				lo = appositionStart(s, lo)
			}
		}
		if fronted {
			_, hi = clauseOf(s, hi+2, hi+2)
		}
		c := s[lo:hi]
		g := f
		g.Start, g.End = f.Start-lo, f.End-lo
		o := figOcc{f: f, clause: c, near: stems(synonyms(figures.Neighbours(c, g))), whole: wholeOf(c[:g.Start]), needed: counted(f.Unit) && neededBefore(c[:g.Start])}
		o.scope = o.near
		o.referred, o.coming = referred, coming
		o.inclusive = inclusive(c[g.End:min(len(c), g.End+maxInclusiveBytes)])
		o.change = changeEnd(c, g.Start, g.End)
		o.voteShare = f.Unit == figures.Percent && ofTheVote(c[g.End:])
		if b, ok := namesBlanked(c); ok {
			o.scope = stems(synonyms(figures.Neighbours(b, g)))
		}
		if f.Unit == figures.YearUnit {
			// "“The Winter Orchard” (1971)", "1974's “The Winter
			// Orchard”": the year of a work is one, whatever the
			// sentences around it say; linkAges joins such years as it
			// joins a person's ages.
			if w := workOf(s[:f.Start], s[f.End:]); w != "" {
				o.person = "\x00work " + w
			}
		}
		if f.Unit == figures.Age {
			o.person = agedPerson(s[:f.Start])
			if o.person == "" && strings.HasSuffix(f.Text, "old") {
				o.person = agedName(s[f.End:])
			}
			if o.person == "" {
				o.agedNoun = agedNoun(f.Text, s[f.End:])
			}
		}
		if counted(f.Unit) {
			o.gov = governing(c[:g.Start])
			o.past = pastHappening(s[:f.Start], pub)
			o.among = includedBefore(s[:f.Start])
		}
		// "In 2007, a magnitude 8.0 quake near Pisco killed more than
		// 500 people": a magnitude in a sentence that names a past year
		// is that year's quake.
		if f.Unit == figures.Magnitude {
			o.past = namesPastYear(s, pub)
		}
		// "the nearly six-hour hearing", "the 48-page indictment": a size
		// hyphenated to a noun after "the" is that one thing's.
		if !isMoment(f.Unit) && strings.Contains(f.Text, "-") && definiteBefore(s[:f.Start]) {
			o.sized = headAfter(s[f.End:])
		}
		if counted(f.Unit) && strings.HasSuffix(strings.ToLower(f.Text), f.Unit) {
			o.tail = tailAfter(c[g.End:])
			o.phrase = countedPhrase(f.Text)
		}
		if f.Unit == figures.Percent || len(f.Unit) == 3 && strings.ToUpper(f.Unit) == f.Unit {
			// Only a sum or a share stands before a noun as its size; a
			// count's noun is its unit ("716 yards rushing"), and a span
			// of time before a noun ("a two-year extension") is one of
			// many a story gives.
			o.head = headAfter(s[f.End:])
			if o.head == "" {
				// "quarterly profit rose 8 percent", "profit jumped 18
				// percent": a change is of the noun that changed.
				o.head = changedNoun(s[:f.Start])
			}
			if o.head == "" && f.Unit == figures.Percent {
				// "52 percent of the vote": a share is of what
				// follows "of".
				if rest, ok := strings.CutPrefix(s[f.End:], " of "); ok {
					rest, _ = strings.CutPrefix(rest, "the ")
					o.head = headAfter(rest)
					o.shareOf = o.head != ""
				}
			}
			if o.head == "" && f.Unit == figures.Percent {
				o.head = levelNoun(s[:f.Start])
			}
			if o.head == "" && f.Unit != figures.Percent {
				// "fines of up to A$15 million", "bail of $1 million":
				// a sum is of the noun "of" follows.
				o.head = sumOf(s[:f.Start])
				// "The fee is reported to be €48 million": a sum told
				// as its noun's level is that noun's as "a fee of €42
				// million" is.
				if n := levelNoun(s[:f.Start]); o.head == "" && n != "" {
					o.head = "of " + n
				}
			}
			if _, from, ok := strings.Cut(c[g.End:], " from "); ok {
				o.base = stems(textproc.ContentWords(from))
			}
		}
		if rest := strings.ToLower(s[f.End:]); strings.HasPrefix(rest, " a share") || strings.HasPrefix(rest, " per share") {
			o.perShare = true
		}
		o.per = perPeriod(s[f.End:])
		if len(f.Unit) == 3 && strings.ToUpper(f.Unit) == f.Unit {
			o.paidIn = paidIn(s[f.End:])
			rest := strings.ToLower(s[f.End:])
			o.part = o.paidIn != "" && (strings.Contains(rest, "the remainder") || strings.Contains(rest, "the rest"))
		}
		if f.Unit == figures.Tally {
			o.seats = seatSplit(c[:g.Start], c[g.End:])
			// "Senate 51-48", not the article of "The 51-48 vote".
			if w := lastWords(c[:g.Start], 1); len(w) == 1 && capital(w[0]) && !textproc.IsStopword(strings.ToLower(w[0])) {
				o.body = textproc.Fold(strings.Trim(w[0], ",;:"))
			} else {
				o.body = votingBody(c[:g.Start], c[g.End:])
			}
			o.lateName = p.first != "" && !strings.Contains(strings.ToLower(s[:f.Start]), p.first)
		}
		if f.Unit == "votes" {
			o.margin = marginBefore(c[:g.Start])
		}
		if f.Unit == figures.TimeOfDay {
			o.zone = zoneAfter(s[f.End:])
		}
		if isDate(f.Unit) {
			// "9:43 p.m. Thursday Eastern time": the day of a time told
			// in a zone is that zone's day.
			o.zone = dayZone(s, found, f)
		}
		if outcome, counted, ok := figures.Measure(s, f); ok {
			o.measure = outcome + " " + counted
		}
		if !isMoment(f.Unit) {
			o.period, o.hasPeriod = periodOf(s, found, f, lo, hi)
			// "won the seat by more than 9,000 votes at the 2024 general
			// election": a figure of a period long past.
			o.longAgo = o.hasPeriod && !pub.IsZero() && o.period.High < float64(pub.Time.Unix()/86400)-longAgoDays
			o.earlier = o.hasPeriod && !pub.IsZero() && o.period.High < float64(pub.Time.Unix()/86400)-earlierDays
			o.ahead = o.hasPeriod && !pub.IsZero() && o.period.Low > float64(pub.Time.Unix()/86400)
		} else {
			if isDate(f.Unit) && !pub.IsZero() && f.Unit != figures.RelativeDate {
				o.age = int(float64(pub.Time.Unix()/86400)-f.High) + 1
				o.ahead = f.Low > float64(pub.Time.Unix()/86400)
			}
			o.anchors, o.next = anchorsOf(c, g.Start, g.End)
			if w := lastWords(c[:g.Start], 1); len(w) == 1 && strings.EqualFold(w[0], "since") {
				o.since = true
			} else if len(w) == 1 && (strings.EqualFold(w[0], "through") || strings.EqualFold(w[0], "until")) {
				o.through = true
			}
			// "turn over the documents by May 6", "has until May 15 to
			// produce them": a deadline. A time of the day ("by 5 p.m.")
			// is a deadline of that day, not the story's.
			if w := lastWords(c[:g.Start], 1); len(w) == 1 && isDate(f.Unit) && (strings.EqualFold(w[0], "by") ||
				strings.EqualFold(w[0], "until") && strings.HasPrefix(strings.TrimSpace(c[g.End:]), "to ")) {
				o.deadline = true
			}
			// A date that qualifies the noun after it ("after the 2020
			// census") dates that noun, not the verb before.
			if !attributive(c[:g.Start], c[g.End:]) {
				// "adopted after protests in 2020": the date is the
				// protests', not the adopting's.
				if !boundHappening(c[:g.Start]) {
					o.verb, o.object, o.thing, o.far = verbBefore(s[appositionStart(s, lo):f.Start])
				}
				frontPassive := false
				if o.verb == "" && fronted {
					o.verb, o.doer, frontPassive = verbOpening(c[g.End:])
					o.verbNext = o.verb != ""
				}
				if o.verb == "" {
					o.verb = verbAfter(c[g.End:])
					o.verbNext = o.verb != ""
					if o.verbNext {
						o.doer = doerBefore(c[:g.Start])
					}
				}
				if v, ok := strings.CutPrefix(o.verb, plannedVerb); ok {
					o.verb = plannedVerb + deedOf(dateVerb(v, c[:g.Start]))
				} else {
					o.verb = deedOf(dateVerb(o.verb, c[:g.Start]))
				}
				// "The case was argued in November", "was declared a
				// disaster area on Monday": these verbs of saying in the
				// passive are deeds done, not words said ("the first
				// case was confirmed on Feb. 27" is still a telling).
				if passiveDeeds[o.verb] && (frontPassive || passiveBefore(c[:g.Start])) {
					o.verb = "passive " + o.verb
				}
			} else if b := strings.Fields(c[:g.Start]); len(b) >= 2 && temporalPrepositions[strings.ToLower(b[len(b)-2])] {
				// "adopted after the 2020 census": the date is another
				// happening's, a bound of this one.
				o.other = true
			}
			o.event, o.eventNamed = eventNear(c, g.Start, g.End)
			if o.event == "" {
				o.event, o.eventNamed = relativeEvent(s[:lo], c[:g.Start])
			}
			// "gave the General Assembly until June 15 to adopt a new
			// map": a deadline, the story's one of its kind.
			if b := strings.Fields(strings.ToLower(c[:g.Start])); o.event == "" && len(b) > 0 && b[len(b)-1] == "until" {
				o.event = "until"
			}
			o.other = o.other || otherInstance(c) || lastOne(s[:f.Start])
			// "The first quake, magnitude 7.6, struck at 4:43 a.m.": a
			// time of one of a series of happenings.
			if f.Unit == figures.TimeOfDay && seriesWord(s[:f.Start]) {
				o.other = true
			}
		}
		p.occs = append(p.occs, o)
	}
	return p
}

// attributive reports whether a date stands between a determiner and a
// lower-case word that is no function word: a noun the date qualifies
// ("the 2020 census", "the April 7 runoff").
func attributive(before, after string) bool {
	b := strings.Fields(before)
	if len(b) == 0 || !determiners[strings.ToLower(b[len(b)-1])] {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	w = strings.TrimRight(w, ",.;:!?)\"”’")
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsLower(r) && !textproc.IsStopword(w) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// boundHappening reports whether the words before a date end on another
// happening that a temporal preposition ties the deed before it to, which
// the date then dates rather than the deed: "a policy adopted after
// protests in 2020", "elected following the riots of 2011".
func boundHappening(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	n := len(ws)
	if n > 0 && (ws[n-1] == "in" || ws[n-1] == "on" || ws[n-1] == "of") {
		n--
	}
	// Up to three words of the happening after the preposition.
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		if !temporalPrepositions[ws[k]] || ws[k] == "until" || ws[k] == "since" {
			continue
		}
		// "before becoming governor in 2019": a deed of the subject's
		// own, which the date dates.
		if k+1 < n && strings.HasSuffix(ws[k+1], "ing") {
			return false
		}
		nouns := 0
		for _, w := range ws[k+1 : n] {
			w = strings.Trim(w, ",;:")
			if w == "" || textproc.IsStopword(w) && !determiners[w] || figures.IsNumberWord(w) {
				return false
			}
			if !determiners[w] {
				nouns++
			}
		}
		return nouns > 0
	}
	return false
}

// temporalPrepositions relate a happening to another one.
var temporalPrepositions = map[string]bool{"after": true, "before": true, "since": true, "until": true, "following": true}

// determiners stand before a noun a date may qualify.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "this": true, "that": true}

// agedPerson returns the last word of the name that the text before an
// age ends with ("… found Jalen Brooks, " gives "brooks"), or "".
func agedPerson(before string) string {
	b := strings.TrimRight(before, " ")
	// "Peterson, a 32-year-old fertilizer salesman".
	for _, a := range []string{" a", " an"} {
		if strings.HasSuffix(strings.ToLower(b), a) {
			b = strings.TrimRight(b[:len(b)-len(a)], " ")
			break
		}
	}
	b, ok := strings.CutSuffix(b, ",")
	if !ok {
		return ""
	}
	i := strings.LastIndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	w := b[i+1:]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return ""
	}
	return textproc.Fold(w)
}

// nameMarks are the marks a name's word may hold besides letters.
var nameMarks = strings.NewReplacer("-", "", "'", "", "’", "")

// maxAgedNameWords bounds the capitalised words of a name after an age.
const maxAgedNameWords = 5

// agedName returns the last word, folded, of the name an age is
// hyphenated to ("the 32-year-old Klitschko's third win", "66-year-old
// LuAnn Marie Johnson, of Burnsville", "16-year-old Kimani Gray was
// shot"), or "". A run of capitals followed by a common noun qualifies
// the noun ("the 55-year-old Scottish actor", "a 40-year-old New York
// man") and names no one.
func agedName(rest string) string {
	ws := strings.Fields(rest)
	last := ""
	for k, w := range ws {
		core := strings.TrimRight(w, ",;:)")
		ended := core != w
		core = strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
		ended = ended || core != strings.TrimRight(w, ",;:)")
		// "Rep." goes on to the name; a full stop after the name ends it
		// with the sentence.
		core = strings.TrimSuffix(core, ".")
		r, _ := utf8.DecodeRuneInString(core)
		if k == maxAgedNameWords || !unicode.IsUpper(r) || !isLettersOnly(nameMarks.Replace(core)) {
			if low := strings.ToLower(core); last == "" || unicode.IsLower(r) && !nameFollowers[low] && !pastVerb(low) {
				return ""
			}
			return textproc.Fold(strings.ToLower(last))
		}
		last = core
		if ended {
			return textproc.Fold(strings.ToLower(last))
		}
	}
	if last == "" {
		return ""
	}
	return textproc.Fold(strings.ToLower(last))
}

// pastVerb reports whether a lower-case word is a verb in the past tense,
// by the list of irregular ones or its ending.
func pastVerb(w string) bool {
	return irregularPast[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && !notVerbsEd[w]
}

// nameFollowers are the words that may follow a name where they could not
// follow a noun a capitalised word qualifies.
var nameFollowers = map[string]bool{
	"was": true, "is": true, "has": true, "had": true, "who": true, "whose": true, "said": true,
	"says": true, "told": true, "died": true, "will": true, "would": true,
	"on": true, "in": true, "at": true, "of": true, "from": true, "with": true, "after": true, "before": true,
}

// linkAges joins the ages that articles give one person by name ("Jalen
// Brooks, 17," and "Jalen Brooks, 19,"), where each article gives that
// name one age: a person has one age, whatever the sentences around it
// say.
func linkAges(occs []figOcc, u unionfind.Sets, conflict map[int]bool) {
	linkOneValueEach(occs, u, conflict, func(o figOcc) string { return o.person }, nil)
}

// linkOneValueEach joins, for each key keyOf gives (figures given "" are
// left out), the figure of each article that gives the key one value
// with the first such article's, when like, if given, holds of the two.
func linkOneValueEach(occs []figOcc, u unionfind.Sets, conflict map[int]bool, keyOf func(figOcc) string, like func(a, b figOcc) bool) {
	keys, byKey := byArticle(occs, keyOf)
	first := map[string]int{} // key -> the first figure given alone
	for _, k := range keys {
		is := byKey[k]
		if slices.ContainsFunc(is, func(i int) bool { return occs[i].f.Value != occs[is[0]].f.Value }) {
			continue
		}
		j, ok := first[k.key]
		if !ok {
			first[k.key] = is[0]
			continue
		}
		i := is[0]
		if like != nil && !like(occs[j], occs[i]) {
			continue
		}
		u.Union(j, i)
		if !compatible(occs[j].f, occs[i].f) {
			conflict[j], conflict[i] = true, true
		}
	}
}

// artKey is a key of figures within one article.
type artKey struct {
	key string
	art int
}

// byArticle groups the figures that keyOf gives a key, copies left out,
// by key and article, and returns the groups' keys in the order of
// their first figure.
func byArticle(occs []figOcc, keyOf func(figOcc) string) ([]artKey, map[artKey][]int) {
	byKey := map[artKey][]int{}
	var keys []artKey
	for i, o := range occs {
		k := keyOf(o)
		if k == "" || o.copy {
			continue
		}
		ak := artKey{k, o.art}
		if byKey[ak] == nil {
			keys = append(keys, ak)
		}
		byKey[ak] = append(byKey[ak], i)
	}
	return keys, byKey
}

// workOf returns the title of a work a year is given to, folded: a
// quoted title right before the year in parentheses ("“The Winter
// Orchard” (1971)") or right after it in the possessive ("1974's “The
// Winter Orchard”"), or "".
func workOf(before, after string) string {
	if b, ok := strings.CutSuffix(strings.TrimRight(before, " "), "("); ok && strings.HasPrefix(after, ")") {
		b = strings.TrimRight(b, " ")
		for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
			if t, ok := strings.CutSuffix(b, q[1]); ok {
				if i := strings.LastIndex(t, q[0]); i >= 0 {
					return workTitle(t[i+len(q[0]):])
				}
			}
		}
		return ""
	}
	for _, p := range []string{"'s ", "’s "} {
		if a, ok := strings.CutPrefix(after, p); ok {
			for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
				if t, ok := strings.CutPrefix(a, q[0]); ok {
					if i := strings.Index(t, q[1]); i >= 0 {
						return workTitle(t[:i])
					}
				}
			}
		}
	}
	return ""
}

// workTitle folds a work's title of up to twelve words, or returns "".
func workTitle(t string) string {
	t = strings.Trim(t, " ,.")
	if n := len(strings.Fields(t)); n < 1 || n > 12 {
		return ""
	}
	return strings.ToLower(textproc.Fold(t))
}

// agedNoun returns the common noun an age is hyphenated to ("a
// 34-year-old man": "man"), or "".
func agedNoun(text, rest string) string {
	if !strings.HasSuffix(text, "-old") {
		return ""
	}
	// "a 40-year-old Dunmore man": the noun past the capitals that
	// qualify it.
	ws := strings.Fields(rest)
	for len(ws) > 1 && unicode.IsUpper(rune(ws[0][0])) && !strings.ContainsAny(ws[0], ",;:.") {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return ""
	}
	w := strings.TrimRight(ws[0], ",;:.")
	if len(w) < 3 || !unicode.IsLower(rune(w[0])) || textproc.IsStopword(w) {
		return ""
	}
	return textproc.Fold(w)
}

// genders tells the nouns of a person of one sex, for ages: "a
// 40-year-old man" and "a 19-year-old woman" are two people.
var genders = map[string]int{
	"man": 1, "boy": 1, "father": 1, "son": 1, "husband": 1, "brother": 1, "grandfather": 1,
	"woman": 2, "girl": 2, "mother": 2, "daughter": 2, "wife": 2, "sister": 2, "grandmother": 2,
}

// otherPeople reports whether two ages are told of two people: named
// apart ("Reyes, 41," and "the 32-year-old Vasko") or of the other sex.
func otherPeople(a, b figOcc) bool {
	if a.f.Unit != figures.Age || b.f.Unit != figures.Age {
		return false
	}
	if a.person != "" && b.person != "" && a.person != b.person {
		return true
	}
	ga, gb := genders[a.agedNoun], genders[b.agedNoun]
	return ga != 0 && gb != 0 && ga != gb
}

// minAgedWords is how many words, besides the noun, two sentences that
// give an unnamed person's age must share to tell of one person.
const minAgedWords = 3

// linkAgedNouns joins the ages that articles give one unnamed person ("The
// police have arrested a 34-year-old man in the fatal shooting …", "A
// 36-year-old man has been arrested in the killing …"): where each
// article gives one age to the noun, in sentences that share
// minAgedWords words around it.
// linkShareHeads joins the shares of one noun ("Turnout was 61
// percent", "turnout reached 67 percent", "put turnout at 61%") that
// articles each give one value of, of like size and from the same base,
// however the sentences around them differ: a story has one turnout. An
// article that gives the noun two shares (a rate now and a year ago) is
// left to the sentences' own alignment, and so are shares of a whole
// ("18 percent of participants") and of the vote, which a story gives of
// many groups. The sums of one noun in one currency ("a fee of €42
// million", "The fee is reported to be €48 million") are joined alike.
func linkShareHeads(occs []figOcc, u unionfind.Sets, conflict map[int]bool) {
	linkOneValueEach(occs, u, conflict, func(o figOcc) string {
		switch {
		case o.head == "" || o.f.Span:
			return ""
		case o.f.Unit == figures.Percent && !o.shareOf && !o.voteShare:
			return o.head
		case isMoney(o.f.Unit) && strings.HasPrefix(o.head, "of "):
			// "a fee of €42 million", "The fee is €48 million"; a sum
			// told in another currency is the same one converted.
			return o.f.Unit + " " + o.head
		}
		return ""
	}, func(a, b figOcc) bool {
		return near(a.f, b.f) && comparable(b, a) && !otherBases(b.base, a.base)
	})
}

func linkAgedNouns(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	keys, byKey := byArticle(occs, func(o figOcc) string { return o.agedNoun })
	stemsOf := map[int]map[string]bool{}
	sentStems := func(i int) map[string]bool {
		m, ok := stemsOf[i]
		if !ok {
			m = stems(synonyms(slices.Collect(maps.Keys(sents[i].words))))
			stemsOf[i] = m
		}
		return m
	}
	for x, k := range keys {
		is := byKey[k]
		if len(is) != 1 {
			continue
		}
		for _, l := range keys[x+1:] {
			if l.art > k.art+Window {
				break
			}
			js := byKey[l]
			if l.key != k.key || l.art == k.art || len(js) != 1 {
				continue
			}
			i, j := is[0], js[0]
			a, b := sentStems(occs[i].sent), sentStems(occs[j].sent)
			n := overlap(a, b)
			for w := range stems([]string{k.key}) {
				if a[w] && b[w] {
					n--
				}
			}
			if n < minAgedWords || otherSubjects(sents[occs[i].sent], sents[occs[j].sent]) {
				continue
			}
			u.Union(i, j)
			if !compatible(occs[i].f, occs[j].f) {
				conflict[i], conflict[j] = true, true
			}
		}
	}
}

// periodOf returns the date nearest figure f within the clause [lo, hi)
// of its sentence, among the figures found there.
func periodOf(s string, found []figures.Found, f figures.Found, lo, hi int) (figures.Found, bool) {
	best, dist := -1, 0
	for k, d := range found {
		if !isDate(d.Unit) || d.Unit == figures.RelativeDate || d.Start < lo || d.End > hi || toldOn(s, d) || boundAfter(s, f, d) {
			continue
		}
		n := d.Start - f.End
		if d.End <= f.Start {
			n = f.Start - d.End
		}
		if best < 0 || n < dist {
			best, dist = k, n
		}
	}
	if best < 0 {
		return figures.Found{}, false
	}
	return found[best], true
}

// minDateNear is how alike the surroundings of two dates must be, as the
// Jaccard similarity of their words, for linkDates to pair them.
const minDateNear = 0.3

// anchorWords is how many lower-case content words on either side of a
// date tell what happened then.
const anchorWords = 2

// anchorsOf returns the stems of the lower-case content words nearest
// [start, end) in clause c, up to anchorWords on either side, and those of
// the nearest one on either side. Capitalised words are left out: names
// say who, not what happened; so are numbers and the words of other
// dates.
func anchorsOf(c string, start, end int) (map[string]bool, map[string]bool) {
	pick := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			low := strings.ToLower(w)
			if unicode.IsUpper(r) || !unicode.IsLetter(r) || textproc.IsStopword(low) || dateWords[low] {
				continue
			}
			out = append(out, textproc.Fold(low))
		}
		return out
	}
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
	}
	before, after := pick(split(c[:start])), pick(split(c[end:]))
	if len(before) > anchorWords {
		before = before[len(before)-anchorWords:]
	}
	if len(after) > anchorWords {
		after = after[:anchorWords]
	}
	var next []string
	if len(before) > 0 {
		next = append(next, before[len(before)-1])
	}
	if len(after) > 0 {
		next = append(next, after[0])
	}
	return stems(append(before, after...)), stems(next)
}

// namesOf returns the capitalised words of a sentence, without a
// possessive ending, leaving out the names of days and months and a
// capitalised function word opening it: who the sentence is about; and
// the first of them after the opening word that is not a title or in
// capitals.
func namesOf(s string) (names map[string]bool, first, firstNamed string) {
	names = map[string]bool{}
	front := frontedWords(s)
	k := -1
	// common is set when the sentence opens on a common noun ("A charter
	// bus carrying 47 passengers …", "The bus was carrying …"), whose
	// subject no name is; a name after a preposition then only says where
	// or to whom ("from New York", "to a casino in West Virginia").
	common, placed := false, false
	opening := ""
	eachWord(s, func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }, func(w string) bool {
		k++
		r, _ := utf8.DecodeRuneInString(w)
		if k == 0 {
			opening = strings.ToLower(w)
		}
		if k == 1 && !unicode.IsUpper(r) && (opening == "a" || opening == "an" || opening == "the") {
			common = true
		}
		if !unicode.IsUpper(r) {
			if k >= front && afterSubject[w] {
				placed = true
			}
			return true
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		low := strings.ToLower(w)
		// An article or a determiner capitalised inside a sentence
		// opens a clause after a colon or a quotation mark ("The
		// numbers: The economy added …"); it names no one.
		if calendarNames[low] || k == 0 && textproc.IsStopword(low) || determiners[low] {
			return true
		}
		names[low] = true
		// Not the opening word, which any sentence capitalises, nor a
		// word in capitals (a dateline, an acronym), nor a name in a
		// phrase fronted before the subject ("At a news conference in
		// Dallas, Lasater said").
		if k == 0 || titles[low] || allCaps(w) || k < front {
			return true
		}
		if first == "" && !(common && placed) {
			first = low
		}
		// Past nationalities and words of titles ("Australian funding",
		// "Foreign Minister Claire Redmond"): whom a dated deed is told of.
		if firstNamed == "" && !entities.IsQualifier(low) && !(common && placed) {
			firstNamed = low
		}
		return true
	})
	return names, first, firstNamed
}

// afterSubject are the prepositions after which a name says where, when or
// to whom, not who: "from New York", "to a casino in West Virginia".
var afterSubject = map[string]bool{
	"from": true, "to": true, "in": true, "on": true, "at": true, "near": true, "into": true, "onto": true,
	"for": true, "with": true, "by": true, "after": true, "before": true, "during": true, "through": true,
	"across": true, "along": true, "toward": true, "towards": true, "over": true, "under": true,
	"between": true, "outside": true, "inside": true, "off": true,
}

// frontingWords open a phrase or clause fronted before a sentence's
// subject.
var frontingWords = map[string]bool{
	"in": true, "at": true, "on": true, "after": true, "before": true, "during": true, "following": true,
	"with": true, "without": true, "since": true, "until": true, "by": true, "for": true, "from": true,
	"amid": true, "despite": true, "under": true, "as": true, "when": true, "while": true, "although": true,
	"though": true, "because": true, "if": true, "speaking": true, "according": true,
}

// frontedWords returns how many words of a sentence stand in a phrase
// fronted before its subject, up to the first comma, when it opens on a
// preposition ("At a Nov. 13 news conference in Dallas, Lasater said"),
// or 0.
func frontedWords(s string) int {
	open, _, _ := strings.Cut(strings.TrimLeft(s, " \"“‘("), " ")
	if !frontingWords[strings.ToLower(open)] {
		return 0
	}
	c := strings.Index(s, ", ")
	if c < 0 {
		return 0
	}
	n := 0
	eachWord(s[:c], func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }, func(string) bool {
		n++
		return true
	})
	return n
}

// firstNameOf returns the first name namesOf gives for a sentence,
// without gathering the others.
func firstNameOf(s string) string {
	first := ""
	k := -1
	front := frontedWords(s)
	eachWord(s, func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }, func(w string) bool {
		k++
		if r, _ := utf8.DecodeRuneInString(w); k == 0 || !unicode.IsUpper(r) || k < front {
			return true
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		low := strings.ToLower(w)
		if calendarNames[low] || titles[low] || allCaps(w) {
			return true
		}
		first = low
		return false
	})
	return first
}

// capitalised calls fn with each capitalised word of a sentence, its
// place among the sentence's words (0 for the opening one), the word
// without a possessive ending and the same in lower case.
func capitalised(s string, fn func(k int, w, low string)) {
	k := -1
	eachWord(s, func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }, func(w string) bool {
		k++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			fn(k, w, strings.ToLower(w))
		}
		return true
	})
}

// openingOf returns the opening word of a sentence, lower case, when it
// is capitalised and may be a name (not a function word, a day or month, a
// title or a word in capitals), and the set of the capitalised words after
// it.
func openingOf(s string) (string, []string) {
	opening := ""
	var mid []string
	capitalised(s, func(k int, w, low string) {
		switch {
		case allCaps(w):
		case k == 0:
			if !textproc.IsStopword(low) && !calendarNames[low] && !titles[low] {
				opening = low
			}
		case !calendarNames[low] && !slices.Contains(mid, low):
			mid = append(mid, low)
		}
	})
	return opening, mid
}

// openedBy reports whether a sentence's opening word is its subject: a
// comma or a verb in the past or an auxiliary follows it ("Marwick, who
// was born in Denmark, painted …", "Marwick painted …", "Marwick has …"),
// not a noun it qualifies ("Chargers receiver Vincent Jackson").
func openedBy(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	if strings.HasSuffix(ws[0], ",") {
		return true
	}
	next := strings.Trim(ws[1], ",;:")
	low := strings.ToLower(next)
	if next != low {
		return false
	}
	// A word in -s may be a plural the name qualifies ("Palmer voters").
	return auxiliaries[low] || irregularPast[low] || len(low) >= 4 && strings.HasSuffix(low, "ed")
}

// opensOnPronoun reports whether a sentence opens on "He" or "She".
func opensOnPronoun(s string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(s, " \"“‘'("), " ")
	return w == "He" || w == "She"
}

// allCaps reports whether a word has no lower-case letter.
func allCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// titles stand before names without naming anyone.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "senator": true, "rep": true,
	"representative": true, "gov": true, "governor": true, "president": true, "gen": true, "general": true,
	"judge": true, "justice": true, "secretary": true, "minister": true, "chief": true, "mayor": true,
}

// otherSubjects reports whether two sentences open on different people or
// things: the first name of each (as namesOf gives it) is missing from the
// other, as a name or as a word ("Mr. Fox, who was president from 2000 to
// 2006", "Felipe Calderon, who was president from 2006 to 2012"; but "the
// City Council voted 5-2" and "a Colorado city council voted 4-3" speak of
// one council).
func otherSubjects(s, t figSent) bool {
	// A state or a country against a name that is neither, each
	// qualifying the same noun, may be the place that holds it: "A
	// suburban Illinois school board voted 6-3", "The Tilden school board
	// voted 7-2".
	if s.firstOf != "" && s.firstOf == t.firstOf && entities.IsRegion(s.first) != entities.IsRegion(t.first) {
		return false
	}
	return s.first != "" && t.first != "" && !oneName(s.first, t.first) && !t.names[s.first] && !s.names[t.first] &&
		!t.words[s.first] && !s.words[t.first]
}

// oneName reports whether two names, folded, are one, spelt alike or as
// a reader would take for one misspelt ("whitfield", "whitefield"): a
// report that misspells a name tells of the same person. A name that
// holds the other whole is another word made of it ("israel",
// "israeli"; "kenya", "kenyan").
func oneName(a, b string) bool {
	if a == b {
		return true
	}
	// Two edits at most, the first letter kept: most pairs of names
	// differ at once, without a count of edits.
	if a == "" || b == "" || a[0] != b[0] || len(a)-len(b) > 2 || len(b)-len(a) > 2 {
		return false
	}
	return !strings.HasPrefix(a, b) && !strings.HasPrefix(b, a) && !inflected(a, b) && entities.NearSpelling(a, b)
}

// calendarNames are capitalised words that date rather than name.
var calendarNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// sameHappening reports whether two dates may date one happening: the
// word right beside both is the same, or two words around them are ("the
// bill was signed on Friday" and "vetoed on Monday" date two). Other
// figures always may.
func sameHappening(a, b figOcc) bool {
	if len(a.anchors) == 0 || len(b.anchors) == 0 {
		return true
	}
	// "Another strong quake hit in 1996" dates another quake than "a
	// strong quake hit in 2002".
	if a.other != b.other {
		return false
	}
	if otherVerbs(a, b) {
		return false
	}
	return overlap(a.next, b.next) > 0 || overlap(a.anchors, b.anchors) >= 2
}

// eventNouns name happenings that a date dates and that a story seldom
// holds two of under one name: "the vice presidential debate on Tuesday",
// "the April 30 Republican primary". Meetings, interviews, hearings and
// news conferences recur, so they are left out.
var eventNouns = toSet([]string{
	"debate", "debates", "election", "elections", "primary", "primaries", "caucus", "caucuses",
	"referendum", "runoff", "summit", "convention", "funeral", "inauguration", "parade",
	"vote", "votes", "hearing", "hearings", "trial", "sentencing", "arraignment", "session", "sessions",
	// Mishaps a story is about: one outage, one crash.
	"outage", "outages", "blackout", "crash", "derailment", "collision", "explosion", "blast",
	"shooting", "stabbing", "earthquake", "quake", "eruption", "verdict", "indictment",
})

// happenings are nouns of happenings a count may be told of, and which
// a story recalls from past years: a disaster, a war, an attack.
var happenings = toSet([]string{
	"flood", "floods", "flooding", "storm", "storms", "hurricane", "cyclone", "typhoon", "tornado",
	"earthquake", "earthquakes", "quake", "quakes", "tsunami", "eruption", "fire", "fires", "wildfire",
	"wildfires", "blaze", "war", "attack", "attacks", "bombing", "bombings", "shooting", "crash",
	"disaster", "pandemic", "outbreak", "epidemic", "drought", "famine", "heatwave", "landslide",
	"landslides", "riots", "massacre",
})

// pastWindow is how many words before a count a happening of a past
// year may stand.
const pastWindow = 8

// includedBefore reports whether the words before a count make it part of
// a larger one: "including two who died", "among them three children".
func includedBefore(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	for len(ws) > 0 && figures.IsQualifierWord(strings.Trim(ws[len(ws)-1], ",;:")) {
		ws = ws[:len(ws)-1]
	}
	n := len(ws)
	return n >= 1 && strings.Trim(ws[n-1], ",;:") == "including" ||
		n >= 2 && ws[n-2] == "among" && (strings.Trim(ws[n-1], ",;:") == "them" || strings.Trim(ws[n-1], ",;:") == "whom")
}

// namesPastYear reports whether a sentence names a year before pub's.
func namesPastYear(s string, pub crosscheck.Date) bool {
	if pub.IsZero() {
		return false
	}
	return slices.ContainsFunc(strings.Fields(s), func(w string) bool { return pastYear(w, pub) })
}

// pastYear reports whether a word, stripped of punctuation, is a year
// before pub's (from 1900).
func pastYear(w string, pub crosscheck.Date) bool {
	y := strings.Trim(w, ",.;:()")
	if len(y) != 4 || !isDigits(y) {
		return false
	}
	year, _ := strconv.Atoi(y)
	return year >= 1900 && year < pub.Time.Year()
}

// pastHappening reports whether the words before a count, in its
// sentence, name a happening of a year before pub's: "floods in 2022
// that killed", "the 2004 tsunami, which killed", "in 2004, sparking a
// tsunami that killed".
func pastHappening(before string, pub crosscheck.Date) bool {
	if pub.IsZero() {
		return false
	}
	ws := strings.Fields(before)
	ws = ws[max(0, len(ws)-pastWindow):]
	for k, w := range ws {
		if !pastYear(w, pub) {
			continue
		}
		// "floods in 2022", "the 2004 tsunami", "struck off Aceh in
		// 2004, sparking a tsunami that killed".
		if k >= 2 && strings.EqualFold(ws[k-1], "in") && happenings[strings.ToLower(strings.Trim(ws[k-2], ",.;:"))] {
			return true
		}
		for _, w := range ws[k+1:] {
			if happenings[strings.ToLower(strings.Trim(w, ",.;:"))] {
				return true
			}
		}
	}
	return false
}

// eventModifiers is how many words before an event noun qualify it.
const eventModifiers = 2

// eventNear returns the event noun of clause c nearest the date at
// [start, end), with the words right before it that qualify it, as stems
// joined by spaces; "" when the clause names no happening or only a bare
// noun. The qualifying words stop at a function word, a word of a date or
// punctuation, so that "last week's opening debate" is "openin debate"
// and "next Tuesday's debate" is bare. It also reports whether the date
// names one such happening: a singular noun right after the date or
// tied to it (see datedBy).
func eventNear(c string, start, end int) (string, bool) {
	type tok struct {
		w      string
		at     int
		joined bool // only a space separates it from the word before
	}
	var toks []tok
	prev := -1
	for i := 0; i < len(c); {
		r, size := utf8.DecodeRuneInString(c[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < len(c) {
			r, size := utf8.DecodeRuneInString(c[j:])
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				break
			}
			j += size
		}
		toks = append(toks, tok{w: c[i:j], at: i, joined: prev >= 0 && strings.TrimSpace(c[prev:i]) == ""})
		prev = j
		i = j
	}
	best, dist := -1, 0
	for k, t := range toks {
		if t.at >= start && t.at < end {
			continue
		}
		if !eventNouns[strings.ToLower(t.w)] {
			continue
		}
		d := start - t.at
		if t.at > start {
			d = t.at - end
		}
		if best < 0 || d < dist {
			best, dist = k, d
		}
	}
	if best < 0 {
		return "", false
	}
	words := []string{stemOf(strings.ToLower(toks[best].w))}
	for k := best; k > 0 && len(words) <= eventModifiers && toks[k].joined; k-- {
		w := strings.ToLower(toks[k-1].w)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		// A verb is no qualifier: "set sentencing for Oct. 14" and
		// "Sentencing is scheduled for Oct. 15" date one sentencing.
		if textproc.IsStopword(w) || dateWords[w] || calendarNames[w] || toks[k-1].at < end && toks[k-1].at >= start ||
			datingLinks[w] || pastVerb(w) {
			break
		}
		// "last Thursday's deadly shooting" and "the March 3 shooting"
		// name one shooting: a word that judges it tells none apart.
		if judging[w] {
			continue
		}
		words = append([]string{stemOf(w)}, words...)
	}
	// A bare noun ("the meeting", "his debate") may be any of a story's
	// meetings or debates, unless the date names it ("the April 7
	// runoff", "an outage on Jan. 26", "sentencing is scheduled for
	// Oct. 15").
	named := toks[best].at > start && onlyJudging(c[end:toks[best].at]) ||
		toks[best].at < start && datedBy(c[toks[best].at+len(toks[best].w):start])
	if len(words) < 2 && !named {
		return "", false
	}
	noun := strings.ToLower(toks[best].w)
	return strings.Join(words, " "), named && !strings.HasSuffix(noun, "s")
}

// judging are the words that judge a happening rather than tell it from
// another of its kind: "the deadly shooting", "the brutal attack".
var judging = map[string]bool{
	"deadly": true, "fatal": true, "tragic": true, "violent": true, "brutal": true, "devastating": true,
	"horrific": true, "apparent": true, "alleged": true, "shocking": true, "bloody": true, "daring": true,
	"terrifying": true, "senseless": true, "heinous": true, "brazen": true,
}

// onlyJudging reports whether the words between a date and the noun of a
// happening after it are at most judging words ("Thursday's deadly
// shooting"), maybe after "for a" ("on Oct. 20 for a second debate").
func onlyJudging(between string) bool {
	ws := strings.Fields(strings.ToLower(between))
	// "on Oct. 20 for a second debate": the happening the date is set
	// for.
	forWhat := len(ws) >= 2 && ws[0] == "for" && (ws[1] == "a" || ws[1] == "an" || ws[1] == "the" || ws[1] == "its" || ws[1] == "their")
	if forWhat {
		ws = ws[2:]
	}
	for _, w := range ws {
		if !judging[w] && !(forWhat && ordinals[w]) {
			return false
		}
	}
	return true
}

// ordinals are the words that count happenings of a kind: "a second
// debate", "the third round".
var ordinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "final": true,
}

// relativeEvent returns the happening a relative clause dates: "his
// sentencing, which Judge Anita Ferrante scheduled for March 18" dates
// the sentencing, named so when the clause's words before the date only
// schedule it (a name, "scheduled", "for"). before is the sentence before
// the clause, clause the clause up to the date.
func relativeEvent(before, clause string) (string, bool) {
	ws := strings.Fields(strings.ToLower(clause))
	if len(ws) < 2 || ws[0] != "which" && ws[0] != "that" {
		return "", false
	}
	b := strings.Fields(strings.TrimRight(before, " "))
	if len(b) == 0 {
		return "", false
	}
	noun := strings.ToLower(strings.TrimRight(b[len(b)-1], ","))
	if !eventNouns[noun] || strings.HasSuffix(noun, "s") {
		return "", false
	}
	// The clause past its subject: "which Judge Anita Ferrante
	// scheduled for".
	k := 1
	cs := strings.Fields(clause)
	for k < len(cs)-1 && unicode.IsUpper([]rune(cs[k])[0]) {
		k++
	}
	return stemOf(noun), datedBy(strings.Join(ws[k:], " "))
}

// datedBy reports whether the words between an event noun and the date
// after it only tie the two: a preposition, with at most an auxiliary and
// a verb of scheduling or taking place before it ("on", "is scheduled
// for", "was held on", "took place on").
func datedBy(between string) bool {
	ws := strings.Fields(strings.ToLower(between))
	if len(ws) == 0 || len(ws) > 4 || !datingPrepositions[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !datingLinks[w] {
			return false
		}
	}
	return true
}

// datingPrepositions stand right before the date of a happening.
var datingPrepositions = map[string]bool{"on": true, "for": true, "of": true}

// datingLinks may stand between a happening and "on"/"for" its date.
var datingLinks = map[string]bool{
	"is": true, "was": true, "will": true, "be": true, "been": true, "has": true, "had": true,
	"scheduled": true, "set": true, "slated": true, "planned": true, "held": true, "took": true,
	"place": true, "happened": true, "occurred": true, "now": true, "originally": true,
}

// stemOf returns the stem stems gives a word.
func stemOf(w string) string {
	if len(w) > stemLen {
		return w[:stemLen]
	}
	return w
}

// verbWindow is how many words before a date its verb may stand, names
// and function words not counted: "sent a bill to her desk Monday",
// "signed a teacher pay raise into law on Tuesday". A verb further back
// than verbWindow words of any kind dates the deed but does not tell two
// deeds apart (otherVerbs); meetings and calls, which recur, are one only
// when told of the same thing ("met privately at the White House on
// Sunday" against "met for nearly an hour on Thursday", two meetings).
const verbWindow = 6

// dateVerb returns the verb of a date with the words of one meaning made
// one: "takes effect on March 1" and "goes into effect April 1" date one
// change, "released on Tuesday" and "made public Monday" one report.
func dateVerb(verb, before string) string {
	ws := strings.Fields(strings.ToLower(before))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		w := strings.Trim(ws[k], ",;:")
		if w == "effect" && k > 0 && effectVerbs[ws[k-1]] {
			return "effect"
		}
		if w == "public" && k > 0 && ws[k-1] == "made" {
			return "releas"
		}
		// "would be effective May 31", "effective June 1".
		if w == "effective" && k == len(ws)-1 {
			return "effect"
		}
	}
	if v, ok := dateSynonyms[verb]; ok {
		return v
	}
	return verb
}

// effectVerbs stand before "effect" where a rule starts to apply.
var effectVerbs = map[string]bool{
	"take": true, "takes": true, "took": true, "taken": true, "into": true, "come": true,
}

// plannedVerb prefixes the verb of a deed planned for a date ("expected
// to vote on Thursday"), which dates no deed done.
const plannedVerb = "planned "

// plannedBefore are the words that make "to" and a verb after them a
// deed planned for a date: "expected to vote", "scheduled to meet".
var plannedBefore = map[string]bool{
	"expected": true, "scheduled": true, "set": true, "due": true, "slated": true, "poised": true, "planning": true, "plans": true, "planned": true,
	"expect": true, "expects": true, "aims": true, "aim": true,
}

// expectedThing reports whether words end on a verb of expecting and what
// is expected, which "to" and a verb then follow: "expect the deal (to
// close)", "expected the transaction", "expects it".
func expectedThing(ws []string) bool {
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-3; k-- {
		switch strings.ToLower(ws[k]) {
		case "expect", "expects", "expected", "expecting":
			return true
		}
	}
	return false
}

// dateSynonyms map the stems of verbs of one meaning to one: "released",
// "unveiled", "published" a report; "detected", "discovered", "spotted"
// an intrusion.
var dateSynonyms = map[string]string{
	"unveil": "releas", "publis": "releas",
	// what was found: "detected the intrusion", "discovered", "spotted".
	"detect": "discov", "spotte": "discov", "notice": "discov", "uncove": "discov", "found": "discov",
	// what began: "the snow began late Sunday", "started late Monday";
	// a fire that "erupted Saturday afternoon", "broke out Friday
	// afternoon", "ignited on July 12".
	"starte": "began", "begun": "began", "erupte": "began", "ignite": "began", "sparke": "began", "broke out": "began",
	// what struck: a quake that "struck", "hit", "rocked" or "jolted".
	"hit": "struck", "rocked": "struck", "jolted": "struck",
	// a deal done: "expected to close in the first half of 2027", "expect
	// to complete the deal by the end of this year".
	"comple": "close", "finali": "close",
	// a measure adopted: "passed", "approved", "advanced", "cleared".
	"approv": "pass", "advanc": "pass", "cleare": "pass", "adopte": "pass",
	// a ship, a train or a flight that set out: "had left the port of
	// Batangas at about 10 p.m. on Saturday", "had departed Batangas late
	// Friday night".
	"left": "depart", "sailed": "depart",
}

// doerBefore returns the folded word before a date that a verb follows
// directly, past its preposition ("The House on", "the council"): the
// noun whose deed the date is, or "" when that word is a function word.
func doerBefore(before string) string {
	ws := strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	if n := len(ws); n > 0 && strings.EqualFold(ws[n-1], "on") {
		ws = ws[:n-1]
	}
	if len(ws) == 0 {
		return ""
	}
	w := strings.ToLower(ws[len(ws)-1])
	if textproc.IsStopword(w) {
		return ""
	}
	return w
}

// verbAfter returns the stem of the verb in the past tense that a date
// opens on ("on Wednesday signed a bill"), or "".
func verbAfter(after string) string {
	// The verb must follow the date directly: "on Monday, officials
	// said" opens on no verb of its own.
	if !strings.HasPrefix(after, " ") {
		return ""
	}
	ws := strings.FieldsFunc(after, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(ws) == 0 {
		return ""
	}
	w := ws[0]
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		return ""
	}
	// "late Wednesday pushed through a $1.2 trillion package": a bill
	// passed.
	if len(ws) > 1 && ws[1] == "through" && throughVerbs[w] {
		return deedOf(stemOf("passed"))
	}
	if pastVerb(w) {
		return stemOf(w)
	}
	return ""
}

// frontedDate reports whether a date's clause holds nothing but the date
// and the words that place it (before and after are the clause's text on
// either side of it): "On Saturday", "Late Tuesday night", "Earlier in
// 2019".
func frontedDate(before, after string) bool {
	for _, w := range strings.Fields(strings.ToLower(before)) {
		switch w {
		case "on", "in", "late", "early", "earlier", "later", "then", "and", "but", "also", "by", "at":
		default:
			return false
		}
	}
	for _, w := range strings.Fields(strings.ToLower(after)) {
		if !timesOfDay[w] {
			return false
		}
	}
	return true
}

// maxAttributionWords bounds the words of a clause that only says who
// told a thing ("police said", "the ministry said in a statement").
const maxAttributionWords = 6

// attributionClause reports whether a clause only says who told what
// comes before it: a few words with a verb of saying ("police said",
// "according to officials").
func attributionClause(c string) bool {
	ws := strings.Fields(strings.ToLower(strings.TrimRight(c, ".!? ")))
	if len(ws) == 0 || len(ws) > maxAttributionWords {
		return false
	}
	for _, w := range ws {
		if w == "said" || w == "says" || w == "according" || w == "told" || w == "reported" {
			return true
		}
	}
	return false
}

// indefiniteOpening reports whether s opens on "a" or "an".
func indefiniteOpening(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// frontedVerbWords bounds the words before the verb of the clause a
// fronted date dates.
const frontedVerbWords = 8

// verbOpening returns, for the clause after a fronted date (", Cheeks was
// fired as head coach"), the stem of its first verb in the past tense
// within frontedVerbWords words, the lower-cased word before it (its doer,
// as doerBefore reads one), and whether an auxiliary of the passive
// stands right before it.
func verbOpening(after string) (string, string, bool) {
	ws := strings.FieldsFunc(after, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	for k, w := range ws[:min(len(ws), frontedVerbWords)] {
		low := strings.ToLower(w)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			continue
		}
		if pastVerb(low) {
			doer, passive := "", false
			if k > 0 {
				prev := strings.ToLower(ws[k-1])
				switch prev {
				case "was", "were", "been", "is", "are", "be":
					passive = true
					if k > 1 {
						prev = strings.ToLower(ws[k-2])
					}
				}
				if !textproc.IsStopword(prev) {
					doer = prev
				}
			}
			return stemOf(low), doer, passive
		}
	}
	return "", "", false
}

// throughVerbs, before "through", tell a measure passed: "pushed
// through", "rammed through".
var throughVerbs = map[string]bool{"pushed": true, "rammed": true, "forced": true, "ushered": true, "waved": true, "muscled": true}

// verbBefore returns the stem of the last verb in the past tense among the
// verbWindow words that end before (the clause up to a date), and the
// stems of the content words after it; "" and nil when there is none.
// Regular verbs are known by their ending; the common irregular ones by a
// list.
func verbBefore(before string) (string, map[string]bool, string, bool) {
	ws := strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	// "will be sworn in on Jan. 4", "takes office Jan. 6", "was
	// inaugurated on Monday": one start of a term of office, in any
	// tense.
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-officeWindow; k-- {
		switch w := strings.ToLower(ws[k]); {
		case w == "sworn" || w == "inaugurated":
			return officeStem, nil, "", false
		case w == "office" && k > 0 && takeOffice[strings.ToLower(ws[k-1])]:
			return officeStem, nil, "", false
		}
	}
	// Names and function words take no room: "struck the Andean
	// highlands of southern Peru early Thursday", "signed a teacher pay
	// raise into law on Tuesday".
	room := verbWindow
	for k := len(ws) - 1; k >= 0 && room > 0; k-- {
		w := ws[k]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			continue
		}
		if !textproc.IsStopword(w) {
			room--
		}
		// "said the session would begin on Dec. 7": a verb after a
		// modal, nearer the date than any past tense, is what the date
		// dates.
		// "is expected to vote on her nomination on Thursday", "is
		// scheduled to vote … next Thursday": a planned deed, as after a
		// modal.
		// It is kept apart from the deed done ("passed Thursday") as
		// plannedVerb marks it.
		planned := w == "to" && k > 0 && (plannedBefore[strings.ToLower(ws[k-1])] || expectedThing(ws[:k]))
		if (modalWords[w] || planned) && k+1 < len(ws) && !textproc.IsStopword(ws[k+1]) && !capital(ws[k+1]) {
			return plannedVerb + stemOf(ws[k+1]), nil, "", len(ws)-k > verbWindow
		}
		// "the county's elected treasurer": a participle after a
		// possessive qualifies the noun after it and tells no deed.
		if k > 1 && k+1 < len(ws) && ws[k-1] == "s" && !capital(ws[k+1]) {
			continue
		}
		if pastVerb(w) || gerundAfter(ws, k) {
			rest := ws[k+1:]
			// "stepped down in October" tells what "resigned in
			// November" does.
			if len(rest) > 0 && w == "stepped" && (rest[0] == "down" || rest[0] == "aside") {
				w, rest = "resigned", rest[1:]
			}
			// "checked out of the clinic on Thursday" undoes what
			// "checked into the clinic in May" did.
			verb := stemOf(w)
			if len(rest) > 0 && strings.EqualFold(rest[0], "out") {
				verb, rest = verb+" out", rest[1:]
			}
			var obj []string
			for _, o := range rest {
				if low := strings.ToLower(o); !textproc.IsStopword(low) && !dateWords[low] && !calendarNames[low] {
					obj = append(obj, low)
				}
			}
			// Only a participle right before the date follows its
			// thing; "the tabloid published a story Friday" names the
			// doer.
			thing := ""
			if k > 0 && len(obj) == 0 {
				if t := ws[k-1]; !capital(t) && !textproc.IsStopword(t) && !auxiliaries[t] && !strings.HasSuffix(t, "ly") {
					thing = stemOf(t)
				}
			}
			return verb, stems(obj), thing, len(ws)-k > verbWindow
		}
	}
	return "", nil, "", false
}

// officeStem is the verb of a term of office begun, however told.
const officeStem = "took office"

// officeWindow is how many words before a date the start of a term of
// office may be told: "sworn in on".
const officeWindow = 3

// takeOffice are the verbs of "take office" and "assume office".
var takeOffice = map[string]bool{
	"take": true, "takes": true, "took": true, "taken": true, "taking": true,
	"assume": true, "assumes": true, "assumed": true, "assuming": true,
}

// modalWords stand before the verb of a deed to come.
var modalWords = map[string]bool{
	"will": true, "would": true, "shall": true, "could": true, "might": true, "may": true, "should": true, "can": true,
}

// auxiliaries stand before a participle without naming what was done.
var auxiliaries = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "not": true, "never": true, "who": true, "which": true, "that": true,
}

// otherVerbs reports whether two dates follow different verbs done to one
// thing: they date different happenings ("passed a bill last week", "sent
// a bill to her desk Monday"). Verbs without a shared object may name one
// happening in other words ("crashed on Tuesday", "went down Wednesday");
// verbs of saying date the report, not the happening. Neither is
// compared.
func otherVerbs(a, b figOcc) bool {
	if undone(a.verb, b.verb) {
		return true
	}
	if a.verb == "" || b.verb == "" || a.far || b.far || sayingVerbs[a.verb] || sayingVerbs[b.verb] {
		return false
	}
	return a.verb != b.verb && overlap(a.object, b.object) > 0
}

// undone reports whether two verbs are a deed and its undoing: "checked
// into the clinic in May" and "checked out of it on Thursday".
func undone(a, b string) bool {
	return a != b && strings.TrimSuffix(a, " out") == strings.TrimSuffix(b, " out")
}

// irregularPast are common verbs in the past tense that the ending test
// misses: irregular ones, and short ones.
var irregularPast = map[string]bool{
	"sent": true, "met": true, "held": true, "won": true, "lost": true, "made": true, "took": true,
	"gave": true, "began": true, "came": true, "went": true, "left": true, "ran": true, "saw": true,
	"found": true, "wrote": true, "spoke": true, "brought": true, "bought": true, "built": true,
	"chose": true, "fled": true, "fought": true, "led": true, "paid": true, "rose": true, "fell": true,
	"shot": true, "sold": true, "struck": true, "stood": true, "swore": true, "threw": true,
	"spent": true, "told": true, "said": true, "sat": true, "flew": true, "drove": true, "broke": true,
	"stole": true, "hung": true, "sank": true, "sought": true, "taught": true, "caught": true,
	"meant": true, "felt": true, "kept": true, "slept": true, "wept": true, "withdrew": true,
	"overturned": true, "became": true, "forgave": true, "undertook": true, "upheld": true,
	// Regular, but too short for the ending test.
	"died":  true,
	"shook": true, "tore": true, "swept": true, "blew": true, "drew": true, "grew": true, "knew": true,
	"rode": true, "wore": true, "woke": true, "stuck": true, "swung": true, "rang": true, "sang": true,
}

// notVerbsEd are words ending in "ed" that are no verbs in the past
// tense.
var notVerbsEd = map[string]bool{
	"hundred": true, "hundreds": true, "united": true, "speed": true, "breed": true, "creed": true,
	"indeed": true, "proceed": true, "succeed": true, "exceed": true, "sacred": true, "kindred": true,
	"naked": true, "wicked": true, "rugged": true, "beloved": true, "alleged": true, "so-called": true,
	"embed": true, "unnamed": true, "unidentified": true, "unspecified": true, "scheduled": true,
	"expected": true, "planned": true, "slated": true, "supposed": true,
}

// recurringVerbs tell of meetings and talks, which a story holds several
// of.
var recurringVerbs = stems([]string{"met", "spoke", "talked", "called", "visited", "phoned", "huddled", "conferred"})

// recentDays and oldDays bound the news of a report's week and the past
// it recalls (comparable).
const (
	recentDays = 8
	oldDays    = 180
)

// lightVerbs say little without their object: "took office", "took to
// the streets"; "made history", "made an arrest".
var lightVerbs = stems([]string{"took", "made", "gave", "got", "put", "set", "held", "kept", "had", "did"})

// sayingVerbs tell that something was said, not what happened.
var sayingVerbs = stems([]string{
	"said", "told", "announced", "reported", "stated", "added", "noted", "claimed", "confirmed",
	"wrote", "tweeted", "posted", "revealed", "disclosed", "explained", "argued", "insisted",
	"warned", "acknowledged", "admitted", "declared", "asserted", "suggested",
})

// granularity says how finely a date is given: to the day (or a few days,
// "earlier this week"), the month, or the year. A year and a finer date in
// two reports mostly date different things ("in 2018", "in December").
func granularity(f figures.Found) int {
	if f.Unit == figures.TimeOfDay {
		return 0
	}
	// A part of a year ("the end of the first quarter of 2027") is told
	// as years are.
	if f.Unit == figures.YearUnit {
		return 2
	}
	switch n := f.High - f.Low; {
	case f.Span || n > 31:
		return 2
	case n > 7:
		return 1
	}
	return 0
}

// linkLeadDates joins the days on which two articles' leads tell their
// story's happening: "Hurricane Josephine roared ashore near this fishing
// town early Thursday" and "Hurricane Josephine made landfall near Port
// Alcott early Wednesday"; "Prime Minister Helga Brandvold replaced five
// members of her cabinet on Friday" and "Norwegian Prime Minister Helga
// Brandvold shook up her government on Thursday". Two leads whose
// subjects have one head tell one happening in whatever words, so each
// lead's single day is that happening's day, when:
//   - each lead gives one day, the day of its report or one of the
//     leadDays before it (the news of the day), that is no day of saying
//     ("officials said Monday"): a lead with two days tells a happening
//     and another one (a reaction, what came before), and one of days
//     before may tell a stance held for days ("refused on Tuesday to step
//     down", "rebuffed calls Monday to step aside");
//   - the reports are of one day, or the days follow the same verb ("was
//     found alive Tuesday", "found alive Wednesday"): reports of
//     different days lead with that day's news ("met on Sunday", "was
//     heading to Detroit Monday"), and meetings and calls recur.
func linkLeadDates(arts []crosscheck.Article, occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	var leads []int // per article with one, the occurrence of its lead's day
	for _, s := range sents {
		if !s.lead || s.head == "" {
			continue
		}
		day, n := -1, 0
		for _, i := range s.figs {
			o := occs[i]
			if !isDate(o.f.Unit) || o.f.Unit == figures.RelativeDate {
				continue
			}
			pub := arts[o.art].Published
			today := float64(pub.Time.Unix() / 86400)
			// An undated report's lead dates its happening by a weekday
			// past and the verb of that deed ("on Monday joined the
			// field"), which the leads of other undated reports may give
			// otherwise.
			undated := pub.IsZero() && o.referred == referredWeekday && !o.coming && o.verb != ""
			// The day a lead's words were said, after the day of its
			// happening ("… late Tuesday, killing nine workers, officials
			// said on Wednesday"), is not the happening's.
			if sayingVerbs[o.verb] && day >= 0 && o.f.Unit != figures.RelativeDate {
				continue
			}
			if !undated && (pub.IsZero() || o.f.High-o.f.Low > 1 || o.f.Span || o.f.High < today-leadDays || o.f.Low > today) ||
				o.since || o.other || o.copy || sayingVerbs[o.verb] {
				n = 2
				break
			}
			day, n = i, n+1
		}
		if n == 1 {
			leads = append(leads, day)
		}
	}
	// Leads are compared within the group of their subject's head, each
	// with the next maxLeadFollowers: a big story's reports lead alike by
	// the hundred, and a day told differently shows among its neighbours.
	byHead := map[string][]int{}
	var heads []string
	for _, i := range leads {
		h := sents[occs[i].sent].head
		if byHead[h] == nil {
			heads = append(heads, h)
		}
		byHead[h] = append(byHead[h], i)
	}
	for _, h := range heads {
		group := byHead[h]
		for k, i := range group {
			for _, j := range group[k+1 : min(len(group), k+1+maxLeadFollowers)] {
				linkLeadPair(arts, occs, sents, u, conflict, i, j)
			}
		}
	}
	// Leads of two heads that each name the other's tell one happening
	// from either side: "A bipartisan bill … cleared a key Senate
	// committee on Wednesday", "A Senate committee on Tuesday advanced a
	// bipartisan bill". So do two reports of one day that date one deed,
	// whoever they open on: "The House voted late Thursday to pass …",
	// "House Republicans late Wednesday passed …".
	for k, i := range leads {
		x := sents[occs[i].sent]
		for _, j := range leads[k+1 : min(len(leads), k+1+maxLeadFollowers)] {
			if y := sents[occs[j].sent]; x.head != y.head && (namesHead(x, y.head) && namesHead(y, x.head) || sameDeedOfDay(arts, occs[i], occs[j])) {
				linkLeadPair(arts, occs, sents, u, conflict, i, j)
			}
		}
	}
}

// sameDeedOfDay reports whether two dates of reports published the same
// day follow one verb (dateVerb's synonyms folded).
func sameDeedOfDay(arts []crosscheck.Article, a, b figOcc) bool {
	return a.verb != "" && a.verb == b.verb && arts[a.art].Published.Time.Equal(arts[b.art].Published.Time)
}

// namesHead reports whether a sentence holds a word of the given head.
func namesHead(s figSent, head string) bool {
	for w := range s.words {
		if stemOf(w) == head {
			return true
		}
	}
	return false
}

// maxLeadFollowers is how many leads after it, of one subject's head, a
// lead's day is compared with.
const maxLeadFollowers = 64

// linkLeadPair joins the days of two leads (linkLeadDates) when they may
// be one happening's.
func linkLeadPair(arts []crosscheck.Article, occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool, i, j int) {
	x, y := sents[occs[i].sent], sents[occs[j].sent]
	if x.art == y.art || overlap(x.words, y.words) < minEventWords || !comparable(occs[i], occs[j]) {
		return
	}
	vi, vj := occs[i].verb, occs[j].verb
	// Reports of another day, or of no day known whose leads open on
	// two heads, must tell one deed.
	if recurringVerbs[vi] || recurringVerbs[vj] ||
		(!arts[x.art].Published.Time.Equal(arts[y.art].Published.Time) || arts[x.art].Published.IsZero() && x.head != y.head) && (vi == "" || vi != vj) {
		return
	}
	u.Union(i, j)
	if !compatible(occs[i].f, occs[j].f) {
		conflict[i], conflict[j] = true, true
	}
}

// leadDays is how many days before its report a lead's day may be and
// still be the news it leads with.
const leadDays = 2

// subjectHead returns the folded head noun of the subject a sentence
// opens on, past its dateline: "A Colorado hiker who vanished …" gives
// "hiker", "Norwegian Prime Minister Helga Brandvold shook up …"
// "brandvold", "The Harrow County Board of Commissioners voted …"
// "board". A sentence that opens on anything but a determiner or a
// capitalised word ("With the nomination secured, …", "Three days
// after …") has none that this can tell: "".
func subjectHead(s string) string {
	ws := strings.Fields(textproc.TrimDateline(s))
	// A fronted phrase ("After more than four hours of public comment,
	// the Board voted …") is passed to its comma.
	if len(ws) > 0 && textproc.IsStopword(strings.ToLower(ws[0])) && !determiners[strings.ToLower(ws[0])] {
		for k, w := range ws {
			if k >= 25 {
				return ""
			}
			if strings.HasSuffix(w, ",") {
				ws = ws[k+1:]
				break
			}
		}
	}
	head, named, possessed := "", false, false
	for k, w := range ws {
		bare := strings.TrimRight(w, ",;:")
		bare = strings.TrimSuffix(strings.TrimSuffix(bare, "'s"), "’s")
		low := strings.ToLower(bare)
		r, _ := utf8.DecodeRuneInString(bare)
		if k == 0 {
			if determiners[low] {
				continue
			}
			if !unicode.IsUpper(r) || textproc.IsStopword(low) {
				return ""
			}
			named = true
		}
		if !unicode.IsLetter(r) {
			break
		}
		upper := unicode.IsUpper(r)
		// Right after a possessor a word qualifies what it has, whatever
		// its ending ("France's embattled minority government").
		adjective := possessed && !textproc.IsStopword(low)
		possessed = false
		if !upper && !adjective && (textproc.IsStopword(low) || irregularPast[low] || auxiliaries[low] ||
			len(low) >= 5 && (strings.HasSuffix(low, "ed") && !notVerbsEd[low] || strings.HasSuffix(low, "ing") || strings.HasSuffix(low, "ly"))) {
			break
		}
		if k > 0 && upper && textproc.IsStopword(low) {
			break
		}
		// After a name, a lower-case word is its verb ("Helga Brandvold
		// shook up"), or a plural it qualifies ("Republican senators").
		plural := strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss")
		if named && !upper && !plural {
			break
		}
		head = stemOf(low)
		if !upper && named {
			break
		}
		if bare != strings.TrimRight(w, ",;:") && k+1 < len(ws) {
			// "The Senate GOP's threat", "Pennsylvania's highest court":
			// the possessor qualifies what follows, whose head is the
			// subject's.
			named, possessed = false, true
			continue
		}
		if strings.ContainsAny(w, ",;:") {
			break
		}
	}
	return head
}

// dateWords are words of dates that say nothing of what happened.
var dateWords = map[string]bool{
	"week": true, "month": true, "year": true, "weekend": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "earlier": true, "later": true, "last": true, "next": true, "ago": true,
	"since": true, "day": true, "days": true, "weeks": true, "months": true, "years": true, "early": true, "late": true, "mid": true,
}

// linkDates joins dates worded differently that date one happening in
// sentences about the same thing: "A Republican staffer on Friday
// apologized for a Facebook post" and "had to apologize Saturday for a
// Facebook post". The words around both dates must share a stem (the
// happening) and their sentences minEventWords words; each date is
// paired only with its most alike of the other article, both ways.
func linkDates(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	byArt := map[int][]int{}
	var arts []int
	for i, o := range occs {
		if !isMoment(o.f.Unit) || len(o.anchors) == 0 || o.copy {
			continue
		}
		if byArt[o.art] == nil {
			arts = append(arts, o.art)
		}
		byArt[o.art] = append(byArt[o.art], i)
	}
	// A date pairs only with dates that share an anchor word or a named
	// happening with it or the verb before it, so its candidates
	// come from an index of those,
	// not from every date of every other article.
	byAnchor := map[string][]int{}
	byEvent := map[string][]int{}
	byVerb := map[string][]int{} // dates, by the verb before them
	byNear := map[string][]int{} // dates, by the words around them
	for _, a := range arts {
		for _, i := range byArt[a] {
			for w := range occs[i].anchors {
				byAnchor[w] = append(byAnchor[w], i)
			}
			for w := range occs[i].near {
				if namePrefix(w, sents[occs[i].sent].names) {
					byNear[w] = append(byNear[w], i)
				}
			}
			if e := occs[i].event; e != "" {
				byEvent[e] = append(byEvent[e], i)
			}
			if v := occs[i].verb; v != "" {
				byVerb[v] = append(byVerb[v], i)
			}
		}
	}
	score := func(i, j int) (float64, bool) {
		// The happening: two words around both dates and much of what
		// surrounds them; for single years, which a story holds fewer of,
		// the word right beside both ("his term ends in 2018").
		g := granularity(occs[i].f)
		if (g == 2) != (granularity(occs[j].f) == 2) || occs[i].other || occs[j].other ||
			(occs[i].f.Unit == figures.TimeOfDay) != (occs[j].f.Unit == figures.TimeOfDay) {
			return 0, false
		}
		// A date after a verb of saying dates the saying ("announced
		// Monday he will resign"), one after another verb the deed
		// ("effective June 1"); things done that the nouns before their
		// participles tell apart are two ("a ruling issued Monday", "an
		// injunction issued in December").
		vi, vj := occs[i].verb, occs[j].verb
		// A date tied to its happening ("a special session on Dec. 14")
		// dates it whatever verb of saying stands before.
		// A date told right before a deed of its own ("on Friday called
		// lawmakers back … for a special session") dates that deed, not
		// the happening a named date ties to.
		tied := occs[i].event != "" && occs[i].event == occs[j].event &&
			(occs[i].eventNamed && (occs[j].eventNamed || !occs[j].verbNext) || occs[j].eventNamed && !occs[i].verbNext)
		if vi != "" && vj != "" && sayingVerbs[vi] != sayingVerbs[vj] && !tied || undone(vi, vj) ||
			vi == vj && occs[i].thing != "" && occs[j].thing != "" && occs[i].thing != occs[j].thing {
			return 0, false
		}
		n := overlap(occs[i].anchors, occs[j].anchors)
		year := g == 2
		// A named happening ("the vice presidential debate") dates alike
		// in any words around it.
		// "set sentencing for March 18" and "will be sentenced March 25":
		// a named happening and its verb.
		event := occs[i].event != "" && occs[i].event == occs[j].event ||
			occs[i].eventNamed && occs[i].event == strings.TrimPrefix(occs[j].verb, "passive ") ||
			occs[j].eventNamed && occs[j].event == strings.TrimPrefix(occs[i].verb, "passive ")
		// A date after the same verb ("painted the canvas in 1911",
		// "painted the harbor scene in 1917"; "was argued in November",
		// "was argued in October") dates the same deed.
		// Meetings and calls recur: "met" twice dates one meeting only
		// when what was met about is the same.
		// Light verbs ("took office", "took to the streets") are the
		// same deed only of the same thing.
		sameVerb := occs[i].verb != "" && occs[i].verb == occs[j].verb && !sayingVerbs[occs[i].verb] &&
			(!recurringVerbs[occs[i].verb] && !lightVerbs[occs[i].verb] || overlap(occs[i].object, occs[j].object) > 0)
		// Four words around both dates, half of all around them and two
		// of them names both sentences give ("won the backing of the
		// Macomb County Republican Party earlier this month", "was
		// endorsed by the Macomb County Republican Party in April"),
		// tell one happening whatever the verbs.
		around := overlap(occs[i].near, occs[j].near) >= 4 && jaccard(occs[i].near, occs[j].near) >= 0.5 &&
			namedAround(occs[i].near, occs[j].near, sents[occs[i].sent].names, sents[occs[j].sent].names) >= 2
		if !(event || sameVerb || around || n >= 2 && jaccard(occs[i].near, occs[j].near) >= minDateNear || year && n >= 1 && overlap(occs[i].next, occs[j].next) > 0) {
			return 0, false
		}
		// Sentences that both name someone must name someone alike, or
		// tell the same deed with the same words around it ("the first
		// case was confirmed on Feb. 27", "the first case in the
		// outbreak was confirmed on March 2").
		x, y := sents[occs[i].sent], sents[occs[j].sent]
		told := event || sameVerb && (overlap(occs[i].near, occs[j].near) >= 3 || occs[i].verbNext && occs[j].verbNext)
		// The subjects of dated deeds are read past nationalities and
		// titles: "The agreement, signed by Foreign Minister Claire
		// Redmond, takes effect on July 1" and "The deal takes effect June
		// 1 and includes Australian funding" name no one two ways.
		// One doer doing one deed, told right after the date ("the
		// House on Thursday passed legislation", "The House on Wednesday
		// approved a sweeping water bill"), is one happening whatever
		// else the sentences say or name.
		sameDoer := told && occs[i].verbNext && occs[j].verbNext && occs[i].doer != "" && occs[i].doer == occs[j].doer
		// A happening each date names ("the March 3 shooting", "last
		// Thursday's deadly shooting") is the story's one, whoever the
		// sentences are about.
		named := event && occs[i].eventNamed && occs[j].eventNamed
		if !sameDoer && !named && otherSubjects(figSent{first: x.firstNamed, names: x.names, words: x.words}, figSent{first: y.firstNamed, names: y.names, words: y.words}) {
			return 0, false
		}
		// A named happening is one whatever else its sentences say
		// ("Sentencing is scheduled for Jan. 21", "Sentencing is set
		// for Feb. 21").
		need := minEventWords
		if event && occs[i].eventNamed && occs[j].eventNamed {
			need = 1
		}
		// A named happening and the verb of its stem ("Sentencing is
		// scheduled for April 4", "He will be sentenced on March 28")
		// tell one happening in as few words.
		if occs[i].eventNamed && occs[i].event == strings.TrimPrefix(occs[j].verb, "passive ") ||
			occs[j].eventNamed && occs[j].event == strings.TrimPrefix(occs[i].verb, "passive ") {
			need = 1
		}
		if sameDoer {
			need = 1
		}
		// One deed of one thing ("expected to vote on her nomination on
		// Thursday", "scheduled to vote on Valdmaa's nomination next
		// Thursday"): the verb and its object are the words shared.
		if sameVerb && n >= 2 && need > 2 && (x.firstNamed == "" || y.firstNamed == "" || x.firstNamed == y.firstNamed) {
			need = 2
		}
		// A deed done once, dated by its year ("The bridge, built in
		// 1962", "The bridge … was built in 1926"; "painted the canvas in
		// 1911", "painted the harbor scene in 1917"): the verb and one
		// more word are the words shared.
		if sameVerb && year && need > 2 && (x.firstNamed == "" || y.firstNamed == "" || x.firstNamed == y.firstNamed) {
			need = 2
		}
		// A deed to come on one day ("are scheduled to be arraigned on
		// Thursday", "are set to be arraigned on Aug. 24") is done once:
		// the verb and one more word are the words shared.
		if sameVerb && occs[i].ahead && occs[j].ahead && need > 2 && (x.firstNamed == "" || y.firstNamed == "" || x.firstNamed == y.firstNamed) {
			need = 2
		}
		if m := overlap(x.words, y.words); m < need && !within2(m, x.words, y.words) ||
			!told && len(x.named) > 0 && len(y.named) > 0 && overlap(x.named, y.named) == 0 {
			return 0, false
		}
		return jaccard(x.words, y.words) + jaccard(occs[i].near, occs[j].near), true
	}
	// bestIn[i] holds, for each other article, the date there that best
	// matches date i, by article: the first of the highest score.
	type match struct{ art, j int }
	bestIn := make(map[int][]match, len(occs))
	var cands []int
	for _, a := range arts {
		for _, i := range byArt[a] {
			cands = cands[:0]
			for w := range occs[i].anchors {
				cands = append(cands, inWindow(occs, byAnchor[w], a)...)
			}
			if e := occs[i].event; e != "" {
				cands = append(cands, inWindow(occs, byEvent[e], a)...)
			}
			if v := occs[i].verb; v != "" {
				cands = append(cands, inWindow(occs, byVerb[v], a)...)
			}
			// Dates with four words around them in common, two of them
			// names (around, in score), share a name; a word that many
			// dates have around them adds at most maxNearDates.
			for w := range occs[i].near {
				if !namePrefix(w, sents[occs[i].sent].names) {
					continue
				}
				l := inWindow(occs, byNear[w], a)
				cands = append(cands, l[:min(len(l), maxNearDates)]...)
			}
			slices.Sort(cands)
			cands = slices.Compact(cands)
			var ms []match
			var scores []float64
			for _, j := range cands {
				if occs[j].art == a {
					continue
				}
				sim, ok := score(i, j)
				if !ok || sim <= 0 {
					continue
				}
				k, found := slices.BinarySearchFunc(ms, occs[j].art, func(m match, art int) int { return m.art - art })
				switch {
				case !found:
					ms = slices.Insert(ms, k, match{occs[j].art, j})
					scores = slices.Insert(scores, k, sim)
				case sim > scores[k]:
					ms[k].j, scores[k] = j, sim
				}
			}
			bestIn[i] = ms
		}
	}
	best := func(i, art int) int {
		ms := bestIn[i]
		k, found := slices.BinarySearchFunc(ms, art, func(m match, art int) int { return m.art - art })
		if !found {
			return -1
		}
		return ms[k].j
	}
	// Occurrences come in article order, so a later article has a higher
	// index: each pair of dates is tried once, from the earlier article.
	for _, a := range arts {
		for _, i := range byArt[a] {
			for _, m := range bestIn[i] {
				j := m.j
				if m.art < a || best(j, a) != i || !comparable(occs[i], occs[j]) || otherVerbs(occs[i], occs[j]) {
					continue
				}
				u.Union(i, j)
				if !compatible(occs[i].f, occs[j].f) {
					conflict[i], conflict[j] = true, true
				}
			}
		}
	}
}

// loneTallyWithin is how many sentences from the top of an article the
// tally of its story stands within (linkLoneFigures).
const loneTallyWithin = 4

// linkLoneFigures pairs the figures of a kind a story holds one of, in
// articles that each give one, however differently the sentences tell
// them:
//   - tallies near the top, of the same body or of none named: a story of
//     one vote or one match has one tally ("The House voted 231 to 196",
//     "The measure passed 221 to 196"). An article that gives two tallies
//     (the House's and the Senate's, this match and the last) or names the
//     seats of a chamber is left to the sentences' own alignment, and so
//     are tallies of two named bodies;
//   - margins of victory ("a majority of 1,284", "won by 1,842 votes"),
//     wherever they stand, but for those of an election long past: a race
//     has one winner;
//   - the dates a span lasts to, told with words in common: one deadline;
//   - one candidate's share of the vote, said of the same person;
//   - the one sum of money each lead gives, of like size.
func linkLoneFigures(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	linkLone(occs, sents, u, conflict, func(o figOcc) bool { return o.f.Unit == figures.Tally && !o.seats && !o.earlier }, loneTallyWithin,
		func(a, b figOcc) bool {
			return (a.body == "" || b.body == "" || a.body == b.body) && likeTotals(a.f, b.f)
		})
	// "The magnitude 6.8 earthquake hit at 4:17 a.m.", "measured
	// magnitude 6.4": the first magnitude a report gives near its top is
	// the story's quake; those further down are quakes of other years.
	// A story whose reports tell of several quakes near their tops ("the
	// first quake, magnitude 7.6, … One 7.3-magnitude tremor") has no one
	// magnitude.
	quake := func(o figOcc) bool { return o.f.Unit == figures.Magnitude && !o.past && !o.other }
	if oneEach(occs, sents, quake, loneMagnitudeWithin) {
		linkLone(occs, sents, u, conflict, quake, loneMagnitudeWithin, func(a, b figOcc) bool { return true })
	}
	linkLone(occs, sents, u, conflict, func(o figOcc) bool { return o.margin && !o.longAgo }, math.MaxInt,
		func(a, b figOcc) bool { return true })
	// "Ms. Ortega had about 54 percent of the vote", "Ortega won 51
	// percent of the vote": one candidate's share, where each article
	// gives one share of the vote and says it of the same person.
	linkLone(occs, sents, u, conflict, func(o figOcc) bool { return o.voteShare }, math.MaxInt,
		func(a, b figOcc) bool {
			x, y := sents[a.sent].first, sents[b.sent].first
			return x != "" && oneName(x, y)
		})
	// "signed the striker … for a club-record fee of £58 million",
	// "completed the signing of … for £53 million": the one sum each
	// lead gives is the story's, when the two are of like size, share two
	// words around them and neither says it holds more ("including
	// debt").
	linkLone(occs, sents, u, conflict, func(o figOcc) bool { return isMoney(o.f.Unit) && sents[o.sent].lead }, math.MaxInt,
		func(a, b figOcc) bool {
			return a.f.Unit == b.f.Unit && within(a.f, b.f, maxLeadSum) && !within(a.f, b.f, 1+minLeadGap) &&
				overlap(a.near, b.near) >= 2 && a.inclusive == b.inclusive
		})
	// "The cap would take effect Jan. 1", "the ordinance, which takes
	// effect July 1": a measure takes effect once, and an article that
	// gives one day for it gives the story's.
	linkLone(occs, sents, u, conflict, func(o figOcc) bool {
		return isDate(o.f.Unit) && (o.verb == "effect" || o.verb == plannedVerb+"effect") && !o.other
	}, math.MaxInt, func(a, b figOcc) bool { return granularity(a.f) == granularity(b.f) })
	// "turn over the documents by May 6", "has until May 15 to produce
	// them": the one deadline to come each report gives is the story's. A
	// day after a count in its clause is when the count was taken ("had
	// burned 18,400 acres by Tuesday morning", "dumped more than four feet
	// of snow by Tuesday evening"), not a deadline.
	counted := func(o figOcc) bool {
		for _, j := range sents[o.sent].figs {
			if p := occs[j]; !isMoment(p.f.Unit) && p.f.Start < o.f.Start && strings.Contains(o.clause, p.f.Text) {
				return true
			}
		}
		return false
	}
	linkLone(occs, sents, u, conflict, func(o figOcc) bool {
		return o.deadline && o.ahead && !o.other && !counted(o)
	}, math.MaxInt,
		func(a, b figOcc) bool { return granularity(a.f) == granularity(b.f) && overlap(a.near, b.near) >= 1 })
	// "will be sworn in on Jan. 4", "takes office Jan. 6": a term of
	// office the story tells of begins once.
	linkLone(occs, sents, u, conflict, func(o figOcc) bool {
		return isDate(o.f.Unit) && strings.HasSuffix(o.verb, officeStem) && !o.other
	}, math.MaxInt, func(a, b figOcc) bool { return granularity(a.f) == granularity(b.f) })
	// "keeps the federal government funded through Jan. 29", "funds
	// federal agencies through Feb. 5".
	linkLone(occs, sents, u, conflict, func(o figOcc) bool { return o.through && isDate(o.f.Unit) }, math.MaxInt,
		func(a, b figOcc) bool { return overlap(a.near, b.near) >= minThroughNear })
}

// loneMagnitudeWithin is how many sentences from the top of a report its
// quake's magnitude is told in.
const loneMagnitudeWithin = 4

// maxLeadSum is how many times the smaller the larger of two lead sums
// may be and still be told of one thing; sums within minLeadGap of each
// other ("$350 billion", "$349 billion") may be one sum rounded, which
// the alignment of sentences judges.
const (
	maxLeadSum = 1.5
	minLeadGap = 0.01
)

// inclusive reports whether the words right after a sum say what it
// holds besides ("about $4.1 billion including debt", "$3.4 billion, which
// includes debt"), which makes it another sum than the price alone; what
// a thing the sum sizes includes says nothing of the sum ("a $1.37
// trillion spending package that includes money for the wall").
func inclusive(after string) bool {
	ws := strings.Fields(strings.ToLower(after))
	for _, w := range ws[:min(len(ws), maxInclusiveWords)] {
		w = strings.Trim(w, ",;:()")
		if strings.HasPrefix(w, "includ") || strings.HasPrefix(w, "exclud") {
			return true
		}
	}
	return false
}

// maxInclusiveWords is how many words after a sum may say what it holds,
// found within maxInclusiveBytes.
const (
	maxInclusiveWords = 3
	maxInclusiveBytes = 64
)

// isMoney reports whether a unit is a currency's code ("USD", "GBP").
func isMoney(u string) bool {
	return len(u) == 3 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' && u[2] >= 'A' && u[2] <= 'Z'
}

// longAgoDays is how long before a report a period must have ended for
// its figures to be another time's: half a year.
const longAgoDays = 180

// earlierDays is how long before a report a period must have ended for a
// vote told in it to be an earlier one than the story's ("approved by
// the committee in February by a vote of 12-11" in a report of the
// Senate's vote in March): two weeks.
const earlierDays = 14

// minThroughNear is how many words the surroundings of two articles'
// lone span ends must share to end one span.
const minThroughNear = 2

// oneEach reports whether no article gives two values that pick picks
// within its first within sentences.
func oneEach(occs []figOcc, sents []figSent, pick func(figOcc) bool, within int) bool {
	first := map[int]float64{}
	for _, o := range occs {
		if !pick(o) || sents[o.sent].pos >= within {
			continue
		}
		if v, ok := first[o.art]; ok && v != o.f.Value {
			return false
		}
		first[o.art] = o.f.Value
	}
	return true
}

// linkLone pairs the figures of articles that each give one figure that
// pick picks within the first within sentences, when like allows.
func linkLone(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool, pick func(figOcc) bool, within int, like func(a, b figOcc) bool) {
	lone := map[int]int{} // article -> its one figure, -1 when it has several
	var arts []int
	for i, o := range occs {
		if o.copy || !pick(o) {
			continue
		}
		if sents[o.sent].pos >= within {
			// A figure told further down than its kind's story figure
			// stands is background ("after a 38-3 loss to Toledo earlier
			// in the month", "the committee deadlocked 10-10 in
			// December"): it is not the story's, and it leaves the one
			// near the top the article's lone figure.
			continue
		}
		j, ok := lone[o.art]
		switch {
		case !ok:
			lone[o.art] = i
			arts = append(arts, o.art)
		case j >= 0 && occs[j].f.Value != o.f.Value:
			lone[o.art] = -1
		}
	}
	for x, a := range arts {
		i := lone[a]
		if i < 0 {
			continue
		}
		for _, b := range arts[x+1:] {
			j := lone[b]
			if j < 0 || !comparable(occs[i], occs[j]) || !like(occs[i], occs[j]) {
				continue
			}
			u.Union(i, j)
			if !compatible(occs[i].f, occs[j].f) {
				conflict[i], conflict[j] = true, true
			}
		}
	}
}

// marginBefore reports whether the words before a count of votes make it
// a winner's lead: "a majority of", "a margin of", "won by", "by".
func marginBefore(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	n := len(ws)
	if n >= 2 && ws[n-1] == "of" && (ws[n-2] == "majority" || ws[n-2] == "margin") {
		return true
	}
	return n >= 1 && ws[n-1] == "by"
}

// likeTotals reports whether two tallies count about as many in all: the
// members of one body (a 38-27 vote of the House, not a committee's 7-4)
// or the points of one kind of game.
func likeTotals(a, b figures.Found) bool {
	ta, tb := tallyTotal(a), tallyTotal(b)
	return min(ta, tb) >= minTotalShare*max(ta, tb)
}

// minTotalShare is how much of the other's total the smaller of two
// tallies of one body must count.
const minTotalShare = 2.0 / 3

// tallyTotal returns the sum of a tally's two numbers (Value holds the
// larger and the smaller in thousandths).
func tallyTotal(f figures.Found) float64 {
	hi := math.Floor(f.Value)
	return hi + math.Round((f.Value-hi)*1000)
}

// statLine reports whether a sentence counts three things or more of
// different kinds: a player's line ("had 793 yards and six touchdowns on
// 147 carries"). People counted by what befell them are a toll, not a
// line ("carrying 47 passengers …, killing three people and injuring 27
// others"): counts with a measure, or of people in general, are left out.
func statLine(occs []figOcc, s figSent) bool {
	var units []string
	for _, i := range s.figs {
		u := occs[i].f.Unit
		if !counted(u) || slices.Contains(units, u) || occs[i].measure != "" || figures.CountsPeople(u) {
			continue
		}
		units = append(units, u)
	}
	return len(units) >= 3
}

// counted reports whether a unit is a counted noun ("yards", "carries"),
// not a date, a sum, a share, a span of time, an age or a tally.
func counted(u string) bool {
	switch u {
	case figures.Percent, figures.Points, figures.Minutes, figures.Age, figures.Tally, figures.Magnitude, figures.TimeOfDay:
		return false
	}
	return !isDate(u) && !(len(u) == 3 && strings.ToUpper(u) == u)
}

// statLinesOfOne reports whether two sentences may count the same things:
// where either is a line of statistics, both must be about one named
// subject, since a story of a game or a season gives such a line for
// each of several people ("caught 52 passes for 440 yards", "another 201
// yards on 29 catches").
func statLinesOfOne(occs []figOcc, s, t figSent) bool {
	if !statLine(occs, s) && !statLine(occs, t) {
		return true
	}
	// Two sentences that open on a common noun and name no one as their
	// subject ("The fire broke out … on the third floor of the
	// eight-story factory") tell of one thing, not of players.
	return s.first == t.first && (s.first != "" || s.opening == "" && t.opening == "")
}

// seriesWord reports whether a text holds an ordinal that picks one of
// several happenings of a kind ("the first quake", "the second blast").
func seriesWord(s string) bool {
	found := false
	eachWord(s, unicode.IsLetter, func(w string) bool {
		switch strings.ToLower(w) {
		case "first", "second", "third", "fourth", "latest", "final", "initial", "earlier", "later":
			found = true
		}
		return !found
	})
	return found
}

// otherInstance reports whether a clause dates another happening of the
// same kind than the story's own: "another strong quake hit in 1996",
// "similar deadly quakes that hit in 2002", "a previous arrest in 2006".
// "Another day" is a span of time, not a happening ("lived to fight
// another day on Monday").
func otherInstance(clause string) bool {
	found, other := false, false
	eachWord(clause, unicode.IsLetter, func(w string) bool {
		if other {
			if low := strings.ToLower(w); !dateWords[low] && low != "time" {
				found = true
				return false
			}
			other = false
		}
		for _, o := range otherWords {
			if strings.EqualFold(w, o) {
				other = true
			}
		}
		return true
	})
	return found || other
}

// eachWord calls fn with each run of the runes in of s, in order, until fn
// returns false; it allocates nothing.
func eachWord(s string, in func(rune) bool, fn func(w string) bool) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !in(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			q, n := utf8.DecodeRuneInString(s[j:])
			if !in(q) {
				break
			}
			j += n
		}
		if !fn(s[i:j]) {
			return
		}
		i = j
	}
}

// lastOne reports whether the words before a date speak of the one
// before: "The last one it shipped was MS13-008, the emergency patch
// issued Jan. 14", "the last time it did so, in 2019".
func lastOne(before string) bool {
	found, last := false, false
	eachWord(before, unicode.IsLetter, func(w string) bool {
		if last {
			if low := strings.ToLower(w); low == "one" || low == "time" || low == "such" {
				found = true
				return false
			}
		}
		last = strings.EqualFold(w, "last")
		return true
	})
	return found
}

// otherWords say that a happening is another of its kind, or one of
// several ("two men died in separate accidents this weekend").
var otherWords = []string{"another", "similar", "previous", "prior", "separate"}

// Window is how many articles on either side, in story order, a figure
// is compared with: a big story's reports are compared with their
// neighbours in time, not each with every other, so that its cost grows
// linearly with its size; chains of neighbours still join one figure
// across the whole story. Stories of up to 2*Window+1 articles compare
// every pair.
const Window = 32

// inWindow returns the part of list, occurrence indexes in article order,
// whose articles are within Window of article a.
// namedAround returns how many words around two figures (stems) are in
// both and begin a name both sentences give.
func namedAround(a, b, an, bn map[string]bool) int {
	n := 0
	for w := range a {
		if !b[w] {
			continue
		}
		for name := range an {
			if bn[name] && strings.HasPrefix(name, w) {
				n++
				break
			}
		}
	}
	return n
}

// namePrefix reports whether a word around a figure (a stem) begins one
// of its sentence's names.
func namePrefix(w string, names map[string]bool) bool {
	for n := range names {
		if strings.HasPrefix(n, w) {
			return true
		}
	}
	return false
}

// maxNearDates bounds the dates one word around a date adds as its
// candidates.
const maxNearDates = 32

func inWindow(occs []figOcc, list []int, a int) []int {
	lo, _ := slices.BinarySearchFunc(list, a-Window, func(i, art int) int { return occs[i].art - art })
	hi, _ := slices.BinarySearchFunc(list, a+Window+1, func(i, art int) int { return occs[i].art - art })
	return list[lo:hi]
}

// isMoment reports whether a unit places a happening in time: a date, or
// a time of day ("shortly after 2:40 a.m."), which is linked as dates are
// (linkDates), by what happened then.
func isMoment(u string) bool {
	return isDate(u) || u == figures.TimeOfDay
}

// isDate reports whether a unit is one of the units of dates, which are
// compared with each other as stretches of days.
func isDate(u string) bool {
	switch u {
	case figures.DateUnit, figures.MonthUnit, figures.WeekUnit, figures.YearUnit, figures.RelativeDate:
		return true
	}
	return false
}

// unitClass is what must be equal for two figures to be compared: their
// unit, with all the units of dates one class.
func unitClass(u string) string {
	if isDate(u) {
		return "date"
	}
	switch u {
	case "jobs", "positions", "employees", "workers", "staff", "staffers":
		// "cut 4,800 jobs", "laying off 8,400 employees": one work force.
		return "staff"
	}
	return u
}

// scopes are classes of words that tell apart quantities of one unit:
// "federal" and "state" taxes, "annual" and "monthly" pay, the votes of
// "Republicans" and of "Democrats". Two figures whose surroundings hold
// different words of one class are different quantities.
var scopes = classesOf(
	[]string{"federal", "state", "local", "city", "county", "municipal", "national", "provincial", "regional", "global", "worldwide"},
	// "international" is left out: its stem is that of "internal",
	// "internet" and "interns", which scope nothing.
	[]string{"domestic", "foreign", "overseas"},
	[]string{"annual", "annually", "yearly", "monthly", "weekly", "daily", "quarterly", "hourly"},
	[]string{"total", "average", "averaged", "median", "maximum", "minimum", "peak"},
	[]string{"gross", "net"},
	[]string{"men", "women", "boys", "girls", "male", "female"},
	[]string{"republican", "republicans", "democratic", "democrats", "independents"},
	[]string{"first", "second", "third", "fourth", "fifth", "final", "previous"},
	[]string{"public", "private"},
	[]string{"senate", "house"},
	[]string{"income", "sales", "property", "payroll", "corporate", "estate"},
)

func classesOf(cs ...[]string) map[string]int {
	m := map[string]int{}
	for i, c := range cs {
		for w := range stems(c) {
			m[w] = i
		}
	}
	return m
}

// sameScope reports whether the surroundings of two figures hold the same
// scope words: "his first 17 passes" and "29 of 34 passes", or "the first
// 100 days" and "60 days", count different things. Where sentences align,
// contrasted is enough; figures joined on their unit alone need this.
func sameScope(a, b map[string]bool) bool {
	for w := range a {
		if _, ok := scopes[w]; ok && !b[w] {
			return false
		}
	}
	for w := range b {
		if _, ok := scopes[w]; ok && !a[w] {
			return false
		}
	}
	return true
}

// scopeInSentence reports whether the scope words around a figure (stems)
// are all in another figure's sentence, if not around it: a clause may
// end before the scope is told ("is short about 3,000 controllers, the
// administrator told the House subcommittee").
func scopeInSentence(near, sentence map[string]bool) bool {
	for w := range near {
		if _, ok := scopes[w]; !ok || sentence[w] {
			continue
		}
		if !slices.ContainsFunc(slices.Collect(maps.Keys(sentence)), func(x string) bool { return strings.HasPrefix(x, w) }) {
			return false
		}
	}
	return true
}

// maxUpdate is how many times larger than another a count may be and still
// be taken for a wrong or updated report of the same thing: a toll may
// rise from 12 to 40 as a story runs, but "three people" killed today and
// "168,000 people" killed by a tsunami years ago count different deaths.
const maxUpdate = 10

// sameOrder reports whether two figures are within maxUpdate of each
// other; dates always are.
func sameOrder(a, b figures.Found) bool {
	return isDate(a.Unit) || isDate(b.Unit) || within(a, b, maxUpdate)
}

// within reports whether the larger of two figures is at most factor
// times the smaller.
func within(a, b figures.Found, factor float64) bool {
	lo, hi := math.Min(a.Value, b.Value), math.Max(a.Value, b.Value)
	return lo > 0 && hi <= factor*lo
}

// contrasted reports whether the surroundings of two figures hold
// different words of one scope class and none in common.
func contrasted(a, b map[string]bool) bool {
	in := map[int]int{} // class -> 1 in a, 2 in b, 3 in both
	for w := range a {
		if c, ok := scopes[w]; ok {
			in[c] |= 1
			if b[w] {
				in[c] |= 4
			}
		}
	}
	for w := range b {
		if c, ok := scopes[w]; ok {
			in[c] |= 2
		}
	}
	for _, v := range in {
		if v == 3 {
			return true
		}
	}
	return false
}

// ofTheVote reports whether the words after a percentage make it a share
// of the votes cast: "of the vote", "of the votes cast", "of the
// ballots".
func ofTheVote(after string) bool {
	after = strings.ToLower(after)
	for _, p := range []string{" of the vote", " of the ballots", " of votes", " of the popular vote"} {
		if rest, ok := strings.CutPrefix(after, p); ok {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) || strings.HasPrefix(rest, "s") {
				return true
			}
		}
	}
	return false
}

// changeEnd returns "to" or "from" when the figure at [start, end) of
// clause c follows that word and the clause tells a change with both
// ("to 35 percent from 25 percent", "from 25 percent to 35 percent"): the
// new value and the old, which are two quantities.
func changeEnd(c string, start, end int) string {
	w := lastWords(c[:start], 1)
	if len(w) != 1 {
		return ""
	}
	other := ""
	switch strings.ToLower(w[0]) {
	case "to":
		other = " from "
	case "from":
		other = " to "
	default:
		return ""
	}
	// The other end is a figure too: the word after it opens with a
	// digit or a currency sign.
	for _, part := range []string{c[:start], c[end:]} {
		for i := strings.Index(part, other); i >= 0; {
			rest := part[i+len(other):]
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsDigit(r) || unicode.Is(unicode.Sc, r) {
				return strings.ToLower(w[0])
			}
			j := strings.Index(rest, other)
			if j < 0 {
				break
			}
			i += len(other) + j
		}
	}
	return ""
}

// namesBlanked returns s with the scope words (scopes) that stand in a
// name of several capitalised words written over with spaces, so that
// offsets into s still hold: "the Federal Chancellery showed 53.4
// percent" scopes its figure no more than "official results showed". A
// name of scope words alone ("House Republicans") is left as it is. It
// reports whether it blanked anything.
func namesBlanked(s string) (string, bool) {
	var b []byte
	type word struct{ from, to int }
	var run []word
	flush := func() {
		if len(run) >= 2 {
			other := false
			for _, w := range run {
				if _, ok := scopes[stemOf(textproc.Fold(s[w.from:w.to]))]; !ok {
					other = true
				}
			}
			for _, w := range run {
				if _, ok := scopes[stemOf(textproc.Fold(s[w.from:w.to]))]; ok && other {
					if b == nil {
						b = []byte(s)
					}
					for k := w.from; k < w.to; k++ {
						b[k] = ' '
					}
				}
			}
		}
		run = run[:0]
	}
	i := 0
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if i == j {
			break
		}
		w := strings.TrimRight(s[i:j], ",.;:!?)”’\"")
		r, _ := utf8.DecodeRuneInString(w)
		if w != "" && unicode.IsUpper(r) && isLettersOnly(w) {
			run = append(run, word{i, i + len(w)})
			if len(w) < j-i {
				flush()
			}
		} else {
			flush()
		}
		i = j
	}
	flush()
	if b == nil {
		return s, false
	}
	return string(b), true
}

// isLettersOnly reports whether w holds letters only.
func isLettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// comparable reports whether two figures of one unit class, or of one
// measure, may be the same quantity: both spans or neither, not told apart by their scope, and
// for the same period where both give one (a rate "in 2014" is not one
// "averaged over 2007–2014").
func comparable(a, b figOcc) bool {
	if a.past != b.past || a.margin != b.margin || a.among != b.among || a.referred != b.referred || a.coming != b.coming {
		return false
	}
	// "9:43 a.m. on Friday" where it happened is "9:43 p.m. Thursday
	// Eastern time": times told in different zones are not compared.
	if a.zone != b.zone {
		return false
	}
	// "has held the seat since 2023" starts what "held the seat in 2024"
	// and "was elected in 2022" are single happenings of or before.
	if a.since != b.since {
		return false
	}
	// A price a share is no deal's whole price ("for $42 a share", "for
	// $6.8 billion").
	if a.f.Span != b.f.Span || a.whole != b.whole || a.needed != b.needed || a.perShare != b.perShare || a.per != b.per || contrasted(a.scope, b.scope) {
		return false
	}
	// A date of the report's week and one of half a year before date two
	// happenings ("struck at 4:14 a.m. on Nov. 24" / "a magnitude 7.4
	// quake hit the same coast in December 2023").
	if a.age != 0 && b.age != 0 && (a.age <= recentDays && b.age > oldDays || b.age <= recentDays && a.age > oldDays) {
		return false
	}
	// "$281 million in cash" is part of "$334 million in cash and stock",
	// or of a sum told whole when the rest is paid otherwise ("and the
	// remainder in stock").
	if partOf(a.paidIn, b.paidIn) || partOf(b.paidIn, a.paidIn) || a.part && b.paidIn == "" || b.part && a.paidIn == "" {
		return false
	}
	if otherPeople(a, b) {
		return false
	}
	// "eight boys" and "four more boys" are a count and an increment.
	if increment(a.f.Text) != increment(b.f.Text) {
		return false
	}
	// "arrested 30 protesters" and "300 protesters were injured" count
	// different outcomes.
	ao, _, _ := strings.Cut(a.measure, " ")
	bo, _, _ := strings.Cut(b.measure, " ")
	if ao != "" && bo != "" && ao != bo {
		return false
	}
	// A day is when a figure was decided or told ("voted on Thursday to
	// raise tuition by 4.5 percent"); against a period ahead ("will pay
	// more next year after the board approved a 5.4 percent increase") it
	// tells no two figures apart: the day's decision sets what comes. Nor
	// does it against a period that holds it ("announced Thursday, in one
	// of the largest job cuts of the year").
	if a.hasPeriod && b.hasPeriod && !dayOf(a, b) && !dayOf(b, a) && (a.period.Span != b.period.Span || !compatible(a.period, b.period)) {
		return false
	}
	return true
}

// neededBefore reports whether the words before a figure make it a
// quantity needed or required: "needed nine points", "needs 60 votes",
// "would require 218 votes".
func neededBefore(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-2; k-- {
		if needing[strings.Trim(ws[k], ",;:")] {
			return true
		}
	}
	return false
}

// needing are the verbs of a quantity needed.
var needing = map[string]bool{
	"need": true, "needs": true, "needed": true, "needing": true,
	"require": true, "requires": true, "required": true, "requiring": true,
}

// wholeOf reports whether the text before a figure makes it the whole of
// a part: a number, "of", and at most two words ("three of the seven", "29
// of 34", "five of Creighton's first eight", "29-of-34").
func wholeOf(before string) bool {
	var ws []string
	apostrophe := false
	for _, w := range strings.FieldsFunc(strings.ToLower(before), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-'
	}) {
		// A tokenised text's possessive ("Creighton ’ s first eight")
		// is one word, as written.
		switch {
		case w == "'" || w == "’":
			apostrophe = true
			continue
		case apostrophe && w == "s":
			apostrophe = false
			continue
		}
		apostrophe = false
		ws = append(ws, w)
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		if ws[k] != "of" {
			continue
		}
		if k == 0 {
			return false
		}
		w := strings.Trim(ws[k-1], ",;:()")
		if figures.IsNumberWord(w) || partWords[w] {
			return true
		}
		return w != "" && strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
	}
	return false
}

// partWords are the words besides numbers (figures.IsNumberWord) that
// may count a part.
var partWords = map[string]bool{
	"dozens": true, "all": true, "most": true, "half": true, "some": true, "none": true,
	// "a quarter of the state's 500 school districts", "two-thirds of".
	"quarter": true, "quarters": true, "third": true, "thirds": true, "fifth": true, "fifths": true,
	"fraction": true, "percent": true,
}

// increment reports whether a figure's text counts what was added
// ("four more boys", "3,000 additional troops") or the others beside one
// ("four neighboring counties") rather than a total.
func increment(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	for k, w := range ws {
		switch w {
		// "Logan County and four neighboring counties": the others
		// around one named.
		case "additional", "extra", "another", "other", "neighboring", "neighbouring", "surrounding", "adjacent", "nearby":
			return true
		case "more":
			if k+1 < len(ws) && ws[k+1] != "than" {
				return true
			}
		}
	}
	return false
}

// stemLen is how many letters of a word stand for it when surroundings
// are compared, so that "apologized" and "apologize" or "published" and
// "publishes" match.
const stemLen = 6

// synonyms replaces, in place, each word of ws that has a common synonym
// in news by the word that stands for them all (nearSynonyms), so that the
// surroundings of one sum told with other verbs match: "agreed to buy
// Baxter & Lowe for about $8.9 billion" and "will acquire Baxter & Lowe
// for $8.4 billion".
func synonyms(ws []string) []string {
	for i, w := range ws {
		if c, ok := nearSynonyms[w]; ok {
			ws[i] = c
		}
	}
	return ws
}

// nearSynonyms maps the forms of common verbs of news, and the nouns
// made of them, to one word per meaning. Only words that mean the same
// deed in any story are here: "sales" (a company's revenue) is not a
// "sale", and rising is not falling.
var nearSynonyms = func() map[string]string {
	m := map[string]string{}
	for canon, forms := range map[string][]string{
		"buy":      {"buy", "buys", "buying", "bought", "acquire", "acquires", "acquired", "acquiring", "acquisition", "purchase", "purchases", "purchased", "purchasing", "takeover"},
		"sell":     {"sell", "sells", "selling", "sold", "sale"},
		"pay":      {"pay", "pays", "paying", "paid", "payment"},
		"spend":    {"spend", "spends", "spending", "spent"},
		"win":      {"win", "wins", "winning", "won", "victory"},
		"fund":     {"fund", "funds", "funded", "funding", "finance", "finances", "financed", "financing"},
		"cut":      {"cut", "cuts", "cutting", "eliminate", "eliminates", "eliminated", "eliminating", "slash", "slashes", "slashed", "slashing"},
		"arrest":   {"arrest", "arrests", "arrested", "arresting", "detain", "detains", "detained", "detaining"},
		"evacuate": {"evacuate", "evacuates", "evacuated", "evacuating", "evacuation", "evacuations"},
		"destroy":  {"destroy", "destroys", "destroyed", "destroying", "razed", "leveled", "levelled", "flattened"},
		"worth":    {"worth", "valued", "valuing"},
		"pass":     {"pass", "passes", "passed", "passing", "approve", "approves", "approved", "approving", "adopt", "adopts", "adopted", "adopting"},
	} {
		for _, f := range forms {
			m[f] = canon
		}
	}
	return m
}()

// deeds maps the stem of each form of nearSynonyms to the word that
// stands for its meaning, for the verbs that dates are told of: "the
// House on Thursday passed" and "The House on Wednesday approved" date
// one vote.
var deeds = func() map[string]string {
	m := map[string]string{}
	for w, c := range nearSynonyms {
		m[stemOf(w)] = c
	}
	// A body's vote is the passing it dates ("the City Council on Tuesday
	// night adopted a budget", "The City Council voted 9-4 Wednesday
	// night"); as a word beside a figure it is not, since a vote may
	// also fail.
	for _, w := range []string{"vote", "voted", "votes", "voting"} {
		m[stemOf(w)] = "pass"
	}
	return m
}()

// deedOf returns the word that stands for the meaning of a verb's stem,
// or the stem.
func deedOf(stem string) string {
	if c, ok := deeds[stem]; ok {
		return c
	}
	return stem
}

// stems returns the set of the words' stems.
func stems(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		if len(w) > stemLen {
			w = w[:stemLen]
		}
		m[w] = true
	}
	return m
}

// link pairs each figure of as with the figure of the same unit in bs with
// the most similar surroundings, when the two stand in the same context,
// and tells whether their values can both hold.
// alikeSentences is the word likeness (Jaccard) from which two sentences
// say nearly the same thing.
const alikeSentences = 0.6

func link(occs []figOcc, as, bs []int, simSent float64) []figPair {
	var out []figPair
	// Aligned sentences that each give one time of day give the time of
	// one happening ("The robbery … began shortly after 10 a.m.", "The
	// robbery … happened at about 11:15 a.m."), whatever verbs tell it.
	oneTime := oneTimeOfDay(occs, as) && oneTimeOfDay(occs, bs)
	// Aligned sentences that each give one date a span lasts to give the
	// end of one span ("would keep the government funded through Jan.
	// 30", "keeps federal agencies running … through Feb. 6"), whatever
	// verbs tell it.
	oneEnd := oneThrough(occs, as) && oneThrough(occs, bs)
	for ai, i := range as {
		f := occs[i]
		// A figure the other sentence gives with the same value is the
		// same figure, wherever it stands ("$281 million in cash" and
		// "$281m in cash and $53m in stock"); the surroundings choose
		// among the others.
		// A figure of the same noun ("a 33.1% annual rate", "at a 33.4%
		// annual rate") is chosen before one whose surroundings are only
		// more alike ("increasing 7.4% over the prior quarter").
		best, bestSim, shared, bestCompat, bestHead := -1, -1.0, 0, false, false
		for bi, j := range bs {
			g := occs[j]
			// Sentences that say nearly the same thing date one
			// happening, whatever words stand right beside their dates
			// ("is scheduled for June 3", "is due on June 10").
			alike := simSent >= alikeSentences && f.other == g.other && !otherVerbs(f, g)
			timed := oneTime && f.f.Unit == figures.TimeOfDay && f.other == g.other && !otherVerbs(f, g)
			ends := oneEnd && f.through && g.through
			// The new value of a change is no old one ("to 35 percent
			// from 25 percent", "to 30 percent from 25 percent").
			if f.change != "" && g.change != "" && f.change != g.change {
				continue
			}
			if unitClass(g.f.Unit) != unitClass(f.f.Unit) || !comparable(f, g) || !sameHappening(f, g) && !alike && !timed && !ends {
				continue
			}
			sim := jaccard(f.near, g.near)
			c := compatible(f.f, g.f)
			if bestCompat && !c {
				continue
			}
			head := f.head != "" && f.head == g.head && near(f.f, g.f)
			if bestHead && !head && c == bestCompat {
				continue
			}
			if sim > bestSim || c && !bestCompat || head && !bestHead {
				best, bestSim, shared, bestCompat, bestHead = bi, sim, overlap(f.near, g.near), c, head
			}
		}
		if best < 0 {
			continue
		}
		// Four words around two counts or sums of like size that agree
		// say they are one quantity ("$15 billion to replace lead service
		// lines", "$12 billion to replace lead service lines"); dates have
		// their happenings to tell them apart.
		// Two digits swapped ("$9.8 billion deal", "$8.9 billion
		// purchase") are a typing slip in aligned sentences, whatever
		// words stand beside them.
		same := simSent >= 0.5 && bestSim >= 0.3 || bestSim >= 0.5 && shared >= 3 || bestSim >= 0.6 && shared >= 2 ||
			bestSim >= 0.3 && shared >= 4 && !isDate(f.f.Unit) && near(f.f, occs[bs[best]].f) ||
			!isDate(f.f.Unit) && swappedDigits(numeral(f.f), numeral(occs[bs[best]].f)) && sameKind(f.f, occs[bs[best]].f) ||
			!isDate(f.f.Unit) && zeroSlip(f.f, occs[bs[best]].f) && shared >= 2 && sameKind(f.f, occs[bs[best]].f) ||
			f.tail != "" && f.tail == occs[bs[best]].tail && near(f.f, occs[bs[best]].f) ||
			// "more than 8,000 fraudulent voter registration
			// applications", "10,000 fraudulent voter registration
			// applications": one count of one thing named alike.
			f.phrase != "" && f.phrase == occs[bs[best]].phrase && near(f.f, occs[bs[best]].f) ||
			oneTime && f.f.Unit == figures.TimeOfDay && simSent >= minTimedSentences ||
			oneEnd && f.through && occs[bs[best]].through ||
			f.gov != "" && f.gov == occs[bs[best]].gov && f.f.Unit == occs[bs[best]].f.Unit && shared >= 3 && simSent >= 0.3 && near(f.f, occs[bs[best]].f) ||
			f.head != "" && f.head == occs[bs[best]].head && near(f.f, occs[bs[best]].f) && !otherBases(f.base, occs[bs[best]].base) ||
			// "fines of up to A$15 million", "fines of up to 50 million
			// Australian dollars": the sum of one named thing; a cap
			// both give is one number a rule sets, however far apart
			// the two are told.
			strings.HasPrefix(f.head, "of ") && f.head == occs[bs[best]].head &&
				(near(f.f, occs[bs[best]].f) || capped(f.f) && capped(occs[bs[best]].f) && within(f.f, occs[bs[best]].f, maxUpdate)) ||
			// "clearing the House 38-22", "cleared the state House
			// 37-23": one chamber's vote.
			f.body != "" && f.body == occs[bs[best]].body && sameBody(f.f, occs[bs[best]].f)
		if !same {
			continue
		}
		out = append(out, figPair{a: ai, b: best, compatible: agree(f.f, occs[bs[best]].f)})
	}
	// A figure that the other sentence gives alike, paired or not, is not
	// contradicted by another one there: "$281m in cash and $53m in stock"
	// against "$281 million in cash" pairs the $281m, not the $53m, with
	// it; "increasing 7.4% over the prior quarter and at a 33.1% annual
	// rate" against "a record-breaking 33.1% annual rate" flags nothing.
	alike := func(i, j int) bool {
		f, g := occs[i], occs[j]
		return unitClass(f.f.Unit) == unitClass(g.f.Unit) && agree(f.f, g.f) && comparable(f, g)
	}
	// A figure the other sentence gives of the same noun is that noun's,
	// not the pair of another figure beside it ("increasing 7.4% over the
	// prior quarter and at a 33.4% annual rate" against "a 33.1% annual
	// rate": the 7.4% is no 33.1%).
	ofHead := func(i, j int) bool {
		return occs[i].head != "" && occs[i].head == occs[j].head && near(occs[i].f, occs[j].f)
	}
	kept := out[:0]
	for _, p := range out {
		if !p.compatible && (slices.ContainsFunc(bs, func(j int) bool { return alike(as[p.a], j) }) ||
			slices.ContainsFunc(as, func(i int) bool { return alike(i, bs[p.b]) })) {
			continue
		}
		if !ofHead(as[p.a], bs[p.b]) && slices.ContainsFunc(as, func(i int) bool { return i != as[p.a] && ofHead(i, bs[p.b]) }) {
			continue
		}
		kept = append(kept, p)
	}
	return kept
}

// minTimedSentences is the word likeness (Jaccard) from which two
// sentences that each give one time of day tell one happening.
const minTimedSentences = 0.2

// oneThrough reports whether the figures list holds one date a span
// lasts to.
func oneThrough(occs []figOcc, list []int) bool {
	n := 0
	for _, k := range list {
		if occs[k].through {
			n++
		}
	}
	return n == 1
}

// oneTimeOfDay reports whether the figures list holds one time of day.
func oneTimeOfDay(occs []figOcc, list []int) bool {
	n := 0
	for _, k := range list {
		if occs[k].f.Unit == figures.TimeOfDay {
			n++
		}
	}
	return n == 1
}

// swappedDigits reports whether two figures' texts write the same digits
// but for two adjacent ones swapped ("$9.8 billion", "$8.9 billion";
// "roughly 58,000", "85,000"), in numbers of the same shape, so that the
// slip is in the digits alone.
func swappedDigits(a, b string) bool {
	da, wa := splitDigits(a)
	db, wb := splitDigits(b)
	if shape(a) != shape(b) || strings.Count(wa, "#") != 1 || strings.Count(wb, "#") != 1 || len(da) != len(db) || len(da) < 2 {
		return false
	}
	i := 0
	for i < len(da) && da[i] == db[i] {
		i++
	}
	return i+1 < len(da) && da[i] == db[i+1] && da[i+1] == db[i] && da[i] != da[i+1] && da[i+2:] == db[i+2:]
}

// shape returns a figure's number as written with each digit a "9":
// "9.9", "99,999".
func shape(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('9')
			in = true
		case in && (r == '.' || r == ','):
			b.WriteRune(r)
		default:
			if in {
				return strings.TrimRight(b.String(), ".,")
			}
		}
	}
	return strings.TrimRight(b.String(), ".,")
}

// splitDigits returns the digits of a figure's text and the text with
// each run of digits and their separators replaced by "#".
func splitDigits(s string) (string, string) {
	var d, w strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			d.WriteRune(r)
			if !in {
				w.WriteByte('#')
			}
			in = true
		case in && (r == '.' || r == ','):
		default:
			in = false
			w.WriteRune(r)
		}
	}
	return d.String(), w.String()
}

// linkMeasures joins counts worded differently that measure the same
// thing in sentences about the same event: "injured 42 others" and "24
// others were hurt" when both sentences tell of the same fire. A story
// may count the same kind of thing for several events ("a bombing Tuesday
// killed 12", "a March attack killed 40"), so each count is paired only
// with the one of the other article whose sentence is most alike, and
// only when that choice is mutual.
func linkMeasures(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	byMeasure := map[string][]int{}
	var measures []string
	for i, o := range occs {
		// A bare year dates a happening of the story's past ("another
		// strong quake hit in 1996"), seldom the story's own: years are
		// compared only where sentences align.
		// The toll of a happening of a past year is background ("the 2004
		// tsunami that killed about 230,000 people across Asia", "killing
		// 170,000 in Sumatra alone"), told of whatever part of it a
		// report needs: it is compared only where sentences align.
		if o.measure == "" || o.copy || o.f.Unit == figures.YearUnit || o.past {
			continue
		}
		// A bare number told with what befell people ("killing four",
		// "85 were injured") names no one: near the top of a report it is
		// the story's toll, further down as often another attack's.
		if bare(o.f) && sents[o.sent].pos >= bareWithin {
			continue
		}
		if byMeasure[o.measure] == nil {
			measures = append(measures, o.measure)
		}
		byMeasure[o.measure] = append(byMeasure[o.measure], i)
	}
	// best returns the count of article art among cands whose sentence,
	// then clause, is most like that of count i, if the sentences share
	// enough words.
	// A count the article gives alike is its match before any other
	// ("a 33.1% annual rate" against "increasing 7.4% over the prior
	// quarter and at a 33.1% annual rate").
	best := func(i, art int, cands []int) int {
		b, bs, bc := -1, 0.0, false
		for _, j := range cands {
			if occs[j].art != art {
				continue
			}
			x, y := sents[occs[i].sent].words, sents[occs[j].sent].words
			if n := overlap(x, y); n >= minEventWords {
				c := compatible(occs[i].f, occs[j].f)
				if bc && !c {
					continue
				}
				if sim := jaccard(x, y) + jaccard(occs[i].near, occs[j].near); sim > bs || c && !bc {
					b, bs, bc = j, sim, c
				}
			}
		}
		return b
	}
	for _, m := range measures {
		cands := byMeasure[m]
		// Each count's best match in an article is looked up once, not
		// once per pair of counts.
		inArt := map[int][]int{}
		for _, j := range cands {
			inArt[occs[j].art] = append(inArt[occs[j].art], j)
		}
		bestIn := map[[2]int]int{}
		cached := func(i, art int) int {
			k := [2]int{i, art}
			b, ok := bestIn[k]
			if !ok {
				b = best(i, art, inArt[art])
				bestIn[k] = b
			}
			return b
		}
		for _, i := range cands {
			for _, j := range inWindow(occs, cands, occs[i].art) {
				if occs[j].art <= occs[i].art || cached(i, occs[j].art) != j || cached(j, occs[i].art) != i {
					continue
				}
				if !comparable(occs[i], occs[j]) || otherSubjects(sents[occs[i].sent], sents[occs[j].sent]) || !sameOrder(occs[i].f, occs[j].f) {
					continue
				}
				u.Union(i, j)
				if !compatible(occs[i].f, occs[j].f) {
					conflict[i], conflict[j] = true, true
				}
			}
		}
	}
}

// bareWithin is how many sentences from the top of a report a bare count
// is compared by what it measures.
const bareWithin = 4

// bare reports whether a figure is written as a number alone, maybe
// qualified ("four", "at least 14"), with no noun.
func bare(f figures.Found) bool {
	ws := strings.Fields(strings.ToLower(f.Text))
	if len(ws) == 0 {
		return false
	}
	w := strings.ReplaceAll(ws[len(ws)-1], ",", "")
	return strings.Trim(w, "0123456789.") == "" || figures.IsNumberWord(w)
}

// linkUnits joins the counts of a specific unit that two articles each
// give with one value only, worded however they like: "About 40
// firefighters fought the blaze for six hours" and "Some 60 firefighters
// battled the flames for five hours" count the firefighters and time the
// fight of one fire. Their surroundings must still share a word. Sums,
// percentages, dates and counts of people in general are left out: a
// story holds many of those, each of something else. A price a share is
// not: a deal has one.
func linkUnits(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	type key struct {
		unit string
		art  int
	}
	byKey := map[key][]int{}
	var keys []key
	for i, o := range occs {
		kind := o.f.Unit
		if o.sized != "" {
			kind += " sizing " + o.sized
		} else if o.perShare {
			kind += " per share"
		} else if o.seats {
			kind += " seats"
		} else if !specific(kind) {
			// People counted by what befell them ("four people were
			// killed") are one quantity of the story as a unit is.
			kind = o.measure
		} else if outcome, _, ok := strings.Cut(o.measure, " "); ok && outcome != "" {
			// "killed 21 workers" counts the dead, not the "12 workers
			// on shift"; "Two firefighters suffered minor injuries" the
			// hurt of the "1,100 firefighters" working the fire.
			kind += " " + outcome
		}
		if kind == "" || o.copy {
			continue
		}
		// "446,198 valid signatures" and "540,000 signatures" count two
		// things; spans of time are too many in a story to be told apart
		// so.
		if q := countQualifiers(o.f); len(q) > 0 && o.f.Unit != figures.Minutes && o.f.Unit != figures.Tally {
			kind += " " + strings.Join(slices.Sorted(maps.Keys(q)), " ")
		}
		k := key{kind, o.art}
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], i)
	}
	single := func(is []int) bool {
		for _, i := range is[1:] {
			if occs[i].f.Value != occs[is[0]].f.Value || occs[i].f.Span {
				return false
			}
		}
		return !occs[is[0]].f.Span
	}
	stemsOf := map[int]map[string]bool{}
	sentStems := func(i int) map[string]bool {
		m, ok := stemsOf[i]
		if !ok {
			m = stems(slices.Collect(maps.Keys(sents[i].words)))
			stemsOf[i] = m
		}
		return m
	}
	for x, k := range keys {
		if !single(byKey[k]) {
			continue
		}
		for _, l := range keys[x+1:] {
			// keys come in article order.
			if l.art > k.art+Window {
				break
			}
			if l.unit != k.unit || l.art == k.art {
				continue
			}
			if !single(byKey[l]) {
				continue
			}
			bi, bj, bn := -1, -1, 0
			for _, i := range byKey[k] {
				for _, j := range byKey[l] {
					// A tally is the vote's or the game's whatever words stand
					// near it; a count ten times another is a slipped digit
					// ("7,500 gallons", "75,000 gallons") only where two of
					// the words around them agree.
					n := overlap(occs[i].near, occs[j].near)
					close := near(occs[i].f, occs[j].f) || n >= 2 && within(occs[i].f, occs[j].f, maxUpdate)
					scoped := occs[i].f.Unit == figures.Tally || sameScope(occs[i].near, occs[j].near) ||
						scopeInSentence(occs[i].near, sents[occs[j].sent].words) && scopeInSentence(occs[j].near, sents[occs[i].sent].words)
					// Two tallies of one body's members ("38 to 27", "38-26")
					// count one vote whatever words stand near them.
					// Two digits swapped are one count mistyped, whatever
					// words stand near (see swappedDigits).
					// A single value of a unit in each article, told in
					// sentences whose words each hold two of the other's
					// words around the figure ("which the Geological
					// Survey measured at magnitude 6.7", "The magnitude
					// 6.9 quake struck off the coast, the Geological
					// Survey said"), is one quantity.
					in, jn := overlap(occs[i].near, sentStems(occs[j].sent)), overlap(occs[j].near, sentStems(occs[i].sent))
					crossed := n == 0 && (min(in, jn) >= 2 || qualified(occs[i].f) && max(in, jn) >= 3)
					if (n > bn || bi < 0 && (sameBody(occs[i].f, occs[j].f) || swappedDigits(numeral(occs[i].f), numeral(occs[j].f)) || tallySlip(occs[i].f, occs[j].f) || crossed)) &&
						comparable(occs[i], occs[j]) && close && scoped && sameKind(occs[i].f, occs[j].f) &&
						(!otherSubjects(sents[occs[i].sent], sents[occs[j].sent]) || swappedDigits(numeral(occs[i].f), numeral(occs[j].f)) ||
							tallySlip(occs[i].f, occs[j].f) ||
							sameBody(occs[i].f, occs[j].f) && (occs[i].lateName || occs[j].lateName)) &&
						!otherTally(occs, sents[occs[i].sent], sents[occs[j].sent]) &&
						statLinesOfOne(occs, sents[occs[i].sent], sents[occs[j].sent]) {
						bi, bj, bn = i, j, n
					}
				}
			}
			if bi < 0 {
				continue
			}
			u.Union(bi, bj)
			if !agree(occs[bi].f, occs[bj].f) {
				conflict[bi], conflict[bj] = true, true
			}
		}
	}
}

// seatSplit reports whether a tally, with the words of its clause before
// and after it, splits a body's seats by party rather than counting a
// vote: "a 20-18 majority", "hold a 20-18 edge", "control that chamber
// 20-18".
func seatSplit(before, after string) bool {
	next := strings.Fields(strings.ToLower(after))
	if len(next) > 0 && seatWords[strings.Trim(next[0], ",.;:")] {
		return true
	}
	prev := strings.Fields(strings.ToLower(before))
	for k := len(prev) - 1; k >= 0 && k >= len(prev)-3; k-- {
		if w := strings.Trim(prev[k], ",.;:"); w == "control" || w == "controls" || w == "controlled" {
			return true
		}
	}
	return false
}

// seatWords follow a tally of seats.
var seatWords = map[string]bool{"majority": true, "edge": true, "advantage": true, "split": true}

// linkSwapped joins two values of one unit in two articles whose digits
// are the same but two swapped, in surroundings that share a word ("$4.7
// million in restitution", "$7.4 million in restitution"; "won 36,418
// votes", "a total of 34,618 votes"), however many other values of the
// unit either article gives: one value mistyped. Each value is joined
// once. Values are indexed by their sorted digits, so only values that
// may be swaps of each other are compared.
func linkSwapped(occs []figOcc, u unionfind.Sets, conflict map[int]bool) {
	// An article that gives both values ("404 yards rushing and 440
	// yards receiving") tells of two quantities.
	type given struct {
		art  int
		unit string
		text string
	}
	gives := map[given]bool{}
	digits := make([]string, len(occs))
	for i, o := range occs {
		digits[i], _ = splitDigits(numeral(o.f))
		gives[given{o.art, o.f.Unit, digits[i]}] = true
	}
	byDigits := map[string][]int{}
	var keys []string
	for i, o := range occs {
		if o.copy || isDate(o.f.Unit) {
			continue
		}
		d := digits[i]
		if len(d) < 2 {
			continue
		}
		b := []byte(d)
		slices.Sort(b)
		k := o.f.Unit + "\x00" + string(b)
		if byDigits[k] == nil {
			keys = append(keys, k)
		}
		if len(byDigits[k]) < maxSwapValues {
			byDigits[k] = append(byDigits[k], i)
		}
	}
	used := map[int]bool{}
	for _, k := range keys {
		is := byDigits[k]
		for x, i := range is {
			for _, j := range is[x+1:] {
				if used[i] || used[j] || occs[i].art == occs[j].art || !swappedDigits(numeral(occs[i].f), numeral(occs[j].f)) ||
					gives[given{occs[i].art, occs[i].f.Unit, digits[j]}] || gives[given{occs[j].art, occs[j].f.Unit, digits[i]}] ||
					overlap(occs[i].near, occs[j].near) == 0 || !comparable(occs[i], occs[j]) || !sameKind(occs[i].f, occs[j].f) {
					continue
				}
				used[i], used[j] = true, true
				u.Union(i, j)
				conflict[i], conflict[j] = true, true
			}
		}
	}
}

// maxSwapValues bounds the values of one unit and one set of digits
// compared pair by pair.
const maxSwapValues = 64

// votingBodies are the bodies whose votes a tally counts.
var votingBodies = map[string]bool{
	"house": true, "senate": true, "assembly": true, "council": true, "committee": true,
	"chamber": true, "legislature": true, "commons": true, "lords": true, "parliament": true,
	"court": true, "board": true, "panel": true, "jury": true, "congress": true,
}

// votingBody returns the body whose vote a tally is, from the clause
// around it: the subject a few words before ("The House passed the
// measure 33 to 27", "the state Senate approved it 17-13") or the body
// after "vote in" or "vote of" ("a 17-13 vote in the state Senate"), or "".
func votingBody(before, after string) string {
	ws := lastWords(before, 6)
	for k := len(ws) - 1; k >= 0; k-- {
		w := textproc.Fold(strings.Trim(ws[k], ",;:"))
		if votingBodies[w] {
			return w
		}
		if strings.HasSuffix(ws[k], ",") {
			break
		}
	}
	f := strings.Fields(strings.ToLower(after))
	if len(f) >= 3 && strings.Trim(f[0], ",") == "vote" && (f[1] == "in" || f[1] == "of" || f[1] == "by") {
		for _, w := range f[2:min(len(f), 5)] {
			if w := strings.Trim(w, ",;:."); votingBodies[w] {
				return w
			}
		}
	}
	return ""
}

// sameBody reports whether two tallies are votes of bodies of one size,
// five members or more: their totals differ by at most a tenth (one
// member absent or two), as two reports of one vote do ("In a 5-2
// ruling", "The court's 4-3 decision") and a committee's vote and a
// chamber's do not.
func sameBody(a, b figures.Found) bool {
	if a.Unit != figures.Tally || b.Unit != figures.Tally {
		return false
	}
	total := func(v float64) float64 {
		hi := math.Floor(v)
		return hi + math.Round((v-hi)*1000)
	}
	ta, tb := total(a.Value), total(b.Value)
	return ta >= 5 && tb >= 5 && math.Abs(ta-tb) <= 0.1*math.Max(ta, tb)
}

// tallySlip reports whether two tallies agree on one side and write the
// other with two digits swapped ("by 412 votes to 198", "421 to 198"):
// one vote, mistyped, whoever the sentences open on.
func tallySlip(a, b figures.Found) bool {
	if a.Unit != figures.Tally || b.Unit != figures.Tally {
		return false
	}
	sides := func(v float64) (int, int) {
		hi := math.Floor(v)
		return int(hi), int(math.Round((v - hi) * 1000))
	}
	ah, al := sides(a.Value)
	bh, bl := sides(b.Value)
	swapped := func(x, y int) bool { return swappedDigits(strconv.Itoa(x), strconv.Itoa(y)) }
	return ah == bh && swapped(al, bl) || al == bl && swapped(ah, bh)
}

// maxSlip is how many times larger than another a figure may be and still
// be taken, on the unit alone, for a wrong report of the same quantity:
// "six hours" and "five hours" of one fire, not "17 minutes" of video and
// "the first 24 hours" after an attack.
const maxSlip = 3

// near reports whether two figures are within maxSlip of each other.
// sameKind reports whether two counts of one unit count things of one
// kind: the words that qualify the counted noun are the same ("12 shell
// casings", "about 20 shell casings"), or neither has any. "Five states"
// and "three key swing states" count different states.
func sameKind(a, b figures.Found) bool {
	if a.Unit == figures.Tally && b.Unit == figures.Tally {
		return true // "38 to 27" and "38-26" count votes alike
	}
	qa, qb := countQualifiers(a), countQualifiers(b)
	if len(qa) != len(qb) {
		return false
	}
	for w := range qa {
		if !qb[w] {
			return false
		}
	}
	return true
}

// countQualifiers returns the lower-case words of a count's text that
// qualify its noun: not its unit, its number or the words that widen it.
func countQualifiers(f figures.Found) map[string]bool {
	out := map[string]bool{}
	eachWord(f.Text, unicode.IsLetter, func(w string) bool {
		low := strings.ToLower(w)
		// "1,200-bed" counts beds as "1,500 beds" does.
		if w != low || low == f.Unit || low+"s" == f.Unit || figures.IsNumberWord(low) || figures.IsQualifierWord(low) {
			return true
		}
		out[low] = true
		return true
	})
	return out
}

// definiteBefore reports whether the text before a figure ends on "the",
// past qualifiers of the figure ("the nearly six-hour hearing").
func definiteBefore(before string) bool {
	ws := lastWords(before, 2)
	for k := len(ws) - 1; k >= 0; k-- {
		switch strings.ToLower(ws[k]) {
		case "the":
			return true
		case "nearly", "about", "roughly", "almost", "some":
			continue
		}
		return false
	}
	return false
}

// governing returns the stem of the verb that a count stands right after
// ("would close 140 stores", "closes 140 stores": "clos"), without its
// ending, or "" when the word before it is a function word, a name, a
// verb of saying or a word of no verb's ending or list.
func governing(before string) string {
	w := lastWords(before, 1)
	if len(w) != 1 {
		return ""
	}
	low := w[0]
	if r, _ := utf8.DecodeRuneInString(low); !unicode.IsLower(r) || textproc.IsStopword(low) || auxiliaries[low] {
		return ""
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
		if t, ok := strings.CutSuffix(low, suf); ok && len(t) >= 3 {
			low = t
			break
		}
	}
	if sayingVerbs[stemOf(low)] || sayingVerbs[stemOf(w[0])] {
		return ""
	}
	if len(low) > 5 {
		low = low[:5]
	}
	return low
}

func near(a, b figures.Found) bool { return within(a, b, maxSlip) }

// specific reports whether a unit counts something specific enough that
// one story rarely gives two counts of it: pages, firefighters, hours.
func specific(unit string) bool {
	switch unit {
	case figures.Percent, figures.Points, figures.Age, "people", "persons", "others", "individuals", "more", "times", figures.TimeOfDay:
		return false
	}
	return !isDate(unit) && !(len(unit) == 3 && strings.ToUpper(unit) == unit)
}

// within2 reports whether two sentences sharing n words share all the
// words of the shorter, two at least: "The first case was confirmed on
// Dec. 30" says nothing that "since the first case was confirmed Jan. 3"
// does not.
func within2(n int, a, b map[string]bool) bool {
	return n >= 2 && n == min(len(a), len(b))
}

// minEventWords is how many words two sentences must share, besides the
// figures or names compared, to tell of one event.
const minEventWords = 3

// compatible reports whether two figures of one unit class can both be
// true: the ranges their qualifiers allow overlap, within rounding. Two
// bounds on the same side are read as the values they state: "at least
// 12 dead" and "at least 15 dead" disagree, "at least 12" and "15" do
// not. Spans agree when both their ends do.
func compatible(a, b figures.Found) bool {
	// "Saturday morning" and "Saturday afternoon" are one day at two
	// times of it; an evening may be told as a night.
	if isDate(a.Unit) && isDate(b.Unit) && a.Value == b.Value && a.Low == a.High && b.Low == b.High && !a.Span && !b.Span {
		if pa, pb := partOfDay(a.Text), partOfDay(b.Text); pa != "" && pb != "" && pa != pb &&
			(pa == "morning" || pa == "afternoon" || pb == "morning" || pb == "afternoon") {
			return false
		}
	}
	// The same words say the same thing: "in less than a month" twice.
	if a.Value == b.Value && a.Low == b.Low && a.High == b.High && a.Span == b.Span && a.To == b.To {
		return true
	}
	if isDate(a.Unit) {
		// A relative date in the same words ("Tonight the voters …",
		// "today") in reports of different days is one quoted moment.
		if isDate(b.Unit) && strings.EqualFold(a.Text, b.Text) {
			return true
		}
		if a.Span && b.Span {
			return daysMeet(a.Low, a.High, b.Low, b.High) && daysMeet(a.ToLow, a.ToHigh, b.ToLow, b.ToHigh)
		}
		return daysMeet(a.Low, a.High, b.Low, b.High)
	}
	// Temperatures told without a scale, one in Celsius and one in
	// Fahrenheit: "topped 40 degrees", "hit 104 degrees".
	if a.Unit == "degrees" && b.Unit == "degrees" && celsiusFahrenheit(a.Value, b.Value) {
		return true
	}
	// Months and years are of no fixed number of days: "six months" is
	// "180 days" is "half a year".
	if a.Unit == figures.Minutes && b.Unit == figures.Minutes && math.Min(a.Value, b.Value) >= 28*24*60 &&
		math.Abs(a.Value-b.Value) <= 0.03*math.Max(a.Value, b.Value) {
		return true
	}
	// Rounding ranges that only touch, up to float noise, are two
	// different written values ("12" is [11.5, 12.5], "13" [12.5, 13.5]):
	// they must overlap.
	const noise = 1e-9
	switch {
	case math.IsInf(a.High, 1) && math.IsInf(b.High, 1):
		// "more than $200,000" is a round floor under "more than
		// $218,000", not another count.
		if lo, hi := byValue(a, b); roundBound(lo, hi) {
			return true
		}
		return math.Abs(a.Value-b.Value) < (a.Value-a.Low)+(b.Value-b.Low)-noise*math.Max(a.Value, b.Value)
	case a.Low == 0 && b.Low == 0 && a.Value > 0 && b.Value > 0:
		if lo, hi := byValue(a, b); roundBound(hi, lo) {
			return true
		}
		return math.Abs(a.Value-b.Value) < (a.High-a.Value)+(b.High-b.Value)-noise*math.Max(a.Value, b.Value)
	}
	lo, hi := math.Max(a.Low, b.Low), math.Min(a.High, b.High)
	return lo < hi-noise*math.Abs(hi) || a.Value == b.Value
}

// roundBound reports whether a bound written two orders rounder than
// another on the same side is a loose rounding of it: "more than
// $200,000" and "more than $218,000". Bounds written about as precisely
// state two values: "at least 12 dead" and "at least 15 dead", "more than
// 600 killed" and "more than 640 killed" (a toll that rose), "up to 50
// million" and "up to 15 million".
func roundBound(round, precise figures.Found) bool {
	zr, zp := writtenZeros(round), writtenZeros(precise)
	return round.Value != precise.Value && zr >= 2 && zp <= zr-2
}

// partOfDay returns the part of the day a date's words name ("Saturday
// afternoon": "afternoon"), or "".
func partOfDay(text string) string {
	low := strings.ToLower(text)
	for _, p := range []string{"morning", "afternoon", "evening", "night"} {
		if wordIn(low, p) {
			return p
		}
	}
	return ""
}

// byValue returns the two figures, the smaller value first.
func byValue(a, b figures.Found) (figures.Found, figures.Found) {
	if a.Value <= b.Value {
		return a, b
	}
	return b, a
}

// writtenZeros returns how many zeros end the digits of a figure as
// written ("$200,000": 5; "50 million": 1), or 0 when they have a
// fraction or there are none.
func writtenZeros(f figures.Found) int {
	if strings.ContainsRune(numeral(f), '.') {
		return 0
	}
	d, _ := splitDigits(numeral(f))
	return len(d) - len(strings.TrimRight(d, "0"))
}

// agree is compatible, but for two digits swapped: "about $9.8 billion"
// allows $8.9 billion, yet one of the two is a slip.
func agree(a, b figures.Found) bool {
	return compatible(a, b) && (a.Value == b.Value || !swappedDigits(numeral(a), numeral(b)))
}

// daysMeet reports whether two stretches of days share a day.
func daysMeet(alo, ahi, blo, bhi float64) bool {
	return math.Max(alo, blo) <= math.Min(ahi, bhi)
}

// figureDiscrepancy describes a group of aligned figures: one variant per
// value, with the articles that give it.
func figureDiscrepancy(arts []crosscheck.Article, occs []figOcc, members []int, tolls bool) (crosscheck.Discrepancy, bool) {
	type variant struct {
		texts    map[string]int
		articles map[string]bool
		first    int
	}
	byValue := map[string]*variant{}
	var keys []string
	for _, m := range members {
		o := occs[m]
		k := strconv.FormatFloat(o.f.Value, 'g', 12, 64)
		// One day at two times of it (compatible) is two values.
		switch p := partOfDay(o.f.Text); p {
		case "morning", "afternoon":
			k += " " + p
		case "evening", "night":
			k += " evening"
		}
		if o.f.Unit == figures.YearUnit {
			// Parts of one year ("the third quarter of 2026", "the
			// fourth quarter of 2026") are values of their own.
			k += " " + strconv.FormatFloat(o.f.Low, 'f', 0, 64) + "-" + strconv.FormatFloat(o.f.High, 'f', 0, 64)
		}
		v, ok := byValue[k]
		if !ok {
			v = &variant{texts: map[string]int{}, articles: map[string]bool{}, first: m}
			byValue[k] = v
			keys = append(keys, k)
		}
		v.texts[o.f.Text]++
		v.articles[arts[o.art].ID] = true
	}
	if len(keys) < 2 {
		return crosscheck.Discrepancy{}, false
	}
	seen := map[string]bool{}
	for _, k := range keys {
		for id := range byValue[k].articles {
			if seen[id] {
				return crosscheck.Discrepancy{}, false
			}
			seen[id] = true
		}
	}
	// A looser figure that agrees with one variant alone and not with the
	// others ("nearly $2 billion" beside "$1.9 billion" and "$1.6
	// billion") sides with it: the reports disagree on two values, not
	// three.
	var merged []string
	for _, k := range keys {
		v := byValue[k]
		f := occs[v.first].f
		with := ""
		for _, k2 := range keys {
			if k2 == k || byValue[k2] == nil {
				continue
			}
			if g := occs[byValue[k2].first].f; agree(f, g) && !(tolls && statedCount(f) && statedCount(g)) {
				if with != "" || f.High-f.Low <= g.High-g.Low {
					with = ""
					break
				}
				with = k2
			}
		}
		if with == "" {
			merged = append(merged, k)
			continue
		}
		for id := range v.articles {
			byValue[with].articles[id] = true
		}
		byValue[k] = nil
	}
	if len(merged) < 2 {
		return crosscheck.Discrepancy{}, false
	}
	keys = merged
	var vs []crosscheck.Cited
	for _, k := range keys {
		v := byValue[k]
		vs = append(vs, crosscheck.Cited{Text: variantText(v.texts, isMoment(occs[v.first].f.Unit)), Articles: slices.Sorted(maps.Keys(v.articles))})
	}
	sort.SliceStable(vs, func(i, j int) bool { return len(vs[i].Articles) > len(vs[j].Articles) })
	o := occs[members[0]]
	return crosscheck.Discrepancy{
		Kind:     crosscheck.FigureDiscrepancy,
		About:    "Figure (" + o.f.Unit + ") in “" + shorten(o.clause, 140) + "”",
		Variants: vs,
	}, true
}

// variantText returns the words a variant's reports give for its value:
// the form most give, or, for a date, every form, most given first, since
// a date and a weekday that resolve alike ("Nov. 19", "Wednesday") each
// show the reader what a report wrote.
func variantText(texts map[string]int, every bool) string {
	forms := slices.Collect(maps.Keys(texts))
	slices.SortFunc(forms, func(a, b string) int {
		if c := texts[b] - texts[a]; c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	if !every || len(forms) == 1 {
		return forms[0]
	}
	// Forms that differ only in case or a leading preposition are one.
	var out []string
	seen := map[string]bool{}
	for _, f := range forms {
		k := strings.ToLower(f)
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return strings.Join(out[:min(len(out), maxVariantForms)], " / ")
}

// maxVariantForms bounds the forms of a date one variant shows.
const maxVariantForms = 3

// clauseOf returns the byte range of the clause of sentence s around
// [start, end): the text between the nearest clause breaks (", ", ";",
// ":", dashes, brackets, "while", "whereas", "but").
func clauseOf(s string, start, end int) (int, int) {
	breaks := []string{", ", "; ", ": ", " — ", " – ", " - ", "(", ")", " while ", " whereas ", " but "}
	lo, hi := 0, len(s)
	for _, b := range breaks {
		if i := strings.LastIndex(s[:start], b); i >= 0 && i+len(b) > lo {
			lo = i + len(b)
		}
		if i := strings.Index(s[end:], b); i >= 0 && end+i < hi {
			hi = end + i
		}
	}
	return lo, hi
}

// appositionStart returns where the clause that starts at lo in s starts
// when a place set off by commas ends the words before it: "arrested
// opposition leader Mwila Chanda at his home in the capital, Lusaka, on
// Monday" is one clause for the verb of its date, though clauseOf ends
// it at the comma.
//
// A thing named and told of in a phrase set off by commas is one clause
// too: "stole 14 rare watches from Maison Darrieux, an auction house in
// Geneva's old town, early Tuesday".
func appositionStart(s string, lo int) int {
	for lo >= 2 && s[lo-2:lo] == ", " {
		i := strings.LastIndex(s[:lo-2], ", ")
		if i >= 0 && nameSegment(s[i+2:lo-2]) {
			lo, _ = clauseOf(s, i, i)
			continue
		}
		if j, _ := clauseOf(s, lo-2, lo-2); j >= 2 && s[j-2:j] == ", " && appositive(s[j:lo-2]) && endsOnName(s[:j-2]) {
			lo, _ = clauseOf(s, j-2, j-2)
			continue
		}
		break
	}
	return lo
}

// maxAppositiveWords bounds the words of a phrase that tells what a name
// names.
const maxAppositiveWords = 10

// appositive reports whether a phrase set off by commas tells what the
// name before it names: it opens on "a" or "an" and tells no deed ("an
// auction house in Geneva's old town").
func appositive(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > maxAppositiveWords || !indefiniteOpening(s) {
		return false
	}
	for _, w := range ws {
		if w = strings.ToLower(strings.Trim(w, ".,;:")); pastVerb(w) || auxiliaries[w] {
			return false
		}
	}
	return true
}

// endsOnName reports whether s ends on a capitalised word.
func endsOnName(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	return capital(s[i+1:])
}

// nameSegment reports whether s is a short name alone: one to three
// capitalised words ("Lusaka", "Calif.", "Prince George's County").
func nameSegment(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !capital(w) || calendarNames[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	return true
}

// celsiusFahrenheit reports whether one of two temperatures is the other
// in Fahrenheit, as rounded to a whole degree: 40 and 104, 35 and 95.
func celsiusFahrenheit(a, b float64) bool {
	c, f := math.Min(a, b), math.Max(a, b)
	return c != f && math.Abs(c*9/5+32-f) <= 1
}

// figureFreeWords returns the content words of a sentence without numbers
// and number words, so that two wordings of one sentence with different
// figures still look alike.
func figureFreeWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range textproc.ContentWords(s) {
		if _, ok := numberWords[w]; ok || isDigits(w) || calendarNames[w] {
			continue
		}
		m[w] = true
	}
	return m
}

func shorten(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return strings.TrimSpace(string(r[:n])) + "…"
}

// dateKey identifies a publication date in a Memo's key.
func dateKey(d crosscheck.Date) string {
	return fmt.Sprintf("%d %s %t", d.Time.UnixNano(), d.Time.Location(), d.DayOnly)
}

// qualified reports whether a count says what it counts with a word of its
// own ("three masked men", "four armed robbers"): a count so named is one
// quantity of the story wherever it stands, when each report gives it once
// and one report's sentence holds three of the words around the other's.
// A measure ("30 miles", counted in meters) is not so named.
func qualified(f figures.Found) bool {
	return counted(f.Unit) && strings.Contains(strings.ToLower(f.Text), f.Unit) && len(countQualifiers(f)) > 0
}

// dayOf reports whether a's period is a day and b's a longer period ahead
// of the report or holding that day (see comparable).
func dayOf(a, b figOcc) bool {
	return granularity(a.period) == 0 && granularity(b.period) > 0 &&
		(b.ahead || b.period.Low <= a.period.Low && a.period.High <= b.period.High)
}

// headAfter returns the noun that follows a figure directly, folded, when
// the figure stands before it as its size ("$48 billion measure", "a 5.4
// percent increase"): two sentences that size one noun alike speak of one
// thing, whatever else their words are, unless they measure it from
// different bases (otherBases). Function words, names and words
// of two letters are no head.
func headAfter(rest string) string {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	w = strings.TrimRight(w, ",;:.")
	if w == "" || len(w) < 3 || !unicode.IsLower(rune(w[0])) {
		return ""
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return ""
		}
	}
	if textproc.IsStopword(w) || approximators[w] {
		return ""
	}
	if h, ok := headSynonyms[w]; ok {
		return h
	}
	return stemOf(w)
}

// timeZones are the words that name a clock's zone after a time of day.
var timeZones = map[string]string{
	"eastern": "eastern", "et": "eastern", "est": "eastern", "edt": "eastern",
	"central": "central", "ct": "central", "cst": "central", "cdt": "central",
	"mountain": "mountain", "mt": "mountain", "mst": "mountain", "mdt": "mountain",
	"pacific": "pacific", "pt": "pacific", "pst": "pacific", "pdt": "pacific",
	"gmt": "utc", "utc": "utc", "bst": "bst", "cet": "cet", "cest": "cet",
	"local": "", "ist": "ist", "jst": "jst", "aest": "aest", "aedt": "aedt",
	"hawaii": "hawaii", "alaska": "alaska", "atlantic": "atlantic",
}

// zoneAfter returns the time zone written right after a time of day,
// past a weekday or "on" and a weekday ("9:43 p.m. Thursday Eastern time",
// "10 a.m. ET", "3 p.m. local time"), or "".
func zoneAfter(rest string) string {
	ws := firstWords(rest, 4)
	k := 0
	if k < len(ws) && strings.EqualFold(ws[k], "on") {
		k++
	}
	if k < len(ws) && weekdayWord(ws[k]) {
		k++
	}
	if k < len(ws) && strings.EqualFold(ws[k], "(") {
		k++
	}
	if k >= len(ws) {
		return ""
	}
	w := strings.ToLower(strings.Trim(ws[k], ",;:.()"))
	z, ok := timeZones[w]
	if !ok {
		return ""
	}
	// "Eastern" and "Central" name a zone only before "time" or as an
	// abbreviation; "local" only before "time".
	if len(w) > 4 && (k+1 >= len(ws) || !strings.HasPrefix(strings.ToLower(ws[k+1]), "time") && !strings.HasPrefix(strings.ToLower(ws[k+1]), "standard") && !strings.HasPrefix(strings.ToLower(ws[k+1]), "daylight")) {
		return ""
	}
	// A time told in local time is told as a time with no zone is.
	return z
}

// dayZone returns the zone of the time of day right before a date ("9:43
// p.m. Thursday Eastern time", "10 a.m. ET on Friday"), or "".
func dayZone(s string, found []figures.Found, f figures.Found) string {
	for _, g := range found {
		if g.Unit != figures.TimeOfDay || g.End > f.Start {
			continue
		}
		between := strings.TrimSpace(s[g.End:f.Start])
		if z := zoneAfter(s[g.End:]); z != "" && (between == "" || strings.EqualFold(between, "on") || strings.EqualFold(strings.Trim(between, "() "), z)) {
			return z
		}
	}
	return ""
}

// weekdayWord reports whether w is a weekday's name.
func weekdayWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, ",;:.")) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// capped reports whether a figure is told as a maximum ("up to $15
// million", "as much as 50 million").
func capped(f figures.Found) bool { return f.Low == 0 && f.High > 0 && !f.Span }

// sumOf returns the stem of the noun a sum is given of, from the text
// before it: "fines of" in "fines of up to A$15 million", "bail of" in
// "set bail of $1 million"; "" for words that size nothing in
// particular ("a total of", "an amount of").
func sumOf(before string) string {
	ws := lastWords(before, 2)
	if len(ws) < 2 || ws[1] != "of" {
		return ""
	}
	w := ws[0]
	if len(w) < 3 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || textproc.IsStopword(w) || sizeless[w] {
		return ""
	}
	return "of " + stemOf(w)
}

// sizeless are the nouns before "of" that say how much, not of what.
var sizeless = map[string]bool{
	"total": true, "sum": true, "amount": true, "average": true, "maximum": true, "minimum": true,
	"value": true, "tune": true, "excess": true, "upwards": true, "range": true, "estimate": true,
	"outlay": true, "figure": true, "tally": true, "worth": true,
}

// headSynonyms are the nouns that name one thing a sum sizes: "the $3.1
// billion deal", "the $3.6 billion acquisition"; "the $48 billion
// measure", "the $44 billion bill".
var headSynonyms = map[string]string{
	"deal": "deal", "acquisition": "deal", "purchase": "deal", "takeover": "deal", "merger": "deal", "buyout": "deal",
	"bill": "bill", "measure": "bill", "legislation": "bill",
}

// otherBases reports whether two changes are measured from different
// bases: "a 36% increase from February" and "a 25% increase from a
// then-record 3.69 million in March 2020" share no word after "from".
func otherBases(a, b map[string]bool) bool {
	return len(a) > 0 && len(b) > 0 && overlap(a, b) == 0
}

// gerundAfter reports whether ws[k] is a verb in -ing after a preposition
// of time ("before becoming lieutenant governor in 2023", "after winning
// the seat in 2018"): the deed its date is of, as a verb in the past
// tense would be.
func gerundAfter(ws []string, k int) bool {
	if k == 0 || len(ws[k]) < 6 || !strings.HasSuffix(ws[k], "ing") {
		return false
	}
	switch strings.ToLower(ws[k-1]) {
	case "before", "after", "since", "upon", "while":
		return true
	}
	return false
}

// toldOn reports whether a date is the day something was said ("her
// campaign said Thursday", "announced on Monday"): when a figure was told,
// not the time it holds for.
func toldOn(s string, d figures.Found) bool {
	ws := lastWords(s[:d.Start], 2)
	if n := len(ws); n > 0 && strings.EqualFold(ws[n-1], "on") {
		ws = ws[:n-1]
	}
	return len(ws) > 0 && sayingVerbs[stemOf(strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:")))]
}

// boundAfter reports whether a date after a figure stands in a clause of
// time that opens between them ("raised $1.7 million in the first 24 hours
// after releasing a video on Wednesday"): it dates another happening, a
// bound of the figure's, not the time the figure holds for.
func boundAfter(s string, f, d figures.Found) bool {
	if d.Start < f.End {
		return false
	}
	// Words inside a clause are lower case: the text is read as it is.
	between := s[max(0, f.End-1):min(len(s), d.Start+1)]
	return strings.Contains(between, " after ") || strings.Contains(between, " before ") || strings.Contains(between, " since ")
}

// numeral returns a figure's text, or for a whole number spelt in words
// ("Twenty-three cars") its digits, so that "Twenty-three" and "32" are
// two digits swapped as "23" and "32" are.
func numeral(f figures.Found) string {
	if isDate(f.Unit) || strings.ContainsAny(f.Text, "0123456789") || f.Value != math.Trunc(f.Value) || f.Value < 10 || f.Value >= 1e6 {
		return f.Text
	}
	return strconv.FormatFloat(f.Value, 'f', -1, 64)
}

// wordAfterName returns the word that follows the first use of name
// (folded, as namesOf gives it) in s when it is a lower-case content
// word, or "".
func wordAfterName(s, name string) string {
	if name == "" {
		return ""
	}
	ws := strings.Fields(s)
	for i, w := range ws[:max(0, len(ws)-1)] {
		w = strings.TrimRight(w, ",.;:")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if textproc.Fold(w) != name {
			continue
		}
		next := strings.Trim(ws[i+1], ",.;:")
		if next == "" || !unicode.IsLower(rune(next[0])) || textproc.IsStopword(next) {
			return ""
		}
		return strings.ToLower(next)
	}
	return ""
}

// changeVerbs tell a quantity going up or down by a figure.
var changeVerbs = map[string]bool{
	"rose": true, "fell": true, "jumped": true, "climbed": true, "dropped": true, "increased": true,
	"decreased": true, "declined": true, "grew": true, "surged": true, "slipped": true, "gained": true,
	"slid": true, "soared": true, "tumbled": true, "plunged": true, "sank": true, "shrank": true,
}

// changedNoun returns, for a figure after a verb of change and the noun
// before it ("profit rose 8 percent", "revenue fell by $2 billion"), that
// noun's stem marked as a change, or "".
// approximators qualify the number after them: no head of the figure
// before ("61 percent of roughly 7.1 million voters").
var approximators = map[string]bool{
	"roughly": true, "about": true, "nearly": true, "almost": true, "around": true, "approximately": true,
	"some": true, "over": true, "under": true, "more": true, "less": true, "fewer": true,
}

// levelNoun returns the stem of the noun a share is told of as its level
// ("Turnout was 61 percent", "turnout reached 67 percent", "put turnout
// at 61%", "unemployment stood at 5.4%"), or "".
func levelNoun(before string) string {
	// "is reported to be", "was expected to be": the level as told.
	if b := strings.TrimRight(before, " "); strings.HasSuffix(b, " to be") {
		ws := strings.Fields(b)
		if n := len(ws); n >= 4 && toldToBe[ws[n-3]] {
			before = strings.Join(ws[:n-3], " ") + " "
		}
	}
	ws := lastWords(before, 4)
	n := len(ws)
	idx := -1
	switch {
	case n >= 2 && levelVerbs[ws[n-1]]:
		idx = n - 2
	case n >= 3 && ws[n-1] == "at" && (ws[n-2] == "stood" || ws[n-2] == "stands"):
		idx = n - 3
	case n >= 3 && ws[n-1] == "at" && (ws[n-3] == "put" || ws[n-3] == "puts" || ws[n-3] == "putting"):
		idx = n - 2
	case n >= 3 && ws[n-1] == "to" && movedVerbs[ws[n-2]]:
		// "the unemployment rate skyrocketing to 14.7%": the level it
		// moved to.
		idx = n - 3
	default:
		return ""
	}
	noun := func(k int) string {
		w := ws[k]
		// The sentence's first word is capitalised: "Turnout was …".
		if len(strings.Fields(before)) == n-k {
			w = strings.ToLower(w)
		}
		if w == "" || !unicode.IsLower(rune(w[0])) || textproc.IsStopword(w) || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			return ""
		}
		return stemOf(w)
	}
	w := noun(idx)
	if w == "" {
		return ""
	}
	// "the unemployment rate", "the jobless rate": a noun qualified by
	// another is told by both, so that two rates of a story stay two. A
	// verb before the noun ("said turnout was", "put turnout at")
	// qualifies nothing.
	if idx > 0 {
		low := strings.ToLower(ws[idx-1])
		if q := noun(idx - 1); q != "" && !pastVerb(low) && !strings.HasSuffix(low, "ing") && !levelSayings[low] {
			return q + " " + w
		}
	}
	return w
}

// levelSayings are verbs of the present that stand before a level's noun.
var levelSayings = map[string]bool{"put": true, "puts": true, "says": true, "say": true, "estimates": true, "estimate": true}

// movedVerbs tell a level moved to ("rose to 5.4%", "skyrocketing to
// 14.7%").
var movedVerbs = map[string]bool{
	"rose": true, "fell": true, "dropped": true, "climbed": true, "jumped": true, "surged": true, "soared": true,
	"plunged": true, "sank": true, "declined": true, "increased": true, "decreased": true, "grew": true,
	"skyrocketed": true, "edged": true, "ticked": true, "rising": true, "falling": true, "dropping": true,
	"climbing": true, "jumping": true, "surging": true, "soaring": true, "plunging": true, "skyrocketing": true,
}

// toldToBe are the participles of "is reported to be" and the like.
var toldToBe = map[string]bool{"reported": true, "expected": true, "estimated": true, "said": true, "believed": true, "thought": true}

// levelVerbs tell a share's level, not its change.
var levelVerbs = map[string]bool{"was": true, "is": true, "reached": true, "hit": true, "remained": true}

func changedNoun(before string) string {
	ws := lastWords(before, 3)
	n := len(ws)
	if n > 0 && ws[n-1] == "by" {
		n--
	}
	if n < 2 || !changeVerbs[ws[n-1]] {
		return ""
	}
	w := ws[n-2]
	if !unicode.IsLower(rune(w[0])) || textproc.IsStopword(w) || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
		return ""
	}
	return "change of " + stemOf(w)
}

// zeroSlip reports whether two counts or sums differ by a zero dropped or
// added, ten times apart with the same digits ("7,500 gallons", "75,000
// gallons"): a slip of typing, in sentences whose words around them agree.
func zeroSlip(a, b figures.Found) bool {
	lo, hi := min(a.Value, b.Value), max(a.Value, b.Value)
	if lo <= 0 || hi != 10*lo {
		return false
	}
	da, _ := splitDigits(numeral(a))
	db, _ := splitDigits(numeral(b))
	return len(da) >= 2 && strings.TrimRight(da, "0") == strings.TrimRight(db, "0")
}

// countedPhrase returns the folded content words of a count's text after
// its number and scale words, when they are two or more ("more than 8,000
// fraudulent voter registration applications"), or "".
func countedPhrase(text string) string {
	ws := strings.Fields(strings.ToLower(text))
	k := len(ws)
	for k > 0 {
		w := strings.Trim(ws[k-1], ",.;:")
		if !isLettersOnly(w) || figures.IsNumberWord(w) || scaleWords[w] {
			break
		}
		k--
	}
	var out []string
	for _, w := range ws[k:] {
		w = strings.Trim(w, ",.;:")
		if textproc.IsStopword(w) || scaleWords[w] {
			continue
		}
		out = append(out, w)
	}
	if len(out) < minPhraseWords {
		return ""
	}
	return strings.Join(out, " ")
}

// minPhraseWords is how many content words a count's noun phrase must
// have to name one thing alike in two reports: "electoral votes" may be
// those needed or those won; "fraudulent voter registration applications"
// are one set of things.
const minPhraseWords = 3

// scaleWords are the words of a number's size, which name no thing.
var scaleWords = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true, "dozen": true}

// tailAfter returns the stem of the first content word of rest after at
// most one preposition and one article ("in favor", "from Marlow", "of a
// solvent mixture"), or "" when rest goes on otherwise.
func tailAfter(rest string) string {
	ws := firstWords(rest, 3)
	k := 0
	if k < len(ws) && tailPrepositions[strings.ToLower(ws[k])] {
		k++
	} else {
		return ""
	}
	if k < len(ws) && (ws[k] == "a" || ws[k] == "an" || ws[k] == "the") {
		k++
	}
	if k >= len(ws) {
		return ""
	}
	w := strings.Trim(ws[k], ",.;:")
	if len(w) < 3 || textproc.IsStopword(strings.ToLower(w)) || strings.Trim(strings.ToLower(w), "abcdefghijklmnopqrstuvwxyz") != "" {
		return ""
	}
	return stemOf(strings.ToLower(w))
}

// perPeriod returns the period of a rate told right after a figure ("a
// month", "per year", "annually"), or "".
func perPeriod(rest string) string {
	ws := firstWords(strings.ToLower(rest), 2)
	if len(ws) == 0 {
		return ""
	}
	if w := strings.Trim(ws[0], ",.;:"); w == "annually" || w == "yearly" {
		return "year"
	}
	if len(ws) < 2 || ws[0] != "a" && ws[0] != "an" && ws[0] != "per" && ws[0] != "each" {
		return ""
	}
	switch p := strings.Trim(ws[1], ",.;:"); p {
	case "year", "month", "week", "day", "night", "hour", "quarter":
		return p
	}
	return ""
}

// partOf reports whether what one sum is paid in is a part of what
// another is: "cash" of "cash stock".
func partOf(a, b string) bool {
	if a == "" || b == "" || a == b {
		return false
	}
	in := strings.Fields(b)
	for _, w := range strings.Fields(a) {
		if !slices.Contains(in, w) {
			return false
		}
	}
	return true
}

// paidIn returns the stems of the content words of an "in" phrase right
// after a sum, up to its end ("in cash and stock, …": "cash stock"), or "".
func paidIn(rest string) string {
	ws := firstWords(rest, 5)
	if len(ws) < 2 || ws[0] != "in" {
		return ""
	}
	var out []string
	for _, w := range ws[1:] {
		low := strings.ToLower(strings.Trim(w, ",.;:"))
		if low == "and" || low == "or" {
			continue
		}
		if textproc.IsStopword(low) || low == "" || !unicode.IsLetter([]rune(low)[0]) {
			break
		}
		out = append(out, stemOf(low))
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	return strings.Join(out, " ")
}

// tailPrepositions open what a count's noun is of, from or for.
var tailPrepositions = map[string]bool{"in": true, "of": true, "from": true, "for": true, "at": true, "on": true}

// lastWords returns the last n words of s (split at spaces), in order,
// reading only as far back as they go.
func lastWords(s string, n int) []string {
	// Up to four words fit in a small array that need not escape.
	out := make([]string, 0, 4)
	end := len(s)
	for len(out) < n {
		for end > 0 && s[end-1] == ' ' {
			end--
		}
		if end == 0 {
			break
		}
		start := strings.LastIndexByte(s[:end], ' ') + 1
		out = append(out, s[start:end])
		end = start
	}
	slices.Reverse(out)
	return out
}

// firstWords returns the first n words of s (split at spaces), reading
// only as far as they go.
func firstWords(s string, n int) []string {
	out := make([]string, 0, 4)
	for len(out) < n {
		s = strings.TrimLeft(s, " ")
		if s == "" {
			break
		}
		w, rest, _ := strings.Cut(s, " ")
		out = append(out, w)
		s = rest
	}
	return out
}

// passiveDeeds are the verbs of saying whose passive tells a deed.
var passiveDeeds = stems([]string{"argued", "declared", "claimed", "posted"})

// passiveBefore reports whether the clause before a date ends on an
// auxiliary of the passive and a participle ("was argued", "were
// announced"), with at most one word between them and the date.
func passiveBefore(before string) bool {
	ws := lastWords(before, 4)
	for k := len(ws) - 1; k >= 1 && k >= len(ws)-3; k-- {
		if strings.HasSuffix(strings.ToLower(ws[k]), "ed") {
			switch strings.ToLower(ws[k-1]) {
			case "was", "were", "been", "is", "are", "be":
				return true
			}
			return false
		}
	}
	return false
}

// tollsDiffer reports whether a group of aligned counts of people killed,
// hurt or missing gives two different numbers in two articles: "at least
// 11 people" against "14 people", "at least 19" against "at least 17". A
// bound and a number inside it can both hold, but two reports that give a
// toll with different numbers disagree on it (or one updates the other),
// which is what a reader of the toll needs to see. Vague counts
// ("dozens") and ranges are left to compatible.
func tollsDiffer(occs []figOcc, members []int) bool {
	// The articles that give each stated value of each measure, two at
	// most: a group of many copies is read once, not pair by pair.
	type told struct {
		value float64
		arts  [2]int
		n     int
	}
	byMeasure := map[string][]told{}
	for _, i := range members {
		o := occs[i]
		if o.measure == "" {
			continue
		}
		switch kind, _, _ := strings.Cut(o.measure, " "); kind {
		case "dead", "hurt", "missing":
		default:
			continue
		}
		if !statedCount(o.f) || roundedBound(o.f) {
			continue
		}
		ts := byMeasure[o.measure]
		k := slices.IndexFunc(ts, func(t told) bool { return t.value == o.f.Value })
		if k < 0 {
			ts = append(ts, told{value: o.f.Value})
			k = len(ts) - 1
		}
		t := &ts[k]
		if t.n < len(t.arts) && (t.n == 0 || t.arts[0] != o.art) {
			t.arts[t.n] = o.art
			t.n++
		}
		byMeasure[o.measure] = ts
		for x, u := range ts {
			if x == k {
				continue
			}
			// Another value from another article.
			for _, a := range u.arts[:u.n] {
				if a != o.art {
					return true
				}
			}
		}
	}
	return false
}

// statedCount reports whether a count is written as one number, bare or
// bounded ("14", "at least 11", "more than 30", "five"), not as a range
// or a vague amount ("dozens", "between 10 and 12").
func statedCount(f figures.Found) bool {
	if f.Span {
		return false
	}
	nums := 0
	for _, w := range strings.Fields(strings.ToLower(f.Text)) {
		w = strings.Trim(w, ",.;:")
		switch {
		case w == "between" || w == "and" || w == "to" || w == "or":
			return false
		case w != "" && strings.Trim(w, "0123456789,") == "" || figures.IsNumberWord(w):
			nums++
		}
	}
	return nums == 1
}

// roundedBound reports whether a count bounds a round number ("more than
// 20 others", "nearly 100", "more than a dozen"): a rounded statement, which a count inside it
// ("23 others") does not contradict. A bound on a count that is not round
// ("at least 11 people") is a count of its own.
func roundedBound(f figures.Found) bool {
	if (f.Value < 10 || math.Mod(f.Value, 10) != 0) && !strings.Contains(strings.ToLower(f.Text), "dozen") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(f.Text)) {
		if figures.IsQualifierWord(w) {
			return true
		}
	}
	return false
}
