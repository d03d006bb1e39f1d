// Package facts aligns the sentences of a story's articles that state the
// same thing into facts, and counts how many independent sources back each.
//
// Two sentences of different articles are taken to state the same thing
// when they share enough of their distinctive content (stemmed content
// words weighted by how rare they are in the story, capitalised names among
// them), enough of it is what they say about those names (lower-case
// words) rather than the names, dates and background clauses alone, and
// they do not give different numbers. Two articles' leads, which state the
// main event each in its own words, link at a lower likeness; a claim and
// its negation ("was charged", "was not charged") never link. Exact copies
// of a sentence are compared once. Sentences are grouped by single link,
// strongest links first, with guards against chaining: a fact takes at most
// two wordings from one article, and two groups join only while their core
// wordings still say enough in common. A fact's independent sources are the
// distinct origins (provenance.Result.SentenceOrigin) of its sentences, so
// copies of one wire story count once. A fact is told in its most central
// wording, or, when its wordings give different figures, in the one
// published last.
//
// Facts does not judge whether a statement is true, and it does not detect
// contradictions; discrepancy does.
package facts

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"crosscheck"
	"crosscheck/analyze/provenance"
	"crosscheck/dedup"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// Thresholds of sentence alignment.
const (
	// linkJaccard is the weighted Jaccard similarity at which two sentences
	// state the same thing.
	linkJaccard = 0.34
	// linkContainment and linkJaccardLow admit a short sentence that a
	// longer one contains.
	linkContainment = 0.6
	linkJaccardLow  = 0.2
	// minShared is the fewest terms two linked sentences share.
	minShared = 3
	// phrasePairs and phraseContainment admit sentences that share several
	// phrases though each also says more.
	phrasePairs       = 3
	phraseContainment = 0.4
	// maxPerArticle is the most sentences one article gives a fact; more
	// would mean the fact is chaining through loosely related sentences.
	maxPerArticle = 2
	// coreContainment is the least weighted containment between the core
	// wordings of two clusters that a link may join: a chain of links
	// must not drift away from what the fact first said.
	coreContainment = 0.3
	// predicateContainment and predicateShared are what two linked
	// sentences must share of their plain (lower-case) terms: shared
	// names, dates and background clauses alone ("the Harlow
	// administration", "since the storm flooded Lakeside") do not make one
	// statement.
	predicateContainment = 0.33
	predicateShared      = 4
	// containedShared is how many shared plain terms still link a sentence
	// contained in a longer one when they are not most of what it says.
	containedShared = 3
	// leadJaccard and leadShared link two articles' leads, which state the
	// story's main event in different words more often than any other
	// pair of sentences; they must still say enough in common
	// (predicateContainment or predicateShared, and leadShared plain
	// terms).
	leadJaccard = 0.15
	leadShared  = 3
	// closeLeadJaccard is the weighted Jaccard from which two leads need
	// only leadShared plain terms in common, not the predicate test.
	closeLeadJaccard = 0.25
	// minTerms is the fewest terms a sentence needs to become a fact.
	minTerms = 2
	// maxFollowers is the most wordings after it in story order that a
	// wording is compared with through one term of its prefix. A big
	// story's reports rewrite the same sentences: hundreds of wordings
	// share their rarest terms, and comparing each with all the others
	// would make the cost grow with the square of the story. Wordings of
	// one statement still join through the chain of their links; lists
	// this long occur only where more than maxFollowers wordings share a
	// rare term.
	maxFollowers = 128
)

// occurrence is one sentence of one article.
type occurrence struct {
	art, sent int     // indexes into arts and the article's sentences
	pos       float64 // relative position in the article, 0 = lead
}

