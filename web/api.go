package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	"crosscheck"
	"crosscheck/ingest"
	"crosscheck/pipeline"
	"crosscheck/report"
)

// storyPage is a page of GET /api/stories.
type storyPage struct {
	Stories []crosscheck.StoredStory `json:"stories"`
	// Next is the cursor of the following page, "" after the last.
	Next string `json:"next"`
}

func (h *Handler) apiStories(w http.ResponseWriter, r *http.Request) error {
	q, _, err := storyQuery(r)
	if err != nil {
		return err
	}
	stories, next, err := h.cfg.Store.Stories(r.Context(), q)
	if err != nil {
		return err
	}
	if stories == nil {
		stories = []crosscheck.StoredStory{}
	}
	for i := range stories {
		if stories[i].Outlets == nil {
			stories[i].Outlets = []string{}
		}
	}
	writeJSON(w, http.StatusOK, storyPage{Stories: stories, Next: next})
	return nil
}

func (h *Handler) apiStory(w http.ResponseWriter, r *http.Request) error {
	b, err := h.cfg.Store.Briefing(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := report.StoryJSON(&buf, &b); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(buf.Bytes())
	return nil
}

func (h *Handler) apiArticle(w http.ResponseWriter, r *http.Request) error {
	a, err := h.cfg.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	if a.Authors == nil {
		a.Authors = []string{}
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

// searchPage is a page of GET /api/search.
type searchResults struct {
	Hits []crosscheck.SearchHit `json:"hits"`
	Next string                 `json:"next"`
}

func (h *Handler) apiSearch(w http.ResponseWriter, r *http.Request) error {
	v := r.URL.Query()
	q := strings.TrimSpace(v.Get("q"))
	switch {
	case q == "":
		return badRequest("missing query: give q")
	case len(q) > maxQuery:
		return badRequest("query too long: at most %d bytes", maxQuery)
	}
	n, err := limit(v.Get("limit"), 20)
	if err != nil {
		return err
	}
	hits, next, err := h.cfg.Store.Search(r.Context(), crosscheck.SearchQuery{Text: q, Limit: n, Cursor: v.Get("cursor")})
	if err != nil {
		return err
	}
	if hits == nil {
		hits = []crosscheck.SearchHit{}
	}
	writeJSON(w, http.StatusOK, searchResults{Hits: hits, Next: next})
	return nil
}

// apiHealth answers 200 when the store answers a query, else the status
// of its error (503 for a store that is busy or unreachable).
func (h *Handler) apiHealth(w http.ResponseWriter, r *http.Request) error {
	if _, _, err := h.cfg.Store.Stories(r.Context(), crosscheck.StoryQuery{Limit: 1}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}

func (h *Handler) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
	return nil
}

// newReport is the body of POST /api/reports.
type newReport struct {
	Text      string          `json:"text"`
	Title     string          `json:"title"`
	Outlet    string          `json:"outlet"`
	URL       string          `json:"url"`
	Published crosscheck.Date `json:"published"`
}

// addedArticle is one article of a report POST /api/reports stored.
type addedArticle struct {
	ID     string `json:"id"`
	Result string `json:"result"`
}

type addedReport struct {
	Articles []addedArticle `json:"articles"`
}

// authorized reports whether r carries the configured bearer token. The
// comparison takes the same time whatever the token sent.
func (h *Handler) authorized(r *http.Request) error {
	if h.cfg.Token == "" {
		return &publicError{crosscheck.Permission, "writes are disabled: the server has no token"}
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	want := sha256.Sum256([]byte(h.cfg.Token))
	sent := sha256.Sum256([]byte(got))
	if !ok || subtle.ConstantTimeCompare(want[:], sent[:]) != 1 {
		w := &publicError{crosscheck.Permission, "a valid bearer token is required"}
		return w
	}
	return nil
}

// apiAddReport reads a posted report into articles and stores them. The
// body is either the JSON object newReport describes, whose text may be
// plain text or a whole web page, or a report itself (a web page, plain
// text or Markdown, a feed, JSON records) named by its Content-Type and
// by its content, read as crosscheck add reads a file of that kind. Web
// pages go through extraction, within the same time limit as a file's,
// and every report through cleaning. apiAddReport does not group the
// articles into stories: that is the clusterer's work, which Config.Added
// may start and which otherwise picks them up from the store's ungrouped
// articles on the next run.
func (h *Handler) apiAddReport(w http.ResponseWriter, r *http.Request) error {
	if err := h.authorized(r); err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer realm="crosscheck"`)
		return err
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			return &publicError{crosscheck.TooLarge, "request body too large"}
		}
		return badRequest("unreadable request body")
	}
	var docs []crosscheck.Document
	if isReportObject(r.Header.Get("Content-Type"), body) {
		doc, err := reportDocument(body)
		if err != nil {
			return err
		}
		docs = []crosscheck.Document{doc}
	} else if docs, err = h.readDocuments(r, body); err != nil {
		return err
	}
	var arts []crosscheck.Article
	var dropped []crosscheck.Dropped
	for _, doc := range docs {
		a, d, err := pipeline.Document(r.Context(), doc, h.cfg.Inputs)
		if err != nil {
			if len(docs) == 1 {
				return inputError(doc, err)
			}
			// One bad item of a feed leaves the others.
			continue
		}
		// Part numbers the article each dropped piece came from; they
		// count from 1 within each document.
		for i := range d {
			if d[i].Part > 0 {
				d[i].Part += len(arts)
			}
		}
		for i := range a {
			a[i].Part += len(arts)
		}
		arts, dropped = append(arts, a...), append(dropped, d...)
	}
	if len(arts) == 0 {
		return badRequest("the report holds no article text once cleaned")
	}
	byPart := map[int][]crosscheck.Dropped{}
	for _, d := range dropped {
		byPart[d.Part] = append(byPart[d.Part], d)
	}
	out := addedReport{Articles: []addedArticle{}}
	changed := false
	for _, a := range arts {
		if ds := byPart[a.Part]; len(ds) > 0 {
			// Stored first, so that the article is never shown without
			// what was dropped from it.
			if err := h.cfg.Store.PutDropped(r.Context(), a.ID, crosscheck.ContentHash(&a), ds); err != nil {
				return err
			}
		}
		res, err := h.cfg.Store.PutArticle(r.Context(), a)
		if err != nil {
			return err
		}
		changed = changed || res != crosscheck.Unchanged
		out.Articles = append(out.Articles, addedArticle{ID: a.ID, Result: res.String()})
	}
	if changed && h.cfg.Added != nil {
		h.cfg.Added()
	}
	writeJSON(w, http.StatusCreated, out)
	return nil
}

// isReportObject reports whether a body is the JSON object newReport
// describes: sent as application/json, or untyped and an object with a
// "text" field. Other JSON (records, a JSON Feed) is read as a file when
// its type says so (application/x-ndjson, application/feed+json) or is
// not given.
func isReportObject(contentType string, body []byte) bool {
	t, _, _ := mime.ParseMediaType(contentType)
	if t == "application/json" {
		return true
	}
	if t != "" {
		return false
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(body, &probe) != nil {
		return false
	}
	_, ok := probe["text"]
	return ok
}

// reportDocument turns a newReport body into the Document of its report:
// a web page when its text is one, plain text otherwise.
func reportDocument(body []byte) (crosscheck.Document, error) {
	var rep newReport
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rep); err != nil {
		return crosscheck.Document{}, badRequest("bad JSON body: want an object with text, title, outlet, url and published (YYYY-MM-DD or RFC 3339)")
	}
	if strings.TrimSpace(rep.Text) == "" {
		return crosscheck.Document{}, badRequest("the report has no text")
	}
	if rep.URL != "" && safeHref(rep.URL) == "" {
		return crosscheck.Document{}, badRequest("url must be an absolute http or https URL")
	}
	// The text is read as a file of its kind is: a page for extraction,
	// or text, which is refused when it is no language.
	kind := "text/plain"
	if isPage(rep.Text) {
		kind = "text/html"
	}
	var doc crosscheck.Document
	var bad error
	ingest.Read(context.Background(), "api", kind, strings.NewReader(rep.Text), ingest.Options{},
		func(d crosscheck.Document) error { doc = d; return nil },
		func(e crosscheck.InputError) { bad = badRequest("%s", e.Error) })
	if bad != nil {
		return crosscheck.Document{}, bad
	}
	doc.Title, doc.Outlet, doc.URL, doc.Published = rep.Title, rep.Outlet, rep.URL, rep.Published
	if rep.URL != "" {
		// A report is known by its address: posted again changed, it is a
		// new version of the same article.
		doc.Source = rep.URL
	} else {
		// Without an address a report is known by what it says.
		sum := sha256.Sum256([]byte(rep.Title + "\x00" + rep.Outlet + "\x00" + rep.Text))
		doc.Source, doc.ID = "api", hex.EncodeToString(sum[:8])
	}
	return doc, nil
}

// isPage reports whether a report's text is a whole web page rather than
// text: it starts with a doctype or an html element.
func isPage(s string) bool {
	s = strings.TrimLeft(strings.TrimPrefix(s, "\ufeff"), " \t\r\n")
	if len(s) > 20 {
		s = s[:20]
	}
	s = strings.ToLower(s)
	return strings.HasPrefix(s, "<!doctype html") || strings.HasPrefix(s, "<html") || strings.HasPrefix(s, "<?xml") && strings.Contains(s, "html")
}

// readDocuments reads a body that is a report itself, as crosscheck add
// reads a file. The ?url= parameter, an absolute http(s) URL, names it
// and becomes its address; without one it is known by its content.
func (h *Handler) readDocuments(r *http.Request, body []byte) ([]crosscheck.Document, error) {
	name := r.URL.Query().Get("url")
	if name != "" && safeHref(name) == "" {
		return nil, badRequest("url must be an absolute http or https URL")
	}
	byContent := name == ""
	if byContent {
		name = "api"
	}
	var docs []crosscheck.Document
	var first *crosscheck.InputError
	opts := ingest.Options{MaxSize: h.cfg.MaxBody, MaxRecord: h.cfg.MaxBody}
	err := ingest.Read(r.Context(), name, r.Header.Get("Content-Type"), bytes.NewReader(body), opts,
		func(d crosscheck.Document) error {
			if byContent && d.ID == "" {
				sum := sha256.Sum256(body)
				d.ID = hex.EncodeToString(sum[:8])
			}
			if !byContent && d.URL == "" && d.ID == "" {
				d.URL = name
			}
			docs = append(docs, d)
			return nil
		},
		func(e crosscheck.InputError) {
			if first == nil {
				first = &e
			}
		})
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		if first != nil {
			return nil, badRequest("%s", first.Error)
		}
		return nil, badRequest("the report holds no article text")
	}
	return docs, nil
}

// inputError is the error a user sees for a report that could not be
// read: its kind's status and what was wrong, with no internal detail.
func inputError(doc crosscheck.Document, err error) error {
	k := crosscheck.ErrorKind(err)
	if k == crosscheck.Internal || k == crosscheck.Other {
		return err
	}
	return &publicError{k, ingest.InputError(doc.Source, err).Error}
}
