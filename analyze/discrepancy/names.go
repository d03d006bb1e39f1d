package discrepancy

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/memo"
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
func nameDiscrepancies(arts []crosscheck.Article, ents []crosscheck.Entity, m *memo.Memo) []crosscheck.Discrepancy {
	var out []crosscheck.Discrepancy
	// A double-barrelled surname ("Vasquez-Lind") is spelt part by
	// part: the articles' words are its parts. A particle before a
	// hyphen ("al-Taie") is no part of its own, and a part in lower case
	// after one ("Jae-won") is a syllable of one name.
	barrels := func(b []string) (string, string, bool) {
		w := b[len(b)-1]
		k := strings.IndexByte(w, '-')
		if k < 3 || !unicode.IsUpper([]rune(w)[0]) || strings.Count(w, "-") > 1 || k+1 >= len(w) || !unicode.IsUpper(rune(w[k+1])) {
			return "", w, false
		}
		return w[:k], w[k+1:], true
	}
	surname := func(b []string) string {
		_, last, _ := barrels(b)
		return last
	}
	firstBarrel := func(b []string) string {
		first, _, _ := barrels(b)
		return first
	}
	given := func(b []string) string {
		// Initials and one-word names have no given name to misspell.
		if len(b) < 2 || len([]rune(strings.TrimSuffix(b[0], "."))) < 2 {
			return ""
		}
		return b[0]
	}
	// A role word where a surname would stand ("Franklin County
	// Prosecutor", "Prosecutors said") spells no one's name.
	role := func(w string) bool { return entities.IsRole(w) || entities.IsRole(strings.TrimSuffix(w, "s")) }
	nearSurnames := func(a, b string) bool {
		return !role(a) && !role(b) && entities.NearSpelling(textproc.Fold(a), textproc.Fold(b)) && !umlautPair(a, b)
	}
	nearGiven := func(a, b string) bool {
		return entities.MisspeltGiven(textproc.Fold(a), textproc.Fold(b)) && !umlautPair(a, b)
	}
	// Keys fold a doubled letter as romanisations differ ("Zelenskyy");
	// a letter doubled inside a name in one form and not in another
	// ("Vreeland", "Vreland"; "Matthias", "Mathias") is a misspelling,
	// unless both are romanisations of one Arabic name ("Mohammed",
	// "Mohamed").
	exact := func(part string) string { return strings.ToLower(textproc.Fold(part)) }
	doubled := func(a, b string) bool {
		ea, eb := exact(a), exact(b)
		return (doubledOnce(ea, eb) || yForI(ea, eb)) && !romanisedLook(ea) && !romanisedLook(eb)
	}
	// The spellings of each person's names are found first; the
	// articles are then read once for the words that are such a
	// spelling.
	var found []nameSpellings
	words := map[string]bool{}
	for _, e := range ents {
		if e.Kind != crosscheck.Person {
			continue
		}
		spelt := false // two spellings of a part were found by key
		for _, p := range []struct {
			pick    func([]string) string
			key     func(string) string
			near    func(a, b string) bool
			doubled bool
		}{{surname, entities.NameKey, nearSurnames, false}, {firstBarrel, entities.NameKey, nearSurnames, false}, {given, entities.NameKey, nearGiven, false},
			{surname, exact, doubled, true}, {firstBarrel, exact, doubled, true}, {given, exact, doubled, true}} {
			// A name the articles romanise two ways ("Soleimani",
			// "Suleimani") is romanised in its other part too ("Qassem",
			// "Qasem"): its doubled letters are romanisations.
			if p.doubled && spelt {
				continue
			}
			if f, ok := spellingForms(e, p.pick, p.key, p.near); ok {
				spelt = spelt || !p.doubled
				found = append(found, f)
				for _, fs := range f.forms {
					for w := range fs {
						words[w] = true
					}
				}
			}
		}
	}
	if len(found) > 0 {
		uses := wordUses(arts, words, m)
		for _, f := range found {
			if d, ok := spellings(arts, uses, f); ok {
				out = append(out, d)
			}
		}
	}
	out = append(out, roleDiscrepancies(arts, ents, m)...)
	out = append(out, titleDiscrepancies(arts, ents, m)...)
	out = append(out, committeeDiscrepancies(arts, ents, m)...)
	out = append(out, middleInitials(arts, ents)...)
	out = append(out, surnameDiscrepancies(arts, ents, m)...)
	// A spelling of a word found apart from the names it is in tells
	// nothing new when a person's name was reported with the same
	// spellings in the same articles.
	for _, d := range spellingVariants(arts, m) {
		if !slices.ContainsFunc(out, func(o crosscheck.Discrepancy) bool {
			return slices.EqualFunc(o.Variants, d.Variants, func(a, b crosscheck.Cited) bool {
				return a.Text == b.Text && slices.Equal(a.Articles, b.Articles)
			})
		}) {
			out = append(out, d)
		}
	}
	return out
}

// nameSpellings is the spellings of one part of a person's name: the
// keys in order and the forms as written of each.
type nameSpellings struct {
	e     crosscheck.Entity
	keys  []string
	forms map[string]map[string]bool // key -> forms as written
}

// spellingForms returns the spellings of one part of a person's name
// (picked from the bare words of each variant), when two of them have
// different keys and are near spellings of each other.
func spellingForms(e crosscheck.Entity, pick func([]string) string, key func(string) string, near func(a, b string) bool) (nameSpellings, bool) {
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
		k := key(part)
		if forms[k] == nil {
			forms[k] = map[string]bool{}
			keys = append(keys, k)
		}
		forms[k][part] = true
	}
	if len(keys) < 2 || !nearForms(keys, forms, near) {
		return nameSpellings{}, false
	}
	return nameSpellings{e: e, keys: keys, forms: forms}, true
}

// romanisedLook reports whether a lower-case name is spelt as
// romanisations of Arabic, Persian and Slavic names are and English names
// seldom: a "q" without a "u" after it ("qassem"), "kh", "dh", "zh" or
// "yy".
func romanisedLook(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == 'q' && (i+1 == len(w) || w[i+1] != 'u') {
			return true
		}
	}
	for _, d := range []string{"kh", "dh", "zh", "yy"} {
		if strings.Contains(w, d) {
			return true
		}
	}
	return false
}

