// Package discrepancy finds the points on which a story's articles
// disagree: a person's name spelt two ways, a quotation worded
// differently, a figure given with different values in the same context,
// and a statement that one article makes with the opposite polarity of
// another.
//
// Forms that mean the same raise nothing: transliterations ("Zelensky",
// "Zelenskyy"), British and American spelling ("Defence", "Defense"),
// number words and digits ("Article Five", "Article 5"), typography, and
// figures that normalise to the same value ("90 minutes", "an hour and a
// half") or whose qualifiers allow both ("more than an hour", "90
// minutes"). It prefers missing a disagreement to raising a false one.
package discrepancy

import (
	"slices"
	"sort"
	"strings"

	"golang.org/x/sync/errgroup"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// Find returns the discrepancies among a story's articles, given the
// story's entities, quotes and facts: names first, then quotations,
// figures and statements. Figures are read again from the articles,
// because comparing them needs their place in each sentence; figs is
// accepted for symmetry with the other analysers and not needed.
func Find(arts []crosscheck.Article, ents []crosscheck.Entity, quotes []crosscheck.Quote,
	figs []crosscheck.Figure, facts []crosscheck.Fact) []crosscheck.Discrepancy {
	return FindWith(arts, ents, quotes, figs, facts, 1)
}

// FindWith is Find with up to workers of its detectors (names, quotes,
// figures, claims) running at once; the result is the same whatever the
// number.
func FindWith(arts []crosscheck.Article, ents []crosscheck.Entity, quotes []crosscheck.Quote,
	figs []crosscheck.Figure, facts []crosscheck.Fact, workers int) []crosscheck.Discrepancy {
	return FindMemo(arts, ents, quotes, figs, facts, workers, nil)
}

// FindMemo is FindWith remembering in m what depends on one article's
// text alone (its sentences, their words, figures and quotations), for the
// story's next briefing. The result is the same with or without m.
func FindMemo(arts []crosscheck.Article, ents []crosscheck.Entity, quotes []crosscheck.Quote,
	figs []crosscheck.Figure, facts []crosscheck.Fact, workers int, m *memo.Memo) []crosscheck.Discrepancy {
	detectors := []func() []crosscheck.Discrepancy{
		func() []crosscheck.Discrepancy { return nameDiscrepancies(arts, ents, m) },
		func() []crosscheck.Discrepancy { return quoteDiscrepancies(arts, quotes, m) },
		func() []crosscheck.Discrepancy { return figureDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return retoldNumbers(arts, m) },
		func() []crosscheck.Discrepancy { return labelDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return placeDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return basedDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return regionDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return sitedPlaces(arts, ents, m) },
		func() []crosscheck.Discrepancy { return kindedPlaceDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return bruntDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return patternDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return unanimityDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return loneDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return crossingDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return bodyDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return claimDiscrepancies(arts, facts, m) },
		func() []crosscheck.Discrepancy { return predicateDiscrepancies(arts, m) },
		func() []crosscheck.Discrepancy { return kindedDiscrepancies(arts, m) },
	}
	// A framed name or date and a whole told in part are told once: where
	// another detector found the same two forms in longer variants, their
	// alarm stands alone. core reads those forms from their variants.
	seconds := []struct {
		find func() []crosscheck.Discrepancy
		core func(string) string
	}{
		{func() []crosscheck.Discrepancy { return frameDiscrepancies(arts, m) }, nameOf},
		{func() []crosscheck.Discrepancy { return dateFrameDiscrepancies(arts, m) }, dateIn},
		{func() []crosscheck.Discrepancy { return wholeDiscrepancies(arts, m) }, func(s string) string { return s }},
	}
	for _, sd := range seconds {
		detectors = append(detectors, sd.find)
	}
	found := make([][]crosscheck.Discrepancy, len(detectors))
	var g errgroup.Group
	g.SetLimit(max(1, workers))
	for i, d := range detectors {
		g.Go(func() error { found[i] = d(); return nil })
	}
	_ = g.Wait()
	first := len(detectors) - len(seconds)
	var all []crosscheck.Discrepancy
	for _, ds := range found[:first] {
		all = append(all, ds...)
	}
	for k, sd := range seconds {
		for _, d := range found[first+k] {
			if !slices.ContainsFunc(all, func(o crosscheck.Discrepancy) bool { return toldAlready(o, d, sd.core) }) {
				all = append(all, d)
			}
		}
	}
	var out []crosscheck.Discrepancy
	seen := map[string]bool{}
	for _, d := range all {
		k := signature(d)
		if seen[k] || oneSide(d) {
			continue
		}
		seen[k] = true
		out = append(out, d)
	}
	return oneAlarmPerDenial(out)
}

// oneSide reports whether every variant of a discrepancy is told by the
// same reports ("in Western Australia" and "the Western Australian
// government", both in each of two reports): no report disagrees with
// another.
func oneSide(d crosscheck.Discrepancy) bool {
	if len(d.Variants) < 2 {
		return false
	}
	first := slices.Sorted(slices.Values(d.Variants[0].Articles))
	for _, v := range d.Variants[1:] {
		if !slices.Equal(first, slices.Sorted(slices.Values(v.Articles))) {
			return false
		}
	}
	return true
}

// toldAlready reports whether discrepancy o tells the two forms of d, as core
// reads them from its variants' texts: one of o's variants holds each, on
// the same articles' side.
func toldAlready(o, d crosscheck.Discrepancy, core func(string) string) bool {
	if len(d.Variants) != 2 {
		return false
	}
	holds := func(v crosscheck.Cited, form string) bool {
		return strings.Contains(" "+strings.Join(textproc.FoldedWords(v.Text), " ")+" ", " "+form+" ")
	}
	a, b := d.Variants[0], d.Variants[1]
	fa := strings.Join(textproc.FoldedWords(core(a.Text)), " ")
	fb := strings.Join(textproc.FoldedWords(core(b.Text)), " ")
	for i, x := range o.Variants {
		for j, y := range o.Variants {
			if i != j && holds(x, fa) && holds(y, fb) && intersects(x.Articles, a.Articles) && intersects(y.Articles, b.Articles) {
				return true
			}
		}
	}
	return false
}

// oneAlarmPerDenial joins the claim discrepancies that answer one denying
// sentence, found by different detectors with different affirming
// sentences ("The government of Sudan bombed the refugee camp", "bombs fell
// on a camp" against "Sudan had not bombed anywhere in South Sudan's
// territory"), into the first, citing every affirming report.
func oneAlarmPerDenial(ds []crosscheck.Discrepancy) []crosscheck.Discrepancy {
	first := map[string]int{}
	out := ds[:0]
	for _, d := range ds {
		if d.Kind != crosscheck.ClaimDiscrepancy || len(d.Variants) != 2 {
			out = append(out, d)
			continue
		}
		k := d.Variants[1].Text
		i, ok := first[k]
		if !ok || intersects(out[i].Variants[1].Articles, d.Variants[0].Articles) || intersects(out[i].Variants[0].Articles, d.Variants[1].Articles) {
			if !ok {
				first[k] = len(out)
			}
			out = append(out, d)
			continue
		}
		for v := range 2 {
			vs := slices.Clone(out[i].Variants[v].Articles)
			for _, id := range d.Variants[v].Articles {
				if !slices.Contains(vs, id) {
					vs = append(vs, id)
				}
			}
			slices.Sort(vs)
			out[i].Variants[v].Articles = vs
		}
	}
	return out
}

// signature identifies a discrepancy by its kind and variant texts.
func signature(d crosscheck.Discrepancy) string {
	ts := make([]string, len(d.Variants))
	for i, v := range d.Variants {
		ts[i] = v.Text
	}
	sort.Strings(ts)
	return string(d.Kind) + "\x00" + strings.Join(ts, "\x00")
}

// wordIndex maps a word to the items, by index, that use it.
type wordIndex map[string][]int

// indexWords indexes the words of each item, as words gives them.
func indexWords[T any](items []T, words func(T) map[string]bool) wordIndex {
	x := wordIndex{}
	for i, it := range items {
		for w := range words(it) {
			x[w] = append(x[w], i)
		}
	}
	return x
}

func toSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func overlap(a, b map[string]bool) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	n := overlap(a, b)
	return float64(n) / float64(len(a)+len(b)-n)
}

