package cluster

import (
	"slices"
	"strings"

	"crosscheck"
)

// A report that changes after it was grouped (a correction, an update, a
// page rewritten to cover another event) comes back as a new version
// under the same article id. Members and Replace put the new version in
// place of the old: the story's features are computed again without the
// old version, and the article stays only if its new version still fits.

// stayShare is the share of Threshold a new version's similarity to its
// story must keep for it to stay: a story drifts as it grows, and a
// correction should not shake out an article it admitted. A version
// telling another event falls far lower, or its names veto the match.
const stayShare = 0.5

// holder returns the open story that holds article id and the article's
// index, or nil.
func (c *Clusterer) holder(id string) (*story, int32) {
	if !c.Has(id) {
		return nil, -1
	}
	idx, ok := c.log.index[id]
	if !ok {
		return nil, -1
	}
	for _, l := range []*activity{&c.dated, &c.timeless} {
		for s := l.head; s != nil; s = s.next {
			if slices.Contains(s.arts, idx) {
				return s, idx
			}
		}
	}
	return nil, -1
}

// Members returns the ids of the articles of the open story that holds the
// article id, or nil when no open story holds it: it was never added, or
// its story has closed, and a new version of it changes no story.
func (c *Clusterer) Members(id string) []string {
	s, _ := c.holder(id)
	if s == nil {
		return nil
	}
	out := make([]string, len(s.arts))
	for i, a := range s.arts {
		out[i] = c.arts[a].id
	}
	return out
}

// Replace puts a, a new version of an article an open story holds, in
// place of the version added before. others are the current versions of
// the story's other articles (Members without a): the Clusterer keeps
// only the sums of its articles' features, so the story's sums are
// computed again from them and a. If a still fits the story (see
// stayShare) it stays. If not, it leaves: the story records a split event naming the story a
// joins, or opens with an id of its own (the story keeps its id even when
// a opened it), and both are among the Changes. Replace returns whether a
// left its story; it does nothing when no open story holds a.
//
// Document frequencies are not counted again: a version is not a new
// document.
func (c *Clusterer) Replace(a *crosscheck.Article, others []crosscheck.Article) bool {
	s, idx := c.holder(a.ID)
	if s == nil {
		return false
	}
	primed := c.primed
	c.primed = true
	defer func() { c.primed = primed }()

	member := make(map[string]bool, len(s.arts))
	for _, x := range s.arts {
		member[c.arts[x].id] = true
	}
	s.terms, s.names, s.mentions, s.count, s.named, s.text = nil, nil, nil, 0, 0, false
	for i := range others {
		if others[i].ID == a.ID || !member[others[i].ID] {
			continue
		}
		terms, names, lede := c.features(&others[i])
		c.addVectors(s, terms, names, lede)
		s.text = s.text || strings.TrimSpace(others[i].Text) != ""
	}
	terms, names, lede := c.features(a)
	text := strings.TrimSpace(a.Text) != ""
	c.arts[idx].pub = a.Published
	c.redate(s)
	// It stays when it is alone in its story, beside articles with no
	// features (it is the story), or when it still fits.
	stays := len(s.arts) == 1 || s.count == 0 && s.named == 0
	if !stays {
		t, ok := c.score(s, terms, names, text)
		stays = ok || t >= c.opts.Threshold*stayShare
	}
	if stays {
		c.addVectors(s, terms, names, lede)
		s.text = s.text || text
		c.retitle(s, a, others)
		c.reindex(s)
		c.noteChanged(s)
		return false
	}

	// The new version tells another story: it leaves this one.
	s.arts = slices.DeleteFunc(s.arts, func(x int32) bool { return x == idx })
	c.redate(s)
	c.retitle(s, nil, others)
	c.reindex(s)

	now := c.clock
	best, _ := c.match(terms, names, now, text)
	opened := best == nil
	if opened {
		best = c.openStory()
		// Not crosscheck.StoryID(a.ID): a may have opened the story it
		// leaves, which keeps that id.
		best.id = crosscheck.StoryID(a.ID + "\x00" + crosscheck.ContentHash(a))
	}
	c.join(best, idx, terms, names, lede, a.Published, now)
	best.text = best.text || text
	if title := strings.TrimSpace(a.Title); title != "" && (best.title == "" || c.byPublished(idx, best.titled) < 0) {
		best.title, best.titled = title, idx
	}
	c.noteJoin(best, a.ID, opened)
	c.noteSplit(s, a.ID, best.id)
	return true
}

// addVectors adds an article's word and name vectors to story s's sums,
// and counts the names of its lede among the story's mentions.
func (c *Clusterer) addVectors(s *story, terms, names, lede vec) {
	s.terms = add(s.terms, terms, c.opts.StoryTerms)
	s.names = add(s.names, names, c.opts.StoryNames)
	if len(names) > 0 && len(lede) > 0 {
		s.mentions = add(s.mentions, lede, mentionCap)
	}
	if len(terms) > 0 {
		s.count++
	}
	if len(names) > 0 {
		s.named++
	}
}

// redate sets the first and last publication dates of s from its
// articles.
func (c *Clusterer) redate(s *story) {
	s.first, s.last = crosscheck.Date{}, crosscheck.Date{}
	for _, x := range s.arts {
		if pub := c.arts[x].pub; !pub.IsZero() {
			if s.first.IsZero() || pub.Time.Before(s.first.Time) {
				s.first = pub
			}
			if s.last.IsZero() || !pub.Time.Before(s.last.Time) {
				s.last = pub
			}
		}
	}
}

// retitle gives s the title of its earliest titled article, from the
// current versions: a (nil when it left s) and others.
func (c *Clusterer) retitle(s *story, a *crosscheck.Article, others []crosscheck.Article) {
	byID := make(map[string]*crosscheck.Article, len(others)+1)
	for i := range others {
		byID[others[i].ID] = &others[i]
	}
	if a != nil {
		byID[a.ID] = a
	}
	s.title, s.titled = "", 0
	found := false
	for _, x := range s.arts {
		art := byID[c.arts[x].id]
		if art == nil || strings.TrimSpace(art.Title) == "" {
			continue
		}
		if !found || c.byPublished(x, s.titled) < 0 {
			s.title, s.titled, found = strings.TrimSpace(art.Title), x, true
		}
	}
	if !found && len(s.arts) > 0 {
		s.titled = s.arts[0]
	}
}
