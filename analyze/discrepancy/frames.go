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

// A framed name is a name put after words that two articles share: "in
// her hometown of Iten" and "in her hometown of Eldoret", "near the
// mountain resort of Sinaia" and "near the mountain resort of Predeal",
// "drive about 90 miles to Great Falls" and "… to Billings". A rewrite
// keeps the frame and changes the name; two articles that tell two
// things seldom frame them alike. Two articles that each put one name
// after one frame, two different names, disagree on it, unless either
// names the other's name anywhere (a deal signed in one capital and
// praised in the other).

// frameWords is how many words before a name make its frame; the last
// is a preposition, and a "the" right before the name is not counted
// ("vice chancellor of the Federal University", "vice chancellor of Ekiti
// State University").
const frameWords = 3

// maxFramed bounds the framed names read from one article.
const maxFramed = 256

// framePrepositions end a frame: the name after them is what the frame
// is of, where it is, or where it goes.
var framePrepositions = map[string]bool{
	"of": true, "in": true, "near": true, "at": true, "to": true, "from": true, "outside": true, "on": true,
	"along": true, "off": true,
}

// sourcingWords tell who said something, not what it is about: "according
// to", "a statement from", "a spokesman for" frame the source, and two
// articles quote different ones.
var sourcingWords = map[string]bool{
	"according": true, "said": true, "says": true, "told": true, "statement": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "interview": true, "reported": true, "report": true,
	"reports": true, "wrote": true, "posted": true, "letter": true, "quoted": true, "citing": true,
	"cited": true, "asked": true, "behalf": true,
}

// institutionWords head the names of bodies, which "of" a state or a
// country names too ("the University of Michigan", "the Bank of England").
var institutionWords = map[string]bool{
	"university": true, "college": true, "bank": true, "department": true, "ministry": true, "institute": true,
	"school": true, "court": true, "museum": true, "office": true, "board": true, "council": true,
	"commission": true, "church": true, "party": true, "government": true, "state": true, "people": true,
}

// framed is a name and the frame before it.
type framed struct {
	frame    string // folded words
	key      string // the name, folded
	text     string // frame and name as written
	sentence string
}

// framedNames returns the names each sentence puts after a frame.
func framedNames(sents []string) []framed {
	var out []framed
	for _, s := range sents {
		if len(out) >= maxFramed {
			break
		}
		// The sentence's words past its dateline are read once, and
		// only for a sentence one of the readers below may find
		// something in.
		var read []placeWord
		words := func() []placeWord {
			if read == nil {
				read = placeWords(textproc.TrimDateline(s))
			}
			return read
		}
		// A name set off after the noun a sentence opens on.
		if appositionOpeners[strings.ToLower(s[:strings.IndexByte(s+" ", ' ')])] && strings.Contains(s, ", ") {
			if f, ok := appositionFramed(words(), s); ok {
				out = append(out, f)
			}
		}
		// The base of a body no name stands beside ("the
		// Minneapolis-based maker"), which based.go, reading named
		// bodies' bases, leaves alone.
		if strings.Contains(s, "based") || strings.Contains(s, "headquarter") {
			out = append(out, basedFramed(s)...)
		}
		if capitalsInRow(s, bodyNameWords) {
			out = append(out, bodyNames(words(), s)...)
		}
		// "Hawthorne and Lincoln elementary schools", "Kapuas, Katingan
		// and Seruyan": names given in a list.
		if strings.Contains(s, " and ") || strings.Contains(s, " or ") {
			out = append(out, listedNames(words(), s)...)
		}
		if !mayFrame(s) {
			continue
		}
		ws := words()
		out = append(out, townRegions(ws, s)...)
		for n := frameWords; n < len(ws) && len(out) < maxFramed; n++ {
			numbered := numberedStreet(ws, n)
			if !capital(ws[n].text) && !numbered || capital(ws[n-1].text) && ws[n-1].low != "the" {
				continue
			}
			end := n // the preposition's index + 1
			if ws[n-1].low == "the" {
				end = n - 1
			}
			if end < frameWords || !framePrepositions[ws[end-1].low] {
				continue
			}
			frame := ws[end-frameWords : end]
			name, ok := frameName(ws, n)
			if numbered {
				name, ok = ws[n:n+2], true
			}
			if !ok || !goodFrame(frame, ws[end-1].low == "of" && entities.IsRegion(placeText(name))) {
				continue
			}
			// "held in trust accounts in Singapore and the Philippines":
			// the first of a list is no name the frame is of.
			if listAt(ws, n+len(name)) {
				continue
			}
			// The text holds a "the" between frame and name.
			key, _ := frameKey(frame)
			_, before := frameKey(ws[end-frameWords : n])
			_, named := frameKey(name)
			f := framed{frame: key, key: strings.Join(textproc.FoldedWords(placeText(name)), " "), text: before + " " + named, sentence: s}
			out = append(out, f)
			// "a vacant warehouse on Ardent Street", "the blaze on Ardent
			// Street": a street is framed by the noun before its
			// preposition alone, which outlets keep when they reword
			// the rest.
			// So is a town ("a hospital in Tolvara", "the hospital in
			// Mereda"), unless the noun tells of something done in many
			// places ("a campaign stop in").
			prep := ws[end-1].low
			street := streetName(f.key)
			// A verb before "in" ("living in", "born in") is told of
			// whoever the sentence is about, of whom a story may tell
			// several.
			if noun := ws[end-2]; (street && streetPrepositions[prep] || !street && townPrepositions[prep] && townName(name) && !roamingNouns[noun.low] && !verbLike(noun.low)) &&
				len(noun.low) >= 3 && !capital(noun.text) && !textproc.IsStopword(noun.low) && len(out) < maxFramed {
				f.frame = shortFrame + textproc.Fold(noun.low) + " " + prep
				out = append(out, f)
			}
		}
	}
	return out
}

