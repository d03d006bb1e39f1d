package cluster

import (
	"encoding/binary"
	"hash/crc32"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"crosscheck"
)

// A Clusterer that a later run continues: Save encodes everything Add
// needs, Restore decodes it, and Changes tells the caller what each step
// did, so that a store can record the stories that opened, grew or merged.

// changeLog is what a tracking Clusterer records between Changes calls,
// and the index behind Has.
type changeLog struct {
	on      bool
	events  []crosscheck.StoryEvent
	touched []*story
	gone    map[string]string

	// index maps the ids of c.arts[:indexed] to their latest index.
	index   map[string]int32
	indexed int
}

// Changes is what a Clusterer changed since the last call of Changes.
type Changes struct {
	// Events are the openings, joins, merges and splits, in the order they
	// happened. Their times are left zero for the caller to set.
	Events []crosscheck.StoryEvent
	// Stories are the live stories that changed, each with all its
	// articles, ordered as Stories orders them.
	Stories []crosscheck.Story
	// Gone maps each story merged away to the live story that holds its
	// articles now.
	Gone map[string]string
}

// Track makes the Clusterer record its changes for Changes. A Clusterer
// from New does not track, so that a one-shot Group pays nothing for it;
// one from Restore does.
func (c *Clusterer) Track() {
	if c.log == nil {
		c.log = &changeLog{}
	}
	c.log.on = true
}

func (c *Clusterer) noteJoin(s *story, article string, opened bool) {
	if c.log == nil || !c.log.on {
		return
	}
	kind := crosscheck.StoryJoined
	if opened {
		kind = crosscheck.StoryOpened
	}
	c.log.events = append(c.log.events, crosscheck.StoryEvent{Story: s.id, Kind: kind, Article: article})
	c.log.touched = append(c.log.touched, s)
}

// noteMerge records that s, which had the id into, absorbed the story with
// the id from. s keeps the older of the two ids; the other is gone.
func (c *Clusterer) noteMerge(s *story, into, from string) {
	if c.log == nil || !c.log.on {
		return
	}
	gone := from
	if s.id != into {
		gone = into
	}
	c.log.events = append(c.log.events, crosscheck.StoryEvent{Story: s.id, Kind: crosscheck.StoryMerged, Other: gone})
	if c.log.gone == nil {
		c.log.gone = map[string]string{}
	}
	c.log.gone[gone] = s.id
	c.log.touched = append(c.log.touched, s)
}

// noteChanged records that s changed with no event: a new version of one
// of its articles that stays may change its title and dates.
func (c *Clusterer) noteChanged(s *story) {
	if c.log == nil || !c.log.on {
		return
	}
	c.log.touched = append(c.log.touched, s)
}

// noteSplit records that the article left story s for the story other.
func (c *Clusterer) noteSplit(s *story, article, other string) {
	if c.log == nil || !c.log.on {
		return
	}
	c.log.events = append(c.log.events, crosscheck.StoryEvent{Story: s.id, Kind: crosscheck.StorySplit, Article: article, Other: other})
	c.log.touched = append(c.log.touched, s)
}

// Changes returns what Add changed since the last call (or since Track or
// Restore) and starts a new record.
func (c *Clusterer) Changes() Changes {
	if c.log == nil {
		return Changes{}
	}
	l := c.log
	out := Changes{Events: l.events}
	seen := map[*story]bool{}
	var live []*story
	for _, s := range l.touched {
		if seen[s] || s.seq >= len(c.stories) || c.stories[s.seq] != s || len(s.arts) == 0 {
			continue
		}
		seen[s] = true
		slices.SortFunc(s.arts, c.byPublished)
		live = append(live, s)
	}
	slices.SortFunc(live, func(x, y *story) int { return c.byPublished(x.arts[0], y.arts[0]) })
	for _, s := range live {
		out.Stories = append(out.Stories, c.export(s))
	}
	if len(l.gone) > 0 {
		out.Gone = make(map[string]string, len(l.gone))
		for from, to := range l.gone {
			// A story may be merged into one that is merged in turn.
			for range len(l.gone) {
				next, ok := l.gone[to]
				if !ok {
					break
				}
				to = next
			}
			out.Gone[from] = to
		}
	}
	l.events, l.touched, l.gone = nil, nil, nil
	return out
}

// export returns s as a crosscheck.Story; s.arts must be sorted.
func (c *Clusterer) export(s *story) crosscheck.Story {
	st := crosscheck.Story{ID: s.id, Title: s.title, First: s.first, Last: s.last}
	st.Articles = make([]string, len(s.arts))
	for j, a := range s.arts {
		st.Articles[j] = c.arts[a].id
	}
	return st
}

