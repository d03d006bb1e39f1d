package discrepancy

import (
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
	"crosscheck/analyze/figures"
	"crosscheck/internal/lexicon"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
)

// figOcc is one figure in one sentence of one article.
type figOcc struct {
	// possessive is set for a date told as the possessor of a noun
	// ("the winner of Friday's second quarterfinal"): the verb before
	// it ("will play") is not what it dates.
	possessive bool
	art        int
	f          figures.Found
	clause     string
	near       map[string]bool // content words around it in its clause
	// change is "to" or "from" for the new and the old value of a
	// change told with both ("raised tariffs to 35 percent from 25
	// percent"), else "".
	change string
	// step is "by" for the size of a change ("cut the rate by 50 basis
	// points") and "to" for a value a change reaches ("to 8.75
	// percent"), told with or without the other, else "".
	step string
	// from is the value a change started from, told after the value it
	// reached ("rose to four on Tuesday, up from three on Monday"), when
	// hasFrom is set.
	from    float64
	hasFrom bool
	// spanEnds is set for a date that, with the next or the last date of
	// its sentence, makes the two ends of a span ("between January 2024
	// and June 2025").
	spanEnds bool
	// counting is set for the share of a count done so far ("with 80
	// percent of the votes counted"): no share of what is counted.
	counting bool
	// voteShare is set for a percentage of the votes cast ("51 percent
	// of the vote").
	voteShare bool
	// ballot is set for the share of a body's members that backed a
	// measure in a ballot ("84 percent of voting members backed the
	// authorization").
	ballot bool
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
	// rate is, for a sum told per one of something ("$13,480 a metric
	// ton", "$12,480 per metric ton"), that thing, folded, or "".
	rate string
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
	// level is, for a percentage told as a noun's level ("Turnout stood
	// at 61 percent", "turnout had reached 68 per cent"), the noun's
	// stem, or "".
	level string
	// beside are the stems of the nearest words before and after a date
	// that do not qualify a name (anchorsOf).
	beside [2]string
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
	// lasted is, for a length of time after "for", the stems of the verb
	// in the past tense before it and of the noun right before "for":
	// how long that deed lasted ("blocked a major avenue for six hours":
	// "block avenue"), or "".
	lasted string
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
	// votesFor is set for a count of the votes a measure or a person won,
	// told as votes ("The motion received 221 votes") or as voters who
	// backed it ("Only 212 lawmakers backed the motion").
	votesFor bool
	// forecast is set for a figure its clause tells as expected or
	// projected ("expects second-quarter revenue between $5 billion and
	// $5.2 billion"), which no figure of what happened is.
	forecast bool
	// target is set for a figure told as a target (targetBefore).
	target bool
	// size is set for a count hyphenated to the noun it sizes ("the
	// 90-seat National Assembly"), which tells what the thing is, not
	// how many of it a happening counts.
	size bool
	// partOf is, for a count told as part of a whole beside it ("Four
	// of the train's five cars"), the whole's value ("5"), else "".
	partOf string
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
	// interim is set for a score a game passed through ("broke a 1-1
	// tie", "a 1-0 lead"), which its final score is not compared with.
	interim bool
	// offset is set for a span of time told as how far one happening is
	// from another ("about 11 months earlier than scheduled", "three days
	// after the vote"), which is no length of anything.
	offset bool
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
	// agent is, for a count its verb governs, the name right before the
	// verb, folded ("The HDZ won 62 seats": "hdz"), or "".
	agent string
	// where is, for a count, the place its clause puts right after it
	// ("Six people were killed in Mississippi": "mississippi"), folded,
	// or "".
	where string
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
	// bareAge is set for an age a sentence opens on that names no one
	// ("The 27-year-old broke away"): its person is the sentence before's.
	bareAge bool
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
	// subject is the head of the subject a sentence that dates something
	// opens on (parsedSent.subject).
	subject string
	// forecast is set when its words tell of a forecast (forecastOf).
	forecast bool
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
			prev = subject{opening: p.opening, first: p.first, person: p.person, surname: p.surname}
			if p.pronoun || p.bareAge {
				prev = after
			}
			if len(p.occs) == 0 {
				continue
			}
			lead := si == 0 || si == 1 && !leadDated
			if si == 0 {
				leadDated = slices.ContainsFunc(p.occs, func(o figOcc) bool { return isDate(o.f.Unit) })
			}
			fs := figSent{art: ai, pos: si, words: p.words, names: p.names, first: p.first, firstOf: p.firstOf, firstNamed: p.firstNamed, opening: p.opening, pronoun: p.pronoun, openedBy: p.openedBy, after: after, class: p.class, lead: lead, subject: p.subject, forecast: forecastOf(p.words)}
			if fs.lead {
				fs.head = subjectHead(s)
			}
			for _, o := range p.occs {
				o.art, o.sent = ai, len(sents)
				if o.bareAge && o.person == "" {
					o.person = after.surname
				}
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
			s.first = s.after.who(storyNames)
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
			// A forecast and a result are two quantities: "projected
			// revenue of $4.5 billion to $4.6 billion", "reported revenue
			// of $4.73 billion".
			if otherSubjects(s, t) || !statLinesOfOne(occs, s, t) || s.forecast != t.forecast && (forecastIn(occs, s) || forecastIn(occs, t)) {
				continue
			}
			st, ts := pairs(s, t, simSent), pairs(t, s, simSent)
			if otherTallies(occs, s, t, st, ts) {
				continue
			}
			join(s.figs, t.figs, st)
			join(t.figs, s.figs, ts)
		}
	}
	linkMeasures(occs, sents, u, conflict)
	linkUnits(arts, occs, sents, u, conflict)
	linkSwapped(occs, u, conflict)
	linkDates(occs, sents, u, conflict)
	linkLeadDates(arts, occs, sents, u, conflict)
	linkAges(occs, u, conflict)
	linkAgedNouns(occs, sents, u, conflict)
	linkPostAges(occs, sents, u, conflict)
	linkShareHeads(occs, u, conflict)
	linkLoneFigures(occs, sents, u, conflict)
	linkKeyedFigures(occs, sents, u, conflict)
	linkDeeds(occs, u, conflict)
	linkChanges(occs, sents, u, conflict)
	linkAnchored(occs, sents, u, conflict)
	comps := map[int][]int{}
	var roots []int
	for i := range occs {
		r := u.Find(i)
		if _, ok := comps[r]; !ok {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], i)
	}
	// The years each article dates something in, in any form ("in
	// 2019", "in October 2025").
	years := map[int]map[int]bool{}
	for _, o := range occs {
		if !isDate(o.f.Unit) || o.f.Unit == figures.RelativeDate || o.f.High < o.f.Low {
			continue
		}
		if years[o.art] == nil {
			years[o.art] = map[int]bool{}
		}
		years[o.art][dayYear(o.f.Low)] = true
		// A decade ("in the 1930s") dates nothing in its last year; a
		// span ("from 1966 to 1978") and a loose year ("four years
		// ago") do.
		if o.f.Span || o.f.High-o.f.Low < decadeDays {
			years[o.art][dayYear(o.f.High)] = true
		}
	}
	// The ages each article gives anyone: an article that gives both
	// ages of a pair tells of two people ("after a 27-year-old teacher
	// was stabbed", "Kevin Doyle, 34, appeared in court"), whatever
	// another report's "34-year-old man" was aligned with.
	ages := map[int]map[float64]bool{}
	for _, o := range occs {
		if o.f.Unit == figures.Age {
			if ages[o.art] == nil {
				ages[o.art] = map[float64]bool{}
			}
			ages[o.art][o.f.Value] = true
		}
	}
	var out []crosscheck.Discrepancy
	for _, r := range roots {
		members := comps[r]
		if agesOfTwo(occs, members, ages) {
			continue
		}
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
		if yearsEach(occs, members, years) || datedBeside(occs, sents, members) {
			continue
		}
		if d, ok := figureDiscrepancy(arts, occs, members, tolls); ok {
			out = append(out, d)
		}
	}
	return append(out, fateDiscrepancies(arts, occs, sents)...)
}

