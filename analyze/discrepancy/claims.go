package discrepancy

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// negators are the words that negate an English clause; "t" is what is
// left of "n't" once words are split at apostrophes.
var negators = map[string]bool{
	"not": true, "no": true, "never": true, "none": true, "nobody": true, "nothing": true,
	"neither": true, "nor": true, "cannot": true, "without": true, "t": true,
}

// negPrefixes turn a word into its opposite ("unrealistic").
var negPrefixes = []string{"non", "un", "in", "im", "ir", "il", "dis"}

// maxClaimFollowers is the most statements after it in story order that a
// statement is compared with through one word of its prefix. The reports
// of a big story rewrite the same sentences, so hundreds of statements
// share their rarest words; comparing each with all the others would make
// the cost grow with the square of the story. Lists this long occur only
// where more than maxClaimFollowers statements share a rare word.
const maxClaimFollowers = 64

// claim is a statement and the articles that make it.
type claim struct {
	text     string
	articles []string
	// inArticles is the set of articles, once they are many.
	inArticles map[string]struct{}
	words      map[string]bool
	neg        int
	negative   bool // has a negator or a word with a negative prefix
}

// claimDiscrepancies reports statements that other articles make in
// nearly the same words but with the opposite polarity ("was realistic"
// against "was not realistic"), and events that one article says took
// place and another denies (see contradictions). "Not realistic" and
// "unrealistic" say the same. The statements are the articles' sentences
// and the facts.
func claimDiscrepancies(arts []crosscheck.Article, facts []crosscheck.Fact, m *memo.Memo) []crosscheck.Discrepancy {
	byText := map[string]*claim{}
	var claims []*claim
	add := func(text string, folded []string, ids []string, read *claim) {
		k := strings.Join(folded, " ")
		c, ok := byText[k]
		if !ok {
			if read != nil {
				c = &claim{text: read.text, words: read.words, neg: read.neg, negative: read.negative}
			} else {
				c = newClaim(text, folded)
			}
			if len(c.words) < 5 {
				// Too short to compare; remembered so that its copies
				// are not read again.
				c = nil
			} else {
				claims = append(claims, c)
			}
			byText[k] = c
		}
		if c == nil {
			return
		}
		for _, id := range ids {
			addID(&c.articles, &c.inArticles, id)
		}
	}
	// The sentences' event and rank claims are read as the sentences
	// are: a big story's folded words are not all kept.
	events := newEventReader(m)
	for i := range arts {
		a := &arts[i]
		read := foldedSentencesOf(m, a)
		events.dated(a.ID, a.Published)
		// Without a Memo, a claim is read once per distinct wording.
		var claims []*claim
		if m != nil {
			claims = memo.Get(m, "discrepancy.claims", a.Text, func() []*claim {
				out := make([]*claim, len(read.sents))
				for j, s := range read.sents {
					out[j] = newClaim(s, read.folded[j])
				}
				return out
			})
		}
		for j, s := range read.sents {
			var c *claim
			if claims != nil {
				c = claims[j]
			}
			add(s, read.folded[j], []string{a.ID}, c)
			events.read(a.ID, s, read.folded[j])
		}
	}
	for _, f := range facts {
		add(f.Text, textproc.FoldedWords(f.Text), f.Articles, nil)
	}
	// Candidates share half the words of the shorter, so at least 3 of
	// them (a claim has 5 or more), so one of the len-2 rarest words of
	// each (their prefixes): an index of the prefixes alone keeps this
	// from comparing every pair of sentences, even where a big story's
	// reports all use the same words. One of the two must be negative:
	// a claim that is not looks only among the negative ones.
	df := map[string]int{}
	for _, c := range claims {
		for w := range c.words {
			df[w]++
		}
	}
	// Words are numbered from the rarest, so that each claim's sorted
	// word numbers start with its prefix.
	byRarity := slices.SortedFunc(maps.Keys(df), func(a, b string) int {
		if df[a] != df[b] {
			return df[a] - df[b]
		}
		return strings.Compare(a, b)
	})
	rank := make(map[string]int, len(byRarity))
	for i, w := range byRarity {
		rank[w] = i
	}
	ids := make([][]int, len(claims))
	all, negative := make([][]int, len(byRarity)), make([][]int, len(byRarity))
	for i, c := range claims {
		for w := range c.words {
			ids[i] = append(ids[i], rank[w])
		}
		slices.Sort(ids[i])
		for _, w := range ids[i][:max(0, len(ids[i])-2)] {
			all[w] = append(all[w], i)
			if c.negative {
				negative[w] = append(negative[w], i)
			}
		}
	}
	out := events.discrepancies()
	seen := make([]int, len(claims)) // i+1 once j is a candidate of i
	var touched []int
	for i, a := range claims {
		index := negative
		if a.negative {
			index = all
		}
		touched = touched[:0]
		for _, w := range ids[i][:max(0, len(ids[i])-2)] {
			list := index[w]
			lo, _ := slices.BinarySearch(list, i+1)
			for _, j := range list[lo:min(len(list), lo+maxClaimFollowers)] {
				if seen[j] != i+1 {
					seen[j] = i + 1
					touched = append(touched, j)
				}
			}
		}
		slices.Sort(touched)
		for _, j := range touched {
			b := claims[j]
			if sharedIDs(ids[i], ids[j])*2 < min(len(a.words), len(b.words)) || !a.negative && !b.negative || intersects(a.articles, b.articles) {
				continue
			}
			if !memo.Pair(m, "discrepancy.opposite", a.text, b.text, func() bool { return opposite(a, b) }) {
				continue
			}
			out = append(out, crosscheck.Discrepancy{
				Kind:  crosscheck.ClaimDiscrepancy,
				About: "Opposite statements: “" + shorten(a.text, 140) + "”",
				Variants: []crosscheck.Cited{
					{Text: a.text, Articles: sorted(a.articles)},
					{Text: b.text, Articles: sorted(b.articles)},
				},
			})
		}
	}
	return out
}

