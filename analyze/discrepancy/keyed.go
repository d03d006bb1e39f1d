package discrepancy

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"crosscheck/analyze/figures"
	"crosscheck/internal/unionfind"
)

// maxKeyedRatio is how many times the smaller the larger of two keyed
// figures may be and still be told of one quantity.
const maxKeyedRatio = 1.5

// minKeyed is the least value a keyed figure has: small counts ("three
// seasons", "two parties") are told of many things in one story.
const minKeyed = 10

// minKeyedShared is how many words the surroundings of two keyed figures
// share.
const minKeyedShared = 2

// linkKeyedFigures pairs the figures two articles give of one quantity in
// sentences that do not align: a sum or count of one unit whose
// surroundings share a word, where that word stands beside no other value
// of the unit in either article ("which he estimates would cost about $8
// billion", "estimates the price tag at around $10 billion"; "had already
// repaid about $60,000 to his campaign", "repaid the campaign about
// $50,000"). A word that stands beside two values of the unit in one
// article tells nothing apart there, and the pair is left to the
// alignment of sentences. The two must be of like size (within
// maxKeyedRatio) but not one rounded (within minLeadGap), comparable,
// both or neither said to include more ("including debt"), neither told
// beside parts of a sum ("$75,000 for the win plus a $25,000 bonus"), and
// said of no different subjects.
func linkKeyedFigures(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	type key struct{ unit, word string }
	// Only figures the other linkers left alone are keyed, and those
	// linked only to the same value in other articles (one quantity told
	// alike, "1,800 workers" and "1,800 workers"), which a figure left
	// alone may join. Two links with a quantity each are not merged.
	size := map[int]int{}
	value := map[int]float64{}
	alike := map[int]bool{}
	// including records, per link, whether its figures are said to
	// include more ("including debt"): 1 for none, 2 for all, 3 for some.
	including := map[int]uint8{}
	for i, o := range occs {
		r := u.Find(i)
		if size[r] == 0 {
			value[r], alike[r] = o.f.Value, true
		} else if o.f.Value != value[r] {
			alike[r] = false
		}
		size[r]++
		if o.inclusive {
			including[r] |= 2
		} else {
			including[r] |= 1
		}
	}
	// joinable reports whether figure i, left alone, may join the link
	// of figure j: every figure of it includes as much as i ("$4.8
	// billion including debt" in one of its reports), and j is
	// comparable with i.
	joinable := func(i, j int) bool {
		want := uint8(1)
		if occs[i].inclusive {
			want = 2
		}
		return including[u.Find(j)] == want && comparable(occs[i], occs[j])
	}
	alone := func(i int) bool { return size[u.Find(i)] == 1 }
	// A lone map maps a unit and a word to each article's one figure of
	// that unit beside that word, or -1 when the article has two values
	// there: lones[0] of the figures left alone, lones[1] of those and
	// the figures of links of one value.
	var lones [2]map[key]map[int]int
	for pass := range lones {
		lone := map[key]map[int]int{}
		for i, o := range occs {
			if !alone(i) && (pass == 0 || !alike[u.Find(i)]) {
				continue
			}
			// Bounds ("more than 20", "at least 25") are left to aligned
			// sentences, which judge whether two bounds are one count
			// updated or rounded.
			if o.copy || !keyedUnit(o.f.Unit) || o.f.Low == 0 || math.IsInf(o.f.High, 1) || pass == 1 && markAfter(o) {
				continue
			}
			for w := range o.near {
				k := key{o.f.Unit, w}
				m := lone[k]
				if m == nil {
					m = map[int]int{}
					lone[k] = m
				}
				if j, ok := m[o.art]; !ok {
					m[o.art] = i
				} else if j >= 0 && occs[j].f.Value != o.f.Value {
					m[o.art] = -1
				}
			}
		}
		lones[pass] = lone
	}
	// gives records the values each article gives of each unit: an
	// article that also gives the other's value tells two quantities,
	// not one told two ways ("military spending at $893 billion and
	// domestic programs at $817 billion").
	type given struct {
		art  int
		unit string
		v    float64
	}
	gives := map[given]bool{}
	for _, o := range occs {
		gives[given{o.art, o.f.Unit, o.f.Value}] = true
	}
	keys := make([]key, 0, len(lones[1]))
	for k := range lones[1] {
		keys = append(keys, k)
	}
	for k := range lones[0] {
		if _, ok := lones[1][k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.unit, b.unit), cmp.Compare(a.word, b.word))
	})
	// Figures left alone are paired with each other first; a figure
	// still alone then may join a link of one value.
	joined := map[int]bool{}
	for pass := range 2 {
		for _, k := range keys {
			m := lones[pass][k]
			arts := make([]int, 0, len(m))
			for a, i := range m {
				if i >= 0 {
					arts = append(arts, a)
				}
			}
			slices.Sort(arts)
			for x, a := range arts {
				for _, b := range arts[x+1:] {
					i, j := m[a], m[b]
					if pass == 0 && (!alone(i) || !alone(j)) ||
						pass == 1 && (alone(i) == alone(j) || joined[i] || joined[j] || u.Find(i) == u.Find(j) || !alone(j) && !joinable(i, j) || !alone(i) && !joinable(j, i)) {
						continue
					}
					f, g := occs[i], occs[j]
					// A line of statistics ("404 yards and two touchdowns on 106
					// carries") gives a season's or a game's figures of
					// someone, which a word beside them does not tell apart.
					if gives[given{a, g.f.Unit, g.f.Value}] || gives[given{b, f.f.Unit, f.f.Value}] ||
						statLine(occs, sents[f.sent]) || statLine(occs, sents[g.sent]) ||
						min(f.f.Value, g.f.Value) < minKeyed || !within(f.f, g.f, maxKeyedRatio) || within(f.f, g.f, 1+minLeadGap) ||
						f.inclusive != g.inclusive || summed(f.clause) || summed(g.clause) ||
						overlap(f.near, g.near) < minKeyedShared || !comparable(f, g) || otherSubjects(sents[f.sent], sents[g.sent]) {
						continue
					}
					u.Union(i, j)
					joined[i], joined[j] = true, true
					if !compatible(f.f, g.f) {
						conflict[i], conflict[j] = true, true
					}
				}
			}
		}
	}
}

// keyedUnit reports whether figures of unit u are sums or counts that a
// word beside them may key: not dates, times, years, ages or tallies,
// which have linkers of their own, nor places in an order ("18th-century"), nor shares, which many things of one
// story have ("71 percent of kindergartners", "about 97% of students").
func keyedUnit(u string) bool {
	if u == "" || isMoment(u) || strings.HasPrefix(u, figures.OrdinalPrefix) {
		return false
	}
	switch u {
	case figures.YearUnit, figures.Age, figures.Tally, figures.Minutes, figures.Percent, figures.Points:
		return false
	}
	return true
}

// markAfter reports whether a distance is a point along a way rather than
// its length: "near the 30-kilometer mark", "at the 20-mile marker".
func markAfter(o figOcc) bool {
	if o.f.Unit != "meters" {
		return false
	}
	i := strings.Index(o.clause, o.f.Text)
	if i < 0 {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimSpace(o.clause[i+len(o.f.Text):]), " ")
	next = strings.ToLower(strings.Trim(next, ",;:."))
	return next == "mark" || next == "marker"
}
