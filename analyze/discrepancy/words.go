package discrepancy

import (
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
// spelling, number words and digits, the romanisation of names, and
// hyphenation ("non-lethal", "nonlethal").
func words(text string) []word {
	var out []word
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		w = strings.TrimRight(w, "-'\u2019")
		if w != "" {
			out = append(out, word{key: wordKey(w), low: textproc.Fold(w), start: start, end: start + len(w)})
		}
		start = -1
	}
	for i, r := range text {
		inner := (r == '-' || r == '\'' || r == '\u2019' || r == '\u2010' || r == '\u2011') && start >= 0
		if textproc.IsWordRune(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	return joinNumbers(out)
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
	"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
	"percent": "%", "pct": "%",
}

// joiners are the marks inside a word that spellings of it may drop.
var joiners = strings.NewReplacer("-", "", "\u2010", "", "\u2011", "", "'", "", "\u2019", "")

// wordKey returns the comparison key of one word. Every word, not just
// names, goes through the romanisation folding of entities.NameKey, so
// that a capital at the start of a quotation changes nothing.
func wordKey(w string) string {
	f := joiners.Replace(textproc.Fold(w))
	if n, ok := numberWords[f]; ok {
		return n
	}
	if isDigits(f) {
		return strings.TrimLeft(f, "0")
	}
	return strings.ReplaceAll(entities.NameKey(spellingKey(f)), " ", "")
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
	{"ogues", "ogs"}, {"ogue", "og"}, {"gement", "gment"}, {"mme", "m"},
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
	var b strings.Builder
	var last rune
	for _, r := range w {
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
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
