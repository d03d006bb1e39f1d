package discrepancy

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck/analyze/entities"
	"crosscheck/internal/textproc"
)

// pastVerb reports whether a lower-case word is a verb in the past tense,
// by the list of irregular ones or its ending.
func pastVerb(w string) bool {
	return irregularPast[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && !notVerbsEd[w]
}

// workOf returns the title of a work a year is given to, folded: a
// quoted title right before the year in parentheses ("“The Winter
// Orchard” (1971)") or right after it in the possessive ("1974's “The
// Winter Orchard”"), or "".
func workOf(before, after string) string {
	if b, ok := strings.CutSuffix(strings.TrimRight(before, " "), "("); ok && strings.HasPrefix(after, ")") {
		b = strings.TrimRight(b, " ")
		for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
			if t, ok := strings.CutSuffix(b, q[1]); ok {
				if i := strings.LastIndex(t, q[0]); i >= 0 {
					return workTitle(t[i+len(q[0]):])
				}
			}
		}
		return ""
	}
	for _, p := range []string{"'s ", "’s "} {
		if a, ok := strings.CutPrefix(after, p); ok {
			for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
				if t, ok := strings.CutPrefix(a, q[0]); ok {
					if i := strings.Index(t, q[1]); i >= 0 {
						return workTitle(t[:i])
					}
				}
			}
		}
	}
	return ""
}

// workTitle folds a work's title of up to twelve words, or returns "".
func workTitle(t string) string {
	t = strings.Trim(t, " ,.")
	if n := len(strings.Fields(t)); n < 1 || n > 12 {
		return ""
	}
	return strings.ToLower(textproc.Fold(t))
}

// namesOf returns the capitalised words of a sentence, without a
// possessive ending, leaving out the names of days and months and a
// capitalised function word opening it: who the sentence is about; and
// the first of them after the opening word that is not a title or in
// capitals.
func namesOf(s string) (names map[string]bool, first, firstNamed string) {
	names = map[string]bool{}
	front := frontedWords(s)
	k := -1
	// common is set when the sentence opens on a common noun ("A charter
	// bus carrying 47 passengers …", "The bus was carrying …"), whose
	// subject no name is; a name after a preposition then only says where
	// or to whom ("from New York", "to a casino in West Virginia").
	common, placed := false, false
	opening := ""
	// "The San Jose, California-based company reported": the place a
	// body is based in is not who the sentence is about.
	var based map[string]bool
	if strings.Contains(s, "-based") {
		based = map[string]bool{}
		for _, m := range basedModifier().FindAllString(s, maxBased) {
			for _, w := range strings.FieldsFunc(strings.TrimSuffix(m, "-based"), func(r rune) bool { return r == ' ' || r == ',' }) {
				based[strings.ToLower(w)] = true
			}
		}
	}
	eachWord(s, func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }, func(w string) bool {
		k++
		r, _ := utf8.DecodeRuneInString(w)
		if k == 0 {
			opening = strings.ToLower(w)
		}
		if k == 1 && !unicode.IsUpper(r) && (opening == "a" || opening == "an" || opening == "the") {
			common = true
		}
		if !unicode.IsUpper(r) {
			if k >= front && afterSubject[w] {
				placed = true
			}
			return true
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		low := strings.ToLower(w)
		// An article or a determiner capitalised inside a sentence
		// opens a clause after a colon or a quotation mark ("The
		// numbers: The economy added …"); it names no one.
		if calendarNames[low] || k == 0 && textproc.IsStopword(low) || determiners[low] {
			return true
		}
		names[low] = true
		// Not the opening word, which any sentence capitalises, nor a
		// word in capitals (a dateline, an acronym), nor a name in a
		// phrase fronted before the subject ("At a news conference in
		// Dallas, Lasater said").
		// An acronym after the opening is a name like any ("The HDZ won
		// 62 seats").
		if k == 0 || titles[low] || allCaps(w) && !(k == 1 && determiners[opening] && len(w) >= 2) || k < front || based[low] {
			return true
		}
		if first == "" && !(common && placed) {
			first = low
		}
		// Past nationalities and words of titles ("Australian funding",
		// "Foreign Minister Claire Redmond"): whom a dated deed is told of.
		if firstNamed == "" && !entities.IsQualifier(low) && !(common && placed) {
			firstNamed = low
		}
		return true
	})
	return names, first, firstNamed
}

