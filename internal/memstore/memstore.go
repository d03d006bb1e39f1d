// Package memstore is a crosscheck.Store held in memory: for one run that
// needs no store on disk, and for tests. It keeps what sqlite.DB keeps and
// behaves the same, as internal/storetest checks, but forgets everything
// when the process ends. Its search is a plain case-insensitive word match.
package memstore

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"crosscheck"
)

// Store is an in-memory crosscheck.Store. The zero value is not usable;
// call New.
type Store struct {
	mu       sync.Mutex
	now      func() time.Time
	versions map[string][]crosscheck.StoredArticle
	order    []crosscheck.ArticleVersion // every version, in the order stored
	grouped  map[crosscheck.ArticleVersion]bool
	stories  map[string]*crosscheck.StoredStory
	gone     map[string]string
	events   map[string][]crosscheck.StoryEvent
	briefs   map[string]crosscheck.StoryBriefing
	changed  map[string]time.Time // when each stale story changed
	analyses map[string][]byte
	dropped  map[crosscheck.ArticleVersion][]crosscheck.Dropped
	state    []byte
	epoch    int64
}

var _ crosscheck.Store = (*Store)(nil)

// New returns an empty Store. now gives the time stamps; nil means
// time.Now.
func New(now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	return &Store{
		now:      now,
		versions: map[string][]crosscheck.StoredArticle{},
		grouped:  map[crosscheck.ArticleVersion]bool{},
		stories:  map[string]*crosscheck.StoredStory{},
		gone:     map[string]string{},
		events:   map[string][]crosscheck.StoryEvent{},
		briefs:   map[string]crosscheck.StoryBriefing{},
		changed:  map[string]time.Time{},
		analyses: map[string][]byte{},
		dropped:  map[crosscheck.ArticleVersion][]crosscheck.Dropped{},
	}
}

func done(ctx context.Context, op string) error {
	if err := ctx.Err(); err != nil {
		return &crosscheck.Error{Op: op, Kind: crosscheck.ErrorKind(err), Err: err}
	}
	return nil
}

