// Package snapshot reads what a crosscheck.Store holds into one value, so
// that tests and benchmarks can check that two runs (one process and many
// workers, before and after a fault) left the same articles, stories and
// briefings, nothing lost or doubled. Time stamps and revision counters,
// which depend on how the work was split, are left out.
package snapshot

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"crosscheck"
)

// Article is what a snapshot keeps of an article.
type Article struct {
	ID, Hash, Story string
	Version         int
	Article         crosscheck.Article
	// Dropped is what cleaning dropped from the article, as "kind: text"
	// (the part numbers depend on how a file was split among readers).
	Dropped []string
}

// Story is what a snapshot keeps of a story.
type Story struct {
	Story         crosscheck.Story
	Outlets       []string
	Disagreements int
	// Events are the story's events without their times.
	Events   []string
	Briefing *crosscheck.StoryBriefing
}

// S is a store's content.
type S struct {
	Articles []Article
	Stories  []Story
	// Stale and Ungrouped list what is left to do; both are empty once
	// every stage has caught up.
	Stale     []string
	Ungrouped []string
}

// Take reads every story of st and every article that a story holds or
// that waits to be grouped.
func Take(ctx context.Context, st crosscheck.Store) (*S, error) {
	s := &S{}
	var ids []string
	seen := map[string]bool{}
	q := crosscheck.StoryQuery{Limit: 500}
	for {
		list, next, err := st.Stories(ctx, q)
		if err != nil {
			return nil, err
		}
		for _, ss := range list {
			story := Story{Story: ss.Story, Outlets: ss.Outlets, Disagreements: ss.Disagreements}
			for _, id := range ss.Articles {
				if !seen[id] {
					seen[id] = true
					ids = append(ids, id)
				}
			}
			ev, err := st.StoryEvents(ctx, ss.ID)
			if err != nil {
				return nil, err
			}
			for _, e := range ev {
				story.Events = append(story.Events, strings.Join([]string{string(e.Kind), e.Article, e.Other}, " "))
			}
			b, err := st.Briefing(ctx, ss.ID)
			switch {
			case err == nil:
				story.Briefing = &b
			case crosscheck.ErrorKind(err) != crosscheck.NotFound:
				return nil, err
			}
			s.Stories = append(s.Stories, story)
		}
		if next == "" {
			break
		}
		q.Cursor = next
	}
	sort.Slice(s.Stories, func(i, j int) bool { return s.Stories[i].Story.ID < s.Stories[j].Story.ID })
	var err error
	if s.Stale, err = st.Stale(ctx, 0); err != nil {
		return nil, err
	}
	un, err := st.Ungrouped(ctx, 0)
	if err != nil {
		return nil, err
	}
	for _, a := range un {
		s.Ungrouped = append(s.Ungrouped, a.ID)
		if !seen[a.ID] {
			seen[a.ID] = true
			ids = append(ids, a.ID)
		}
	}
	arts, err := st.Articles(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		ds, err := st.Dropped(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		var dropped []string
		for _, d := range ds {
			dropped = append(dropped, string(d.Kind)+": "+d.Text)
		}
		s.Articles = append(s.Articles, Article{ID: a.ID, Hash: a.Hash, Story: a.Story, Version: a.Version, Article: a.Article, Dropped: dropped})
	}
	sort.Slice(s.Articles, func(i, j int) bool { return s.Articles[i].ID < s.Articles[j].ID })
	return s, nil
}

// Diff returns "" if a and b hold the same, else what differs (-a +b).
// An empty list and a missing one are the same: stores that keep values
// as JSON do not tell them apart.
func Diff(a, b *S) string {
	return cmp.Diff(a, b, cmpopts.EquateEmpty())
}

// String summarises s.
func (s *S) String() string {
	briefed := 0
	for _, st := range s.Stories {
		if st.Briefing != nil {
			briefed++
		}
	}
	return fmt.Sprintf("%d articles, %d stories, %d briefed, %d stale, %d ungrouped", len(s.Articles), len(s.Stories), briefed, len(s.Stale), len(s.Ungrouped))
}
