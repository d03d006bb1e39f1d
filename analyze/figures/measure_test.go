package figures

import (
	"testing"

	"crosscheck"
)

func TestMeasure(t *testing.T) {
	pub := crosscheck.Day(2025, 3, 14)
	tests := []struct {
		name     string
		sentence string
		want     []string // "figure: outcome counted", in order, for counts with a measure
	}{
		{"active verbs before the counts", "The blast killed seven miners and injured 42 others on Monday.",
			[]string{"seven miners: dead miners", "42 others: hurt people"}},
		{"bare counts and a toll", "The death toll from the blast rose to nine on Monday; 14 were injured and rescuers pulled out 12.",
			[]string{"nine: dead people", "14: hurt people"}},
		{"all of those the verb befell", "The missile brought down the jet, killing all 176 people on board.",
			[]string{"176 people: dead people"}},
		{"a toll road", "The toll road reached 14 lanes near Dallas.", nil},
		{"passive and intransitive verbs after", "Seven miners died and 24 others were hurt in the blast.",
			[]string{"Seven miners: dead miners", "24 others: hurt people"}},
		{"the outcome as the counted noun", "Seven people were killed and 42 injured in the blast.",
			[]string{"Seven people: dead people", "42 injured: hurt people"}},
		{"a relative clause", "The 12 people who died were all from the village.",
			[]string{"12 people: dead people"}},
		{"outcome nouns", "The crash caused 3 deaths and 17 injuries.",
			[]string{"3 deaths: dead people", "17 injuries: hurt people"}},
		{"how badly", "Three people were seriously injured; the blast critically injured two workers and injured 23 others.",
			[]string{"Three people: hurt-seriously people", "two workers: hurt-seriously workers", "23 others: hurt people"}},
		{"workers dismissed and jobs axed", "The maker will dismiss 1,400 workers; its rival is axing 300 jobs.",
			[]string{"1,400 workers: cut workers", "300 jobs: cut jobs"}},
		{"no outcome word beside the count", "The company employs about 600 people at the site.", nil},
		{"durations and money are not counts", "The fire burned for 90 minutes and caused $2 million in damage.", nil},
		{"a penalty's term", "He was banned for seven years and later sentenced to 12 years, after two years of hearings.",
			[]string{"seven years: ban minutes", "12 years: sentence minutes"}},
		{"a penalty's term after its object", "A court sentenced the former finance chief of the collapsed payments company Veltrax to six years in prison.",
			[]string{"six years: sentence minutes"}},
		{"hurt told by what they suffered", "Two firefighters suffered minor injuries and three officers sustained serious injuries.",
			[]string{"Two firefighters: hurt-slightly firefighters", "three officers: hurt-seriously officers"}},
		{"a term after a clause of its own", "The court sentenced him, and his lawyer said he had hoped for less than five years.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range Parse(tc.sentence, pub) {
				if outcome, counted, ok := Measure(tc.sentence, f); ok {
					got = append(got, f.Text+": "+outcome+" "+counted)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %q, want %q", got[i], tc.want[i])
				}
			}
		})
	}
}
