package discrepancy

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/testcorpus"
)

// TestFindAnchoredFigures covers the figures read by what stands beside
// them rather than by the words around them: a change's old value, other
// figures two sentences give alike, one doer's count, a thing's size, a
// part of a whole.
func TestFindAnchoredFigures(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "two changes from one old value",
			texts: []string{
				"The tax doubled the fuel levy from 8 percent to 16 percent and was expected to raise about $1.2 billion.",
				"The levy, which took effect June 1, raised the tax on gasoline and diesel from 8% to 18%.",
			},
			want: [][]string{{"16 percent", "18%"}},
		},
		{
			name: "a rate anchored by its span and its bonus",
			texts: []string{
				"The company has offered raises totaling 14 percent over four years, along with a one-time bonus of $3,000, according to the union.",
				"Corvane has put 18% over four years on the table, plus a $3,000 signing bonus.",
			},
			want: [][]string{{"14 percent", "18%"}},
		},
		{
			name: "two players' figures beside the figures they share",
			texts: []string{
				"Okoye, a redshirt sophomore who began the season as a backup, completed 24 of 33 passes for 312 yards and three touchdowns.",
				"Okoye completed 24 of 33 passes, and Pryor finished with eight catches for 121 yards.",
			},
		},
		{
			name: "one party's seats, told with the size of the chamber",
			texts: []string{
				"Prime Minister Andrej Horvat's Croatian Democratic Union (HDZ) won 64 seats in the 151-member parliament, short of the 76 needed for a majority. The Social Democrats came second with 41 seats.",
				"The HDZ won 62 seats in the 151-seat Sabor, according to preliminary figures, while the Social Democratic Party took 41.",
			},
			want: [][]string{{"64 seats", "62 seats"}},
		},
		{
			name: "seats won, told beside the size of the chamber in one report",
			texts: []string{
				"The HDZ won 64 seats in the parliament.",
				"The HDZ won 62 seats in the 151-seat Sabor.",
			},
			want: [][]string{{"64 seats", "62 seats"}},
		},
		{
			name: "the size of a chamber is no count of seats won",
			texts: []string{
				"Projections gave the Homeland Union 33 seats in the 90-seat National Assembly.",
				"The Homeland Union is projected to win 33 seats, short of the 46 it needs for a majority.",
			},
		},
		{
			name: "two sizes of one document",
			texts: []string{
				"The FBI released a heavily redacted, 16-page declassified document Saturday night that sheds light on logistical support given to two Saudi hijackers before Sept. 11, 2001.",
				"The Biden administration has declassified a 20-page FBI report tying 9/11 hijackers to Saudi nationals living in the United States.",
			},
			want: [][]string{{"16-page", "20-page"}},
		},
		{
			name: "the votes won, counted as votes and as voters",
			texts: []string{
				"The motion received 221 votes in the 330-seat parliament, short of the 233 needed.",
				"Only 212 lawmakers backed the motion, which needed 233 votes to pass.",
			},
			want: [][]string{{"221 votes", "212 lawmakers"}},
		},
		{
			name: "voters named with where they sit",
			texts: []string{
				"The motion, brought by three opposition parties, received 68 votes in the 150-seat National Council, short of the 76 needed to bring down the government.",
				"Only 63 lawmakers in the 150-seat parliament backed the motion, well short of the 76 votes required to force the government out.",
			},
			want: [][]string{{"68 votes", "63 lawmakers"}},
		},
		{
			name: "voters of a place who did something else",
			texts: []string{
				"The motion received 68 votes, short of the 76 needed to bring down the government.",
				"Only 63 lawmakers in the 150-seat parliament, who had said they would vote, attended the debate on the motion.",
			},
		},
		{
			name: "a lead in votes and votes ahead",
			texts: []string{
				"Her lead of about 300,000 votes was wide enough that analysts said the remaining ballots were unlikely to change the outcome.",
				"That put her roughly 130,000 votes ahead of Hernan Quispe, a former teachers' union boss.",
			},
			want: [][]string{{"about 300,000 votes", "roughly 130,000 votes"}},
		},
		{
			name: "a count of things beside a body's scope word",
			texts: []string{
				"Mr. Leclerc told reporters in Halifax that the money would pay for four new ferries, along with upgrades to docks and terminals.",
				"Transport Minister Dominic Leclerc told reporters in Halifax on Friday that the federal government will spend $1.8 billion on six new ferries and upgraded terminals in Atlantic Canada.",
			},
			want: [][]string{{"four new ferries", "six new ferries"}},
		},
		{
			name: "counts of two scopes",
			texts: []string{
				"Officials said the money would pay for four new ferries for the state fleet, along with upgrades to terminals.",
				"Officials said the money would pay for six new ferries for the federal fleet and upgraded terminals.",
			},
		},
		{
			name: "a vote told as the votes for and against",
			texts: []string{
				"The motion passed with 105 in favor and 91 against in the 200-seat Chamber of Deputies, according to the official tally.",
				"The motion carried with 101 votes in favor and 91 against in the Chamber of Deputies, after a debate that lasted 11 hours.",
			},
			want: [][]string{{"105 in favor and 91 against", "101 votes in favor and 91 against"}},
		},
		{
			name: "the size of a group and a count of its members",
			texts: []string{
				"He said he would urge Georgia lawmakers to amend the law, which now requires a unanimous decision, to allow a 10-juror majority to approve a death penalty.",
				"Fleming led a failed bid last year to allow judges to approve death penalties even if two jurors voted against it.",
			},
		},
		{
			name: "voters who attended are no votes won",
			texts: []string{
				"The motion received 221 votes in the 330-seat parliament, short of the 233 needed.",
				"Only 212 lawmakers attended the session, which needed 233 votes to pass the motion.",
			},
		},
		{
			name: "parts of two wholes",
			texts: []string{
				"The Sixers are last in the Atlantic after losing eight of their last 10 games.",
				"The Sixers went on to win 18 of their next 23 games.",
			},
		},
		{
			name: "a toll after a dateline",
			texts: []string{
				"LIMA, Peru — Four people were killed on Tuesday in clashes between the police and protesters in southern Peru.",
				"Six people were killed Tuesday in southern Peru when protesters clashed with police in the highland town of Collpani.",
			},
			want: [][]string{{"Four people", "Six people"}},
		},
		{
			name: "a sum stolen, told with two verbs",
			texts: []string{
				"A jury on Thursday convicted Gregory Halloway, the former treasurer of Delmont County, of stealing $1.8 million in public money over six years, much of which prosecutors said he spent on gambling debts and a lakefront vacation home.",
				"Gregory Halloway, who served three terms as treasurer of Delmont County, was convicted Thursday of embezzling $1.3 million in public funds.",
			},
			want: [][]string{{"$1.8 million", "$1.3 million"}},
		},
		{
			name: "a vote's tally before what it was for",
			texts: []string{
				"Policymakers voted 10 to 2, with two regional bank presidents preferring to leave rates unchanged.",
				"Fed officials voted 9 to 3 for the move.",
			},
			want: [][]string{{"10 to 2", "9 to 3"}},
		},
		{
			name: "a fire's alarms",
			texts: []string{
				"The five-alarm fire broke out at around 3:15 a.m.",
				"One person was killed when a four-alarm fire ripped through an apartment complex.",
			},
			want: [][]string{{"five-alarm", "four-alarm"}},
		},
		{
			name: "a cut counted in jobs and in workers",
			texts: []string{
				"Brightwater Labs said on Tuesday that it would eliminate 1,150 jobs, or about 9 percent of its workforce.",
				"Brightwater Labs is laying off 1,500 workers, roughly a tenth of its staff, its chief executive told employees Tuesday.",
			},
			want: [][]string{{"1,150 jobs", "1,500 workers"}},
		},
		{
			name: "a coalition's parties and its smaller partners",
			texts: []string{
				"TALLINN, Estonia — Three Estonian parties agreed on Tuesday to form a coalition government led by Kadri Valdmaa, ending six weeks of negotiations that followed an inconclusive snap election in January.",
				"Estonia’s centrist Civic Union struck a deal Tuesday with two smaller parties to form a governing coalition, ending more than a month of talks that followed January’s snap election.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := figureTexts(Find(articles(tc.texts...), nil, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// constructedStory reads the reports of one story of a constructed set
// (testdata/constructed), the story's id beginning with prefix.
func constructedStory(t *testing.T, set, prefix string) []crosscheck.Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "constructed", set, "articles", "*", prefix+"*.json"))
	if err != nil || len(files) < 2 {
		t.Fatalf("the story's reports: %v, %v", files, err)
	}
	var arts []crosscheck.Article
	for _, a := range testcorpus.ReadBASIL(t, files) {
		pub, _ := crosscheck.ParseDate(a.Date)
		arts = append(arts, crosscheck.Article{ID: a.Source, Outlet: a.Source, Published: pub, Title: a.Title, Text: a.Text()})
	}
	return arts
}

