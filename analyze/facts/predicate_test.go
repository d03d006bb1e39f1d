package facts

import (
	"slices"
	"testing"

	"crosscheck"
)

// TestAlignPairs checks single pairs of sentences from two outlets: those
// that say the same thing must form one fact, those that only share names,
// places, dates or a background clause must not.
func TestAlignPairs(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{
			name: "paraphrase with the words reordered",
			a:    "The bridge reopened to traffic on Monday after three weeks of repairs, Transport Minister Lena Haas said.",
			b:    "Transport minister Lena Haas said the bridge reopened to traffic on Monday after repairs lasting three weeks.",
			want: true,
		},
		{
			name: "title capitalised in one wording only",
			a:    "The warehouse fire burned for nearly two hours before crews put it out, Fire Chief Omar Reyes said.",
			b:    "The fire burned for almost two hours, the local fire chief, Omar Reyes, said.",
			want: true,
		},
		{
			name: "short sentence contained in a longer one",
			a:    "The council voted to close the library.",
			b:    "After a heated debate on Tuesday, the council voted to close the library and sell the building to a developer.",
			want: true,
		},
		{
			name: "same names and day, different event",
			a:    "Police Chief Ana Ruiz said the suspect was arrested in Denver on Friday.",
			b:    "Police Chief Ana Ruiz said the Denver shelter would reopen on Friday.",
			want: false,
		},
		{
			name: "shared background clause",
			a:    "The Harlow administration had promised since Storm Ida flooded Lakeside in August 2021 that the levee would be rebuilt.",
			b:    "Many residents have questioned the millions of dollars the Harlow administration has spent since Storm Ida flooded Lakeside in August 2021.",
			want: false,
		},
		{
			name: "short sentence sharing a name and a word or two",
			a:    "“I think Governor Marsh wants a deal, Senator Okafor wants a deal, and I want a deal,” Lee said.",
			b:    "After the meeting, Lee said the talks had gone very well and that Okafor, like Governor Marsh, wants to make a DEAL.",
			want: false,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosscheck.Article{
				{ID: "a", Outlet: "Daily Bugle", Text: tc.a},
				{ID: "b", Outlet: "Evening Post", Text: tc.b},
			}
			got := false
			for _, f := range Align(arts, nil) {
				if slices.Equal(f.Articles, []string{"a", "b"}) {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("linked: got %v, want %v", got, tc.want)
			}
		})
	}
}