// townFrame marks the frame of the state or country a town is told in:
// "a plant in Varnholm, Sweden" and "a plant in Varnholm, Norway"
// put one town in two countries.
const townFrame = "town: "

// townRegions returns the towns a sentence places in a state or a
// country after a comma, past a preposition: "in Varnholm, Sweden",
// "near Dunmore, Pa.".
func townRegions(ws []placeWord, s string) []framed {
	var out []framed
	for n := 1; n < len(ws); n++ {
		if !framePrepositions[ws[n-1].low] || !capital(ws[n].text) {
			continue
		}
		k := n
		for k < len(ws) && k < n+3 && capital(ws[k].text) && !ws[k].comma && !ws[k].ends {
			k++
		}
		if k >= len(ws) || !capital(ws[k].text) || !ws[k].comma || k+1 >= len(ws) {
			continue
		}
		town := ws[n : k+1]
		region := ws[k+1 : k+2]
		if k+2 < len(ws) && capital(ws[k+2].text) && !ws[k+1].comma && !ws[k+1].ends {
			region = ws[k+1 : k+3]
		}
		tn, rn := placeText(town), placeText(region)
		if entities.IsRegion(tn) || !entities.IsRegion(rn) || !townName(town) {
			continue
		}
		out = append(out, framed{
			frame:    townFrame + strings.Join(textproc.FoldedWords(tn), " "),
			key:      entities.RegionKey(rn),
			text:     tn + ", " + rn,
			sentence: s,
		})
	}
	return out
}

// bodyFrame marks the frame of a body's name by the words before the
// word that names its kind: "the Digital Commerce Alliance" and "the
// Digital Commerce Association" are one group's name told two ways.
const bodyFrame = "body: "

// bodyKindAbbreviations are the short forms of the words of a body's
// kind, and the words one kind is told by: "Co." is "Company".
var bodyKindAbbreviations = map[string]string{
	"co": "company", "corp": "corporation", "inc": "incorporated", "ltd": "limited", "assn": "association",
	"dept": "department", "univ": "university", "bros": "brothers", "intl": "international",
	// A place of care is called a center, a clinic or a hospital
	// loosely: "the Betty Ford Center", "the Betty Ford Clinic".
	"centre": "center", "clinic": "center", "hospital": "center",
}

// bodyNameWords is the fewest words of a body's name bodyNames reads.
const bodyNameWords = 3

