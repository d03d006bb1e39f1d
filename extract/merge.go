package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// Thresholds of merge, measured on the article-extraction benchmark.
const (
	// containCov is the share of one text's shingles that must be found in
	// the other for it to count as contained in it.
	containCov = 0.9
	// moreLen and trimLen are how much longer (in shingles) the containing
	// text must be for merge to take the longer text, or trim the primary.
	moreLen = 1.3
	trimLen = 1.1
	// agreeCov is the share of the secondary text found in the primary
	// above which the two are taken to have found the same article, so
	// that paragraphs only the primary has are checked.
	agreeCov = 0.6
	// paraCov is the share of a paragraph's shingles that the other text
	// must have for the paragraph to count as shared.
	paraCov = 0.5
	// proseWords is the fewest words of a paragraph that reads as running
	// text.
	proseWords = 12
)

// merge combines two extractions of a page by their agreement:
//
//   - When the primary text is contained in a much longer secondary one,
//     the primary missed part of the article (a body split over several
//     containers): the secondary is taken, keeping its paragraphs that the
//     primary shares or that read as running text, once each.
//   - Otherwise, when the two largely agree, a primary paragraph is kept
//     when the secondary shares it or it reads as running text, which
//     drops the link lists, prompts and captions one extractor let
//     through and the other did not. Should that leave less than half of
//     the secondary text, the secondary is taken.
func merge(primary, secondary []string) []string {
	if len(secondary) == 0 {
		return primary
	}
	pSh, sSh := shingleLists(primary), shingleLists(secondary)
	ps, ss := shingleSet(pSh), shingleSet(sSh)
	covP, nP := textCoverage(pSh, ss)
	covS, nS := textCoverage(sSh, ps)
	switch {
	case nP == 0:
		return secondary
	case covP >= containCov && float64(nS) >= moreLen*float64(nP):
		kept, _ := keepShared(secondary, sSh, ps, true)
		return kept
	case covS >= containCov && float64(nP) >= trimLen*float64(nS), covS >= agreeCov:
		kept, n := keepShared(primary, pSh, ss, false)
		// A primary text that is one block of page text keeps nothing;
		// the secondary text is then the better reading.
		if float64(n) < float64(nS)/2 {
			return secondary
		}
		return kept
	}
	return primary
}

// keepShared returns the paragraphs of ps (with shingles sh) that other
// shares or that read as running text, dropping repeats of short
// paragraphs when dedup is set, and how many shingles they have.
func keepShared(ps []string, sh [][]uint64, other map[uint64]struct{}, dedup bool) ([]string, int) {
	var out []string
	n := 0
	seen := map[string]bool{}
	for i, p := range ps {
		prose := isProse(p)
		if dedup && seen[p] && !prose {
			continue
		}
		seen[p] = true
		if prose || coverage(sh[i], other) >= paraCov {
			out = append(out, p)
			n += len(sh[i])
		}
	}
	return out, n
}

// shingleLists returns the shingles of each paragraph.
func shingleLists(ps []string) [][]uint64 {
	out := make([][]uint64, len(ps))
	for i, p := range ps {
		out[i] = paraShingles(p)
	}
	return out
}

// shingleSet returns the set of the shingles of all paragraphs.
func shingleSet(sh [][]uint64) map[uint64]struct{} {
	n := 0
	for _, l := range sh {
		n += len(l)
	}
	set := make(map[uint64]struct{}, n)
	for _, l := range sh {
		for _, s := range l {
			set[s] = struct{}{}
		}
	}
	return set
}

// paraShingles returns the hashes of the runs of four consecutive words of
// text, case folded, or of all its words when it has fewer.
func paraShingles(text string) []uint64 {
	hashes := wordHashes(text)
	switch {
	case len(hashes) == 0:
		return nil
	case len(hashes) < 4:
		var h uint64
		for _, x := range hashes {
			h = h*0x100000001b3 ^ x
		}
		return []uint64{h}
	}
	out := make([]uint64, 0, len(hashes)-3)
	for i := 0; i+4 <= len(hashes); i++ {
		out = append(out, ((hashes[i]*0x100000001b3^hashes[i+1])*0x100000001b3^hashes[i+2])*0x100000001b3^hashes[i+3])
	}
	return out
}

// wordHashes returns the hash of each word of text as metricWords cuts
// them: FNV-1a over its lower-cased runes. It hashes in place, since
// cutting the words out first costs more than the hashing.
func wordHashes(text string) []uint64 {
	const offset = 0xcbf29ce484222325
	out := make([]uint64, 0, len(text)/6)
	h, in := uint64(offset), false
	for _, r := range text {
		if r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) {
			h ^= uint64(unicode.ToLower(r))
			h *= 0x100000001b3
			in = true
			continue
		}
		if in {
			out = append(out, h)
			h, in = offset, false
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

// coverage returns the share of the shingles sh found in set.
func coverage(sh []uint64, set map[uint64]struct{}) float64 {
	if len(sh) == 0 {
		return 1
	}
	n := 0
	for _, s := range sh {
		if _, ok := set[s]; ok {
			n++
		}
	}
	return float64(n) / float64(len(sh))
}

// textCoverage returns the share of all the shingles sh found in set, and
// how many shingles there are.
func textCoverage(sh [][]uint64, set map[uint64]struct{}) (float64, int) {
	total, found := 0, 0
	for _, l := range sh {
		for _, s := range l {
			total++
			if _, ok := set[s]; ok {
				found++
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(found) / float64(total), total
}

// isProse reports whether a paragraph reads as running text: enough words
// and a sentence end.
func isProse(p string) bool {
	if fieldCount(p) < proseWords {
		return false
	}
	p = strings.TrimRight(p, `"'”’)] `)
	return strings.HasSuffix(p, ".") || strings.HasSuffix(p, "!") || strings.HasSuffix(p, "?") || strings.HasSuffix(p, ":")
}

// fieldCount is len(strings.Fields(s)) without building the fields.
func fieldCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// mayMerge reports whether merge could change text, the primary reading
// of the page under root, so that the secondary extraction is worth its
// cost. When every paragraph of text reads as running text, merge keeps
// them all and changes the text only when the secondary reading is at
// least moreLen times as long. That reading is the page's running text
// but for a few headings and list items, so a page with less running text
// than that keeps text as it is.
func mayMerge(text []string, root *html.Node) bool {
	words := 0
	for _, p := range text {
		if !isProse(p) {
			return true
		}
		words += fieldCount(p)
	}
	page := 0
	someParagraphs(root, func(raw string) bool {
		if isProse(raw) {
			page += fieldCount(raw)
		}
		return false
	})
	return float64(page) >= moreLen*float64(words)
}
