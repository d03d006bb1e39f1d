package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindOwners(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "one agency of two states",
			texts: []string{
				"The nominee, Dana Solberg, who ran Oklahoma’s emergency management agency for seven years, faced questions from senators.",
				"Solberg, who previously led Kansas's emergency management agency, faced sharp questions from senators on Tuesday.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Kansas", Articles: []string{"b"}},
				{Text: "Oklahoma", Articles: []string{"a"}},
			}}},
		},
		{
			name: "two states' agencies in one article, and another's",
			texts: []string{
				"Oklahoma's emergency management agency and Kansas's emergency management agency sent crews.",
				"Texas's emergency management agency sent crews on Tuesday.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(ownerDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ownerDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
