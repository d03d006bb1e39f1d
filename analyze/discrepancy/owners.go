package discrepancy

import (
	"strings"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/memo"
)

// An owned body is a body that a place's possessive names: "Oklahoma's
// emergency management agency", "Kansas's emergency management agency".
// Two articles that give one such body, in the same words, to two places,
// in sentences that share what else they say, disagree on the place.

// maxOwnedWords bounds the lower-case words between a possessive and the
// head of its body.
const maxOwnedWords = 4

// ownerDiscrepancies reports the bodies that two articles give to two
// places.
func ownerDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	keys, byKey := toldOnce(arts, m, "discrepancy.owners", ownedOf, ownedParts)
	return owners(arts, keys, byKey)
}

func ownedParts(b body) (string, string, string, string) { return b.key, b.name, b.name, b.sentence }

// owners judges the places the articles give each owned body.
func owners(arts []crosscheck.Article, keys []string, byKey map[string]map[string]*told) []crosscheck.Discrepancy {
	index := articleIndex(arts)
	return toldTwoWays(keys, byKey, func(key, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		inNames := " " + strings.ToLower(a+" "+b+" "+key) + " "
		skip := func(c string) bool { return strings.Contains(inNames, " "+c+" ") }
		if overlap(x.context(skip), y.context(skip)) < minPlaceContext || writes(arts, index, x.arts, y.text) || writes(arts, index, y.arts, x.text) {
			return crosscheck.Discrepancy{}, false
		}
		return twoWays(crosscheck.PlaceDiscrepancy, "Place of the "+key+": “"+x.text+"” or “"+y.text+"”", x, y), true
	})
}

// ownedOf returns the owned bodies of an article's sentences: a country,
// region or state in the possessive, then up to maxOwnedWords lower-case
// words that end in a word of bodyHeads, keyed by those words.
func ownedOf(sents []string) []body {
	var out []body
	for _, s := range sents {
		if !strings.Contains(s, "'s ") && !strings.Contains(s, "’s ") {
			continue
		}
		ws := strings.Fields(s)
		for k := 0; k+1 < len(ws) && len(out) < maxPlacings; k++ {
			w := strings.TrimLeft(ws[k], "\"“‘(")
			owner, ok := strings.CutSuffix(w, "'s")
			if !ok {
				owner, ok = strings.CutSuffix(w, "’s")
			}
			if !ok || !capital(owner) || !entities.IsRegion(owner) {
				continue
			}
			var phrase []string
			for j := k + 1; j < len(ws) && len(phrase) < maxOwnedWords; j++ {
				t := strings.TrimRight(ws[j], ",.;:)\"”’")
				if t == "" || capital(t) {
					break
				}
				phrase = append(phrase, t)
				if _, head := bodyHeads[t]; head && len(phrase) >= 2 {
					out = append(out, body{key: strings.Join(phrase, " "), name: owner, sentence: s})
					break
				}
				if t != ws[j] {
					break
				}
			}
		}
	}
	return out
}