// capitalsInRow reports whether a sentence holds n words in a row that open
// on a capital letter; most sentences are not read word by word.
func capitalsInRow(s string, n int) bool {
	run := 0
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// bodyNames returns the names of bodies a sentence gives in three to six
// capitalised words, the last a word of a body's kind ("Alliance",
// "Association", "Council"), framed by the words before it.
func bodyNames(ws []placeWord, s string) []framed {
	var out []framed
	for n := 0; n < len(ws); n++ {
		if !capital(ws[n].text) || n > 0 && capital(ws[n-1].text) || textproc.IsStopword(ws[n].low) {
			continue
		}
		k := n
		for k < len(ws) && k < n+6 && capital(ws[k].text) {
			if entities.IsOrgWord(ws[k].text) {
				break
			}
			if ws[k].ends {
				k = len(ws)
				break
			}
			k++
		}
		// "the West Virginia Department of Health": a name that goes on
		// past the word of its kind, or that a place opens, is one of
		// many bodies so named.
		if k >= len(ws) || k-n < 2 || !entities.IsOrgWord(ws[k].text) || k+1 < len(ws) && (capital(ws[k+1].text) || ws[k+1].low == "of") && !ws[k].ends {
			continue
		}
		prefix := placeText(ws[n:k])
		if entities.IsRegion(prefix) || entities.IsRegion(ws[n].text) {
			n = k
			continue
		}
		kind := strings.TrimSuffix(ws[k].low, ".")
		if full, ok := bodyKindAbbreviations[kind]; ok {
			kind = full
		}
		name := placeText(ws[n : k+1])
		folded := textproc.FoldedWords(prefix)
		key := strings.Join(folded, " ") + " " + kind
		out = append(out, framed{
			frame:    bodyFrame + strings.Join(folded, " "),
			key:      key,
			text:     name,
			sentence: s,
		})
		// "Brightline Data Systems" and "Brightwood Data Systems": the
		// name with one word left out frames the word in its place.
		for p, w := range folded {
			if len(folded) != k-n || !swappableWord(w) {
				continue
			}
			rest := slices.Clone(folded)
			rest[p] = "*"
			out = append(out, framed{
				frame:    bodyWordFrame + strings.Join(rest, " ") + " " + kind,
				key:      key,
				text:     name,
				sentence: s,
			})
		}
		n = k
	}
	return out
}

// bodyWordFrame marks the frame of a body's name with one of its words
// left out ("* data systems"): two reports that name one body with
// another word in that place ("Brightline Data Systems", "Brightwood Data
// Systems") disagree on its name, unless either names the other's body.
const bodyWordFrame = "body word: "

// swappableWord reports whether a folded word of a body's name is one
// another report may have written wrong: not a place, a point of the
// compass, a number or a function word, which tell apart bodies of one
// name ("Northside Data Systems", "Southside …" name towns or parts of one).
func swappableWord(w string) bool {
	if len(w) < 3 || textproc.IsStopword(w) || w[0] >= '0' && w[0] <= '9' || entities.IsRegion(w) || entities.IsPlaceWord(w) {
		return false
	}
	return !compassNamed(w + " x")
}

// bodyWordSwapped returns the words two body names framed alike under
// bodyWordFrame differ in: the one word in the frame's "*" place.
func bodyWordSwapped(frame, a, b string) (string, string) {
	fs := strings.Fields(strings.TrimPrefix(frame, bodyWordFrame))
	as, bs := strings.Fields(a), strings.Fields(b)
	if len(as) != len(fs) || len(bs) != len(fs) {
		return "", ""
	}
	p := slices.Index(fs, "*")
	return as[p], bs[p]
}

// shortFor reports whether the folded word short may be long cut short:
// its start ("Intern", "International"), or a word of at most five
// letters that opens on long's letter and keeps the rest in order ("Intl",
// "Natl", "Assn").
func shortFor(short, long string) bool {
	if len(short) >= len(long) || short == "" {
		return false
	}
	if strings.HasPrefix(long, short) {
		return true
	}
	if len(short) > 5 || short[0] != long[0] {
		return false
	}
	j := 1
	for i := 1; i < len(long) && j < len(short); i++ {
		if long[i] == short[j] {
			j++
		}
	}
	return j == len(short)
}

// listFrame marks the frame of a name in a list of names with that name
// left out ("hawthorne and *"): two reports that list the same names but
// one disagree on that one, unless either names the other's.
const listFrame = "list: "

// maxListed is how many names a list read by listedNames holds at most.
const maxListed = 5

// listedNames returns, for each list of two to maxListed names of one to
// three capitalised words a sentence gives ("A, B and C", "A or B"), each
// name framed by the others in their places.
func listedNames(ws []placeWord, s string) []framed {
	var out []framed
	for n := 0; n < len(ws) && len(out) < maxFramed; n++ {
		if !capital(ws[n].text) || n > 0 && (capital(ws[n-1].text) || ws[n-1].comma) || textproc.IsStopword(ws[n].low) {
			continue
		}
		var items [][]placeWord
		k, joined := n, false
		for len(items) < maxListed {
			name, ok := frameName(ws, k)
			if !ok || len(name) > 3 {
				break
			}
			items = append(items, name)
			k += len(name)
			last := name[len(name)-1]
			if last.comma && k < len(ws) && capital(ws[k].text) {
				continue
			}
			if !last.ends && k+1 < len(ws) && (ws[k].low == "and" || ws[k].low == "or") && capital(ws[k+1].text) {
				k++
				if name, ok := frameName(ws, k); ok && len(name) <= 3 && len(items) < maxListed {
					items = append(items, name)
					k += len(name)
					joined = true
				}
			}
			break
		}
		// A list of people ("Chris Ivory and Mike Bell") differs from
		// report to report with whom each quotes or names: only lists of
		// places and things are compared.
		if len(items) < 2 || !joined || k < len(ws) && capital(ws[k].text) || slices.ContainsFunc(items, func(it []placeWord) bool {
			return len(it) > 1 && entities.IsGiven(it[0].text)
		}) {
			continue
		}
		keys := make([]string, len(items))
		for i, it := range items {
			keys[i] = strings.Join(textproc.FoldedWords(placeText(it)), " ")
		}
		// The list is framed by the word before it too, past a "the"
		// ("the intersection of Cleveland Avenue and Weber Road"): names
		// of one list told of two things ("the riot at Church and Snyder",
		// "the grocery at Church and New York Avenues") are no one list.
		before := ""
		for j := n - 1; j >= 0 && j >= n-3; j-- {
			if w := ws[j].low; w != "the" && w != "a" && w != "an" {
				before = textproc.Fold(w)
				if framePrepositions[w] && j > 0 {
					before = textproc.Fold(ws[j-1].low) + " " + before
				}
				break
			}
		}
		for i := range items {
			rest := slices.Clone(keys)
			rest[i] = "*"
			out = append(out, framed{frame: listFrame + before + " | " + strings.Join(rest, " , "), key: keys[i], text: placeText(items[i]), sentence: s})
		}
		n = k
	}
	return out
}

// spelledAlike reports whether two folded names are one name spelt or
// romanised two ways, read letter by letter ("kata ib hizballah",
// "kataib hezbollah"): at most one letter in six differs, two at least.
func spelledAlike(a, b string) bool {
	letters := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, s)
	}
	la, lb := letters(a), letters(b)
	return entities.EditDistance(la, lb) <= max(2, min(len(la), len(lb))/6)
}

