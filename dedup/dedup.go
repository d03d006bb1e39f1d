// Package dedup finds copies among articles: exact copies by a hash of
// their normalised words, near copies (a wire story with small edits, a
// changed word, a dropped or added sentence, other page furniture, a
// shortened copy, a copy with another story glued on) by MinHash
// signatures of word shingles with locality-sensitive hashing.
//
// A copy is evidence of syndication, not noise: Index reports for each
// article the earlier one it copies and keeps the copies together in
// Groups; nothing is thrown away. An Index works on a stream, one article
// at a time, with a fixed amount of memory per article (about 700 bytes
// beside the id) and a bounded cost per Add.
//
// Sign, Similarity, Shingles, Jaccard and Containment compare any two
// texts, such as the paragraphs and sentences of the articles of one story.
// The package does not decide which of two copies is the original or who
// credited whom; that is the analysis stage's work.
package dedup

import (
	"slices"

	"crosscheck"
)

// Options configure an Index. A zero field takes its DefaultOptions value,
// so Options{} works as DefaultOptions().
type Options struct {
	// Shingle is the number of words per shingle (1 to 16).
	Shingle int
	// Bands and Rows set the LSH banding: two texts become candidates
	// when all Rows values of one of Bands parts of their signatures
	// agree. Bands*Rows must not exceed SignatureSize. Candidates are
	// found with a probability of 1-(1-J^Rows)^Bands at Jaccard J.
	Bands, Rows int
	// Threshold is the least estimated Jaccard similarity of a near copy.
	Threshold float64
	// Contained is the least estimated share of the shorter text's
	// shingles found in the longer one that makes a near copy of texts
	// less similar than Threshold: a shortened copy, or one with other
	// text added. It applies from a Jaccard similarity of 0.2 up, below
	// which the estimate is too rough.
	Contained float64
	// Seed selects the hash functions; the same seed gives the same
	// signatures.
	Seed uint64
}

// DefaultOptions returns the options Index uses by default: 4-word
// shingles; 20 bands of 3 rows, so that a candidate is found with 42%
// probability at similarity 0.3, 93% at 0.5 and 99.2% at 0.6 (more bands
// of fewer rows find more pairs of low similarity but, in a large stream,
// fill the buckets with chance pairs that cost time); a threshold of 0.5,
// where a copy with a few changed words or a dropped sentence still is one
// and two reports written apart are not; and 0.7 of the shorter text
// contained in the longer.
func DefaultOptions() Options {
	return Options{Shingle: 4, Bands: 20, Rows: 3, Threshold: 0.5, Contained: 0.7}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Shingle <= 0 {
		o.Shingle = d.Shingle
	}
	o.Shingle = clampShingle(o.Shingle)
	if o.Bands <= 0 || o.Rows <= 0 || o.Bands*o.Rows > SignatureSize {
		o.Bands, o.Rows = d.Bands, d.Rows
	}
	if o.Threshold <= 0 {
		o.Threshold = d.Threshold
	}
	if o.Contained <= 0 {
		o.Contained = d.Contained
	}
	return o
}

// minContainedJaccard is the least estimated Jaccard similarity at which
// Contained applies: at 0.2 about 13 of 64 signature values agree, enough
// for an estimate within a quarter of its value.
const minContainedJaccard = 0.2

// maxWalk bounds how many articles of one LSH bucket Add compares with, so
// that the cost of an Add stays bounded when many copies share a bucket.
// The newest come first: in a stream in time order they are the likeliest
// sources, and the older ones are in their group already.
const maxWalk = 32

// Match says which earlier article an added one copies.
type Match struct {
	// ExactOf is the id of the first article with the same normalised
	// text (see Hash), if any.
	ExactOf string
	// NearOf is the id of the most similar earlier article at or above
	// the threshold, when the article is not an exact copy.
	NearOf string
	// Similarity is the estimated Jaccard similarity with NearOf, 1 for
	// an exact copy and 0 for no match.
	Similarity float64
	// Contained is the estimated share of the shingles of the shorter of
	// the two texts that the longer has, 1 for an exact copy.
	Contained float64
}

// Of returns the id of the article copied: ExactOf or else NearOf.
func (m Match) Of() string {
	if m.ExactOf != "" {
		return m.ExactOf
	}
	return m.NearOf
}

// Index finds copies in a stream of articles. Its zero value is not
// usable; make one with NewIndex. An Index is not safe for concurrent use.
type Index struct {
	opts   Options
	hasher *hasher

	// Per article, in the order added.
	ids    []string
	hashes []uint64
	parent []int32 // union-find forest of copy groups

	exact map[uint64]int32 // content hash -> first article

	// Per slot: the articles with words that are no exact copy, the only
	// ones the LSH buckets hold.
	sigs    []Signature
	sizes   []uint32 // number of shingles
	article []int32
	next    []int32 // Bands per slot: the next older slot in the same bucket
	seen    []uint32
	stamp   uint32

	buckets []map[uint32]int32 // per band: band hash -> newest slot
}

// NewIndex returns an empty Index.
func NewIndex(opts Options) *Index {
	opts = opts.withDefaults()
	ix := &Index{
		opts:    opts,
		hasher:  newHasher(opts.Shingle, opts.Seed),
		exact:   map[uint64]int32{},
		buckets: make([]map[uint32]int32, opts.Bands),
	}
	for b := range ix.buckets {
		ix.buckets[b] = map[uint32]int32{}
	}
	return ix
}

