package clean

import (
	"regexp"
	"strings"
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

// wire and outlet names, keyed by their folded form without a leading
// "the", mapped to the name crosscheck reports.
var outletNames = map[string]string{}

func init() {
	for canonical, forms := range map[string][]string{
		"Associated Press":                {"AP", "Associated Press", "AP News"},
		"Reuters":                         {"Reuters", "Thomson Reuters"},
		"Agence France-Presse":            {"AFP", "Agence France-Presse", "Agence France Presse"},
		"United Press International":      {"UPI", "United Press International"},
		"The Canadian Press":              {"CP", "Canadian Press"},
		"PA Media":                        {"PA", "PA Media", "Press Association"},
		"Australian Associated Press":     {"AAP", "Australian Associated Press"},
		"dpa":                             {"dpa", "Deutsche Presse-Agentur"},
		"Press Trust of India":            {"PTI", "Press Trust of India"},
		"Bloomberg":                       {"Bloomberg", "Bloomberg News"},
		"ANSA":                            {"ANSA"},
		"EFE":                             {"EFE"},
		"Xinhua":                          {"Xinhua"},
		"Kyodo":                           {"Kyodo", "Kyodo News"},
		"Yonhap":                          {"Yonhap"},
		"TASS":                            {"TASS"},
		"Interfax":                        {"Interfax"},
		"Anadolu Agency":                  {"Anadolu", "Anadolu Agency"},
		"BBC":                             {"BBC", "BBC News"},
		"CNN":                             {"CNN"},
		"CBC":                             {"CBC", "CBC News"},
		"NPR":                             {"NPR"},
		"PBS":                             {"PBS", "PBS NewsHour"},
		"NBC News":                        {"NBC News"},
		"ABC News":                        {"ABC News"},
		"CBS News":                        {"CBS News"},
		"Fox News":                        {"Fox News"},
		"CNBC":                            {"CNBC"},
		"MSNBC":                           {"MSNBC"},
		"Sky News":                        {"Sky News"},
		"Al Jazeera":                      {"Al Jazeera"},
		"Deutsche Welle":                  {"DW", "Deutsche Welle"},
		"France 24":                       {"France 24"},
		"Euronews":                        {"Euronews"},
		"Voice of America":                {"VOA", "Voice of America"},
		"Radio Free Europe/Radio Liberty": {"RFE/RL", "Radio Free Europe/Radio Liberty"},
		"The Guardian":                    {"Guardian", "The Guardian"},
		"The New York Times":              {"New York Times", "NYT"},
		"The Washington Post":             {"Washington Post"},
		"The Washington Times":            {"Washington Times"},
		"The Wall Street Journal":         {"Wall Street Journal", "WSJ"},
		"Financial Times":                 {"Financial Times"},
		"The Telegraph":                   {"Telegraph", "Daily Telegraph"},
		"The Independent":                 {"Independent"},
		"Politico":                        {"Politico"},
		"Axios":                           {"Axios"},
		"HuffPost":                        {"HuffPost", "Huffington Post"},
		"Newsweek":                        {"Newsweek"},
		"USA Today":                       {"USA Today"},
		"Los Angeles Times":               {"Los Angeles Times", "LA Times"},
		"The Hill":                        {"The Hill"},
		"The Kyiv Independent":            {"Kyiv Independent"},
		"The Globe and Mail":              {"Globe and Mail"},
		"CTV News":                        {"CTV News"},
		"Global News":                     {"Global News"},
	} {
		for _, f := range forms {
			outletNames[outletKey(f)] = canonical
		}
	}
}

// outletKey folds an outlet name for lookup.
func outletKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	return strings.Trim(s, " .,:")
}

// knownOutlet returns the name of a well-known wire agency or outlet that s
// names, or "".
func knownOutlet(s string) string {
	return outletNames[outletKey(s)]
}
