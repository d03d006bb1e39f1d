package discrepancy

import (
	"cmp"
	"maps"
	"slices"
	"strconv"

	"crosscheck/internal/unionfind"
)

// minAnchors is how many figures two sentences must give alike to be
// told of one thing, figure for figure.
const minAnchors = 2

// maxAnchoredSentences bounds the sentences of one story read for
// anchors, and maxAnchorList the sentences one anchor lists.
const (
	maxAnchoredSentences = 1024
	maxAnchorList        = 32
)

// linkAnchored joins the one figure of a unit that two sentences of two
// articles give differently when they give at least two other figures
// alike: "raises totaling 14 percent over four years, along with a
// one-time bonus of $3,000" and "18% over four years on the table, plus
// a $3,000 signing bonus" tell of one offer by its span and its bonus,
// whatever words they use, and differ on its rate. Dates are no anchors:
// a story's sentences share its day.
func linkAnchored(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	key := func(i int) string {
		o := occs[i]
		return unitClass(o.f.Unit) + "\x00" + strconv.FormatFloat(o.f.Value, 'g', -1, 64)
	}
	anchor := func(i int) bool {
		o := occs[i]
		return !o.copy && !isMoment(o.f.Unit) && o.f.Value > 0 && !o.f.Span
	}
	bySentKey := map[string][]int{}
	for si, s := range sents {
		if si >= maxAnchoredSentences {
			break
		}
		if len(s.figs) < minAnchors+1 {
			continue
		}
		for _, i := range s.figs {
			if !anchor(i) {
				continue
			}
			k := key(i)
			if l := bySentKey[k]; len(l) < maxAnchorList && (len(l) == 0 || l[len(l)-1] != si) {
				bySentKey[k] = append(l, si)
			}
		}
	}
	shared := map[[2]int]int{}
	for _, l := range bySentKey {
		for x, a := range l {
			for _, b := range l[x+1:] {
				if sents[a].art != sents[b].art {
					shared[[2]int{a, b}]++
				}
			}
		}
	}
	// In sentence order, so that the result does not hang on a map's.
	pairs := slices.SortedFunc(maps.Keys(shared), func(a, b [2]int) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	for _, p := range pairs {
		if shared[p] < minAnchors {
			continue
		}
		s, t := sents[p[0]], sents[p[1]]
		// Two players' stat lines share numbers and tell of two people.
		if otherSubjects(s, t) || !statLinesOfOne(occs, s, t) || otherTally(occs, s, t) {
			continue
		}
		matched := map[string]bool{}
		for _, i := range s.figs {
			for _, j := range t.figs {
				if anchor(i) && anchor(j) && key(i) == key(j) {
					matched[key(i)] = true
				}
			}
		}
		// The figures left over, by unit class: one on each side, told in
		// the clause of an anchor ("Okoye completed 24 of 33 passes, and
		// Pryor finished with eight catches for 121 yards" anchors no
		// yards).
		left := func(figs []int) map[string][]int {
			m := map[string][]int{}
			for _, i := range figs {
				if occs[i].copy || isMoment(occs[i].f.Unit) || matched[key(i)] {
					continue
				}
				c := unitClass(occs[i].f.Unit)
				if slices.ContainsFunc(figs, func(k int) bool {
					return k != i && anchor(k) && matched[key(k)] && occs[k].clause == occs[i].clause
				}) {
					m[c] = append(m[c], i)
				} else {
					// One left over outside the anchors' clauses makes the
					// class's pairing unsure.
					m[c] = append(m[c], -1)
				}
			}
			return m
		}
		ls, lt := left(s.figs), left(t.figs)
		for c, is := range ls {
			js := lt[c]
			if len(is) != 1 || len(js) != 1 {
				continue
			}
			i, j := is[0], js[0]
			if i < 0 || j < 0 || occs[i].f.Unit != occs[j].f.Unit || !comparable(occs[i], occs[j]) || !within(occs[i].f, occs[j].f, maxUpdate) {
				continue
			}
			u.Union(i, j)
			if !agree(occs[i].f, occs[j].f) {
				conflict[i], conflict[j] = true, true
			}
		}
	}
}
