package discrepancy

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck"
)

// A speaker's quotation that two reports give in other words, opening
// differently: "Campaign money is not a personal piggy bank" / "Campaign
// accounts are not personal piggy banks", "We are not going back until
// every kobo owed to our members is paid" / "We will not return to work
// until every naira owed to our members has been paid".
// The wordings are given to one speaker, and most of the content words of
// the shorter stand in the longer.

const (
	// minParaphraseContent is how many content words each wording must
	// have, and share, to be one quotation in other words.
	minParaphraseContent = 3
	// minParaphraseShare is the share of the shorter wording's content
	// words that the longer must hold.
	minParaphraseShare = 0.5
	// minParaphraseLikeness is the share of the two wordings' content
	// words that both hold (Jaccard): one speaker's two remarks on one
	// matter share its words ("view", "marriage", "man", "woman") but
	// fewer of them. It was chosen among 0.3, 0.35 and 0.4 on the
	// constructed sets and basil-dev (docs/analysis.md, round 18).
	minParaphraseLikeness = 0.4
	// maxParaphraseKey bounds the wordings one content word indexes: a
	// word that a big story's wordings use by the hundred tells none of
	// them apart.
	maxParaphraseKey = 64
)

// paraphrasedQuotes reports pairs of wordings of one speaker in two sets
// of articles whose content words mostly agree but that neither hold the
// other, nor were compared already (done).
func paraphrasedQuotes(ws []*wording, quotes []crosscheck.Quote, speaker func(int) string, done func(i, j int) bool) []crosscheck.Discrepancy {
	content := make([][]string, len(ws))
	byKey := map[string][]int{}
	for i, w := range ws {
		if titled(w) || ellipsis(w.text) || strings.Contains(w.text, "*") {
			continue
		}
		var keys []string
		for _, x := range unbracketed(w) {
			// Names tell what a quotation is about, which two
			// quotations of one speaker share, not how it is worded.
			if r, _ := utf8.DecodeRuneInString(w.text[x.start:]); !function(x) && !unicode.IsUpper(r) {
				keys = append(keys, stemOf(x.key))
			}
		}
		slices.Sort(keys)
		keys = slices.Compact(keys)
		if len(keys) < minParaphraseContent {
			continue
		}
		content[i] = keys
		for _, k := range keys {
			if len(byKey[k]) <= maxParaphraseKey {
				byKey[k] = append(byKey[k], i)
			}
		}
	}
	var out []crosscheck.Discrepancy
	counts := map[int]int{}
	for j := range ws {
		if content[j] == nil {
			continue
		}
		clear(counts)
		for _, k := range content[j] {
			if len(byKey[k]) > maxParaphraseKey {
				continue
			}
			for _, i := range byKey[k] {
				if i < j {
					counts[i]++
				}
			}
		}
		for _, i := range slices.Sorted(maps.Keys(counts)) {
			n := counts[i]
			a, b := ws[i], ws[j]
			short := min(len(content[i]), len(content[j]))
			union := len(content[i]) + len(content[j]) - n
			if n < minParaphraseContent || float64(n) < minParaphraseShare*float64(short) || n == short || float64(n) < minParaphraseLikeness*float64(union) {
				continue
			}
			// A quotation told in other words keeps about its length: a
			// long one beside a short one is two remarks on one matter.
			if la, lb := len(a.ws), len(b.ws); 2*max(la, lb) > 3*min(la, lb) {
				continue
			}
			if intersects(a.articles, b.articles) || done(i, j) || overlappingExcerpts(a.ws, b.ws) {
				continue
			}
			if sp := speaker(i); sp == "" || sp != speaker(j) {
				continue
			}
			out = append(out, twoWordings(speakerNamed(quotes, speaker(i)), a, b))
		}
	}
	return out
}

// overlappingExcerpts reports whether the longest run of words two
// wordings share starts or ends each of them: two excerpts of one
// quotation that overlap ("Nobody remembers the first half of a
// championship game. They remember …" / "I told them at halftime that
// nobody remembers the first half of a championship game"), or one framed
// by words of the article.
func overlappingExcerpts(a, b []word) bool {
	if len(a)*len(b) > maxDiffCells {
		return true
	}
	i, j, n := longestRun(a, b, 0, len(a), 0, len(b))
	return n >= minFragmentRun && (i == 0 || i+n == len(a)) && (j == 0 || j+n == len(b))
}