// PutArticle implements crosscheck.Store.
func (s *Store) PutArticle(ctx context.Context, a crosscheck.Article) (crosscheck.PutResult, error) {
	if err := done(ctx, "put article"); err != nil {
		return crosscheck.Unchanged, err
	}
	if a.ID == "" {
		return crosscheck.Unchanged, crosscheck.Errorf(crosscheck.Invalid, "put article", a.File, "article has no id")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	h := crosscheck.ContentHash(&a)
	vs := s.versions[a.ID]
	if len(vs) > 0 && vs[len(vs)-1].Hash == h {
		return crosscheck.Unchanged, nil
	}
	sa := crosscheck.StoredArticle{Article: a, Hash: h, Version: len(vs) + 1, Added: s.now()}
	res := crosscheck.Added
	if len(vs) > 0 {
		res = crosscheck.NewVersion
		sa.Story = vs[len(vs)-1].Story
		if sa.Story != "" {
			s.markStale(s.resolve(sa.Story))
		}
	}
	s.versions[a.ID] = append(vs, sa)
	s.order = append(s.order, crosscheck.ArticleVersion{ID: a.ID, Hash: h})
	return res, nil
}

// Article implements crosscheck.Store.
func (s *Store) Article(ctx context.Context, id string) (crosscheck.StoredArticle, error) {
	if err := done(ctx, "article"); err != nil {
		return crosscheck.StoredArticle{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.article(id)
}

func (s *Store) article(id string) (crosscheck.StoredArticle, error) {
	vs := s.versions[id]
	if len(vs) == 0 {
		return crosscheck.StoredArticle{}, crosscheck.Errorf(crosscheck.NotFound, "article", id, "no such article")
	}
	a := vs[len(vs)-1]
	if a.Story != "" {
		a.Story = s.resolve(a.Story)
	}
	return a, nil
}

// Articles implements crosscheck.Store.
func (s *Store) Articles(ctx context.Context, ids []string) ([]crosscheck.StoredArticle, error) {
	if err := done(ctx, "articles"); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]crosscheck.StoredArticle, 0, len(ids))
	for _, id := range ids {
		a, err := s.article(id)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// Ungrouped implements crosscheck.Store.
func (s *Store) Ungrouped(ctx context.Context, limit int) ([]crosscheck.StoredArticle, error) {
	if err := done(ctx, "ungrouped"); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []crosscheck.StoredArticle
	for _, v := range s.order {
		if s.grouped[v] {
			continue
		}
		for _, a := range s.versions[v.ID] {
			if a.Hash == v.Hash {
				out = append(out, a)
				break
			}
		}
		if limit > 0 && len(out) == limit {
			break
		}
	}
	return out, nil
}

// resolve follows merges from story id to the story that holds it now.
func (s *Store) resolve(id string) string {
	for n := 0; n < 1000; n++ {
		to, ok := s.gone[id]
		if !ok {
			return id
		}
		id = to
	}
	return id
}

func (s *Store) markStale(id string) {
	st := s.stories[id]
	if st == nil {
		return
	}
	st.Revision++
	if _, ok := s.changed[id]; !ok {
		s.changed[id] = s.now()
	}
}

// SaveGrouping implements crosscheck.Store.
func (s *Store) SaveGrouping(ctx context.Context, g crosscheck.Grouping) error {
	if err := done(ctx, "save grouping"); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if g.Epoch < s.epoch {
		return crosscheck.Errorf(crosscheck.Conflict, "save grouping", "", "grouping epoch %d is behind the store's %d", g.Epoch, s.epoch)
	}
	s.epoch = g.Epoch
	for from, to := range g.Gone {
		s.gone[from] = to
		delete(s.stories, from)
		delete(s.changed, from)
	}
	for _, st := range g.Stories {
		old := s.stories[st.ID]
		ss := &crosscheck.StoredStory{Story: st}
		if old != nil {
			ss.Revision, ss.Briefed = old.Revision, old.Briefed
			ss.Outlets, ss.Disagreements, ss.Updated = old.Outlets, old.Disagreements, old.Updated
		}
		ss.Articles = slices.Clone(st.Articles)
		s.stories[st.ID] = ss
		delete(s.gone, st.ID)
		s.markStale(st.ID)
		for _, id := range st.Articles {
			if vs := s.versions[id]; len(vs) > 0 {
				vs[len(vs)-1].Story = st.ID
			}
		}
	}
	for _, v := range g.Grouped {
		s.grouped[v] = true
	}
	for _, e := range g.Events {
		if e.At.IsZero() {
			e.At = s.now()
		}
		s.events[e.Story] = append(s.events[e.Story], e)
	}
	if g.State != nil {
		s.state = slices.Clone(g.State)
	}
	return nil
}

// ClusterState implements crosscheck.Store.
func (s *Store) ClusterState(ctx context.Context) ([]byte, int64, error) {
	if err := done(ctx, "cluster state"); err != nil {
		return nil, 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.state), s.epoch, nil
}

// Story implements crosscheck.Store.
func (s *Store) Story(ctx context.Context, id string) (crosscheck.StoredStory, error) {
	if err := done(ctx, "story"); err != nil {
		return crosscheck.StoredStory{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.stories[s.resolve(id)]
	if st == nil {
		return crosscheck.StoredStory{}, crosscheck.Errorf(crosscheck.NotFound, "story", id, "no such story")
	}
	out := *st
	out.Articles = slices.Clone(st.Articles)
	return out, nil
}

// Stories implements crosscheck.Store. Its cursor is an offset.
func (s *Store) Stories(ctx context.Context, q crosscheck.StoryQuery) ([]crosscheck.StoredStory, string, error) {
	if err := done(ctx, "stories"); err != nil {
		return nil, "", err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var all []crosscheck.StoredStory
	for id, st := range s.stories {
		if !s.selects(id, st, q) {
			continue
		}
		all = append(all, *st)
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		switch q.Order {
		case crosscheck.MostCovered:
			if len(a.Outlets) != len(b.Outlets) {
				return len(a.Outlets) > len(b.Outlets)
			}
		case crosscheck.MostDisputed:
			if a.Disagreements != b.Disagreements {
				return a.Disagreements > b.Disagreements
			}
		}
		if !a.Last.Time.Equal(b.Last.Time) {
			return a.Last.Time.After(b.Last.Time)
		}
		return a.ID < b.ID
	})
	off := 0
	if q.Cursor != "" {
		n, err := strconv.Atoi(q.Cursor)
		if err != nil || n < 0 {
			return nil, "", crosscheck.Errorf(crosscheck.Invalid, "stories", q.Cursor, "bad cursor")
		}
		off = min(n, len(all))
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	end := min(off+limit, len(all))
	next := ""
	if end < len(all) {
		next = strconv.Itoa(end)
	}
	return all[off:end], next, nil
}

func (s *Store) selects(id string, st *crosscheck.StoredStory, q crosscheck.StoryQuery) bool {
	if !q.From.IsZero() && st.Last.Time.Before(q.From) || !q.To.IsZero() && !st.Last.Time.Before(q.To) {
		return false
	}
	if q.Outlet != "" {
		found := false
		for _, aid := range st.Articles {
			if vs := s.versions[aid]; len(vs) > 0 && strings.EqualFold(vs[len(vs)-1].Outlet, q.Outlet) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if q.Entity != "" {
		b, ok := s.briefs[id]
		if !ok {
			return false
		}
		found := false
		for _, e := range b.Entities {
			if strings.EqualFold(e.Name, q.Entity) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// StoryEvents implements crosscheck.Store.
func (s *Store) StoryEvents(ctx context.Context, id string) ([]crosscheck.StoryEvent, error) {
	if err := done(ctx, "story events"); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.events[id]), nil
}

// Stale implements crosscheck.Store.
func (s *Store) Stale(ctx context.Context, limit int) ([]string, error) {
	if err := done(ctx, "stale"); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for id := range s.changed {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := s.changed[ids[i]], s.changed[ids[j]]
		if !a.Equal(b) {
			return a.Before(b)
		}
		return ids[i] < ids[j]
	})
	if limit > 0 && len(ids) > limit {
		ids = ids[:limit]
	}
	return ids, nil
}

// PutBriefing implements crosscheck.Store.
func (s *Store) PutBriefing(ctx context.Context, b crosscheck.StoryBriefing, rev int64) error {
	if err := done(ctx, "put briefing"); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.stories[b.ID]
	if st == nil {
		return crosscheck.Errorf(crosscheck.NotFound, "put briefing", b.ID, "no such story")
	}
	if rev < st.Briefed {
		return nil
	}
	s.briefs[b.ID] = b
	st.Briefed = rev
	st.Outlets = briefOutlets(b)
	st.Disagreements = 0
	for _, d := range b.Discrepancies {
		if !d.Update {
			st.Disagreements++
		}
	}
	st.Updated = s.now()
	if rev >= st.Revision {
		delete(s.changed, b.ID)
	}
	return nil
}

// briefOutlets returns the distinct outlets of a briefing's articles.
func briefOutlets(b crosscheck.StoryBriefing) []string {
	var out []string
	for _, a := range b.Articles {
		if a.Outlet != "" && !slices.Contains(out, a.Outlet) {
			out = append(out, a.Outlet)
		}
	}
	sort.Strings(out)
	return out
}

// Briefing implements crosscheck.Store.
func (s *Store) Briefing(ctx context.Context, id string) (crosscheck.StoryBriefing, error) {
	if err := done(ctx, "briefing"); err != nil {
		return crosscheck.StoryBriefing{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.briefs[s.resolve(id)]
	if !ok {
		return b, crosscheck.Errorf(crosscheck.NotFound, "briefing", id, "no briefing")
	}
	return b, nil
}

// PutAnalysis implements crosscheck.Store.
func (s *Store) PutAnalysis(ctx context.Context, hash string, data []byte) error {
	if err := done(ctx, "put analysis"); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.analyses[hash] = slices.Clone(data)
	return nil
}

// Analyses implements crosscheck.Store.
func (s *Store) Analyses(ctx context.Context, hashes []string) (map[string][]byte, error) {
	if err := done(ctx, "analyses"); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string][]byte{}
	for _, h := range hashes {
		if d, ok := s.analyses[h]; ok {
			out[h] = slices.Clone(d)
		}
	}
	return out, nil
}

// PutDropped implements crosscheck.Store.
func (s *Store) PutDropped(ctx context.Context, id, hash string, ds []crosscheck.Dropped) error {
	if err := done(ctx, "put dropped"); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropped[crosscheck.ArticleVersion{ID: id, Hash: hash}] = slices.Clone(ds)
	return nil
}

// Dropped implements crosscheck.Store.
func (s *Store) Dropped(ctx context.Context, id string) ([]crosscheck.Dropped, error) {
	if err := done(ctx, "dropped"); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	a, err := s.article(id)
	if err != nil {
		return nil, crosscheck.Errorf(crosscheck.NotFound, "dropped", id, "no such article")
	}
	ds := s.dropped[crosscheck.ArticleVersion{ID: id, Hash: a.Hash}]
	if len(ds) == 0 {
		return nil, nil
	}
	return slices.Clone(ds), nil
}

// Search implements crosscheck.Store: every word of q must occur in a
// hit, matched case-insensitively as a whole word.
func (s *Store) Search(ctx context.Context, q crosscheck.SearchQuery) ([]crosscheck.SearchHit, string, error) {
	if err := done(ctx, "search"); err != nil {
		return nil, "", err
	}
	words := strings.Fields(strings.ToLower(q.Text))
	if len(words) == 0 {
		return nil, "", crosscheck.Errorf(crosscheck.Invalid, "search", "", "empty query")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var hits []crosscheck.SearchHit
	ids := make([]string, 0, len(s.versions))
	for id := range s.versions {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a, _ := s.article(id)
		if snip, ok := snippet(a.Title+"\n"+a.Text, words); ok {
			hits = append(hits, crosscheck.SearchHit{Kind: crosscheck.ArticleHit, Article: id, Story: a.Story, Title: a.Title, Snippet: snip})
		}
	}
	sids := make([]string, 0, len(s.briefs))
	for id := range s.briefs {
		sids = append(sids, id)
	}
	sort.Strings(sids)
	for _, id := range sids {
		b := s.briefs[id]
		for _, qu := range b.Quotes {
			if snip, ok := snippet(qu.Text, words); ok {
				hits = append(hits, crosscheck.SearchHit{Kind: crosscheck.QuoteHit, Story: id, Title: qu.Speaker, Snippet: snip})
			}
		}
		for _, f := range b.Facts {
			if snip, ok := snippet(f.Text, words); ok {
				hits = append(hits, crosscheck.SearchHit{Kind: crosscheck.FactHit, Story: id, Title: b.Title, Snippet: snip})
			}
		}
	}
	off := 0
	if q.Cursor != "" {
		n, err := strconv.Atoi(q.Cursor)
		if err != nil || n < 0 {
			return nil, "", crosscheck.Errorf(crosscheck.Invalid, "search", q.Cursor, "bad cursor")
		}
		off = min(n, len(hits))
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	end := min(off+limit, len(hits))
	next := ""
	if end < len(hits) {
		next = strconv.Itoa(end)
	}
	return hits[off:end], next, nil
}

// snippet returns up to about 30 words of text around the first match of
// words, with the matching words marked, if text holds every word.
func snippet(text string, words []string) ([]crosscheck.SnippetPart, bool) {
	toks := strings.Fields(text)
	norm := make([]string, len(toks))
	for i, t := range toks {
		norm[i] = strings.ToLower(strings.Trim(t, ".,;:!?\"'()[]“”‘’"))
	}
	first := -1
	for _, w := range words {
		i := slices.Index(norm, w)
		if i < 0 {
			return nil, false
		}
		if first < 0 || i < first {
			first = i
		}
	}
	lo, hi := max(0, first-10), min(len(toks), first+20)
	var parts []crosscheck.SnippetPart
	for i := lo; i < hi; i++ {
		m := slices.Contains(words, norm[i])
		t := toks[i]
		if i > lo {
			t = " " + t
		}
		if n := len(parts); n > 0 && parts[n-1].Match == m {
			parts[n-1].Text += t
			continue
		}
		parts = append(parts, crosscheck.SnippetPart{Text: t, Match: m})
	}
	return parts, true
}

// Close implements crosscheck.Store.
func (s *Store) Close() error { return nil }
