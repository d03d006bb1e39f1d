package discrepancy

import (
	"slices"
	"strings"
	"unicode"

	"crosscheck"
	"crosscheck/analyze/figures"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A sentence one report retells from another word for word, but for a
// number, states one thing two ways: "North Carolina (10-0), which shook
// off a slow start" against "North Carolina (13-0), which shook off a slow
// start"; "now has 2,129 points, 13 more than Buford" against "16 more".
// The figures of a sentence are compared wherever two sentences tell them
// (figureDiscrepancies); the numbers that no figure reads (a team's
// record, a count of nothing named, a time on a clock) are compared here,
// only where the rest of the sentence is the same.

// minRetoldWords is how many content words, besides numbers, two
// sentences must have, all the same and in the same order, to be one
// statement retold: fewer ("He scored 20 points") may be said of
// different people.
const minRetoldWords = 6

// maxRetoldSentences bounds the sentences of an article read for numbers.
const maxRetoldSentences = 400

// retoldSentence is a sentence with numbers, as this file reads it.
type retoldSentence struct {
	art  int
	key  string // retoldKey
	text string
	// nums are the number runs, in order, and spans their byte ranges.
	nums  []string
	spans []textproc.Span
}

// retoldNumbers reports the numbers that sentences of two articles,
// the same in every content word and in their order, give differently,
// where no figure the sentences tell reads the number.
func retoldNumbers(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	byKey := map[string][]retoldSentence{}
	var keys []string
	for ai := range arts {
		a := &arts[ai]
		for _, r := range memo.Get(m, "discrepancy.retold", a.Text, func() []retoldSentence { return retoldSentences(sentencesOf(m, a)) }) {
			if byKey[r.key] == nil {
				keys = append(keys, r.key)
			}
			r.art = ai
			byKey[r.key] = append(byKey[r.key], r)
		}
	}
	var out []crosscheck.Discrepancy
	for _, k := range keys {
		rs := byKey[k]
		if len(rs) < 2 || !slices.ContainsFunc(rs, func(r retoldSentence) bool { return r.art != rs[0].art }) {
			continue
		}
		out = append(out, retoldDiffer(arts, rs)...)
	}
	return out
}

// retoldSentences returns an article's sentences with numbers and enough
// words to be retold, with their keys (retoldKey); art is left to the
// caller.
func retoldSentences(sents []string) []retoldSentence {
	var out []retoldSentence
	for si, s := range sents {
		if si >= maxRetoldSentences {
			break
		}
		if !strings.ContainsAny(s, "0123456789") {
			continue
		}
		if key, nums, spans, ok := retoldKey(s); ok {
			out = append(out, retoldSentence{key: key, text: s, nums: nums, spans: spans})
		}
	}
	return out
}

// retoldDiffer returns, for each place of a number that the sentences of
// one key give differently, a discrepancy with one side per value.
func retoldDiffer(arts []crosscheck.Article, rs []retoldSentence) []crosscheck.Discrepancy {
	var out []crosscheck.Discrepancy
	// The number places a figure reads, by sentence text: a big story's
	// copies repeat one text many times.
	covered := map[string]map[int]bool{}
	covers := func(r retoldSentence, p int) bool {
		c, ok := covered[r.text]
		if !ok {
			c = map[int]bool{}
			for _, f := range figures.Parse(r.text, crosscheck.Date{}) {
				for q, sp := range r.spans {
					if f.Start < sp.End && sp.Start < f.End {
						c[q] = true
					}
				}
			}
			covered[r.text] = c
		}
		return c[p]
	}
	for p := range rs[0].nums {
		values := map[string][]int{} // value -> articles
		var order []string
		first := map[string]int{} // value -> its first sentence
		for i, r := range rs {
			v := r.nums[p]
			if _, ok := values[v]; !ok {
				order = append(order, v)
				first[v] = i
			}
			if !slices.Contains(values[v], r.art) {
				values[v] = append(values[v], r.art)
			}
		}
		if len(order) < 2 {
			continue
		}
		if slices.ContainsFunc(rs, func(r retoldSentence) bool { return covers(r, p) }) {
			continue
		}
		// An article that gives both values tells two things, or an
		// update of its own: it takes no side.
		both := map[int]bool{}
		seen := map[int]string{}
		for _, v := range order {
			for _, a := range values[v] {
				if w, ok := seen[a]; ok && w != v {
					both[a] = true
				}
				seen[a] = v
			}
		}
		var vs []crosscheck.Cited
		for _, v := range order {
			var ids []string
			for _, a := range values[v] {
				if !both[a] {
					ids = append(ids, arts[a].ID)
				}
			}
			if len(ids) == 0 {
				continue
			}
			slices.Sort(ids)
			r := rs[first[v]]
			vs = append(vs, crosscheck.Cited{Text: numberContext(r.text, r.spans[p]), Articles: ids})
		}
		if len(vs) < 2 {
			continue
		}
		out = append(out, crosscheck.Discrepancy{
			Kind:     crosscheck.FigureDiscrepancy,
			About:    "Figure in “" + shorten(rs[first[order[0]]].text, 140) + "”",
			Variants: vs,
		})
	}
	return out
}

// retoldKey returns a sentence's content words in order, with "#" for each
// number run, and the number runs with their byte ranges; ok is false when
// it has fewer than minRetoldWords content words.
func retoldKey(s string) (key string, nums []string, spans []textproc.Span, ok bool) {
	var b strings.Builder
	words := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isASCIIDigit(c):
			j := i + 1
			// "2,129", "4:43", "13-0", "1995-99", "9/11", "1.5": one run.
			for j < len(s) && (isASCIIDigit(s[j]) || strings.IndexByte(",.:-/", s[j]) >= 0 && j+1 < len(s) && isASCIIDigit(s[j+1])) {
				j++
			}
			nums = append(nums, s[i:j])
			spans = append(spans, textproc.Span{Start: i, End: j})
			b.WriteString("# ")
			i = j
		case isASCIILetter(c):
			j := i + 1
			for j < len(s) && (isASCIILetter(s[j]) || s[j] >= 0x80) {
				j++
			}
			w := strings.ToLower(s[i:j])
			if !textproc.IsStopword(w) {
				b.WriteString(w)
				b.WriteByte(' ')
				words++
			}
			i = j
		default:
			i++
		}
	}
	return b.String(), nums, spans, words >= minRetoldWords && len(nums) > 0
}

// numberContext returns the number at sp, its token as written, with the
// nearest word of letters before and after it ("Carolina (13-0), which",
// "points - 16 more").
func numberContext(s string, sp textproc.Span) string {
	start := strings.LastIndexByte(s[:sp.Start], ' ') + 1
	end := sp.End + strings.IndexByte(s[sp.End:]+" ", ' ')
	hasLetter := func(w string) bool { return strings.ContainsFunc(w, unicode.IsLetter) }
	before := strings.Fields(s[:start])
	lo := len(before)
	for lo > 0 && !hasLetter(before[lo-1]) {
		lo--
	}
	after := strings.Fields(s[end:])
	hi := 0
	for hi < len(after) && !hasLetter(after[hi]) {
		hi++
	}
	return strings.Join(slices.Concat(before[max(0, lo-1):], []string{s[start:end]}, after[:min(len(after), hi+1)]), " ")
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