// appositionFrame marks the frame of a name set off by commas after the
// noun a sentence opens on: "Her business partner, Marcus Hale, said".
const appositionFrame = "apposition: "

// appositionOpeners open such a noun.
var appositionOpeners = map[string]bool{"her": true, "his": true, "their": true, "its": true, "the": true}

// appositionFramed returns the name a sentence sets off by commas right
// after the noun it opens on ("Her business partner, Marcus Hale, said
// …"): a possessive or "the", one to three lower-case words, a comma,
// then a name of two capitalised words or more closed by a comma.
func appositionFramed(ws []placeWord, s string) (framed, bool) {
	if len(ws) < 5 || !appositionOpeners[ws[0].low] || capital(ws[1].text) {
		return framed{}, false
	}
	for n := 2; n <= 4 && n < len(ws); n++ {
		prev := ws[n-1]
		if prev.ends && !prev.comma {
			return framed{}, false
		}
		if !prev.comma {
			if capital(prev.text) {
				return framed{}, false
			}
			continue
		}
		if capital(prev.text) || len(prev.low) < 3 || textproc.IsStopword(prev.low) || strings.HasSuffix(prev.low, "ly") {
			return framed{}, false
		}
		name, ok := frameName(ws, n)
		if !ok || len(name) < 2 || !name[len(name)-1].comma {
			return framed{}, false
		}
		var frame []string
		for _, w := range ws[:n] {
			frame = append(frame, textproc.Fold(w.low))
		}
		var named []string
		for _, w := range name {
			named = append(named, w.text)
		}
		return framed{
			frame:    appositionFrame + strings.Join(frame, " "),
			key:      strings.Join(textproc.FoldedWords(placeText(name)), " "),
			text:     strings.Join(named, " "),
			sentence: s,
		}, true
	}
	return framed{}, false
}

