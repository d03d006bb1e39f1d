package web

import (
	"bytes"
	"context"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"crosscheck"
)

// Limits on what one page shows, so that a story of thousands of reports
// still gives a page of bounded size.
const (
	maxCites       = 8   // citations shown for one piece of text
	maxMatrixFacts = 60  // facts in the facts-by-sources matrix
	maxMatrixCols  = 20  // outlets in the matrix
	maxQuotes      = 40  // quotes on a story page
	maxTimeline    = 300 // reports in a story's timeline
	pageSize       = 30  // stories or hits on a list page
)

var pageNames = []string{"stories", "story", "article", "search", "error"}

func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{"date": dateLabel, "pathesc": url.PathEscape}
	base, err := template.New("layout").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html")
		if err != nil {
			return nil, err
		}
		out[name] = t
	}
	return out, nil
}

// render writes page name with data, whole or not at all: a template
// that fails halfway becomes a 500, not half a page.
func (h *Handler) render(w http.ResponseWriter, name string, data any) error {
	var buf bytes.Buffer
	if err := h.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
	return nil
}

// dateLabel shows a date to a reader; "undated" when it is unknown.
func dateLabel(d crosscheck.Date) string {
	switch {
	case d.IsZero():
		return "undated"
	case d.DayOnly:
		return d.Time.Format("2 Jan 2006")
	}
	return d.Time.UTC().Format("2 Jan 2006 15:04 MST")
}

// safeHref returns s if it is an absolute http or https URL, else "":
// a report's URL is untrusted and may say javascript: or data:.
func safeHref(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.String()
	}
	return ""
}

// cite is a link to an article labelled by its outlet and date, with
// its title to show on hover.
type cite struct {
	ID, Label, Title string
}

// citer labels the articles of a briefing for citation.
type citer struct {
	arts   map[string]crosscheck.StoryArticle
	labels map[string]string
}

// newCiter labels each article of b by its outlet and date. Articles
// that would read the same (two undated reports of one outlet) are
// numbered in the briefing's order, so that citations stay apart.
func newCiter(b crosscheck.StoryBriefing) citer {
	c := citer{arts: make(map[string]crosscheck.StoryArticle, len(b.Articles)), labels: make(map[string]string, len(b.Articles))}
	count := map[string]int{}
	for _, a := range b.Articles {
		c.arts[a.ID] = a
		count[baseLabel(a)]++
	}
	seen := map[string]int{}
	for _, a := range b.Articles {
		l := baseLabel(a)
		if count[l] > 1 {
			seen[l]++
			l += " (" + strconv.Itoa(seen[l]) + ")"
		}
		c.labels[a.ID] = l
	}
	return c
}

func outletName(a crosscheck.StoryArticle) string {
	if a.Outlet == "" {
		return "unnamed outlet"
	}
	return a.Outlet
}

func baseLabel(a crosscheck.StoryArticle) string {
	if a.Published.IsZero() {
		return outletName(a)
	}
	return outletName(a) + ", " + dateLabel(a.Published)
}

func (c citer) label(id string) string {
	if l, ok := c.labels[id]; ok {
		return l
	}
	return "a report"
}

func (c citer) cited(text string, ids []string) citedView {
	v := citedView{Text: text}
	for i, id := range ids {
		if i == maxCites {
			v.More = len(ids) - maxCites
			break
		}
		v.Cites = append(v.Cites, cite{ID: id, Label: c.label(id), Title: c.arts[id].Title})
	}
	return v
}

type citedView struct {
	Text  string
	Cites []cite
	More  int
}

type storyRow struct {
	ID, Title     string
	Reports       int
	Outlets       []string
	Disagreements int
	Last          crosscheck.Date
}

type storiesView struct {
	Title   string
	Heading string
	// Filter is the form's state; Orders are the orders offered.
	Filter  filter
	Orders  []orderOption
	Stories []storyRow
	Next    string
}

type orderOption struct {
	Value, Label, Link string
	Selected           bool
}

// filter is a stories query as the page's form and links carry it.
type filter struct {
	Order, Outlet, Entity, From, To string
}

