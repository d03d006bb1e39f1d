// Package cluster groups news articles into stories as they stream in.
//
// Articles are taken in publication order. Each one joins the open story it
// matches best, or opens a new one. A match needs the article's words to be
// close to those of the story's articles (the mean TF-IDF cosine over
// title, lead and body; numbers count as words) and, when both name at
// least a few people, places or organisations, its names (capitalised
// words) to agree with theirs. A story that gets no article for a while is
// closed and leaves memory but for its result, so that a stream of any
// length clusters in bounded memory. Candidate stories come from an
// inverted index of their heaviest words and names, never from a scan of
// every open story. Two open stories that an article matches both, and
// whose articles have come to resemble each other, merge.
//
// Group, which sees a whole batch, counts the batch's document
// frequencies before the first article, joins in its first pass only
// articles that are near-certain to belong together, and then merges
// stories the way average-link clustering does, so that the order in
// which a batch's articles arrive does not decide its stories; a single
// report joins the story nearest to it at a lower bar (Attach) when that
// story's nearest is the report. Two large
// stories whose reports each keep naming someone the other never names
// (two fighters' title defences, two players' arrests) never merge.
//
// The package does not read inputs, remove duplicates or analyse stories;
// it only groups crosscheck.Articles.
package cluster

import (
	"math"
	"slices"
	"strings"
	"time"

	"crosscheck"
)

// Options configure a Clusterer. The zero value of a field means its
// default from DefaultOptions.
type Options struct {
	// Window closes a story after this long without a new article.
	Window time.Duration
	// Threshold is the lowest word similarity (the mean cosine of the
	// article with the story's articles, 0 to 1) at which an article added
	// with Add joins a story. Group joins only near-certain matches
	// itself and leaves the rest to average-link merging at Merge.
	Threshold float64
	// NameThreshold is the lowest name similarity (the mean cosine of the
	// weighted names) at which an article joins a story, where both have
	// text and name several people, places or organisations.
	NameThreshold float64
	// Merge is the lowest word similarity of two stories (the mean cosine
	// of their articles across) at which they merge; their names must
	// agree as for a join.
	Merge float64
	// Attach is the lowest word similarity at which Group's refinement
	// merges a single report into the story nearest to it, or two single
	// reports, when each is the other's nearest: a report's mean
	// similarity with a story is that of one report, not of many pairs,
	// and a fragment of a story often shares only a few telling words with
	// each of its reports. Two stories of several reports need Merge.
	Attach float64
	// Terms and Names cap the words and names kept per article; StoryTerms
	// and StoryNames cap them per story.
	Terms, Names, StoryTerms, StoryNames int
	// MaxOpen caps the number of open stories: past it, the least recently
	// active story is closed.
	MaxOpen int
}