// basedFrame is the frame of the place a company or a body is based in,
// however it is told: "the Minneapolis-based maker", "a payroll company
// based in St. Paul", "headquartered in Austin, Texas".
const basedFrame = "based in"

// basedPattern matches a place told as a base: before "-based", after
// "based in" or "headquartered in", or between an owner and
// "headquarters" ("its Ottawa headquarters", "the company's Ottawa
// headquarters"). Its name runs over capitalised words and stops at a
// comma, so that "Austin, Texas-based" and "based in Austin, Texas" both
// give "Austin".
var basedPattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*){0,3})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?-based\b|\b(?:based|headquartered) in (?:the )?(\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*){0,3})|\b(?:its|their|\p{Ll}+['’]s) (\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*){0,2}) headquarters\b`)
})

// basedFramed returns the places a sentence tells something is based in.
func basedFramed(s string) []framed {
	var out []framed
	for _, m := range basedPattern().FindAllStringSubmatch(s, maxFramed) {
		name := basedMatchPlace(m)
		ws := strings.Fields(name)
		// "the company's Chief Executive, based in …": a post or a
		// title's word is no place.
		if len(ws) == 0 || entities.IsRole(ws[0]) || entities.IsQualifier(ws[0]) || textproc.IsStopword(strings.ToLower(ws[0])) {
			continue
		}
		out = append(out, framed{frame: basedFrame, key: strings.Join(textproc.FoldedWords(name), " "), text: trimArticle(m[0]), sentence: s})
	}
	return out
}

// mayFrame reports whether a sentence holds a preposition of a frame
// before a capital, right after it or past "the": only such a sentence
// may frame a name, and most sentences are not read word by word.
func mayFrame(s string) bool {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			return false
		}
		i += j + 1
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 {
			return false
		}
		if !framePrepositions[s[i:i+k]] {
			continue
		}
		rest := strings.TrimPrefix(s[i+k+1:], "the ")
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// frameName returns the name that starts at ws[n]: its capitalised words
// up to a comma (a name that runs on into lower-case words, "the Federal
// University of Technology", is cut where the capitals stop). A title's
// words are no name ("Kaduna State Gov. Uba Sani", "Deputy Fire Chief"),
// nor is a nationality ("near the Syrian border") or an owner ("Mexico's
// Veracruz").
func frameName(ws []placeWord, n int) ([]placeWord, bool) {
	var name []placeWord
	k := n
	for ; k < len(ws) && k < n+maxSwapWords && capitalRun(ws[k:k+1]); k++ {
		w := ws[k]
		if entities.IsRole(w.text) || entities.IsQualifier(w.text) || titles[strings.TrimSuffix(w.low, ".")] ||
			strings.HasSuffix(w.low, "'s") || strings.HasSuffix(w.low, "’s") {
			return nil, false
		}
		name = append(name, w)
		// An initial's stop ends no name ("Howard R. Newman").
		if w.ends && !(utf8.RuneCountInString(w.text) == 1 && k+1 < len(ws) && capital(ws[k+1].text)) {
			return name, true
		}
	}
	if k < len(ws) && capital(ws[k].text) && k == n+maxSwapWords {
		return nil, false // a name too long to tell
	}
	return name, len(name) > 0
}

// acronym reports whether a name is one word of capitals ("FBI",
// "F.B.I", "U.S"), which may stand for any name of its letters.
func acronym(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	letters := 0
	for _, r := range name {
		switch {
		case r == '.':
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			letters++
		default:
			return false
		}
	}
	return letters > 1
}

// goodFrame reports whether words may frame a name: none ends a clause
// or is capitalised (a name of its own) but the first, one at least is a
// content word of three letters or more, and none tells who said
// something. Where the name is a state or a country after "of", a
// person's name may frame it ("Sen. Marisa Cordell of Montana"), as long
// as no word of the frame is a place's or a title's ("the University of
// Michigan", "the Governor of Texas").
func goodFrame(ws []placeWord, ofRegion bool) bool {
	return frameOf(ws, ofRegion, false)
}

