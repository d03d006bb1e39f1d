package discrepancy

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A vote's minority told as one ("Justice Dale Whitaker was the lone
// dissenter", "Hungary was the only country to vote against the
// package", "with Russia the lone abstention") and as several of whom
// that one is one ("Justices Dale Whitaker and Lee Amundsen dissented",
// "Hungary and Slovakia voted against it", "Russia and China abstained")
// is told two ways.

// lonePatterns are the patterns of a minority of one and of several,
// compiled on first use: few stories tell a vote's minority.
var lonePatterns = sync.OnceValue(func() (ps struct{ lone, several *regexp.Regexp }) {
	name := `(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*`
	// "Whitaker was the lone dissenter", "Russia the lone abstention",
	// "Hungary was the only country to vote against".
	ps.lone = regexp.MustCompile(`(` + name + `),? (?:was |is |cast |as )?the (?:lone|only|sole) (dissenter|dissent|dissenting vote|abstention|holdout|vote against|no vote|(?:\p{Ll}+ )?to (?:vote against|vote no|dissent|abstain|oppose))`)
	// "Dale Whitaker and Lee Amundsen dissented", "Hungary, Poland and
	// Slovakia voted against it".
	ps.several = regexp.MustCompile(`(` + name + `(?:, ` + name + `)*,? and ` + name + `) (?:both |also |each )?(dissented|abstained|voted against|voted no|opposed)\b`)
	return ps
})

// minorityClass returns what a minority did, as words of either pattern
// tell it: voted against or abstained.
func minorityClass(w string) string {
	if strings.Contains(w, "abstain") || strings.Contains(w, "abstention") {
		return "abstained"
	}
	return "against"
}

// minority is one article's telling of a vote's minority.
type minority struct {
	art      int
	class    string
	names    []string // the folded last words of the names told
	text     string   // as written
	sentence string
}

// maxMinorities bounds the minorities read from one story.
const maxMinorities = 256

// loneDiscrepancies reports a vote's minority that one article tells as
// one member and another as several, that member among them, where
// neither article tells it both ways.
func loneDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	// Only a story that tells a minority of one is read for minorities
	// of several.
	var lone, several []minority
	for i := range arts {
		if !strings.Contains(arts[i].Text, "the lone ") && !strings.Contains(arts[i].Text, "the only ") && !strings.Contains(arts[i].Text, "the sole ") {
			continue
		}
		for _, s := range sentencesOf(m, &arts[i]) {
			if len(lone) >= maxMinorities {
				break
			}
			if strings.Contains(s, "the lone ") || strings.Contains(s, "the only ") || strings.Contains(s, "the sole ") {
				for _, g := range lonePatterns().lone.FindAllStringSubmatch(s, -1) {
					lone = append(lone, minority{art: i, class: minorityClass(g[2]), names: []string{lastFolded(g[1])}, text: g[0], sentence: s})
				}
			}
		}
	}
	if len(lone) == 0 {
		return nil
	}
	for i := range arts {
		for _, s := range sentencesOf(m, &arts[i]) {
			if len(several) >= maxMinorities {
				break
			}
			if strings.Contains(s, " and ") && minorityVerb(s) {
				for _, g := range lonePatterns().several.FindAllStringSubmatch(s, -1) {
					var names []string
					for _, part := range strings.FieldsFunc(strings.ReplaceAll(g[1], " and ", ","), func(r rune) bool { return r == ',' }) {
						if n := lastFolded(part); n != "" {
							names = append(names, n)
						}
					}
					several = append(several, minority{art: i, class: minorityClass(g[2]), names: names, text: g[0], sentence: s})
				}
			}
		}
	}
	var out []crosscheck.Discrepancy
	for _, l := range lone {
		for _, v := range several {
			if v.art == l.art || v.class != l.class || !slices.Contains(v.names, l.names[0]) ||
				tellsBoth(lone, several, l.art, l.class) || tellsBoth(lone, several, v.art, v.class) {
				continue
			}
			out = append(out, crosscheck.Discrepancy{
				Kind:  crosscheck.ClaimDiscrepancy,
				About: "A vote's minority told as one and as several: “" + shorten(l.sentence, 140) + "”",
				Variants: []crosscheck.Cited{
					{Text: l.sentence, Articles: []string{arts[l.art].ID}},
					{Text: v.sentence, Articles: []string{arts[v.art].ID}},
				},
			})
			break
		}
	}
	return out
}

// minorityVerb reports whether a sentence holds a verb the pattern of
// several members reads.
func minorityVerb(s string) bool {
	for _, v := range []string{"dissented", "abstained", "voted against", "voted no", "opposed"} {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// tellsBoth reports whether article i tells a minority of class both as
// one and as several.
func tellsBoth(lone, several []minority, i int, class string) bool {
	in := func(ms []minority) bool {
		return slices.ContainsFunc(ms, func(m minority) bool { return m.art == i && m.class == class })
	}
	return in(lone) && in(several)
}

// lastFolded returns the last word of a name, folded and lower case.
func lastFolded(name string) string {
	return strings.ToLower(textproc.Fold(strings.Trim(lastField(name), ".,'’")))
}