// romanisedVowels reports whether two lower-case names spelt as
// romanised (romanisedLook) differ in their vowels alone ("rafiq",
// "rafeq"): two romanisations of one name.
func romanisedVowels(a, b string) bool {
	if !romanisedLook(a) && !romanisedLook(b) {
		return false
	}
	consonants := func(w string) string {
		return strings.Map(func(r rune) rune {
			if r < 128 && isVowel(byte(r)) {
				return -1
			}
			return r
		}, w)
	}
	return consonants(a) == consonants(b)
}

// doubledOnce reports whether two lower-case names differ only in one
// letter written twice inside one of them and once in the other, or a
// consonant at its end ("vreeland", "vreland"; "kellermann", "kellerman";
// not "zelenskyy", "zelensky"), and are
// no two romanisations of one Arabic name ("mohammed", "mohamed").
func doubledOnce(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	ra, rb := []rune(a), []rune(b)
	// Two forms of one common Arabic name ("hassan", "hasan") are
	// romanisations, whichever of them is the list's own form.
	if len(ra) != len(rb)+1 || len(rb) < 4 || entities.RomanForm(a) == entities.RomanForm(b) {
		return false
	}
	for i := 0; i+1 < len(ra); i++ {
		// At the end only a consonant's doubling is a spelling
		// ("Kellermann", "Kellerman"); a doubled "y" romanises
		// ("Zelenskyy").
		if i+1 == len(ra)-1 && strings.ContainsRune("aeiouyhw", ra[i]) {
			continue
		}
		if ra[i] == ra[i+1] && string(ra[:i+1])+string(ra[i+2:]) == b {
			return true
		}
	}
	return false
}

// yForI reports whether two lower-case names differ in one letter alone,
// a "y" in one where the other has "i", between two consonants ("pryce",
// "price"; "smyth", "smith"): a misspelling, since romanisations trade
// the two at a name's end or beside a vowel ("dmitry", "dmitri"; "sergey",
// "sergei"; "yusuf", "iusuf").
func yForI(a, b string) bool {
	if len(a) != len(b) || len(a) < 4 {
		return false
	}
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff <= 0 || diff+1 >= len(a) {
		return false
	}
	if x, y := a[diff], b[diff]; !(x == 'y' && y == 'i' || x == 'i' && y == 'y') {
		return false
	}
	consonant := func(c byte) bool { return c >= 'a' && c <= 'z' && !isVowel(c) && c != 'y' }
	return consonant(a[diff-1]) && consonant(a[diff+1])
}

// wordUse is how many times an article (by index) writes a word.
type wordUse struct{ art, n int }

// wordUses returns, for each of words, the articles that write it, in
// story order, and how many times.
func wordUses(arts []crosscheck.Article, words map[string]bool, m *memo.Memo) map[string][]wordUse {
	out := map[string][]wordUse{}
	for i, a := range arts {
		if m != nil {
			for w, n := range memo.Get(m, "discrepancy.wordCounts", a.Text, func() map[string]int { return wordCounts(a.Text) }) {
				if words[w] {
					out[w] = append(out[w], wordUse{i, n})
				}
			}
			continue
		}
		counts := map[string]int{}
		eachNameWord(a.Text, func(w string) {
			if words[w] {
				counts[w]++
			}
		})
		for w, n := range counts {
			out[w] = append(out[w], wordUse{i, n})
		}
	}
	return out
}

