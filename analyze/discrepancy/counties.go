package discrepancy

import (
	"regexp"
	"strings"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A town's county is told in a few set ways: "Harlan Creek in Grady
// County", "Tolliver, a town of about 2,300 in Logan County", "the Caddo
// County town of Harlan Creek", "the town, which lies in Caddo County"
// after the town is named. Two articles that put one town in two counties
// disagree.

// townCounty is a county a sentence gives a named town.
type townCounty struct {
	town, county, sentence string
}

var (
	// "Harlan Creek in Grady County", "Tolliver, a town of about 2,300
	// residents in Yell County".
	townIn = regexp.MustCompile(`([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, (?:a|the) (?:small |tiny |rural )?(?:town|city|village|community)(?:[^,.;]|,\d){0,40}?)? in ([A-Z][a-z]+(?: [A-Z][a-z]+)?) County`)
	// "the Caddo County town of Harlan Creek".
	countyTown = regexp.MustCompile(`([A-Z][a-z]+(?: [A-Z][a-z]+)?) County (?:town|city|village|community) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)`)
)

// countiesOf returns the counties an article's sentences give towns.
func countiesOf(sents []string) []townCounty {
	var out []townCounty
	for _, s := range sents {
		if !strings.Contains(s, " County") {
			continue
		}
		for _, m := range townIn.FindAllStringSubmatch(s, -1) {
			if town := m[1]; !strings.HasSuffix(town, " County") && !calendarNames[strings.ToLower(town)] && !textproc.IsStopword(strings.ToLower(town)) {
				out = append(out, townCounty{town: textproc.Fold(town), county: m[2], sentence: s})
			}
		}
		for _, m := range countyTown.FindAllStringSubmatch(s, -1) {
			out = append(out, townCounty{town: textproc.Fold(m[2]), county: m[1], sentence: s})
		}
		if len(out) >= maxPlacings {
			return out[:maxPlacings]
		}
	}
	return out
}

// countyDiscrepancies reports the towns that two articles put in two
// counties.
func countyDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	return counties(toldOnce(arts, m, "discrepancy.counties", countiesOf, countyParts))
}

func countyParts(t townCounty) (string, string, string, string) {
	return t.town, textproc.Fold(t.county), t.county + " County", t.sentence
}

// counties judges the counties the articles give each town.
func counties(towns []string, byTown map[string]map[string]*told) []crosscheck.Discrepancy {
	return toldTwoWays(towns, byTown, func(town, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		return twoWays(crosscheck.PlaceDiscrepancy, "County of "+town+": “"+x.text+"” or “"+y.text+"”", x, y), true
	})
}
