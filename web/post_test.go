package web

import (
	"context"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestPostPage posts a real news page, with its navigation, cookie banner,
// related links and footer, in each way the API takes one, and checks
// that it is extracted as a page file is: its title, date and text come
// out, the furniture does not.
func TestPostPage(t *testing.T) { eachStore(t, testPostPage) }

func testPostPage(t *testing.T, open opener) {
	page, err := os.ReadFile("testdata/report.html")
	if err != nil {
		t.Fatal(err)
	}
	jsonText, err := json.Marshal(map[string]string{"text": string(page), "outlet": "Coastal Courier"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, body, contentType string
	}{
		{"html", "/api/reports?url=https://courier.example/news/harbour-strike", string(page), "text/html; charset=utf-8"},
		{"untyped", "/api/reports", string(page), ""},
		{"sniffed despite text/plain", "/api/reports", string(page), "text/plain"},
		{"json text", "/api/reports", string(jsonText), "application/json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, srv := newsroom(t, Config{Store: open(t), Token: "s3cret"})
			header := map[string]string{"Authorization": "Bearer s3cret"}
			if tc.contentType != "" {
				header["Content-Type"] = tc.contentType
			}
			resp, body := do(t, srv, "POST", tc.path, tc.body, header)
			wantStatus(t, resp, 201)
			var out addedReport
			if err := json.Unmarshal([]byte(body), &out); err != nil {
				t.Fatal(err)
			}
			if len(out.Articles) != 1 {
				t.Fatalf("got %s, want one article", body)
			}
			a, err := s.Article(context.Background(), out.Articles[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			if want := "Harbour cranes halted as dockworkers strike"; a.Title != want {
				t.Errorf("title: got %q, want %q", a.Title, want)
			}
			if got := a.Published.String(); !strings.HasPrefix(got, "2025-03-14") {
				t.Errorf("published: got %q, want 2025-03-14", got)
			}
			for _, want := range []string{"Container traffic at the port of Westhaven", "Talks between the union and the operator"} {
				if !strings.Contains(a.Text, want) {
					t.Errorf("text lacks %q:\n%s", want, a.Text)
				}
			}
			for _, junk := range []string{"<", "cookies", "Subscribe now", "All rights reserved", "newsletter", "seafood", "Weather"} {
				if strings.Contains(a.Text, junk) {
					t.Errorf("text keeps %q:\n%s", junk, a.Text)
				}
			}
		})
	}
}

// TestPostGarbage checks that a posted body that is no language is
// refused as a file of it would be, whatever its type says.
func TestPostGarbage(t *testing.T) {
	_, srv := newsroom(t, Config{Token: "s3cret"})
	junk := make([]byte, 500)
	seed := uint32(7)
	for i := range junk {
		seed = seed*1664525 + 1013904223
		junk[i] = byte(33 + seed>>24%94)
	}
	quoted := strconv.Quote(string(junk))
	for _, tc := range []struct{ name, body, contentType string }{
		{"html", "<html><body><p>" + string(junk) + "</p></body></html>", "text/html"},
		{"text", string(junk), "text/plain"},
		{"json", `{"text":` + quoted + `}`, "application/json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, srv, "POST", "/api/reports", tc.body, map[string]string{"Authorization": "Bearer s3cret", "Content-Type": tc.contentType})
			wantStatus(t, resp, 400)
			if !strings.Contains(body, "not text") {
				t.Errorf("got %s, want a not text error", body)
			}
		})
	}
}

// TestPostFeed posts an RSS feed: each item becomes an article, read as a
// feed file's items are.
func TestPostFeed(t *testing.T) {
	s, srv := newsroom(t, Config{Token: "s3cret"})
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Coastal Courier</title>` +
		`<item><guid>https://courier.example/a</guid><link>https://courier.example/a</link><title>Harbour strike ends</title><description>Dockworkers at the port of Westhaven returned to work on Sunday after the union accepted a 4 percent pay rise.</description></item>` +
		`<item><guid>https://courier.example/b</guid><link>https://courier.example/b</link><title>Ferry fares rise</title><description>Ferry fares between Westhaven and the islands will rise by 6 percent in April, the operator said on Monday.</description></item>` +
		`</channel></rss>`
	resp, body := do(t, srv, "POST", "/api/reports", feed, map[string]string{"Authorization": "Bearer s3cret", "Content-Type": "application/rss+xml"})
	wantStatus(t, resp, 201)
	var out addedReport
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Articles) != 2 {
		t.Fatalf("got %s, want two articles", body)
	}
	var titles []string
	for _, a := range out.Articles {
		got, err := s.Article(context.Background(), a.ID)
		if err != nil {
			t.Fatal(err)
		}
		titles = append(titles, got.Title)
	}
	if want := []string{"Harbour strike ends", "Ferry fares rise"}; strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("titles: got %q, want %q", titles, want)
	}
}
