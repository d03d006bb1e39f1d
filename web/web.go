// Package web serves a crosscheck.Store to people and programs: HTML pages
// (stories, a story's briefing, an article, an entity, an outlet, search)
// that work without JavaScript, and a JSON API with cursor pagination
// described by an OpenAPI document.
//
// It reads the store and renders what it holds; it does not read feeds,
// group articles or brief stories. Its one write, POST /api/reports,
// stores a report's articles and needs a bearer token.
//
// Every response carries a strict Content-Security-Policy. Untrusted text
// (titles, outlets, article text, quotes) is escaped by html/template, and
// only http and https URLs become links. Errors reach users as a status and
// a short message chosen by the error's crosscheck.Kind, never as an
// internal detail or a stack.
package web

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"crosscheck"
	"crosscheck/pipeline"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openAPI []byte

// Config configures a Handler. Only Store is required.
type Config struct {
	// Store is what the handler serves.
	Store crosscheck.Store
	// Token is the bearer token that writes must carry. Empty disables
	// writes: they fail with 403.
	Token string
	// RequestTimeout bounds each request's work; 0 means 10 s.
	RequestTimeout time.Duration
	// MaxBody bounds a request body in bytes; 0 means 1 MiB.
	MaxBody int64
	// Inputs bounds the reading of a posted report as of an input file:
	// the extraction time of a web page (PageTimeout) above all. Its
	// size is bounded by MaxBody.
	Inputs pipeline.Options
	// Added, if set, is called after a write stored a new article or a
	// new version, so that its owner can group and brief it (serve runs
	// update.Group and update.Brief). It must not block. Without it,
	// posted reports wait in the store, ungrouped, for the next
	// crosscheck add.
	Added func()
	// Log receives errors that users see only as a status; nil discards
	// them.
	Log *slog.Logger
}

// Handler is the web app and the API over one store.
type Handler struct {
	cfg   Config
	mux   *http.ServeMux
	pages map[string]*template.Template
}

var _ http.Handler = (*Handler)(nil)

// route is one pattern the handler serves. The OpenAPI document is
// checked against the API routes of this table.
type route struct {
	method, path string
	api          bool
	handle       func(h *Handler, w http.ResponseWriter, r *http.Request) error
}

var routes = []route{
	{"GET", "/{$}", false, (*Handler).storiesPage},
	{"GET", "/stories/{id}", false, (*Handler).storyPage},
	{"GET", "/articles/{id}", false, (*Handler).articlePage},
	{"GET", "/entities/{name}", false, (*Handler).entityPage},
	{"GET", "/outlets/{name}", false, (*Handler).outletPage},
	{"GET", "/search", false, (*Handler).searchPage},
	{"GET", "/api/stories", true, (*Handler).apiStories},
	{"GET", "/api/stories/{id}", true, (*Handler).apiStory},
	{"GET", "/api/articles/{id}", true, (*Handler).apiArticle},
	{"GET", "/api/search", true, (*Handler).apiSearch},
	{"GET", "/api/health", true, (*Handler).apiHealth},
	{"GET", "/api/openapi.json", true, (*Handler).apiOpenAPI},
	{"POST", "/api/reports", true, (*Handler).apiAddReport},
}

// New returns the handler that cfg describes.
func New(cfg Config) (*Handler, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: no store")
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = 10 * time.Second
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 1 << 20
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	h := &Handler{cfg: cfg, mux: http.NewServeMux()}
	var err error
	if h.pages, err = parsePages(); err != nil {
		return nil, err
	}
	for _, rt := range routes {
		handle, api := rt.handle, rt.api
		h.mux.HandleFunc(rt.method+" "+rt.path, func(w http.ResponseWriter, r *http.Request) {
			if err := handle(h, w, r); err != nil {
				h.fail(w, r, err, api)
			}
		})
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	h.mux.HandleFunc("GET /static/", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/static/")
		if fi, err := fs.Stat(static, name); err != nil || fi.IsDir() || !fs.ValidPath(name) {
			h.respond(w, r, http.StatusNotFound, "There is no such page.", false)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
	return h, nil
}

// csp allows the page's own stylesheet and nothing else: no script, no
// inline style, no frame, no form posting elsewhere.
const csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// ServeHTTP sets the security headers, bounds the request in time and
// size, and turns a panic into a 500.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", csp)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-Frame-Options", "DENY")
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.RequestTimeout)
	defer cancel()
	r = r.WithContext(ctx)
	r.Body = http.MaxBytesReader(w, r.Body, h.cfg.MaxBody)
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		if v == http.ErrAbortHandler {
			panic(v)
		}
		h.cfg.Log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
		h.fail(w, r, crosscheck.Errorf(crosscheck.Internal, "serve", "", "panic"), isAPI(r))
	}()
	if _, pattern := h.mux.Handler(r); pattern == "" {
		h.unrouted(w, r)
		return
	}
	h.mux.ServeHTTP(w, r)
}

