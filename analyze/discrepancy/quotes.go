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

// hunk is a stretch where two word sequences differ: a[a0:a1] stands where
// b has b[b0:b1].
type hunk struct{ a0, a1, b0, b1 int }

// diff aligns two word sequences by their matching blocks, as a reader
// lines up two wordings: the longest run of shared words first, then the
// longest runs on either side of it, and so on. A block of a single
// function word does not count, so that "the" and "to" scattered through
// two different sentences do not align them. It returns the stretches
// between the blocks, the leading and trailing ones included.
func diff(a, b []word) []hunk {
	var hs []hunk
	ha, hb := 0, 0
	var walk func(alo, ahi, blo, bhi int)
	walk = func(alo, ahi, blo, bhi int) {
		i, j, n := longestRun(a, b, alo, ahi, blo, bhi)
		if n == 1 && function(a[i]) {
			i, j, n = contentMatch(a, b, alo, ahi, blo, bhi)
		}
		if n == 0 {
			return
		}
		// A few words left beside a block on one side align only with
		// words nearby on the other, not far into a long stretch ("What
		// is this? A circus?" against "What is this the circus? America
		// is not a circus"); long stretches may hold an excerpt's gap.
		near := func(n, other int) int {
			if other <= maxReworded {
				return min(n, other+maxReworded)
			}
			return n
		}
		la, lb := near(i-alo, j-blo), near(j-blo, i-alo)
		walk(i-la, i, j-lb, j)
		if ha < i || hb < j {
			hs = append(hs, hunk{ha, i, hb, j})
		}
		ha, hb = i+n, j+n
		ra, rb := near(ahi-ha, bhi-hb), near(bhi-hb, ahi-ha)
		walk(ha, ha+ra, hb, hb+rb)
	}
	walk(0, len(a), 0, len(b))
	if ha < len(a) || hb < len(b) {
		hs = append(hs, hunk{ha, len(a), hb, len(b)})
	}
	return mergeClose(hs, len(a), len(b))
}

