package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFindNegatedQuotes is a clause of a quotation that one report gives
// denied and another not; a denial outside the quotation marks, a clause
// cut off from the words that deny another one, and a denial of a word
// the other clause does not hold are none.
func TestFindNegatedQuotes(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "a clause denied in one wording",
			texts: []string{
				"“We did not want this strike, but management has left us no other option,” the union chairman said.",
				"“We wanted this strike because management only understands pressure,” the union chairman said.",
			},
			want: [][]string{{"We wanted this strike", "We did not want this strike"}},
		},
		{
			name: "a phrase denied in one report",
			texts: []string{
				"The judge said he had shown “no genuine remorse” for the fraud.",
				"The judge said he had shown “genuine remorse” by pleading guilty.",
			},
			want: [][]string{{"genuine remorse", "no genuine remorse"}},
		},
		{
			name: "a denial contracted, its words sharing their letters",
			texts: []string{
				"“Voters cannot be turned away, whatever the forms say,” she said.",
				"“Voters can be turned away,” she said.",
			},
			want: [][]string{{"Voters can be turned away", "Voters cannot be turned away"}},
		},
		{
			name: "a denial outside the quotation marks",
			texts: []string{
				"Voss said the United States did not “seek a wider conflict” in the region.",
				"“We do not seek a wider conflict,” Voss said.",
			},
		},
		{
			name: "a clause after a denial of another word",
			texts: []string{
				"“You don't do it, engage in a land war in Afghanistan,” Steele said.",
				"“What you don't do is engage in a land war in Afghanistan,” Steele said.",
			},
		},
		{
			name: "a sentence denied before another",
			texts: []string{
				"“This is not about me. This is about Green Bay,” she said.",
				"“This is about Green Bay,” she said.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			ws := wordings(arts, nil)
			got := variantTexts(negatedQuotes(arts, ws, nil, func(i, j int) bool { return false }))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("negatedQuotes mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
