package discrepancy

import (
	"crosscheck"
	"crosscheck/internal/memo"
)

// patterns are what the detectors of set phrasings read from one
// article's sentences: sides, owned bodies, party labels (states and
// parties), counties, streets and the sentences where a place may be
// swapped. One pass reads them all, so that each article is split into
// sentences once for the seven.
type patterns struct {
	bearings     []bearing
	owned        []body
	affiliations []affiliation
	parties      []affiliation
	counties     []townCounty
	streets      []siteStreet
	placing      []string // the sentences that may place something, for swaps
}

// patternDiscrepancies is sideDiscrepancies, ownerDiscrepancies,
// affiliationDiscrepancies, the parties of people, countyDiscrepancies, the streets of sites and
// swapDiscrepancies in
// one reading.
func patternDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	ps := make([]patterns, len(arts))
	for i := range arts {
		ps[i] = memo.Get(m, "discrepancy.patterns", arts[i].Text, func() patterns {
			s := sentencesOf(m, &arts[i])
			return patterns{bearingsOf(s), ownedOf(s), affiliationsOf(s), partiesOf(s), countiesOf(s), streetsOf(s), placingSentences(s)}
		})
	}
	out := sides(toldFrom(arts, func(i int) []bearing { return ps[i].bearings }, bearingParts))
	keys, byKey := toldFrom(arts, func(i int) []body { return ps[i].owned }, ownedParts)
	out = append(out, owners(arts, keys, byKey)...)
	out = append(out, affiliations(toldFrom(arts, func(i int) []affiliation { return ps[i].affiliations }, affiliationParts))...)
	out = append(out, parties(toldFrom(arts, func(i int) []affiliation { return ps[i].parties }, affiliationParts))...)
	out = append(out, counties(toldFrom(arts, func(i int) []townCounty { return ps[i].counties }, countyParts))...)
	keys, byKey = toldFrom(arts, func(i int) []siteStreet { return ps[i].streets }, streetParts)
	out = append(out, streets(arts, keys, byKey)...)
	return append(out, swaps(arts, func(i int) []string { return ps[i].placing })...)
}
