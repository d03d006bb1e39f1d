package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindIntents(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "said she will, and has not said whether she will",
			texts: []string{
				"Gov. Lauren Whitcombe, a Democrat, has said she will sign the measure if it reaches her desk.",
				"Gov. Lauren Whitcombe, a Democrat, has not said publicly whether she will sign the bill.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Gov. Lauren Whitcombe, a Democrat, has said she will sign the measure if it reaches her desk.", "a"),
				cited("Gov. Lauren Whitcombe, a Democrat, has not said publicly whether she will sign the bill.", "b"),
			}}},
		},
		{
			name: "declined to discuss whether, and would not discuss whether",
			texts: []string{
				"Halvorsen said the museum's alarm system had been replaced in 2021 and declined to discuss whether alarms had sounded during the break-in.",
				"Halvorsen said its alarm system had been replaced in 2021, but she would not discuss whether alarms sounded during the break-in.",
			},
		},
		{
			name: "said she would, and ruled it out",
			texts: []string{
				"Gov. Ana Ruiz said she would call lawmakers back for a special session in May.",
				"Gov. Ana Ruiz ruled out calling a special session, saying the issue should wait until January.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Gov. Ana Ruiz said she would call lawmakers back for a special session in May.", "a"),
				cited("Gov. Ana Ruiz ruled out calling a special session, saying the issue should wait until January.", "b"),
			}}},
		},
		{
			name: "said she would, and declined to say on a day whether she would",
			texts: []string{
				"Mayor Janice Oyelaran said she would sign the ordinance this week.",
				"Mayor Janice Oyelaran declined to say Tuesday whether she would sign the ordinance.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Mayor Janice Oyelaran said she would sign the ordinance this week.", "a"),
				cited("Mayor Janice Oyelaran declined to say Tuesday whether she would sign the ordinance.", "b"),
			}}},
		},
		{
			name: "said she would, and she of the sentence before declined to say whether",
			texts: []string{
				"Mayor Janice Oyelaran said she would sign the ordinance this week.",
				"Oyelaran, a former nurse, took office in January. But she declined to say whether she would sign the ordinance, telling reporters she was still reading it.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Mayor Janice Oyelaran said she would sign the ordinance this week.", "a"),
				cited("But she declined to say whether she would sign the ordinance, telling reporters she was still reading it.", "b"),
			}}},
		},
		{
			name: "said she would, and her office said she has no plans to",
			texts: []string{
				"Gov. Dana Halvorsen said she would call lawmakers back for a special session in June.",
				"Halvorsen's office said she has no plans to call a special session this year.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Gov. Dana Halvorsen said she would call lawmakers back for a special session in June.", "a"),
				cited("Halvorsen's office said she has no plans to call a special session this year.", "b"),
			}}},
		},
		{
			name: "would tender his resignation, and had no intention of stepping down, of a name with particles",
			texts: []string{
				"Prime Minister Joris van der Meulen said he would tender his resignation to the king on Wednesday.",
				"Prime Minister Joris van der Meulen said Wednesday that he had no intention of stepping down.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Prime Minister Joris van der Meulen said he would tender his resignation to the king on Wednesday.", "a"),
				cited("Prime Minister Joris van der Meulen said Wednesday that he had no intention of stepping down.", "b"),
			}}},
		},
		{
			name: "declined to say whether he would, and said flatly he would not",
			texts: []string{
				"Michigan Republican Senate candidate Mark Tessaro declined on Monday night to say whether he would vote for a national abortion ban.",
				"But Tessaro said flatly that he would not vote for a national abortion ban.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Michigan Republican Senate candidate Mark Tessaro declined on Monday night to say whether he would vote for a national abortion ban.", "a"),
				cited("But Tessaro said flatly that he would not vote for a national abortion ban.", "b"),
			}}},
		},
		{
			name: "a plea to come and no plea entered yet",
			texts: []string{
				"Pelletier's attorney said her client would plead not guilty at his arraignment.",
				"Martin Pelletier appeared in court on Monday. He did not enter a plea.",
			},
		},
		{
			name: "one thing it will do set against another it will not",
			texts: []string{
				"Harvest Lane said it would close the Fort Wayne headquarters, eliminating roughly 640 corporate jobs.",
				"Harvest Lane plans to close the headquarters in Fort Wayne and eliminate 640 jobs, though it said it would not close any stores.",
			},
		},
		{
			name: "she of someone else the sentence before named",
			texts: []string{
				"Mayor Janice Oyelaran said she would sign the ordinance this week.",
				"Councilwoman Rita Hale, who wrote the measure, spoke first. But she declined to say whether she would sign the ordinance's companion petition.",
			},
		},
		{
			name: "a second verb of the subject, done and held back",
			texts: []string{
				"Tom Reyes, the developer who spent millions on his bid for mayor, ended his campaign on Monday and endorsed Ruth Alder, the council president.",
				"Reyes praised Ruth Alder as a capable leader but stopped short of endorsing any of his former rivals.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Tom Reyes, the developer who spent millions on his bid for mayor, ended his campaign on Monday and endorsed Ruth Alder, the council president.", "a"),
				cited("Reyes praised Ruth Alder as a capable leader but stopped short of endorsing any of his former rivals.", "b"),
			}}},
		},
		{
			name: "a plea entered and none entered",
			texts: []string{
				"Ohio state Rep. Dana Kessel, a Republican who chairs the budget committee, pleaded not guilty Friday to bribery charges.",
				"Kessel was released on bond after a brief appearance in federal court. She has not yet entered a plea.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Ohio state Rep. Dana Kessel, a Republican who chairs the budget committee, pleaded not guilty Friday to bribery charges.", "a"),
				cited("She has not yet entered a plea.", "b"),
			}}},
		},
		{
			name: "would and would not",
			texts: []string{
				"The White House said on Wednesday that the president would sign the bill.",
				"A spokeswoman said the president would not sign the bill in its current form.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("The White House said on Wednesday that the president would sign the bill.", "a"),
				cited("A spokeswoman said the president would not sign the bill in its current form.", "b"),
			}}},
		},
		{
			name: "a plea of not guilty, and one of guilty",
			texts: []string{
				"Ms. Pemberton pleaded not guilty at an arraignment in federal court in Tampa on Wednesday.",
				"Pemberton has agreed to plead guilty to one count of wire fraud.",
				"She pleaded guilty in 2019 to a lesser charge.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Pemberton has agreed to plead guilty to one count of wire fraud.", "b"),
				cited("Ms. Pemberton pleaded not guilty at an arraignment in federal court in Tampa on Wednesday.", "a"),
			}}},
		},
		{
			name: "no stores would close, against a plan to close some",
			texts: []string{
				"The companies said no stores would close as a result of the deal.",
				"The chains expect to close or sell about 40 overlapping stores.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("The chains expect to close or sell about 40 overlapping stores.", "b"),
				cited("The companies said no stores would close as a result of the deal.", "a"),
			}}},
		},
		{
			name: "will not close any stores, against a plan to close some",
			texts: []string{
				"Northway will not close any stores, its chief executive said.",
				"The combined company expects to close a small number of stores in markets where the two chains overlap.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("The combined company expects to close a small number of stores in markets where the two chains overlap.", "b"),
				cited("Northway will not close any stores, its chief executive said.", "a"),
			}}},
		},
		{
			name: "plans for other things, for one store, or for no further stores raise nothing",
			texts: []string{
				"No stores would close, the company said. The store on Main Street will close in March.",
				"The company plans to close two warehouses. No further stores will close this year.",
			},
		},
		{
			name: "an article that plans some and denies others contradicts no one",
			texts: []string{
				"No stores would close as a result of the deal.",
				"The chains plan to close about 40 overlapping stores, though no stores would close in the first year.",
			},
		},
		{
			name: "testified in a relative clause, against did not testify",
			texts: []string{
				"Asplund, who testified in his own defense on Monday, showed no emotion as the verdict was read.",
				"Asplund did not testify during the two-week trial.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Asplund, who testified in his own defense on Monday, showed no emotion as the verdict was read.", "a"),
				cited("Asplund did not testify during the two-week trial.", "b"),
			}}},
		},
		{
			name: "a relative clause of someone else raises nothing",
			texts: []string{
				"Karin Holm, who testified for the prosecution, left the courtroom.",
				"Asplund did not testify during the two-week trial.",
			},
		},
		{
			name: "two people's intentions, and a plain future",
			texts: []string{
				"Smith said she will sign the bill. The vote will take place on Friday.",
				"Jones has not said whether he will sign the bill. The vote will not take place before Friday.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			got := briefs(Find(arts, nil, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
