package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindSides(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "a site on two sides of downtown",
			texts: []string{
				"The team plans to build the arena on a 22-acre site north of downtown, near the river.",
				"The arena would rise on a 22-acre parcel south of downtown, officials said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "north", Articles: []string{"a"}},
				{Text: "south", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a train heading two ways",
			texts: []string{
				"LITTLE ASSINGTON, England — An eastbound freight train carrying crushed stone derailed before dawn on Tuesday near this village.",
				"A westbound freight train hauling crushed stone jumped the tracks early Tuesday in the county of Suffolk.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "eastbound", Articles: []string{"a"}},
				{Text: "westbound", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a road's lanes and side heading two ways",
			texts: []string{
				"The bus, operated by Keystone Coachlines, was traveling in the southbound lanes near Carlisle at about 5:40 a.m. when it drifted onto the shoulder.",
				"The bus was carrying 52 passengers to a casino when it crashed around 5:40 a.m. on the northbound side of Interstate 81 near Carlisle.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "northbound", Articles: []string{"b"}},
				{Text: "southbound", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a side of town told two ways",
			texts: []string{
				"All four victims lived in a mobile home park on the town’s east side, the sheriff said.",
				"The four victims died in a mobile home park on the west side of town, the sheriff said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "east", Articles: []string{"a"}},
				{Text: "west", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two things on two sides of one border",
			texts: []string{
				"The violence in and near the Yida refugee camp, located 10 miles south of the border, came after bombings.",
				"Yida is a camp of refugees from South Kordofan, a state north of the border where rebels have fought since June.",
			},
		},
		{
			name: "two things on two sides, and an article that gives both",
			texts: []string{
				"The new school opened north of downtown on Monday.",
				"The old stadium stands south of downtown, fans said.",
				"Crews worked north of downtown and south of downtown on the arena.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(sideDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("sideDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
