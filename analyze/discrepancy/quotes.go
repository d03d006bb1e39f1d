package discrepancy

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// hunk is a stretch where two word sequences differ: a[a0:a1] stands where
// b has b[b0:b1].
type hunk struct{ a0, a1, b0, b1 int }

// diff aligns two word sequences by their longest common subsequence of
// keys and returns the stretches between the matches, the leading and
// trailing ones included.
func diff(a, b []word) []hunk {
	n, m := len(a), len(b)
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i].key == b[j].key {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var hs []hunk
	i, j := 0, 0
	ha, hb := 0, 0
	for i < n && j < m {
		switch {
		case a[i].key == b[j].key:
			if ha < i || hb < j {
				hs = append(hs, hunk{ha, i, hb, j})
			}
			i, j = i+1, j+1
			ha, hb = i, j
		case lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			j++
		}
	}
	if ha < n || hb < m {
		hs = append(hs, hunk{ha, n, hb, m})
	}
	return hs
}

// maxDiffCells bounds the table of a word diff; quotations are short, and
// a hostile input must not take the memory of the machine.
const maxDiffCells = 1 << 22

// wordingDiffs returns the stretches where b words something differently
// from a, each as the differing words of each side with a word of context.
// Stretches that one side simply lacks at its start or end (a shorter
// extract of the same quotation), changes of function words only, and
// long or unanchored stretches (two excerpts of one long statement) do
// not count.
func wordingDiffs(at string, a []word, bt string, b []word) (sa, sb []string) {
	if len(a)*len(b) > maxDiffCells {
		return nil, nil
	}
	hs := diff(a, b)
	if len(hs) == 0 {
		return nil, nil
	}
	matched := len(a)
	for _, h := range hs {
		matched -= h.a1 - h.a0
	}
	// Wordings that share too little are different quotations, however
	// they were grouped.
	if short := min(len(a), len(b)); matched == 0 || short > 3 && matched*5 < short*3 {
		return nil, nil
	}
	for hi, h := range hs {
		la, lb := h.a1-h.a0, h.b1-h.b0
		leading := h.a0 == 0 || h.b0 == 0
		trailing := h.a1 == len(a) || h.b1 == len(b)
		if !anchored(hs, hi, a, b) || !leading && !trailing && !small(h) {
			continue
		}
		if la == 0 || lb == 0 {
			if leading || trailing || functionOnly(a[h.a0:h.a1]) && functionOnly(b[h.b0:h.b1]) ||
				elided(at, a, h.a0, h.a1) || elided(bt, b, h.b0, h.b1) {
				continue
			}
		}
		if la > 0 && lb > 0 && functionOnly(a[h.a0:h.a1]) && functionOnly(b[h.b0:h.b1]) || masked(a[h.a0:h.a1], b[h.b0:h.b1]) ||
			joined(a[h.a0:h.a1]) == joined(b[h.b0:h.b1]) {
			continue
		}
		// Context words come from the matched side only.
		ctxBefore, ctxAfter := 1, 1
		switch {
		case leading && !trailing && la > 0 && lb > 0:
			ctxBefore = 0
			// Only the words next to the match are a variant wording;
			// the rest is a longer or shorter extract.
			k := min(la, lb)
			h.a0, h.b0 = h.a1-k, h.b1-k
			if !similar(a[h.a1-1].key, b[h.b1-1].key) {
				continue
			}
		case trailing && !leading && la > 0 && lb > 0:
			ctxAfter = 0
			k := min(la, lb)
			h.a1, h.b1 = h.a0+k, h.b0+k
			if !similar(a[h.a0].key, b[h.b0].key) {
				continue
			}
		case leading && trailing:
			continue
		}
		sa = append(sa, span(at, a, max(h.a0-ctxBefore, 0), min(h.a1+ctxAfter, len(a))))
		sb = append(sb, span(bt, b, max(h.b0-ctxBefore, 0), min(h.b1+ctxAfter, len(b))))
	}
	return sa, sb
}

// Two wordings of the same words differ in a few words between stretches
// they share. A longer stretch on one side only, or differing words with
// a single shared word on either side, is where two excerpts of one long
// statement were cut or joined at different places, not a rewording.
const (
	maxReworded = 6 // words on the longer side of a reworded stretch
	maxInserted = 3 // words one wording has and the other lacks
	minAnchor   = 2 // shared words in a row on each side of a difference
)