// unit is one wording: a sentence and its exact copies (same words, case,
// accents and punctuation aside), wherever they occur. Copies of a wire
// sentence are compared once.
type unit struct {
	text    string
	occ     []occurrence
	arts    []int    // distinct articles of occ, sorted
	terms   []int    // distinct term ids, sorted
	plain   []int    // distinct ids of the terms written in lower case, sorted
	pairs   []uint64 // distinct phrase pair hashes, sorted
	numbers []string
	weight  float64 // sum of the weights of terms
	lead    bool    // the lead of one of its articles
	negated bool    // negated as a whole (polarity.negated)
	scoped  []int   // distinct ids of the terms a negation scopes, sorted
	// narrated holds the distinct ids of the terms outside quotations,
	// sorted.
	narrated []int
}

// Align returns the facts of a story's articles: every statement, with the
// articles and outlets that carry it and its number of independent origins,
// most corroborated first. prov may be nil; each article then counts as its
// own origin.
func Align(arts []crosscheck.Article, prov *provenance.Result) []crosscheck.Fact {
	return AlignMemo(arts, prov, nil)
}

// AlignMemo is Align remembering in m what depends on one article's text
// alone (the terms of its sentences), for the story's next briefing. The
// facts are the same with or without m.
func AlignMemo(arts []crosscheck.Article, prov *provenance.Result, m *memo.Memo) []crosscheck.Fact {
	units, clusters, links := align(arts, m)

	// The links inside each cluster, for its centrality.
	clusterOf := make([]int, len(units))
	for i := range clusterOf {
		clusterOf[i] = -1
	}
	for ci, c := range clusters {
		for _, u := range c {
			clusterOf[u] = ci
		}
	}
	inner := make([][]link, len(clusters))
	for _, l := range links {
		if c := clusterOf[l.a]; c >= 0 && c == clusterOf[l.b] {
			inner[c] = append(inner[c], l)
		}
	}
	facts := make([]crosscheck.Fact, 0, len(clusters))
	order := make([]float64, 0, len(clusters))
	for ci, c := range clusters {
		f, pos := makeFact(arts, units, c, inner[ci], prov)
		facts = append(facts, f)
		order = append(order, pos)
	}
	idx := make([]int, len(facts))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		fa, fb := facts[idx[a]], facts[idx[b]]
		if fa.Independent != fb.Independent {
			return fa.Independent > fb.Independent
		}
		if len(fa.Articles) != len(fb.Articles) {
			return len(fa.Articles) > len(fb.Articles)
		}
		if order[idx[a]] != order[idx[b]] {
			return order[idx[a]] < order[idx[b]]
		}
		return fa.Text < fb.Text
	})
	out := make([]crosscheck.Fact, len(facts))
	for i, j := range idx {
		out[i] = facts[j]
	}
	return out
}

// align splits the articles into wordings and groups them: it returns the
// wordings, the clusters (indexes into the wordings) and the links found.
func align(arts []crosscheck.Article, m *memo.Memo) ([]unit, [][]int, []link) {
	units, idf := prepare(arts, m)
	links := candidateLinks(units, idf)
	return units, group(units, links, idf), links
}

