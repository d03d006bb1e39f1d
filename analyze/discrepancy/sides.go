package discrepancy

import (
	"strings"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A side is where a thing lies from a place told by a compass direction:
// "a 22-acre site north of downtown", "on the town's east side", "on the
// west side of town". Two articles that put one thing on two sides of one
// place, in sentences that share what else they say, disagree.

// bearing is a direction a sentence gives from a place, and the words of
// what lies there ("a 22-acre site north of downtown": "22-acre site").
type bearing struct {
	from      string // the place, folded
	direction string // as written
	sentence  string
	thing     map[string]bool
}

// maxBearings bounds the bearings read from one article.
const maxBearings = 64

// sideDiscrepancies reports the things that two articles place on two
// sides of one place.
func sideDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	return sides(toldOnce(arts, m, "discrepancy.sides", bearingsOf, bearingParts))
}

func bearingParts(b bearing) (string, string, string, string) {
	return b.from, strings.ToLower(b.direction), b.direction, b.sentence
}

// sides judges the bearings the articles give each place.
func sides(froms []string, byFrom map[string]map[string]*told) []crosscheck.Discrepancy {
	return toldTwoWays(froms, byFrom, func(from, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		skip := func(c string) bool { return c == from || c == a || c == b || c == "side" }
		// What lies on each side must be told alike: "the camp, located
		// 10 miles south of the border" and "a state north of the
		// border" are two things.
		if overlap(x.context(skip), y.context(skip)) < minPlaceContext || overlap(things(x, from, a), things(y, from, b)) == 0 {
			return crosscheck.Discrepancy{}, false
		}
		if thing, ok := strings.CutPrefix(from, boundKey); ok {
			return twoWays(crosscheck.PlaceDiscrepancy, "Heading of the "+thing+": “"+x.text+"” or “"+y.text+"”", x, y), true
		}
		return twoWays(crosscheck.PlaceDiscrepancy, "Side of "+from+": “"+x.text+"” or “"+y.text+"”", x, y), true
	})
}

// bearingsOf returns the bearings of an article's sentences: "DIRECTION
// of PLACE", "PLACE's DIRECTION side" and "the DIRECTION side of PLACE",
// the place being the one word after "of" (past "the") or before "'s".
func bearingsOf(sents []string) []bearing {
	var out []bearing
	for _, s := range sents {
		if !hasCompass(s) {
			continue
		}
		ws := placeWords(s)
		for k, w := range ws {
			if len(out) >= maxBearings {
				break
			}
			// "an eastbound freight train": the way a thing heads.
			if bound[w.low] && k+1 < len(ws) && !w.ends {
				if n := headNoun(ws, k+1); n != "" {
					if roadParts[n] {
						// "in the southbound lanes", "on the northbound
						// side": the way one road's traffic heads.
						n = "lanes"
					}
					out = append(out, bearing{from: boundKey + n, direction: w.text, sentence: s, thing: map[string]bool{n: true}})
				}
				continue
			}
			if !compass[w.low] {
				continue
			}
			from := ""
			switch {
			case k+2 < len(ws) && ws[k+1].low == "side" && ws[k+2].low == "of" && !ws[k+1].ends:
				from = wordAfterOf(ws, k+3)
			case k+1 < len(ws) && ws[k+1].low == "side" && k > 0 && strings.HasSuffix(ws[k-1].low, "'s"):
				from = strings.TrimSuffix(ws[k-1].low, "'s")
			case k+1 < len(ws) && ws[k+1].low == "side" && k > 0 && strings.HasSuffix(ws[k-1].low, "’s"):
				from = strings.TrimSuffix(ws[k-1].low, "’s")
			case k+1 < len(ws) && ws[k+1].low == "of" && !w.ends:
				from = wordAfterOf(ws, k+2)
			}
			if from == "" {
				continue
			}
			out = append(out, bearing{from: textproc.Fold(from), direction: w.text, sentence: s, thing: thingBefore(ws, k)})
		}
	}
	return out
}

// thingWords is how many words tell what lies on a side.
const thingWords = 3

// thingBefore returns the content words, up to thingWords, of what a
// bearing at ws[k] places: those before it, past a distance ("located
// about 10 miles"), the place's own possessive and the preposition ("a
// mobile home park on the town's east side").
func thingBefore(ws []placeWord, k int) map[string]bool {
	out := map[string]bool{}
	for j := k - 1; j >= 0 && len(out) < thingWords; j-- {
		w := ws[j].low
		if j < k-1 && ws[j].ends {
			break
		}
		if isDigits(strings.ReplaceAll(w, ",", "")) || distanceWords[w] || textproc.IsStopword(w) ||
			strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			continue
		}
		out[textproc.Fold(w)] = true
	}
	return out
}

// distanceWords stand between a thing and its bearing.
var distanceWords = map[string]bool{
	"miles": true, "mile": true, "kilometers": true, "kilometres": true, "km": true, "feet": true, "meters": true,
	"metres": true, "yards": true, "blocks": true, "located": true, "situated": true, "lies": true, "just": true,
	"roughly": true, "some": true, "about": true, "nearly": true, "far": true,
}

// things returns the words of what t's sentences place on a side of a
// place.
// bound are the words of the way a thing heads.
var bound = map[string]bool{"northbound": true, "southbound": true, "eastbound": true, "westbound": true}

// roadParts are the nouns a heading gives a road's traffic by: the lanes
// or the side of a road that heads one way.
var roadParts = map[string]bool{"lanes": true, "lane": true, "side": true, "carriageway": true, "direction": true, "roadway": true}

// boundKey opens the key of a thing's heading, which no place's name
// starts with.
const boundKey = "\x00"

// headNoun returns the last of up to two lower-case words from ws[i] on
// that are no function words and no participles, stopping at
// punctuation: the noun of "eastbound freight train carrying stone",
// folded, or "".
func headNoun(ws []placeWord, i int) string {
	n := ""
	for j := i; j < len(ws) && j < i+2; j++ {
		w := ws[j].low
		if textproc.IsStopword(w) || afterSubject[w] || ws[j].text != w || strings.HasSuffix(w, "ing") || isParticiple(w) {
			break
		}
		n = textproc.Fold(ws[j].low)
		if ws[j].ends {
			break
		}
	}
	return n
}

func things(t *told, from, direction string) map[string]bool {
	out := map[string]bool{}
	for _, b := range bearingsOf(t.sents) {
		if b.from == from && strings.ToLower(b.direction) == direction {
			for w := range b.thing {
				out[w] = true
			}
		}
	}
	return out
}

// wordAfterOf returns the word at ws[i], past "the", lower case, or "".
func wordAfterOf(ws []placeWord, i int) string {
	if i < len(ws) && ws[i].low == "the" {
		i++
	}
	if i >= len(ws) || textproc.IsStopword(ws[i].low) {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(ws[i].low, "'s"), "’s")
}

// hasCompass reports whether a sentence holds a compass word, which a
// bearing needs: most sentences have none and are not read further.
func hasCompass(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "north") || strings.Contains(l, "south") || strings.Contains(l, "east") || strings.Contains(l, "west")
}