// frameOf is goodFrame, with named set when names may stand in the frame
// (a date's: "told Fox News on Tuesday").
func frameOf(ws []placeWord, ofRegion, named bool) bool {
	content := false
	for k, w := range ws {
		if w.ends || w.quoted || sourcingWords[w.low] {
			return false
		}
		if k > 0 && !named && capital(w.text) && (!ofRegion || entities.IsPlaceWord(w.text) || entities.IsRole(w.text) ||
			entities.IsQualifier(w.text) || institutionWords[w.low]) {
			return false
		}
		if len(w.low) >= 3 && !textproc.IsStopword(w.low) && !calendarNames[strings.TrimSuffix(w.low, ".")] {
			content = true
		}
	}
	return content
}

// frameDiscrepancies reports the frames two articles put two names after.
func frameDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	read := make([][]framed, len(arts))
	for i := range arts {
		read[i] = memo.Get(m, "discrepancy.frames", arts[i].Text, func() []framed { return framedNames(sentencesOf(m, &arts[i])) })
	}
	frames, byFrame := toldFrom(arts, func(i int) []framed { return read[i] },
		func(f framed) (string, string, string, string) { return f.frame, f.key, f.text, f.sentence })
	index := articleIndex(arts)
	nm := newNamer(arts, m)
	naming := func(t *told, key string) []string {
		return slices.DeleteFunc(slices.Clone(t.arts), func(id string) bool { return nm.names(index[id], key) })
	}
	// A story one of whose reports gives two bases tells of two bodies
	// (a buyer "based in Mumbai", the company it buys "based in
	// Gothenburg"): their bases are no one thing told two ways.
	twoBases := false
	for i := range arts {
		bases := map[string]bool{}
		for _, f := range read[i] {
			if f.frame == basedFrame {
				bases[f.key] = true
			}
		}
		twoBases = twoBases || len(bases) > 1
	}
	// framedBoth reports whether one report puts both names after the
	// frame ("drifted off the island of Andros", "prosecutors on the
	// island of Syros"): two things the frame tells of, not one told two
	// ways.
	framedBoth := func(frame, a, b string) bool {
		for i := range arts {
			var hasA, hasB bool
			for _, f := range read[i] {
				if f.frame == frame {
					hasA, hasB = hasA || f.key == a, hasB || f.key == b
				}
			}
			if hasA && hasB {
				return true
			}
		}
		return false
	}
	seen := map[string]bool{}
	// namedApart is the disagreement on a name told a, in x, and b, in
	// y, of the articles that do not name the other's name anywhere.
	namedApart := func(about, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		xa, ya := naming(x, b), naming(y, a)
		if len(xa) == 0 || len(ya) == 0 || intersects(xa, ya) {
			return crosscheck.Discrepancy{}, false
		}
		seen[a+"\x00"+b] = true
		nx, ny := *x, *y
		nx.arts, ny.arts = xa, ya
		return twoWays(crosscheck.NameDiscrepancy, about, &nx, &ny), true
	}
	return toldTwoWays(frames, byFrame, func(frame, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		if frame == basedFrame && twoBases || framedBoth(frame, a, b) {
			return crosscheck.Discrepancy{}, false
		}
		na, nb := nameOf(x.text), nameOf(y.text)
		switch {
		case strings.HasPrefix(frame, appositionFrame):
			na, nb = x.text, y.text
		case strings.HasPrefix(frame, bodyFrame):
			na, nb = x.text, y.text
		case strings.HasPrefix(frame, listFrame):
			// A name listed in place of another: not one spelt two ways,
			// cut short, or a place against the region around it.
			if shortFor(a, b) || shortFor(b, a) || spelledAlike(a, b) || acronym(x.text) || acronym(y.text) ||
				entities.IsRegion(x.text) != entities.IsRegion(y.text) || seen[a+"\x00"+b] {
				return crosscheck.Discrepancy{}, false
			}
			return namedApart("Named in a list: “"+x.text+"” or “"+y.text+"”", a, b, x, y)
		case strings.HasPrefix(frame, bodyWordFrame):
			// The two words in the name's one place differ, and neither
			// is the other cut short ("Intl", "International"); a known
			// place against a word that is not may be the region around
			// it ("Johannesburg High Court", "Gauteng High Court").
			wa, wb := bodyWordSwapped(frame, a, b)
			if wa == "" || shortFor(wa, wb) || shortFor(wb, wa) || entities.NearSpelling(a, b) || seen[a+"\x00"+b] ||
				entities.IsKnownPlace(wa) != entities.IsKnownPlace(wb) {
				return crosscheck.Discrepancy{}, false
			}
			return namedApart("Name of a body: “"+x.text+"” or “"+y.text+"”", a, b, x, y)
		case strings.HasPrefix(frame, townFrame):
			na, nb = x.text[strings.LastIndex(x.text, ", ")+2:], y.text[strings.LastIndex(y.text, ", ")+2:]
		case frame == basedFrame:
			// "based in Chula Vista", "a San Diego County-based
			// hospital system": a town and the area around it.
			na, nb = basedName(x.text), basedName(y.text)
			if areaNamed(na) || areaNamed(nb) {
				return crosscheck.Discrepancy{}, false
			}
		}
		// One name written two ways, or one spelled two ways (left to
		// the spelling check), or a place and the region around it.
		// Two names of bodies framed alike share their first words: the
		// word of their kind is what they tell two ways.
		ka, kb := a, b
		if strings.HasPrefix(frame, bodyFrame) {
			ka, kb = a[strings.LastIndexByte(a, ' ')+1:], b[strings.LastIndexByte(b, ' ')+1:]
		}
		if seen[a+"\x00"+b] || acronym(na) || acronym(nb) || (sharePrefix(ka, kb, 3) || shareWord(ka, kb)) && !streetsApart(a, b) ||
			entities.NearSpelling(a, b) && !numbersApart(a, b) || entities.IsRegion(na) != entities.IsRegion(nb) || compassNamed(na) != compassNamed(nb) {
			return crosscheck.Discrepancy{}, false
		}
		xa, ya := naming(x, b), naming(y, a)
		if len(xa) == 0 || len(ya) == 0 || intersects(xa, ya) {
			return crosscheck.Discrepancy{}, false
		}
		seen[a+"\x00"+b] = true
		kind := crosscheck.PlaceDiscrepancy
		if strings.HasPrefix(frame, appositionFrame) || strings.HasPrefix(frame, bodyFrame) || strings.HasSuffix(frame, " of") && !entities.IsRegion(na) {
			kind = crosscheck.NameDiscrepancy
		}
		nx, ny := *x, *y
		nx.arts, ny.arts = xa, ya
		return twoWays(kind, "After “"+frame+"”: “"+na+"” or “"+nb+"”", &nx, &ny), true
	})
}

