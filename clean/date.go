package clean

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"crosscheck"
)

const monthPat = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	reDateMDY = regexp.MustCompile(`(?i)\b` + monthPat + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDateDMY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthPat + `\.?,?\s+(\d{4})\b`)
	reDateISO = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)

	rePublicationSplit = regexp.MustCompile(`[|·•,/—–:]|\s-\s|^\s*-|-\s*$`)

	// Words that may stand beside a date in a publication line.
	rePublicationWords = regexp.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|published|updated|posted|modified|last|first|on|at|date|\d{1,2}\s?[:.]\s?\d{2}(?:\s*[ap]\.?\s?m\.?)?|[ap]\.?\s?m\.?|et|est|edt|ct|cst|cdt|mt|pt|pst|pdt|gmt|utc|bst|cet|cest|ist|aest|\d+\s+(?:hours?|hrs?|minutes?|mins?|days?)\s+ago)\b`)
)

// findDate finds the first full date (day, month and year) in s and returns
// it with the rest of s.
func findDate(s string) (crosscheck.Date, string, bool) {
	type found struct {
		loc     []int
		y, m, d int
	}
	if !strings.ContainsAny(s, "0123456789") {
		return crosscheck.Date{}, s, false
	}
	var best *found
	consider := func(loc []int, y, m, d int) {
		if best == nil || loc[0] < best.loc[0] {
			best = &found{loc, y, m, d}
		}
	}
	if m := reDateMDY.FindStringSubmatchIndex(s); m != nil {
		consider(m, atoi(s[m[6]:m[7]]), month(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]))
	}
	if m := reDateDMY.FindStringSubmatchIndex(s); m != nil {
		consider(m, atoi(s[m[6]:m[7]]), month(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
	}
	if m := reDateISO.FindStringSubmatchIndex(s); m != nil {
		consider(m, atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	if best == nil || best.m < 1 || best.m > 12 || best.d < 1 || best.y < 1900 || best.y > 2200 {
		return crosscheck.Date{}, s, false
	}
	d := crosscheck.Day(best.y, time.Month(best.m), best.d)
	if d.Time.Day() != best.d {
		return crosscheck.Date{}, s, false
	}
	return d, s[:best.loc[0]] + " " + s[best.loc[1]:], true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func month(s string) int {
	s = strings.ToLower(s)
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
			return i + 1
		}
	}
	return 0
}

// publication is what a publication line says: "- The Washington Times -
// Wednesday, February 12, 2025", "Published Feb. 12, 2025 at 3:05 p.m. ET".
type publication struct {
	Outlet    string
	Published crosscheck.Date
}

// parsePublication reads a short line made of a date, words that go with
// dates ("Updated", weekdays, times) and perhaps an outlet's name.
func parsePublication(s string) (publication, bool) {
	if wordCount(s) > 18 {
		return publication{}, false
	}
	d, rest, ok := findDate(s)
	if !ok {
		return publication{}, false
	}
	rest = rePublicationWords.ReplaceAllString(rest, " ")
	p := publication{Published: d}
	for _, chunk := range rePublicationSplit.Split(rest, -1) {
		chunk = strings.Trim(chunk, " -.")
		switch {
		case chunk == "":
		case knownOutlet(chunk) != "":
			p.Outlet = knownOutlet(chunk)
		case isOutletName(chunk) && p.Outlet == "":
			p.Outlet = chunk
		default:
			return publication{}, false
		}
	}
	return p, true
}

// reField matches a "name: value" line of the kind text dumps of web pages
// open with.
var reField = regexp.MustCompile(`^(?i:(title|headline|url|link|source|outlet|publisher|site|date|published|updated|author|authors|byline|by))\s*:\s*(\S.*)$`)

// parseField reads a header field line and returns its lower-case name and
// its value.
func parseField(s string) (name, value string, ok bool) {
	m := reField.FindStringSubmatch(s)
	if m == nil || wordCount(m[2]) > 25 {
		return "", "", false
	}
	return strings.ToLower(m[1]), strings.TrimSpace(m[2]), true
}

// applyField sets what a header field says on m, where it lacks it.
func applyField(s string, m *meta) {
	name, value, _ := parseField(s)
	switch name {
	case "title", "headline":
		if m.title == "" {
			m.title = value
		}
	case "url", "link":
		if m.url == "" {
			m.url = value
		}
	case "source", "outlet", "publisher", "site":
		if m.outlet == "" {
			m.outlet = firstNonEmpty(knownOutlet(value), value)
		}
	case "date", "published", "updated":
		if !m.published.IsZero() {
			return
		}
		if d, _, ok := findDate(value); ok {
			m.published = d
		} else if d, err := crosscheck.ParseDate(value); err == nil {
			m.published = d
		}
	case "author", "authors", "byline", "by":
		if b, ok := parseByline("By " + value); ok {
			m.authors = appendNew(m.authors, b.Authors...)
		}
	}
}