// sharedIDs returns how many values two sorted lists of distinct values
// share.
func sharedIDs[T cmp.Ordered](a, b []T) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// opposite reports whether claims a and b say the same in nearly the same
// words with opposite polarities. It reads their words only, which their
// texts give.
func opposite(a, b *claim) bool {
	// The negations are counted first: most pairs have the same
	// polarity, and counting needs no copy of the words.
	if negations(a, b)%2 == negations(b, a)%2 {
		return false
	}
	// "He invented a product ... and sold it" against "He invented a
	// product that did not exist and sold it": a quotation cut with an
	// ellipsis may have left out the denial the other gives.
	if a.neg < b.neg && elides(a.text) || b.neg < a.neg && elides(b.text) {
		return false
	}
	// "said the government had not consulted councils" against "said
	// councils had been blindsided": what one denies, the other must
	// say in its words.
	if a.neg > 0 && !denialTold(a.text, b) || b.neg > 0 && !denialTold(b.text, a) {
		return false
	}
	// "The county has not said what it will charge, but the permit
	// costs $300 a year": the clause after "but" says what the other
	// claim says, and the denial is of something else.
	if affirmedAfterBut(a, b) || affirmedAfterBut(b, a) {
		return false
	}
	wa, na := polarity(a, b)
	wb, nb := polarity(b, a)
	return na%2 != nb%2 && jaccard(wa, wb) >= 0.7
}

// affirmedAfterBut reports whether claim a denies something only before
// a "but" and the clause after it, with no denial of its own, says much
// what claim b says.
func affirmedAfterBut(a, b *claim) bool {
	if a.neg == 0 {
		return false
	}
	_, rest, ok := strings.Cut(a.text, ", but ")
	if !ok {
		_, rest, ok = strings.Cut(a.text, "; but ")
	}
	if !ok {
		return false
	}
	r := newClaim(rest, textproc.FoldedWords(rest))
	return r.neg == 0 && len(r.words) > 0 && jaccard(r.words, b.words) >= minButLikeness
}

