// Package provenance finds which reports of a story copy or rewrite another
// and so gives each article, and each of its sentences, an origin: the source
// it stands for.
//
// Three kinds of evidence count: near-duplicate text at sentence level
// (word shingles of the narration, quotations left out, since independent
// reports quote the same words), wire datelines such as "WASHINGTON (AP) —",
// and explicit credit such as "AP reported", "told The Associated Press" or
// "according to Reuters". An article most of whose narration repeats
// articles of one origin is a copy and takes that origin; an article that
// repeats or credits another source only in places keeps its own origin,
// and only those sentences count for the other source.
//
// Provenance works on one story's articles at a time; it does not group
// articles into stories.
package provenance

import (
	"cmp"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"crosscheck"
	"crosscheck/analyze/discrepancy"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// Thresholds of the near-duplicate evidence.
const (
	// shingleSize is the number of words in a shingle.
	shingleSize = 3
	// minShingles is the fewest narration shingles a sentence needs to be
	// compared; shorter ones prove nothing.
	minShingles = 3
	// sentenceMatch is the share of the shorter sentence's shingles that a
	// pair must share to be a near copy.
	sentenceMatch = 0.5
	// copyCoverage is the share of an article's narration, by words, that
	// must repeat articles of one other origin for it to be a copy.
	copyCoverage = 0.5
)

// Result is the provenance of a story's articles.
type Result struct {
	// Origin maps an article id to the source it stands for: a wire agency
	// for wire copies, else the outlet, else the article id.
	Origin map[string]string
	// CopyOf maps the id of an article that copies or rewrites another to
	// the id of the article it follows most closely.
	CopyOf map[string]string
	// Credits maps an article id to the sources, other than its own origin,
	// that it names as the origin of some of its reporting.
	Credits map[string][]string
	// Borrowed maps an article id to the other origins some of its sentences
	// count for, because they repeat or credit them.
	Borrowed map[string][]string

	sentences map[string][]string
}

// SentenceOrigin returns the origin that sentence i (of
// textproc.Sentences(a.Text), from 0) of the article counts for. It is the
// article's origin unless the sentence repeats or credits another source.
// An unknown article gives "".
func (r *Result) SentenceOrigin(articleID string, i int) string {
	if r == nil {
		return ""
	}
	if s, ok := r.sentences[articleID]; ok && i >= 0 && i < len(s) {
		return s[i]
	}
	return r.Origin[articleID]
}

// sentence is one sentence of an article as provenance sees it.
type sentence struct {
	shingles []uint64 // distinct narration shingles
	// quoted holds the distinct shingles of the whole sentence when its
	// narration is too short to compare: a quotation with "he said".
	quoted  []uint64
	words   int // narration words
	credits []string
}

// doc is one article as provenance sees it.
type doc struct {
	art       *crosscheck.Article
	wire      bool   // its dateline or outlet names the source it stands for
	dateline  bool   // its text opens with a source's dateline
	base      string // origin before copy detection
	sentences []sentence
	// matches[i] lists the near copies of sentence i in other articles.
	matches [][]ref
	// quoteMatches[i] lists the other articles' sentences that repeat the
	// quotation sentence i is made of.
	quoteMatches [][]ref
	credits      []string
	covered      *pairCover // by pairCoverage, made on first use
}

// pairCover is how many narration words of a doc repeat each other doc.
type pairCover struct {
	total int
	words map[int]int
}

type ref struct{ doc, sent int }

// Analyze returns the provenance of one story's articles. It is
// deterministic: the result does not depend on map order.
func Analyze(arts []crosscheck.Article) *Result {
	return AnalyzePrepared(arts, nil)
}

// Article is what provenance reads from one article on its own: the
// shingles of each sentence. Prepare makes it; it depends on the
// article's text only, and is kept with it.
type Article struct {
	Sentences []Sentence `json:"sentences,omitempty"`
}

// Sentence is the near-copy evidence of one sentence: the distinct
// shingles of its narration and its count of narration words, and, when
// the narration is too short to compare, the shingles of the whole
// sentence.
type Sentence struct {
	Shingles Hashes `json:"s,omitempty"`
	Quoted   Hashes `json:"q,omitempty"`
	Words    int    `json:"w,omitempty"`
}

// Hashes are shingle hashes. In JSON they are one base64 string of their
// little-endian bytes, half the size of a list of numbers.
type Hashes []uint64

// MarshalJSON implements json.Marshaler.
func (h Hashes) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 8*len(h))
	for _, v := range h {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return json.Marshal(b)
}

