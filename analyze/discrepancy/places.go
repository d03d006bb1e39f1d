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

// A happening's place is told by a verb and the place after it: "was
// signed in Seoul", "made landfall near Port Delisle", "was arrested early
// Sunday in Santa Monica". Two articles that tell the same verb at two
// places, in sentences that share what else they say, place one happening
// in two places, unless either article names the other's place too (a
// deal signed in one capital and praised in the other).

// placing is a verb and the place a sentence gives it.
type placing struct {
	verb     string // the verb's stem and its preposition's class
	place    string // as written
	key      string // folded
	sentence string
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
	verbs, byVerb := toldOnce(arts, m, "discrepancy.places", finestPlacings,
		func(p placing) (string, string, string, string) { return p.verb, p.key, p.place, p.sentence })
	// A state or a country may hold the towns the others place a verb in:
	// where a verb has both, only the towns and sites are compared.
	for _, vs := range byVerb {
		var fine bool
		for _, t := range vs {
			fine = fine || !region(t)
		}
		if fine {
			maps.DeleteFunc(vs, func(_ string, t *told) bool { return region(t) })
		}
	}
	index := articleIndex(arts)
	nm := newNamer(arts, m)
	names := func(id string, key string) bool { return nm.places(index[id], key) }
	// naming leaves out of t the articles that name place key too: they
	// may tell of two happenings, but the others still disagree.
	naming := func(t *told, key string) *told {
		n := *t
		n.arts = slices.DeleteFunc(slices.Clone(t.arts), func(id string) bool { return names(id, key) })
		return &n
	}
	// "appeared in federal court in Macon" places the appearance and the
	// court: one pair of places is reported once.
	seen := map[string]bool{}
	return toldTwoWays(verbs, byVerb, func(verb, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		if seen[a+"\x00"+b] {
			return crosscheck.Discrepancy{}, false
		}
		anchor, _, _ := strings.Cut(verb, " ")
		skip := func(c string) bool { return c == anchor || strings.Contains(" "+a+" "+b+" ", " "+c+" ") }
		// A country or a state and a place that is neither may be one
		// inside the other.
		need := minPlaceContext
		if occasions[anchor] {
			// An occasion each report holds in one place ("two days of
			// talks in Ankara", "hammered out during talks in Istanbul")
			// is one happening whatever else its sentences say.
			need = 0
		}
		// A thing told as one of a kind ("at a hangar in Nashua") may be
		// one of several the story holds (a campaign's stops): its
		// sentences must share more.
		// and told of someone both name.
		if !occasions[anchor] && (oneOfAKind(x, anchor) || oneOfAKind(y, anchor)) {
			need += extraIndefinite
			if overlap(namesExcept(x, skip), namesExcept(y, skip)) == 0 {
				return crosscheck.Discrepancy{}, false
			}
		}
		if region(x) != region(y) || overlap(x.context(skip), y.context(skip)) < need {
			return crosscheck.Discrepancy{}, false
		}
		// Where a speaker met the press is told of one speaker both
		// name: "Deng told reporters in Bentiu" and "he told journalists
		// in Geneva" are two people's words.
		if anchor == "press" && overlap(namedIn(x, skip), namedIn(y, skip)) == 0 {
			return crosscheck.Discrepancy{}, false
		}
		// A street and a place that is none may be one inside the other
		// ("Snyder Avenue", "East Flatbush"); names that share a word of
		// their own may be one place named in part ("Aoraki Mount Cook",
		// "Mount Cook National Park").
		// One place romanised two ways ("Barishal", "Barisal") is one
		// place.
		// "in Takengon, the capital of Central Aceh district" against
		// "in Aceh province": a place told with the other right after it
		// lies in it.
		if street(a) != street(b) || siteIn(a, b, y) || siteIn(b, a, x) || sharesOwnWord(a, b) || districtOf[a] == b || districtOf[b] == a || vowelKey(x.text) == vowelKey(y.text) ||
			namesIn(x.sents, x.text, y.text) || namesIn(y.sents, y.text, x.text) {
			return crosscheck.Discrepancy{}, false
		}
		if x, y = naming(x, b), naming(y, a); len(x.arts) == 0 || len(y.arts) == 0 {
			return crosscheck.Discrepancy{}, false
		}
		seen[a+"\x00"+b] = true
		return twoWays(crosscheck.PlaceDiscrepancy, "Place: “"+x.text+"” or “"+y.text+"”", x, y), true
	})
}

// namesIn reports whether one of sents names place and, a few words
// after it in the same clause, the place outer: "in Takengon, the capital
// of Central Aceh district" holds Takengon in Aceh.
func namesIn(sents []string, place, outer string) bool {
	for _, s := range sents {
		for rest := range after(s, place) {
			if k := strings.IndexAny(rest, ";.!?()"); k >= 0 {
				rest = rest[:k]
			}
			if ws := strings.Fields(rest); len(ws) > placeWithin {
				rest = strings.Join(ws[:placeWithin], " ")
			}
			if wordIn(rest, outer) {
				return true
			}
		}
	}
	return false
}

// placeWithin is how many words after a place may name the place that
// holds it.
const placeWithin = 6

