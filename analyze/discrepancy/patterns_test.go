package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPatternsOneReading checks that the one reading finds what the four
// detectors find each on its own.
func TestPatternsOneReading(t *testing.T) {
	arts := articles(
		"The arena would rise on a 22-acre site north of downtown. Rep. Delphine Marchbanks, D-Ore., backed it. Tolliver, a town of about 2,300 in Logan County, was hit. Solberg, who ran Oklahoma's emergency management agency, spoke.",
		"The arena would rise on a 22-acre parcel south of downtown. Rep. Delphine Marchbanks, a Washington Democrat, backed it. Tolliver, a town of about 2,300 residents in Yell County, was hit. Solberg, who led Kansas's emergency management agency, spoke.",
	)
	want := append(append(append(sideDiscrepancies(arts, nil), ownerDiscrepancies(arts, nil)...),
		affiliationDiscrepancies(arts, nil)...), countyDiscrepancies(arts, nil)...)
	if len(want) != 4 {
		t.Fatalf("the four detectors found %d discrepancies, want 4: %v", len(want), want)
	}
	if diff := cmp.Diff(briefs(want), briefs(patternDiscrepancies(arts, nil))); diff != "" {
		t.Errorf("patternDiscrepancies mismatch (-want +got):\n%s", diff)
	}
}
