package entities

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"crosscheck"
)

// articles makes one article per text, with ids "a1", "a2", ...
func articles(texts ...string) []crosscheck.Article {
	arts := make([]crosscheck.Article, len(texts))
	for i, t := range texts {
		arts[i] = crosscheck.Article{ID: fmt.Sprintf("a%d", i+1), Text: t}
	}
	return arts
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		// want maps each mention to the entity name it must resolve to and
		// its kind; mentions that name nothing map to "".
		want map[string]string
		kind map[string]crosscheck.EntityKind
	}{
		{
			name: "transliterations and titles",
			texts: []string{
				"Ukrainian President Volodymyr Zelenskiy said on Monday that talks would go on. Zelenskiy spoke in Kyiv.",
				"President Volodymyr Zelenskyy said talks would go on. Mr. Zelenskyy was in Kyiv, where Zelensky met aides.",
				"Volodymyr Zelenskyy was not there.",
			},
			want: map[string]string{"Zelenskiy": "Volodymyr Zelenskyy", "Zelensky": "Volodymyr Zelenskyy",
				"Mr. Zelenskyy": "Volodymyr Zelenskyy", "Kyiv": "Kyiv", "Monday": ""},
			kind: map[string]crosscheck.EntityKind{"Volodymyr Zelenskyy": crosscheck.Person, "Kyiv": crosscheck.Place},
		},
		{
			name: "a given name of hyphened syllables, and a compound after a name",
			texts: []string{
				"The National Assembly confirmed Kim Seong-hoon, a former finance minister, as prime minister. Kim thanked lawmakers.",
				"Kim Seong-hoon was confirmed on Thursday, ending a Biden-era dispute with Moon Jae-in.",
			},
			want: map[string]string{"Kim Seong-hoon": "Kim Seong-hoon"},
			kind: map[string]crosscheck.EntityKind{"Kim Seong-hoon": crosscheck.Person},
		},
		{
			name: "unknown names that an appositive role follows",
			texts: []string{
				"The president chose Kathleen Ashworth, a former Ohio budget director, to lead the office.",
				"Kristen Vollmer, the chief of staff, said the plan would go ahead.",
			},
			want: map[string]string{"Kathleen Ashworth": "Kathleen Ashworth", "Kristen Vollmer": "Kristen Vollmer"},
			kind: map[string]crosscheck.EntityKind{"Kathleen Ashworth": crosscheck.Person, "Kristen Vollmer": crosscheck.Person},
		},
		{
			name: "unknown names after a nationality",
			texts: []string{
				"Ethiopian Yonas Tesfaye took second, 38 seconds back.",
				"Kenyan Abel Kiprugut was third.",
			},
			want: map[string]string{"Yonas Tesfaye": "Yonas Tesfaye", "Abel Kiprugut": "Abel Kiprugut"},
			kind: map[string]crosscheck.EntityKind{"Yonas Tesfaye": crosscheck.Person, "Abel Kiprugut": crosscheck.Person},
		},
		{
			name: "unknown names that an appositive role noun stands before",
			texts: []string{
				"\"He wanted to be the focal point of the attack,\" said his agent, Teodoro Vasquinho.",
				"The ruling was a relief, according to her lawyer, Oksana Rembiel.",
			},
			want: map[string]string{"Teodoro Vasquinho": "Teodoro Vasquinho", "Oksana Rembiel": "Oksana Rembiel"},
			kind: map[string]crosscheck.EntityKind{"Teodoro Vasquinho": crosscheck.Person, "Oksana Rembiel": crosscheck.Person},
		},
		{
			name: "common given names with no other cue",
			texts: []string{
				"Police identified the officer as Brandon Kessling. The driver, Tyler Marsh, was unhurt; a passenger, Shannon Doyle, was treated at the scene.",
			},
			want: map[string]string{"Brandon Kessling": "Brandon Kessling", "Tyler Marsh": "Tyler Marsh"},
			kind: map[string]crosscheck.EntityKind{"Brandon Kessling": crosscheck.Person, "Tyler Marsh": crosscheck.Person},
		},
		{
			name: "an unknown full name whose surname alone is a person's, and one from a country",
			texts: []string{
				"Evans Rono of Kenya pulled away from Abdi Tessema of Ethiopia in Central Park on Sunday. Rono, 27, had run in a lead pack. “I felt strong,” Rono said afterward.",
			},
			want: map[string]string{"Evans Rono": "Evans Rono", "Rono": "Evans Rono", "Abdi Tessema": "Abdi Tessema"},
			kind: map[string]crosscheck.EntityKind{"Evans Rono": crosscheck.Person, "Abdi Tessema": crosscheck.Person},
		},
		{
			name: "a given name's short form",
			texts: []string{
				"Health Minister Nikolaos Daskalakis said the hospitals were ready.",
				"Health Minister Nikos Daskalakis said hospitals were prepared.",
			},
			want: map[string]string{"Nikos Daskalakis": "Nikolaos Daskalakis"},
		},
		{
			name: "an unknown name that who follows",
			texts: []string{
				"Curtis Ebersol, who heads the growers' association, called the cap a slow death.",
			},
			want: map[string]string{"Curtis Ebersol": "Curtis Ebersol"},
			kind: map[string]crosscheck.EntityKind{"Curtis Ebersol": crosscheck.Person},
		},
		{
			name: "an unknown name that a role without an article follows",
			texts: []string{
				"Nika Zupancic, leader of the main opposition party, said the vote was a betrayal.",
			},
			want: map[string]string{"Nika Zupancic": "Nika Zupancic"},
			kind: map[string]crosscheck.EntityKind{"Nika Zupancic": crosscheck.Person},
		},
		{
			name: "unknown names that an age follows",
			texts: []string{
				"The coroner identified the dead as Marcus Ellery, 44, of Canton, and Tomas Vidal, 29.",
			},
			want: map[string]string{"Marcus Ellery": "Marcus Ellery", "Tomas Vidal": "Tomas Vidal"},
			kind: map[string]crosscheck.EntityKind{"Marcus Ellery": crosscheck.Person, "Tomas Vidal": crosscheck.Person},
		},
		{
			name: "an unknown name whose surname an age with an article follows",
			texts: []string{
				"Dario Velasco scored in the 108th minute. Velasco, a 23-year-old midfielder, met a low cross at the near post.",
			},
			want: map[string]string{"Dario Velasco": "Dario Velasco", "Velasco": "Dario Velasco"},
			kind: map[string]crosscheck.EntityKind{"Dario Velasco": crosscheck.Person},
		},
		{
			name: "a hospital and a museum are organisations",
			texts: []string{
				"Three of the injured were in critical condition at Mercy Valley Medical Center, a hospital spokeswoman said.",
				"The paintings hung in the Bergen Art Museum until Monday. The Bergen Art Museum said little.",
			},
			want: map[string]string{"Mercy Valley Medical Center": "Mercy Valley Medical Center", "Bergen Art Museum": "Bergen Art Museum"},
			kind: map[string]crosscheck.EntityKind{"Mercy Valley Medical Center": crosscheck.Organization, "Bergen Art Museum": crosscheck.Organization},
		},
		{
			name: "initials with and without stops",
			texts: []string{
				"Vice President JD Vance said the plan would work. JD Vance smiled.",
				"Vice President J.D. Vance spoke to reporters in Munich. Vance said little.",
			},
			want: map[string]string{"J.D. Vance": "JD Vance", "Vance": "JD Vance", "Munich": "Munich"},
		},
		{
			name: "acronym and anaphor",
			texts: []string{
				"Leaders of the North Atlantic Treaty Organization met in Brussels. The NATO alliance has 32 members.",
				"NATO said the alliance would meet again. Officials said the alliance was united.",
			},
			want: map[string]string{"NATO": "North Atlantic Treaty Organization", "the alliance": "North Atlantic Treaty Organization"},
			kind: map[string]crosscheck.EntityKind{"North Atlantic Treaty Organization": crosscheck.Organization},
		},
		{
			name: "ambiguous surname stays apart",
			texts: []string{
				"Donald Trump and Melania Trump arrived in Florida. Reporters said Trump was happy.",
			},
			want: map[string]string{"Donald Trump": "Donald Trump", "Melania Trump": "Melania Trump", "Trump": "Trump"},
		},
		{
			name: "near names of one person merge, other people do not",
			texts: []string{
				"American teacher Marc Fogel returned home. Fogel said he was grateful.",
				"American schoolteacher Marc Vogel returned home on Tuesday.",
				"Astronaut Mark Kelly and his brother Scott Kelly spoke.",
				"Chief of staff John Kelly met former secretary John Kerry.",
			},
			want: map[string]string{"Marc Vogel": "Marc Fogel", "Fogel": "Marc Fogel",
				"Mark Kelly": "Mark Kelly", "Scott Kelly": "Scott Kelly", "John Kelly": "John Kelly", "John Kerry": "John Kerry"},
		},
		{
			name: "a misspelt surname",
			texts: []string{
				"Ukrainian President Volodymyr Zelensky spoke in Kyiv. Zelensky said the talks went well.",
				"Aides said Zelenksy was pleased with the talks.",
			},
			want: map[string]string{"Zelenksy": "Volodymyr Zelensky"},
		},
		{
			name: "short and long given names",
			texts: []string{
				"Envoy Steven Witkoff flew to Moscow. Witkoff said the talks went well.",
				"Envoy Steve Witkoff flew to Moscow, and Tim Witkoff stayed home.",
			},
			want: map[string]string{"Steve Witkoff": "Steven Witkoff", "Tim Witkoff": "Tim Witkoff"},
		},
		{
			name: "pet forms of given names",
			texts: []string{
				"Governor William Ostrander vetoed the bill on Friday. Ostrander said it cost too much.",
				"Gov. Bill Ostrander vetoed the measure, and Ruth Ostrander, his sister, praised him.",
			},
			want: map[string]string{"Bill Ostrander": "William Ostrander", "Ruth Ostrander": "Ruth Ostrander"},
		},
		{
			name: "a misspelt given name, and given names that are two names",
			texts: []string{
				"Former President Vicente Fox said the wall would never be paid for. Vicente Fox laughed.",
				"Former President Vincente Fox said so again.",
				"Singer Mario Lopez and actress Maria Lopez sang, and senator Christina Hale met judge Christine Hale.",
			},
			want: map[string]string{"Vincente Fox": "Vicente Fox", "Fox": "Vicente Fox", "Maria Lopez": "Maria Lopez",
				"Mario Lopez": "Mario Lopez", "Christina Hale": "Christina Hale", "Christine Hale": "Christine Hale"},
		},
		{
			name: "a surname after a place cue is still the person's",
			texts: []string{
				"Defense Secretary Ash Carter visited the troops. A letter from Carter was read aloud.",
				"Senator Tom Washington said the bill would pass. He spoke in Washington on Monday.",
			},
			want: map[string]string{"Carter": "Ash Carter", "Washington": "Washington"},
			kind: map[string]crosscheck.EntityKind{"Carter": crosscheck.Person, "Washington": crosscheck.Place},
		},
		{
			name: "a thing with an article is no person",
			texts: []string{
				"\"I believe what the Bible says,\" Pastor Ann Reed said. The Quran says so too, Reed added.",
				"President Barack Obama spoke. The Obama administration said it would act.",
			},
			want: map[string]string{"Bible": "", "Quran": "", "Obama": "Barack Obama", "Reed": "Ann Reed"},
		},
		{
			name: "a name inside a quotation before its speech verb",
			texts: []string{
				"\"They took money from Medicare to fund Medicaid,\" said party chair Ann Reed. \"Medicaid is broke.\"",
			},
			want: map[string]string{"Medicaid": "", "Ann Reed": "Ann Reed"},
		},
		{
			name: "a day after a name, a whip's title, a surname that is also an organisation's name",
			texts: []string{
				"The plan was unveiled by Ruth Ansel Monday. Senate Majority Whip Tom Ardell said he opposed it.",
				"Ansel spoke to reporters. Laura Wagner, a donor, said she agreed, and Mrs. Wagner later gave money.",
			},
			want: map[string]string{"Ruth Ansel": "Ruth Ansel", "Ansel": "Ruth Ansel", "Tom Ardell": "Tom Ardell",
				"Mrs. Wagner": "Laura Wagner"},
			kind: map[string]crosscheck.EntityKind{"Ruth Ansel": crosscheck.Person, "Tom Ardell": crosscheck.Person,
				"Laura Wagner": crosscheck.Person},
		},
		{
			name: "sentence-initial capitals and shouting",
			texts: []string{
				"Hours later, the minister left. He wants to make PEACE. Officials said the hours were long and peace was near.",
			},
			want: map[string]string{"Hours": "", "PEACE": "", "Officials": ""},
		},
		{
			name: "organisations and places",
			texts: []string{
				"Acme Corp said it would open an office in Lisbon. The Defense Ministry in Portugal declined to comment.",
			},
			want: map[string]string{"Acme Corp": "Acme Corp", "Lisbon": "Lisbon", "Defense Ministry": "Defense Ministry", "Portugal": "Portugal"},
			kind: map[string]crosscheck.EntityKind{"Acme Corp": crosscheck.Organization, "Lisbon": crosscheck.Place,
				"Defense Ministry": crosscheck.Organization, "Portugal": crosscheck.Place},
		},
		{
			name: "place abbreviations",
			texts: []string{
				"The United States and the U.S. Senate met in Washington, D.C., while Deuel County voted.",
				"U.S. officials said the United States would act in St. Louis.",
			},
			want: map[string]string{"U.S.": "United States", "D.C.": "D.C.", "Deuel County": "Deuel County",
				"St. Louis": "St. Louis", "Louis": ""},
			kind: map[string]crosscheck.EntityKind{"United States": crosscheck.Place},
		},
		{
			name: "title cut from the name, organisation before it kept",
			texts: []string{
				"NATO Secretary General Mark Rutte told reporters that Secretary of State Marco Rubio would attend. Kremlin spokesman Dmitry Peskov said Rutte was wrong.",
			},
			want: map[string]string{"Mr. Rutte": "Mark Rutte", "Rubio": "Marco Rubio", "Peskov": "Dmitry Peskov", "NATO": "NATO"},
			kind: map[string]crosscheck.EntityKind{"Mark Rutte": crosscheck.Person, "NATO": crosscheck.Organization, "Dmitry Peskov": crosscheck.Person},
		},
		{
			name: "unknown given names after a lower-case role or a rank",
			texts: []string{
				"Chief executive Jorund Wendland apologized to customers. The company will repair the cars.",
				"Twelve people were missing, according to Commodore Arnel Bautista, who spoke in Manila.",
			},
			want: map[string]string{"Jorund Wendland": "Jorund Wendland", "Arnel Bautista": "Arnel Bautista"},
			kind: map[string]crosscheck.EntityKind{"Jorund Wendland": crosscheck.Person, "Arnel Bautista": crosscheck.Person},
		},
		{
			name: "a role word that is a given name after a title",
			texts: []string{
				"House Speaker Dean Brinkerhoff said the Legislature had kept its promise. Vice Dean Carol Ames agreed.",
			},
			want: map[string]string{"Dean Brinkerhoff": "Dean Brinkerhoff", "Carol Ames": "Carol Ames"},
			kind: map[string]crosscheck.EntityKind{"Dean Brinkerhoff": crosscheck.Person},
		},
		{
			name: "husband and wife stay apart",
			texts: []string{
				"Bill Clinton and Hillary Clinton arrived in Little Rock. Mr. Clinton spoke first; Mrs. Clinton spoke later.",
				"Former President Bill Clinton said Mrs. Clinton would win.",
			},
			want: map[string]string{"Mr. Clinton": "Bill Clinton", "Mrs. Clinton": "Hillary Clinton", "Bill Clinton": "Bill Clinton"},
		},
		{
			name: "husband and wife apart when given names do not tell",
			texts: []string{
				"Pat Lane and Chris Lane arrived in Little Rock. Mr. Lane spoke first; Mrs. Lane spoke later.",
			},
			want: map[string]string{"Mr. Lane": "Mr. Lane", "Mrs. Lane": "Mrs. Lane"},
		},
		{
			name: "one honorific joins the one person of that surname",
			texts: []string{
				"Donald Trump arrived in Florida. Mr. Trump spoke first.",
				"Trump said Mr. Trump would win.",
			},
			want: map[string]string{"Mr. Trump": "Donald Trump", "Trump": "Donald Trump"},
		},
		{
			name: "a middle name written out",
			texts: []string{
				"Hillary Rodham Clinton spoke in Iowa on Monday.",
				"Hillary Clinton told voters in Iowa that she would win.",
			},
			want: map[string]string{"Hillary Clinton": "Hillary Rodham Clinton", "Hillary Rodham Clinton": "Hillary Rodham Clinton"},
		},
		{
			name: "a Spanish name told with both surnames and with the first",
			texts: []string{
				"Union president Ramiro Lucero Vidal said the strike would go on.",
				"Ramiro Lucero, the union's leader, told reporters the strike would go on.",
			},
			want: map[string]string{"Ramiro Lucero": "Ramiro Lucero Vidal", "Ramiro Lucero Vidal": "Ramiro Lucero Vidal"},
		},
		{
			name: "a suffix after a middle initial, and a son apart",
			texts: []string{
				"Robert S. Mueller III led the inquiry. Donald Trump Jr. met Donald Trump.",
				"Robert Mueller said little. Mr. Mueller left.",
			},
			want: map[string]string{"Robert Mueller": "Robert S. Mueller III", "Mr. Mueller": "Robert S. Mueller III",
				"Donald Trump Jr.": "Donald Trump Jr.", "Donald Trump": "Donald Trump"},
		},
		{
			name: "a surname alone is not the wife's",
			texts: []string{
				"Donald Trump and Melania Trump arrived. Mrs. Trump waved; Mr. Trump spoke.",
				"Trump said the visit went well.",
			},
			want: map[string]string{"Mrs. Trump": "Melania Trump", "Mr. Trump": "Donald Trump", "Trump": ""},
		},
		{
			name: "a suffix after a surname alone",
			texts: []string{
				"Vice President Joseph R. Biden Jr. visited Kyiv. Biden Jr. met the president.",
				"Joe Biden spoke in Kyiv. Biden said he was hopeful.",
			},
			want: map[string]string{"Biden Jr.": "Joseph R. Biden Jr.", "Biden": "Joseph R. Biden Jr."},
		},
		{
			name: "state abbreviations name the states",
			texts: []string{
				"The shooting happened in Newtown, Conn., on Friday. Officials in Olympia, Wash., and Sacramento, Calif., also spoke.",
				"Connecticut officials said Newtown would reopen its schools. Families went to Mass.",
			},
			want: map[string]string{"Conn.": "Connecticut", "Wash.": "Washington", "Calif.": "California", "Newtown": "Newtown", "Massachusetts": ""},
			kind: map[string]crosscheck.EntityKind{"Connecticut": crosscheck.Place, "California": crosscheck.Place},
		},
		{
			name: "a name with of is whole",
			texts: []string{
				"The Bank of America said profits rose. The University of Texas at Austin said tuition would fall.",
				"Bank of America shares fell in New York.",
			},
			want: map[string]string{"Bank of America": "Bank of America", "University of Texas": "University of Texas"},
		},
		{
			name: "of and for inside the names of bodies and laws, not after a person's",
			texts: []string{
				"The National Association for the Advancement of Colored People met in Ohio. Congress passed the Justice Against Sponsors of Terrorism Act.",
				"Representative Nancy Pelosi of California spoke at the State of the Union. Capt. Ron Johnson of the State Highway Patrol said little.",
			},
			want: map[string]string{"National Association for the Advancement of Colored People": "National Association for the Advancement of Colored People",
				"Nancy Pelosi": "Nancy Pelosi",
				"California":   "California", "Ron Johnson": "Ron Johnson", "State Highway Patrol": "State Highway Patrol", "Against Sponsors": ""},
			kind: map[string]crosscheck.EntityKind{"State Highway Patrol": crosscheck.Organization},
		},
		{
			name: "a sentence's first word is not glued on",
			texts: []string{
				"As State Department officials met, Russia stayed silent. When Congress returns, the bill will pass.",
				"The State Department said nothing. Congress met on Monday. And I agreed, Lee said.",
			},
			want: map[string]string{"State Department": "State Department", "As State Department": "", "When Congress": "", "Congress": "Congress", "And I": ""},
		},
		{
			name: "the organization is the one named last",
			texts: []string{
				"The Red Cross said aid had arrived. Later the World Health Organization said the organization would send doctors.",
			},
			want: map[string]string{"World Health Organization": "World Health Organization", "Red Cross": "Red Cross"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Extract(articles(tc.texts...))
			for mention, want := range tc.want {
				e, ok := s.Resolve(mention)
				if e.Name != want || ok != (want != "") {
					t.Errorf("Resolve(%q) = %q, %v; want %q (entities: %v)", mention, e.Name, ok, want, names(s))
				}
			}
			for name, want := range tc.kind {
				e, ok := s.Resolve(name)
				if !ok || e.Kind != want {
					t.Errorf("kind of %q: got %q, want %q", name, e.Kind, want)
				}
			}
		})
	}
}

