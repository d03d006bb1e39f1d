// Package entities finds the people, organisations and places that a
// story's articles name and merges the forms of each name: titles and
// honorifics ("President Trump", "Mr. Trump"), a surname standing for the
// full name, transliterations ("Zelensky", "Zelenskyy"), initials written
// with or without stops ("J.D.", "JD"), acronyms and their expansions, and
// an organisation's common anaphor ("the alliance").
//
// It works with rules and small built-in word lists (honorifics, titles,
// given names, organisation and place words, a gazetteer); it has no
// statistical model. Names that differ by a letter or two beyond any
// transliteration rule ("Vogel", "Fogel") are merged into one entity when
// the rest of the name agrees, and left for package discrepancy to report.
package entities

import (
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"

	"crosscheck"
	"crosscheck/internal/lexicon"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
)

// Set is the entities of a story.
type Set struct {
	// Entities are ordered by the number of articles that name them, most
	// first.
	Entities []crosscheck.Entity

	byForm    map[string]int // folded variant -> entity
	byKey     map[string]int // NameKey of a variant -> entity
	bySurname map[string]int // NameKey of a person's last name -> entity, -1 when ambiguous
}

// group is the mentions that share one name, and later one entity.
type group struct {
	key      string
	words    []string // words of the first mention, for the merge rules
	forms    map[string]int
	titled   map[string]int
	articles map[string]bool
	n        int
	initial  int // mentions that are one word starting a sentence
	// honorific is set ("Mrs.") for a surname kept apart by sex, and sex
	// to "m" or "f".
	honorific string
	sex       string
	person    int
	org       int
	place     int
}

// Extract finds the entities of a story's articles.
func Extract(arts []crosscheck.Article) *Set {
	return ExtractMemo(arts, nil)
}

// found is the mentions found in one article, and the questions their
// finding put to the story's corpus.
type found struct {
	mentions []mention
	asked    []question
}

