package discrepancy

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/textproc"
)

// nameDiscrepancies reports the people whose surname or given name the
// articles spell in ways that no transliteration rule explains ("Vogel",
// "Fogel"; "Vicente", "Vincente"): package entities merges such forms into
// one entity when the rest of the name agrees, and keeps transliterations
// ("Zelensky", "Zelenskyy") under one key, so two keys among one person's
// names are two spellings. It also reports two people of one surname and
// role with different given names ("Gov. Bill Halloran", "Gov. Robert
// Halloran"), which package entities must keep apart.
func nameDiscrepancies(arts []crosscheck.Article, ents []crosscheck.Entity) []crosscheck.Discrepancy {
	var out []crosscheck.Discrepancy
	var counts []map[string]int
	surname := func(b []string) string { return b[len(b)-1] }
	given := func(b []string) string {
		// Initials and one-word names have no given name to misspell.
		if len(b) < 2 || len([]rune(strings.TrimSuffix(b[0], "."))) < 2 {
			return ""
		}
		return b[0]
	}
	nearSurnames := func(a, b string) bool { return entities.NearSpelling(textproc.Fold(a), textproc.Fold(b)) }
	nearGiven := func(a, b string) bool { return entities.MisspeltGiven(textproc.Fold(a), textproc.Fold(b)) }
	for _, e := range ents {
		if e.Kind != crosscheck.Person {
			continue
		}
		for _, p := range []struct {
			pick func([]string) string
			near func(a, b string) bool
		}{{surname, nearSurnames}, {given, nearGiven}} {
			if counts == nil {
				counts = wordCounts(arts)
			}
			if d, ok := spellings(arts, counts, e, p.pick, p.near); ok {
				out = append(out, d)
			}
		}
	}
	return append(out, roleDiscrepancies(arts, ents)...)
}

// spellings reports the spellings of one part of a person's name (picked
// from the bare words of each variant) that have different keys and are
// near spellings of each other, each with the articles that use it.
func spellings(arts []crosscheck.Article, counts []map[string]int, e crosscheck.Entity,
	pick func([]string) string, near func(a, b string) bool) (crosscheck.Discrepancy, bool) {
	forms := map[string]map[string]bool{} // key -> forms as written
	var keys []string
	for _, v := range e.Variants {
		b := strings.Fields(entities.Bare(v))
		if len(b) == 0 || strings.EqualFold(b[0], "the") {
			continue
		}
		part := pick(b)
		if part == "" {
			continue
		}
		k := entities.NameKey(part)
		if forms[k] == nil {
			forms[k] = map[string]bool{}
			keys = append(keys, k)
		}
		forms[k][part] = true
	}
	if len(keys) < 2 || !nearForms(keys, forms, near) {
		return crosscheck.Discrepancy{}, false
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
		return crosscheck.Discrepancy{}, false
	}
	sort.SliceStable(vs, func(i, j int) bool {
		if len(vs[i].Articles) != len(vs[j].Articles) {
			return len(vs[i].Articles) > len(vs[j].Articles)
		}
		return vs[i].Text < vs[j].Text
	})
	return crosscheck.Discrepancy{
		Kind:     crosscheck.NameDiscrepancy,
		About:    "Spelling of the name of " + e.Name,
		Variants: vs,
	}, true
}

