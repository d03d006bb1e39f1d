package report

import (
	"embed"
	"html/template"
	"io"
	"strings"

	"crosscheck"
)

//go:embed templates/briefing.html
var templates embed.FS

var page = template.Must(template.New("briefing.html").Funcs(template.FuncMap{
	"join":   strings.Join,
	"value":  figureValue,
	"orNone": orNone,
	"speaker": func(s string) string {
		if s == "" {
			return "unattributed"
		}
		return s
	},
	"inc":   func(i int) int { return i + 1 },
	"count": count,
}).ParseFS(templates, "templates/briefing.html"))

// HTML writes b as one self-contained page. Per story, what happened and
// where the sources disagree come first, then a facts-by-sources matrix of
// the facts several independent sources carry, the quotes with their
// wordings, the figures, who and where and the reports, each linked to its
// original; what one source alone reported is folded away. Reports are
// cited by outlet and day, not by id. Every piece of input text goes
// through html/template's contextual escaping; the page loads nothing
// from elsewhere.
func HTML(w io.Writer, b *crosscheck.Briefing) error {
	b = filled(b)
	v := htmlView{Briefing: b}
	for i := range b.Stories {
		v.Stories = append(v.Stories, newStoryView(&b.Stories[i]))
	}
	return page.Execute(w, v)
}

// htmlView is a Briefing as the page template reads it.
type htmlView struct {
	*crosscheck.Briefing
	Stories []storyView
}

// storyView is a story as the page shows it: its facts, quotes and figures
// split by how many sources carry them, and its citations resolved.
type storyView struct {
	*crosscheck.StoryBriefing
	Line                      string
	SharedFacts, SingleFacts  []crosscheck.Fact
	SharedQuotes, SingleQuote []crosscheck.Quote
	SharedFigs, SingleFigs    []crosscheck.Figure
	Reports                   []crosscheck.StoryArticle
	LeftOut                   []leftOutView
	c                         *citer
}

// citation is one cited article: its label and, when it has one a reader
// may follow, its URL.
type citation struct {
	ID, Label, URL string
}

type leftOutView struct {
	Fact    string
	Outlets string
}

func newStoryView(s *crosscheck.StoryBriefing) storyView {
	c := newCiter(s.Articles)
	v := storyView{StoryBriefing: s, Line: storyLine(s), c: c}
	v.SharedFacts, v.SingleFacts = splitFacts(s.Facts)
	v.SharedQuotes, v.SingleQuote = splitQuotes(s.Quotes)
	v.SharedFigs, v.SingleFigs = c.splitFigures(s.Figures)
	for _, a := range s.Articles {
		a.Cite = c.label(a.ID)
		a.Origin = c.origin(a)
		a.URL = c.link(a.ID)
		v.Reports = append(v.Reports, a)
	}
	for _, l := range leftOut(s, c) {
		v.LeftOut = append(v.LeftOut, leftOutView{Fact: s.Facts[l.fact].Text, Outlets: strings.Join(l.outlets, ", ")})
	}
	return v
}

// Cite returns the citations of the articles ids.
func (v storyView) Cite(ids []string) []citation {
	out := make([]citation, len(ids))
	for i, id := range ids {
		out[i] = citation{ID: id, Label: v.c.label(id), URL: v.c.link(id)}
	}
	return out
}

// Has reports whether ids holds id.
func (v storyView) Has(ids []string, id string) bool {
	for _, s := range ids {
		if s == id {
			return true
		}
	}
	return false
}

func orNone(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
