package entities

import (
	"strings"
	"unicode"

	"crosscheck/internal/textproc"
)

// NameKey returns the form of a name under which its spellings compare
// equal: lower case, no diacritics, stops, apostrophes or possessive,
// initials run together ("J. D." and "J.D." become "jd"), and the usual
// differences of romanisation folded: y and i, w and v, ks and x, kh and h,
// ph and f, ou and u, tz and ts, dj and d ("Djordje", "Đorđe"), and doubled letters ("Zelenskyy", "Zelensky" and
// "Zelenskiy" share a key). It does not fold other consonants, so "Vogel"
// and "Fogel" keep different keys.
func NameKey(name string) string {
	f := fold(name)
	for _, suf := range []string{"'s", "s'"} {
		if strings.HasSuffix(f, suf) {
			f = strings.TrimSuffix(f, suf[1:])
			f = strings.TrimSuffix(f, "'")
		}
	}
	words := strings.FieldsFunc(f, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
	var out []string
	var inits strings.Builder
	flush := func() {
		if inits.Len() > 0 {
			out = append(out, inits.String())
			inits.Reset()
		}
	}
	for _, w := range words {
		w = strings.Map(func(r rune) rune {
			if r == '.' || r == '\'' {
				return -1
			}
			return r
		}, w)
		switch n := len([]rune(w)); {
		case n == 0:
		case n == 1:
			// Initials written apart ("J. D.") run together.
			inits.WriteString(w)
		case n == 2:
			flush()
			out = append(out, w)
		default:
			flush()
			out = append(out, romanKey(w))
		}
	}
	flush()
	return strings.Join(out, " ")
}

var romanRules = strings.NewReplacer("ks", "x", "kh", "h", "ph", "f", "ou", "u", "w", "v", "y", "i", "tz", "ts", "dj", "d")

// romanKey folds the spelling differences of romanised names.
func romanKey(w string) string {
	w = romanRules.Replace(RomanForm(w))
	return textproc.Squeeze(w)
}

// RomanForm returns the one form of a common romanisation of one of the
// commonest Arabic given names ("mohammed", "khaled"), lower case, or w.
func RomanForm(w string) string {
	if c, ok := romanised[w]; ok {
		return c
	}
	return w
}

// romanised maps the common romanisations of the commonest Arabic given
// names, whose vowels no rule of romanKey can fold without folding the
// misspellings of other names too ("Cowen", "Cowan"), to one form.
var romanised = func() map[string]string {
	m := map[string]string{}
	for _, forms := range [][]string{
		{"muhammad", "mohammed", "mohammad", "mohamed", "muhammed", "mohamad", "muhamad", "mehmet"},
		{"ahmad", "ahmed"}, {"mahmoud", "mahmud"}, {"mustafa", "mostafa", "moustafa"},
		{"hussein", "husain", "hussain", "husayn"}, {"hassan", "hasan"}, {"osama", "usama"},
		{"yusuf", "youssef", "yousef", "yousuf"}, {"abdullah", "abdallah"}, {"khalid", "khaled"},
		{"ibrahim", "ebrahim"}, {"ismail", "ismael"}, {"qaddafi", "gaddafi", "gadhafi", "kadhafi", "qadhafi"},
	} {
		for _, f := range forms {
			m[f] = forms[0]
		}
	}
	return m
}()

// EditDistance returns the number of one-letter insertions, deletions,
// substitutions and swaps of adjacent letters that turn a into b (the
// optimal string alignment distance), in runes.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows: two back, one back, current.
	pp := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				c = min(c, pp[j-2]+1)
			}
			cur[j] = c
		}
		pp, prev, cur = prev, cur, pp
	}
	return prev[len(rb)]
}

// NearSpelling reports whether a and b, lower-case, are two spellings of
// one name: different, but by one edit (two in names of seven letters or
// more). "vogel" and "fogel" are; "kerry" and "kelly" are not.
func NearSpelling(a, b string) bool {
	d := EditDistance(a, b)
	limit := 1
	if min(len([]rune(a)), len([]rune(b))) >= 7 {
		limit = 2
	}
	return d >= 1 && d <= limit
}
