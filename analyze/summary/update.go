package summary

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"time"

	"crosscheck"
)

// updateLikeness is the least likeness at which a later sentence with
// other figures restates a chosen one: the same statement, updated ("at
// least 12 dead", later "at least 15 dead").
const updateLikeness = 0.5

var digitsRE = regexp.MustCompile(`\d[\d,.]*\d|\d`)

// figuresOf returns the numbers written in digits in s, in order.
func figuresOf(s string) []string {
	var out []string
	for _, m := range digitsRE.FindAllString(s, -1) {
		out = append(out, strings.ReplaceAll(m, ",", ""))
	}
	return out
}

// latestOf returns the latest publication time among the articles.
func latestOf(ids []string, published map[string]time.Time) time.Time {
	var t time.Time
	for _, id := range ids {
		if p := published[id]; p.After(t) {
			t = p
		}
	}
	return t
}

// sameSource reports whether some article of a and some of b stand for one
// source.
func sameSource(a, b []string, origin func(string) string) bool {
	for _, x := range a {
		for _, y := range b {
			if origin(x) == origin(y) {
				return true
			}
		}
	}
	return false
}

// carryLatest replaces each chosen candidate by the latest restatement of
// it that gives other figures and comes from the same source, published
// later: when a report is updated, the summary tells the update in the
// stale statement's place. It returns the chosen candidates.
func carryLatest(arts []crosscheck.Article, facts []crosscheck.Fact, cands []candidate, chosen []int, used []bool, origin func(string) string) []int {
	published := map[string]time.Time{}
	for _, a := range arts {
		published[a.ID] = a.Published.Time
	}
	out := chosen[:0]
	for _, ci := range chosen {
		c := &cands[ci]
		fc := facts[c.fact]
		nums := figuresOf(fc.Text)
		if len(nums) == 0 {
			out = append(out, ci)
			continue
		}
		best, bestTime := -1, latestOf(fc.Articles, published)
		for j := range cands {
			fj := facts[cands[j].fact]
			if j == ci || cosine(c, &cands[j]) < updateLikeness {
				continue
			}
			other := figuresOf(fj.Text)
			if len(other) == 0 || slices.Equal(other, nums) || !sameSource(fc.Articles, fj.Articles, origin) {
				continue
			}
			if t := latestOf(fj.Articles, published); t.After(bestTime) {
				best, bestTime = j, t
			}
		}
		if best < 0 {
			out = append(out, ci)
			continue
		}
		// The update takes the stale statement's place, also when it was
		// chosen further down.
		used[ci], used[best] = false, true
		cands[best].pos = math.Min(cands[best].pos, c.pos)
		out = append(out, best)
	}
	seen := map[int]bool{}
	dedup := out[:0]
	for _, i := range out {
		if !seen[i] {
			seen[i] = true
			dedup = append(dedup, i)
		}
	}
	return dedup
}

// kindRank orders the kinds of disagreement by how much they change what a
// reader takes from the story.
var kindRank = map[crosscheck.DiscrepancyKind]int{
	crosscheck.ClaimDiscrepancy: 0, crosscheck.FigureDiscrepancy: 1, "date": 2, crosscheck.PlaceDiscrepancy: 3,
	crosscheck.NameDiscrepancy: 4, crosscheck.QuoteDiscrepancy: 5,
}

// disagreement returns one sentence saying where the sources disagree:
// the disputed point of the weightiest discrepancy and which outlets say
// what, citing the articles of its variants. It returns false when the
// sources agree.
func disagreement(arts []crosscheck.Article, discs []crosscheck.Discrepancy) (crosscheck.Cited, bool) {
	// Articles are named as the briefing cites them (outlet and day), not
	// by their ids.
	cites := make([]crosscheck.StoryArticle, len(arts))
	for i, a := range arts {
		cites[i] = crosscheck.StoryArticle{ID: a.ID, File: a.File, Outlet: a.Outlet, Published: a.Published, URL: a.URL}
	}
	crosscheck.CiteArticles(cites)
	outlet, label := map[string]string{}, map[string]string{}
	for _, a := range cites {
		label[a.ID] = a.Cite
		if o := strings.TrimSpace(a.Outlet); o != "" {
			outlet[a.ID] = o
		} else {
			outlet[a.ID] = a.Cite
		}
	}
	best, bestRank, bestArts := -1, 0, 0
	for i, d := range discs {
		n, sides := 0, 0
		for _, v := range d.Variants {
			if len(v.Articles) > 0 && strings.TrimSpace(v.Text) != "" {
				sides++
				n += len(v.Articles)
			}
		}
		// An update is one source correcting itself, not a disagreement;
		// the summary already gives its latest figure.
		if sides < 2 || d.Update {
			continue
		}
		r, ok := kindRank[d.Kind]
		if !ok {
			r = len(kindRank)
		}
		if best < 0 || r < bestRank || r == bestRank && n > bestArts {
			best, bestRank, bestArts = i, r, n
		}
	}
	if best < 0 {
		return crosscheck.Cited{}, false
	}
	d := discs[best]
	var sides []crosscheck.Cited
	for _, v := range d.Variants {
		if len(v.Articles) > 0 && strings.TrimSpace(v.Text) != "" {
			sides = append(sides, v)
		}
	}
	// An outlet on more than one side is named with its articles.
	sidesOf := map[string]int{}
	for _, v := range sides {
		seen := map[string]bool{}
		for _, id := range v.Articles {
			if o := outlet[id]; !seen[o] {
				seen[o] = true
				sidesOf[o]++
			}
		}
	}
	order := map[string]int{}
	for i, a := range arts {
		order[a.ID] = i
	}
	var parts, cited []string
	for _, v := range sides {
		var who []string
		byOutlet := map[string][]string{}
		for _, id := range v.Articles {
			o, ok := outlet[id]
			if !ok {
				o, label[id] = id, id
			}
			if _, ok := byOutlet[o]; !ok {
				who = append(who, o)
			}
			byOutlet[o] = append(byOutlet[o], id)
			if !slices.Contains(cited, id) {
				cited = append(cited, id)
			}
		}
		for i, o := range who {
			if sidesOf[o] > 1 {
				var named []string
				for _, id := range byOutlet[o] {
					named = append(named, label[id])
				}
				who[i] = joinAnd(named)
			}
		}
		parts = append(parts, joinAnd(who)+": “"+strings.TrimSpace(v.Text)+"”")
	}
	about := strings.TrimRight(strings.TrimSpace(d.About), ".")
	if about == "" {
		about = string(d.Kind)
	}
	slices.SortStableFunc(cited, func(a, b string) int { return order[a] - order[b] })
	return crosscheck.Cited{
		Text:     "Where the sources differ: " + about + " — " + strings.Join(parts, "; ") + ".",
		Articles: cited,
	}, true
}

// joinAnd joins names as a sentence lists them: "A", "A and B", "A, B and C".
func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
