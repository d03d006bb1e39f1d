package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/internal/memstore"
	"crosscheck/report"
)

// storyWith returns the first story whose title contains s.
func storyWith(t *testing.T, st crosscheck.Store, s string) crosscheck.StoredStory {
	t.Helper()
	ss, _, err := st.Stories(context.Background(), crosscheck.StoryQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range ss {
		if strings.Contains(x.Title, s) {
			return x
		}
	}
	t.Fatalf("no story titled with %q among %d", s, len(ss))
	return crosscheck.StoredStory{}
}

func wantStatus(t *testing.T, resp *http.Response, want int) {
	t.Helper()
	if resp.StatusCode != want {
		t.Fatalf("%s %s: got status %d, want %d", resp.Request.Method, resp.Request.URL.Path, resp.StatusCode, want)
	}
}

func TestStoriesPage(t *testing.T) { eachStore(t, testStoriesPage) }

func testStoriesPage(t *testing.T, open opener) {
	s, srv := newsroom(t, Config{Store: open(t)})
	tests := []struct {
		name, query string
		want        []string // titles in this order
	}{
		{"newest", "/", []string{"Fire at chemical plant", "Trump speaks to Putin", "Baltic leaders"}},
		{"disputed", "/?order=disputed", []string{"Trump speaks to Putin", "Fire at chemical plant", "Baltic leaders"}},
		{"outlet", "/?outlet=Reuters", []string{"Baltic leaders"}},
		{"outlet page", "/outlets/" + url.PathEscape("Marlow Gazette"), []string{"Fire at chemical plant"}},
		{"entity page", "/entities/" + url.PathEscape("Dana Whitcombe"), []string{"Fire at chemical plant"}},
		{"entity filter", "/?entity=" + url.QueryEscape("Dana Whitcombe"), []string{"Fire at chemical plant"}},
		{"dates", "/?from=2025-02-01&to=2025-02-28", []string{"Trump speaks to Putin"}},
		{"to is inclusive", "/?to=2025-03-15", []string{"Fire at chemical plant", "Trump speaks to Putin", "Baltic leaders"}},
		{"nothing", "/?outlet=Nobody", nil},
	}
	title := regexp.MustCompile(`class="story-title" href="/stories/([^"]+)">([^<]*)<`)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := get(t, srv, tc.query)
			wantStatus(t, resp, 200)
			ms := title.FindAllStringSubmatch(body, -1)
			if len(ms) != len(tc.want) {
				t.Fatalf("got %d stories, want %d: %q", len(ms), len(tc.want), ms)
			}
			for i, m := range ms {
				if !strings.HasPrefix(m[2], tc.want[i]) {
					t.Errorf("story %d: got %q, want %q...", i, m[2], tc.want[i])
				}
				if _, err := s.Story(context.Background(), m[1]); err != nil {
					t.Errorf("story %d links to %s: %v", i, m[1], err)
				}
			}
			if tc.want == nil && !strings.Contains(body, "No stories match") {
				t.Error("an empty list does not say so")
			}
		})
	}
	for _, q := range []string{"/?order=loudest", "/?from=yesterday", "/?limit=-3"} {
		resp, _ := get(t, srv, q)
		wantStatus(t, resp, 400)
	}
}

func TestStoriesPageNext(t *testing.T) { eachStore(t, testStoriesPageNext) }

func testStoriesPageNext(t *testing.T, open opener) {
	_, srv := newsroom(t, Config{Store: open(t)})
	next := regexp.MustCompile(`rel="next" href="([^"]+)"`)
	title := regexp.MustCompile(`class="story-title" href="/stories/([^"]+)"`)
	var seen []string
	path := "/?limit=1"
	for range 10 {
		resp, body := get(t, srv, path)
		wantStatus(t, resp, 200)
		for _, m := range title.FindAllStringSubmatch(body, -1) {
			seen = append(seen, m[1])
		}
		m := next.FindStringSubmatch(body)
		if m == nil {
			break
		}
		path = strings.ReplaceAll(m[1], "&amp;", "&")
	}
	if len(seen) != 3 {
		t.Fatalf("paged through %d stories, want 3: %q", len(seen), seen)
	}
	if len(slices.Compact(slices.Sorted(slices.Values(seen)))) != 3 {
		t.Errorf("pages repeat a story: %q", seen)
	}
}