// DefaultOptions returns the options crosscheck uses: one set that holds
// on dated full reports, headlines, undated look-alike events and a stream
// of leads (see docs/stories.md for the scores and how each set's own
// choice transfers to the others).
func DefaultOptions() Options {
	return Options{
		Window:        4 * 24 * time.Hour,
		Threshold:     0.18,
		NameThreshold: 0.10,
		Merge:         0.20,
		Attach:        0.14,
		Terms:         48,
		Names:         16,
		StoryTerms:    96,
		StoryNames:    32,
		MaxOpen:       1 << 20,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Window <= 0 {
		o.Window = d.Window
	}
	if o.Threshold <= 0 {
		o.Threshold = d.Threshold
	}
	if o.NameThreshold <= 0 {
		o.NameThreshold = d.NameThreshold
	}
	if o.Merge <= 0 {
		o.Merge = d.Merge
	}
	if o.Attach <= 0 {
		o.Attach = d.Attach
	}
	for _, p := range []struct {
		v *int
		d int
	}{
		{&o.Terms, d.Terms}, {&o.Names, d.Names}, {&o.StoryTerms, d.StoryTerms},
		{&o.StoryNames, d.StoryNames}, {&o.MaxOpen, d.MaxOpen},
	} {
		if *p.v <= 0 {
			*p.v = p.d
		}
	}
	return o
}

// Reading limits: the lead is where a report states its story; past a few
// hundred words a body adds cost more than signal.
const (
	leadWords = 60
	bodyWords = 400
)

// Index limits: a story is indexed under its heaviest words and names, an
// article looks up its own, and a lookup reads only the most recent entries
// of a key, so that a word every story shares costs no more than a rare one.
const (
	indexTerms  = 16
	indexNames  = 8
	queryTerms  = 16
	queryNames  = 8
	postingRead = 64
	readBudget  = 512
	postingCap  = 1024
	candidates  = 16
	// minNames is how many names an article and a story must both have
	// before their names may veto a match: one or two names are often
	// those a whole beat shares (a president, a team).
	minNames = 3
	// mentionCap is how many names a story counts the reports of: its
	// most mentioned, as many as its name vector keeps. A name past them
	// is one the story barely names.
	mentionCap = 32
	sweepEvery = 1 << 16
	// maxVocabulary bounds the words whose frequencies are kept.
	maxVocabulary = 1 << 22
)

// article is what the Clusterer keeps of an added article: enough to
// report it.
type article struct {
	id  string
	pub crosscheck.Date
}

// story is an open or closed story.
type story struct {
	seq int
	// id is the story's id, fixed by the article that opened it.
	id    string
	arts  []int32
	first crosscheck.Date
	last  crosscheck.Date
	// clock is the stream time of its latest article, for the window.
	clock time.Time
	open  bool
	slot  int32
	// title is that of its earliest titled article, titled.
	title  string
	titled int32
	// text is whether any of its articles has a body.
	text bool

	// terms and names are the sums of its articles' unit vectors.
	terms, names vec
	// count and named are how many articles' word and name vectors the
	// sums hold.
	count, named float64
	// mentions counts, for the names its articles mention most, how many
	// of its articles mention each (the weight is the count).
	mentions   vec
	indexed    []uint64
	prev, next *story
	list       *activity
}

// posting is an entry of the inverted index: a story slot and the
// generation of the slot when the entry was made.
type posting struct {
	slot int32
	gen  uint32
}

// Clusterer groups a stream of articles into stories. It is not safe for
// concurrent use.
type Clusterer struct {
	ledeNames []string
	opts      Options

	arts    []article
	stories []*story // every story ever opened, by seq; nil once merged away
	slots   []*story
	gens    []uint32
	free    []int32
	index   map[uint64][]posting
	df      map[uint64]uint32
	docs    int
	// vocabulary is how many words' frequencies are kept.
	vocabulary int
	// primed is whether the document frequencies were counted over the
	// whole batch before the first Add.
	primed bool
	// keep is whether closed stories keep their vectors, for refine.
	keep bool
	// strict, when set, is the word similarity at which an article joins a
	// story instead of Threshold: Group's first pass joins only
	// near-certain matches.
	strict float64
	clock  time.Time
	open   int
	added  int
	// Open stories, least recently active first: dated ones, and those
	// with no dated article, which no window closes.
	dated, timeless activity

	// Scratch space reused across Add calls.
	occ     []occurrence
	buf     []byte
	heavy   vec
	once    vec
	caps    []capital
	names   []string
	acc     []float64
	stamp   []int
	touched []int32
	keys    vec
	epoch   int

	// log records what each Add changes, for Changes; nil until Track.
	log *changeLog
}

// New returns an empty Clusterer.
func New(opts Options) *Clusterer {
	return &Clusterer{
		opts:       opts.withDefaults(),
		index:      map[uint64][]posting{},
		df:         map[uint64]uint32{},
		vocabulary: maxVocabulary,
	}
}

// Add adds an article. Articles should arrive in (published, id) order, as
// Group sorts them. An undated article is placed at the latest time seen;
// a story of undated articles only is closed by no window, only by
// MaxOpen.
func (c *Clusterer) Add(a *crosscheck.Article) {
	now := a.Published.Time
	if a.Published.IsZero() || now.Before(c.clock) {
		now = c.clock
	}
	c.clock = now
	c.closeStale()

	terms, names, lede := c.features(a)
	idx := int32(len(c.arts))
	c.arts = append(c.arts, article{id: a.ID, pub: a.Published})

	text := strings.TrimSpace(a.Text) != ""
	best, others := c.match(terms, names, now, text)
	opened := best == nil
	if opened {
		best = c.openStory()
	}
	c.join(best, idx, terms, names, lede, a.Published, now)
	c.noteJoin(best, a.ID, opened)
	best.text = best.text || text
	if title := strings.TrimSpace(a.Title); title != "" && (best.title == "" || c.byPublished(idx, best.titled) < 0) {
		best.title, best.titled = title, idx
	}
	for _, s := range others {
		if _, ok := c.storySim(best, s, c.opts.Merge); ok && s.open {
			into, from := best.id, s.id
			c.merge(best, s)
			c.noteMerge(best, into, from)
		}
	}
	c.added++
	if c.added%sweepEvery == 0 {
		c.sweep()
	}
}

// features returns the article's weighted word and name vectors, both of
// unit length, and the names of its headline and lede (each once), and,
// unless the batch was primed, counts its words in the document
// frequencies.
func (c *Clusterer) features(a *crosscheck.Article) (vec, vec, vec) {
	c.occ, c.buf = words(a.Title, a.Text, leadWords, bodyWords, c.buf, c.occ[:0])
	slices.SortFunc(c.occ, func(x, y occurrence) int { return cmpKey(x.key, y.key) })
	if !c.primed {
		c.docs++
	}
	var terms vec
	for i := 0; i < len(c.occ); {
		j := i
		var tf float32
		for ; j < len(c.occ) && c.occ[j].key == c.occ[i].key; j++ {
			tf += c.occ[j].w
		}
		if !c.primed {
			c.df[c.occ[i].key]++
		}
		terms = append(terms, entry{c.occ[i].key, float32((1 + math.Log(float64(tf))) * c.idfOf(c.occ[i].key, float64(c.occ[i].prior)))})
		i = j
	}
	terms = normalize(top(terms, c.opts.Terms))

	c.names, c.caps = names(a.Title, a.Text, c.caps, c.names[:0])
	slices.Sort(c.names)
	var ents vec
	for i := 0; i < len(c.names); {
		j := i
		for j < len(c.names) && c.names[j] == c.names[i] {
			j++
		}
		k := hashWord(c.names[i])
		ents = append(ents, entry{k ^ entitySalt, float32((1 + math.Log(float64(j-i))) * c.idf(k, c.names[i]))})
		i = j
	}
	slices.SortFunc(ents, func(x, y entry) int { return cmpKey(x.key, y.key) })
	ents = normalize(top(ents, c.opts.Names))
	return terms, ents, c.lede(a)
}

// lede returns the keys of the names an article's headline and first
// sentence mention, once each, weighing 1: what a story's core names are
// counted from. The people and places that tell one event from a
// look-alike are named there; a name that only comes later (a rescuer
// quoted, an agency cited, a town in a list) tells no event apart, and two
// fragments of one event each quoting someone else would otherwise look
// like two events.
func (c *Clusterer) lede(a *crosscheck.Article) vec {
	first := firstSentence(a.Text, ledeWords)
	if first == "" && a.Title == "" {
		return nil
	}
	c.ledeNames, c.caps = names(a.Title, first, c.caps, c.ledeNames[:0])
	if len(c.ledeNames) == 0 {
		return nil
	}
	slices.Sort(c.ledeNames)
	out := make(vec, 0, len(c.ledeNames))
	for i, n := range c.ledeNames {
		if i > 0 && n == c.ledeNames[i-1] {
			continue
		}
		out = append(out, entry{hashWord(n) ^ entitySalt, 1})
	}
	slices.SortFunc(out, func(x, y entry) int { return cmpKey(x.key, y.key) })
	return out
}

// idf is the smoothed inverse document frequency of a word: the stream's
// counts plus the background prior, so that common words weigh little
// from the first article on, plus one, so that a word every article has
// still counts a little (the usual smoothed IDF).
func (c *Clusterer) idf(key uint64, word string) float64 {
	return c.idfOf(key, background[word])
}

// idfOf is idf for a word whose background share is known.
func (c *Clusterer) idfOf(key uint64, share float64) float64 {
	return 1 + math.Log((float64(c.docs)+backgroundDocs+1)/(float64(c.df[key])+share*backgroundDocs+1))
}

func normalize(v vec) vec {
	n := v.norm()
	if n == 0 {
		return v
	}
	for i := range v {
		v[i].w = float32(float64(v[i].w) / n)
	}
	return v
}

// score returns the word similarity of an article to a story, the mean
// cosine of the article with the story's articles, and whether they make
// a match; text says whether the article has a body.
//
// The mean, not the cosine with the story's centroid, is what keeps a
// story from drifting: a story whose articles disagree has a short
// centroid, so its cosine with any newcomer is inflated, while the mean
// stays as low as the disagreement. It is one dot product with the sum of
// the story's unit vectors, divided by their number.
//
// Names veto a match only when the article and the story both have text
// and at least minNames names: then a report's names are its people,
// places and organisations, and two look-alike events (two earthquakes in
// one region, two players arrested for the same offence) differ there
// while their words agree. Short items name too few to tell.
func (c *Clusterer) score(s *story, terms, names vec, text bool) (float64, bool) {
	if len(s.terms) == 0 {
		return 0, false
	}
	t := dot(terms, s.terms) / max(s.count, 1)
	if text && s.text && len(names) >= minNames && len(s.names) >= minNames {
		n := dot(names, s.names) / max(s.named, 1)
		if n < c.opts.NameThreshold {
			return 0, false
		}
	}
	th := c.opts.Threshold
	if c.strict > 0 {
		th = c.strict
	}
	return t, t >= th
}

// match returns the open story the article fits best, if any, and the other
// open stories it fits too.
func (c *Clusterer) match(terms, names vec, now time.Time, text bool) (*story, []*story) {
	cands := c.candidates(terms, names)
	var best *story
	var bestScore float64
	var fits []*story
	for _, s := range cands {
		if !s.clock.IsZero() && now.Sub(s.clock) > c.opts.Window {
			continue
		}
		t, ok := c.score(s, terms, names, text)
		if !ok {
			continue
		}
		fits = append(fits, s)
		if best == nil || t > bestScore || t == bestScore && s.seq < best.seq {
			best, bestScore = s, t
		}
	}
	var others []*story
	for _, s := range fits {
		if s != best {
			others = append(others, s)
		}
	}
	slices.SortFunc(others, func(x, y *story) int { return x.seq - y.seq })
	return best, others
}

// candidates returns the open stories that share heavy words or names with
// the article, the most promising first, at most candidates of them. The
// article's heaviest keys are read first, so that the read budget goes to
// the keys that say most.
func (c *Clusterer) candidates(terms, names vec) []*story {
	c.epoch++
	c.touched = c.touched[:0]
	keys := append(c.keys[:0], c.heaviest(terms, queryTerms)...)
	keys = append(keys, c.heaviest(names, queryNames)...)
	c.keys = keys
	slices.SortFunc(keys, func(x, y entry) int {
		switch {
		case x.w > y.w:
			return -1
		case x.w < y.w:
			return 1
		}
		return cmpKey(x.key, y.key)
	})
	budget := readBudget
	for _, e := range keys {
		list := c.index[e.key]
		for i, read := len(list)-1, 0; i >= 0 && read < postingRead && budget > 0; i-- {
			p := list[i]
			if c.gens[p.slot] != p.gen {
				continue
			}
			read++
			budget--
			if c.stamp[p.slot] != c.epoch {
				c.stamp[p.slot] = c.epoch
				c.acc[p.slot] = 0
				c.touched = append(c.touched, p.slot)
			}
			c.acc[p.slot] += float64(e.w)
		}
	}
	// Keep the best few, by accumulated weight and then age.
	better := func(x, y int32) bool {
		if c.acc[x] != c.acc[y] {
			return c.acc[x] > c.acc[y]
		}
		return c.slots[x].seq < c.slots[y].seq
	}
	var best []int32
	for _, sl := range c.touched {
		if len(best) == candidates && !better(sl, best[len(best)-1]) {
			continue
		}
		i, _ := slices.BinarySearchFunc(best, sl, func(x, y int32) int {
			if better(x, y) {
				return -1
			}
			return 1
		})
		if len(best) == candidates {
			best = best[:len(best)-1]
		}
		best = slices.Insert(best, i, sl)
	}
	out := make([]*story, len(best))
	for i, sl := range best {
		out[i] = c.slots[sl]
	}
	return out
}

// heaviest returns up to n entries of v with the largest weights, in a
// buffer that the next call reuses.
func (c *Clusterer) heaviest(v vec, n int) vec {
	if len(v) <= n {
		return v
	}
	c.heavy = append(c.heavy[:0], v...)
	return top(c.heavy, n)
}

// openStory opens an empty story in a free slot.
func (c *Clusterer) openStory() *story {
	s := &story{seq: len(c.stories), open: true}
	c.stories = append(c.stories, s)
	if n := len(c.free); n > 0 {
		s.slot = c.free[n-1]
		c.free = c.free[:n-1]
		c.slots[s.slot] = s
	} else {
		s.slot = int32(len(c.slots))
		c.slots = append(c.slots, s)
		c.gens = append(c.gens, 0)
		c.acc = append(c.acc, 0)
		c.stamp = append(c.stamp, 0)
	}
	c.open++
	if c.open > c.opts.MaxOpen {
		if c.timeless.head != nil {
			c.close(c.timeless.head)
		} else if c.dated.head != nil {
			c.close(c.dated.head)
		}
	}
	return s
}

// join adds article idx to story s.
func (c *Clusterer) join(s *story, idx int32, terms, names, lede vec, pub crosscheck.Date, now time.Time) {
	if len(s.arts) == 0 && s.id == "" {
		s.id = crosscheck.StoryID(c.arts[idx].id)
	}
	s.arts = append(s.arts, idx)
	if !pub.IsZero() {
		if s.first.IsZero() || pub.Time.Before(s.first.Time) {
			s.first = pub
		}
		if s.last.IsZero() || !pub.Time.Before(s.last.Time) {
			s.last = pub
		}
	}
	if now.After(s.clock) {
		s.clock = now
	}
	c.addVectors(s, terms, names, lede)
	c.reindex(s)
	c.touch(s)
}

// reindex files the story under its heaviest words and names that it was
// not filed under yet. Keys it no longer ranks high for stay until the
// index is swept: a lookup checks the story anyway.
func (c *Clusterer) reindex(s *story) {
	keys := make([]uint64, 0, indexTerms+indexNames)
	for _, e := range c.heaviest(s.terms, indexTerms) {
		keys = append(keys, e.key)
	}
	for _, e := range c.heaviest(s.names, indexNames) {
		keys = append(keys, e.key)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if _, found := slices.BinarySearch(s.indexed, k); found {
			continue
		}
		list := append(c.index[k], posting{s.slot, c.gens[s.slot]})
		if len(list) > postingCap {
			list = c.compact(list)
		}
		c.index[k] = list
	}
	s.indexed = keys
}

// compact drops entries of closed stories from a posting list and, if it is
// still long, its oldest half.
func (c *Clusterer) compact(list []posting) []posting {
	out := list[:0]
	for _, p := range list {
		if c.gens[p.slot] == p.gen {
			out = append(out, p)
		}
	}
	if len(out) > postingCap/2 {
		out = append(out[:0:0], out[len(out)-postingCap/2:]...)
	}
	return out
}

// sweep drops dead entries from the whole index, so that the index of a
// long stream holds only open stories, and, past maxVocabulary words, the
// document frequencies of the rarest words: forgetting that a word was
// seen once or twice barely changes its weight.
func (c *Clusterer) sweep() {
	for k, list := range c.index {
		list = c.compact(list)
		if len(list) == 0 {
			delete(c.index, k)
		} else {
			c.index[k] = list
		}
	}
	for floor := uint32(1); len(c.df) > c.vocabulary; floor *= 2 {
		for k, n := range c.df {
			if n <= floor {
				delete(c.df, k)
			}
		}
	}
}

// activity is a list of open stories, least recently active first.
type activity struct{ head, tail *story }

// touch moves s to the most recently active end of its list.
func (c *Clusterer) touch(s *story) {
	c.unlink(s)
	l := &c.dated
	if s.clock.IsZero() {
		l = &c.timeless
	}
	s.list = l
	s.prev = l.tail
	if l.tail != nil {
		l.tail.next = s
	} else {
		l.head = s
	}
	l.tail = s
}

func (c *Clusterer) unlink(s *story) {
	l := s.list
	if l == nil {
		return
	}
	if s.prev != nil {
		s.prev.next = s.next
	} else {
		l.head = s.next
	}
	if s.next != nil {
		s.next.prev = s.prev
	} else {
		l.tail = s.prev
	}
	s.prev, s.next, s.list = nil, nil, nil
}

// closeStale closes the stories inactive for longer than the window.
func (c *Clusterer) closeStale() {
	for c.dated.head != nil && c.clock.Sub(c.dated.head.clock) > c.opts.Window {
		c.close(c.dated.head)
	}
}

// close closes s: it keeps its articles and frees its vectors and slot.
func (c *Clusterer) close(s *story) {
	c.unlink(s)
	s.open = false
	s.indexed = nil
	if !c.keep {
		s.terms, s.names, s.mentions = nil, nil, nil
	}
	c.gens[s.slot]++
	c.slots[s.slot] = nil
	c.free = append(c.free, s.slot)
	c.open--
}

// merge moves b's articles into a, files a under its new keys and closes
// b.
func (c *Clusterer) merge(a, b *story) {
	c.absorb(a, b)
	c.reindex(a)
	c.close(b)
}

func (c *Clusterer) byPublished(x, y int32) int {
	ax, ay := &c.arts[x], &c.arts[y]
	if d := ax.pub.Time.Compare(ay.pub.Time); d != 0 {
		return d
	}
	if ax.id != ay.id {
		return strings.Compare(ax.id, ay.id)
	}
	return int(x - y)
}

// Stories returns the stories so far, open and closed, ordered by their
// first article's publication time and id. A story's id is fixed when it
// opens (crosscheck.StoryID of its first article) and kept through merges;
// its title is that of its earliest titled article.
func (c *Clusterer) Stories() []crosscheck.Story {
	var live []*story
	for _, s := range c.stories {
		if s != nil && len(s.arts) > 0 {
			slices.SortFunc(s.arts, c.byPublished)
			live = append(live, s)
		}
	}
	slices.SortFunc(live, func(x, y *story) int { return c.byPublished(x.arts[0], y.arts[0]) })
	out := make([]crosscheck.Story, len(live))
	for i, s := range live {
		st := crosscheck.Story{ID: s.id, Title: s.title, First: s.first, Last: s.last}
		st.Articles = make([]string, len(s.arts))
		for j, a := range s.arts {
			st.Articles[j] = c.arts[a].id
		}
		out[i] = st
	}
	return out
}

// Group sorts articles by publication time and id and clusters them into
// stories. The order of arts does not matter, but for articles that share
// both time and id.
func Group(arts []crosscheck.Article, opts Options) []crosscheck.Story {
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		if d := arts[x].Published.Time.Compare(arts[y].Published.Time); d != 0 {
			return d
		}
		return strings.Compare(arts[x].ID, arts[y].ID)
	})
	b := NewBatch(opts)
	for i := range arts {
		b.Count(&arts[i])
	}
	for _, i := range order {
		b.Add(&arts[i])
	}
	return b.Stories()
}