// Has reports whether an article with the id was added and is in a story
// that is open, or was added since the Clusterer was restored. A new
// version of an article the Clusterer has is not added again: Replace
// puts it in place of the old.
func (c *Clusterer) Has(id string) bool {
	if c.log == nil {
		c.log = &changeLog{}
	}
	l := c.log
	if l.index == nil {
		l.index = make(map[string]int32, len(c.arts))
	}
	for ; l.indexed < len(c.arts); l.indexed++ {
		l.index[c.arts[l.indexed].id] = int32(l.indexed)
	}
	_, ok := l.index[id]
	return ok
}

// The state encoding: a magic string and a version byte, the fields, and a
// CRC-32 of all that precedes it, so that a truncated or corrupted state is
// refused rather than continued from.
const (
	stateMagic   = "crosscheck-cluster"
	stateVersion = 3
)

// Save encodes the Clusterer's state: its open stories and their
// articles, its index and its word counts. Restore continues from it
// exactly where Save left off, and the state stays as large as the open
// stories and the vocabulary however long the stream. Closed stories,
// which never change again, are left out: the caller has them from
// Changes or Stories. Changes not yet taken are not saved.
func (c *Clusterer) Save() ([]byte, error) {
	e := &enc{b: make([]byte, 0, 1<<16)}
	e.b = append(e.b, stateMagic...)
	e.b = append(e.b, stateVersion)
	e.bool(c.primed)
	e.bool(c.keep)
	e.u(uint64(c.docs))
	e.u(uint64(c.added))
	e.time(c.clock)

	// Only the open stories are saved, with their articles: a closed
	// story never changes again, and the store keeps it. They keep their
	// order, and their articles the order they were added in, so that
	// ties break as they would have.
	var open []*story
	for _, s := range c.stories {
		if s != nil && s.open {
			open = append(open, s)
		}
	}
	keep := make([]int32, len(c.arts))
	for i := range keep {
		keep[i] = -1
	}
	for _, s := range open {
		for _, a := range s.arts {
			keep[a] = 0
		}
	}
	n := int32(0)
	for i := range keep {
		if keep[i] == 0 {
			keep[i] = n
			n++
		}
	}
	e.u(uint64(n))
	for i, a := range c.arts {
		if keep[i] >= 0 {
			e.str(a.id)
			e.date(a.pub)
		}
	}

	seq := make(map[*story]int, len(open))
	e.u(uint64(len(open)))
	for i, s := range open {
		seq[s] = i
		e.str(s.id)
		// Sorted, so that one state has one encoding.
		slices.SortFunc(s.arts, c.byPublished)
		e.u(uint64(len(s.arts)))
		for _, a := range s.arts {
			e.u(uint64(keep[a]))
		}
		e.date(s.first)
		e.date(s.last)
		e.time(s.clock)
		e.u(uint64(s.slot))
		e.str(s.title)
		e.u(uint64(keep[s.titled]))
		e.bool(s.text)
		e.vec(s.terms)
		e.vec(s.names)
		e.f64(s.count)
		e.f64(s.named)
		e.vec(s.mentions)
		e.u(uint64(len(s.indexed)))
		for _, k := range s.indexed {
			e.u64(k)
		}
	}

	e.u(uint64(len(c.slots)))
	for i, s := range c.slots {
		if s == nil {
			e.u(0)
		} else {
			e.u(uint64(seq[s]) + 1)
		}
		e.u(uint64(c.gens[i]))
	}
	e.u(uint64(len(c.free)))
	for _, f := range c.free {
		e.u(uint64(f))
	}

	// The index is saved without the entries of closed stories, which a
	// lookup passes over anyway.
	keys := make([]uint64, 0, len(c.index))
	live := func(p posting) bool { return c.gens[p.slot] == p.gen }
	for k, list := range c.index {
		if slices.ContainsFunc(list, live) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	e.u(uint64(len(keys)))
	for _, k := range keys {
		e.u64(k)
		list := c.index[k]
		n := 0
		for _, p := range list {
			if live(p) {
				n++
			}
		}
		e.u(uint64(n))
		for _, p := range list {
			if live(p) {
				e.u(uint64(p.slot))
				e.u(uint64(p.gen))
			}
		}
	}

	keys = keys[:0]
	for k := range c.df {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.u(uint64(len(keys)))
	for _, k := range keys {
		e.u64(k)
		e.u(uint64(c.df[k]))
	}

	for _, l := range []*activity{&c.dated, &c.timeless} {
		n := 0
		for s := l.head; s != nil; s = s.next {
			n++
		}
		e.u(uint64(n))
		for s := l.head; s != nil; s = s.next {
			e.u(uint64(seq[s]))
		}
	}
	e.b = binary.LittleEndian.AppendUint32(e.b, crc32.ChecksumIEEE(e.b))
	return e.b, nil
}

// Restore returns a Clusterer that continues from a state Save encoded.
// opts should be those the saved Clusterer had. Its Stories are the
// stories open when the state was saved and those opened since. It tracks its
// changes (see Track). A state that is truncated, corrupted, of another
// version or not a cluster state at all fails with an error of kind
// crosscheck.Invalid.
func Restore(data []byte, opts Options) (*Clusterer, error) {
	c := New(opts)
	if err := c.decode(data); err != nil {
		return nil, crosscheck.Errorf(crosscheck.Invalid, "restore cluster state", "", "%s", err)
	}
	c.Track()
	return c, nil
}

type stateError string

func (e stateError) Error() string { return string(e) }

func (c *Clusterer) decode(data []byte) error {
	head := len(stateMagic) + 1
	if len(data) < head+4 || !strings.HasPrefix(string(data[:len(stateMagic)]), stateMagic) {
		return stateError("not a cluster state")
	}
	if v := data[len(stateMagic)]; v != stateVersion {
		return stateError("cluster state of version " + strconv.Itoa(int(v)) + ", this crosscheck reads version " + strconv.Itoa(stateVersion))
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return stateError("cluster state is corrupted (checksum mismatch)")
	}
	d := &dec{b: body[head:]}
	c.primed = d.bool()
	c.keep = d.bool()
	c.docs = d.int()
	c.added = d.int()
	c.clock = d.time()

	c.arts = make([]article, d.count(2))
	for i := range c.arts {
		c.arts[i] = article{id: d.str(), pub: d.date()}
	}

	used := make([]bool, len(c.arts))
	c.stories = make([]*story, d.count(1))
	for seq := range c.stories {
		s := &story{seq: seq, id: d.str(), open: true}
		s.arts = make([]int32, d.count(1))
		for i := range s.arts {
			a := d.index(len(c.arts))
			if d.err == nil && used[a] {
				d.fail("an article is in two stories")
			}
			if d.err == nil {
				used[a] = true
			}
			s.arts[i] = int32(a)
		}
		s.first, s.last, s.clock = d.date(), d.date(), d.time()
		s.slot = int32(d.int())
		s.title = d.str()
		s.titled = int32(d.index(len(c.arts)))
		s.text = d.bool()
		s.terms, s.names = d.vec(), d.vec()
		s.count, s.named = d.f64(), d.f64()
		s.mentions = d.vec()
		s.indexed = make([]uint64, d.count(8))
		for i := range s.indexed {
			s.indexed[i] = d.u64()
		}
		if !slices.IsSorted(s.indexed) {
			d.fail("unsorted story keys")
		}
		if len(s.arts) == 0 {
			d.fail("a story without articles")
		}
		if d.err != nil {
			return d.err
		}
		c.stories[seq] = s
		c.open++
	}

	n := d.count(2)
	c.slots = make([]*story, n)
	c.gens = make([]uint32, n)
	c.acc = make([]float64, n)
	c.stamp = make([]int, n)
	for i := range c.slots {
		if ref := d.index(len(c.stories) + 1); ref > 0 {
			s := c.stories[ref-1]
			if s == nil || !s.open || int(s.slot) != i {
				d.fail("a slot holds no open story")
			} else {
				c.slots[i] = s
			}
		}
		c.gens[i] = d.u32()
	}
	for _, s := range c.stories {
		if s != nil && s.open && (int(s.slot) >= len(c.slots) || c.slots[s.slot] != s) {
			d.fail("an open story without its slot")
		}
	}
	c.free = make([]int32, d.count(1))
	for i := range c.free {
		f := d.index(len(c.slots))
		if d.err == nil && c.slots[f] != nil {
			d.fail("a free slot is taken")
		}
		c.free[i] = int32(f)
	}
	if d.err == nil {
		// A slot freed twice would be handed to two stories.
		seen := make([]bool, len(c.slots))
		for _, f := range c.free {
			if seen[f] {
				d.fail("a slot is free twice")
				break
			}
			seen[f] = true
		}
	}

	keys := d.count(9)
	for range keys {
		k := d.u64()
		list := make([]posting, d.count(2))
		for i := range list {
			list[i] = posting{slot: int32(d.index(len(c.slots))), gen: d.u32()}
		}
		if d.err != nil {
			return d.err
		}
		c.index[k] = list
	}
	words := d.count(9)
	for range words {
		k := d.u64()
		c.df[k] = d.u32()
	}

	listed := 0
	for _, l := range []*activity{&c.dated, &c.timeless} {
		for range d.count(1) {
			seq := d.index(len(c.stories))
			if d.err != nil {
				return d.err
			}
			s := c.stories[seq]
			if s == nil || !s.open || s.list != nil {
				return stateError("an activity list holds a story that is not open, or holds it twice")
			}
			c.linkLast(l, s)
			listed++
		}
	}
	if d.err == nil && listed != c.open {
		d.fail("an open story is in no activity list")
	}
	if d.err == nil && len(d.b) > 0 {
		d.fail("trailing bytes")
	}
	return d.err
}

// linkLast appends s to the activity list l.
func (c *Clusterer) linkLast(l *activity, s *story) {
	s.list = l
	s.prev = l.tail
	if l.tail != nil {
		l.tail.next = s
	} else {
		l.head = s
	}
	l.tail = s
}

// enc appends the parts of a state.
type enc struct{ b []byte }

func (e *enc) u(v uint64)   { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) i(v int64)    { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) u64(v uint64) { e.b = binary.LittleEndian.AppendUint64(e.b, v) }
func (e *enc) f64(v float64) {
	e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v))
}

