package discrepancy

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A swapped place is the commonest slip of a rewritten sentence: the same
// words, with one place put for another where the sentence says where
// ("A federal judge in Fresno, Calif., on Monday blocked the rule", "A
// federal judge in Sacramento on Monday blocked the rule"). Two sentences
// of two articles that run alike up to a preposition of place, name two
// places after it, and run alike again after them disagree on the place,
// unless either article places something at the other's place too.

// minSwapPrefix is how many words two sentences must share, in order,
// before the place; minSwapResume how many right after it.
const (
	minSwapPrefix = 3
	minSwapResume = 2
	maxSwapWords  = 4
)

// maxSwapSentences bounds the distinct sentences of one story compared
// for swapped places: only those with a place preposition before a
// capital are, a big story's copies are compared once per distinct text,
// and each with at most maxClaimFollowers others of the same opening.
const maxSwapSentences = 4096

// swapSentence is one distinct sentence and the articles that hold it.
type swapSentence struct {
	arts  []int
	words []placeWord
	caps  map[string]bool // its capitalised words, folded
}

// swapDiscrepancies reports the places swapped between sentences of two
// articles that otherwise run alike.
func swapDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	return swaps(arts, func(i int) []string { return placingSentences(sentencesOf(m, &arts[i])) })
}

// placingSentences returns the sentences that may place something: a
// preposition of place before a capital (mayPlace).
func placingSentences(sents []string) []string {
	var out []string
	for _, s := range sents {
		if mayPlace(s) || maySwapPlace(s) {
			out = append(out, s)
		}
	}
	return out
}

