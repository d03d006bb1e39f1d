package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindParties(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "a party after the name",
			texts: []string{
				"“We cannot keep saying no to housing,” said Councilwoman Teresa Albright, a Democrat, who represents the ward.",
				"Councilwoman Teresa Albright, a Republican, was one of two members who backed the plan.",
			},
			want: [][]string{{"Councilwoman Teresa Albright, a Democrat", "Councilwoman Teresa Albright, a Republican"}},
		},
		{
			name: "a party's letter",
			texts: []string{
				"Sen. Ana Ruiz (R-Texas) opposed the bill.",
				"The bill was opposed by Sen. Ana Ruiz (D-Texas) and two others.",
			},
			want: [][]string{{"Sen. Ana Ruiz (D-Texas)", "Sen. Ana Ruiz (R-Texas)"}},
		},
		{
			name: "a party before the title",
			texts: []string{
				"Republican Gov. Dale Ostrander signed the bill on Friday.",
				"Democratic Gov. Dale Ostrander signed the bill on Friday.",
			},
			want: [][]string{{"Democratic Gov. Dale Ostrander", "Republican Gov. Dale Ostrander"}},
		},
		{
			name: "two parties' names, a party left, two people of one surname",
			texts: []string{
				"The Republican Party won the seat. John Smith, a former Republican, now sits as an independent. Rep. Mark Udall, D-Colo., spoke.",
				"The Democratic Party lost the seat. John Smith, a Democrat, spoke. Rep. Tom Udall, R-N.M., spoke.",
			},
		},
		{
			name: "British parties, before the name, after it and as its owner",
			texts: []string{
				"The Liberal Democrat candidate, Fiona Adair, won the seat.",
				"Conservative candidate Fiona Adair won the seat.",
				"The Liberal Democrats' Fiona Adair won the seat by 4,812 votes.",
			},
			want: [][]string{{"Conservative candidate Fiona Adair", "Liberal Democrat candidate, Fiona Adair"}},
		},
		{
			name: "a party as the owner of a name",
			texts: []string{
				"The Liberal Democrats' Fiona Adair won the seat by 4,812 votes.",
				"Conservative candidate Fiona Adair won the seat.",
			},
			want: [][]string{{"Conservative candidate Fiona Adair", "Liberal Democrats' Fiona Adair"}},
		},
		{
			name: "Liberal Democrat after the name is one party",
			texts: []string{
				"Martin Oyelaran, the Liberal Democrat, conceded.",
				"Liberal Democrat Martin Oyelaran conceded.",
			},
		},
		{
			name: "the parties' committees, a state of one party",
			texts: []string{
				"The Republican National Committee paid for the ads. Republican Ohio went for him twice.",
				"The Democratic National Committee paid for the ads. Democratic Ohio went for him twice.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := variantTexts(patternDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("patternDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
