package discrepancy

import (
	"slices"
	"strings"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A disaster's worst-hit place is one place: "The worst-hit area was
// Chikwawa district" and "Nsanje district, near the border with
// Mozambique, bore the brunt of the flooding" name two, whatever else
// their sentences say. A place told as one of several ("Santa Cruz do Sul
// was among the hardest hit", "the hardest-hit areas") is not the worst
// hit, and a report that names the other's place anywhere may tell of
// both.

// maxBruntSentences bounds the sentences of an article read for its
// worst-hit place.
const maxBruntSentences = 64

// bruntCues tell that a sentence names the place a happening hit worst,
// by where the place stands: after the cue and a "was" ("the
// hardest-hit town was Durant") or as the subject before it ("Nsanje
// district bore the brunt").
var bruntCues = []string{
	"hardest-hit", "hardest hit", "worst-hit", "worst hit", "worst affected", "worst-affected",
	"bore the brunt", "took the brunt", "borne the brunt", "suffered the most", "suffered the worst",
}

// severalWords make a worst-hit place one of several.
var severalWords = []string{"among the", "one of the", "areas", "towns", "cities", "villages", "districts",
	"counties", "regions", "provinces", "neighborhoods", "neighbourhoods", "communities", "parishes", "states"}

// bruntPlace is the worst-hit place a sentence names.
type bruntPlace struct {
	place, key, sentence string
}

// bruntDiscrepancies reports two worst-hit places that two sets of
// articles name.
func bruntDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	type told struct {
		bruntPlace
		arts []int
	}
	var places []*told
	byKey := map[string]*told{}
	for ai := range arts {
		ps := memo.Get(m, "discrepancy.brunt", arts[ai].Text, func() []bruntPlace {
			return bruntPlaces(sentencesOf(m, &arts[ai]))
		})
		// An article that names two worst-hit places tells no one.
		if len(ps) == 0 || slices.ContainsFunc(ps, func(p bruntPlace) bool { return p.key != ps[0].key }) {
			continue
		}
		t := byKey[ps[0].key]
		if t == nil {
			t = &told{bruntPlace: ps[0]}
			byKey[ps[0].key] = t
			places = append(places, t)
		}
		t.arts = append(t.arts, ai)
	}
	if len(places) < 2 {
		return nil
	}
	folded := make(map[int][]string)
	names := func(ai int, key string) bool {
		f, ok := folded[ai]
		if !ok {
			f = textproc.FoldedWords(arts[ai].Text)
			folded[ai] = f
		}
		return namedNotAsBearing(f, strings.Fields(key))
	}
	var out []crosscheck.Discrepancy
	for i, x := range places {
		for _, y := range places[i+1:] {
			if wordIn(x.key, y.key) || wordIn(y.key, x.key) {
				continue
			}
			// A report that names the other's place may tell of both.
			xa := slices.DeleteFunc(slices.Clone(x.arts), func(ai int) bool { return names(ai, y.key) })
			ya := slices.DeleteFunc(slices.Clone(y.arts), func(ai int) bool { return names(ai, x.key) })
			if len(xa) == 0 || len(ya) == 0 {
				continue
			}
			out = append(out, crosscheck.Discrepancy{
				Kind:  crosscheck.PlaceDiscrepancy,
				About: "Place hit worst: “" + x.place + "” or “" + y.place + "”",
				Variants: []crosscheck.Cited{
					{Text: x.place, Articles: idsOf(arts, xa)},
					{Text: y.place, Articles: idsOf(arts, ya)},
				},
			})
		}
	}
	return out
}

// namedNotAsBearing reports whether the words ws name the place key
// other than as the point a distance or a direction is told from: "about
// 62 miles north of Taltal" places an epicentre, and tells nothing of
// what Taltal suffered.
func namedNotAsBearing(ws, key []string) bool {
	for i := 0; i+len(key) <= len(ws); i++ {
		if !slices.Equal(ws[i:i+len(key)], key) {
			continue
		}
		// "north of", "north of the town of", "north of the port town
		// of": a compass word and "of" within five words before.
		bearing := false
		for j := i - 1; j >= 0 && j >= i-5; j-- {
			if compass[ws[j]] && j+1 < i && ws[j+1] == "of" {
				bearing = true
				break
			}
		}
		if !bearing {
			return true
		}
	}
	return false
}

// bruntPlaces returns the worst-hit places the sentences name.
func bruntPlaces(sents []string) []bruntPlace {
	var out []bruntPlace
	for _, s := range sents[:min(len(sents), maxBruntSentences)] {
		// Every cue holds one of these words, in any case the sentence
		// writes it.
		if !strings.Contains(s, "hit") && !strings.Contains(s, "brunt") && !strings.Contains(s, "ffected") && !strings.Contains(s, "uffered") {
			continue
		}
		low := strings.ToLower(s)
		cue := -1
		for _, c := range bruntCues {
			if i := strings.Index(low, c); i >= 0 && (cue < 0 || i < cue) {
				cue = i
			}
		}
		if cue < 0 || slices.ContainsFunc(severalWords, func(w string) bool { return wordIn(low, w) }) {
			continue
		}
		ws := placeWords(s)
		// The word at which the cue stands.
		at, n := 0, 0
		for k, w := range ws {
			if j := strings.Index(s[n:], w.text); j >= 0 {
				n += j
			}
			if n >= cue {
				at = k
				break
			}
			n += len(w.text)
		}
		place := ""
		// "The hardest-hit community was Durant": the place after the
		// cue's "was".
		for k := at; k < len(ws)-1 && k < at+placeWindow; k++ {
			if ws[k].low == "was" || ws[k].low == "is" || ws[k].low == "were" {
				place = placeAt(ws, k+1, false)
				break
			}
			if ws[k].ends {
				break
			}
		}
		// "Nsanje district, near the border, bore the brunt", "The town
		// of Seminole took the brunt": the name right before the cue, past
		// a phrase set off by commas and a place noun after the name.
		if place == "" && at > 0 {
			k := at - 1
			if ws[k].ends {
				for k--; k >= 0 && !ws[k].ends; k-- {
				}
			}
			named := false // a place noun after the name ("Nsanje district")
			if k >= 0 && placeNouns[ws[k].low] {
				k, named = k-1, true
			}
			b := k
			for b >= 0 && k-b < 4 && isCapitalised(ws[b].text) && !textproc.IsStopword(ws[b].low) && (b == k || !ws[b].ends) {
				b--
			}
			// "The town of Seminole".
			if b+1 <= k && (b+1 > 0 || named || capitalisedElsewhere(sents, ws[0].text)) {
				place = placeAt(ws, b+1, false)
			}
		}
		if place == "" {
			continue
		}
		key := strings.Join(textproc.FoldedWords(place), " ")
		if key == "" || calendarNames[key] {
			continue
		}
		out = append(out, bruntPlace{place: place, key: key, sentence: s})
	}
	return out
}

// capitalisedElsewhere reports whether a word that opens a sentence is
// written capitalised inside some sentence too: a name, not a common
// word that the opening capitalises ("Residents bore the brunt").
func capitalisedElsewhere(sents []string, w string) bool {
	for _, s := range sents {
		if i := strings.Index(s, " "+w); i >= 0 && wordIn(s[i+1:], w) {
			return true
		}
	}
	return false
}