// swaps reports the places swapped between the sentences of two articles,
// given those of each article that may place something.
func swaps(arts []crosscheck.Article, placing func(i int) []string) []crosscheck.Discrepancy {
	var ss []*swapSentence
	byText := map[string]*swapSentence{}
	byStart := map[string][]int{} // by the first minSwapPrefix words, lower case
	// An article names a place where a preposition places it, so the
	// sentences read here tell what places each article names.
	inArt := make([][]*swapSentence, len(arts))
	for i := range arts {
		for _, s := range placing(i) {
			if e, ok := byText[s]; ok {
				if e.arts[len(e.arts)-1] != i {
					e.arts = append(e.arts, i)
					inArt[i] = append(inArt[i], e)
				}
				continue
			}
			if len(byText) >= maxSwapSentences {
				continue
			}
			ws := placeWords(textproc.TrimDateline(s))
			e := &swapSentence{arts: []int{i}, words: ws}
			byText[s] = e
			inArt[i] = append(inArt[i], e)
			if len(ws) < minSwapPrefix+minSwapResume+1 {
				continue
			}
			key := prefixKey(ws)
			byStart[key] = append(byStart[key], len(ss))
			ss = append(ss, e)
		}
	}
	// names reports whether article a names place key (folded words).
	names := func(a int, key string) bool {
		for _, e := range inArt[a] {
			if !slices.ContainsFunc(strings.Fields(key), func(w string) bool { return !e.capitals()[w] }) {
				return true
			}
		}
		return false
	}
	// keep returns the ids of the articles of e that do not name place key.
	keep := func(e *swapSentence, key string) []string {
		var out []string
		for _, a := range e.arts {
			if !names(a, key) {
				out = append(out, arts[a].ID)
			}
		}
		return out
	}
	type pair struct{ a, b string }
	found := map[pair]*[2][]string{}
	var order []pair
	record := func(i, j int, a, b string) {
		ka, kb := strings.Join(textproc.FoldedWords(a), " "), strings.Join(textproc.FoldedWords(b), " ")
		if ka == kb || entities.IsRegion(a) != entities.IsRegion(b) {
			return
		}
		ia, ib := keep(ss[i], kb), keep(ss[j], ka)
		if len(ia) == 0 || len(ib) == 0 || intersects(ia, ib) {
			return
		}
		if a > b {
			a, b, ia, ib = b, a, ib, ia
		}
		p := pair{a, b}
		ids, ok := found[p]
		if !ok {
			ids = &[2][]string{}
			found[p] = ids
			order = append(order, p)
		}
		for _, id := range ia {
			if !slices.Contains(ids[0], id) {
				ids[0] = append(ids[0], id)
			}
		}
		for _, id := range ib {
			if !slices.Contains(ids[1], id) {
				ids[1] = append(ids[1], id)
			}
		}
	}
	for _, key := range slices.Sorted(maps.Keys(byStart)) {
		list := byStart[key]
		for x, i := range list {
			for _, j := range list[x+1 : min(len(list), x+1+maxClaimFollowers)] {
				if a, b, ok := swapped(ss[i].words, ss[j].words); ok && twoPlaces(a, b) {
					record(i, j, a, b)
				}
			}
		}
	}
	// "It demands that both sides allow aid convoys to move freely
	// through the Adre border crossing", "It calls for aid convoys to
	// move freely through the Tine border crossing": sentences that open
	// apart may still run alike for minMidPrefix words up to a place.
	type at struct{ sent, word int }
	byMid := map[string][]at{}
	for i, e := range ss {
		n := 0
		for p := minMidPrefix; p+minSwapResume < len(e.words) && n < maxMidPlaces; p++ {
			if !midPlace(e.words, p) {
				continue
			}
			n++
			var b strings.Builder
			for _, w := range e.words[p-minMidPrefix : p] {
				b.WriteString(w.low)
				b.WriteByte(' ')
			}
			byMid[b.String()] = append(byMid[b.String()], at{i, p - minMidPrefix})
		}
	}
	for _, key := range slices.Sorted(maps.Keys(byMid)) {
		list := byMid[key]
		for x, u := range list {
			for _, v := range list[x+1 : min(len(list), x+1+maxClaimFollowers)] {
				if u.sent == v.sent {
					continue
				}
				if a, b, ok := swapped(ss[u.sent].words[u.word:], ss[v.sent].words[v.word:]); ok && twoPlaces(a, b) {
					record(u.sent, v.sent, a, b)
				}
			}
		}
	}
	var out []crosscheck.Discrepancy
	for _, p := range order {
		ids := found[p]
		if intersects(ids[0], ids[1]) {
			continue
		}
		out = append(out, crosscheck.Discrepancy{Kind: crosscheck.PlaceDiscrepancy, About: "Place: “" + p.a + "” or “" + p.b + "”",
			Variants: []crosscheck.Cited{{Text: p.a, Articles: sorted(ids[0])}, {Text: p.b, Articles: sorted(ids[1])}}})
	}
	return out
}

// minMidPrefix is how many words two sentences must share right before a
// place inside them; maxMidPlaces bounds the places read in one sentence.
const (
	minMidPrefix = 4
	maxMidPlaces = 8
)

// midPlace reports whether word p of a sentence starts a place told after
// a preposition of place, maybe past "the": "through the Adre border
// crossing", "in Fresno".
func midPlace(ws []placeWord, p int) bool {
	if !capitalRun(ws[p : p+1]) {
		return false
	}
	prev := ws[p-1].low
	return isPlacePreposition(prev) || prev == "the" && p >= 2 && isPlacePreposition(ws[p-2].low)
}

// swapLeads are what may stand before a place that swaps read and
// mayPlace does not look for: a preposition of a way, or "the" after a
// preposition of place.
var swapLeads = []string{" through ", " via ", " across ", " through the ", " across the ", " in the ", " at the ", " near the ", " to the ", " into the "}

