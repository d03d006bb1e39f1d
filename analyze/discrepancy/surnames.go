package discrepancy

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// Two people of one given name and one role whose surnames are an edit or
// two apart ("Judge Cornelius Ashdown", "U.S. District Judge Cornelius
// Ashton"), each named by articles that never name the other, are one
// person whose surname one of them misspells. Package entities keeps them
// apart, as it must keep "Ashdown" and "Ashton" apart in general.

// maxSurnameEdits is how far apart two such surnames may be;
// maxRoleArticles bounds the articles read for a person's role, so that a
// big story's misspellings cost the same as a small one's.
const (
	maxSurnameEdits = 2
	maxRoleArticles = 8
	// maxOfGiven bounds the people of one given name compared, pair by
	// pair.
	maxOfGiven = 64
)

// surnameDiscrepancies reports one person named with two near surnames.
func surnameDiscrepancies(arts []crosscheck.Article, ents []crosscheck.Entity, m *memo.Memo) []crosscheck.Discrepancy {
	type person struct {
		e       crosscheck.Entity
		surname string
		// middle is the middle of three names, folded ("Ximena Ortiz
		// Ruiz": "ortiz"), or "" (two names, or an initial).
		middle   string
		roles    map[string]bool
		contexts []map[string]bool // the content words of each sentence naming the person in full
		ages     map[string]bool   // the ages set off by commas after the full name ("Damien Roark, 24,")
	}
	byGiven := map[string][]*person{}
	var givens []string
	for _, e := range ents {
		b := entities.WithoutSuffix(strings.Fields(entities.Bare(e.Name)))
		if e.Kind != crosscheck.Person || len(b) < 2 || len([]rune(strings.TrimSuffix(b[0], "."))) < 3 {
			continue
		}
		g := entities.NameKey(b[0])
		if byGiven[g] == nil {
			givens = append(givens, g)
		}
		if len(byGiven[g]) < maxOfGiven {
			p := &person{e: e, surname: textproc.Fold(b[len(b)-1])}
			if len(b) == 3 && len([]rune(strings.TrimSuffix(b[1], "."))) >= 3 {
				p.middle = textproc.Fold(b[1])
			}
			byGiven[g] = append(byGiven[g], p)
		}
	}
	index := articleIndex(arts)
	rolesOf := func(p *person) map[string]bool {
		if p.roles != nil {
			return p.roles
		}
		p.roles = map[string]bool{}
		p.ages = map[string]bool{}
		// A person's role is told alike by the articles that name them:
		// the first few tell it.
		for _, id := range p.e.Articles[:min(len(p.e.Articles), maxRoleArticles)] {
			i, ok := index[id]
			if !ok {
				continue
			}
			for _, s := range sentencesOf(m, &arts[i]) {
				for _, v := range p.e.Variants {
					if full := entities.Bare(v); len(strings.Fields(full)) >= 2 && strings.Contains(s, full) {
						rs, _ := rolesBefore(s, full)
						for _, r := range append(rs, rolesAfter(s, full)...) {
							p.roles[r] = true
							// "the governor of Boyacá" holds the office
							// "Gov." names.
							if head, _, ok := strings.Cut(r, " of "); ok {
								p.roles[head] = true
							}
						}
						if age := ageAfter(s, full); age != "" {
							p.ages[age] = true
						}
						if len(p.contexts) < maxRoleArticles {
							p.contexts = append(p.contexts, toSet(textproc.ContentWords(s)))
						}
					}
				}
			}
		}
		return p.roles
	}
	sameAge := func(p, q *person) bool {
		rolesOf(p)
		rolesOf(q)
		return overlap(p.ages, q.ages) > 0
	}
	sameDeeds := func(p, q *person) bool {
		rolesOf(p)
		rolesOf(q)
		return sameDeedsOf(p.contexts, q.contexts, sameDeedWords, p.e.Name, q.e.Name)
	}
	var out []crosscheck.Discrepancy
	for _, g := range givens {
		ps := byGiven[g]
		for i, p := range ps {
			for _, q := range ps[i+1:] {
				a, b := p.surname, q.surname
				if a == b && p.middle != "" && q.middle != "" && p.middle != q.middle && vowelKey(p.middle) != vowelKey(q.middle) && !intersects(p.e.Articles, q.e.Articles) {
					// One given name and one surname, and two middles
					// ("Ximena Ortiz Ruiz", "Ximena Ortega Ruiz";
					// "Mohammad Rafiqul Islam", "Mohammad Shafiqul
					// Islam"): one person when their role or deeds are
					// told alike. Middles that differ in their vowels
					// alone may be romanised two ways ("Kim Jong Un",
					// "Kim Jung Un").
					rolesOf(p)
					rolesOf(q)
					if overlap(p.roles, q.roles) > 0 || sameDeedsOf(p.contexts, q.contexts, minEventWords, p.e.Name, q.e.Name) {
						out = append(out, twoNames(p.e, q.e, withRoles("Middle name of "+p.e.Name, slices.Sorted(maps.Keys(p.roles)))))
					}
					continue
				}
				if a == b || intersects(p.e.Articles, q.e.Articles) {
					continue
				}
				// The story's only two bearers of a given name, each
				// named by articles that never name the other, in one
				// role and told doing the same ("the county's
				// emergency management director, Karen Doll, said",
				// "Karen Dahl, the county's emergency management
				// director, said"), are one person the articles name
				// two ways, however far apart the surnames.
				if len(ps) == 2 && len([]rune(g)) >= 3 && !romanisedPair(a, b) && !romanisedTwoWays(p.e.Name, q.e.Name) && !namesOfOneStart(p.e.Name, q.e.Name) &&
					overlap(rolesOf(p), rolesOf(q)) > 0 && sameDeedsOf(p.contexts, q.contexts, oneHolderNeed(p.roles, q.roles), p.e.Name, q.e.Name) {
					out = append(out, twoNames(p.e, q.e, withRoles("Surname of "+strings.Fields(entities.Bare(p.e.Name))[0], slices.Sorted(maps.Keys(p.roles)))))
					continue
				}
				if len(a) < 5 || len(b) < 5 {
					continue
				}
				// "Kim Seong-hoon", "Kim Sung-hoon": a given name of
				// hyphened syllables, told after the family name, is
				// romanised more ways than a surname is misspelled.
				if romanisedTwoWays(p.e.Name, q.e.Name) {
					continue
				}
				if a[0] != b[0] {
					// Surnames that differ in their first letters but
					// end alike, two edits apart ("Interior Minister
					// Víctor Huamán", "Interior Minister Víctor Guzmán";
					// "the ferry's captain, Abdul Malek", "the ferry's
					// captain, Abdul Khalek"), told with one role and the
					// same deeds, are one person's.
					if entities.EditDistance(a, b) <= maxSurnameEdits && sameEnding(a, b) && overlap(rolesOf(p), rolesOf(q)) > 0 &&
						sameDeedsOf(p.contexts, q.contexts, minEventWords, p.e.Name, q.e.Name) {
						out = append(out, twoNames(p.e, q.e, withRoles("Surname of "+strings.Fields(entities.Bare(p.e.Name))[0], slices.Sorted(maps.Keys(p.roles)))))
					}
					continue
				}
				// Surnames an edit or two apart need one role or the
				// same deeds; surnames of one stem ("Alvarado",
				// "Alvarez") the same deeds.
				edits := entities.EditDistance(a, b)
				switch {
				case edits <= maxSurnameEdits+1 && a[:2] == b[:2] && sameAge(p, q):
					// One given name and one age ("Damien Roark, 24",
					// "Damien Rourke, 24"; "Marcus Ellery, 44", "Marcus
					// Elroy, 44") are one person.
				case edits <= maxSurnameEdits+1 && a[:3] == b[:3] && overlap(rolesOf(p), rolesOf(q)) > 0:
					// So are one given name and one role, surnames
					// beginning alike ("Deputy Secretary Patricia Nunley",
					// "Deputy Secretary Patricia Nunnelly").
				case edits <= maxSurnameEdits+2 && a[:4] == b[:4] && overlap(rolesOf(p), rolesOf(q)) > 0:
					// And surnames beginning with the same four letters
					// ("State Engineer Tomas Gallardo", "state engineer,
					// Tomás Gallegos").
				case edits <= maxSurnameEdits+2 && a[:3] == b[:3] && overlap(rolesOf(p), rolesOf(q)) > 0 &&
					sameDeedsOf(p.contexts, q.contexts, minEventWords, p.e.Name, q.e.Name):
					// So are one given name, one role and one deed,
					// surnames beginning with the same three letters
					// ("Orlandi's agent, Rui Casimiro, was in Lisbon and
					// Birmingham over the final 48 hours", "Orlandi's
					// agent, Rui Cassiano, spent the final two days
					// shuttling between Lisbon and Birmingham").
				case edits <= maxSurnameEdits+1 && a[:4] == b[:4] && len(a) >= 7 && len(b) >= 7 && sameDeeds(p, q):
					// So are one given name and the same deeds, surnames
					// of seven letters or more beginning with the same
					// four ("Marc-André Thibodeau", "Marc-André
					// Thibeaudeau", each "resigned from the cabinet on
					// Monday"): a vowel sound spelt two ways.
				case edits <= maxSurnameEdits:
					if overlap(rolesOf(p), rolesOf(q)) == 0 && !sameDeedsOf(p.contexts, q.contexts, minEventWords, p.e.Name, q.e.Name) {
						continue
					}
				case surnameStem(a, b):
					rolesOf(p)
					rolesOf(q)
					if !sameDeedsOf(p.contexts, q.contexts, minEventWords, p.e.Name, q.e.Name) {
						continue
					}
				default:
					continue
				}
				out = append(out, twoNames(p.e, q.e, withRoles("Surname of "+strings.Fields(entities.Bare(p.e.Name))[0], slices.Sorted(maps.Keys(p.roles)))))
			}
		}
	}
	return out
}

