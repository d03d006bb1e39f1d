package quotes

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func arts(texts ...string) []crosscheck.Article {
	out := make([]crosscheck.Article, len(texts))
	for i, t := range texts {
		out[i] = crosscheck.Article{ID: fmt.Sprintf("a%d", i+1), Text: t}
	}
	return out
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name    string
		arts    []crosscheck.Article
		resolve Resolver
		origin  Origin
		want    []crosscheck.Quote
	}{
		{
			name: "same words, names expanded in the article and the story",
			arts: arts(
				"Finance Minister Carla Ruiz spoke on Monday. \u201cWe will never accept this deal,\u201d Ruiz said.",
				"\u201cWe will never accept this deal,\u201d Ms. Ruiz said.",
			),
			want: []crosscheck.Quote{{
				Speaker: "Carla Ruiz", Text: "We will never accept this deal", Articles: []string{"a1", "a2"}, Independent: 2,
				Variants: []crosscheck.Cited{{Text: "We will never accept this deal", Articles: []string{"a1", "a2"}}},
			}},
		},
		{
			name: "different wordings are variants",
			arts: arts(
				"\u201cWe will never accept this deal,\u201d Carla Ruiz said.",
				"\u201cWe will never accept this deal,\u201d Carla Ruiz said.",
				"\u201cWe shall never accept that deal,\u201d Carla Ruiz said.",
			),
			want: []crosscheck.Quote{{
				Speaker: "Carla Ruiz", Text: "We will never accept this deal", Articles: []string{"a1", "a2", "a3"}, Independent: 3,
				Variants: []crosscheck.Cited{
					{Text: "We will never accept this deal", Articles: []string{"a1", "a2"}},
					{Text: "We shall never accept that deal", Articles: []string{"a3"}},
				},
			}},
		},
		{
			name: "fragment spelled differently inside a longer quotation",
			arts: arts(
				"Carla Ruiz said the country must drop the \u201cillusionary plan\u201d of a quick win.",
				"\u201cChasing this illusory plan will only prolong the crisis,\u201d Carla Ruiz said.",
			),
			want: []crosscheck.Quote{{
				Speaker: "Carla Ruiz", Text: "Chasing this illusory plan will only prolong the crisis", Articles: []string{"a1", "a2"}, Independent: 2,
				Variants: []crosscheck.Cited{
					{Text: "illusionary plan", Articles: []string{"a1"}},
					{Text: "Chasing this illusory plan will only prolong the crisis", Articles: []string{"a2"}},
				},
			}},
		},
		{
			name: "exact fragment is part of the quotation, not a wording",
			arts: arts(
				"\u201cThe United Nations must act before the winter comes,\u201d Carla Ruiz said.",
				"Carla Ruiz said the United Nations \u201cmust act before the winter comes.\u201d",
			),
			want: []crosscheck.Quote{{
				Speaker: "Carla Ruiz", Text: "The United Nations must act before the winter comes", Articles: []string{"a1", "a2"}, Independent: 2,
				Variants: []crosscheck.Cited{{Text: "The United Nations must act before the winter comes", Articles: []string{"a1", "a2"}}},
			}},
		},
		{
			name: "short quotations of different speakers stay apart",
			arts: arts(
				"\u201cVery good indeed, sir,\u201d Tom Lee said.",
				"\u201cVery good indeed, sir,\u201d Ann Berg said.",
			),
			want: []crosscheck.Quote{
				{Speaker: "Tom Lee", Text: "Very good indeed, sir", Articles: []string{"a1"}, Independent: 1,
					Variants: []crosscheck.Cited{{Text: "Very good indeed, sir", Articles: []string{"a1"}}}},
				{Speaker: "Ann Berg", Text: "Very good indeed, sir", Articles: []string{"a2"}, Independent: 1,
					Variants: []crosscheck.Cited{{Text: "Very good indeed, sir", Articles: []string{"a2"}}}},
			},
		},
		{
			name: "a long quotation given to two speakers is one, its wordings variants, its speakers listed",
			arts: arts(
				"\u201cWe will rebuild every single home that was lost in the fire,\u201d Mayor Tom Lee said.",
				"\u201cWe will rebuild each single home that was lost in the fire,\u201d Governor Ann Berg said.",
				"Mayor Tom Lee visited the site.",
			),
			want: []crosscheck.Quote{
				{Speaker: "Ann Berg", Text: "We will rebuild every single home that was lost in the fire", Articles: []string{"a1", "a2"}, Independent: 2,
					Variants: []crosscheck.Cited{
						{Text: "We will rebuild every single home that was lost in the fire", Articles: []string{"a1"}},
						{Text: "We will rebuild each single home that was lost in the fire", Articles: []string{"a2"}},
					},
					Speakers: []crosscheck.Cited{{Text: "Ann Berg", Articles: []string{"a2"}}, {Text: "Tom Lee", Articles: []string{"a1"}}}},
			},
		},
		{
			name: "a fragment is no quotation of its own",
			arts: arts(
				"Tom Lee called it a \u201cdeeply flawed plan.\u201d",
				"Tom Lee said it was \u201ca deeply flawed plan that will fail.\u201d",
				"Ann Berg called it \u201ca total disaster.\u201d",
			),
			want: []crosscheck.Quote{
				{Speaker: "Tom Lee", Text: "a deeply flawed plan that will fail.", Articles: []string{"a1", "a2"}, Independent: 2,
					Variants: []crosscheck.Cited{{Text: "a deeply flawed plan that will fail.", Articles: []string{"a1", "a2"}}}},
			},
		},
		{
			name: "copies of one origin count once",
			arts: arts(
				"\u201cWe will never accept this deal,\u201d Carla Ruiz said.",
				"\u201cWe will never accept this deal,\u201d Carla Ruiz said.",
			),
			origin: func(string, int) string { return "wire" },
			want: []crosscheck.Quote{{
				Speaker: "Carla Ruiz", Text: "We will never accept this deal", Articles: []string{"a1", "a2"}, Independent: 1,
				Variants: []crosscheck.Cited{{Text: "We will never accept this deal", Articles: []string{"a1", "a2"}}},
			}},
		},
		{
			// The second article is its own source but says where it got the
			// quotation; the first is that source's own report.
			name: "a quotation credited to another source counts for it",
			arts: arts(
				"The port reopened on Monday.\n\n\u201cWe will never accept this deal,\u201d Carla Ruiz said.",
				"Talks stalled again.\n\n\u201cWe will never accept this deal,\u201d Carla Ruiz told the Harbour Gazette.",
			),
			origin: func(id string, i int) string {
				if id == "a2" && i == 1 {
					return "a1"
				}
				return id
			},
			want: []crosscheck.Quote{{
				Speaker: "Carla Ruiz", Text: "We will never accept this deal", Articles: []string{"a1", "a2"}, Independent: 1,
				Variants: []crosscheck.Cited{{Text: "We will never accept this deal", Articles: []string{"a1", "a2"}}},
			}},
		},
		{
			name: "an uncredited quotation of a partly derived article counts for it",
			arts: arts(
				"The port reopened on Monday.\n\n\u201cWe will never accept this deal,\u201d Carla Ruiz said.",
				"Talks stalled, the Harbour Gazette reported.\n\n\u201cWe will never accept this deal,\u201d Carla Ruiz said.",
			),
			origin: func(id string, i int) string {
				if id == "a2" && i == 0 {
					return "a1"
				}
				return id
			},
			want: []crosscheck.Quote{{
				Speaker: "Carla Ruiz", Text: "We will never accept this deal", Articles: []string{"a1", "a2"}, Independent: 2,
				Variants: []crosscheck.Cited{{Text: "We will never accept this deal", Articles: []string{"a1", "a2"}}},
			}},
		},
		{
			name:    "resolver names the speaker",
			arts:    arts("\u201cWe will never accept this deal,\u201d Ms. Ruiz said."),
			resolve: func(m string) (string, bool) { return "Carla Ruiz Diaz", m == "Ruiz" },
			want: []crosscheck.Quote{{
				Speaker: "Carla Ruiz Diaz", Text: "We will never accept this deal", Articles: []string{"a1"}, Independent: 1,
				Variants: []crosscheck.Cited{{Text: "We will never accept this deal", Articles: []string{"a1"}}},
			}},
		},
		{
			name: "phrases without a speaker are left out",
			arts: arts(
				"The so-called \u201cpeace dividend\u201d never came.",
				"The plan drew \u201csome very loud objections from tenants\u201d on Monday.",
			),
			want: nil,
		},
		{
			name: "one quotation given to two people",
			arts: arts(
				"Justice Miriam Okonkwo wrote for the majority that the date \u201cserves no purpose that the Commonwealth has been able to identify.\u201d",
				"Justice Paul Hendricks wrote for the majority that the date \u201cserves no purpose that the Commonwealth has been able to identify.\u201d",
				"\u201cIt serves no purpose that the Commonwealth has been able to identify,\u201d he wrote. Paul Hendricks agreed.",
			),
			want: []crosscheck.Quote{{
				Speaker: "Miriam Okonkwo", Text: "It serves no purpose that the Commonwealth has been able to identify", Articles: []string{"a1", "a2", "a3"}, Independent: 3,
				Variants: []crosscheck.Cited{
					{Text: "It serves no purpose that the Commonwealth has been able to identify", Articles: []string{"a1", "a2", "a3"}},
				},
				Speakers: []crosscheck.Cited{{Text: "Miriam Okonkwo", Articles: []string{"a1"}}, {Text: "Paul Hendricks", Articles: []string{"a2"}}},
			}},
		},
		{
			name: "one opening sentence given to two people, going on differently",
			arts: arts(
				"\u201cThey were in and out in under two minutes. This was planned by people who had done this before,\u201d said Cmdr. Luis Ortega.",
				"\u201cThey were in and out in under two minutes. Our guard tried to stop them, and they shoved him aside,\u201d store manager Denise Albrecht told reporters.",
			),
			want: []crosscheck.Quote{
				{
					Speaker: "Luis Ortega", Text: "They were in and out in under two minutes. This was planned by people who had done this before", Articles: []string{"a1"}, Independent: 1,
					Variants: []crosscheck.Cited{{Text: "They were in and out in under two minutes. This was planned by people who had done this before", Articles: []string{"a1"}}},
					Speakers: []crosscheck.Cited{{Text: "Denise Albrecht", Articles: []string{"a2"}}, {Text: "Luis Ortega", Articles: []string{"a1"}}},
				},
				{
					Speaker: "Denise Albrecht", Text: "They were in and out in under two minutes. Our guard tried to stop them, and they shoved him aside", Articles: []string{"a2"}, Independent: 1,
					Variants: []crosscheck.Cited{{Text: "They were in and out in under two minutes. Our guard tried to stop them, and they shoved him aside", Articles: []string{"a2"}}},
				},
			},
		},
		{
			name: "one short line word for word, given to two speakers, one of them after a rank's abbreviation",
			arts: arts(
				"\u201cWe will not back down now,\u201d said Brig. Tomasz Wirski, the regional commander.",
				"\u201cWe will not back down now,\u201d said Hanna Ostrowska, a spokeswoman for the union.",
			),
			want: []crosscheck.Quote{
				{
					Speaker: "Hanna Ostrowska", Text: "We will not back down now", Articles: []string{"a1", "a2"}, Independent: 2,
					Variants: []crosscheck.Cited{{Text: "We will not back down now", Articles: []string{"a1", "a2"}}},
					Speakers: []crosscheck.Cited{{Text: "Hanna Ostrowska", Articles: []string{"a2"}}, {Text: "Tomasz Wirski", Articles: []string{"a1"}}},
				},
			},
		},
		{
			name: "a line of four words two people say is two quotations",
			arts: arts(
				"\u201cWe are very proud,\u201d said Tomasz Wirski, the team's coach.",
				"\u201cWe are very proud,\u201d said Hanna Ostrowska, the team's captain.",
			),
			want: []crosscheck.Quote{
				{
					Speaker: "Tomasz Wirski", Text: "We are very proud", Articles: []string{"a1"}, Independent: 1,
					Variants: []crosscheck.Cited{{Text: "We are very proud", Articles: []string{"a1"}}},
				},
				{
					Speaker: "Hanna Ostrowska", Text: "We are very proud", Articles: []string{"a2"}, Independent: 1,
					Variants: []crosscheck.Cited{{Text: "We are very proud", Articles: []string{"a2"}}},
				},
			},
		},
		{
			name: "statements without a speaker are unattributed",
			arts: arts(
				"A sign on the gate read: \u201cThe park is closed until further notice by order of the city.\u201d",
				"The audit found the agency had \u201cfailed to keep basic records of its spending for at least three years\u201d before the review.",
			),
			want: []crosscheck.Quote{
				{
					Speaker: "", Text: "The park is closed until further notice by order of the city.", Articles: []string{"a1"}, Independent: 1,
					Variants: []crosscheck.Cited{{Text: "The park is closed until further notice by order of the city.", Articles: []string{"a1"}}},
				},
				{
					Speaker: "", Text: "failed to keep basic records of its spending for at least three years", Articles: []string{"a2"}, Independent: 1,
					Variants: []crosscheck.Cited{{Text: "failed to keep basic records of its spending for at least three years", Articles: []string{"a2"}}},
				},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.arts, tc.resolve, tc.origin)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Extract mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSimilarWord(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"illusionary", "illusory", true},
		{"zelensky", "zelenskyy", true},
		{"dependence", "dependency", true},
		{"this", "that", false},
		{"goal", "coal", false},
		{"war", "was", false},
	}
	for _, tc := range tests {
		if got := similarWord(tc.a, tc.b); got != tc.want {
			t.Errorf("similarWord(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func ExampleExtract() {
	arts := []crosscheck.Article{
		{ID: "a", Text: "Mayor Ann Lee spoke first. \u201cWe will rebuild the bridge by June,\u201d Lee said."},
		{ID: "b", Text: "\u201cWe will rebuild the bridge by July,\u201d Ms. Lee told reporters."},
	}
	for _, q := range Extract(arts, nil, nil) {
		fmt.Printf("%s: %q %v (%d independent)\n", q.Speaker, q.Text, q.Articles, q.Independent)
		for _, v := range q.Variants {
			fmt.Printf("  %q %v\n", v.Text, v.Articles)
		}
	}
	// Output:
	// Ann Lee: "We will rebuild the bridge by June" [a b] (2 independent)
	//   "We will rebuild the bridge by June" [a]
	//   "We will rebuild the bridge by July" [b]
}

func ExampleFind() {
	text := "\u201cWe tried,\u201d Ann Lee said. \u201cAnd we will try again.\u201d"
	for _, f := range Find(text) {
		fmt.Printf("%s: %q\n", f.Speaker, f.Text)
	}
	// Output:
	// Ann Lee: "We tried. And we will try again."
}