// Batch is Group for a batch too large to hold: it keeps each article's
// features and id, never its text. Count every article first, in any
// order; then Add every article again in (published, id) order, ties in
// the order Count saw them; then Stories. The stories are those Group
// gives for the same articles.
type Batch struct {
	c *Clusterer
}

// NewBatch returns an empty Batch.
func NewBatch(opts Options) *Batch {
	c := New(opts)
	// The batch's document frequencies come from Count, not from Add.
	c.primed = true
	c.keep = true
	c.strict = max(groupJoin, c.opts.Threshold)
	return &Batch{c: c}
}

// Count counts the words of an article of the batch in the document
// frequencies, so that the first articles added are weighed as well as
// the last.
func (b *Batch) Count(a *crosscheck.Article) { b.c.count(a) }

// count counts the words of a in the document frequencies.
func (c *Clusterer) count(a *crosscheck.Article) {
	c.occ, c.buf = words(a.Title, a.Text, leadWords, bodyWords, c.buf, c.occ[:0])
	slices.SortFunc(c.occ, func(x, y occurrence) int { return cmpKey(x.key, y.key) })
	c.docs++
	for j := range c.occ {
		if j == 0 || c.occ[j].key != c.occ[j-1].key {
			c.df[c.occ[j].key]++
		}
	}
}

