package cluster

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/textproc"
)

// entry is one weighted term of a sparse vector.
type entry struct {
	key uint64
	w   float32
}

// vec is a sparse vector sorted by key.
type vec []entry

// dot returns the inner product of two sparse vectors.
func dot(a, b vec) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].key < b[j].key:
			i++
		case a[i].key > b[j].key:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

// norm returns the Euclidean length of v.
func (v vec) norm() float64 {
	var s float64
	for _, e := range v {
		s += float64(e.w) * float64(e.w)
	}
	return math.Sqrt(s)
}

// add returns the sum of a and b, kept to the k heaviest entries.
func add(a, b vec, k int) vec {
	out := make(vec, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].key < b[j].key:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].key < a[i].key:
			out = append(out, b[j])
			j++
		default:
			out = append(out, entry{a[i].key, a[i].w + b[j].w})
			i++
			j++
		}
	}
	return top(out, k)
}

// top keeps the k heaviest entries of v (ties broken by key, so that the
// result does not depend on the order of v) and returns them sorted by key.
func top(v vec, k int) vec {
	if len(v) > k {
		slices.SortFunc(v, func(x, y entry) int {
			switch {
			case x.w > y.w:
				return -1
			case x.w < y.w:
				return 1
			case x.key < y.key:
				return -1
			case x.key > y.key:
				return 1
			}
			return 0
		})
		v = v[:k:k]
		slices.SortFunc(v, func(x, y entry) int { return cmpKey(x.key, y.key) })
	}
	return v
}

func cmpKey(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// hashWord is 64-bit FNV-1a of w, without allocating.
func hashWord(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// entitySalt keeps the keys of names apart from those of words in the
// shared index.
const entitySalt = 0x9e3779b97f4a7c15

// stem strips English plural endings so that "taxes" and "tax" meet.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") ||
		strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:n-2]
	case n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// stemBytes is stem on a folded word in a buffer, in place.
func stemBytes(w []byte) []byte {
	n := len(w)
	has := func(suffix string) bool { return n >= len(suffix) && string(w[n-len(suffix):]) == suffix }
	switch {
	case n > 4 && has("ies"):
		return append(w[:n-3], 'y')
	case n > 4 && (has("sses") || has("xes") || has("ches") || has("shes")):
		return w[:n-2]
	case n > 3 && w[n-1] == 's' && !has("ss") && !has("us") && !has("is"):
		return w[:n-1]
	}
	return w
}

// term returns the key of a folded word and the background share of its
// word, or false for words that carry no topic: stopwords and single
// letters or digits. Numbers of two digits or more are kept as they are: a
// death toll, a score or a year that two reports share is as telling as a
// rare word, and IDF weighs down the common ones. w is stemmed in place.
func term(w []byte) (uint64, float32, bool) {
	if len(w) < 2 || textproc.IsStopword(string(w)) {
		return 0, 0, false
	}
	letter := false
	for _, r := range string(w) {
		if unicode.IsLetter(r) {
			letter = true
			break
		}
	}
	if letter {
		w = stemBytes(w)
	}
	return hashBytes(w), float32(background[string(w)]), true
}

// hashBytes is hashWord of a word in a buffer.
func hashBytes(w []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, b := range w {
		h ^= uint64(b)
		h *= 1099511628211
	}
	return h
}

// Field weights: a word of the title says more about the story than one of
// the lead, and one of the lead more than one deep in the body.
const (
	titleWeight = 3
	leadWeight  = 2
	bodyWeight  = 1
)

// occurrence is a term seen in an article, with its field weight and the
// background share of its word.
type occurrence struct {
	key   uint64
	w     float32
	prior float32
}

// foldedWords calls fn with each word of s as textproc.FoldedWords gives
// it, in a buffer reused from word to word, until fn returns false. It
// folds word by word, without a folded copy of the whole text, and stops
// reading where fn does.
func foldedWords(s string, buf []byte, fn func(w []byte) bool) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !textproc.IsWordRune(r) {
			i += size
			continue
		}
		j, ascii := i, true
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !textproc.IsWordRune(r) {
				// A name with a number hyphened to it is one word:
				// "COVID-19", "F-35", "G-7".
				if r == '-' && j+1 < len(s) && '0' <= s[j+1] && s[j+1] <= '9' && j > i && !('0' <= s[j-1] && s[j-1] <= '9') {
					j += size
					continue
				}
				break
			}
			ascii = ascii && r < utf8.RuneSelf
			j += size
		}
		buf = buf[:0]
		if ascii {
			for k := i; k < j; k++ {
				b := s[k]
				if b == '-' {
					continue
				}
				if 'A' <= b && b <= 'Z' {
					b += 'a' - 'A'
				}
				buf = append(buf, b)
			}
		} else {
			buf = append(buf, strings.ReplaceAll(textproc.Fold(s[i:j]), "-", "")...)
		}
		i = j
		if len(buf) > 0 && !fn(buf) {
			break
		}
	}
	return buf
}