// lastedWindow is how many words before "for" are read for the verb of
// the deed a length of time tells the length of.
const lastedWindow = 6

// lastedDeed returns, for the words before a length of time, the stems
// of the verb in the past tense among the last few of them and of the
// noun right before a closing "for" ("… blocked a major avenue for":
// "block avenue"), or "" when they do not end on "for" after such a
// verb and a noun.
func lastedDeed(before string) string {
	ws := lastWords(strings.ToLower(before), lastedWindow+1)
	n := len(ws)
	if n < 3 || ws[n-1] != "for" {
		return ""
	}
	noun := strings.Trim(ws[n-2], ",;:\"“”")
	// "deliberated for five hours", "after deliberating for about six
	// hours": the verb right before "for" is the deed, unless it only
	// tells that something went on.
	if v, ok := deedVerb(noun); ok && noun == ws[n-2] {
		if goingOn[v] {
			return ""
		}
		return v
	}
	if len(noun) < 3 || textproc.IsStopword(noun) || strings.HasSuffix(noun, "ed") {
		return ""
	}
	for k := n - 3; k >= 0; k-- {
		w := strings.Trim(ws[k], ",;:\"“”")
		if w != ws[k] {
			return "" // a clause ends between them
		}
		if v, ok := deedVerb(w); ok && strings.HasSuffix(w, "ed") {
			return v + " " + stemOf(noun)
		}
	}
	return ""
}

// deedVerb returns the stem of a verb in -ed or -ing of five letters or
// more, as lastedDeed keys it.
func deedVerb(w string) (string, bool) {
	if len(w) < 5 || auxiliaries[w] {
		return "", false
	}
	for _, suf := range []string{"ing", "ed"} {
		if t, ok := strings.CutSuffix(w, suf); ok && len(t) >= 3 {
			return stemOf(t), true
		}
	}
	return "", false
}

// goingOn are the stems of verbs that tell only that something went on
// for a time, of any thing: "lasted for", "remained for".
var goingOn = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"lasted", "remained", "stayed", "continued", "served", "worked", "lived", "existed", "operated", "running"} {
		v, _ := deedVerb(w)
		m[v] = true
	}
	return m
}()

// offsetAfter reports whether the words after a span of time make it how
// much earlier or later a happening comes than planned: "earlier than
// scheduled", "later than expected", "ahead of schedule". A span before
// "before" or "after" ("trapped for 40 hours before rescuers reached
// them") is still a length.
func offsetAfter(after string) bool {
	low := strings.TrimSpace(strings.ToLower(after))
	for _, p := range []string{"earlier than", "later than", "sooner than", "ahead of schedule", "behind schedule", "early", "late"} {
		if rest, ok := strings.CutPrefix(low, p); ok && (rest == "" || !unicode.IsLetter([]rune(rest)[0])) {
			return true
		}
	}
	return false
}

// untilRoughly reports whether a time of day ends a span, told roughly:
// "did not yield the floor until shortly after 2 a.m.", "stayed open until
// about 9 p.m.". Such a time is the deed's end, not its start ("took the
// floor shortly before 11 a.m.").
func untilRoughly(before string) bool {
	ws := lastWords(before, 3)
	n := len(ws)
	for n > 0 && roughTimes[strings.ToLower(ws[n-1])] {
		n--
	}
	return n > 0 && n < len(ws) && strings.EqualFold(ws[n-1], "until")
}

// roughTimes are the words that make a time of day rough: "shortly after",
// "just before", "about".
var roughTimes = map[string]bool{
	"shortly": true, "just": true, "soon": true, "after": true, "before": true, "about": true, "around": true,
	"roughly": true, "nearly": true, "approximately": true, "almost": true,
}

// notUntil reports whether the words before "until" deny the deed till
// then, which dates the deed: "was not signed until Nov. 12", "did not
// arrive until Monday".
func notUntil(before string) bool {
	ws := lastWords(before, 5)
	for _, w := range ws[:max(0, len(ws)-1)] {
		if low := strings.ToLower(w); low == "not" || low == "never" || strings.HasSuffix(low, "n't") || strings.HasSuffix(low, "n’t") {
			return true
		}
	}
	return false
}

// agesOfTwo reports whether a group of ages holds two values one of its
// articles gives both of: the ages of two people.
func agesOfTwo(occs []figOcc, members []int, ages map[int]map[float64]bool) bool {
	values := map[float64]bool{}
	for _, m := range members {
		if occs[m].f.Unit != figures.Age {
			return false
		}
		values[occs[m].f.Value] = true
	}
	if len(values) < 2 {
		return false
	}
	for _, m := range members {
		all := true
		for v := range values {
			all = all && ages[occs[m].art][v]
		}
		if all {
			return true
		}
	}
	return false
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
	// person is the surname of a titled name the sentence opens on
	// ("Fire Chief Ilse Brandvik told reporters": "brandvik"), which a
	// pronoun in the next sentence stands for.
	person string
	// surname is the last word of the name told before its verb
	// (subjectSurname), whose age a bare one in the next sentence is.
	surname string
}

// who returns whom a pronoun after the sentence stands for: the person it
// opens on, else whom it is about.
func (s subject) who(storyNames map[string]bool) string {
	if s.person != "" {
		return s.person
	}
	return s.of(storyNames)
}

// of returns who the sentence is about: its opening word when the story
// uses that as a name, else its first name.
func (s subject) of(storyNames map[string]bool) string {
	if s.opening != "" && storyNames[s.opening] {
		return s.opening
	}
	return s.first
}

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
	// person is the surname of a titled name it opens on (subject).
	person string
	// pronoun is set when it opens on "He" or "She".
	pronoun bool
	// surname is the last word of the name told before its verb
	// (subjectSurname); bareAge is set when it opens on an age of no
	// one named (bareAgeOpening), which is that of the sentence before.
	surname string
	bareAge bool
	// openedBy is set when its opening word is its subject (openedBy).
	openedBy bool
	occs     []figOcc // without their article and sentence
	// subject is, for a sentence that dates something, the head of the
	// subject it opens on (subjectHead), or "".
	subject string
}

// nextFigureStart returns where the first figure of found after f
// starts, or -1. Parse gives a sentence's figures in order.
func nextFigureStart(found []figures.Found, f figures.Found) int {
	k, _ := slices.BinarySearchFunc(found, f.End, func(g figures.Found, end int) int { return g.Start - end })
	if k < len(found) {
		return found[k].Start
	}
	return -1
}

