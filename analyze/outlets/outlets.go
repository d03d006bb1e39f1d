// Package outlets says, for each outlet of a story, what it alone reported
// and what most of the other outlets reported that it left out.
//
// An article without an outlet counts as an outlet of its own, named by
// its id, so that an anonymous report is neither merged with another nor
// lost.
package outlets

import (
	"sort"
	"strings"

	"crosscheck"
)

// Reports returns one report per outlet of the story's articles, sorted by
// outlet name. Facts lists the indexes of the facts that only the outlet
// carries; Missing lists those it does not carry that more than half of
// the other outlets do. A fact counts as carried by an outlet that states
// it in other words too: one of its sentences repeats at least half of the
// fact's content (weighted by rarity in the story) and four of its words.
func Reports(arts []crosscheck.Article, facts []crosscheck.Fact) []crosscheck.OutletReport {
	outletOf := map[string]string{}
	seen := map[string]bool{}
	var names []string
	for _, a := range arts {
		n := Name(a)
		outletOf[a.ID] = n
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	sort.Strings(names)
	carriers := make([]map[string]bool, len(facts))
	for i, f := range facts {
		carriers[i] = map[string]bool{}
		for _, id := range f.Articles {
			if n, ok := outletOf[id]; ok {
				carriers[i][n] = true
			}
		}
	}
	// Who states each fact in other words, for the facts that would be
	// listed: a paraphrase that facts left unaligned is neither news one
	// outlet alone has nor news an outlet left out.
	para := newParaphrases(arts, outletOf)
	restated := make([]map[string]bool, len(facts))
	for i, c := range carriers {
		if len(c) < len(names) && len(names) > 1 {
			restated[i] = para.outlets(facts[i].Text)
		}
	}
	out := make([]crosscheck.OutletReport, 0, len(names))
	for _, n := range names {
		r := crosscheck.OutletReport{Outlet: n, Facts: []int{}, Missing: []int{}}
		others := len(names) - 1
		for i, c := range carriers {
			switch {
			case c[n] && len(c) == 1 && !restatedElsewhere(restated[i], n):
				r.Facts = append(r.Facts, i)
			case !c[n] && others > 0 && 2*len(c) > others && !restated[i][n]:
				r.Missing = append(r.Missing, i)
			}
		}
		out = append(out, r)
	}
	return out
}

// restatedElsewhere reports whether an outlet other than n restates the
// fact.
func restatedElsewhere(by map[string]bool, n string) bool {
	for o := range by {
		if o != n {
			return true
		}
	}
	return false
}

// Name returns the name an article's outlet goes by: its outlet, or its id
// when it names none.
func Name(a crosscheck.Article) string {
	if o := strings.TrimSpace(a.Outlet); o != "" {
		return o
	}
	return a.ID
}