// compassNamed reports whether a name opens on a point of the compass
// ("East Java", "Northern Cape"): often a province or a region holding
// the towns another report names instead.
func compassNamed(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	switch strings.ToLower(first) {
	case "east", "west", "north", "south", "central", "eastern", "western", "northern", "southern", "upper", "lower":
		return true
	}
	return false
}

// areaNamed reports whether a place's name ends on the word of an area
// that holds towns ("San Diego County", "Western Province").
func areaNamed(name string) bool {
	w := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return placeNouns[w] && w != "town" && w != "city" && w != "village" && w != "port"
}

// basedName returns the place of a text basedPattern matched.
func basedName(text string) string {
	m := basedPattern().FindStringSubmatch(text)
	if m == nil {
		return text
	}
	return basedMatchPlace(m)
}

// basedMatchPlace returns the place of basedPattern's submatches.
func basedMatchPlace(m []string) string {
	return trimArticle(strings.TrimRight(m[1]+m[2]+m[3], "."))
}

// trimArticle returns a text without the article it opens on, which a
// sentence's start capitalises like a name: "The San Jose,
// California-based company".
func trimArticle(text string) string {
	for _, d := range []string{"The ", "A ", "An "} {
		text = strings.TrimPrefix(text, d)
	}
	return text
}

// nameOf returns the name of a framed text: its words after the frame's.
func nameOf(text string) string {
	ws := strings.Fields(text)
	n := frameWords
	if n < len(ws) && strings.EqualFold(ws[n], "the") {
		n++
	}
	return strings.Join(ws[min(n, len(ws)):], " ")
}

// numberedStreet reports whether ws[n] is an ordinal and ws[n+1] a kind
// of street: "79th Street", "5th Avenue".
func numberedStreet(ws []placeWord, n int) bool {
	if n+1 >= len(ws) || !capital(ws[n+1].text) || streetKinds[strings.TrimSuffix(ws[n+1].low, ".")] == "" {
		return false
	}
	w := ws[n].low
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return strings.Trim(w[:len(w)-2], "0123456789") == ""
	}
	return false
}