func (e *enc) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *enc) str(s string) {
	e.u(uint64(len(s)))
	e.b = append(e.b, s...)
}

// time keeps the instant and the zone offset; a zone's name is not kept.
func (e *enc) time(t time.Time) {
	if t.IsZero() {
		e.b = append(e.b, 0)
		return
	}
	_, off := t.Zone()
	e.b = append(e.b, 1)
	e.i(t.Unix())
	e.u(uint64(t.Nanosecond()))
	e.i(int64(off))
}

func (e *enc) date(d crosscheck.Date) {
	e.time(d.Time)
	e.bool(d.DayOnly)
}

func (e *enc) vec(v vec) {
	e.u(uint64(len(v)))
	for _, x := range v {
		e.u64(x.key)
		e.b = binary.LittleEndian.AppendUint32(e.b, math.Float32bits(x.w))
	}
}

// dec reads the parts of a state. Its first error sticks: later reads
// return zero values, so that decode checks once per structure.
type dec struct {
	b   []byte
	err error
}

func (d *dec) fail(msg string) {
	if d.err == nil {
		d.err = stateError("cluster state is corrupted: " + msg)
	}
	d.b = nil
}

func (d *dec) u() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("bad number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) i() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("bad number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

// int reads a non-negative int that fits an int32.
func (d *dec) int() int {
	v := d.u()
	if v > math.MaxInt32 {
		d.fail("number out of range")
		return 0
	}
	return int(v)
}

// index reads a number below n.
func (d *dec) index(n int) int {
	v := d.u()
	if v >= uint64(n) {
		d.fail("index out of range")
		return 0
	}
	return int(v)
}

// count reads the length of a list whose elements take at least size
// bytes each, so that no length claims more than the data can hold.
func (d *dec) count(size int) int {
	v := d.u()
	if v > uint64(len(d.b)/size) {
		d.fail("list longer than the data")
		return 0
	}
	return int(v)
}

func (d *dec) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if len(d.b) < n {
		d.fail("truncated")
		return nil
	}
	p := d.b[:n]
	d.b = d.b[n:]
	return p
}