// wordIn reports whether s holds w as a word of its own.
func wordIn(s, w string) bool {
	for rest := s; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		before, _ := utf8.DecodeLastRuneInString(rest[:i])
		after, _ := utf8.DecodeRuneInString(rest[i+len(w):])
		if (i == 0 || !unicode.IsLetter(before)) && (i+len(w) == len(rest) || !unicode.IsLetter(after)) {
			return true
		}
		rest = rest[i+len(w):]
	}
}

// finestPlacings are the placings of sentences, less those that place a
// verb in a state or a country when the article also places it in a town
// or a site: "derailed in rural Nebraska" and "derailed near Cozad" place
// one derailment, told coarsely and finely.
func finestPlacings(sents []string) []placing {
	// "since a train derailed and burned in East Palestine, Ohio, in
	// 2023": a place given a year of its own is another happening's.
	ps := slices.DeleteFunc(placingsOf(sents), func(p placing) bool { return yearAfter(p.sentence, p.place) || yearFronted(p.sentence) })
	fine := map[string]bool{}
	for _, p := range ps {
		if !entities.IsRegion(p.place) {
			fine[p.verb] = true
		}
	}
	return slices.DeleteFunc(ps, func(p placing) bool { return fine[p.verb] && entities.IsRegion(p.place) })
}

// placePrepositions are the prepositions that place a happening, by
// class: "in", "at", "near" and "on" (a street) say where, "to" and "into"
// where to.
var placePrepositions = map[string]string{
	"in": "at", "at": "at", "near": "at", "outside": "at", "on": "at", "off": "at", "to": "to", "into": "to",
}

// placeWord is a word of a sentence as placings read it: without the
// punctuation around it, and whether a comma or a stop ends it.
type placeWord struct {
	text, low string
	ends      bool
	comma     bool // a comma ends it
	// quoted is set for a word that opens a quotation: a title of a
	// work ("starred in “Van Wilder”"), not a place.
	quoted bool
}

func placeWords(s string) []placeWord {
	out := make([]placeWord, 0, strings.Count(s, " ")+1)
	prev := ""
	for f := range strings.FieldsSeq(s) {
		before := prev
		prev = f
		t := strings.Trim(f, "\"“”‘’'()[],.;:!?")
		if t == "" {
			continue
		}
		out = append(out, placeWord{text: t, low: strings.ToLower(t), ends: strings.ContainsAny(f[len(f)-1:], ",.;:!?)"), comma: strings.HasSuffix(f, ","),
			quoted: strings.ContainsAny(f[:1], "\"“‘'")})
		// "in Co. Cork": a county's abbreviation ends nothing, as
		// textproc.SentenceSpans reads it.
		if f == "Co." && textproc.CountyAbbrevAfter(before) {
			out[len(out)-1].ends = false
		}
	}
	return out
}

// impactVerbs tell where a hazard hit, the place right after them or
// after "into" or "through"; impactStem is their one stem. They are read
// only in a sentence that names a hazard (hazardNouns): "Trump hit Biden"
// places nothing.
var impactVerbs = map[string]bool{
	"struck": true, "hit": true, "slammed": true, "tore": true, "ripped": true, "battered": true, "swept": true,
	"pounded": true, "flattened": true, "devastated": true, "ravaged": true, "lashed": true,
}

const impactStem = "hit"

// hazardNouns name a storm, a quake, a fire or a flood.
var hazardNouns = map[string]bool{
	"tornado": true, "tornadoes": true, "twister": true, "storm": true, "hurricane": true, "typhoon": true, "cyclone": true,
	"quake": true, "earthquake": true, "tremor": true, "wildfire": true, "blaze": true, "fire": true, "landslide": true,
	"tsunami": true, "avalanche": true, "flood": true, "floods": true, "flooding": true,
}

// hazardIn reports whether a sentence's words name a hazard.
func hazardIn(ws []placeWord) bool {
	for _, w := range ws {
		if hazardNouns[w.low] {
			return true
		}
	}
	return false
}

// floodStem is the verb of a river that left its banks.
const floodStem = "overflowed"

// riverFlooded reports whether word k tells a river leaving its banks:
// "burst its banks", "broke its banks", "overflowed", "topped its
// banks".
func riverFlooded(ws []placeWord, k int) bool {
	switch ws[k].low {
	case "overflowed", "overflows":
		return true
	case "burst", "broke", "topped", "breached":
		return k+2 < len(ws) && ws[k+1].low == "its" && (ws[k+2].low == "banks" || ws[k+2].low == "bank")
	}
	return false
}

// riverBefore returns the name of the river that the words before word k
// end on ("the Tanaro River"), or "".
func riverBefore(ws []placeWord, k int) string {
	if k < 2 || ws[k-1].low != "river" || ws[k-1].ends || !capital(ws[k-1].text) {
		return ""
	}
	b := k - 1
	for b > 0 && k-1-b < 3 && capital(ws[b-1].text) && !ws[b-1].ends && !textproc.IsStopword(ws[b-1].low) {
		b--
	}
	if b == k-1 {
		return ""
	}
	parts := make([]string, 0, k-b)
	for _, w := range ws[b:k] {
		parts = append(parts, w.text)
	}
	return strings.Join(parts, " ")
}

// regionNouns, after a place's name in lower case, call it a region that
// holds towns.
var regionNouns = map[string]bool{
	"province": true, "region": true, "state": true, "prefecture": true, "governorate": true, "oblast": true,
}

