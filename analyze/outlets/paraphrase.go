package outlets

import (
	"math"
	"slices"

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
	// scratch space of outlets, one slot per distinct sentence
	shared  []float64
	count   []int
	touched []int
}

func newParaphrases(arts []crosscheck.Article, outletOf map[string]string) *paraphrases {
	p := &paraphrases{ids: map[string]int{}}
	byText := map[string]int{}
	var df []int
	for _, a := range arts {
		for _, s := range textproc.Sentences(a.Text) {
			i, ok := byText[s]
			if !ok {
				i = len(p.texts)
				byText[s] = i
				p.texts = append(p.texts, map[string]bool{})
				ws := p.wordIDs(textproc.FoldedWords(s), true)
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

// wordIDs returns the distinct ids of the content words among folded
// words; add gives unknown words an id, else they are left out.
func (p *paraphrases) wordIDs(folded []string, add bool) []int {
	var out []int
	for _, w := range folded {
		if textproc.IsStopword(w) {
			continue
		}
		if len(w) > stemLength {
			if r := []rune(w); len(r) > stemLength {
				w = string(r[:stemLength])
			}
		}
		id, ok := p.ids[w]
		if !ok && !add {
			continue
		}
		if !ok {
			id = len(p.ids)
			p.ids[w] = id
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// outlets returns the outlets with a sentence that repeats most of what
// text says.
func (p *paraphrases) outlets(text string) map[string]bool {
	out := map[string]bool{}
	ws := p.wordIDs(textproc.FoldedWords(text), false)
	var total float64
	for _, id := range ws {
		total += p.idf[id]
	}
	if total == 0 {
		return out
	}
	if len(p.shared) < len(p.texts) {
		p.shared = make([]float64, len(p.texts))
		p.count = make([]int, len(p.texts))
	}
	touched := p.touched[:0]
	for _, id := range ws {
		for _, i := range p.posting[id] {
			if p.count[i] == 0 {
				touched = append(touched, i)
			}
			p.shared[i] += p.idf[id]
			p.count[i]++
		}
	}
	for _, i := range touched {
		if p.count[i] >= paraphraseShared && p.shared[i]/total >= paraphraseCover {
			for o := range p.texts[i] {
				out[o] = true
			}
		}
		p.shared[i], p.count[i] = 0, 0
	}
	p.touched = touched
	return out
}
