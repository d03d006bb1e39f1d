package web

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/analyze"
	"crosscheck/clean"
	"crosscheck/cluster"
	"crosscheck/internal/memstore"
	"crosscheck/internal/testcorpus"
	"crosscheck/sqlite"
)

// fill stores arts, groups them into stories and stores a briefing of
// each story made by analyze.Story, as the update engine would. It
// returns the stories.
func fill(t testing.TB, s crosscheck.Store, arts []crosscheck.Article) []crosscheck.Story {
	t.Helper()
	ctx := context.Background()
	g := crosscheck.Grouping{}
	byID := map[string]crosscheck.Article{}
	for _, a := range arts {
		if _, err := s.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		byID[a.ID] = a
		g.Grouped = append(g.Grouped, crosscheck.ArticleVersion{ID: a.ID, Hash: crosscheck.ContentHash(&a)})
	}
	stories := cluster.Group(arts, cluster.DefaultOptions())
	g.Stories = stories
	for _, st := range stories {
		g.Events = append(g.Events, crosscheck.StoryEvent{Story: st.ID, Kind: crosscheck.StoryOpened, Article: st.Articles[0]})
	}
	if err := s.SaveGrouping(ctx, g); err != nil {
		t.Fatal(err)
	}
	for _, st := range stories {
		own := make([]crosscheck.Article, 0, len(st.Articles))
		for _, id := range st.Articles {
			own = append(own, byID[id])
		}
		b, err := analyze.Story(ctx, st, own)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := s.Story(ctx, st.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.PutBriefing(ctx, b, stored.Revision); err != nil {
			t.Fatal(err)
		}
	}
	return stories
}

// fixtureArticles reads analyze/testdata/NAME.jsonl through clean, each
// record given an address under https://news.example/.
func fixtureArticles(t testing.TB, name string) []crosscheck.Article {
	t.Helper()
	path := filepath.Join(testcorpus.Root(t), "analyze", "testdata", name+".jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var arts []crosscheck.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct {
			ID        string          `json:"id"`
			Outlet    string          `json:"outlet"`
			Published crosscheck.Date `json:"published"`
			Title     string          `json:"title"`
			Text      string          `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		doc := crosscheck.Document{Source: path, ID: rec.ID, Format: crosscheck.FormatText, Body: rec.Text,
			Title: rec.Title, Outlet: rec.Outlet, Published: rec.Published, URL: "https://news.example/" + rec.ID}
		a, _ := clean.Articles(doc)
		arts = append(arts, a...)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return arts
}

// opener opens an empty store for a test.
type opener func(t testing.TB) crosscheck.Store

// eachStore runs test against each Store implementation: the in-memory
// one and SQLite in a temporary file.
func eachStore(t *testing.T, test func(*testing.T, opener)) {
	t.Run("memstore", func(t *testing.T) {
		test(t, func(testing.TB) crosscheck.Store { return memstore.New(nil) })
	})
	t.Run("sqlite", func(t *testing.T) {
		test(t, func(t testing.TB) crosscheck.Store {
			db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "crosscheck.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return db
		})
	})
}

// newsroom returns a store (cfg.Store, or a memstore) holding the seeds and both analyze
// fixtures, grouped and briefed, and a test server over it.
func newsroom(t testing.TB, cfg Config) (crosscheck.Store, *httptest.Server) {
	t.Helper()
	s := cfg.Store
	if s == nil {
		s = memstore.New(func() time.Time { return time.Date(2025, 3, 20, 12, 0, 0, 0, time.UTC) })
	}
	arts := testcorpus.GoldSeeds(t, clean.Articles)
	for i := range arts {
		// GoldSeeds names articles as the gold does; the store wants
		// stable ids.
		arts[i].ID = crosscheck.ArticleID(arts[i].File, "", arts[i].Part)
	}
	arts = append(arts, fixtureArticles(t, "plant-fire")...)
	arts = append(arts, fixtureArticles(t, "drone-summit")...)
	fill(t, s, arts)
	cfg.Store = s
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return s, srv
}

// get fetches path from srv and returns the response with its body read.
func get(t testing.TB, srv *httptest.Server, path string) (*http.Response, string) {
	t.Helper()
	return do(t, srv, "GET", path, "", nil)
}

func do(t testing.TB, srv *httptest.Server, method, path, body string, header map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}
