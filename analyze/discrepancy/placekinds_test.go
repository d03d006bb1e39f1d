package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindKindedPlaces(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "one lake, named two ways near the top",
			texts: []string{
				"A brush fire fanned by dry winds burned 1,200 acres near Lake Orwell on Sunday, forcing residents to flee.",
				"Residents were ordered to evacuate on Sunday after a brush fire whipped up by dry winds tore across 1,200 acres near Lake Dunmore.",
			},
			want: [][]string{{"Lake Dunmore", "Lake Orwell"}},
		},
		{
			name: "one beach, one avenue",
			texts: []string{
				"A surfer was bitten on the leg by a shark at Gull Point Beach on Saturday morning. Police raided a rowhouse on East Marlow Avenue.",
				"A shark bit a surfer on the leg at Harbor Beach on Saturday morning. Police raided a rowhouse on East Tindall Avenue.",
			},
			want: [][]string{{"Gull Point Beach", "Harbor Beach"}, {"East Marlow Avenue", "East Tindall Avenue"}},
		},
		{
			name: "a name written whole and shortened",
			texts: []string{
				"The match at Kofi Mensah Sports Stadium drew a crowd of 40,000 on Sunday.",
				"The match at Kofi Mensah Stadium drew a crowd of 40,000 fans on Sunday.",
			},
		},
		{
			name: "the ends of a march",
			texts: []string{
				"Teachers marched from Union Square to the ministry on Saturday, chanting for higher pay.",
				"Teachers marched to Liberty Square on Saturday, chanting for higher pay.",
			},
		},
		{
			name: "a report that names both places, one further down",
			texts: []string{
				"A brush fire fanned by dry winds burned 1,200 acres near Lake Orwell on Sunday, forcing residents to flee.",
				"A brush fire whipped up by dry winds burned 1,200 acres near Lake Dunmore on Sunday. Crews worked through the night. " +
					"Two homes were lost. Roads were closed. Schools will stay shut on Monday. Officials asked for calm. Smoke later drifted over Lake Orwell.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := variantTexts(kindedPlaceDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("kindedPlaceDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFindReportsKindedPlaces checks that Find reports a place of a kind
// told two ways.
func TestFindReportsKindedPlaces(t *testing.T) {
	arts := articles(
		"A brush fire fanned by dry winds burned 1,200 acres near Lake Orwell on Sunday, forcing residents to flee.",
		"Residents were ordered to evacuate on Sunday after a brush fire whipped up by dry winds tore across 1,200 acres near Lake Dunmore.",
	)
	for _, d := range Find(arts, nil, nil, nil, nil) {
		if d.Kind == crosscheck.PlaceDiscrepancy && cmp.Equal(variantTexts([]crosscheck.Discrepancy{d}), [][]string{{"Lake Dunmore", "Lake Orwell"}}) {
			return
		}
	}
	t.Errorf("Find reports no place of Lake Dunmore against Lake Orwell")
}