// spellings reports the spellings f found that the articles write, each
// with the articles that use it, when there are two or more.
func spellings(arts []crosscheck.Article, uses map[string][]wordUse, f nameSpellings) (crosscheck.Discrepancy, bool) {
	var vs []crosscheck.Cited
	for _, k := range f.keys {
		// The form written most times in one article names the
		// spelling; an article that writes none counts 0 times.
		best, bn := "", -1
		in := map[int]bool{}
		for form := range f.forms[k] {
			n := 0
			for _, u := range uses[form] {
				in[u.art] = true
				n = max(n, u.n)
			}
			if n > bn || n == bn && form < best {
				best, bn = form, n
			}
		}
		ids := make([]string, 0, len(in))
		for i := range in {
			ids = append(ids, arts[i].ID)
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
		About:    "Spelling of the name of " + f.e.Name,
		Variants: vs,
	}, true
}

// middleInitials reports a person whose middle initial the articles give
// two ways ("Travis L. Mercer", "Travis J. Mercer"), when no article
// writes both: one person's initial mistyped, not a father and son, whom
// a report names side by side. The two forms may have been read as one
// person or as two.
func middleInitials(arts []crosscheck.Article, ents []crosscheck.Entity) []crosscheck.Discrepancy {
	type person struct {
		byInitial map[string]string // initial -> the form that writes it
		initials  []string
	}
	people := map[string]*person{}
	var keys []string
	for _, e := range ents {
		if e.Kind != crosscheck.Person {
			continue
		}
		for _, v := range e.Variants {
			b := strings.Fields(entities.Bare(v))
			if len(b) != 3 || len(b[1]) != 2 || b[1][1] != '.' || !unicode.IsUpper(rune(b[1][0])) {
				continue
			}
			k := entities.NameKey(b[0]) + " " + entities.NameKey(b[2])
			p := people[k]
			if p == nil {
				p = &person{byInitial: map[string]string{}}
				people[k] = p
				keys = append(keys, k)
			}
			w, ok := p.byInitial[b[1]]
			if !ok {
				p.initials = append(p.initials, b[1])
			}
			if !ok || v < w {
				p.byInitial[b[1]] = v
			}
		}
	}
	var out []crosscheck.Discrepancy
	for _, k := range keys {
		p := people[k]
		if len(p.initials) != 2 {
			continue
		}
		var vs []crosscheck.Cited
		both := false
		for _, in := range p.initials {
			v := p.byInitial[in]
			var ids []string
			for _, a := range arts {
				if strings.Contains(a.Text, v) {
					ids = append(ids, a.ID)
					for _, other := range p.initials {
						both = both || other != in && strings.Contains(a.Text, p.byInitial[other])
					}
				}
			}
			if len(ids) > 0 {
				vs = append(vs, crosscheck.Cited{Text: v, Articles: ids})
			}
		}
		if both || len(vs) != 2 {
			continue
		}
		sort.SliceStable(vs, func(i, j int) bool {
			if len(vs[i].Articles) != len(vs[j].Articles) {
				return len(vs[i].Articles) > len(vs[j].Articles)
			}
			return vs[i].Articles[0] < vs[j].Articles[0]
		})
		out = append(out, crosscheck.Discrepancy{
			Kind:     crosscheck.NameDiscrepancy,
			About:    "Middle initial of " + vs[0].Text,
			Variants: vs,
		})
	}
	return out
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

// wordCounts counts the words of a text, as written (eachNameWord).
func wordCounts(text string) map[string]int {
	counts := map[string]int{}
	eachNameWord(text, func(w string) { counts[w]++ })
	return counts
}

// eachNameWord calls f with each word of a text, as written. A
// hyphenated word that opens on a capital is given whole as well as by
// its parts: a given name of two syllables ("Ji-hoon") is one part of a
// name.
func eachNameWord(text string, f func(string)) {
	for _, w := range textproc.Words(text) {
		f(w)
	}
	for w := range strings.FieldsSeq(text) {
		if !strings.Contains(w, "-") {
			continue
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		// A particle before the hyphen ("al-Taie") is counted by the
		// name's parts alone, as nameDiscrepancies reads it.
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && strings.Contains(w, "-") && !strings.Contains(w, "--") {
			f(w)
		}
	}
}

// roleDiscrepancies reports two people of one surname whose given names
// differ ("Bill Halloran", "Robert Halloran") when the articles give them
// the same role ("Gov.", "Governor"), say the same thing of them (their
// sentences share minEventWords words besides names and roles) and no
// article names both: one person named two ways. Two people of one
// surname in one story are common (a mother and son, two senators), so a
// different role, other deeds, or an article that names both keep them
// apart.
func roleDiscrepancies(arts []crosscheck.Article, ents []crosscheck.Entity, m *memo.Memo) []crosscheck.Discrepancy {
	type person struct {
		e        crosscheck.Entity
		given    string // its key
		written  string // folded, as written
		raw      string // as written
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
		bySurname[k] = append(bySurname[k], &person{e: e, given: entities.NameKey(b[0]), written: textproc.Fold(b[0]), raw: b[0],
			roles: map[string]bool{}, articles: map[string]bool{}})
	}
	// Only surnames that several people share need their sentences read,
	// and of those only the sentences that hold the last word of a full
	// name: a sentence holds the name only where the word ends it (see
	// lastWord).
	type place struct{ art, sent int }
	var sents [][]string
	var within map[string][]place // by the last word of a full name
	for _, k := range surnames {
		if len(bySurname[k]) < 2 {
			continue
		}
		if sents == nil {
			sents = make([][]string, len(arts))
			for i := range arts {
				sents[i] = sentencesOf(m, &arts[i])
			}
			within = map[string][]place{}
			for _, k := range surnames {
				if len(bySurname[k]) < 2 {
					continue
				}
				for _, p := range bySurname[k] {
					for _, v := range p.e.Variants {
						if w := lastWord(entities.Bare(v)); w != "" {
							within[w] = nil
						}
					}
				}
			}
			for i := range arts {
				for j, s := range sents[i] {
					for _, w := range textproc.Words(s) {
						if ps, ok := within[w]; ok && (len(ps) == 0 || ps[len(ps)-1] != place{i, j}) {
							within[w] = append(ps, place{i, j})
						}
					}
				}
			}
		}
		for _, p := range bySurname[k] {
			for _, v := range p.e.Variants {
				full := entities.Bare(v)
				if len(strings.Fields(full)) < 2 {
					continue
				}
				places := within[lastWord(full)]
				if lastWord(full) == "" {
					// No word to look up: every sentence is read.
					places = nil
					for i := range arts {
						for j := range sents[i] {
							places = append(places, place{i, j})
						}
					}
				}
				for _, at := range places {
					s := sents[at.art][at.sent]
					rs, ok := rolesBefore(s, full)
					if !ok {
						continue
					}
					p.articles[arts[at.art].ID] = true
					for _, r := range append(rs, rolesAfter(s, full)...) {
						p.roles[r] = true
					}
					p.contexts = append(p.contexts, toSet(textproc.ContentWords(s)))
				}
			}
		}
	}
	var out []crosscheck.Discrepancy
	for _, k := range surnames {
		ps := bySurname[k]
		for i, p := range ps {
			for _, q := range ps[i+1:] {
				if p.given == q.given || unvoiced(p.given) == unvoiced(q.given) || umlautPair(p.raw, q.raw) || gammaPair(p.written, q.written) ||
					overlap(p.articles, q.articles) > 0 || middleNamed(p.e.Name, q.raw) || middleNamed(q.e.Name, p.raw) {
					continue
				}
				// One holder of one office ("President Boyan Staykov",
				// "President Bogdan Staykov"), or a given name spelt two
				// near ways ("Shannon", "Sharon") of one surname, need
				// only a word of what they did in common; two people of
				// one role need the same deeds.
				roles := overlap(p.roles, q.roles)
				need := minEventWords
				// Given names of one stem ("Kathleen", "Katherine") need the
				// same deeds, as two people of one role do.
				if slices.ContainsFunc(slices.Collect(maps.Keys(p.roles)), func(r string) bool { return q.roles[r] && bodyOffice(r) }) {
					// One named body's leader, told with two given
					// names, is one person whatever each report says of
					// them.
					need = 0
				} else if office := slices.ContainsFunc(slices.Collect(maps.Keys(p.roles)), func(r string) bool { return q.roles[r] && singleOffices[r] }); office || entities.NearGiven(p.written, q.written) {
					need = 1
					// The story's only two bearers of the surname, in one
					// office one person holds ("Superintendent Ruth
					// Vance", "Superintendent Rachel Vance"), each named
					// by articles that name no other, are its holder
					// whatever else each report tells of them.
					if office && len(ps) == 2 {
						need = 0
					}
				} else if roles > 0 && len(ps) == 2 && len(p.given) >= 4 && len(q.given) >= 4 && p.given[:3] == q.given[:3] && !entities.GenderedPair(p.written, q.written) {
					// The story's only two bearers of the surname, each
					// named by articles that name no other, in one role,
					// with given names of one start ("Narayan Ghimire, a
					// spokesman for the commission", "Narendra Ghimire, a
					// spokesman for the commission"): one person, if a
					// word of what they did is shared. Given names that
					// begin otherwise are two people of one role ("Paylinx
					// executive Gregory Amsel", "Paylinx executive Gordon
					// Amsel").
					need = 1
				} else if roles == 0 && sameStart(p.given, q.given) && len(ps) == 2 && !entities.GenderedPair(p.written, q.written) {
					// The story's only two bearers of the surname, with
					// given names of one start ("Valentina", "Valeria"),
					// each named by articles that name no other: one
					// person, if a word of what they did is shared.
					need = 1
				} else if roles == 0 && !sameStart(p.given, q.given) {
					// Two given names of one surname, neither with a
					// role, are two people (a mother and a son) unless
					// they did the same in so many words ("Evans Rono
					// won the New York City Marathon", "Edwin Rono won the
					// New York City Marathon"). A given name of four
					// letters or fewer may be a pet name of the other
					// ("Bibi", "Benjamin"; "Ted", "Edward") that no list
					// holds.
					// One letter changed in a name of that length is a slip
					// ("Karl", "Carl"), not a pet name.
					if (utf8.RuneCountInString(p.written) <= 4 || utf8.RuneCountInString(q.written) <= 4) &&
						!(utf8.RuneCountInString(p.written) == utf8.RuneCountInString(q.written) && entities.EditDistance(p.written, q.written) == 1) {
						continue
					}
					need = sameDeedWords
					// The story's only two bearers of the surname, each
					// named by articles that name no other ("Las Vegas
					// developer Victor Amsel", "Las Vegas developer
					// Vincent Amsel"), are one person told of in the
					// words one deed takes.
					if len(ps) == 2 && !writtenLower(arts, lastField(p.e.Name)) {
						need = minEventWords
					}
				}
				if !sameDeedsOf(p.contexts, q.contexts, need, p.e.Name, q.e.Name) ||
					namedTogether(arts, p.articles, q.articles, p.e.Name, q.e.Name) {
					continue
				}
				vs := []crosscheck.Cited{
					{Text: p.e.Name, Articles: slices.Sorted(maps.Keys(p.articles))},
					{Text: q.e.Name, Articles: slices.Sorted(maps.Keys(q.articles))},
				}
				sort.SliceStable(vs, func(i, j int) bool { return vs[i].Text < vs[j].Text })
				var shared []string
				for r := range p.roles {
					if q.roles[r] && !slices.ContainsFunc(slices.Collect(maps.Keys(q.roles)), func(o string) bool { return p.roles[o] && strings.HasPrefix(o, r+" of ") }) {
						shared = append(shared, r)
					}
				}
				sort.Strings(shared)
				out = append(out, crosscheck.Discrepancy{
					Kind:     crosscheck.NameDiscrepancy,
					About:    withRoles("Given name of "+lastField(p.e.Name), shared),
					Variants: vs,
				})
			}
		}
	}
	return out
}

// middleNamed reports whether a full name holds a middle initial that
// another given name begins with: "Camila A. Rojas" may be known by her
// middle name, "Andrea Rojas".
func middleNamed(name, given string) bool {
	ws := strings.Fields(entities.Bare(name))
	g, _ := utf8.DecodeRuneInString(given)
	for _, w := range ws[min(1, len(ws)):max(1, len(ws)-1)] {
		if r, n := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && (len(w) == n || w[n:] == ".") && r == g {
			return true
		}
	}
	return false
}

// gammaPair reports whether two given names, folded, differ only as the
// romanisations of a Greek gamma before "i" and a vowel do: "Giannis" and
// "Yiannis", "Giorgos" and "Yiorgos".
func gammaPair(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) < 3 || len(b) < 3 || a[1:] != b[1:] || a[1] != 'i' || !isVowel(a[2]) {
		return false
	}
	return a[0] == 'g' && b[0] == 'y' || a[0] == 'y' && b[0] == 'g'
}

// umlautPair reports whether two spellings of a name differ only as a
// German umlaut and its written-out form do: "Jörg" and "Joerg", "Müller"
// and "Mueller", "Schäfer" and "Schaefer".
func umlautPair(a, b string) bool {
	x, y := umlautsOut.Replace(a), umlautsOut.Replace(b)
	return (x != a || y != b) && strings.EqualFold(x, y)
}

// umlautsOut writes German umlauts out.
var umlautsOut = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue")

// writtenLower reports whether an article writes word w in lower case,
// as a common word ("the fire" of "Marshall Fire") is.
func writtenLower(arts []crosscheck.Article, w string) bool {
	low := strings.ToLower(w)
	if low == w {
		return true
	}
	for i := range arts {
		t := arts[i].Text
		for off := 0; ; {
			k := strings.Index(t[off:], low)
			if k < 0 {
				break
			}
			k += off
			before, _ := utf8.DecodeLastRuneInString(t[:k])
			after, _ := utf8.DecodeRuneInString(t[k+len(low):])
			if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
				return true
			}
			off = k + len(low)
		}
	}
	return false
}

// sameDeedWords is how many words the sentences of two people of one
// surname and no role must share, besides their names, to be told of one
// person: twice what one event's sentences share.
const sameDeedWords = 2 * minEventWords

// namedTogether reports whether an article writes the two given names
// of one surname joined ("Sasha and Malia Obama", "Malia and Sasha"):
// two people, whichever of them the article names in full.
// Only the articles that name either in full (ids) are read: the pair
// stands where one of the two is named.
func namedTogether(arts []crosscheck.Article, ids, other map[string]bool, a, b string) bool {
	fa, fb := strings.Fields(entities.Bare(a)), strings.Fields(entities.Bare(b))
	if len(fa) < 2 || len(fb) < 2 {
		return false
	}
	for i := range arts {
		if !ids[arts[i].ID] && !other[arts[i].ID] {
			continue
		}
		for _, pair := range [][2]string{{fa[0], fb[0]}, {fb[0], fa[0]}} {
			for _, join := range []string{" and ", " & "} {
				if wordIn(arts[i].Text, pair[0]+join+pair[1]) || wordIn(arts[i].Title, pair[0]+join+pair[1]) {
					return true
				}
			}
		}
	}
	return false
}

// withRoles returns a label with the roles it is told of, if any, in
// brackets: "Given name of Lindqvist (chief of staff)".
func withRoles(about string, roles []string) string {
	if len(roles) == 0 {
		return about
	}
	return about + " (" + strings.Join(roles, ", ") + ")"
}

// unvoiced folds the voiced consonants of a name's key into their
// voiceless pairs, as romanisations of one name differ ("Gurbanguly",
// "Kurbanguly"), and reads an opening "ye" as "e", the two romanisations
// of the Cyrillic letter ("Yerlan", "Erlan"; "Yevgeny", "Evgeny").
func unvoiced(key string) string {
	for _, ye := range []string{"ye", "ie"} { // keys write y as i
		if rest, ok := strings.CutPrefix(key, ye); ok && rest != "" {
			key = "e" + rest
		}
	}
	return voiceless(key)
}

var voiceless = strings.NewReplacer("g", "k", "d", "t", "b", "p", "v", "f", "z", "s").Replace

// sameStart reports whether two given names (keys) of five letters or
// more begin with the same four.
func sameStart(a, b string) bool {
	return len(a) >= 5 && len(b) >= 5 && a[:4] == b[:4]
}

// singleOffices are the role words of an office one person holds at a
// time in a place: two given names under one of them and one surname are
// one holder's.
// They are keyed as rolesBefore keys roles ("sheriff" is "sherif").
var singleOffices = func() map[string]bool {
	m := map[string]bool{chiefExecutive: true}
	for _, w := range []string{"president", "governor", "mayor", "chancellor", "premier", "prime", "king", "queen",
		"pope", "sheriff", "speaker", "superintendent", "chairman", "chairwoman"} {
		m[wordKey(w)] = true
	}
	return m
}()

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
		start := len(roles)
		for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
			w := strings.Trim(before[k], "\"“”‘’,(")
			// A role of a thing: "his chief of staff, Darcy Lindqvist",
			// "Secretary of State Antony Blinken".
			if k >= 2 && k == len(before)-1 && strings.EqualFold(before[k-1], "of") && !entities.IsRole(w) {
				head := strings.Trim(before[k-2], "\"“”‘’,(")
				if entities.IsRole(head) {
					roles = append(roles, wordKey(head)+" of "+wordKey(w))
				}
				break
			}
			if !entities.IsRole(w) {
				break
			}
			roles = append(roles, wordKey(w))
		}
		// "Green Forward leader Rasmus Kõiv", "Acme chairman Jo Ode": the
		// role of a named body, which one person holds at a time.
		if n := len(roles) - start; n > 0 && !strings.Contains(roles[len(roles)-1], " of ") {
			if body := bodyBefore(before[:len(before)-n]); body != "" {
				roles = append(roles, wordKey(strings.Trim(before[len(before)-1], "\"“”‘’,("))+" of "+body)
			}
		}
		roles = withChiefExecutive(roles, start)
	}
	return roles, found
}

