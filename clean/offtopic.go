package clean

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/textproc"
)

// Off-topic paragraphs are looked for at the end of a body only: pages glue
// the leads of other stories after the article, while a paragraph in the
// middle that shares few words with the rest is far more often a new turn
// of the same story.
const (
	// offTopicMax is the largest share of a body's paragraphs dropped.
	offTopicMax = 1.0 / 3
	// offTopicMinBody is the fewest paragraphs a body keeps.
	offTopicMinBody = 3
	// A block set apart by layout is another story's when it shares less
	// than blockSim of its words with the article and most of its names
	// are new.
	blockSim     = 0.3
	blockNovelty = 0.5
	blockMax     = 3
	// A trailing paragraph with no layout break before it must be
	// plainly foreign: hardly a word and few of its names in common.
	paraSim     = 0.15
	paraNovelty = 0.8
	paraNames   = 4
)

// offTopic returns the indexes of the trailing paragraphs that belong to
// another story. gaps[i] is the number of blank lines before paragraph i:
// a break in the layout (a blank line in a file that otherwise has none,
// or a wider gap than usual) often marks where scraped text from another
// part of the page begins.
func offTopic(paras []string, gaps []int, title string) []int {
	n := len(paras)
	if n < offTopicMinBody+1 {
		return nil
	}
	maxDrop := int(float64(n) * offTopicMax)
	if n-maxDrop < offTopicMinBody {
		maxDrop = n - offTopicMinBody
	}
	if maxDrop < 1 {
		return nil
	}
	terms := make([]map[string]bool, n)
	for i, p := range paras {
		terms[i] = paragraphTerms(p)
	}
	before := func(i int) map[string]bool {
		ref := paragraphTerms(title)
		for j := 0; j < i; j++ {
			for t := range terms[j] {
				ref[t] = true
			}
		}
		return ref
	}

	if b := layoutBreak(gaps, max(n-maxDrop, n-blockMax)); b > 0 {
		block := map[string]bool{}
		for j := b; j < n; j++ {
			for t, name := range terms[j] {
				block[t] = block[t] || name
			}
		}
		ref := before(b)
		if similarity(block, ref) < blockSim && novelty(block, ref) >= blockNovelty {
			var out []int
			for j := n - 1; j >= b; j-- {
				out = append(out, j)
			}
			return out
		}
	}

	var out []int
	for i := n - 1; i >= n-maxDrop; i-- {
		ref := before(i)
		if similarity(terms[i], ref) >= paraSim || novelty(terms[i], ref) < paraNovelty || names(terms[i]) < paraNames {
			break
		}
		out = append(out, i)
	}
	return out
}

// layoutBreak returns the first paragraph at or after from whose gap is
// wider than the usual gap between the paragraphs before from, or 0.
func layoutBreak(gaps []int, from int) int {
	if from < 2 || from >= len(gaps) {
		return 0
	}
	usual := append([]int(nil), gaps[1:from]...)
	sort.Ints(usual)
	median := usual[len(usual)/2]
	for i := from; i < len(gaps); i++ {
		if gaps[i] > median {
			return i
		}
	}
	return 0
}

// similarity is the weighted share of a paragraph's terms found in ref.
// Names weigh more than other words: another story is told about other
// people and places.
func similarity(p, ref map[string]bool) float64 {
	var total, found float64
	for t, name := range p {
		w := 1.0
		if name {
			w = 2
		}
		total += w
		if hasKey(ref, t) {
			found += w
		}
	}
	if total == 0 {
		return 1
	}
	return found / total
}

// novelty is the share of a paragraph's names that ref lacks.
func novelty(p, ref map[string]bool) float64 {
	all, novel := 0, 0
	for t, name := range p {
		if !name {
			continue
		}
		all++
		if !hasKey(ref, t) {
			novel++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(novel) / float64(all)
}

func names(p map[string]bool) int {
	n := 0
	for _, name := range p {
		if name {
			n++
		}
	}
	return n
}

func hasKey(m map[string]bool, k string) bool {
	_, ok := m[k]
	return ok
}

// paragraphTerms returns a paragraph's content words, folded and stemmed,
// each marked true when it is written as a name (capitalised inside a
// sentence).
func paragraphTerms(p string) map[string]bool {
	out := map[string]bool{}
	for _, s := range textproc.Sentences(p) {
		words, folded := textproc.Words(s), textproc.FoldedWords(s)
		for i, w := range words {
			f := strings.ToLower(w)
			if len(folded) == len(words) {
				f = folded[i]
			}
			if utf8.RuneCountInString(f) < 3 || textproc.IsStopword(f) || isNumber(f) || calendarWords[f] {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			name := i > 0 && unicode.IsUpper(r)
			t := stem(f)
			out[t] = out[t] || name
		}
	}
	return out
}

func isNumber(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// stem strips the commonest English inflections so that "talks" meets
// "talk" and "killings" meets "killing".
func stem(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		return w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