// departVerbs tell where a voyage or a flight began, the place right
// after them or after "from"; departStem is their one stem.
var departVerbs = map[string]bool{
	"left": true, "leaving": true, "departed": true, "departing": true, "sailed": true, "sailing": true,
}

const departStem = "depart"

// placeLinking are the words that stand between what is placed and its
// preposition without saying what it is ("the epicenter was near").
var placeLinking = map[string]bool{"was": true, "is": true, "were": true, "are": true, "be": true, "been": true, "will": true}

// outbreakVerbs tell where a happening started, in the past tense that the
// ending test misses: "the fire broke out Saturday in the hills above
// Santa Paula", "the protests began in Lagos".
var outbreakVerbs = map[string]bool{"broke": true, "began": true}

// aroundPlace are the prepositions that tie a stretch of land to the
// place it lies by: "the hills above", "the outskirts of".
var aroundPlace = map[string]bool{"above": true, "below": true, "near": true, "outside": true, "of": true, "around": true, "beyond": true}

// futureVerb reports whether ws[k] is a verb's plain form after "will" or
// "to" ("members will vote on it Saturday at Maple Crest High School",
// "are scheduled to vote Saturday at Liberty Ridge High School"): a
// happening to come, placed as a past one is.
func futureVerb(ws []placeWord, k int) bool {
	if k == 0 || ws[k-1].ends || ws[k].text != ws[k].low || len(ws[k].low) < 3 || textproc.IsStopword(ws[k].low) {
		return false
	}
	p := ws[k-1].low
	return p == "will" || p == "to" && k >= 2 && (ws[k-2].low == "scheduled" || ws[k-2].low == "set" || ws[k-2].low == "expected" || ws[k-2].low == "due")
}