// TestExtractMinisterFor checks that a minister's portfolio told after
// "for", and a junior minister "of State", belong to the title, not to
// the name after it, and that such a title alone names no one.
func TestExtractMinisterFor(t *testing.T) {
	s := Extract(articles(
		"Minister for Health Orla Keane said the plan was ready.",
		"Minister of State for Health Orla Keane met the Minister for Health in Dublin.",
	))
	var got []string
	for _, e := range s.Entities {
		got = append(got, e.Name+" "+string(e.Kind))
	}
	slices.Sort(got)
	want := []string{"Dublin place", "Minister for Health person", "Orla Keane person"}
	if !slices.Equal(got, want) {
		t.Errorf("entities = %q, want %q", got, want)
	}
}

func TestExtractAnaphorNamedBefore(t *testing.T) {
	s := Extract(articles(
		"The World Health Organization said the organization would send doctors to Lagos.",
		"The NAACP met in Kansas City. Critics called the organization irrelevant.",
	))
	e, ok := s.Resolve("World Health Organization")
	if !ok {
		t.Fatalf("World Health Organization not found (entities: %v)", names(s))
	}
	if want := []string{"a1"}; !slices.Equal(e.Articles, want) {
		t.Errorf("World Health Organization named in %v, want %v: an article that never names it means another by \"the organization\"", e.Articles, want)
	}
}

