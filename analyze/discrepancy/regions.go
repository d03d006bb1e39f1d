package discrepancy

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A region a report places its story in is named with the kind of
// region after it, in lower case: "in the Junín region", "Sindh
// province", "the Rift Valley county of Nakuru" is not one. A report that
// names one region of a kind, and only that one, places the story there;
// two reports that each name one region of one kind, different ones,
// neither naming the other's anywhere, disagree on where it happened.
// A story that spans regions names several in some report, or names the
// others' region somewhere, and is left alone.

// regionRe matches a region's capitalised name and its kind in lower
// case after it: group 1 the name, group 2 the kind.
var regionRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) (region|province|district|prefecture|governorate|oblast|department|regency)\b`)
})

// regionKinds are the kinds of region regionRe reads, looked for before
// it runs.
var regionKinds = []string{" region", " province", " district", " prefecture", " governorate", " oblast", " department", " regency"}

// maxRegions bounds the regions read from one article.
const maxRegions = 16

// regionsOf returns, by kind, the regions an article's sentences name,
// each once, in order.
func regionsOf(sents []string) map[string][]string {
	out := map[string][]string{}
	n := 0
	for _, s := range sents {
		if n >= maxRegions {
			break
		}
		if !containsAny(s, regionKinds) {
			continue
		}
		for _, m := range regionRe().FindAllStringSubmatch(s, maxRegions-n) {
			name := m[1]
			// "The region", "Its province": no name.
			if w, _, _ := strings.Cut(name, " "); determiners[strings.ToLower(w)] || calendarNames[strings.ToLower(w)] {
				continue
			}
			// "McCarthy's district", "the Andalusian province": whose,
			// or an adjective of a larger place, not the region's name.
			if strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") || strings.HasSuffix(name, "ian") || strings.HasSuffix(name, "ean") || strings.HasSuffix(name, "ese") {
				continue
			}
			if !slices.Contains(out[m[2]], name) {
				out[m[2]] = append(out[m[2]], name)
				n++
			}
		}
	}
	return out
}

// regionDiscrepancies reports two groups of articles that each name one
// region of a kind, a different one, where no article names the other's.
func regionDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	type side struct {
		region string
		arts   []int
	}
	byKind := map[string][]*side{}
	var kinds []string
	spans := map[string]bool{} // kinds some article names several regions of
	for i := range arts {
		rs := memo.Get(m, "discrepancy.regions", arts[i].Text, func() map[string][]string { return regionsOf(sentencesOf(m, &arts[i])) })
		for kind, names := range rs {
			if len(names) > 1 {
				spans[kind] = true
				continue
			}
			sides := byKind[kind]
			if sides == nil {
				kinds = append(kinds, kind)
			}
			k := -1
			// "Valparaíso region", "Valparaiso region": one region,
			// written with and without its accent.
			for j, sd := range sides {
				if textproc.Fold(sd.region) == textproc.Fold(names[0]) {
					k = j
				}
			}
			if k < 0 {
				sides = append(sides, &side{region: names[0]})
				byKind[kind] = sides
				k = len(sides) - 1
			}
			sides[k].arts = append(sides[k].arts, i)
		}
	}
	sort.Strings(kinds)
	var out []crosscheck.Discrepancy
	for _, kind := range kinds {
		sides := byKind[kind]
		if spans[kind] || len(sides) != 2 {
			continue
		}
		a, b := sides[0], sides[1]
		if namesPlace(arts, a.arts, b.region) || namesPlace(arts, b.arts, a.region) || anyNames(arts, b.region, a.region) {
			continue
		}
		out = append(out, crosscheck.Discrepancy{
			Kind:  crosscheck.PlaceDiscrepancy,
			About: "Place: “" + a.region + " " + kind + "” or “" + b.region + " " + kind + "”",
			Variants: []crosscheck.Cited{
				{Text: a.region + " " + kind, Articles: idsOf(arts, a.arts)},
				{Text: b.region + " " + kind, Articles: idsOf(arts, b.arts)},
			},
		})
	}
	return out
}

// anyNames reports whether an article of the story that names neither
// region as one of the kind still names both places: a story of both.
func anyNames(arts []crosscheck.Article, x, y string) bool {
	for i := range arts {
		if wordIn(arts[i].Text, x) && wordIn(arts[i].Text, y) {
			return true
		}
	}
	return false
}