// storyQuery reads the query of a stories list from r.
func storyQuery(r *http.Request) (crosscheck.StoryQuery, filter, error) {
	v := r.URL.Query()
	f := filter{Order: v.Get("order"), Outlet: v.Get("outlet"), Entity: v.Get("entity"), From: v.Get("from"), To: v.Get("to")}
	q := crosscheck.StoryQuery{Outlet: f.Outlet, Entity: f.Entity, Cursor: v.Get("cursor")}
	switch crosscheck.StoryOrder(f.Order) {
	case "", crosscheck.Newest:
		q.Order = crosscheck.Newest
	case crosscheck.MostCovered, crosscheck.MostDisputed:
		q.Order = crosscheck.StoryOrder(f.Order)
	default:
		return q, f, badRequest("unknown order %q: want newest, covered or disputed", f.Order)
	}
	for _, d := range []struct {
		in  string
		out *time.Time
		to  bool
	}{{f.From, &q.From, false}, {f.To, &q.To, true}} {
		if d.in == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, d.in)
		if err != nil {
			return q, f, badRequest("bad date %q: want YYYY-MM-DD", d.in)
		}
		if d.to {
			// The form's "to" day is included.
			t = t.AddDate(0, 0, 1)
		}
		*d.out = t
	}
	n, err := limit(v.Get("limit"), pageSize)
	if err != nil {
		return q, f, err
	}
	q.Limit = n
	return q, f, nil
}

// limit reads a page size: def when s is empty, at most 100.
func limit(s string, def int) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, badRequest("bad limit %q: want a positive number", s)
	}
	return min(n, 100), nil
}

// nextLink returns the path with the query of r, its cursor set to next;
// "" when there is no next page.
func nextLink(r *http.Request, path, next string) string {
	if next == "" {
		return ""
	}
	v := r.URL.Query()
	v.Set("cursor", next)
	return path + "?" + v.Encode()
}

func (h *Handler) storiesPage(w http.ResponseWriter, r *http.Request) error {
	return h.storyList(w, r, "Stories", func(*crosscheck.StoryQuery) {})
}

func (h *Handler) entityPage(w http.ResponseWriter, r *http.Request) error {
	name := r.PathValue("name")
	return h.storyList(w, r, "Stories naming "+name, func(q *crosscheck.StoryQuery) { q.Entity = name })
}

func (h *Handler) outletPage(w http.ResponseWriter, r *http.Request) error {
	name := r.PathValue("name")
	return h.storyList(w, r, "Stories reported by "+name, func(q *crosscheck.StoryQuery) { q.Outlet = name })
}

// storyList renders a list of stories as the request's query asks, with
// narrow applied to it (an entity's or an outlet's page).
func (h *Handler) storyList(w http.ResponseWriter, r *http.Request, heading string, narrow func(*crosscheck.StoryQuery)) error {
	q, f, err := storyQuery(r)
	if err != nil {
		return err
	}
	narrow(&q)
	stories, next, err := h.cfg.Store.Stories(r.Context(), q)
	if err != nil {
		return err
	}
	v := storiesView{Title: heading, Heading: heading, Filter: f, Next: nextLink(r, r.URL.Path, next)}
	for _, o := range []orderOption{{Value: string(crosscheck.Newest), Label: "newest"}, {Value: string(crosscheck.MostCovered), Label: "most covered"}, {Value: string(crosscheck.MostDisputed), Label: "most disputed"}} {
		o.Selected = o.Value == string(q.Order)
		lv := r.URL.Query()
		lv.Del("cursor")
		lv.Set("order", o.Value)
		o.Link = r.URL.Path + "?" + lv.Encode()
		v.Orders = append(v.Orders, o)
	}
	for _, s := range stories {
		v.Stories = append(v.Stories, storyRow{ID: s.ID, Title: orUntitled(s.Title), Reports: len(s.Articles), Outlets: s.Outlets, Disagreements: s.Disagreements, Last: s.Last})
	}
	return h.render(w, "stories", v)
}

func orUntitled(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(untitled)"
	}
	return s
}

type discView struct {
	Kind, About string
	Variants    []citedView
	Times       []crosscheck.Date
}

type matrixView struct {
	Outlets  []string
	Rows     []matrixRow
	MoreRows int
	MoreCols int
}

type matrixRow struct {
	Text        string
	Independent int
	Cells       []bool
}

type quoteView struct {
	Speaker     string
	Independent int
	Quote       citedView
	Variants    []citedView
}

type timelineRow struct {
	ID, Outlet, Title, URL, Origin string
	Published                      crosscheck.Date
	CopyOf                         string
}

type entityLink struct {
	Name, Kind string
	Reports    int
}

