// Package summary picks a few sentences that together tell a story, each
// citing the articles that carry it, and says where the sources disagree.
//
// Candidates are the story's facts. Each is scored by how many independent
// sources and articles back it, how central it is to the story's
// vocabulary, how much of its vocabulary the other articles share (so a
// statement several outlets make in their own words counts even where
// facts did not align it) and how near the top of its articles it stands,
// less a penalty for sentences that read badly out of context (a bare
// quotation, an opening pronoun). Sentences are then chosen by maximal
// marginal relevance, so a second thread of the story wins over a repeat
// of the first. The summary opens with the main event: the best sentence
// that states an article's lead. The others follow in the order the
// articles tell them. Summary reuses sentences of the articles; the one
// sentence it writes names the disputed point and quotes the variants of
// a discrepancy.
package summary

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"crosscheck"
	"crosscheck/internal/textproc"
)

const (
	// minSentences and maxSentences bound the summary's length.
	minSentences = 3
	maxSentences = 10
	// lambda weighs a candidate's score against its likeness to the
	// sentences already chosen.
	lambda = 0.65
	// repeat is the likeness at which a candidate says again what a chosen
	// sentence said; it is taken only when nothing else is left.
	repeat = 0.5
	// lengthRatio bounds a summary's words: once it holds this many times
	// the words of the story's average article, it takes no more
	// sentences. A summary of a few short reports (wire leads, a roundup)
	// stays short; one of long reports is bounded by maxSentences.
	lengthRatio = 2
)

// candidate is a fact as summary weighs it.
type candidate struct {
	fact  int
	words []int // distinct word ids, sorted
	norm  float64
	pos   float64 // relative position in the articles, 0 = lead
	score float64
	lead  bool // states the lead of one of its articles
}

// Build returns the summary of a story: between three and ten of its facts
// (fewer when it has fewer, when the rest would only repeat or read badly,
// or when the summary already holds twice the words of the story's
// average article), each with the articles that carry it: the best first,
// then in the order the articles tell them; then, when discs holds a disagreement, one
// sentence naming the weightiest disputed point and which outlets say
// what. A chosen statement that a later report from the same source
// restates with other figures gives way to the later one. origin names the
// source an article stands for (provenance's origin); nil means its
// outlet.
func Build(arts []crosscheck.Article, facts []crosscheck.Fact, discs []crosscheck.Discrepancy, origin func(articleID string) string) []crosscheck.Cited {
	if len(facts) == 0 {
		return nil
	}
	if origin == nil {
		outlet := map[string]string{}
		for _, a := range arts {
			outlet[a.ID] = a.Outlet
			if strings.TrimSpace(a.Outlet) == "" {
				outlet[a.ID] = a.ID
			}
		}
		origin = func(id string) string { return outlet[id] }
	}
	want := min(maxSentences, max(minSentences, 2+len(arts)), len(facts))
	budget := 0
	for _, a := range arts {
		budget += fields(a.Text)
	}
	budget = int(lengthRatio * float64(budget) / float64(max(1, len(arts))))
	if budget == 0 {
		// Facts without their articles' text: only the sentence count bounds.
		budget = math.MaxInt
	}
	words := 0
	split := make([][]string, len(arts))
	for i := range arts {
		split[i] = textproc.Sentences(arts[i].Text)
	}
	positions := sentencePositions(split)

	cands := make([]candidate, len(facts))
	ids := newVocab()
	var centroid []float64
	maxInd, maxArts := 1, 1
	for i, f := range facts {
		c := candidate{fact: i, words: ids.words(f.Text), pos: 1}
		if p, ok := positions[strings.TrimSpace(f.Text)]; ok {
			c.pos = p
		}
		for len(centroid) < ids.size() {
			centroid = append(centroid, 0)
		}
		for _, w := range c.words {
			centroid[w] += float64(len(f.Articles))
		}
		c.norm = math.Sqrt(float64(len(c.words)))
		cands[i] = c
		maxInd = max(maxInd, f.Independent)
		maxArts = max(maxArts, len(f.Articles))
	}
	support := articleSupport(arts, split, ids)
	cnorm := 0.0
	for _, v := range centroid {
		cnorm += v * v
	}
	cnorm = math.Sqrt(cnorm)
	// shared is how much of a sentence's vocabulary the other articles
	// use too: what several outlets say, in whatever words, is what the
	// story is about. The square root keeps long sentences from winning on
	// length alone.
	shared := make([]float64, len(cands))
	maxShared := 0.0
	for i, c := range cands {
		if len(arts) < 2 || len(c.words) == 0 {
			continue
		}
		for _, w := range c.words {
			shared[i] += float64(support[w] - 1)
		}
		shared[i] /= math.Sqrt(float64(len(c.words)))
		maxShared = math.Max(maxShared, shared[i])
	}
	for i := range cands {
		c := &cands[i]
		f := facts[c.fact]
		if maxShared > 0 {
			shared[i] /= maxShared
		}
		central := 0.0
		if c.norm > 0 && cnorm > 0 {
			for _, w := range c.words {
				central += centroid[w]
			}
			central /= c.norm * cnorm
		}
		c.score = 0.4*float64(f.Independent)/float64(maxInd) +
			0.2*float64(len(f.Articles))/float64(maxArts) +
			0.25*central +
			0.6*shared[i] +
			0.2*(1-c.pos) -
			penalty(f.Text)
		// An article's first sentence is written to sum it up.
		if c.pos == 0 {
			c.score += 0.1
		}
	}

	markLeads(arts, split, facts, cands, ids)
	var chosen []int
	used := make([]bool, len(cands))
	// red[i] is candidate i's greatest likeness to a chosen sentence.
	red := make([]float64, len(cands))
	for len(chosen) < want {
		best, bestVal := -1, math.Inf(-1)
		for i := range cands {
			if used[i] {
				continue
			}
			v := lambda*cands[i].score - (1-lambda)*red[i]
			if red[i] >= repeat {
				v -= 10
			}
			// The summary opens with the main event, which the articles'
			// leads state, unless no lead reads well alone.
			if len(chosen) == 0 && !cands[i].lead {
				v -= openerMargin
			}
			if v > bestVal {
				best, bestVal = i, v
			}
		}
		// Past the minimum, a sentence that reads badly or repeats is worse
		// than a shorter summary.
		if best < 0 || len(chosen) >= minSentences && bestVal < 0 || len(chosen) > 0 && words >= budget {
			break
		}
		words += fields(facts[cands[best].fact].Text)
		used[best] = true
		chosen = append(chosen, best)
		for i := range cands {
			if !used[i] {
				red[i] = math.Max(red[i], cosine(&cands[i], &cands[best]))
			}
		}
	}
	// The best sentence leads; the others follow in the articles' order.
	chosen = carryLatest(arts, facts, cands, chosen, used, origin)
	placeInArticles(arts, split, facts, cands, chosen, ids)
	rest := chosen[min(1, len(chosen)):]
	sort.SliceStable(rest, func(a, b int) bool {
		ca, cb := &cands[rest[a]], &cands[rest[b]]
		if ca.pos != cb.pos {
			return ca.pos < cb.pos
		}
		return ca.score > cb.score
	})
	out := make([]crosscheck.Cited, 0, len(chosen))
	for _, i := range chosen {
		f := facts[cands[i].fact]
		text := textproc.TrimDateline(f.Text)
		out = append(out, crosscheck.Cited{Text: text, Articles: append([]string(nil), f.Articles...)})
	}
	if d, ok := disagreement(arts, discs); ok {
		out = append(out[:min(len(out), maxSentences-1)], d)
	}
	return out
}

