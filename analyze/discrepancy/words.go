package discrepancy

import (
	"iter"
	"strings"

	"crosscheck/analyze/entities"
	"crosscheck/internal/textproc"
)

// word is a word of a text with its comparison key and where it stands.
type word struct {
	key        string
	low        string // the word folded, for function-word tests
	start, end int
}

// words splits text into words keyed so that forms which mean the same
// compare equal: case, diacritics and typography, British and American
// spelling, number words and digits ("two-in-three", "2 in 3"), the
// romanisation of names, hyphenation ("non-lethal", "nonlethal"),
// abbreviated titles ("Sen.", "Senator"), initialisms ("F.B.I.",
// "FBI") and the percent sign ("100%", "100 percent"). A word masked with asterisks ("f***ing") keeps them.
func words(text string) []word {
	var out []word
	start := -1
	add := func(s, e int) {
		if w := text[s:e]; w != "" {
			out = append(out, word{key: wordKey(w), low: textproc.Fold(w), start: s, end: e})
		}
	}
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.TrimRight(text[start:end], "-'\u2019")
		if numberCompound(w) {
			// Each part of a compound with a number is a word of its own,
			// as the same words written apart or in digits are.
			s := start
			for _, part := range strings.FieldsFunc(w, isHyphen) {
				i := strings.Index(text[s:], part)
				add(s+i, s+i+len(part))
				s += i + len(part)
			}
		} else {
			add(start, start+len(w))
		}
		start = -1
	}
	for i, r := range text {
		if r == '&' && start < 0 {
			// "some good & some bad" says "and".
			out = append(out, word{key: wordKey("and"), low: "and", start: i, end: i + 1})
			continue
		}
		if r == '%' {
			// "100%" says "100 percent".
			flush(i)
			out = append(out, word{key: wordKey("percent"), low: "percent", start: i, end: i + 1})
			continue
		}
		inner := (isHyphen(r) || r == '\'' || r == '\u2019' || r == '*') && start >= 0
		if textproc.IsWordRune(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	return expandContractions(joinSpaced(text, joinNumbers(joinInitials(text, out))))
}

// spacedEnds are the endings of contractions and possessives that a
// tokenised text writes apart ("I ’ m", "did n't", "Obama 's").
var spacedEnds = map[string]bool{"m": true, "ll": true, "re": true, "ve": true, "d": true, "s": true, "t": true}

// joinSpaced joins to the word before it a contraction or possessive
// ending written apart, with the spaces of a tokenised text: "I ’ m" is
// "I'm", "did n't" is "didn't".
func joinSpaced(text string, ws []word) []word {
	out := ws[:0]
	for k, w := range ws {
		if k > 0 && len(out) > 0 {
			prev := &out[len(out)-1]
			gap := strings.TrimSpace(text[prev.end:w.start])
			low := strings.ReplaceAll(w.low, "\u2019", "'")
			switch {
			case (gap == "'" || gap == "\u2019") && spacedEnds[low] && prev.end < w.start:
				low = "'" + low
			case gap == "" && prev.end < w.start && low == "n't":
			default:
				out = append(out, w)
				continue
			}
			joinedLow := strings.ReplaceAll(prev.low, "\u2019", "'") + low
			*prev = word{key: wordKey(joinedLow), low: joinedLow, start: prev.start, end: w.end}
			continue
		}
		out = append(out, w)
	}
	return out
}

// contractionEnds are the endings that stand for a word of their own
// ("we'll", "we will"); "'s" does only after the pronouns of isPronoun,
// since elsewhere it is a possessive.
var contractionEnds = []struct{ end, word string }{
	{"n't", "not"}, {"'re", "are"}, {"'ve", "have"}, {"'ll", "will"}, {"'m", "am"}, {"'d", "would"}, {"'s", "is"},
}

// contractionStems are the stems that "n't" changes ("won't", "will not").
var contractionStems = map[string]string{"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}

// isPronoun lists the words whose "'s" is "is" ("it's", "there's") or,
// for "let's", "us".
var isPronoun = map[string]bool{
	"it": true, "he": true, "she": true, "that": true, "there": true, "here": true, "what": true,
	"who": true, "where": true, "how": true, "when": true, "why": true, "let": true,
}

// expandContractions writes contractions as the two words they stand for
// ("it's", "it is"; "cannot", "can not"), both spanning the contraction,
// so that a quotation given with and without them compares equal.
func expandContractions(ws []word) []word {
	var out []word
	for _, w := range ws {
		low := strings.ReplaceAll(w.low, "\u2019", "'")
		if low == "cannot" {
			out = append(out, word{key: wordKey("can"), low: "can", start: w.start, end: w.end}, word{key: wordKey("not"), low: "not", start: w.start, end: w.end})
			continue
		}
		split := false
		for _, c := range contractionEnds {
			stem, ok := strings.CutSuffix(low, c.end)
			if !ok || stem == "" || c.end == "'s" && !isPronoun[stem] {
				continue
			}
			second := c.word
			if c.end == "n't" {
				if full, ok := contractionStems[stem]; ok {
					stem = full
				}
			}
			if c.end == "'s" && stem == "let" {
				second = "us"
			}
			out = append(out, word{key: wordKey(stem), low: stem, start: w.start, end: w.end},
				word{key: wordKey(second), low: second, start: w.start, end: w.end})
			split = true
			break
		}
		if !split {
			out = append(out, w)
		}
	}
	return out
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// numberCompound reports whether a hyphenated word has a number among its
// parts ("one-in-three", "14-year") and a part that is not one ("twenty-one"
// stays whole).
func numberCompound(w string) bool {
	parts := strings.FieldsFunc(w, isHyphen)
	if len(parts) < 2 {
		return false
	}
	num, other := false, false
	for _, p := range parts {
		f := textproc.Fold(p)
		if _, ok := numberWords[f]; ok || isDigits(f) {
			num = true
		} else {
			other = true
		}
	}
	return num && other
}

// joinInitials merges single letters written with full stops ("F.B.I.")
// into one word, keyed as the letters written together.
func joinInitials(text string, ws []word) []word {
	var out []word
	for i, w := range ws {
		if n := len(out); n > 0 && i > 0 && w.end-w.start == 1 && ws[i-1].end-ws[i-1].start == 1 &&
			ws[i-1].end+1 == w.start && text[ws[i-1].end] == '.' {
			prev := &out[n-1]
			prev.end = w.end
			prev.low += w.low
			prev.key = wordKey(text[prev.start:prev.end])
			continue
		}
		out = append(out, w)
	}
	return out
}

// joinNumbers merges "twenty one" (from "twenty-one") into one number.
func joinNumbers(ws []word) []word {
	var out []word
	for _, w := range ws {
		if n := len(out); n > 0 && isTens(out[n-1].key) && len(w.key) == 1 && w.key[0] >= '1' && w.key[0] <= '9' {
			out[n-1].key = out[n-1].key[:1] + w.key
			out[n-1].end = w.end
			continue
		}
		out = append(out, w)
	}
	return out
}

func isTens(k string) bool { return len(k) == 2 && k[1] == '0' && k[0] >= '2' && k[0] <= '9' }

var numberWords = map[string]string{
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
	"eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
	"fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
	"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
	"seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th", "twelfth": "12th",
	"thirteenth": "13th", "fourteenth": "14th", "fifteenth": "15th", "twentieth": "20th",
	"percent": "%", "pct": "%",
}

// titleAbbreviations are the short forms of titles and ranks that news
// writes before names, in quotations too.
var titleAbbreviations = map[string]string{
	"sen": "senator", "sens": "senators", "rep": "representative", "reps": "representatives",
	"gov": "governor", "gen": "general", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant",
	"capt": "captain", "cmdr": "commander", "cdr": "commander", "brig": "brigadier", "cllr": "councillor", "adm": "admiral", "maj": "major", "cpl": "corporal",
	"pres": "president", "supt": "superintendent", "prof": "professor", "dr": "doctor",
	"atty": "attorney", "dept": "department", "govt": "government", "assn": "association",
	"mt": "mount", "ft": "fort", "jr": "junior", "sr": "senior",
}

// neutralTitles are the forms of a title that differ only by the holder's
// sex, and the one form they are compared as: "Portland General Electric
// spokeswoman Elena Ruiz" and "spokesperson Elena Ruiz" hold one post.
var neutralTitles = map[string]string{
	"spokesman": "spokesperson", "spokeswoman": "spokesperson",
	"chairwoman": "chairperson", "chairman": "chairperson", "chair": "chairperson",
	"councilwoman": "councilman", "congresswoman": "congressman",
	"assemblywoman": "assemblyman", "alderwoman": "alderman",
}

// joiners are the marks inside a word that spellings of it may drop.
var joiners = strings.NewReplacer("-", "", "\u2010", "", "\u2011", "", "'", "", "\u2019", "")

// wordKey returns the comparison key of one word. Every word, not just
// names, goes through the romanisation folding of entities.NameKey, so
// that a capital at the start of a quotation changes nothing.
func wordKey(w string) string {
	f := textproc.Fold(w)
	// A possessive is the same word ("South Sudan's", "South Sudan").
	if t, ok := strings.CutSuffix(f, "'s"); ok && t != "" {
		f = t
	}
	f = joiners.Replace(f)
	f = strings.ReplaceAll(f, ".", "")
	if n, ok := numberWords[f]; ok {
		return n
	}
	if t, ok := titleAbbreviations[f]; ok {
		f = t
	}
	if t, ok := neutralTitles[f]; ok {
		f = t
	}
	if isDigits(f) || ordinalDigits(f) {
		// "11th" is "eleventh"; a name's key would fold its doubled
		// digit.
		return strings.TrimLeft(f, "0")
	}
	return strings.ReplaceAll(entities.NameKey(spellingKey(f)), " ", "")
}

// ordinalDigits reports whether a folded word is an ordinal in digits:
// "1st", "22nd", "11th".
func ordinalDigits(f string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(f, suf); ok && isDigits(n) {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// spellingEndings map British spellings to American ones (and both to one
// form where the two differ in a way no ending shows): -ise/-ize,
// -isation/-ization, -yse/-yze, -our/-or, -tre/-ter, -ence/-ense, -ogue/-og.
var spellingEndings = []struct{ from, to string }{
	{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"},
	{"ises", "izes"}, {"ise", "ize"}, {"ysing", "yzing"}, {"ysed", "yzed"}, {"yse", "yze"},
	{"ours", "ors"}, {"our", "or"}, {"oured", "ored"}, {"ouring", "oring"}, {"ourable", "orable"},
	{"ourite", "orite"}, {"tres", "ters"}, {"tre", "ter"}, {"ences", "enses"}, {"ence", "ense"},
	{"ogues", "ogs"}, {"ogue", "og"}, {"gement", "gment"}, {"mmes", "ms"}, {"mme", "m"},
}

// spellingKey folds the spelling conventions of English: it maps British
// endings to American ones and drops doubled letters ("travelled",
// "traveled"). Both sides of a comparison pass through it, so a rule that
// also changes a word without two spellings does no harm.
func spellingKey(w string) string {
	if len(w) >= 5 {
		for _, e := range spellingEndings {
			if strings.HasSuffix(w, e.from) && len(w)-len(e.from) >= 2 {
				if (e.from == "our" || e.from == "ours") && len(w) < 6 {
					break
				}
				w = w[:len(w)-len(e.from)] + e.to
				break
			}
		}
	}
	for _, b := range britishStems {
		if i := strings.Index(w, b.from); i >= 0 {
			w = w[:i] + b.to + w[i+len(b.from):]
			break
		}
	}
	return textproc.Squeeze(w)
}

// britishStems are the stems British spelling writes with a ligature's
// vowels ("palaeontology", "anaesthetic", "paediatric"), or with "our"
// inside a longer word.
var britishStems = []struct{ from, to string }{
	{"palaeo", "paleo"}, {"archaeo", "archeo"}, {"haem", "hem"}, {"anaes", "anes"}, {"paed", "ped"},
	{"oesoph", "esoph"}, {"oestr", "estr"}, {"foet", "fet"}, {"mediaev", "mediev"}, {"encyclopaed", "encycloped"},
	// and with "our" before a suffix ("neighbourliness", "favourable").
	{"neighbour", "neighbor"}, {"favour", "favor"}, {"colour", "color"}, {"honour", "honor"},
	{"labour", "labor"}, {"behaviour", "behavior"}, {"harbour", "harbor"}, {"rumour", "rumor"},
	{"humour", "humor"}, {"vigour", "vigor"}, {"endeavour", "endeavor"}, {"savour", "savor"},
}

// similar reports whether two differing words look like variants of one
// word ("illusionary", "illusory"): a shared stem of four letters or more,
// or a small edit distance.
func similar(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if n >= 4 {
		return true
	}
	d := entities.EditDistance(a, b)
	return d <= 2 && max(len(a), len(b)) >= 5
}

// after yields, for each occurrence of sub in s from the left, the text
// that follows it.
func after(s, sub string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for rest := s; ; {
			i := strings.Index(rest, sub)
			if i < 0 {
				return
			}
			rest = rest[i+len(sub):]
			if !yield(rest) {
				return
			}
		}
	}
}

// wordInitials returns the first letters of a text's words, in lower
// case: "un" of "United Nations", of "united nations".
func wordInitials(s string) string {
	var out []byte
	for _, w := range strings.Fields(s) {
		out = append(out, w[0])
	}
	return strings.ToLower(string(out))
}
