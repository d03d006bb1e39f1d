package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"crosscheck"
)

// TestUpdateShown checks that an update reads as one in every format: its
// versions in time order, each with its time.
func TestUpdateShown(t *testing.T) {
	first := crosscheck.Date{Time: time.Date(2025, time.March, 5, 8, 0, 0, 0, time.UTC)}
	later := crosscheck.Date{Time: time.Date(2025, time.March, 5, 14, 0, 0, 0, time.UTC)}
	b := &crosscheck.Briefing{Stories: []crosscheck.StoryBriefing{{
		ID: "fire", Title: "Fire",
		Discrepancies: []crosscheck.Discrepancy{{
			Kind: crosscheck.FigureDiscrepancy, About: "the toll",
			Variants: []crosscheck.Cited{{Text: "at least 12 people", Articles: []string{"ap1"}}, {Text: "at least 15 people", Articles: []string{"ap2"}}},
			Update:   true, Times: []crosscheck.Date{first, later},
		}},
	}}}
	for name, write := range map[string]func(*bytes.Buffer) error{
		"markdown": func(w *bytes.Buffer) error { return Markdown(w, b) },
		"html":     func(w *bytes.Buffer) error { return HTML(w, b) },
		"json":     func(w *bytes.Buffer) error { return JSON(w, b) },
	} {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out := buf.String()
		i, j := strings.Index(out, "at least 12 people"), strings.Index(out, "at least 15 people")
		if i < 0 || j < i || !strings.Contains(out, first.String()) || !strings.Contains(out, later.String()) {
			t.Errorf("%s: got %q, want both versions in time order with their times", name, out)
		}
	}
}