func TestExtractAnaphorNotInsideTheName(t *testing.T) {
	s := Extract(articles("The president gave the State of the Union address on Tuesday."))
	for _, e := range s.Entities {
		if slices.Contains(e.Variants, "the union") {
			t.Errorf("%s takes \"the union\" from its own name (variants %v)", e.Name, e.Variants)
		}
	}
}

func TestExtractAdministration(t *testing.T) {
	s := Extract(articles(
		"Former Gov. Jeb Bush spoke in Miami about his campaign.",
		"Officials of the Bush administration said the war had been justified.",
		"Critics said the Bush era was over.",
	))
	e, ok := s.Resolve("Jeb Bush")
	if !ok {
		t.Fatalf("Jeb Bush not found (entities: %v)", names(s))
	}
	if want := []string{"a1"}; !slices.Equal(e.Articles, want) {
		t.Errorf("Jeb Bush named in %v, want %v: an administration or an era named after a Bush is not Jeb Bush", e.Articles, want)
	}
}

func names(s *Set) []string {
	var out []string
	for _, e := range s.Entities {
		out = append(out, e.Name+"="+strings.Join(e.Variants, "|"))
	}
	return out
}

// TestExtractTitlesOfLocalOffice checks that the titles of a prison, a
// school or a police force are no part of the name they stand before,
// so that a name told with and without a middle initial is one person.
func TestExtractTitlesOfLocalOffice(t *testing.T) {
	for _, title := range []string{"Warden", "Principal", "Chief Constable", "Magistrate"} {
		s := Extract(articles(
			"\"We will find out,\" said "+title+" Nora J. Pell, who has served since 2021.",
			"\"We will find out,\" "+title+" Nora Pell told reporters outside the building.",
		))
		e, ok := s.Resolve("Pell")
		if !ok || e.Name != "Nora J. Pell" || len(e.Articles) != 2 {
			t.Errorf("%s: Resolve(Pell) = %+v, %v; want Nora J. Pell in both articles; entities %v", title, e, ok, names(s))
		}
	}
}