// TestStoriesOfConstructedSets briefs stories of constructed sets whose
// false alarms, or disagreements, only their whole reports raise.
func TestStoriesOfConstructedSets(t *testing.T) {
	for _, tc := range []struct {
		name, set, story string
		never            string // no variant may hold it
		want             string // a variant must hold it
	}{
		// A report tells the quarterback's passes and, after "and", a
		// receiver's yards in one sentence: its passes are the other
		// reports' passes, but its yards are not the quarterback's.
		{"a receiver's yards beside the passes", "set65", "3ec255d5-", "121 yards", ""},
		// Three parties form a coalition; one report counts the leading
		// party's "two smaller" partners.
		{"a coalition's partners", "set28", "3203a93b-", "two smaller parties", ""},
		// The votes a new prime minister won, told as part of the
		// legislature in each report, beside names of bodies whose words
		// ("National Assembly") scope nothing.
		{"a vote's count beside a body's name", "set77", "32a665ba-", "", "74"},
		// A quarter's revenue, and the next quarter's forecast in every
		// report: one report's forecast is no second value of the
		// revenue it reports.
		{"revenue beside its forecast", "set88", "48553d9d-", "", "$4.28 billion"},
		// A senator's years in the seat, and the years since the other
		// party last won it.
		{"since when a seat was held, and since when it was last won", "set21", "01374b72-", "Senate since 2002", ""},
		// The only two bearers of a surname, with given names of one
		// start, each in reports that name no other.
		{"a given name told two ways", "set93", "70a4be9f-", "", "Valeria Rincón"},
		// A court named for its town.
		{"a court in another town", "set93", "acfbe1f1-", "", "Sheffield Crown Court"},
		// A budget that leaves a tax as it is, and one that raises it.
		{"a tax kept and raised", "set93", "c4f7b5cb-", "", "raises the provincial sales tax"},
		// A prime minister who would not resign, and who resigned.
		{"a resignation refused and submitted", "set93", "75a27f39-", "", "would not resign"},
		// No weapons found, and a rifle recovered.
		{"a rifle recovered where no weapon was found", "set20", "fcaa188b-", "", "recovered a rifle"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts := constructedStory(t, tc.set, tc.story)
			found := tc.want == ""
			for _, d := range Find(arts, entities.Extract(arts).Entities, nil, nil, nil) {
				for _, v := range d.Variants {
					if tc.never != "" && strings.Contains(v.Text, tc.never) {
						t.Errorf("%s %v", d.About, d.Variants)
					}
					found = found || strings.Contains(v.Text, tc.want)
				}
			}
			if !found {
				t.Errorf("no disagreement holds %q", tc.want)
			}
		})
	}
}
