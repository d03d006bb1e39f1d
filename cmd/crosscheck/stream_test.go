package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze"
	"crosscheck/cluster"
	"crosscheck/pipeline"
	"crosscheck/report"
)

// inMemory is what cluster and brief wrote when they held every article in
// memory: cluster.Group over the articles read, each story analysed with
// the first article of each id.
func inMemory(t *testing.T, paths []string) ([]crosscheck.Story, *crosscheck.Briefing) {
	t.Helper()
	ctx := context.Background()
	res, err := pipeline.Read(ctx, paths, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	stories := cluster.Group(res.Articles, cluster.DefaultOptions())
	byID := map[string]int{}
	fileOf := map[string]string{}
	for i, a := range res.Articles {
		if _, ok := byID[a.ID]; !ok {
			byID[a.ID] = i
		}
		fileOf[a.ID] = a.File
	}
	b := &crosscheck.Briefing{Dropped: res.Dropped, Errors: res.Errors}
	for _, s := range stories {
		var own []crosscheck.Article
		for _, id := range s.Articles {
			own = append(own, res.Articles[byID[id]])
		}
		sb, err := analyze.StoryWith(ctx, s, own, analyze.Options{ReportBudget: analyze.DefaultReportBudget})
		if err != nil {
			t.Fatal(err)
		}
		b.Stories = append(b.Stories, sb)
	}
	for _, s := range b.Stories {
		for _, c := range s.Cuts {
			if c.Excluded {
				b.Errors = append(b.Errors, crosscheck.InputError{File: fileOf[c.Article], Error: c.Reason})
			}
		}
	}
	return stories, b
}

// TestStreamedMatchesInMemory checks that cluster and brief, which keep
// the articles on disk while they group them, write byte for byte what
// the in-memory grouping and analysis give.
func TestStreamedMatchesInMemory(t *testing.T) {
	// Records with one id twice and no dates, out of order.
	dup := filepath.Join(t.TempDir(), "dup.jsonl")
	if err := os.WriteFile(dup, []byte(
		`{"id":"r2","title":"Bridge shut for repairs","published":"2025-05-02","text":"The old stone bridge in Westford closed on Monday for six weeks of repairs, engineer Kim Ode said."}`+"\n"+
			`{"id":"r1","title":"Westford bridge closes","published":"2025-05-01T09:00:00+02:00","text":"Westford's stone bridge closed for six weeks of repair work, said engineer Kim Ode."}`+"\n"+
			`{"id":"r1","title":"Westford bridge closes again","published":"2025-05-01T09:00:00+02:00","text":"Westford's stone bridge closed for six weeks of repair work, said engineer Kim Ode."}`+"\n"+
			`{"id":"u1","title":"Striker signs record deal","text":"Eastfield United signed striker Leo Park on a record five-year contract."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	inputs := []struct {
		name  string
		paths []string
		brief bool
	}{
		{"seeds", []string{seedsDir}, true},
		{"records", []string{dup}, true},
		{"seeds and records", []string{dup, seedsDir}, true},
		{"ecbplus-dev", []string{filepath.Join("..", "..", "..", "shared", "datasets", "ecbplus-dev", "articles.jsonl")}, !testing.Short()},
	}
	for _, in := range inputs {
		t.Run(in.name, func(t *testing.T) {
			for _, p := range in.paths {
				if _, err := os.Stat(p); err != nil {
					t.Skipf("%s not found (the shared datasets are not here): %v", p, err)
				}
			}
			stories, b := inMemory(t, in.paths)
			if len(stories) == 0 {
				t.Fatal("no stories: the test shows nothing")
			}
			var want bytes.Buffer
			if err := writeStoriesJSON(&want, stories); err != nil {
				t.Fatal(err)
			}
			_, got, stderr := runCmd(t, "", append([]string{"cluster", "--format", "json"}, in.paths...)...)
			if diff := cmp.Diff(want.String(), got); diff != "" {
				t.Errorf("cluster --format json differs (-in memory +streamed):\n%s\nstderr: %s", diff, stderr)
			}
			if !in.brief {
				return
			}
			for format, render := range map[string]func(io.Writer, *crosscheck.Briefing) error{"json": report.JSON, "md": report.Markdown, "html": report.HTML} {
				var want bytes.Buffer
				if err := render(&want, b); err != nil {
					t.Fatal(err)
				}
				_, got, stderr := runCmd(t, "", append([]string{"brief", "--quiet", "--format", format}, in.paths...)...)
				if diff := cmp.Diff(want.String(), got); diff != "" {
					t.Errorf("brief --format %s differs (-in memory +streamed):\n%s\nstderr: %s", format, diff, stderr)
				}
			}
		})
	}
}