// placingsOf returns the placings of an article's sentences: a preposition
// of placePrepositions and one to three capitalised words that name a
// place (placeAt), told by a verb in the past tense or a participle up to
// placeWindow words before it ("was arrested early Sunday in Malibu") or
// by the word it follows ("the epicenter was near the town of Huanta",
// "Aldridge & Sons Jewelers on East Broad Street").
func placingsOf(sents []string) []placing {
	var out []placing
	for _, s := range sents {
		if !mayPlace(s) {
			continue
		}
		ws := placeWords(s)
		add := func(anchor, class string, j int) bool {
			if j+1 < len(ws) && ws[j+1].quoted {
				return false
			}
			place, end := placeEnd(ws, j+1, ws[j].low == "on")
			if place != "" && listAt(ws, end) {
				return false
			}
			// "in the hills above Santa Paula", "on the outskirts of
			// Kabul": the place past a stretch of land around it.
			if place == "" && j+4 < len(ws) && ws[j+1].low == "the" && ws[j+2].text == ws[j+2].low && !ws[j+2].ends &&
				aroundPlace[ws[j+3].low] && !ws[j+3].ends {
				place = placeAt(ws, j+4, false)
			}
			if place == "" || len(out) >= maxPlacings {
				return false
			}
			key := strings.Join(textproc.FoldedWords(place), " ")
			out = append(out, placing{verb: anchor + " " + class, place: place, key: key, sentence: s})
			return true
		}
		hazard := hazardIn(ws)
		for k, w := range ws {
			// "The most destructive tornado struck Aberdeen", "The
			// deadliest twister slammed into Amory": where a storm, a
			// quake or a fire hit, the place right after its verb.
			if hazard && impactVerbs[w.low] && !w.ends && k+1 < len(ws) {
				j := k
				if ws[k+1].low == "into" || ws[k+1].low == "through" {
					j = k + 1
				}
				add(impactStem, "at", j)
			}
			// "the Tanaro River burst its banks", "The Jacuí River
			// overflowed": which river flooded.
			if riverFlooded(ws, k) {
				if name := riverBefore(ws, k); name != "" && len(out) < maxPlacings {
					out = append(out, placing{verb: floodStem + " at", place: name, key: strings.Join(textproc.FoldedWords(name), " "), sentence: s})
				}
			}
			// "had left Lembar", "after departing Batangas City",
			// "sailed from Lucena", "left the port of Batangas": where
			// a voyage began.
			if departVerbs[w.low] && !w.ends && k+1 < len(ws) {
				j := k
				if ws[k+1].low == "from" {
					j = k + 1
				}
				add(departStem, "from", j)
			}
			derailed := offRails(ws, k)
			landfall := landfallAt(ws, k)
			if (isParticiple(w.low) || outbreakVerbs[w.low] || presenceVerbs[w.low] || placeSynonyms[w.low] == "capsize" || futureVerb(ws, k) || derailed || landfall) && !speechVerbs[w.low] && !workVerbs[w.low] {
				verb := placeVerb(w.low)
				switch {
				case derailed:
					verb = derailStem
				case landfall:
					verb = landfallStem
				default:
					if made := madeNoun(ws, k); made != "" {
						verb = made
					}
				}
				// A time of day ("struck at 3:14 a.m. local time")
				// takes no room of the window, and its stops end
				// nothing.
				n := 0
				for j := k + 1; j < len(ws) && n <= placeWindow; j++ {
					if clockWord(ws, j) {
						continue
					}
					n++
					if class, ok := placePrepositions[ws[j].low]; ok && add(verb, class, j) {
						break
					}
					// "centered 25 miles northwest of Chivay": a
					// direction from a place places as "in" does.
					// "derailed west of the Hammond Gateway station": a
					// named thing after "the".
					at := j
					if j+2 < len(ws) && ws[j].low == "of" && ws[j+1].low == "the" && !ws[j+1].ends && unicode.IsUpper([]rune(ws[j+2].text)[0]) {
						at = j + 1
					}
					if ws[j].low == "of" && compass[ws[j-1].low] && add(verb, ws[j-1].low, at) {
						// And the direction is told of that place:
						// "southwest of Arequipa" against "northwest
						// of Arequipa".
						if p := out[len(out)-1]; len(out) < maxPlacings {
							out = append(out, placing{verb: verb + " from " + p.key,
								place: ws[j-1].low + " of " + p.place, key: ws[j-1].low, sentence: s})
						}
						break
					}
					if ws[j].ends {
						break
					}
				}
			}
			// "the northern edge of Hartselle", "the southern outskirts of
			// Kabul": a side of a place places what it follows, whatever
			// verb tells it.
			// Sides are compared along one axis: a corner may be told as
			// its northern or its western tip.
			if d := compassAdjectives[w.low]; d != "" && k+3 < len(ws) && sideNouns[ws[k+1].low] && ws[k+2].low == "of" && !w.ends && !ws[k+1].ends && len(out) < maxPlacings {
				if place := placeAt(ws, k+3, false); place != "" {
					key := strings.Join(textproc.FoldedWords(place), " ")
					out = append(out, placing{verb: "lies from " + key + " " + axisOf[d], place: w.low + " " + ws[k+1].low + " of " + place, key: d, sentence: s})
				}
			}
			// "a ranching town about 12 miles east of Medford": a
			// distance and a direction from a place place what they
			// follow, whatever verb tells it.
			if compass[w.low] && k >= 1 && k+2 < len(ws) && ws[k+1].low == "of" && distanceUnits[ws[k-1].low] && !w.ends && len(out) < maxPlacings {
				if place := placeAt(ws, k+2, false); place != "" {
					key := strings.Join(textproc.FoldedWords(place), " ")
					out = append(out, placing{verb: "lies from " + key, place: w.low + " of " + place, key: w.low, sentence: s})
				}
			}
			class, ok := placePrepositions[w.low]
			if !ok {
				continue
			}
			b := k - 1
			for b >= 0 && placeLinking[ws[b].low] && !ws[b].ends {
				b--
			}
			if b < 0 || ws[b].ends && b != k-1 {
				continue
			}
			a := textproc.Fold(ws[b].low)
			// "told supporters in Sofia", "at a rally in Plovdiv": where a
			// speaker met the crowd. "told reporters in Westminster",
			// "speaking to journalists in Hyde": where one met the press,
			// which is not where another rallied the crowd.
			switch a {
			case "supporters", "crowd":
				a = "rally"
			case "reporters", "journalists":
				a = "press"
			}
			if isParticiple(a) || textproc.IsStopword(a) || calendarNames[a] || speechVerbs[a] || notPlaced[a] || len(a) < 3 {
				continue
			}
			// Only a thing named or told as known is one thing: "the
			// epicenter", "Aldridge & Sons Jewelers", not "a stop in
			// Oskaloosa", one of a campaign's many.
			r, _ := utf8.DecodeRuneInString(ws[b].text)
			// "in federal court in Newark": a place before the thing
			// makes it as known as "the" does.
			known := func(k int) bool { return definite[ws[k].low] || placePrepositions[ws[k].low] == "at" }
			// "The April 16 debate in Tucson": a date before the thing
			// leaves it as known as "the" makes it.
			d := b - 1
			for d > 0 && (calendarNames[strings.TrimSuffix(ws[d].low, ".")] || isDigits(ws[d].low)) && !ws[d].ends {
				d--
			}
			if !unicode.IsUpper(r) && !(d >= 0 && d < b && definite[ws[d].low]) && !(b > 1 && known(b-2) && !ws[b-2].ends) && !occasions[a] && !indefinite(ws, b) {
				continue
			}
			add(a, class, k)
		}
	}
	return out
}

// clockWord reports whether word j tells a time of day: "3:14", "a.m.",
// "local time", or "at" before a clock time.
func clockWord(ws []placeWord, j int) bool {
	w := ws[j].low
	switch {
	case w == "a.m" || w == "p.m" || w == "am" && j > 0 && isClock(ws[j-1].low) || w == "pm" && j > 0 && isClock(ws[j-1].low):
		return true
	case isClock(w):
		return true
	case w == "at" && j+1 < len(ws) && isClock(ws[j+1].low):
		return true
	case w == "local" && j+1 < len(ws) && ws[j+1].low == "time" || w == "time" && j > 0 && ws[j-1].low == "local":
		return true
	}
	return false
}