type storyView struct {
	Title         string
	ID            string
	Briefed       bool
	Reports       int
	Outlets       int
	Summary       []citedView
	Disagreements []discView
	Updates       []discView
	Matrix        matrixView
	Quotes        []quoteView
	MoreQuotes    int
	Timeline      []timelineRow
	MoreTimeline  int
	Entities      []entityLink
}

func (h *Handler) storyPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	st, err := h.cfg.Store.Story(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	if st.ID != r.PathValue("id") {
		// A story merged into another lives on under the other's id.
		http.Redirect(w, r, "/stories/"+url.PathEscape(st.ID), http.StatusMovedPermanently)
		return nil
	}
	b, err := h.cfg.Store.Briefing(ctx, st.ID)
	briefed := err == nil
	if err != nil && crosscheck.ErrorKind(err) != crosscheck.NotFound {
		return err
	}
	if !briefed {
		// Cite from the stored articles until the story is briefed.
		ids := st.Articles[:min(len(st.Articles), maxTimeline)]
		arts, err := h.cfg.Store.Articles(ctx, ids)
		if err != nil {
			return err
		}
		b = crosscheck.StoryBriefing{ID: st.ID, Title: st.Title}
		for _, a := range arts {
			b.Articles = append(b.Articles, crosscheck.StoryArticle{ID: a.ID, Outlet: a.Outlet, Title: a.Title, Published: a.Published})
		}
	}
	v := storyView{Title: orUntitled(b.Title), ID: st.ID, Briefed: briefed, Reports: len(st.Articles)}
	c := newCiter(b)
	for _, s := range b.Summary {
		v.Summary = append(v.Summary, c.cited(s.Text, s.Articles))
	}
	for _, d := range b.Discrepancies {
		dv := discView{Kind: string(d.Kind), About: d.About, Times: d.Times}
		for _, va := range d.Variants {
			dv.Variants = append(dv.Variants, c.cited(va.Text, va.Articles))
		}
		if d.Update {
			v.Updates = append(v.Updates, dv)
		} else {
			v.Disagreements = append(v.Disagreements, dv)
		}
	}
	v.Matrix = matrix(b, c)
	v.Outlets = len(v.Matrix.Outlets) + v.Matrix.MoreCols
	for i, q := range b.Quotes {
		if i == maxQuotes {
			v.MoreQuotes = len(b.Quotes) - maxQuotes
			break
		}
		qv := quoteView{Speaker: q.Speaker, Independent: q.Independent, Quote: c.cited(q.Text, q.Articles)}
		if len(q.Variants) > 1 {
			for _, va := range q.Variants {
				qv.Variants = append(qv.Variants, c.cited(va.Text, va.Articles))
			}
		}
		v.Quotes = append(v.Quotes, qv)
	}
	tl := slices.Clone(b.Articles)
	sort.SliceStable(tl, func(i, j int) bool { return tl[i].Published.Time.Before(tl[j].Published.Time) })
	if len(tl) > maxTimeline {
		v.MoreTimeline = len(tl) - maxTimeline
		tl = tl[:maxTimeline]
	}
	urls, err := h.originals(ctx, tl)
	if err != nil {
		return err
	}
	for _, a := range tl {
		row := timelineRow{ID: a.ID, Outlet: a.Outlet, Title: orUntitled(a.Title), URL: urls[a.ID], Published: a.Published}
		if a.Origin != "" && a.Origin != a.Outlet {
			row.Origin = a.Origin
		}
		if a.CopyOf != "" {
			row.CopyOf = c.label(a.CopyOf)
		}
		v.Timeline = append(v.Timeline, row)
	}
	for _, e := range b.Entities {
		v.Entities = append(v.Entities, entityLink{Name: e.Name, Kind: string(e.Kind), Reports: len(e.Articles)})
	}
	return h.render(w, "story", v)
}