// minButLikeness is how alike (Jaccard) the clause after a denial's
// "but" and another claim must be for the clause to be what both say.
const minButLikeness = 0.5

// denialFill are the words besides stopwords that may stand between a
// negator and what it denies: adverbs of manner and of time.
var denialFill = toSet([]string{"yet", "ever", "also", "formally", "immediately", "officially", "always", "even", "still"})

// denialTold reports whether the word a sentence's first "not", "never" or
// "no" denies, its first word that is no stopword, is among the other
// claim's words, in the same form or another of its stem. A sentence
// whose negator denies nothing it can read (or that has none, its
// polarity told by a prefix) passes.
func denialTold(text string, other *claim) bool {
	ws := claimTokens(textproc.FoldedWords(text))
	for k, w := range ws {
		if w != "not" && w != "never" && w != "no" {
			continue
		}
		for j := k + 1; j < len(ws); j++ {
			if denialFill[ws[j]] || textproc.IsStopword(ws[j]) {
				continue
			}
			// The claim's words are kept by their spelling keys.
			d := spellingKey(ws[j])
			if other.words[d] {
				return true
			}
			st := eventStem(d)
			for o := range other.words {
				if eventStem(o) == st {
					return true
				}
			}
			return false
		}
		return true
	}
	return true
}

// elides reports whether a text leaves words out with an ellipsis.
func elides(s string) bool {
	return strings.Contains(s, "...") || strings.Contains(s, "…") || strings.Contains(s, ". . .")
}

// quotedWord matches a word or two in quotation marks (the lone “no”
// vote), which names words rather than uses them.
var quotedWord = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`["“‘']\s*[\pL'’-]+(?:\s+[\pL'’-]+)?\s*["”’']`)
})

// newClaim reads a statement, given with its folded words.
func newClaim(text string, folded []string) *claim {
	c := &claim{text: text, words: map[string]bool{}}
	if strings.ContainsAny(text, "\"“‘'") {
		folded = textproc.FoldedWords(quotedWord().ReplaceAllString(text, " "))
	}
	contracted := strings.Contains(text, "n't") || strings.Contains(text, "n’t")
	for i, w := range folded {
		// "released without charge" is "not charged": the noun after
		// "without" is read as the participle it denies, and the
		// release it came with is no deed of its own.
		if w == "released" && i+2 < len(folded) && folded[i+1] == "without" && withoutNouns[folded[i+2]] != "" {
			continue
		}
		if i > 0 && folded[i-1] == "without" && withoutNouns[w] != "" {
			w = withoutNouns[w]
		}
		// "t" is what is left of "n't" ("didn't", "won't"); in "A.T.M."
		// or "Proposition T" it is a letter.
		if w == "t" && (!contracted || i == 0 || !strings.HasSuffix(folded[i-1], "n")) {
			continue
		}
		// "denied that officers had fired": the clause after is denied.
		if denyingWords[w] && i+1 < len(folded) && folded[i+1] == "that" {
			c.neg++
			c.negative = true
			continue
		}
		// "declined to discuss whether the alarm had sounded" is "would not
		// discuss it".
		if declining[w] && i+1 < len(folded) && folded[i+1] == "to" {
			c.neg++
			c.negative = true
			continue
		}
		// "fell short of the course record" is "did not reach it".
		if w == "short" && i > 0 && i+1 < len(folded) && folded[i+1] == "of" && shortOfBefore[folded[i-1]] {
			c.neg++
			c.negative = true
			continue
		}
		if negators[w] {
			// "Not everyone was convinced", "not only", "not all of
			// them": a quantity narrowed, not a statement denied.
			if w == "not" && i+1 < len(folded) && notQuantifies[folded[i+1]] {
				continue
			}
			// "whether or not their own team is involved": both sides
			// of a choice, no denial.
			if w == "not" && i > 0 && folded[i-1] == "or" {
				continue
			}
			// "who voted no": a vote cast, no denial.
			if w == "no" && i > 0 && votingWords[folded[i-1]] {
				continue
			}
			// "will not reopen until spring": what happens only then,
			// no denial that it happens.
			if (w == "not" || w == "t") && untilAfter(folded[i+1:]) {
				continue
			}
			c.neg++
			c.negative = true
			continue
		}
		if textproc.IsStopword(w) {
			continue
		}
		k := spellingKey(w)
		c.words[k] = true
		for _, p := range negPrefixes {
			if strings.HasPrefix(w, p) && len(w) >= len(p)+4 {
				c.negative = true
			}
		}
		if _, ok := antonyms[k]; ok {
			c.negative = true
		}
	}
	return c
}