// Add adds an article of the batch; see Batch for the order.
func (b *Batch) Add(a *crosscheck.Article) { b.c.Add(a) }

// Stories merges the stories of the articles added the way Group does and
// returns them as Clusterer.Stories does. Call it once, after the last
// Add.
func (b *Batch) Stories() []crosscheck.Story {
	b.c.refine()
	return b.c.Stories()
}

// refine merges finished stories the way average-link clustering does:
// in rounds, every story finds the story most like it (the mean word
// similarity of their articles, with names that agree and times within
// the window), and pairs that choose each other merge. Candidates come from
// an index of each story's heaviest words and names.
//
// Average link is reducible: a merged story is never closer to a third
// than the closer of its two parts was. So after a round only the stories
// near a merge look again; the others keep their choice, and a round
// costs what its merges touched.
func (c *Clusterer) refine() {
	var live []*story
	for _, s := range c.stories {
		if s != nil && len(s.arts) > 0 && len(s.terms) > 0 {
			live = append(live, s)
		}
	}
	index := map[uint64][]int32{}
	file := func(i int32) {
		s := live[i]
		for _, e := range c.heaviest(s.terms, indexTerms) {
			index[e.key] = append(index[e.key], i)
		}
		for _, e := range c.heaviest(s.names, indexNames) {
			index[e.key] = append(index[e.key], i)
		}
	}
	for i := range live {
		file(int32(i))
	}
	best := make([]int32, len(live))
	bestSim := make([]float64, len(live))
	seen := make([]int32, len(live))
	stale := make([]bool, len(live))
	for i := range live {
		seen[i], stale[i] = -1, true
	}
	alive := func(i int32) bool { return len(live[i].arts) > 0 }
	choose := func(i int32) {
		a := live[i]
		best[i] = -1
		try := func(j int32) {
			if j == i || seen[j] == i || !alive(j) {
				return
			}
			seen[j] = i
			if sim, ok := c.storySim(a, live[j], c.refineBar(a, live[j])); ok && (best[i] < 0 || sim > bestSim[i] || sim == bestSim[i] && j < best[i]) {
				best[i], bestSim[i] = j, sim
			}
		}
		keys := append(c.keys[:0], c.heaviest(a.terms, indexTerms)...)
		keys = append(keys, c.heaviest(a.names, indexNames)...)
		c.keys = keys
		for _, e := range keys {
			for _, j := range tail(index[e.key], postingRead) {
				try(j)
			}
		}
		// seen is reset for i's next look: a story that looks again must
		// see its candidates again.
		for _, e := range keys {
			for _, j := range tail(index[e.key], postingRead) {
				if seen[j] == i {
					seen[j] = -1
				}
			}
		}
	}
	var merged []int32
	for range refineRounds {
		for i := range live {
			if stale[i] && alive(int32(i)) {
				choose(int32(i))
				stale[i] = false
			}
		}
		merged = merged[:0]
		for i, j := range best {
			if j > int32(i) && best[j] == int32(i) && alive(int32(i)) && alive(j) {
				c.absorb(live[i], live[j])
				merged = append(merged, int32(i))
			}
		}
		if len(merged) == 0 {
			break
		}
		// The merged stories look again, and so do the stories that chose
		// a part of one. The stories near a merged story only compare
		// themselves with it: the name rules are not reducible (a merged
		// story may name what neither part did often enough), so it may
		// suit them better than their choice.
		for _, i := range merged {
			file(i)
			stale[i] = true
		}
		for k, j := range best {
			if j >= 0 && (!alive(j) || stale[j]) {
				stale[k] = true
			}
		}
		for _, i := range merged {
			choose(i)
			stale[i] = false
			keys := append(c.keys[:0], c.heaviest(live[i].terms, indexTerms)...)
			keys = append(keys, c.heaviest(live[i].names, indexNames)...)
			c.keys = keys
			for _, e := range keys {
				for _, j := range tail(index[e.key], postingRead) {
					if j == i || stale[j] || !alive(j) || best[j] == i {
						continue
					}
					if sim, ok := c.storySim(live[j], live[i], c.refineBar(live[j], live[i])); ok && (best[j] < 0 || sim > bestSim[j] || sim == bestSim[j] && i < best[j]) {
						best[j], bestSim[j] = i, sim
					}
				}
			}
		}
	}
}