// ExtractMemo is Extract remembering in m what depends on one article's
// text alone (its tokens, and its mentions while the rest of the story
// reads its capitalised words the same), for the story's next briefing.
// The entities are the same with or without m.
func ExtractMemo(arts []crosscheck.Article, m *memo.Memo) *Set {
	texts := make([]string, len(arts))
	for i, a := range arts {
		texts[i] = memo.Get(m, "entities.normalized", a.Text, func() string { return textproc.Normalize(a.Text) })
	}
	c := newCorpus(texts, m)
	// Each article's mentions are kept in a list of their own and read
	// in story order: a big story's mentions are too many to copy into
	// one list.
	perArticle := make([][]mention, len(c.sents))
	var buf []token
	var mbuf []mention
	for ai, sents := range c.sents {
		find := func() found {
			var f found
			if m == nil {
				// Found into one buffer and kept in a list of the
				// right size.
				f.mentions = mbuf[:0]
			}
			c.asked = &f.asked
			for si, s := range sents {
				var toks []token
				if c.sentToks != nil {
					toks = c.sentToks[ai][si]
				} else {
					// No mention keeps its sentence's tokens.
					buf = appendTokens(buf[:0], s)
					toks = buf
				}
				f.mentions = append(f.mentions, c.mentions(s, toks, arts[ai].ID)...)
			}
			c.asked = nil
			return f
		}
		if m == nil {
			mbuf = find().mentions
			if len(mbuf) > 0 {
				perArticle[ai] = append(make([]mention, 0, len(mbuf)), mbuf...)
			}
			continue
		}
		ns := "entities.mentions\x00" + arts[ai].ID
		f := memo.Get(m, ns, texts[ai], find)
		if !c.answers(f.asked) {
			// The story now reads one of its words otherwise: found
			// again, and remembered so.
			f = find()
			memo.Put(m, ns, texts[ai], f)
		}
		perArticle[ai] = f.mentions
	}
	var datelines []mention
	for _, a := range arts {
		// The dateline names the place the report was filed from.
		if w := strings.Fields(a.Dateline); len(w) > 0 && len(w) <= 4 {
			for i := range w {
				w[i] = titleCase(strings.Trim(w[i], ",.:;"))
			}
			datelines = append(datelines, mention{words: w, article: a.ID, place: 3})
		}
	}
	ms := splitCompounds(append(perArticle, datelines))

	var groups []*group
	index := map[string]int{}
	// A surname after "Mr." and after "Mrs." names two people when the
	// story uses both ("Mr. and Mrs. Clinton"): such mentions are kept in
	// a group of their own by sex.
	sexes := map[string]map[string]bool{}
	for m := range ms {
		if sex := m.sex(); sex != "" {
			k := NameKey(m.core())
			if sexes[k] == nil {
				sexes[k] = map[string]bool{}
			}
			sexes[k][sex] = true
		}
	}
	for m := range ms {
		key := NameKey(m.core())
		if key == "" {
			continue
		}
		honorific := ""
		if sex := m.sex(); sex != "" && len(sexes[key]) > 1 {
			key += "\x00" + sex
			honorific = m.role[0]
		}
		gi, ok := index[key]
		if !ok {
			gi = len(groups)
			index[key] = gi
			groups = append(groups, &group{key: key, words: m.words, forms: map[string]int{},
				titled: map[string]int{}, articles: map[string]bool{}, honorific: honorific, sex: m.sex()})
		}
		g := groups[gi]
		if honorific != "" {
			// "Mrs. Trump" as a form of its own, so that "Trump" alone
			// does not name her.
			g.forms[honorific+" "+m.core()]++
		} else {
			g.forms[m.core()]++
		}
		if len(m.role) == 1 && (honorifics[lowerKey(m.role[0])] || len(m.words) == 1) {
			g.titled[m.role[0]+" "+m.core()]++
		}
		g.articles[m.article] = true
		g.n++
		if m.initial {
			g.initial++
		}
		g.person += m.person
		g.org += m.org
		g.place += m.place
	}
	personsBySurname(groups)
	u := unionfind.New(len(groups))
	mergeMiddleInitials(groups, index, u)
	mergeAcronyms(groups, u)
	mergeNearNames(groups, u)
	mergeGivenNames(groups, u)
	mergeSurnames(groups, u)
	mergeSuffixes(groups, u)
	return build(groups, u, arts, texts)
}

// splitCompounds returns the mentions of lists, in order, with a
// hyphenated name made of names found elsewhere ("Trump-Putin") replaced
// by its parts.
func splitCompounds(lists [][]mention) iter.Seq[mention] {
	hyphenated := func(m mention) bool { return len(m.words) == 1 && strings.Contains(m.words[0], "-") }
	var known map[string]bool
	for _, ms := range lists {
		if slices.ContainsFunc(ms, hyphenated) {
			known = map[string]bool{}
			break
		}
	}
	if known != nil {
		for _, ms := range lists {
			for _, m := range ms {
				if !hyphenated(m) {
					known[NameKey(m.core())] = true
					known[NameKey(m.words[len(m.words)-1])] = true
				}
			}
		}
	}
	return func(yield func(mention) bool) {
		for _, ms := range lists {
			for _, m := range ms {
				if known == nil || !hyphenated(m) {
					if !yield(m) {
						return
					}
					continue
				}
				parts := strings.Split(m.words[0], "-")
				all := true
				for _, p := range parts {
					all = all && isCap(p) && known[NameKey(p)]
				}
				if !all {
					if !yield(m) {
						return
					}
					continue
				}
				for _, p := range parts {
					pm := m
					pm.words = []string{p}
					pm.role = nil
					if !yield(pm) {
						return
					}
				}
			}
		}
	}
}

func (g *group) isPerson() bool { return g.person > 0 && g.person >= g.org && g.person >= g.place }

