package discrepancy

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// Two reports that tell one happening in sentences sharing most of what
// they say, each locating it in one place ("Prime Minister Kenji Moriyama
// of Japan hosted President Han Ji-seok … in Kagoshima", "Moriyama
// welcomed President Han Ji Seok to the southern Japanese city of
// Kumamoto"), where neither report names the other's place anywhere,
// place it in two places, whatever verbs they tell it with. Places are
// the names the story's entities take for places; a place that one
// report gives inside the other's ("Chala, in the Arequipa region") is
// no second place.

// sitedPlace is the one place a sentence locates something at.
type sitedPlace struct {
	art   int
	id    string // the article's ID
	sent  string
	place string // as written
	key   string // folded
	words map[string]bool
}

// minSitedWords is how many content words, besides places, two sentences
// must share to tell one happening.
const minSitedWords = 4

// minSitedShare is the share of their words (Jaccard) two such sentences
// must have in common: sentences of one beat share its words ("House",
// "Republican", "immigration") without telling one happening. It was
// chosen among 0, 0.15, 0.2 and 0.25 on the constructed sets already read,
// basil-dev and the alarms on ECB+ (docs/analysis.md, round 9).
const minSitedShare = 0.15

// maxSitedSentences is how many sentences of an article are read for the
// place of what it tells: a report places its happening near its top,
// and a long one's later sentences place what came before or around it.
const maxSitedSentences = 16

// maxSited bounds the sentences with a place read from one article.
const maxSited = 64