// originals returns the addresses of the articles arts that may be
// linked: http and https only. An article the briefing names but the
// store no longer has gets no link rather than failing the page.
func (h *Handler) originals(ctx context.Context, arts []crosscheck.StoryArticle) (map[string]string, error) {
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	stored, err := h.cfg.Store.Articles(ctx, ids)
	if crosscheck.ErrorKind(err) == crosscheck.NotFound {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	urls := make(map[string]string, len(stored))
	for _, a := range stored {
		if u := safeHref(a.URL); u != "" {
			urls[a.ID] = u
		}
	}
	return urls, nil
}

// matrix lays out which outlets report each fact, the best-backed facts
// first as the briefing orders them.
func matrix(b crosscheck.StoryBriefing, c citer) matrixView {
	var m matrixView
	col := map[string]int{}
	for _, a := range b.Articles {
		o := outletName(a)
		if _, ok := col[o]; ok {
			continue
		}
		if len(m.Outlets) == maxMatrixCols {
			m.MoreCols++
			col[o] = -1
			continue
		}
		col[o] = len(m.Outlets)
		m.Outlets = append(m.Outlets, o)
	}
	for i, f := range b.Facts {
		if i == maxMatrixFacts {
			m.MoreRows = len(b.Facts) - maxMatrixFacts
			break
		}
		row := matrixRow{Text: f.Text, Independent: f.Independent, Cells: make([]bool, len(m.Outlets))}
		for _, id := range f.Articles {
			if j, ok := col[outletName(c.arts[id])]; ok && j >= 0 {
				row.Cells[j] = true
			}
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

type articleView struct {
	Title      string
	A          crosscheck.StoredArticle
	URL        string
	Paragraphs []string
	StoryTitle string
	// Dropped is what cleaning dropped from the article, by kind in the
	// order the kinds first occur.
	Dropped []droppedGroup
}

// droppedGroup is the pieces of one kind that cleaning dropped.
type droppedGroup struct {
	Kind  crosscheck.DropKind
	Texts []string
}

// groupDropped groups ds by kind, in the order the kinds first occur.
func groupDropped(ds []crosscheck.Dropped) []droppedGroup {
	var out []droppedGroup
	at := map[crosscheck.DropKind]int{}
	for _, d := range ds {
		i, ok := at[d.Kind]
		if !ok {
			i = len(out)
			at[d.Kind] = i
			out = append(out, droppedGroup{Kind: d.Kind})
		}
		out[i].Texts = append(out[i].Texts, d.Text)
	}
	return out
}

func (h *Handler) articlePage(w http.ResponseWriter, r *http.Request) error {
	a, err := h.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	ds, err := h.cfg.Store.Dropped(r.Context(), a.ID)
	if err != nil {
		return err
	}
	v := articleView{Title: orUntitled(a.Title), A: a, URL: safeHref(a.URL), Paragraphs: a.Paragraphs(), Dropped: groupDropped(ds)}
	if a.Story != "" {
		if st, err := h.cfg.Store.Story(r.Context(), a.Story); err == nil {
			v.StoryTitle = orUntitled(st.Title)
		}
	}
	return h.render(w, "article", v)
}

type hitView struct {
	Kind    string
	Title   string
	Link    string
	Snippet []snippetPart
}

// snippetPart is a piece of a snippet with the spaces around a match
// kept outside its highlight.
type snippetPart struct {
	Lead, Text, Trail string
	Match             bool
}

func snippetParts(ps []crosscheck.SnippetPart) []snippetPart {
	out := make([]snippetPart, len(ps))
	for i, p := range ps {
		if !p.Match {
			out[i] = snippetPart{Text: p.Text}
			continue
		}
		t := strings.TrimLeft(p.Text, " \t\n")
		lead := p.Text[:len(p.Text)-len(t)]
		u := strings.TrimRight(t, " \t\n")
		out[i] = snippetPart{Lead: lead, Text: u, Trail: t[len(u):], Match: true}
	}
	return out
}

type searchView struct {
	Title string
	Q     string
	Hits  []hitView
	Next  string
}

func (h *Handler) searchPage(w http.ResponseWriter, r *http.Request) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	v := searchView{Title: "Search", Q: q}
	if q == "" {
		return h.render(w, "search", v)
	}
	if len(q) > maxQuery {
		return badRequest("query too long: at most %d bytes", maxQuery)
	}
	hits, next, err := h.cfg.Store.Search(r.Context(), crosscheck.SearchQuery{Text: q, Limit: pageSize, Cursor: r.URL.Query().Get("cursor")})
	if err != nil {
		return err
	}
	v.Title = "Search: " + q
	v.Next = nextLink(r, "/search", next)
	for _, hit := range hits {
		hv := hitView{Kind: string(hit.Kind), Title: orUntitled(hit.Title), Snippet: snippetParts(hit.Snippet)}
		switch {
		case hit.Kind == crosscheck.ArticleHit && hit.Article != "":
			hv.Link = "/articles/" + url.PathEscape(hit.Article)
		case hit.Story != "":
			hv.Link = "/stories/" + url.PathEscape(hit.Story)
		}
		v.Hits = append(v.Hits, hv)
	}
	return h.render(w, "search", v)
}

// maxQuery bounds a search query.
const maxQuery = 500
