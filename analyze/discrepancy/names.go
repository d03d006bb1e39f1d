package discrepancy

import (
	"sort"
	"strings"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/textproc"
)

// nameDiscrepancies reports the people whose surname the articles spell in
// ways that no transliteration rule explains ("Vogel", "Fogel"): package
// entities merges such forms into one entity when the rest of the name
// agrees, and keeps transliterations ("Zelensky", "Zelenskyy") under one
// key, so two keys among one person's surnames are two spellings.
func nameDiscrepancies(arts []crosscheck.Article, ents []crosscheck.Entity) []crosscheck.Discrepancy {
	var out []crosscheck.Discrepancy
	var counts []map[string]int
	for _, e := range ents {
		if e.Kind != crosscheck.Person {
			continue
		}
		forms := map[string]map[string]bool{} // surname key -> forms as written
		var keys []string
		for _, v := range e.Variants {
			b := strings.Fields(entities.Bare(v))
			if len(b) == 0 || strings.EqualFold(b[0], "the") {
				continue
			}
			last := b[len(b)-1]
			k := entities.NameKey(last)
			if forms[k] == nil {
				forms[k] = map[string]bool{}
				keys = append(keys, k)
			}
			forms[k][last] = true
		}
		if len(keys) < 2 || !nearForms(keys, forms) {
			continue
		}
		if counts == nil {
			counts = wordCounts(arts)
		}
		var vs []crosscheck.Cited
		for _, k := range keys {
			best, bn := "", -1
			var ids []string
			for i, a := range arts {
				in := false
				for f := range forms[k] {
					n := counts[i][f]
					in = in || n > 0
					if n > bn || n == bn && f < best {
						best, bn = f, n
					}
				}
				if in {
					ids = append(ids, a.ID)
				}
			}
			if len(ids) > 0 {
				sort.Strings(ids)
				vs = append(vs, crosscheck.Cited{Text: best, Articles: ids})
			}
		}
		if len(vs) < 2 {
			continue
		}
		sort.SliceStable(vs, func(i, j int) bool {
			if len(vs[i].Articles) != len(vs[j].Articles) {
				return len(vs[i].Articles) > len(vs[j].Articles)
			}
			return vs[i].Text < vs[j].Text
		})
		out = append(out, crosscheck.Discrepancy{
			Kind:     crosscheck.NameDiscrepancy,
			About:    "Spelling of the name of " + e.Name,
			Variants: vs,
		})
	}
	return out
}

// nearForms reports whether some two surnames of different keys are
// near spellings of one name.
func nearForms(keys []string, forms map[string]map[string]bool) bool {
	for i, a := range keys {
		for _, b := range keys[i+1:] {
			for fa := range forms[a] {
				for fb := range forms[b] {
					if entities.NearSpelling(textproc.Fold(fa), textproc.Fold(fb)) {
						return true
					}
				}
			}
		}
	}
	return false
}

// wordCounts counts the words of each article, as written.
func wordCounts(arts []crosscheck.Article) []map[string]int {
	out := make([]map[string]int, len(arts))
	for i, a := range arts {
		m := map[string]int{}
		for _, w := range textproc.Words(a.Text) {
			m[w]++
		}
		out[i] = m
	}
	return out
}
