package discrepancy

import (
	"testing"
)

// TestBasedDiscrepancies checks that a body two reports base in two
// places is reported, and that a region holding the other's town, a
// place both reports name, or one report are not.
func TestBasedDiscrepancies(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"a body before, one after", "Halvorsen, a Minneapolis-based company that also makes cereals, will pay $38 a share.",
			"Milwaukee-based Halvorsen Foods said Monday it will acquire Brightwater Snacks.", true},
		{"based in, set off by commas", "Brightwater, based in Portland, was founded in 2009.", "Brightwater, based in Seattle, was founded in 2009.", true},
		{"a country and a town", "Halvorsen, a U.S.-based company, will pay $38 a share.", "Milwaukee-based Halvorsen Foods said Monday it will buy Brightwater.", false},
		{"a state and a town", "Halvorsen, a Wisconsin-based company, will pay $38 a share.", "Milwaukee-based Halvorsen Foods said Monday it will buy Brightwater.", false},
		{"the other place named", "Halvorsen, a Minneapolis-based company with a plant in Milwaukee, will pay $38 a share.",
			"Milwaukee-based Halvorsen Foods said Monday it will acquire Brightwater Snacks.", false},
		{"two bodies", "Halvorsen, a Minneapolis-based company, will pay $38 a share.", "Milwaukee-based Brightwater Snacks agreed to the sale.", false},
		{"one place", "Halvorsen, a Minneapolis-based company, will pay $38 a share.", "Minneapolis-based Halvorsen Foods said Monday it will buy Brightwater.", false},
		{"no body named", "The Minneapolis-based company will pay $38 a share.", "The Milwaukee-based company said Monday it will buy Brightwater.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := len(basedDiscrepancies(articles(tc.a, tc.b), nil)) > 0
			if got != tc.want {
				t.Errorf("reported %v, want %v (places %+v, %+v)", got, tc.want, basedPlaces(tc.a), basedPlaces(tc.b))
			}
		})
	}
}
