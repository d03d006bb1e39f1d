package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPatternsOneReading checks that the one reading finds what the five
// detectors find each on its own.
func TestPatternsOneReading(t *testing.T) {
	arts := articles(
		"The arena would rise on a 22-acre site north of downtown. Rep. Delphine Marchbanks, D-Ore., backed it. Tolliver, a town of about 2,300 in Logan County, was hit. Solberg, who ran Oklahoma's emergency management agency, spoke. A federal judge in Fresno on Monday blocked the rule.",
		"The arena would rise on a 22-acre parcel south of downtown. Rep. Delphine Marchbanks, a Washington Democrat, backed it. Tolliver, a town of about 2,300 residents in Yell County, was hit. Solberg, who led Kansas's emergency management agency, spoke. A federal judge in Sacramento on Monday blocked the rule.",
	)
	want := append(append(append(append(sideDiscrepancies(arts, nil), ownerDiscrepancies(arts, nil)...),
		affiliationDiscrepancies(arts, nil)...), countyDiscrepancies(arts, nil)...), swapDiscrepancies(arts, nil)...)
	if len(want) != 5 {
		t.Fatalf("the five detectors found %d discrepancies, want 5: %v", len(want), want)
	}
	if diff := cmp.Diff(briefs(want), briefs(patternDiscrepancies(arts, nil))); diff != "" {
		t.Errorf("patternDiscrepancies mismatch (-want +got):\n%s", diff)
	}
}
