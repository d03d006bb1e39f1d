package discrepancy

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestRetoldNumbers(t *testing.T) {
	record := "Okafor finished with 22 points and nine rebounds for Gonzaga (%s), which shook off a slow start against the visitors."
	tests := []struct {
		name string
		arts []crosscheck.Article
		want []brief
	}{
		{
			name: "a team's record in one sentence retold",
			arts: articles(fmt.Sprintf(record, "12-0"), fmt.Sprintf(record, "12-0"), fmt.Sprintf(record, "15-0")),
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				cited("Gonzaga (12-0), which", "a", "b"),
				cited("Gonzaga (15-0), which", "c"),
			}}},
		},
		{
			name: "a count of nothing named",
			arts: articles("Delacroix, a senior, now has 2,211 points, 16 more than Whitfield, who played for the Rams in the 1990s.",
				"Delacroix, a senior, now has 2,211 points, 13 more than Whitfield, who played for the Rams in the 1990s."),
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				cited("points, 16 more", "a"),
				cited("points, 13 more", "b"),
			}}},
		},
		{
			// The figures compare what they read ("1.5 million" is
			// "1.52 million" rounded): no second alarm here.
			name: "numbers a figure reads are the figures' to compare",
			arts: articles("The agency said 1.5 million households in the three northern provinces lost power during the storm.",
				"The agency said 1.52 million households in the three northern provinces lost power during the storm."),
		},
		{
			name: "too few words to be one statement",
			arts: articles("Okafor scored 22 for Gonzaga (12-0).", "Okafor scored 22 for Gonzaga (15-0)."),
		},
		{
			name: "an article that gives both values takes no side",
			arts: articles(fmt.Sprintf(record, "12-0")+" "+fmt.Sprintf(record, "15-0"), fmt.Sprintf(record, "15-0")),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []brief
			for _, d := range retoldNumbers(tc.arts, nil) {
				got = append(got, brief{d.Kind, d.Variants})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("retoldNumbers mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRetoldNumbersInFind checks that Find reports a retold number once.
func TestRetoldNumbersInFind(t *testing.T) {
	s := "Halloran, a junior, now has 1,904 points, %s more than Pettis, who played for the Hawks in the 1980s."
	n := 0
	for _, d := range Find(articles(fmt.Sprintf(s, "21"), fmt.Sprintf(s, "27")), nil, nil, nil, nil) {
		if d.Kind == crosscheck.FigureDiscrepancy {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Find reported %d figure discrepancies, want 1", n)
	}
}

// TestLinkCountedPhrase checks that two counts of a thing named in the same
// three words or more pair in aligned sentences that share little else.
func TestLinkCountedPhrase(t *testing.T) {
	a := parseSent("Delmar Quist, 53, allegedly submitted more than 13,000 fraudulent voter registration applications between July and October.", crosscheck.Date{}, 0)
	b := parseSent("A man seeking to run for mayor and a co-defendant allegedly submitted 8,000 fraudulent voter registration applications on behalf of homeless people.", crosscheck.Date{}, 1)
	occs := append(slices.Clone(a.occs), b.occs...)
	var as, bs []int
	for i := range a.occs {
		as = append(as, i)
	}
	for i := range b.occs {
		bs = append(bs, len(a.occs)+i)
	}
	var got []string
	for _, p := range link(occs, as, bs, 0.2) {
		got = append(got, fmt.Sprintf("%s|%s|%v", occs[as[p.a]].f.Text, occs[bs[p.b]].f.Text, p.compatible))
	}
	want := []string{"more than 13,000 fraudulent voter registration applications|8,000 fraudulent voter registration applications|false"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("link mismatch (-want +got):\n%s", diff)
	}
	if got := countedPhrase("about 40 volunteer firefighters"); got != "" {
		t.Errorf("countedPhrase(two words) = %q, want none", got)
	}
}