// withChiefExecutive adds chiefExecutive to roles when the roles from
// start name it: "CEO" and "chief executive" are one company's one
// office.
func withChiefExecutive(roles []string, start int) []string {
	rs := roles[start:]
	if slices.Contains(rs, wordKey("ceo")) || slices.Contains(rs, wordKey("chief")) && slices.Contains(rs, wordKey("executive")) {
		return append(roles, chiefExecutive)
	}
	return roles
}

// maxAppositiveRole bounds the words of a phrase set off by commas after a
// name that tells its bearer's role.
const maxAppositiveRole = 6

// rolesAfter returns the keys of the role words that end a phrase set off
// by a comma after a name: "Kenji Morimoto, Hoshida's chief executive,"
// holds the role "chief executive", "Tomás Gallegos, the state engineer,"
// the role "engineer"; "Ana Ruiz, a former aide to the mayor," none, as a
// role held before or of someone else is not the bearer's.
func rolesAfter(text, name string) []string {
	var roles []string
	for off := 0; ; {
		i := strings.Index(text[off:], name)
		if i < 0 {
			break
		}
		off = i + off + len(name)
		rest, ok := strings.CutPrefix(text[off:], ", ")
		if !ok {
			continue
		}
		end := strings.IndexAny(rest, ",.;:()")
		if end < 0 {
			continue
		}
		ws := strings.Fields(rest[:end])
		// "CEO of Meridian Logistics": the role of a named body.
		// "a spokesman for the commission", "a professor at the
		// university": the role of a body named by a common noun.
		for k := len(ws) - 2; k >= 1; k-- {
			if ws[k] == "of" && !slices.ContainsFunc(ws[k+1:], func(w string) bool { return !isCapitalised(w) }) ||
				(ws[k] == "for" || ws[k] == "at") && entities.IsRole(ws[k-1]) {
				ws = ws[:k]
				break
			}
		}
		if len(ws) == 0 || len(ws) > maxAppositiveRole {
			continue
		}
		k := len(ws)
		for k > 0 && entities.IsRole(ws[k-1]) {
			k--
		}
		if k == len(ws) || k > 0 && passingRoles[strings.ToLower(ws[k-1])] {
			continue
		}
		start := len(roles)
		for _, w := range ws[k:] {
			roles = append(roles, wordKey(w))
		}
		roles = withChiefExecutive(roles, start)
	}
	return roles
}