// mergeMiddleInitials merges "Lolita C. Baldor" into "Lolita Baldor",
// and a person's name with a middle name written out ("Hillary Rodham
// Clinton") into the name without it, with the same suffix or, failing
// that, none.
func mergeMiddleInitials(groups []*group, index map[string]int, u unionfind.Sets) {
	for i, g := range groups {
		words, suffix := withoutSuffix(g.words)
		if len(words) < 3 {
			continue
		}
		mid := true
		for _, w := range words[1 : len(words)-1] {
			mid = mid && (isInitials(strings.TrimSuffix(w, ".")) || g.isPerson() && isCap(w) && !connectors[lowerKey(w)])
		}
		if !mid {
			continue
		}
		short := words[0] + " " + words[len(words)-1]
		if j, ok := index[NameKey(short+" "+suffix)]; ok && suffix != "" {
			u.Union(j, i)
		} else if j, ok := index[NameKey(short)]; ok {
			// "Robert S. Mueller III" is the story's "Robert Mueller";
			// "Donald Trump Jr.", with no middle name, stays apart from
			// "Donald Trump".
			u.Union(j, i)
		} else if j, ok := index[NameKey(words[0]+" "+words[1])]; ok && len(words) == 3 && suffix == "" && g.isPerson() && groups[j].isPerson() &&
			!isInitials(strings.TrimSuffix(words[1], ".")) {
			// "Héctor Araya Godoy" is the story's "Héctor Araya": a
			// Spanish name, told with both surnames or with the first
			// alone.
			u.Union(j, i)
		}
	}
}

// nameSuffixes follow a person's surname ("Jr.", "III").
var nameSuffixes = set(`jr sr ii iii iv`)

// withoutSuffix returns a name's words without a suffix after the surname
// ("Joseph R. Biden Jr." gives "Joseph R. Biden"), and the suffix.
func withoutSuffix(words []string) ([]string, string) {
	if n := len(words); n > 1 && nameSuffixes[lowerKey(words[n-1])] {
		return words[:n-1], words[n-1]
	}
	return words, ""
}

// WithoutSuffix returns a name's words without a suffix after the
// surname: "Raymond Ortiz Jr." is "Raymond Ortiz".
func WithoutSuffix(words []string) []string {
	w, _ := withoutSuffix(words)
	return w
}

// surnameKey returns the NameKey words of a name without its suffix.
func surnameKey(g *group) []string {
	k := strings.Fields(g.key)
	if n := len(k); n > 1 && nameSuffixes[k[n-1]] {
		return k[:n-1]
	}
	return k
}

// mergeAcronyms merges an acronym with the one name whose initials it is
// ("NATO", "North Atlantic Treaty Organization").
func mergeAcronyms(groups []*group, u unionfind.Sets) {
	byInitials := map[string][]int{}
	for j, h := range groups {
		if len(h.words) >= 2 && !h.isPerson() && h.org+h.place > 0 {
			k := initials(h.words)
			byInitials[k] = append(byInitials[k], j)
		}
	}
	for i, g := range groups {
		if len(g.words) != 1 || !isAllCaps(g.words[0]) || g.isPerson() {
			continue
		}
		acr := strings.ToLower(strings.ReplaceAll(g.words[0], ".", ""))
		// A known place abbreviation ("D.C.") stands only for a known place.
		known := placeNames[lowerKey(g.words[0])] || placeNames[acr]
		joinUnique(u, i, byInitials[acr], func(j int) bool {
			return !known || placeNames[lowerKey(strings.Join(groups[j].words, " "))]
		})
	}
}

// joinUnique joins i to the candidates that pass ok when they all lie in
// one set; candidates in several sets make i ambiguous, so it stays apart.
func joinUnique(u unionfind.Sets, i int, candidates []int, ok func(j int) bool) {
	match := -1
	for _, j := range candidates {
		if !ok(j) {
			continue
		}
		if match >= 0 && u.Find(match) != u.Find(j) {
			return
		}
		match = j
	}
	if match >= 0 {
		u.Union(match, i)
	}
}