// parseSent reads the figures of sentence s of an article published on pub;
// class numbers it among the distinct sentences.
func parseSent(s string, pub crosscheck.Date, class int) *parsedSent {
	p := &parsedSent{class: class}
	// Who the sentence is about is read past its dateline ("CEDAR
	// BLUFF, Colo. — The City Council voted 5-2").
	body := textproc.TrimDateline(s)
	p.opening, p.mid = openingOf(body)
	p.person = openingPerson(body)
	p.pronoun = opensOnPronoun(body)
	p.surname = subjectSurname(body)
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
		o := figOcc{f: f, clause: c, near: stems(synonyms(figures.Neighbours(c, g))), whole: wholeOf(c[:g.Start]), needed: counted(f.Unit) && (neededBefore(c[:g.Start]) || neededAfter(c[g.End:]))}
		o.scope = o.near
		if counted(f.Unit) {
			o.where = whereAfter(c[g.End:])
			if o.where == "" {
				o.where = whereBefore(s[:f.Start])
			}
		}
		o.referred, o.coming = referred, coming
		o.inclusive = inclusive(c[g.End:min(len(c), g.End+maxInclusiveBytes)])
		o.change = changeEnd(c, g.Start, g.End)
		o.step = stepBefore(s[:f.Start])
		if o.step == "to" {
			o.from, o.hasFrom = fromAfter(s[f.End:])
		}
		o.forecast = forecastBefore(c[:g.Start])
		o.target = !isMoment(f.Unit) && targetBefore(c[:g.Start])
		o.voteShare = f.Unit == figures.Percent && ofTheVote(c[g.End:])
		o.ballot = f.Unit == figures.Percent && !o.voteShare && ballotShare(c[:g.Start], c[g.End:])
		o.counting = f.Unit == figures.Percent && countedShare(c[g.End:])
		// Only the words around the figure, as Neighbours reads them,
		// can be its scope, and for a count not past the next figure
		// ("with eight stations and is expected to carry some 130,000
		// riders daily": "daily" scopes the riders).
		scoped, cut := c, false
		if b, ok := namesBlanked(c); ok {
			scoped, cut = b, true
		}
		if next := nextFigureStart(found, f); counted(f.Unit) && next > f.End && next < hi {
			scoped, cut = scoped[:next-lo], true
		}
		if cut {
			o.scope = stems(synonyms(figures.Neighbours(scoped, g)))
		}
		o.scope = withoutBodyScopes(o.scope, c[max(0, g.Start-scopeSpan):min(len(c), g.End+scopeSpan)])
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
				o.person = namedAfterAge(s[f.End:])
			}
			if o.person == "" && bareAgeOpening(s, f) {
				o.bareAge, p.bareAge = true, true
			} else if o.person == "" {
				o.agedNoun = agedNoun(f.Text, s[f.End:])
				// "Gebremariam, the 24-year-old who was running …": the
				// age of the name before, which no noun after qualifies.
				if b, ok := strings.CutSuffix(strings.TrimRight(s[:f.Start], " "), " the"); ok && (o.agedNoun == "" || o.agedNoun == "who" || o.agedNoun == "whose" || lexicon.PersonNoun(o.agedNoun)) {
					o.person = agedPerson(b)
				}
			}
		}
		if counted(f.Unit) {
			o.gov = governing(c[:g.Start])
			if o.gov != "" {
				o.agent = agentOf(s[:f.Start])
			}
			o.votesFor = votesFor(f.Unit, o.gov, s[f.End:])
			o.past = pastHappening(s[:f.Start], pub)
			o.among = includedBefore(s[:f.Start])
		}
		// "In 2007, a magnitude 8.0 quake near Pisco killed more than
		// 500 people": a magnitude in a sentence that names only past
		// years is that year's quake. One that names a weekday tells of
		// the report's week, whatever past it recalls ("shook the coast
		// early Sunday, … many still haunted by the disaster of 2021").
		if f.Unit == figures.Magnitude {
			o.past = onlyPastYears(s, pub)
		}
		// "the nearly six-hour hearing", "the 48-page indictment": a size
		// hyphenated to a noun after "the" is that one thing's.
		// So is one after "a" that ranks the thing on a scale of its kind
		// ("a four-alarm fire", "the five-alarm fire").
		if !isMoment(f.Unit) && strings.Contains(f.Text, "-") && (definiteBefore(s[:f.Start]) || scaleUnits[f.Unit] && indefiniteBefore(s[:f.Start])) {
			o.sized = headAfter(s[f.End:])
		}
		// "a 10-juror majority", "a 12-member panel": the size of a
		// group, which no count of its members elsewhere ("one or two
		// jurors voted against it") gives.
		if h := headAfter(s[f.End:]); o.sized == "" && strings.Contains(f.Text, "-") && indefiniteBefore(s[:f.Start]) && collectives[h] {
			o.sized = h
		}
		if f.Unit == figures.Minutes && !f.Span {
			// "began a 48-hour strike", "launched a 72-hour walkout":
			// the length of one lasting deed, told by a hyphened span
			// before its noun.
			if h := headAfter(s[f.End:]); strings.Contains(f.Text, "-") && lastingDeeds[h] {
				o.head = "length of " + h
			}
			o.lasted = lastedDeed(c[:g.Start])
			// "14 months behind schedule", "nine months behind
			// schedule": a length of one thing named after it.
			o.tail = lengthTail(c[g.End:])
		}
		// "sustained winds of 140 km/h and gusts of up to 175 km/h": a
		// speed is of the noun before its "of".
		if f.Unit == figures.Speed {
			o.head = nounBeforeOf(c[:g.Start])
		}
		if counted(f.Unit) && strings.HasSuffix(strings.ToLower(f.Text), f.Unit) {
			o.tail = tailAfter(c[g.End:])
			o.phrase = countedPhrase(f.Text)
			// "the bodies of 9 people", "the bodies of 7 individuals":
			// a count is of the noun before its "of", unless that noun
			// only measures ("a total of", "dozens of").
			if n := nounBeforeOf(c[:g.Start]); o.head == "" && n != "" && !measuringNouns[n] && !figures.IsNumberWord(n) {
				o.head = "of " + n
			}
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
					// "12 percent of its workforce", "of the vote".
					for _, d := range []string{"the ", "its ", "their ", "his ", "her "} {
						rest = strings.TrimPrefix(rest, d)
					}
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
		if len(f.Unit) == 3 && strings.ToUpper(f.Unit) == f.Unit && o.per == "" && !o.perShare {
			o.rate = rateAfter(s[f.End:])
		}
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
			o.margin = marginBefore(c[:g.Start]) || marginAfter(c[g.End:])
		}
		if f.Unit == figures.TimeOfDay {
			o.zone = zoneAfter(s[f.End:])
		}
		if f.Unit == figures.Percent {
			o.level = levelOf(c[:g.Start])
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
			o.anchors, o.next, o.beside = anchorsOf(c, g.Start, g.End)
			if w := lastWords(c[:g.Start], 1); len(w) == 1 && strings.EqualFold(w[0], "since") {
				o.since = true
			} else if len(w) == 1 && (strings.EqualFold(w[0], "through") || strings.EqualFold(w[0], "until") && !notUntil(c[:g.Start])) {
				o.through = true
			} else if f.Unit == figures.TimeOfDay && untilRoughly(c[:g.Start]) {
				o.through = true
			} else if n := len(p.occs); n > 0 && isDate(f.Unit) && p.occs[n-1].through && p.occs[n-1].f.Unit == figures.TimeOfDay &&
				p.occs[n-1].f.End <= f.Start && strings.TrimSpace(s[p.occs[n-1].f.End:f.Start]) == "on" {
				// "until shortly after 2 a.m. on Wednesday": the day of
				// the time a span ends at ends it too.
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
			if effectiveDate(c[g.End:]) {
				// "ahead of the law's Oct. 1 effective date": the day a
				// rule takes effect, as "set to take effect Sept. 1".
				o.verb = "effect"
			} else if !attributive(c[:g.Start], c[g.End:]) {
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
			o.possessive = possessiveDate(f.Text, c[g.End:])
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
		// "followed by 30 aftershocks, the largest of magnitude 4.1": a
		// magnitude told after aftershocks is one of theirs, not the
		// story's quake's.
		if f.Unit == figures.Magnitude && strings.Contains(strings.ToLower(s[:f.Start]), "aftershock") {
			o.other = true
		}
		o.interim = f.Unit == figures.Tally && interimScore(s[:f.Start], s[f.End:])
		o.offset = f.Unit == figures.Minutes && offsetAfter(s[f.End:])
		p.occs = append(p.occs, o)
	}
	// "won 62 seats in the 151-seat Sabor": a size beside a count of its
	// unit is the whole the count is part of, as "62 of the 151 seats" is.
	// A span of time is no count: "a 60-day state of emergency" is not
	// the whole of the "nearly two weeks" of blockades before it.
	for i := range p.occs {
		if !sizing(s, p.occs[i].f) {
			continue
		}
		p.occs[i].size = true
		for _, o := range p.occs {
			if unitClass(o.f.Unit) == unitClass(p.occs[i].f.Unit) && !sizing(s, o.f) && counted(o.f.Unit) {
				p.occs[i].whole = true
			}
		}
	}
	// "Four of the train's five cars": the count before a whole and "of"
	// counts part of it.
	for i := 1; i < len(p.occs); i++ {
		w, o := p.occs[i], &p.occs[i-1]
		if w.whole && !w.size && unitClass(o.f.Unit) == unitClass(w.f.Unit) && o.f.End < w.f.Start &&
			w.f.Start-o.f.End <= maxPartGap && strings.Contains(s[o.f.End:w.f.Start], " of ") {
			o.partOf = strconv.FormatFloat(w.f.Value, 'g', -1, 64)
		}
	}
	// "between January 2024 and June 2025", "from May 4 to May 9": the
	// two ends of one span.
	for i := 1; i < len(p.occs); i++ {
		a, b := &p.occs[i-1], &p.occs[i]
		if isDate(a.f.Unit) && isDate(b.f.Unit) && a.f.End <= b.f.Start && spanJoined(s[:a.f.Start], s[a.f.End:b.f.Start]) {
			a.spanEnds, b.spanEnds = true, true
		}
	}
	if slices.ContainsFunc(p.occs, func(o figOcc) bool { return isMoment(o.f.Unit) }) {
		p.subject = subjectHead(s)
	}
	return p
}

// spanJoined reports whether the words between two dates, and those
// before the first, make them the ends of a span: "between … and …",
// "from … to …", "… through …", "…-…".
func spanJoined(before, between string) bool {
	switch strings.TrimSpace(between) {
	case "to", "through", "until", "-", "–":
		return true
	case "and":
		ws := lastWords(before, 1)
		return len(ws) == 1 && strings.EqualFold(ws[0], "between")
	}
	return false
}

// wonVotes are the stems of verbs before a count of votes that make it
// the votes won (governing's stems).
var wonVotes = map[string]bool{"recei": true, "drew": true, "won": true, "win": true, "garne": true, "got": true, "secur": true, "gathe": true}

// voters are the units that count members of a body who vote.
var voters = map[string]bool{
	"lawmakers": true, "legislators": true, "deputies": true, "senators": true, "representatives": true,
	"members": true, "mps": true, "councillors": true, "councilors": true, "delegates": true,
}

// backingWords, right after a count of voters, say they voted for.
var backingWords = map[string]bool{"backed": true, "supported": true, "favored": true, "favoured": true, "endorsed": true}

// votesFor reports whether a count of unit, after the verb of stem gov and
// before the text after, counts the votes won.
func votesFor(unit, gov, after string) bool {
	if unit == "votes" {
		return wonVotes[gov]
	}
	if !voters[strings.ToLower(unit)] {
		return false
	}
	ws := strings.Fields(strings.ToLower(after))
	if len(ws) == 0 {
		return false
	}
	// "Only 63 lawmakers in the 150-seat parliament backed the motion":
	// a phrase of where they sit may stand between the count and its verb.
	k := 0
	if voterPlaceWords[ws[0]] {
		for k = 1; k < len(ws) && k <= maxVoterPlace; k++ {
			if w := strings.Trim(ws[k], ",;:"); backingWords[w] || w == "voted" {
				break
			}
			if strings.ContainsAny(ws[k], ",;:") || textproc.IsStopword(ws[k]) && !determiners[ws[k]] {
				return false
			}
		}
		if k >= len(ws) || k > maxVoterPlace {
			return false
		}
	}
	w := strings.Trim(ws[k], ",;:")
	return backingWords[w] || w == "voted" && len(ws) > k+1 && (ws[k+1] == "for" || ws[k+1] == "in")
}

// voterPlaceWords open the phrase of where voters sit.
var voterPlaceWords = map[string]bool{"in": true, "of": true, "from": true}

// maxVoterPlace is how many words that phrase may hold.
const maxVoterPlace = 6

// forecastWords tell a figure after them as a forecast.
var forecastWords = map[string]bool{
	"expects": true, "expected": true, "expecting": true, "projects": true, "projected": true, "projecting": true,
	"forecast": true, "forecasts": true, "forecasted": true, "predicts": true, "predicted": true, "guidance": true,
	"outlook": true, "anticipates": true, "anticipated": true,
}

// targetBefore reports whether a figure's clause names a target before
// it ("The target is 95%", "the government's target is for 95 percent of
// patients"): what should be, not what is. A goal may be one scored
// ("a goal in the 87th minute"), and tells nothing.
func targetBefore(before string) bool { return wordBefore(before, targetWords) }

// targetWords name what a figure should be.
var targetWords = map[string]bool{"target": true, "targets": true}

// maxForecastWords is how many words before a figure in its clause are
// read for a forecast word.
const maxForecastWords = 8

// forecastBefore reports whether one of the last maxForecastWords words
// of a clause before a figure tells it as a forecast.
func forecastBefore(before string) bool { return wordBefore(before, forecastWords) }

// wordBefore reports whether one of the last maxForecastWords words before
// a figure in its clause, lower case and bare of marks, is in words.
func wordBefore(before string, words map[string]bool) bool {
	for _, w := range lastWords(before, maxForecastWords) {
		if words[strings.ToLower(strings.Trim(w, ",;:()\"“”"))] {
			return true
		}
	}
	return false
}

// maxPartGap bounds the bytes between a part and its whole ("Four of the
// train's five cars").
const maxPartGap = 32

// sizing reports whether figure f of sentence s is a count hyphenated to
// the noun it sizes ("the 151-seat Sabor", "a 12-member jury"), not a
// count of its own.
func sizing(s string, f figures.Found) bool {
	if isMoment(f.Unit) || f.Unit == figures.Age {
		return false
	}
	_, unit, ok := strings.Cut(f.Text, "-")
	if !ok || unit == "" || strings.IndexFunc(unit, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 || !strings.HasPrefix(s[f.End:], " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[f.End+1:])
	return unicode.IsLetter(r)
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

// possessiveDate reports whether a date is told as the possessor of the
// noun after it ("the winner of Friday's second quarterfinal").
func possessiveDate(text, after string) bool {
	if strings.HasSuffix(text, "'s") || strings.HasSuffix(text, "’s") {
		return true
	}
	a := strings.TrimLeft(after, " ")
	for _, p := range []string{"'s ", "’s ", "' s ", "’ s "} {
		if strings.HasPrefix(a, p) {
			return true
		}
	}
	return false
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

// Window is how many articles on either side, in story order, a figure
// is compared with: a big story's reports are compared with their
// neighbours in time, not each with every other, so that its cost grows
// linearly with its size; chains of neighbours still join one figure
// across the whole story. Stories of up to 2*Window+1 articles compare
// every pair.
const Window = 32

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
	case "people", "persons", "individuals":
		return "people"
	case "customers", "homes", "households", "properties", "premises", "residences":
		// "left 240,000 homes and businesses without power", "cut
		// power to 420,000 customers": the places a utility serves.
		return "premises"
	}
	return u
}

// within reports whether the larger of two figures is at most factor
// times the smaller.
func within(a, b figures.Found, factor float64) bool {
	lo, hi := math.Min(a.Value, b.Value), math.Max(a.Value, b.Value)
	return lo > 0 && hi <= factor*lo
}

// link pairs each figure of as with the figure of the same unit in bs with
// the most similar surroundings, when the two stand in the same context,
// and tells whether their values can both hold.
// alikeSentences is the word likeness (Jaccard) from which two sentences
// say nearly the same thing.
const alikeSentences = 0.6

func link(occs []figOcc, as, bs []int, simSent float64) []figPair {
	// peopleOfOneFate is set for two counts of one fate, one of people
	// and one of a kind of them: "arrested nine people suspected of
	// belonging to a kidnapping ring", "arrested 11 suspected members of
	// a kidnapping gang".
	// A kind of them may be some of the people ("killing four people",
	// "three contracted drivers"): only more of the kind than of the
	// people are two counts of one fate that cannot both hold.
	peopleOfOneFate := func(f, g figOcc) bool {
		if fateOf(f) == "" || fateOf(f) != fateOf(g) || (f.f.Unit == "people") == (g.f.Unit == "people") || !counted(f.f.Unit) || !counted(g.f.Unit) {
			return false
		}
		if f.f.Unit == "people" {
			f, g = g, f
		}
		return f.f.Low > g.f.High
	}
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
	// A count told of a past day reached by it ("had spread to 9,000
	// hectares by Saturday morning") against another count of the same
	// unit on another day ("covered 8,400 hectares on Friday") is one
	// thing measured twice as it grew: its two days are no disagreement.
	// Read only where a date was reached by a day, as few are.
	byDay := func(list []int) bool {
		return slices.ContainsFunc(list, func(i int) bool { return occs[i].deadline })
	}
	remeasured := (byDay(as) || byDay(bs)) && remeasuredIn(occs, as, bs)
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
			if remeasured && isDate(f.f.Unit) && isDate(g.f.Unit) && (f.deadline || g.deadline) && !f.ahead && !g.ahead {
				continue
			}
			if unitClass(g.f.Unit) != unitClass(f.f.Unit) && !peopleOfOneFate(f, g) || !comparable(f, g) || !sameHappening(f, g) && !alike && !timed && !ends {
				continue
			}
			sim := jaccard(f.near, g.near)
			c := compatible(f.f, g.f)
			head := f.head != "" && f.head == g.head && near(f.f, g.f)
			// A speed of the same noun is chosen before a compatible one
			// of another ("gusts of up to 175 km/h" is compared with
			// "gusts of up to 195 km/h", not with "winds of 140 km/h").
			if bestCompat && !c && !(head && !bestHead && f.f.Unit == figures.Speed) {
				continue
			}
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
			// "escaping with about $1.4 million in cash", "making off
			// with $2.4 million in cash": one digit apart in sentences
			// that tell one happening is a slip in one of them.
			!isDate(f.f.Unit) && simSent >= minSlipSentences && shared >= 2 && oneDigitSlip(numeral(f.f), numeral(occs[bs[best]].f)) && sameKind(f.f, occs[bs[best]].f) ||
			f.tail != "" && f.tail == occs[bs[best]].tail && near(f.f, occs[bs[best]].f) ||
			// "$13,480 a metric ton", "$12,480 per metric ton": one price
			// of one thing.
			f.rate != "" && f.rate == occs[bs[best]].rate && near(f.f, occs[bs[best]].f) ||
			// "blocked a major avenue for more than six hours",
			// "blocked a major Bangkok avenue for about three hours":
			// how long one deed to one thing lasted.
			f.lasted != "" && f.lasted == occs[bs[best]].lasted ||
			// "was viewed more than three million times", "has been
			// viewed nearly one million times": how often one deed was
			// done.
			f.f.Unit == "times" && occs[bs[best]].f.Unit == "times" && f.gov != "" && f.gov == occs[bs[best]].gov ||
			// "more than 8,000 fraudulent voter registration
			// applications", "10,000 fraudulent voter registration
			// applications": one count of one thing named alike.
			f.phrase != "" && f.phrase == occs[bs[best]].phrase && near(f.f, occs[bs[best]].f) ||
			oneTime && f.f.Unit == figures.TimeOfDay && simSent >= minTimedSentences ||
			oneEnd && f.through && occs[bs[best]].through ||
			f.gov != "" && f.gov == occs[bs[best]].gov && f.f.Unit == occs[bs[best]].f.Unit && shared >= 3 && simSent >= 0.3 && near(f.f, occs[bs[best]].f) ||
			// "arrested nine people suspected of …", "arrested 11
			// suspected members of …": one fate's count, by one verb.
			f.gov != "" && f.gov == occs[bs[best]].gov && peopleOfOneFate(f, occs[bs[best]]) && near(f.f, occs[bs[best]].f) ||
			// "The HDZ won 64 seats", "The HDZ won 62 seats": one doer's
			// count of one unit by one verb, whatever else stands near.
			f.agent != "" && f.agent == occs[bs[best]].agent && f.gov == occs[bs[best]].gov && f.f.Unit == occs[bs[best]].f.Unit && near(f.f, occs[bs[best]].f) ||
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
	if simSent >= minPairedSentences {
		out = appendOtherOfPair(out, occs, as, bs)
		out = appendBesideAgreed(out, occs, as, bs)
	}
	// A figure that the other sentence gives alike, paired or not, is not
	// contradicted by another one there: "$281m in cash and $53m in stock"
	// against "$281 million in cash" pairs the $281m, not the $53m, with
	// it; "increasing 7.4% over the prior quarter and at a 33.1% annual
	// rate" against "a record-breaking 33.1% annual rate" flags nothing. A
	// speed of another noun is not alike ("winds of 140 km/h" against
	// "gusts of up to 195 km/h").
	alike := func(i, j int) bool {
		f, g := occs[i], occs[j]
		return unitClass(f.f.Unit) == unitClass(g.f.Unit) && agree(f.f, g.f) && comparable(f, g) &&
			!(f.f.Unit == figures.Speed && f.head != "" && g.head != "" && f.head != g.head)
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

// minPairedSentences is the word likeness (Jaccard) from which two
// sentences that each give two figures of one unit, one of them alike,
// give the other of one quantity (appendOtherOfPair).
const minPairedSentences = 0.3

// appendOtherOfPair pairs, in two sentences that each give two figures of
// one unit (not dates) in the same order, the second of each when the
// first agree: "will be cut from more than an hour by bus to about 12
// minutes", "will cut a commute of more than an hour to about 20
// minutes". A figure already paired is left as it is.
func appendOtherOfPair(out []figPair, occs []figOcc, as, bs []int) []figPair {
	if len(as) < 2 || len(bs) < 2 {
		return out
	}
	for ai, i := range as {
		u := unitClass(occs[i].f.Unit)
		if u == "date" || occs[i].f.Unit == figures.TimeOfDay {
			continue
		}
		ia, na := ofUnit(occs, as, u) // positions in as and bs of the figures of unit u
		ib, nb := ofUnit(occs, bs, u)
		if na != 2 || nb != 2 || ia[0] != ai {
			continue
		}
		a0, a1, b0, b1 := occs[as[ia[0]]], occs[as[ia[1]]], occs[bs[ib[0]]], occs[bs[ib[1]]]
		if !comparable(a1, b1) || !comparable(a0, b0) {
			continue
		}
		var p figPair
		switch {
		case a0.f.Text == b0.f.Text && agree(a0.f, b0.f):
			p = figPair{a: ia[1], b: ib[1], compatible: agree(a1.f, b1.f)}
		case a1.f.Text == b1.f.Text && agree(a1.f, b1.f):
			p = figPair{a: ia[0], b: ib[0], compatible: agree(a0.f, b0.f)}
		default:
			continue
		}
		// The other two are told alike too: two words around both, and
		// values of a size. Parts of a sum ("$75,000 for the win plus a
		// $25,000 bonus", "$100,000, including a $25,000 bonus") are no
		// pair of one quantity.
		if x, y := occs[as[p.a]], occs[bs[p.b]]; overlap(x.near, y.near) < 2 || !near(x.f, y.f) ||
			slices.ContainsFunc([]figOcc{a0, a1, b0, b1}, func(o figOcc) bool { return summed(o.clause) }) {
			continue
		}
		if !slices.ContainsFunc(out, func(q figPair) bool { return q.a == p.a || q.b == p.b }) {
			out = append(out, p)
		}
	}
	return out
}

// ofUnit returns the positions in list of its first two figures of unit
// class u, and how many it has, counted up to three.
func ofUnit(occs []figOcc, list []int, u string) ([2]int, int) {
	var at [2]int
	n := 0
	for k, x := range list {
		if unitClass(occs[x].f.Unit) != u {
			continue
		}
		if n < 2 {
			at[n] = k
		}
		if n++; n > 2 {
			break
		}
	}
	return at, n
}

// appendBesideAgreed pairs, in two sentences that give one figure alike
// (the same words, the same value), the figures right after it, or right
// before it, when they are of one unit that neither sentence gives
// another figure of: "has sickened 38 people in 11 states", "has sickened
// 38 people in 14 states". Two words around both and values of a size
// say they count one thing; a sum's parts are left alone, as are dates,
// which have their happenings to pair them by.
func appendBesideAgreed(out []figPair, occs []figOcc, as, bs []int) []figPair {
	paired := func(a, b int) bool {
		return slices.ContainsFunc(out, func(q figPair) bool { return q.a == a || q.b == b })
	}
	// The figures of each unit in either sentence, counted once and only
	// when a figure given alike is found.
	var inA, inB map[string]int
	count := func(list []int) map[string]int {
		m := map[string]int{}
		for _, x := range list {
			m[unitClass(occs[x].f.Unit)]++
		}
		return m
	}
	for ai, i := range as {
		for bi, j := range bs {
			if occs[i].f.Text != occs[j].f.Text || !agree(occs[i].f, occs[j].f) || isDate(occs[i].f.Unit) {
				continue
			}
			for _, step := range []int{1, -1} {
				x, y := ai+step, bi+step
				if x < 0 || y < 0 || x >= len(as) || y >= len(bs) || paired(x, y) {
					continue
				}
				f, g := occs[as[x]], occs[bs[y]]
				u := unitClass(f.f.Unit)
				if u != unitClass(g.f.Unit) || u == "date" || f.f.Unit == figures.TimeOfDay || unitClass(occs[i].f.Unit) == u {
					continue
				}
				if inA == nil {
					inA, inB = count(as), count(bs)
				}
				if inA[u] != 1 || inB[u] != 1 {
					continue
				}
				if !comparable(f, g) || overlap(f.near, g.near) < 2 || !near(f.f, g.f) || summed(f.clause) || summed(g.clause) {
					continue
				}
				out = append(out, figPair{a: x, b: y, compatible: agree(f.f, g.f)})
			}
		}
	}
	return out
}

// summed reports whether a clause adds or holds parts of a sum: "plus",
// "including", "on top of", "in addition to".
func summed(clause string) bool {
	c := " " + strings.ToLower(clause) + " "
	for _, w := range []string{" plus ", " including ", " includes ", " included ", " on top of ", " in addition "} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// minSlipSentences is the word likeness (Jaccard) from which two
// sentences whose figures are one digit apart tell one happening.
const minSlipSentences = 0.25

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

// remeasuredIn reports whether two sentences' figures hold a count of one
// unit that the other sentence gives only with other values: one thing
// counted twice, or counted alike by neither.
func remeasuredIn(occs []figOcc, as, bs []int) bool {
	for _, i := range as {
		f := occs[i].f
		if !counted(f.Unit) {
			continue
		}
		same, other := false, false
		for _, j := range bs {
			if g := occs[j].f; g.Unit == f.Unit {
				if compatible(f, g) {
					same = true
				} else {
					other = true
				}
			}
		}
		if other && !same {
			return true
		}
	}
	return false
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
		// "1.2 million of its users" counts users as "2.1 million
		// users" does.
		if w != low || low == f.Unit || low+"s" == f.Unit || figures.IsNumberWord(low) || figures.IsQualifierWord(low) || partitiveWords[low] {
			return true
		}
		out[low] = true
		return true
	})
	return out
}

// partitiveWords join a count to its noun as a part of it: "1.2 million
// of its users", "300 of the workers".
var partitiveWords = map[string]bool{"of": true, "the": true, "its": true, "their": true, "his": true, "her": true, "our": true}

// indefiniteBefore reports whether the text before a figure ends on "a"
// or "an".
func indefiniteBefore(before string) bool {
	ws := lastWords(before, 1)
	return len(ws) == 1 && (strings.EqualFold(ws[0], "a") || strings.EqualFold(ws[0], "an"))
}

// lastingDeeds are the stems of the things a story tells one length of
// by a hyphened span before them ("a 48-hour strike", "a 72-hour
// ceasefire"), as headAfter gives them.
var lastingDeeds = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("strike ceasefire truce curfew blockade siege lockdown outage standoff filibuster shutdown moratorium") {
		m[stemOf(w)] = true
	}
	return m
}()

// scaleUnits are the units of a rank on a scale a thing is told by ("a
// four-alarm fire", "a category 4 hurricane", "a five-star hotel").
var scaleUnits = map[string]bool{"alarms": true, "stars": true}

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

// agentOf returns the name that stands right before the verb closing
// before, folded: who did what a count's verb tells ("(HDZ) won": "hdz"),
// or "" when the word there is no name.
func agentOf(before string) string {
	w := lastWords(before, 2)
	if len(w) != 2 {
		return ""
	}
	d := strings.Trim(w[0], "()[],;:\"“”")
	d = strings.TrimSuffix(strings.TrimSuffix(d, "'s"), "’s")
	r, _ := utf8.DecodeRuneInString(d)
	low := strings.ToLower(d)
	if !unicode.IsUpper(r) || textproc.IsStopword(low) || calendarNames[low] {
		return ""
	}
	return low
}

func near(a, b figures.Found) bool { return within(a, b, maxSlip) }

// nounBeforeOf returns, lower case, the noun right before the "of" that
// ends the words before a figure ("gusts of", "winds of"), or "".
func nounBeforeOf(before string) string {
	ws := lastWords(before, 2)
	if len(ws) != 2 || strings.ToLower(ws[1]) != "of" {
		return ""
	}
	w := strings.Trim(ws[0], ",;:")
	if !isLettersOnly(w) || textproc.IsStopword(strings.ToLower(w)) {
		return ""
	}
	return strings.ToLower(w)
}

// measuringNouns are the nouns before "of" that tell how much of
// something there is, not what it is: "a total of 40 people", "a group
// of 20 students", "hundreds of people".
var measuringNouns = map[string]bool{
	"total": true, "number": true, "group": true, "groups": true, "majority": true, "minority": true,
	"average": true, "maximum": true, "minimum": true, "handful": true, "dozens": true, "hundreds": true,
	"thousands": true, "millions": true, "tens": true, "scores": true, "lot": true, "lots": true,
	"part": true, "share": true, "half": true, "quarter": true, "third": true, "each": true, "most": true,
	"many": true, "some": true, "none": true, "all": true, "both": true, "series": true, "list": true,
	"out": true, "rest": true, "tally": true, "count": true, "estimate": true, "record": true, "peak": true,
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
	// A figure converted from another unit is rounded as written: "more
	// than 400 degrees Celsius" is "more than 750 degrees Fahrenheit"
	// (752).
	if convertedPair(a, b) && math.Abs(a.Value-b.Value) <= convertedSlack*math.Max(math.Abs(a.Value), math.Abs(b.Value)) {
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
	// Two ranges given by their ends ("two to six years", "three to nine
	// years") agree when both ends do; a range and one figure inside it
	// do ("between $19 and $22 million", "$20 million").
	if endsGiven(a) && endsGiven(b) {
		lows := math.Abs(a.Value-b.Value) < (a.Value-a.Low)+(b.Value-b.Low)+noise*math.Max(a.Value, b.Value)
		highs := math.Abs(a.High-b.High) <= noise*math.Max(a.High, b.High) ||
			math.Abs(a.High-b.High) < (a.Value-a.Low)+(b.Value-b.Low)
		return lows && highs
	}
	switch {
	case math.IsInf(a.High, 1) && math.IsInf(b.High, 1):
		// "more than $200,000" is a round floor under "more than
		// $218,000", not another count.
		if lo, hi := byValue(a, b); roundBound(lo, hi) || roundFloorUnder(lo, hi) {
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

// endsGiven reports whether a figure is a range written as its two ends
// with no hedge ("two to six years", "between $19 and $22 million",
// "19-22 percent"): its words open on a number, a currency sign or
// "between", and join two numbers.
func endsGiven(f figures.Found) bool {
	if f.Span || isDate(f.Unit) || math.IsInf(f.High, 1) || f.High-f.Value <= 2*(f.Value-f.Low) {
		return false
	}
	ws := strings.Fields(strings.ToLower(f.Text))
	if len(ws) < 3 {
		return false
	}
	first := strings.TrimLeft(ws[0], "$€£")
	if ws[0] != "between" && (first == "" || first[0] < '0' || first[0] > '9') && !figures.IsNumberWord(first) {
		return false
	}
	for _, w := range ws[1:] {
		if w == "to" || w == "and" || w == "through" {
			return true
		}
	}
	return strings.ContainsAny(f.Text, "–-")
}

// convertedSlack is how far, as a share of the larger, two figures
// written in two units of one measure may stand apart: a conversion
// rounds ("400 degrees Celsius" is 752 degrees Fahrenheit, written
// "750").
const convertedSlack = 0.01

// convertedPair reports whether two figures of one unit are written in
// two units: their last words, the units as written, differ.
func convertedPair(a, b figures.Found) bool {
	last := func(t string) string {
		ws := textproc.FoldedWords(t)
		if len(ws) == 0 {
			return ""
		}
		return ws[len(ws)-1]
	}
	la, lb := last(a.Text), last(b.Text)
	return a.Unit == b.Unit && la != lb && la != "" && lb != "" && !isDigits(la) && !isDigits(lb)
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

// roundFloorUnder reports whether a floor ends on one zero and another
// stands above it in the same ten ("above 40 degrees", "topped 42
// degrees"; "more than 30", "at least 31"): the round one is a floor under
// the other, not another quantity. A floor of hundreds under one of tens
// ("more than 600", "more than 640") is a count that rose.
func roundFloorUnder(round, precise figures.Found) bool {
	return writtenZeros(round) == 1 && writtenZeros(precise) == 0 && precise.Value > round.Value && precise.Value < round.Value+10
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
		all      []int
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
		v.all = append(v.all, m)
	}
	// A loose value that holds every other one ("March" beside "March 6"
	// and "March 13") takes no side, even in a report that gives one of
	// them as well.
	if len(keys) > 2 {
		kept := keys[:0:0]
		for _, k := range keys {
			f := occs[byValue[k].first].f
			holds := true
			for _, k2 := range keys {
				g := occs[byValue[k2].first].f
				if k2 != k && (!agree(f, g) || f.High-f.Low <= g.High-g.Low) {
					holds = false
					break
				}
			}
			if !holds {
				kept = append(kept, k)
			}
		}
		keys = kept
	}
	if len(keys) < 2 {
		return crosscheck.Discrepancy{}, false
	}
	// "The death toll rose to four on Tuesday, up from three on Monday"
	// against "At least three people have died": the report that tells
	// the change gives the other's value as where it started.
	if len(keys) == 2 {
		for i, k := range keys {
			other := occs[byValue[keys[1-i]].first].f
			if !slices.ContainsFunc(byValue[k].all, func(m int) bool {
				o := occs[m]
				return !o.hasFrom || o.from < other.Low || o.from > other.High
			}) {
				return crosscheck.Discrepancy{}, false
			}
		}
	}
	// A report that gives two values that cannot both hold tells of two
	// quantities; one that gives a looser count or sum beside an exact
	// one it holds ("more than 2,000 mail-in ballots", "2,100 postal
	// ballots") tells of one, which the looser value sides with below.
	// Two dates of one report ("said on Wednesday", "arriving this
	// week") date two happenings.
	seen := map[string]string{}
	for _, k := range keys {
		for id := range byValue[k].articles {
			if k0, ok := seen[id]; ok {
				if f, g := occs[byValue[k0].first].f, occs[byValue[k].first].f; isDate(f.Unit) || !agree(f, g) {
					return crosscheck.Discrepancy{}, false
				}
				continue
			}
			seen[id] = k
		}
	}
	// A looser figure that agrees with one variant alone and not with the
	// others ("nearly $2 billion" beside "$1.9 billion" and "$1.6
	// billion") sides with it: the reports disagree on two values, not
	// three. A value also told exactly ("at least four people" in one
	// report, "four people" in another, against "six people") takes no
	// side.
	var merged []string
	for _, k := range keys {
		v := byValue[k]
		f := occs[v.first].f
		with := ""
		for _, k2 := range keys {
			if k2 == k || byValue[k2] == nil {
				continue
			}
			if g := occs[byValue[k2].first].f; agree(f, g) && !(tolls && statedCount(f) && statedCount(g)) &&
				!slices.ContainsFunc(v.all, func(m int) bool { return !agree(occs[m].f, g) }) {
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
	sides := map[string]bool{}
	for _, k := range keys {
		for id := range byValue[k].articles {
			if sides[id] {
				return crosscheck.Discrepancy{}, false
			}
			sides[id] = true
		}
	}
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

// celsiusFahrenheit reports whether one of two temperatures is the other
// in Fahrenheit, as rounded to a whole degree: 40 and 104, 35 and 95.
func celsiusFahrenheit(a, b float64) bool {
	c, f := math.Min(a, b), math.Max(a, b)
	return c != f && math.Abs(c*9/5+32-f) <= 1
}

// forecastIn reports whether a sentence gives a figure after a word of
// forecasting in its clause ("projected revenue of $4.5 billion"): a
// sentence that tells of a forecast only after its figures ("closing down
// 14.8 percent, after the chipmaker slashed its outlook") still tells a
// result.
func forecastIn(occs []figOcc, s figSent) bool {
	return slices.ContainsFunc(s.figs, func(i int) bool { return occs[i].forecast })
}

// figureFreeWords returns the content words of a sentence without numbers
// and number words, so that two wordings of one sentence with different
// figures still look alike.
// forecastOf reports whether a sentence's words tell a forecast: a word
// of forecastWords, or "guided" (a company's guidance), but for the
// words of expecting, which tell much else, and "projects", more often
// a noun.
func forecastOf(words map[string]bool) bool {
	for w := range forecastWords {
		if words[w] && !strings.HasPrefix(w, "expect") && !strings.HasPrefix(w, "anticipat") && w != "projects" {
			return true
		}
	}
	return words["guided"]
}

func figureFreeWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range textproc.ContentWords(s) {
		if _, ok := numberWords[w]; ok || isDigits(w) || calendarNames[w] {
			continue
		}
		// "vetoed the bill", "vetoed the legislation": one bill.
		if c, ok := nearSynonyms[w]; ok && c == "bill" {
			w = c
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

// capped reports whether a figure is told as a maximum ("up to $15
// million", "as much as 50 million").
func capped(f figures.Found) bool { return f.Low == 0 && f.High > 0 && !f.Span }

// numeral returns a figure's text, or for a whole number spelt in words
// ("Twenty-three cars") its digits, so that "Twenty-three" and "32" are
// two digits swapped as "23" and "32" are.
func numeral(f figures.Found) string {
	if isDate(f.Unit) || strings.ContainsAny(f.Text, "0123456789") || f.Value != math.Trunc(f.Value) || f.Value < 10 || f.Value >= 1e6 {
		return f.Text
	}
	return strconv.FormatFloat(f.Value, 'f', -1, 64)
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
		switch fateOf(o) {
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

// scopeSpan is how many bytes either side of a figure withoutBodyScopes
// reads: as many as figures.Neighbours does.
const scopeSpan = 256

// bodyNouns are the nouns of bodies and their people that a scope word
// before them qualifies: "the federal government", "state officials".
var bodyNouns = map[string]bool{
	"government": true, "governments": true, "officials": true, "authorities": true, "agency": true,
	"agencies": true, "council": true, "court": true, "courts": true, "judge": true, "prosecutors": true,
	"police": true, "lawmakers": true, "legislators": true, "legislature": true, "regulators": true,
	"investigators": true, "department": true, "ministry": true,
}

// withoutBodyScopes returns a figure's scope words less those that
// qualify a body in its clause rather than what it counts: "the federal
// government will spend $1.8 billion on six new ferries" counts no
// federal ferries. Nor does a word that qualifies "time" scope anything:
// "lifted off at 9:42 a.m. local time" tells the clock, "for the first
// time" how rare the happening is.
func withoutBodyScopes(scope map[string]bool, clause string) map[string]bool {
	var drop []string
	ws := strings.Fields(strings.ToLower(clause))
	for i := 0; i+1 < len(ws); i++ {
		w := strings.Trim(ws[i], ",;:()\"“”")
		next := strings.Trim(ws[i+1], ",;:.()\"“”")
		if _, ok := scopes[stemOf(w)]; ok && (bodyNouns[next] || next == "time") && scope[stemOf(w)] {
			drop = append(drop, stemOf(w))
		}
	}
	if len(drop) == 0 {
		return scope
	}
	out := maps.Clone(scope)
	for _, w := range drop {
		delete(out, w)
	}
	return out
}

// dayYear returns the year of a day counted from 1970-01-01.
func dayYear(day float64) int {
	return time.Unix(int64(day)*86400, 0).UTC().Year()
}

// decadeDays is the fewest days of a date that is a decade or more, not a
// year told loosely.
const decadeDays = 9 * 365

// pastYearDays is how many days before its report a year must end to be
// a past happening's.
const pastYearDays = 365

// yearsEach reports whether a group of years told differently is told,
// on the side of one of those years, by articles that each date something
// in every one of them: "the
// theft of crown jewels from the Louvre in Paris in 2025" and "In 2019,
// thieves broke into the Green Vault" are two thefts that both reports
// recall, paired wrongly, not one theft dated two ways.
func yearsEach(occs []figOcc, members []int, years map[int]map[int]bool) bool {
	told := map[int]bool{}
	arts := map[int]bool{}
	for _, m := range members {
		if occs[m].f.Unit != figures.YearUnit {
			return false
		}
		told[int(occs[m].f.Value)] = true
		arts[occs[m].art] = true
	}
	if len(told) < 2 {
		return false
	}
	all := true
	for a := range arts {
		for y := range told {
			all = all && years[a][y]
		}
	}
	if all {
		return true
	}
	// "the 2013 disaster in Lac-Mégantic" in two reports, and a third
	// that also recalls "a train that derailed in East Palestine in
	// 2023": when every report of one year also dates something in each
	// other year told, that side tells of both happenings, and the pair
	// is two happenings paired wrongly.
	// Only years past are read so: a report's own year and those ahead
	// are dated in many ways ("by the end of this year", "in the first
	// half of 2027").
	byYear := map[int][]int{}
	for _, m := range members {
		if occs[m].age <= pastYearDays {
			return false
		}
		y := int(occs[m].f.Value)
		byYear[y] = append(byYear[y], occs[m].art)
	}
	for y, as := range byYear {
		both := true
		for _, a := range as {
			for o := range told {
				both = both && (o == y || years[a][o])
			}
		}
		if both {
			return true
		}
	}
	return false
}

// collectives are the nouns of a group that a hyphened count before them
// sizes: "a 10-juror majority", "a 12-member panel", "a 40-strong
// delegation". Keyed as headAfter folds them.
var collectives = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"majority", "minority", "panel", "jury", "board", "committee", "team", "delegation",
		"crew", "council", "squad", "commission", "coalition", "cabinet", "caucus", "bloc", "group", "unit", "force"} {
		m[headAfter(w)] = true
	}
	return m
}()

// maxFromBytes is how far after a value a change reached the value it
// started from is read.
const maxFromBytes = 48

// fromAfter returns the value a change started from, told right after
// the value it reached: ", up from three on Monday", "from 25 percent".
func fromAfter(rest string) (float64, bool) {
	rest = rest[:min(len(rest), maxFromBytes)]
	i := strings.Index(rest, " from ")
	if i < 0 {
		return 0, false
	}
	// Nothing but a time or a place stands between ("to four on
	// Tuesday, up from three"): no other figure or clause.
	if strings.ContainsAny(rest[:i], ";:") {
		return 0, false
	}
	ws := strings.Fields(rest[i+len(" from "):])
	if len(ws) == 0 {
		return 0, false
	}
	return figures.NumberValue(strings.Trim(ws[0], ",.;:%$"))
}

// datedBeside reports whether, of dates of two values, every report on
// one side gives the other side's date as the other end of a span with
// its own: "sold between January 2024 and June 2025" against "sold over
// an 18-month period beginning in January 2024" tells the span's end
// against its start, not another start.
func datedBeside(occs []figOcc, sents []figSent, members []int) bool {
	if !isDate(occs[members[0]].f.Unit) {
		return false
	}
	var vals []float64
	for _, m := range members {
		if !slices.Contains(vals, occs[m].f.Value) {
			vals = append(vals, occs[m].f.Value)
		}
	}
	if len(vals) != 2 {
		return false
	}
	for side := range 2 {
		var other figures.Found
		for _, m := range members {
			if occs[m].f.Value == vals[1-side] {
				other = occs[m].f
				break
			}
		}
		beside := true
		for _, m := range members {
			if occs[m].f.Value != vals[side] {
				continue
			}
			if !slices.ContainsFunc(sents[occs[m].sent].figs, func(j int) bool {
				return j != m && occs[j].f.Unit == other.Unit && occs[j].f.Value == other.Value && occs[m].spanEnds && occs[j].spanEnds
			}) {
				beside = false
				break
			}
		}
		if beside {
			return true
		}
	}
	return false
}
