package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/analyze/entities"
)

// TestSitedPlaces checks places of one happening told in sentences that
// share most of their words but no verb.
func TestSitedPlaces(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "a summit in two cities",
			texts: []string{
				"Prime Minister Kenji Moriyama of Japan hosted President Han Ji-seok of South Korea in Kagoshima for talks on trade, hydrogen and security. Kagoshima is a port city.",
				"Japan and South Korea agreed to deepen cooperation on trade, hydrogen and security as Prime Minister Kenji Moriyama welcomed President Han Ji-seok to the southern city of Kumamoto. The talks in Kumamoto ran for three hours.",
			},
			want: [][]string{{"Kagoshima", "Kumamoto"}},
		},
		{
			name: "a named thing an apposition locates in two places",
			texts: []string{
				"Four men were convicted on Tuesday of stealing three paintings from Hadleigh Hall, a stately home in Suffolk, in a raid that took six minutes.",
				"The gang targeted Hadleigh Hall, a historic country house in Norfolk, in January 2025, smashing their way in through a window.",
			},
			want: [][]string{{"Suffolk", "Norfolk"}},
		},
		{
			name: "a named thing in a town and its county",
			texts: []string{
				"Four men stole three paintings from Hadleigh Hall, a stately home in Suffolk, in January.",
				"The gang targeted Hadleigh Hall, a historic country house near Ipswich, in January. Ipswich is the county town of Suffolk.",
			},
		},
		{
			name: "a place some report names beside the other",
			texts: []string{
				"Prime Minister Kenji Moriyama of Japan hosted President Han Ji-seok of South Korea in Kagoshima for talks on trade, hydrogen and security.",
				"Japan and South Korea agreed to deepen cooperation on trade, hydrogen and security as Prime Minister Kenji Moriyama welcomed President Han Ji-seok to the southern city of Kumamoto.",
				"The leaders met in Kagoshima after a dinner in Kumamoto, where Moriyama grew up.",
			},
		},
		{
			name: "a place of what came before",
			texts: []string{
				"Chargers receiver Vincent Jackson was arrested on suspicion of drunken driving in Clairemont early Tuesday, police said.",
				"Chargers receiver Vincent Jackson was arrested on suspicion of drunken driving early Tuesday, five days before the playoff game in Pittsburgh, police said.",
			},
		},
		{
			name: "a borough and its city",
			texts: []string{
				"The fire broke out on the fourth floor of a residential tower in Manhattan on Tuesday night, the fire department said.",
				"The fire broke out on the fourth floor of a residential tower in New York on Tuesday night, the fire department said.",
			},
		},
		{
			name: "one city's two names",
			texts: []string{
				"The study of 62,000 adults was led by researchers in Gothenburg who tracked walking and dementia for a decade.",
				"The study of 62,000 adults was led by researchers in Göteborg who tracked walking and dementia for a decade.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			set := entities.Extract(arts)
			var got [][]string
			for _, d := range sitedPlaces(arts, set.Entities, nil) {
				got = append(got, []string{d.Variants[0].Text, d.Variants[1].Text})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("sitedPlaces mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