func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "the" || lw == "and" || lw == "for" || connectors[lw] {
			continue
		}
		for _, r := range w {
			b.WriteRune(unicode.ToLower(r))
			break
		}
	}
	return b.String()
}

// mergeNearNames merges two full names of a person that agree but for a
// near spelling of the surname (NearSpelling). Package discrepancy reports
// them.
func mergeNearNames(groups []*group, u unionfind.Sets) {
	byGiven := map[string][]int{} // all but the last word -> groups
	for i, g := range groups {
		if len(g.words) < 2 || !g.isPerson() {
			continue
		}
		k := strings.Fields(g.key)
		given := strings.Join(k[:len(k)-1], " ")
		for _, j := range byGiven[given] {
			// Spellings are compared as written: the romanisation key
			// would hide a swap of letters.
			a, b := lowerKey(g.words[len(g.words)-1]), lowerKey(groups[j].words[len(groups[j].words)-1])
			if len(a) < 4 || len(b) < 4 || u.Find(i) == u.Find(j) || k[len(k)-1] == lastField(groups[j].key) {
				continue
			}
			if NearSpelling(a, b) {
				u.Union(j, i)
			}
		}
		byGiven[given] = append(byGiven[given], i)
	}
}

// mergeGivenNames merges full names of a person whose surnames agree and
// whose given names are short and long forms of one name ("Steve",
// "Steven"; "Pete", "Peter"; "Jim", "James") or one name misspelt
// ("Vicente", "Vincente"; package discrepancy reports it).
func mergeGivenNames(groups []*group, u unionfind.Sets) {
	bySurname := map[string][]int{}
	for i, g := range groups {
		if len(g.words) < 2 || !g.isPerson() {
			continue
		}
		k := surnameKey(g)
		if len(k) < 2 {
			continue
		}
		// Middle names and initials are compared by mergeMiddleInitials;
		// here only the given name and the surname ("Chris Wray",
		// "Christopher A. Wray").
		last := k[len(k)-1]
		for _, j := range bySurname[last] {
			a, b := k[0], surnameKey(groups[j])[0]
			if len(a) > len(b) {
				a, b = b, a
			}
			if len(a) >= 3 && a != b && (strings.HasPrefix(b, a) || nicknameOf(a, b) || shortForm(a, b)) ||
				a != b && MisspeltGiven(lowerKey(g.words[0]), lowerKey(groups[j].words[0])) {
				u.Union(j, i)
			}
		}
		bySurname[last] = append(bySurname[last], i)
	}
}

// shortForm reports whether given name a (a key, the shorter) is a short
// form of b made of b's first letters and an ending of its own ("nikos",
// "nikolaos"; "kathy", "katherine"): a name of at most five letters that
// shares its first four, or all but its last, with a name at least three
// letters longer.
func shortForm(a, b string) bool {
	n := min(4, len(a)-1)
	return len(a) <= 5 && len(b) >= len(a)+3 && n >= 3 && a[:n] == b[:n]
}

func lastField(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}

// personsBySurname gives a name of two or three words that nothing marks
// as anyone's ("Evans Rono of Kenya pulled away …": no title, a given
// name no list holds) the evidence of its last word, when that word alone
// is plainly a person's in the story ("Rono said afterward", "Rono, 27,").
func personsBySurname(groups []*group) {
	people := map[string]bool{}
	for _, g := range groups {
		if len(g.words) == 1 && g.isPerson() {
			people[g.key] = true
		}
	}
	for _, g := range groups {
		if n := len(g.words); n >= 2 && n <= 3 && g.person+g.org+g.place == 0 && people[NameKey(g.words[n-1])] {
			g.person++
		}
	}
}

