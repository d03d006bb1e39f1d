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
	// lone maps a unit and a word to each article's one figure of that
	// unit beside that word, or -1 when the article has two values there.
	lone := map[key]map[int]int{}
	// Only figures the other linkers left alone are keyed: a figure already
	// linked has its quantity, and joining two links would merge them.
	size := map[int]int{}
	for i := range occs {
		size[u.Find(i)]++
	}
	alone := func(i int) bool { return size[u.Find(i)] == 1 }
	for i, o := range occs {
		if !alone(i) {
			continue
		}
		// Bounds ("more than 20", "at least 25") are left to aligned
		// sentences, which judge whether two bounds are one count
		// updated or rounded.
		if o.copy || !keyedUnit(o.f.Unit) || o.f.Low == 0 || math.IsInf(o.f.High, 1) {
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
	keys := make([]key, 0, len(lone))
	for k := range lone {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.unit, b.unit), cmp.Compare(a.word, b.word))
	})
	for _, k := range keys {
		m := lone[k]
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
				if !alone(i) || !alone(j) {
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
				if !compatible(f.f, g.f) {
					conflict[i], conflict[j] = true, true
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
