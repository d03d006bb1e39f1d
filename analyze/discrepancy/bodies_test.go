package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindBodies(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "one committee named two ways",
			texts: []string{
				"The House Transportation and Infrastructure Committee questioned the FAA chief about controller shortages on Tuesday.",
				"On Tuesday the House Oversight Committee examined the FAA chief about controller shortages.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "House Oversight Committee", Articles: []string{"b"}},
				{Text: "House Transportation and Infrastructure Committee", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a university called a college",
			texts: []string{
				"A new Hollister University poll found the governor leading by six points among likely voters.",
				"The governor leads by six points among likely voters, according to a Hollister College poll.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Hollister College", Articles: []string{"b"}},
				{Text: "Hollister University", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one name in two typographies",
			texts: []string{
				"Marchbanks told the House Veterans' Affairs Committee that the backlog had grown.",
				"Marchbanks told the House Veterans’ Affairs Committee on Tuesday that the backlog had grown.",
			},
		},
		{
			name: "a school named two ways",
			texts: []string{
				"Health officials believe the virus then spread at Sawtooth View Elementary School, where several students were infected.",
				"Officials say the virus likely spread among students at Sawtooth View Middle School before anyone noticed.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Sawtooth View Elementary School", Articles: []string{"a"}},
				{Text: "Sawtooth View Middle School", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a body's name shortened",
			texts: []string{
				"The U.S. Chemical Safety and Hazard Investigation Board said it was sending a team to the plant after the explosion.",
				"The U.S. Chemical Safety Board said it would send investigators to the plant after the explosion.",
			},
		},
		{
			name: "an article that names both, and bodies of other kinds",
			texts: []string{
				"The Senate Finance Committee and the Senate Judiciary Committee met on the bill on Monday.",
				"The Senate Judiciary Committee met on the bill on Monday, as did the Senate Ethics Commission.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(bodyDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("bodyDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
