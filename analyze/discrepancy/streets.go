package discrepancy

import (
	"regexp"
	"strings"
	"sync"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// A named site's street is told in a set way: "the 175-room Sage Lodge on
// West Colfax Avenue", "the former Cholla Vista shopping center along East
// Broadway Boulevard". Two articles that put one site on two streets
// disagree, unless either names the other's street too (a site on a
// corner).

// siteStreet is a street a sentence gives a named site.
type siteStreet struct {
	site, street, sentence string
}

// siteOn matches a site's name of one to three capitalised words, up to
// three lower-case words of what it is, and the street it stands on or
// along, with its direction and its kind.
var siteOn = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?: [a-z][a-z-]*){0,3} (?:on|along) ((?:(?:East|West|North|South) )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Street|Avenue|Boulevard|Road|Drive|Lane|Parkway|Highway|Pike|Turnpike))\b`)
})

// maxStreets bounds the streets read from one article.
const maxStreets = 64

// streetsOf returns the streets an article's sentences give named sites.
func streetsOf(sents []string) []siteStreet {
	var out []siteStreet
	for _, s := range sents {
		if !strings.Contains(s, " on ") && !strings.Contains(s, " along ") {
			continue
		}
		for _, m := range siteOn().FindAllStringSubmatch(s, -1) {
			site := strings.ToLower(m[1])
			first, _, _ := strings.Cut(site, " ")
			if textproc.IsStopword(first) || calendarNames[first] || titles[first] {
				continue
			}
			out = append(out, siteStreet{site: textproc.Fold(m[1]), street: m[2], sentence: s})
			if len(out) >= maxStreets {
				return out
			}
		}
	}
	return out
}

func streetParts(t siteStreet) (string, string, string, string) {
	return t.site, textproc.Fold(t.street), t.street, t.sentence
}

// streets judges the streets the articles give each site.
func streets(arts []crosscheck.Article, sites []string, bySite map[string]map[string]*told) []crosscheck.Discrepancy {
	index := articleIndex(arts)
	names := func(t *told, street string) bool {
		for _, id := range t.arts {
			if strings.Contains(arts[index[id]].Text, street) {
				return true
			}
		}
		return false
	}
	return toldTwoWays(sites, bySite, func(site, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		if names(x, y.text) || names(y, x.text) {
			return crosscheck.Discrepancy{}, false
		}
		return twoWays(crosscheck.PlaceDiscrepancy, "Street of "+site+": “"+x.text+"” or “"+y.text+"”", x, y), true
	})
}
