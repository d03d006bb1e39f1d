package facts_test

import (
	"fmt"

	"crosscheck"
	"crosscheck/analyze/facts"
	"crosscheck/analyze/provenance"
)

func ExampleAlign() {
	arts := []crosscheck.Article{
		{ID: "a", Outlet: "Daily Bugle", Text: "The river bridge closed on Tuesday for urgent repairs."},
		{ID: "b", Outlet: "Evening Post", Text: "Engineers shut the river bridge on Tuesday to carry out urgent repairs."},
		{ID: "c", Outlet: "Morning Star", Text: "The river bridge closed on Tuesday for urgent repairs, the Daily Bugle reported."},
	}
	for _, f := range facts.Align(arts, provenance.Analyze(arts)) {
		fmt.Printf("%v %d independent\n", f.Articles, f.Independent)
	}
	// Output:
	// [a b c] 2 independent
}