// isClock reports whether a word is a clock time: "3:14", "11:05".
func isClock(w string) bool {
	h, m, ok := strings.Cut(w, ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && isDigits(h) && isDigits(m)
}

// region reports whether a told place is a country, a region or a state,
// not a town that shares its name and is placed in one ("Lebanon, Pa.").
func region(t *told) bool {
	// "sailing from Leyte province", "in Oromia region": a place its
	// report places a happening in and calls a region. A region named
	// for its chief city is the city elsewhere ("a court in Arequipa",
	// "the former governor of Peru's Arequipa region").
	for _, s := range t.sents {
		for _, p := range []string{"in ", "from ", "near ", "at ", "to ", "into "} {
			for rest := range after(s, p+t.text+" ") {
				if w, _, _ := strings.Cut(rest, " "); regionNouns[strings.Trim(w, ",.;:")] {
					return true
				}
			}
		}
	}
	if !entities.IsRegion(t.text) {
		return false
	}
	for _, s := range t.sents {
		for rest := range after(s, t.text+", ") {
			if w, _, _ := strings.Cut(rest, " "); entities.IsRegion(strings.Trim(w, ",.;")) || entities.IsRegion(w) {
				return false
			}
		}
	}
	return true
}

// placeVerb returns the stem of a verb that places, with the words of one
// meaning made one: "based in Lancaster" and "headquartered in Lebanon"
// place one company's seat, "struck off" and "was centered off" one
// quake.
// landfallStem is where a storm reached land: "made landfall near
// Corrigan Heads", "came ashore near Bellbird Bay".
const landfallStem = "landfall"

// landfallAt reports whether the word at k and the one after it tell a
// storm reaching land.
func landfallAt(ws []placeWord, k int) bool {
	if k+1 >= len(ws) || ws[k].ends {
		return false
	}
	switch ws[k].low {
	case "made", "makes", "make", "making":
		return ws[k+1].low == "landfall"
	case "came", "comes", "come", "coming", "moved", "moves", "roared", "swept", "slammed":
		return ws[k+1].low == "ashore"
	}
	return false
}

func placeVerb(w string) string {
	if v, ok := placeSynonyms[w]; ok {
		return v
	}
	return eventStem(w)
}

// workVerbs tell of a part in a work, not of a place: "starred in American
// Pie".
var workVerbs = map[string]bool{"starred": true, "co-starred": true, "cast": true, "featured": true, "starring": true}

// presenceVerbs are verbs in -ing that place whoever they tell of where
// the happening took place: "Meeting in Brussels, the European Parliament
// passed …", "Speaking to supporters in Porto, …".
var presenceVerbs = map[string]bool{
	"meeting": true, "speaking": true, "campaigning": true, "appearing": true, "testifying": true,
	"rallying": true, "addressing": true, "gathering": true,
}

// madeNoun returns the verb that "made", a determiner and the noun of a
// deed stand for, or "": "made the announcement in Townsville" places what
// "announced the package in Cairns" does, "made an emergency landing in
// Omaha" what "landed at Denver International Airport" does. Up to two
// lower-case words may qualify the noun.
func madeNoun(ws []placeWord, k int) string {
	if ws[k].low != "made" || k+2 >= len(ws) || ws[k].ends {
		return ""
	}
	switch ws[k+1].low {
	case "the", "an", "a":
	default:
		return ""
	}
	for j := k + 2; j < len(ws) && j <= k+4 && !ws[j-1].ends; j++ {
		w := ws[j]
		if w.text != w.low || textproc.IsStopword(w.low) {
			return ""
		}
		switch {
		case w.low == "announcement":
			return placeVerb("announced")
		case len(w.low) >= 7 && strings.HasSuffix(w.low, "ing"):
			return placeVerb(w.low)
		}
	}
	return ""
}

// derailStem is the verb of a train that left its rails, however told.
const derailStem = "derail"

// offRails reports whether word k and the words after it tell a train
// leaving its rails: "jumped the tracks", "left the rails", "came off the
// tracks".
func offRails(ws []placeWord, k int) bool {
	switch ws[k].low {
	case "jumped", "left", "came", "went", "ran":
	default:
		return false
	}
	n := k + 1
	if n < len(ws) && ws[n].low == "off" && !ws[k].ends {
		n++
	}
	return n+1 < len(ws) && ws[n].low == "the" && (ws[n+1].low == "tracks" || ws[n+1].low == "rails") && !ws[n].ends
}

var placeSynonyms = map[string]string{
	// "made in China", "manufactured in Vietnam"
	"manufactured": "made", "produced": "made", "derailed": derailStem,
	// "met in Geneva", "meeting in Geneva"
	"met": "meet", "spoke": "speak",
	"based": "base", "headquartered": "base", "located": "base", "situated": "base",
	// where a quake or a storm struck
	"centered": "strike", "centred": "strike", "struck": "strike", "hit": "strike",
	// where a fire or a riot started: "broke out near", "started near",
	// "began near"
	"broke": "start", "began": "start", "begun": "start", "started": "start", "erupted": "start",
	"ignited": "start",
	// where a boat went down
	"capsized": "capsize", "overturned": "capsize", "sank": "capsize", "flipped": "capsize",
}

// compass are the directions of "25 miles northwest of …".
// compassAdjectives are the sides of a place, by their direction.
var compassAdjectives = map[string]string{"northern": "north", "southern": "south", "eastern": "east", "western": "west"}

// axisOf is the axis a direction lies on.
var axisOf = map[string]string{"north": "north-south", "south": "north-south", "east": "east-west", "west": "east-west"}

// sideNouns are the parts of a place a side names: "the northern edge of".
var sideNouns = map[string]bool{
	"edge": true, "outskirts": true, "part": true, "side": true, "end": true, "tip": true, "suburbs": true,
	"fringe": true, "half": true, "section": true, "shore": true, "flank": true,
}

// sideWords are the ends of compassAdjectives ("northern", "western")
// and a side noun, as a sentence holds them.
var sideWords = []string{"ern edge of", "ern outskirts of", "ern part of", "ern side of", "ern end of", "ern tip of",
	"ern suburbs of", "ern fringe of", "ern half of", "ern section of", "ern shore of", "ern flank of"}

var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
}