// numbersApart reports whether two names open on different numbers
// ("79th street", "87th street"): no misspelling of one another.
func numbersApart(a, b string) bool {
	digits := func(s string) string { return s[:len(s)-len(strings.TrimLeft(s, "0123456789"))] }
	da, db := digits(a), digits(b)
	return da != "" && db != "" && da != db
}

// shortFrame marks the frame of a street or a town by the one noun
// before it.
const shortFrame = "noun: "

// streetPrepositions put a street after the thing that stands on it;
// townPrepositions a town after a thing in or near it.
var (
	streetPrepositions = map[string]bool{"on": true, "along": true, "at": true}
	townPrepositions   = map[string]bool{"in": true, "near": true, "outside": true}
)

// roamingNouns are things done or kept in many places at once or in
// turn: a campaign's stops, an outlet's offices, a vote.
var roamingNouns = map[string]bool{
	"stop": true, "stops": true, "rally": true, "rallies": true, "visit": true, "visits": true, "event": true, "events": true,
	"tour": true, "trip": true, "office": true, "offices": true, "vote": true, "votes": true, "speech": true, "appearance": true,
	"meeting": true, "meetings": true, "campaign": true, "protests": true, "branches": true, "stores": true, "plants": true,
}

// verbLike reports whether a word reads as a verb's participle or past:
// it ends in -ing or -ed, or is "born".
func verbLike(w string) bool {
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || w == "born"
}

// townName reports whether a framed name may be a town's: every word
// capitalised, none a word that ends the names of places of another kind
// ("County", "District", "Island") or of organisations ("Partners",
// "University"), and no region holding other places.
func townName(name []placeWord) bool {
	for _, w := range name {
		if !capital(w.text) || entities.IsPlaceWord(w.text) || entities.IsOrgWord(w.text) || entities.IsRole(w.text) {
			return false
		}
	}
	return len(name) > 0 && !entities.IsRegion(placeText(name))
}

// streetName reports whether a folded name is a street's: two words at
// least, the last a kind of street.
func streetName(key string) bool {
	i := strings.LastIndexByte(key, ' ')
	return i > 0 && streetKinds[strings.TrimSuffix(key[i+1:], ".")] != ""
}

// streetKinds are the kinds of street a name ends with, by their
// abbreviations too: "Juniper Lane" and "Juniper Court" are two
// streets, "Main St." and "Main Street" one.
var streetKinds = map[string]string{
	"street": "street", "st": "street", "avenue": "avenue", "ave": "avenue", "road": "road", "rd": "road",
	"boulevard": "boulevard", "blvd": "boulevard", "drive": "drive", "dr": "drive", "lane": "lane", "ln": "lane",
	"court": "court", "ct": "court", "place": "place", "pl": "place", "terrace": "terrace", "circle": "circle",
	"way": "way", "parkway": "parkway", "pkwy": "parkway",
}

// streetsApart reports whether two folded names are one name of two
// kinds of street: the same words but the last, both kinds of street,
// and of two kinds.
func streetsApart(a, b string) bool {
	as, bs := strings.Fields(a), strings.Fields(b)
	n := len(as)
	if n < 2 || n != len(bs) || !slices.Equal(as[:n-1], bs[:n-1]) {
		return false
	}
	ka, kb := streetKinds[strings.TrimSuffix(as[n-1], ".")], streetKinds[strings.TrimSuffix(bs[n-1], ".")]
	return ka != "" && kb != "" && ka != kb
}

// sharePrefix reports whether two folded names start with the same n
// letters: "goteborg" and "gothenburg" are one city.
func sharePrefix(a, b string, n int) bool {
	return len(a) >= n && len(b) >= n && a[:n] == b[:n]
}

// shareWord reports whether two folded names share a word but a place's
// kind ("Class AAA Omaha", "Triple-A Omaha"; not "Grimsel Pass", "Susten
// Pass").
func shareWord(a, b string) bool {
	bs := strings.Fields(b)
	for _, w := range strings.Fields(a) {
		if slices.Contains(bs, w) && !entities.IsPlaceWord(w) {
			return true
		}
	}
	return false
}