// nearForms reports whether some two forms of different keys are near
// spellings of one name.
func nearForms(keys []string, forms map[string]map[string]bool, near func(a, b string) bool) bool {
	for i, a := range keys {
		for _, b := range keys[i+1:] {
			for fa := range forms[a] {
				for fb := range forms[b] {
					if near(fa, fb) {
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

// roleDiscrepancies reports two people of one surname whose given names
// differ ("Bill Halloran", "Robert Halloran") when the articles give them
// the same role ("Gov.", "Governor"), say the same thing of them (their
// sentences share minEventWords words besides names and roles) and no
// article names both: one person named two ways. Two people of one
// surname in one story are common (a mother and son, two senators), so a
// different role, other deeds, or an article that names both keep them
// apart.
func roleDiscrepancies(arts []crosscheck.Article, ents []crosscheck.Entity) []crosscheck.Discrepancy {
	type person struct {
		e        crosscheck.Entity
		given    string
		roles    map[string]bool
		articles map[string]bool
		contexts []map[string]bool // the words of each sentence that names the person in full
	}
	bySurname := map[string][]*person{}
	var surnames []string
	for _, e := range ents {
		b := strings.Fields(entities.Bare(e.Name))
		if e.Kind != crosscheck.Person || len(b) < 2 {
			continue
		}
		k := entities.NameKey(b[len(b)-1])
		if bySurname[k] == nil {
			surnames = append(surnames, k)
		}
		bySurname[k] = append(bySurname[k], &person{e: e, given: entities.NameKey(b[0]),
			roles: map[string]bool{}, articles: map[string]bool{}})
	}
	// Only surnames that several people share need their sentences read.
	var sents [][]string
	for _, k := range surnames {
		if len(bySurname[k]) < 2 {
			continue
		}
		if sents == nil {
			sents = make([][]string, len(arts))
			for i, a := range arts {
				sents[i] = textproc.Sentences(textproc.Normalize(a.Text))
			}
		}
		for _, p := range bySurname[k] {
			for _, v := range p.e.Variants {
				full := entities.Bare(v)
				if len(strings.Fields(full)) < 2 {
					continue
				}
				for i, a := range arts {
					for _, s := range sents[i] {
						rs, ok := rolesBefore(s, full)
						if !ok {
							continue
						}
						p.articles[a.ID] = true
						for _, r := range rs {
							p.roles[r] = true
						}
						p.contexts = append(p.contexts, toSet(textproc.ContentWords(s)))
					}
				}
			}
		}
	}
	// sameDeeds reports whether some sentences of p and q say the same
	// thing, names and roles aside.
	sameDeeds := func(p, q *person) bool {
		skip := map[string]bool{}
		for _, n := range []string{p.e.Name, q.e.Name} {
			for _, w := range textproc.ContentWords(n) {
				skip[w] = true
			}
		}
		for _, x := range p.contexts {
			for _, y := range q.contexts {
				n := 0
				for w := range x {
					if y[w] && !skip[w] && !entities.IsRole(w) {
						n++
					}
				}
				if n >= minEventWords {
					return true
				}
			}
		}
		return false
	}
	var out []crosscheck.Discrepancy
	for _, k := range surnames {
		ps := bySurname[k]
		for i, p := range ps {
			for _, q := range ps[i+1:] {
				if p.given == q.given || overlap(p.articles, q.articles) > 0 || overlap(p.roles, q.roles) == 0 || !sameDeeds(p, q) {
					continue
				}
				vs := []crosscheck.Cited{
					{Text: p.e.Name, Articles: slices.Sorted(maps.Keys(p.articles))},
					{Text: q.e.Name, Articles: slices.Sorted(maps.Keys(q.articles))},
				}
				sort.SliceStable(vs, func(i, j int) bool { return vs[i].Text < vs[j].Text })
				var shared []string
				for r := range p.roles {
					if q.roles[r] {
						shared = append(shared, r)
					}
				}
				sort.Strings(shared)
				out = append(out, crosscheck.Discrepancy{
					Kind:     crosscheck.NameDiscrepancy,
					About:    "Given name of " + lastField(p.e.Name) + " (" + strings.Join(shared, ", ") + ")",
					Variants: vs,
				})
			}
		}
	}
	return out
}

// rolesBefore finds a full name in a sentence and returns the keys of the
// title and role words just before its occurrences ("Gov." is
// "governor"), and whether the name occurs at all.
func rolesBefore(text, name string) ([]string, bool) {
	var roles []string
	found := false
	for off := 0; ; {
		i := strings.Index(text[off:], name)
		if i < 0 {
			break
		}
		i += off
		off = i + len(name)
		// A longer word that merely contains the name is no occurrence.
		r0, _ := utf8.DecodeLastRuneInString(text[:i])
		r1, _ := utf8.DecodeRuneInString(text[off:])
		if i > 0 && textproc.IsWordRune(r0) || off < len(text) && textproc.IsWordRune(r1) {
			continue
		}
		found = true
		before := strings.Fields(text[max(0, i-60):i])
		for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
			w := strings.Trim(before[k], "\"“”‘’,(")
			if !entities.IsRole(w) {
				break
			}
			roles = append(roles, wordKey(w))
		}
	}
	return roles, found
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