// words collects the weighted term occurrences of an article: its title,
// its lead (the first leadWords words) and its body up to bodyWords words.
func words(title, text string, leadWords, bodyWords int, buf []byte, out []occurrence) ([]occurrence, []byte) {
	buf = foldedWords(title, buf, func(w []byte) bool {
		if k, prior, ok := term(w); ok {
			out = append(out, occurrence{k, titleWeight, prior})
		}
		return true
	})
	n := 0
	buf = foldedWords(text, buf, func(w []byte) bool {
		if n >= bodyWords {
			return false
		}
		n++
		if k, prior, ok := term(w); ok {
			wt := float32(bodyWeight)
			if n <= leadWords {
				wt += leadWeight
			}
			out = append(out, occurrence{k, wt, prior})
		}
		return true
	})
	return out, buf
}

// abbreviations are words that end in a full stop without ending the
// sentence: a capitalised word after them is a name, not a sentence start.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "reps": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true,
	"adm": true, "maj": true, "rev": true, "st": true, "pres": true, "sens": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// capital is a capitalised word of a text and whether it starts a sentence.
type capital struct {
	key   string
	start bool
}

// capitals returns the capitalised words of s (folded and stemmed) that are
// not function words. Dotted abbreviations ("F.B.I.") count as one word
// ("fbi") that never starts a sentence.
func capitals(s string, out []capital) []capital {
	start := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch r {
			case '.', '!', '?', ':', '\n', '•', '|', '—':
				start = true
			}
			i += size
			continue
		}
		j, word, dotted := scanWord(s, i)
		i = j
		if dotted {
			out = append(out, capital{word, false})
			start = false
			continue
		}
		first, _ := utf8.DecodeRuneInString(word)
		wasStart := start
		start = false
		if !unicode.IsUpper(first) {
			continue
		}
		folded := fold(word)
		if i < len(s) && s[i] == '.' && abbreviations[folded] {
			// "Mr." and "Sen." do not end a sentence.
			i++
		}
		if len(folded) < 2 || textproc.IsStopword(folded) {
			continue
		}
		if background[folded] >= 0.25 {
			// Weekdays, months and the most common words of news.
			continue
		}
		out = append(out, capital{stem(folded), wasStart && !allUpper(word)})
	}
	return out
}

// names returns the keys of the names an article mentions, once per
// mention. A capital inside a sentence marks a name; one that may only mark
// a sentence start, or a title-case headline's style, counts when the body
// uses the word as a name elsewhere or, for a headline with no body, when the
// word is not a common English word.
func names(title, text string, caps []capital, out []string) ([]string, []capital) {
	caps = capitals(text, caps[:0])
	body := len(caps)
	inner := map[string]bool{}
	for _, c := range caps {
		if !c.start {
			inner[c.key] = true
		}
	}
	ok := func(c capital) bool {
		switch {
		case !c.start || inner[c.key]:
			return true
		case text == "":
			return background[c.key] == 0
		}
		return false
	}
	for _, c := range caps {
		if ok(c) {
			out = append(out, c.key)
		}
	}
	caps = capitals(title, caps)
	tc := titleCase(title)
	for _, c := range caps[body:] {
		if tc {
			c.start = true
		}
		if ok(c) {
			out = append(out, c.key)
		}
	}
	return out, caps
}

// scanWord reads the word at s[i:], joining a dotted abbreviation such as
// "U.S." or "F.B.I." into one folded name.
func scanWord(s string, i int) (end int, word string, dotted bool) {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		j += size
	}
	word = s[i:j]
	r, size := utf8.DecodeRuneInString(word)
	if size != len(word) || !unicode.IsUpper(r) || j+2 >= len(s) || s[j] != '.' {
		return j, word, false
	}
	// A single capital followed by ".X." continues an abbreviation.
	var b strings.Builder
	k := i
	for k+1 < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsUpper(r) || k+size >= len(s) || s[k+size] != '.' {
			break
		}
		b.WriteRune(unicode.ToLower(r))
		k += size + 1
	}
	if b.Len() < 2 {
		return j, word, false
	}
	return k, b.String(), true
}

// fold is textproc.Fold with a fast path for ASCII words.
func fold(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return textproc.Fold(w)
		}
	}
	return strings.ToLower(w)
}

// titleCase reports whether most longer words of a headline are
// capitalised, so that a capital there says nothing about names.
func titleCase(s string) bool {
	upper, all := 0, 0
	for _, w := range textproc.Words(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		all++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return all > 0 && upper*3 >= all*2
}

func allUpper(w string) bool {
	return len(w) > 1 && !strings.ContainsFunc(w, unicode.IsLower)
}

// ledeWords bounds the first sentence that lede reads: a text with no
// full stop near its start (a list, a transcript) gives its first words.
const ledeWords = 40

// firstSentence returns the first sentence of text, at most max words: up
// to the first word that ends in a full stop, question or exclamation mark
// and is not an abbreviation.
func firstSentence(text string, max int) string {
	n := 0
	for i := 0; i < len(text); {
		for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r' {
			j++
		}
		if j == i {
			break
		}
		n++
		w := strings.TrimRight(text[i:j], `"'”’)]`)
		// "p.m." and "U.S." hold a stop inside: abbreviations.
		if n >= max || n > 3 && len(w) > 2 && strings.ContainsAny(w[len(w)-1:], ".!?") &&
			!abbreviations[strings.ToLower(strings.TrimSuffix(w, "."))] && !strings.Contains(w[:len(w)-1], ".") {
			return text[:j]
		}
		i = j
	}
	return text
}