// basedModifier matches the place before "-based", with the state or
// country after a comma: "San Jose, California-based".
var basedModifier = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:\p{Lu}[\p{L}.]+ ){0,2}\p{Lu}[\p{L}.]+(?:, (?:\p{Lu}[\p{L}.]+ )?\p{Lu}[\p{L}.]+)?-based`)
})

// afterSubject are the prepositions after which a name says where, when or
// to whom, not who: "from New York", "to a casino in West Virginia".
var afterSubject = map[string]bool{
	"from": true, "to": true, "in": true, "on": true, "at": true, "near": true, "into": true, "onto": true,
	"for": true, "with": true, "by": true, "after": true, "before": true, "during": true, "through": true,
	"across": true, "along": true, "toward": true, "towards": true, "over": true, "under": true,
	"between": true, "outside": true, "inside": true, "off": true,
}

// frontingWords open a phrase or clause fronted before a sentence's
// subject.
var frontingWords = map[string]bool{
	"in": true, "at": true, "on": true, "after": true, "before": true, "during": true, "following": true,
	"with": true, "without": true, "since": true, "until": true, "by": true, "for": true, "from": true,
	"amid": true, "despite": true, "under": true, "as": true, "when": true, "while": true, "although": true,
	"though": true, "because": true, "if": true, "speaking": true, "according": true,
}

// frontedWords returns how many words of a sentence stand in a phrase
// fronted before its subject, up to the first comma, when it opens on a
// preposition ("At a Nov. 13 news conference in Dallas, Lasater said"),
// or 0.
func frontedWords(s string) int {
	open, _, _ := strings.Cut(strings.TrimLeft(s, " \"“‘("), " ")
	if !frontingWords[strings.ToLower(open)] {
		return 0
	}
	c := strings.Index(s, ", ")
	if c < 0 {
		return 0
	}
	n := 0
	eachWord(s[:c], func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }, func(string) bool {
		n++
		return true
	})
	return n
}

// firstNameOf returns the first name namesOf gives for a sentence,
// without gathering the others.
func firstNameOf(s string) string {
	first := ""
	k := -1
	front := frontedWords(s)
	eachWord(s, func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }, func(w string) bool {
		k++
		if r, _ := utf8.DecodeRuneInString(w); k == 0 || !unicode.IsUpper(r) || k < front {
			return true
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		low := strings.ToLower(w)
		if calendarNames[low] || titles[low] || allCaps(w) {
			return true
		}
		first = low
		return false
	})
	return first
}

// capitalised calls fn with each capitalised word of a sentence, its
// place among the sentence's words (0 for the opening one), the word
// without a possessive ending and the same in lower case.
func capitalised(s string, fn func(k int, w, low string)) {
	k := -1
	eachWord(s, func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' }, func(w string) bool {
		k++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			fn(k, w, strings.ToLower(w))
		}
		return true
	})
}

// openingOf returns the opening word of a sentence, lower case, when it
// is capitalised and may be a name (not a function word, a day or month, a
// title or a word in capitals), and the set of the capitalised words after
// it.
func openingOf(s string) (string, []string) {
	opening := ""
	var mid []string
	capitalised(s, func(k int, w, low string) {
		switch {
		case allCaps(w):
		case k == 0:
			if !textproc.IsStopword(low) && !calendarNames[low] && !titles[low] {
				opening = low
			}
		case !calendarNames[low] && !slices.Contains(mid, low):
			mid = append(mid, low)
		}
	})
	return opening, mid
}

// openingPerson returns the last word, in lower case, of a run of
// capitalised words that a sentence opens on and that a title word opens
// or holds ("Fire Chief Ilse Brandvik told", "Oakhurst Township Fire Chief
// Ilse Brandvik said"), when a verb in lower case follows it: the titled person's
// surname. It returns "" for any other opening.
func openingPerson(s string) string {
	titled := false
	i, prev := 0, ""
	// The words are read lazily: the run ends at the first word that is
	// not capitalised, however long the sentence.
	for w := range strings.FieldsSeq(s) {
		t := strings.TrimSuffix(w, ",")
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) || allCaps(t) || strings.ContainsAny(t, "'’") {
			if i < 2 || !titled || !unicode.IsLower(r) {
				return ""
			}
			return strings.ToLower(strings.Trim(prev, ",.;:"))
		}
		i++
		prev = w
		titled = titled || titles[strings.ToLower(strings.Trim(t, "."))]
		if t != w {
			// A comma ends the name: "Fire Chief Ilse Brandvik, who …".
			if i < 2 || !titled {
				return ""
			}
			return strings.ToLower(strings.Trim(t, ".;:"))
		}
	}
	return ""
}

// openedBy reports whether a sentence's opening word is its subject: a
// comma or a verb in the past or an auxiliary follows it ("Marwick, who
// was born in Denmark, painted …", "Marwick painted …", "Marwick has …"),
// not a noun it qualifies ("Chargers receiver Vincent Jackson").
func openedBy(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	if strings.HasSuffix(ws[0], ",") {
		return true
	}
	next := strings.Trim(ws[1], ",;:")
	low := strings.ToLower(next)
	if next != low {
		return false
	}
	// A word in -s may be a plural the name qualifies ("Palmer voters").
	return auxiliaries[low] || irregularPast[low] || len(low) >= 4 && strings.HasSuffix(low, "ed")
}

// opensOnPronoun reports whether a sentence opens on "He" or "She".
func opensOnPronoun(s string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(s, " \"“‘'("), " ")
	return w == "He" || w == "She"
}

// allCaps reports whether a word has no lower-case letter.
func allCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// titles stand before names without naming anyone.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "senator": true, "rep": true,
	"representative": true, "gov": true, "governor": true, "president": true, "gen": true, "general": true,
	"judge": true, "justice": true, "secretary": true, "minister": true, "chief": true, "mayor": true,
}

// otherSubjects reports whether two sentences open on different people or
// things: the first name of each (as namesOf gives it) is missing from the
// other, as a name or as a word ("Mr. Fox, who was president from 2000 to
// 2006", "Felipe Calderon, who was president from 2006 to 2012"; but "the
// City Council voted 5-2" and "a Colorado city council voted 4-3" speak of
// one council).
func otherSubjects(s, t figSent) bool {
	// A state or a country against a name that is neither, each
	// qualifying the same noun, may be the place that holds it: "A
	// suburban Illinois school board voted 6-3", "The Tilden school board
	// voted 7-2".
	if s.firstOf != "" && s.firstOf == t.firstOf && entities.IsRegion(s.first) != entities.IsRegion(t.first) {
		return false
	}
	// "The Parliament voted", "The Knesset voted": a body called by its
	// kind may be the one the other calls by its name (not so "the
	// House" and "the Senate", two kinds). A country and the adjective of
	// its people ("Israel has lost seven soldiers", "Five Israeli
	// soldiers lost their lives on Wednesday") may count two things.
	if votingBodies[s.first] != votingBodies[t.first] {
		return false
	}
	// Two leads that open on one thing ("A magnitude 6.8 earthquake struck
	// southern Peru", "A strong earthquake shook the southern Peruvian
	// highlands") are about it, whatever names their objects give.
	if s.head != "" && s.head == t.head {
		return false
	}
	return s.first != "" && t.first != "" && !oneName(s.first, t.first) && !t.names[s.first] && !s.names[t.first] &&
		!t.words[s.first] && !s.words[t.first]
}

// oneName reports whether two names, folded, are one, spelt alike or as
// a reader would take for one misspelt ("whitfield", "whitefield"): a
// report that misspells a name tells of the same person. A name that
// holds the other whole is another word made of it ("israel",
// "israeli"; "kenya", "kenyan").
func oneName(a, b string) bool {
	if a == b {
		return true
	}
	// Two edits at most, the first letter kept: most pairs of names
	// differ at once, without a count of edits.
	if a == "" || b == "" || a[0] != b[0] || len(a)-len(b) > 2 || len(b)-len(a) > 2 {
		return false
	}
	return !strings.HasPrefix(a, b) && !strings.HasPrefix(b, a) && !inflected(a, b) && entities.NearSpelling(a, b)
}

// calendarNames are capitalised words that date rather than name.
var calendarNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// stemOf returns the stem stems gives a word.
func stemOf(w string) string {
	if len(w) > stemLen {
		return w[:stemLen]
	}
	return w
}

// maxAttributionWords bounds the words of a clause that only says who
// told a thing ("police said", "the ministry said in a statement").
const maxAttributionWords = 6

// attributionClause reports whether a clause only says who told what
// comes before it: a few words with a verb of saying ("police said",
// "according to officials").
func attributionClause(c string) bool {
	ws := strings.Fields(strings.ToLower(strings.TrimRight(c, ".!? ")))
	if len(ws) == 0 || len(ws) > maxAttributionWords {
		return false
	}
	for _, w := range ws {
		if w == "said" || w == "says" || w == "according" || w == "told" || w == "reported" {
			return true
		}
	}
	return false
}

// indefiniteOpening reports whether s opens on "a" or "an".
func indefiniteOpening(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// irregularPast are common verbs in the past tense that the ending test
// misses: irregular ones, and short ones.
var irregularPast = map[string]bool{
	"sent": true, "met": true, "held": true, "won": true, "lost": true, "made": true, "took": true,
	"gave": true, "began": true, "came": true, "went": true, "left": true, "ran": true, "saw": true,
	"found": true, "wrote": true, "spoke": true, "brought": true, "bought": true, "built": true,
	"chose": true, "fled": true, "fought": true, "led": true, "paid": true, "rose": true, "fell": true,
	"shot": true, "sold": true, "struck": true, "stood": true, "swore": true, "threw": true,
	"spent": true, "told": true, "said": true, "sat": true, "flew": true, "drove": true, "broke": true,
	"stole": true, "hung": true, "sank": true, "sought": true, "taught": true, "caught": true,
	"meant": true, "felt": true, "kept": true, "slept": true, "wept": true, "withdrew": true,
	"overturned": true, "became": true, "forgave": true, "undertook": true, "upheld": true,
	// Regular, but too short for the ending test.
	"died":  true,
	"shook": true, "tore": true, "swept": true, "blew": true, "drew": true, "grew": true, "knew": true,
	"rode": true, "wore": true, "woke": true, "stuck": true, "swung": true, "rang": true, "sang": true,
}

// notVerbsEd are words ending in "ed" that are no verbs in the past
// tense.
var notVerbsEd = map[string]bool{
	"hundred": true, "hundreds": true, "united": true, "speed": true, "breed": true, "creed": true,
	"indeed": true, "proceed": true, "succeed": true, "exceed": true, "sacred": true, "kindred": true,
	"naked": true, "wicked": true, "rugged": true, "beloved": true, "alleged": true, "so-called": true,
	"embed": true, "unnamed": true, "unidentified": true, "unspecified": true, "scheduled": true,
	"expected": true, "planned": true, "slated": true, "supposed": true,
}

// eachWord calls fn with each run of the runes in of s, in order, until fn
// returns false; it allocates nothing.
func eachWord(s string, in func(rune) bool, fn func(w string) bool) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !in(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			q, n := utf8.DecodeRuneInString(s[j:])
			if !in(q) {
				break
			}
			j += n
		}
		if !fn(s[i:j]) {
			return
		}
		i = j
	}
}

// isLettersOnly reports whether w holds letters only.
func isLettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// stemLen is how many letters of a word stand for it when surroundings
// are compared, so that "apologized" and "apologize" or "published" and
// "publishes" match.
const stemLen = 6

// synonyms replaces, in place, each word of ws that has a common synonym
// in news by the word that stands for them all (nearSynonyms), so that the
// surroundings of one sum told with other verbs match: "agreed to buy
// Baxter & Lowe for about $8.9 billion" and "will acquire Baxter & Lowe
// for $8.4 billion".
func synonyms(ws []string) []string {
	for i, w := range ws {
		if c, ok := nearSynonyms[w]; ok {
			ws[i] = c
		}
	}
	return ws
}

// nearSynonyms maps the forms of common verbs of news, and the nouns
// made of them, to one word per meaning. Only words that mean the same
// deed in any story are here: "sales" (a company's revenue) is not a
// "sale", and rising is not falling.
var nearSynonyms = func() map[string]string {
	m := map[string]string{}
	for canon, forms := range map[string][]string{
		"buy":      {"buy", "buys", "buying", "bought", "acquire", "acquires", "acquired", "acquiring", "acquisition", "purchase", "purchases", "purchased", "purchasing", "takeover"},
		"sell":     {"sell", "sells", "selling", "sold", "sale"},
		"pay":      {"pay", "pays", "paying", "paid", "payment"},
		"spend":    {"spend", "spends", "spending", "spent"},
		"win":      {"win", "wins", "winning", "won", "victory"},
		"fund":     {"fund", "funds", "funded", "funding", "finance", "finances", "financed", "financing"},
		"cut":      {"cut", "cuts", "cutting", "eliminate", "eliminates", "eliminated", "eliminating", "slash", "slashes", "slashed", "slashing"},
		"arrest":   {"arrest", "arrests", "arrested", "arresting", "detain", "detains", "detained", "detaining"},
		"evacuate": {"evacuate", "evacuates", "evacuated", "evacuating", "evacuation", "evacuations"},
		"destroy":  {"destroy", "destroys", "destroyed", "destroying", "razed", "leveled", "levelled", "flattened"},
		"worth":    {"worth", "valued", "valuing"},
		"steal": {"steal", "steals", "stealing", "stole", "stolen", "theft", "embezzle", "embezzles", "embezzled", "embezzling", "embezzlement",
			"loot", "loots", "looted", "looting", "misappropriate", "misappropriated", "misappropriating", "misappropriation",
			"defraud", "defrauds", "defrauded", "defrauding", "swindle", "swindled", "swindling", "siphon", "siphoned", "siphoning"},
		"pass": {"pass", "passes", "passed", "passing", "approve", "approves", "approved", "approving", "adopt", "adopts", "adopted", "adopting"},
		// "vetoed the bill on June 2", "vetoed the legislation on June
		// 4": a bill, however a report names it.
		"bill":  {"bill", "bills", "legislation", "measure"},
		"began": {"start", "starts", "started", "starting", "begin", "begins", "began", "begun", "beginning"},
	} {
		for _, f := range forms {
			m[f] = canon
		}
	}
	return m
}()

// deeds maps the stem of each form of nearSynonyms to the word that
// stands for its meaning, for the verbs that dates are told of: "the
// House on Thursday passed" and "The House on Wednesday approved" date
// one vote.
var deeds = func() map[string]string {
	m := map[string]string{}
	for w, c := range nearSynonyms {
		m[stemOf(w)] = c
	}
	// A body's vote is the passing it dates ("the City Council on Tuesday
	// night adopted a budget", "The City Council voted 9-4 Wednesday
	// night"); as a word beside a figure it is not, since a vote may
	// also fail.
	for _, w := range []string{"vote", "voted", "votes", "voting"} {
		m[stemOf(w)] = "pass"
	}
	return m
}()

// deedOf returns the word that stands for the meaning of a verb's stem,
// or the stem.
func deedOf(stem string) string {
	if c, ok := deeds[stem]; ok {
		return c
	}
	return stem
}

// stems returns the set of the words' stems.
func stems(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		if len(w) > stemLen {
			w = w[:stemLen]
		}
		m[w] = true
	}
	return m
}

// clauseOf returns the byte range of the clause of sentence s around
// [start, end): the text between the nearest clause breaks (", ", ";",
// ":", dashes, brackets, "while", "whereas", "but").
func clauseOf(s string, start, end int) (int, int) {
	breaks := []string{", ", "; ", ": ", " — ", " – ", " - ", "(", ")", " while ", " whereas ", " but "}
	lo, hi := 0, len(s)
	for _, b := range breaks {
		if i := strings.LastIndex(s[:start], b); i >= 0 && i+len(b) > lo {
			lo = i + len(b)
		}
		if i := strings.Index(s[end:], b); i >= 0 && end+i < hi {
			hi = end + i
		}
	}
	return lo, hi
}

// appositionStart returns where the clause that starts at lo in s starts
// when a place set off by commas ends the words before it: "arrested
// opposition leader Mwila Chanda at his home in the capital, Lusaka, on
// Monday" is one clause for the verb of its date, though clauseOf ends
// it at the comma.
//
// A thing named and told of in a phrase set off by commas is one clause
// too: "stole 14 rare watches from Maison Darrieux, an auction house in
// Geneva's old town, early Tuesday".
func appositionStart(s string, lo int) int {
	for lo >= 2 && s[lo-2:lo] == ", " {
		i := strings.LastIndex(s[:lo-2], ", ")
		if i >= 0 && nameSegment(s[i+2:lo-2]) {
			lo, _ = clauseOf(s, i, i)
			continue
		}
		if j, _ := clauseOf(s, lo-2, lo-2); j >= 2 && s[j-2:j] == ", " && appositive(s[j:lo-2]) && endsOnName(s[:j-2]) {
			lo, _ = clauseOf(s, j-2, j-2)
			continue
		}
		break
	}
	return lo
}

// maxAppositiveWords bounds the words of a phrase that tells what a name
// names.
const maxAppositiveWords = 10

// appositive reports whether a phrase set off by commas tells what the
// name before it names: it opens on "a" or "an" and tells no deed ("an
// auction house in Geneva's old town").
func appositive(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > maxAppositiveWords || !indefiniteOpening(s) {
		return false
	}
	for _, w := range ws {
		if w = strings.ToLower(strings.Trim(w, ".,;:")); pastVerb(w) || auxiliaries[w] {
			return false
		}
	}
	return true
}

// endsOnName reports whether s ends on a capitalised word.
func endsOnName(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	return capital(s[i+1:])
}

// nameSegment reports whether s is a short name alone: one to three
// capitalised words ("Lusaka", "Calif.", "Prince George's County").
func nameSegment(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !capital(w) || calendarNames[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	return true
}

// wordAfterName returns the word that follows the first use of name
// (folded, as namesOf gives it) in s when it is a lower-case content
// word, or "".
func wordAfterName(s, name string) string {
	if name == "" {
		return ""
	}
	ws := strings.Fields(s)
	for i, w := range ws[:max(0, len(ws)-1)] {
		w = strings.TrimRight(w, ",.;:")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if textproc.Fold(w) != name {
			continue
		}
		next := strings.Trim(ws[i+1], ",.;:")
		if next == "" || !unicode.IsLower(rune(next[0])) || textproc.IsStopword(next) {
			return ""
		}
		return strings.ToLower(next)
	}
	return ""
}

// lastWords returns the last n words of s (split at spaces), in order,
// reading only as far back as they go.
func lastWords(s string, n int) []string {
	// Up to four words fit in a small array that need not escape.
	out := make([]string, 0, 4)
	end := len(s)
	for len(out) < n {
		for end > 0 && s[end-1] == ' ' {
			end--
		}
		if end == 0 {
			break
		}
		start := strings.LastIndexByte(s[:end], ' ') + 1
		out = append(out, s[start:end])
		end = start
	}
	slices.Reverse(out)
	return out
}

// firstWords returns the first n words of s (split at spaces), reading
// only as far as they go.
func firstWords(s string, n int) []string {
	out := make([]string, 0, 4)
	for len(out) < n {
		s = strings.TrimLeft(s, " ")
		if s == "" {
			break
		}
		w, rest, _ := strings.Cut(s, " ")
		out = append(out, w)
		s = rest
	}
	return out
}
