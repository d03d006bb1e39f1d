// Package memo keeps, for one story, the results of the analysis steps
// that depend only on their inputs' text: an article's sentences read by a
// stage, or whether two reports contradict each other. A story briefed
// again after one more report arrived finds them here and computes only
// what the new report brings. Every value is a pure function of its key,
// so a briefing made with a Memo is the briefing made without one.
//
// A nil *Memo remembers nothing: each lookup computes its value.
package memo

import "sync"

// key names one value: the step (ns) and its inputs (a, and b for a
// pair).
type key struct{ ns, a, b string }

type entry struct {
	v   any
	gen uint64
}

// Memo is the remembered values of one story's analysis. It is safe for
// concurrent use.
type Memo struct {
	mu  sync.Mutex
	gen uint64
	m   map[key]*entry
}

// New returns an empty Memo.
func New() *Memo { return &Memo{m: map[key]*entry{}} }

// Get returns the value of step ns for input k, computing it with f when
// m does not hold it yet. f must depend on k alone.
func Get[T any](m *Memo, ns, k string, f func() T) T {
	return Pair(m, ns, k, "", f)
}

// Pair is Get for a step of two inputs.
func Pair[T any](m *Memo, ns, a, b string, f func() T) T {
	if m == nil {
		return f()
	}
	k := key{ns, a, b}
	m.mu.Lock()
	if e, ok := m.m[k]; ok {
		e.gen = m.gen
		m.mu.Unlock()
		if v, ok := e.v.(T); ok {
			return v
		}
		return f()
	}
	m.mu.Unlock()
	// Computed without the lock: two goroutines may both compute one
	// value, which is the same.
	v := f()
	m.mu.Lock()
	m.m[k] = &entry{v: v, gen: m.gen}
	m.mu.Unlock()
	return v
}

// Sweep forgets the values not looked up since the previous Sweep (those
// of reports that left the story, or of wordings no longer in it), so
// that a Memo kept across briefings holds only what the last one used.
func (m *Memo) Sweep() {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, e := range m.m {
		if e.gen != m.gen {
			delete(m.m, k)
		}
	}
	m.gen++
}

// Len returns the number of values m holds.
func (m *Memo) Len() int {
	if m == nil {
		return 0
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.m)
}

// Clone returns a copy of m that remembers what m does; the two then
// change independently.
func (m *Memo) Clone() *Memo {
	if m == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	c := &Memo{gen: m.gen, m: make(map[key]*entry, len(m.m))}
	for k, e := range m.m {
		c.m[k] = &entry{v: e.v, gen: e.gen}
	}
	return c
}

// Put sets the value of step ns for input k, replacing what m held.
func Put[T any](m *Memo, ns, k string, v T) {
	if m == nil {
		return
	}
	m.mu.Lock()
	m.m[key{ns, k, ""}] = &entry{v: v, gen: m.gen}
	m.mu.Unlock()
}