// occasions are the things held once that a report may name as one of a
// kind and still mean one: "announced the veto at a news conference in
// Salem" tells of the one conference, where "a stop in Oskaloosa" is one of
// a campaign's many.
var occasions = map[string]bool{
	"conference": true, "briefing": true, "ceremony": true, "summit": true, "hearing": true, "debate": true,
	"talks": true, "rally": true, "auction": true, "press": true,
	// A quake has one epicentre, wherever each report says it lies.
	"epicenter": true, "epicentre": true,
}

// notPlaced are words before "to" or "in" that attribute or compare
// rather than place ("according to", "due to", "close to").
var notPlaced = map[string]bool{
	"according": true, "due": true, "thanks": true, "close": true, "next": true, "prior": true,
	"compared": true, "similar": true, "related": true, "owing": true, "interest": true,
}

// districtOf maps the districts that national news names in place of
// their city to it, folded: "a federal jury in Manhattan" sat in New
// York.
var districtOf = map[string]string{
	"manhattan": "new york", "brooklyn": "new york", "queens": "new york", "bronx": "new york",
	"the bronx": "new york", "staten island": "new york",
}

// extraIndefinite is how many more content words the sentences of two
// places must share when a thing is told as one of a kind.
const extraIndefinite = 2

// indefinite reports whether word b, a noun, follows "a" or "an", with
// at most one lower-case word between ("a hangar", "a chemical plant").
func indefinite(ws []placeWord, b int) bool {
	art := func(k int) bool { return k >= 0 && (ws[k].low == "a" || ws[k].low == "an") && !ws[k].ends }
	return art(b-1) || b >= 2 && art(b-2) && !ws[b-1].ends && ws[b-1].text == ws[b-1].low && !textproc.IsStopword(ws[b-1].low)
}

// namesExcept returns the capitalised words of a told place's sentences
// past their first word, folded, but for those skip leaves out.
func namesExcept(t *told, skip func(w string) bool) map[string]bool {
	return capitalisedIn(t, skip, false)
}

// namedIn returns the capitalised words of t's sentences, the first of
// each too when it is no common word or pronoun, but for those skip
// accepts.
func namedIn(t *told, skip func(w string) bool) map[string]bool {
	return capitalisedIn(t, skip, true)
}

// capitalisedIn returns the folded capitalised words of t's sentences
// that are no calendar word, title or word skip accepts; a sentence's
// first word only when first is set and it is no common word.
func capitalisedIn(t *told, skip func(w string) bool, first bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range t.sents {
		capitalised(s, func(k int, w, low string) {
			if k == 0 && (!first || textproc.IsStopword(low) || pronouns[low]) {
				return
			}
			if !calendarNames[low] && !titles[low] && !skip(low) {
				out[low] = true
			}
		})
	}
	return out
}

// oneOfAKind reports whether every sentence of a told place gives its
// thing as one of a kind ("a hangar"), not as one known.
func oneOfAKind(t *told, anchor string) bool {
	for _, s := range t.sents {
		ws := placeWords(s)
		found := false
		for b, w := range ws {
			if textproc.Fold(w.low) == anchor && indefinite(ws, b) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(t.sents) > 0
}

// definite are the words before a noun that tell of one known thing.
var definite = map[string]bool{"the": true, "its": true, "his": true, "her": true, "their": true, "our": true}

// mayPlace reports whether a sentence has a preposition of
// placePrepositions, or a verb of departure or of a hazard's impact,
// before a capitalised word, or tells a river in flood, which a placing
// needs: most sentences have none and are not read further.
func mayPlace(s string) bool {
	// "The Jacuí River overflowed": a river named as its subject.
	if strings.Contains(s, "River ") && (strings.Contains(s, " its bank") || strings.Contains(s, "overflow")) {
		return true
	}
	// "the northern edge of Hartselle": a side of a place.
	if strings.Contains(s, "ern ") {
		for _, d := range sideWords {
			if strings.Contains(s, d) {
				return true
			}
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			return false
		}
		w := s[i+1 : i+1+j]
		if _, ok := placePrepositions[w]; ok || w == "of" && compass[s[strings.LastIndexByte(s[:i], ' ')+1:i]] || departVerbs[w] || w == "from" || impactVerbs[w] || w == "through" {
			rest := strings.TrimLeft(s[i+2+j:], "\"“‘(")
			if t, ok := strings.CutPrefix(rest, "the "); ok && w == "of" {
				// "west of the Hammond Gateway station".
				if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
					return true
				}
			}
			if t, ok := strings.CutPrefix(rest, "the "); ok {
				if n, _, ok := strings.Cut(t, " of "); ok && placeNouns[n] {
					return true // "near the town of …"
				}
				// "in the hills above Santa Paula".
				if f := strings.SplitN(t, " ", 3); len(f) == 3 && aroundPlace[f[1]] {
					if r, _ := utf8.DecodeRuneInString(f[2]); unicode.IsUpper(r) {
						return true
					}
				}
				// "in the city's Squirrel Hill neighborhood".
				if f := strings.SplitN(t, " ", 2); len(f) == 2 && (strings.HasSuffix(f[0], "'s") || strings.HasSuffix(f[0], "’s")) {
					if r, _ := utf8.DecodeRuneInString(f[1]); unicode.IsUpper(r) {
						return true
					}
				}
			}
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return true
			}
		}
		i += j
	}
	return false
}

