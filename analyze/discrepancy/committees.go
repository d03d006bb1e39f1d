package discrepancy

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A lawmaker chairs one committee of a chamber at a time. Two reports
// that give one person the chair of two committees ("Rep. Gerald
// Whitcomb, R-Kan., chairman of the House Appropriations Committee",
// "Rep. Gerald Whitcomb (R-Kan.), chairman of the House Budget
// Committee"), where neither names both committees of the person,
// disagree on the post.

// chairOf matches the chair of a named committee, told after the name:
// "chairman of the House Appropriations Committee"; compiled on first
// use.
var chairOf = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:chairman|chairwoman|chair|chairperson|ranking member) of the ((?:\p{Lu}[\p{L}'’-]+ (?:and |on |of )?){1,5}Committee)\b`)
})

// chairBefore matches the chair of a named committee told before the
// name: "House Budget Committee Chairman Gerald Whitcomb".
var chairBefore = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b((?:\p{Lu}[\p{L}'’-]+ (?:and |on |of )?){1,5}Committee) (?:Chairman|Chairwoman|Chair|Chairperson|Ranking Member) `)
})

// committeeWords are the words of a committee's name that tell no
// committee from another.
var committeeWords = map[string]bool{
	"house": true, "senate": true, "joint": true, "select": true, "standing": true, "permanent": true,
	"committee": true, "on": true, "of": true, "and": true, "the": true,
}

// maxChairSentences bounds the sentences of one article read for chairs.
const maxChairSentences = 256

// chaired is a committee an article gives a person the chair of.
type chaired struct {
	key  string // the committee's telling words, folded and sorted
	text string // the phrase as written
}

// committeeKey returns the telling words of a committee's name.
func committeeKey(name string) string {
	var ws []string
	for _, w := range textproc.FoldedWords(name) {
		if !committeeWords[w] {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	return strings.Join(slices.Compact(ws), " ")
}

// chairsOf returns the committee chairs a sentence gives, as written.
func chairsOf(s string) []chaired {
	if !strings.Contains(s, "Committee") {
		return nil
	}
	var out []chaired
	for _, re := range []*regexp.Regexp{chairOf(), chairBefore()} {
		for _, m := range re.FindAllStringSubmatch(s, 4) {
			if k := committeeKey(m[1]); k != "" {
				out = append(out, chaired{key: k, text: strings.TrimSpace(m[0])})
			}
		}
	}
	return out
}

// committeeDiscrepancies reports a person whom two reports give the chair
// of two committees.
func committeeDiscrepancies(arts []crosscheck.Article, ents []crosscheck.Entity, m *memo.Memo) []crosscheck.Discrepancy {
	type person struct {
		name  string
		forms []string
	}
	var people []person
	for _, e := range ents {
		if e.Kind != crosscheck.Person || len(people) >= maxTitledPeople {
			continue
		}
		p := person{name: e.Name, forms: fullNames(e)}
		if len(p.forms) > 0 {
			people = append(people, p)
		}
	}
	if len(people) == 0 {
		return nil
	}
	// byPerson[k][i] holds what article i gives person k the chair of.
	byPerson := make([]map[int][]chaired, len(people))
	for i := range arts {
		sents := sentencesOf(m, &arts[i])
		for _, s := range sents[:min(len(sents), maxChairSentences)] {
			cs := memo.Get(m, "discrepancy.chairs", s, func() []chaired { return chairsOf(s) })
			if len(cs) != 1 {
				continue
			}
			// Only a sentence that names one person gives that person
			// the chair.
			who := -1
			for k, p := range people {
				if slices.ContainsFunc(p.forms, func(f string) bool { return strings.Contains(s, f) }) {
					if who >= 0 {
						who = -2
						break
					}
					who = k
				}
			}
			if who < 0 {
				continue
			}
			if byPerson[who] == nil {
				byPerson[who] = map[int][]chaired{}
			}
			if !slices.ContainsFunc(byPerson[who][i], func(c chaired) bool { return c.key == cs[0].key }) {
				byPerson[who][i] = append(byPerson[who][i], cs[0])
			}
		}
	}
	var out []crosscheck.Discrepancy
	for k, byArt := range byPerson {
		if len(byArt) < 2 {
			continue
		}
		texts := map[string]string{}
		cited := map[string][]string{}
		ok := true
		for _, i := range slices.Sorted(maps.Keys(byArt)) {
			cs := byArt[i]
			if len(cs) > 1 {
				ok = false // a career told chair by chair
				break
			}
			c := cs[0]
			if _, seen := texts[c.key]; !seen {
				texts[c.key] = c.text
			}
			cited[c.key] = append(cited[c.key], arts[i].ID)
		}
		if !ok || len(texts) < 2 {
			continue
		}
		keys := slices.Sorted(maps.Keys(texts))
		// "the Appropriations Committee" and "the House Appropriations
		// Committee on Defense" may name one committee.
		nestedPair := false
		for a, x := range keys {
			for _, y := range keys[a+1:] {
				if nested(strings.Fields(x), strings.Fields(y)) {
					nestedPair = true
				}
			}
		}
		if nestedPair {
			continue
		}
		var vs []crosscheck.Cited
		for _, key := range keys {
			ids := cited[key]
			sort.Strings(ids)
			vs = append(vs, crosscheck.Cited{Text: texts[key], Articles: ids})
		}
		out = append(out, crosscheck.Discrepancy{Kind: crosscheck.NameDiscrepancy, About: "Committee chaired by " + people[k].name, Variants: vs})
	}
	return out
}
