package discrepancy

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A street, a school or a park is named by a word or two and the word of
// its kind: "Cedar Hollow Elementary", "Ridgeway Avenue". A rewrite that
// gets such a name wrong keeps its kind and most of its letters: "Cedar
// Hills Elementary", "Ridgeview Avenue". Two articles that each name one
// place of a kind that differs from the other's in one word, the two
// words alike at their start, disagree on the name, unless an article
// names both.

// kindedName matches one to three capitalised words and the word of a
// place's kind after them; compiled on first use.
var kindedName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b((?:[A-Z][a-z]+ ){1,3})(Avenue|Street|Road|Boulevard|Drive|Lane|Elementary|School|Academy|Hospital|Park|Bridge|Church|Mall|Plaza|Square|Stadium|Arena|Airport|Museum|Cathedral|Court|County|Parish)\b`)
})

// townAirport matches an airport named for its town, of one to three
// words: "Denver International Airport", "Salt Lake City International
// Airport"; compiled on first use.
var townAirport = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b((?:[A-Z][a-z]+ ){1,3})(?:International|Regional|Municipal) Airport\b`)
})

// townAirportKey is the key of the airports townAirport finds: their
// value is the whole town.
const townAirportKey = "_ town airport"

// maxKindedNames bounds the names read from one article.
const maxKindedNames = 64

// kinded is one name of a place of a kind: its key is the name with one
// word left out, its value that word.
type kinded struct {
	key, word, name, sentence string
}

// kindedNamesOf returns, for each name of a place of a kind the sentences
// give, one item for each of its words left out.
func kindedNamesOf(sents []string) []kinded {
	var out []kinded
	for _, s := range sents {
		// An airport is named for its town, whose name may be of
		// several words: the whole town is the value.
		for _, ix := range townAirport().FindAllStringSubmatchIndex(s, -1) {
			town := strings.TrimSpace(s[ix[2]:ix[3]])
			if first, _, _ := strings.Cut(town, " "); textproc.IsStopword(strings.ToLower(first)) || calendarNames[strings.ToLower(first)] {
				continue
			}
			out = append(out, kinded{key: townAirportKey, word: textproc.Fold(town), name: s[ix[0]:ix[1]], sentence: s})
		}
		for _, ix := range kindedName().FindAllStringSubmatchIndex(s, -1) {
			m := []string{s[ix[0]:ix[1]], s[ix[2]:ix[3]], s[ix[4]:ix[5]]}
			if (m[2] == "County" || m[2] == "Parish") && !countyOfPlace(s[:ix[0]], s[ix[1]:]) {
				continue
			}
			ws := strings.Fields(m[1])
			if textproc.IsStopword(strings.ToLower(ws[0])) || calendarNames[strings.ToLower(ws[0])] || titles[strings.ToLower(ws[0])] {
				ws = ws[1:]
			}
			if len(ws) == 0 {
				continue
			}
			name := strings.Join(ws, " ") + " " + m[2]
			for i := range ws {
				rest := append(append([]string{}, ws[:i]...), "_")
				rest = append(rest, ws[i+1:]...)
				out = append(out, kinded{key: textproc.Fold(strings.Join(rest, " ") + " " + m[2]), word: textproc.Fold(ws[i]), name: name, sentence: s})
			}
			if len(out) >= maxKindedNames {
				return out
			}
		}
	}
	return out
}

func kindedParts(k kinded) (string, string, string, string) { return k.key, k.word, k.name, k.sentence }

// maxKindedPairs bounds the pairs of names of one story judged.
const maxKindedPairs = 64

// minKindedPrefix is how many letters the two words must begin with alike
// when the name has no other word ("Ridgeway Avenue", "Ridgeview
// Avenue"): every street of a story shares its kind.
const minKindedPrefix = 4

// kindedDiscrepancies reports the places of a kind that two articles name
// with one word told two ways.
func kindedDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	keys, byKey := toldOnce(arts, m, "discrepancy.kinded", kindedNamesOf, kindedParts)
	text := map[string]string{}
	for _, a := range arts {
		text[a.ID] = a.Title + "\n" + a.Text
	}
	// An article that names both is told of two places.
	namesBoth := func(x, y string) bool {
		for _, t := range text {
			if strings.Contains(t, x) && strings.Contains(t, y) {
				return true
			}
		}
		return false
	}
	judged := 0
	return toldTwoWays(keys, byKey, func(key, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		// Each judgement reads every report: a story's pairs are few,
		// and more than maxKindedPairs are left.
		if judged >= maxKindedPairs {
			return crosscheck.Discrepancy{}, false
		}
		// A name of one word and its kind needs its two words alike at
		// their start, or the same words after it in both reports ("at
		// Unity Stadium in Kumasi", "at Independence Stadium in Kumasi").
		need := 1
		if strings.HasPrefix(key, "_ ") && strings.Count(key, " ") == 1 {
			need = minKindedPrefix
			if sameAfter(x, y) || sameSentence(x, y, minKindedContext) {
				need = 0
			}
		}
		// A court named for its town ("Leeds Crown Court", "Sheffield
		// Crown Court") is another court in another town's name.
		if townCourt(key) {
			need = 0
		}
		// A story may name several airports (where a flight left, where
		// it was headed, where it landed): two are one only in sentences
		// that say the same of it ("Flight 1187 diverted to Denver
		// International Airport after the crew shut down the left
		// engine", "… landed safely at Salt Lake City International
		// Airport after pilots shut down the plane's left engine").
		if key == townAirportKey {
			if !sameSentence(x, y, minKindedContext) {
				return crosscheck.Discrepancy{}, false
			}
			need = 0
		}
		// A county is named for a person or a place, its name alike
		// to no other's: one report's county against another's, each
		// the only one it names, in sentences telling the same of it
		// ("The fire started in Larimer County", "the fire burning in
		// Colorado's Boulder County").
		if key == "_ county" || key == "_ parish" {
			if !sameContext(x, y, minCountyContext) {
				return crosscheck.Discrepancy{}, false
			}
			need = 0
		}
		if !sharePrefix(a, b, need) {
			return crosscheck.Discrepancy{}, false
		}
		judged++
		if namesBoth(x.text, y.text) {
			return crosscheck.Discrepancy{}, false
		}
		return twoWays(crosscheck.PlaceDiscrepancy, "Name: “"+x.text+"” or “"+y.text+"”", x, y), true
	})
}