// prepare splits the articles into wordings and weighs terms by their
// inverse document frequency over the story's distinct wordings, so that
// many copies of one sentence do not make its words look common.
func prepare(arts []crosscheck.Article, m *memo.Memo) ([]unit, []float64) {
	ids := map[string]int{}
	byKey := map[string]int{}
	var df []int
	var units []unit
	for ai := range arts {
		var read articleTerms
		if m == nil {
			read = readArticle(arts[ai].Text)
		} else {
			read = memo.Get(m, "facts.sentences", arts[ai].Text, func() articleTerms { return readArticle(arts[ai].Text) })
		}
		sents, lead := read.sents, read.lead
		for si, terms := range read.terms {
			s := sents[si]
			o := occurrence{art: ai, sent: si}
			if len(sents) > 1 {
				o.pos = float64(si) / float64(len(sents)-1)
			}
			ts, pairs, plain, key := terms.terms, terms.pairs, terms.plain, terms.key
			if ui, ok := byKey[key]; ok {
				u := &units[ui]
				u.occ = append(u.occ, o)
				if u.arts[len(u.arts)-1] != ai {
					u.arts = append(u.arts, ai)
				}
				u.lead = u.lead || si == lead
				continue
			}
			byKey[key] = len(units)
			// Numbers and polarity are read once per distinct wording.
			var st sentenceFacts
			if m == nil {
				st = readSentence(s)
			} else {
				st = memo.Get(m, "facts.sentence", s, func() sentenceFacts { return readSentence(s) })
			}
			u := unit{text: s, occ: []occurrence{o}, arts: []int{ai}, numbers: st.numbers, lead: si == lead}
			u.pairs = pairs
			seen := map[int]bool{}
			for _, t := range ts {
				id, ok := ids[t]
				if !ok {
					id = len(df)
					ids[t] = id
					df = append(df, 0)
				}
				if !seen[id] {
					seen[id] = true
					u.terms = append(u.terms, id)
					df[id]++
				}
			}
			sort.Ints(u.terms)
			for _, t := range plain {
				u.plain = append(u.plain, ids[t])
			}
			slices.Sort(u.plain)
			u.plain = slices.Compact(u.plain)
			pol := st.pol
			u.negated = pol.negated
			for _, t := range pol.scoped {
				if id, ok := ids[t]; ok {
					u.scoped = append(u.scoped, id)
				}
			}
			slices.Sort(u.scoped)
			for _, t := range pol.narrated {
				if id, ok := ids[t]; ok {
					u.narrated = append(u.narrated, id)
				}
			}
			slices.Sort(u.narrated)
			units = append(units, u)
		}
	}
	idf := make([]float64, len(df))
	n := float64(len(units))
	for id, d := range df {
		idf[id] = math.Log(1 + n/float64(d))
	}
	for i := range units {
		for _, t := range units[i].terms {
			units[i].weight += idf[t]
		}
	}
	return units, idf
}

// articleTerms is what prepare reads from one article's text alone.
type articleTerms struct {
	sents []string
	lead  int
	terms []sentenceTerms
}

// sentenceTerms is what prepare reads from one sentence.
type sentenceTerms struct {
	terms []string
	pairs []uint64 // distinct, sorted
	plain []string
	key   string
}

// sentenceFacts is what prepare reads from one distinct wording besides
// its terms.
type sentenceFacts struct {
	numbers []string // distinct
	pol     polarity
}

func readSentence(s string) sentenceFacts {
	return sentenceFacts{numbers: distinctStrings(numbers(s)), pol: sentencePolarity(s)}
}

// readArticle reads the terms of each sentence of one article's text. Its
// result may be remembered and shared: nothing changes it afterwards.
func readArticle(text string) articleTerms {
	sents := textproc.Sentences(text)
	out := articleTerms{sents: sents, lead: textproc.Lead(sents), terms: make([]sentenceTerms, len(sents))}
	for i, s := range sents {
		st := &out.terms[i]
		st.terms, st.pairs, st.plain, st.key = terms(s)
		st.pairs = distinctHashes(st.pairs)
	}
	return out
}

// link is a pair of wordings that state the same thing.
type link struct {
	a, b int
	sim  float64
}

