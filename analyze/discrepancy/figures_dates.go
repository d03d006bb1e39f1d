package discrepancy

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/analyze/figures"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
)

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
// dates. beside holds the stem of the nearest word before and the nearest
// after, or "" where that word qualifies a name right after it ("in
// central Montana on Tuesday"): it tells where, not what happened.
func anchorsOf(c string, start, end int) (anchors, next map[string]bool, beside [2]string) {
	type word struct {
		w      string
		ofName bool // a capitalised word follows it
	}
	pick := func(ws []string) []word {
		var out []word
		for k, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			low := strings.ToLower(w)
			if unicode.IsUpper(r) || !unicode.IsLetter(r) || textproc.IsStopword(low) || dateWords[low] {
				continue
			}
			ofName := false
			if k+1 < len(ws) {
				r1, _ := utf8.DecodeRuneInString(ws[k+1])
				ofName = unicode.IsUpper(r1) && !dateWords[strings.ToLower(ws[k+1])]
			}
			out = append(out, word{textproc.Fold(low), ofName})
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
	var near, nexts []string
	for _, w := range before {
		near = append(near, w.w)
	}
	for _, w := range after {
		near = append(near, w.w)
	}
	if len(before) > 0 {
		w := before[len(before)-1]
		nexts = append(nexts, w.w)
		if !w.ofName {
			beside[0] = stemOf(w.w)
		}
	}
	if len(after) > 0 {
		nexts = append(nexts, after[0].w)
		if !after[0].ofName {
			beside[1] = stemOf(after[0].w)
		}
	}
	return stems(near), stems(nexts), beside
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

// sameEvent reports whether two happenings a date is tied to are one:
// named alike, or one by its noun alone and the other by the noun with a
// word before it ("elections", "an early general election"). Two words
// before one noun ("the presidential election", "the runoff election")
// name two, and so does a word that picks one of a series ("a vote on
// Friday", "a final vote on Monday").
func sameEvent(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if strings.Contains(a, " ") == strings.Contains(b, " ") || eventHead(a) != eventHead(b) {
		return false
	}
	for _, w := range strings.Fields(a + " " + b) {
		for _, p := range seriesStems {
			if strings.HasPrefix(w, p) || strings.HasPrefix(p, w) && len(w) >= 4 {
				return false
			}
		}
	}
	return true
}

// seriesStems begin the words that pick one happening of a series of
// its kind: an ordinal, a stage or a round.
var seriesStems = []string{"first", "second", "third", "fourth", "final", "initia", "prelim", "proced", "runoff", "primar",
	"test", "latest", "earlie", "later", "last", "next", "previo", "repeat"}

// eventHead returns the noun of a happening a date is tied to: its last
// word.
func eventHead(e string) string {
	return e[strings.LastIndexByte(e, ' ')+1:]
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

// pastYear reports whether a word, stripped of punctuation, is a year
// before pub's (from 1900).
func pastYear(w string, pub crosscheck.Date) bool {
	year, ok := yearWord(w)
	return ok && year < pub.Time.Year()
}

// yearWord returns the year a word, stripped of punctuation, writes:
// four digits from 1900 to 2199.
func yearWord(w string) (int, bool) {
	y := strings.Trim(w, ",.;:()")
	if len(y) != 4 || !isDigits(y) {
		return 0, false
	}
	year, _ := strconv.Atoi(y)
	return year, year >= 1900 && year <= 2199
}

// onlyPastYears reports whether a sentence names a year, and only years
// before pub's. A year after "since" tells how long a state has lasted,
// up to now ("who has sat on the council since 2011"), and a weekday
// dates what the sentence tells in the week of the report ("was arrested
// late Tuesday"): neither sets it in the past.
func onlyPastYears(s string, pub crosscheck.Date) bool {
	if pub.IsZero() {
		return false
	}
	found := false
	ws := strings.Fields(s)
	for i, w := range ws {
		if slices.Contains(weekdayNames, strings.ToLower(strings.Trim(w, ",.;:()"))) {
			return false
		}
		year, ok := yearWord(w)
		if !ok || i > 0 && strings.EqualFold(ws[i-1], "since") || modelYear(ws, i) {
			continue
		}
		if year >= pub.Time.Year() {
			return false
		}
		found = true
	}
	return found
}

// modelYear reports whether the year at word i of ws names a product's
// model, alone or in a list of years ("the 2019 and 2020 model years",
// "its 2021 models"): when the thing was made, not when what the
// sentence tells happened.
func modelYear(ws []string, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+6; j++ {
		w := strings.ToLower(strings.Trim(ws[j], ",.;:()"))
		switch {
		case w == "model" || w == "models":
			return true
		case w == "and" || w == "or" || w == "to" || w == "through":
		default:
			if _, ok := yearWord(ws[j]); !ok {
				return false
			}
		}
	}
	return false
}

// yearsAgo reports whether word k of ws ends a span of a year or more
// before now: "two years ago", "a decade ago", "last year", "last year's".
func yearsAgo(ws []string, k int) bool {
	w := strings.ToLower(strings.Trim(ws[k], ",.;:"))
	if k < 1 {
		return false
	}
	prev := strings.ToLower(ws[k-1])
	switch w {
	case "ago":
		return prev == "year" || prev == "years" || prev == "decade" || prev == "decades"
	case "year", "year's", "year’s":
		return prev == "last"
	}
	return false
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
		// "A severe ice storm two years ago left …", "last year's
		// floods killed …": a happening of a year told by how long ago.
		if yearsAgo(ws, k) {
			if slices.ContainsFunc(ws, func(w string) bool { return happenings[strings.ToLower(strings.Trim(w, ",.;:"))] }) {
				return true
			}
			continue
		}
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
		// a plan "given the go-ahead" or "the green light", as one
		// approved.
		if w == "go-ahead" || w == "light" && k > 0 && ws[k-1] == "green" {
			return "pass"
		}
		// a storm that "made landfall" or "came ashore", as one that
		// struck.
		if w == "landfall" || w == "ashore" {
			return "struck"
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

// effectiveDate reports whether the words after a date make it a rule's
// "effective date".
func effectiveDate(after string) bool {
	ws := firstWords(strings.ToLower(after), 2)
	return len(ws) == 2 && ws[0] == "effective" && strings.Trim(ws[1], ",.;:") == "date"
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

// objectPronouns are the people a deed is asked or ordered of: "ordering
// her to testify".
var objectPronouns = map[string]bool{"her": true, "him": true, "them": true, "us": true, "me": true, "you": true}

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
	// a storm that "slammed into" a coast, "lashed" or "battered" it.
	"slamme": "struck", "lashed": "struck", "batter": "struck",
	// a vehicle that "overturned", "flipped onto its side", "rolled
	// over", "capsized" or "tipped over".
	"flippe": "overtu", "capsiz": "overtu", "rolled": "overtu", "tipped": "overtu",
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
	if strikeBefore(ws) {
		return strikeStem, nil, "", false
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
		// "ordering her to testify Nov. 12": an infinitive right before
		// the date, told to someone, is the deed it dates, planned ("after
		// voting 348-77 to override Wednesday afternoon" dates the vote).
		planned := w == "to" && k > 0 && (plannedBefore[strings.ToLower(ws[k-1])] || expectedThing(ws[:k]) ||
			k+2 == len(ws) && objectPronouns[strings.ToLower(ws[k-1])])
		if (modalWords[w] || planned) && k+1 < len(ws) && !textproc.IsStopword(ws[k+1]) && !capital(ws[k+1]) {
			return plannedVerb + stemOf(ws[k+1]), nil, "", len(ws)-k > verbWindow
		}
		// "the county's elected treasurer": a participle after a
		// possessive qualifies the noun after it and tells no deed.
		if k > 1 && k+1 < len(ws) && ws[k-1] == "s" && !capital(ws[k+1]) {
			continue
		}
		// "the wreckage of a derailed freight train": so does one after
		// an article.
		if a := strings.ToLower(ws[max(0, k-1)]); k > 0 && k+1 < len(ws) && (a == "a" || a == "an" || a == "the") && !capital(ws[k+1]) && !textproc.IsStopword(ws[k+1]) {
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
					// "vetoed the legislation": a bill (nearSynonyms).
					if c, ok := nearSynonyms[low]; ok && c == "bill" {
						low = c
					}
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

// strikeStem stands for a strike's start, however told: "will walk out
// for 48 hours starting June 1", "will stage a 48-hour strike from June
// 8", "went on strike on Monday", "The strike began on Tuesday" (the stem
// dateVerb gives a start).
const strikeStem = "began"

// strikeBefore reports whether the words before a date end on a strike
// begun, held or gone on ("will stage a 48-hour strike from", "went on
// strike on"), or on "walk out" and no more than how long and from when
// ("walk out for 48 hours starting"). A strike voted for or called on a
// day is dated by the vote or the call.
func strikeBefore(ws []string) bool {
	n := len(ws)
	if n >= 3 && strikeFrom[strings.ToLower(ws[n-1])] {
		for k := n - 2; k >= 1 && k >= n-4; k-- {
			switch strings.ToLower(ws[k]) {
			case "strike", "strikes", "walkout", "walkouts":
				for j := k - 1; j >= 0 && j >= k-3; j-- {
					if strikeVerbs[strings.ToLower(ws[j])] {
						return true
					}
				}
				return false
			}
		}
	}
	for k := n - 1; k > 0 && k >= n-strikeWindow; k-- {
		w := strings.ToLower(ws[k])
		if w == "out" {
			switch strings.ToLower(ws[k-1]) {
			case "walk", "walks", "walked", "walking":
				return true
			}
			return false
		}
		if !strikeSpan[w] && !figures.IsNumberWord(w) && strings.Trim(w, "0123456789-") != "" {
			return false
		}
	}
	return false
}

// strikeFrom are the words between a strike and the day it starts.
var strikeFrom = map[string]bool{"from": true, "starting": true, "beginning": true, "on": true}

// strikeVerbs begin, hold or join a strike: "stage a strike", "went on
// strike".
var strikeVerbs = map[string]bool{
	"stage": true, "stages": true, "staged": true, "staging": true, "hold": true, "holds": true, "held": true,
	"begin": true, "begins": true, "began": true, "start": true, "starts": true, "started": true,
	"launch": true, "launches": true, "launched": true, "on": true,
}

// strikeWindow is how many words may stand between "walk out" and a date.
const strikeWindow = 6

// strikeSpan are the words that may tell how long a strike lasts and when
// it starts, between "walk out" and its date.
var strikeSpan = map[string]bool{
	"for": true, "from": true, "starting": true, "beginning": true, "on": true, "at": true, "a": true, "an": true, "the": true,
	"hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true, "midnight": true,
}

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
	"must": true,
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
			if y := sents[occs[j].sent]; x.head != y.head && (namesHead(x, y.head) && namesHead(y, x.head) || sameDeedOfDay(arts, occs[i], occs[j]) || sameLeadOfDay(arts, x, y) && !aftermath(occs[i]) && !aftermath(occs[j])) {
				linkLeadPair(arts, occs, sents, u, conflict, i, j)
			}
		}
	}
}

// sameLeadOfDay reports whether two leads of reports published the same
// day tell one happening in much the same words, whoever they open on:
// "The Rockford Blades captured the Northern Hockey League championship
// Saturday night when Mikael Larsen scored in overtime to beat the Duluth
// Ironmen, 3-2, in a decisive Game 7" and "Mikko Larsen's overtime goal
// lifted Rockford past the Duluth Ironmen 3-2 in Game 7 of the Northern
// Hockey League final Friday night".
func sameLeadOfDay(arts []crosscheck.Article, x, y figSent) bool {
	if arts[x.art].Published.IsZero() || !arts[x.art].Published.Time.Equal(arts[y.art].Published.Time) {
		return false
	}
	n := overlap(x.words, y.words)
	return n >= minLeadWords && float64(n) >= minLeadShare*float64(len(x.words)+len(y.words)-n)
}

// aftermath reports whether a lead's date is of a deed under way, or is
// followed, in its clause, by the happening it came after: "Cleanup crews
// were working Tuesday after a storage tank … ruptured". The date is of
// what followed, not of the happening other leads date; "when" and "as"
// tell of one time ("captured the championship Saturday night when
// Larsen scored").
func aftermath(o figOcc) bool {
	at := strings.Index(o.clause, o.f.Text)
	if at < 0 {
		return false
	}
	// "investigators were searching on Tuesday for thieves who stole
	// …": what was under way on the day of the report.
	before := strings.Fields(strings.ToLower(o.clause[:at]))
	for k := len(before) - 1; k >= 1 && k >= len(before)-progressiveWindow; k-- {
		if w := strings.Trim(before[k], ",;:"); len(w) > 4 && strings.HasSuffix(w, "ing") && progressiveAux[before[k-1]] {
			return true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(o.clause[at+len(o.f.Text):])) {
		switch strings.Trim(w, ",;:") {
		case "after", "following", "since":
			return true
		}
	}
	return false
}

// progressiveAux are the auxiliaries of a deed under way, and
// progressiveWindow how many words before a date such a deed is read.
var progressiveAux = map[string]bool{"is": true, "are": true, "was": true, "were": true}

const progressiveWindow = 4

// minLeadWords and minLeadShare are how many words, and what share of
// their words, two leads of one day must have in common to tell one
// happening whoever they open on.
const (
	minLeadWords = 6
	minLeadShare = 0.3
)

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
		// A number that sizes the subject ("A magnitude 6.8 earthquake")
		// stands before its head.
		if unicode.IsDigit(r) && k > 0 && k+1 < len(ws) && bare == w && strings.Trim(w, "0123456789.,") == "" {
			continue
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
				byEvent[eventHead(e)] = append(byEvent[eventHead(e)], i)
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
		// A date of another happening ("since the November election")
		// is compared only with dates that name that happening too.
		// A happening named with a word before its noun in one and by its
		// noun alone in the other is one when the two give dates alike
		// fine ("an early general election on Oct. 27", "early elections
		// on Oct. 20"), not a month against a day of the ruling before
		// it.
		oneEvent := occs[i].event != "" && occs[i].event == occs[j].event ||
			sameEvent(occs[i].event, occs[j].event) && g == granularity(occs[j].f)
		namedBoth := oneEvent && occs[i].eventNamed && occs[j].eventNamed
		if (g == 2) != (granularity(occs[j].f) == 2) || (occs[i].other || occs[j].other) && !namedBoth ||
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
		tied := oneEvent &&
			(occs[i].eventNamed && (occs[j].eventNamed || !occs[j].verbNext) || occs[j].eventNamed && !occs[i].verbNext)
		if vi != "" && vj != "" && sayingVerbs[vi] != sayingVerbs[vj] && !tied || undone(vi, vj) ||
			vi == vj && occs[i].thing != "" && occs[j].thing != "" && occs[i].thing != occs[j].thing {
			return 0, false
		}
		// A count reached by a past day and another count of it on
		// another day: one thing measured as it grew (link).
		if (occs[i].deadline || occs[j].deadline) && !occs[i].ahead && !occs[j].ahead && remeasuredIn(occs, sents[occs[i].sent].figs, sents[occs[j].sent].figs) {
			return 0, false
		}
		n := overlap(occs[i].anchors, occs[j].anchors)
		year := g == 2
		// A named happening ("the vice presidential debate") dates alike
		// in any words around it.
		// "set sentencing for March 18" and "will be sentenced March 25":
		// a named happening and its verb.
		event := oneEvent ||
			occs[i].eventNamed && occs[i].event == strings.TrimPrefix(occs[j].verb, "passive ") ||
			occs[j].eventNamed && occs[j].event == strings.TrimPrefix(occs[i].verb, "passive ")
		// A date after the same verb ("painted the canvas in 1911",
		// "painted the harbor scene in 1917"; "was argued in November",
		// "was argued in October") dates the same deed.
		// Meetings and calls recur: "met" twice dates one meeting only
		// when what was met about is the same.
		// Light verbs ("took office", "took to the streets") are the
		// same deed only of the same thing.
		// "will play the winner of Friday's second quarterfinal", "to
		// play Saturday": a date that names a happening by its day does
		// not date the verb before it.
		sameVerb := occs[i].verb != "" && occs[i].verb == occs[j].verb && !sayingVerbs[occs[i].verb] && occs[i].possessive == occs[j].possessive &&
			(!recurringVerbs[occs[i].verb] && !lightVerbs[occs[i].verb] || overlap(occs[i].object, occs[j].object) > 0)
		// Four words around both dates, half of all around them and two
		// of them names both sentences give ("won the backing of the
		// Macomb County Republican Party earlier this month", "was
		// endorsed by the Macomb County Republican Party in April"),
		// tell one happening whatever the verbs.
		around := overlap(occs[i].near, occs[j].near) >= 4 && jaccard(occs[i].near, occs[j].near) >= 0.5 &&
			namedAround(occs[i].near, occs[j].near, sents[occs[i].sent].names, sents[occs[j].sent].names) >= 2
		// The same word right beside both dates ("before dawn on
		// Tuesday", "before dawn on Wednesday"; "across the country on
		// Tuesday morning", "stranded across the country Monday") with
		// surroundings alike, or with deeds told and two words around
		// both, tell one happening; not two reports each dating it to its
		// own day, which tell how things stood that day.
		beside := n >= 1 && besideAlike(occs[i].beside, occs[j].beside) &&
			(jaccard(occs[i].near, occs[j].near) >= minDateNear ||
				vi != "" && vj != "" && !sayingVerbs[vi] && !sayingVerbs[vj] && overlap(occs[i].near, occs[j].near) >= 2 && !(occs[i].age == 1 && occs[j].age == 1))
		if !(event || sameVerb || around || beside || n >= 2 && jaccard(occs[i].near, occs[j].near) >= minDateNear || year && n >= 1 && overlap(occs[i].next, occs[j].next) > 0) {
			return 0, false
		}
		// Sentences that both name someone must name someone alike, or
		// tell the same deed with the same words around it ("the first
		// case was confirmed on Feb. 27", "the first case in the
		// outbreak was confirmed on March 2").
		x, y := sents[occs[i].sent], sents[occs[j].sent]
		// "An evacuation order … was issued Saturday night", "The
		// evacuation order, issued on Sunday night, covered 2,318
		// people": one deed done to the thing both sentences open on,
		// whatever else they name.
		ofSubject := sameVerb && x.subject != "" && x.subject == y.subject &&
			(len(occs[i].object) == 0 || len(occs[j].object) == 0 || overlap(occs[i].object, occs[j].object) > 0)
		told := event || ofSubject || sameVerb && (overlap(occs[i].near, occs[j].near) >= 3 || occs[i].verbNext && occs[j].verbNext)
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
				cands = append(cands, inWindow(occs, byEvent[eventHead(e)], a)...)
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
				// A month still to come is no day a thing was done ("will
				// close its doors in June 2027" against "voted on
				// Thursday to close").
				if m.art < a || best(j, a) != i || !comparable(occs[i], occs[j]) || otherVerbs(occs[i], occs[j]) || occs[i].ahead != occs[j].ahead && granularity(occs[i].f) != granularity(occs[j].f) {
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

// longAgoDays is how long before a report a period must have ended for
// its figures to be another time's: half a year.
const longAgoDays = 180

// earlierDays is how long before a report a period must have ended for a
// vote told in it to be an earlier one than the story's ("approved by
// the committee in February by a vote of 12-11" in a report of the
// Senate's vote in March): two weeks.
const earlierDays = 14

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

// dateKey identifies a publication date in a Memo's key.
func dateKey(d crosscheck.Date) string {
	return fmt.Sprintf("%d %s %t", d.Time.UnixNano(), d.Time.Location(), d.DayOnly)
}

// dayOf reports whether a's period is a day and b's a longer period ahead
// of the report or holding that day (see comparable).
func dayOf(a, b figOcc) bool {
	return granularity(a.period) == 0 && granularity(b.period) > 0 &&
		(b.ahead || b.period.Low <= a.period.Low && a.period.High <= b.period.High)
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

// besideAlike reports whether two dates have the same word right before
// them or the same right after ("before dawn on Tuesday", "before dawn on
// Wednesday").
func besideAlike(a, b [2]string) bool {
	return a[0] != "" && a[0] == b[0] || a[1] != "" && a[1] == b[1]
}