// mergeSurnames merges a one-word name into the one person whose full name
// ends with it ("Hegseth", "Pete Hegseth").
func mergeSurnames(groups []*group, u unionfind.Sets) {
	owners := map[string]int{}  // surname key -> person, -1 when ambiguous
	bySex := map[string]int{}   // surname key and sex of the given name -> person
	written := map[string]int{} // surname as written, lower case -> person
	claim := func(m map[string]int, k string, r int) {
		if o, ok := m[k]; ok && o != r {
			m[k] = -1
			return
		}
		m[k] = r
	}
	for i, g := range groups {
		if len(g.words) < 2 || !g.isPerson() {
			continue
		}
		words, suffix := withoutSuffix(g.words)
		last := words[len(words)-1]
		r := u.Find(i)
		claim(owners, NameKey(last), r)
		claim(written, lowerKey(last), r)
		if suffix != "" && len(words) > 1 {
			// "Biden Jr." stands for "Joseph R. Biden Jr.".
			claim(owners, NameKey(last+" "+suffix), r)
		}
		if sex := sexOf(words[0]); sex != "" && len(words) > 1 {
			claim(bySex, NameKey(last)+"\x00"+sex, r)
		}
	}
	for i, g := range groups {
		if _, suffix := withoutSuffix(g.words); len(g.words) == 2 && suffix != "" {
			if o, ok := owners[g.key]; ok && o >= 0 {
				u.Union(o, i)
			}
		}
	}
	for i, g := range groups {
		if len(g.words) != 1 || isAllCaps(g.words[0]) {
			continue
		}
		if g.honorific != "" {
			// In a story with a Mr. and a Mrs. Clinton, "Mr. Clinton"
			// joins the one Clinton whose given name is a man's.
			if o, ok := bySex[NameKey(g.words[0])+"\x00"+g.sex]; ok && o >= 0 {
				u.Union(o, i)
			}
			continue
		}
		// A word the story uses as the surname of one person is that
		// person wherever a cue like "in" or "from" made it look like a
		// place ("Carter", "Bush"), unless the gazetteer knows it as a
		// place or it reads as an organisation.
		if o, ok := owners[g.key]; ok && o >= 0 && g.org <= g.person && (g.place <= g.person || !placeNames[lowerKey(g.words[0])]) {
			u.Union(o, i)
			continue
		}
		if g.org > g.person || g.place > g.person {
			continue
		}
		if _, ok := owners[g.key]; ok || g.person == 0 || len(g.key) < 6 {
			continue
		}
		// A misspelt surname ("Zelenksy") joins the one person whose
		// surname is a letter away; package discrepancy reports it.
		near := -1
		w := lowerKey(g.words[0])
		for k, o := range written {
			if o < 0 || EditDistance(k, w) != 1 || NameKey(k) == g.key {
				continue
			}
			if near >= 0 && near != o {
				near = -2
				break
			}
			near = o
		}
		if near >= 0 {
			u.Union(near, i)
		}
	}
}

// mergeSuffixes merges a shorter name of several words into the one
// longer name of the same kind that ends with it ("Contact Group",
// "Ukraine Defense Contact Group"; "Peña Nieto", "Enrique Peña Nieto").
func mergeSuffixes(groups []*group, u unionfind.Sets) {
	bySuffix := map[string][]int{}
	for j, h := range groups {
		if h.org == 0 && !h.isPerson() {
			continue
		}
		k := strings.Fields(h.key)
		for n := 2; n < len(k); n++ {
			suf := strings.Join(k[len(k)-n:], " ")
			bySuffix[suf] = append(bySuffix[suf], j)
		}
	}
	for i, g := range groups {
		if len(g.words) < 2 || g.org == 0 && !g.isPerson() {
			continue
		}
		joinUnique(u, i, bySuffix[g.key], func(j int) bool {
			h := groups[j]
			return !(g.org > 0 && h.org == 0 || g.org == 0 && !h.isPerson())
		})
	}
}

