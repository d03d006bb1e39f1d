package discrepancy

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/analyze/figures"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
)

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

// loneTollWithin is how many sentences from the top of an article the
// tolls of its story stand within (linkLoneTolls).
const loneTollWithin = 3

// linkLoneTolls pairs the one toll of the dead, and the one of the hurt,
// each report gives near its top ("killing two people", "Three people
// were killed in the floods"), however little else the sentences share,
// when the other linkers left both alone: a toll linked already has its
// sentences' judgement. Tolls of like size, counted in one noun, of no
// other subjects.
func linkLoneTolls(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	size := map[int]int{}
	for i := range occs {
		size[u.Find(i)]++
	}
	for _, outcome := range []string{"dead ", "hurt "} {
		linkLoneAt(occs, sents, u, conflict, func(o figOcc) bool {
			return strings.HasPrefix(o.measure, outcome) && !o.past && !o.other && !o.earlier
		}, loneTollWithin, func(i, j int) bool {
			f, g := occs[i], occs[j]
			sf, sg := sents[f.sent], sents[g.sent]
			return size[u.Find(i)] == 1 && size[u.Find(j)] == 1 && f.measure == g.measure && comparable(f, g) &&
				within(f.f, g.f, maxLoneCount) && !sf.pronoun && !sg.pronoun && !otherSubjects(sf, sg)
		})
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
	// The quake is one whatever day each sentence tells of ("were
	// clearing debris on Tuesday after a magnitude 6.0 quake struck on
	// Monday night").
	if oneEach(occs, sents, quake, loneMagnitudeWithin) {
		linkLoneWith(occs, sents, u, conflict, quake, loneMagnitudeWithin, func(a, b figOcc) bool {
			a.hasPeriod, b.hasPeriod = false, false
			return comparable(a, b)
		})
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
	// "approved the authorization by 94 percent", "84 percent of voting
	// members backed the authorization": the share of one ballot, where
	// each article gives one and their sentences share two words.
	linkLone(occs, sents, u, conflict, func(o figOcc) bool { return o.ballot && !o.longAgo && !o.earlier }, math.MaxInt,
		func(a, b figOcc) bool { return overlap(sents[a.sent].words, sents[b.sent].words) >= minLoneCountWords })
	// "Turnout stood at 61 percent", "turnout had reached 68 per cent":
	// the level of one measure, where each article gives it one and
	// nothing tells the two apart ("turnout in the federal election",
	// "in the national election").
	linkOneValueEach(occs, u, conflict, func(o figOcc) string {
		if o.level == "" || o.longAgo || o.earlier {
			return ""
		}
		return o.level
	}, comparable)
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
	// "would cost $48 million", "the $43 million project": an article
	// that gives one sum of money in all gives the story's, when the
	// sums are written in digits, of like size, and their sentences share
	// a word. A sum told in words ("billions of dollars") is a manner of
	// speaking.
	linkLone(occs, sents, u, conflict, func(o figOcc) bool { return isMoney(o.f.Unit) }, math.MaxInt,
		func(a, b figOcc) bool {
			return strings.ContainsAny(a.f.Text, "0123456789") && strings.ContainsAny(b.f.Text, "0123456789") && a.f.Unit == b.f.Unit && within(a.f, b.f, maxLeadSum) && !within(a.f, b.f, 1+minLeadGap) &&
				overlap(sents[a.sent].words, sents[b.sent].words) >= 1 && a.inclusive == b.inclusive
		})
	linkLoneTolls(occs, sents, u, conflict)
	// "carried off six sculptures", "stole seven sculptures": the one
	// count of a thing each report gives is the story's, when both stand
	// in the first loneCountWithin sentences, are of like size, say the
	// same fate of what they count ("arrested two men" is not "four
	// armed men held up"), and share a word around them and another in
	// their sentences.
	linkOneValueEach(occs, u, conflict, func(o figOcc) string {
		if !loneCount(o) {
			return ""
		}
		return unitClass(o.f.Unit)
	}, func(a, b figOcc) bool {
		sa, sb := sents[a.sent], sents[b.sent]
		return fateOf(a) == fateOf(b) && sa.pos < loneCountWithin && sb.pos < loneCountWithin && comparable(a, b) && within(a.f, b.f, maxLoneCount) &&
			overlap(a.near, b.near) >= 1 && overlap(sa.words, sb.words) >= minLoneCountWords &&
			countedWords(a.f.Text) == countedWords(b.f.Text) && !sa.pronoun && !sb.pronoun && !otherSubjects(sa, sb) && statLinesOfOne(occs, sa, sb)
	})
	// "sank about 70 kilometres off the coast", "sank about 45
	// kilometres off the coast": the one measure a verb gives near each
	// report's top is the story's, told however differently.
	linkOneValueEach(occs, u, conflict, func(o figOcc) string {
		if o.gov == "" || !figures.IsMeasure(o.f.Unit) || o.past || o.other || o.earlier || o.longAgo || o.forecast || o.target || o.coming || o.needed {
			return ""
		}
		return o.gov + "\x00" + o.f.Unit
	}, func(a, b figOcc) bool {
		sa, sb := sents[a.sent], sents[b.sent]
		return sa.pos < loneCountWithin && sb.pos < loneCountWithin && comparable(a, b) && within(a.f, b.f, maxLoneCount) &&
			overlap(sa.words, sb.words) >= minLoneCountWords && !sa.pronoun && !sb.pronoun && !otherSubjects(sa, sb)
	})
	// "submitted 124,310 valid signatures", "counted 131,870 valid
	// signatures": a thing named in two words or more that each report
	// counts once is one count, wherever it stands.
	linkOneValueEach(occs, u, conflict, func(o figOcc) string {
		if !loneCount(o) {
			return ""
		}
		if w := countedWords(o.f.Text); strings.Contains(w, " ") {
			return unitClass(o.f.Unit) + "\x00" + w
		}
		return ""
	}, func(a, b figOcc) bool {
		sa, sb := sents[a.sent], sents[b.sent]
		return fateOf(a) == fateOf(b) && comparable(a, b) && within(a.f, b.f, maxLoneCount) && !sa.pronoun && !sb.pronoun && !otherSubjects(sa, sb)
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

// maxLoneCount is how many times the smaller the larger of two reports'
// one count of a thing may be and still be told of one thing;
// loneCountWithin is how many sentences from a report's top it stands
// within; minLoneCountWords is how many words the two sentences share.
const (
	maxLoneCount      = 2.5
	loneCountWithin   = 3
	minLoneCountWords = 2
)

// loneCount reports whether a figure may be a report's one count of a
// thing of its story: a count of things, not of people in general (a
// story counts the dead, the hurt and the saved), not a measure, a sum or
// a time; not a count that names a kind ("a three-match series"); and not
// told of another time, as a forecast, a target, a part or a need.
func loneCount(o figOcc) bool {
	if _, after, ok := strings.Cut(o.f.Text, "-"); ok {
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) {
			return false
		}
	}
	return counted(o.f.Unit) && !isMoney(o.f.Unit) && o.f.Unit != "" && !figures.IsMeasure(o.f.Unit) && o.f.Unit != "people" &&
		!o.past && !o.other && !o.earlier && !o.longAgo && !o.forecast && !o.target && !o.part && !o.coming && !o.interim && !o.needed
}

// countedWords returns, lower case, the words of a count after its
// number: "key swing states" of "three key swing states", "officers" of
// "about 1,500 officers".
func countedWords(text string) string {
	ws := strings.Fields(strings.ToLower(text))
	k := len(ws)
	for k > 0 {
		w := strings.Trim(ws[k-1], ",.;:")
		if strings.ContainsAny(w, "0123456789") || figures.IsNumberWord(w) || w == "dozen" {
			break
		}
		k--
	}
	return strings.Join(ws[k:], " ")
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
// pick picks within the first within sentences, when they are comparable
// and like allows.
func linkLone(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool, pick func(figOcc) bool, within int, like func(a, b figOcc) bool) {
	linkLoneWith(occs, sents, u, conflict, pick, within, func(a, b figOcc) bool { return comparable(a, b) && like(a, b) })
}

// linkLoneWith is linkLone with match alone deciding which two figures
// pair.
func linkLoneWith(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool, pick func(figOcc) bool, within int, match func(a, b figOcc) bool) {
	linkLoneAt(occs, sents, u, conflict, pick, within, func(i, j int) bool { return match(occs[i], occs[j]) })
}

// linkLoneAt is linkLoneWith with match given the two figures' indexes.
func linkLoneAt(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool, pick func(figOcc) bool, within int, match func(i, j int) bool) {
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
			if j < 0 || !match(i, j) {
				continue
			}
			u.Union(i, j)
			if !compatible(occs[i].f, occs[j].f) {
				conflict[i], conflict[j] = true, true
			}
		}
	}
}

// levelPhrases tell the level a noun stands at, right before the figure.
var levelPhrases = [][]string{
	{"was"}, {"is"}, {"stood", "at"}, {"stands", "at"}, {"reached"}, {"had", "reached"}, {"has", "reached"},
	{"hit"}, {"rose", "to"}, {"fell", "to"}, {"climbed", "to"}, {"dropped", "to"}, {"came", "in", "at"},
}

// levelOf returns the stem of the noun whose level the words before a
// percentage give it ("Turnout stood at", "said turnout had reached"):
// one lower-case word (or capitalised, opening the clause) right before
// a verb of levelPhrases, which are the last words before the figure; or "".
func levelOf(before string) string {
	// The longest phrase and two words before it are all that is read;
	// fewer words than asked for are the whole clause.
	const reach = 5
	ws := lastWords(before, reach)
	whole := len(ws) < reach
	for _, v := range levelPhrases {
		n := len(v)
		if len(ws) < n+1 {
			continue
		}
		match := true
		for k, w := range v {
			if strings.ToLower(ws[len(ws)-n+k]) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		noun := ws[len(ws)-n-1]
		low := strings.ToLower(noun)
		if noun != low && !(whole && len(ws) == n+1) || !isLettersOnly(low) || textproc.IsStopword(low) || pronouns[low] || len(low) < 4 {
			continue // "turnout had reached": the longer phrase
		}
		// "the unemployment rate rose to": a generic head is named by
		// the word before it.
		if genericLevels[low] {
			if len(ws) < n+2 {
				continue
			}
			mod := strings.ToLower(ws[len(ws)-n-2])
			if !isLettersOnly(mod) || textproc.IsStopword(mod) {
				continue
			}
			return stemOf(mod) + " " + stemOf(low)
		}
		return stemOf(low)
	}
	return ""
}

// genericLevels are nouns of a level that the word before them names
// ("the unemployment rate", "the inflation rate").
var genericLevels = map[string]bool{
	"rate": true, "share": true, "level": true, "index": true, "figure": true, "number": true,
	"percentage": true, "proportion": true, "ratio": true, "margin": true, "growth": true,
}
