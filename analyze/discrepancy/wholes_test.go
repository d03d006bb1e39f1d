package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindWholes(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "a verdict on all counts and on some",
			texts: []string{
				"A federal jury found Leonard Voss guilty on all of the 11 counts of fraud and conspiracy.",
				"Jurors found Leonard Voss, 54, guilty on nine of the 11 counts he faced.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "all of the 11 counts", Articles: []string{"a"}},
				{Text: "nine of the 11 counts", Articles: []string{"b"}},
			}}},
		},
		{
			name: "survivors told as all and as most, with no the",
			texts: []string{
				"All 40 passengers survived the crash landing, the airline said.",
				"Officials said 38 of 40 passengers survived the crash landing.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "All 40 passengers", Articles: []string{"a"}},
				{Text: "38 of 40 passengers", Articles: []string{"b"}},
			}}},
		},
		{
			name: "an article that tells both sides with neither",
			texts: []string{
				"He was charged on all 11 counts, and jurors convicted him on nine of the 11 counts.",
				"Jurors convicted him on nine of the 11 counts.",
				"Jurors convicted him on all 11 counts.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "all 11 counts", Articles: []string{"c"}},
				{Text: "nine of the 11 counts", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two things of one number",
			texts: []string{
				"All 12 jurors were seated on Monday.",
				"Lawyers questioned three of the 12 jurors.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(wholeDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("wholeDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
