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