// denyingWords deny the clause "that" opens after them.
var denyingWords = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true}

// shortOfBefore are the words before "short of" that make it a mark not
// reached: "fell short of", "came just short of".
var shortOfBefore = map[string]bool{
	"fell": true, "falling": true, "fall": true, "falls": true, "came": true, "coming": true, "come": true, "comes": true,
	"just": true, "narrowly": true, "slightly": true, "well": true, "far": true, "stopped": true, "stopping": true,
}

// withoutNouns are nouns that "without" denies as the participle they
// are made of: "released without charge" is "not charged".
var withoutNouns = map[string]string{"charge": "charged", "charges": "charged"}

// votingWords are the words of voting before a "no" that is a vote
// cast.
var votingWords = map[string]bool{"voted": true, "vote": true, "votes": true, "voting": true}

// maxUntilGap bounds the words between a "not" and the "until" that
// makes it "only then".
const maxUntilGap = 4

// untilAfter reports whether "until" stands within maxUntilGap words
// of the start of ws, the words after a "not", with no other clause
// between: "not appear until weeks after", "not known until Friday".
func untilAfter(ws []string) bool {
	for i, w := range ws {
		if i > maxUntilGap || w == "and" || w == "but" {
			return false
		}
		if w == "until" || w == "till" {
			return true
		}
	}
	return false
}

// notQuantifies are the words after which "not" narrows a quantity.
var notQuantifies = map[string]bool{"everyone": true, "everybody": true, "all": true, "every": true, "only": true, "just": true, "always": true}

// negations returns a's count of negations as polarity reads them.
func negations(a, b *claim) int {
	n := a.neg
	for w := range a.words {
		if !b.words[w] {
			if antonymIn(w, b) != "" {
				n++
				continue
			}
			for _, p := range negPrefixes {
				if stem := strings.TrimPrefix(w, p); stem != w && len(stem) >= 4 && b.words[stem] {
					n++
					break
				}
			}
		}
	}
	return n
}

// polarity returns a's words with negative prefixes taken off where b has
// the bare word, and a's count of negations so read.
func polarity(a, b *claim) (map[string]bool, int) {
	out := make(map[string]bool, len(a.words))
	n := a.neg
	for w := range a.words {
		if !b.words[w] {
			if o := antonymIn(w, b); o != "" {
				w = o
				n++
			}
			for _, p := range negPrefixes {
				if stem := strings.TrimPrefix(w, p); stem != w && len(stem) >= 4 && b.words[stem] {
					w = stem
					n++
					break
				}
			}
		}
		out[w] = true
	}
	return out, n
}

// antonymIn returns the word of b that w, the negative word of a pair of
// opposites, is the opposite of, or "".
func antonymIn(w string, b *claim) string {
	for _, o := range antonyms[w] {
		if b.words[o] {
			return o
		}
	}
	return ""
}