// placeNouns are the words of "the town of …" that stand before the name
// of a place.
var placeNouns = map[string]bool{
	"town": true, "city": true, "village": true, "county": true, "state": true, "province": true,
	"district": true, "region": true, "island": true, "port": true, "capital": true, "coast": true,
	"community": true,
}

// street reports whether a folded place names a street or a road (not a
// square, a landmark like a park).
func street(key string) bool {
	w := key[strings.LastIndexByte(key, ' ')+1:]
	return streetWords[w] && w != "square"
}

// siteIn reports whether the folded place key names a site ("Gerald R
// Ford International Airport") of a kind that the sentences of t, which
// place the happening in other, a place that is no site, also tell of
// ("an airport hangar in Grand Rapids"): the site may stand in t's place.
func siteIn(key, other string, t *told) bool {
	if street(other) || siteWords[other[strings.LastIndexByte(other, ' ')+1:]] {
		return false
	}
	kind := key[strings.LastIndexByte(key, ' ')+1:]
	if !siteWords[kind] {
		return false
	}
	for _, s := range t.sents {
		if wordIn(s, kind) {
			return true
		}
	}
	return false
}

// siteWords end the name of a site: the kinds of buildings, and more.
var siteWords = func() map[string]bool {
	m := toSet(buildingKinds)
	for _, w := range []string{"clinic", "cathedral", "mosque", "temple", "synagogue", "center", "centre",
		"prison", "jail", "hotel", "mall", "courthouse"} {
		m[w] = true
	}
	return m
}()

// sharesOwnWord reports whether two folded places share a word that is
// neither a word of places in general ("county", "mount", "new") nor a
// function word.
func sharesOwnWord(a, b string) bool {
	ws := strings.Fields(b)
	for _, w := range strings.Fields(a) {
		if slices.Contains(ws, w) && !placeNouns[w] && !streetWords[w] && !genericPlaceWords[w] && !textproc.IsStopword(w) {
			return true
		}
	}
	return false
}

// genericPlaceWords are words many places' names hold.
var genericPlaceWords = map[string]bool{
	"mount": true, "mt": true, "lake": true, "river": true, "new": true, "san": true, "santa": true, "saint": true,
	"fort": true, "north": true, "south": true, "east": true, "west": true, "upper": true, "lower": true,
	"park": true, "national": true, "beach": true, "bay": true, "springs": true, "falls": true, "valley": true,
	"heights": true, "hills": true, "city": true, "center": true, "centre": true, "el": true, "la": true, "los": true, "las": true,
	"pass": true, "islands": true, "creek": true, "canyon": true, "peak": true, "bridge": true,
	// Words of the names of schools: "Maple Crest High School" and
	// "Liberty Ridge High School" are two schools.
	"high": true, "middle": true, "elementary": true, "medical": true, "memorial": true,
}

// buildingKinds are the kinds of buildings and institutions that many
// places' names end with (genericPlaceWords): two names that share one
// name two sites.
var buildingKinds = []string{
	"school", "academy", "university", "college", "hospital", "stadium", "arena", "church",
	"airport", "station", "hall", "library", "museum",
}

func init() {
	for _, w := range buildingKinds {
		genericPlaceWords[w] = true
	}
}

// distanceUnits stand before a direction from a place ("12 miles east
// of").
var distanceUnits = map[string]bool{"miles": true, "mile": true, "kilometers": true, "kilometres": true, "km": true, "mi": true}

// streetWords end the name of a street: a place "on" must be one.
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true,
	"blvd": true, "drive": true, "lane": true, "way": true, "square": true, "parkway": true, "highway": true,
}

// partNouns are the parts of a city a name may be followed by.
var partNouns = map[string]bool{
	"neighborhood": true, "neighbourhood": true, "district": true, "suburb": true, "section": true,
	"borough": true, "quarter": true, "area": true,
}

// partNamed returns where the name of a part of a place starts when the words
// from i give its place as a possessor first ("Pittsburgh's Oakland
// neighborhood", "the city's Squirrel Hill neighborhood"), else i. The part
// must be told as one (partNouns) within three words of its name.
func partNamed(ws []placeWord, i int) int {
	j := i
	if j+1 < len(ws) && ws[j].low == "the" && !ws[j].ends {
		j++
	}
	if j+1 >= len(ws) || ws[j].ends || !(strings.HasSuffix(ws[j].low, "'s") || strings.HasSuffix(ws[j].low, "’s")) {
		return i
	}
	owner := strings.TrimSuffix(strings.TrimSuffix(ws[j].low, "'s"), "’s")
	if !capital(ws[j].text) && !placeNouns[owner] {
		return i
	}
	j++
	for k := j; k < len(ws) && k <= j+3; k++ {
		if partNouns[ws[k].low] && k > j {
			return j
		}
		if ws[k].ends {
			break
		}
	}
	return i
}

