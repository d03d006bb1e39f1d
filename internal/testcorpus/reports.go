package testcorpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck"
)

// events are made-up news events that Reports mixes.
var events = []struct{ place, what, who, detail string }{
	{"Norvik", "earthquake", "Mayor Ingrid Solberg", "the harbour bridge cracked and schools stayed closed"},
	{"Pinecrest", "wildfire", "fire chief Tom Alvarez", "crews fought the blaze near the reservoir ridge"},
	{"Harlan", "teachers strike", "union leader Dana Whitfield", "classes were cancelled across the county districts"},
	{"Quillon", "flood", "engineer Bram Okafor", "the river burst its banks downstream of the dam"},
	{"Tessaly", "train derailment", "rail inspector Mira Castell", "twelve freight wagons left the track near the depot"},
}

// Events is the number of events Reports mixes.
const Events = 5

// Reports returns n made-up reports of Events events, report i of event
// i%Events, each a little over half an hour after the one before and
// worded a little differently, as files under feeds/ would give them.
func Reports(n int) []crosscheck.Article {
	start := time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)
	outlets := []string{"Valley Times", "State Wire", "Evening Star", "Daily Post"}
	arts := make([]crosscheck.Article, n)
	for i := range arts {
		e := events[i%len(events)]
		k := i / len(events)
		file := fmt.Sprintf("feeds/%s/%04d.txt", strings.ToLower(e.place), i)
		arts[i] = crosscheck.Article{
			ID:        crosscheck.ArticleID(file, "", 1),
			File:      file,
			Part:      1,
			Outlet:    outlets[i%len(outlets)],
			Published: crosscheck.Date{Time: start.Add(time.Duration(i) * 37 * time.Minute)},
			Title:     fmt.Sprintf("%s %s: update %d from %s", e.place, e.what, k, e.who),
			Text: fmt.Sprintf("The %s in %s continued on day %d, %s said. In %s, %s.\n\n"+
				"%s told reporters that %d people had been helped since the %s began. Residents of %s described the %s as the worst in memory.",
				e.what, e.place, k+1, e.who, e.place, e.detail, e.who, 10*(k+1), e.what, e.place, e.what),
		}
	}
	return arts
}

// WriteReports writes Reports(n) as text files under dir (a title, a
// dateline, the text) and returns their articles.
func WriteReports(t testing.TB, dir string, n int) []crosscheck.Article {
	t.Helper()
	arts := Reports(n)
	for _, a := range arts {
		body := a.Title + "\n\n" + a.Published.Time.Format("January 2, 2006") + "\n\n" + a.Text + "\n"
		WriteFile(t, filepath.Join(dir, filepath.FromSlash(a.File)), body)
	}
	return arts
}

// WriteFile writes body to path, making its folders; it fails the test on
// error.
func WriteFile(t testing.TB, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// WriteTree writes files (a slash-separated path relative to dir ->
// content) under dir, making their folders.
func WriteTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		WriteFile(t, filepath.Join(dir, filepath.FromSlash(name)), body)
	}
}
