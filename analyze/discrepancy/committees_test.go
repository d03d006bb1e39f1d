package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/analyze/entities"
)

func TestCommitteeDiscrepancies(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "one lawmaker, the chair of two committees",
			texts: []string{
				"Rep. Gerald Whitcomb, R-Kan., chairman of the House Appropriations Committee, said the extra weeks would be used to write spending bills.",
				"Rep. Gerald Whitcomb (R-Kan.), chairman of the House Budget Committee, defended the short-term approach.",
			},
			want: [][]string{{"chairman of the House Appropriations Committee", "chairman of the House Budget Committee"}},
		},
		{
			name: "the chair told before the name",
			texts: []string{
				"House Budget Committee Chairman Gerald Whitcomb defended the approach.",
				"Representative Gerald Whitcomb of Kansas, the chairman of the House Appropriations Committee, said talks would go on.",
			},
			want: [][]string{{"chairman of the House Appropriations Committee", "House Budget Committee Chairman"}},
		},
		{
			name: "one committee named in full and in short",
			texts: []string{
				"Sen. Dana Holt, chairwoman of the Senate Armed Services Committee, opened the hearing.",
				"Dana Holt, the chairwoman of the Armed Services Committee, said the hearing would resume.",
			},
		},
		{
			name: "a report that gives both chairs",
			texts: []string{
				"Sen. Dana Holt, chairwoman of the Senate Armed Services Committee, opened the hearing.",
				"Dana Holt, the chairwoman of the Senate Budget Committee, said the hearing would resume.",
				"Dana Holt, chairwoman of the Senate Budget Committee, spoke. Later Dana Holt, chairwoman of the Senate Armed Services Committee, left.",
			},
		},
		{
			name: "two people in one sentence",
			texts: []string{
				"Rep. Gerald Whitcomb spoke after Rep. Ana Ruiz, chairwoman of the House Budget Committee.",
				"Rep. Gerald Whitcomb, chairman of the House Appropriations Committee, spoke first.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			got := variantTexts(committeeDiscrepancies(arts, entities.Extract(arts).Entities, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("committeeDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
