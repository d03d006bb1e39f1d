// Package analyze builds the cross-checked briefing of one story from its
// clean articles. Each analysis lives in a subpackage; Story runs them in
// order, each feeding the next: provenance (who copies whom), entities,
// quotes (speakers resolved through entities, independence through
// provenance), figures, facts, discrepancies, summary and what each outlet
// alone reported.
//
// Analyze neither reads inputs nor groups articles into stories; it takes a
// story and its articles as earlier stages made them.
package analyze

import (
	"context"
	"strings"

	"crosscheck"
	"crosscheck/analyze/discrepancy"
	"crosscheck/analyze/entities"
	"crosscheck/analyze/facts"
	"crosscheck/analyze/figures"
	"crosscheck/analyze/outlets"
	"crosscheck/analyze/provenance"
	"crosscheck/analyze/quotes"
	"crosscheck/analyze/summary"
)

// Story returns the briefing of story s. arts are the story's articles;
// when s lists article ids, only those are used, in that order, else arts
// in the order given. Story is deterministic. When ctx ends first it stops
// between stages and returns ctx's error, of kind Canceled or Timeout, and
// no briefing: a partial briefing is never returned as complete.
func Story(ctx context.Context, s crosscheck.Story, arts []crosscheck.Article) (crosscheck.StoryBriefing, error) {
	arts = storyArticles(s, arts)
	b := crosscheck.StoryBriefing{ID: s.ID, Title: s.Title}
	if b.Title == "" {
		for _, a := range arts {
			if a.Title != "" {
				b.Title = a.Title
				break
			}
		}
	}
	prov := provenance.Analyze(arts)
	for _, a := range arts {
		b.Articles = append(b.Articles, crosscheck.StoryArticle{
			ID:        a.ID,
			File:      a.File,
			Part:      a.Part,
			Outlet:    a.Outlet,
			Title:     a.Title,
			Published: a.Published,
			URL:       a.URL,
			Origin:    prov.Origin[a.ID],
			CopyOf:    prov.CopyOf[a.ID],
			Credits:   prov.Credits[a.ID],
		})
	}
	crosscheck.CiteArticles(b.Articles)
	if err := ctx.Err(); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	ents := entities.Extract(arts)
	b.Entities = ents.Entities
	if err := ctx.Err(); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	resolve := func(mention string) (string, bool) {
		e, ok := ents.Resolve(mention)
		return e.Name, ok
	}
	b.Quotes = speaking(quotes.Extract(arts, resolve, prov.SentenceOrigin), ents)
	if err := ctx.Err(); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	b.Figures = figures.Extract(arts)
	if err := ctx.Err(); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	b.Facts = facts.Align(arts, prov)
	if err := ctx.Err(); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	b.Discrepancies = discrepancy.Find(arts, b.Entities, b.Quotes, b.Figures, b.Facts)
	discrepancy.MarkUpdates(b.Discrepancies, arts, prov.Origin)
	if err := ctx.Err(); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	b.Summary = summary.Build(arts, b.Facts, b.Discrepancies, func(id string) string { return prov.Origin[id] })
	b.Unique = outlets.Reports(arts, b.Facts)
	return b, nil
}

// stopped is the error of a briefing that ctx stopped.
func stopped(s crosscheck.Story, err error) error {
	return &crosscheck.Error{Op: "brief", Input: s.ID, Kind: crosscheck.ErrorKind(err), Err: err}
}

// storyArticles returns the articles of s, in its order, when it lists them.
func storyArticles(s crosscheck.Story, arts []crosscheck.Article) []crosscheck.Article {
	if len(s.Articles) == 0 {
		return arts
	}
	byID := make(map[string]int, len(arts))
	for i, a := range arts {
		if _, ok := byID[a.ID]; !ok {
			byID[a.ID] = i
		}
	}
	out := make([]crosscheck.Article, 0, len(s.Articles))
	for _, id := range s.Articles {
		if i, ok := byID[id]; ok {
			out = append(out, arts[i])
		}
	}
	return out
}

// speaking keeps the quotations whose speaker can speak: not a place
// ("Arizona", "America" taken for the subject of a sentence), and not a
// single word the story knows as no person or organisation (a capitalised
// sentence opener such as "Close") unless it is a plural ("Prosecutors").
func speaking(qs []crosscheck.Quote, ents *entities.Set) []crosscheck.Quote {
	out := qs[:0]
	for _, q := range qs {
		if q.Speaker == "" {
			out = append(out, q)
			continue
		}
		e, ok := ents.Resolve(q.Speaker)
		oneWord := !strings.ContainsAny(q.Speaker, " \u00a0")
		if ok && e.Kind == crosscheck.Place || !ok && oneWord && !strings.HasSuffix(q.Speaker, "s") {
			continue
		}
		out = append(out, q)
	}
	return out
}