// articleSupport returns, for each word id, the number of articles whose
// title or text has it.
func articleSupport(arts []crosscheck.Article, split [][]string, ids *vocab) map[int]int {
	out := map[int]int{}
	for i, a := range arts {
		seen := map[int]bool{}
		for _, s := range append([]string{a.Title}, split[i]...) {
			for _, w := range ids.words(s) {
				if !seen[w] {
					seen[w] = true
					out[w]++
				}
			}
		}
	}
	return out
}

// leadLikeness is the least likeness between a fact's text and an
// article's lead for the fact to state that lead. openerMargin is how much
// better than every lead a sentence must score to open the summary.
const (
	leadLikeness = 0.5
	openerMargin = 1
)

// markLeads marks the candidates that state the lead of one of their
// articles.
func markLeads(arts []crosscheck.Article, split [][]string, facts []crosscheck.Fact, cands []candidate, ids *vocab) {
	leads := map[string]*candidate{}
	for i, a := range arts {
		if l := textproc.Lead(split[i]); l >= 0 {
			w := ids.words(split[i][l])
			leads[a.ID] = &candidate{words: w, norm: math.Sqrt(float64(len(w)))}
		}
	}
	for i := range cands {
		c := &cands[i]
		for _, id := range facts[c.fact].Articles {
			if l, ok := leads[id]; ok && cosine(c, l) >= leadLikeness {
				c.lead = true
				break
			}
		}
	}
}

// placeLikeness is the least likeness between a fact's text and a sentence
// of one of its articles for the sentence to tell where the article states
// the fact.
const placeLikeness = 0.3

// placeInArticles moves each chosen candidate's position to the earliest
// place where one of its articles states the fact, in that article's own
// words, so that a fact whose chosen wording comes late in one article but
// leads another is told early.
func placeInArticles(arts []crosscheck.Article, split [][]string, facts []crosscheck.Fact, cands []candidate, chosen []int, ids *vocab) {
	byID := map[string]int{}
	for i, a := range arts {
		byID[a.ID] = i
	}
	sents := map[int][]candidate{}
	for _, ci := range chosen {
		c := &cands[ci]
		for _, id := range facts[c.fact].Articles {
			ai, ok := byID[id]
			if !ok {
				continue
			}
			if _, ok := sents[ai]; !ok {
				ss := split[ai]
				list := make([]candidate, len(ss))
				for i, s := range ss {
					list[i].words = ids.words(s)
					list[i].norm = math.Sqrt(float64(len(list[i].words)))
					if len(ss) > 1 {
						list[i].pos = float64(i) / float64(len(ss)-1)
					}
				}
				sents[ai] = list
			}
			best, bestSim := -1, placeLikeness
			for i := range sents[ai] {
				if sim := cosine(c, &sents[ai][i]); sim > bestSim || best < 0 && sim == bestSim {
					best, bestSim = i, sim
				}
				if bestSim >= 1 {
					break
				}
			}
			if best >= 0 {
				c.pos = math.Min(c.pos, sents[ai][best].pos)
			}
		}
	}
}