// antonyms maps the negative word of each pair of opposites to its
// positive ones, in the forms a verb takes: "opposes" to "supports",
// "rejected" to "approved" and "accepted". A statement that says the one
// in the words another says the other with is its opposite, as one that
// negates it is; the negative word counts as a negation.
var antonyms = func() map[string][]string {
	m := map[string][]string{}
	add := func(pos, neg string) {
		neg, pos = spellingKey(neg), spellingKey(pos)
		m[neg] = append(m[neg], pos)
	}
	verbs := [][2]string{
		{"support", "oppose"}, {"approve", "reject"}, {"accept", "reject"}, {"confirm", "deny"},
		{"increase", "decrease"}, {"raise", "lower"}, {"open", "close"}, {"win", "lose"}, {"acquit", "convict"},
		{"allow", "forbid"}, {"agree", "refuse"}, {"expand", "shrink"}, {"gain", "lose"},
	}
	forms := func(v string) []string {
		stem := strings.TrimSuffix(v, "e")
		ed := stem + "ed"
		switch v {
		case "deny":
			return []string{"deny", "denies", "denied", "denying"}
		case "win":
			return []string{"win", "wins", "won", "winning"}
		case "lose":
			return []string{"lose", "loses", "lost", "losing"}
		case "forbid":
			return []string{"forbid", "forbids", "forbade", "forbidden", "forbidding"}
		case "shrink":
			return []string{"shrink", "shrinks", "shrank", "shrunk", "shrinking"}
		case "open":
			return []string{"open", "opens", "opened", "opening"}
		}
		if strings.HasSuffix(v, "e") {
			return []string{v, v + "s", v + "d", stem + "ing"}
		}
		return []string{v, v + "s", ed, v + "ing"}
	}
	// Any form of the one is the opposite of any form of the other: "does
	// not oppose" and "supports" say the same.
	for _, p := range verbs {
		for _, a := range forms(p[0]) {
			for _, b := range forms(p[1]) {
				add(a, b)
			}
		}
	}
	for _, p := range [][2]string{{"peaceful", "violent"}, {"alive", "dead"}, {"higher", "lower"}, {"more", "fewer"},
		{"rose", "fell"}, {"risen", "fallen"}, {"unanimous", "divided"}, {"unanimous", "split"}, {"unanimously", "narrowly"}} {
		add(p[0], p[1])
	}
	return m
}()

// Contradicts reports whether two reports disagree on a claim or a
// figure: one says an event took place that the other denies, states the
// opposite of the other, or gives one quantity another value. A report
// that contradicts another is not its copy, however many of its words it
// repeats. Only the sentences that the two do not share are compared, and
// for statements and figures only those that have a counterpart on the
// other side, since an edited sentence is where a copy changes them.
func Contradicts(a, b crosscheck.Article) bool {
	return ContradictsMemo(a, b, nil)
}