// bodyBefore returns the name of a body that ends ws, folded ("Green
// Forward", "Acme"): one to three capitalised words that are no role,
// after no word that makes the role a past or passing one ("former
// Labour leader"). It returns "" when ws ends otherwise.
func bodyBefore(ws []string) string {
	var body []string
	k := len(ws) - 1
	for ; k >= 0 && len(body) < 3; k-- {
		w := strings.TrimSuffix(strings.TrimSuffix(ws[k], "'s"), "’s")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || !isLettersOnly(w) || textproc.IsStopword(strings.ToLower(w)) || entities.IsRole(w) || calendarNames[strings.ToLower(w)] {
			break
		}
		body = append(body, textproc.Fold(w))
		if w != ws[k] {
			k--
			break // a possessive opens the name
		}
	}
	if len(body) == 0 || k >= 0 && passingRoles[strings.ToLower(strings.Trim(ws[k], "\"“”‘’,("))] {
		return ""
	}
	slices.Reverse(body)
	return strings.Join(body, " ")
}

// bodyOffice reports whether a role key is an office of a named body
// (bodyBefore) that one person holds at a time.
func bodyOffice(r string) bool {
	head, _, ok := strings.Cut(r, " of ")
	return ok && bodyOffices[head]
}

// passingRoles make a role that follows them one its holder no longer,
// or not yet, or only for a time holds.
var passingRoles = map[string]bool{"former": true, "ex": true, "then": true, "late": true, "acting": true, "interim": true, "incoming": true, "outgoing": true, "deputy": true, "vice": true, "assistant": true}

