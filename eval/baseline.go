package eval

import (
	"fmt"
	"math"
	"slices"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// Baseline is the result of the reference clustering at its best
// threshold.
type Baseline struct {
	// Threshold is the average cosine at which clustering stopped.
	Threshold float64
	Score     StoryScore
}

// TFIDFAverageLink clusters arts the textbook way, as a reference for
// crosscheck's own grouping: TF-IDF vectors of title and text (folded
// words without stopwords, sub-linear term frequency, smoothed IDF over
// arts), cosine similarity, and average-link agglomerative clustering cut
// at every threshold from 0.01 to 0.99. It returns the cut with the best
// pairwise F1 against labels: a bound no threshold chosen in advance
// reaches. It ignores dates and costs O(n²) memory, so it is meant for
// evaluation sets, not streams.
func TFIDFAverageLink(arts []crosscheck.Article, labels map[string]string) Baseline {
	n := len(arts)
	vecs := tfidf(arts)
	sim := make([][]float32, n)
	for i := range sim {
		sim[i] = make([]float32, n)
		for j := range i {
			s := float32(sparseDot(vecs[i], vecs[j]))
			sim[i][j], sim[j][i] = s, s
		}
	}
	merges := averageLink(sim)
	best := Baseline{Score: StoryScore{F1: -1}}
	for t := 1; t < 100; t++ {
		th := float64(t) / 100
		sc := ScoreStories(cut(arts, merges, th), labels)
		if sc.F1 > best.Score.F1 {
			best = Baseline{Threshold: th, Score: sc}
		}
	}
	return best
}

// weighted is a word's index in a vocabulary and its weight.
type weighted struct {
	id int
	w  float64
}

func tfidf(arts []crosscheck.Article) [][]weighted {
	vocab := map[string]int{}
	var df []int
	counts := make([]map[int]int, len(arts))
	for i, a := range arts {
		counts[i] = map[int]int{}
		for _, w := range textproc.FoldedWords(a.Title + "\n" + a.Text) {
			if len(w) < 2 || textproc.IsStopword(w) {
				continue
			}
			id, ok := vocab[w]
			if !ok {
				id = len(vocab)
				vocab[w] = id
				df = append(df, 0)
			}
			if counts[i][id] == 0 {
				df[id]++
			}
			counts[i][id]++
		}
	}
	n := float64(len(arts))
	out := make([][]weighted, len(arts))
	for i, c := range counts {
		v := make([]weighted, 0, len(c))
		var norm float64
		for id, tf := range c {
			w := (1 + math.Log(float64(tf))) * (math.Log((1+n)/(1+float64(df[id]))) + 1)
			v = append(v, weighted{id, w})
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for k := range v {
			v[k].w /= norm
		}
		slices.SortFunc(v, func(x, y weighted) int { return x.id - y.id })
		out[i] = v
	}
	return out
}

func sparseDot(a, b []weighted) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}

// merge is one step of agglomerative clustering: cluster b joins a at
// average similarity sim.
type merge struct {
	a, b int
	sim  float32
}

// averageLink merges the closest two clusters, by mean pairwise
// similarity, until no two have a positive one. Average link never merges
// at a higher similarity than an earlier merge, so cutting the list at a
// threshold gives the clustering that stops there. sim is overwritten.
func averageLink(sim [][]float32) []merge {
	n := len(sim)
	size := make([]int, n)
	alive := make([]bool, n)
	bestOf := make([]int, n)
	for i := range n {
		size[i], alive[i] = 1, true
	}
	rowBest := func(i int) {
		bestOf[i] = -1
		for j := range n {
			if j != i && alive[j] && (bestOf[i] < 0 || sim[i][j] > sim[i][bestOf[i]]) {
				bestOf[i] = j
			}
		}
	}
	for i := range n {
		rowBest(i)
	}
	var out []merge
	for {
		a := -1
		for i := range n {
			if alive[i] && bestOf[i] >= 0 && (a < 0 || sim[i][bestOf[i]] > sim[a][bestOf[a]]) {
				a = i
			}
		}
		if a < 0 || sim[a][bestOf[a]] <= 0 {
			return out
		}
		b := bestOf[a]
		out = append(out, merge{a, b, sim[a][b]})
		for k := range n {
			if alive[k] && k != a && k != b {
				s := (float32(size[a])*sim[a][k] + float32(size[b])*sim[b][k]) / float32(size[a]+size[b])
				sim[a][k], sim[k][a] = s, s
			}
		}
		size[a] += size[b]
		alive[b] = false
		for k := range n {
			if !alive[k] {
				continue
			}
			if k == a || bestOf[k] == a || bestOf[k] == b {
				rowBest(k)
			} else if sim[k][a] > sim[k][bestOf[k]] {
				bestOf[k] = a
			}
		}
	}
}

// cut applies the merges made at a similarity of at least th and returns
// the clusters as stories.
func cut(arts []crosscheck.Article, merges []merge, th float64) []crosscheck.Story {
	root := make([]int, len(arts))
	for i := range root {
		root[i] = i
	}
	find := func(i int) int {
		for root[i] != i {
			root[i] = root[root[i]]
			i = root[i]
		}
		return i
	}
	for _, m := range merges {
		if float64(m.sim) < th {
			break
		}
		root[find(m.b)] = find(m.a)
	}
	groups := map[int][]string{}
	for i, a := range arts {
		r := find(i)
		groups[r] = append(groups[r], a.ID)
	}
	out := make([]crosscheck.Story, 0, len(groups))
	for r, ids := range groups {
		out = append(out, crosscheck.Story{ID: fmt.Sprint(r), Articles: ids})
	}
	return out
}
