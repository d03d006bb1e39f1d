package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindSwaps(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "a judge placed in two cities",
			texts: []string{
				"A federal judge in Fresno, Calif., on Monday blocked the rule from taking effect.",
				"A federal judge in Sacramento on Monday blocked the rule, siding with the states.",
				"A federal judge in Fresno, Calif., on Monday blocked the new rule.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Fresno", Articles: []string{"a", "c"}},
				{Text: "Sacramento", Articles: []string{"b"}},
			}}},
		},
		{
			name: "an article that names both places, and sentences that part",
			texts: []string{
				"A federal judge in Fresno on Monday blocked the rule; a court in Sacramento had upheld it.",
				"A federal judge in Sacramento on Monday blocked the rule.",
				"Protesters marched in Denver on Saturday.",
				"Protesters marched in Boulder after a rally on Saturday.",
			},
		},
		{
			name: "a place swapped inside sentences that open apart",
			texts: []string{
				"It demands that both sides allow aid convoys to move freely through the Adre border crossing from Chad.",
				"It calls for aid convoys to move freely through the Tine border crossing from Chad, aid workers said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Adre", Articles: []string{"a"}},
				{Text: "Tine", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one place named two ways, and titles, where a place may stand",
			texts: []string{
				"Moore, a former deputy ambassador to the United Nations, launched a bid for the Senate.",
				"Moore, a former deputy ambassador to the U.N., launched a bid for the Senate.",
				"The suspect was handed over to the FBI field office in Denver.",
				"The suspect was handed over to the F.B.I. field office in Denver.",
				"The gold boxes were taken from a museum in Gothenburg on Sunday night.",
				"The gold boxes were taken from a museum in Göteborg on Sunday night.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(swapDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("swapDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