func TestStoryPage(t *testing.T) { eachStore(t, testStoryPage) }

func testStoryPage(t *testing.T, open opener) {
	s, srv := newsroom(t, Config{Store: open(t)})
	st := storyWith(t, s, "Fire at chemical plant")
	b, err := s.Briefing(context.Background(), st.ID)
	if err != nil {
		t.Fatal(err)
	}
	resp, body := get(t, srv, "/stories/"+st.ID)
	wantStatus(t, resp, 200)

	// Summary first, then disagreements, the matrix, quotes and the
	// timeline.
	last := -1
	for _, sec := range []string{`id="summary"`, `id="disagreements"`, `id="facts"`, `id="quotes"`, `id="timeline"`} {
		i := strings.Index(body, sec)
		if i < 0 {
			t.Fatalf("no section %s", sec)
		}
		if i < last {
			t.Errorf("section %s comes before the one above it", sec)
		}
		last = i
	}
	if got, want := strings.Count(body, `<div class="disagreement `), st.Disagreements; got != want || got == 0 {
		t.Errorf("got %d highlighted disagreements, want %d", got, want)
	}

	// Citations name outlets and dates, and link to the articles.
	outlet := map[string]string{}
	for _, a := range b.Articles {
		outlet[a.ID] = a.Outlet + ", " + dateLabel(a.Published)
	}
	cites := regexp.MustCompile(`<a class="cite" href="/articles/([^"]+)"(?: title="[^"]*")?>([^<]*)</a>`).FindAllStringSubmatch(body, -1)
	if len(cites) < len(b.Articles) {
		t.Fatalf("got %d citations, want at least %d", len(cites), len(b.Articles))
	}
	byLabel := map[string]string{}
	for _, c := range cites {
		want, ok := outlet[c[1]]
		if !ok {
			t.Errorf("citation of %s, not an article of the story", c[1])
			continue
		}
		if c[2] != want {
			t.Errorf("citation of %s reads %q, want %q", c[1], c[2], want)
		}
		if strings.Contains(c[2], c[1]) {
			t.Errorf("citation shows the id %s", c[1])
		}
		if id, ok := byLabel[c[2]]; ok && id != c[1] {
			t.Errorf("citation %q names both %s and %s", c[2], id, c[1])
		}
		byLabel[c[2]] = c[1]
	}

	// Each report of the timeline links to its article and its original.
	for _, a := range b.Articles {
		if !strings.Contains(body, `<a class="report" href="/articles/`+a.ID+`">`+template.HTMLEscapeString(a.Outlet)+`</a>`) {
			t.Errorf("the timeline does not link %s", a.ID)
		}
	}
	for _, a := range b.Articles {
		sa, err := s.Article(context.Background(), a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(body, `class="original" href="`+sa.URL+`"`) {
			t.Errorf("no link to the original %s", sa.URL)
		}
	}
	// The matrix has a row per fact and a column per outlet.
	if got := strings.Count(body, `<td class="num">`); got != min(len(b.Facts), maxMatrixFacts) {
		t.Errorf("matrix has %d rows, want %d", got, len(b.Facts))
	}
	for _, q := range b.Quotes {
		if !strings.Contains(body, template.HTMLEscapeString(q.Text)) {
			t.Errorf("quote %q missing", q.Text)
		}
	}

	resp, _ = get(t, srv, "/stories/s000000000000")
	wantStatus(t, resp, 404)
}

func TestUnbriefedStory(t *testing.T) {
	s := memstore.New(nil)
	ctx := context.Background()
	a := crosscheck.Article{ID: crosscheck.ArticleID("x.txt", "", 1), File: "x.txt", Part: 1, Title: "Dam opens", Outlet: "River News", Text: "The dam opened on Monday."}
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	sid := crosscheck.StoryID(a.ID)
	if err := s.SaveGrouping(ctx, crosscheck.Grouping{Stories: []crosscheck.Story{{ID: sid, Title: a.Title, Articles: []string{a.ID}}}}); err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Store: s})
	if err != nil {
		t.Fatal(err)
	}
	rec := serve(h, "GET", "/stories/"+sid, "", nil)
	if rec.Code != 200 {
		t.Fatalf("got status %d, want 200", rec.Code)
	}
	for _, want := range []string{"not been briefed yet", ">River News</a>: Dam opens"} {
		if !strings.Contains(rec.Body.String(), want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestArticlePage(t *testing.T) { eachStore(t, testArticlePage) }

func testArticlePage(t *testing.T, open opener) {
	s, srv := newsroom(t, Config{Store: open(t)})
	st := storyWith(t, s, "Fire at chemical plant")
	a, err := s.Article(context.Background(), st.Articles[0])
	if err != nil {
		t.Fatal(err)
	}
	resp, body := get(t, srv, "/articles/"+a.ID)
	wantStatus(t, resp, 200)
	for _, p := range a.Paragraphs() {
		if !strings.Contains(body, "<p>"+template.HTMLEscapeString(p)+"</p>") {
			t.Errorf("paragraph %.40q... missing", p)
		}
	}
	for _, want := range []string{`href="` + a.URL + `"`, `href="/stories/` + st.ID + `"`, "Cleaning dropped nothing", ">" + a.Outlet + "</a>"} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	resp, _ = get(t, srv, "/articles/a0000000000000000")
	wantStatus(t, resp, 404)
}

func TestArticleDropped(t *testing.T) { eachStore(t, testArticleDropped) }

// testArticleDropped posts a report carrying a byline and page furniture
// and opens its article page: the dropped pieces show, escaped and grouped
// by kind, and the clean text does not hold them.
func testArticleDropped(t *testing.T, open opener) {
	s, srv := newsroom(t, Config{Store: open(t), Token: "s3cret", MaxBody: 8 << 10})
	text := "By Ann Lee and Bo Chen\\n\\nThe harbour crane toppled in the gale on Monday, port officials said, and two ships were held offshore.\\n\\nThe port reopened at noon after engineers checked the quay.\\n\\nSubscribe to our newsletter for more stories like this.\\n\\nCopyright 2026 Harbour <b>Times</b>. All rights reserved."
	report := `{"text":"` + text + `","title":"Crane topples","outlet":"Harbour Times","url":"https://harbour.example/crane","published":"2026-03-02"}`
	auth := map[string]string{"Authorization": "Bearer s3cret", "Content-Type": "application/json"}
	resp, body := do(t, srv, "POST", "/api/reports", report, auth)
	if resp.StatusCode != 201 {
		t.Fatalf("post: got %d %s", resp.StatusCode, body)
	}
	var added struct {
		Articles []struct {
			ID string `json:"id"`
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(body), &added); err != nil || len(added.Articles) != 1 {
		t.Fatalf("post: got %s, %v", body, err)
	}
	id := added.Articles[0].ID
	ds, err := s.Dropped(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[crosscheck.DropKind]int{}
	for _, d := range ds {
		kinds[d.Kind]++
	}
	if kinds[crosscheck.DropByline] != 1 || kinds[crosscheck.DropBoilerplate] < 2 {
		t.Fatalf("stored dropped pieces: got %+v, want a byline and the furniture", ds)
	}
	resp, page := get(t, srv, "/articles/"+id)
	wantStatus(t, resp, 200)
	for _, want := range []string{"<h3>byline</h3>", "<h3>boilerplate</h3>", "By Ann Lee and Bo Chen", "Subscribe to our newsletter", "Harbour &lt;b&gt;Times&lt;/b&gt;. All rights reserved"} {
		if !strings.Contains(page, want) {
			t.Errorf("article page lacks %q", want)
		}
	}
	if strings.Contains(page, "<b>Times</b>") {
		t.Error("a dropped piece reached the page unescaped")
	}
	if strings.Contains(page, "Cleaning dropped nothing") {
		t.Error("the page says nothing was dropped")
	}
	text2 := page[:strings.Index(page, `class="dropped"`)]
	if strings.Contains(text2, "Subscribe to our newsletter") {
		t.Error("the furniture shows in the clean text")
	}
}

func TestSearchPage(t *testing.T) { eachStore(t, testSearchPage) }

func testSearchPage(t *testing.T, open opener) {
	_, srv := newsroom(t, Config{Store: open(t)})
	resp, body := get(t, srv, "/search?q=Whitcombe")
	wantStatus(t, resp, 200)
	if n := strings.Count(body, "<mark>Whitcombe"); n == 0 {
		t.Fatalf("no highlighted match in\n%s", body)
	}
	if !strings.Contains(body, `href="/articles/`) || !strings.Contains(body, `href="/stories/`) {
		t.Error("hits do not link to articles and stories")
	}
	resp, body = get(t, srv, "/search?q=zzyzx")
	wantStatus(t, resp, 200)
	if !strings.Contains(body, "Nothing found") {
		t.Error("a search without hits does not say so")
	}
	resp, _ = get(t, srv, "/search?q="+strings.Repeat("a", maxQuery+1))
	wantStatus(t, resp, 400)
}

func TestSecurityHeaders(t *testing.T) { eachStore(t, testSecurityHeaders) }

func testSecurityHeaders(t *testing.T, open opener) {
	_, srv := newsroom(t, Config{Store: open(t)})
	for _, path := range []string{"/", "/search?q=fire", "/api/stories", "/no/such/page", "/static/style.css", "/stories/nope"} {
		resp, _ := get(t, srv, path)
		for k, want := range map[string]string{
			"Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
			"X-Content-Type-Options":  "nosniff",
			"Referrer-Policy":         "no-referrer",
		} {
			if got := resp.Header.Get(k); got != want {
				t.Errorf("%s: %s: got %q, want %q", path, k, got, want)
			}
		}
	}
	resp, body := get(t, srv, "/static/style.css")
	wantStatus(t, resp, 200)
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/css") || !strings.Contains(body, ".disagreement") {
		t.Errorf("style.css: got %q, %d bytes", resp.Header.Get("Content-Type"), len(body))
	}
}

func TestAPIStories(t *testing.T) { eachStore(t, testAPIStories) }

func testAPIStories(t *testing.T, open opener) {
	s, srv := newsroom(t, Config{Store: open(t)})
	var seen []string
	cursor := ""
	for range 10 {
		resp, body := get(t, srv, "/api/stories?order=covered&limit=2&cursor="+url.QueryEscape(cursor))
		wantStatus(t, resp, 200)
		var page struct {
			Stories []crosscheck.StoredStory `json:"stories"`
			Next    *string                  `json:"next"`
		}
		if err := json.Unmarshal([]byte(body), &page); err != nil {
			t.Fatal(err)
		}
		if page.Next == nil || len(page.Stories) == 0 || len(page.Stories) > 2 {
			t.Fatalf("bad page: %s", body)
		}
		for _, st := range page.Stories {
			seen = append(seen, st.ID)
		}
		if cursor = *page.Next; cursor == "" {
			break
		}
	}
	all, _, err := s.Stories(context.Background(), crosscheck.StoryQuery{Order: crosscheck.MostCovered, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, st := range all {
		want = append(want, st.ID)
	}
	if !slices.Equal(seen, want) {
		t.Errorf("paged: got %q, want %q", seen, want)
	}
	resp, body := get(t, srv, "/api/stories?order=sideways")
	wantStatus(t, resp, 400)
	if !strings.Contains(body, `"error":"unknown order`) {
		t.Errorf("got %s", body)
	}
}

func TestAPIStory(t *testing.T) { eachStore(t, testAPIStory) }

func testAPIStory(t *testing.T, open opener) {
	s, srv := newsroom(t, Config{Store: open(t)})
	st := storyWith(t, s, "Baltic leaders")
	b, err := s.Briefing(context.Background(), st.ID)
	if err != nil {
		t.Fatal(err)
	}
	resp, body := get(t, srv, "/api/stories/"+st.ID)
	wantStatus(t, resp, 200)
	// The same bytes as one story of brief --format json.
	var buf bytes.Buffer
	if err := report.JSON(&buf, &crosscheck.Briefing{Stories: []crosscheck.StoryBriefing{b}}); err != nil {
		t.Fatal(err)
	}
	var whole struct {
		Stories []json.RawMessage `json:"stories"`
	}
	if err := json.Unmarshal(buf.Bytes(), &whole); err != nil {
		t.Fatal(err)
	}
	var got, want any
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(whole.Stories[0], &want); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("briefing differs from brief --format json:\ngot  %.300s\nwant %.300s", body, whole.Stories[0])
	}
	resp, body = get(t, srv, "/api/stories/nope")
	wantStatus(t, resp, 404)
	if body != "{\"error\":\"Not Found\"}\n" {
		t.Errorf("got %q", body)
	}
}

func TestAPIArticleAndSearch(t *testing.T) { eachStore(t, testAPIArticleAndSearch) }

func testAPIArticleAndSearch(t *testing.T, open opener) {
	s, srv := newsroom(t, Config{Store: open(t)})
	st := storyWith(t, s, "Fire at chemical plant")
	resp, body := get(t, srv, "/api/articles/"+st.Articles[1])
	wantStatus(t, resp, 200)
	var a crosscheck.StoredArticle
	if err := json.Unmarshal([]byte(body), &a); err != nil {
		t.Fatal(err)
	}
	want, _ := s.Article(context.Background(), st.Articles[1])
	if a.ID != want.ID || a.Text != want.Text || a.Story != st.ID || a.Hash != want.Hash {
		t.Errorf("got %+v, want %+v", a, want)
	}

	resp, body = get(t, srv, "/api/search?q=Whitcombe&limit=2")
	wantStatus(t, resp, 200)
	var page struct {
		Hits []crosscheck.SearchHit `json:"hits"`
		Next string                 `json:"next"`
	}
	if err := json.Unmarshal([]byte(body), &page); err != nil {
		t.Fatal(err)
	}
	if len(page.Hits) != 2 || page.Next == "" {
		t.Fatalf("got %d hits, next %q; want 2 and a cursor", len(page.Hits), page.Next)
	}
	matched := false
	for _, p := range page.Hits[0].Snippet {
		matched = matched || p.Match && strings.Contains(p.Text, "Whitcombe")
	}
	if !matched {
		t.Errorf("first hit marks no match: %+v", page.Hits[0])
	}
	resp, _ = get(t, srv, "/api/search?q=")
	wantStatus(t, resp, 400)
	resp, body = get(t, srv, "/api/health")
	wantStatus(t, resp, 200)
	if body != "{\"status\":\"ok\"}\n" {
		t.Errorf("health: got %q", body)
	}
}

func TestOpenAPI(t *testing.T) { eachStore(t, testOpenAPI) }

func testOpenAPI(t *testing.T, open opener) {
	_, srv := newsroom(t, Config{Store: open(t)})
	resp, body := get(t, srv, "/api/openapi.json")
	wantStatus(t, resp, 200)
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatalf("openapi.json is not valid JSON: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi: got %q, want 3.x", doc.OpenAPI)
	}
	api := 0
	for _, rt := range routes {
		if !rt.api {
			continue
		}
		api++
		op, ok := doc.Paths[rt.path][strings.ToLower(rt.method)]
		if !ok {
			t.Errorf("%s %s is not in openapi.json", rt.method, rt.path)
			continue
		}
		if _, ok := op["responses"]; !ok {
			t.Errorf("%s %s has no responses", rt.method, rt.path)
		}
	}
	n := 0
	for _, ops := range doc.Paths {
		n += len(ops)
	}
	if n != api {
		t.Errorf("openapi.json lists %d operations, the handler serves %d", n, api)
	}
}

func TestWrites(t *testing.T) { eachStore(t, testWrites) }

func testWrites(t *testing.T, open opener) {
	report := `{"text":"The bridge over the Arno reopened on Tuesday after two years of repairs, the city council said.\n\nTraffic resumed at noon.","title":"Arno bridge reopens","outlet":"Florence Daily","url":"https://florence.example/bridge","published":"2025-04-01"}`
	auth := map[string]string{"Authorization": "Bearer s3cret", "Content-Type": "application/json"}
	t.Run("disabled", func(t *testing.T) {
		_, srv := newsroom(t, Config{Store: open(t)})
		resp, body := do(t, srv, "POST", "/api/reports", report, auth)
		wantStatus(t, resp, 403)
		if !strings.Contains(body, "writes are disabled") {
			t.Errorf("got %s", body)
		}
	})
	s, srv := newsroom(t, Config{Store: open(t), Token: "s3cret", MaxBody: 4 << 10})
	tests := []struct {
		name   string
		body   string
		header map[string]string
		want   int
		result string
	}{
		{"no token", report, nil, 403, ""},
		{"wrong token", report, map[string]string{"Authorization": "Bearer s3cre"}, 403, ""},
		{"not bearer", report, map[string]string{"Authorization": "Basic czNjcmV0"}, 403, ""},
		{"added", report, auth, 201, "added"},
		{"again", report, auth, 201, "unchanged"},
		{"changed", strings.Replace(report, "noon", "one", 1), auth, 201, "new version"},
		{"no url", `{"text":"Snow closed the Brenner pass on Sunday, police said.","outlet":"Alpine Wire"}`, auth, 201, "added"},
		{"bad json", `{"text":`, auth, 400, ""},
		{"unknown field", `{"text":"x","body":"y"}`, auth, 400, ""},
		{"no text", `{"title":"Only a title"}`, auth, 400, ""},
		{"javascript url", `{"text":"A report.","url":"javascript:alert(1)"}`, auth, 400, ""},
		{"bad date", `{"text":"A report.","published":"last week"}`, auth, 400, ""},
		{"too large", `{"text":"` + strings.Repeat("word ", 2000) + `"}`, auth, 413, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, srv, "POST", "/api/reports", tc.body, tc.header)
			wantStatus(t, resp, tc.want)
			if tc.want != 201 {
				if !strings.Contains(body, `"error"`) {
					t.Errorf("got %s, want an error", body)
				}
				return
			}
			var out addedReport
			if err := json.Unmarshal([]byte(body), &out); err != nil {
				t.Fatal(err)
			}
			if len(out.Articles) != 1 || out.Articles[0].Result != tc.result {
				t.Fatalf("got %s, want one article %s", body, tc.result)
			}
			a, err := s.Article(context.Background(), out.Articles[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(tc.body, a.Outlet) || a.Outlet == "" {
				t.Errorf("stored outlet %q", a.Outlet)
			}
		})
	}
	resp, _ := do(t, srv, "GET", "/api/reports", "", auth)
	wantStatus(t, resp, 405)
}

// faultStore is a store whose reads fail with err, or panic when err is
// nil, or wait for the request's end when wait is set.
type faultStore struct {
	*memstore.Store
	err  error
	wait bool
}

func (f faultStore) Stories(ctx context.Context, q crosscheck.StoryQuery) ([]crosscheck.StoredStory, string, error) {
	if f.wait {
		<-ctx.Done()
		return nil, "", &crosscheck.Error{Op: "stories", Kind: crosscheck.ErrorKind(ctx.Err()), Err: ctx.Err()}
	}
	if f.err == nil {
		var m map[string]int
		m["boom"]++
	}
	return nil, "", f.err
}

func serve(h http.Handler, method, path, body string, header map[string]string) *httptest.ResponseRecorder {
	req, _ := http.NewRequest(method, path, strings.NewReader(body))
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestErrorKinds(t *testing.T) {
	secret := "/var/lib/crosscheck/db: disk I/O error at page 42"
	tests := []struct {
		name  string
		store faultStore
		want  int
	}{
		{"not found", faultStore{err: crosscheck.Errorf(crosscheck.NotFound, "stories", secret, "gone")}, 404},
		{"invalid", faultStore{err: crosscheck.Errorf(crosscheck.Invalid, "stories", secret, "bad")}, 400},
		{"permission", faultStore{err: crosscheck.Errorf(crosscheck.Permission, "stories", secret, "no")}, 403},
		{"transient", faultStore{err: crosscheck.Errorf(crosscheck.Transient, "stories", secret, "busy")}, 503},
		{"timeout", faultStore{err: crosscheck.Errorf(crosscheck.Timeout, "stories", secret, "slow")}, 504},
		{"other", faultStore{err: fmt.Errorf("%s", secret)}, 500},
		{"internal", faultStore{err: crosscheck.Errorf(crosscheck.Internal, "stories", secret, "bug")}, 500},
		{"panic", faultStore{}, 500},
		{"deadline", faultStore{wait: true}, 504},
	}
	for _, tc := range tests {
		for _, path := range []string{"/", "/api/stories", "/api/health"} {
			t.Run(tc.name+path, func(t *testing.T) {
				tc.store.Store = memstore.New(nil)
				h, err := New(Config{Store: tc.store, RequestTimeout: 20 * time.Millisecond})
				if err != nil {
					t.Fatal(err)
				}
				rec := serve(h, "GET", path, "", nil)
				if rec.Code != tc.want {
					t.Fatalf("got status %d, want %d", rec.Code, tc.want)
				}
				body := rec.Body.String()
				for _, leak := range []string{"disk I/O", "/var/lib", "goroutine", "panic", "assignment to entry in nil map"} {
					if strings.Contains(body, leak) {
						t.Errorf("body leaks %q:\n%s", leak, body)
					}
				}
				if got := rec.Header().Get("Retry-After"); (tc.want == 503) != (got != "") {
					t.Errorf("Retry-After: got %q for status %d", got, tc.want)
				}
				api := strings.HasPrefix(path, "/api/")
				if got := strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json"); got != api {
					t.Errorf("Content-Type %q", rec.Header().Get("Content-Type"))
				}
			})
		}
	}
}

func TestOutletNameWithSlash(t *testing.T) {
	s := memstore.New(nil)
	a := crosscheck.Article{File: "s.txt", Part: 1, Title: "Band reunites", Outlet: "AC/DC News", Published: crosscheck.Day(2025, 1, 2),
		Text: "The band announced on Monday that it would tour again next year, its manager said."}
	a.ID = crosscheck.ArticleID(a.File, "", 1)
	fill(t, s, []crosscheck.Article{a})
	h, err := New(Config{Store: s})
	if err != nil {
		t.Fatal(err)
	}
	rec := serve(h, "GET", "/", "", nil)
	link := `href="/outlets/` + url.PathEscape("AC/DC News") + `"`
	if !strings.Contains(rec.Body.String(), link) {
		t.Fatalf("list lacks %s", link)
	}
	rec = serve(h, "GET", "/outlets/"+url.PathEscape("AC/DC News"), "", nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), ">Band reunites<") {
		t.Errorf("outlet page: status %d, story missing", rec.Code)
	}
}

func TestCitationLabels(t *testing.T) {
	b := crosscheck.StoryBriefing{Articles: []crosscheck.StoryArticle{
		{ID: "a1", Outlet: "Associated Press", Title: "First"},
		{ID: "a2", Outlet: "Associated Press", Title: "Second"},
		{ID: "a3", Outlet: "Associated Press", Published: crosscheck.Day(2025, 2, 12)},
		{ID: "a4", Outlet: "", Published: crosscheck.Day(2025, 2, 13)},
	}}
	c := newCiter(b)
	for id, want := range map[string]string{"a1": "Associated Press (1)", "a2": "Associated Press (2)", "a3": "Associated Press, 12 Feb 2025", "a4": "unnamed outlet, 13 Feb 2025", "zz": "a report"} {
		if got := c.label(id); got != want {
			t.Errorf("label of %s: got %q, want %q", id, got, want)
		}
	}
	v := c.cited("x", []string{"a2"})
	if len(v.Cites) != 1 || v.Cites[0].Title != "Second" {
		t.Errorf("got %+v, want the title Second", v.Cites)
	}
}

func TestSearchOddQueries(t *testing.T) { eachStore(t, testSearchOddQueries) }

func testSearchOddQueries(t *testing.T, open opener) {
	_, srv := newsroom(t, Config{Store: open(t)})
	for _, q := range []string{`"`, `*`, `NEAR(`, `fire OR`, `-fire`, `^fire`, `title:fire`, `"fire`, `AND`, `(`, `'; DROP TABLE articles; --`, "\x00", "fire\u200bfire"} {
		for _, path := range []string{"/search?q=", "/api/search?q="} {
			resp, body := get(t, srv, path+url.QueryEscape(q))
			if resp.StatusCode != 200 && resp.StatusCode != 400 {
				t.Errorf("%s%q: got status %d: %.200s", path, q, resp.StatusCode, body)
			}
		}
	}
}

func TestOrderLinks(t *testing.T) {
	_, srv := newsroom(t, Config{})
	_, body := get(t, srv, "/outlets/"+url.PathEscape("Associated Press")+"?order=covered&cursor=1&from=2025-01-01")
	for _, want := range []string{
		`<a href="/outlets/Associated%20Press?from=2025-01-01&amp;order=newest">newest</a>`,
		`<strong>most covered</strong>`,
		`<a href="/outlets/Associated%20Press?from=2025-01-01&amp;order=disputed">most disputed</a>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}

func TestMergedStoryRedirects(t *testing.T) { eachStore(t, testMergedStoryRedirects) }

func testMergedStoryRedirects(t *testing.T, open opener) {
	ctx := context.Background()
	s := open(t)
	var ids []string
	for i := range 2 {
		a := crosscheck.Article{File: fmt.Sprintf("m%d.txt", i), Part: 1, Title: "Dam opens", Outlet: "River News", Text: "The dam opened on Monday."}
		a.ID = crosscheck.ArticleID(a.File, "", 1)
		if _, err := s.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	keep, gone := crosscheck.StoryID(ids[0]), crosscheck.StoryID(ids[1])
	if err := s.SaveGrouping(ctx, crosscheck.Grouping{Stories: []crosscheck.Story{{ID: keep, Articles: ids[:1]}, {ID: gone, Articles: ids[1:]}}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveGrouping(ctx, crosscheck.Grouping{Stories: []crosscheck.Story{{ID: keep, Title: "Dam opens", Articles: ids}}, Gone: map[string]string{gone: keep}}); err != nil {
		t.Fatal(err)
	}
	h, err := New(Config{Store: s})
	if err != nil {
		t.Fatal(err)
	}
	rec := serve(h, "GET", "/stories/"+gone, "", nil)
	if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "/stories/"+keep {
		t.Errorf("got %d to %q, want 301 to /stories/%s", rec.Code, rec.Header().Get("Location"), keep)
	}
}

func TestAddedHook(t *testing.T) {
	calls := 0
	h, err := New(Config{Store: memstore.New(nil), Token: "0123456789abcdef", Added: func() { calls++ }})
	if err != nil {
		t.Fatal(err)
	}
	auth := map[string]string{"Authorization": "Bearer 0123456789abcdef"}
	body := `{"text":"The ferry resumed service on Monday, the operator said.","url":"https://ferry.example/1"}`
	for i, want := range []int{1, 1, 2} {
		if i == 2 {
			body = strings.Replace(body, "Monday", "Tuesday", 1)
		}
		if rec := serve(h, "POST", "/api/reports", body, auth); rec.Code != 201 {
			t.Fatalf("post %d: status %d", i, rec.Code)
		}
		if calls != want {
			t.Errorf("after post %d: Added called %d times, want %d", i, calls, want)
		}
	}
}

func TestUnrouted(t *testing.T) { eachStore(t, testUnrouted) }

// testUnrouted checks that a request no route takes gets the styled error
// page, or the API's JSON error, with the right status and the security
// headers, and no word of Go's plain-text answer.
func testUnrouted(t *testing.T, open opener) {
	_, srv := newsroom(t, Config{Store: open(t)})
	tests := []struct {
		method, path string
		status       int
		api          bool
	}{
		{"GET", "/no/such/page", 404, false},
		{"GET", "/stories", 404, false},
		{"GET", "/static/missing.css", 404, false},
		{"GET", "/static/", 404, false},
		{"GET", "/api/nothing", 404, true},
		{"GET", "/api/stories/a/b", 404, true},
		{"DELETE", "/stories/s1", 405, false},
		{"POST", "/search", 405, false},
		{"DELETE", "/api/stories", 405, true},
		{"PUT", "/api/reports", 405, true},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			resp, body := do(t, srv, tc.method, tc.path, "", nil)
			wantStatus(t, resp, tc.status)
			if got := resp.Header.Get("Content-Security-Policy"); !strings.Contains(got, "default-src 'none'") {
				t.Errorf("CSP header: got %q", got)
			}
			if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("no nosniff header")
			}
			if tc.status == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without an Allow header")
			}
			ct := resp.Header.Get("Content-Type")
			if tc.api {
				var e struct {
					Error string `json:"error"`
				}
				if !strings.HasPrefix(ct, "application/json") {
					t.Errorf("content type %q, want JSON", ct)
				}
				if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
					t.Errorf("body %q is not a JSON error: %v", body, err)
				}
			} else {
				if !strings.HasPrefix(ct, "text/html") {
					t.Errorf("content type %q, want HTML", ct)
				}
				if !strings.Contains(body, "<html") || !strings.Contains(body, `href="/static/`) {
					t.Errorf("not the styled page: %.200q", body)
				}
			}
			for _, leak := range []string{"404 page not found", "Method Not Allowed\n", "goroutine", ".go:"} {
				if strings.Contains(body, leak) {
					t.Errorf("body holds %q: %.200q", leak, body)
				}
			}
		})
	}
	// A path the mux cleans is still redirected, not refused.
	req, _ := http.NewRequest("GET", srv.URL+"/stories/../search", nil)
	resp, err := srv.Client().Transport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 3 || resp.Header.Get("Location") == "" {
		t.Errorf("cleaned path: got %d to %q, want a redirect", resp.StatusCode, resp.Header.Get("Location"))
	}
}
