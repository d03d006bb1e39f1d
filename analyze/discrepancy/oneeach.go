package discrepancy

import (
	"maps"
	"slices"
	"strings"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// told is one value of a key as the articles that give it tell it: its
// text as first written, the articles, and their sentences (the first
// maxToldSentences distinct ones).
type told struct {
	text  string
	arts  []string
	sents []string
}

// maxToldSentences bounds the sentences kept of one value.
const maxToldSentences = 16

// context returns the content words of t's sentences, but for those skip
// says to leave out. It is read only for values that may disagree.
func (t *told) context(skip func(w string) bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range t.sents {
		for _, w := range textproc.ContentWords(s) {
			if !skip(w) {
				out[w] = true
			}
		}
	}
	return out
}

// toldOnce groups what articles tell of each key (a label's word, a
// verb's place) by value, keeping only the articles that give the key one
// value: an article that gives two tells of two things. read gives the
// items of an article's sentences, remembered in m under ns; parts gives
// an item's key, value, text and sentence. It returns the keys in the
// order first told and, for each, its values.
func toldOnce[T any](arts []crosscheck.Article, m *memo.Memo, ns string, read func(sents []string) []T,
	parts func(T) (key, value, text, sentence string)) ([]string, map[string]map[string]*told) {
	return toldFrom(arts, func(i int) []T {
		return memo.Get(m, ns, arts[i].Text, func() []T { return read(sentencesOf(m, &arts[i])) })
	}, parts)
}

// toldFrom is toldOnce for items already read: items(i) gives those of
// article i.
func toldFrom[T any](arts []crosscheck.Article, items func(i int) []T,
	parts func(T) (key, value, text, sentence string)) ([]string, map[string]map[string]*told) {
	byKey := map[string]map[string]*told{}
	var keys []string
	for i := range arts {
		a := &arts[i]
		its := items(i)
		one := map[string]string{} // key -> its one value, "" when several
		for _, it := range its {
			k, v, _, _ := parts(it)
			if w, ok := one[k]; ok && w != v {
				one[k] = ""
				continue
			}
			one[k] = v
		}
		for _, it := range its {
			k, v, text, sent := parts(it)
			if one[k] != v {
				continue
			}
			vs := byKey[k]
			if vs == nil {
				vs = map[string]*told{}
				byKey[k] = vs
				keys = append(keys, k)
			}
			t := vs[v]
			if t == nil {
				t = &told{text: text}
				vs[v] = t
			}
			if !slices.Contains(t.arts, a.ID) {
				t.arts = append(t.arts, a.ID)
			}
			if len(t.sents) < maxToldSentences && !slices.Contains(t.sents, sent) {
				t.sents = append(t.sents, sent)
			}
		}
	}
	return keys, byKey
}

// articleIndex maps each article's id to its place in arts.
func articleIndex(arts []crosscheck.Article) map[string]int {
	index := make(map[string]int, len(arts))
	for i, a := range arts {
		index[a.ID] = i
	}
	return index
}

// toldTwoWays returns what judge makes of each key the articles tell two
// ways, given its two values in order and what tells them. Three values
// or more are a series ("Internet Explorer 6", "… 11"), not one thing told
// two ways.
func toldTwoWays(keys []string, byKey map[string]map[string]*told,
	judge func(key, a, b string, x, y *told) (crosscheck.Discrepancy, bool)) []crosscheck.Discrepancy {
	var out []crosscheck.Discrepancy
	for _, k := range keys {
		vs := byKey[k]
		if len(vs) != 2 {
			continue
		}
		values := slices.Sorted(maps.Keys(vs))
		if d, ok := judge(k, values[0], values[1], vs[values[0]], vs[values[1]]); ok {
			out = append(out, d)
		}
	}
	return out
}

// twoWays is a discrepancy of kind between two told values, each cited as
// first written.
func twoWays(kind crosscheck.DiscrepancyKind, about string, x, y *told) crosscheck.Discrepancy {
	return crosscheck.Discrepancy{Kind: kind, About: about, Variants: []crosscheck.Cited{
		{Text: x.text, Articles: sorted(x.arts)},
		{Text: y.text, Articles: sorted(y.arts)},
	}}
}

// namer tells whether an article names a place anywhere, from its folded
// words, read once per distinct text (a story's copies are read once) and
// remembered in m across briefings.
type namer struct {
	arts   []crosscheck.Article
	m      *memo.Memo
	folded map[string]string // by text
}

func newNamer(arts []crosscheck.Article, m *memo.Memo) *namer {
	return &namer{arts: arts, m: m, folded: map[string]string{}}
}

// names reports whether article i writes the folded words key in a row,
// past its dateline: "ATLANTA —" tells where the article was written, not
// that it names Atlanta as a place of what it tells.
func (n *namer) names(i int, key string) bool {
	t := n.arts[i].Text
	f, ok := n.folded[t]
	if !ok {
		f = memo.Get(n.m, "discrepancy.foldedBody", t, func() string {
			return " " + strings.Join(textproc.FoldedWords(textproc.TrimDateline(t)), " ") + " "
		})
		n.folded[t] = f
	}
	return strings.Contains(f, " "+key+" ")
}

// places reports whether article i, past its dateline, places something
// at the folded words key: after "in", "at", "near", "from", "to" or
// "outside" ("praised in Cairo", "officials in Lisbon"), not as a name
// for its government ("gives Seoul a foothold") or a destination ("left
// for Lisbon").
func (n *namer) places(i int, key string) bool {
	if !n.names(i, key) {
		return false
	}
	f := n.folded[n.arts[i].Text]
	for _, p := range placingWords {
		if strings.Contains(f, " "+p+" "+key+" ") || strings.Contains(f, " "+p+" the "+key+" ") {
			return true
		}
	}
	return false
}

// placingWords stand before a place that something is at, or comes from
// or goes to.
var placingWords = []string{"in", "at", "near", "from", "to", "outside", "into"}

// writes reports whether any article of ids writes name as it stands.
func writes(arts []crosscheck.Article, index map[string]int, ids []string, name string) bool {
	return slices.ContainsFunc(ids, func(id string) bool { return strings.Contains(arts[index[id]].Text, name) })
}
