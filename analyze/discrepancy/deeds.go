package discrepancy

import (
	"slices"
	"strings"
	"unicode"

	"crosscheck/analyze/figures"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
)

// minDeedShared is how many content words besides the verb the clauses of
// two dates of one deed share.
const minDeedShared = 2

// linkDeeds pairs the days two articles give one deed: dates to the day
// whose clauses hold the same verb in the past tense, wherever it stands
// ("Two heartland states filed the first major court challenge to
// marijuana legalization on Thursday", "The states of Nebraska and
// Oklahoma filed a federal lawsuit in the U.S. Supreme Court Saturday"),
// and share minDeedShared other content words. Verbs of saying, which
// date the report, light verbs and verbs of meeting, which a story tells
// several of, key nothing; nor does a verb both clauses do not hold once
// each. Each article's one day of a deed is paired; an article that gives
// two days for the verb's clauses is left to the other linkers.
func linkDeeds(occs []figOcc, u unionfind.Sets, conflict map[int]bool) {
	type deed struct {
		verb string
		art  int
	}
	// Only dates the other linkers left alone are paired: a date already
	// linked has its happening.
	size := map[int]int{}
	for i := range occs {
		size[u.Find(i)]++
	}
	one := map[deed]int{} // a verb and an article -> its one date, or -1
	var keys []deed
	words := map[int]map[string]bool{}
	for i, o := range occs {
		if !isDate(o.f.Unit) || granularity(o.f) != 0 || o.other || o.copy || o.f.Span || size[u.Find(i)] > 1 {
			continue
		}
		at := strings.Index(o.clause, o.f.Text)
		if at < 0 {
			continue
		}
		v, ws := clauseDeed(o.clause, at)
		if v == "" {
			continue
		}
		words[i] = ws
		{
			k := deed{v, o.art}
			j, ok := one[k]
			switch {
			case !ok:
				one[k] = i
				keys = append(keys, k)
			case j >= 0 && occs[j].f.Value != o.f.Value:
				one[k] = -1
			}
		}
	}
	slices.SortFunc(keys, func(a, b deed) int {
		if c := strings.Compare(a.verb, b.verb); c != 0 {
			return c
		}
		return a.art - b.art
	})
	for x, a := range keys {
		i := one[a]
		if i < 0 {
			continue
		}
		for _, b := range keys[x+1:] {
			if b.verb != a.verb {
				break
			}
			j := one[b]
			// The same words ("Tuesday", "Tuesday") in reports of
			// different days are one day told from each.
			if j < 0 || u.Find(i) == u.Find(j) || !comparable(occs[i], occs[j]) ||
				strings.EqualFold(occs[i].f.Text, occs[j].f.Text) {
				continue
			}
			n := 0
			for w := range words[i] {
				if w != a.verb && words[j][w] {
					n++
				}
			}
			if n < minDeedShared {
				continue
			}
			// Days next to each other are often one happening told
			// from two reports' days or across a night ("late Friday",
			// "early Saturday"); only the aligned sentences of the other
			// linkers tell those apart.
			if !daysApart(occs[i].f, occs[j].f) {
				continue
			}
			u.Union(i, j)
			conflict[i], conflict[j] = true, true
		}
	}
}

// daysApart reports whether two dates to the day lie at least two days
// apart.
func daysApart(a, b figures.Found) bool {
	return a.High+2 <= b.Low || b.High+2 <= a.Low
}

// clauseDeed returns the stem of the verb in the past tense that dates
// the deed of the date at byte at of clause: the nearest one before it,
// wherever it stands, or else the nearest after it ("smashed display
// cases … set to be auctioned Thursday" dates the auction). A verb of
// saying, a light verb or a verb of meeting, which a story tells several
// of, keys no deed. It also returns the stems of the clause's content
// words, names folded with them ("Supreme Court", "court").
func clauseDeed(clause string, at int) (string, map[string]bool) {
	type word struct {
		low   string
		start int
		past  bool
	}
	var ws []word
	content := map[string]bool{}
	start := -1
	prev := ""
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := clause[start:end]
		low := strings.ToLower(w)
		start = -1
		defer func() { prev = low }()
		if textproc.IsStopword(low) || dateWords[low] || calendarNames[low] {
			return
		}
		content[stemOf(low)] = true
		if unicode.IsUpper([]rune(w)[0]) {
			return
		}
		// "the first major court challenge": a participle after an
		// article qualifies a noun.
		past := (irregularPast[low] || len(low) >= 5 && strings.HasSuffix(low, "ed") && !notVerbsEd[low]) &&
			prev != "a" && prev != "an" && prev != "the"
		ws = append(ws, word{low, end - len(w), past})
	}
	for i, r := range clause {
		if unicode.IsLetter(r) || r == '-' && start >= 0 {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(clause))
	verb := ""
	for _, w := range ws {
		if w.past && w.start < at {
			verb = stemOf(w.low)
		}
	}
	if verb == "" {
		for _, w := range ws {
			if w.past && w.start > at {
				verb = stemOf(w.low)
				break
			}
		}
	}
	if sayingVerbs[verb] || lightVerbs[verb] || recurringVerbs[verb] {
		return "", content
	}
	return verb, content
}