// refineRounds bounds the passes of refine; each pass merges every pair
// of stories that choose each other, and the passes end when none do.
const refineRounds = 64

// groupJoin is the word similarity at which Group's first pass joins an
// article to a story. Joining in arrival order is greedy: when two
// look-alike events arrive interleaved, an article of the second joins
// the first while it is still a single report, and the story is mixed
// for good. Group has the whole batch, so it joins only what is
// near-certain (a copy, a rewrite) and lets average-link merging, which
// compares whole stories, do the rest. At 0.5 a report of one ECB+
// event still joined a look-alike event's report first in some orders of
// the batch; from 0.6 on the order of undated reports does not matter.
const groupJoin = 0.6

// tail returns the last n entries of l, the newest.
func tail(l []int32, n int) []int32 {
	if len(l) > n {
		return l[len(l)-n:]
	}
	return l
}

// refineBar is the word similarity at which refine merges two stories
// that choose each other: Attach when one of them is a single report,
// Merge otherwise.
func (c *Clusterer) refineBar(a, b *story) float64 {
	if a.count <= 1 || b.count <= 1 {
		return min(c.opts.Attach, c.opts.Merge)
	}
	return c.opts.Merge
}

// storySim returns the mean word similarity of the articles of two
// stories and whether they may merge at similarity bar.
func (c *Clusterer) storySim(a, b *story, bar float64) (float64, bool) {
	if !a.first.IsZero() && !b.first.IsZero() {
		gap := b.first.Time.Sub(a.last.Time)
		if g := a.first.Time.Sub(b.last.Time); g > gap {
			gap = g
		}
		if gap > c.opts.Window {
			return 0, false
		}
	}
	t := dot(a.terms, b.terms) / (max(a.count, 1) * max(b.count, 1))
	if a.text && b.text && len(a.names) >= minNames && len(b.names) >= minNames {
		n := dot(a.names, b.names) / (max(a.named, 1) * max(b.named, 1))
		if n < c.opts.NameThreshold {
			return t, false
		}
	}
	if a.text && b.text && unnamed(a, b) && unnamed(b, a) {
		return t, false
	}
	return t, t >= bar
}