// placeAt returns the capitalised words, one to three, that name a place
// at ws[i] ("the town of" skipped), up to a comma or a stop, or "". A
// street, the place of "on", must end with a word of streetWords.
func placeAt(ws []placeWord, i int, street bool) string {
	place, _ := placeEnd(ws, i, street)
	return place
}

// placeEnd is placeAt, and the index of the word past the place.
func placeEnd(ws []placeWord, i int, street bool) (string, int) {
	// "Pittsburgh's Oakland neighborhood", "the city's Squirrel Hill
	// neighborhood": a part of a place is named past the place that
	// holds it.
	if j := partNamed(ws, i); j > i {
		i = j
	}
	// "the town of Huanta", "the coastal city of Tuy Hoa".
	if i+2 < len(ws) && ws[i].low == "the" && placeNouns[ws[i+1].low] && ws[i+2].low == "of" {
		i += 3
	} else if i+3 < len(ws) && ws[i].low == "the" && !ws[i+1].ends && ws[i+1].text == ws[i+1].low &&
		placeNouns[ws[i+2].low] && ws[i+3].low == "of" {
		i += 4
	}
	var name []string
	// An initial ("Gerald R. Ford International Airport") neither ends
	// a name nor counts among its words.
	initials, ended := 0, false
	for ; i < len(ws) && len(name)-initials < 3 && !ended; i++ {
		w := ws[i].text
		// "Gare du Nord", "Riad al-Solh Square", "al-Fashir": a particle
		// of names inside one, or before a hyphen at its start, is a
		// word of it and does not count among its three.
		if len(name) > 0 && nameParticles[ws[i].low] && !ws[i].ends && i+1 < len(ws) && capital(ws[i+1].text) {
			name = append(name, w)
			initials++
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if p, rest, ok := strings.Cut(w, "-"); ok && nameParticles[p] && capital(rest) {
			r, _ = utf8.DecodeRuneInString(rest)
		}
		if !unicode.IsUpper(r) || allCaps(w) && len(w) > 1 || textproc.IsStopword(ws[i].low) || calendarNames[ws[i].low] || titles[ws[i].low] {
			break
		}
		name = append(name, w)
		if len(w) == 1 && len(name) > 1 && i+1 < len(ws) {
			initials++
			continue
		}
		ended = ws[i].ends
	}
	// A name of a site runs on to the word that says what it is ("Gerald
	// R. Ford International Airport"). i is past the name's last word.
	for k := i; len(name) > 0 && !ended && k < len(ws) && k < i+2; k++ {
		if r, _ := utf8.DecodeRuneInString(ws[k].text); !unicode.IsUpper(r) {
			break
		}
		if siteWords[ws[k].low] {
			for ; i <= k; i++ {
				name = append(name, ws[i].text)
			}
			break
		}
		if ws[k].ends {
			break
		}
	}
	if street && (len(name) == 0 || !streetWords[strings.ToLower(name[len(name)-1])]) {
		return "", i
	}
	return strings.Join(name, " "), i
}

// listAt reports whether the place that ends before word i is the first
// of a list ("in Nairobi, Nakuru and Kisumu", "in Lagos and Abuja"): the
// happening is placed in all of them, and no one of them is its place.
func listAt(ws []placeWord, i int) bool {
	upper := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(ws[k].text)
		return unicode.IsUpper(r)
	}
	for k := i; k+1 < len(ws) && k < i+8; k++ {
		switch {
		case (ws[k].low == "and" || ws[k].low == "or") && (upper(k+1) || ws[k+1].low == "the" && k+2 < len(ws) && upper(k+2)):
			// "in Singapore and the Philippines"
			return true
		case !upper(k):
			return false
		}
		if ws[k].ends && !ws[k].comma {
			return false
		}
	}
	return false
}

// yearAfter reports whether a year follows place closely in sentence ("in
// East Palestine, Ohio, in 2023").
func yearAfter(sentence, place string) bool {
	i := strings.Index(sentence, place)
	if i < 0 {
		return false
	}
	rest := sentence[i+len(place):]
	if len(rest) > 24 {
		rest = rest[:24]
	}
	for _, f := range strings.Fields(rest) {
		f = strings.Trim(f, ",.;:)")
		if len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")) && strings.Trim(f, "0123456789") == "" {
			return true
		}
	}
	return false
}

// yearFronted reports whether a sentence opens on a year ("In 2024,
// another Meridian jet made an emergency landing in Denver", "In March
// 2019, …"): background, a happening of its own.
func yearFronted(sentence string) bool {
	ws := strings.Fields(textproc.TrimDateline(sentence))
	if len(ws) < 3 || ws[0] != "In" {
		return false
	}
	for _, f := range ws[1:min(len(ws), 3)] {
		f = strings.TrimRight(f, ",")
		if len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")) && strings.Trim(f, "0123456789") == "" {
			return true
		}
	}
	return false
}
