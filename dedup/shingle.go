package dedup

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxShingle caps the words per shingle so that the window of word hashes
// fits in a fixed array.
const maxShingle = 16

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	golden    = 0x9e3779b97f4a7c15
)

// mix is the splitmix64 finaliser: it spreads every input bit over the
// whole output, so that FNV word hashes and their combinations behave as
// random 64-bit values for MinHash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// words calls fn with the hash of each word of text as textproc.FoldedWords
// would give it (lower case, diacritics removed), without building the
// folded text or any word string.
func words(text string, fn func(uint64)) {
	h := uint64(fnvOffset)
	in := false
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				if in {
					fn(mix(h))
					h, in = fnvOffset, false
				}
				continue
			}
			h = (h ^ uint64(c)) * fnvPrime
			in = true
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if d := norm.NFD.PropertiesString(text[i:]).Decomposition(); len(d) > 0 {
				r, _ = utf8.DecodeRune(d)
			}
			for _, b := range utf8.AppendRune(buf[:0], unicode.ToLower(r)) {
				h = (h ^ uint64(b)) * fnvPrime
			}
			in = true
		case unicode.Is(unicode.Mn, r):
			// A combining mark belongs to its word but, as in Fold, adds
			// nothing to it.
		case in:
			fn(mix(h))
			h, in = fnvOffset, false
		}
		i += size
	}
	if in {
		fn(mix(h))
	}
}

// shingler turns a stream of word hashes into shingle hashes (k words in a
// row) and a hash of the whole word sequence.
type shingler struct {
	k       int
	ring    [maxShingle]uint64
	n       int
	content uint64
	emit    func(uint64)
}

func (s *shingler) word(w uint64) {
	s.ring[s.n%s.k] = w
	s.n++
	s.content = (s.content ^ w) * golden
	if s.n >= s.k {
		s.emit(s.combine(s.n-s.k, s.k))
	}
}

// combine hashes the m words of the window that start at the n-th word.
func (s *shingler) combine(start, m int) uint64 {
	h := uint64(m)
	for j := range m {
		h = (h ^ s.ring[(start+j)%s.k]) * golden
		h ^= h >> 29
	}
	return mix(h)
}

// finish emits the one shingle of a text shorter than k words and returns
// the content hash and the number of words.
func (s *shingler) finish() (uint64, int) {
	if s.n > 0 && s.n < s.k {
		s.emit(s.combine(0, s.n))
	}
	return mix(s.content ^ uint64(s.n)), s.n
}

// scan calls emit with the hash of every k-word shingle of text and returns
// the hash of its normalised word sequence and its number of words. A text
// of fewer than k words gives one shingle of all its words.
func scan(text string, k int, emit func(uint64)) (content uint64, n int) {
	s := shingler{k: k, emit: emit}
	words(text, s.word)
	return s.finish()
}

func clampShingle(k int) int {
	return min(max(k, 1), maxShingle)
}

// Hash returns a hash of text's normalised content: its words, lower-cased
// and without diacritics, in order. Texts that differ only in case,
// punctuation, spacing or accents hash alike.
func Hash(text string) uint64 {
	h, _ := scan(text, 1, func(uint64) {})
	return h
}

// Shingles returns the sorted, distinct hashes of text's shingles of k
// words (folded as Hash does), for exact set comparison of short texts with
// Jaccard and Containment. A text of fewer than k words gives one shingle;
// a text without words, none. k is kept within 1 to 16. For sentences k = 3
// tolerates a changed word or two; for paragraphs and articles 4 or 5 keeps
// chance overlaps rare.
func Shingles(text string, k int) []uint64 {
	var out []uint64
	scan(text, clampShingle(k), func(h uint64) { out = append(out, h) })
	slices.Sort(out)
	return slices.Compact(out)
}

// Shared returns how many values two sorted sets of hashes, such as
// Shingles makes, have in common.
func Shared(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Jaccard returns |a∩b| / |a∪b| for two sets made by Shingles: 1 for the
// same text, 0 for texts without a shingle in common or when both are
// empty.
func Jaccard(a, b []uint64) float64 {
	n := Shared(a, b)
	u := len(a) + len(b) - n
	if u == 0 {
		return 0
	}
	return float64(n) / float64(u)
}

// Containment returns |a∩b| / |a|: the share of a's shingles that b also
// has. It is high when a was copied into b, even when b adds much of its
// own, so it tells which of two texts holds the other. It is 0 when a is
// empty.
func Containment(a, b []uint64) float64 {
	if len(a) == 0 {
		return 0
	}
	return float64(Shared(a, b)) / float64(len(a))
}