// mergeClose joins differences that fewer than minAnchor shared words
// keep apart into one ("this president and Putin", "President Trump and
// Vladimir Putin" differ in "this president and", "President Trump and
// Vladimir"), except at the start and end of a wording of n or m words,
// where words are missing because an extract was cut.
func mergeClose(hs []hunk, n, m int) []hunk {
	var out []hunk
	for _, h := range hs {
		if k := len(out); k > 0 {
			p := &out[k-1]
			leading := p.a0 == 0 || p.b0 == 0
			trailing := h.a1 == n || h.b1 == m
			if h.a0-p.a1 < minAnchor && !leading && !trailing {
				p.a1, p.b1 = h.a1, h.b1
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// function reports whether w is a function word; numbers and negators
// ("to pass", "not pass") are not.
func function(w word) bool { return textproc.IsStopword(w.low) && !isDigits(w.key) && !negators[w.low] }

// contentMatch returns the first word of a[alo:ahi] that is no function
// word and stands in b[blo:bhi], as its place in each and a length of 1,
// or a length of 0.
func contentMatch(a, b []word, alo, ahi, blo, bhi int) (int, int, int) {
	for i := alo; i < ahi; i++ {
		if function(a[i]) {
			continue
		}
		for j := blo; j < bhi; j++ {
			if a[i].key == b[j].key {
				return i, j, 1
			}
		}
	}
	return 0, 0, 0
}

// longestRun returns the longest run of words that a[alo:ahi] and
// b[blo:bhi] share, as its start in each and its length; the earliest in a
// among equals.
func longestRun(a, b []word, alo, ahi, blo, bhi int) (int, int, int) {
	bi, bj, bn := alo, blo, 0
	prev := make([]int32, bhi-blo+1)
	cur := make([]int32, bhi-blo+1)
	for i := alo; i < ahi; i++ {
		for j := blo; j < bhi; j++ {
			k := j - blo + 1
			if a[i].key != b[j].key {
				cur[k] = 0
				continue
			}
			cur[k] = prev[k-1] + 1
			if n := int(cur[k]); n > bn {
				bi, bj, bn = i-n+1, j-n+1, n
			}
		}
		prev, cur = cur, prev
	}
	return bi, bj, bn
}

// maxDiffCells bounds the product of the lengths of two wordings that are
// compared; quotations are short, and a hostile input must not take the
// time of the machine.
const maxDiffCells = 1 << 16

// wordingDiffs returns the stretches where b words something differently
// from a, each as the differing words in their context. Stretches that one
// side simply lacks at its start or end (a shorter extract of the same
// quotation), an editor's marks (an ellipsis where words are left out,
// brackets or parentheses around words put in), long or unanchored
// stretches (two excerpts of one long statement) and wordings that share
// too little to be one quotation do not count. A changed function word
// does ("a single cent", "any single cent").
func wordingDiffs(at string, a []word, bt string, b []word) (sa, sb []string) {
	if len(a)*len(b) > maxDiffCells {
		return nil, nil
	}
	hs := diff(a, b)
	if len(hs) == 0 || !oneQuotation(hs, a, b) {
		return nil, nil
	}
	for hi, h := range hs {
		la, lb := h.a1-h.a0, h.b1-h.b0
		leading := h.a0 == 0 || h.b0 == 0
		trailing := h.a1 == len(a) || h.b1 == len(b)
		if leading && trailing || !anchored(hs, hi, a, b) && !inPlace(hs, a, b) || !leading && !trailing && !small(h) ||
			elided(at, a, h.a0, h.a1) || elided(bt, b, h.b0, h.b1) || sameOutsideBrackets(at, a[h.a0:h.a1], bt, b[h.b0:h.b1]) ||
			bracketedFor(at, a[h.a0:h.a1], b[h.b0:h.b1]) || bracketedFor(bt, b[h.b0:h.b1], a[h.a0:h.a1]) {
			continue
		}
		if la == 0 || lb == 0 {
			if leading || trailing {
				continue
			}
		} else if masked(a[h.a0:h.a1], b[h.b0:h.b1]) || joined(a[h.a0:h.a1]) == joined(b[h.b0:h.b1]) ||
			namesOnly(at, a, h.a0, h.a1) && namesOnly(bt, b, h.b0, h.b1) || named(at, a, h.a0, h.a1, bt, b, h.b0, h.b1) {
			// A name spelt two ways in a quotation is a matter for the
			// names, and transliterations ("al-Qaddafi", "Gadhafi") are
			// no rewording.
			continue
		}
		switch {
		case leading:
			// Wordings that come together after different starts are
			// often two sentences that end alike ("those remarks are
			// well over the line", "comments that are well over the
			// line"); a long stretch in common after the start shows one
			// quotation begun two ways ("As the vice president very well
			// knows … sometimes the words don't come out", "I think the
			// vice president very well knows that sometimes the words
			// don't come out").
			// Wordings that begin with the same word and differ right
			// after it ("I will not put my family", "I refuse to put my
			// family"; "would starve our schools", "would bankrupt our
			// schools") are anchored on both sides: the single word in
			// common is no block of the diff, being a function word.
			k := min(la, lb, maxEdge+1)
			anchoredStart := la > 1 && lb > 1 && a[h.a1-k].key == b[h.b1-k].key
			// "We believe the person …", "We are confident the person
			// …": the same first word before a few words that differ.
			sameFirst := !anchoredStart && la > 1 && lb > 1 && la <= maxEdge+1 && lb <= maxEdge+1 && a[h.a0].key == b[h.b0].key
			switch {
			case anchoredStart:
				h.a0, h.b0 = h.a1-k, h.b1-k
			case sameFirst:
				anchoredStart = true
			default:
				k = min(la, lb, maxEdge)
				h.a0, h.b0 = h.a1-k, h.b1-k
				// A fragment that opens on a word of the whole quotation
				// in another inflection fits it to the reporter's
				// sentence: would "take the light from people …" against
				// "a tower that takes the light from people …".
				if k == 1 && len(a[h.a0].key) >= 4 && len(b[h.b0].key) >= 4 && eventStem(a[h.a0].key) == eventStem(b[h.b0].key) {
					continue
				}
			}
			need := minLeadShared
			if anchoredStart {
				need = minAnchoredShared
			}
			// Two short quotations of one length that differ in one
			// stretch of one length, anchored on their first word ("a
			// difficult but necessary decision", "a hard but necessary
			// decision"), are one quotation reworded in fewer words.
			if anchoredStart && len(hs) == 1 && len(a) == len(b) && la == lb {
				need = min(need, minShortShared)
			}
			if matchedAfter(hs, hi, len(a)) < need || functionOnly(a[h.a0:h.a1]) && functionOnly(b[h.b0:h.b1]) && !requantified(a[h.a0:h.a1], b[h.b0:h.b1]) ||
				sentenceBreak(at, a, h.a0, h.a1+1) || sentenceBreak(bt, b, h.b0, h.b1+1) {
				continue
			}
		case trailing:
			// Where both go on after the match, they differ only if each
			// ends its sentence there: "closer to a nuclear bomb. The
			// world…" against "closer to nuclear arms", not "I can
			// guarantee a House outcome" against "I can do that". Where
			// both end there, what each says last is the difference
			// ("afraid to say no", "afraid to cut"), up to maxEnd words.
			// Words told to someone after a verb of speech ("tells the
			// mag", "tells PEOPLE") are an attribution a stray mark
			// took in.
			if h.a0 > 0 && h.b0 > 0 && (reportVerbs[a[h.a0-1].low] || reportVerbs[b[h.b0-1].low]) {
				continue
			}
			if h.a1 == len(a) && h.b1 == len(b) && la <= maxEnd && lb <= maxEnd {
				break
			}
			// A fragment quoted word for word up to where it ends, whose
			// last words differ from those the whole quotation has
			// before a clause ends ("has not cured the inequities we
			// found" against "… the inequities we identified, and it
			// cannot be permitted …"), words them differently.
			k := min(la, lb, maxEdge)
			cut := h.a0 >= minFragmentRun && h.b0 >= minFragmentRun &&
				(h.b1 == len(b) && lb <= maxEdge && clauseEnds(at, a, h.a0+lb) ||
					h.a1 == len(a) && la <= maxEdge && clauseEnds(bt, b, h.b0+la))
			if cut {
				h.a1, h.b1 = h.a0+min(la, maxEdge), h.b0+min(lb, maxEdge)
				if h.b1 == len(b) {
					h.a1 = h.a0 + lb
				} else {
					h.b1 = h.b0 + la
				}
				break
			}
			h.a1, h.b1 = h.a0+k, h.b0+k
			if sentenceBreak(at, a, h.a0-1, h.a1) || sentenceBreak(bt, b, h.b0-1, h.b1) ||
				!endsSentence(at, a, h.a1) || !endsSentence(bt, b, h.b1) {
				continue
			}
		}
		sa = append(sa, snippet(at, a, h.a0, h.a1))
		sb = append(sb, snippet(bt, b, h.b0, h.b1))
	}
	// Words put for others in place are one change of one stretch.
	if len(sa) > 1 && inPlace(hs, a, b) {
		last := hs[len(hs)-1]
		sa, sb = []string{snippet(at, a, hs[0].a0, last.a1)}, []string{snippet(bt, b, hs[0].b0, last.b1)}
	}
	return sa, sb
}

// minLeadShared is how many words two wordings that start differently
// must share after the start to be one quotation begun two ways.
const minLeadShared = 10

// minShortShared is how many words two quotations of one length that
// differ in one stretch right after a first word in common must share
// after it.
const minShortShared = 3

// minAnchoredShared is how many words two wordings that differ right
// after a first word in common must share after the difference.
const minAnchoredShared = 4

// matchedAfter counts the words of a (of n words) that the diff hs
// matches after hunk i.
func matchedAfter(hs []hunk, i, n int) int {
	m := n - hs[i].a1
	for _, h := range hs[i+1:] {
		m -= h.a1 - h.a0
	}
	return m
}

// nameParticles are the lower-case words that names of many languages
// hold ("al-Qaddafi", "van Gogh").
var nameParticles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "abu": true, "de": true, "del": true, "der": true,
	"da": true, "di": true, "du": true, "la": true, "le": true, "van": true, "von": true, "dos": true,
}

// namesOnly reports whether words [i, j) of a wording are a name: not at
// the start of a sentence, and each capitalised or a particle of names.
func namesOnly(text string, ws []word, i, j int) bool {
	if i == 0 || i >= j || sentenceBreak(text, ws, i-1, i+1) {
		return false
	}
	for _, w := range ws[i:j] {
		r, _ := utf8.DecodeRuneInString(text[w.start:])
		first, _, _ := strings.Cut(w.low, "-")
		if !unicode.IsUpper(r) && !nameParticles[first] {
			return false
		}
	}
	return true
}

// named reports whether one wording gives a name where the other has a
// pronoun ("Kathleen knows where every dollar goes", "She knows …"): an
// editor's substitution, often bracketed, not a rewording.
func named(at string, a []word, a0, a1 int, bt string, b []word, b0, b1 int) bool {
	if a1-a0 != 1 || b1-b0 != 1 {
		return false
	}
	capital := func(text string, w word) bool {
		r, _ := utf8.DecodeRuneInString(text[w.start:])
		return unicode.IsUpper(r) && !pronouns[w.low]
	}
	return pronouns[a[a0].low] && capital(bt, b[b0]) || pronouns[b[b0].low] && capital(at, a[a0])
}

// reportVerbs report speech to someone.
var reportVerbs = map[string]bool{"tells": true, "told": true, "said": true, "says": true, "added": true}

// maxEnd bounds the words that two wordings ending differently are
// compared on.
const maxEnd = 6

// maxEdge bounds the words compared where two wordings differ up to the
// start or end of one of them.
const maxEdge = 2

// oneQuotation reports whether two wordings whose diff is hs are one
// quotation.
func oneQuotation(hs []hunk, a, b []word) bool {
	return sameQuotation(hs, len(a), len(b), inflectedIn(hs, a, b)) && sharedContent(hs, a, b) && !recast(hs, a, b)
}

// inflectedIn counts the words of a's side of the hunks that stand on b's
// side in another inflection ("Capping rents sounds simple" / "Rent caps
// sound simple"): words the two wordings share, told differently.
func inflectedIn(hs []hunk, a, b []word) int {
	n := 0
	var used []bool // the words of b's side already counted, reused
	for _, h := range hs {
		if h.a0 == h.a1 || h.b0 == h.b1 {
			continue
		}
		if m := h.b1 - h.b0; cap(used) < m {
			used = make([]bool, m)
		} else {
			used = used[:m]
			clear(used)
		}
		for _, x := range a[h.a0:h.a1] {
			if function(x) || len(x.key) < 4 {
				continue
			}
			stem := eventStem(x.key)
			for k := h.b0; k < h.b1; k++ {
				if !used[k-h.b0] && len(b[k].key) >= 4 && x.key != b[k].key && stem == eventStem(b[k].key) {
					used[k-h.b0] = true
					n++
					break
				}
			}
		}
	}
	return n
}

// recast reports whether one wording addresses someone that the other
// speaks of: in one place, "your" against "his" ("Your budget appears to
// reflect the values of your favorite philosopher", a letter to a
// lawmaker; "Chairman Ryan's budget reflects the values of his favorite
// philosopher", a signer's words on television). The two are two
// statements of one thought, not one statement quoted two ways.
func recast(hs []hunk, a, b []word) bool {
	has := func(ws []word, set map[string]bool) bool {
		for _, w := range ws {
			if set[w.low] {
				return true
			}
		}
		return false
	}
	for _, h := range hs {
		x, y := a[h.a0:h.a1], b[h.b0:h.b1]
		if has(x, secondPerson) && has(y, thirdPerson) || has(y, secondPerson) && has(x, thirdPerson) {
			return true
		}
	}
	return false
}

// secondPerson and thirdPerson are the pronouns of one addressed and of
// one spoken of.
var (
	secondPerson = map[string]bool{"you": true, "your": true, "yours": true, "yourself": true}
	thirdPerson  = map[string]bool{
		"he": true, "him": true, "his": true, "himself": true, "she": true, "her": true, "hers": true,
		"herself": true, "they": true, "them": true, "their": true, "theirs": true,
	}
)

// sameQuotation reports whether two wordings, of na and nb words, whose
// diff is hs, are one quotation: they share at least three words, and
// three in five words of the shorter or a run of minRun words. inflected
// words of the hunks count as shared.
func sameQuotation(hs []hunk, na, nb, inflected int) bool {
	matched, run, prev := na+inflected, 0, 0
	for _, h := range hs {
		matched -= h.a1 - h.a0
		run = max(run, h.a0-prev)
		prev = h.a1
	}
	run = max(run, na-prev)
	return matched >= 3 && (matched*5 >= min(na, nb)*3 || run >= minRun)
}

// sharedContent reports whether two wordings whose diff is hs share
// content words enough to be one quotation, not two that share a phrase
// of function words ("there's a lot of"): two content words, or all but
// one word of a wording.
func sharedContent(hs []hunk, a, b []word) bool {
	diffA, diffB := 0, 0
	for _, h := range hs {
		diffA += h.a1 - h.a0
		diffB += h.b1 - h.b0
	}
	if diffA <= 1 || diffB <= 1 {
		return true
	}
	if inPlace(hs, a, b) {
		return true
	}
	n, prev := 0, 0
	count := func(ws []word) {
		for _, w := range ws {
			if !textproc.IsStopword(w.low) {
				n++
			}
		}
	}
	for _, h := range hs {
		count(a[prev:h.a0])
		prev = h.a1
	}
	count(a[prev:])
	return n >= 2
}

// inPlace reports whether two wordings of one length, minRecastWords at
// least, differ in a word or two put for others in place, the rest in
// order: "It has been the honor of my life to serve", "It has been the
// privilege of my career to serve". The words kept between the changes
// anchor them, function words though they are.
func inPlace(hs []hunk, a, b []word) bool {
	return len(a) == len(b) && len(a) >= minRecastWords && len(hs) <= 2 &&
		!slices.ContainsFunc(hs, func(h hunk) bool { return h.a1-h.a0 != 1 || h.b1-h.b0 != 1 })
}

// minRun is the run of shared words that makes two wordings of different
// lengths one quotation, however much more one of them quotes.
const minRun = 8

// sentenceBreak reports whether a sentence ends between words i and j-1
// of a wording.
func sentenceBreak(text string, ws []word, i, j int) bool {
	if i < 0 || j > len(ws) || j-i < 2 {
		return false
	}
	return strings.ContainsAny(between(text, ws[i].end, ws[j-1].start), ".!?;")
}

// between returns text[from:to], or "" where the two words are the halves
// of one contraction and to comes before from.
func between(text string, from, to int) string {
	if from >= to {
		return ""
	}
	return text[from:to]
}

// minFragmentRun is how many words a fragment must quote word for word
// before its last words, for those to be a wording of their own.
const minFragmentRun = 4

// clauseEnds reports whether a clause or sentence ends before word i of a
// wording (a comma, a semicolon, a colon or a dash), or the wording ends
// there.
func clauseEnds(text string, ws []word, i int) bool {
	return i >= len(ws) || i > 0 && strings.ContainsAny(between(text, ws[i-1].end, ws[i].start), ",;:—–.!?")
}

// endsSentence reports whether a sentence ends before word i of a
// wording, or the wording ends there.
func endsSentence(text string, ws []word, i int) bool {
	return i >= len(ws) || sentenceBreak(text, ws, i-1, i+1)
}

// snippetContext is how many words of context a variant wording shows on
// each side of the words that differ, within their sentence.
const snippetContext = 4

// snippet returns words [i, j) of a wording with up to snippetContext
// words of context on each side, not crossing a sentence break beyond the
// first.
// Where this side lacks words, a word of context is shown on each side
// even across a break, to show where they would stand.
func snippet(text string, ws []word, i, j int) string {
	s, e := i, j
	if i == j {
		s, e = max(i-1, 0), min(j+1, len(ws))
	}
	for k := i - s; k < snippetContext && s > 0 && !sentenceBreak(text, ws, s-1, s+1); k++ {
		s--
	}
	for k := e - j; k < snippetContext && e < len(ws) && !sentenceBreak(text, ws, e-1, e+1); k++ {
		e++
	}
	return span(text, ws, s, e)
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
	// An anchor of function words alone ("of the") lines up any two
	// sentences, unless it reaches where both wordings start or end.
	okBefore := h.a0 == 0 || h.b0 == 0 || prevCut || h.a0-prevA >= minAnchor && !functionOnly(a[prevA:h.a0])
	okAfter := h.a1 == n || h.b1 == m || nextCut || nextA-h.a1 >= minAnchor && !functionOnly(a[h.a1:nextA])
	return okBefore && okAfter
}

// elided reports whether words [i, j) of a wording, at a place where the
// other wording has other words, are marked as an editor's change: an
// ellipsis where words are left out ("we will … win"), or brackets or
// parentheses around words put in ("[the ceasefire]", "these (local)
// supervisors").
func elided(text string, ws []word, i, j int) bool {
	if i > len(ws) {
		return false
	}
	to := len(text)
	if j < len(ws) {
		to = ws[j].start
	}
	if i > 0 {
		gap := between(text, ws[i-1].end, to)
		if strings.Contains(gap, "…") || strings.Contains(gap, "...") {
			return true
		}
	}
	// Where this side lacks words, the diff may put the gap a word away
	// from the editor's ellipsis when a word repeats on either side of
	// what was left out ("who loved each other … who took this trip",
	// against "who loved each other, who prayed together, who took this
	// trip").
	if i == j {
		for _, k := range []int{i - 1, i + 1} {
			if k > 0 && k < len(ws) {
				if gap := between(text, ws[k-1].end, ws[k].start); strings.Contains(gap, "…") || strings.Contains(gap, "...") {
					return true
				}
			}
		}
	}
	// Words in brackets stand for others, at the start too: "[The
	// police] have a hard time" for "They have a hard time".
	if i == j {
		return false
	}
	before := text[:ws[i].start]
	open := strings.LastIndexAny(before, "[]()")
	return open >= 0 && (before[open] == '[' || before[open] == '(') && strings.ContainsAny(between(text, ws[j-1].end, to), "])")
}

// sameOutsideBrackets reports whether two stretches of wordings are the
// same words once those an editor put in brackets or parentheses are left
// out: "They [the gates] were" and "They were".
func sameOutsideBrackets(at string, a []word, bt string, b []word) bool {
	outside := func(text string, ws []word) []string {
		var out []string
		for _, w := range ws {
			before := text[:w.start]
			if strings.LastIndexAny(before, "[(") > strings.LastIndexAny(before, "])") {
				continue
			}
			out = append(out, w.key)
		}
		return out
	}
	x, y := outside(at, a), outside(bt, b)
	return (len(x) < len(a) || len(y) < len(b)) && slices.Equal(x, y)
}

// maxBracketedFor is the most words of the other wording that an editor's
// words in brackets may stand for.
const maxBracketedFor = 4

// bracketedFor reports whether a stretch of one wording (xs, of text) is
// the other's (ys) but for one run of words in brackets standing for a few
// of the other's: "What [Ruiz] did" for "What he did", "[The Water Board]
// will stand" for "This board will stand".
func bracketedFor(text string, xs, ys []word) bool {
	inside := func(w word) bool {
		before := text[:w.start]
		return strings.LastIndexAny(before, "[") > strings.LastIndexAny(before, "]")
	}
	i := slices.IndexFunc(xs, inside)
	if i < 0 {
		return false
	}
	j := i
	for j < len(xs) && inside(xs[j]) {
		j++
	}
	if slices.ContainsFunc(xs[j:], inside) {
		return false
	}
	head, tail := xs[:i], xs[j:]
	n := len(ys) - len(head) - len(tail)
	if n < 1 || n > maxBracketedFor {
		return false
	}
	for k, w := range head {
		if ys[k].key != w.key {
			return false
		}
	}
	for k, w := range tail {
		if ys[len(ys)-len(tail)+k].key != w.key {
			return false
		}
	}
	return true
}

// functionOnly reports whether all the words are function words. Numbers
// are not, though some number words are stopwords: "one in three" and "two
// in three" differ.
// quantifiers are function words that say how many: "Most of these homes
// are just gone" and "Some of these homes are just gone" say two things.
var quantifiers = map[string]bool{
	"all": true, "most": true, "some": true, "few": true, "many": true, "several": true, "none": true,
	"every": true, "both": true, "half": true,
}

// requantified reports whether two runs of words hold different
// quantifiers.
func requantified(a, b []word) bool {
	qa, qb := "", ""
	for _, w := range a {
		if quantifiers[w.low] {
			qa += w.low + " "
		}
	}
	for _, w := range b {
		if quantifiers[w.low] {
			qb += w.low + " "
		}
	}
	return qa != qb
}

func functionOnly(ws []word) bool {
	for _, w := range ws {
		if !function(w) {
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

// wording is one wording of a quotation: words in quotation marks, with
// the articles that give them so.
type wording struct {
	text       string
	ws         []word
	articles   []string
	inArticles map[string]struct{} // set of articles, once they are many
}

// quotedSpans returns the passages of text in double quotation marks,
// curly or straight, and outside them in curly single ones (the British
// style). A double quotation left open runs to the end of its paragraph,
// as news writing continues a quotation over paragraphs. A right single
// mark before a letter is an apostrophe ("don’t"), not a closing mark.
func quotedSpans(text string) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		start, single := -1, -1
		prev := ' '
		for i, r := range para {
			next, _ := utf8.DecodeRuneInString(para[i+utf8.RuneLen(r):])
			switch {
			case start < 0 && single < 0 && (r == '\u201c' || r == '"'):
				start = i + utf8.RuneLen(r)
			case start >= 0 && (r == '\u201d' || r == '"'):
				out = append(out, para[start:i])
				start = -1
			case start >= 0 && r == '\u201c':
				// An opening mark inside a quotation starts it again:
				// the earlier one was never closed.
				start = i + utf8.RuneLen(r)
			case start < 0 && single < 0 && r == '\u2018' && !textproc.IsWordRune(prev):
				single = i + utf8.RuneLen(r)
			case single >= 0 && r == '\u2019' && !textproc.IsWordRune(next):
				out = append(out, para[single:i])
				single = -1
			}
			prev = r
		}
		if start >= 0 {
			out = append(out, para[start:])
		}
	}
	return out
}

// quotedPassage is one quoted passage of an article, with its words and their
// keys joined.
type quotedPassage struct {
	text string
	ws   []word
	key  string
}

// wordings collects the quoted passages of the articles, merging those
// with the same words, ordered from the most widely carried. They are
// read from the text rather than taken from the quotes, so that a wrong or
// missing speaker keeps no wording from its match.
func wordings(arts []crosscheck.Article, m *memo.Memo) []*wording {
	byKey := map[string]*wording{}
	var out []*wording
	add := func(q quotedPassage, ids []string) {
		text, ws, k := q.text, q.ws, q.key
		w, ok := byKey[k]
		if !ok {
			w = &wording{text: text, ws: ws}
			byKey[k] = w
			out = append(out, w)
		}
		for _, id := range ids {
			addID(&w.articles, &w.inArticles, id)
		}
	}
	for _, a := range arts {
		qs := memo.Get(m, "discrepancy.quoted", a.Text, func() []quotedPassage {
			var out []quotedPassage
			for _, q := range quotedSpans(textproc.Normalize(a.Text)) {
				text := strings.TrimSpace(q)
				ws := words(text)
				if len(ws) < 2 {
					continue
				}
				keys := make([]string, len(ws))
				for i, w := range ws {
					keys[i] = w.key
				}
				out = append(out, quotedPassage{text: text, ws: ws, key: strings.Join(keys, " ")})
			}
			return out
		})
		for _, q := range qs {
			add(q, []string{a.ID})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].articles) != len(out[j].articles) {
			return len(out[i].articles) > len(out[j].articles)
		}
		return len(out[i].ws) > len(out[j].ws)
	})
	for _, w := range out {
		sort.Strings(w.articles)
	}
	return out
}

// quoteDiscrepancies reports the wordings of a quotation that differ from
// its most widely carried wording, whoever the articles say spoke it, and
// short quoted phrases that nearly match a longer quotation. Quotations
// are the passages in quotation marks; quotes give their speakers.
func quoteDiscrepancies(arts []crosscheck.Article, quotes []crosscheck.Quote, m *memo.Memo) []crosscheck.Discrepancy {
	ws := wordings(arts, m)
	var groups []*quoteGroup
	rootGroup := map[int]*quoteGroup{}
	// Wordings of one quotation share pairs of words in a row, one of
	// them a content word ("attack dog" in "partisan political attack
	// dog" and "partisan attack dog organization"); an index of such
	// pairs keeps this from comparing every two wordings.
	pairIndex := map[string][]int{}
	pairs := func(w *wording) []string {
		var out []string
		for i := 0; i+2 <= len(w.ws); i++ {
			if !function(w.ws[i]) || !function(w.ws[i+1]) {
				out = append(out, w.ws[i].key+" "+w.ws[i+1].key)
			}
		}
		return out
	}
	// reported are the pairs of wordings whose differences the diff
	// reported.
	reported := map[[2]int]bool{}
	for j, w := range ws {
		cands := map[int]bool{}
		for _, t := range pairs(w) {
			for _, i := range pairIndex[t] {
				cands[i] = true
			}
		}
		placed, root := false, -1
		// Only the wordings that head a group (roots) are indexed, and
		// those longer than the wording they were placed with, so the
		// candidates are those sharing a pair, tried in the order they
		// were indexed.
		for _, i := range slices.Sorted(maps.Keys(cands)) {
			if intersects(ws[i].articles, w.articles) {
				continue
			}
			if len(ws[i].ws)*len(w.ws) > maxDiffCells {
				continue
			}
			if hs := diff(ws[i].ws, w.ws); !oneQuotation(hs, ws[i].ws, w.ws) {
				continue
			}
			placed, root = true, i
			sa, sb := wordingDiffs(ws[i].text, ws[i].ws, w.text, w.ws)
			if len(sb) > 0 {
				reported[[2]int{i, j}] = true
				g := rootGroup[i]
				if g == nil {
					g = &quoteGroup{base: ws[i], baseSnip: map[string]bool{}}
					rootGroup[i] = g
					groups = append(groups, g)
				}
				for _, s := range sa {
					g.baseSnip[s] = true
				}
				g.add(strings.Join(sb, " … "), w.articles)
			}
			break
		}
		// A wording longer than the one it was placed with says more than
		// it ("… our country. Today, his fellow Missourians …" placed with
		// the second sentence alone): it is indexed too, so that a
		// wording of its other part is compared with it.
		if !placed || len(w.ws) > len(ws[root].ws) {
			for _, t := range pairs(w) {
				pairIndex[t] = append(pairIndex[t], j)
			}
		}
	}
	var out []crosscheck.Discrepancy
	out = append(out, recastQuotes(ws, quotes, reported)...)
	for _, g := range groups {
		first := crosscheck.Cited{Text: strings.Join(slices.Sorted(maps.Keys(g.baseSnip)), " … "), Articles: g.base.articles}
		out = append(out, crosscheck.Discrepancy{
			Kind:     crosscheck.QuoteDiscrepancy,
			About:    quoteAbout(speakerOf(quotes, g.base.text), g.base.text),
			Variants: append([]crosscheck.Cited{first}, g.variants...),
		})
	}
	out = append(out, phraseDiscrepancies(ws, quotes)...)
	out = append(out, negatedQuotes(arts, ws, quotes, func(i, j int) bool { return reported[[2]int{i, j}] || reported[[2]int{j, i}] })...)
	return append(out, speakerDiscrepancies(quotes)...)
}

// speakerDiscrepancies reports a quotation that reports give to different
// people, each naming the speaker in the quotation's own sentence.
func speakerDiscrepancies(quotes []crosscheck.Quote) []crosscheck.Discrepancy {
	var out []crosscheck.Discrepancy
	for _, q := range quotes {
		if len(q.Speakers) < 2 || len(q.Speakers) == 2 && romanisedTwoWays(q.Speakers[0].Text, q.Speakers[1].Text) {
			continue
		}
		out = append(out, crosscheck.Discrepancy{
			Kind:     crosscheck.QuoteDiscrepancy,
			About:    "Speaker of the quotation “" + shorten(q.Text, 80) + "”",
			Variants: slices.Clone(q.Speakers),
		})
	}
	return out
}

// romanisedTwoWays reports whether two names may be one name romanised
// two ways: of as many words, one with a given name of hyphened
// syllables ("Hsu Chih-wei", "Xu Zhiwei"; "Kim Seong-hoon", "Kim
// Sung-hoon"), each word an edit or two from the other's.
func romanisedTwoWays(a, b string) bool {
	wa, wb := strings.Fields(entities.Bare(a)), strings.Fields(entities.Bare(b))
	if len(wa) != len(wb) || len(wa) < 2 || !slices.ContainsFunc(wa, syllabic) && !slices.ContainsFunc(wb, syllabic) {
		return false
	}
	for i := range wa {
		x := strings.ToLower(textproc.Fold(strings.ReplaceAll(wa[i], "-", "")))
		y := strings.ToLower(textproc.Fold(strings.ReplaceAll(wb[i], "-", "")))
		if x != y && entities.EditDistance(x, y) > 2 {
			return false
		}
	}
	return true
}

// syllabic reports whether a word is a given name of hyphened syllables:
// a capital, and a lower-case syllable after the hyphen ("Seong-hoon",
// "Chih-wei"), not two names joined ("Jean-Pierre", "Smith-Jones").
func syllabic(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r) && len(w)-i-1 <= 5
}

// minRecastWords is how many words two wordings of one speaker must
// each have, and minRecastOpening how many they must open alike with, to
// be one quotation told in other words.
const (
	minRecastWords   = 8
	minRecastOpening = 3
	// minRecastShared is the share of the shorter wording's words the
	// longer must hold.
	minRecastShared = 0.5
	// maxRecastFollowers is how many wordings after it with the same
	// opening a wording is compared with.
	maxRecastFollowers = 8
)

// recastQuotes reports a quotation that two articles give to one speaker
// in other words: "When we saw the size of the wing bones, we knew we
// were looking at something that had never been described before" /
// "When we saw how big the wing bones were, we knew we had found
// something nobody had ever described". The two open on the same words
// and share half the words of the shorter, and each is a wording the
// other does not hold whole; the wording check (a diff of small changes)
// does not reach so long a change. A pair whose differences the diff
// reported is left to it.
func recastQuotes(ws []*wording, quotes []crosscheck.Quote, reported map[[2]int]bool) []crosscheck.Discrepancy {
	byOpening := map[string][]int{}
	var openings []string
	for i, w := range ws {
		if len(w.ws) < minRecastWords {
			continue
		}
		keys := make([]string, minRecastOpening)
		content := false
		for k := range keys {
			keys[k] = w.ws[k].key
			content = content || !function(w.ws[k])
		}
		if !content {
			continue
		}
		k := strings.Join(keys, " ")
		if byOpening[k] == nil {
			openings = append(openings, k)
		}
		byOpening[k] = append(byOpening[k], i)
	}
	// Each wording's words are read once, and only for wordings that
	// share an opening with another; its speaker, which a search of the
	// story's quotes gives, only for a pair whose words are a recasting.
	type read struct {
		keys    []string // sorted, distinct
		speaker *string
	}
	cache := map[int]*read{}
	readOf := func(i int) *read {
		r, ok := cache[i]
		if !ok {
			ub := unbracketed(ws[i])
			keys := make([]string, len(ub))
			for k, w := range ub {
				keys[k] = w.key
			}
			slices.Sort(keys)
			r = &read{keys: slices.Compact(keys)}
			cache[i] = r
		}
		return r
	}
	// A wording is most often a quote's text as it stands: an index of
	// those finds its speaker without a search of every quote.
	var spoken map[string]string
	speaker := func(i int) string {
		r := readOf(i)
		if r.speaker == nil {
			if spoken == nil {
				spoken = map[string]string{}
				// Unattributed quotes are indexed too: their wordings
				// need no search to find no speaker.
				put := func(text, sp string) {
					if k := quoteKey(text); sp != "" || spoken[k] == "" {
						spoken[k] = sp
					}
				}
				for _, q := range quotes {
					put(q.Text, q.Speaker)
					for _, v := range q.Variants {
						put(v.Text, q.Speaker)
					}
				}
			}
			sp, ok := spoken[quoteKey(ws[i].text)]
			if !ok {
				sp = speakerOf(quotes, ws[i].text)
			}
			sp = textproc.Fold(sp)
			r.speaker = &sp
		}
		return *r.speaker
	}
	var out []crosscheck.Discrepancy
	emitted := map[[2]int]bool{}
	for _, k := range openings {
		is := byOpening[k]
		if len(is) < 2 {
			continue
		}
		for x, i := range is {
			// A big story's rewrites share openings by the hundred:
			// each wording is compared with the next few only.
			for _, j := range is[x+1 : min(len(is), x+1+maxRecastFollowers)] {
				a, b := ws[i], ws[j]
				if intersects(a.articles, b.articles) || reported[[2]int{i, j}] || reported[[2]int{j, i}] {
					continue
				}
				// A word masked by an editor ("f*ing") is the speaker's
				// word, whatever letters the mask hides.
				if strings.Contains(a.text, "*") || strings.Contains(b.text, "*") {
					continue
				}
				// Excerpts joined at an ellipsis leave out what stood
				// between: the words after it are another part of the
				// quotation, not this part recast.
				if ellipsis(a.text) || ellipsis(b.text) {
					continue
				}
				// An editor's words in brackets ("tells [the state]")
				// are no wording of the speaker's.
				ka, kb := readOf(i).keys, readOf(j).keys
				n := sharedIDs(ka, kb)
				if float64(n) < minRecastShared*float64(min(len(ka), len(kb))) || n == len(ka) || n == len(kb) {
					continue
				}
				if sp := speaker(i); sp == "" || sp != speaker(j) {
					continue
				}
				emitted[[2]int{i, j}] = true
				out = append(out, twoWordings(speakerNamed(quotes, speaker(i)), a, b))
			}
		}
	}
	return append(out, paraphrasedQuotes(ws, quotes, speaker, func(i, j int) bool {
		return reported[[2]int{i, j}] || reported[[2]int{j, i}] || emitted[[2]int{i, j}] || emitted[[2]int{j, i}]
	})...)
}

// twoWordings is the discrepancy of two wordings of one speaker's
// quotation, each cited to the articles that give it.
func twoWordings(speaker string, a, b *wording) crosscheck.Discrepancy {
	return crosscheck.Discrepancy{
		Kind:  crosscheck.QuoteDiscrepancy,
		About: quoteAbout(speaker, a.text),
		Variants: []crosscheck.Cited{
			{Text: strings.TrimSpace(a.text), Articles: a.articles},
			{Text: strings.TrimSpace(b.text), Articles: b.articles},
		},
	}
}

// ellipsis reports whether a wording leaves words out at an ellipsis.
func ellipsis(s string) bool {
	return strings.Contains(s, "…") || strings.Contains(s, "...") || strings.Contains(s, ". . .")
}

// quoteKey folds a quotation's text for lookup, without the spaces and
// punctuation at its ends.
func quoteKey(s string) string {
	return textproc.Fold(strings.Trim(s, " ,.;:!?\"“”'‘’"))
}

// speakerNamed returns the speaker of quotes whose name folds to folded,
// as written, or "".
func speakerNamed(quotes []crosscheck.Quote, folded string) string {
	for _, q := range quotes {
		if q.Speaker != "" && textproc.Fold(q.Speaker) == folded {
			return q.Speaker
		}
	}
	return ""
}

// unbracketed returns the words of a wording outside square brackets and
// parentheses.
func unbracketed(w *wording) []word {
	out := make([]word, 0, len(w.ws))
	for _, x := range w.ws {
		before := w.text[:x.start]
		if strings.LastIndexAny(before, "[(") > strings.LastIndexAny(before, "])") {
			continue
		}
		out = append(out, x)
	}
	return out
}

// quoteGroup is a quotation's most widely carried wording, with the
// stretches where others differ from it and those others.
type quoteGroup struct {
	base     *wording
	baseSnip map[string]bool
	variants []crosscheck.Cited
}

// add records a differing wording; the same words from several wordings
// are one variant.
func (g *quoteGroup) add(text string, ids []string) {
	for i, v := range g.variants {
		if v.Text == text {
			for _, id := range ids {
				if !contains(v.Articles, id) {
					g.variants[i].Articles = append(g.variants[i].Articles, id)
				}
			}
			sort.Strings(g.variants[i].Articles)
			return
		}
	}
	g.variants = append(g.variants, crosscheck.Cited{Text: text, Articles: append([]string(nil), ids...)})
}

// speakerOf returns the speaker of the quote that holds text or that text
// holds, or "".
func speakerOf(quotes []crosscheck.Quote, text string) string {
	// A wording cut where its sentence went on ("… wrote plainly,")
	// is found without the marks at its ends.
	f := quoteKey(text)
	overlaps := func(q string) bool {
		q = quoteKey(q)
		return q != "" && (strings.Contains(q, f) || strings.Contains(f, q))
	}
	for _, q := range quotes {
		if q.Speaker == "" {
			continue
		}
		if overlaps(q.Text) {
			return q.Speaker
		}
		for _, v := range q.Variants {
			if overlaps(v.Text) {
				return q.Speaker
			}
		}
	}
	return ""
}

// titled reports whether every word of a wording starts with a capital:
// a name in quotation marks (the “Defeat ISIS” coalition), which no
// one's words are quoted in.
func titled(w *wording) bool {
	for _, x := range w.ws {
		r, _ := utf8.DecodeRuneInString(w.text[x.start:x.end])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// phraseDiscrepancies compares short quoted phrases ("illusionary goal")
// with longer quotations, where the same words may stand with one of them
// changed ("illusory goal"). The phrase and the quotation must share a
// content word besides the changed one ("a martyr" is not "a matter"), and
// must not be given to two different speakers.
func phraseDiscrepancies(ws []*wording, quotes []crosscheck.Quote) []crosscheck.Discrepancy {
	var out []crosscheck.Discrepancy
	seen := map[string]bool{}
	keys := make([]map[string]bool, len(ws))
	// A phrase of two words or more that misses one of them in a wording
	// shares another with it: the wordings using each word are the only
	// candidates, visited in order as a scan of all of them would.
	byKey := map[string][]int{}
	for i, w := range ws {
		keys[i] = keySet(w.ws)
		for k := range keys[i] {
			byKey[k] = append(byKey[k], i)
		}
	}
	var cands []int
	for i, a := range ws {
		if len(a.ws) < 2 || len(a.ws) > 8 || titled(a) {
			continue
		}
		cands = cands[:0]
		for k := range keys[i] {
			cands = append(cands, byKey[k]...)
		}
		slices.Sort(cands)
		cands = slices.Compact(cands)
		for _, j := range cands {
			b := ws[j]
			if i == j || len(b.ws) <= len(a.ws) || missing(a.ws, keys[j]) != 1 || intersects(a.articles, b.articles) {
				continue
			}
			at := nearWindow(a.ws, b.ws)
			if at < 0 {
				continue
			}
			sa, sb := speakerOf(quotes, a.text), speakerOf(quotes, b.text)
			if sa != "" && sb != "" && textproc.Fold(sa) != textproc.Fold(sb) {
				continue
			}
			ta := span(a.text, a.ws, 0, len(a.ws))
			tb := span(b.text, b.ws, at, at+len(a.ws))
			if seen[ta+"\x00"+tb] {
				continue
			}
			seen[ta+"\x00"+tb] = true
			out = append(out, crosscheck.Discrepancy{
				Kind:  crosscheck.QuoteDiscrepancy,
				About: quoteAbout(sb, b.text),
				Variants: []crosscheck.Cited{
					{Text: ta, Articles: a.articles},
					{Text: tb, Articles: b.articles},
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
// word changed to a similar one, not merely its plural ("building block",
// "building blocks"), and another content word the same, and returns the
// window's start in b, or -1.
func nearWindow(a, b []word) int {
	for s := 0; s+len(a) <= len(b); s++ {
		miss := -1
		ok, content := true, false
		for i := range a {
			if a[i].key == b[s+i].key {
				content = content || !textproc.IsStopword(a[i].low)
				continue
			}
			if miss >= 0 || !similar(a[i].key, b[s+i].key) || textproc.IsStopword(a[i].low) || textproc.IsStopword(b[s+i].low) ||
				a[i].low+"s" == b[s+i].low || b[s+i].low+"s" == a[i].low {
				ok = false
				break
			}
			miss = i
		}
		if ok && content && miss >= 0 {
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
		return "Wording of " + possessive(speaker) + " quotation " + s
	}
	return "Wording of the quotation " + s
}

// possessive returns the possessive of a speaker: "Peter Capaldi’s", but
// "march participants’" for a plural of common words.
func possessive(speaker string) string {
	last := speaker[strings.LastIndexByte(speaker, ' ')+1:]
	if strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && strings.ToLower(last) == last {
		return speaker + "’"
	}
	return speaker + "’s"
}

// joined returns the keys of words run together, so that a compound
// written as one word or two ("same-sex", "same sex") compares equal.
func joined(ws []word) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(strings.ReplaceAll(w.key, "-", ""))
	}
	// Keys drop doubled letters, which may meet across the join.
	return textproc.Squeeze(b.String())
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
