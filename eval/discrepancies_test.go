package eval

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

func variant(text string, arts ...string) crosscheck.Cited {
	return crosscheck.Cited{Text: text, Articles: arts}
}

func goldVariant(text string, arts ...string) GoldVariant {
	return GoldVariant{Text: text, Articles: arts}
}

func TestScoreWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"thousands and stop", "55,000 pages.", []string{"55,000", "pages"}},
		{"initials and possessive", "the U.S. envoy\u2019s", []string{"the", "u.s", "envoy's", "envoy"}},
		{"money and percent", "$5,687.75 or 3%", []string{"$5,687.75", "or", "3%"}},
		{"trailing comma", "Cowen, Stacy", []string{"cowen", "stacy"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := scoreWords(tc.in)
			want := map[string]bool{}
			for _, w := range tc.want {
				want[w] = true
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("scoreWords(%q) (-want +got):\n%s", tc.in, d)
			}
		})
	}
}

func TestMatchDiscrepancy(t *testing.T) {
	cowen := GoldDiscrepancy{Kind: "name", Variants: []GoldVariant{
		goldVariant("Prime Minister Brian Cowen", "e_1"), goldVariant("Prime Minister Brian Cowan", "e_2", "e_3")}}
	cent := GoldDiscrepancy{Kind: "quote", Variants: []GoldVariant{
		goldVariant("a single cent", "e_1"), goldVariant("any single cent", "e_2")}}
	deputy := GoldDiscrepancy{Kind: "role", Variants: []GoldVariant{
		goldVariant("Superintendent Dana Whitfield said the district", "e_1"), goldVariant("Assistant Superintendent Dana Whitfield", "e_2")}}
	gate := GoldDiscrepancy{Kind: "place", Variants: []GoldVariant{
		goldVariant("trapped at the stadium's southern gate", "e_1"), goldVariant("crushed against the stadium's northern gate", "e_2")}}
	tests := []struct {
		name     string
		reported crosscheck.Discrepancy
		gold     GoldDiscrepancy
		want     bool
	}{
		{"one side told by the word it lacks", crosscheck.Discrepancy{Variants: []crosscheck.Cited{variant("Superintendent Dana Whitfield", "e_1"), variant("Assistant Superintendent Dana Whitfield", "e_2")}}, deputy, true},
		{"both sides told by what they lack", crosscheck.Discrepancy{Variants: []crosscheck.Cited{variant("Superintendent Dana Whitfield", "e_1"), variant("Superintendent Dana Whitfield", "e_2")}}, deputy, false},
		{"a sentence sharing a word is no part of the span", crosscheck.Discrepancy{Variants: []crosscheck.Cited{
			variant("Police said officers did not fire and blamed fans who forced their way through a locked gate in the stadium", "e_1"), variant("the stadium's northern gate", "e_2")}}, gate, false},
		{"both sides", crosscheck.Discrepancy{Variants: []crosscheck.Cited{variant("Cowen", "e_1"), variant("Cowan", "e_3")}}, cowen, true},
		{"order of variants does not matter", crosscheck.Discrepancy{Variants: []crosscheck.Cited{variant("Cowan", "e_2"), variant("Cowen", "e_1")}}, cowen, true},
		{"wrong articles", crosscheck.Discrepancy{Variants: []crosscheck.Cited{variant("Cowen", "e_2"), variant("Cowan", "e_1")}}, cowen, false},
		{"one side only", crosscheck.Discrepancy{Variants: []crosscheck.Cited{variant("Brian", "e_1"), variant("Cowan", "e_2")}}, cowen, false},
		{"one variant", crosscheck.Discrepancy{Variants: []crosscheck.Cited{variant("Cowen Cowan", "e_1", "e_2")}}, cowen, false},
		{"subset side", crosscheck.Discrepancy{Variants: []crosscheck.Cited{variant("not a single cent", "e_1"), variant("not any single cent", "e_2")}}, cent, true},
		{"subset side carries the extra word", crosscheck.Discrepancy{Variants: []crosscheck.Cited{variant("any single cent", "e_1"), variant("any single cent", "e_2")}}, cent, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := MatchDiscrepancy(tc.reported, tc.gold); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestScoreDiscrepancies(t *testing.T) {
	gold := []GoldEvent{{
		Event: "e",
		Discrepancies: []GoldDiscrepancy{
			{Kind: "name", About: "Cowen", Clear: true, Variants: []GoldVariant{goldVariant("Cowen", "e_1"), goldVariant("Cowan", "e_2")}},
			{Kind: "figure", About: "pages", Clear: true, Variants: []GoldVariant{goldVariant("55,000 pages", "e_1"), goldVariant("50,000 pages", "e_2")}},
			{Kind: "place", About: "city", Variants: []GoldVariant{goldVariant("in Norwalk", "e_1"), goldVariant("in Norfolk", "e_3")}},
		},
		Equivalences: []GoldDiscrepancy{
			{About: "Gadhafi", Variants: []GoldVariant{goldVariant("Qaddafi", "e_1"), goldVariant("Gadhafi", "e_2")}},
		},
	}, {Event: "quiet"}}
	found := map[string][]crosscheck.Discrepancy{
		"e": {
			{Kind: crosscheck.NameDiscrepancy, Variants: []crosscheck.Cited{variant("Cowen", "e_1"), variant("Cowan", "e_2")}},
			{Kind: crosscheck.NameDiscrepancy, Variants: []crosscheck.Cited{variant("Qaddafi", "e_1"), variant("Gadhafi", "e_2")}},
			{Kind: crosscheck.NameDiscrepancy, Variants: []crosscheck.Cited{variant("Norwalk", "e_1"), variant("Norfolk", "e_3")}},
		},
		"not annotated": {{Kind: crosscheck.NameDiscrepancy, Variants: []crosscheck.Cited{variant("x", "n_1"), variant("y", "n_2")}}},
	}
	sc := ScoreDiscrepancies(found, gold)
	got := []int{sc.Events, sc.Reported, sc.Correct, sc.Clear, sc.ClearFound, sc.Unclear, sc.UnclearFound,
		len(sc.FalseAlarms), len(sc.Misses), len(sc.OnEquivalence)}
	want := []int{2, 3, 2, 2, 1, 1, 1, 1, 1, 1}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("events, reported, correct, clear, clear found, unclear, unclear found, false alarms, misses, on equivalences (-want +got):\n%s", d)
	}
	if p, r := sc.Precision(), sc.Recall(); p != 2.0/3 || r != 0.5 {
		t.Errorf("got precision %v recall %v, want 2/3 and 1/2", p, r)
	}
	if len(sc.Misses) == 1 && sc.Misses[0].About != "pages" {
		t.Errorf("got miss %q, want pages", sc.Misses[0].About)
	}
}

// An equivalence whose two forms have the same words matches any alarm
// that shares one of them; the alarm is counted against it only when it
// fits the equivalence better than the disagreement it also matches.
func TestScoreDiscrepanciesBestFit(t *testing.T) {
	gold := []GoldEvent{{
		Event: "e",
		Discrepancies: []GoldDiscrepancy{
			{Kind: "quote", About: "cent", Clear: true, Variants: []GoldVariant{
				goldVariant("not going to pay any single cent for such a stupid wall", "e_1", "e_2"),
				goldVariant("not going to pay a single cent for such a stupid wall", "e_3")}},
			{Kind: "quote", About: "case only", Variants: []GoldVariant{
				goldVariant("the President said", "e_1"), goldVariant("the president said", "e_2")}},
		},
		Equivalences: []GoldDiscrepancy{
			{About: "bracketed insertion", Variants: []GoldVariant{goldVariant("He should pay [for] it.", "e_2"), goldVariant("He should pay for it.", "e_1", "e_3")}},
			{About: "Gadhafi", Variants: []GoldVariant{goldVariant("Qaddafi", "e_1"), goldVariant("Gadhafi", "e_2")}},
		},
	}}
	found := map[string][]crosscheck.Discrepancy{"e": {
		// The annotated disagreement, which also shares "pay" and "for"
		// with both forms of the bracketed insertion.
		{Kind: crosscheck.QuoteDiscrepancy, Variants: []crosscheck.Cited{
			variant("not going to pay any single cent for such", "e_1", "e_2"), variant("not going to pay a single cent for such", "e_3")}},
		// A transliteration, which shares only "the" with the loose
		// disagreement.
		{Kind: crosscheck.NameDiscrepancy, Variants: []crosscheck.Cited{variant("the Qaddafi", "e_1"), variant("the Gadhafi", "e_2")}},
	}}
	sc := ScoreDiscrepancies(found, gold)
	if sc.Correct != 2 || sc.ClearFound != 1 {
		t.Errorf("got %d correct, %d clear found, want 2 and 1", sc.Correct, sc.ClearFound)
	}
	if len(sc.OnEquivalence) != 1 {
		t.Fatalf("got %d alarms on equivalences, want 1", len(sc.OnEquivalence))
	}
	r := sc.OnEquivalence[0]
	if len(r.Equivalences) != 1 || r.Equivalences[0].About != "Gadhafi" {
		t.Errorf("got equivalences %v, want only Gadhafi", r.Equivalences)
	}
}

func TestLoadDiscrepancyGold(t *testing.T) {
	gold, err := LoadDiscrepancyGold(testcorpus.Dataset(t, "basil-dev-discrepancies"))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) == 0 {
		t.Fatal("no annotated events")
	}
}