// sentencePositions maps each sentence of the articles (split into
// sentences) to its earliest relative position in an article (0 = first
// sentence, 1 = last).
func sentencePositions(split [][]string) map[string]float64 {
	pos := map[string]float64{}
	for _, sents := range split {
		for i, s := range sents {
			p := 0.0
			if len(sents) > 1 {
				p = float64(i) / float64(len(sents)-1)
			}
			// A fact may quote the sentence without its wire dateline; it
			// still stands where the sentence does.
			for _, k := range []string{s, textproc.TrimDateline(s)} {
				if old, ok := pos[k]; !ok || p < old {
					pos[k] = p
				}
			}
		}
	}
	return pos
}

// vocab numbers the words of a story and remembers the words of each
// sentence, which copies of a wire story repeat many times.
type vocab struct {
	ids  map[string]int
	memo map[string][]int
}

func newVocab() *vocab {
	return &vocab{ids: map[string]int{}, memo: map[string][]int{}}
}

// size returns how many distinct words the vocabulary holds.
func (v *vocab) size() int { return len(v.ids) }

// words returns the ids of the distinct content words of s, cut to a crude
// stem, sorted; new words get the next id. The result is shared: callers
// must not change it.
func (v *vocab) words(s string) []int {
	if out, ok := v.memo[s]; ok {
		return out
	}
	var out []int
	for _, w := range textproc.ContentWords(s) {
		if r := []rune(w); len(r) > 6 {
			w = string(r[:6])
		}
		id, ok := v.ids[w]
		if !ok {
			id = len(v.ids)
			v.ids[w] = id
		}
		out = append(out, id)
	}
	sort.Ints(out)
	out = slices.Compact(out)
	v.memo[s] = out
	return out
}

// cosine returns the cosine likeness of two candidates' word sets.
func cosine(a, b *candidate) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a.words) && j < len(b.words); {
		switch {
		case a.words[i] < b.words[j]:
			i++
		case a.words[i] > b.words[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / (a.norm * b.norm)
}

// openers are words that, at the start of a sentence, refer back to one
// the summary may not include.
var openers = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "its": true, "his": true, "her": true, "their": true,
	"them": true, "then": true, "so": true, "yet": true,
	"this": true, "that": true, "these": true, "those": true, "but": true, "and": true,
	"rather": true, "still": true, "however": true, "meanwhile": true, "instead": true, "also": true,
}

// fronted matches a sentence whose subject, after an opening phrase, is a
// pronoun: "In a post on Monday, he said".
var fronted = regexp.MustCompile(`^[^,"\x{201c}]{1,60}, (?:he|she|they|it) `)

// attributed matches a sentence that, after a quotation, names who spoke:
// "“...,” Hegseth said".
var attributed = regexp.MustCompile(`[\x{201d}"],?\s+(?:\p{Lu}[\p{L}.'\x{2019}-]*\s+){1,4}(?:said|says|told|wrote|added)\b`)

// penalty returns how badly s reads on its own.
func penalty(s string) float64 {
	p := 0.0
	t := strings.TrimSpace(s)
	r := []rune(t)
	if len(r) == 0 {
		return 1
	}
	if strings.ContainsRune("\"“‘'«", r[0]) {
		// A quotation reads well alone when the sentence says who spoke.
		if attributed.MatchString(t) {
			p += 0.1
		} else {
			p += 0.3
		}
	}
	if !strings.ContainsRune(".!”\"’", r[len(r)-1]) || strings.HasSuffix(t, "?") {
		p += 0.2
	}
	words := textproc.Words(t)
	if len(words) > 0 && openers[strings.ToLower(words[0])] {
		p += 0.25
	}
	if fronted.MatchString(t) {
		p += 0.2
	}
	switch n := len(words); {
	case n < 6:
		p += 0.35
	case n < 8:
		p += 0.2
	case n > 50:
		p += 0.1
	}
	// A piece of a quotation that opens or closes in another sentence.
	opens := strings.Count(t, "“") + strings.Count(t, "«")
	closes := strings.Count(t, "”") + strings.Count(t, "»")
	if opens != closes || strings.Count(t, `"`)%2 == 1 {
		p += 0.25
	}
	if len(words) > 0 && !unicode.IsUpper([]rune(words[0])[0]) && !unicode.IsDigit([]rune(words[0])[0]) {
		p += 0.2
	}
	return p
}

// fields counts the runs of non-space characters of s: its words, near
// enough to bound a summary's length, without building them.
func fields(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
