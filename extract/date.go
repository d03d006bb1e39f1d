package extract

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"crosscheck"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dateSignals are the dates a page gives about itself, by where it gives
// them.
type dateSignals struct {
	// published holds the structured publication dates: JSON-LD
	// datePublished, the published-time meta tags and itemprop
	// datePublished, in that order.
	published []crosscheck.Date
	// modified holds the structured modification dates.
	modified []crosscheck.Date
	// times holds the datetime of <time> elements, in page order.
	times []crosscheck.Date
	// url is the date in the page's address.
	url crosscheck.Date
	// shown holds the dates written in the visible text around the
	// headline, nearest first.
	shown []shownDate
}

// shownDate is a date written in the page's text.
type shownDate struct {
	day crosscheck.Date
	// updated is set when the words before it say it is a revision
	// ("Updated", "Last modified").
	updated bool
	// ambiguous is set for a numeric day and month that could be either
	// way round; such a date only counts when another signal agrees.
	ambiguous bool
	alt       crosscheck.Date
}

// sameDay reports whether a and b fall on the same calendar day, each in
// its own time zone.
func sameDay(a, b crosscheck.Date) bool {
	ay, am, ad := a.Time.Date()
	by, bm, bd := b.Time.Date()
	return ay == by && am == bm && ad == bd
}

// monthNames are the English month names and abbreviations.
var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// textDatePatterns find the ways pages write a date in running text.
// They are compiled on first use so that commands reading no web pages
// do not pay for them.
var textDatePatterns = sync.OnceValue(func() []*regexp.Regexp {
	const month = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
	return []*regexp.Regexp{
		// March 5, 2024; Mar. 5 2024; March 5th, 2024
		regexp.MustCompile(`(?i)\b` + month + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`),
		// 5 March 2024; 5th of March, 2024
		regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+` + month + `\.?,?\s+((?:19|20)\d\d)\b`),
		// 2024-03-05, 2024/03/05
		regexp.MustCompile(`\b((?:19|20)\d\d)[-/](\d\d)[-/](\d\d)\b`),
		// 03/05/2024, 05.03.2024
		regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b`),
	}
})

// revisionCue finds the words that mark a written date as a revision.
var revisionCue = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(updated|modified|revised|reviewed|edited)\b[^.]{0,20}$`)
})

// findTextDates returns the dates written in s, in order.
func findTextDates(s string) []shownDate {
	if !hasYear(s) {
		return nil
	}
	type hit struct {
		at int
		d  shownDate
	}
	var hits []hit
	for i, re := range textDatePatterns() {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			g := func(k int) string { return s[m[2*k]:m[2*k+1]] }
			var sd shownDate
			ok := false
			switch i {
			case 0:
				sd.day, ok = dayOf(g(3), monthNames[strings.ToLower(g(1))], g(2))
			case 1:
				sd.day, ok = dayOf(g(3), monthNames[strings.ToLower(g(2))], g(1))
			case 2:
				mo, _ := strconv.Atoi(g(2))
				sd.day, ok = dayOf(g(1), time.Month(mo), g(3))
			case 3:
				a, _ := strconv.Atoi(g(1))
				b, _ := strconv.Atoi(g(2))
				sep := s[m[3]]
				switch {
				case a > 12:
					sd.day, ok = dayOf(g(3), time.Month(b), g(1))
				case b > 12:
					sd.day, ok = dayOf(g(3), time.Month(a), g(2))
				case a == b:
					sd.day, ok = dayOf(g(3), time.Month(a), g(2))
				default:
					// Dots are the day-first custom; slashes either.
					first, second := time.Month(a), g(2)
					if sep == '.' {
						first, second = time.Month(b), g(1)
					}
					sd.day, ok = dayOf(g(3), first, second)
					if sep == '/' {
						sd.alt, _ = dayOf(g(3), time.Month(b), g(1))
						sd.ambiguous = true
					}
				}
			}
			if !ok {
				continue
			}
			sd.updated = revisionCue().MatchString(s[max(0, m[0]-40):m[0]])
			hits = append(hits, hit{m[0], sd})
		}
	}
	// Patterns run one after the other; put the dates back in text order.
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].at < hits[j-1].at; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	if len(hits) == 0 {
		return nil
	}
	out := make([]shownDate, len(hits))
	for i, h := range hits {
		out[i] = h.d
	}
	return out
}

