package outlets_test

import (
	"fmt"

	"crosscheck"
	"crosscheck/analyze/outlets"
)

func ExampleReports() {
	arts := []crosscheck.Article{
		{ID: "a", Outlet: "Daily Bugle"},
		{ID: "b", Outlet: "Evening Post"},
		{ID: "c", Outlet: "Morning Star"},
	}
	facts := []crosscheck.Fact{
		{Text: "The bridge closed.", Articles: []string{"a", "b", "c"}},
		{Text: "Repairs will take a month.", Articles: []string{"b", "c"}},
		{Text: "A cyclist was hurt.", Articles: []string{"a"}},
	}
	for _, r := range outlets.Reports(arts, facts) {
		fmt.Printf("%s: alone %v, left out %v\n", r.Outlet, r.Facts, r.Missing)
	}
	// Output:
	// Daily Bugle: alone [2], left out [1]
	// Evening Post: alone [], left out []
	// Morning Star: alone [], left out []
}
