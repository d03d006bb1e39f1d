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

// TestFindDenialOfAnotherTime is a denial of everyone ("No one was
// killed") against a claim a report dates to a year before its own: the
// claim is of another time, and only one of the story's own is answered.
func TestFindDenialOfAnotherTime(t *testing.T) {
	quake := "A strong earthquake struck the coast of the island early Sunday, officials said. No one was killed."
	arrest := "A state senator was charged on Wednesday with taking bribes. No arrest was made."
	for _, tc := range []struct {
		denial, other string
		want          int
	}{
		{quake, "A strong earthquake shook the island's coast on Sunday. An earthquake near the port in 2011 killed 185 people.", 0},
		{quake, "A strong earthquake shook the island's coast on Sunday. The quake killed 185 people near the port.", 1},
		// A year after "since" tells how long, and a weekday dates
		// the claim in the report's week.
		{arrest, "A state senator was charged on Wednesday with taking bribes. The senator, who has served since 2011, was arrested at his home.", 1},
		{arrest, "A state senator was charged on Wednesday with taking bribes. The senator, who was first elected in 2011, was arrested at his home early Wednesday.", 1},
		{arrest, "A state senator was charged on Wednesday with taking bribes. The senator, who was first elected in 2011, was arrested at his home.", 0},
	} {
		if got := countKind(Find(articles(tc.denial, tc.other), nil, nil, nil, nil), crosscheck.ClaimDiscrepancy); got != tc.want {
			t.Errorf("%q: %d opposite statements, want %d", tc.other, got, tc.want)
		}
	}
}

// countKind counts the discrepancies of one kind.
func countKind(ds []crosscheck.Discrepancy, kind crosscheck.DiscrepancyKind) (n int) {
	for _, d := range ds {
		if d.Kind == kind {
			n++
		}
	}
	return n
}

// TestFindSurvivedAndDied is a person one report says survived and
// another says died; a person survived by others is dead in both.
func TestFindSurvivedAndDied(t *testing.T) {
	scene := "A bus left the road near a mountain pass on Tuesday, killing 12 passengers, the police said. "
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{scene + "The driver, Cole Ferris, 41, survived the crash and was detained.", scene + "The driver, Cole Ferris, 41, died at the scene.", 1},
		{scene + "The driver, Cole Ferris, 41, died at the scene. He is survived by his wife.", scene + "The driver, Cole Ferris, 41, died at the scene.", 0},
	} {
		if got := countKind(Find(articles(tc.a, tc.b), nil, nil, nil, nil), crosscheck.ClaimDiscrepancy); got != tc.want {
			t.Errorf("%q: %d opposite statements, want %d", tc.a, got, tc.want)
		}
	}
}

// TestOneSide is a discrepancy whose forms every report that gives one
// also gives the other: no report disagrees with another.
func TestOneSide(t *testing.T) {
	d := func(a, b []string) crosscheck.Discrepancy {
		return crosscheck.Discrepancy{Kind: crosscheck.NameDiscrepancy, Variants: []crosscheck.Cited{
			{Text: "South Australia", Articles: a}, {Text: "South Australian", Articles: b}}}
	}
	for _, tc := range []struct {
		d    crosscheck.Discrepancy
		want bool
	}{
		{d([]string{"a", "b"}, []string{"b", "a"}), true},
		{d([]string{"a", "b"}, []string{"b"}), false},
		{d([]string{"a"}, []string{"b"}), false},
	} {
		if got := oneSide(tc.d); got != tc.want {
			t.Errorf("oneSide(%v) = %v, want %v", tc.d.Variants, got, tc.want)
		}
	}
}

// TestOppositeStatementsOfOtherClauses checks that a denial told of one
// verb or clause answers no affirmation of another: a verb joined by "or"
// to a denied one is denied too, and a clause after "but" affirms on its
// own. A plain denial still answers its affirmation.
func TestOppositeStatementsOfOtherClauses(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"a verb joined by \"or\" to a denied one",
			"A reprimand does not carry a fine or strip a councillor of committee posts, though the full council must approve it.",
			"A reprimand, the lightest penalty the council can impose by a vote, does not strip a councillor of committee posts.", false},
		{"a clause after \"but\"",
			"The county has not said what fine it will seek, but dumping waste in a river carries a maximum fine of $20,000.",
			"Dumping waste in a river carries a maximum fine of $20,000 in Ostara.", false},
		{"a plain denial",
			"The board did not approve the budget for the new library branch on Tuesday night.",
			"The board approved the budget for the new library branch on Tuesday night.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := reportedAbout(tc.a, tc.b, "Opposite statements"); got != tc.want {
				t.Errorf("opposite statements reported: %v, want %v", got, tc.want)
			}
		})
	}
}

// TestDenialOfOnePersonsFate checks that a fate dealt to one person named
// by a noun ("killing the train's driver") and a death told in a sentence
// that names a product's past model years are claims a denial of every
// such fate answers.
func TestDenialOfOnePersonsFate(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"one person killed",
			"A city bus crashed into a parked delivery truck near Dorvel on Tuesday, killing the bus's driver and injuring 14 passengers.",
			"No one was killed."},
		{"a death told beside model years",
			"The defect, which affects the 2021, 2022 and 2023 model years, has been linked to one death, in a crash near Halden last year.",
			"No deaths have been reported."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !reportedAbout(tc.a, tc.b, "Opposite statements") {
				t.Error("opposite statements not reported")
			}
		})
	}
}