// entry is an entity being built, with its number of mentions.
type entry struct {
	e crosscheck.Entity
	n int
}

// build turns the merged groups into entities.
func build(groups []*group, u unionfind.Sets, arts []crosscheck.Article, texts []string) *Set {
	roots := map[int]*group{}
	var order []int
	for i, g := range groups {
		r := u.Find(i)
		acc, ok := roots[r]
		if !ok {
			acc = &group{forms: map[string]int{}, titled: map[string]int{}, articles: map[string]bool{}}
			roots[r] = acc
			order = append(order, r)
		}
		for f, n := range g.forms {
			acc.forms[f] += n
		}
		for f, n := range g.titled {
			acc.titled[f] += n
		}
		for a := range g.articles {
			acc.articles[a] = true
		}
		acc.n += g.n
		if g.honorific != "" {
			acc.honorific = g.honorific
		}
		acc.initial += g.initial
		acc.person += g.person
		acc.org += g.org
		acc.place += g.place
	}
	var out []entry
	for _, r := range order {
		g := roots[r]
		if g.person+g.org+g.place == 0 || g.initial == g.n && g.place == 0 && len(g.titled) == 0 {
			// No evidence, or a capital that only sentence starts explain.
			continue
		}
		kind := crosscheck.Person
		switch {
		case g.place >= g.org && g.place >= g.person:
			kind = crosscheck.Place
		case g.org >= g.person:
			kind = crosscheck.Organization
		}
		counts := map[string]int{}
		for f, n := range g.forms {
			counts[f] += n
		}
		for f, n := range g.titled {
			counts[f] += n
		}
		name := bestName(withoutHonorific(g.forms, g.honorific))
		if g.honorific != "" && !strings.Contains(name, " ") {
			// "Mrs. Clinton", told apart from "Mr. Clinton".
			name = g.honorific + " " + name
		}
		out = append(out, entry{crosscheck.Entity{
			Name:     name,
			Kind:     kind,
			Variants: byCount(counts),
			Articles: slices.Sorted(maps.Keys(g.articles)),
		}, g.n})
	}
	addAnaphors(out, arts, texts)
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].e.Articles) != len(out[j].e.Articles) {
			return len(out[i].e.Articles) > len(out[j].e.Articles)
		}
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		return out[i].e.Name < out[j].e.Name
	})
	s := &Set{byForm: map[string]int{}, byKey: map[string]int{}, bySurname: map[string]int{}}
	for i, b := range out {
		s.Entities = append(s.Entities, b.e)
		for _, v := range b.e.Variants {
			s.byForm[textproc.Fold(v)] = i
			if k := NameKey(Bare(v)); k != "" {
				// "Mr. Trump" and "Mrs. Trump" leave "Trump" to no one.
				if o, ok := s.byKey[k]; ok && o != i {
					s.byKey[k] = -1
					continue
				}
				s.byKey[k] = i
			}
		}
		if b.e.Kind != crosscheck.Person {
			continue
		}
		for _, v := range b.e.Variants {
			w := strings.Fields(Bare(v))
			if len(w) < 2 {
				continue
			}
			k := NameKey(w[len(w)-1])
			if o, ok := s.bySurname[k]; ok && o != i {
				s.bySurname[k] = -1
				continue
			}
			s.bySurname[k] = i
		}
	}
	return s
}

// withoutHonorific returns the forms that do not open with honorific
// ("Mrs."), or all of them when every one does: "Hillary Clinton", not
// "Mrs. Clinton", names her.
func withoutHonorific(forms map[string]int, honorific string) map[string]int {
	if honorific == "" {
		return forms
	}
	out := map[string]int{}
	for f, n := range forms {
		if !strings.HasPrefix(f, honorific+" ") {
			out[f] = n
		}
	}
	if len(out) == 0 {
		return forms
	}
	return out
}

