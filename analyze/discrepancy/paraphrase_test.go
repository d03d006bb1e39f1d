package discrepancy

import (
	"testing"

	"crosscheck"
)

// TestFindParaphrasedQuotes is one speaker's quotation told in other words
// that open differently; one speaker's two remarks on one matter, two
// overlapping excerpts of one quotation and two speakers are none.
func TestFindParaphrasedQuotes(t *testing.T) {
	tests := []struct {
		name   string
		texts  []string
		quotes []crosscheck.Quote
		want   int
	}{
		{
			name: "one quotation in other words",
			texts: []string{
				"“Campaign money is not a personal piggy bank,” U.S. Attorney Dana Whitlock said.",
				"“Campaign accounts are not personal piggy banks,” Whitlock said.",
			},
			quotes: []crosscheck.Quote{
				{Speaker: "Dana Whitlock", Text: "Campaign money is not a personal piggy bank"},
				{Speaker: "Dana Whitlock", Text: "Campaign accounts are not personal piggy banks"},
			},
			want: 1,
		},
		{
			name: "one quotation with its words swapped for others",
			texts: []string{
				"“We are not going back until every kobo owed to our members is paid,” union president Ade Bello said.",
				"“We will not return to work until every naira owed to our members has been paid,” Bello said.",
			},
			quotes: []crosscheck.Quote{
				{Speaker: "Ade Bello", Text: "We are not going back until every kobo owed to our members is paid"},
				{Speaker: "Ade Bello", Text: "We will not return to work until every naira owed to our members has been paid"},
			},
			want: 1,
		},
		{
			name: "two remarks of one speaker on one matter",
			texts: []string{
				"“I have the same view on marriage that I had when I was governor and that I expressed many times. I believe marriage is between a man and a woman,” Romney said.",
				"“My view is that marriage itself is a relationship between a man and a woman and that's my own preference,” Romney said.",
			},
			quotes: []crosscheck.Quote{
				{Speaker: "Mitt Romney", Text: "I have the same view on marriage that I had when I was governor and that I expressed many times. I believe marriage is between a man and a woman"},
				{Speaker: "Mitt Romney", Text: "My view is that marriage itself is a relationship between a man and a woman and that's my own preference"},
			},
		},
		{
			name: "two excerpts of one quotation that overlap",
			texts: []string{
				"“Nobody remembers the first half of a championship game. They remember who's holding the trophy at the end,” coach Dawn Stavros said.",
				"“I told them at halftime that nobody remembers the first half of a championship game,” Stavros said.",
			},
			quotes: []crosscheck.Quote{
				{Speaker: "Dawn Stavros", Text: "Nobody remembers the first half of a championship game. They remember who's holding the trophy at the end"},
				{Speaker: "Dawn Stavros", Text: "I told them at halftime that nobody remembers the first half of a championship game"},
			},
		},
		{
			name: "two speakers",
			texts: []string{
				"“Campaign money is not a personal piggy bank,” U.S. Attorney Dana Whitlock said.",
				"“Campaign accounts are not personal piggy banks,” said Ron Ames, a watchdog.",
			},
			quotes: []crosscheck.Quote{
				{Speaker: "Dana Whitlock", Text: "Campaign money is not a personal piggy bank"},
				{Speaker: "Ron Ames", Text: "Campaign accounts are not personal piggy banks"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := quoteDiscrepancies(articles(tc.texts...), tc.quotes, nil)
			if len(ds) != tc.want {
				t.Errorf("got %d quote discrepancies, want %d: %v", len(ds), tc.want, briefs(ds))
			}
		})
	}
}
