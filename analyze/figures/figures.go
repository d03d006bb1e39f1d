// Package figures finds the numbers in a story's articles and normalises
// them so that they can be compared across articles: money to an amount
// and a currency code ("$187-million" is 187000000 USD), percentages,
// counts with the noun they count as unit ("31 other nations" is 31
// nations), durations in minutes ("an hour and a half" and "90 minutes"
// are both 90), and dates as days since 1970-01-01, relative ones
// ("Wednesday", "last year") resolved against the article's publication
// date.
//
// Numbers that label rather than count ("Article 5") and bare numbers with
// nothing to count are left out. It reads English only.
package figures

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// Extract returns the figures of a story's articles. The same figure in the
// same context in several articles is one Figure listing them all; its
// Text and Context (the sentence, or the part of an overlong one around the
// figure) are those of its first occurrence.
func Extract(arts []crosscheck.Article) []crosscheck.Figure {
	return ExtractMemo(arts, nil)
}

// found is a figure of a sentence and the words around it.
type found struct {
	f     Found
	words map[string]bool
}

// ExtractMemo is Extract remembering in m each article's sentences and
// each sentence's figures, for the story's next briefing. The figures are
// the same with or without m.
func ExtractMemo(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Figure {
	type entry struct {
		fig   crosscheck.Figure
		words map[string]bool
		seen  map[string]bool
	}
	type sentKey struct {
		text string
		pub  crosscheck.Date
	}
	// Copies of a story repeat its sentences; each is read once.
	parsed := map[sentKey][]found{}
	var out []*entry
	byUnit := map[string][]*entry{}
	for _, a := range arts {
		read := func() []string { return textproc.Sentences(textproc.Normalize(a.Text)) }
		var sents []string
		date := ""
		if m == nil {
			sents = read()
		} else {
			sents = memo.Get(m, "figures.sentences", a.Text, read)
			date = fmt.Sprintf("%d %s %t", a.Published.Time.UnixNano(), a.Published.Time.Location(), a.Published.DayOnly)
		}
		for _, s := range sents {
			k := sentKey{s, a.Published}
			fs, ok := parsed[k]
			if !ok {
				parse := func() []found {
					var fs []found
					for _, f := range Parse(s, a.Published) {
						fs = append(fs, found{f, toSet(Neighbours(s, f))})
					}
					return fs
				}
				if m == nil {
					fs = parse()
				} else {
					fs = memo.Pair(m, "figures.found", s, date, parse)
				}
				parsed[k] = fs
			}
			for _, p := range fs {
				f, words := p.f, p.words
				var match *entry
				for _, e := range byUnit[f.Unit] {
					if sameValue(e.fig.Value, f.Value) && (f.Unit == RelativeDate && e.fig.Text == f.Text ||
						f.Unit != RelativeDate && jaccard(e.words, words) >= 0.25) {
						match = e
						break
					}
				}
				if match == nil {
					match = &entry{fig: crosscheck.Figure{Text: f.Text, Value: f.Value, Unit: f.Unit, Context: excerpt(s, f.Start, f.End)},
						words: words, seen: map[string]bool{}}
					out = append(out, match)
					byUnit[f.Unit] = append(byUnit[f.Unit], match)
				}
				if !match.seen[a.ID] {
					match.seen[a.ID] = true
					match.fig.Articles = append(match.fig.Articles, a.ID)
				}
			}
		}
	}
	figs := make([]crosscheck.Figure, len(out))
	for i, e := range out {
		sort.Strings(e.fig.Articles)
		figs[i] = e.fig
	}
	return figs
}

// Neighbours returns the folded content words around a figure in its
// sentence, up to six on either side, the figure's own words left out.
func Neighbours(sentence string, f Found) []string {
	// Six words lie well within the window; reading only the window keeps
	// a sentence of thousands of figures from costing quadratic time.
	start, end := window(sentence, f.Start, f.End, neighbourSpan)
	before := textproc.ContentWords(sentence[start:f.Start])
	if len(before) > 6 {
		before = before[len(before)-6:]
	}
	after := textproc.ContentWords(sentence[f.End:end])
	if len(after) > 6 {
		after = after[:6]
	}
	var out []string
	for _, w := range append(before, after...) {
		if w[0] >= '0' && w[0] <= '9' {
			continue
		}
		out = append(out, w)
	}
	return out
}

// neighbourSpan and contextSpan are how many bytes either side of a figure
// Neighbours reads and a Figure's Context keeps.
const (
	neighbourSpan = 256
	contextSpan   = 200
)

// excerpt returns sentence when it is short, else the part of it within
// contextSpan bytes of the figure at [start, end), cut at spaces and marked
// with ellipses, so that the figures of a run-on "sentence" (text without
// punctuation) do not each repeat all of it.
func excerpt(sentence string, start, end int) string {
	if len(sentence) <= 3*contextSpan {
		return sentence
	}
	from, to := window(sentence, start, end, contextSpan)
	out := sentence[from:to]
	if from > 0 {
		out = "…" + out
	}
	if to < len(sentence) {
		out += "…"
	}
	return out
}

// window returns the bounds of the part of s within span bytes of
// [start, end), moved inwards to a space so that no word is cut; a bound
// with no space to move to is left at start or end.
func window(s string, start, end, span int) (int, int) {
	from, to := 0, len(s)
	if start > span {
		from = start
		if i := strings.IndexByte(s[start-span:start], ' '); i >= 0 {
			from = start - span + i + 1
		}
	}
	if len(s)-end > span {
		to = end
		if i := strings.LastIndexByte(s[end:end+span], ' '); i >= 0 {
			to = end + i
		}
	}
	return from, to
}

// sameValue reports whether two values are equal up to rounding noise.
func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func toSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.ToLower(w)] = true
	}
	return m
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}
