package clean

import (
	"maps"
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
	// Without a layout break, a trailing paragraph is another story's
	// when it is plainly foreign: hardly a word and few of its names in
	// common.
	paraSim     = 0.15
	paraNovelty = 0.8
	paraNames   = 4
	// Or when it opens like a lead of its own (nothing points back to the
	// story) and shares little but words every report uses (rareShare),
	// most of its uncommon names being new.
	leadShare   = 0.15
	leadNovelty = 0.75
	leadNames   = 3
	// A paragraph that opens with a dateline is another report's lead
	// unless it shares much with the story; a lead that tells of another
	// day than any the story mentions needs less to tell it apart.
	datelineShare = 0.5
	dayShare      = 0.35
	dayNovelty    = 0.5
	dayNames      = 2
	// A name found in this share of the paragraphs before is the story's
	// subject.
	subjectShare = 0.5
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
		if similarity(block, ref) < blockSim && novelty(block, ref, 0) >= blockNovelty {
			var out []int
			for j := n - 1; j >= b; j-- {
				out = append(out, j)
			}
			return out
		}
	}

	// seen[i] holds the days of the week named before paragraph i.
	seen := make([]map[string]bool, n)
	days := weekdays(title)
	for i, p := range paras {
		seen[i] = maps.Clone(days)
		for d := range weekdays(p) {
			days[d] = true
		}
	}
	titled := paragraphTerms(title)
	var out []int
	for i := n - 1; i >= n-maxDrop; i-- {
		ref := before(i)
		if !foreign(paras[i], terms[i], ref, terms[:i], titled, newDay(weekdays(paras[i]), seen[i])) {
			break
		}
		out = append(out, i)
	}
	return out
}

// foreign reports whether a trailing paragraph, with terms p, belongs to
// another story than ref, the terms of the title and of the paragraphs
// before it (before, one map each). newDay says it names a day of the
// week the story does not. Naming the story's subject, or pointing back
// to what came before, keeps a paragraph unless a dateline opens it.
func foreign(para string, p, ref map[string]bool, before []map[string]bool, title map[string]bool, newDay bool) bool {
	share := rareShare(p, ref)
	if _, ok := parseDateline(para); ok {
		return share < datelineShare
	}
	if namesSubject(p, before, title) {
		return false
	}
	nov, nn := novelty(p, ref, 0), names(p)
	if similarity(p, ref) < paraSim && nov >= paraNovelty && nn >= paraNames {
		return true
	}
	if refersBack(para) {
		return false
	}
	rare := novelty(p, ref, rareWeight)
	if newDay {
		return rare >= dayNovelty && nn >= dayNames && share < dayShare
	}
	return rare >= leadNovelty && nn >= leadNames && share < leadShare
}

// newDay reports whether a paragraph names a day of the week that the
// story before it, which names days (seen), does not: another story's
// lead says when its own event happened.
func newDay(days, seen map[string]bool) bool {
	if len(seen) == 0 {
		return false
	}
	for d := range days {
		if !seen[d] {
			return true
		}
	}
	return false
}

// weekdays returns the days of the week named in s.
func weekdays(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range textproc.FoldedWords(s) {
		if d := stem(w); weekdayNames[d] {
			out[d] = true
		}
	}
	return out
}

var weekdayNames = stems("monday tuesday wednesday thursday friday saturday sunday")

// namesSubject reports whether a paragraph names whom or what most of the
// paragraphs before it are about, or a name of the title that two of
// them name too ("Phillies reel in ace Julian Ortega …" … "Ortega will be
// formally introduced on Tuesday, Dec. 8."): a story's last paragraph may
// share no other word with it, another story's lead rarely names its
// subject. Common words written as names ("Republicans", "House") name no
// subject.
func namesSubject(p map[string]bool, before []map[string]bool, title map[string]bool) bool {
	for t := range p {
		if commonWeight(t) < rareWeight {
			continue
		}
		n, name := 0, false
		for _, b := range before {
			if v, ok := b[t]; ok {
				n++
				name = name || v
			}
		}
		if name && n >= 2 && (float64(n) >= subjectShare*float64(len(before)) || title[t]) {
			return true
		}
	}
	return false
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
	return weightedShare(p, ref, func(_ string, name bool) float64 {
		if name {
			return 2
		}
		return 1
	})
}

// rareShare is like similarity, but a word weighs by how rarely news
// reports use it: two stories about different events share "said",
// "president" and "week", while a story and its own last paragraph share
// names and uncommon words.
func rareShare(p, ref map[string]bool) float64 {
	return weightedShare(p, ref, func(t string, name bool) float64 {
		if name {
			return 1.5 * commonWeight(t)
		}
		return commonWeight(t)
	})
}

// weightedShare is the share of p's terms, weighed by weight, found in
// ref; 1 for a paragraph without terms, which gives no sign of another
// story.
func weightedShare(p, ref map[string]bool, weight func(t string, name bool) float64) float64 {
	var total, found float64
	for t, name := range p {
		w := weight(t, name)
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

// refersBack reports whether a paragraph points back to what came before:
// it opens with a quotation, a pronoun or a linking word, or attributes a
// quotation to a pronoun ("he said"). Another story's lead names whom it
// is about.
func refersBack(para string) bool {
	words := strings.Fields(strings.ToLower(para))
	if len(words) == 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(para); strings.ContainsRune(quoteMarks, r) {
		return true
	}
	if backWords[stem(strings.Trim(words[0], punctuation))] {
		return true
	}
	for _, w := range words[1:min(len(words), 4)] {
		if linkWords[stem(strings.Trim(w, punctuation))] {
			return true
		}
	}
	for i := 0; i+1 < len(words); i++ {
		a, b := stem(strings.Trim(words[i], punctuation)), stem(strings.Trim(words[i+1], punctuation))
		if pronouns[a] && speechVerbs[b] {
			return true
		}
	}
	return false
}

const (
	quoteMarks  = "\"'“‘«"
	punctuation = ",.;:!?\"'“”‘’()«»"
)

// A paragraph continues the one before when backWords open it or
// linkWords come among its first words.
var (
	backWords   = stems("he she they it his her their its this that these those but and also however still meanwhile yet so")
	linkWords   = stems("however also instead meanwhile too")
	pronouns    = stems("he she they we i")
	speechVerbs = stems("said says added told wrote noted continued explained argued")
)

// novelty is the share of a paragraph's names that ref lacks, counting
// only names of at least minWeight: with rareWeight, the names news reports
// seldom use ("Republican" or "Senate" are shared by many stories, "Pelosi"
// by few); with 0, all of them.
func novelty(p, ref map[string]bool, minWeight float64) float64 {
	all, novel := 0, 0
	for t, name := range p {
		if !name || commonWeight(t) < minWeight {
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
