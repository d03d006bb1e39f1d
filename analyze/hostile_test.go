package analyze

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// TestHostileReports briefs each hostile report of issue 12 beside three
// good ones: the good ones must be briefed, the hostile one cut with a
// reason, and the briefing must stay small whatever the report held.
func TestHostileReports(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile reports take seconds each")
	}
	good, _ := seeds(t)
	good = good[:3]
	for _, h := range testcorpus.Hostile() {
		t.Run(h.Name, func(t *testing.T) {
			bad := crosscheck.Article{ID: "hostile", File: h.Name + ".txt", Title: "Hostile", Text: h.Text(h.Units)}
			arts := append(append([]crosscheck.Article(nil), good...), bad)
			start := time.Now()
			b, err := Story(context.Background(), crosscheck.Story{ID: "h"}, arts)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d bytes briefed in %v", h.Name, len(bad.Text), time.Since(start))
			ids := map[string]bool{}
			for _, a := range b.Articles {
				ids[a.ID] = true
			}
			for _, a := range good {
				if !ids[a.ID] {
					t.Errorf("good report %s missing from the briefing", a.ID)
				}
			}
			var cut *crosscheck.Cut
			for i := range b.Cuts {
				if b.Cuts[i].Article == bad.ID {
					cut = &b.Cuts[i]
				}
			}
			if cut == nil || cut.Reason == "" {
				t.Errorf("hostile report not listed as cut: cuts %+v", b.Cuts)
			}
			out, err := json.Marshal(b)
			if err != nil {
				t.Fatal(err)
			}
			// Three reports of a few kilobytes and one cut to the limits.
			if len(out) > 4<<20 {
				t.Errorf("briefing of %d bytes, want at most 4 MiB", len(out))
			}
		})
	}
}

// TestWriteHostile writes each hostile report beside three good seeds into
// a folder per report under the directory CROSSCHECK_HOSTILE names, so
// that crosscheck brief can be run and measured on them.
func TestWriteHostile(t *testing.T) {
	dir := os.Getenv("CROSSCHECK_HOSTILE")
	if dir == "" {
		t.Skip("CROSSCHECK_HOSTILE not set: no hostile inputs to write")
	}
	docs := testcorpus.SeedDocuments(t)
	for _, h := range testcorpus.Hostile() {
		sub := filepath.Join(dir, h.Name)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, d := range docs[:3] {
			if err := os.WriteFile(filepath.Join(sub, filepath.Base(d.Source)), []byte(d.Body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, "hostile.txt"), []byte(h.Text(h.Units)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkHostile briefs each hostile report of issue 12 beside three
// good ones, at a tenth of its size and whole, to show that its cost stops
// growing once the limits cut it.
func BenchmarkHostile(b *testing.B) {
	good, _ := seeds(b)
	good = good[:3]
	for _, h := range testcorpus.Hostile() {
		for _, n := range []int{h.Units / 10, h.Units} {
			bad := crosscheck.Article{ID: "hostile", Text: h.Text(n)}
			arts := append(append([]crosscheck.Article(nil), good...), bad)
			b.Run(fmt.Sprintf("%s/%d", h.Name, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := Story(context.Background(), crosscheck.Story{ID: "h"}, arts); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