// sitedPlaces reports the happenings that aligned sentences of two
// articles place in two places.
func sitedPlaces(arts []crosscheck.Article, ents []crosscheck.Entity, m *memo.Memo) []crosscheck.Discrepancy {
	places := map[string]bool{}      // folded names of places
	written := map[string][]string{} // folded name -> the names as written
	for _, e := range ents {
		if e.Kind != crosscheck.Place {
			continue
		}
		for _, v := range e.Variants {
			k := foldPlace(v)
			places[k] = true
			written[k] = append(written[k], v)
		}
	}
	if len(places) < 2 {
		return nil
	}
	firsts := map[string]bool{}
	for p := range places {
		f, _, _ := strings.Cut(p, " ")
		firsts[f] = true
	}
	// Which articles name each place, and which places some sentence
	// gives within a few words after another ("near Chala, in the
	// Arequipa region"), read once from the articles' folded words.
	named := make([]map[string]bool, len(arts))
	byKey := map[string][]int{}
	within := map[[2]string]bool{}
	for i := range arts {
		named[i] = map[string]bool{}
		type at struct {
			key string
			k   int
		}
		var seen []at
		cs := memo.Get(m, "discrepancy.capitalWords", arts[i].Text, func() []capitalAt { return capitalWords(arts[i].Text) })
		for x, c := range cs {
			// Only a word that starts a place's name is joined to the
			// capitalised words right after it.
			if !firsts[c.w] {
				continue
			}
			key := c.w
			for n := 1; n <= 3 && x+n <= len(cs); n++ {
				if n > 1 {
					if cs[x+n-1].k != c.k+n-1 {
						break
					}
					key += " " + cs[x+n-1].w
				}
				if !places[key] {
					continue
				}
				if !named[i][key] {
					named[i][key] = true
					byKey[key] = append(byKey[key], i)
				}
				for _, p := range seen {
					if p.key != key && c.k-p.k <= placeWithin {
						within[[2]string{p.key, key}] = true
					}
				}
				seen = append(seen, at{key, c.k})
			}
		}
	}
	var sited []sitedPlace
	for i := range arts {
		n := 0
		// Only the sentences that write a place the article names are
		// read.
		var forms []string
		for k := range named[i] {
			forms = append(forms, written[k]...)
		}
		if len(forms) == 0 {
			continue
		}
		sents := sentencesOf(m, &arts[i])
		for _, s := range sents[:min(len(sents), maxSitedSentences)] {
			if !slices.ContainsFunc(forms, func(w string) bool { return strings.Contains(s, w) }) {
				continue
			}
			p, ok := onePlace(s, places, m)
			if !ok {
				continue
			}
			if n++; n > maxSited {
				break
			}
			words := map[string]bool{}
			pw := strings.Fields(p.key)
			for _, w := range memo.Get(m, "discrepancy.sitedWords", s, func() []string { return sitedWords(s) }) {
				if !slices.Contains(pw, w) {
					words[w] = true
				}
			}
			p.art, p.id, p.sent, p.words = i, arts[i].ID, s, words
			sited = append(sited, p)
		}
	}
	// twoPlaces reports whether two places of one happening or thing are
	// two: either report naming the other's place may tell of two
	// happenings, or of one place inside the other. A state or a country
	// may hold the other; a name spelt near the other may be its exonym
	// ("Gothenburg", "Göteborg") or a misspelling, which
	// spellingVariants reads.
	twoPlaces := func(a, b sitedPlace) bool {
		if named[b.art][a.key] || named[a.art][b.key] || areas[a.key] || areas[b.key] || boroughOf[a.key] == b.key || boroughOf[b.key] == a.key ||
			entities.IsRegion(a.place) || entities.IsRegion(b.place) || sharesOwnWord(a.key, b.key) ||
			vowelKey(a.place) == vowelKey(b.place) || street(a.key) != street(b.key) ||
			a.key[:min(3, len(a.key))] == b.key[:min(3, len(b.key))] {
			return false
		}
		return !within[[2]string{a.key, b.key}] && !within[[2]string{b.key, a.key}] && !together(byKey[a.key], named, b.key)
	}
	index := indexWords(sited, func(p sitedPlace) map[string]bool { return p.words })
	seen := map[string]bool{}
	var out []crosscheck.Discrepancy
	shared := make([]int, len(sited))
	var touched []int
	for i, a := range sited {
		for _, j := range touched {
			shared[j] = 0
		}
		touched = touched[:0]
		for w := range a.words {
			for _, j := range index[w] {
				if j <= i || sited[j].art == a.art || sited[j].art > a.art+Window {
					continue
				}
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
		}
		slices.Sort(touched)
		for _, j := range touched {
			b := sited[j]
			if shared[j] < minSitedWords || float64(shared[j]) < minSitedShare*float64(len(a.words)+len(b.words)-shared[j]) || a.key == b.key || seen[a.key+"\x00"+b.key] || seen[b.key+"\x00"+a.key] {
				continue
			}
			if !twoPlaces(a, b) {
				continue
			}
			seen[a.key+"\x00"+b.key] = true
			out = append(out, placedTwice(a, b))
		}
	}
	// A named thing located by an apposition ("Hadleigh Hall, a
	// 17th-century stately home in Suffolk", "Hadleigh Hall, a historic
	// country house in Norfolk") is located so whatever else the
	// sentences say.
	byThing := map[string][]sitedPlace{}
	var things []string
	for i := range arts {
		if len(named[i]) == 0 {
			continue
		}
		n := 0
		for _, s := range sentencesOf(m, &arts[i]) {
			for _, l := range memo.Get(m, "discrepancy.located", s, func() []locatedThing { return locatedThings(s) }) {
				if k := foldPlace(l.place); places[k] && n < maxSited {
					n++
					if byThing[l.thing] == nil {
						things = append(things, l.thing)
					}
					// One report of each place stands for it (together
					// reads every report that names it), so that a big
					// story's many reports of one place cost one.
					ps := byThing[l.thing]
					if len(ps) < maxThingPlaces && !slices.ContainsFunc(ps, func(p sitedPlace) bool { return p.key == k }) {
						byThing[l.thing] = append(ps, sitedPlace{art: i, id: arts[i].ID, sent: s, place: l.place, key: k})
					}
				}
			}
		}
	}
	for _, t := range things {
		ps := byThing[t]
		for x, a := range ps {
			for _, b := range ps[x+1:] {
				if a.art == b.art || a.key == b.key || seen[a.key+"\x00"+b.key] || seen[b.key+"\x00"+a.key] || !twoPlaces(a, b) {
					continue
				}
				seen[a.key+"\x00"+b.key] = true
				out = append(out, placedTwice(a, b))
			}
		}
	}
	return out
}

// placedTwice is the discrepancy of one happening or thing placed in two
// places.
func placedTwice(a, b sitedPlace) crosscheck.Discrepancy {
	return crosscheck.Discrepancy{
		Kind:  crosscheck.PlaceDiscrepancy,
		About: "Place: “" + a.place + "” or “" + b.place + "”",
		Variants: []crosscheck.Cited{
			{Text: a.place, Articles: []string{a.id}},
			{Text: b.place, Articles: []string{b.id}},
		},
	}
}

// locatedThing is a named thing an apposition locates in a place.
type locatedThing struct {
	thing, place string
}

// locatedApposition matches a name of capitalised words, an apposition
// of a few words that says what it is, and the place it is in: "Hadleigh
// Hall, a 17th-century stately home in Suffolk"; compiled on first use.
var locatedApposition = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]+ ){0,3}\p{Lu}[\p{L}'’-]+), (?:a|an|the) (?:[\p{L}\d'’-]+ ){1,4}(?:in|near|outside) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})`)
})

// locatedThings returns the named things a sentence's appositions locate.
func locatedThings(s string) []locatedThing {
	// Most sentences hold no such apposition: the pattern is read only
	// where its words stand.
	if !strings.Contains(s, ", a") && !strings.Contains(s, ", the ") ||
		!strings.Contains(s, " in ") && !strings.Contains(s, " near ") && !strings.Contains(s, " outside ") {
		return nil
	}
	var out []locatedThing
	for _, m := range locatedApposition().FindAllStringSubmatch(s, maxLocated) {
		first, _, _ := strings.Cut(m[1], " ")
		if textproc.IsStopword(strings.ToLower(first)) || calendarNames[strings.ToLower(first)] {
			continue
		}
		out = append(out, locatedThing{thing: textproc.Fold(strings.ToLower(m[1])), place: m[2]})
	}
	return out
}

// maxLocated bounds the appositions read from one sentence, and
// maxThingPlaces the places of one named thing compared.
const (
	maxLocated     = 8
	maxThingPlaces = 16
)

// capitalAt is a capitalised word of a text, folded and lower case, and
// its place among the text's words.
type capitalAt struct {
	w string
	k int
}

// capitalWords returns the capitalised words of a text, in order: the
// words places are named with.
func capitalWords(text string) []capitalAt {
	var out []capitalAt
	k, start := 0, -1
	end := func(i int) {
		if start < 0 {
			return
		}
		w := text[start:i]
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			out = append(out, capitalAt{strings.ToLower(textproc.Fold(w)), k})
		}
		k++
		start = -1
	}
	for i, r := range text {
		if textproc.IsWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		end(i)
	}
	end(len(text))
	return out
}

// areas are regions of a country that hold cities and states, as states
// and countries do (entities.IsRegion).
var areas = map[string]bool{
	"new england": true, "midwest": true, "northeast": true, "southwest": true, "southeast": true,
	"pacific northwest": true, "gulf coast": true, "bay area": true, "silicon valley": true,
	"great plains": true, "appalachia": true, "west coast": true, "east coast": true, "mid atlantic": true,
	"sun belt": true, "rust belt": true, "great lakes": true, "deep south": true, "new york city": true,
}

// boroughOf names the city that holds a borough told as a place of its
// own.
var boroughOf = map[string]string{
	"manhattan": "new york", "brooklyn": "new york", "queens": "new york", "bronx": "new york",
	"staten island": "new york",
}

// foldPlace folds a place's name as onePlace keys it.
func foldPlace(s string) string {
	return strings.Join(textproc.FoldedWords(s), " ")
}

// sitingPrepositions stand before the place a sentence locates something
// at.
var sitingPrepositions = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "of": true}

// onePlace returns the one place that sentence s locates something at: a
// name of places after a preposition of sitingPrepositions ("of" only
// after "city", "town" or "village of"), when the sentence gives one.
func onePlace(s string, places map[string]bool, m *memo.Memo) (sitedPlace, bool) {
	var found sitedPlace
	n := 0
	for _, c := range memo.Get(m, "discrepancy.sited", s, func() []sitedPlace { return sitings(s) }) {
		if !places[c.key] {
			continue
		}
		if c.key != found.key {
			n++
		}
		found.place, found.key = c.place, c.key
	}
	return found, n == 1
}

// sitedWords returns the content words of a sentence, folded: no
// stopwords, numbers or names of the calendar.
func sitedWords(s string) []string {
	var out []string
	for _, w := range textproc.FoldedWords(s) {
		if !textproc.IsStopword(w) && !calendarNames[w] && !isDigits(w) {
			out = append(out, w)
		}
	}
	return out
}

// sitings returns the names a sentence locates something at, in order,
// whatever they name: what onePlace chooses among, read once per
// sentence.
func sitings(s string) []sitedPlace {
	ws := placeWords(s)
	var out []sitedPlace
	for k := 0; k+1 < len(ws); k++ {
		// "occurred five days before San Diego's playoff loss at
		// Pittsburgh": a place after "before" is another happening's.
		if temporalPrepositions[ws[k].low] {
			break
		}
		if !sitingPrepositions[ws[k].low] || ws[k].ends {
			continue
		}
		if ws[k].low == "of" && (k == 0 || !placeNouns[ws[k-1].low]) {
			continue
		}
		p := placeAt(ws, k+1, false)
		if p == "" {
			continue
		}
		// "on Interstate 5": a road's name runs on in its number.
		if e := k + 1 + len(strings.Fields(p)); e < len(ws) && isDigits(ws[e].low) {
			continue
		}
		out = append(out, sitedPlace{place: p, key: foldPlace(p)})
	}
	return out
}

// together reports whether some article of those that name one place
// names the other: a story that holds both (a borough and its city, a
// home town and the scene) may leave either out of a report.
func together(naming []int, named []map[string]bool, other string) bool {
	for _, i := range naming {
		if named[i][other] {
			return true
		}
	}
	return false
}
