package discrepancy

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A report places its happening near its top, and a named place of a
// kind it names once there ("near Lake Orwell", "at Gull Point Beach",
// "a rowhouse on East Marlow Avenue") is the happening's. Two reports
// that each name one place of a kind there, two different ones, in
// sentences that tell one happening, disagree, unless either names the
// other's place anywhere (a fire that spread from one lake to another).

// kindedPlace is a named place of a kind in a sentence.
type kindedPlace struct {
	kind, name, sentence string
}

// kindFirst and kindLast match a name with the word that says what kind
// of place it is, first ("Lake Orwell") or last ("Gull Point Beach").
// Towns, counties, states and countries have checks of their own.
var (
	kindFirst = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(Lake|Mount) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b`)
	})
	kindLast = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b((?:(?:East|West|North|South) )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (Beach|Lake|Avenue|Street|Boulevard|Road|Park|Bridge|Stadium|Arena|Auditorium|Square|Bay|Canyon|Creek|Reservoir|Dam|Mall|Pier|Harbor|Harbour)\b`)
	})
)

// maxKindedSentences is how many sentences from the top of a report are
// read for the places of its happening.
const maxKindedSentences = 6

// minKindedWords is how many content words, besides the places, two
// sentences share to tell one happening.
const minKindedWords = 2

// kindedPlacesOf returns the named places of a kind that a report's top
// sentences give.
func kindedPlacesOf(sents []string) []kindedPlace {
	var out []kindedPlace
	for _, s := range sents[:min(len(sents), maxKindedSentences)] {
		s = textproc.TrimDateline(s)
		for _, m := range kindFirst().FindAllStringSubmatchIndex(s, -1) {
			if routeEnd(s[:m[0]]) {
				continue
			}
			out = append(out, kindedPlace{kind: s[m[2]:m[3]], name: s[m[0]:m[1]], sentence: s})
		}
		for _, m := range kindLast().FindAllStringSubmatchIndex(s, -1) {
			start, name := m[2], s[m[2]:m[3]]
			first, rest, _ := strings.Cut(name, " ")
			for rest != "" && notName(first) {
				start += len(first) + 1
				name = rest
				first, rest, _ = strings.Cut(name, " ")
			}
			// A name that opens the sentence may have a word before it
			// that only the sentence capitalises.
			if notName(first) || start == 0 || routeEnd(s[:start]) {
				continue
			}
			out = append(out, kindedPlace{kind: s[m[4]:m[5]], name: name + " " + s[m[4]:m[5]], sentence: s})
		}
	}
	return out
}

// routeEnd reports whether the words before a place make it an end of a
// route ("marched from Union Square to …", "flew to …"), which a
// happening that moves has two of.
func routeEnd(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	if len(ws) == 0 {
		return false
	}
	switch strings.Trim(ws[len(ws)-1], ",;:") {
	case "from", "to", "toward", "towards", "between", "via":
		return true
	}
	return false
}

// notName reports whether a word before a place's kind is no part of its
// name: a function word, a title or a word of the calendar ("The Gull
// Point Beach", "Sunday").
func notName(w string) bool {
	w = strings.ToLower(w)
	return textproc.IsStopword(w) || calendarNames[w] || titles[w]
}

// kindedPlaceDiscrepancies reports the happenings two reports place at two
// named places of one kind.
func kindedPlaceDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	kinds, byKind := toldOnce(arts, m, "discrepancy.kindedPlaces", kindedPlacesOf,
		func(p kindedPlace) (string, string, string, string) {
			return p.kind, strings.Join(textproc.FoldedWords(p.name), " "), p.name, p.sentence
		})
	index := articleIndex(arts)
	nm := newNamer(arts, m)
	names := func(t *told, key string) bool {
		for _, id := range t.arts {
			if nm.names(index[id], key) {
				return true
			}
		}
		return false
	}
	return toldTwoWays(kinds, byKind, func(kind, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		if names(x, b) || names(y, a) {
			return crosscheck.Discrepancy{}, false
		}
		// One name written whole and shortened ("Kofi Mensah Sports
		// Stadium", "Kofi Mensah Stadium") is one place.
		wa, wb := toSet(strings.Fields(a)), toSet(strings.Fields(b))
		if n := overlap(wa, wb); n == len(wa) || n == len(wb) {
			return crosscheck.Discrepancy{}, false
		}
		skip := func(w string) bool { return strings.Contains(" "+a+" "+b+" ", " "+w+" ") }
		if overlap(stems(slices.Collect(maps.Keys(x.context(skip)))), stems(slices.Collect(maps.Keys(y.context(skip))))) < minKindedWords {
			return crosscheck.Discrepancy{}, false
		}
		return twoWays(crosscheck.PlaceDiscrepancy, "Place: “"+x.text+"” or “"+y.text+"”", x, y), true
	})
}
