package discrepancy

import (
	"regexp"
	"strings"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/lexicon"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A town's county is told in a few set ways: "Harlan Creek in Grady
// County", "Tolliver, a town of about 2,300 in Logan County", "the Caddo
// County town of Harlan Creek", "the town, which lies in Caddo County"
// after the town is named; so is its region or province abroad
// ("Collpani, a farming town in the Puno region"). Two articles that put
// one town in two counties, or two regions, disagree.

// townCounty is a county (or a state) a sentence gives a named town.
type townCounty struct {
	town, county, sentence string
	// state is set when county is a US state, and written is then the
	// town and state as the sentence writes them ("Tallow Creek, Mont.").
	state   bool
	written string
	// area is set when county is a region, a province or another area
	// of a country, and is then that word ("the Puno region": "region",
	// and "region" for "a small town in Lombardy", written "Lombardy").
	area string
}

var (
	// "Harlan Creek in Grady County", "Tolliver, a town of about 2,300
	// residents in Yell County".
	townIn = regexp.MustCompile(`([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, (?:a|the) (?:small |tiny |rural )?(?:town|city|village|community)(?:[^,.;]|,\d){0,40}?)? in ([A-Z][a-z]+(?: [A-Z][a-z]+)?) County`)
	// "the Caddo County town of Harlan Creek".
	countyTown = regexp.MustCompile(`([A-Z][a-z]+(?: [A-Z][a-z]+)?) County (?:town|city|village|community) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)`)
	// "Collpani, a farming town in the Puno region", "the town of
	// Collpani, in the Cusco region", "San Vito al Mincio in the Veneto
	// region".
	townArea = regexp.MustCompile(`([A-Z][a-z]+(?: (?:al |de |del |di |la |le )?[A-Z][a-z]+){0,3})(?:, (?:a|the) (?:[a-z]+ ){0,2}(?:town|city|village|community)(?:[^,.;]){0,40}?)?,? in the ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (region|province|prefecture|department|governorate|oblast)\b`)
	// "near the town of San Vito al Mincio in Lombardy", "San Vito al
	// Mincio, a small town in Lombardy": a town's region, named alone.
	townRegion = regexp.MustCompile(`(?:(?:town|city|village) of ([A-Z][a-z]+(?: (?:al |de |del |di |la |le )?[A-Z][a-z]+){0,3})|([A-Z][a-z]+(?: (?:al |de |del |di |la |le )?[A-Z][a-z]+){0,3}), an? (?:[a-z]+ ){0,2}(?:town|city|village)) in ([A-Z][a-z]+)\b`)
	// "Tallow Creek, Mont.", "Lebanon, Pa.", "Kearney, Nebraska".
	townState = regexp.MustCompile(`([A-Z][a-z]+(?: [A-Z][a-z]+)?), ((?:[A-Z][a-z]*\.(?: ?[A-Z]\.)?)|(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?))`)
)

// countiesOf returns the counties an article's sentences give towns.
func countiesOf(sents []string) []townCounty {
	var out []townCounty
	for _, s := range sents {
		if mayNameState(s) {
			for _, m := range townState.FindAllStringSubmatch(s, -1) {
				state, ok := lexicon.StateNamed(m[2])
				town := strings.ToLower(m[1])
				if !ok || calendarNames[town] || textproc.IsStopword(town) || entities.IsRegion(m[1]) {
					continue
				}
				out = append(out, townCounty{town: textproc.Fold(m[1]), county: state, sentence: s, state: true, written: m[0]})
			}
		}
		if strings.Contains(s, " region") || strings.Contains(s, " province") || strings.Contains(s, " prefecture") ||
			strings.Contains(s, " department") || strings.Contains(s, " governorate") || strings.Contains(s, " oblast") {
			for _, m := range townArea.FindAllStringSubmatch(s, -1) {
				if town := strings.ToLower(m[1]); !calendarNames[town] && !textproc.IsStopword(town) {
					out = append(out, townCounty{town: textproc.Fold(m[1]), county: m[2], area: m[3], sentence: s})
				}
			}
		}
		if strings.Contains(s, "town") || strings.Contains(s, "city") || strings.Contains(s, "village") {
			for _, m := range townRegion.FindAllStringSubmatch(s, -1) {
				town, region := m[1]+m[2], m[3]
				// A country or a US state holds regions of its own: "the
				// town of Collpani in Peru" says nothing against "in the
				// Puno region".
				if calendarNames[strings.ToLower(region)] || entities.IsRegion(region) || textproc.IsStopword(strings.ToLower(town)) {
					continue
				}
				out = append(out, townCounty{town: textproc.Fold(town), county: region, area: "region", written: region, sentence: s})
			}
		}
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

// mayNameState reports whether a word after ", " in s is a US state's
// name or abbreviation, or begins one of two words ("New York"): only then
// is townState worth matching.
func mayNameState(s string) bool {
	for rest := s; ; {
		i := strings.Index(rest, ", ")
		if i < 0 {
			return false
		}
		rest = rest[i+2:]
		w, _, _ := strings.Cut(rest, " ")
		w = strings.TrimRight(w, ",;:")
		if _, ok := lexicon.StateNamed(w); ok {
			return true
		}
		if _, ok := lexicon.StateNamed(strings.TrimSuffix(w, ".")); ok {
			return true
		}
		switch w {
		case "New", "North", "South", "West", "Rhode":
			return true
		}
	}
}

// countyDiscrepancies reports the towns that two articles put in two
// counties.
func countyDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	return counties(toldOnce(arts, m, "discrepancy.counties", countiesOf, countyParts))
}

func countyParts(t townCounty) (string, string, string, string) {
	if t.state {
		return "State\x00" + t.town, textproc.Fold(t.county), t.written, t.sentence
	}
	if t.area != "" {
		text := t.county + " " + t.area
		if t.written != "" {
			text = t.written
		}
		return "Area\x00" + t.town, textproc.Fold(t.county), text, t.sentence
	}
	return "County\x00" + t.town, textproc.Fold(t.county), t.county + " County", t.sentence
}

// counties judges the counties and states the articles give each town.
func counties(towns []string, byTown map[string]map[string]*told) []crosscheck.Discrepancy {
	return toldTwoWays(towns, byTown, func(key, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		what, town, _ := strings.Cut(key, "\x00")
		return twoWays(crosscheck.PlaceDiscrepancy, what+" of "+town+": “"+x.text+"” or “"+y.text+"”", x, y), true
	})
}