func (d *dec) u64() uint64 {
	if p := d.take(8); p != nil {
		return binary.LittleEndian.Uint64(p)
	}
	return 0
}

func (d *dec) u32() uint32 {
	v := d.u()
	if v > math.MaxUint32 {
		d.fail("number out of range")
		return 0
	}
	return uint32(v)
}

func (d *dec) f64() float64 { return math.Float64frombits(d.u64()) }

func (d *dec) bool() bool {
	p := d.take(1)
	if p == nil {
		return false
	}
	if p[0] > 1 {
		d.fail("bad flag")
	}
	return p[0] == 1
}

func (d *dec) str() string {
	n := d.count(1)
	return string(d.take(n))
}

func (d *dec) time() time.Time {
	switch p := d.take(1); {
	case p == nil || p[0] == 0:
		return time.Time{}
	case p[0] != 1:
		d.fail("bad time")
		return time.Time{}
	}
	sec, nsec, off := d.i(), d.u(), d.i()
	if nsec >= 1e9 || off <= -24*3600 || off >= 24*3600 {
		d.fail("bad time")
		return time.Time{}
	}
	loc := time.UTC
	if off != 0 {
		loc = time.FixedZone("", int(off))
	}
	return time.Unix(sec, int64(nsec)).In(loc)
}

func (d *dec) date() crosscheck.Date {
	t := d.time()
	return crosscheck.Date{Time: t, DayOnly: d.bool()}
}

func (d *dec) vec() vec {
	v := make(vec, d.count(12))
	for i := range v {
		k := d.u64()
		var w float32
		if p := d.take(4); p != nil {
			w = math.Float32frombits(binary.LittleEndian.Uint32(p))
		}
		v[i] = entry{k, w}
	}
	for i := 1; i < len(v); i++ {
		if v[i-1].key >= v[i].key {
			d.fail("unsorted vector")
			break
		}
	}
	return v
}