// small reports whether a hunk is few enough words to be a rewording.
func small(h hunk) bool {
	la, lb := h.a1-h.a0, h.b1-h.b0
	if la == 0 || lb == 0 {
		return max(la, lb) <= maxInserted
	}
	return max(la, lb) <= maxReworded
}

// anchored reports whether hunk hs[i] of a diff of a and b has a run of
// shared words on each side where both wordings go on. Changes of
// function words alone do not break a run, and a run that reaches the
// start or end of either wording (where an extract was cut) needs no
// length: "we've got a big challenge" anchors "We've got a real
// challenge".
func anchored(hs []hunk, i int, a, b []word) bool {
	h := hs[i]
	n, m := len(a), len(b)
	ignorable := func(g hunk) bool { return functionOnly(a[g.a0:g.a1]) && functionOnly(b[g.b0:g.b1]) }
	cut := func(g hunk) bool {
		return (g.a0 == g.a1 || g.b0 == g.b1) && (g.a0 == 0 && g.b0 == 0 || g.a1 == n && g.b1 == m)
	}
	prevA, prevCut := 0, true
	for k := i - 1; k >= 0; k-- {
		if !ignorable(hs[k]) {
			prevA, prevCut = hs[k].a1, cut(hs[k])
			break
		}
	}
	nextA, nextCut := n, true
	for k := i + 1; k < len(hs); k++ {
		if !ignorable(hs[k]) {
			nextA, nextCut = hs[k].a0, cut(hs[k])
			break
		}
	}
	okBefore := h.a0 == 0 || h.b0 == 0 || prevCut || h.a0-prevA >= minAnchor
	okAfter := h.a1 == n || h.b1 == m || nextCut || nextA-h.a1 >= minAnchor
	return okBefore && okAfter
}

// elided reports whether words [i, j) of a wording, at a place where the
// other wording has words this one lacks or the reverse, are marked as an
// editor's change: an ellipsis where words are left out ("we will …
// win"), or brackets around words put in ("[the ceasefire]").
func elided(text string, ws []word, i, j int) bool {
	if i == 0 || i > len(ws) {
		return false
	}
	if i == j {
		gap := text[ws[i-1].end:]
		if i < len(ws) {
			gap = text[ws[i-1].end:ws[i].start]
		}
		return strings.Contains(gap, "…") || strings.Contains(gap, "...")
	}
	open := strings.LastIndexAny(text[:ws[i].start], "[]")
	return open >= 0 && text[open] == '[' && strings.Contains(text[ws[j-1].end:], "]")
}

// functionOnly reports whether all the words are function words. Numbers
// are not, though some number words are stopwords: "one in three" and "two
// in three" differ.
func functionOnly(ws []word) bool {
	for _, w := range ws {
		if !textproc.IsStopword(w.low) || isDigits(w.key) {
			return false
		}
	}
	return true
}

// span returns the text of words [i, j).
func span(text string, ws []word, i, j int) string {
	if i >= j {
		return ""
	}
	return strings.Trim(text[ws[i].start:ws[j-1].end], " \"'\u201c\u201d\u2018\u2019")
}

// quoteDiscrepancies reports the wordings of each quotation that differ
// from its most widely carried wording, and short quoted phrases that
// nearly match a longer quotation of the same speaker.
func quoteDiscrepancies(quotes []crosscheck.Quote) []crosscheck.Discrepancy {
	var out []crosscheck.Discrepancy
	for _, q := range quotes {
		if len(q.Variants) < 2 {
			continue
		}
		vs := append([]crosscheck.Cited(nil), q.Variants...)
		sort.SliceStable(vs, func(i, j int) bool { return len(vs[i].Articles) > len(vs[j].Articles) })
		base := vs[0]
		bw := words(base.Text)
		var variants []crosscheck.Cited
		baseSnips := map[string]bool{}
		for _, v := range vs[1:] {
			sa, sb := wordingDiffs(base.Text, bw, v.Text, words(v.Text))
			if len(sb) == 0 {
				continue
			}
			for _, s := range sa {
				baseSnips[s] = true
			}
			variants = append(variants, crosscheck.Cited{Text: strings.Join(sb, " … "), Articles: sorted(v.Articles)})
		}
		if len(variants) == 0 {
			continue
		}
		first := crosscheck.Cited{Text: strings.Join(slices.Sorted(maps.Keys(baseSnips)), " … "), Articles: sorted(base.Articles)}
		out = append(out, crosscheck.Discrepancy{
			Kind:     crosscheck.QuoteDiscrepancy,
			About:    quoteAbout(q.Speaker, q.Text),
			Variants: append([]crosscheck.Cited{first}, variants...),
		})
	}
	return append(out, phraseDiscrepancies(quotes)...)
}

