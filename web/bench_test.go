package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/internal/memstore"
	"crosscheck/sqlite"
)

// largeStore holds one story of n reports from n/4 outlets whose briefing
// has n facts, n/4 quotes and n/20 disagreements, made up rather than
// analysed, so that the benchmark measures the page and not the analysis.
func largeStore(b *testing.B, s crosscheck.Store, n int) string {
	b.Helper()
	ctx := context.Background()
	var st crosscheck.Story
	br := crosscheck.StoryBriefing{Title: "A large story"}
	for i := range n {
		a := crosscheck.Article{File: fmt.Sprintf("big/%d.txt", i), Part: 1, Title: fmt.Sprintf("Report %d", i), Outlet: fmt.Sprintf("Outlet %d", i%(n/4)),
			Published: crosscheck.Date{Time: time.Date(2025, 1, 1, 0, i, 0, 0, time.UTC)}, URL: fmt.Sprintf("https://news.example/%d", i),
			Text: "The river rose by three metres on Monday, officials said.\n\nResidents were told to leave."}
		a.ID = crosscheck.ArticleID(a.File, "", 1)
		if _, err := s.PutArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
		st.Articles = append(st.Articles, a.ID)
		br.Articles = append(br.Articles, crosscheck.StoryArticle{ID: a.ID, Outlet: a.Outlet, Title: a.Title, Published: a.Published})
	}
	st.ID, st.Title = crosscheck.StoryID(st.Articles[0]), br.Title
	br.ID = st.ID
	for i := range n {
		ids := st.Articles[i%n : min(n, i%n+1+i%50)]
		br.Facts = append(br.Facts, crosscheck.Fact{Text: fmt.Sprintf("Fact number %d about the river.", i), Articles: ids, Independent: len(ids)})
		if i%4 == 0 {
			br.Quotes = append(br.Quotes, crosscheck.Quote{Speaker: "Ana Ruiz", Text: fmt.Sprintf("We have never seen water like this %d", i), Articles: ids, Independent: 1})
		}
		if i%20 == 0 {
			br.Discrepancies = append(br.Discrepancies, crosscheck.Discrepancy{Kind: crosscheck.FigureDiscrepancy, About: fmt.Sprintf("Rise %d", i),
				Variants: []crosscheck.Cited{{Text: "three metres", Articles: ids}, {Text: "four metres", Articles: st.Articles[:1]}}})
		}
	}
	br.Summary = []crosscheck.Cited{{Text: "The river rose by three metres.", Articles: st.Articles}}
	if err := s.SaveGrouping(ctx, crosscheck.Grouping{Stories: []crosscheck.Story{st}}); err != nil {
		b.Fatal(err)
	}
	stored, err := s.Story(ctx, st.ID)
	if err != nil {
		b.Fatal(err)
	}
	if err := s.PutBriefing(ctx, br, stored.Revision); err != nil {
		b.Fatal(err)
	}
	return st.ID
}

// benchGet serves path from h b.N times and reports the response size.
func benchGet(b *testing.B, h http.Handler, path string) {
	b.Helper()
	req := httptest.NewRequest("GET", path, nil)
	var size int
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("%s: status %d", path, rec.Code)
		}
		size = rec.Body.Len()
	}
	b.ReportMetric(float64(size), "bytes/page")
}

func BenchmarkHandlers(b *testing.B) {
	for _, kind := range []string{"memstore", "sqlite"} {
		b.Run(kind, func(b *testing.B) { benchHandlers(b, kind) })
	}
}

func benchHandlers(b *testing.B, kind string) {
	open := func() crosscheck.Store {
		if kind == "memstore" {
			return memstore.New(nil)
		}
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "crosscheck.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return db
	}
	s, _ := newsroom(b, Config{Store: open()})
	h, err := New(Config{Store: s})
	if err != nil {
		b.Fatal(err)
	}
	top, _, err := s.Stories(context.Background(), crosscheck.StoryQuery{Order: crosscheck.MostCovered, Limit: 1})
	if err != nil {
		b.Fatal(err)
	}
	id := top[0].ID
	big := open()
	bigID := largeStore(b, big, 1600)
	hb, err := New(Config{Store: big})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		h    http.Handler
		path string
	}{
		{"page/stories", h, "/"},
		{"page/story", h, "/stories/" + id},
		{"page/search", h, "/search?q=NATO"},
		{"page/story-1600", hb, "/stories/" + bigID},
		{"api/stories", h, "/api/stories"},
		{"api/story", h, "/api/stories/" + id},
		{"api/search", h, "/api/search?q=NATO"},
		{"api/story-1600", hb, "/api/stories/" + bigID},
	} {
		b.Run(bc.name, func(b *testing.B) { benchGet(b, bc.h, bc.path) })
	}
}
