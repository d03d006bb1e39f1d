package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindStreets(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "one site on two streets",
			texts: []string{
				"The council approved the purchase of the 175-room Sage Lodge on East Colfax Avenue for $14.5 million.",
				"The city will pay $14.5 million for the 175-room Sage Lodge on West Colfax Avenue, which has sat empty.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "East Colfax Avenue", Articles: []string{"a"}},
				{Text: "West Colfax Avenue", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a site told with what it is, along a street",
			texts: []string{
				"The project would replace the former Cholla Vista shopping center on East Broadway Boulevard with 1,200 apartments.",
				"The vote clears the way for 1,200 homes on the site of the old Cholla Vista shopping center along East Speedway Boulevard.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "East Broadway Boulevard", Articles: []string{"a"}},
				{Text: "East Speedway Boulevard", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a site on a corner, each article naming one street first",
			texts: []string{
				"The Sage Lodge on Colfax Avenue will become housing; its entrance faces Gaylord Street.",
				"The Sage Lodge on Gaylord Street will become housing, just off Colfax Avenue.",
			},
		},
		{
			name: "two sites on two streets",
			texts: []string{
				"The Sage Lodge on Colfax Avenue will become housing.",
				"The Pine Motel on Federal Boulevard will become housing.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			var ss [][]siteStreet
			for i := range arts {
				ss = append(ss, streetsOf(sentencesOf(nil, &arts[i])))
			}
			keys, byKey := toldFrom(arts, func(i int) []siteStreet { return ss[i] }, streetParts)
			got := briefs(streets(arts, keys, byKey))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("streets mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
