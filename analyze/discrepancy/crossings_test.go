package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindCrossings(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "some members of a party joined the other side, and none did",
			texts: []string{
				"The measure passed 71-24, with 12 Democrats joining most Republicans in support.",
				"The bill passed without a single Democratic vote, as Democrats sided with school districts.",
				"Republicans were joined by 12 Democrats, mostly from suburban districts.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				{Text: "with 12 Democrats", Articles: []string{"a", "c"}},
				{Text: "without a single Democratic", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a count told before a list of names, and a denial",
			texts: []string{
				"Two Democrats, Sens. Carla Mendes of Nevada and Peter Lundgren of Montana, joined most Republicans in supporting him.",
				"No Democrats voted for Osei, and the vote broke along party lines.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				{Text: "Two Democrats", Articles: []string{"a"}},
				{Text: "No Democrats", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two parties, each told one way",
			texts: []string{
				"Two Republicans joined Democrats in voting for the bill.",
				"No Democrats voted against the bill.",
			},
		},
		{
			name: "a denial of a member noun and a vote",
			texts: []string{
				"Three Republicans joined Democrats to pass the bill.",
				"Not a single Republican senator voted for the bill.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				{Text: "Three Republicans", Articles: []string{"a"}},
				{Text: "Not a single Republican", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a denial told with a participle",
			texts: []string{
				"Two Democrats joined Republicans in supporting the nominee.",
				"The vote was 52-46, with no Democrats supporting the nomination.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				{Text: "Two Democrats", Articles: []string{"a"}},
				{Text: "no Democrats", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a denial of a member noun without a vote",
			texts: []string{
				"Three Republicans joined Democrats to pass the bill.",
				"No Republican senator attended the signing.",
			},
		},
		{
			name: "members of a committee, not of a vote",
			texts: []string{
				"The panel's two Democrats asked for a delay.",
				"No Democrats voted for the nominee.",
			},
		},
		{
			name: "one article telling two votes",
			texts: []string{
				"In committee, two Democrats joined Republicans; on the floor no Democrats voted for it.",
				"Two Democrats joined Republicans in committee.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(crossingDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("crossingDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
