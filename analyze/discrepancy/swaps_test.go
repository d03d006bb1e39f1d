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