// candidateLinks returns the links between wordings, strongest first, found
// through an inverted index of terms. Two wordings of one article alone are
// not linked: an article does not corroborate itself.
func candidateLinks(units []unit, idf []float64) []link {
	// Two wordings are linked only when they share minShared terms or
	// more. Such a pair shares one of the rarest len-minShared+1 terms of
	// each (their prefixes, terms ranked by weight, rarest first): only
	// the prefixes are indexed, so that the words a big story repeats in
	// every report do not make every pair of its wordings a candidate.
	rank := func(a, b int) int {
		if idf[a] != idf[b] {
			if idf[a] > idf[b] {
				return -1
			}
			return 1
		}
		return a - b
	}
	postings := make([][]int, len(idf))
	prefixes := make([][]int, len(units))
	for i, u := range units {
		if len(u.terms) < max(minTerms, minShared) {
			continue
		}
		p := slices.SortedFunc(slices.Values(u.terms), rank)[:len(u.terms)-minShared+1]
		prefixes[i] = p
		for _, t := range p {
			postings[t] = append(postings[t], i)
		}
	}
	var links []link
	seen := make([]int, len(units)) // i+1 once j is a candidate of i
	var touched []int
	for i := range units {
		if prefixes[i] == nil {
			continue
		}
		u := &units[i]
		touched = touched[:0]
		for _, t := range prefixes[i] {
			list := postings[t]
			lo, _ := slices.BinarySearch(list, i+1)
			for _, j := range list[lo:min(len(list), lo+maxFollowers)] {
				if seen[j] != i+1 {
					seen[j] = i + 1
					touched = append(touched, j)
				}
			}
		}
		for _, j := range touched {
			v := &units[j]
			// The weight they share, summed in term order as an index
			// over every term would.
			inter, n := 0.0, 0
			for x, y := 0, 0; x < len(u.terms) && y < len(v.terms); {
				switch {
				case u.terms[x] < v.terms[y]:
					x++
				case u.terms[x] > v.terms[y]:
					y++
				default:
					inter += idf[u.terms[x]]
					n++
					x++
					y++
				}
			}
			if n < minShared || len(v.terms) < minTerms || sameArticle(u.arts, v.arts) ||
				!numbersAgree(u.numbers, v.numbers) || opposed(u, v) {
				continue
			}
			pcon, pn := predicate(u, v, idf)
			jac := inter / (u.weight + v.weight - inter)
			// Two leads that share much of their words state the main
			// event with fewer plain terms in common than other
			// sentences need ("Mayor Dana Ortiz joined several other
			// Democrats Tuesday in calling on … Hal Brandt to give up
			// his bid …, as he continued to hold his ground" / "Mayor
			// Dana Ortiz on Tuesday joined a chorus of Democrats calling
			// for … Hal Brandt to drop his bid and quit the budget
			// panel").
			closeLeads := u.lead && v.lead && jac >= closeLeadJaccard && pn >= leadShared
			if pcon < predicateContainment && pn < predicateShared && !closeLeads {
				continue
			}
			con := inter / math.Min(u.weight, v.weight)
			// A short sentence linked because a longer one contains it
			// must be contained in what it says too, or the longer one's
			// other claims would be credited to it.
			contained := con >= linkContainment && jac >= linkJaccardLow &&
				(pcon >= linkContainment || pn >= containedShared)
			// Reports of one event open by stating it, each in its own
			// words: two leads that share enough of what they say state
			// the main event.
			leads := u.lead && v.lead && jac >= leadJaccard && pn >= leadShared
			if jac >= linkJaccard || contained || leads ||
				con >= phraseContainment && dedup.Shared(u.pairs, v.pairs) >= phrasePairs {
				links = append(links, link{a: i, b: j, sim: jac})
			}
		}
	}
	sort.Slice(links, func(x, y int) bool {
		if links[x].sim != links[y].sim {
			return links[x].sim > links[y].sim
		}
		if links[x].a != links[y].a {
			return links[x].a < links[y].a
		}
		return links[x].b < links[y].b
	})
	return links
}

// pronouns are words that, at the start of a sentence, lean on an earlier
// one to say who or what.
var pronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "his": true, "her": true, "its": true,
	"their": true, "this": true, "that": true, "these": true, "those": true, "we": true, "i": true,
}

// dependent reports whether a sentence does not stand on its own: it opens
// with a pronoun or in lower case.
func dependent(s string) bool {
	w := textproc.Words(s)
	if len(w) == 0 {
		return true
	}
	r := []rune(w[0])
	return pronouns[strings.ToLower(w[0])] || unicode.IsLower(r[0])
}

// containment returns the weight of the terms two wordings share over the
// weight of the lighter one.
func containment(a, b *unit, idf []float64) float64 {
	inter := 0.0
	for i, j := 0, 0; i < len(a.terms) && j < len(b.terms); {
		switch {
		case a.terms[i] < b.terms[j]:
			i++
		case a.terms[i] > b.terms[j]:
			j++
		default:
			inter += idf[a.terms[i]]
			i++
			j++
		}
	}
	if w := math.Min(a.weight, b.weight); w > 0 {
		return inter / w
	}
	return 0
}

