package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindKindedNames(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "a school and a street, one word told two ways",
			texts: []string{
				"Linden Elementary and Cedar Hollow Elementary will shut in June. A man was shot outside a store on Ridgeway Avenue.",
				"The board voted 4-3 to close Linden Elementary and Cedar Hills Elementary when the school year ends.",
				"A man was shot Saturday in a store parking lot on Ridgeview Avenue.",
			},
			want: [][]string{
				{"Cedar Hills Elementary", "Cedar Hollow Elementary"},
				{"Ridgeview Avenue", "Ridgeway Avenue"},
			},
		},
		{
			name: "a stadium's name, the same words after it",
			texts: []string{
				"The final was played at Unity Stadium in Kumasi before a crowd of 40,000.",
				"The final was played at Independence Stadium in Kumasi on Sunday.",
				"Fans gathered outside Grand Arena on Saturday. The team trained at Victory Park before the game.",
				"Fans gathered outside Liberty Arena in the rain. The team trained at Riverside Park.",
			},
			want: [][]string{{"Independence Stadium", "Unity Stadium"}},
		},
		{
			name: "a court named for its town",
			texts: []string{
				"Connor Healey was found guilty at Leeds Crown Court of the murder of Amir Haddad.",
				"Connor Healey, 29, was found guilty by a jury at Sheffield Crown Court of killing Amir Haddad.",
			},
			want: [][]string{{"Leeds Crown Court", "Sheffield Crown Court"}},
		},
		{
			name: "a court named for its county",
			texts: []string{
				"The lawsuit, filed in Maricopa County Superior Court by the attorney general, contends that the company shared data.",
				"The suit, filed in Pima County Superior Court, accuses the company of sharing data.",
			},
			want: [][]string{{"Maricopa County Superior Court", "Pima County Superior Court"}},
		},
		{
			name: "an airport named for a town of several words",
			texts: []string{
				"Flight 1187 diverted to Denver International Airport after the crew shut down the left engine, the airline said.",
				"Flight 1187 landed safely at Salt Lake City International Airport after pilots shut down the plane's left engine.",
			},
			want: [][]string{{"Denver International Airport", "Salt Lake City International Airport"}},
		},
		{
			name: "airports of a trip",
			texts: []string{
				"The flight left Denver International Airport shortly after 9 a.m.",
				"Passengers were met by relatives at Salt Lake City International Airport.",
			},
		},
		{
			name: "the county where a tornado struck",
			texts: []string{
				"The tornado struck in Lyon County late Sunday, destroying homes near the town.",
				"The tornado carved a path through Chase County, destroying homes on Sunday.",
			},
			want: [][]string{{"Chase County", "Lyon County"}},
		},
		{
			name: "a street told two ways in sentences that say the same of it",
			texts: []string{
				"The five-story apartment building on Walton Avenue partly collapsed early Tuesday, officials said.",
				"A five-story apartment building on Morris Avenue in the Bronx partly collapsed early Tuesday.",
			},
			want: [][]string{{"Morris Avenue", "Walton Avenue"}},
		},
		{
			name: "streets in sentences that tell other things",
			texts: []string{
				"The five-story apartment building on Walton Avenue partly collapsed early Tuesday.",
				"Residents were taken to a shelter on Morris Avenue.",
			},
		},
		{
			name: "counties as bodies' names",
			texts: []string{
				"The Sacramento County Sheriff's Office said a package was found at the mail facility.",
				"The Dade County Police Department said a package was found at the mail facility.",
			},
		},
		{
			name: "counties as things done to",
			texts: []string{
				"The plan split Hamilton County into three districts.",
				"The plan divided Franklin County into four districts.",
			},
		},
		{
			name: "a county's court",
			texts: []string{
				"A judge in Philadelphia County's Court of Common Pleas ruled on the ballots.",
				"A judge in Wayne County ruled on the ballots.",
			},
		},
		{
			name: "counties in sentences that tell other things",
			texts: []string{
				"The tornado struck in Lyon County late Sunday.",
				"Volunteers in Chase County collected donations for the shelter.",
			},
		},
		{
			name: "two streets, two schools, and a report that names both forms",
			texts: []string{
				"The parade ran down Main Street. Students from Lincoln Elementary sang. Buses left from Cedar Hollow Elementary.",
				"The parade ran down Oak Street. Students from Lakeview Elementary sang. Buses left Cedar Hills Elementary and Cedar Hollow Elementary.",
				"Buses left from Cedar Hills Elementary.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := variantTexts(kindedDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("kindedDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
