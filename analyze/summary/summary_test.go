package summary

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestBuild(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "a", Text: "LONDON (Reuters) — The city council approved a plan on Monday to build 4,000 homes on the old gasworks site.\n\n" +
			"Separately, the transport minister announced that the northern rail line would close for six months of repairs.\n\n" +
			"He said the line carried 20,000 commuters a day.\n\n" +
			"The council meets again next month.\n\n" +
			"Its last meeting ran late."},
		{ID: "b", Text: "The council approved a plan to build 4,000 homes at the gasworks site on Monday.\n\n" +
			"The northern rail line will close for six months of repairs, the transport minister said."},
		{ID: "c", Text: "Councillors approved 4,000 homes for the old gasworks site."},
	}
	facts := []crosscheck.Fact{
		{Text: "LONDON (Reuters) — The city council approved a plan on Monday to build 4,000 homes on the old gasworks site.", Articles: []string{"a", "b", "c"}, Independent: 3},
		{Text: "Separately, the transport minister announced that the northern rail line would close for six months of repairs.", Articles: []string{"a", "b"}, Independent: 2},
		{Text: "He said the line carried 20,000 commuters a day.", Articles: []string{"a"}, Independent: 1},
		{Text: "The council meets again next month.", Articles: []string{"a"}, Independent: 1},
		{Text: "Its last meeting ran late.", Articles: []string{"a"}, Independent: 1},
		{Text: "The council approved a plan to build 4,000 homes at the gasworks site on Monday.", Articles: []string{"b"}, Independent: 1},
		{Text: "Councillors approved 4,000 homes for the old gasworks site.", Articles: []string{"c"}, Independent: 1},
	}
	got := Build(arts, facts, nil, nil)
	if len(got) < minSentences || len(got) > 5 {
		t.Fatalf("got %d sentences, want 3 to 5 (two more than the articles)", len(got))
	}
	want := []crosscheck.Cited{
		{Text: "The city council approved a plan on Monday to build 4,000 homes on the old gasworks site.", Articles: []string{"a", "b", "c"}},
		{Text: "Separately, the transport minister announced that the northern rail line would close for six months of repairs.", Articles: []string{"a", "b"}},
	}
	if diff := cmp.Diff(want, got[:2]); diff != "" {
		t.Errorf("Build mismatch in the lead (-want +got):\n%s", diff)
	}
	for _, c := range got {
		switch c.Text {
		case "Its last meeting ran late.":
			t.Errorf("summary %+v took a short sentence that opens with a pronoun", got)
		case facts[5].Text, facts[6].Text:
			t.Errorf("summary %+v repeats the lead", got)
		}
	}
}

func TestBuildBounds(t *testing.T) {
	var facts []crosscheck.Fact
	var text strings.Builder
	for i := range 30 {
		s := "Sentence number " + strings.Repeat("x", i+1) + " says something different about topic " + strings.Repeat("y", i+1) + " today."
		text.WriteString(s + "\n\n")
		facts = append(facts, crosscheck.Fact{Text: s, Articles: []string{"a"}, Independent: 1})
	}
	arts := []crosscheck.Article{{ID: "a", Text: text.String()}}
	tests := []struct {
		name  string
		facts []crosscheck.Fact
		want  int
	}{
		{"none", nil, 0},
		{"fewer than the minimum", facts[:2], 2},
		{"one article", facts, minSentences},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Build(arts, tc.facts, nil, nil)
			if len(got) != tc.want {
				t.Errorf("got %d sentences, want %d", len(got), tc.want)
			}
			for _, c := range got {
				if len(c.Articles) == 0 {
					t.Errorf("sentence %q cites no article", c.Text)
				}
			}
		})
	}
}

func TestBuildAvoidsRepeats(t *testing.T) {
	arts := []crosscheck.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	facts := []crosscheck.Fact{
		{Text: "The storm flooded hundreds of homes along the river on Sunday.", Articles: []string{"a", "b", "c"}, Independent: 3},
		{Text: "Hundreds of homes along the river were flooded by the storm on Sunday.", Articles: []string{"a", "b"}, Independent: 2},
		{Text: "The mayor declared a state of emergency and opened three shelters.", Articles: []string{"b", "c"}, Independent: 2},
		{Text: "Forecasters expect more rain later in the week.", Articles: []string{"c"}, Independent: 1},
	}
	got := Build(arts, facts, nil, nil)
	var texts []string
	for _, c := range got {
		texts = append(texts, c.Text)
	}
	joined := strings.Join(texts, "|")
	if !strings.Contains(joined, "state of emergency") || !strings.Contains(joined, "more rain") {
		t.Errorf("summary %q misses a thread", texts)
	}
	if strings.Contains(joined, facts[0].Text) && strings.Contains(joined, facts[1].Text) && len(got) < len(facts) {
		t.Errorf("summary %q repeats a statement before covering the rest", texts)
	}
}