// bodyOffices are the roles of a body that one person holds at a time:
// "Green Forward leader", "Acme chairman".
// They are keyed as rolesBefore keys roles ("chairwoman" is
// "chairvoman").
var bodyOffices = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"leader", "chairman", "chairwoman", "chair", "president", "ceo", "director", "head", "coach",
		"secretary-general", "speaker", "governor", "mayor"} {
		m[wordKey(w)] = true
	}
	return m
}()

// chiefExecutive is the role key of a company's chief executive, however
// written ("CEO", "chief executive").
const chiefExecutive = "chief executive"

// lastWord returns the last run of word characters of a name of two
// words or more. A sentence holds the name, as rolesBefore finds it, only
// where that run is one of its own runs of word characters: the name's
// last run is preceded in the name by a space or another character that
// is not a word's, and rolesBefore wants no word character after it.
func lastWord(name string) string {
	ws := textproc.Words(name)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// calendarWords are capitalised words that are no names of people or
// places, and whose near spellings ("Tuesday", "Thursday") are dates.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// inflections are the endings by which two words of one stem differ
// ("Democrats", "Democratic"; "Iraq", "Iraqi"), not spellings of one name.
var inflections = map[string]bool{
	"": true, "s": true, "es": true, "ic": true, "ics": true, "an": true, "ans": true, "ian": true, "ians": true,
	"n": true, "ns": true, "ese": true, "ish": true, "i": true, "is": true, "ism": true, "ist": true, "ists": true,
	"ern": true, "e": true, "er": true, "ers": true, "ed": true, "ing": true, "al": true, "y": true, "ies": true,
	"a": true, "um": true,
	// Nouns of one verb: "Administration", "Administrator".
	"ion": true, "ions": true, "or": true, "ors": true, "ive": true, "ives": true,
	// "Legislative", "Legislature".
	"ure": true, "ures": true,
}

// minNameLen is the length of the shortest name whose spellings are
// compared: one letter of four changed is as often another name ("Ball",
// "Bill").
const minNameLen = 5

// minSharedContext is how many content words the sentences of two forms
// must share, names aside, to tell of one happening.
const minSharedContext = 3

// nameOccurrence is a capitalised word where it stands.
type nameOccurrence struct {
	article    int
	sentence   int
	prev, next string // the capitalised words beside it, folded, or ""
}

// spellingVariants reports capitalised words that some articles write one
// way and others another, near enough to be one name misspelt ("Cowen",
// "Cowan"; "Norwalk", "Norfolk"), however often each form occurs and
// whether or not it names a person the entities know: forms that stand
// beside the same name ("Brian Cowen", "Brian Cowan") or in sentences
// that tell of one happening. Transliterations, inflections
// ("Democrats", "Democratic") and calendar words raise nothing; but a
// doubled letter ("Paris Island", "Parris Island") does in the name of a
// place that a place word ends.
func spellingVariants(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	type form struct {
		text     string
		occ      []nameOccurrence
		articles map[int]bool
	}
	forms := map[string]*form{}
	var order []string
	sents := make([][]string, len(arts))
	for ai := range arts {
		sents[ai] = sentencesOf(m, &arts[ai])
		for _, c := range memo.Get(m, "discrepancy.capitals", arts[ai].Text, func() []capitalWord { return capitals(sents[ai]) }) {
			w := c.text
			f := forms[w]
			if f == nil {
				f = &form{text: w, articles: map[int]bool{}}
				forms[w] = f
				order = append(order, w)
			}
			f.articles[ai] = true
			f.occ = append(f.occ, nameOccurrence{article: ai, sentence: c.sentence, prev: c.prev, next: c.next})
		}
	}
	sort.Strings(order)
	// byInitial keeps the comparison to forms that start alike.
	// A hard c and a k sound alike ("Carl", "Karl"), and so start alike.
	folded := make(map[string]string, len(order))
	for _, w := range order {
		folded[w] = textproc.Fold(w)
	}
	initial := func(w string) rune {
		r, _ := utf8.DecodeRuneInString(folded[w])
		if r == 'K' {
			r = 'C'
		}
		return r
	}
	byInitial := map[rune][]string{}
	for _, w := range order {
		r := initial(w)
		byInitial[r] = append(byInitial[r], w)
	}
	// only reports whether x has an article that y has not.
	only := func(x, y *form) bool {
		for i := range x.articles {
			if !y.articles[i] {
				return true
			}
		}
		return false
	}
	apart := func(x, y *form) bool { return only(x, y) && only(y, x) }
	ctx := &sentenceWords{sents: sents, words: map[[2]int]map[string]bool{}}
	reported := map[string][]string{} // folded form -> the forms it was reported against
	var out []crosscheck.Discrepancy
	for _, w := range order {
		for _, v := range byInitial[initial(w)] {
			if v <= w {
				continue
			}
			x, y := forms[w], forms[v]
			fx, fy := folded[w], folded[v]
			// Roles and bodies are words, not names ("Minister",
			// "Ministry").
			// "Krüger" written out is "Krueger".
			if entities.IsRole(w) || entities.IsRole(v) || bodyHeads[strings.ToLower(fx)] != "" || bodyHeads[strings.ToLower(fy)] != "" || umlautPair(w, v) {
				continue
			}
			if d := len(fx) - len(fy); d > 2 || d < -2 || !apart(x, y) || !entities.NearSpelling(fx, fy) ||
				inflected(fx, fy) && !givenNamed(x.occ, y.occ) || compound(w, v) || vowelKey(w) == vowelKey(v) && !samePlace(x.occ, y.occ) && !latinNamed(x.occ, y.occ) && !latinGivenBefore(w, v, x.occ, y.occ) || !sameReferent(x.occ, y.occ, ctx, fx, fy) ||
				romanisedVowels(strings.ToLower(fx), strings.ToLower(fy)) ||
				demonymForm(strings.ToLower(fx), strings.ToLower(fy), y.occ) || demonymForm(strings.ToLower(fy), strings.ToLower(fx), x.occ) {
				continue
			}
			// One misspelling near two inflections of a word
			// ("Repubican": "Republican", "Republicans") is one
			// discrepancy.
			if reportedNear(reported, fx, fy) || reportedNear(reported, fy, fx) {
				continue
			}
			reported[fx] = append(reported[fx], fy)
			reported[fy] = append(reported[fy], fx)
			vs := []crosscheck.Cited{
				{Text: w, Articles: articleIDs(arts, x.articles)},
				{Text: v, Articles: articleIDs(arts, y.articles)},
			}
			sort.SliceStable(vs, func(i, j int) bool { return len(vs[i].Articles) > len(vs[j].Articles) })
			out = append(out, crosscheck.Discrepancy{
				Kind:     crosscheck.NameDiscrepancy,
				About:    "Spelling of a name: “" + vs[0].Text + "” or “" + vs[1].Text + "”",
				Variants: vs,
			})
		}
	}
	return out
}

// demonymForm reports whether adj is the adjective of the people of the
// country named country, and written only before a word in lower case
// ("Argentine filmmaker" beside "Argentina's"; "Kenyan runner" beside
// "Kenya"): one place, not a name misspelt. "Christine Lagarde" beside
// "Christina" is a name, which a capitalised word follows.
func demonymForm(country, adj string, occ []nameOccurrence) bool {
	if !strings.HasSuffix(country, "a") || adj != country+"n" && adj != country[:len(country)-1]+"e" {
		return false
	}
	for _, o := range occ {
		if o.next != "" {
			return false
		}
	}
	return len(occ) > 0
}

// compound reports whether one word is the other with a capitalised part
// added at its end ("Active", "ActiveX"; "Play", "PlayStation"): another
// name built on it, not a misspelling.
func compound(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if !strings.HasPrefix(b, a) || len(b) == len(a) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b[len(a):])
	return unicode.IsUpper(r)
}

