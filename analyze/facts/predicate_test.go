package facts

import (
	"slices"
	"strings"
	"testing"
	"time"

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
		{
			name: "a claim and its negation",
			a:    "The truck driver was charged with reckless driving after the crash on Route 9, police said.",
			b:    "The truck driver was not charged after the crash on Route 9, police said.",
			want: false,
		},
		{
			name: "arrested and no arrests",
			a:    "The truck driver was arrested at the scene of the crash on Route 9, police said.",
			b:    "No arrests were made at the scene of the crash on Route 9, police said.",
			want: false,
		},
		{
			name: "negated by a prefix and by not",
			a:    "The minister said that a ceasefire before the winter was not realistic for either side.",
			b:    "A ceasefire before the winter was unrealistic for either side, the minister said.",
			want: true,
		},
		{
			name: "not only ... but also asserts",
			a:    "The inspector general not only criticized his texts but also his use of personal email for bureau business.",
			b:    "The inspector general also criticized his use of personal email for bureau business.",
			want: true,
		},
		{
			name: "negation told in one and quoted in the other",
			a:    "The attorney general said the lawsuit filed by the two states was without merit.",
			b:    "The attorney general said in a statement that the lawsuit filed by the two states was “without merit.”",
			want: true,
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

// TestAlignLeads checks that two reports' leads, which state the main
// event each in its own words, form one fact where the same two sentences
// further down would not.
func TestAlignLeads(t *testing.T) {
	a := "Mayor Dana Ortiz won a third term as mayor of Riverton on Tuesday, defeating a challenger backed by the city's police union in a close race."
	b := "Riverton voters handed Dana Ortiz a third term in City Hall on Tuesday, rejecting the police union's candidate after a bitter campaign over crime, housing costs and the state of the roads."
	// The articles go on in almost the same words, as reports of one
	// event do.
	oa := "Turnout in the city was the lowest in two decades, with long lines reported at only a handful of schools."
	ob := "Turnout in the city was the lowest in twenty years, with long lines reported at only a handful of schools."
	tests := []struct {
		name   string
		ta, tb string
		want   bool
	}{
		{"as leads", a + "\n\n" + oa, b + "\n\n" + ob, true},
		{"after a headline line", "Ortiz wins\n\n" + a + "\n\n" + oa, "Voters back mayor\n\n" + b + "\n\n" + ob, true},
		{"further down", oa + "\n\n" + a, ob + "\n\n" + b, false},
		// Leads that share much of their words but few plain terms: one
		// statement.
		{"close leads, few plain terms in common",
			"Mayor Dana Ortiz joined several other Democrats Tuesday in calling on Riverton Councilman Hal Brandt to give up his bid over his comments on the flood, as he continued to hold his ground and vowed to stay in the race.\n\n" + oa,
			"Riverton Mayor Dana Ortiz on Tuesday joined a chorus of Democrats calling for Councilman Hal Brandt to drop his bid and quit the budget panel he chairs.\n\n" + ob, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosscheck.Article{
				{ID: "a", Outlet: "Daily Bugle", Text: tc.ta},
				{ID: "b", Outlet: "Evening Post", Text: tc.tb},
			}
			got := false
			for _, f := range Align(arts, nil) {
				if slices.Equal(f.Articles, []string{"a", "b"}) && strings.Contains(f.Text, "Ortiz") {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("leads linked: got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSentencePolarity(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		negated bool
		scoped  []string
	}{
		{"plain", "The driver was charged.", false, nil},
		{"not", "The driver was not charged.", true, []string{stem("charged")}},
		{"n't", "The driver wasn't charged.", true, []string{stem("charged")}},
		{"scope ends at the clause", "Nobody was hurt, and the driver was charged.", true, []string{stem("hurt")}},
		{"quoted negation left out", "He said the driver was “not charged.”", false, nil},
		{"not only", "He not only resigned but also apologized.", false, nil},
		{"prefix", "The plan was unrealistic.", true, []string{stem("unrealistic")}},
		{"look-alike prefix", "The university understood.", false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := sentencePolarity(tc.in)
			slices.Sort(p.scoped)
			if p.negated != tc.negated || !slices.Equal(p.scoped, tc.scoped) {
				t.Errorf("sentencePolarity(%q): got %v %q, want %v %q", tc.in, p.negated, p.scoped, tc.negated, tc.scoped)
			}
		})
	}
}

// TestAlignLatestFigures checks that a fact whose wordings give different
// figures is told in the latest report's wording.
func TestAlignLatestFigures(t *testing.T) {
	early := "The warehouse fire in Dayton killed 12 people and injured 40 others on Monday, officials said."
	late := "The warehouse fire in Dayton killed 15 people and injured 40 others on Monday, officials said."
	more := "The warehouse fire in Dayton killed 12 people and injured 40 others on Monday, officials said, the worst in 30 years."
	day := func(h int) crosscheck.Date { return crosscheck.Date{Time: time.Date(2025, 3, 3, h, 0, 0, 0, time.UTC)} }
	tests := []struct {
		name        string
		first, then string
		want        string
	}{
		{"update wins", early, late, late},
		{"the latest, whichever comes first in the story", late, early, early},
		{"an added figure updates nothing", more, early, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosscheck.Article{
				{ID: "a", Outlet: "Wire", Published: day(9), Text: tc.first},
				{ID: "b", Outlet: "Wire", Published: day(15), Text: tc.then},
			}
			fs := Align(arts, nil)
			if len(fs) != 1 {
				t.Fatalf("got %d facts, want the two wordings as one: %+v", len(fs), fs)
			}
			if tc.want != "" && fs[0].Text != tc.want {
				t.Errorf("fact text: got %q, want %q", fs[0].Text, tc.want)
			}
		})
	}
}