// maySwapPlace reports whether a sentence holds one of swapLeads before a
// capital.
func maySwapPlace(s string) bool {
	for _, l := range swapLeads {
		for rest := range after(s, l) {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// twoPlaces reports whether two names put at one point inside two
// sentences may be two places, not one named two ways ("FBI", "F.B.I";
// "Gothenburg", "Göteborg") nor titles or days ("Rep.", "Monday's").
func twoPlaces(a, b string) bool {
	for _, x := range []string{a, b} {
		if strings.HasSuffix(x, "'s") || strings.HasSuffix(x, "’s") {
			return false
		}
		for _, w := range strings.Fields(x) {
			if t := strings.Trim(w, ".,"); entities.IsRole(t) || entities.IsTitleModifier(t) || titleAbbreviations[strings.ToLower(t)] != "" {
				return false
			}
		}
	}
	fa, fb := textproc.Fold(strings.ToLower(strings.ReplaceAll(a, ".", ""))), textproc.Fold(strings.ToLower(strings.ReplaceAll(b, ".", "")))
	n := 0
	for n < len(fa) && n < len(fb) && fa[n] == fb[n] {
		n++
	}
	return n < 3 && !sharesOwnWord(a, b) && wordInitials(a) != fb && wordInitials(b) != fa
}

// isPlacePreposition reports whether w is one of placePrepositions, or a
// preposition of a way ("through the Adre border crossing").
func isPlacePreposition(w string) bool {
	_, ok := placePrepositions[w]
	return ok || w == "through" || w == "via" || w == "across"
}

// capitals returns a sentence's capitalised words, folded, read when
// first needed: only sentences of articles a swap is found in are.
func (e *swapSentence) capitals() map[string]bool {
	if e.caps == nil {
		e.caps = map[string]bool{}
		for _, w := range e.words {
			if capital(w.text) {
				e.caps[textproc.Fold(w.low)] = true
			}
		}
	}
	return e.caps
}

// prefixKey returns the first minSwapPrefix words of a sentence, lower
// case: sentences that run alike before a place share it.
func prefixKey(ws []placeWord) string {
	var b strings.Builder
	for _, w := range ws[:minSwapPrefix] {
		b.WriteString(w.low)
		b.WriteByte(' ')
	}
	return b.String()
}

// swapped reports the places two sentences put at one point: they run
// alike (lower case) for minSwapPrefix words at least up to a preposition
// of place, then each has one to maxSwapWords capitalised words (a state
// after a comma included, "Fresno, Calif."), then they run alike again
// for minSwapResume words.
func swapped(x, y []placeWord) (string, string, bool) {
	n := 0
	for n < len(x) && n < len(y) && x[n].low == y[n].low {
		n++
	}
	if n < minSwapPrefix || n >= len(x) || n >= len(y) {
		return "", "", false
	}
	if !isPlacePreposition(x[n-1].low) && !(x[n-1].low == "the" && n >= 2 && isPlacePreposition(x[n-2].low)) {
		return "", "", false
	}
	for la := 1; la <= maxSwapWords && n+la < len(x); la++ {
		if !capitalRun(x[n : n+la]) {
			break
		}
		for lb := 1; lb <= maxSwapWords && n+lb < len(y); lb++ {
			if !capitalRun(y[n : n+lb]) {
				break
			}
			if resumes(x[n+la:], y[n+lb:]) {
				return placeText(x[n : n+la]), placeText(y[n : n+lb]), true
			}
		}
	}
	return "", "", false
}

// capitalRun reports whether words are each capitalised and no stopword
// or date, as the name of a place is.
func capitalRun(ws []placeWord) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.text)
		if !unicode.IsUpper(r) || textproc.IsStopword(w.low) || calendarNames[strings.TrimSuffix(w.low, ".")] {
			return false
		}
	}
	return true
}

// resumes reports whether two runs of words start alike for minSwapResume
// words.
func resumes(x, y []placeWord) bool {
	if len(x) < minSwapResume || len(y) < minSwapResume {
		return false
	}
	for k := range minSwapResume {
		if x[k].low != y[k].low {
			return false
		}
	}
	return true
}

// placeText returns a place's words up to a comma: "Fresno" of "Fresno,
// Calif.".
func placeText(ws []placeWord) string {
	var out []string
	for _, w := range ws {
		out = append(out, w.text)
		if w.ends {
			break
		}
	}
	return strings.Join(out, " ")
}