func TestExtractArticlesAndVariants(t *testing.T) {
	s := Extract(articles(
		"President Donald Trump spoke on Monday.",
		"Mr. Trump said he was pleased.",
		"The weather was fine.",
	))
	e, ok := s.Resolve("Trump")
	if !ok {
		t.Fatalf("Resolve(Trump) found nothing; entities %v", names(s))
	}
	if want := []string{"a1", "a2"}; !slices.Equal(e.Articles, want) {
		t.Errorf("articles: got %v, want %v", e.Articles, want)
	}
	for _, v := range []string{"Donald Trump", "Mr. Trump"} {
		if !slices.Contains(e.Variants, v) {
			t.Errorf("variants %q lack %q", e.Variants, v)
		}
	}
}

func TestExtractDateline(t *testing.T) {
	arts := articles("Officials met on Monday.", "Officials in Washington met on Monday.")
	arts[0].Dateline = "WASHINGTON"
	e, ok := Extract(arts).Resolve("Washington")
	if !ok || e.Kind != crosscheck.Place || !slices.Equal(e.Articles, []string{"a1", "a2"}) {
		t.Errorf("Resolve(Washington) = %+v, %v; want a place in a1 and a2", e, ok)
	}
}

func TestExtractEmpty(t *testing.T) {
	for _, arts := range [][]crosscheck.Article{nil, articles(""), articles("\x00\xff", "   ")} {
		if s := Extract(arts); len(s.Entities) != 0 {
			t.Errorf("Extract(%d articles) = %v, want none", len(arts), names(s))
		}
	}
	var s *Set
	if _, ok := s.Resolve("x"); ok {
		t.Errorf("nil Set resolved a mention")
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Zelensky", "Zelenskyy", true},
		{"Zelenskiy", "Zelenskyy", true},
		{"Dmitry Peskov", "Dmitri Peskov", true},
		{"J.D. Vance", "JD Vance", true},
		{"J. D. Vance", "JD Vance", true},
		{"Sergei Lavrov", "Sergey Lavrov", true},
		{"Oleksandr", "Oleksander", false},
		{"Vogel", "Fogel", false},
		{"Zelenksy", "Zelensky", false},
		{"Hegseth’s", "Hegseth", true},
		{"Gérard", "Gerard", true},
		{"Tzvetanov", "Tsvetanov", true},
		{"Đorđe Vasić", "Djordje Vasic", true},
		{"Tsvetanov", "Svetanov", false},
	}
	for _, tc := range tests {
		if got := NameKey(tc.a) == NameKey(tc.b); got != tc.same {
			t.Errorf("NameKey(%q)=%q, NameKey(%q)=%q: same %v, want %v", tc.a, NameKey(tc.a), tc.b, NameKey(tc.b), got, tc.same)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"vogel", "fogel", 1},
		{"zelenksy", "zelensky", 1},
		{"illusory", "illusionary", 3},
		{"", "abc", 3},
		{"same", "same", 0},
	}
	for _, tc := range tests {
		if got := EditDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestBare(t *testing.T) {
	tests := map[string]string{
		"Mr. Trump":                           "Trump",
		"U.S. Defense Secretary Pete Hegseth": "Pete Hegseth",
		"Secretary of State Marco Rubio":      "Marco Rubio",
		"Kremlin spokesman Dmitry Peskov":     "Dmitry Peskov",
		"Hegseth’s":                           "Hegseth",
		"President":                           "President",
		"Dean Brinkerhoff":                    "Dean Brinkerhoff",
		"House Speaker Dean Brinkerhoff":      "Dean Brinkerhoff",
		"Vice Dean Carol Ames":                "Carol Ames",
		"Council Member Jamal Osei":           "Jamal Osei",
		"Vice Provost Linda Okafor":           "Linda Okafor",
		"Warden Nora J. Pell":                 "Nora J. Pell",
		"Principal Omar Tedesco":              "Omar Tedesco",
		"Chief Constable Ruth Amberley":       "Ruth Amberley",
	}
	for in, want := range tests {
		if got := Bare(in); got != want {
			t.Errorf("Bare(%q) = %q, want %q", in, got, want)
		}
	}
}

func ExampleSet_Resolve() {
	s := Extract([]crosscheck.Article{
		{ID: "a", Text: "NATO Secretary General Mark Rutte spoke in Brussels."},
		{ID: "b", Text: "Mr. Rutte said the alliance was united. The NATO alliance meets in June."},
	})
	e, _ := s.Resolve("Rutte")
	fmt.Println(e.Name, e.Kind, e.Articles)
	e, _ = s.Resolve("the alliance")
	fmt.Println(e.Name, e.Kind, e.Variants)
	// Output:
	// Mark Rutte person [a b]
	// NATO organization [NATO the alliance]
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"NATO Secretary General Mark Rutte said the NATO alliance met. Mr. Rutte left.",
		"J. D. Vance and JD Vance. al-Assad, bin Salman, Trump-Putin, Biden-era.",
		"WASHINGTON (AP) — U.S. officials said. \u201cPEACE,\u201d he said.",
		"Mr. . Dr.- St. 'A' \xff\xfe Ünïcödé Ça Ёлка",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		set := Extract([]crosscheck.Article{{ID: "a", Text: s}, {ID: "b", Text: strings.ToUpper(s)}})
		for _, e := range set.Entities {
			if e.Name == "" || len(e.Variants) == 0 || len(e.Articles) == 0 {
				t.Fatalf("Extract(%q) gave an empty entity %+v", s, e)
			}
			if _, ok := set.Resolve(e.Name); !ok {
				t.Fatalf("Extract(%q): Resolve(%q) found nothing", s, e.Name)
			}
		}
	})
}

