package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sample is a small hand-made briefing exercising every section.
func sample() *crosscheck.Briefing {
	return &crosscheck.Briefing{
		Stories: []crosscheck.StoryBriefing{{
			ID:    "s1",
			Title: "Council approves budget",
			Articles: []crosscheck.StoryArticle{
				{ID: "wire#1", File: "wire.txt", Part: 1, URL: "https://wire.example/news/budget?id=1&x=(2)", Outlet: "Wire Service", Title: "Council approves budget", Published: crosscheck.Day(2024, time.March, 5), Origin: "Wire Service"},
				{ID: "daily#1", File: "daily.txt", Part: 1, URL: "javascript:alert(1)", Outlet: "The Daily", Published: crosscheck.Day(2024, time.March, 5), Origin: "Wire Service", CopyOf: "wire#1"},
				{ID: "gazette#1", File: "gazette.txt", Part: 1, Outlet: "Gazette", Origin: "Gazette", Credits: []string{"Wire Service"}},
			},
			Summary: []crosscheck.Cited{{Text: "The council approved a $5 million budget on Tuesday.", Articles: []string{"wire#1", "daily#1", "gazette#1"}}},
			Facts: []crosscheck.Fact{
				{Text: "The council approved a $5 million budget on Tuesday.", Articles: []string{"wire#1", "daily#1", "gazette#1"}, Outlets: []string{"Wire Service", "The Daily", "Gazette"}, Independent: 2},
				{Text: "The vote was 7 to 2.", Articles: []string{"gazette#1"}, Outlets: []string{"Gazette"}, Independent: 1},
			},
			Quotes: []crosscheck.Quote{{
				Speaker: "Ana Ruiz", Text: "This budget keeps the libraries open", Articles: []string{"wire#1", "gazette#1"}, Independent: 2,
				Variants: []crosscheck.Cited{
					{Text: "This budget keeps the libraries open", Articles: []string{"wire#1"}},
					{Text: "This budget keeps our libraries open", Articles: []string{"gazette#1"}},
				},
			}},
			Figures: []crosscheck.Figure{
				{Text: "$5 million", Value: 5e6, Unit: "USD", Context: "budget", Articles: []string{"wire#1", "gazette#1"}},
				{Text: "Tuesday", Value: 19787, Unit: "date", Context: "The council voted on Tuesday.", Articles: []string{"wire#1"}},
			},
			Entities:      []crosscheck.Entity{{Name: "Ana Ruiz", Kind: crosscheck.Person, Variants: []string{"Ana Ruiz", "Ms. Ruiz"}, Articles: []string{"wire#1", "gazette#1"}}},
			Discrepancies: []crosscheck.Discrepancy{{Kind: crosscheck.FigureDiscrepancy, About: "the budget", Variants: []crosscheck.Cited{{Text: "$5 million", Articles: []string{"wire#1"}}, {Text: "$6 million", Articles: []string{"gazette#1"}}}}},
			Unique:        []crosscheck.OutletReport{{Outlet: "Gazette", Facts: []int{1}}, {Outlet: "Wire Service", Missing: []int{1}}},
		}},
		Dropped: []crosscheck.Dropped{{File: "gazette.txt", Part: 1, Kind: crosscheck.DropOffTopic, Text: "Elsewhere, the zoo opened."}},
		Errors:  []crosscheck.InputError{{File: "bad.bin", Error: "bad.bin: binary input"}},
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

func TestGolden(t *testing.T) {
	renderers := []struct {
		name string
		fn   func(*bytes.Buffer, *crosscheck.Briefing) error
	}{
		{"sample.md", func(w *bytes.Buffer, b *crosscheck.Briefing) error { return Markdown(w, b) }},
		{"sample.json", func(w *bytes.Buffer, b *crosscheck.Briefing) error { return JSON(w, b) }},
		{"sample.html", func(w *bytes.Buffer, b *crosscheck.Briefing) error { return HTML(w, b) }},
	}
	for _, r := range renderers {
		t.Run(r.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := r.fn(&buf, sample()); err != nil {
				t.Fatal(err)
			}
			golden(t, r.name, buf.Bytes())
		})
	}
}

func TestJSONEmptyListsAreArrays(t *testing.T) {
	var buf bytes.Buffer
	b := &crosscheck.Briefing{Stories: []crosscheck.StoryBriefing{{ID: "s1"}}}
	if err := JSON(&buf, b); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "null") {
		t.Errorf("got null in JSON, want empty arrays:\n%s", buf.String())
	}
	if b.Stories[0].Facts != nil {
		t.Errorf("JSON changed the caller's briefing")
	}
	var back crosscheck.Briefing
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatalf("output is not valid JSON: %v", err)
	}
}