// predicate measures whether two wordings say the same about their names,
// not merely name the same people, places and dates: it returns the weight
// of the plain terms they share over that of the lighter one's, and their
// number. A term is plain for the pair when either wording writes it in
// lower case, so that "Fire Chief Ana Ruiz" and "the local fire chief" share
// "fire chief" while "Governor Marsh" in both stays a name.
func predicate(a, b *unit, idf []float64) (float64, int) {
	// One walk over each side's sorted ids, with a cursor into each
	// sorted list it is looked up in.
	weigh := func(terms, other []int) (w, inter float64, n int) {
		var io, ia, ib int
		for _, t := range terms {
			for io < len(other) && other[io] < t {
				io++
			}
			for ia < len(a.plain) && a.plain[ia] < t {
				ia++
			}
			for ib < len(b.plain) && b.plain[ib] < t {
				ib++
			}
			if !(ia < len(a.plain) && a.plain[ia] == t || ib < len(b.plain) && b.plain[ib] == t) {
				continue
			}
			w += idf[t]
			if io < len(other) && other[io] == t {
				inter += idf[t]
				n++
			}
		}
		return w, inter, n
	}
	wa, inter, n := weigh(a.terms, b.terms)
	wb, _, _ := weigh(b.terms, nil)
	if w := math.Min(wa, wb); w > 0 {
		return inter / w, n
	}
	return 0, n
}

// opposed reports whether one wording negates what the other states ("was
// charged", "was not charged"; "was arrested", "no arrests were made"):
// they differ in polarity, and one negates a term both narrate that the
// other does not. A claim and its negation are not one fact; discrepancy
// weighs them. Quoted words are left out: one report quotes what another
// tells in its own words, and excerpts of one quotation differ in the
// clauses they keep.
func opposed(a, b *unit) bool {
	if a.negated == b.negated {
		return false
	}
	for _, t := range a.narrated {
		if _, ok := slices.BinarySearch(b.narrated, t); !ok {
			continue
		}
		_, na := slices.BinarySearch(a.scoped, t)
		_, nb := slices.BinarySearch(b.scoped, t)
		if na != nb {
			return true
		}
	}
	return false
}

// sameArticle reports whether two wordings occur only in one and the same
// article.
func sameArticle(a, b []int) bool {
	return len(a) == 1 && len(b) == 1 && a[0] == b[0]
}