// samePlace reports whether two forms stand before one word that ends the
// names of places ("Paris Island", "Parris Island"): the name of a place
// so named is its local spelling, which no transliteration varies, so
// forms that vowelKey takes as one are two spellings after all.
func samePlace(x, y []nameOccurrence) bool {
	return besideBoth(x, y, func(o nameOccurrence) string { return o.next }, func(w string) bool {
		return entities.IsPlaceWord(w) || entities.IsOrgWord(w) || companyWords[strings.ToLower(w)]
	})
}

// companyWords end the names of companies and other bodies, which are
// spelt as registered, not romanised ("Marvell Biologics", "Marvill
// Health").
var companyWords = map[string]bool{
	"health": true, "biologics": true, "pharmaceuticals": true, "pharma": true, "therapeutics": true, "foods": true,
	"produce": true, "energy": true, "motors": true, "systems": true, "technologies": true, "labs": true,
	"airlines": true, "airways": true, "capital": true, "partners": true, "holdings": true, "industries": true,
	"media": true, "logistics": true, "construction": true, "mining": true, "resources": true, "solutions": true,
}

// latinNamed reports whether two forms of a surname follow one given name
// of a language written in the Latin alphabet ("Janet Pruszynski", "Janet
// Pruszinski"): such a surname is not romanised, so forms that vowelKey
// takes as one are two spellings after all.
func latinNamed(x, y []nameOccurrence) bool {
	return besideBoth(x, y, func(o nameOccurrence) string { return o.prev }, entities.LatinGiven)
}

// latinGivenBefore reports whether two forms are given names of one
// surname, one of them a given name of a language written in the Latin
// alphabet ("Brian Wekesa", "Bryan Wekesa"): such a name is not
// romanised, so forms that vowelKey takes as one are two spellings.
func latinGivenBefore(w, v string, x, y []nameOccurrence) bool {
	return (entities.LatinGiven(w) || entities.LatinGiven(v)) &&
		besideBoth(x, y, func(o nameOccurrence) string { return o.next }, func(s string) bool { return s != "" })
}

// givenNamed reports whether two forms follow one given name of the table
// ("Maria Castellanos", "Maria Castellano"): a surname, which has no
// plural, so an "s" more is a misspelling, not an inflection. Each of
// their occurrences must follow a capitalised word and end the name, as a
// surname's do and a word's ("Democrat", "Democrats"; "Christian
// Democrats", "Christian Democratic Union") do not.
func givenNamed(x, y []nameOccurrence) bool {
	named := func(o nameOccurrence) bool { return o.prev != "" && o.next == "" }
	return !slices.ContainsFunc(x, func(o nameOccurrence) bool { return !named(o) }) &&
		!slices.ContainsFunc(y, func(o nameOccurrence) bool { return !named(o) }) &&
		besideBoth(x, y, func(o nameOccurrence) string { return o.prev }, entities.IsGiven)
}

// besideBoth reports whether a word that keep accepts stands on one side
// (beside) of an occurrence of each form.
func besideBoth(x, y []nameOccurrence, beside func(nameOccurrence) string, keep func(string) bool) bool {
	for _, a := range x {
		w := beside(a)
		if w == "" || !keep(w) {
			continue
		}
		for _, b := range y {
			if beside(b) == w {
				return true
			}
		}
	}
	return false
}