// twoNames is a name discrepancy between two people's names as written,
// each cited to the articles that name it.
func twoNames(p, q crosscheck.Entity, about string) crosscheck.Discrepancy {
	vs := []crosscheck.Cited{
		{Text: p.Name, Articles: sorted(p.Articles)},
		{Text: q.Name, Articles: sorted(q.Articles)},
	}
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].Text < vs[j].Text })
	return crosscheck.Discrepancy{Kind: crosscheck.NameDiscrepancy, About: about, Variants: vs}
}

// namesOfOneStart reports whether the shorter of two names is the start
// of the longer, word by word, each word the same but for one letter or
// romanised two ways ("Sawarmi Khalid", "Sawarmi Khaled Saad"): one name
// with a part left off.
func namesOfOneStart(a, b string) bool {
	wa, wb := strings.Fields(entities.Bare(a)), strings.Fields(entities.Bare(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == len(wb) {
		return false
	}
	for i, w := range wa {
		x, y := strings.ToLower(textproc.Fold(w)), strings.ToLower(textproc.Fold(wb[i]))
		if x != y && entities.EditDistance(x, y) > 1 && !romanisedPair(x, y) {
			return false
		}
	}
	return true
}

// oneHolderNeed returns how many words of what they did two people of one
// given name and the roles given must share to be one person: one, when
// a role they share is an office one person holds at a time ("the
// governor of Boyacá", "Boyacá Gov."), as roleDiscrepancies asks of two
// given names; else minEventWords.
func oneHolderNeed(a, b map[string]bool) int {
	for r := range a {
		if b[r] && (singleOffices[r] || bodyOffice(r)) {
			return 1
		}
	}
	return minEventWords
}

// romanisedPair reports whether two surnames (folded) may be one name
// romanised two ways: of one consonantKey, one of them with an Arabic
// article or a look of romanisation ("el-Sharkawy", "al-Sharqawi").
func romanisedPair(a, b string) bool {
	look := func(s string) bool {
		s = strings.ToLower(s)
		return romanisedLook(s) || strings.HasPrefix(s, "al-") || strings.HasPrefix(s, "el-")
	}
	return consonantKey(a) == consonantKey(b) && (look(a) || look(b))
}

// consonantKey returns the consonants of a surname (folded) as
// romanisations of one name keep them: without an Arabic article
// ("el-Sharkawy", "al-Sharqawi"), vowels, "h", "w" and "y", with "q" and
// "c" read as "k" and a doubled letter once. Two surnames of one key may
// be one name romanised two ways.
func consonantKey(s string) string {
	s = strings.ToLower(s)
	for _, a := range []string{"al-", "el-", "al ", "el "} {
		s = strings.TrimPrefix(s, a)
	}
	var b strings.Builder
	var last rune
	for _, r := range s {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'h', 'w', 'y', '-', '\'', ' ':
			continue
		case 'q', 'c':
			r = 'k'
		}
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// sameEnding reports whether two surnames (folded) end with the same
// three letters.
func sameEnding(a, b string) bool {
	return len(a) >= 3 && len(b) >= 3 && a[len(a)-3:] == b[len(b)-3:]
}

// surnameStem reports whether two surnames (folded) of six letters or more
// begin with the same five: one stem with other endings.
func surnameStem(a, b string) bool {
	return len(a) >= 6 && len(b) >= 6 && a[:5] == b[:5]
}

// sameDeedsOf reports whether some sentence of one person and some of the
// other say the same thing, their names and role words aside: need
// content words in common.
func sameDeedsOf(xs, ys []map[string]bool, need int, names ...string) bool {
	skip := map[string]bool{}
	for _, n := range names {
		for _, w := range textproc.ContentWords(n) {
			skip[w] = true
		}
	}
	for _, x := range xs {
		for _, y := range ys {
			n := 0
			for w := range x {
				if y[w] && !skip[w] && !entities.IsRole(w) {
					n++
				}
			}
			if n >= need {
				return true
			}
		}
	}
	return false
}

// ageAfter returns the age set off by commas right after a name in a
// sentence ("Damien Roark, 24, of Akron"), or "".
func ageAfter(s, name string) string {
	i := strings.Index(s, name)
	if i < 0 {
		return ""
	}
	rest, ok := strings.CutPrefix(s[i+len(name):], ", ")
	if !ok {
		return ""
	}
	n := 0
	for n < len(rest) && n < 3 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 0 || n < len(rest) && rest[n] != ',' && rest[n] != '.' && rest[n] != ';' && rest[n] != ')' {
		return ""
	}
	return rest[:n]
}
