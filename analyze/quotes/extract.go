package quotes

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
)

// Resolver maps a mention of a speaker ("Hegseth", "Mr. Zelensky") to the
// full name the story knows them by ("Pete Hegseth"); ok is false when it
// does not know the mention.
type Resolver func(mention string) (fullName string, ok bool)

// item is one quotation of one article.
type item struct {
	art     int
	text    string
	speaker string
	words   []string
	content map[string]bool
	// origin is the source the quotation counts for, "" when unknown.
	origin string
	// named is set when the quotation's own sentence names the speaker.
	named bool
}

// Origin gives the source that sentence i (of textproc.Sentences of the
// article's text, from 0) of an article counts for: the article's own
// origin, or the source it repeats or credits there ("…,” she told The
// Associated Press). An i outside the article's sentences asks for the
// article's own origin. "" means unknown.
type Origin func(articleID string, i int) string

// Extract returns the quotations of a story's articles with their
// speakers. The same quotation in several articles, even when worded a
// little differently or quoted only in part, is one Quote; its Variants are
// its wordings with the articles that carry each, and Independent counts
// the distinct origins of its quotations: a quotation counts for the
// origin of a sentence it stands in or is attributed in, so a partly
// derived article's quotation credited to a wire agency counts for the
// agency. resolve may be nil; origin may be nil, when every article is its
// own origin. A quotation whose speaker no article gives has Speaker ""
// (unattributed) and is listed only when it is a statement: a sentence of
// six words or more, or a passage of twelve. Fragments of three words or
// fewer that belong to no longer wording are left out.
func Extract(arts []crosscheck.Article, resolve Resolver, origin Origin) []crosscheck.Quote {
	return ExtractPrepared(arts, nil, resolve, origin)
}

// Article is what quotes finds in one article on its own, before the
// story is known: its quotations with their speakers as the text names
// them, and the full names of people it gives. Prepare makes it; it
// depends on the article's text only, and is kept with it.
type Article struct {
	Quotes []Quoted `json:"quotes,omitempty"`
	Names  []Name   `json:"names,omitempty"`
}

// Quoted is a quotation of an article with the position of the verb that
// attributes it, 0 when none does.
type Quoted struct {
	Found
	At int
	// Named is set when the quotation's own sentence names its speaker.
	Named bool `json:"named,omitempty"`
}

// Name is a full name of a person at a position of an article's text,
// with its last word folded.
type Name struct {
	Pos  int
	Name string
	Last string
}

// Prepare finds the quotations and names of one article's text.
func Prepare(text string) Article {
	var p Article
	for _, q := range find(text) {
		p.Quotes = append(p.Quotes, Quoted{Found: q.Found, At: q.how.at, Named: q.named})
	}
	for _, n := range fullNames(text) {
		p.Names = append(p.Names, Name{Pos: n.pos, Name: n.name, Last: n.last})
	}
	return p
}

// ExtractPrepared is Extract with the articles' Prepare results given:
// prep[i], for arts[i]; nil prep prepares each article here.
func ExtractPrepared(arts []crosscheck.Article, prep []Article, resolve Resolver, origin Origin) []crosscheck.Quote {
	return ExtractMemo(arts, prep, resolve, origin, nil)
}

