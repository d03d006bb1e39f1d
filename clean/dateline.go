package clean

import (
	"regexp"
	"strings"

	"crosscheck/internal/lexicon"
)

// reDateline matches the dateline that opens a news report: a place in
// capitals, perhaps a region, a day and a wire agency, then a dash:
// "WASHINGTON (AP) —", "KYIV, Ukraine (AP) —", "LONDON, March 3 (Reuters) -",
// "WASHINGTON —".
var reDateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3})` +
	`(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?` +
	`(,?\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?` +
	`\s*(?:\(([^()]{2,40})\))?` +
	`\s*(?:—|–|--|-)\s*` +
	`["“‘'(]?[\p{Lu}\d]`)

// reAgencyDateline matches the form some outlets use, with the place in
// ordinary case ("Washington (CNN) —") or left out ("(CNN) —"); the agency
// must then be a known one.
var reAgencyDateline = regexp.MustCompile(`^((?:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})?)` +
	`(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?` +
	`\s*\(([^()]{2,40})\)\s*(?:—|–|--|-)\s*["“‘'(]?[\p{Lu}\d]`)

// dateline is the dateline that opens a paragraph.
type dateline struct {
	Place  string // "WASHINGTON"
	Agency string // the outlet the agency code names, "Associated Press"
	// Wire is true for the full form that wire stories open with: an
	// agency or a day after the place. Only such a dateline starts a new
	// report in the middle of a file.
	Wire bool
}

// parseDateline reads the dateline at the start of a paragraph.
func parseDateline(s string) (dateline, bool) {
	if !strings.ContainsAny(s[:min(len(s), 120)], "—–-") {
		return dateline{}, false
	}
	m := reDateline.FindStringSubmatch(s)
	if m == nil {
		if m = reAgencyDateline.FindStringSubmatch(s); m != nil {
			if agency := knownOutlet(m[2]); agency != "" {
				return dateline{Place: m[1], Agency: agency, Wire: true}, true
			}
		}
		return dateline{}, false
	}
	place := strings.TrimSpace(m[1])
	letters := 0
	for _, r := range place {
		if r >= 'A' && r <= 'Z' || r > 127 {
			letters++
		}
	}
	if letters < 3 {
		return dateline{}, false
	}
	d := dateline{Place: place, Wire: m[2] != "" || m[3] != ""}
	if m[3] != "" {
		agency := strings.TrimSpace(m[3])
		if o := knownOutlet(agency); o != "" {
			d.Agency = o
		} else if isOutletName(agency) {
			d.Agency = agency
		} else {
			return dateline{}, false
		}
	}
	return d, true
}

// knownOutlet returns the name of a well-known wire agency or outlet that s
// names, or "".
func knownOutlet(s string) string {
	o, _ := lexicon.LookupOutlet(s)
	return o.Name
}
