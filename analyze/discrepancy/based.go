package discrepancy

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A body's seat is told by the place it is based in: "Milwaukee-based
// Halvorsen Foods", "Halvorsen, a Minneapolis-based company", "Brightwater,
// based in Portland, Ore.". Two reports that base one body in two places,
// neither of which names the other's place anywhere, disagree on where it
// is. A country or a state holds its towns ("a U.S.-based company",
// "Minneapolis-based"), so regions are not compared.

// basedPlace is a place a sentence bases a named body in.
type basedPlace struct {
	body  string // the body's first word, folded
	place string // as written
	text  string // the body and its place as written
}

// basedPlace matches a place before "-based" and the capitalised words
// around it: group 1 is the body before ("Halvorsen, a "), group 2 the
// place, group 3 the body after ("Halvorsen Foods").
var basedRe = sync.OnceValue(func() *regexp.Regexp {
	const name = `\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,3}`
	return regexp.MustCompile(`(?:(` + name + `), (?:a|an|the) )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2})-based(?: (` + name + `))?`)
})

// basedInRe matches "Body, based in Place": group 1 the body, group 2 the
// place.
var basedInRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,3}), (?:which is |is )?based in (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2})`)
})

// maxBased bounds the places read from one sentence and those told of
// one body; maxBasedBodies the bodies of a story.
const (
	maxBased       = 4
	maxBasedBodies = 64
)

// basedPlaces returns the places a sentence bases named bodies in.
func basedPlaces(s string) []basedPlace {
	if !strings.Contains(s, "based") {
		return nil
	}
	var out []basedPlace
	add := func(body, place, text string) {
		body = strings.Fields(body)[0]
		b := textproc.Fold(strings.Trim(body, ",.'’"))
		if b == "" || textproc.IsStopword(b) || determiners[b] || calendarNames[b] || entities.IsRegion(place) {
			return
		}
		out = append(out, basedPlace{body: b, place: place, text: text})
	}
	for _, m := range basedRe().FindAllStringSubmatchIndex(s, maxBased) {
		place := s[m[4]:m[5]]
		// "The Minneapolis-based company": the article opens the place.
		if w, rest, ok := strings.Cut(place, " "); ok && determiners[strings.ToLower(w)] {
			place = rest
		}
		if determiners[strings.ToLower(place)] {
			continue
		}
		switch {
		case m[2] >= 0:
			add(s[m[2]:m[3]], place, s[m[2]:m[5]]+"-based")
		case m[6] >= 0:
			add(s[m[6]:m[7]], place, place+"-based "+s[m[6]:m[7]])
		}
	}
	for _, m := range basedInRe().FindAllStringSubmatch(s, maxBased) {
		add(m[1], m[2], m[0])
	}
	return out
}

// basedDiscrepancies reports a body that two reports base in two places.
func basedDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	type told struct {
		place, text string
		arts        []int
	}
	byBody := map[string][]*told{}
	var bodies []string
	for i := range arts {
		for _, s := range sentencesOf(m, &arts[i]) {
			for _, b := range memo.Get(m, "discrepancy.based", s, func() []basedPlace { return basedPlaces(s) }) {
				ts := byBody[b.body]
				if ts == nil {
					if len(bodies) >= maxBasedBodies {
						continue
					}
					bodies = append(bodies, b.body)
				}
				k := slices.IndexFunc(ts, func(t *told) bool { return t.place == b.place })
				if k < 0 {
					if len(ts) >= maxBased {
						continue
					}
					ts = append(ts, &told{place: b.place, text: b.text})
					byBody[b.body] = ts
					k = len(ts) - 1
				}
				if !slices.Contains(ts[k].arts, i) {
					ts[k].arts = append(ts[k].arts, i)
				}
			}
		}
	}
	var out []crosscheck.Discrepancy
	for _, body := range bodies {
		ts := byBody[body]
		for x := range ts {
			for _, y := range ts[x+1:] {
				a, b := ts[x], y
				// Each side's reports must not name the other's place:
				// a body based in one city may work in the other.
				if intersects(a.arts, b.arts) || namesPlace(arts, a.arts, b.place) || namesPlace(arts, b.arts, a.place) {
					continue
				}
				vs := []crosscheck.Cited{{Text: a.text, Articles: idsOf(arts, a.arts)}, {Text: b.text, Articles: idsOf(arts, b.arts)}}
				sort.Slice(vs, func(i, j int) bool { return vs[i].Text < vs[j].Text })
				out = append(out, crosscheck.Discrepancy{
					Kind:     crosscheck.PlaceDiscrepancy,
					About:    "Where it is based: “" + a.place + "” or “" + b.place + "”",
					Variants: vs,
				})
			}
		}
	}
	return out
}

// namesPlace reports whether any of the articles names place.
func namesPlace(arts []crosscheck.Article, is []int, place string) bool {
	for _, i := range is {
		if wordIn(arts[i].Text, place) || wordIn(arts[i].Title, place) {
			return true
		}
	}
	return false
}