// TestAppendTokens checks that tokens appended to a buffer that holds
// another sentence's are those of the sentence alone: its first word
// starts it, whatever came before in the buffer.
func TestAppendTokens(t *testing.T) {
	sents := []string{
		"Mr. Smith met Gov. Ana Ortiz in Hartford, Conn. on Monday.",
		"Police said the driver's truck hit the N.Y. sign.",
		"\u201cNo one was hurt,\u201d Ortiz's office said: Officials agreed.",
	}
	var buf []token
	for _, s := range sents {
		buf = appendTokens(buf[:0], s)
		if want := tokenize(s); !slices.Equal(buf, want) {
			t.Errorf("appendTokens to a used buffer, %q:\n got %+v\nwant %+v", s, buf, want)
		}
	}
	// Appended after another sentence's tokens.
	both := appendTokens(tokenize(sents[0]), sents[1])
	if got, want := both[len(tokenize(sents[0])):], tokenize(sents[1]); !slices.Equal(got, want) {
		t.Errorf("appendTokens after %q:\n got %+v\nwant %+v", sents[0], got, want)
	}
}

// TestNearGivenSexes checks that names of the given-name list are known
// by sex, so that a woman's name heard two ways is still one name
// ("Shannon", "Sharon") and a man's and a woman's are not.
func TestNearGivenSexes(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"shannon", "sharon", true},
		{"sharon", "shawn", false},
		{"kristen", "kristin", true},
		// Three letters, the vowel between mistyped.
		{"tom", "tim", true},
		{"tom", "tam", false}, // not a name
		{"tom", "ted", false},
		// Of one length, a gendered pair differs in its last letter only.
		{"ilse", "ilka", true},
		{"mario", "maria", false},
	}
	for _, tc := range tests {
		if got := NearGiven(tc.a, tc.b); got != tc.want {
			t.Errorf("NearGiven(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