func TestDatelineStripped(t *testing.T) {
	tests := []struct{ in, want string }{
		{"WASHINGTON (AP) — The Senate passed the bill on Friday.", "The Senate passed the bill on Friday."},
		{"WASHINGTON -- The Senate passed the bill on Friday.", "The Senate passed the bill on Friday."},
		{"KYIV, Ukraine (Reuters) - The Senate passed the bill on Friday.", "The Senate passed the bill on Friday."},
		{"LONDON, Feb 12 (Reuters) - The Senate passed the bill on Friday.", "The Senate passed the bill on Friday."},
		{"U.S. senators — all of them — passed the bill on Friday.", "U.S. senators — all of them — passed the bill on Friday."},
	}
	for _, tc := range tests {
		facts := []crosscheck.Fact{{Text: tc.in, Articles: []string{"a"}, Independent: 1}}
		got := Build([]crosscheck.Article{{ID: "a", Text: tc.in}}, facts, nil, nil)
		if len(got) != 1 || got[0].Text != tc.want {
			t.Errorf("Build(%q) = %+v, want the sentence %q", tc.in, got, tc.want)
		}
	}
}

func TestSentencePositionsWithoutDateline(t *testing.T) {
	split := [][]string{{
		"OSLO, Norway (AP) — The ferry ran aground off the coast on Sunday.",
		"Nobody was hurt.",
		"The company apologised.",
	}}
	pos := sentencePositions(split)
	tests := []struct {
		name string
		text string
		want float64
	}{
		{"as written", "OSLO, Norway (AP) — The ferry ran aground off the coast on Sunday.", 0},
		{"without its dateline", "The ferry ran aground off the coast on Sunday.", 0},
		{"later sentence", "The company apologised.", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := pos[tc.text]
			if !ok || got != tc.want {
				t.Errorf("position of %q: got %v (found %v), want %v", tc.text, got, ok, tc.want)
			}
		})
	}
}

func TestBuildOpensWithMainEvent(t *testing.T) {
	// Each outlet leads with the resignation in its own words, so facts
	// leaves the leads apart; a background sentence all three carry is
	// better corroborated but is not the news.
	quote := "Holt, a former teacher, was first elected to the Senate in 2012 and chaired its finance committee for two years."
	arts := []crosscheck.Article{
		{ID: "a", Text: "Senator Ann Holt resigned on Tuesday after weeks of pressure over her campaign's finances.\n\n" + quote},
		{ID: "b", Text: "Ann Holt quit the Senate on Tuesday, bowing to weeks of pressure from her own party over campaign finances.\n\n" + quote},
		{ID: "c", Text: "Embattled senator Ann Holt stepped down Tuesday amid questions about how her campaign spent donors' money.\n\n" + quote},
	}
	facts := []crosscheck.Fact{
		{Text: quote, Articles: []string{"a", "b", "c"}, Independent: 3},
		{Text: "Senator Ann Holt resigned on Tuesday after weeks of pressure over her campaign's finances.", Articles: []string{"a"}, Independent: 1},
		{Text: "Ann Holt quit the Senate on Tuesday, bowing to weeks of pressure from her own party over campaign finances.", Articles: []string{"b"}, Independent: 1},
		{Text: "Embattled senator Ann Holt stepped down Tuesday amid questions about how her campaign spent donors' money.", Articles: []string{"c"}, Independent: 1},
	}
	got := Build(arts, facts, nil, nil)
	if len(got) == 0 || got[0].Text == quote {
		t.Fatalf("summary %+v: want it to open with a lead, not the background", got)
	}
	if !slices.ContainsFunc(facts[1:], func(f crosscheck.Fact) bool { return f.Text == got[0].Text }) {
		t.Errorf("summary opens with %q, want one of the leads", got[0].Text)
	}
}

func TestBuildCarriesLatestFigure(t *testing.T) {
	early := "A fire at a warehouse in Dayton killed at least 12 people on Monday, officials said."
	late := "A fire at a warehouse in Dayton killed at least 15 people on Monday, officials said."
	other := "The cause of the fire was not yet known, and inspectors were expected at the site on Tuesday."
	at := func(h int) crosscheck.Date { return crosscheck.Date{Time: time.Date(2025, 3, 3, h, 0, 0, 0, time.UTC)} }
	tests := []struct {
		name         string
		outletLate   string
		wantText     string
		unwantedText string
	}{
		{"update from the same source", "Associated Press", late, early},
		{"another source is a disagreement, not an update", "Dayton Daily", early, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosscheck.Article{
				{ID: "a", Outlet: "Associated Press", Published: at(10), Text: early + "\n\n" + other},
				{ID: "b", Outlet: tc.outletLate, Published: at(14), Text: late + "\n\n" + other},
			}
			facts := []crosscheck.Fact{
				{Text: early, Articles: []string{"a"}, Independent: 1},
				{Text: other, Articles: []string{"a", "b"}, Independent: 1},
				{Text: late, Articles: []string{"b"}, Independent: 1},
			}
			got := Build(arts, facts, nil, nil)
			var texts []string
			for _, c := range got {
				texts = append(texts, c.Text)
			}
			if !slices.Contains(texts, tc.wantText) || tc.unwantedText != "" && slices.Contains(texts, tc.unwantedText) {
				t.Errorf("summary %q: want %q and not %q", texts, tc.wantText, tc.unwantedText)
			}
			// The main event, in its latest figures, opens the summary.
			if len(texts) == 0 || texts[0] != tc.wantText {
				t.Errorf("summary %q: want it to open with %q", texts, tc.wantText)
			}
		})
	}
}

