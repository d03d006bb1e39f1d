package discrepancy

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze/entities"
)

var pub = crosscheck.Day(2025, time.March, 4)

// articles makes one article per text, with ids "a", "b", "c", ...
func articles(texts ...string) []crosscheck.Article {
	arts := make([]crosscheck.Article, len(texts))
	for i, t := range texts {
		arts[i] = crosscheck.Article{ID: string(rune('a' + i)), Published: pub, Text: t}
	}
	return arts
}

// brief is what a test checks of a Discrepancy: its kind and variants.
type brief struct {
	Kind     crosscheck.DiscrepancyKind
	Variants []crosscheck.Cited
}

func briefs(ds []crosscheck.Discrepancy) []brief {
	var out []brief
	for _, d := range ds {
		out = append(out, brief{d.Kind, d.Variants})
	}
	return out
}

func TestFindFigures(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "a rewrite with a wrong figure",
			texts: []string{
				"Floods in the region killed 12 people on Monday, officials said. Rescue teams evacuated 3,000 residents from the valley.",
				"Floods killed 12 people in the region on Monday, officials said. Rescue teams evacuated some 3,000 residents from the valley.",
				"Floods in the region killed 21 people on Monday, officials said. Rescue teams evacuated about 3,000 residents from the valley.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "12 people", Articles: []string{"a", "b"}},
				{Text: "21 people", Articles: []string{"c"}},
			}}},
		},
		{
			name: "a wrong sum of money",
			texts: []string{
				"The government approved a $4.5 billion package for farmers on Monday.",
				"The government approved a $45 billion package for farmers on Monday.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "$4.5 billion", Articles: []string{"a"}},
				{Text: "$45 billion", Articles: []string{"b"}},
			}}},
		},
		{
			name: "relative dates that name the same day",
			texts: []string{
				"The minister resigned on Monday after weeks of protests in the capital.",
				"The minister resigned Monday after weeks of protests in the capital.",
				"The minister resigned on March 3 after weeks of protests in the capital.",
			},
		},
		{
			name: "durations written two ways",
			texts: []string{
				"The call lasted nearly 90 minutes, the Kremlin said.",
				"The Kremlin said the call lasted nearly an hour and a half.",
			},
		},
		{
			name: "qualified figures that can both hold",
			texts: []string{
				"Trump said he spent more than an hour on the phone with Putin.",
				"Trump said he spent 90 minutes on the phone with Putin.",
			},
		},
		{
			name: "different figures in different contexts",
			texts: []string{
				"Zelenskyy's office said Trump and the Ukrainian president spoke by phone for about an hour, while the Kremlin said Putin's call with Trump lasted nearly an hour and a half.",
				"The call lasted nearly 90 minutes, and Kremlin spokesman Dmitry Peskov said the two leaders agreed to meet.",
			},
		},
		{
			name: "two figures of one sentence",
			texts: []string{
				"Allies have provided more than $126 billion in weapons, including more than $66.5 billion from the U.S.",
				"Allies have provided more than $126 billion in weapons, including more than $66.5 billion from the U.S., AP reported.",
			},
		},
		{
			name: "rounding",
			texts: []string{
				"The company reported a loss of $1.26 billion and a margin of 2.5% for the year.",
				"The company reported a loss of $1.3 billion and a margin of 2.49% for the year.",
			},
		},
		{
			name: "number words and digits",
			texts: []string{
				"The 31 other nations of the alliance agreed.",
				"The thirty-one other nations of the alliance agreed.",
			},
		},
		{
			name: "a count worded with another verb and voice",
			texts: []string{
				"A flood in the northern valley killed nine villagers and injured 35 others on Sunday, the governor said.",
				"Nine villagers died and 53 others were hurt when the flood swept the northern valley on Sunday.",
				"Nine people were killed and 35 wounded in Sunday's flood in the northern valley.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "35 others", Articles: []string{"a", "c"}},
				{Text: "53 others", Articles: []string{"b"}},
			}}},
		},
		{
			name: "the same count in other words",
			texts: []string{
				"The storm killed 14 people and left 3 missing along the coast on Friday.",
				"Fourteen people died along the coast on Friday when the storm hit, and three people were missing.",
				"The storm on Friday left 14 dead along the coast.",
			},
		},
		{
			name: "counts of two events in one story",
			texts: []string{
				"A bus crash on the mountain road killed 12 people on Tuesday. A landslide on the same road in March killed 40 people.",
				"Police said 12 people were killed when the bus left the mountain road on Tuesday.",
				"The bus crash on Tuesday killed 12 people, police said.",
			},
		},
		{
			name: "counts of different outcomes",
			texts: []string{
				"The riot police arrested 30 protesters in the capital on Saturday.",
				"Some 300 protesters were injured in the capital on Saturday as police cleared the square.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(Find(articles(tc.texts...), nil, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFindQuotes(t *testing.T) {
	variants := func(vs ...crosscheck.Cited) []crosscheck.Quote {
		return []crosscheck.Quote{{Speaker: "Jane Roe", Text: vs[0].Text, Variants: vs}}
	}
	tests := []struct {
		name   string
		quotes []crosscheck.Quote
		want   []brief
	}{
		{
			name: "a reworded quotation",
			quotes: variants(
				crosscheck.Cited{Text: "We will rebuild every house in the valley before winter.", Articles: []string{"a", "b"}},
				crosscheck.Cited{Text: "We will rebuild every home in the valley before winter.", Articles: []string{"c"}},
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				{Text: "every house in", Articles: []string{"a", "b"}},
				{Text: "every home in", Articles: []string{"c"}},
			}}},
		},
		{
			name: "a phrase quoted with one word changed",
			quotes: []crosscheck.Quote{
				{Speaker: "Jane Roe", Text: "illusionary goal", Articles: []string{"a"}},
				{Speaker: "Jane Roe", Text: "Chasing this illusory goal will only prolong the war.", Articles: []string{"b"}},
			},
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				{Text: "illusionary goal", Articles: []string{"a"}},
				{Text: "illusory goal", Articles: []string{"b"}},
			}}},
		},
		{
			name: "spelling, number words, transliteration and typography",
			quotes: variants(
				crosscheck.Cited{Text: "Our defence forces will organise the response under Article 5 — Zelenskyy agreed", Articles: []string{"a"}},
				crosscheck.Cited{Text: "Our defense forces will organize the response under Article Five - Zelensky agreed", Articles: []string{"b"}},
			),
		},
		{
			name: "hyphenated number words, titles, initialisms and a masked word",
			quotes: variants(
				crosscheck.Cited{Text: "There is a two-in-three chance Sen. Ortiz and the F.B.I. will find the damn thing.", Articles: []string{"a"}},
				crosscheck.Cited{Text: "There is a 2 in 3 chance Senator Ortiz and the FBI will find the d*** thing.", Articles: []string{"b"}},
			),
		},
		{
			name: "a changed number in a compound still counts",
			quotes: variants(
				crosscheck.Cited{Text: "There is a two-in-three chance we hold the seat.", Articles: []string{"a", "b"}},
				crosscheck.Cited{Text: "There is a one-in-three chance we hold the seat.", Articles: []string{"c"}},
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				{Text: "a two-in", Articles: []string{"a", "b"}},
				{Text: "a one-in", Articles: []string{"c"}},
			}}},
		},
		{
			name: "a shorter extract",
			quotes: variants(
				crosscheck.Cited{Text: "Instead, any security guarantee must be backed by capable troops.", Articles: []string{"a"}},
				crosscheck.Cited{Text: "any security guarantee must be backed by capable troops", Articles: []string{"b"}},
			),
		},
		{
			name: "an ellipsis and an editor's brackets",
			quotes: variants(
				crosscheck.Cited{Text: "If Europe could even provide troops [under a ceasefire agreement], we should have a seat … and be consulted", Articles: []string{"a"}},
				crosscheck.Cited{Text: "If Europe could even provide troops, we should have a seat at the table and be consulted", Articles: []string{"b"}},
			),
		},
		{
			name: "two excerpts of one long statement",
			quotes: variants(
				crosscheck.Cited{Text: "The bridge will open in May. If the council delays it again, the whole town will pay for it, and we will not stand for that. It is our town.", Articles: []string{"a", "b"}},
				crosscheck.Cited{Text: "The bridge will open in May. It is our town.", Articles: []string{"c"}},
			),
		},
		{
			name: "a compound in one word or two",
			quotes: variants(
				crosscheck.Cited{Text: "He said he opposed same-sex marriage until last year.", Articles: []string{"a"}},
				crosscheck.Cited{Text: "He said he opposed same sex marriage until last year.", Articles: []string{"b"}},
			),
		},
		{
			name: "a reworded word beside function-word changes",
			quotes: variants(
				crosscheck.Cited{Text: "He left a record of bankruptcies and lawsuits and angry shareholders and contractors.", Articles: []string{"a"}},
				crosscheck.Cited{Text: "He left a record of bankruptcies, lawsuits, angry stockholders and contractors.", Articles: []string{"b"}},
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				{Text: "angry shareholders and", Articles: []string{"a"}},
				{Text: "angry stockholders and", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a short extract with a changed word",
			quotes: variants(
				crosscheck.Cited{Text: "We could lose. We've got a big challenge, and we've got work to do.", Articles: []string{"a", "b"}},
				crosscheck.Cited{Text: "We've got a real challenge", Articles: []string{"c"}},
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				{Text: "a big challenge", Articles: []string{"a", "b"}},
				{Text: "a real challenge", Articles: []string{"c"}},
			}}},
		},
		{
			name: "phrases of different speakers",
			quotes: []crosscheck.Quote{
				{Speaker: "Jane Roe", Text: "illusionary goal", Articles: []string{"a"}},
				{Speaker: "John Doe", Text: "Chasing this illusory goal will only prolong the war.", Articles: []string{"b"}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(Find(nil, nil, tc.quotes, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFindNames(t *testing.T) {
	arts := articles(
		"American teacher Marc Vogel returned home. Zelensky welcomed him.",
		"American teacher Marc Fogel returned home. Fogel thanked Zelenskyy.",
	)
	set := entities.Extract(arts)
	got := briefs(Find(arts, set.Entities, nil, nil, nil))
	want := []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
		{Text: "Fogel", Articles: []string{"b"}},
		{Text: "Vogel", Articles: []string{"a"}},
	}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
}

func TestFindMisspeltSurname(t *testing.T) {
	arts := articles(
		"Ukrainian President Volodymyr Zelensky spoke in Kyiv. Zelensky said the talks went well.",
		"Aides said Zelenksy was pleased with the talks.",
		"President Volodymyr Zelenskyy thanked the aides.",
	)
	got := briefs(Find(arts, entities.Extract(arts).Entities, nil, nil, nil))
	want := []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
		{Text: "Zelensky", Articles: []string{"a", "c"}},
		{Text: "Zelenksy", Articles: []string{"b"}},
	}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
}

func TestFindGivenNames(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "a misspelt given name",
			texts: []string{
				"Former President Vicente Fox said the wall would never be built. Vicente Fox laughed.",
				"Former President Vincente Fox said the wall was a folly.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Vicente", Articles: []string{"a"}},
				{Text: "Vincente", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two given names of one governor",
			texts: []string{
				"Gov. Robert Halloran ordered flags lowered to half-staff. Halloran said he would visit.",
				"Gov. Bill Halloran ordered flags flown at half-staff on Friday.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Bill Halloran", Articles: []string{"b"}},
				{Text: "Robert Halloran", Articles: []string{"a"}},
			}}},
		},
		{
			name: "two people of one surname and different roles",
			texts: []string{
				"Gov. Robert Halloran ordered flags lowered.",
				"Mayor Ellen Halloran said the town would hold a vigil.",
			},
		},
		{
			name: "two people of one surname and role who do different things",
			texts: []string{
				"Rep. Linda Sanchez said the party needed new leaders.",
				"Rep. Loretta Sanchez voted against the budget on Tuesday.",
			},
		},
		{
			name: "two people of one surname and role in one article",
			texts: []string{
				"Sen. Mark Udall and Sen. Tom Udall voted against the bill.",
				"Sen. Tom Udall said the bill would fail.",
			},
		},
		{
			name: "a pet name and gendered given names",
			texts: []string{
				"Gov. William Ostrander vetoed the bill. Singer Mario Lopez performed.",
				"Gov. Bill Ostrander vetoed the measure. Actress Maria Lopez performed.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			got := briefs(Find(arts, entities.Extract(arts).Entities, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFindClaims(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		facts []crosscheck.Fact
		want  int
	}{
		{"negation", []string{
			"The ministry said the dam on the river was damaged by the floods.",
			"The ministry said the dam on the river was not damaged by the floods.",
		}, nil, 1},
		{"negative prefix says the same", []string{
			"Hegseth said NATO membership for Ukraine was unrealistic at the meeting.",
			"Hegseth said NATO membership for Ukraine was not realistic at the meeting.",
		}, nil, 0},
		{"different statements", []string{
			"The ministry said the dam was damaged.",
			"Officials did not say when the road would reopen to traffic.",
		}, nil, 0},
		{"facts", nil, []crosscheck.Fact{
			{Text: "Rebels have captured the northern airport after heavy fighting.", Articles: []string{"a", "b"}},
			{Text: "Rebels have not captured the northern airport after heavy fighting.", Articles: []string{"c"}},
		}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := Find(articles(tc.texts...), nil, nil, nil, tc.facts)
			if len(ds) != tc.want {
				t.Fatalf("got %d discrepancies %v, want %d", len(ds), ds, tc.want)
			}
			for _, d := range ds {
				if d.Kind != crosscheck.ClaimDiscrepancy || len(d.Variants) != 2 {
					t.Errorf("got %v, want a claim with two variants", d)
				}
			}
		})
	}
}

