package clean

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		line string
		want kind
	}{
		{"dashes", "----------------------", kSeparator},
		{"underscores", "___", kSeparator},
		{"stars", "* * *", kSeparator},
		{"markdown image", "![A caption](https://example.com/a.png)", kImage},
		{"empty markdown image", "![](https://example.com/b.jpg)", kImage},
		{"linked image", "[![x](https://e.com/i.png)](https://e.com/)", kImage},
		{"html image", `<img src="a.jpg" alt="x">`, kImage},
		{"bare image url", "https://cdn.example.com/photos/1.jpeg?w=800", kImage},
		{"ap photo caption", "President Joe Biden speaks in the East Room, Feb. 3, 2023. (AP Photo/Evan Vucci)", kImage},
		{"getty credit", "Photo: John Smith/Getty Images", kImage},
		{"advertisement", "Advertisement", kBoilerplate},
		{"advertisement caps", "ADVERTISEMENT", kBoilerplate},
		{"story continues", "Story continues below advertisement", kBoilerplate},
		{"share", "Share this article", kBoilerplate},
		{"sign up", "Sign up for our morning newsletter", kBoilerplate},
		{"click here", "Click here to read more.", kBoilerplate},
		{"read more", "READ MORE: Ukraine says it shot down 40 drones", kBoilerplate},
		{"social", "Facebook Twitter Email", kText},
		{"social bar", "Facebook | Twitter | Email", kBoilerplate},
		{"copyright", "Copyright © 2025 The Washington Times, LLC. Click here for reprint permission.", kBoilerplate},
		{"ap legal", "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", kBoilerplate},
		{"comment policy", "Please read our comment policy before commenting.", kBoilerplate},
		{"contributed", "AP writer Lolita C. Baldor in Washington contributed to this report.", kCredit},
		{"credits paragraph", "Cook and Copp write for the Associated Press. Copp reported from Washington. AP writer Lolita C. Baldor in Washington contributed to this report.", kCredit},
		{"wire reports", "David R. Sands and Jeff Mordock contributed to this article, which is based in part on wire service reports.", kCredit},
		{"reuters credit", "(Reporting by Will Dunham; Editing by Tom Brown)", kCredit},
		{"reached", "• Mike Glenn can be reached at mglenn@example.com.", kCredit},
		{"byline", "By MATTHEW LEE, ERIC TUCKER and ZEKE MILLER", kByline},
		{"publication", "- The Washington Times - Wednesday, February 12, 2025", kPublication},
		{"updated", "Updated 3:45 PM EST, Wed February 12, 2025", kPublication},
		{"body", "President Trump said on Wednesday that talks would begin.", kText},
		{"body with credit words", "The senator said her staff contributed ideas to the bill, and she thanked them.", kText},
		{"body starting by", "By the time the troops arrived, the town was empty.", kText},
		{"body with sign up", "Signups for the program rose 40% last year, officials said.", kText},
		{"reported from in body", "The envoy reported from Kyiv that the talks had stalled after a week of shelling.", kText},
		{"crosshead", "Hegseth in Brussels", kText},
		{"bbc image source", "Image source, Getty Images", kImage},
		{"listen", "Listen to this article · 5 min", kBoilerplate},
		{"ago", "5 hours ago", kBoilerplate},
		{"ap support", "The Associated Press receives support from several private foundations. AP is solely responsible for all content.", kBoilerplate},
		{"nyt print", "A version of this article appears in print on Feb. 13, 2025, Section A, Page 1 of the New York edition with the headline: Talks.", kBoilerplate},
		{"usa today credit", "Contributing: Kristine Phillips", kCredit},
		{"wsj contact", "Write to Jane Doe at jane.doe@example.com", kCredit},
		{"field", "Title: Floods in Valencia", kField},
		{"field author", "Author: Jane Doe", kField},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := classify(newUnit(tc.line).text); got != tc.want {
				t.Errorf("classify(%q) = %d, want %d", tc.line, got, tc.want)
			}
		})
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		want   byline
		wantOK bool
	}{
		{"caps list", "By MATTHEW LEE, ERIC TUCKER and ZEKE MILLER", byline{Authors: []string{"Matthew Lee", "Eric Tucker", "Zeke Miller"}}, true},
		{"mixed case", "By Jane Doe and John O'Neil", byline{Authors: []string{"Jane Doe", "John O'Neil"}}, true},
		{"caps apostrophe", "BY JOHN O'NEIL", byline{Authors: []string{"John O'Neil"}}, true},
		{"outlet after comma", "By Jane Doe, Associated Press", byline{Authors: []string{"Jane Doe"}, Outlet: "Associated Press"}, true},
		{"role", "By Jane Doe, Staff Writer", byline{Authors: []string{"Jane Doe"}}, true},
		{"pipes and date", "By Jane Doe | Reuters | Feb. 12, 2025", byline{Authors: []string{"Jane Doe"}, Outlet: "Reuters", Published: crosscheck.Day(2025, 2, 12)}, true},
		{"agency only", "By The Associated Press", byline{Outlet: "Associated Press"}, true},
		{"initials", "By J.D. Smith and Mary-Kate Lopez", byline{Authors: []string{"J.D. Smith", "Mary-Kate Lopez"}}, true},
		{"month as name", "By Theresa May and April Ryan", byline{Authors: []string{"Theresa May", "April Ryan"}}, true},
		{"sentence", "By the time he arrived, it was over.", byline{}, false},
		{"weekday", "By Wednesday Night", byline{}, false},
		{"not by", "Jane Doe", byline{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := parseByline(tc.line)
			if ok != tc.wantOK {
				t.Fatalf("parseByline(%q) ok = %v, want %v", tc.line, ok, tc.wantOK)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("parseByline(%q) mismatch (-want +got):\n%s", tc.line, diff)
			}
		})
	}
}

