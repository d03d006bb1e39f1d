package outlets

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestReports(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "a1", Outlet: "Daily Bugle"},
		{ID: "a2", Outlet: "Daily Bugle"},
		{ID: "b", Outlet: "Evening Post"},
		{ID: "c", Outlet: "East Side News"},
		{ID: "d"},
	}
	facts := []crosscheck.Fact{
		{Articles: []string{"a1", "b", "c", "d"}},    // 0: everyone
		{Articles: []string{"a1", "b", "c"}},         // 1: all but d
		{Articles: []string{"a1", "a2"}},             // 2: Daily Bugle alone, in two articles
		{Articles: []string{"d"}},                    // 3: d alone
		{Articles: []string{"b", "c"}},               // 4: two of four
		{Articles: []string{"b", "unknown-article"}}, // 5: Evening Post alone
	}
	want := []crosscheck.OutletReport{
		{Outlet: "Daily Bugle", Facts: []int{2}, Missing: []int{4}},
		{Outlet: "East Side News", Facts: []int{}, Missing: []int{}},
		{Outlet: "Evening Post", Facts: []int{5}, Missing: []int{}},
		{Outlet: "d", Facts: []int{3}, Missing: []int{1, 4}},
	}
	if diff := cmp.Diff(want, Reports(arts, facts)); diff != "" {
		t.Errorf("Reports mismatch (-want +got):\n%s", diff)
	}
}

func TestReportsSingleOutlet(t *testing.T) {
	arts := []crosscheck.Article{{ID: "a", Outlet: "Daily Bugle"}}
	facts := []crosscheck.Fact{{Articles: []string{"a"}}}
	want := []crosscheck.OutletReport{{Outlet: "Daily Bugle", Facts: []int{0}, Missing: []int{}}}
	if diff := cmp.Diff(want, Reports(arts, facts)); diff != "" {
		t.Errorf("Reports mismatch (-want +got):\n%s", diff)
	}
	if got := Reports(nil, nil); len(got) != 0 {
		t.Errorf("Reports(nil) = %v, want none", got)
	}
}

func TestReportsParaphrases(t *testing.T) {
	// Facts left the two wordings of the closure apart; neither outlet
	// alone reported it, and the third did not leave it out.
	arts := []crosscheck.Article{
		{ID: "a", Outlet: "Daily Bugle", Text: "The northern rail line will close for six months of repairs starting in May, the transport minister said.\n\nTicket prices will rise in June."},
		{ID: "b", Outlet: "Evening Post", Text: "Starting in May, repairs will close the northern rail line for six months.\n\nThe mayor welcomed the plan."},
		{ID: "c", Outlet: "East Side News", Text: "The transport minister announced six months of repairs that will close the northern rail line from May.\n\nThe mayor welcomed the plan."},
	}
	facts := []crosscheck.Fact{
		{Text: "The northern rail line will close for six months of repairs starting in May, the transport minister said.", Articles: []string{"a"}},
		{Text: "Ticket prices will rise in June.", Articles: []string{"a"}},
		{Text: "The mayor welcomed the plan.", Articles: []string{"b", "c"}},
	}
	want := []crosscheck.OutletReport{
		{Outlet: "Daily Bugle", Facts: []int{1}, Missing: []int{2}},
		{Outlet: "East Side News", Facts: []int{}, Missing: []int{}},
		{Outlet: "Evening Post", Facts: []int{}, Missing: []int{}},
	}
	if diff := cmp.Diff(want, Reports(arts, facts)); diff != "" {
		t.Errorf("Reports mismatch (-want +got):\n%s", diff)
	}
}