// phraseDiscrepancies compares short quoted phrases ("illusionary goal")
// with the other quotations of the same speaker, where the same words may
// stand with one of them changed ("illusory goal").
func phraseDiscrepancies(quotes []crosscheck.Quote) []crosscheck.Discrepancy {
	type q struct {
		text     string
		ws       []word
		keys     map[string]bool
		speaker  string
		articles []string
	}
	var qs []q
	for _, x := range quotes {
		if len(x.Variants) == 0 {
			ws := words(x.Text)
			qs = append(qs, q{x.Text, ws, keySet(ws), x.Speaker, x.Articles})
			continue
		}
		for _, v := range x.Variants {
			ws := words(v.Text)
			qs = append(qs, q{v.Text, ws, keySet(ws), x.Speaker, v.Articles})
		}
	}
	var out []crosscheck.Discrepancy
	seen := map[string]bool{}
	for i, a := range qs {
		if len(a.ws) < 2 || len(a.ws) > 8 {
			continue
		}
		for j, b := range qs {
			if i == j || len(b.ws) <= len(a.ws) ||
				textproc.Fold(a.speaker) != textproc.Fold(b.speaker) && a.speaker != "" && b.speaker != "" {
				continue
			}
			if missing(a.ws, b.keys) != 1 {
				continue
			}
			at := nearWindow(a.ws, b.ws)
			if at < 0 {
				continue
			}
			sa := span(a.text, a.ws, 0, len(a.ws))
			sb := span(b.text, b.ws, at, at+len(a.ws))
			if seen[sa+"\x00"+sb] {
				continue
			}
			seen[sa+"\x00"+sb] = true
			out = append(out, crosscheck.Discrepancy{
				Kind:  crosscheck.QuoteDiscrepancy,
				About: quoteAbout(b.speaker, b.text),
				Variants: []crosscheck.Cited{
					{Text: sa, Articles: sorted(a.articles)},
					{Text: sb, Articles: sorted(b.articles)},
				},
			})
		}
	}
	return out
}

func keySet(ws []word) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w.key] = true
	}
	return m
}

// missing counts the words of ws whose keys are not in keys.
func missing(ws []word, keys map[string]bool) int {
	n := 0
	for _, w := range ws {
		if !keys[w.key] {
			n++
		}
	}
	return n
}

// nearWindow finds where the words a stand in b with exactly one content
// word changed to a similar one, and returns the window's start in b, or
// -1.
func nearWindow(a, b []word) int {
	for s := 0; s+len(a) <= len(b); s++ {
		miss := -1
		ok := true
		for i := range a {
			if a[i].key == b[s+i].key {
				continue
			}
			if miss >= 0 || !similar(a[i].key, b[s+i].key) || textproc.IsStopword(a[i].low) || textproc.IsStopword(b[s+i].low) {
				ok = false
				break
			}
			miss = i
		}
		if ok && miss >= 0 {
			return s
		}
	}
	return -1
}

// quoteAbout names a quotation by its speaker and first words.
func quoteAbout(speaker, text string) string {
	t := strings.Fields(text)
	if len(t) > 12 {
		t = append(t[:12], "…")
	}
	s := "“" + strings.Trim(strings.Join(t, " "), "\"“”") + "”"
	if speaker != "" {
		return "Wording of " + speaker + "’s quotation " + s
	}
	return "Wording of the quotation " + s
}

// joined returns the keys of words run together, so that a compound
// written as one word or two ("same-sex", "same sex") compares equal.
func joined(ws []word) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(strings.ReplaceAll(w.key, "-", ""))
	}
	return b.String()
}

// masked reports whether two stretches of words differ only where one
// spells out a word the other masks with asterisks ("f***ing",
// "fucking"): the visible letters agree at both ends.
func masked(a, b []word) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		x, y := a[i].low, b[i].low
		if strings.Contains(y, "*") {
			x, y = y, x
		}
		if !strings.Contains(x, "*") || strings.Contains(y, "*") {
			return false
		}
		pre, suf := x[:strings.IndexByte(x, '*')], x[strings.LastIndexByte(x, '*')+1:]
		if pre == "" || len(y) <= len(pre)+len(suf) || !strings.HasPrefix(y, pre) || !strings.HasSuffix(y, suf) {
			return false
		}
	}
	return true
}
