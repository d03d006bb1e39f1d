package facts

import (
	"regexp"
	"strings"
	"unicode"

	"crosscheck/internal/textproc"
)

// terms returns the comparable content terms of a sentence: folded content
// words, stemmed, so that inflections, British and American spellings and
// "unrealistic"/"not realistic" meet. It also returns the hashes of the
// pairs of consecutive terms of which at least one is a lower-case word:
// shared phrasing ("realistic outcome", "negotiated settlement") rather
// than a shared name ("Vice President JD Vance"); the terms written as
// lower-case words, framing words aside, which carry what the sentence says
// about its names (its predicate) rather than who or when; and the
// sentence's folded words joined, which exact copies share.
func terms(s string) (out []string, pairs []uint64, plain []string, key string) {
	words := textproc.Words(s)
	folded := textproc.FoldedWords(s)
	if len(folded) != len(words) {
		// Folding changed a word boundary; fold word by word instead.
		folded = make([]string, len(words))
		for i, w := range words {
			folded[i] = textproc.Fold(w)
		}
	}
	prevLower := false
	for i, w := range words {
		f := folded[i]
		if textproc.IsStopword(f) || isNumber(f) {
			continue
		}
		st := stem(f)
		if st == "" {
			continue
		}
		lower := !unicode.IsUpper([]rune(w)[0])
		if lower && !framing[f] {
			plain = append(plain, st)
		}
		if len(out) > 0 && (lower || prevLower) {
			pairs = append(pairs, textproc.Hash64(out[len(out)-1]+" "+st))
		}
		out = append(out, st)
		prevLower = lower
	}
	return out, pairs, plain, strings.Join(folded, " ")
}

// polarity says what the narration of a sentence (its words outside
// quotation marks) negates: whether it is negated as a whole, by an odd
// number of negation cues ("not", "no", "nobody", "n't") and negating
// prefixes ("unrealistic"), the terms it only ever uses negated (in the
// few words after a cue within one clause, or under a prefix) and all the
// terms of the narration.
// Quotations are left out because excerpts of one quotation differ in the
// clauses they keep; discrepancy compares their wordings.
type polarity struct {
	negated  bool
	scoped   []string
	narrated []string // all the terms of the narration
}

// negationScope is how many words after a cue it negates: "no arrests",
// "was not charged", "no one was arrested".
const negationScope = 3

func sentencePolarity(s string) polarity {
	var pol polarity
	negatedTerm := map[string]bool{}
	plainTerm := map[string]bool{}
	for _, clause := range strings.FieldsFunc(unquoted(s), clauseBreak) {
		words := textproc.FoldedWords(clause)
		scope := 0
		for i, f := range words {
			prefixed := negatingPrefix(f)
			inScope := scope > 0 || prefixed
			scope--
			cue := negation[f] || f == "t" && i > 0 && strings.HasSuffix(words[i-1], "n")
			// "not only ... but also" asserts both.
			if f == "not" && i+1 < len(words) && (words[i+1] == "only" || words[i+1] == "just" || words[i+1] == "merely") {
				cue = false
			}
			if cue || prefixed {
				pol.negated = !pol.negated
			}
			if cue {
				scope = negationScope
			}
			if textproc.IsStopword(f) || isNumber(f) {
				continue
			}
			st := stem(f)
			if st == "" {
				continue
			}
			if inScope {
				negatedTerm[st] = true
			} else {
				plainTerm[st] = true
			}
		}
	}
	for t := range negatedTerm {
		pol.narrated = append(pol.narrated, t)
		if !plainTerm[t] {
			pol.scoped = append(pol.scoped, t)
		}
	}
	for t := range plainTerm {
		if !negatedTerm[t] {
			pol.narrated = append(pol.narrated, t)
		}
	}
	return pol
}

// clauseBreak reports whether r ends a clause, and with it a negation's
// scope.
func clauseBreak(r rune) bool {
	return strings.ContainsRune(".,;:!?()—–", r)
}

// unquoted returns s without the words between quotation marks. A quote
// mark left unpaired leaves the rest of the sentence out, since where the
// quotation ends is unknown.
func unquoted(s string) string {
	var b strings.Builder
	in := false
	var closer rune
	for _, r := range s {
		switch {
		case !in && (r == '"' || r == '\u201c' || r == '\u00ab'):
			in = true
			closer = map[rune]rune{'"': '"', '\u201c': '\u201d', '\u00ab': '\u00bb'}[r]
			b.WriteByte(' ')
		case in && r == closer:
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// negation are the words that negate a clause.
var negation = map[string]bool{
	"not": true, "no": true, "never": true, "nobody": true, "none": true, "nothing": true,
	"neither": true, "nor": true, "cannot": true, "without": true, "nowhere": true,
}

// negatingPrefix reports whether a folded word is a negated word as stem
// reads it ("unrealistic", "nonlethal"); words that only begin alike
// ("understand", "university", "unanimous", "nonetheless") are not.
func negatingPrefix(w string) bool {
	for _, p := range []string{"under", "uni", "unanim", "nonetheless"} {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	for _, p := range []string{"non", "un"} {
		if strings.HasPrefix(w, p) && len(w)-len(p) >= 6 {
			return true
		}
	}
	return false
}

// framing are function words that textproc's stopwords lack. They stay
// terms, but they frame a background clause ("since ... invaded") rather
// than state anything, so they are not plain content.
var framing = map[string]bool{
	"since": true, "amid": true, "ago": true, "among": true, "despite": true, "toward": true,
	"towards": true, "upon": true, "whether": true, "although": true, "though": true, "via": true,
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// stem reduces a folded word to a crude stem. It need not be a word; it
// only has to map the forms of a word to one string.
func stem(w string) string {
	if len(w) < 3 {
		return ""
	}
	// A negating prefix states the same fact as "not": "unrealistic",
	// "nonlethal".
	for _, p := range []string{"non", "un"} {
		if strings.HasPrefix(w, p) && len(w)-len(p) >= 6 {
			w = w[len(p):]
			break
		}
	}
	switch {
	case strings.HasSuffix(w, "fence"):
		w = strings.TrimSuffix(w, "fence") + "fense"
	case strings.HasSuffix(w, "our") && len(w) > 5:
		w = strings.TrimSuffix(w, "our") + "or"
	case strings.HasSuffix(w, "ise") && len(w) > 5:
		w = strings.TrimSuffix(w, "ise") + "ize"
	}
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			w = strings.TrimSuffix(w, suf)
			if suf == "ies" || suf == "ied" {
				w += "y"
			}
			break
		}
	}
	if strings.HasSuffix(w, "e") && len(w) > 4 {
		w = strings.TrimSuffix(w, "e")
	}
	return w
}

var numberRE = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)

// numbers returns the numbers written in digits in s, commas removed.
func numbers(s string) []string {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	var out []string
	for _, m := range numberRE.FindAllString(s, -1) {
		out = append(out, strings.TrimRight(strings.ReplaceAll(m, ",", ""), "."))
	}
	return out
}