// vowelKey is the key of a name under which its transliterations and
// British and American spellings compare equal: entities.NameKey of
// spellingKey, with o and u, kh, q and k, and sh and s also taken as one
// ("Muammar", "Moammar"; "Askhar", "Askar"; "Saqqara", "Sakkara";
// "Barishal", "Barisal"; "Centre", "Center").
var transliterations = strings.NewReplacer("kh", "k", "q", "k", "sh", "s")

func vowelKey(w string) string {
	k := entities.NameKey(transliterations.Replace(spellingKey(entities.RomanForm(textproc.Fold(w)))))
	return strings.ReplaceAll(k, "o", "u")
}

// reportedNear reports whether a was reported against an inflection of b.
func reportedNear(reported map[string][]string, a, b string) bool {
	for _, o := range reported[a] {
		if inflected(o, b) {
			return true
		}
	}
	return false
}

// isCapitalised reports whether a word starts with a capital and is not
// written all in capitals (an initialism).
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToUpper(w) != w
}

// inflected reports whether two folded words are one stem with different
// endings of inflections.
func inflected(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if strings.HasSuffix(a, "man") && strings.HasSuffix(b, "men") || strings.HasSuffix(a, "men") && strings.HasSuffix(b, "man") {
		// "Woman", "Women"; "Congressman", "Congressmen": words of a
		// person's role or kind. A name that ends so ("Rahman",
		// "Rahmen") has no plural.
		one := a
		if strings.HasSuffix(b, "man") {
			one = b
		}
		return a[:len(a)-3] == b[:len(b)-3] && (manNouns[one] || entities.IsRole(one))
	}
	ea, eb := a[n:], b[n:]
	// Endings of one length that differ in their first letter, two
	// vowels, are one ending misspelt ("Mattis", "Mattes"; "Governer",
	// "Governor"), not two inflections.
	if len(ea) == len(eb) && ea != "" && ea[1:] == eb[1:] && isVowel(ea[0]) && isVowel(eb[0]) {
		return false
	}
	return inflections[ea] && inflections[eb]
}

// manNouns are the nouns of people in "-man" that are no roles: their
// plurals in "-men" are inflections.
var manNouns = map[string]bool{
	"woman": true, "gunman": true, "fireman": true, "policeman": true, "fisherman": true, "lineman": true,
	"freshman": true, "cameraman": true, "foreman": true, "layman": true, "serviceman": true,
	"sportsman": true, "workman": true, "countryman": true, "madman": true, "marksman": true,
	"nobleman": true, "ombudsman": true, "salesman": true, "patrolman": true, "clergyman": true,
	"airman": true, "seaman": true, "batsman": true, "midshipman": true, "frontman": true,
	"anchorman": true, "weatherman": true, "postman": true, "militiaman": true, "tribesman": true,
	"kinsman": true, "horseman": true, "yeoman": true, "statesman": true, "henchman": true,
	"journeyman": true, "committeeman": true, "businesswoman": true, "craftsman": true, "doorman": true,
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// sameReferent reports whether two forms, by their occurrences, name one
// thing: beside the same name on the same side, or in sentences that
// share minSharedContext content words besides the forms themselves.
func sameReferent(x, y []nameOccurrence, ctx *sentenceWords, fx, fy string) bool {
	// Given names before one surname that differ in a gendered ending are
	// often two people ("Mario Lopez", "Maria Lopez"); "Arlene" and
	// "Arleen" are one name spelt two ways.
	if entities.GenderedPair(strings.ToLower(fx), strings.ToLower(fy)) {
		for _, a := range x {
			for _, b := range y {
				if a.next != "" && a.next == b.next {
					return false
				}
			}
		}
	}
	for _, a := range x {
		for _, b := range y {
			if a.prev != "" && a.prev == b.prev || a.next != "" && a.next == b.next {
				return true
			}
			n := 0
			bw := ctx.of(b)
			for w := range ctx.of(a) {
				if w != fx && w != fy && bw[w] {
					n++
				}
			}
			if n >= minSharedContext {
				return true
			}
		}
	}
	return false
}

// sentenceWords gives the content words of the sentences of a story,
// read when first needed.
type sentenceWords struct {
	sents [][]string
	words map[[2]int]map[string]bool
}

// of returns the folded content words of the sentence of o.
func (c *sentenceWords) of(o nameOccurrence) map[string]bool {
	k := [2]int{o.article, o.sentence}
	if ws, ok := c.words[k]; ok {
		return ws
	}
	ws := map[string]bool{}
	for _, w := range textproc.FoldedWords(c.sents[o.article][o.sentence]) {
		if !textproc.IsStopword(w) {
			ws[w] = true
		}
	}
	c.words[k] = ws
	return ws
}

func articleIDs(arts []crosscheck.Article, idx map[int]bool) []string {
	var out []string
	for i := range idx {
		out = append(out, arts[i].ID)
	}
	sort.Strings(out)
	return out
}

// capitalWord is a capitalised word inside a sentence of an article, with
// the capitalised words on either side of it, folded ("" for none).
type capitalWord struct {
	text       string
	sentence   int
	prev, next string
}

// capitals returns the capitalised words of sents that may be names, in
// order.
func capitals(sents []string) []capitalWord {
	var out []capitalWord
	for si, s := range sents {
		ws := textproc.Words(s)
		capital := func(k int) string {
			if k < 0 || k >= len(ws) || !isCapitalised(ws[k]) {
				return ""
			}
			return textproc.Fold(ws[k])
		}
		for k, w := range ws {
			// A capital at the start of a sentence says nothing, unless
			// another follows it ("Marvell Health said").
			if k == 0 && (capital(1) == "" || textproc.IsStopword(strings.ToLower(w))) || !isCapitalised(w) || len([]rune(w)) < minNameLen || calendarWords[textproc.Fold(w)] {
				continue
			}
			out = append(out, capitalWord{text: w, sentence: si, prev: capital(k - 1), next: capital(k + 1)})
		}
	}
	return out
}
