package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lexicon"
)

// token is a word or a punctuation mark of a text, with its byte span.
type token struct {
	s          string
	start, end int
	word       bool
}

// lower returns the token lower-cased with curly apostrophes made plain.
func (t token) lower() string {
	return strings.ReplaceAll(strings.ToLower(t.s), "\u2019", "'")
}

// capital reports whether the token is a word that starts with a capital.
func (t token) capital() bool {
	r, _ := utf8.DecodeRuneInString(t.s)
	return t.word && unicode.IsUpper(r)
}

// possessive reports whether the token ends in "'s" or "’s".
func (t token) possessive() bool {
	l := t.lower()
	return t.word && len(l) > 2 && strings.HasSuffix(l, "'s")
}

// abbrevs are abbreviations whose full stop belongs to the word; those of
// US states ("Calif.") are in lexicon.State.
var abbrevs = set(`mr mrs ms dr sen rep gov gen lt col sgt capt adm maj st jr sr prof rev atty supt cmdr pres gov messrs mme mlle
	brig cdr cllr pfc spc insp det cpl pvt hon corp inc co ltd bros`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// tokenize splits text[from:to] into words and punctuation marks. A word
// keeps inner full stops, apostrophes and hyphens ("U.S", "Zelenskyy's",
// "non-European") and the full stop of an abbreviation ("Mr.", "U.S.",
// "J.").
func tokenize(text string, from, to int) []token {
	var out []token
	i := from
	for i < to {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordChar(r) {
			out = append(out, token{s: text[i : i+size], start: i, end: i + size})
			i += size
			continue
		}
		j := i + size
		for j < to {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if isWordChar(r2) || unicode.Is(unicode.Mn, r2) {
				j += s2
				continue
			}
			if r2 == '.' || r2 == '\'' || r2 == '\u2019' || r2 == '-' || r2 == '\u2010' {
				if j+s2 < to {
					if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); isWordChar(r3) {
						j += s2
						continue
					}
				}
			}
			break
		}
		w := text[i:j]
		if j < to && text[j] == '.' {
			first, _ := utf8.DecodeRuneInString(w)
			if abbrevs[strings.ToLower(w)] || strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(first) ||
				stateAfterPlace(text, i, w) {
				j++
				w = text[i:j]
			}
		}
		out = append(out, token{s: w, start: i, end: j, word: true})
		i = j
	}
	return out
}

// stateAfterPlace reports whether w, at text[i:] and followed by a full
// stop, is a state's abbreviation after its city or in a party label
// ("Newtown, Conn.", "R-Ore."), whose stop ends no sentence.
func stateAfterPlace(text string, i int, w string) bool {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		return lexicon.StateAbbreviation(w[k+1:] + ".")
	}
	return strings.HasSuffix(strings.TrimRight(text[:i], " "), ",") && lexicon.StateAbbreviation(w+".")
}

// sentenceEnd reports whether the token ends a sentence.
func sentenceEnd(t token) bool { return !t.word && (t.s == "." || t.s == "!" || t.s == "?") }

// isQuoteMark reports whether the token is a quote mark.
func isQuoteMark(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.s)
	return !t.word && markKind(r) != markNone
}