// UnmarshalJSON implements json.Unmarshaler.
func (h *Hashes) UnmarshalJSON(data []byte) error {
	var b []byte
	if err := json.Unmarshal(data, &b); err != nil {
		return err
	}
	if len(b)%8 != 0 {
		return fmt.Errorf("shingle hashes of %d bytes, not a multiple of 8", len(b))
	}
	out := make(Hashes, len(b)/8)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	*h = out
	return nil
}

// Prepare reads the sentences of one article's text.
func Prepare(text string) Article {
	var p Article
	for _, s := range textproc.Sentences(text) {
		words := textproc.FoldedWords(narration(s))
		sh := textproc.Shingles(words, shingleSize)
		if len(words) < shingleSize {
			sh = nil
		}
		st := Sentence{Shingles: distinct(sh), Words: len(words)}
		if len(st.Shingles) < minShingles {
			st.Quoted = distinct(textproc.Shingles(textproc.FoldedWords(s), shingleSize))
		}
		p.Sentences = append(p.Sentences, st)
	}
	return p
}

// AnalyzePrepared is Analyze with the articles' Prepare results given:
// prep[i], for arts[i]; nil prep prepares each article here.
func AnalyzePrepared(arts []crosscheck.Article, prep []Article) *Result {
	return AnalyzeMemo(arts, prep, nil)
}

// AnalyzeMemo is AnalyzePrepared remembering in m what depends on the
// articles' text alone, for the story's next briefing. The result is the
// same with or without m.
func AnalyzeMemo(arts []crosscheck.Article, prep []Article, m *memo.Memo) *Result {
	docs := make([]*doc, len(arts))
	var outlets []string
	for i := range arts {
		if o := strings.TrimSpace(arts[i].Outlet); o != "" {
			outlets = append(outlets, o)
		}
	}
	finder := newCreditFinder(outlets)
	// One outlet written two ways ("The Daily Bugle", "Daily Bugle") is one
	// origin, named by the first spelling in sorted order.
	canon := map[string]string{}
	for _, o := range uniq(append([]string(nil), outlets...)) {
		if _, ok := canon[foldName(o)]; !ok {
			canon[foldName(o)] = o
		}
	}
	for i := range arts {
		var p Article
		if prep != nil {
			p = prep[i]
		} else {
			p = Prepare(arts[i].Text)
		}
		docs[i] = newDoc(&arts[i], p, finder, canon, m)
	}
	narr := nearCopies(docs, func(s *sentence) []uint64 { return s.shingles })
	quoted := nearCopies(docs, func(s *sentence) []uint64 { return s.quoted })
	for i, d := range docs {
		d.matches, d.quoteMatches = narr[i], quoted[i]
	}

	res := &Result{
		Origin:    map[string]string{},
		CopyOf:    map[string]string{},
		Credits:   map[string][]string{},
		Borrowed:  map[string][]string{},
		sentences: map[string][]string{},
	}
	parent := findCopies(docs, m)
	origin := make([]string, len(docs))
	for i := range docs {
		origin[i] = resolve(docs, parent, i)
		res.Origin[docs[i].art.ID] = origin[i]
		if parent[i] >= 0 {
			res.CopyOf[docs[i].art.ID] = docs[parent[i]].art.ID
		}
	}
	for i, d := range docs {
		var credits []string
		for _, c := range d.credits {
			if c != origin[i] {
				credits = append(credits, c)
			}
		}
		if len(credits) > 0 {
			res.Credits[d.art.ID] = credits
		}
		so := sentenceOrigins(docs, origin, i)
		res.sentences[d.art.ID] = so
		var borrowed []string
		for _, o := range so {
			if o != origin[i] {
				borrowed = append(borrowed, o)
			}
		}
		if borrowed = uniq(borrowed); len(borrowed) > 0 {
			res.Borrowed[d.art.ID] = borrowed
		}
	}
	return res
}