// ExtractMemo is ExtractPrepared remembering in m what depends on the
// quotations' words and speakers alone (whether two wordings are one
// quotation), for the story's next briefing. The quotes are the same with
// or without m.
func ExtractMemo(arts []crosscheck.Article, prep []Article, resolve Resolver, origin Origin, m *memo.Memo) []crosscheck.Quote {
	if prep == nil {
		prep = make([]Article, len(arts))
		for i := range arts {
			prep[i] = Prepare(arts[i].Text)
		}
	}
	var all []fullName
	perArt := make([][]fullName, len(arts))
	for i := range arts {
		for _, n := range prep[i].Names {
			perArt[i] = append(perArt[i], fullName{pos: n.Pos, name: n.Name, last: n.Last})
		}
		all = append(all, perArt[i]...)
	}
	var items []item
	for i := range arts {
		var spans []textproc.Span
		if origin != nil {
			spans = textproc.SentenceSpans(arts[i].Text)
		}
		fold := func() [][]string {
			out := make([][]string, len(prep[i].Quotes))
			for k, q := range prep[i].Quotes {
				out[k] = textproc.FoldedWords(q.Text)
			}
			return out
		}
		folded := memo.Get(m, "quotes.words", arts[i].Text, fold)
		if len(folded) != len(prep[i].Quotes) {
			folded = fold()
		}
		for k, q := range prep[i].Quotes {
			words := folded[k]
			if len(words) == 0 {
				continue
			}
			at := q.At
			if at == 0 {
				at = q.Start
			}
			items = append(items, item{
				art:     i,
				text:    q.Text,
				speaker: speakerName(q.Speaker, at, perArt[i], all, resolve),
				words:   words,
				content: contentSet(words),
				origin:  quoteOrigin(arts[i].ID, spans, q.Start, max(q.End, q.At), origin),
				named:   q.Named,
			})
		}
	}
	groups := group(items, m)
	var out []crosscheck.Quote
	var built [][]int
	for _, g := range groups {
		if q, ok := build(arts, items, g); ok {
			out = append(out, q)
			built = append(built, g)
		}
	}
	for k, g := range built {
		out[k].Speakers = namedSpeakers(arts, items, g)
	}
	openingSpeakers(arts, items, built, out)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Independent != out[j].Independent {
			return out[i].Independent > out[j].Independent
		}
		return len(out[i].Articles) > len(out[j].Articles)
	})
	return out
}

// speakerName turns a speaker as the text names them into the name the
// story knows them by: the resolver's answer, else the longest full name
// in the article (then in the story) that ends with the same surname.
func speakerName(sp string, pos int, names, story []fullName, resolve Resolver) string {
	if sp = plausibleSpeaker(sp); sp == "" {
		return ""
	}
	if !isName(stripHonorific(sp)) {
		if resolve != nil {
			if full, ok := resolve(sp); ok {
				return full
			}
		}
		return sp
	}
	e := expand(sp, pos, names)
	if resolve != nil {
		if full, ok := resolve(e); ok {
			return full
		}
		if full, ok := resolve(sp); ok {
			return full
		}
	}
	if !strings.Contains(e, " ") {
		e = expand(e, math.MaxInt, story)
	}
	return e
}

func contentWords(words []string) []string {
	var out []string
	for _, w := range words {
		if len(w) >= 3 && !textproc.IsStopword(w) {
			out = append(out, w)
		}
	}
	return out
}

func contentSet(words []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		if len(w) >= 3 && !textproc.IsStopword(w) {
			m[w] = true
		}
	}
	return m
}