// unrouted answers a request no route takes. The mux's own answer, a
// plain-text 404 or 405 (or a redirect to a cleaned path), is caught, and
// a 404 or 405 is given as the styled page or the API's JSON error, with
// the security headers, keeping the mux's Allow header.
func (h *Handler) unrouted(w http.ResponseWriter, r *http.Request) {
	c := &catcher{header: http.Header{}}
	handler, _ := h.mux.Handler(r)
	handler.ServeHTTP(c, r)
	switch c.code {
	case http.StatusNotFound:
		msg := "There is no such page."
		if isAPI(r) {
			msg = "no such API address; see /api/openapi.json"
		}
		h.respond(w, r, http.StatusNotFound, msg, isAPI(r))
		return
	case http.StatusMethodNotAllowed:
		if allow := c.header.Get("Allow"); allow != "" {
			w.Header().Set("Allow", allow)
		}
		h.respond(w, r, http.StatusMethodNotAllowed, "This address does not take a "+r.Method+" request.", isAPI(r))
		return
	}
	for k, v := range c.header {
		w.Header()[k] = v
	}
	if c.code == 0 {
		c.code = http.StatusOK
	}
	w.WriteHeader(c.code)
	w.Write(c.body.Bytes())
}

// catcher is a ResponseWriter that keeps what the mux answers a request
// it has no route for: a short error or redirect, whose body is bounded.
type catcher struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (c *catcher) Header() http.Header { return c.header }

func (c *catcher) WriteHeader(code int) {
	if c.code == 0 {
		c.code = code
	}
}

func (c *catcher) Write(b []byte) (int, error) {
	if c.code == 0 {
		c.code = http.StatusOK
	}
	if room := 4<<10 - c.body.Len(); room > 0 {
		c.body.Write(b[:min(len(b), room)])
	}
	return len(b), nil
}

func isAPI(r *http.Request) bool {
	return len(r.URL.Path) >= 5 && r.URL.Path[:5] == "/api/"
}

// publicError is an error whose message users may read: one the handler
// made itself from what the request asked.
type publicError struct {
	kind crosscheck.Kind
	msg  string
}

func (e *publicError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &publicError{crosscheck.Invalid, fmt.Sprintf(format, args...)}
}

// status returns the HTTP status of an error of kind k.
func status(k crosscheck.Kind) int {
	switch k {
	case crosscheck.NotFound:
		return http.StatusNotFound
	case crosscheck.Invalid, crosscheck.Empty, crosscheck.Binary, crosscheck.Unsupported:
		return http.StatusBadRequest
	case crosscheck.TooLarge:
		return http.StatusRequestEntityTooLarge
	case crosscheck.Permission:
		return http.StatusForbidden
	case crosscheck.Conflict:
		return http.StatusConflict
	case crosscheck.Transient:
		return http.StatusServiceUnavailable
	case crosscheck.Timeout:
		return http.StatusGatewayTimeout
	}
	return http.StatusInternalServerError
}

// kindOf is crosscheck.ErrorKind that also knows the handler's own errors
// and a body over its limit.
func kindOf(err error) crosscheck.Kind {
	var pe *publicError
	if errors.As(err, &pe) {
		return pe.kind
	}
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return crosscheck.TooLarge
	}
	return crosscheck.ErrorKind(err)
}

// fail answers a request that failed with err: a status chosen by err's
// kind and a message that names no internal detail, as JSON for the API
// and as a page otherwise. Server errors are logged.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error, api bool) {
	kind := kindOf(err)
	code := status(kind)
	msg := http.StatusText(code)
	var pe *publicError
	if errors.As(err, &pe) {
		msg = pe.msg
	}
	switch {
	case code >= 500:
		h.cfg.Log.Error("request failed", "method", r.Method, "path", r.URL.Path, "status", code, "err", err)
	default:
		h.cfg.Log.Debug("request refused", "method", r.Method, "path", r.URL.Path, "status", code, "err", err)
	}
	if code == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "5")
	}
	h.respond(w, r, code, msg, api)
}

// respond writes an error answer with status code and the message msg,
// which users may read: as JSON for the API and as the error page
// otherwise.
func (h *Handler) respond(w http.ResponseWriter, r *http.Request, code int, msg string, api bool) {
	if api {
		writeJSON(w, code, map[string]string{"error": msg})
		return
	}
	var buf bytes.Buffer
	if err := h.pages["error"].ExecuteTemplate(&buf, "layout", errorView{Title: strconv.Itoa(code) + " " + http.StatusText(code), Message: msg}); err != nil {
		http.Error(w, http.StatusText(code), code)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

type errorView struct {
	Title, Message string
}

// writeJSON writes v as JSON with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"error":"Internal Server Error"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b)
	w.Write([]byte("\n"))
}