func newDoc(a *crosscheck.Article, p Article, finder *creditFinder, canon map[string]string, m *memo.Memo) *doc {
	d := &doc{art: a}
	wire, ok := datelineSource(a.Text)
	if !ok && a.Dateline != "" {
		wire, ok = datelineSource(a.Dateline)
	}
	d.dateline = ok
	if ok && ownCode(wire, a.Outlet) {
		// "RIVERSIDE (RDW) —" in the Riverside Daily Wire: the outlet's
		// own dateline, not a wire's.
		ok = false
	}
	if !ok {
		wire, ok = lookupAgency(a.Outlet)
	}
	switch {
	case ok:
		d.wire, d.base = true, wire
	case strings.TrimSpace(a.Outlet) != "":
		d.base = canon[foldName(a.Outlet)]
	default:
		d.base = a.ID
	}
	// The credits of each sentence, found once per text and set of
	// outlet names.
	credits := memo.Pair(m, "provenance.credits", finder.sig, a.Text, func() [][]string {
		sents := textproc.Sentences(a.Text)
		out := make([][]string, len(sents))
		for i, s := range sents {
			out[i] = finder.find(s)
		}
		return out
	})
	for i := range credits {
		var ps Sentence
		if i < len(p.Sentences) {
			ps = p.Sentences[i]
		}
		st := sentence{shingles: ps.Shingles, quoted: ps.Quoted, words: ps.Words, credits: credits[i]}
		d.credits = append(d.credits, st.credits...)
		d.sentences = append(d.sentences, st)
	}
	d.credits = uniq(d.credits)
	return d
}