func TestFindEmpty(t *testing.T) {
	if got := Find(nil, nil, nil, nil, nil); len(got) != 0 {
		t.Errorf("Find of nothing = %v, want none", got)
	}
	if got := Find(articles("", "\x00\xff"), nil, nil, nil, nil); len(got) != 0 {
		t.Errorf("Find of empty articles = %v, want none", got)
	}
}

func ExampleFind() {
	arts := []crosscheck.Article{
		{ID: "wire", Text: "The storm killed 14 people in the port city, the mayor said."},
		{ID: "copy", Text: "The storm killed 14 people in the port city, the mayor said on the radio."},
		{ID: "rewrite", Text: "The storm killed 41 people in the port city, the mayor said."},
	}
	for _, d := range Find(arts, nil, nil, nil, nil) {
		fmt.Println(d.Kind)
		for _, v := range d.Variants {
			fmt.Println(v.Text, v.Articles)
		}
	}
	// Output:
	// figure
	// 14 people [copy wire]
	// 41 people [rewrite]
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The storm killed 14 people. The dam was not damaged.",
		"\u201cWe will rebuild every house,\u201d she said on Monday.",
		"$ % 1,000 nearly an hour and a half \xff",
		"",
	} {
		f.Add(s, "The storm killed 41 people. The dam was damaged.")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		arts := articles(a, b)
		quotes := []crosscheck.Quote{{Speaker: "X", Text: a, Variants: []crosscheck.Cited{
			{Text: a, Articles: []string{"a"}}, {Text: b, Articles: []string{"b"}},
		}}}
		for _, d := range Find(arts, entities.Extract(arts).Entities, quotes, nil, nil) {
			if len(d.Variants) < 2 {
				t.Fatalf("Find(%q, %q) gave a discrepancy with %d variants", a, b, len(d.Variants))
			}
		}
	})
}