func TestParseDateline(t *testing.T) {
	tests := []struct {
		name   string
		para   string
		want   dateline
		wantOK bool
	}{
		{"ap", "WASHINGTON (AP) — President Donald Trump upended", dateline{Place: "WASHINGTON", Agency: "Associated Press", Wire: true}, true},
		{"reuters with day", "LONDON, March 3 (Reuters) - Britain's economy grew", dateline{Place: "LONDON", Agency: "Reuters", Wire: true}, true},
		{"region", "KYIV, Ukraine (AP) — Russian drones struck", dateline{Place: "KYIV", Agency: "Associated Press", Wire: true}, true},
		{"two words", "NEW YORK (AFP) – Stocks fell", dateline{Place: "NEW YORK", Agency: "Agence France-Presse", Wire: true}, true},
		{"plain", "WASHINGTON — President Donald Trump announced", dateline{Place: "WASHINGTON"}, true},
		{"cnn", "BEIJING (CNN) — China said", dateline{Place: "BEIJING", Agency: "CNN", Wire: true}, true},
		{"mixed case place", "Washington (CNN) — The White House said", dateline{Place: "Washington", Agency: "CNN", Wire: true}, true},
		{"agency only", "(Reuters) - Oil prices rose", dateline{Agency: "Reuters", Wire: true}, true},
		{"mixed case unknown agency", "Trump (R) - Florida said", dateline{}, false},
		{"initials sentence", "U.S. Defense Secretary Pete Hegseth said", dateline{}, false},
		{"acronym sentence", "NATO allies met in Brussels.", dateline{}, false},
		{"lower after dash", "WASHINGTON — and elsewhere", dateline{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := parseDateline(tc.para)
			if ok != tc.wantOK || got != tc.want {
				t.Errorf("parseDateline(%q) = %+v, %v, want %+v, %v", tc.para, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

func TestParsePublication(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		want   publication
		wantOK bool
	}{
		{"outlet and day", "- The Washington Times - Wednesday, February 12, 2025", publication{Outlet: "The Washington Times", Published: crosscheck.Day(2025, 2, 12)}, true},
		{"published", "Published Feb. 12, 2025 at 3:05 p.m. ET", publication{Published: crosscheck.Day(2025, 2, 12)}, true},
		{"day first", "12 February 2025 | BBC News", publication{Outlet: "BBC", Published: crosscheck.Day(2025, 2, 12)}, true},
		{"iso", "2025-02-12T14:30:00Z", publication{Published: crosscheck.Day(2025, 2, 12)}, true},
		{"time written apart", "May 2, 2013 | 5 : 03pm", publication{Published: crosscheck.Day(2013, 5, 2)}, true},
		{"updated, p. m. apart", "updated 8 : 41 p. m. EST, Tue March 3, 2009", publication{Published: crosscheck.Day(2009, 3, 3)}, true},
		{"last updated after the day", "18 September 2013 Last updated at 13 : 59 GMT", publication{Published: crosscheck.Day(2013, 9, 18)}, true},
		{"sentence with date", "Trump met Putin on February 12, 2025, in Riyadh.", publication{}, false},
		{"bad day", "February 30, 2025", publication{}, false},
		{"no year", "Wednesday, February 12", publication{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := parsePublication(tc.line)
			if ok != tc.wantOK {
				t.Fatalf("parsePublication(%q) ok = %v, want %v", tc.line, ok, tc.wantOK)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("parsePublication(%q) mismatch (-want +got):\n%s", tc.line, diff)
			}
		})
	}
}

func TestIsCrosshead(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"short heading", "Hegseth in Brussels", true},
		{"quoted heading", "‘Stark strategic realities’", true},
		{"title case", "Trump and Defense Secretary Question Ukraine’s NATO Prospects", true},
		{"markdown heading", "## What comes next?", true},
		{"bold heading", "**Talks in Riyadh**", true},
		{"sentence", "The talks resumed on Monday.", false},
		{"quote", "“We hear you,”", false},
		{"list item", "- drones and tanks", false},
		{"lower case start", "and then the talks collapsed", false},
		{"table row", "6 Ryan Blaney 2339 1 1 11 18", false},
		{"long line", "This line has far too many words to be a heading of any kind in a news report today", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := isCrosshead(newUnit(tc.line)); got != tc.want {
				t.Errorf("isCrosshead(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

func TestReadUnits(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"line per paragraph", "One sentence here.\nAnother one here.", []string{"One sentence here.", "Another one here."}},
		{"blank lines", "One.\n\n\nTwo.", []string{"One.", "Two."}},
		{"hard wrapped", "The minister said on Tuesday that the government would review\nthe plan before the end of the year, and that the opposition had\nbeen told.\n\nNext paragraph.", []string{"The minister said on Tuesday that the government would review the plan before the end of the year, and that the opposition had been told.", "Next paragraph."}},
		{"header block", "Floods force thousands from homes in Valencia\nBy Ana Ruiz and Tom Lee, Staff Writers\nOctober 29, 2024", []string{"Floods force thousands from homes in Valencia", "By Ana Ruiz and Tom Lee, Staff Writers", "October 29, 2024"}},
		{"markdown", "# A Headline\n\nSome **bold** text with a [link](https://e.com/x).", []string{"A Headline", "Some bold text with a link."}},
		{"continued lines", "The vote\nwas close\nand long\n\nNext.", []string{"The vote was close and long", "Next."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, u := range readUnits(tc.in) {
				got = append(got, u.text)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("readUnits mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// continuedLines is n short lines that each go on with a lower-case word,
// which readUnits joins into one unit.
func continuedLines(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "line %d here\n", i)
	}
	return b.String()
}

// BenchmarkReadUnitsContinued measures readUnits on ever more lines that
// continue one another: its cost should grow linearly.
func BenchmarkReadUnitsContinued(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		text := continuedLines(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				readUnits(text)
			}
		})
	}
}

// storyParas is a body about one event for the tests below.
var storyParas = []string{
	"Flooding forced thousands of residents of Valencia to leave their homes on Tuesday as the Turia river burst its banks.",
	"Emergency services in Valencia said more than 3,000 people had been moved to shelters, and regional officials warned the river would keep rising.",
	"Spain's prime minister Pedro Sanchez flew to Valencia and promised emergency funds for the flooded districts.",
	"Meteorologists said the rain that caused the flooding was the heaviest in Valencia since records began.",
	"Farmers south of the city said the flooding had destroyed much of this year's orange harvest.",
	"Insurers have started to count the cost, which analysts put at several hundred million euros.",
}

// withParas returns storyParas followed by more.
func withParas(more ...string) []string {
	return append(append([]string(nil), storyParas...), more...)
}

// Paragraphs that follow storyParas in the tests below: the leads of other
// stories, and turns of the flood story that share few of its words.
const (
	datelined = "LISBON — Portugal's parliament approved a budget that raises pensions, after the Socialists agreed to abstain in the vote."
	otherDay  = "Voters in Portugal chose a new parliament on Sunday, and the Socialist leader Pedro Nuno Santos conceded defeat to Luis Montenegro."
	subtopic  = "Valencia's football club postponed Saturday's league match against Sevilla at the Mestalla stadium."
	quotation = "\"Nobody warned us,\" said Maria Lopez, a shopkeeper in Paiporta, whose street was under two metres of water."
	elsewhere = "Kenya's president William Ruto named a new cabinet on Friday after protests in Nairobi forced him to dismiss his ministers."
	pronoun   = "He said the government would ask the European Commission in Brussels for money from its solidarity fund."
)

func TestOffTopic(t *testing.T) {
	glued := "The Federal Reserve held interest rates steady on Wednesday, with chairman Jerome Powell telling reporters in Washington that inflation in America remained too high."
	shift := "Insurers in Spain, the association of Spanish insurers said, expect claims from the Valencia flooding to exceed those of 2019."
	tests := []struct {
		name  string
		paras []string
		gaps  []int
		want  []int
	}{
		{"on topic", storyParas, nil, nil},
		{"glued at end", append(append([]string(nil), storyParas...), glued), nil, []int{6}},
		{"glued after layout break", append(append([]string(nil), storyParas...), glued), []int{0, 0, 0, 0, 0, 0, 1}, []int{6}},
		{"new turn kept", append(append([]string(nil), storyParas...), shift), nil, nil},
		{"glued in the middle kept", append(append(append([]string(nil), storyParas[:3]...), glued), storyParas[3:]...), nil, nil},
		{"short body", []string{storyParas[0], storyParas[1], glued}, nil, nil},
		{"lead with a dateline", withParas(datelined), nil, []int{6}},
		{"lead of another day", withParas(otherDay), nil, []int{6}},
		{"two glued leads", withParas(otherDay, datelined), nil, []int{7, 6}},
		{"glued lead before the last paragraph kept", withParas(otherDay, storyParas[5]), nil, nil},
		{"new subtopic naming the story's subject kept", withParas(subtopic), nil, nil},
		{"quotation kept", withParas(quotation), nil, nil},
		{"pronoun opening kept", withParas(pronoun), nil, nil},
		{"never more than a third", withParas(glued, otherDay, datelined, elsewhere), nil, []int{9, 8, 7}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gaps := tc.gaps
			if gaps == nil {
				gaps = make([]int, len(tc.paras))
			}
			if diff := cmp.Diff(tc.want, offTopic(tc.paras, gaps, "")); diff != "" {
				t.Errorf("offTopic mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestArticles(t *testing.T) {
	body := strings.Join(storyParas, "\n\n")
	tests := []struct {
		name    string
		doc     crosscheck.Document
		want    []crosscheck.Article
		dropped []crosscheck.DropKind
	}{
		{
			name: "reuters style",
			doc: crosscheck.Document{Source: "in/r.txt", Body: "Floods force thousands from homes in Valencia\n\nBy Jane Doe\n\nVALENCIA, Spain, Oct 29 (Reuters) - " + body +
				"\n\n(Reporting by Jane Doe; Editing by John Roe)\n\nOur Standards: The Thomson Reuters Trust Principles."},
			want: []crosscheck.Article{{File: "in/r.txt", Part: 1, Title: "Floods force thousands from homes in Valencia", Outlet: "Reuters",
				Authors: []string{"Jane Doe"}, Dateline: "VALENCIA", Language: "en", Text: "VALENCIA, Spain, Oct 29 (Reuters) - " + body}},
			dropped: []crosscheck.DropKind{crosscheck.DropBoilerplate, crosscheck.DropByline, crosscheck.DropCredit, crosscheck.DropBoilerplate},
		},
		{
			name: "markdown with furniture",
			doc: crosscheck.Document{Source: "m.md", Body: "# Floods in Valencia\n\n![Flooded street](https://e.com/f.jpg)\n\n" + strings.Join(storyParas[:3], "\n\n") +
				"\n\nADVERTISEMENT\n\n## The cost\n\n" + strings.Join(storyParas[3:], "\n\n") + "\n\nShare this article\n\n© 2024 Example Media"},
			want:    []crosscheck.Article{{File: "m.md", Part: 1, Title: "Floods in Valencia", Language: "en", Text: body}},
			dropped: []crosscheck.DropKind{crosscheck.DropBoilerplate, crosscheck.DropImage, crosscheck.DropBoilerplate, crosscheck.DropCrosshead, crosscheck.DropBoilerplate, crosscheck.DropBoilerplate},
		},
		{
			name: "record keeps its metadata",
			doc: crosscheck.Document{Source: "feed.xml", ID: "item-7", Title: "Floods in Valencia", Outlet: "El Diario", URL: "https://e.com/7", Language: "es",
				Published: crosscheck.Day(2024, 10, 29), Body: "Floods in Valencia\n\n" + body},
			want: []crosscheck.Article{{File: "feed.xml", Part: 1, Title: "Floods in Valencia", Outlet: "El Diario", URL: "https://e.com/7",
				Published: crosscheck.Day(2024, 10, 29), Language: "es", Text: body}},
			dropped: []crosscheck.DropKind{crosscheck.DropBoilerplate},
		},
		{
			name: "two wire stories",
			doc: crosscheck.Document{Source: "two.txt", Body: "MADRID (AP) — " + strings.Join(storyParas[:3], "\n") + "\nBy JUAN PEREZ\nLISBON (AP) — " +
				strings.Join(storyParas[3:], "\n") + "\n___\nPerez reported from Lisbon."},
			want: []crosscheck.Article{
				{File: "two.txt", Part: 1, Outlet: "Associated Press", Dateline: "MADRID", Language: "en", Text: "MADRID (AP) — " + strings.Join(storyParas[:3], "\n\n")},
				{File: "two.txt", Part: 2, Outlet: "Associated Press", Dateline: "LISBON", Authors: []string{"Juan Perez"}, Language: "en", Text: "LISBON (AP) — " + strings.Join(storyParas[3:], "\n\n")},
			},
			dropped: []crosscheck.DropKind{crosscheck.DropByline, crosscheck.DropSeparator, crosscheck.DropCredit},
		},
		{
			name: "wire sections stay one article",
			doc:  crosscheck.Document{Source: "s.txt", Body: "WASHINGTON (AP) — " + strings.Join(storyParas[:3], "\n\n") + "\n\n___\n\nWHAT COMES NEXT?\n\n" + strings.Join(storyParas[3:], "\n\n")},
			want: []crosscheck.Article{{File: "s.txt", Part: 1, Outlet: "Associated Press", Dateline: "WASHINGTON", Language: "en",
				Text: "WASHINGTON (AP) — " + strings.Join(storyParas[:3], "\n\n") + "\n\nWHAT COMES NEXT?\n\n" + strings.Join(storyParas[3:], "\n\n")}},
			dropped: []crosscheck.DropKind{crosscheck.DropSeparator},
		},
		{
			name: "several parts of a record",
			doc:  crosscheck.Document{Source: "a.jsonl", ID: "r1", Body: "ROME (Reuters) - " + storyParas[0] + "\n\n" + storyParas[1] + "\n\n----\n\nPARIS (Reuters) - " + storyParas[2]},
			want: []crosscheck.Article{
				{File: "a.jsonl", Part: 1, Outlet: "Reuters", Dateline: "ROME", Language: "en", Text: "ROME (Reuters) - " + storyParas[0] + "\n\n" + storyParas[1]},
				{File: "a.jsonl", Part: 2, Outlet: "Reuters", Dateline: "PARIS", Language: "en", Text: "PARIS (Reuters) - " + storyParas[2]},
			},
			dropped: []crosscheck.DropKind{crosscheck.DropSeparator},
		},
		{
			name: "text dump with fields",
			doc:  crosscheck.Document{Source: "d.txt", Body: "Title: Floods in Valencia\nURL: https://e.com/v\nSource: Reuters\nDate: 2024-10-29\nAuthor: Jane Doe\n\n" + body},
			want: []crosscheck.Article{{File: "d.txt", Part: 1, Title: "Floods in Valencia", Outlet: "Reuters", URL: "https://e.com/v",
				Authors: []string{"Jane Doe"}, Published: crosscheck.Day(2024, 10, 29), Language: "en", Text: body}},
			dropped: []crosscheck.DropKind{crosscheck.DropBoilerplate, crosscheck.DropBoilerplate, crosscheck.DropBoilerplate, crosscheck.DropBoilerplate, crosscheck.DropBoilerplate},
		},
		{
			name: "cnn style",
			doc: crosscheck.Document{Source: "cnn.txt", Body: "Floods force thousands from homes in Valencia\nBy Ana Ruiz and Tom Lee, CNN\nUpdated 6:41 PM EST, Tue October 29, 2024\n" +
				"Valencia, Spain (CNN) — " + strings.Join(storyParas[:3], "\n") + "\nImage source: Getty Images\n" + strings.Join(storyParas[3:], "\n") +
				"\nRelated article\nCNN’s Eva Diaz contributed to this report."},
			want: []crosscheck.Article{{File: "cnn.txt", Part: 1, Title: "Floods force thousands from homes in Valencia", Outlet: "CNN",
				Authors: []string{"Ana Ruiz", "Tom Lee"}, Published: crosscheck.Day(2024, 10, 29), Dateline: "Valencia", Language: "en",
				Text: "Valencia, Spain (CNN) — " + body}},
			dropped: []crosscheck.DropKind{crosscheck.DropBoilerplate, crosscheck.DropByline, crosscheck.DropBoilerplate, crosscheck.DropImage, crosscheck.DropBoilerplate, crosscheck.DropCredit},
		},
		{
			name: "guardian style",
			doc: crosscheck.Document{Source: "g.txt", Body: "Floods force thousands from homes in Valencia\nAna Ruiz in Valencia and Tom Lee\nTue 29 Oct 2024 20.30 GMT\n\n" + body +
				"\n\nExplore more on these topics\nSpain\nFloods\nReuse this content"},
			want: []crosscheck.Article{{File: "g.txt", Part: 1, Title: "Floods force thousands from homes in Valencia",
				Authors: []string{"Ana Ruiz", "Tom Lee"}, Published: crosscheck.Day(2024, 10, 29), Language: "en", Text: body}},
			dropped: []crosscheck.DropKind{crosscheck.DropBoilerplate, crosscheck.DropByline, crosscheck.DropBoilerplate, crosscheck.DropBoilerplate,
				crosscheck.DropBoilerplate, crosscheck.DropBoilerplate, crosscheck.DropBoilerplate},
		},
		{
			name: "question headline",
			doc:  crosscheck.Document{Source: "q.txt", Body: "Will Valencia ever be safe from floods?\nBy Ana Ruiz\n\n" + body},
			want: []crosscheck.Article{{File: "q.txt", Part: 1, Title: "Will Valencia ever be safe from floods?",
				Authors: []string{"Ana Ruiz"}, Language: "en", Text: body}},
			dropped: []crosscheck.DropKind{crosscheck.DropBoilerplate, crosscheck.DropByline},
		},
		{
			name: "question lead stays",
			doc:  crosscheck.Document{Source: "q2.txt", Body: "Will Valencia ever be safe from floods?\n\n" + body},
			want: []crosscheck.Article{{File: "q2.txt", Part: 1, Language: "en", Text: "Will Valencia ever be safe from floods?\n\n" + body}},
		},
		{
			name:    "furniture only",
			doc:     crosscheck.Document{Source: "f.txt", Body: "Advertisement\n\n----\n\n![](https://e.com/a.png)"},
			dropped: []crosscheck.DropKind{crosscheck.DropBoilerplate, crosscheck.DropSeparator, crosscheck.DropImage},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, dropped := Articles(tc.doc)
			for i := range tc.want {
				tc.want[i].ID = crosscheck.ArticleID(tc.doc.Source, tc.doc.ID, tc.want[i].Part)
				tc.want[i].Record = tc.doc.ID
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("articles mismatch (-want +got):\n%s", diff)
			}
			var kinds []crosscheck.DropKind
			for _, d := range dropped {
				kinds = append(kinds, d.Kind)
				if d.File != tc.doc.Source {
					t.Errorf("dropped %q: file %q, want %q", d.Text, d.File, tc.doc.Source)
				}
			}
			if diff := cmp.Diff(tc.dropped, kinds); diff != "" {
				t.Errorf("dropped kinds mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTitleIsPublicationLine(t *testing.T) {
	// A record whose title is only a date stamp: the stamp dates the
	// article, and the headline is the first line of its text.
	doc := crosscheck.Document{Source: "r.jsonl", ID: "7", Title: "18 September 2013 Last updated at 13:59 GMT",
		Body: "Microsoft releases fix for IE browser bug\n\n" + storyParas[0]}
	got, _ := Clean(doc, Options{Single: true})
	if len(got) != 1 {
		t.Fatalf("got %d articles, want 1", len(got))
	}
	if got[0].Title != "Microsoft releases fix for IE browser bug" || got[0].Published != crosscheck.Day(2013, 9, 18) {
		t.Errorf("got title %q, published %v; want the first line and 2013-09-18", got[0].Title, got[0].Published)
	}
	// The record's own date wins; a headline with a date in it is a
	// headline.
	doc.Published = crosscheck.Day(2013, 9, 19)
	if got, _ := Clean(doc, Options{Single: true}); got[0].Published != doc.Published {
		t.Errorf("got published %v, want the record's %v", got[0].Published, doc.Published)
	}
	doc = crosscheck.Document{Source: "r.jsonl", ID: "8", Title: "Trump and Putin meet on February 12, 2025, in Riyadh", Body: storyParas[0]}
	if got, _ := Clean(doc, Options{Single: true}); got[0].Title != doc.Title || !got[0].Published.IsZero() {
		t.Errorf("got title %q, published %v; want the title kept and no date", got[0].Title, got[0].Published)
	}
}

func TestCleanSingle(t *testing.T) {
	doc := crosscheck.Document{Source: "p.html", Body: "ROME (Reuters) - " + storyParas[0] + "\n\n----\n\nPARIS (Reuters) - " + storyParas[2]}
	if got, _ := Clean(doc, Options{Single: true}); len(got) != 1 {
		t.Errorf("Single: got %d articles, want 1", len(got))
	}
	if got, _ := Articles(doc); len(got) != 2 {
		t.Errorf("default: got %d articles, want 2", len(got))
	}
}

func TestCleanKeep(t *testing.T) {
	glued := "The Federal Reserve held interest rates steady on Wednesday, with chairman Jerome Powell telling reporters in Washington that inflation in America remained too high."
	body := strings.Join(storyParas[:3], "\n\n") + "\n\nThe cost\n\n" + strings.Join(storyParas[3:], "\n\n") + "\n\n" + glued
	doc := crosscheck.Document{Source: "k.txt", Body: body}
	got, _ := Clean(doc, Options{KeepCrossheads: true, KeepOffTopic: true})
	if len(got) != 1 || got[0].Text != body {
		t.Errorf("Keep options: got %+v, want one article with the whole body", got)
	}
	got, _ = Articles(doc)
	if len(got) != 1 || strings.Contains(got[0].Text, "The cost") || strings.Contains(got[0].Text, glued) {
		t.Errorf("defaults: got %+v, want the crosshead and the glued paragraph dropped", got)
	}
}

func TestRefersBack(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"lead", "Voters in Portugal chose a new parliament on Sunday.", false},
		{"lead saying what someone said", "Rick Stone said Sunday he would run for governor.", false},
		{"opening quotation", "“Nobody warned us,” said Maria Lopez.", true},
		{"opening pronoun", "She added that the dam had held.", true},
		{"linking word", "The lawmakers, however, failed to appear.", true},
		{"pronoun attribution", "The dam will hold for now, he said, but not for long.", true},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := refersBack(tc.in); got != tc.want {
				t.Errorf("refersBack(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

// TestOffTopicTitleName keeps a last paragraph that names someone of the
// title whom the story names in a few paragraphs only, and drops it
// without the title.
func TestOffTopicTitleName(t *testing.T) {
	paras := []string{
		"The Philadelphia Phillies agreed to an eight-year, $216 million contract with the right-hander Julian Ortega on Tuesday, landing the top starting pitcher on the market.",
		"The 29-year-old has struck out more than 230 hitters in each of the last three seasons and has made at least 30 starts in four straight seasons.",
		"Ortega had been pursued by at least six teams, people familiar with the negotiations said, and the Phillies' offer was the largest guarantee for a pitcher this winter.",
		"The signing pushes the team's payroll past $260 million for next season, the highest in the National League, and the front office intends to keep spending.",
		"Phillies fans flooded social media within minutes of the news. Several of the team's players posted welcome messages, and season-ticket sales spiked on Tuesday night.",
		"The right-hander said in a statement that the city had always felt like home to him.",
		"Ortega will be formally introduced at Citizens Bank Park on Tuesday, Dec. 8.",
	}
	gaps := make([]int, len(paras))
	if got := offTopic(paras, gaps, "Phillies reel in ace Julian Ortega with massive $216M contract"); got != nil {
		t.Errorf("offTopic with the title = %v, want none", got)
	}
	if got := offTopic(paras, gaps, ""); len(got) != 1 || got[0] != 6 {
		t.Errorf("offTopic without a title = %v, want [6]", got)
	}
}