func distinct(s []uint64) []uint64 {
	if len(s) == 0 {
		return nil
	}
	out := append([]uint64(nil), s...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	n := 1
	for _, v := range out[1:] {
		if v != out[n-1] {
			out[n] = v
			n++
		}
	}
	return out[:n]
}

// nearCopies returns, for each sentence of each doc, the sentences of the
// other docs whose shingles (as key gives them) it nearly repeats, found
// through an inverted index.
func nearCopies(docs []*doc, key func(*sentence) []uint64) [][][]ref {
	// Wire copies repeat the same sentences many times over: sentences with
	// the same shingles are compared once, as one group.
	type group struct {
		sh      []uint64
		members []ref
		matches []ref // members of the groups it nearly repeats, in order
		// lastSource is the index in members of the last sentence of a
		// wire or datelined report, or -1.
		lastSource int
	}
	var groups []*group
	byShingles := map[uint64][]int{}
	member := make([][]int, len(docs))
	for di, d := range docs {
		member[di] = make([]int, len(d.sentences))
		for si := range d.sentences {
			member[di][si] = -1
			sh := key(&d.sentences[si])
			if len(sh) < minShingles {
				continue
			}
			// Keyed by a hash of the shingles, not a copy of them: the
			// groups of one hash are told apart by their shingles.
			k := hashShingles(sh)
			g := -1
			for _, o := range byShingles[k] {
				if slices.Equal(groups[o].sh, sh) {
					g = o
					break
				}
			}
			if g < 0 {
				g = len(groups)
				byShingles[k] = append(byShingles[k], g)
				groups = append(groups, &group{sh: sh, lastSource: -1})
			}
			if d.wire || d.dateline {
				groups[g].lastSource = len(groups[g].members)
			}
			groups[g].members = append(groups[g].members, ref{di, si})
			member[di][si] = g
		}
	}
	// A near copy shares minShingles shingles or more, so one of the
	// rarest len-minShingles+1 shingles of each (their prefixes): only the
	// prefixes are indexed, so that the phrases a big story repeats in
	// every report do not make every pair of its sentences a candidate.
	df := map[uint64]int{}
	for _, g := range groups {
		for _, h := range g.sh {
			df[h]++
		}
	}
	rarer := func(a, b uint64) int {
		if df[a] != df[b] {
			return df[a] - df[b]
		}
		return cmp.Compare(a, b)
	}
	index := map[uint64][]int{}
	prefixes := make([][]uint64, len(groups))
	for gi, g := range groups {
		p := slices.SortedFunc(slices.Values(g.sh), rarer)[:len(g.sh)-minShingles+1]
		prefixes[gi] = p
		for _, h := range p {
			index[h] = append(index[h], gi)
		}
	}
	// In a big story hundreds of sentences share a rare shingle. Each
	// looks at the first maxCandidates of them, those keepMatches would
	// keep first: the groups with a sentence of a wire report or of a
	// report with a dateline, then the others in story order.
	source := make([]bool, len(groups))
	anySource := false
	for gi, g := range groups {
		source[gi] = slices.ContainsFunc(g.members, func(r ref) bool { return docs[r.doc].wire || docs[r.doc].dateline })
		anySource = anySource || source[gi]
	}
	if anySource {
		for _, list := range index {
			slices.SortStableFunc(list, func(a, b int) int {
				if sa, sb := source[a], source[b]; sa != sb {
					if sa {
						return -1
					}
					return 1
				}
				return 0
			})
		}
	}
	seen := make([]int, len(groups)) // gi+1 once o is a candidate of gi
	var cand []ref                   // the matches of one group, before keepMatches
	kept := func(a, b ref) bool { return keepOrder(docs, a, b) < 0 }
	for gi, g := range groups {
		cand = cand[:0]
		full := false // cand holds maxMatches refs that keepMatches puts before worst
		var worst ref
		consider := func(o int) {
			n := sharedCount(g.sh, groups[o].sh)
			if n < minShingles || float64(n) < sentenceMatch*float64(min(len(g.sh), len(groups[o].sh))) {
				return
			}
			for k, r := range groups[o].members {
				if full && !kept(r, worst) {
					// Members are in story order: once one is not
					// kept, neither is any after it but a source's.
					if k >= groups[o].lastSource || docs[r.doc].wire || docs[r.doc].dateline {
						break
					}
					continue
				}
				cand = append(cand, r)
			}
			if len(cand) > 2*maxMatches {
				// The matches kept of the whole are those kept of what
				// was kept so far and the rest: keeping them as they
				// come spares sorting hundreds at the end, and a ref
				// after the last kept cannot be kept.
				cand = append(cand[:0], keepMatches(docs, cand)...)
				full, worst = true, cand[0]
				for _, r := range cand[1:] {
					if kept(worst, r) {
						worst = r
					}
				}
			}
		}
		// A group's own members, exact copies, are always its matches.
		seen[gi] = gi + 1
		consider(gi)
		for _, h := range prefixes[gi] {
			list := index[h]
			for _, o := range list[:min(len(list), maxCandidates)] {
				if seen[o] == gi+1 {
					continue
				}
				// A list holds the groups with a source first, then the
				// others in story order, each sentence of a group after
				// its first: once one's first is after the last kept,
				// so are all the rest.
				if full && !source[o] && !kept(groups[o].members[0], worst) {
					break
				}
				seen[o] = gi + 1
				consider(o)
			}
		}
		if len(cand) > 0 {
			g.matches = slices.Clip(append([]ref(nil), keepMatches(docs, cand)...))
		}
	}
	out := make([][][]ref, len(docs))
	for di, d := range docs {
		out[di] = make([][]ref, len(d.sentences))
		for si, g := range member[di] {
			if g < 0 {
				continue
			}
			ms := groups[g].matches
			own := 0
			for _, r := range ms {
				if r.doc == di {
					own++
				}
			}
			if own == len(ms) {
				continue
			}
			if own > 0 {
				// Only the other docs' sentences; a group's matches
				// without d's own are shared, read only.
				keep := make([]ref, 0, len(ms)-own)
				for _, r := range ms {
					if r.doc != di {
						keep = append(keep, r)
					}
				}
				ms = keep
			}
			out[di][si] = ms
		}
	}
	return out
}

// hashShingles returns a hash of a list of shingles (FNV-1a, a shingle
// at a time).
func hashShingles(sh []uint64) uint64 {
	h := uint64(14695981039346656037)
	for _, x := range sh {
		h ^= x
		h *= 1099511628211
	}
	return h
}

// sharedCount returns how many values two sorted lists of distinct
// values share.
func sharedCount(a, b []uint64) int {
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

// maxCandidates is the most sentences (groups of exact copies) that one
// sentence is compared with through one of its rarest shingles. Sentences
// that hundreds of a big story's reports rewrite share their rarest
// shingles; comparing each with all the others would make the cost grow
// with the square of the story, and maxMatches keeps few of them anyway.
// The lists are this long only where more than maxCandidates distinct
// sentences share a shingle.
const maxCandidates = 128

// maxMatches is the most near copies kept for one sentence. A sentence of
// a big story may be repeated by hundreds of reports; which origin it
// repeats is told by a few of them, and keeping all would make the story's
// cost grow with the square of its size.
const maxMatches = 48

// keepMatches returns ms, at most maxMatches of them, in (doc, sentence)
// order: the sentences of wire reports and of reports with a dateline
// first, the likely sources, then those of the earliest reports.
func keepMatches(docs []*doc, ms []ref) []ref {
	if len(ms) > maxMatches {
		slices.SortFunc(ms, func(a, b ref) int { return keepOrder(docs, a, b) })
		ms = append([]ref(nil), ms[:maxMatches]...)
	}
	slices.SortFunc(ms, byOrder)
	return ms
}

// byOrder orders refs in story order.
func byOrder(a, b ref) int {
	if a.doc != b.doc {
		return a.doc - b.doc
	}
	return a.sent - b.sent
}

// keepOrder orders refs as keepMatches keeps them: the sentences of wire
// reports and of reports with a dateline first, then in story order.
func keepOrder(docs []*doc, a, b ref) int {
	source := func(r ref) bool { return docs[r.doc].wire || docs[r.doc].dateline }
	if sa, sb := source(a), source(b); sa != sb {
		if sa {
			return -1
		}
		return 1
	}
	return byOrder(a, b)
}

// findCopies returns for each doc the index of the doc it copies, or -1.
// A doc copies another origin when most of its narration repeats articles
// of that origin and that origin is the more original one: a wire agency
// whose own article carries its mark, or the article that repeats less of
// the other.
func findCopies(docs []*doc, m *memo.Memo) []int {
	parent := make([]int, len(docs))
	for i, d := range docs {
		parent[i] = -1
		if d.dateline {
			continue
		}
		// The share of d's narration each other origin covers. A wire
		// article known only by its outlet may still be a reprint of one
		// that carries the wire's dateline.
		total, covered := 0, map[string]int{}
		for si, st := range d.sentences {
			if len(st.shingles) < minShingles {
				continue
			}
			total += st.words
			seen := map[string]bool{}
			for _, r := range d.matches[si] {
				o := docs[r.doc]
				if o.base == d.base && !(d.wire && o.dateline) || seen[o.base] {
					continue
				}
				seen[o.base] = true
				covered[o.base] += st.words
			}
		}
		best, bestCov := "", 0.0
		for b, n := range covered {
			c := float64(n) / float64(total)
			if c > bestCov || c == bestCov && b < best {
				best, bestCov = b, c
			}
		}
		if bestCov < copyCoverage {
			continue
		}
		// The article of that origin that d repeats most.
		counts := map[int]int{}
		for _, ms := range d.matches {
			seen := map[int]bool{}
			for _, r := range ms {
				if docs[r.doc].base == best && (best != d.base || docs[r.doc].dateline) && !seen[r.doc] {
					seen[r.doc] = true
					counts[r.doc]++
				}
			}
		}
		// The first such article, in story order, among those tied.
		src := -1
		for _, j := range slices.Sorted(maps.Keys(counts)) {
			if src < 0 || counts[j] > counts[src] {
				src = j
			}
		}
		// A report that disagrees with its source on a claim or a figure
		// tells the story its own way, however much it repeats.
		if src < 0 || !moreOriginal(docs, src, i) || contradicts(m, docs[src].art, d.art) {
			continue
		}
		parent[i] = src
	}
	return parent
}

// contradicts is discrepancy.Contradicts, which reads the articles' ids
// and texts only, remembered in m.
func contradicts(m *memo.Memo, a, b *crosscheck.Article) bool {
	return memo.Pair(m, "provenance.contradicts\x00"+a.ID+"\x00"+b.ID, a.Text, b.Text, func() bool {
		return discrepancy.ContradictsMemo(*a, *b, m)
	})
}

// moreOriginal reports whether doc a is more likely than doc b to be the
// source of the text they share.
func moreOriginal(docs []*doc, a, b int) bool {
	da, db := docs[a], docs[b]
	if da.wire != db.wire {
		return da.wire
	}
	if da.dateline != db.dateline {
		return da.dateline
	}
	if hasCredit(db, da.base) != hasCredit(da, db.base) {
		return hasCredit(db, da.base)
	}
	ta, tb := da.art.Published.Time, db.art.Published.Time
	if !ta.IsZero() && !tb.IsZero() && !ta.Equal(tb) {
		return ta.Before(tb)
	}
	ca, cb := pairCoverage(da, b), pairCoverage(db, a)
	if ca != cb {
		return ca < cb
	}
	return a < b
}

// pairCoverage returns the share of d's narration that repeats doc k.
func pairCoverage(d *doc, k int) float64 {
	if d.covered == nil {
		d.covered = pairCoverages(d)
	}
	if d.covered.total == 0 {
		return 0
	}
	return float64(d.covered.words[k]) / float64(d.covered.total)
}

// pairCoverages counts, in one pass over d's matches, the narration words
// d shares with each other doc: doc by doc, it would cost a pass per pair
// of copies.
func pairCoverages(d *doc) *pairCover {
	pc := &pairCover{words: map[int]int{}}
	seen := map[int]bool{}
	for si, s := range d.sentences {
		if len(s.shingles) < minShingles {
			continue
		}
		pc.total += s.words
		clear(seen)
		for _, r := range d.matches[si] {
			if !seen[r.doc] {
				seen[r.doc] = true
				pc.words[r.doc] += s.words
			}
		}
	}
	return pc
}

// hasCredit reports whether d credits source somewhere.
func hasCredit(d *doc, source string) bool {
	for _, c := range d.credits {
		if c == source {
			return true
		}
	}
	return false
}

// resolve follows copy links to the origin of doc i.
func resolve(docs []*doc, parent []int, i int) string {
	seen := map[int]bool{}
	for parent[i] >= 0 && !seen[i] {
		seen[i] = true
		i = parent[i]
	}
	return docs[i].base
}

// sentenceOrigins returns the origin of each sentence of doc i: a source
// the sentence credits, else the origin of the most original other article
// it repeats, else the origin of an article the doc credits whose quotation
// it repeats, else the article's own origin.
func sentenceOrigins(docs []*doc, origin []string, i int) []string {
	d := docs[i]
	out := make([]string, len(d.sentences))
	for si, s := range d.sentences {
		out[si] = origin[i]
		if c := creditedOther(s.credits, origin[i]); c != "" {
			out[si] = c
			continue
		}
		best := -1
		for _, r := range d.matches[si] {
			if origin[r.doc] == origin[i] || !moreOriginal(docs, r.doc, i) {
				continue
			}
			if best < 0 || moreOriginal(docs, r.doc, best) {
				best = r.doc
			}
		}
		if best < 0 {
			// A quotation counts for another source only when the article
			// credits that source, or copies other sentences of the
			// article it shares the quotation with: independent reports
			// quote alike, but a sentence that is almost all quotation is
			// copied with the rest.
			for _, r := range d.quoteMatches[si] {
				if o := origin[r.doc]; o != origin[i] && (hasCredit(d, o) || pairCoverage(d, r.doc) > 0 && moreOriginal(docs, r.doc, i)) {
					out[si] = o
					break
				}
			}
			continue
		}
		out[si] = origin[best]
		// A sentence repeated from one that itself credits a third source
		// counts for that source.
		for _, r := range d.matches[si] {
			if r.doc == best {
				if c := creditedOther(docs[best].sentences[r.sent].credits, origin[best]); c != "" && c != origin[i] {
					out[si] = c
				}
				break
			}
		}
	}
	return out
}

// creditedOther returns the first credited source that is not own.
func creditedOther(credits []string, own string) string {
	for _, c := range credits {
		if c != own {
			return c
		}
	}
	return ""
}