// absorb moves b's articles and vectors into a and forgets b. It leaves
// the index alone: merge files a anew, refine needs no index.
func (c *Clusterer) absorb(a, b *story) {
	if b.seq < a.seq {
		// The merged story keeps the id of the older one.
		a.id = b.id
	}
	a.arts = append(a.arts, b.arts...)
	if !b.first.IsZero() && (a.first.IsZero() || b.first.Time.Before(a.first.Time)) {
		a.first = b.first
	}
	if !b.last.IsZero() && (a.last.IsZero() || b.last.Time.After(a.last.Time)) {
		a.last = b.last
	}
	if b.clock.After(a.clock) {
		a.clock = b.clock
	}
	a.text = a.text || b.text
	if b.title != "" && (a.title == "" || c.byPublished(b.titled, a.titled) < 0) {
		a.title, a.titled = b.title, b.titled
	}
	a.terms = add(a.terms, b.terms, c.opts.StoryTerms)
	a.names = add(a.names, b.names, c.opts.StoryNames)
	a.mentions = add(a.mentions, b.mentions, mentionCap)
	a.count += b.count
	a.named += b.named
	b.arts = nil
	c.stories[b.seq] = nil
}

// Name profiles: a story's core names are those most of its reports
// mention.
const (
	// coreShare is the share of a story's named reports that must mention
	// a name for it to be a core name.
	coreShare = 0.7
	// coreReports is how many named reports a story needs before its core
	// names mean anything: in one or two reports every name is core.
	coreReports = 3
)

// unnamed reports whether story a has a core name that b does not name
// (not among the names b mentions most, which is where a name two or
// three of its reports mention in passing stays). Two stories that each have one are two events told with the
// same words: two title defences by one champion against two
// challengers, two players of one team arrested for the same offence,
// two earthquakes in one country. Shared topic words and shared names
// (the champion, the team) make them look alike; the people and places
// each story never stops naming, and the other does not name, tell them
// apart. Both stories must have it: one report of a story may leave out
// a name the rest use, but two stories that each keep naming someone the
// other does not are about different events.
func unnamed(a, b *story) bool {
	if a.named < coreReports || b.named < coreReports {
		return false
	}
	for _, e := range a.mentions {
		if float64(e.w) < coreShare*a.named {
			continue
		}
		if _, ok := slices.BinarySearchFunc(b.mentions, e.key, func(x entry, k uint64) int { return cmpKey(x.key, k) }); !ok {
			return true
		}
	}
	return false
}
