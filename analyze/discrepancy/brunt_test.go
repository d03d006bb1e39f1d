package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFindBrunt is two reports that name two places a flood hit worst;
// places told as some of the worst hit, or a report that names both, are
// no disagreement.
func TestFindBrunt(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "the worst-hit place told two ways",
			texts: []string{
				"Floods killed 31 people in southern Malawi. The worst-hit area was Chikwawa district, where the river burst its banks on Thursday night.",
				"Floods killed 31 people in Malawi. Nsanje district, near the border with Mozambique, bore the brunt of the flooding, officials said.",
			},
			want: [][]string{{"Chikwawa", "Nsanje"}},
		},
		{
			name: "the hardest-hit town and the town that took the brunt",
			texts: []string{
				"The hardest-hit community was Wewoka, a town of about 3,000 people.",
				"The town of Seminole took the brunt of the storm, officials said.",
			},
			want: [][]string{{"Wewoka", "Seminole"}},
		},
		{
			name: "places among the hardest hit",
			texts: []string{
				"Among the hardest-hit places was Santa Cruz do Sul, with neighborhoods under water.",
				"The hardest-hit place was Santa Maria, with rescue crews in boats.",
			},
		},
		{
			name: "a report that names the other's place only as an epicentre's bearing",
			texts: []string{
				"The quake struck at sea about 100 kilometers north of the port town of Arica. The town hardest hit was Arica, where old adobe homes collapsed.",
				"The quake struck offshore about 62 miles north of Arica. The town hardest hit was Iquique, where several old buildings collapsed.",
			},
			want: [][]string{{"Arica", "Iquique"}},
		},
		{
			name: "a report that names the other's place",
			texts: []string{
				"The worst-hit area was Chikwawa district, where the river burst its banks.",
				"Nsanje district bore the brunt of the flooding. Rivers also rose in Chikwawa.",
			},
		},
		{
			name: "a common word opening the sentence",
			texts: []string{
				"The worst-hit area was Chikwawa district, where the river burst its banks.",
				"Residents bore the brunt of the flooding.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := variantTexts(bruntDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("bruntDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
