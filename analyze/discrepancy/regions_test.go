package discrepancy

import "testing"

// TestRegionDiscrepancies checks that two reports that each place the
// story in one region of a kind, a different one, are reported, and that
// a story of several regions, a possessive or an adjective are not.
func TestRegionDiscrepancies(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"one region each", "The bus went off the highway near La Oroya, in the Junín region, at around 3 a.m.",
			"The bus crashed around 3 a.m. in the Huancavelica region, according to police.", true},
		{"one report names both", "The bus went off the highway in the Junín region, near the border with Huancavelica.",
			"The bus crashed around 3 a.m. in the Huancavelica region, according to police.", false},
		{"one report names two regions", "Floods hit the Junín region and the Pasco region on Monday.",
			"Floods hit the Huancavelica region on Monday, officials said.", false},
		{"two kinds", "The bus crashed in the Junín region on Monday.", "The bus crashed in Huancavelica province on Monday.", false},
		{"a possessive", "Voters in McCarthy's district backed him.", "Voters in the Bakersfield district backed him.", false},
		{"an adjective of a larger place", "The fire burned in the Andalusian province for days.", "The fire burned in Huelva province for days.", false},
		{"one region", "The bus crashed in the Junín region on Monday.", "The bus crashed in the Junín region, police said.", false},
		{"one region with and without its accent", "The fire broke out in the Valparaíso region on Monday.", "The blaze broke out in the Valparaiso region on Monday.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(regionDiscrepancies(articles(tc.a, tc.b), nil)) > 0; got != tc.want {
				t.Errorf("reported %v, want %v", got, tc.want)
			}
		})
	}
}
