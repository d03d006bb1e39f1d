package discrepancy

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A happening's place is told by a verb and the place after it: "was
// signed in Seoul", "made landfall near Port Delisle", "was arrested early
// Sunday in Santa Monica". Two articles that tell the same verb at two
// places, in sentences that share what else they say, place one happening
// in two places, unless either article names the other's place too (a
// deal signed in one capital and praised in the other).

// placing is a verb and the place a sentence gives it.
type placing struct {
	verb  string // the verb's stem and its preposition's class
	place string // as written
	key   string // folded
	// context is the content words of the sentence, the place's aside.
	context map[string]bool
}

// maxPlacings bounds the placings read from one article.
const maxPlacings = 256

// placeWindow is how many words may stand between the verb and the
// preposition of its place ("arrested early Sunday in").
const placeWindow = 4

// minPlaceContext is how many content words the sentences of two places
// must share, besides the verb.
const minPlaceContext = 2

// placeDiscrepancies reports the happenings that two articles place in
// two places.
func placeDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	verbs, byVerb := toldOnce(len(arts), func(i int) string { return arts[i].ID },
		func(i int) []placing {
			a := &arts[i]
			return memo.Get(m, "discrepancy.places", a.Text, func() []placing { return placingsOf(sentencesOf(m, a)) })
		},
		func(p placing) (string, string, string, map[string]bool) { return p.verb, p.key, p.place, p.context })
	index := map[string]int{}
	for i, a := range arts {
		index[a.ID] = i
	}
	// names reports whether an article of ids names place key; an
	// article's folded text is read when first needed.
	folded := map[int]string{}
	names := func(ids []string, key string) bool {
		return slices.ContainsFunc(ids, func(id string) bool {
			i := index[id]
			f, ok := folded[i]
			if !ok {
				f = " " + strings.Join(textproc.FoldedWords(arts[i].Text), " ") + " "
				folded[i] = f
			}
			return strings.Contains(f, " "+key+" ")
		})
	}
	var out []crosscheck.Discrepancy
	for _, verb := range verbs {
		vs := byVerb[verb]
		if len(vs) != 2 {
			continue
		}
		keys := slices.Sorted(maps.Keys(vs))
		x, y := vs[keys[0]], vs[keys[1]]
		if overlap(x.context, y.context) < minPlaceContext || names(x.arts, keys[1]) || names(y.arts, keys[0]) {
			continue
		}
		out = append(out, crosscheck.Discrepancy{
			Kind:  crosscheck.PlaceDiscrepancy,
			About: "Place: “" + x.text + "” or “" + y.text + "”",
			Variants: []crosscheck.Cited{
				{Text: x.text, Articles: sorted(x.arts)},
				{Text: y.text, Articles: sorted(y.arts)},
			},
		})
	}
	return out
}

// placePrepositions are the prepositions that place a happening, by
// class: "in", "at" and "near" say where, "to" and "into" where to.
var placePrepositions = map[string]string{
	"in": "at", "at": "at", "near": "at", "outside": "at", "to": "to", "into": "to",
}

// placingsOf returns the placings of an article's sentences: a verb in
// the past tense or a participle (an -ed word of five letters or more, or
// one of irregularParticiples), up to placeWindow words, a preposition of
// placePrepositions and one to three capitalised words that are no month,
// day, title or function word.
func placingsOf(sents []string) []placing {
	var out []placing
	for _, s := range sents {
		ws := strings.FieldsFunc(s, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-' && r != '.'
		})
		for k, w := range ws {
			low := strings.ToLower(w)
			if len(out) >= maxPlacings || !isParticiple(low) || speechVerbs[low] {
				continue
			}
			for j := k + 1; j < len(ws) && j <= k+placeWindow+1; j++ {
				class, ok := placePrepositions[strings.ToLower(ws[j])]
				if !ok {
					continue
				}
				place := placeAt(ws, j+1)
				if place == "" {
					break
				}
				key := strings.Join(textproc.FoldedWords(place), " ")
				ctx := map[string]bool{}
				for _, c := range textproc.ContentWords(s) {
					if c != low && !strings.Contains(" "+key+" ", " "+c+" ") {
						ctx[c] = true
					}
				}
				out = append(out, placing{verb: eventStem(low) + " " + class, place: place, key: key, context: ctx})
				break
			}
		}
	}
	return out
}

// placeAt returns the capitalised words, one to three, that name a place
// at ws[i], or "".
func placeAt(ws []string, i int) string {
	var name []string
	for ; i < len(ws) && len(name) < 3; i++ {
		w := strings.TrimRight(ws[i], ".")
		r, _ := utf8.DecodeRuneInString(w)
		low := strings.ToLower(w)
		if !unicode.IsUpper(r) || allCaps(w) && len(w) > 1 || textproc.IsStopword(low) || calendarNames[low] || titles[low] {
			break
		}
		name = append(name, w)
	}
	return strings.Join(name, " ")
}
