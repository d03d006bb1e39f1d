package discrepancy

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/textproc"
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
			name: "one count of a thing named in three words alike",
			texts: []string{
				"Delmar Quist, aka Del Quist, 53, allegedly submitted more than 13,000 fraudulent voter registration applications between July and October 2020, according to a 41-count criminal complaint. The complaint lists 600 applications as duplicates and 90 applications as forged.",
				"A man seeking to run for mayor of a Nevada suburb and a co-defendant allegedly submitted 8,000 fraudulent voter registration applications on behalf of homeless people, the Washoe County District Attorney said. The county received 41,000 applications in all that year and rejected 700 applications.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "more than 13,000 fraudulent voter registration applications", Articles: []string{"a"}},
				{Text: "8,000 fraudulent voter registration applications", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one day at two times of it",
			texts: []string{
				"A highway bridge over the Current River collapsed late Saturday afternoon, sending two cars into the water.",
				"A highway bridge over the Current River collapsed Saturday morning, sending two cars into the water.",
				"A highway bridge over the Current River collapsed Saturday evening, sending two cars into the water.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "Saturday afternoon", Articles: []string{"a"}},
				{Text: "Saturday morning", Articles: []string{"b"}},
				{Text: "Saturday evening", Articles: []string{"c"}},
			}}},
		},
		{
			name: "an evening told as a night",
			texts: []string{
				"A highway bridge over the Current River collapsed late Saturday night, sending two cars into the water.",
				"A highway bridge over the Current River collapsed Saturday evening, sending two cars into the water.",
			},
		},
		{
			name: "one chamber's vote given two ways beside another chamber's",
			texts: []string{
				"It passed the Legislature on largely party-line votes, clearing the House 38-22 and the Senate 17-13.",
				"The bill cleared the state House 37-23 and the state Senate 17-13, with Republicans providing the votes.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "38-22", Articles: []string{"a"}},
				{Text: "37-23", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a session's day, tied to it or after a modal, and a fronted place",
			texts: []string{
				"Texas Gov. Warren Lasater announced Friday that he is calling the state Legislature into a special session on Dec. 14 to deliver a tax cut.",
				"At a Nov. 13 news conference in Dallas, Lasater said the special session would begin on Dec. 7.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "Dec. 14", Articles: []string{"a"}},
				{Text: "Dec. 7", Articles: []string{"b"}},
			}}},
		},
		{
			name: "the end of one span told with other verbs",
			texts: []string{
				"The continuing resolution keeps federal agencies running at current spending levels through Feb. 6 and now heads to the president.",
				"The Senate passed a continuing resolution on Nov. 19 by 68 votes to 31, extending funding for federal agencies through Jan. 30.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "Feb. 6", Articles: []string{"a"}},
				{Text: "Jan. 30", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a rate, a part and a degree are no totals",
			texts: []string{
				"The team signed him under a five-year contract worth about $310 million. AMD is paying $281 million in cash for SeaMicro and the remainder in stock. Three people were seriously injured, officials said.",
				"The team will pay him roughly $62 million a year under the contract. AMD is paying US$334 million for SeaMicro. In all, 23 people were injured, officials said.",
			},
		},
		{
			name: "a calendar span in days, a past happening recalled, a light verb's other object",
			texts: []string{
				"Each country must give the others six months' notice before starting construction. Surigao del Sur was struck by a magnitude 7.4 quake in December 2023. Valcárcel, a former banker who took office in July, defended the law.",
				"Each country must give the others 180 days' notice before starting construction. The quake struck Surigao del Sur at 4:14 a.m. on March 3. Protesters took to the streets of the capital on March 2 against the law signed by Valcárcel.",
			},
		},
		{
			name: "a price a share is not the deal's price",
			texts: []string{
				"Harvest Market announced it will acquire its rival FreshWay Foods in a $6.8 billion deal, combining two of the Midwest's biggest supermarket chains. Harvest will pay $42 a share in cash.",
				"Two of the Midwest's largest grocery chains are combining in an $8.6 billion deal. Harvest Market announced that it would buy its rival FreshWay Foods for $42 a share.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "$6.8 billion", Articles: []string{"a"}},
				{Text: "$8.6 billion", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two digits of a sum swapped",
			texts: []string{
				"The Federal Trade Commission on Tuesday sued to block Harvest Lane Markets from buying its rival Brightwater Foods, arguing that the $9.8 billion deal would raise grocery prices.",
				"The Federal Trade Commission filed suit on Tuesday to block Harvest Lane Markets' $8.9 billion purchase of Brightwater Foods.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "$9.8 billion", Articles: []string{"a"}},
				{Text: "$8.9 billion", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two digits of a count swapped, one approximate",
			texts: []string{
				"The head of the agency told a House panel that roughly 58,000 households were still waiting for assistance.",
				"Lawmakers demanded to know why 85,000 households hit by the hurricanes are still waiting for assistance.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "roughly 58,000 households", Articles: []string{"a"}},
				{Text: "85,000 households", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two digits of an approximate sum swapped",
			texts: []string{
				"Canada exported $8.9 billion worth of softwood lumber to the United States last year, according to Canadian government figures.",
				"The United States imported about $9.8 billion in Canadian softwood lumber last year, making Canada the largest supplier.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "$8.9 billion", Articles: []string{"a"}},
				{Text: "about $9.8 billion", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two digits swapped in sentences worded apart, beside a count of another kind",
			texts: []string{
				"The backers, a group called Secure Ballots Michigan, submitted more than 540,000 signatures in March, well above the 446,198 valid signatures required.",
				"Supporters collected nearly 450,000 signatures to put it on the ballot, and the Board of State Canvassers certified it last month.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "more than 540,000 signatures", Articles: []string{"a"}},
				{Text: "nearly 450,000 signatures", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two digits swapped in counts of two things",
			texts: []string{
				"Jones ran for a season-high 716 yards rushing and five touchdowns.",
				"Smith had 176 receiving yards and five touchdowns.",
			},
		},
		{
			name: "a count whose scope the other clause tells",
			texts: []string{
				"The agency is short about 3,000 fully certified controllers, the administrator, Colleen Marchetti, told the House aviation subcommittee.",
				"Marchetti told a House aviation subcommittee that the FAA is short roughly 3,800 fully certified controllers and that closing the gap will take years.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "about 3,000 fully certified controllers", Articles: []string{"a"}},
				{Text: "roughly 3,800 fully certified controllers", Articles: []string{"b"}},
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

// quoting makes one article per id that quotes each wording given to it,
// in curly quotation marks.
func quoting(vs ...crosscheck.Cited) []crosscheck.Article {
	var ids []string
	texts := map[string]string{}
	for _, v := range vs {
		for _, id := range v.Articles {
			if _, ok := texts[id]; !ok {
				ids = append(ids, id)
			}
			texts[id] += "She said: \u201c" + v.Text + "\u201d\n\n"
		}
	}
	sort.Strings(ids)
	arts := make([]crosscheck.Article, len(ids))
	for i, id := range ids {
		arts[i] = crosscheck.Article{ID: id, Published: pub, Text: texts[id]}
	}
	return arts
}

func cited(text string, ids ...string) crosscheck.Cited {
	return crosscheck.Cited{Text: text, Articles: ids}
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name   string
		arts   []crosscheck.Article
		quotes []crosscheck.Quote
		want   []brief
	}{
		{
			name: "a reworded quotation",
			arts: quoting(
				cited("We will rebuild every house in the valley before winter.", "a", "b"),
				cited("We will rebuild every home in the valley before winter.", "c"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("We will rebuild every house in the valley before", "a", "b"),
				cited("We will rebuild every home in the valley before", "c"),
			}}},
		},
		{
			name: "an editor's words in brackets after the first word",
			arts: quoting(
				cited("They [the gates] were locked, and people were being crushed against the bars.", "a"),
				cited("They were locked, and people were being crushed against the bars.", "b"),
			),
		},
		{
			name: "a percent sign for the word",
			arts: quoting(
				cited("This game was without a doubt, 100 percent on my shoulders.", "a", "b"),
				cited("This game was without a doubt, 100% on my shoulders.", "c"),
			),
		},
		{
			name: "a function word changed",
			arts: quoting(
				cited("We are not going to pay any single cent for such a stupid wall.", "a", "b"),
				cited("We are not going to pay a single cent for such a stupid wall.", "c"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("not going to pay any single cent for such", "a", "b"),
				cited("not going to pay a single cent for such", "c"),
			}}},
		},
		{
			name: "wordings that differ right after a first word in common",
			arts: quoting(
				cited("I will not put my family through another year of this.", "a", "b"),
				cited("I refuse to put my family through another year of this.", "c"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("I will not put my family through", "a", "b"),
				cited("I refuse to put my family through", "c"),
			}}},
		},
		{
			name: "wordings that differ in a few words after a first word in common, fewer on one side",
			arts: quoting(
				cited("We believe the person responsible for these fires is in custody.", "a"),
				cited("We are confident the person responsible for these fires is in custody.", "b", "c"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("We are confident the person responsible for", "b", "c"),
				cited("We believe the person responsible for", "a"),
			}}},
		},
		{
			name: "a shorter extract that differs right after its first word",
			arts: quoting(
				cited("This bill would starve our schools to score a political point.", "a", "b"),
				cited("would bankrupt our schools to score a political point.", "c"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("This bill would starve our schools to score", "a", "b"),
				cited("would bankrupt our schools to score", "c"),
			}}},
		},
		{
			name: "wordings that end in five words and three",
			arts: quoting(
				cited("No senior should have to choose between filling a prescription and putting food on the table.", "a", "b"),
				cited("No senior should have to choose between filling a prescription and paying the rent.", "c"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("filling a prescription and putting food on the table", "a", "b"),
				cited("filling a prescription and paying the rent", "c"),
			}}},
		},
		{
			name: "a word put in a short phrase",
			arts: quoting(
				cited("partisan political attack dog", "a"),
				cited("partisan attack dog organization.", "b"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("partisan political attack dog", "a"),
				cited("partisan attack dog organization", "b"),
			}}},
		},
		{
			name: "a short wording against a long one that repeats its words",
			arts: quoting(
				cited("We need a big tent. What is this the circus? America is not a clown show. America is not a circus.", "a"),
				cited("What is this? A circus?", "b"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("What is this the circus", "a"),
				cited("A circus", "b"),
			}}},
		},
		{
			name: "the last words changed",
			arts: quoting(
				cited("He is not welcome here. We don't want him. We reject his visit.", "a"),
				cited("We reject his message.", "b"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("We reject his visit", "a"),
				cited("We reject his message", "b"),
			}}},
		},
		{
			name: "one quotation whoever the articles say spoke it",
			arts: quoting(
				cited("Iran gets closer and closer to a nuclear bomb. The world tells us to wait.", "a"),
				cited("Iran gets closer and closer to nuclear arms", "b"),
			),
			quotes: []crosscheck.Quote{
				{Speaker: "Jane Roe", Text: "Iran gets closer and closer to a nuclear bomb.", Articles: []string{"a"}},
				{Speaker: "John Doe", Text: "Iran gets closer and closer to nuclear arms", Articles: []string{"b"}},
			},
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("closer to a nuclear bomb", "a"),
				cited("and closer to nuclear arms", "b"),
			}}},
		},
		{
			name: "a phrase quoted with one word changed",
			arts: quoting(
				cited("illusionary goal", "a"),
				cited("Chasing this illusory goal will only prolong the war.", "b"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("illusionary goal", "a"),
				cited("illusory goal", "b"),
			}}},
		},
		{
			name: "a thought addressed to someone and said of them",
			arts: quoting(
				cited("I am afraid that Chairman Ruiz's budget reflects the values of his favorite economist Milton Friedman rather than the needs of the poor.", "a"),
				cited("Your budget appears to reflect the values of your favorite economist, Milton Friedman, rather than the needs of the poor.", "b"),
			),
		},
		{
			name: "a name in quotation marks",
			arts: quoting(
				cited("Defeat ISIS", "a"),
				cited("We have defeated ISIS in Syria, my only reason for being there.", "b"),
			),
		},
		{
			name: "a phrase that shares only a function word",
			arts: quoting(
				cited("a martyr", "a"),
				cited("It is a matter of time before they come back.", "b"),
			),
		},
		{
			name: "spelling, number words, transliteration and typography",
			arts: quoting(
				cited("Our defence forces will organise the response under Article 5 — Zelenskyy agreed", "a"),
				cited("Our defense forces will organize the response under Article Five - Zelensky agreed", "b"),
			),
		},
		{
			name: "hyphenated number words, titles, initialisms and a masked word",
			arts: quoting(
				cited("There is a two-in-three chance Sen. Ortiz and the F.B.I. will find the damn thing.", "a"),
				cited("There is a 2 in 3 chance Senator Ortiz and the FBI will find the d*** thing.", "b"),
			),
		},
		{
			name: "contractions and an ampersand",
			arts: quoting(
				cited("It's not enough. He's determined, and there's some good & some bad.", "a"),
				cited("It is not enough. He is determined, and there is some good and some bad.", "b"),
			),
		},
		{
			name: "a changed number in a compound still counts",
			arts: quoting(
				cited("There is a two-in-three chance we hold the seat.", "a", "b"),
				cited("There is a one-in-three chance we hold the seat.", "c"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("There is a two-in-three chance we", "a", "b"),
				cited("There is a one-in-three chance we", "c"),
			}}},
		},
		{
			name: "a shorter extract",
			arts: quoting(
				cited("Instead, any security guarantee must be backed by capable troops.", "a"),
				cited("any security guarantee must be backed by capable troops", "b"),
			),
		},
		{
			name: "an ellipsis and an editor's brackets and parentheses",
			arts: quoting(
				cited("If Europe could even provide troops [under a ceasefire agreement], we should have a seat … and be consulted by these (local) supervisors", "a"),
				cited("If Europe could even provide troops, we should have a seat at the table and be consulted by these supervisors", "b"),
			),
		},
		{
			name: "an ellipsis beside a word the left-out words repeat",
			arts: quoting(
				cited("These were people who loved each other, who prayed together, who took this trip every year.", "a"),
				cited("These were people who loved each other ... who took this trip every year.", "b"),
			),
		},
		{
			name: "words in brackets that stand for others at the start",
			arts: quoting(
				cited("[The police] have a hard time because there is so much going on here.", "a"),
				cited("They have a hard time because there is so much going on here.", "b"),
			),
		},
		{
			name: "a name in brackets for a pronoun",
			arts: quoting(
				cited("What he did was wrong, and this board has to say so publicly.", "a"),
				cited("What [Halvorsen] did was wrong, and this board has to say so publicly.", "b"),
			),
		},
		{
			name: "a body in brackets for the words that opened the quotation",
			arts: quoting(
				cited("This agency will stand with every grower in this state, whether they own land or not.", "a"),
				cited("[The Farm Agency] will stand with every grower in this state, whether they own land or not.", "b"),
			),
		},
		{
			name: "a name in brackets beside a word changed",
			arts: quoting(
				cited("What he did was wrong, and this board has to say so publicly.", "a"),
				cited("What [Halvorsen] said was wrong, and this board has to say so publicly.", "b"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("What he did was wrong, and this", "a"),
				cited("What [Halvorsen] said was wrong, and this", "b"),
			}}},
		},
		{
			name: "contractions and possessives of a tokenised text",
			arts: quoting(
				cited("I ’ m in the middle of it and we did n't stop. It is Obama 's plan, we 'll see.", "a"),
				cited("I'm in the middle of it and we didn't stop. It is Obama's plan, we will see.", "b"),
			),
		},
		{
			name: "a transliteration inserted in parentheses",
			arts: quoting(
				cited("We told (Muammar) al-Qaddafi that the talks were over, and he left the room.", "a"),
				cited("We told (Moammar) Gadhafi that the talks were over, and he left the room.", "b"),
			),
		},
		{
			name: "two excerpts of one long statement",
			arts: quoting(
				cited("The bridge will open in May. If the council delays it again, the whole town will pay for it, and we will not stand for that. It is our town.", "a", "b"),
				cited("The bridge will open in May. It is our town.", "c"),
			),
		},
		{
			name: "two sentences that end alike",
			arts: quoting(
				cited("I can't help but think that those remarks are well over the line.", "a"),
				cited("When you talk like that, you make comments that are well over the line.", "b"),
			),
		},
		{
			name: "two sentences that share a phrase of function words",
			arts: quoting(
				cited("I think there's a lot of soul-searching.", "a"),
				cited("There's a whole lot of anger out there.", "b"),
			),
		},
		{
			name: "a compound in one word or two",
			arts: quoting(
				cited("He said he opposed same-sex marriage until last year.", "a"),
				cited("He said he opposed same sex marriage until last year.", "b"),
			),
		},
		{
			name: "a reworded word beside function-word changes",
			arts: quoting(
				cited("He left a record of bankruptcies and lawsuits and angry shareholders and contractors.", "a"),
				cited("He left a record of bankruptcies, lawsuits, angry stockholders and contractors.", "b"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("a record of bankruptcies and lawsuits and angry shareholders and contractors", "a"),
				cited("a record of bankruptcies, lawsuits, angry stockholders and contractors", "b"),
			}}},
		},
		{
			name: "a short extract with a changed word",
			arts: quoting(
				cited("We could lose. We've got a big challenge, and we've got work to do.", "a", "b"),
				cited("We've got a real challenge", "c"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("We've got a big challenge, and we've", "a", "b"),
				cited("We've got a real challenge", "c"),
			}}},
		},
		{
			name: "two endings, and a name for a pronoun",
			arts: quoting(
				cited("Kathleen knows where every dollar goes, and she isn’t afraid to say no,", "a"),
				cited("She knows where every dollar goes and she's not afraid to cut,", "b"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("isn’t afraid to say no", "a"),
				cited("she's not afraid to cut", "b"),
			}}},
		},
		{
			name: "an attribution a stray mark took in",
			arts: quoting(
				cited("She is doing well and resting at home, the actress's rep Jack Ketsoyan tells the mag.", "a"),
				cited("She is doing well and resting at home, the actress's rep Jack Ketsoyan tells PEOPLE.", "b"),
			),
		},
		{
			name: "British spellings of a plural",
			arts: quoting(
				cited("If these results hold up, this is a vaccine that could be folded into routine immunization programs quickly.", "a"),
				cited("could be folded into routine immunisation programmes quickly", "b"),
			),
		},
		{
			name: "a quotation reworded, its shared words in other inflections",
			arts: quoting(
				cited("Capping rents sounds simple, but it would choke off the very construction we need to bring prices down.", "a"),
				cited("Rent caps sound simple, but they would strangle the construction we need to bring prices down", "b"),
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("rents sounds simple, but it would choke off the very construction we need to", "a"),
				cited("caps sound simple, but they would strangle the construction we need to", "b"),
			}}},
		},
		{
			name: "a quotation of two sentences, the first reworded where the second is quoted alone",
			arts: articles(
				`The governor said: "Today the council asked him to step aside, and I think he should accept its advice."`,
				`The governor said: "His remarks were wrong and he should very carefully weigh what is best for the city. Today the council asked him to step aside, and I think he should accept its advice."`,
				`"His remarks were wrong and he should not very carefully weigh what is best for the city," the governor said. "Today the council asked him to step aside, and I think he should accept its advice."`,
			),
			want: []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
				cited("wrong and he should very carefully weigh what", "b"),
				cited("wrong and he should not very carefully weigh what", "c"),
			}}},
		},
		{
			name: "phrases of different speakers",
			arts: quoting(
				cited("illusionary goal", "a"),
				cited("Chasing this illusory goal will only prolong the war.", "b"),
			),
			quotes: []crosscheck.Quote{
				{Speaker: "Jane Roe", Text: "illusionary goal", Articles: []string{"a"}},
				{Speaker: "John Doe", Text: "Chasing this illusory goal will only prolong the war.", Articles: []string{"b"}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(Find(tc.arts, nil, tc.quotes, nil, nil))
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

// nameCase is a story and the discrepancies Find must report in it, with
// the entities package's people.
type nameCase struct {
	name  string
	texts []string
	want  []brief
}

// checkNameCases runs Find on each case with the entities of its reports.
func checkNameCases(t *testing.T, tests []nameCase) {
	t.Helper()
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

func TestFindDoubleBarrelledSurnames(t *testing.T) {
	checkNameCases(t, []nameCase{
		{
			name: "one part of a double-barrelled surname misspelt",
			texts: []string{
				"Union leader Teodora Vasquez-Lind said the deal was fair. Vasquez-Lind thanked the members.",
				"Union leader Teodora Vasquez-Lund said the deal was fair to the workers.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Lind", Articles: []string{"a"}},
				{Text: "Lund", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a hyphenated given name after its surname misspelt",
			texts: []string{
				"Chief executive Seo Jae-won apologized at a news conference in Seoul.",
				"The company's chief executive, Seo Jae-woo, apologized at a news conference.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Jae-won", Articles: []string{"a"}},
				{Text: "Jae-woo", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a particle before a hyphen is romanised, not misspelt",
			texts: []string{
				"Oil Minister Jassim al-Taie said output would rise. Al-Taie spoke in Basra.",
				"Oil Minister Jassim al-Tai said output would rise this year.",
			},
		},
	})
}

func TestFindGivenNames(t *testing.T) {
	checkNameCases(t, []nameCase{
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
			name: "a surname with a y for an i between consonants",
			texts: []string{
				"The trip was paid for by the lobbyist Dorian Wyle, who did not respond. Wyle represents oil and gas producers.",
				"He accepted the trip from the lobbyist Dorian Wile. Wile represents oil and gas producers.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Wile", Articles: []string{"b"}},
				{Text: "Wyle", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a person known by the name a middle initial stands for",
			texts: []string{
				"SANTIAGO — Camila A. Rojas, a 38-year-old former city councilwoman, won a special election on Sunday to become mayor of Valparaíso. Rojas thanked her supporters.",
				"Andrea Rojas, a former city councilwoman, won Sunday's special election to become mayor of Valparaíso. Rojas thanked her supporters.",
			},
		},
		{
			name: "a given name romanised with a y or an i at its end",
			texts: []string{
				"Foreign Minister Dmitry Volkanov said talks would resume. Volkanov spoke in Geneva.",
				"Foreign Minister Dmitri Volkanov said the talks would resume next week.",
			},
		},
		{
			name: "a surname with a letter doubled in one article",
			texts: []string{
				"U.S. District Judge Harlan M. Vreeland granted the injunction. Vreeland wrote that the law was vague.",
				"U.S. District Judge Harlan Vreland issued the injunction on Friday.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Vreeland", Articles: []string{"a"}},
				{Text: "Vreland", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a doubled letter of a romanised name",
			texts: []string{
				"Gen. Qassem Soleimani was killed in a drone strike. Qassem Soleimani led the Quds Force.",
				"Iran's top general, Qasem Soleimani, was killed in a drone strike.",
			},
		},
		{
			name: "two romanisations of one Arabic name",
			texts: []string{
				"Egyptian President Mohammed Morsi spoke on Friday. Morsi said the talks would go on.",
				"Egyptian President Mohamed Morsi spoke to reporters on Friday.",
			},
		},
		{
			name: "a given name spelt with other vowels",
			texts: []string{
				"Katherine Dunmore, the Ohio Republican who chairs the committee, said the bill would pass. Dunmore spoke on Friday.",
				"Appropriations Chair Kathryn Dunmore said the bill would pass.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Katherine", Articles: []string{"a"}},
				{Text: "Kathryn", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a given name with two letters swapped",
			texts: []string{
				"The contract was lawful, said Kristen Vollmer, the governor's chief of staff.",
				"The contract was lawful, said Kirsten Vollmer, the governor's chief of staff.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Kirsten", Articles: []string{"b"}},
				{Text: "Kristen", Articles: []string{"a"}},
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
			name: "an office and its plural where a surname would stand",
			texts: []string{
				"\"He planned it,\" the Franklin County prosecutor, Gary Lindholm, told jurors. Prosecutors said Kellerman tracked her.",
				"Prosecutors said Kellerman used a fitness app. Reporters reached out to the Franklin County Prosecutor's Office.",
				"\"He planned it,\" Franklin County Prosecutor Gary Lindholm said during closing arguments.",
			},
		},
		{
			name: "the story's one bearer of a surname, given two names and told of one deed",
			texts: []string{
				"Prosecutors say the money came from Harold Brixley, a Reno real estate developer who was also charged. Brixley did not respond.",
				"The senator took cash and campaign money from Reno developer Howard Brixley, who was also charged. Brixley has denied wrongdoing.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Harold Brixley", Articles: []string{"a"}},
				{Text: "Howard Brixley", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a German umlaut written out",
			texts: []string{
				"The defendant, Jörg Haltermann, told the court he had not known. Haltermann wept.",
				"The defendant, Joerg Haltermann, told the court he had not known about the scheme.",
			},
		},
		{
			name: "two fires of one common word, not one person",
			texts: []string{
				"The Cameron Peak Fire burned for months before crews contained the fire in December.",
				"The Marshall Fire burned for hours before crews contained the fire that night.",
			},
		},
		{
			name: "one party's leader with two given names, told of other deeds",
			texts: []string{
				"Green Forward leader Rasmus Kõiv had pushed for a levy on large landholdings, a proposal the Rural Alliance rejected.",
				"Green Forward leader Andres Kõiv said the agreement required compromise from all sides.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Andres Kõiv", Articles: []string{"b"}},
				{Text: "Rasmus Kõiv", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a party's former leader and its leader, of one surname",
			texts: []string{
				"Former Green Forward leader Rasmus Kõiv had pushed for a levy on large landholdings.",
				"Green Forward leader Andres Kõiv said the agreement required compromise from all sides.",
			},
		},
		{
			// Sentences are looked up by the last word of a full name:
			// "O'Halloran's" holds "Halloran" as a word of its own.
			name: "two given names of one governor, a surname with an apostrophe",
			texts: []string{
				"Gov. Robert O'Halloran's aides said he ordered flags lowered to half-staff.",
				"Gov. Bill O'Halloran ordered flags flown at half-staff on Friday.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Bill O'Halloran", Articles: []string{"b"}},
				{Text: "Robert O'Halloran", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a role of a thing before the name: one chief of staff with two given names",
			texts: []string{
				"His chief of staff, Darla Lindqvist, said the congressman had cooperated fully with the committee.",
				"His chief of staff, Marla Lindqvist, said the congressman cooperated fully with investigators.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Darla Lindqvist", Articles: []string{"a"}},
				{Text: "Marla Lindqvist", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one deputy administrator with two given names",
			texts: []string{
				"Deputy Administrator Sharon Kittredge said the software sent about one in five applications to manual review.",
				"FEMA Deputy Administrator Karen Kittredge told lawmakers the software flagged roughly 20% of applications for manual review.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Karen Kittredge", Articles: []string{"b"}},
				{Text: "Sharon Kittredge", Articles: []string{"a"}},
			}}},
		},
		{
			name: "two people of one surname with a role of a thing, told of other deeds",
			texts: []string{
				"His chief of staff, Darla Lindqvist, said the congressman had cooperated fully with the committee.",
				"Marla Lindqvist, his chief of staff's sister, won the county fair's pie contest in 2019.",
			},
		},
		{
			name: "one spokesman of a naval rank with two given names",
			texts: []string{
				"Twelve people remained missing on Sunday evening, according to Commodore Arnel Bautista, a coast guard spokesman. Commodore Bautista said divers were searching the hull.",
				"A dozen people were still unaccounted for late Sunday, said Commodore Armando Bautista, a spokesman for the coast guard.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Armando Bautista", Articles: []string{"b"}},
				{Text: "Arnel Bautista", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one spokesman's Greek given name in two romanisations",
			texts: []string{
				"Fire service spokesman Yiannis Kostaridis said 40 firefighters were battling the blaze near the village.",
				"Fire service spokesman Giannis Kostaridis said 40 firefighters were fighting the blaze near the village.",
			},
		},
		{
			name: "one holder of an office, doing other things in each article",
			texts: []string{
				"The fall hands the initiative to President Boyan Staykov, who must offer a parliamentary group the mandate.",
				"President Bogdan Staykov is expected to begin consultations with parliamentary parties next week.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Bogdan Staykov", Articles: []string{"b"}},
				{Text: "Boyan Staykov", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one superintendent, two given names",
			texts: []string{
				"Superintendent Charlotte Macias said schools would reopen.",
				"Superintendent Carla Macias said schools would reopen.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Carla Macias", Articles: []string{"b"}},
				{Text: "Charlotte Macias", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one chief executive, told after the name, two given names",
			texts: []string{
				"At the hearing, Craig Donnelly, the chief executive of Meridian Logistics, acknowledged that the company had struggled to find trucks.",
				"At the hearing, Greg Donnelly, CEO of Meridian Logistics, told the subcommittee his company was overwhelmed by demand.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Craig Donnelly", Articles: []string{"a"}},
				{Text: "Greg Donnelly", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one sheriff, two given names",
			texts: []string{
				"Sheriff Wayne Colter said deputies found the car near the river.",
				"Sheriff Robert Colter told reporters the suspect was armed when deputies arrived.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Robert Colter", Articles: []string{"b"}},
				{Text: "Wayne Colter", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one chairwoman of a named body, doing other things in each article",
			texts: []string{
				"Acme chairwoman Denise Farrow resigned on Monday.",
				"Acme chairwoman Janet Farrow will address shareholders in May.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Denise Farrow", Articles: []string{"a"}},
				{Text: "Janet Farrow", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one holder of an office, romanised two ways",
			texts: []string{
				"President Gurbanguli Berdymukhamedov opened the parliamentary session.",
				"President Kurbanguly Berdymukhamedov spoke to the parliamentary session.",
			},
		},
		{
			name: "one holder of an office, a Cyrillic Ye romanised as E",
			texts: []string{
				"President Yerlan Tokbayev opened the parliamentary session on Monday.",
				"President Erlan Tokbayev spoke to the parliamentary session on Monday.",
			},
		},
		{
			name: "two given names of one surname, no role, told of the same deed",
			texts: []string{
				"Evans Rono of Kenya pulled away from Abdi Tessema of Ethiopia in Central Park on Sunday to win the New York City Marathon. Rono, 27, said he felt strong.",
				"Kenya's Edwin Rono won the New York City Marathon on Sunday, outlasting Ethiopia's Abdi Tessema in Central Park. Rono said he would rest.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Edwin Rono", Articles: []string{"b"}},
				{Text: "Evans Rono", Articles: []string{"a"}},
			}}},
		},
		{
			name: "two sisters named together, the surname after the second",
			texts: []string{
				"A Republican staffer on Friday apologized for a Facebook post that criticized Malia and Sasha Obama's appearance at the annual White House turkey pardon ceremony.",
				"The staffer wrote an open letter to Sasha and Malia Obama on her Facebook page on Friday, criticizing their appearance at the annual White House turkey pardon ceremony.",
			},
		},
		{
			name: "a pet name of four letters, no role",
			texts: []string{
				"Bibi Netanyahu used an election ad on Sunday featuring the new American ambassador and the Israeli prime minister's allies. Netanyahu said the ad was fair.",
				"Benjamin Netanyahu used an election ad on Sunday featuring the new American ambassador and the Israeli prime minister's allies. Netanyahu said it was fair.",
			},
		},
		{
			name: "a given name spelt two near ways, with no role",
			texts: []string{
				"“This was never about one issue,” said Shannon McCreary, who led the recall campaign.",
				"“We had moms with clipboards,” said Sharon McCreary, who organized the recall drive.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Shannon McCreary", Articles: []string{"a"}},
				{Text: "Sharon McCreary", Articles: []string{"b"}},
			}}},
		},
		{
			name: "given names of one stem, told of the same deeds",
			texts: []string{
				"The president chose Kathleen Ashworth, a former Ohio budget director, to lead the office.",
				"The White House nominated Katherine Ashworth, Ohio's former budget director, for the post.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Katherine Ashworth", Articles: []string{"b"}},
				{Text: "Kathleen Ashworth", Articles: []string{"a"}},
			}}},
		},
		{
			name: "given names of one stem, told of other deeds",
			texts: []string{
				"Kathleen Ashworth, a nurse, treated the wounded at the scene.",
				"Katherine Ashworth won the county fair's pie contest in 2019.",
			},
		},
		{
			name: "a first letter heard two ways",
			texts: []string{
				"Marchetti had 53 percent of the vote to 46 percent for Garrett Lyle, a Republican state senator, according to unofficial results.",
				"Marchetti, the county executive, defeated Republican state Sen. Jarrett Lyle roughly 54 percent to 45 percent, according to unofficial results.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Garrett Lyle", Articles: []string{"a"}},
				{Text: "Jarrett Lyle", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one judge with two near surnames",
			texts: []string{
				"Judge Cornelius Ashdown of the Federal District Court in Boston ruled that the hospital must pay.",
				"U.S. District Judge Cornelius Ashton ruled Tuesday that the hospital must pay the families.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Cornelius Ashdown", Articles: []string{"a"}},
				{Text: "Cornelius Ashton", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one minister whose surnames differ in their first letters, one role and one deed",
			texts: []string{
				"Lawmakers voted on Thursday to censure the interior minister, Víctor Huamán, forcing him from office after a wave of killings of bus drivers.",
				"Lawmakers on Thursday censured Interior Minister Víctor Guzmán, forcing him out of office amid a wave of killings targeting bus drivers.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Víctor Guzmán", Articles: []string{"b"}},
				{Text: "Víctor Huamán", Articles: []string{"a"}},
			}}},
		},
		{
			name: "the story's only two bearers of a given name, in one role and told doing the same, surnames apart",
			texts: []string{
				"The county's emergency management director, Karen Doll, said crews had reached every road by Monday night.",
				"Karen Dahl, the county's emergency management director, said crews had reached every road by Monday.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Karen Dahl", Articles: []string{"b"}},
				{Text: "Karen Doll", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one governor, told as the governor of a province and by its title, surnames apart",
			texts: []string{
				"The governor of Boyacá, Andrés Felipe Castañeda, said rescuers had reached the tunnel.",
				"Boyacá Gov. Andrés Felipe Castellanos called the deaths a tragedy.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Andrés Felipe Castañeda", Articles: []string{"a"}},
				{Text: "Andrés Felipe Castellanos", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a name with a part left off, its given name romanised two ways",
			texts: []string{
				"However, Sudan Armed Forces spokesman Sawarmi Khaled Saad vehemently denied that Sudan had bombed the camp.",
				"Al - Sawarmi Khalid, spokesman for Sudan's armed forces, said Sudan had not bombed the camp.",
			},
		},
		{
			name: "a name with and without its suffix",
			texts: []string{
				"Council President Raymond Ortiz Jr. said the vote would come on Tuesday.",
				"Council President Raymond Ortiz said the vote would come Tuesday.",
			},
		},
		{
			name: "one Arabic surname romanised two ways, in one role",
			texts: []string{
				"Foreign Minister Mohamed el-Sharkawy said the talks in Cairo would resume on Sunday.",
				"Foreign Minister Mohamed al-Sharqawi said the talks in Cairo would resume Sunday.",
			},
		},
		{
			name: "two people of one given name, surnames ending alike, no role in common",
			texts: []string{
				"Víctor Huamán, a bus driver, said the killings had paralyzed the capital.",
				"Interior Minister Víctor Guzmán said the police would patrol the bus routes.",
			},
		},
		{
			name: "one official with surnames of one stem, told of the same deeds",
			texts: []string{
				"Most of the dead were in the coastal province, where adobe houses collapsed, said Rosa Alvarado, the head of the civil defense institute.",
				"The adobe houses simply could not withstand it, said Rosa Alvarez, who heads the civil defense institute, adding that most of the dead were in the province.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Rosa Alvarado", Articles: []string{"a"}},
				{Text: "Rosa Alvarez", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two people of one given name and surnames of one stem, told of other deeds",
			texts: []string{
				"Most of the dead were in the coastal province, said Rosa Alvarado, the head of the civil defense institute.",
				"Rosa Alvarez, a teacher, won the regional chess championship in 2019.",
			},
		},
		{
			name: "one person of one given name and one age, surnames three edits apart",
			texts: []string{
				"The coroner identified the dead as Marcus Ellery, 44, of Canton, and Tomas Vidal, 29.",
				"The dead were Marcus Elroy, 44, a crane operator, and Tomas Vidal, 29, the coroner said.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Marcus Ellery", Articles: []string{"a"}},
				{Text: "Marcus Elroy", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one deputy secretary, surnames three edits apart",
			texts: []string{
				"Deputy Secretary Patricia Nunley will run the department until a successor is confirmed.",
				"Deputy Secretary Patricia Nunnelly will lead the agency in the meantime.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Patricia Nunley", Articles: []string{"a"}},
				{Text: "Patricia Nunnelly", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one state engineer, surnames beginning with the same four letters",
			texts: []string{
				"The state engineer, Tomás Gallegos, said reservoirs were at record lows.",
				"State Engineer Tomas Gallardo said the reservoirs were nearly empty.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Tomas Gallardo", Articles: []string{"b"}},
				{Text: "Tomás Gallegos", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one agent of one player, surnames beginning with the same three letters",
			texts: []string{
				"Orlandi's agent, Rui Casimiro, was in Lisbon and Birmingham over the final 48 hours of the window to shepherd the deal through.",
				"Orlandi's agent, Rui Cassiano, spent the final two days shuttling between Lisbon and Birmingham.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Rui Casimiro", Articles: []string{"a"}},
				{Text: "Rui Cassiano", Articles: []string{"b"}},
			}}},
		},
		{
			name: "an agent and a club's president, surnames beginning alike",
			texts: []string{
				"Orlandi's agent, Rui Casimiro, was in Lisbon and Birmingham over the final 48 hours of the window.",
				"Benfica's president, Rui Cassiano, spent the final two days in Lisbon and Birmingham.",
			},
		},
		{
			name: "one spokesman of one body, two given names of one surname",
			texts: []string{
				"\"The evidence justifies his detention,\" Narayan Ghimire, a spokesman for the commission, told reporters.",
				"Investigators believe the contract was awarded to a relative's company, according to Narendra Ghimire, a spokesman for the commission.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Narayan Ghimire", Articles: []string{"a"}},
				{Text: "Narendra Ghimire", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one chief executive, the role told after the name",
			texts: []string{
				"The deal would close next year, said Kenji Morimoto, Hoshida's chief executive.",
				"Hoshida CEO Kenji Moriyama said the company would keep the plant open.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Kenji Morimoto", Articles: []string{"a"}},
				{Text: "Kenji Moriyama", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two people of one given name, the role of one told after the name",
			texts: []string{
				"The deal would close next year, said Kenji Morimoto, a former aide to the chief executive.",
				"Hoshida CEO Kenji Moriyama said the company would keep the plant open.",
			},
		},
		{
			name: "two people of one given name, near surnames and other roles",
			texts: []string{
				"Judge Cornelius Ashdown ruled that the hospital must pay.",
				"Cornelius Ashton, a nurse at the hospital, said the ruling was fair.",
			},
		},
		{
			name: "two people of one surname, far given names and no role",
			texts: []string{
				"Shannon McCreary led the recall campaign.",
				"Robert McCreary opposed the recall campaign.",
			},
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
	})
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
		{"released without charge, and charged", []string{
			"The man arrested in the heist was released without charge on Wednesday, prosecutors said.",
			"The man arrested in the heist was charged with theft on Wednesday, prosecutors said.",
		}, nil, 1},
		{"negative prefix says the same", []string{
			"Hegseth said NATO membership for Ukraine was unrealistic at the meeting.",
			"Hegseth said NATO membership for Ukraine was not realistic at the meeting.",
		}, nil, 0},
		{"opposite words", []string{
			"The county board approved the plan to close the Riverside clinic on Tuesday.",
			"The county board rejected the plan to close the Riverside clinic on Tuesday.",
		}, nil, 1},
		{"a panel divided and unanimous", []string{
			"A divided three-judge panel of the appeals court ruled that the agency exceeded its authority.",
			"A unanimous three-judge panel of the appeals court ruled that the agency exceeded its authority.",
		}, nil, 1},
		{"opposite words, one negated", []string{
			"The governor said she supports the plan to close the Riverside clinic.",
			"The governor said she does not oppose the plan to close the Riverside clinic.",
		}, nil, 0},
		{"a quantity narrowed frames the same statement", []string{
			"“The city is paying too much for a stadium that will sit empty most of the year,” council member Ruth Adler said on Monday.",
			"Not everyone on the council agreed: Ruth Adler said the city was “paying too much for a stadium that will sit empty most of the year.”",
		}, nil, 0},
		{"a denial of a phrase that opens on a stopword", []string{
			"Police caught up with the driver, who is from Schenectady, a few blocks away.",
			"Police caught up with the driver, who is not from Schenectady, a few blocks away.",
		}, nil, 1},
		{"a denial and a statement in other words that agree", []string{
			"Rosalind Ashby, the mayor of Hutt City, said the government had not consulted councils before the announcement.",
			"Hutt City Mayor Rosalind Ashby said councils had been blindsided by the announcement.",
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

func TestFindContradictions(t *testing.T) {
	crash := "A truck driver was arrested at the scene on Monday. The driver was charged with reckless driving."
	tests := []struct {
		name string
		arts []crosscheck.Article
		want []brief
	}{
		{
			name: "a subject before a relative clause",
			arts: articles("Rep. Wendell Ashcombe and his wife, Corinne, were charged Wednesday with wire fraud.",
				"His wife, Corinne, who served as an unpaid adviser to the campaign, was not charged."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Rep. Wendell Ashcombe and his wife, Corinne, were charged Wednesday with wire fraud.", "a"),
					cited("His wife, Corinne, who served as an unpaid adviser to the campaign, was not charged.", "b"),
				}},
			},
		},
		{
			name: "a passive in a relative clause after a party's label",
			arts: articles("Mr. Hale has not been charged with a crime, his lawyer said.",
				"The committee voted to investigate Rep. Gordon Hale (R-Fla.), who was indicted by a federal grand jury last month."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("The committee voted to investigate Rep. Gordon Hale (R-Fla.), who was indicted by a federal grand jury last month.", "b"),
					cited("Mr. Hale has not been charged with a crime, his lawyer said.", "a"),
				}},
			},
		},
		{
			name: "a deed after a fronted phrase",
			arts: articles("Senator Marlow will not run again. She declined to endorse a successor, saying primary voters should decide.",
				"Senator Marlow will not run again. In a move that surprised some officials, she endorsed her former chief of staff, Aldo Penn, to succeed her."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("In a move that surprised some officials, she endorsed her former chief of staff, Aldo Penn, to succeed her.", "b"),
					cited("She declined to endorse a successor, saying primary voters should decide.", "a"),
				}},
			},
		},
		{
			name: "people killed against no deaths",
			arts: articles("The storm hit the town of Dunmore on Monday. No deaths were reported, officials said.",
				"The storm hit the town of Dunmore on Monday. One person was killed, officials said."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("One person was killed, officials said.", "b"),
					cited("No deaths were reported, officials said.", "a"),
				}},
			},
		},
		{
			name: "trees killed against no deaths",
			arts: articles("The fire is burning through stands of pine killed by bark beetles.",
				"No deaths or serious injuries had been reported, though one firefighter was treated for heat exhaustion."),
		},
		{
			name: "people killed against no deaths in a happening of another year",
			arts: articles("Many of the victims were killed when adobe houses caved in.",
				"The same coast was struck by a quake in June 2024, which damaged dozens of homes but caused no deaths."),
		},
		{
			name: "a verb with its particle is another act",
			arts: articles("Since that win over Dale Barrow, Okafor has gone 4-2-1 with a no-contest, beating nothing but club fighters.",
				"In the third round Kovac so thoroughly dominated that I scored it a 10-8 round even though Okafor never went down."),
		},
		{
			name: "a deed denied in the active voice, told in the passive",
			arts: articles("Health officials said they have not yet identified the source of the outbreak.",
				"The source of the outbreak has been identified as a rooftop cooling tower, health officials said."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("The source of the outbreak has been identified as a rooftop cooling tower, health officials said.", "b"),
					cited("Health officials said they have not yet identified the source of the outbreak.", "a"),
				}},
			},
		},
		{
			name: "none of some things against one of them",
			arts: articles("None of the paintings has been recovered, and detectives said the works may have been moved abroad.",
				"One of the paintings was recovered from a lockup garage in Essex last year."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("One of the paintings was recovered from a lockup garage in Essex last year.", "b"),
					cited("None of the paintings has been recovered, and detectives said the works may have been moved abroad.", "a"),
				}},
			},
		},
		{
			name: "none of some people against others",
			arts: articles("None of the bank's employees were hurt in the robbery.",
				"Two customers were hurt in the robbery, police said."),
		},
		{
			name: "nothing found, told two ways",
			arts: articles("State officials were testing the river but had found no elevated readings so far.",
				"Environmental officials were testing the river and had not detected elevated levels of contaminants."),
		},
		{
			name: "something found against nothing detected",
			arts: articles("State officials had found elevated levels of benzene in the river.",
				"Environmental officials had not detected elevated levels of benzene in the river."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("State officials had found elevated levels of benzene in the river.", "a"),
					cited("Environmental officials had not detected elevated levels of benzene in the river.", "b"),
				}},
			},
		},
		{
			name: "a subject past its age and a relative clause",
			arts: articles("Thapaliya has not yet been charged, officials said.",
				"Rameshwor Thapaliya, 61, who oversaw the country's roads, was charged with corruption over the deal."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Rameshwor Thapaliya, 61, who oversaw the country's roads, was charged with corruption over the deal.", "b"),
					cited("Thapaliya has not yet been charged, officials said.", "a"),
				}},
			},
		},
		{
			name: "a clause denied, and the same denied in the sentence",
			arts: articles("Police denied that officers had fired tear gas at the crowd.",
				"Officers had not fired tear gas at the crowd, police said."),
		},
		{
			name: "a clause denied against the deed told",
			arts: articles("Police denied that officers had fired live rounds at the protesters.",
				"Police acknowledged that officers had fired live rounds at the protesters."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Police acknowledged that officers had fired live rounds at the protesters.", "b"),
					cited("Police denied that officers had fired live rounds at the protesters.", "a"),
				}},
			},
		},
		{
			name: "a deed denied in -ing against the deed told",
			arts: articles("Police denied firing rubber bullets, saying officers had used only water cannon to clear the bridge.",
				"Witnesses said police fired rubber bullets at the marchers on the bridge."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Witnesses said police fired rubber bullets at the marchers on the bridge.", "b"),
					cited("Police denied firing rubber bullets, saying officers had used only water cannon to clear the bridge.", "a"),
				}},
			},
		},
		{
			name: "wrongdoing denied is no deed denied",
			arts: articles("Haro has denied wrongdoing and called the inquiry a \u201cpolitically motivated witch hunt.\u201d",
				"\u201cThis is a politically motivated witch hunt, and I intend to fight it,\u201d Haro said in a statement."),
		},
		{
			name: "both sides of a choice",
			arts: articles("But baseball's rules prohibit players from betting on any major league game, regardless of whether their own team is involved.",
				"Baseball's rules bar players from betting on any major league game, whether or not their own team is involved."),
		},
		{
			name: "a vote of no",
			arts: articles("\"I do not back new spending while we are cutting bus routes,\" said Councilmember Dale Reyes, who voted no.",
				"\"I do not back new spending while we are cutting bus routes,\" Reyes said."),
		},
		{
			name: "not until: only then",
			arts: articles("Signs of the illness, which can appear weeks after exposure, include fever and a rash.",
				"Signs of the illness can include fever and a rash, and may not appear until weeks after exposure."),
		},
		{
			name: "a deed that would not have been done if something else had",
			arts: articles("Payton said the Saints would not have placed Bush on injured reserve if they were still in contention.",
				"After spraining his knee, Bush has been placed on the injured reserve list, ending his season."),
		},
		{
			name: "an age set off by commas before the auxiliary",
			arts: articles("Dorian Vasquez, 24, was found guilty of second-degree murder on Thursday.",
				"Dorian Vasquez was not found guilty of murder, and the jury deadlocked on a lesser count."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Dorian Vasquez, 24, was found guilty of second-degree murder on Thursday.", "a"),
					cited("Dorian Vasquez was not found guilty of murder, and the jury deadlocked on a lesser count.", "b"),
				}},
			},
		},
		{
			name: "a home town set off by commas before the auxiliary",
			arts: articles("Eldon Marsh, 58, of Bristol, Tennessee, was killed when the truck overturned.",
				"Eldon Marsh was not killed in the crash; he was treated and released, the sheriff said."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Eldon Marsh, 58, of Bristol, Tennessee, was killed when the truck overturned.", "a"),
					cited("Eldon Marsh was not killed in the crash; he was treated and released, the sheriff said.", "b"),
				}},
			},
		},
		{
			name: "a name and a spouse set off by commas",
			arts: articles("Rep. Wendell Ashcombe, R-Ohio, and his wife, Corinne, were not indicted, prosecutors said.",
				"Rep. Wendell Ashcombe (R-Ohio) and his wife, Corinne Ashcombe, were indicted Tuesday on charges of misusing campaign funds."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Rep. Wendell Ashcombe (R-Ohio) and his wife, Corinne Ashcombe, were indicted Tuesday on charges of misusing campaign funds.", "b"),
					cited("Rep. Wendell Ashcombe, R-Ohio, and his wife, Corinne, were not indicted, prosecutors said.", "a"),
				}},
			},
		},
		{
			name: "an act of a name the sentence opens on, and of the name set off by commas",
			arts: articles("Dr. Ingrid Castellanos has resigned as director of the agency, an official said on Monday.",
				"Dr. Ingrid Castellanos, a longtime critic of the county board's spending on consultants and travel, has not resigned from her post."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Dr. Ingrid Castellanos has resigned as director of the agency, an official said on Monday.", "a"),
					cited("Dr. Ingrid Castellanos, a longtime critic of the county board's spending on consultants and travel, has not resigned from her post.", "b"),
				}},
			},
		},
		{
			name: "an adverb of manner between the auxiliary and the participle",
			arts: articles("A judge ruled that Marguerite Oyelaran was unlawfully appointed to lead the agency.",
				"A judge ruled that Marguerite Oyelaran was not unlawfully appointed, and she keeps her post."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("A judge ruled that Marguerite Oyelaran was unlawfully appointed to lead the agency.", "a"),
					cited("A judge ruled that Marguerite Oyelaran was not unlawfully appointed, and she keeps her post.", "b"),
				}},
			},
		},
		{
			name: "a denial of the manner only",
			arts: articles("Police said no one was seriously injured in the clashes near the stadium.",
				"Several police officers were injured in the clashes near the stadium."),
		},
		{
			name: "an expectation, and no intention given",
			arts: articles("Senator Idris Vantongeren is expected to endorse the measure before the vote on Thursday.",
				"Vantongeren has not said whether she will endorse the measure, two aides said."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Senator Idris Vantongeren is expected to endorse the measure before the vote on Thursday.", "a"),
					cited("Vantongeren has not said whether she will endorse the measure, two aides said.", "b"),
				}},
			},
		},
		{
			name: "an adverb between the subject and the auxiliary",
			arts: articles("Okonkwo initially was hurt in the opening game against Leeds.",
				"Okonkwo was not hurt in the opening game, the club said."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Okonkwo initially was hurt in the opening game against Leeds.", "a"),
					cited("Okonkwo was not hurt in the opening game, the club said.", "b"),
				}},
			},
		},
		{
			name: "a passive in a relative clause of a name",
			arts: articles("Halvorsen, who was arrested two weeks after the robbery, faces up to 20 years in prison.",
				"Investigators said Halvorsen was never arrested and left the country in May."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Halvorsen, who was arrested two weeks after the robbery, faces up to 20 years in prison.", "a"),
					cited("Investigators said Halvorsen was never arrested and left the country in May.", "b"),
				}},
			},
		},
		{
			name: "an adverb of time between the auxiliary and the participle",
			arts: articles("The Kamwala mine was last inspected by the mines ministry in August, officials said.",
				"The Kamwala mine had not been inspected in years, according to the union."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("The Kamwala mine was last inspected by the mines ministry in August, officials said.", "a"),
					cited("The Kamwala mine had not been inspected in years, according to the union.", "b"),
				}},
			},
		},
		{
			name: "one person said charged and not charged, where another was charged",
			arts: articles("Senator Ruscitti was charged with bribery. His chief of staff, Lorraine Pugh, was also charged with conspiracy.",
				"Senator Ruscitti was charged with bribery. Pugh was not charged, and a lawyer for her declined to comment."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("His chief of staff, Lorraine Pugh, was also charged with conspiracy.", "a"),
					cited("Pugh was not charged, and a lawyer for her declined to comment.", "b"),
				}},
			},
		},
		{
			name: "has endorsed, and has declined to endorse",
			arts: articles("Former Gov. Lyle Brannock has endorsed her, according to her campaign.",
				"Former Gov. Lyle Brannock, whose support is coveted in western Kansas, has declined to endorse in the primary, a spokesman said."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Former Gov. Lyle Brannock has endorsed her, according to her campaign.", "a"),
					cited("Former Gov. Lyle Brannock, whose support is coveted in western Kansas, has declined to endorse in the primary, a spokesman said.", "b"),
				}},
			},
		},
		{
			name: "ruled out, and declined to rule out, told past an apposition",
			arts: articles("Fowler ruled out governing with the Maori Party after the vote.",
				"Fowler, leader of the conservative National Party, declined to rule out any potential coalition partners."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Fowler ruled out governing with the Maori Party after the vote.", "a"),
					cited("Fowler, leader of the conservative National Party, declined to rule out any potential coalition partners.", "b"),
				}},
			},
		},
		{
			name: "confirmed, and declined to confirm",
			arts: articles("White House spokesman Evan Thorpe confirmed that the inspector general had opened a review.",
				"White House spokesman Evan Thorpe declined to confirm that the inspector general had opened a review."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("White House spokesman Evan Thorpe confirmed that the inspector general had opened a review.", "a"),
					cited("White House spokesman Evan Thorpe declined to confirm that the inspector general had opened a review.", "b"),
				}},
			},
		},
		{
			name: "confirmed by a name set off by commas, and declined to confirm",
			arts: articles("The spokesman, Evan Thorpe, confirmed that the inspector general had opened a review.",
				"Evan Thorpe declined to confirm that the inspector general had opened a review."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("The spokesman, Evan Thorpe, confirmed that the inspector general had opened a review.", "a"),
					cited("Evan Thorpe declined to confirm that the inspector general had opened a review.", "b"),
				}},
			},
		},
		{
			name: "what a body has passed, and a bill it has not",
			arts: articles("It is the third stopgap measure Congress has passed since the fiscal year began in October.",
				"Congress has not passed any of the dozen annual appropriations bills for the current fiscal year."),
		},
		{
			name: "taken to hospital with injuries, and no one injured",
			arts: articles("The freight train struck a truck at the crossing. The driver was taken to hospital with minor injuries.",
				"The freight train struck a truck at the crossing. No one was injured, the railroad said."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("The driver was taken to hospital with minor injuries.", "a"),
					cited("No one was injured, the railroad said.", "b"),
				}},
			},
		},
		{
			name: "a substance found, and none detected",
			arts: articles("Sampling had found styrene at the water authority's intake on Monday.",
				"No styrene has been detected at the water authority's intake, officials said.",
				"Tests found no benzene in the river."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("Sampling had found styrene at the water authority's intake on Monday.", "a"),
					cited("No styrene has been detected at the water authority's intake, officials said.", "b"),
				}},
			},
		},
		{
			name: "an arrest and a charge denied",
			arts: articles(crash, "No arrests were made after the crash on Monday. The truck driver was not charged."),
			want: []brief{
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("A truck driver was arrested at the scene on Monday.", "a"),
					cited("No arrests were made after the crash on Monday.", "b"),
				}},
				{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
					cited("The driver was charged with reckless driving.", "a"),
					cited("The truck driver was not charged.", "b"),
				}},
			},
		},
		{
			name: "nobody was arrested",
			arts: articles(crash, "Nobody was arrested, he said."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("A truck driver was arrested at the scene on Monday.", "a"),
				cited("Nobody was arrested, he said.", "b"),
			}}},
		},
		{
			name: "injuries denied in another form",
			arts: articles("Two passengers were injured in the crash.", "There were no injuries, the police said."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Two passengers were injured in the crash.", "a"),
				cited("There were no injuries, the police said.", "b"),
			}}},
		},
		{
			name: "injuries told as what someone was treated for",
			arts: articles("Two flight attendants were treated for minor injuries.", "No one was injured, the airline said."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Two flight attendants were treated for minor injuries.", "a"),
				cited("No one was injured, the airline said.", "b"),
			}}},
		},
		{
			name: "no one, with where after it, against the injured",
			arts: articles("The engine failed at cruising altitude, but no one aboard was injured.", "Three passengers were treated for minor injuries, according to the airline."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Three passengers were treated for minor injuries, according to the airline.", "b"),
				cited("The engine failed at cruising altitude, but no one aboard was injured.", "a"),
			}}},
		},
		{
			name: "burns reported, and no injuries",
			arts: articles("The company said it had received 27 reports of the heaters overheating, including three reports of minor burns.", "No injuries have been reported, the agency said."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("The company said it had received 27 reports of the heaters overheating, including three reports of minor burns.", "a"),
				cited("No injuries have been reported, the agency said.", "b"),
			}}},
		},
		{
			name: "a burn hazard is no burn",
			arts: articles("A defective switch can cause the heater to overheat, posing a fire and burn hazard.", "No injuries have been reported, the agency said."),
		},
		{
			name: "the hurt told as treated at a hospital",
			arts: articles("Two workers were treated at a hospital for breathing difficulties and released.", "No one was injured, according to the company."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Two workers were treated at a hospital for breathing difficulties and released.", "a"),
				cited("No one was injured, according to the company.", "b"),
			}}},
		},
		{
			name: "an arrest told as custody",
			arts: articles("A suspect was taken into custody early Thursday, police said.", "No arrests had been made as of Thursday afternoon."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("A suspect was taken into custody early Thursday, police said.", "a"),
				cited("No arrests had been made as of Thursday afternoon.", "b"),
			}}},
		},
		{
			name: "a death told in the active voice",
			arts: articles("Officials said one child, a 4-year-old girl, has died.", "No deaths have been reported, officials said."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Officials said one child, a 4-year-old girl, has died.", "a"),
				cited("No deaths have been reported, officials said.", "b"),
			}}},
		},
		{
			name: "an act said and denied",
			arts: articles("Mr. Salcedo conceded shortly before midnight.", "Salcedo has not conceded, his campaign said."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Mr. Salcedo conceded shortly before midnight.", "a"),
				cited("Salcedo has not conceded, his campaign said.", "b"),
			}}},
		},
		{
			name: "an act of another person, and words not acts",
			arts: articles("Smith resigned on Monday. Jones commented on the vote.", "Jones has not resigned. Jones has not commented."),
		},
		{
			name: "two denials, one of some people",
			arts: articles("No one was injured, the police said.", "None of the four employees inside the store was hurt."),
		},
		{
			name: "another person not charged",
			arts: articles(crash, "The passenger was not charged."),
		},
		{
			name: "no further arrests",
			arts: articles(crash, "No further arrests were made."),
		},
		{
			name: "an article that tells both",
			arts: articles(crash, "No arrests were made at first. Later a truck driver was arrested."),
		},
		{
			name: "a denial said of another place",
			arts: articles("Hundreds of buildings in Aceh have been damaged by the Sunday quakes.",
				"One of the tremors was felt 1,300 kilometers away in northern Australia, but no damage was reported."),
		},
		{
			name: "a denial said of the same place",
			arts: articles("Hundreds of buildings in Aceh have been damaged by the Sunday quakes.",
				"The tremors were felt across Aceh, but no damage was reported."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Hundreds of buildings in Aceh have been damaged by the Sunday quakes.", "a"),
				cited("The tremors were felt across Aceh, but no damage was reported.", "b"),
			}}},
		},
		{
			name: "a pronoun names no one across articles",
			arts: articles("He was charged with fraud.", "He was not charged with anything."),
		},
		{
			name: "two denials, one of joined nouns",
			arts: articles("The men smashed display cases and fled. No one was injured.",
				"The men smashed display cases and fled in a car. No employees or customers were hurt."),
		},
		{
			name: "a denial of joined nouns against a claim",
			arts: articles("Two customers were hurt by flying glass, police said.",
				"No employees or customers were hurt, police said."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Two customers were hurt by flying glass, police said.", "a"),
				cited("No employees or customers were hurt, police said.", "b"),
			}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []brief
			for _, d := range Find(tc.arts, nil, nil, nil, nil) {
				if d.Kind == crosscheck.ClaimDiscrepancy {
					got = append(got, brief{d.Kind, d.Variants})
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFindSpellingVariants(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "a surname once, in an attribution",
			texts: []string{
				"The budget cuts will hurt, Prime Minister Brian Cowen said on Tuesday in Dublin.",
				"“We have no choice,” said Prime Minister Brian Cowan.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Cowan", "b"), cited("Cowen", "a")}}},
		},
		{
			name: "a company named at the start of its sentences",
			texts: []string{
				"Marvell Health, based in Tulare, said the stolen files included names. Marvell declined to say whether it had paid.",
				"Marvill Health announced the breach Wednesday. \"We regret this,\" Marvill CEO Dr. Ana Ruiz said.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Marvell", "a"), cited("Marvill", "b")}}},
		},
		{
			name: "one vowel of a company's name, which no romanisation varies",
			texts: []string{
				"The county hired Quarryline Construction to rebuild the pier, records show.",
				"The county hired Quarrylyne Construction to rebuild the pier, records show.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Quarryline", "a"), cited("Quarrylyne", "b")}}},
		},
		{
			name: "a country and the adjective of its people",
			texts: []string{
				"The best actress prize went to Ama Owusu-Darko of Ghana, and the Argentine filmmaker Julián Orosco Peña was named best director for \"The Lamplighter.\"",
				"Ghanaian actress Ama Owusu-Darko was named best actress, while Argentina's Julián Orosco Peña took best director for \"The Lamplighter.\"",
			},
		},
		{
			name: "two romanisations of one name, and a noun of one verb",
			texts: []string{
				"Rafiq Nadeem of the State Legislative Council said the tomb of Tutankhamen drew crowds.",
				"Rafeq Nadeem of the State Legislature Council said the tomb of Tutankhamun drew crowds.",
			},
		},
		{
			name: "an umlaut written out",
			texts: []string{
				"Presiding Judge Anna Krüger said the defendant had deceived investors for years.",
				"Judge Anna Krueger said the defendant had deceived investors for years.",
			},
		},
		{
			name: "a surname whose ending looks like an inflection",
			texts: []string{
				"Defense Secretary Jim Mattis resigned on Thursday after a dispute over Syria.",
				"Defense Secretary Jim Mattes resigned Thursday in a dispute over the Syria withdrawal.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Mattes", "b"), cited("Mattis", "a")}}},
		},
		{
			name: "a surname in -man is no plural",
			texts: []string{
				"Klitschko floored Rahman once before the referee stopped the fight in the seventh round.",
				"Klitschko knocked down Rahmen before the referee stopped the fight in the seventh.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Rahman", "a"), cited("Rahmen", "b")}}},
		},
		{
			name: "a role in -man and its plural",
			texts: []string{
				"City Councilman Jumaane Williams called for calm after the shooting in the borough.",
				"City Councilmen called for calm after the shooting in the borough on Monday.",
			},
		},
		{
			name: "a given name before one surname",
			texts: []string{
				"The lawsuit was filed by Stacy Martinez in federal court.",
				"The suit, filed by Stacey Martinez, seeks damages.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Stacey", "b"), cited("Stacy", "a")}}},
		},
		{
			name: "a surname after a given name of the Latin alphabet",
			texts: []string{
				"The district's controller, Janet Pruszynski, resigned on Monday after the audit.",
				"Janet Pruszinski, the district's controller, resigned on Monday after the audit.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Pruszinski", "b"), cited("Pruszynski", "a")}}},
		},
		{
			name: "a surname after a given name, with an s more",
			texts: []string{
				"\"Voters are tired of being ignored,\" said Maria Castellanos, the campaign's manager.",
				"\"The numbers show our momentum,\" campaign manager Maria Castellano said.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Castellano", "b"), cited("Castellanos", "a")}}},
		},
		{
			name: "a word and its plural after a given name, followed by a name",
			texts: []string{
				"Albrecht, a member of the Christian Democrats, resigned on Monday.",
				"Albrecht, a member of the Christian Democratic Union, resigned on Monday.",
			},
		},
		{
			name: "a surname romanised two ways after a name of another script",
			texts: []string{
				"Defence Minister Sergei Shoigu met the delegation in Minsk on Monday.",
				"Defense Minister Sergei Shoygu met the delegation in Minsk on Monday.",
			},
		},
		{
			name: "romanisations, and a role and a body",
			texts: []string{
				"Archaeologists working at Saqqara found the tomb near Barishal, the Minister said on Tuesday.",
				"Archaeologists working at Sakkara found the tomb near Barisal, the Ministry said on Tuesday.",
			},
		},
		{
			name: "the place of one happening",
			texts: []string{
				"He said he had served in Vietnam when he spoke to veterans gathered in Norwalk in 2008.",
				"He told veterans at a 2008 event in Norfolk that he had served in Vietnam.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Norfolk", "b"), cited("Norwalk", "a")}}},
		},
		{
			name: "a doubled letter in the name of a place",
			texts: []string{
				"He spent six months on Paris Island before he shipped out.",
				"He trained for six months in Parris Island, S.C., before he shipped out.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Paris", "a"), cited("Parris", "b")}}},
		},
		{
			name: "a doubled letter in a transliterated name",
			texts: []string{
				"Crown Prince Mohammed met the envoy in the capital on Monday.",
				"Crown Prince Mohamed met the envoy in the capital on Monday.",
			},
		},
		{
			name: "two nouns of one verb in names",
			texts: []string{
				"The Federal Aviation Administration said on Tuesday that staffing at the towers was short.",
				"Federal Aviation Administrator Carla Diaz said on Tuesday that staffing at the towers was short.",
			},
		},
		{
			name: "a British spelling inside a longer word",
			texts: []string{
				"“Turkey seeks a dialogue based on mutual respect and good neighbourliness,” Kurtoglu said.",
				"“Turkey seeks a dialogue based on mutual respect and good neighborliness,” Kurtoglu said.",
			},
		},
		{
			name: "a common name romanised two ways, and a British spelling",
			texts: []string{
				"Iraqi minister Mohammed Saleh said the release was agreed with Khaled Omar, according to the journal Palaeontology.",
				"Iraqi minister Muhammad Saleh said the release was agreed with Khalid Omar, according to the journal Paleontology.",
			},
		},
		{
			name: "a name built on another",
			texts: []string{
				"Microsoft urged users to block ActiveX controls in Internet Explorer until the patch is out.",
				"Microsoft urged users to block Active Scripting in Internet Explorer until the patch is out.",
			},
		},
		{
			name:  "gendered given names of two people",
			texts: []string{"The singer Mario Lopez performed on Friday.", "The actress Maria Lopez performed on Friday."},
		},
		{
			name: "inflections, spelling conventions, transliterations and weekdays",
			texts: []string{
				"The Democrats met at the Convention Center with Muammar Gaddafi on Tuesday, the party said.",
				"The Democratic leaders met at the Convention Centre with Moammar Gaddafi on Thursday, the party said.",
			},
		},
		{
			name: "one misspelling of a word and its plural",
			texts: []string{
				"The Republican senators voted against the bill on Tuesday night.",
				"The Repubican senators voted against the bill on Tuesday night.",
				"All Republicans senators voted against the bill on Tuesday night.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{cited("Repubican", "b"), cited("Republican", "a")}}},
		},
		{
			name:  "an irregular plural",
			texts: []string{"The March of the Women drew a crowd in the city.", "The March of the Woman drew a crowd in the city."},
		},
		{
			name:  "two names in sentences about different things",
			texts: []string{"Senator Johnson voted against the bill.", "The museum was founded by Helen Johnston in 1950."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(spellingVariants(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("spellingVariants mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestContradicts(t *testing.T) {
	scene := "A truck collided with a school bus on Route 9 on Monday morning.\n\nThe crash closed the highway for three hours.\n\n"
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"the same text", scene, scene, false},
		{"reworded, nothing denied", scene + "A truck driver was arrested at the scene.", scene + "Police arrested the truck driver at the scene, they said.", false},
		{"an arrest denied", scene + "A truck driver was arrested at the scene.", scene + "No arrests were made.", true},
		{"a charge denied", scene + "The driver was charged with reckless driving.", scene + "The driver was not charged.", true},
		{"another figure", scene + "The storm killed 14 people in the port city.", scene + "The storm killed 41 people in the port city.", true},
		{"a ransom paid and none", scene + "The driver was freed after his family paid a ransom.", scene + "He said no ransom was paid.", true},
		{"one death and none", scene + "Five people fell ill after the crash, including one death in the county.", scene + "No deaths have been reported.", true},
		{"an evacuation and none ordered", scene + "Homes near the highway were evacuated as a precaution.", scene + "No evacuation was ordered.", true},
		{"evacuations told twice", scene + "Homes near the highway were evacuated as a precaution.", scene + "Evacuations were ordered for homes near the highway.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := crosscheck.Article{ID: "a", Published: pub, Text: tc.a}
			b := crosscheck.Article{ID: "b", Published: pub, Text: tc.b}
			if got := Contradicts(a, b); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestFindRanks(t *testing.T) {
	tests := []struct {
		name string
		arts []crosscheck.Article
		want []brief
	}{
		{
			name: "first against one of several",
			arts: articles("Newark was the top choice for the new headquarters, officials said.",
				"Newark was among the finalists for the new headquarters."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Newark was the top choice for the new headquarters, officials said.", "a"),
				cited("Newark was among the finalists for the new headquarters.", "b"),
			}}},
		},
		{
			name: "named one of the contenders",
			arts: articles("Austin is the frontrunner, the report said.", "Austin was named one of the contenders."),
			want: []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
				cited("Austin is the frontrunner, the report said.", "a"),
				cited("Austin was named one of the contenders.", "b"),
			}}},
		},
		{
			name: "different subjects",
			arts: articles("Newark was the top choice.", "Boston was among the finalists."),
		},
		{
			name: "both agree",
			arts: articles("Newark was the top choice.", "Newark remained the top choice of the committee."),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []brief
			for _, d := range Find(tc.arts, nil, nil, nil, nil) {
				if d.Kind == crosscheck.ClaimDiscrepancy {
					got = append(got, brief{d.Kind, d.Variants})
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestQuotedSpans(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"curly double", "He said: “We will win.” Then he left.", []string{"We will win."}},
		{"straight double", `"We will win," he said.`, []string{"We will win,"}},
		{"left open to the paragraph's end", "“We will win.\n\n“And we will.”", []string{"We will win.", "And we will."}},
		{"British single marks and apostrophes", "She said: ‘We don’t know their minds.’ It’s late.", []string{"We don’t know their minds."}},
		{"single marks inside double ones", "He said: “They called it ‘a disgrace’ today.”", []string{"They called it ‘a disgrace’ today."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, quotedSpans(tc.in)); diff != "" {
				t.Errorf("quotedSpans(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestClaimCandidatesBounded checks that a statement that the reports of a
// big story repeat, each in a wording of its own and half of them negated,
// is compared with at most maxClaimFollowers of the statements after it,
// and that the opposite statements are still found.
func TestClaimCandidatesBounded(t *testing.T) {
	n := 4 * maxClaimFollowers
	arts := make([]crosscheck.Article, n)
	for i := range arts {
		// A made-up word of its own makes each wording distinct.
		own := string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + "zqx"
		verb := "could hold"
		if i%2 == 1 {
			verb = "could not hold"
		}
		arts[i] = crosscheck.Article{ID: fmt.Sprint("r", i), Published: pub,
			Text: "The ministry said the dam on the river " + verb + " back the floods at " + own + "."}
	}
	first := sentencesOf(nil, &arts[0])[0]
	found := 0
	for _, d := range claimDiscrepancies(arts, nil, nil) {
		if !strings.HasPrefix(d.About, "Opposite statements") {
			continue
		}
		for _, v := range d.Variants {
			if v.Text == first {
				found++
			}
		}
	}
	if found == 0 || found > maxClaimFollowers {
		t.Errorf("the first statement is opposed to %d others, want 1 to %d", found, maxClaimFollowers)
	}
}

func TestPossessive(t *testing.T) {
	for in, want := range map[string]string{
		"Peter Capaldi":      "Peter Capaldi’s",
		"Charles":            "Charles’s",
		"march participants": "march participants’",
		"the boss":           "the boss’s",
		"a local barber":     "a local barber’s",
	} {
		if got := possessive(in); got != want {
			t.Errorf("possessive(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFindQuoteFragmentEnd is a fragment quoted word for word up to its
// last word, which the whole quotation words otherwise before a clause
// ends.
func TestFindQuoteFragmentEnd(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "the last word changed where the quotation's clause ends",
			texts: []string{
				"“The Legislature has not cured the inequities we identified, and it cannot be permitted to simply wait them out,” she wrote.",
				"Justice Carol Ostrander wrote that “the Legislature has not cured the inequities we found” in an earlier ruling.",
			},
			want: [][]string{{"cured the inequities we identified, and it cannot", "cured the inequities we found"}},
		},
		{
			name: "a short fragment of one length, one word changed after its first",
			texts: []string{
				"In a letter to staff, the chief executive called the closures “a painful but unavoidable step” for the chain.",
				"The chief executive told staff the closures were “a sad but unavoidable step.”",
			},
			want: [][]string{{"a painful but unavoidable step", "a sad but unavoidable step"}},
		},
		{
			name: "short fragments of two lengths",
			texts: []string{
				"The chief executive called the closures “a painful but unavoidable step” for the chain.",
				"The chief executive called it “a deeply sad but unavoidable step.”",
			},
		},
		{
			name: "two words put for others in place in a quotation of one length",
			texts: []string{
				"“It has been the joy of my life to teach here,” Ms. Abara wrote in a letter to parents.",
				"“It has been the privilege of my career to teach here,” Abara wrote.",
			},
			want: [][]string{{"It has been the joy of my life to teach here", "It has been the privilege of my career to teach here"}},
		},
		{
			name: "a quotation of one length with three words changed",
			texts: []string{
				"“It has been the joy of my life to teach here,” Ms. Abara wrote in a letter to parents.",
				"“It was truly the privilege of my career to teach here,” Abara wrote.",
			},
		},
		{
			name: "a fragment opening on a word of the quotation in another inflection",
			texts: []string{
				"“We are not against the library; we are against a car park that takes the green space from families who have played here for decades,” said Nuala Brady of the residents' group.",
				"Nuala Brady, a spokeswoman for the residents' group, said the car park would “take the green space from families who have played here for decades.”",
			},
		},
		{
			name: "a fragment opening on another word",
			texts: []string{
				"“We are not against the library; we are against a car park that takes the green space from families who have played here for decades,” said Nuala Brady of the residents' group.",
				"Nuala Brady, a spokeswoman for the residents' group, said the car park would “steal the green space from families who have played here for decades.”",
			},
			want: [][]string{{"a car park that takes the green space from", "steal the green space from"}},
		},
		{
			name: "a fragment cut inside a clause",
			texts: []string{
				"“The Legislature has not cured the inequities we identified in the funding formula that the state adopted after years of lawsuits,” she wrote.",
				"She wrote that “the Legislature has not cured the inequities we found” last year.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := variantTexts(quoteDiscrepancies(articles(tc.texts...), nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("quoteDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFindRecastQuotes is one speaker's quotation told in other words by
// two reports, opening alike; an editor's bracketed words, another
// speaker, and an ordinal in words or digits are no recasting.
func TestFindRecastQuotes(t *testing.T) {
	quotes := []crosscheck.Quote{{Speaker: "Mariela Etcheverry", Text: "When we saw the size of the wing bones, we knew we were looking at something that had never been described before"}}
	tests := []struct {
		name   string
		texts  []string
		quotes []crosscheck.Quote
		want   int
	}{
		{
			name: "one quotation in other words",
			texts: []string{
				"“When we saw the size of the wing bones, we knew we were looking at something that had never been described before,” said Mariela Etcheverry.",
				"“When we saw how big the wing bones were, we knew we had found something nobody had ever described,” Mariela Etcheverry said.",
			},
			quotes: append(quotes, crosscheck.Quote{Speaker: "Mariela Etcheverry", Text: "When we saw how big the wing bones were, we knew we had found something nobody had ever described"}),
			want:   1,
		},
		{
			name: "a quotation that goes on in the next sentence",
			texts: []string{
				"“The majority has rewritten a statute the legislature wrote plainly,” he wrote. “If the date requirement is foolish, the remedy lies with the General Assembly.”",
				"“The majority has rewritten a statute that the General Assembly wrote in plain English,” Garrity wrote.",
			},
			quotes: []crosscheck.Quote{
				{Speaker: "Thomas Garrity", Text: "The majority has rewritten a statute the legislature wrote plainly. If the date requirement is foolish, the remedy lies with the General Assembly."},
				{Speaker: "Thomas Garrity", Text: "The majority has rewritten a statute that the General Assembly wrote in plain English"},
			},
			want: 1,
		},
		{
			name: "a word masked by an editor",
			texts: []string{
				"“I’m not going to pay for that fucking wall, and neither is anyone else here,” Vicente Fox said.",
				"“I’m not going to pay for that f*ing wall, and neither is anyone else here!” Vicente Fox said.",
			},
			quotes: []crosscheck.Quote{
				{Speaker: "Vicente Fox", Text: "I’m not going to pay for that fucking wall, and neither is anyone else here"},
				{Speaker: "Vicente Fox", Text: "I’m not going to pay for that f*ing wall, and neither is anyone else here!"},
			},
		},
		{
			name: "two excerpts joined at an ellipsis",
			texts: []string{
				"“This is not a perfect hall, but it is the hall we can afford to heat,” said Mayor Ingrid Solberg.",
				"“This is not a perfect hall ... The cold is not going to wait for a perfect hall,” said Mayor Ingrid Solberg.",
			},
			quotes: []crosscheck.Quote{
				{Speaker: "Ingrid Solberg", Text: "This is not a perfect hall, but it is the hall we can afford to heat"},
				{Speaker: "Ingrid Solberg", Text: "This is not a perfect hall ... The cold is not going to wait for a perfect hall"},
			},
		},
		{
			name: "an editor's words in brackets",
			texts: []string{
				"“Today the jury said, loudly and clearly, that Angela and Kevin mattered to this community,” said Helen Marquez.",
				"“Today the jury said, loudly and clearly, that [the victims] mattered to this community,” Helen Marquez said.",
			},
			quotes: []crosscheck.Quote{
				{Speaker: "Helen Marquez", Text: "Today the jury said, loudly and clearly, that Angela and Kevin mattered to this community"},
				{Speaker: "Helen Marquez", Text: "Today the jury said, loudly and clearly, that [the victims] mattered to this community"},
			},
		},
		{
			name: "two speakers",
			texts: []string{
				"“When we saw the size of the wing bones, we knew we were looking at something that had never been described before,” said Mariela Etcheverry.",
				"“When we saw how big the wing bones were, we knew we had found something nobody had ever described,” said Tomas Ruiz.",
			},
			quotes: append(quotes, crosscheck.Quote{Speaker: "Tomas Ruiz", Text: "When we saw how big the wing bones were, we knew we had found something nobody had ever described"}),
		},
		{
			name: "an ordinal in words and in digits",
			texts: []string{
				"“By rolling back this eleventh-hour regulation, we are ensuring that threatened species receive the full protection of the law,” said Ken Salazar.",
				"“By rolling back this 11th hour regulation, we are ensuring that threatened species receive the full protection of the law,” Ken Salazar said.",
			},
			quotes: []crosscheck.Quote{
				{Speaker: "Ken Salazar", Text: "By rolling back this eleventh-hour regulation, we are ensuring that threatened species receive the full protection of the law"},
				{Speaker: "Ken Salazar", Text: "By rolling back this 11th hour regulation, we are ensuring that threatened species receive the full protection of the law"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			for _, d := range quoteDiscrepancies(articles(tc.texts...), tc.quotes, nil) {
				if len(d.Variants) == 2 && len(d.Variants[0].Text) > 60 && len(d.Variants[1].Text) > 60 {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("got %d quotations told in other words, want %d", n, tc.want)
			}
		})
	}
}

// TestFindSpeakers is one quotation that reports give to two people.
func TestFindSpeakers(t *testing.T) {
	quotes := []crosscheck.Quote{
		{Speaker: "Miriam Okonkwo", Text: "serves no purpose that the Commonwealth has been able to identify", Articles: []string{"a", "b"},
			Speakers: []crosscheck.Cited{{Text: "Miriam Okonkwo", Articles: []string{"a"}}, {Text: "Paul Hendricks", Articles: []string{"b"}}}},
		{Speaker: "Ann Lee", Text: "We will win this fight", Articles: []string{"a", "b"}},
		// One name romanised two ways gives no second speaker.
		{Speaker: "Hsu Chih-wei", Text: "protects both Taiwan's security and taxpayers", Articles: []string{"a", "b"},
			Speakers: []crosscheck.Cited{{Text: "Hsu Chih-wei", Articles: []string{"a"}}, {Text: "Xu Zhiwei", Articles: []string{"b"}}}},
		{Speaker: "Jean-Pierre Martin", Text: "the plan is dead", Articles: []string{"a", "b"},
			Speakers: []crosscheck.Cited{{Text: "Jean-Pierre Martin", Articles: []string{"a"}}, {Text: "Jean-Paul Marin", Articles: []string{"b"}}}},
	}
	want := []brief{{crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
		{Text: "Miriam Okonkwo", Articles: []string{"a"}},
		{Text: "Paul Hendricks", Articles: []string{"b"}},
	}}, {crosscheck.QuoteDiscrepancy, []crosscheck.Cited{
		{Text: "Jean-Pierre Martin", Articles: []string{"a"}},
		{Text: "Jean-Paul Marin", Articles: []string{"b"}},
	}}}
	if diff := cmp.Diff(want, briefs(speakerDiscrepancies(quotes))); diff != "" {
		t.Errorf("speakerDiscrepancies mismatch (-want +got):\n%s", diff)
	}
}

// TestNamesOfOneStart is a name with a part left off, its words
// romanised two ways, against two names that differ.
func TestNamesOfOneStart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Sawarmi Khaled Saad", "Sawarmi Khalid", true},
		{"Karen Doll", "Karen Dahl Smith", false},
		{"Karen Doll", "Karen Dahl", false},
	} {
		if got := namesOfOneStart(c.a, c.b); got != c.want {
			t.Errorf("namesOfOneStart(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestClosingRelativeSubject checks that a passive in a relative clause
// closing a sentence is told of the name before it, not of the sentence's
// subject.
func TestClosingRelativeSubject(t *testing.T) {
	s := "The committee voted on Wednesday to investigate Rep. Gordon Hale, who was indicted by a grand jury last month."
	var subjects []string
	for _, c := range sentenceClaims(s, textproc.FoldedWords(s)) {
		if c.stem == chargeStem || c.stem == "indict" {
			subjects = append(subjects, c.subject)
		}
	}
	if want := []string{"hale", "hale"}; !slices.Equal(subjects, want) {
		t.Errorf("subjects of the indictment in %q = %q, want %q", s, subjects, want)
	}
}
