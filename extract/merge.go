package extract

import "strings"

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
	ps, ss := shingleSet(primary), shingleSet(secondary)
	covP, nP := textCoverage(primary, ss)
	covS, nS := textCoverage(secondary, ps)
	switch {
	case nP == 0:
		return secondary
	case covP >= containCov && float64(nS) >= moreLen*float64(nP):
		return keepShared(secondary, ps, true)
	case covS >= containCov && float64(nP) >= trimLen*float64(nS), covS >= agreeCov:
		kept := keepShared(primary, ss, false)
		// A primary text that is one block of page text keeps nothing;
		// the secondary text is then the better reading.
		if _, n := textCoverage(kept, ss); float64(n) < float64(nS)/2 {
			return secondary
		}
		return kept
	}
	return primary
}

// keepShared returns the paragraphs of ps that other shares or that read as
// running text, dropping repeats of short paragraphs when dedup is set.
func keepShared(ps []string, other map[string]bool, dedup bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range ps {
		prose := isProse(p)
		if dedup && seen[p] && !prose {
			continue
		}
		seen[p] = true
		if prose || coverage(p, other) >= paraCov {
			out = append(out, p)
		}
	}
	return out
}

// shingleSet returns the set of 4-word shingles of the paragraphs.
func shingleSet(ps []string) map[string]bool {
	set := map[string]bool{}
	for _, p := range ps {
		for _, s := range paraShingles(p) {
			set[s] = true
		}
	}
	return set
}

// paraShingles returns the runs of four consecutive lower-case words of
// text, or all its words as one shingle when it has fewer.
func paraShingles(text string) []string {
	w := metricWords(strings.ToLower(text))
	switch {
	case len(w) == 0:
		return nil
	case len(w) < 4:
		return []string{strings.Join(w, " ")}
	}
	out := make([]string, 0, len(w)-3)
	for i := 0; i+4 <= len(w); i++ {
		out = append(out, strings.Join(w[i:i+4], " "))
	}
	return out
}

// coverage returns the share of the shingles of p found in set.
func coverage(p string, set map[string]bool) float64 {
	sh := paraShingles(p)
	if len(sh) == 0 {
		return 1
	}
	n := 0
	for _, s := range sh {
		if set[s] {
			n++
		}
	}
	return float64(n) / float64(len(sh))
}

// textCoverage returns the share of all shingles of ps found in set, and
// how many shingles ps has.
func textCoverage(ps []string, set map[string]bool) (float64, int) {
	total, found := 0, 0
	for _, p := range ps {
		for _, s := range paraShingles(p) {
			total++
			if set[s] {
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
	if len(strings.Fields(p)) < proseWords {
		return false
	}
	p = strings.TrimRight(p, `"'”’)] `)
	return strings.HasSuffix(p, ".") || strings.HasSuffix(p, "!") || strings.HasSuffix(p, "?") || strings.HasSuffix(p, ":")
}
