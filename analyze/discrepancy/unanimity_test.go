package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindUnanimity(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "unanimous and two to one",
			texts: []string{
				"The decision, by a unanimous three-judge panel of the Court of Appeals for the Ninth Circuit, upheld the injunction.",
				"In a 2-1 decision, a panel of the 9th Circuit Court of Appeals upheld the injunction.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("The decision, by a unanimous three-judge panel of the Court of Appeals for the Ninth Circuit, upheld the injunction.", "a"),
				cited("In a 2-1 decision, a panel of the 9th Circuit Court of Appeals upheld the injunction.", "b"),
			}}},
		},
		{
			name: "unanimous and approved by some of the body",
			texts: []string{
				"The appointment was unanimous, Information Minister Nadia Saab told reporters after the cabinet session.",
				"The former deputy governor was approved by 18 of the 24 ministers in a cabinet vote, local media reported.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("The appointment was unanimous, Information Minister Nadia Saab told reporters after the cabinet session.", "a"),
				cited("The former deputy governor was approved by 18 of the 24 ministers in a cabinet vote, local media reported.", "b"),
			}}},
		},
		{
			name: "unanimous and approved by all of the body",
			texts: []string{
				"The appointment was unanimous, Information Minister Nadia Saab told reporters after the cabinet session.",
				"The former deputy governor was approved by 24 of the 24 ministers in a cabinet vote, local media reported.",
			},
		},
		{
			name: "unanimous and divided",
			texts: []string{
				"A unanimous three-judge panel of the appeals court ruled that the agency exceeded its authority.",
				"A divided three-judge panel of the appeals court ruled that the agency overstepped.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("A unanimous three-judge panel of the appeals court ruled that the agency exceeded its authority.", "a"),
				cited("A divided three-judge panel of the appeals court ruled that the agency overstepped.", "b"),
			}}},
		},
		{
			name: "unanimous and a board that was split",
			texts: []string{
				"The decision was unanimous, Governor Elena Marsh told reporters in Quezon City.",
				"The board was split, with two of its seven members voting to hold rates, Governor Elena Marsh told reporters in Quezon City.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("The decision was unanimous, Governor Elena Marsh told reporters in Quezon City.", "a"),
				cited("The board was split, with two of its seven members voting to hold rates, Governor Elena Marsh told reporters in Quezon City.", "b"),
			}}},
		},
		{
			name: "unanimous and divided with an adverb",
			texts: []string{
				"In a unanimous decision, the court held that the map was lawful.",
				"In a sharply divided ruling, the court held that the map was lawful.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("In a unanimous decision, the court held that the map was lawful.", "a"),
				cited("In a sharply divided ruling, the court held that the map was lawful.", "b"),
			}}},
		},
		{
			name: "one body's vote told as unanimous and by a split tally, with few words alike",
			texts: []string{
				"The school board voted unanimously after a debate that lasted more than two hours.",
				"The board approved the increase 6 to 3.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("The school board voted unanimously after a debate that lasted more than two hours.", "a"),
				cited("The board approved the increase 6 to 3.", "b"),
			}}},
		},
		{
			name: "unanimous against a count of directors who voted against",
			texts: []string{
				"The boards of both companies approved the deal unanimously, the companies said.",
				"Two of the company's nine directors voted against the sale, according to a regulatory filing.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("The boards of both companies approved the deal unanimously, the companies said.", "a"),
				cited("Two of the company's nine directors voted against the sale, according to a regulatory filing.", "b"),
			}}},
		},
		{
			name: "unanimous, and a vote against with no count",
			texts: []string{
				"The boards of both companies approved the deal unanimously, the companies said.",
				"Shareholders of the company voted against a similar sale in 2019.",
			},
		},
		{
			name: "two bodies' votes, nothing said alike",
			texts: []string{
				"The city council voted unanimously on Tuesday to rename the park.",
				"The board approved the increase 6 to 3.",
			},
		},
		{
			name: "unanimous against not unanimous, the copies cited together",
			texts: []string{
				"The decision was unanimous, the bank said in a statement.",
				"The decision was unanimous, the bank said in a statement.",
				"The decision wasn't unanimous.",
			},
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("The decision was unanimous, the bank said in a statement.", "a", "b"),
				cited("The decision wasn't unanimous.", "c"),
			}}},
		},
		{
			name: "not unanimous in both",
			texts: []string{
				"The panel's choice was not unanimous, its chair told reporters.",
				"The choice was not a unanimous one, the panel's chair said.",
			},
		},
		{
			name: "a unanimous vote told by its tally, and another vote",
			texts: []string{
				"The Senate unanimously approved the resolution on Tuesday.",
				"The Senate approved the resolution 98-0 on Tuesday. The House passed its version 221-207.",
				"The committee voted unanimously to advance the nomination; the full Senate later confirmed her 52-48.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(unanimityDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("unanimityDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