// addID appends id to ids unless they hold it; set, made once ids are
// long, keeps the test from growing with the articles that repeat one
// sentence.
func addID(ids *[]string, set *map[string]struct{}, id string) {
	if *set == nil && len(*ids) < 16 {
		if !contains(*ids, id) {
			*ids = append(*ids, id)
		}
		return
	}
	if *set == nil {
		*set = make(map[string]struct{}, 2*len(*ids))
		for _, x := range *ids {
			(*set)[x] = struct{}{}
		}
	}
	if _, ok := (*set)[id]; !ok {
		(*set)[id] = struct{}{}
		*ids = append(*ids, id)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func intersects[T string | int](a, b []T) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a)*len(b) > 64 {
		// The lists of articles of a sentence many reports repeat are
		// long: a set keeps the test linear in their length.
		in := make(map[T]struct{}, len(a))
		for _, x := range a {
			in[x] = struct{}{}
		}
		for _, y := range b {
			if _, ok := in[y]; ok {
				return true
			}
		}
		return false
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func sorted(xs []string) []string {
	out := append([]string(nil), xs...)
	sort.Strings(out)
	return out
}

// articleSentences are the sentences of one article's normalised text and
// their folded words, as the claim detector reads them.
type articleSentences struct {
	sents  []string
	folded [][]string
}

// sentencesOf returns the sentences of a's normalised text, remembered in
// m. The result is shared: nothing may change it.
func sentencesOf(m *memo.Memo, a *crosscheck.Article) []string {
	return memo.Get(m, "discrepancy.sentences", a.Text, func() []string {
		return textproc.Sentences(textproc.Normalize(a.Text))
	})
}

// foldedSentencesOf returns the sentences of a's normalised text and their
// folded words, remembered in m. The result is shared: nothing may change
// it.
func foldedSentencesOf(m *memo.Memo, a *crosscheck.Article) articleSentences {
	return memo.Get(m, "discrepancy.folded", a.Text, func() articleSentences {
		sents := sentencesOf(m, a)
		out := articleSentences{sents: sents, folded: make([][]string, len(sents))}
		for j, s := range sents {
			out.folded[j] = textproc.FoldedWords(s)
		}
		return out
	})
}
