package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindLoneMinority(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "a lone dissenter and two dissenters",
			texts: []string{
				"The court ruled 6-1. Justice Dale Whitaker was the lone dissenter.",
				"Justices Dale Whitaker and Lee Amundsen dissented, arguing that the court was intruding.",
			},
			want: [][]string{{"Justice Dale Whitaker was the lone dissenter.", "Justices Dale Whitaker and Lee Amundsen dissented, arguing that the court was intruding."}},
		},
		{
			name: "the only country to vote against, and two",
			texts: []string{
				"Hungary was the only country to vote against the package, diplomats said.",
				"Ministers backed the measure, though Hungary and Slovakia voted against it.",
			},
			want: [][]string{{"Hungary was the only country to vote against the package, diplomats said.", "Ministers backed the measure, though Hungary and Slovakia voted against it."}},
		},
		{
			name: "a lone abstention and two abstentions",
			texts: []string{
				"The council passed the resolution, with Russia the lone abstention among its 15 members.",
				"The vote was 13 to 0. Russia and China abstained.",
			},
			want: [][]string{{"The council passed the resolution, with Russia the lone abstention among its 15 members.", "Russia and China abstained."}},
		},
		{
			name: "another member alone, another kind of minority, and a report that tells both",
			texts: []string{
				"Poland was the only country to vote against. Estonia was the lone abstention.",
				"Hungary and Slovakia voted against it. Estonia and Latvia voted against it too.",
				"Estonia was the lone abstention. Estonia and Latvia abstained, officials later said.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := variantTexts(loneDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("loneDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
