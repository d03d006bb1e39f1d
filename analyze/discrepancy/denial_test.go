package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestOneAlarmPerDenial(t *testing.T) {
	claim := func(affirm string, aArts []string, deny string, dArts []string) crosscheck.Discrepancy {
		return crosscheck.Discrepancy{Kind: crosscheck.ClaimDiscrepancy, About: "Opposite statements", Variants: []crosscheck.Cited{
			{Text: affirm, Articles: aArts}, {Text: deny, Articles: dArts},
		}}
	}
	denial := "The army said it had not bombed anywhere in the south."
	in := []crosscheck.Discrepancy{
		claim("Warplanes bombed the camp.", []string{"a"}, denial, []string{"c"}),
		{Kind: crosscheck.FigureDiscrepancy, Variants: []crosscheck.Cited{{Text: "12"}, {Text: "15"}}},
		claim("Bombs fell on a camp in the south.", []string{"b"}, denial, []string{"c"}),
		// The denying report also affirms: two happenings, kept apart.
		claim("Bombs fell on the market.", []string{"c"}, denial, []string{"d"}),
	}
	want := []crosscheck.Discrepancy{
		claim("Warplanes bombed the camp.", []string{"a", "b"}, denial, []string{"c"}),
		{Kind: crosscheck.FigureDiscrepancy, Variants: []crosscheck.Cited{{Text: "12"}, {Text: "15"}}},
		claim("Bombs fell on the market.", []string{"c"}, denial, []string{"d"}),
	}
	if diff := cmp.Diff(want, oneAlarmPerDenial(in)); diff != "" {
		t.Errorf("oneAlarmPerDenial mismatch (-want +got):\n%s", diff)
	}
}