// countyOfPlace reports whether a county, between before and after in
// its sentence, is where something is ("started in Larimer County",
// "near the Chase County line"), not a body's name ("the Sacramento
// County Sheriff's Department") or a thing done to ("split Hamilton
// County into three districts").
func countyOfPlace(before, after string) bool {
	ws := strings.Fields(before)
	// "in Colorado's Boulder County": the state that holds it.
	if n := len(ws); n >= 2 && (strings.HasSuffix(ws[n-1], "'s") || strings.HasSuffix(ws[n-1], "’s")) {
		ws = ws[:n-1]
	}
	if len(ws) == 0 {
		return false
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "in", "near", "through", "across", "into", "throughout", "rural", "northern", "southern", "eastern", "western":
	default:
		return false
	}
	// "Philadelphia County's Court of Common Pleas": a body's.
	if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimSpace(after), " ")
	r, _ := utf8.DecodeRuneInString(next)
	return !unicode.IsUpper(r)
}

// minKindedContext is how many content words a sentence of each of two
// names of one word and a kind must share, besides the names', for the
// names to be of one place however unlike they are ("The five-story
// apartment building on Walton Avenue partly collapsed", "A five-story
// apartment building on Morris Avenue partly collapsed").
const minKindedContext = 4

// sameSentence reports whether a sentence of each of two told values
// shares at least n content words with the other, besides their own.
func sameSentence(x, y *told, n int) bool {
	own := func(w string) bool {
		return strings.Contains(strings.ToLower(x.text), w) || strings.Contains(strings.ToLower(y.text), w)
	}
	for _, sx := range x.sents {
		wx := map[string]bool{}
		for _, w := range textproc.ContentWords(sx) {
			if !own(w) {
				wx[w] = true
			}
		}
		for _, sy := range y.sents {
			shared := 0
			for _, w := range textproc.ContentWords(sy) {
				if wx[w] {
					shared++
					wx[w] = false
				}
			}
			for w := range wx {
				wx[w] = true
			}
			if shared >= n {
				return true
			}
		}
	}
	return false
}

// minCountyContext is how many content words the sentences of two
// counties must share, besides the counties' own.
const minCountyContext = 2

// sameContext reports whether the sentences of two told values share at
// least n content words besides their own.
func sameContext(x, y *told, n int) bool {
	own := func(w string) bool {
		return strings.Contains(strings.ToLower(x.text), w) || strings.Contains(strings.ToLower(y.text), w)
	}
	cx, cy := x.context(own), y.context(own)
	shared := 0
	for w := range cx {
		if cy[w] {
			shared++
		}
	}
	return shared >= n
}

// courtKinds are the kinds of court named for the town or county they
// sit in.
var courtKinds = []string{"crown court", "county court", "district court", "superior court", "circuit court",
	"magistrates court", "municipal court", "city court"}

// townCourt reports whether a name's key, its town's word left out, is
// a court named for its town or county ("_ crown court", "_ county
// superior court").
func townCourt(key string) bool {
	rest, ok := strings.CutPrefix(key, "_ ")
	// "Maricopa County Superior Court": a county's court.
	if r, county := strings.CutPrefix(rest, "county "); county {
		rest = r
	}
	return ok && slices.Contains(courtKinds, rest)
}

// kindedAfter is how many words after a name sameAfter compares.
const kindedAfter = 2

// sameAfter reports whether two names are followed by the same words in
// a sentence of each.
func sameAfter(x, y *told) bool {
	next := func(t *told) map[string]bool {
		out := map[string]bool{}
		for _, s := range t.sents {
			for rest := range after(s, t.text) {
				ws := textproc.FoldedWords(rest)
				if len(ws) >= kindedAfter {
					out[strings.Join(ws[:kindedAfter], " ")] = true
				}
			}
		}
		return out
	}
	ny := next(y)
	for k := range next(x) {
		if ny[k] {
			return true
		}
	}
	return false
}
