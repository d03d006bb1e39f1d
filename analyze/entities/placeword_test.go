package entities

import "testing"

func TestRegionKey(t *testing.T) {
	for name, want := range map[string]string{
		"Pa.":          "pennsylvania",
		"Pennsylvania": "pennsylvania",
		"Calif":        "california",
		"N.Y.":         "new_york",
		"New York":     "new_york",
		"W.Va.":        "west_virginia",
		"Sweden":       "sweden",
	} {
		if got := RegionKey(name); got != want {
			t.Errorf("RegionKey(%q) = %q, want %q", name, got, want)
		}
	}
}
