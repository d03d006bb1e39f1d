// Package report renders a crosscheck.Briefing for people (Markdown, a
// self-contained HTML page) and for programs (JSON). It formats what the
// analysis found and adds nothing to it.
package report

import (
	"encoding/json"
	"io"

	"crosscheck"
)

// JSON writes b as indented JSON. Lists that are empty are written as []
// rather than null, so that consumers can iterate without checks. A story's
// summary and disagreements come first, its evidence after; each article
// carries the citation ("cite") the other formats show.
func JSON(w io.Writer, b *crosscheck.Briefing) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(filled(b))
}

// filled returns a copy of b with every nil list replaced by an empty one.
func filled(b *crosscheck.Briefing) *crosscheck.Briefing {
	out := *b
	out.Stories = nonNil(b.Stories)
	out.Dropped = nonNil(b.Dropped)
	out.Errors = nonNil(b.Errors)
	for i := range out.Stories {
		out.Stories[i] = filledStory(out.Stories[i])
	}
	return &out
}

// filledStory returns s with every nil list replaced by an empty one.
func filledStory(s crosscheck.StoryBriefing) crosscheck.StoryBriefing {
	s.Articles = nonNil(s.Articles)
	// Briefings stored before articles carried citations get them.
	crosscheck.CiteArticles(s.Articles)
	s.Summary = citedList(s.Summary)
	s.Facts = nonNil(s.Facts)
	for j := range s.Facts {
		s.Facts[j].Articles = nonNil(s.Facts[j].Articles)
		s.Facts[j].Outlets = nonNil(s.Facts[j].Outlets)
	}
	s.Quotes = nonNil(s.Quotes)
	for j := range s.Quotes {
		s.Quotes[j].Articles = nonNil(s.Quotes[j].Articles)
		s.Quotes[j].Variants = citedList(s.Quotes[j].Variants)
	}
	s.Figures = nonNil(s.Figures)
	for j := range s.Figures {
		s.Figures[j].Articles = nonNil(s.Figures[j].Articles)
	}
	s.Entities = nonNil(s.Entities)
	for j := range s.Entities {
		s.Entities[j].Variants = nonNil(s.Entities[j].Variants)
		s.Entities[j].Articles = nonNil(s.Entities[j].Articles)
	}
	s.Discrepancies = nonNil(s.Discrepancies)
	for j := range s.Discrepancies {
		s.Discrepancies[j].Variants = citedList(s.Discrepancies[j].Variants)
	}
	s.Unique = nonNil(s.Unique)
	for j := range s.Unique {
		s.Unique[j].Facts = nonNil(s.Unique[j].Facts)
		s.Unique[j].Missing = nonNil(s.Unique[j].Missing)
	}
	return s
}

// nonNil returns a copy of s, empty rather than nil, so that filling it in
// never writes through to the caller's briefing.
func nonNil[T any](s []T) []T {
	return append(make([]T, 0, len(s)), s...)
}

func citedList(cs []crosscheck.Cited) []crosscheck.Cited {
	out := nonNil(cs)
	for i := range out {
		out[i].Articles = nonNil(out[i].Articles)
	}
	return out
}