// numbersAgree reports whether two sentences can state the same thing as
// far as their figures go: when both give numbers, they share one.
func numbersAgree(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// group joins linked wordings into clusters, strongest links first,
// refusing a join that would give a cluster more than maxPerArticle
// wordings from one article or whose clusters' cores (the first wording
// of the larger side of each join) say too little in common. Clusters come back in
// order of their first wording.
func group(units []unit, links []link, idf []float64) [][]int {
	parent := make([]int, len(units))
	core := make([]int, len(units))
	size := make([]int, len(units))
	perArt := make([]map[int]int, len(units))
	for i := range units {
		parent[i] = i
		core[i] = i
		size[i] = 1
		perArt[i] = map[int]int{}
		for _, a := range units[i].arts {
			perArt[i][a] = 1
		}
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, l := range links {
		ra, rb := find(l.a), find(l.b)
		if ra == rb {
			continue
		}
		// The smaller map is walked, so that a big fact does not cost its
		// size at every link.
		small, big := perArt[ra], perArt[rb]
		if len(small) > len(big) {
			small, big = big, small
		}
		ok := true
		for art, n := range small {
			if big[art]+n > maxPerArticle {
				ok = false
				break
			}
		}
		if !ok || containment(&units[core[ra]], &units[core[rb]], idf) < coreContainment {
			continue
		}
		if ra > rb {
			ra, rb = rb, ra
		}
		if size[rb] > size[ra] {
			core[ra] = core[rb]
		}
		size[ra] += size[rb]
		parent[rb] = ra
		small, big = perArt[rb], perArt[ra]
		if len(small) > len(big) {
			small, big = big, small
		}
		for art, n := range small {
			big[art] += n
		}
		perArt[ra], perArt[rb] = big, nil
	}
	members := map[int][]int{}
	var roots []int
	for i := range units {
		if len(units[i].terms) < minTerms {
			continue
		}
		r := find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, members[r])
	}
	return out
}

// makeFact builds the fact of a cluster from its wordings and the links
// between them: its most central wording as text, the articles and outlets
// that carry it, its independent origins, and the earliest relative
// position of its sentences.
func makeFact(arts []crosscheck.Article, units []unit, c []int, links []link, prov *provenance.Result) (crosscheck.Fact, float64) {
	central := map[int]float64{}
	for _, l := range links {
		central[l.a] += l.sim
		central[l.b] += l.sim
	}
	// A wording carried by more articles is more central than its copies
	// count once would say.
	score := func(u int) float64 {
		v := central[u] + float64(len(units[u].arts)-1)
		if dependent(units[u].text) {
			v--
		}
		return v
	}
	best, bestScore := c[0], score(c[0])
	for _, u := range c[1:] {
		if v := score(u); v > bestScore || v == bestScore && len(units[u].terms) > len(units[best].terms) {
			best, bestScore = u, v
		}
	}
	if u, ok := latestFigures(arts, units, c); ok {
		best = u
	}
	var f crosscheck.Fact
	f.Text = textproc.TrimDateline(units[best].text)
	artSet := map[int]bool{}
	outlets := map[string]bool{}
	origins := map[string]bool{}
	pos := 1.0
	for _, u := range c {
		for _, o := range units[u].occ {
			a := &arts[o.art]
			artSet[o.art] = true
			if name := strings.TrimSpace(a.Outlet); name != "" {
				outlets[name] = true
			}
			origin := a.ID
			if prov != nil {
				if s := prov.SentenceOrigin(a.ID, o.sent); s != "" {
					origin = s
				}
			}
			origins[origin] = true
			pos = math.Min(pos, o.pos)
		}
	}
	for ai := range arts {
		if artSet[ai] {
			f.Articles = append(f.Articles, arts[ai].ID)
		}
	}
	f.Outlets = sortedKeys(outlets)
	f.Independent = len(origins)
	return f, pos
}

// latestFigures returns, when the wordings of a cluster give different
// figures, the wording with figures published last: a later report
// updates a figure ("at least 12 dead", then "at least 15 dead"), and the
// fact should state the latest. It returns false when the figures agree
// or the dates do not tell.
func latestFigures(arts []crosscheck.Article, units []unit, c []int) (int, bool) {
	// Figures differ when neither of two wordings gives all the other's:
	// one that only adds a figure ("in 20 years") updates nothing.
	differ := false
	for i, u := range c {
		for _, v := range c[i+1:] {
			a, b := units[u].numbers, units[v].numbers
			if len(a) > 0 && len(b) > 0 && !subset(a, b) && !subset(b, a) {
				differ = true
			}
		}
	}
	if !differ {
		return 0, false
	}
	best, bestTime, tie := -1, time.Time{}, false
	for _, u := range c {
		if len(units[u].numbers) == 0 {
			continue
		}
		var t time.Time
		for _, o := range units[u].occ {
			if p := arts[o.art].Published.Time; p.After(t) {
				t = p
			}
		}
		switch {
		case best < 0 || t.After(bestTime):
			best, bestTime, tie = u, t, false
		case t.Equal(bestTime):
			tie = true
		}
	}
	if best < 0 || bestTime.IsZero() || tie {
		return 0, false
	}
	return best, true
}

// subset reports whether every string of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func distinctStrings(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func distinctHashes(s []uint64) []uint64 {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
