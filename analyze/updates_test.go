package analyze

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

// TestStoryUpdate is a wire story updated from "at least 12" to "at
// least 15" dead: the briefing shows the change as an update with both
// times, and its summary gives the latest toll.
func TestStoryUpdate(t *testing.T) {
	first := time.Date(2025, time.March, 5, 8, 0, 0, 0, time.UTC)
	later := first.Add(6 * time.Hour)
	body := func(toll string) string {
		return "RIVERSIDE (AP) — A fire at a furniture warehouse in Riverside killed " + toll + " on Tuesday, fire officials said.\n\n" +
			"Firefighters fought the blaze through the night before bringing it under control, officials said.\n\n" +
			"The cause of the fire at the warehouse on the edge of town was under investigation, the fire department said."
	}
	arts := []crosscheck.Article{
		{ID: "ap1", Outlet: "Associated Press", Published: crosscheck.Date{Time: first}, Text: body("at least 12 people")},
		{ID: "ap2", Outlet: "Associated Press", Published: crosscheck.Date{Time: later}, Text: body("at least 15 people")},
	}
	b := mustStory(t, context.Background(), crosscheck.Story{ID: "fire"}, arts)
	var got []crosscheck.Discrepancy
	for _, d := range b.Discrepancies {
		if d.Kind == crosscheck.FigureDiscrepancy {
			d.About = ""
			got = append(got, d)
		}
	}
	want := []crosscheck.Discrepancy{{
		Kind: crosscheck.FigureDiscrepancy,
		Variants: []crosscheck.Cited{
			{Text: "at least 12 people", Articles: []string{"ap1"}},
			{Text: "at least 15 people", Articles: []string{"ap2"}},
		},
		Update: true,
		Times:  []crosscheck.Date{{Time: first}, {Time: later}},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figure discrepancies mismatch (-want +got):\n%s", diff)
	}
	var summary []string
	for _, c := range b.Summary {
		summary = append(summary, c.Text)
	}
	s := strings.Join(summary, " ")
	if !strings.Contains(s, "at least 15 people") || strings.Contains(s, "at least 12 people") {
		t.Errorf("summary %q: want the latest toll, at least 15, and not the first", s)
	}
}