// group joins the items that quote the same words and returns the groups
// as lists of item indexes in order of first appearance.
func group(items []item, m *memo.Memo) [][]int {
	var keys []string
	if m != nil {
		keys = make([]string, len(items))
		for i, it := range items {
			keys[i] = it.speaker + "\x00" + strings.Join(it.words, " ")
		}
	}
	sets := unionfind.New(len(items))
	// Only items that share content words are compared: two of them, or
	// one when either has at most three (a short fragment may share only
	// one word exactly and the others up to spelling).
	index := map[string][]int{}
	// Items with the same words and speaker, as wire copies have, join at
	// once and are compared through the first of them only.
	first := map[string]int{}
	// shared counts the words each earlier item shares with the current
	// one; a slice reset after each item is far cheaper than a map per
	// item when many items share common words.
	shared := make([]int, len(items))
	var order []int
	// tried counts, by group root, the members compared with the current
	// item in vain.
	tried := make([]int, len(items))
	var triedRoots []int
	for i, it := range items {
		key := textproc.Fold(lastWord(it.speaker)) + "\x00" + strings.Join(it.words, " ")
		if j, ok := first[key]; ok {
			sets.Union(j, i)
			continue
		}
		first[key] = i
		for _, j := range order {
			shared[j] = 0
		}
		order = order[:0]
		for w := range it.content {
			for _, j := range index[w] {
				if shared[j] == 0 {
					order = append(order, j)
				}
				shared[j]++
			}
		}
		sort.Ints(order)
		for _, r := range triedRoots {
			tried[r] = 0
		}
		triedRoots = triedRoots[:0]
		for _, j := range order {
			need := 2
			if min(len(it.content), len(items[j].content)) <= 3 {
				need = 1
			}
			if shared[j] < need {
				continue
			}
			r := sets.Find(j)
			// A quotation repeated by hundreds of reports is one group:
			// a few of its wordings tell whether this one belongs, and
			// trying all would make a big story cost the square of its
			// size.
			if r == sets.Find(i) || tried[r] >= triesPerGroup {
				continue
			}
			if tried[r] == 0 {
				triedRoots = append(triedRoots, r)
			}
			tried[r]++
			if m == nil && same(items[i], items[j]) ||
				m != nil && memo.Pair(m, "quotes.same", keys[i], keys[j], func() bool { return same(items[i], items[j]) }) {
				sets.Union(j, i)
			}
		}
		for w := range it.content {
			index[w] = append(index[w], i)
		}
	}
	byRoot := map[int]int{}
	var out [][]int
	for i := range items {
		r := sets.Find(i)
		k, ok := byRoot[r]
		if !ok {
			k = len(out)
			byRoot[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// same reports whether two items quote the same words: most words in
// common, or the shorter found, word for word up to spelling, inside the
// longer, said by the same speaker.
func same(a, b item) bool {
	if len(a.words) > len(b.words) {
		a, b = b, a
	}
	// Alignment costs the product of the lengths; very long quotations
	// are compared by their beginnings.
	a.words = a.words[:min(len(a.words), maxAlign)]
	b.words = b.words[:min(len(b.words), maxAlign)]
	m, first, last, content := align(a.words, b.words)
	compatible := sameSpeaker(a.speaker, b.speaker)
	full := float64(m) >= 0.7*float64(len(b.words))
	if !full {
		// Wordings that differ in function words ("will"/"shall",
		// "this"/"that") but keep the same content words.
		ca, cb := contentWords(a.words), contentWords(b.words)
		n := max(len(ca), len(cb))
		cm, _, _, _ := align(ca, cb)
		full = n >= 3 && float64(cm) >= 0.8*float64(n) && float64(m) >= 0.5*float64(len(b.words))
	}
	if full {
		// A long quotation repeated nearly word for word is one quotation
		// even when one report gives it to another speaker: grouped by
		// speaker, a wrong speaker would hide a change of wording.
		return compatible || len(b.words) >= 6 && (a.speaker == "" || b.speaker == "") ||
			len(a.words) >= sameWordsAnySpeaker && float64(m) >= 0.8*float64(len(b.words)) ||
			// "We will not back down," word for word: one line, which
			// reports may give to two speakers.
			len(a.words) >= sameLineAnySpeaker && m == len(a.words) && m == len(b.words)
	}
	if len(a.words) < 2 || float64(m) < 0.8*float64(len(a.words)) || content < 2 {
		return false
	}
	if float64(last-first+1) > 1.5*float64(len(a.words))+2 {
		return false
	}
	if len(a.words) < 6 {
		return compatible && a.speaker != "" && b.speaker != ""
	}
	return compatible || a.speaker == "" || b.speaker == ""
}

// maxFragment is the most words of a quotation too short to list on its
// own.
const maxFragment = 3

// minStatement and minPassage are the fewest words of a quotation whose
// speaker the text does not give for it to be listed: a sentence of its
// own (it opens with a capital) of minStatement words, or any passage of
// minPassage words (a line of a report, a letter, an indictment). Shorter
// ones are phrases a report borrows ("started running for office", "A
// terrific, exciting person."), which without a speaker tell a reader
// nothing.
const (
	minStatement = 6
	minPassage   = 12
)

// statement reports whether a quotation whose speaker is unknown, with
// wordings vs of at most longest words, says enough to be listed.
func statement(vs []*variant, longest int) bool {
	if longest >= minPassage {
		return true
	}
	for _, v := range vs {
		if len(v.words) < minStatement {
			continue
		}
		for _, r := range strings.TrimSpace(v.text) {
			if unicode.IsUpper(r) {
				return true
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
		}
	}
	return false
}

// sameLineAnySpeaker is the fewest words of a quotation that joins
// another of exactly its words whoever the reports say spoke them.
const sameLineAnySpeaker = 5

// sameWordsAnySpeaker is the fewest words of a quotation that joins
// another nearly word for word whoever the reports say spoke them.
const sameWordsAnySpeaker = 8

// triesPerGroup is the most members of one group of quotations that a
// quotation is compared with.
const triesPerGroup = 6

// maxAlign is the most words of a quotation that same aligns.
const maxAlign = 400

// sameSpeaker reports whether two speakers share a surname, up to
// spelling ("Zelensky", "Zelenskyy").
func sameSpeaker(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	x, y := textproc.Fold(lastWord(a)), textproc.Fold(lastWord(b))
	return x == y || similarWord(x, y)
}

// align finds the longest common subsequence of a in b with words equal up
// to spelling. It returns its length, the first and last matched positions
// in b and how many matched words of a are content words.
func align(a, b []string) (n, first, last, content int) {
	rows := len(a) + 1
	cols := len(b) + 1
	dp := make([]int, rows*cols)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			v := dp[(i+1)*cols+j]
			if w := dp[i*cols+j+1]; w > v {
				v = w
			}
			if a[i] == b[j] || similarWord(a[i], b[j]) {
				if w := dp[(i+1)*cols+j+1] + 1; w > v {
					v = w
				}
			}
			dp[i*cols+j] = v
		}
	}
	first, last = -1, -1
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case (a[i] == b[j] || similarWord(a[i], b[j])) && dp[i*cols+j] == dp[(i+1)*cols+j+1]+1:
			if first < 0 {
				first = j
			}
			last = j
			n++
			if len(a[i]) >= 3 && !textproc.IsStopword(a[i]) {
				content++
			}
			i++
			j++
		case dp[(i+1)*cols+j] >= dp[i*cols+j+1]:
			i++
		default:
			j++
		}
	}
	return n, first, last, content
}

// similarWord reports whether two folded words are one word spelled two
// ways: same first letter, and an edit distance of at most a third of the
// longer.
func similarWord(a, b string) bool {
	if a == b {
		return true
	}
	// Cheap refusals first: alignment asks this of every pair of words.
	fa, _ := utf8.DecodeRuneInString(a)
	fb, _ := utf8.DecodeRuneInString(b)
	if fa != fb {
		return false
	}
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na < 4 || nb < 4 {
		return false
	}
	longer := max(na, nb)
	limit := max(1, longer/3)
	if abs(na-nb) > limit {
		return false
	}
	return distance([]rune(a), []rune(b)) <= limit
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// distance is the Levenshtein distance of two words.
func distance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// variant is one wording of a quotation.
type variant struct {
	text  string
	words []string
	arts  map[int]bool
	first int
}

// build makes the Quote of a group of items, with the speaker most items
// give, or "" (unattributed) when none gives one; ok is false for a
// fragment, and for an unattributed quotation that is not a statement.
func build(arts []crosscheck.Article, items []item, g []int) (crosscheck.Quote, bool) {
	count := map[string]int{}
	for _, i := range g {
		if sp := items[i].speaker; sp != "" {
			count[sp]++
		}
	}
	speaker := ""
	for sp, n := range count {
		if n > count[speaker] || n == count[speaker] && (len(sp) > len(speaker) || len(sp) == len(speaker) && sp < speaker) {
			speaker = sp
		}
	}
	var vs []*variant
	byKey := map[string]*variant{}
	for k, i := range g {
		it := items[i]
		key := strings.Join(it.words, " ")
		v, ok := byKey[key]
		if !ok {
			v = &variant{text: it.text, words: it.words, arts: map[int]bool{}, first: k}
			byKey[key] = v
			vs = append(vs, v)
		}
		v.arts[it.art] = true
	}
	// A wording found word for word inside a longer one is a part of it,
	// not a wording of its own.
	kept := vs[:0:0]
	for _, v := range vs {
		inside := false
		for _, w := range vs {
			if w != v && len(w.words) > len(v.words) && containsRun(w.words, v.words) {
				inside = true
				for a := range v.arts {
					w.arts[a] = true
				}
			}
		}
		if !inside {
			kept = append(kept, v)
		}
	}
	vs = kept
	longest := 0
	for _, v := range vs {
		longest = max(longest, len(v.words))
	}
	// A fragment of a few words ("very special", "full stop") is a phrase
	// a report borrows, not a quotation to list on its own; it still
	// counts as a part of a longer wording it belongs to.
	if longest <= maxFragment {
		return crosscheck.Quote{}, false
	}
	if speaker == "" && !statement(vs, longest) {
		return crosscheck.Quote{}, false
	}
	// The text is the wording most articles carry, among those at least
	// half as long as the longest, so that a fragment never stands for the
	// whole quotation.
	var best *variant
	for _, v := range vs {
		if 2*len(v.words) < longest {
			continue
		}
		if best == nil || len(v.arts) > len(best.arts) || len(v.arts) == len(best.arts) && len(v.words) > len(best.words) {
			best = v
		}
	}
	sort.SliceStable(vs, func(i, j int) bool {
		if len(vs[i].arts) != len(vs[j].arts) {
			return len(vs[i].arts) > len(vs[j].arts)
		}
		return vs[i].first < vs[j].first
	})
	all := map[int]bool{}
	q := crosscheck.Quote{Speaker: speaker, Text: best.text}
	for _, v := range vs {
		c := crosscheck.Cited{Text: v.text}
		for _, a := range sortedKeys(v.arts) {
			c.Articles = append(c.Articles, arts[a].ID)
			all[a] = true
		}
		q.Variants = append(q.Variants, c)
	}
	for _, a := range sortedKeys(all) {
		q.Articles = append(q.Articles, arts[a].ID)
	}
	origins := map[string]bool{}
	for _, i := range g {
		o := items[i].origin
		if o == "" {
			o = arts[items[i].art].ID
		}
		origins[o] = true
	}
	q.Independent = len(origins)
	return q, true
}

// minOpening is the fewest words of a quotation's first sentence by which
// two quotations that go on differently are one statement.
const minOpening = 6

// openingSpeakers lists the speakers of quotations that open on the same
// sentence and go on differently ("They were in and out in under two
// minutes. This was planned …", "They were in and out in under two
// minutes. Our guard tried …") when reports give that sentence to
// different people, on the first such quotation that lists none.
func openingSpeakers(arts []crosscheck.Article, items []item, groups [][]int, qs []crosscheck.Quote) {
	byOpening := map[string][]int{} // quotes, by the words of their first sentence
	opening := map[int]string{}     // items, by the same
	var keys []string
	for k, g := range groups {
		seen := map[string]bool{}
		for _, i := range g {
			o := firstSentenceWords(items[i].text)
			if len(o) < minOpening {
				continue
			}
			key := strings.Join(o, " ")
			opening[i] = key
			if seen[key] {
				continue
			}
			seen[key] = true
			if byOpening[key] == nil {
				keys = append(keys, key)
			}
			byOpening[key] = append(byOpening[key], k)
		}
	}
	for _, key := range keys {
		ks := byOpening[key]
		if len(ks) < 2 || qs[ks[0]].Speakers != nil {
			continue
		}
		var g []int
		for _, k := range ks {
			for _, i := range groups[k] {
				if opening[i] == key {
					g = append(g, i)
				}
			}
		}
		qs[ks[0]].Speakers = namedSpeakers(arts, items, g)
	}
}

// firstSentenceWords returns the folded words of a quotation's first
// sentence.
func firstSentenceWords(text string) []string {
	end := len(text)
	for _, mark := range []string{". ", "? ", "! "} {
		if i := strings.Index(text, mark); i >= 0 && i < end {
			end = i
		}
	}
	return textproc.FoldedWords(text[:end])
}

// personSpeaker reports whether a speaker is a person's name of two words
// or more, not a role ("Canada's Minister"), a party and state ("D-Minn.")
// or a title alone.
func personSpeaker(sp string) bool {
	f := strings.Fields(stripHonorific(sp))
	if len(f) < 2 || !isName(strings.Join(f, " ")) {
		return false
	}
	for _, w := range f {
		if strings.ContainsAny(w, "'’") && strings.HasSuffix(strings.ToLower(w), "s") || strings.Count(w, "-") == 1 && strings.HasSuffix(w, ".") {
			return false
		}
	}
	return !titleWords[strings.ToLower(f[len(f)-1])]
}

// namedSpeakers returns the people a quotation's reports name as its
// speaker in its own sentence, with the reports that name each, when
// they are people of different surnames ("Justice Miriam Okonkwo wrote
// for the majority that …", "Justice Paul Hendricks wrote for the
// majority that …"); else nil. A speaker found through a pronoun or an
// earlier quotation may be a slip of the reading, not of the report.
func namedSpeakers(arts []crosscheck.Article, items []item, g []int) []crosscheck.Cited {
	byName := map[string]map[int]bool{}
	var names []string
	for _, i := range g {
		it := items[i]
		if !it.named || !personSpeaker(it.speaker) {
			continue
		}
		k := ""
		for _, n := range names {
			if sameSpeaker(n, it.speaker) {
				k = n
				break
			}
		}
		if k == "" {
			k = it.speaker
			names = append(names, k)
			byName[k] = map[int]bool{}
		}
		byName[k][it.art] = true
	}
	if len(names) < 2 {
		return nil
	}
	// A report that names two of them for one quotation is left out.
	for a, n := range names {
		for _, m := range names[a+1:] {
			for art := range byName[n] {
				if byName[m][art] {
					delete(byName[n], art)
					delete(byName[m], art)
				}
			}
		}
	}
	var out []crosscheck.Cited
	for _, n := range names {
		if len(byName[n]) == 0 {
			continue
		}
		c := crosscheck.Cited{Text: n}
		for _, a := range sortedKeys(byName[n]) {
			c.Articles = append(c.Articles, arts[a].ID)
		}
		out = append(out, c)
	}
	if len(out) < 2 {
		return nil
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Text < out[j].Text })
	return out
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// containsRun reports whether part stands word for word in whole.
func containsRun(whole, part []string) bool {
	for i := 0; i+len(part) <= len(whole); i++ {
		ok := true
		for j := range part {
			if whole[i+j] != part[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// quoteOrigin returns the source a quotation at text[start:end] (with its
// attribution) counts for: the origin of the article's first sentence in
// that span whose origin differs from the article's own (the one that
// credits or repeats another source), else the article's own origin.
func quoteOrigin(id string, spans []textproc.Span, start, end int, origin Origin) string {
	if origin == nil {
		return ""
	}
	own := origin(id, -1)
	for i, sp := range spans {
		if sp.End <= start || sp.Start >= end {
			continue
		}
		if o := origin(id, i); o != "" && o != own {
			return o
		}
	}
	return own
}
