package dedup

import "math"

// SignatureSize is the number of MinHash values in a Signature.
const SignatureSize = 64

// Signature is the MinHash signature of a text's shingle set: for each of
// SignatureSize hash functions, the least hash of any shingle. The share of
// equal values in two signatures estimates the Jaccard similarity of the
// two sets (within about ±0.06 at 0.5) in a fixed 256 bytes however long
// the text.
type Signature [SignatureSize]uint32

// empty is the signature of a text without words: no value was lowered.
const empty = math.MaxUint32

// hasher holds the hash functions of one seed: value i of a shingle hash x
// is the high half of a[i]*x + b[i], a multiply-shift hash.
type hasher struct {
	k    int
	a, b [SignatureSize]uint64
}

func newHasher(k int, seed uint64) *hasher {
	h := &hasher{k: clampShingle(k)}
	s := seed
	next := func() uint64 {
		s += golden
		return mix(s)
	}
	for i := range h.a {
		h.a[i] = next() | 1
		h.b[i] = next()
	}
	return h
}

// sign fills sig with the signature of text and returns the text's content
// hash and number of words.
func (h *hasher) sign(text string, sig *Signature) (uint64, int) {
	for i := range sig {
		sig[i] = empty
	}
	return scan(text, h.k, func(x uint64) {
		for i := range sig {
			if v := uint32((h.a[i]*x + h.b[i]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	})
}

var defaultHasher = newHasher(DefaultOptions().Shingle, DefaultOptions().Seed)

// Sign returns the signature of text's shingles under DefaultOptions: the
// same text always gives the same signature, in any run. Compare
// signatures with Similarity; use Shingles and Jaccard instead for texts of
// a sentence or two, where an exact answer costs no more.
func Sign(text string) Signature {
	var sig Signature
	defaultHasher.sign(text, &sig)
	return sig
}

// Similarity estimates the Jaccard similarity of the shingle sets behind
// two signatures made with the same options: the share of positions where
// they agree. A signature of a text without words is similar to nothing.
func (s *Signature) Similarity(t *Signature) float64 {
	n := 0
	for i, v := range s {
		if v == t[i] && v != empty {
			n++
		}
	}
	return float64(n) / SignatureSize
}
