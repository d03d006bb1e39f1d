package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindDeniedPredicates(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string // the affirmation, then the denial
		// affirming are the articles cited for the first affirmation,
		// when the test checks them.
		affirming []string
	}{
		{
			name: "a thing named in other words, its verb denied",
			texts: []string{
				"The deal includes a player option for the fifth season, which would allow him to become a free agent.",
				"The contract does not include a player option, meaning he is locked in through the 2027 season.",
			},
			want: [][]string{{
				"The deal includes a player option for the fifth season, which would allow him to become a free agent.",
				"The contract does not include a player option, meaning he is locked in through the 2027 season.",
			}},
		},
		{
			name: "a phrasal verb and a thing of one word",
			texts: []string{
				"NorthStar said it had ruled out a cyberattack.",
				"The exchange said it had not ruled out a cyberattack and was working with federal investigators to determine the cause.",
			},
			want: [][]string{{
				"NorthStar said it had ruled out a cyberattack.",
				"The exchange said it had not ruled out a cyberattack and was working with federal investigators to determine the cause.",
			}},
		},
		{
			name: "a phrasal verb's particle is no word of the thing",
			texts: []string{
				"Whitlatch pushed back on Democratic claims that he wants to sell off public property.",
				"Whitlatch tried to convince senators that he won't sell off America's public lands.",
			},
		},
		{
			name: "a verb of three letters, and a year in its object",
			texts: []string{
				"Councillor Amara Osei has led the 2019 inquiry into the housing fund since its first hearing.",
				"Osei has not led the 2019 inquiry, the council's clerk said.",
			},
			want: [][]string{{
				"Councillor Amara Osei has led the 2019 inquiry into the housing fund since its first hearing.",
				"Osei has not led the 2019 inquiry, the council's clerk said.",
			}},
		},
		{
			name: "a verb in -ing denied after a form of be",
			texts: []string{
				"The analyst said the ministry is preparing new sanctions against the shipping firms.",
				"The ministry is not preparing new sanctions against the shipping firms, a spokesman said.",
			},
			want: [][]string{{
				"The analyst said the ministry is preparing new sanctions against the shipping firms.",
				"The ministry is not preparing new sanctions against the shipping firms, a spokesman said.",
			}},
		},
		{
			name: "a deed told with a modal, and denied with it",
			texts: []string{
				"Treasury officials warn that the measure would put American diplomats at legal risk abroad.",
				"The senator argued that the measure would not put American diplomats at legal risk.",
			},
			want: [][]string{{
				"Treasury officials warn that the measure would put American diplomats at legal risk abroad.",
				"The senator argued that the measure would not put American diplomats at legal risk.",
			}},
		},
		{
			name: "a modal denial answers no deed told without it",
			texts: []string{
				"The council raised property taxes on vacant lots last spring.",
				"The mayor said the plan would not raise property taxes on vacant lots.",
			},
		},
		{
			name: "none of a kind done, and some done",
			texts: []string{
				"Spokane Public Schools closed two elementary schools on Tuesday while nurses checked vaccination records.",
				"No schools have been closed, a district spokeswoman said on Tuesday.",
			},
			want: [][]string{{
				"Spokane Public Schools closed two elementary schools on Tuesday while nurses checked vaccination records.",
				"No schools have been closed, a district spokeswoman said on Tuesday.",
			}},
		},
		{
			name: "none of a kind to be done, and some to be",
			texts: []string{
				"The companies said they expect to sell or close about 40 stores where they overlap, mainly in Ohio.",
				"Harvest Lane said no stores would close as a result of the merger.",
			},
			want: [][]string{{
				"The companies said they expect to sell or close about 40 stores where they overlap, mainly in Ohio.",
				"Harvest Lane said no stores would close as a result of the merger.",
			}},
		},
		{
			name: "none of a kind done, and another kind done",
			texts: []string{
				"Spokane Public Schools closed two libraries on Tuesday while nurses checked vaccination records.",
				"No schools have been closed, a district spokeswoman said on Tuesday.",
			},
		},
		{
			name: "a thing named in part in other words",
			texts: []string{
				"The budget deal includes a modest tax increase on millionaires to pay for the child care credit.",
				"The budget deal does not include the tax increase on high earners that Democrats had sought.",
			},
			want: [][]string{{
				"The budget deal includes a modest tax increase on millionaires to pay for the child care credit.",
				"The budget deal does not include the tax increase on high earners that Democrats had sought.",
			}},
		},
		{
			name: "the object in common only in the time it is told of",
			texts: []string{
				"He rushed for 404 yards and scored three touchdowns on punt returns this season.",
				"He has not scored a rushing touchdown this season.",
			},
		},
		{
			name: "one denial answered by two sentences",
			texts: []string{
				"Aid groups said warplanes bombed a refugee camp in South Sudan's Unity state on Thursday.",
				"Witnesses said bombs fell near the camp. Warplanes also bombed a market in South Sudan's Unity state.",
				"An army spokesman said the air force had not bombed anywhere in South Sudan's Unity state.",
			},
			want: [][]string{{
				"Aid groups said warplanes bombed a refugee camp in South Sudan's Unity state on Thursday.",
				"An army spokesman said the air force had not bombed anywhere in South Sudan's Unity state.",
			}},
		},
		{
			name: "one word of the object in common",
			texts: []string{
				"The bill includes new funding for rural roads across the state.",
				"The bill does not include funding for school construction.",
			},
		},
		{
			name: "a passive of no and what it names",
			texts: []string{
				"The Meteorology Agency had issued a tsunami alert, but it was revoked within an hour.",
				"There were no immediate reports of damage and no tsunami alert was issued.",
				"No single suspect has been named, and police named no suspect on Monday.",
			},
			want: [][]string{{
				"The Meteorology Agency had issued a tsunami alert, but it was revoked within an hour.",
				"There were no immediate reports of damage and no tsunami alert was issued.",
			}},
		},
		{
			name: "the object's words in another order",
			texts: []string{
				"The court made clear that its ruling applies to pending cases.",
				"But the court said it does not apply to cases already pending in lower courts.",
			},
			want: [][]string{{
				"The court made clear that its ruling applies to pending cases.",
				"But the court said it does not apply to cases already pending in lower courts.",
			}},
		},
		{
			name: "one affirmation carried by two articles",
			texts: []string{
				"The deal includes a player option for the fifth season.",
				"The contract does not include a player option.",
				"The deal includes a player option for the fifth season.",
			},
			want: [][]string{{
				"The deal includes a player option for the fifth season.",
				"The contract does not include a player option.",
			}},
			affirming: []string{"a", "c"},
		},
		{
			name: "a quotation's words inside a denial",
			texts: []string{
				"\"We do not seek a wider conflict, but we will defend our people,\" he said.",
				"He said the United States does not \"seek a wider conflict.\"",
			},
		},
		{
			name: "a question, not a statement",
			texts: []string{
				"He will announce on Monday whether he plans to step down or will seek a second term.",
				"He is expected to announce that he will not seek a second term as chairman.",
			},
		},
		{
			name: "a denial of the affirmation",
			texts: []string{
				"The government denied any bombing in South Sudan.",
				"A spokesman said the army had not bombed anywhere in South Sudan territory.",
			},
		},
		{
			name: "a short verb in the passive against its denial",
			texts: []string{
				"Defensive coordinator Luis Ortega was named interim head coach on Monday.",
				"The school did not name an interim coach, saying a search would begin at once.",
			},
			want: [][]string{{
				"Defensive coordinator Luis Ortega was named interim head coach on Monday.",
				"The school did not name an interim coach, saying a search would begin at once.",
			}},
		},
		{
			name: "an act an article says is barred",
			texts: []string{
				"Medicare is barred by law from covering drugs prescribed only for weight loss.",
				"Medicare does not cover drugs prescribed only for weight loss.",
			},
		},
		{
			name: "an article that tells both",
			texts: []string{
				"The first draft did not include a sunset clause. The final bill includes a sunset clause.",
				"The bill includes a sunset clause for the new tax.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [][]string
			ds := predicateDiscrepancies(articles(tc.texts...), nil)
			for _, d := range ds {
				got = append(got, []string{d.Variants[0].Text, d.Variants[1].Text})
			}
			if tc.affirming != nil && len(ds) > 0 {
				if diff := cmp.Diff(tc.affirming, ds[0].Variants[0].Articles); diff != "" {
					t.Errorf("affirming articles (-want +got):\n%s", diff)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("predicateDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDeniedPredicatesCopies is a big story whose reports copy one
// affirmation and one denial: one discrepancy citing every article.
func TestDeniedPredicatesCopies(t *testing.T) {
	var texts []string
	for range 50 {
		texts = append(texts, "The deal includes a player option for the fifth season.", "The contract does not include a player option.")
	}
	ds := predicateDiscrepancies(articles(texts...), nil)
	if len(ds) != 1 {
		t.Fatalf("got %d discrepancies, want 1: %v", len(ds), ds)
	}
	if a, d := len(ds[0].Variants[0].Articles), len(ds[0].Variants[1].Articles); a != 50 || d != 50 {
		t.Errorf("cited %d affirming and %d denying articles, want 50 and 50", a, d)
	}
}

func TestEventStem(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"arrested", "arrest"}, {"arrests", "arrest"}, {"injuries", "injur"},
		{"named", "name"}, {"name", "name"}, {"fired", "fire"}, {"voted", "vote"},
		{"speed", "speed"}, {"speeds", "speed"}, {"freed", "freed"},
	} {
		if got := eventStem(tc.w); got != tc.want {
			t.Errorf("eventStem(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}
