package outlets

import (
	"math"
	"strings"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// Thresholds of the loose match that keeps a paraphrase facts left apart
// from counting as news one outlet alone has, or as news an outlet left
// out.
const (
	// paraphraseCover is the least share of a fact's content, weighted by
	// rarity in the story, that one sentence must repeat.
	paraphraseCover = 0.5
	// paraphraseShared is the fewest content words they must share.
	paraphraseShared = 4
	// stemLength cuts words to a crude stem so that inflections meet.
	stemLength = 6
)

// paraphrases finds, for facts, the outlets that state them in other words.
type paraphrases struct {
	texts   []map[string]bool // outlets of each distinct sentence
	words   [][]int           // distinct word ids of each distinct sentence
	ids     map[string]int
	idf     []float64
	posting [][]int
}

func newParaphrases(arts []crosscheck.Article, outletOf map[string]string) *paraphrases {
	p := &paraphrases{ids: map[string]int{}}
	byText := map[string]int{}
	var df []int
	for _, a := range arts {
		for _, s := range textproc.Sentences(a.Text) {
			key := strings.Join(textproc.FoldedWords(s), " ")
			i, ok := byText[key]
			if !ok {
				i = len(p.texts)
				byText[key] = i
				p.texts = append(p.texts, map[string]bool{})
				ws := p.wordIDs(s)
				p.words = append(p.words, ws)
				for _, w := range ws {
					for len(df) <= w {
						df = append(df, 0)
					}
					df[w]++
				}
			}
			p.texts[i][outletOf[a.ID]] = true
		}
	}
	n := float64(len(p.texts))
	p.idf = make([]float64, len(df))
	p.posting = make([][]int, len(df))
	for w, d := range df {
		p.idf[w] = math.Log(1 + n/float64(d))
	}
	for i, ws := range p.words {
		for _, w := range ws {
			p.posting[w] = append(p.posting[w], i)
		}
	}
	return p
}

// wordIDs returns the distinct ids of the content words of s.
func (p *paraphrases) wordIDs(s string) []int {
	seen := map[int]bool{}
	var out []int
	for _, w := range textproc.ContentWords(s) {
		if r := []rune(w); len(r) > stemLength {
			w = string(r[:stemLength])
		}
		id, ok := p.ids[w]
		if !ok {
			id = len(p.ids)
			p.ids[w] = id
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// outlets returns the outlets with a sentence that repeats most of what
// text says.
func (p *paraphrases) outlets(text string) map[string]bool {
	out := map[string]bool{}
	var total float64
	shared := map[int]float64{}
	count := map[int]int{}
	seen := map[int]bool{}
	for _, w := range textproc.ContentWords(text) {
		if r := []rune(w); len(r) > stemLength {
			w = string(r[:stemLength])
		}
		id, ok := p.ids[w]
		if !ok || seen[id] {
			continue
		}
		seen[id] = true
		total += p.idf[id]
		for _, i := range p.posting[id] {
			shared[i] += p.idf[id]
			count[i]++
		}
	}
	if total == 0 {
		return out
	}
	for i, w := range shared {
		if count[i] >= paraphraseShared && w/total >= paraphraseCover {
			for o := range p.texts[i] {
				out[o] = true
			}
		}
	}
	return out
}