// TestHTMLEscapesHostileInput puts markup into every field that comes from
// an input and checks that none of it reaches the page as markup.
func TestHTMLEscapesHostileInput(t *testing.T) {
	const evil = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`
	b := sample()
	s := &b.Stories[0]
	s.Title, s.ID = evil, evil
	for i := range s.Articles {
		a := &s.Articles[i]
		a.ID, a.Outlet, a.Title, a.Origin, a.CopyOf = evil, evil, evil, evil, evil
		a.Credits = []string{evil}
	}
	s.Summary[0].Text = evil
	s.Summary[0].Articles = []string{evil}
	for i := range s.Facts {
		s.Facts[i].Text = evil
		s.Facts[i].Articles = []string{evil}
	}
	s.Quotes[0].Speaker, s.Quotes[0].Text = evil, evil
	s.Quotes[0].Variants[0].Text = evil
	s.Figures[0].Text, s.Figures[0].Unit, s.Figures[0].Context = evil, evil, evil
	s.Entities[0].Name, s.Entities[0].Variants = evil, []string{evil}
	s.Discrepancies[0].About, s.Discrepancies[0].Variants[0].Text = evil, evil
	s.Unique[0].Outlet = evil
	b.Errors[0].File, b.Errors[0].Error = evil, evil

	var buf bytes.Buffer
	if err := HTML(&buf, b); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script>", "<img"} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("page lacks the escaped text; got:\n%s", out)
	}
}

func TestHTMLFactIndexOutOfRange(t *testing.T) {
	b := sample()
	b.Stories[0].Unique = []crosscheck.OutletReport{{Outlet: "X", Facts: []int{99, -1}}}
	var buf bytes.Buffer
	if err := HTML(&buf, b); err != nil {
		t.Fatalf("got error %v, want a page", err)
	}
}

func TestMarkdownNoStories(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, &crosscheck.Briefing{}); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "No stories found.\n\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCuts checks that the reports analysed in part are listed, escaped,
// in Markdown and HTML.
func TestCuts(t *testing.T) {
	b := &crosscheck.Briefing{Stories: []crosscheck.StoryBriefing{{
		ID:   "s",
		Cuts: []crosscheck.Cut{{Article: "a<script>", Reason: "analysed the first 1500 sentences: more than 1000 numbers"}},
	}}}
	for name, render := range map[string]func(io.Writer, *crosscheck.Briefing) error{"md": Markdown, "html": HTML} {
		var buf bytes.Buffer
		if err := render(&buf, b); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, "Analysed in part") || !strings.Contains(out, "more than 1000 numbers") {
			t.Errorf("%s: cut not listed:\n%s", name, out)
		}
		// Markdown escapes with a backslash, HTML with an entity.
		if strings.Contains(strings.ReplaceAll(out, `\<script>`, ""), "<script>") {
			t.Errorf("%s: article id not escaped:\n%s", name, out)
		}
	}
}

// TestReadableOrder checks what a reader meets first: the summary, then the
// disagreements, the facts several sources carry, and only after the
// reports the facts one source alone gave; reports are cited by outlet
// and day, never by id, and linked only to http and https originals.
func TestReadableOrder(t *testing.T) {
	for _, r := range []struct {
		name     string
		render   func(*bytes.Buffer, *crosscheck.Briefing) error
		sections []string
	}{
		{"md", func(w *bytes.Buffer, b *crosscheck.Briefing) error { return Markdown(w, b) },
			[]string{"## What happened", "## Where the sources disagree", "## Facts from several sources", "## Reports", "1 fact reported by one source only", "The vote was 7 to 2."}},
		{"html", func(w *bytes.Buffer, b *crosscheck.Briefing) error { return HTML(w, b) },
			[]string{"<h2>What happened</h2>", "<h2>Where the sources disagree</h2>", "<h2>Facts from several sources</h2>", "<h2>Reports</h2>", "<details><summary>1 fact reported by one source only</summary>", "The vote was 7 to 2."}},
		{"json", func(w *bytes.Buffer, b *crosscheck.Briefing) error { return JSON(w, b) },
			[]string{`"summary"`, `"discrepancies"`, `"facts"`, `"cite"`, `"unique"`}},
	} {
		t.Run(r.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := r.render(&buf, sample()); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			at := -1
			for _, s := range r.sections {
				i := strings.Index(out, s)
				if i < 0 {
					t.Fatalf("%q missing", s)
				}
				if i < at {
					t.Errorf("%q comes before the section listed ahead of it", s)
				}
				at = i
			}
			if r.name == "json" {
				return
			}
			// An id shows only where the reports are listed, beside its
			// label: in a cell, and in HTML as the row's anchor.
			perID := map[string]int{"md": 1, "html": 2}[r.name]
			for _, id := range []string{"wire#1", "daily#1", "gazette#1"} {
				if n := strings.Count(out, id); n != perID {
					t.Errorf("id %s shown %d times, want %d: citations must name outlets, not ids", id, n, perID)
				}
			}
			if !strings.Contains(out, "Wire Service, 5 Mar") || !strings.Contains(out, "https://wire.example/news/budget") {
				t.Errorf("output does not cite the wire report by outlet and day with its link")
			}
			if strings.Contains(out, "javascript:") {
				t.Errorf("output links a javascript: URL")
			}
			// The single-source fact is listed once, after the reports.
			if n := strings.Count(out, "The vote was 7 to 2."); n != 2 {
				// Once among one-source facts, once among what others left out.
				t.Errorf("single-source fact shown %d times, want 2", n)
			}
		})
	}
}

func TestCiteArticlesTellsApart(t *testing.T) {
	arts := []crosscheck.StoryArticle{
		{ID: "x", Outlet: "AP", Published: crosscheck.Day(2025, time.February, 12)},
		{ID: "y", Outlet: "AP", Published: crosscheck.Day(2025, time.February, 12)},
		{ID: "z", URL: "https://www.example.com/a"},
		{ID: "w", File: "reports/story.txt"},
	}
	crosscheck.CiteArticles(arts)
	var got []string
	for _, a := range arts {
		got = append(got, a.Cite)
	}
	want := []string{"AP, 12 Feb (1)", "AP, 12 Feb (2)", "example.com", "story"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cites (-want +got):\n%s", diff)
	}
}

func TestFigureValue(t *testing.T) {
	for _, tc := range []struct {
		f    crosscheck.Figure
		want string
	}{
		{crosscheck.Figure{Value: 160, Unit: "time of day"}, "02:40"},
		{crosscheck.Figure{Value: 1290, Unit: "time of day"}, "21:30"},
		{crosscheck.Figure{Value: 20515, Unit: "date"}, "2026-03-03"},
		{crosscheck.Figure{Value: 12.5, Unit: "percent"}, "12.5"},
	} {
		if got := figureValue(tc.f); got != tc.want {
			t.Errorf("figureValue(%v %s) = %q, want %q", tc.f.Value, tc.f.Unit, got, tc.want)
		}
	}
}