// Len returns the number of articles added.
func (ix *Index) Len() int { return len(ix.ids) }

// Add adds an article and returns the earlier article it copies, if any.
// A text without words matches nothing.
func (ix *Index) Add(id, text string) Match {
	art := int32(len(ix.ids))
	var sig Signature
	content, n := ix.hasher.sign(text, &sig)
	ix.ids = append(ix.ids, id)
	ix.hashes = append(ix.hashes, content)
	ix.parent = append(ix.parent, art)
	if n == 0 {
		return Match{}
	}
	if first, ok := ix.exact[content]; ok {
		ix.union(art, first)
		return Match{ExactOf: ix.ids[first], Similarity: 1, Contained: 1}
	}
	ix.exact[content] = art

	var keys [SignatureSize]uint32
	bands := ix.opts.Bands
	for b := range bands {
		keys[b] = bandKey(sig[b*ix.opts.Rows : (b+1)*ix.opts.Rows])
	}
	size := uint32(max(1, n-ix.opts.Shingle+1))
	best, bestSim, bestIn := int32(-1), 0.0, 0.0
	ix.stamp++
	for b := range bands {
		slot, ok := ix.buckets[b][keys[b]]
		for walked := 0; ok && slot >= 0 && walked < maxWalk; walked++ {
			if ix.seen[slot] != ix.stamp {
				ix.seen[slot] = ix.stamp
				sim := sig.Similarity(&ix.sigs[slot])
				in := contained(sim, size, ix.sizes[slot])
				copied := sim >= ix.opts.Threshold || sim >= minContainedJaccard && in >= ix.opts.Contained
				if copied && (best < 0 || sim > bestSim || sim == bestSim && ix.article[slot] < ix.article[best]) {
					best, bestSim, bestIn = slot, sim, in
				}
			}
			slot = ix.next[int(slot)*bands+b]
		}
	}

	slot := int32(len(ix.sigs))
	ix.sigs = append(ix.sigs, sig)
	ix.sizes = append(ix.sizes, size)
	ix.article = append(ix.article, art)
	ix.seen = append(ix.seen, 0)
	for b := range bands {
		older, ok := ix.buckets[b][keys[b]]
		if !ok {
			older = -1
		}
		ix.next = append(ix.next, older)
		ix.buckets[b][keys[b]] = slot
	}
	if best < 0 {
		return Match{}
	}
	src := ix.article[best]
	ix.union(art, src)
	return Match{NearOf: ix.ids[src], Similarity: bestSim, Contained: bestIn}
}

// contained estimates the share of the smaller of two shingle sets, of
// sizes a and b and Jaccard similarity j, that the larger holds: the
// intersection is j(a+b)/(1+j).
func contained(j float64, a, b uint32) float64 {
	inter := j * float64(a+b) / (1 + j)
	return min(1, inter/float64(min(a, b)))
}

// bandKey hashes one band of a signature.
func bandKey(band []uint32) uint32 {
	h := uint64(len(band))
	for _, v := range band {
		h = (h ^ uint64(v)) * golden
		h ^= h >> 29
	}
	return uint32(mix(h))
}

func (ix *Index) find(i int32) int32 {
	for ix.parent[i] != i {
		ix.parent[i] = ix.parent[ix.parent[i]]
		i = ix.parent[i]
	}
	return i
}

// union joins the groups of a and b under the older root, so that a
// group's root is its first article.
func (ix *Index) union(a, b int32) {
	ra, rb := ix.find(a), ix.find(b)
	switch {
	case ra < rb:
		ix.parent[rb] = ra
	case rb < ra:
		ix.parent[ra] = rb
	}
}

// Group is a set of articles that copy one another, directly or through
// other members.
type Group struct {
	// Articles holds the ids of the members in the order they were added.
	Articles []string
	// Exact is true when all members have the same normalised text.
	Exact bool
}

// Groups returns the groups of copies among the articles added so far, in
// the order of their first articles. An article that copies none and that
// none copies is in no group.
func (ix *Index) Groups() []Group {
	members := map[int32][]int32{}
	var roots []int32
	for i := range ix.parent {
		r := ix.find(int32(i))
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], int32(i))
	}
	var out []Group
	for _, r := range roots {
		m := members[r]
		if len(m) < 2 {
			continue
		}
		g := Group{Articles: make([]string, len(m)), Exact: true}
		for k, i := range m {
			g.Articles[k] = ix.ids[i]
			if ix.hashes[i] != ix.hashes[r] {
				g.Exact = false
			}
		}
		out = append(out, g)
	}
	return out
}

// Groups returns the groups of copies among arts, adding them to a new
// Index in order of publication (then id) so that the result does not
// depend on the order of arts.
func Groups(arts []crosscheck.Article, opts Options) []Group {
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		if c := arts[i].Published.Time.Compare(arts[j].Published.Time); c != 0 {
			return c
		}
		if arts[i].ID < arts[j].ID {
			return -1
		}
		if arts[i].ID > arts[j].ID {
			return 1
		}
		return 0
	})
	ix := NewIndex(opts)
	for _, i := range order {
		ix.Add(arts[i].ID, arts[i].Text)
	}
	return ix.Groups()
}
