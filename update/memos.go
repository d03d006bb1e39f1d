package update

import (
	"container/list"
	"sync"

	"crosscheck/analyze"
)

// DefaultMemoStories is how many stories a Memos made with NewMemos(0)
// remembers.
const DefaultMemoStories = 64

// MaxMemoArticles bounds the articles of the stories a Memos remembers,
// all together: a story's Memo holds about 270 KB per article (427 MB for
// a story of 1,600 rewritten reports), so that a process keeps about 1 GB
// of them at most. A story larger than that alone is not remembered.
const MaxMemoArticles = 4000

// Memos keeps, in memory, the analyze.Memo of the stories briefed last, so
// that a long-running process (watch, serve, a worker) briefs a story
// again after one report arrived by computing only that report's share
// of what depends on single articles and pairs of them. Nothing of it is
// stored: a process that starts, or a story it has forgotten, is briefed
// from the stored per-article analyses as before, and the briefing is the
// same either way. It holds the most recently briefed stories, up to its
// size. It is safe for concurrent use.
type Memos struct {
	mu    sync.Mutex
	max   int
	order *list.List // of story ids, most recent first
	by    map[string]*list.Element
	memo  map[string]*analyze.Memo
	size  map[string]int // articles of each story remembered
	total int
}

// NewMemos returns a Memos that remembers up to n stories; n <= 0 means
// DefaultMemoStories.
func NewMemos(n int) *Memos {
	if n <= 0 {
		n = DefaultMemoStories
	}
	return &Memos{max: n, order: list.New(), by: map[string]*list.Element{}, memo: map[string]*analyze.Memo{}, size: map[string]int{}}
}

// take returns the Memo of story id, or a new one, and holds it out of ms
// until put gives it back: two briefings of one story at once do not
// share one.
func (ms *Memos) take(id string) *analyze.Memo {
	if ms == nil {
		return nil
	}
	ms.mu.Lock()
	defer ms.mu.Unlock()
	m, ok := ms.memo[id]
	if !ok {
		return analyze.NewMemo()
	}
	ms.forget(id)
	return m
}

// forget drops story id; ms.mu is held.
func (ms *Memos) forget(id string) {
	if e, ok := ms.by[id]; ok {
		ms.order.Remove(e)
	}
	delete(ms.by, id)
	delete(ms.memo, id)
	ms.total -= ms.size[id]
	delete(ms.size, id)
}

// put keeps m as the Memo of story id, of articles articles, forgetting
// the stories briefed longest ago when ms is full.
func (ms *Memos) put(id string, m *analyze.Memo, articles int) {
	if ms == nil || m == nil {
		return
	}
	ms.mu.Lock()
	defer ms.mu.Unlock()
	ms.forget(id)
	if articles > MaxMemoArticles {
		return
	}
	ms.memo[id] = m
	ms.by[id] = ms.order.PushFront(id)
	ms.size[id] = articles
	ms.total += articles
	for ms.order.Len() > ms.max || ms.total > MaxMemoArticles {
		ms.forget(ms.order.Back().Value.(string))
	}
}

// Len returns how many stories ms remembers.
func (ms *Memos) Len() int {
	if ms == nil {
		return 0
	}
	ms.mu.Lock()
	defer ms.mu.Unlock()
	return len(ms.memo)
}
