package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindAffiliations(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "one lawmaker of two states, in three styles",
			texts: []string{
				"The bill's sponsor, Representative Delphine Marchbanks, Democrat of Oregon, said it would pass.",
				"Rep. Delphine Marchbanks, D-Ore., said the bill would pass.",
				"Rep. Delphine Marchbanks, a Washington Democrat, said the bill would pass.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Democrat of Oregon", Articles: []string{"a", "b"}},
				{Text: "Washington Democrat", Articles: []string{"c"}},
			}}},
		},
		{
			name: "a state in a label and a city, and two lawmakers of one surname",
			texts: []string{
				"Sen. Ana Ruiz (R-Texas) and Sen. Tom Udall (D-N.M.) voted no.",
				"Ruiz, a Houston Republican, voted no, as did Sen. Mark Udall (D-Colo.), the sponsor.",
				"Sen. Ana Ruiz, R-Texas, voted no.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(affiliationDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("affiliationDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
