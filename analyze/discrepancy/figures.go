package discrepancy

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"crosscheck"
	"crosscheck/analyze/figures"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
)

// figOcc is one figure in one sentence of one article.
type figOcc struct {
	art    int
	f      figures.Found
	clause string
	near   map[string]bool // content words around it in its clause
	sent   int             // index of its sentence in the figure sentences
	// measure is what a count measures, whatever the wording: "dead
	// people" for "killed seven", "seven died" and "seven dead"; empty
	// when unknown.
	measure string
}

// figSent is a sentence that holds figures.
type figSent struct {
	art   int
	words map[string]bool
	figs  []int // indexes into the occurrences
	// class numbers the distinct sentences: the same text on the same
	// publication date has the same figures, so copies align alike.
	class int
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
func figureDiscrepancies(arts []crosscheck.Article) []crosscheck.Discrepancy {
	var occs []figOcc
	var sents []figSent
	type sentKey struct {
		text string
		pub  crosscheck.Date
	}
	parsed := map[sentKey]*parsedSent{}
	for ai, a := range arts {
		for _, s := range textproc.Sentences(textproc.Normalize(a.Text)) {
			k := sentKey{s, a.Published}
			p, ok := parsed[k]
			if !ok {
				p = parseSent(s, a.Published, len(parsed))
				parsed[k] = p
			}
			if len(p.occs) == 0 {
				continue
			}
			fs := figSent{art: ai, words: p.words, class: p.class}
			for _, o := range p.occs {
				o.art, o.sent = ai, len(sents)
				fs.figs = append(fs.figs, len(occs))
				occs = append(occs, o)
			}
			sents = append(sents, fs)
		}
	}
	u := unionfind.New(len(occs))
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
	for i, s := range sents {
		index.countLater(shared, s.words, i)
		for j := i + 1; j < len(sents); j++ {
			t := sents[j]
			// Aligned sentences or surroundings share three words at least.
			if shared[j] < 3 || s.art == t.art {
				continue
			}
			n := shared[j]
			simSent := float64(n) / float64(len(s.words)+len(t.words)-n)
			join(s.figs, t.figs, pairs(s, t, simSent))
			join(t.figs, s.figs, pairs(t, s, simSent))
		}
	}
	linkMeasures(occs, sents, u, conflict)
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
		if !has {
			continue
		}
		out = append(out, figureDiscrepancy(arts, occs, members))
	}
	return out
}

// parsedSent is what figureDiscrepancies reads from one sentence, shared
// by its copies.
type parsedSent struct {
	class int
	words map[string]bool
	occs  []figOcc // without their article and sentence
}

// parseSent reads the figures of sentence s of an article published on pub;
// class numbers it among the distinct sentences.
func parseSent(s string, pub crosscheck.Date, class int) *parsedSent {
	p := &parsedSent{class: class}
	found := figures.Parse(s, pub)
	if len(found) == 0 {
		return p
	}
	p.words = figureFreeWords(s)
	for _, f := range found {
		if f.Unit == figures.RelativeDate {
			continue
		}
		lo, hi := clauseOf(s, f.Start, f.End)
		c := s[lo:hi]
		g := f
		g.Start, g.End = f.Start-lo, f.End-lo
		o := figOcc{f: f, clause: c, near: toSet(figures.Neighbours(c, g))}
		if outcome, counted, ok := figures.Measure(s, f); ok {
			o.measure = outcome + " " + counted
		}
		p.occs = append(p.occs, o)
	}
	return p
}

// link pairs each figure of as with the figure of the same unit in bs with
// the most similar surroundings, when the two stand in the same context,
// and tells whether their values can both hold.
func link(occs []figOcc, as, bs []int, simSent float64) []figPair {
	var out []figPair
	for ai, i := range as {
		f := occs[i]
		best, bestSim, shared := -1, -1.0, 0
		for bi, j := range bs {
			g := occs[j]
			if g.f.Unit != f.f.Unit {
				continue
			}
			sim := jaccard(f.near, g.near)
			if sim > bestSim {
				best, bestSim, shared = bi, sim, overlap(f.near, g.near)
			}
		}
		if best < 0 {
			continue
		}
		same := simSent >= 0.5 && bestSim >= 0.3 || bestSim >= 0.5 && shared >= 3
		if !same {
			continue
		}
		out = append(out, figPair{a: ai, b: best, compatible: compatible(f.f, occs[bs[best]].f)})
	}
	return out
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
		if o.measure == "" {
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
	best := func(i, art int, cands []int) int {
		b, bs := -1, 0.0
		for _, j := range cands {
			if occs[j].art != art {
				continue
			}
			x, y := sents[occs[i].sent].words, sents[occs[j].sent].words
			if n := overlap(x, y); n >= minEventWords {
				if sim := jaccard(x, y) + jaccard(occs[i].near, occs[j].near); sim > bs {
					b, bs = j, sim
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
			for _, j := range cands {
				if occs[j].art <= occs[i].art || cached(i, occs[j].art) != j || cached(j, occs[i].art) != i {
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

// minEventWords is how many words two sentences must share, besides the
// figures or names compared, to tell of one event.
const minEventWords = 3

// compatible reports whether two figures of one unit can both be true: the
// ranges their qualifiers allow overlap, within rounding.
func compatible(a, b figures.Found) bool {
	tol := 0.01
	switch a.Unit {
	case figures.DateUnit, figures.MonthUnit, figures.WeekUnit, figures.YearUnit:
		tol = 0
	}
	lo := math.Max(a.Low*(1-tol), b.Low*(1-tol))
	hi := math.Min(a.High*(1+tol), b.High*(1+tol))
	return lo <= hi
}

// figureDiscrepancy describes a group of aligned figures: one variant per
// value, with the articles that give it.
func figureDiscrepancy(arts []crosscheck.Article, occs []figOcc, members []int) crosscheck.Discrepancy {
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
		v, ok := byValue[k]
		if !ok {
			v = &variant{texts: map[string]int{}, articles: map[string]bool{}, first: m}
			byValue[k] = v
			keys = append(keys, k)
		}
		v.texts[o.f.Text]++
		v.articles[arts[o.art].ID] = true
	}
	var vs []crosscheck.Cited
	for _, k := range keys {
		v := byValue[k]
		best, bn := "", 0
		for t, n := range v.texts {
			if n > bn || n == bn && t < best {
				best, bn = t, n
			}
		}
		vs = append(vs, crosscheck.Cited{Text: best, Articles: slices.Sorted(maps.Keys(v.articles))})
	}
	sort.SliceStable(vs, func(i, j int) bool { return len(vs[i].Articles) > len(vs[j].Articles) })
	o := occs[members[0]]
	return crosscheck.Discrepancy{
		Kind:     crosscheck.FigureDiscrepancy,
		About:    "Figure (" + o.f.Unit + ") in “" + shorten(o.clause, 140) + "”",
		Variants: vs,
	}
}

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

// figureFreeWords returns the content words of a sentence without numbers
// and number words, so that two wordings of one sentence with different
// figures still look alike.
func figureFreeWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range textproc.ContentWords(s) {
		if _, ok := numberWords[w]; ok || isDigits(w) {
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