// bestName picks the fullest of the forms; among equals, the one whose
// last word most mentions use, then the most common, then the longest.
func bestName(forms map[string]int) string {
	lastUse := map[string]int{}
	for f, n := range forms {
		w := strings.Fields(f)
		lastUse[w[len(w)-1]] += n
	}
	best, bw, bl, bn, bs := "", 0, 0, 0, true
	for f, n := range forms {
		w := strings.Fields(f)
		l := lastUse[w[len(w)-1]]
		// A form in capitals ("WASHINGTON" in a dateline) only when there
		// is no other.
		shout := len(f) > 3 && isAllCaps(f) && !strings.Contains(f, ".")
		better := bs && !shout
		if shout == bs {
			better = len(w) > bw || len(w) == bw && (l > bl || l == bl && (n > bn || n == bn &&
				(len(f) > len(best) || len(f) == len(best) && f < best)))
		}
		if best == "" || better {
			best, bw, bl, bn, bs = f, len(w), l, n, shout
		}
	}
	return best
}

// byCount returns the keys of counts, most frequent first.
func byCount(counts map[string]int) []string {
	out := make([]string, 0, len(counts))
	for k := range counts {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if counts[out[i]] != counts[out[j]] {
			return counts[out[i]] > counts[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// addAnaphors adds "the <type>" to the one organisation of each type that
// the articles show to be one: by its name ("Atlantic Alliance") or by an
// apposition in the text ("the NATO alliance").
func addAnaphors(out []entry, arts []crosscheck.Article, texts []string) {
	folded := make([]string, len(texts))
	pairs := map[string]bool{} // a folded word and the type word after it, in any text
	for i, t := range texts {
		folded[i] = textproc.Fold(t)
		ws := textproc.Words(folded[i])
		for k := 1; k < len(ws); k++ {
			if anaphorTypes[ws[k]] {
				pairs[ws[k-1]+" "+ws[k]] = true
			}
		}
	}
	for _, typ := range slices.Sorted(maps.Keys(anaphorTypes)) {
		phrase := "the " + typ
		if !pairs[phrase] {
			continue
		}
		owner := -1
		for i := range out {
			e := &out[i].e
			if e.Kind != crosscheck.Organization || !isOfType(e, typ, folded, pairs) {
				continue
			}
			if owner >= 0 {
				owner = -2
				break
			}
			owner = i
		}
		if owner < 0 {
			continue
		}
		e := &out[owner].e
		found := false
		for i, f := range folded {
			// In an article that does not name the organisation, the
			// anaphor stands for it only when no other organisation is
			// named just before it ("The NAACP met and called the
			// organization irrelevant").
			at := strings.Index(f, phrase)
			if at < 0 {
				continue
			}
			// "the union" inside "State of the Union" is no anaphor.
			f = withoutNames(f, e)
			if at = strings.Index(f, phrase); at < 0 || !containsWord(f, phrase) || !namedIn(e, folded[i]) && otherOrgBefore(out, owner, f[max(0, at-antecedentReach):at]) {
				continue
			}
			found = true
			if !contains(e.Articles, arts[i].ID) {
				e.Articles = append(e.Articles, arts[i].ID)
			}
		}
		if found {
			e.Variants = append(e.Variants, phrase)
			sort.Strings(e.Articles)
		}
	}
}

// antecedentReach is how many bytes before an anaphor, about two
// sentences, its antecedent is looked for.
const antecedentReach = 300

// otherOrgBefore reports whether the folded text f names an organisation
// of out other than out[owner].
func otherOrgBefore(out []entry, owner int, f string) bool {
	words := map[string]bool{}
	for _, w := range textproc.Words(f) {
		words[w] = true
	}
	for i := range out {
		e := &out[i].e
		if i == owner || e.Kind != crosscheck.Organization {
			continue
		}
		for _, v := range e.Variants {
			ws := textproc.FoldedWords(v)
			if len(ws) == 0 || ws[0] == "the" {
				continue
			}
			all := true
			for _, w := range ws {
				all = all && words[w]
			}
			if all && containsWord(f, strings.Join(ws, " ")) {
				return true
			}
		}
	}
	return false
}

// withoutNames returns the folded text f with the names of e (not its
// anaphors) blanked out.
func withoutNames(f string, e *crosscheck.Entity) string {
	for _, v := range e.Variants {
		if strings.HasPrefix(v, "the ") && strings.ToLower(v) == v {
			continue
		}
		if fv := textproc.Fold(v); strings.Contains(f, fv) {
			f = strings.ReplaceAll(f, fv, strings.Repeat(" ", len(fv)))
		}
	}
	return f
}

// namedIn reports whether a variant of e other than an anaphor stands in
// the folded text f.
func namedIn(e *crosscheck.Entity, f string) bool {
	for _, v := range e.Variants {
		if strings.HasPrefix(v, "the ") && strings.ToLower(v) == v {
			continue
		}
		if containsWord(f, textproc.Fold(v)) {
			return true
		}
	}
	return false
}

// isOfType reports whether the organisation is an instance of typ: a word
// of its name, or a word that follows its name in the text.
func isOfType(e *crosscheck.Entity, typ string, folded []string, pairs map[string]bool) bool {
	for _, v := range e.Variants {
		ws := textproc.Words(textproc.Fold(v))
		if len(ws) == 0 {
			continue
		}
		if slices.Contains(ws, typ) {
			return true
		}
		if !pairs[ws[len(ws)-1]+" "+typ] {
			continue
		}
		phrase := strings.Join(ws, " ") + " " + typ
		for _, f := range folded {
			if containsWord(f, phrase) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether s holds phrase between word boundaries.
func containsWord(s, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(phrase)
		before := j == 0 || !isWordByte(s[j-1])
		after := end >= len(s) || !isWordByte(s[end])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Bare returns a name without its leading titles, honorifics and article
// ("Mr. Trump" and "President Trump" become "Trump") or possessive ending.
func Bare(name string) string {
	w := strings.Fields(name)
	for k := len(w) - 2; k >= 0; k-- {
		f := lowerKey(w[k])
		// "Dean Brinkerhoff", "Speaker Dean Brinkerhoff": a given name
		// (see split).
		if k == len(w)-2 && firstNames[f] && (k == 0 || isTitleWord(lowerKey(w[k-1]))) {
			continue
		}
		if roleHeads[f] || honorifics[f] || lowerRoles[f] {
			w = w[k+1:]
			break
		}
	}
	for len(w) > 1 {
		f := lowerKey(w[0])
		if !(roleModifiers[f] || f == "the" || placeAcronyms[strings.ReplaceAll(f, ".", "")]) {
			break
		}
		w = w[1:]
	}
	s := strings.Join(w, " ")
	for _, suf := range []string{"'s", "\u2019s"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

// Resolve returns the entity that a mention names: a variant as written,
// a form with another title ("Mr. Rutte"), another transliteration, or a
// person's surname alone.
func (s *Set) Resolve(mention string) (crosscheck.Entity, bool) {
	if s == nil {
		return crosscheck.Entity{}, false
	}
	mention = strings.TrimSpace(textproc.Normalize(mention))
	if i, ok := s.byForm[textproc.Fold(mention)]; ok {
		return s.Entities[i], true
	}
	if state, ok := lexicon.State(mention); ok && strings.HasSuffix(mention, ".") {
		return s.Resolve(state)
	}
	name := Bare(mention)
	k := NameKey(name)
	if k == "" {
		return crosscheck.Entity{}, false
	}
	if i, ok := s.byKey[k]; ok && i >= 0 {
		return s.Entities[i], true
	}
	if w := strings.Fields(k); len(w) == 1 {
		if i, ok := s.bySurname[k]; ok && i >= 0 {
			return s.Entities[i], true
		}
	}
	return crosscheck.Entity{}, false
}
