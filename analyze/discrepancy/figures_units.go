package discrepancy

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/analyze/figures"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
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

// comparable reports whether two figures of one unit class, or of one
// measure, may be the same quantity: both spans or neither, not told apart by their scope, and
// for the same period where both give one (a rate "in 2014" is not one
// "averaged over 2007–2014").
func comparable(a, b figOcc) bool {
	if a.past != b.past || a.target != b.target || a.counting != b.counting || a.interim != b.interim || a.offset != b.offset || a.margin != b.margin || a.among != b.among || a.referred != b.referred || a.coming != b.coming {
		return false
	}
	// "a special investigative committee voted 9-3", "The House voted
	// 74-22": votes of so many members apart are two bodies' votes. A
	// match's score is left alone ("won 2-0", "won 3-1").
	if a.f.Unit == figures.Tally && b.f.Unit == figures.Tally && max(tallyTotal(a.f), tallyTotal(b.f)) >= minVoteTotal && !likeTotals(a.f, b.f) {
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
	// "was remanded in custody until next week" ends a span that
	// "appeared in court on Monday and was remanded" begins; a deadline
	// ("has until May 15 to produce them", "by May 6") is one day either
	// way.
	if isMoment(a.f.Unit) && isMoment(b.f.Unit) && a.through != b.through && !a.deadline && !b.deadline {
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
	// "Six people were killed in Mississippi", "Four people were killed
	// in Leake County": counts of two places.
	if a.where != "" && b.where != "" && a.where != b.where {
		return false
	}
	// "68 of the 126 members" counts part of what "the 126-member
	// assembly" sizes.
	if a.partOf != "" && b.size || b.partOf != "" && a.size {
		return false
	}
	// "a 10-juror majority" sizes a group, "two jurors" counts people.
	if (collectives[a.sized] || collectives[b.sized]) && a.sized != b.sized {
		return false
	}
	// "eight boys" and "four more boys" are a count and an increment.
	if increment(a.f.Text) != increment(b.f.Text) {
		return false
	}
	// "arrested 30 protesters" and "300 protesters were injured" count
	// different outcomes.
	if ao, bo := fateOf(a), fateOf(b); ao != "" && bo != "" && ao != bo {
		return false
	}
	// A day is when a figure was decided or told ("voted on Thursday to
	// raise tuition by 4.5 percent"); against a period ahead ("will pay
	// more next year after the board approved a 5.4 percent increase") it
	// tells no two figures apart: the day's decision sets what comes. Nor
	// does it against a period that holds it ("announced Thursday, in one
	// of the largest job cuts of the year").
	// The size of a thing ("a 48-bed unit … due to open in 2028") is
	// the thing's, whatever time its clause tells of it.
	if a.hasPeriod && b.hasPeriod && !(a.size && b.size) && !dayOf(a, b) && !dayOf(b, a) && (a.period.Span != b.period.Span || !compatible(a.period, b.period)) {
		return false
	}
	return true
}

// fateOf returns the outcome a count tells of what it counts ("dead" of
// "killed seven"), or "" when it tells none.
func fateOf(o figOcc) string {
	f, _, _ := strings.Cut(o.measure, " ")
	return f
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

// neededAfter reports whether the word right after a figure makes it a
// quantity needed or required: "the 60 votes needed", "60 votes
// required to pass".
func neededAfter(after string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	w = strings.Trim(w, ",;:.")
	return strings.EqualFold(w, "needed") || strings.EqualFold(w, "required")
}

// needing are the verbs of a quantity needed.
var needing = map[string]bool{
	"need": true, "needs": true, "needed": true, "needing": true,
	"require": true, "requires": true, "required": true, "requiring": true,
}

// maxPossessorWords is how far back "of" may stand from a whole told
// after its possessor.
const maxPossessorWords = 8

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
	// "Twenty-seven of the Northern Plains Railway train's 94 cars": a
	// possessor's name may stand between "of" and the whole.
	reach := 3
	if n := len(ws); n > 0 && (strings.HasSuffix(ws[n-1], "'s") || strings.HasSuffix(ws[n-1], "’s")) {
		reach = maxPossessorWords
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-reach; k-- {
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
		// "a deal with two smaller parties": the others, beside the one
		// named, that a comparison picks out.
		case "smaller", "larger", "bigger", "lesser", "junior":
			return true
		case "more":
			if k+1 < len(ws) && ws[k+1] != "than" {
				return true
			}
		}
	}
	return false
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
func linkUnits(arts []crosscheck.Article, occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	type key struct {
		unit string
		art  int
	}
	byKey := map[key][]int{}
	var keys []key
	for i, o := range occs {
		kind := o.f.Unit
		outcome, _, outcomed := strings.Cut(o.measure, " ")
		if o.votesFor {
			// "The motion received 221 votes", "Only 212 lawmakers backed
			// the motion": the votes won, counted as votes or as voters.
			kind = "votes for"
		} else if o.sized != "" {
			kind += " sizing " + o.sized
		} else if o.perShare {
			kind += " per share"
		} else if o.seats {
			kind += " seats"
		} else if !specific(kind) {
			// People counted by what befell them ("four people were
			// killed") are one quantity of the story as a unit is.
			kind = o.measure
		} else if outcomed && outcome == "cut" && workforce[kind] {
			// "eliminate 1,150 jobs", "laying off 1,500 workers": one cut
			// of a workforce, counted in jobs or in people; a cut of
			// another time ("cut about 900 jobs … in 2024") is another.
			kind = "jobs cut"
			if o.hasPeriod {
				kind += " " + strings.ToLower(o.period.Text)
			}
		} else if outcomed && outcome != "" {
			// "killed 21 workers" counts the dead, not the "12 workers
			// on shift"; "Two firefighters suffered minor injuries" the
			// hurt of the "1,100 firefighters" working the fire.
			kind += " " + outcome
		}
		if kind == "" || o.copy {
			continue
		}
		// The whole a part is counted of ("62 of the 151 seats", "eight of
		// their last 10 games") is no count a story holds one of: only its
		// sentence's alignment pairs it. The size of a thing ("the 90-seat
		// National Assembly", "a 16-page report") is paired with sizes
		// only.
		if o.whole && !o.size && o.sized == "" {
			continue
		}
		if o.size {
			kind += " size"
		} else if o.whole {
			kind += " whole"
		} else if o.partOf != "" {
			// A part of one whole ("eight of their last 10 games") is
			// no part of another ("18 of its next 23 games").
			kind += " part of " + o.partOf
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
	// A value its clause dates to a year before its report's ("The fires
	// of 2019 and 2020 burned more than 24 million hectares") is of
	// another time than the same unit's other values in the article
	// ("burned about 9,800 hectares"), which are the story's.
	// Such a value, wherever it is told, is the other time's: "13 works"
	// taken in "the 1990 theft" in one report are no count of the story's
	// in another that tells the same old theft without its year.
	past := map[string]map[float64]bool{}
	for _, k := range keys {
		is := byKey[k]
		pub := arts[k.art].Published
		undated := slices.DeleteFunc(slices.Clone(is), func(i int) bool {
			o := occs[i]
			if pub.IsZero() || !o.hasPeriod || o.period.Unit != figures.YearUnit || dayYear(o.period.High) >= pub.Time.Year() {
				return false
			}
			if past[k.unit] == nil {
				past[k.unit] = map[float64]bool{}
			}
			past[k.unit][o.f.Value] = true
			return true
		})
		if len(undated) > 0 && len(undated) < len(is) {
			byKey[k] = undated
		}
	}
	for _, k := range keys {
		if len(byKey[k]) == 1 && past[k.unit][occs[byKey[k][0]].f.Value] && !occs[byKey[k][0]].hasPeriod {
			byKey[k] = nil
		}
	}
	single := func(is []int) bool {
		if len(is) == 0 {
			return false
		}
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
					scoped := occs[i].f.Unit == figures.Tally || sameScope(occs[i].scope, occs[j].scope) ||
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
					crossed := n == 0 && (min(in, jn) >= 2 || qualified(occs[i].f) && max(in, jn) >= 3) ||
						// A cut of a work force is one a story tells of,
						// counted in jobs or in people, whatever words
						// stand near: "it would cut 1,150 jobs", "is
						// laying off 1,500 workers".
						k.unit == "jobs cut"
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

// workforce are the nouns a cut of jobs is counted in.
var workforce = map[string]bool{
	"jobs": true, "workers": true, "employees": true, "positions": true, "staff": true, "staffers": true, "roles": true, "posts": true,
}

// minVoteTotal is the fewest votes of a tally whose total tells which
// body voted (comparable).
const minVoteTotal = 10

// specific reports whether a unit counts something specific enough that
// one story rarely gives two counts of it: pages, firefighters, hours.
func specific(unit string) bool {
	switch unit {
	case figures.Percent, figures.Points, figures.Age, "people", "persons", "others", "individuals", "more", "times", figures.TimeOfDay:
		return false
	}
	return !isDate(unit) && !(len(unit) == 3 && strings.ToUpper(unit) == unit)
}

// qualified reports whether a count says what it counts with a word of its
// own ("three masked men", "four armed robbers"): a count so named is one
// quantity of the story wherever it stands, when each report gives it once
// and one report's sentence holds three of the words around the other's.
// A measure ("30 miles", counted in meters) is not so named.
func qualified(f figures.Found) bool {
	return counted(f.Unit) && strings.Contains(strings.ToLower(f.Text), f.Unit) && len(countQualifiers(f)) > 0
}

// headAfter returns the noun that follows a figure directly, folded, when
// the figure stands before it as its size ("$48 billion measure", "a 5.4
// percent increase"): two sentences that size one noun alike speak of one
// thing, whatever else their words are, unless they measure it from
// different bases (otherBases). Function words, names and words
// of two letters are no head.
// maxWhereWords is how many words after a count may stand before the
// "in" of its place.
const maxWhereWords = 4

// whereAfter returns the place that the words right after a count put it
// in ("were killed in Mississippi", "in Leake County"), folded, or "".
func whereAfter(rest string) string {
	ws := placeWords(rest)
	for k := 0; k < len(ws) && k <= maxWhereWords; k++ {
		if ws[k].low == "in" {
			if p := placeAt(ws, k+1, false); p != "" && !calendarNames[strings.ToLower(p)] {
				// "in Argentina's Córdoba province" is in Córdoba.
				f := textproc.FoldedWords(p)
				if len(f) > 2 && f[1] == "s" {
					f = f[2:]
				}
				return strings.Join(f, " ")
			}
			return ""
		}
		if ws[k].ends {
			return ""
		}
	}
	return ""
}

// whereBefore returns the place a relative "where" right before a count
// refers to ("in Leake County, where four people were killed": "leake
// county"), folded, or "".
func whereBefore(before string) string {
	i := strings.LastIndex(before, ", where ")
	if i < 0 || strings.TrimSpace(before[i+len(", where "):]) != "" && len(strings.Fields(before[i+len(", where "):])) > 1 {
		return ""
	}
	ws := strings.Fields(before[:i])
	var name []string
	for k := len(ws) - 1; k >= 0 && len(name) < 3; k-- {
		w := strings.Trim(ws[k], "\"“”()")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.HasSuffix(ws[k], ",") {
			break
		}
		name = append([]string{w}, name...)
	}
	if len(name) == 0 || calendarNames[strings.ToLower(name[0])] {
		return ""
	}
	return strings.Join(textproc.FoldedWords(strings.Join(name, " ")), " ")
}

func headAfter(rest string) string {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	w = strings.TrimRight(w, ",;:.")
	if w == "" || len(w) < 3 || !unicode.IsLower(rune(w[0])) {
		return ""
	}
	// "a six-month cease-fire" is a "ceasefire", "a two-day stand-off"
	// a "standoff": a lasting deed written as two words.
	if joined := strings.ReplaceAll(w, "-", ""); joined != w && lastingDeeds[stemOf(joined)] {
		return stemOf(joined)
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
	"strike": "strike", "walkout": "strike", "stoppage": "strike",
}

// otherBases reports whether two changes are measured from different
// bases: "a 36% increase from February" and "a 25% increase from a
// then-record 3.69 million in March 2020" share no word after "from".
func otherBases(a, b map[string]bool) bool {
	return len(a) > 0 && len(b) > 0 && overlap(a, b) == 0
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
	if w := setLevelNoun(before); w != "" {
		return w
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

// setLevelNoun returns the stem of the noun whose new level a share is,
// when one moved it there: "cut the rate by 50 basis points, to 8.75
// percent", "trimmed its benchmark rate by half a point, to 8.25 percent",
// "raised its key rate to 5 percent". The noun is the verb's object, after
// at most three words (an article, a possessive, qualifiers), and the
// amount it moved by stands between it and "to".
func setLevelNoun(before string) string {
	b, ok := strings.CutSuffix(strings.TrimRight(before, " "), " to")
	if !ok {
		return ""
	}
	b = strings.TrimSuffix(b, ",")
	if i := strings.LastIndex(b, " by "); i >= 0 {
		// The amount is a few words of one clause.
		amount := b[i+len(" by "):]
		if strings.ContainsAny(amount, ";:()\"“”") || len(strings.Fields(amount)) > 5 {
			return ""
		}
		b = b[:i]
	}
	ws := lastWords(b, 5)
	n := len(ws)
	if n < 2 {
		return ""
	}
	w := ws[n-1]
	if !isLettersOnly(w) || !unicode.IsLower(rune(w[0])) || textproc.IsStopword(w) {
		return ""
	}
	for k := n - 2; k >= 0; k-- {
		if setVerbs[ws[k]] {
			return stemOf(w)
		}
		if strings.ContainsAny(ws[k], ",;:") {
			return ""
		}
	}
	return ""
}

// setVerbs move what they act on to a new level ("cut the rate to").
var setVerbs = map[string]bool{
	"cut": true, "cuts": true, "raised": true, "raises": true, "lowered": true, "lowers": true,
	"trimmed": true, "trims": true, "reduced": true, "reduces": true, "hiked": true, "hikes": true,
	"slashed": true, "slashes": true, "lifted": true, "lifts": true, "boosted": true, "boosts": true,
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

// lengthTail returns, for the words after a length of time, the stem of
// the thing it is the length of when a preposition of position names it
// ("behind schedule", "ahead of schedule"), or "".
func lengthTail(rest string) string {
	ws := firstWords(strings.ToLower(rest), 3)
	k := 0
	switch {
	case len(ws) > 1 && ws[0] == "behind":
		k = 1
	case len(ws) > 2 && ws[0] == "ahead" && ws[1] == "of":
		k = 2
	default:
		// "after 18 years in the Senate", "nine years on the council":
		// a member's time in a body, one length however the sentences
		// around it go.
		if b := servedIn(rest); b != "" {
			return b
		}
		// "three years in prison" may be the most a law allows or the
		// term a court gave: told so, a length names no one thing.
		return ""
	}
	w := strings.Trim(ws[k], ",.;:")
	if len(w) < 3 || textproc.IsStopword(w) || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
		return ""
	}
	return stemOf(w)
}

// servedIn returns "in " and the body a length of time is served in,
// named right after it ("years in the Senate", "years on the city
// council", "terms in Congress"), or "".
func servedIn(rest string) string {
	ws := firstWords(rest, 4)
	if len(ws) < 2 || ws[0] != "in" && ws[0] != "on" {
		return ""
	}
	for _, w := range ws[1:] {
		w = strings.Trim(w, ",.;:")
		low := strings.ToLower(w)
		if votingBodies[low] {
			return "in " + low
		}
		if low != "the" && low != "city" && low != "state" && low != "county" && low != "school" {
			return ""
		}
	}
	return ""
}

// rateAfter returns the thing a sum is told per, from the words after it
// ("a metric ton", "per barrel", "an ounce"), folded, or "": the word
// after "a", "an" or "per", and the next one when it goes on the noun.
func rateAfter(rest string) string {
	ws := firstWords(strings.ToLower(rest), 3)
	if len(ws) < 2 || ws[0] != "a" && ws[0] != "an" && ws[0] != "per" {
		return ""
	}
	w := strings.TrimRight(ws[1], ",.;:")
	if len(w) < 3 || textproc.IsStopword(w) || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
		return ""
	}
	if w != ws[1] || len(ws) < 3 {
		return w
	}
	if n := strings.TrimRight(ws[2], ",.;:"); len(n) >= 3 && !textproc.IsStopword(n) && strings.Trim(n, "abcdefghijklmnopqrstuvwxyz") == "" {
		return w + " " + n
	}
	return w
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
// another is, paid in several things: "cash" of "cash & stock". One thing
// told with more words ("overtime" and "questionable overtime payments")
// is no part of another.
func partOf(a, b string) bool {
	if a == "" || b == "" || a == b || !strings.Contains(b, paidJoin) {
		return false
	}
	parts := strings.Split(b, paidJoin)
	for _, x := range strings.Split(a, paidJoin) {
		if !slices.ContainsFunc(parts, func(p string) bool { return wordsIn(x, p) }) {
			return false
		}
	}
	return true
}

// paidJoin separates the things a sum is paid in, as paidIn returns them.
const paidJoin = " & "

// wordsIn reports whether every word of a is a word of b.
func wordsIn(a, b string) bool {
	in := strings.Fields(b)
	for _, w := range strings.Fields(a) {
		if !slices.Contains(in, w) {
			return false
		}
	}
	return true
}

// paidIn returns the stems of the content words of an "in" phrase right
// after a sum, up to its end, with paidJoin between the things it joins
// ("in cash and stock, …": "cash & stock"), or "".
func paidIn(rest string) string {
	ws := firstWords(rest, 5)
	if len(ws) < 2 || ws[0] != "in" {
		return ""
	}
	var out []string
	joined := false
	for _, w := range ws[1:] {
		low := strings.ToLower(strings.Trim(w, ",.;:"))
		if low == "and" || low == "or" {
			joined = true
			if len(out) > 0 && out[len(out)-1] != paidJoin {
				out = append(out, paidJoin)
			}
			continue
		}
		// "accepting $85,000 in bribes and lying to agents": a second
		// deed, not a second thing paid in.
		if textproc.IsStopword(low) || low == "" || !unicode.IsLetter([]rune(low)[0]) || joined && strings.HasSuffix(low, "ing") {
			break
		}
		out = append(out, stemOf(low))
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	if len(out) > 0 && out[len(out)-1] == paidJoin {
		out = out[:len(out)-1]
	}
	return strings.ReplaceAll(strings.Join(out, " "), " "+paidJoin+" ", paidJoin)
}

// tailPrepositions open what a count's noun is of, from or for.
var tailPrepositions = map[string]bool{"in": true, "of": true, "from": true, "for": true, "at": true, "on": true}