// ContradictsMemo is Contradicts remembering in m what depends on one
// text or one sentence alone (its sentences, their words, the claims they
// tell), so that a story's next briefing compares a new report with the
// others without reading them again. The result is the same with or
// without m.
func ContradictsMemo(a, b crosscheck.Article, m *memo.Memo) bool {
	if a.Text == b.Text {
		return false
	}
	sa := sentencesOf(m, &a)
	sb := sentencesOf(m, &b)
	inA := make(map[string]bool, len(sa))
	for _, s := range sa {
		inA[s] = true
	}
	inB := make(map[string]bool, len(sb))
	for _, s := range sb {
		inB[s] = true
	}
	own := func(ss []string, other map[string]bool) []string {
		var keep []string
		for _, s := range ss {
			if !other[s] {
				keep = append(keep, s)
			}
		}
		return keep
	}
	oa, ob := own(sa, inB), own(sb, inA)
	if len(oa) == 0 || len(ob) == 0 {
		return false
	}
	// Lower case is folding enough to find negations and numbers, and
	// much cheaper.
	fold := func(ss []string) [][]string {
		out := make([][]string, len(ss))
		for i, s := range ss {
			out[i] = memo.Get(m, "discrepancy.lowerWords", s, func() []string { return textproc.Words(strings.ToLower(s)) })
		}
		return out
	}
	fa, fb := fold(oa), fold(ob)
	pair := []crosscheck.Article{a, b}
	sents, folded := [][]string{oa, ob}, [][][]string{fa, fb}
	if len(rankContradictions(pair, sents, folded)) > 0 ||
		(denies(fa) || denies(fb)) && len(readAll(newLowerEventReader(m), pair, sents, folded)) > 0 {
		return true
	}
	// Statements and figures change where a copy edits a sentence: a
	// pair of counterparts whose negations or numbers differ.
	var ca, cb []string
	var wa, wb []string
	polar, numbers := false, false
	inCA, inCB := map[int]bool{}, map[int]bool{}
	for _, p := range counterparts(fa, fb) {
		x, y := fa[p[0]], fb[p[1]]
		np, nn := negative(x) != negative(y), numeric(x) && numeric(y) && numberKey(x) != numberKey(y)
		if !np && !nn {
			continue
		}
		polar, numbers = polar || np, numbers || nn
		if !inCA[p[0]] {
			inCA[p[0]] = true
			ca, wa = append(ca, oa[p[0]]), append(wa, x...)
		}
		if !inCB[p[1]] {
			inCB[p[1]] = true
			cb, wb = append(cb, ob[p[1]]), append(wb, y...)
		}
	}
	if len(ca) == 0 {
		return false
	}
	pair[0].Text, pair[1].Text = strings.Join(ca, "\n\n"), strings.Join(cb, "\n\n")
	if polar && len(claimDiscrepancies(pair, nil, nil)) > 0 {
		return true
	}
	return numbers && len(figureDiscrepancies(pair, nil)) > 0
}

// numberKey lists the numbers among folded words, in order.
func numberKey(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if n, ok := numberWords[w]; ok {
			b.WriteString(n + " ")
		} else if w[0] >= '0' && w[0] <= '9' {
			b.WriteString(w + " ")
		}
	}
	return b.String()
}

// denies reports whether some of the sentences, as folded words, hold a
// negator.
func denies(sents [][]string) bool {
	for _, ws := range sents {
		for i, w := range ws {
			if negators[w] && (w != "t" || i > 0 && strings.HasSuffix(ws[i-1], "n")) {
				return true
			}
		}
	}
	return false
}

// counterparts returns the pairs of indexes of a sentence of a and one of
// b, given as folded words, that share half the content words of the
// shorter.
func counterparts(a, b [][]string) [][2]int {
	content := func(ss [][]string) []map[string]bool {
		out := make([]map[string]bool, len(ss))
		for i, ws := range ss {
			m := map[string]bool{}
			for _, w := range ws {
				if !textproc.IsStopword(w) {
					m[w] = true
				}
			}
			out[i] = m
		}
		return out
	}
	wa, wb := content(a), content(b)
	var out [][2]int
	for i, x := range wa {
		for j, y := range wb {
			if n := min(len(x), len(y)); n > 0 && overlap(x, y)*2 >= n {
				out = append(out, [2]int{i, j})
			}
		}
	}
	return out
}

// negative reports whether some of the folded words negate: a negator or
// a word with a negative prefix.
func negative(ws []string) bool {
	for i, w := range ws {
		if negators[w] && (w != "t" || i > 0 && strings.HasSuffix(ws[i-1], "n")) {
			return true
		}
		for _, p := range negPrefixes {
			if strings.HasPrefix(w, p) && len(w) >= len(p)+4 {
				return true
			}
		}
	}
	return false
}

// numeric reports whether some of the folded words are a number.
func numeric(ws []string) bool {
	for _, w := range ws {
		if _, ok := numberWords[w]; ok || w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	return false
}