// hasYear reports whether s holds four digits in a row, as every date
// findTextDates reads does: a cheap test that spares most text the
// patterns.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// dayOf makes a day-only date from a year and day written as digits.
func dayOf(year string, month time.Month, day string) (crosscheck.Date, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || month < 1 || month > 12 || d < 1 || d > 31 {
		return crosscheck.Date{}, false
	}
	t := time.Date(y, month, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || !plausibleYear(t) {
		return crosscheck.Date{}, false
	}
	return crosscheck.Date{Time: t, DayOnly: true}, true
}

// Bounds of the headline's neighbourhood, in characters of visible text:
// where a page writes its dateline (above the headline as a kicker, or
// below it with the byline).
const (
	beforeHeadline = 200
	afterHeadline  = 600
)

// shownDates returns the dates written in the visible text around the
// page's headline: the <h1> that holds title, or the only <h1>. A page
// without such a headline gives none, since a date elsewhere in the text
// is as likely an event the article mentions as its own date.
func shownDates(root *html.Node, title string) []shownDate {
	var segs []string
	head, after := -1, 0
	var walk func(n *html.Node) bool
	// walk collects text segments in page order and reports whether it has
	// read far enough past the headline to stop.
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if t := strings.TrimSpace(n.Data); t != "" {
				segs = append(segs, t)
				if head >= 0 {
					after += len(t)
				}
			}
			return head >= 0 && after >= afterHeadline
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Select, atom.Button, atom.Nav, atom.Footer:
				return false
			case atom.H1:
				if head < 0 {
					if t := nodeText(n); t != "" && (title == "" || sameHeadline(t, title)) {
						head = len(segs)
						segs = append(segs, "")
						return false
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(root)
	if head < 0 {
		return nil
	}
	var out []shownDate
	// After the headline first: the byline and dateline usually follow it.
	n := 0
	for i := head + 1; i < len(segs) && n < afterHeadline; i++ {
		out = append(out, findTextDates(joinCue(segs, i))...)
		n += len(segs[i])
	}
	n = 0
	for i := head - 1; i >= 0 && n < beforeHeadline; i-- {
		out = append(out, findTextDates(joinCue(segs, i))...)
		n += len(segs[i])
	}
	return out
}

// joinCue returns segment i with the end of the segment before it, so
// that a cue in its own element ("Updated" then "May 3, 2024") is seen.
// Dates of the earlier segment itself are cut off.
func joinCue(segs []string, i int) string {
	if i == 0 {
		return segs[i]
	}
	prev := segs[i-1]
	if len(prev) > 30 {
		prev = prev[len(prev)-30:]
	}
	if hasYear(prev) || !strings.ContainsAny(prev, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return segs[i]
	}
	return prev + " " + segs[i]
}

// sameHeadline reports whether an <h1> is the article's headline: one of
// the two holds the other's words.
func sameHeadline(h1, title string) bool {
	a, b := strings.ToLower(strings.Join(strings.Fields(h1), " ")), strings.ToLower(strings.Join(strings.Fields(title), " "))
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// urlDateRe finds a full date in a URL path: /2024/03/05/, /2024-03-05-.
var urlDateRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|\.html?|$)`)
})

// urlDate returns the date in a URL's path.
func urlDate(u string) crosscheck.Date {
	m := urlDateRe().FindStringSubmatch(u)
	if m == nil {
		return crosscheck.Date{}
	}
	mo, _ := strconv.Atoi(m[2])
	d, ok := dayOf(m[1], time.Month(mo), m[3])
	if !ok {
		return crosscheck.Date{}
	}
	return d
}

// choose picks the publication date from the signals, preferring a date
// that two independent signals agree on, then what the page shows its
// readers, then what it tells machines:
//
//  1. a structured publication date that the page also shows near its
//     headline (with its time of day);
//  2. a date shown near the headline that is not marked as a revision
//     and is not the structured modification date;
//  3. the structured publication date;
//  4. any date shown near the headline;
//  5. the date in the page's address;
//  6. the first <time> element;
//  7. the date go-htmldate finds in the page's elements and text.
//
// Neither of the last two is taken when it is only the modification
// date.
//
// A revision date never overrides a publication date: a wrong date
// misplaces a report in time, so the page's own revision dates serve
// only where nothing better exists, and a bare modification date never.
func (s dateSignals) choose(fallback func() crosscheck.Date) crosscheck.Date {
	for _, sd := range s.shown {
		for _, p := range s.published {
			if sameDay(sd.day, p) || sd.ambiguous && sameDay(sd.alt, p) {
				return p
			}
		}
	}
	for _, sd := range s.shown {
		if !sd.ambiguous && !sd.updated && !s.isModified(sd.day) {
			return sd.day
		}
	}
	if len(s.published) > 0 {
		return s.published[0]
	}
	for _, sd := range s.shown {
		if !sd.ambiguous {
			return sd.day
		}
	}
	if !s.url.IsZero() {
		return s.url
	}
	for _, t := range s.times {
		if !s.isModified(t) {
			return t
		}
	}
	if fallback == nil {
		return crosscheck.Date{}
	}
	if d := fallback(); !d.IsZero() && !s.isModified(d) {
		return d
	}
	return crosscheck.Date{}
}

// isModified reports whether d falls on the day of a structured
// modification date.
func (s dateSignals) isModified(d crosscheck.Date) bool {
	for _, m := range s.modified {
		if sameDay(d, m) {
			return true
		}
	}
	return false
}

// htmlDate runs go-htmldate's quick search (meta elements, JSON, elements
// whose class or id names a date, the title, <time>, timestamps in the
// markup) for the original publication date. It copies the page twice, so
// it is called only when the page's own signals give no date.
func htmlDate(root *html.Node, pageURL string) crosscheck.Date {
	r, err := htmldate.FromDocument(root, htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true, URL: pageURL})
	if err != nil || r.IsZero() || !plausibleYear(r.DateTime) {
		return crosscheck.Date{}
	}
	y, m, d := r.DateTime.Date()
	return crosscheck.Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), DayOnly: true}
}
