package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindLabels(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "a flight numbered two ways",
			texts: []string{
				"Flight 1482, an Airbus A321 carrying 162 passengers, landed safely in Kansas City.",
				"Flight 1428 landed safely with about 170 people on board.",
				"The crew of Flight 1482 declared an emergency before it landed.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "Flight 1428", Articles: []string{"b"}},
				{Text: "Flight 1482", Articles: []string{"a", "c"}},
			}}},
		},
		{
			name: "an article that gives two numbers",
			texts: []string{
				"The storm made landfall as a Category 3 storm and weakened to Category 1 by noon.",
				"The storm made landfall as a Category 2 storm.",
			},
		},
		{
			name: "counters of time, versions and teams",
			texts: []string{
				"He was hurt in Week 3 and played in Internet Explorer 6 ads; the Colts 27 - yard line.",
				"He was hurt in Week 11 and played in Internet Explorer 7 ads; the Colts 16 - yard line.",
				"He was hurt in Week 15 and played in Internet Explorer 8 ads.",
			},
		},
		{
			name: "numbers in sentences with nothing in common",
			texts: []string{
				"Voters approved Proposition 22 last fall.",
				"Residents queued at Gate 4 of the stadium.",
				"Proposition 23 failed at the stadium gates.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(labelDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("labelDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