func TestBuildSaysWhereSourcesDisagree(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "a", Outlet: "Associated Press", Text: "A fire at a chemical plant killed seven workers and injured 42 others on Thursday."},
		{ID: "b", Outlet: "Marlow Gazette", Text: "Seven workers died and 24 others were hurt when fire tore through the plant on Thursday."},
		{ID: "c", File: "reports/herald.txt", Text: "Seven people were killed and 42 injured in Thursday's fire at a chemical plant."},
	}
	facts := []crosscheck.Fact{
		{Text: "A fire at a chemical plant killed seven workers and injured 42 others on Thursday.", Articles: []string{"a", "c"}, Independent: 2},
		{Text: "Seven workers died and 24 others were hurt when fire tore through the plant on Thursday.", Articles: []string{"b"}, Independent: 1},
	}
	discs := []crosscheck.Discrepancy{
		{Kind: crosscheck.NameDiscrepancy, About: "Spelling of the name of Dana Whitcombe", Variants: []crosscheck.Cited{
			{Text: "Whitcombe", Articles: []string{"a", "c"}}, {Text: "Whitcomb", Articles: []string{"b"}}}},
		{Kind: crosscheck.FigureDiscrepancy, About: "Number injured", Variants: []crosscheck.Cited{
			{Text: "42 others", Articles: []string{"c", "a"}}, {Text: "24 others", Articles: []string{"b"}}}},
	}
	tests := []struct {
		name  string
		discs []crosscheck.Discrepancy
		want  *crosscheck.Cited
	}{
		{"agreement says nothing", nil, nil},
		{"one-sided discrepancy says nothing", discs[:1:1][0:0], nil},
		{"the figure before the name", discs, &crosscheck.Cited{
			Text:     "Where the sources differ: Number injured — herald and Associated Press: “42 others”; Marlow Gazette: “24 others”.",
			Articles: []string{"a", "b", "c"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Build(arts, facts, tc.discs, nil)
			last := got[len(got)-1]
			isDisagreement := strings.HasPrefix(last.Text, "Where the sources differ")
			switch {
			case tc.want == nil && isDisagreement:
				t.Errorf("got %q, want no disagreement", last.Text)
			case tc.want != nil:
				if diff := cmp.Diff(*tc.want, last); diff != "" {
					t.Errorf("disagreement (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestBuildLengthFitsArticles checks that a summary of short reports stays
// about as short as one of them, while one of long reports may take more
// sentences.
func TestBuildLengthFitsArticles(t *testing.T) {
	sents := []string{
		"The city council voted on Monday to close the old bridge over the river for at least two years of repairs.",
		"Engineers found deep cracks in two of the bridge's steel supports during a routine inspection earlier this spring.",
		"Commuters will be sent across a temporary ferry service that the transit agency plans to run every fifteen minutes.",
		"Local shop owners near the bridge said they feared losing customers during the long closure of the crossing.",
		"The state has promised to pay most of the repair bill, which officials put at roughly forty million dollars.",
	}
	facts := make([]crosscheck.Fact, len(sents))
	for i, s := range sents {
		facts[i] = crosscheck.Fact{Text: s, Articles: []string{"a", "b", "c"}, Independent: 3}
	}
	filler := strings.Repeat(" Residents packed the meeting hall and many of them spoke for and against the plan for hours.", 20)
	for _, tc := range []struct {
		name     string
		extra    string
		min, max int
	}{
		{"short reports", "", 1, 2},
		{"long reports", filler, 3, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosscheck.Article{
				{ID: "a", Text: sents[0] + tc.extra},
				{ID: "b", Text: sents[1] + tc.extra},
				{ID: "c", Text: sents[2] + tc.extra},
			}
			got := Build(arts, facts, nil, nil)
			if len(got) < tc.min || len(got) > tc.max {
				t.Errorf("got %d sentences, want %d to %d", len(got), tc.min, tc.max)
			}
		})
	}
}
