package discrepancy

import (
	"slices"
	"strconv"
	"strings"

	"crosscheck"
	"crosscheck/analyze/figures"
)

// fates are the outcomes a count of people may be told with that exclude
// each other for the same people: killed, or hurt and alive.
var fates = map[string]bool{"dead": true, "hurt": true}

// minFateWords is how many content words the sentences of two counts of
// one fate share: they tell one happening.
const minFateWords = 4

// qualifiedCount reports whether a count is told with a qualifier ("at
// least five", "about 20"): a bound that may hold of several groups.
func qualifiedCount(f figures.Found) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(f.Text)), figures.IsQualifierWord)
}

// fateDiscrepancies reports the same count of the same people that one
// report says were killed and another says were hurt: "killing two
// security guards", "wounding two security guards". Only counts of a
// kind of people told without a qualifier are read: "at least five
// people" killed and "at least five people" hurt may be two groups of
// one disaster. Only articles that
// give the count with one of the two fates are compared ("killing two
// guards and wounding two others" gives both), in sentences that share
// minFateWords content words.
func fateDiscrepancies(arts []crosscheck.Article, occs []figOcc, sents []figSent) []crosscheck.Discrepancy {
	type key struct {
		value float64
		unit  string
	}
	type told struct {
		fates map[string]bool
		occ   int
	}
	byKey := map[key]map[int]*told{} // key -> article -> what it tells
	var keys []key
	for i, o := range occs {
		outcome, counted, ok := strings.Cut(o.measure, " ")
		if !ok || !fates[outcome] || !statedCount(o.f) || o.copy || !specific(counted) || qualifiedCount(o.f) {
			continue
		}
		k := key{o.f.Value, counted}
		if byKey[k] == nil {
			byKey[k] = map[int]*told{}
			keys = append(keys, k)
		}
		t := byKey[k][o.art]
		if t == nil {
			t = &told{fates: map[string]bool{}, occ: i}
			byKey[k][o.art] = t
		}
		t.fates[outcome] = true
	}
	var out []crosscheck.Discrepancy
	for _, k := range keys {
		side := map[string][]int{} // fate -> articles that tell only it
		for a, t := range byKey[k] {
			if len(t.fates) == 1 {
				for f := range t.fates {
					side[f] = append(side[f], a)
				}
			}
		}
		dead, hurt := side["dead"], side["hurt"]
		if len(dead) == 0 || len(hurt) == 0 {
			continue
		}
		slices.Sort(dead)
		slices.Sort(hurt)
		setOf := func(as []int) map[int]bool {
			m := map[int]bool{}
			for _, a := range as {
				m[a] = true
			}
			return m
		}
		// The first pair of sentences that tell one happening.
		for _, a := range dead {
			x := occs[byKey[k][a].occ]
			found := false
			for _, b := range hurt {
				y := occs[byKey[k][b].occ]
				if overlap(sents[x.sent].words, sents[y.sent].words) < minFateWords {
					continue
				}
				out = append(out, crosscheck.Discrepancy{
					Kind:  crosscheck.ClaimDiscrepancy,
					About: "Fate of " + strconv.FormatFloat(k.value, 'f', -1, 64) + " " + k.unit + ": killed or hurt",
					Variants: []crosscheck.Cited{
						{Text: x.clause, Articles: articleIDs(arts, setOf(dead))},
						{Text: y.clause, Articles: articleIDs(arts, setOf(hurt))},
					},
				})
				found = true
				break
			}
			if found {
				break
			}
		}
	}
	return out
}
