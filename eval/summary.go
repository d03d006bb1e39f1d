package eval

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// SummaryStory is one story of a roundup dataset: the outlets' leads and
// the editors' reference summary.
type SummaryStory struct {
	ID        string
	Articles  []crosscheck.Article
	Reference string
}

// maxSummaryLine bounds one line of a roundup file; a longer line is not a
// roundup of leads.
const maxSummaryLine = 1 << 20

// LoadRoundups reads a roundup dataset in the format of AllSides (NeuS):
// dir/val.source holds one story a line, the outlets' leads as
// "TITLE=> … ARTICLE=> …" joined by " [SEP] ", and dir/val.target the
// reference summary of the same story on the same line, in the same form.
// Each lead becomes an article with id "<line>-<n>" (both from 1), no
// outlet and no date; the reference is the target's ARTICLE text.
func LoadRoundups(dir string) ([]SummaryStory, error) {
	const op = "read roundup dataset"
	src, err := readLines(filepath.Join(dir, "val.source"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	tgt, err := readLines(filepath.Join(dir, "val.target"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if len(src) != len(tgt) {
		return nil, crosscheck.Errorf(crosscheck.Invalid, op, dir, "val.source has %d lines, val.target %d", len(src), len(tgt))
	}
	out := make([]SummaryStory, 0, len(src))
	for i, line := range src {
		id := strconv.Itoa(i + 1)
		s := SummaryStory{ID: id}
		for j, lead := range strings.Split(line, " [SEP] ") {
			title, text := splitLead(lead)
			if text == "" {
				continue
			}
			s.Articles = append(s.Articles, crosscheck.Article{
				ID: id + "-" + strconv.Itoa(j+1), Title: title, Text: text,
			})
		}
		if len(s.Articles) == 0 {
			return nil, crosscheck.Errorf(crosscheck.Invalid, op, filepath.Join(dir, "val.source"), "line %d holds no ARTICLE=> text", i+1)
		}
		_, s.Reference = splitLead(tgt[i])
		out = append(out, s)
	}
	return out, nil
}

// splitLead splits "TITLE=> t ARTICLE=> a" into t and a. Text without the
// markers is all article.
func splitLead(s string) (title, text string) {
	s = strings.TrimSpace(s)
	before, after, ok := strings.Cut(s, "ARTICLE=>")
	if !ok {
		return "", strings.TrimSpace(strings.TrimPrefix(s, "TITLE=>"))
	}
	title = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(before), "TITLE=>"))
	return title, strings.TrimSpace(after)
}

func readLines(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), maxSummaryLine)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// RougeTokens returns the tokens ROUGE compares: lower-cased runs of
// [a-z0-9].
func RougeTokens(s string) []string {
	var out []string
	start := -1
	s = strings.ToLower(s)
	for i := 0; i <= len(s); i++ {
		in := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9')
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	return out
}

// Rouge returns ROUGE-n F1 of a candidate's tokens against a reference's,
// n-gram counts clipped. Either side without n-grams scores 0.
func Rouge(n int, cand, ref []string) float64 {
	if n < 1 {
		return 0
	}
	grams := func(toks []string) (map[string]int, int) {
		m := map[string]int{}
		total := 0
		for i := 0; i+n <= len(toks); i++ {
			m[strings.Join(toks[i:i+n], " ")]++
			total++
		}
		return m, total
	}
	cm, ct := grams(cand)
	rm, rt := grams(ref)
	if ct == 0 || rt == 0 {
		return 0
	}
	hit := 0
	for g, c := range cm {
		hit += min(c, rm[g])
	}
	if hit == 0 {
		return 0
	}
	p := float64(hit) / float64(ct)
	r := float64(hit) / float64(rt)
	return 2 * p * r / (p + r)
}

// RougeScore is the mean ROUGE-1 and ROUGE-2 F1 over stories, in percent,
// of summaries as written and cut to the reference's number of tokens.
type RougeScore struct {
	Stories                int
	R1, R2                 float64
	R1Cut, R2Cut           float64
	MeanTokens, MeanRefLen float64
}

// Summarizer returns the summary text of a story's articles.
type Summarizer func(arts []crosscheck.Article) string

// ScoreSummaries scores sum on every story against its reference. It stops
// with ctx's error when ctx is done.
func ScoreSummaries(ctx context.Context, stories []SummaryStory, sum Summarizer) (RougeScore, error) {
	var sc RougeScore
	for _, s := range stories {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		ref := RougeTokens(s.Reference)
		cand := RougeTokens(sum(s.Articles))
		cut := cand[:min(len(cand), len(ref))]
		sc.R1 += Rouge(1, cand, ref)
		sc.R2 += Rouge(2, cand, ref)
		sc.R1Cut += Rouge(1, cut, ref)
		sc.R2Cut += Rouge(2, cut, ref)
		sc.MeanTokens += float64(len(cand))
		sc.MeanRefLen += float64(len(ref))
		sc.Stories++
	}
	if sc.Stories > 0 {
		n := float64(sc.Stories)
		sc.R1, sc.R2, sc.R1Cut, sc.R2Cut = 100*sc.R1/n, 100*sc.R2/n, 100*sc.R1Cut/n, 100*sc.R2Cut/n
		sc.MeanTokens /= n
		sc.MeanRefLen /= n
	}
	return sc, nil
}

// LeadBaseline is the lead baseline of a roundup: the first sentence of
// each article, in order.
func LeadBaseline(arts []crosscheck.Article) string {
	var parts []string
	for _, a := range arts {
		if ss := textproc.Sentences(a.Text); len(ss) > 0 {
			parts = append(parts, ss[0])
		}
	}
	return strings.Join(parts, " ")
}

// LexRank is the LexRank baseline (Erkan and Radev 2004): every sentence
// of the articles ranked by its centrality in the graph of sentences whose
// TF-IDF cosine is at least 0.1, all sentences in rank order, so that a
// cut to a length keeps the most central.
func LexRank(arts []crosscheck.Article) string {
	var sents []string
	for _, a := range arts {
		sents = append(sents, textproc.Sentences(a.Text)...)
	}
	n := len(sents)
	if n == 0 {
		return ""
	}
	tf := make([]map[string]float64, n)
	df := map[string]int{}
	for i, s := range sents {
		tf[i] = map[string]float64{}
		for _, w := range RougeTokens(s) {
			if tf[i][w] == 0 {
				df[w]++
			}
			tf[i][w]++
		}
	}
	vec := make([]map[string]float64, n)
	norm := make([]float64, n)
	for i := range tf {
		vec[i] = map[string]float64{}
		for w, c := range tf[i] {
			v := c * math.Log(float64(n+1)/float64(df[w]))
			vec[i][w] = v
			norm[i] += v * v
		}
		norm[i] = math.Sqrt(norm[i])
	}
	adj := make([][]int, n)
	for i := range n {
		for j := range n {
			if i == j || norm[i] == 0 || norm[j] == 0 {
				continue
			}
			dot := 0.0
			for w, v := range vec[i] {
				dot += v * vec[j][w]
			}
			if dot/(norm[i]*norm[j]) >= 0.1 {
				adj[i] = append(adj[i], j)
			}
		}
	}
	const damping, rounds = 0.85, 50
	score := make([]float64, n)
	for i := range score {
		score[i] = 1 / float64(n)
	}
	for range rounds {
		next := make([]float64, n)
		for i := range n {
			next[i] = (1 - damping) / float64(n)
		}
		for i := range n {
			if len(adj[i]) == 0 {
				for j := range n {
					next[j] += damping * score[i] / float64(n)
				}
				continue
			}
			for _, j := range adj[i] {
				next[j] += damping * score[i] / float64(len(adj[i]))
			}
		}
		score = next
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return score[idx[a]] > score[idx[b]] })
	out := make([]string, n)
	for i, j := range idx {
		out[i] = sents[j]
	}
	return strings.Join(out, " ")
}
