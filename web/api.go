package web

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"

	"crosscheck"
	"crosscheck/clean"
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

// apiAddReport cleans a posted report into articles and stores them. It
// does not group them into stories: that is the clusterer's work, which
// Config.Added may start and which otherwise picks them up from the
// store's ungrouped articles on the next run.
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
	var rep newReport
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rep); err != nil {
		return badRequest("bad JSON body: want an object with text, title, outlet, url and published (YYYY-MM-DD or RFC 3339)")
	}
	if strings.TrimSpace(rep.Text) == "" {
		return badRequest("the report has no text")
	}
	if rep.URL != "" && safeHref(rep.URL) == "" {
		return badRequest("url must be an absolute http or https URL")
	}
	doc := crosscheck.Document{Format: crosscheck.FormatText, Body: rep.Text, Title: rep.Title, Outlet: rep.Outlet, URL: rep.URL, Published: rep.Published}
	if rep.URL != "" {
		// A report is known by its address: posted again changed, it is a
		// new version of the same article.
		doc.Source = rep.URL
	} else {
		// Without an address a report is known by what it says.
		sum := sha256.Sum256([]byte(rep.Title + "\x00" + rep.Outlet + "\x00" + rep.Text))
		doc.Source, doc.ID = "api", hex.EncodeToString(sum[:8])
	}
	arts, dropped := clean.Articles(doc)
	if len(arts) == 0 {
		return badRequest("the report holds no article text once cleaned")
	}
	// Part numbers the article each dropped piece came from, from 1.
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
