package cluster

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

// Hand-made reports. Two stories share a governor and a state on the same
// day; one story runs over three days; one is a wire story copied twice.
var (
	fireDay1 = crosscheck.Article{ID: "fire-1", Outlet: "Valley Times", Published: at(2025, 7, 1, 9),
		Title: "Wildfire forces evacuations near Pinecrest",
		Text: "A fast-moving wildfire forced the evacuation of hundreds of homes near Pinecrest on Tuesday, " +
			"fire chief Tom Alvarez said. Crews from Harlan County fought the blaze through the night.\n\n" +
			"Governor Maria Lopez declared a state of emergency for Harlan County. Alvarez said dry winds " +
			"pushed the flames toward the Pinecrest reservoir."}
	fireDay2 = crosscheck.Article{ID: "fire-2", Outlet: "State Wire", Published: at(2025, 7, 2, 14),
		Title: "Pinecrest wildfire doubles in size as winds shift",
		Text: "The Pinecrest wildfire doubled in size on Wednesday as shifting winds drove flames across " +
			"the ridge, chief Tom Alvarez told reporters. More evacuations were ordered in Harlan County.\n\n" +
			"Firefighters said the blaze had burned 4,000 acres near the reservoir."}
	fireDay3 = crosscheck.Article{ID: "fire-3", Outlet: "Mountain News", Published: at(2025, 7, 3, 18),
		Title: "Crews contain half of Pinecrest blaze; evacuees return",
		Text: "Firefighters have contained half of the Pinecrest wildfire, Harlan County officials said " +
			"Thursday, and some evacuees were allowed to return home. Alvarez said crews would keep " +
			"watch over the reservoir ridge, where the flames first spread."}
	budget = crosscheck.Article{ID: "budget-1", Outlet: "Capitol Report", Published: at(2025, 7, 1, 11),
		Title: "Lopez vetoes school funding bill",
		Text: "Governor Maria Lopez vetoed a school funding bill on Tuesday, saying the legislature's " +
			"plan would leave a hole in the state budget. Senate leader Dana Whitfield called the veto " +
			"a betrayal of teachers.\n\nThe bill would have raised teacher salaries by four percent. " +
			"Whitfield said lawmakers would try to override the veto next month."}
	budget2 = crosscheck.Article{ID: "budget-2", Outlet: "Harlan Herald", Published: at(2025, 7, 1, 16),
		Title: "Teachers protest after governor's veto",
		Text: "Hundreds of teachers rallied outside the capitol after Governor Maria Lopez vetoed the school " +
			"funding bill. Whitfield told the crowd the Senate would seek an override of the veto " +
			"to raise teacher salaries."}
	wire = crosscheck.Article{ID: "wire-1", Outlet: "Wire Service", Published: at(2025, 7, 1, 8),
		Title: "Quake shakes coastal Norvik, no deaths reported",
		Text: "NORVIK (Wire) — A magnitude 6.1 earthquake shook the coastal city of Norvik early on " +
			"Tuesday, cracking roads and knocking out power to thousands, the Norvik Seismic Institute " +
			"said.\n\nNo deaths were reported. Mayor Ingrid Solberg said schools would stay closed " +
			"while engineers inspect the harbour bridge."}
	wireCopy1 = crosscheck.Article{ID: "wire-2", Outlet: "Daily Post", Published: at(2025, 7, 1, 10),
		Title: "Earthquake shakes Norvik; no deaths",
		Text: "A magnitude 6.1 earthquake shook the coastal city of Norvik early Tuesday, cracking roads " +
			"and knocking out power to thousands, the Norvik Seismic Institute said.\n\nNo deaths were " +
			"reported. Mayor Ingrid Solberg said schools would stay closed while engineers inspected " +
			"the harbour bridge. Daily Post staff contributed."}
	wireCopy2 = crosscheck.Article{ID: "wire-3", Outlet: "Evening Star", Published: at(2025, 7, 1, 12),
		Title: "Norvik quake cuts power to thousands",
		Text: "A 6.1-magnitude earthquake shook coastal Norvik on Tuesday morning, cracking roads and " +
			"cutting power to thousands, according to the Norvik Seismic Institute. No deaths were " +
			"reported, and Mayor Ingrid Solberg said schools would remain closed."}
	fireHeadline = crosscheck.Article{ID: "fire-h", Outlet: "Feed", Published: at(2025, 7, 2, 8),
		Title: "Pinecrest wildfire: more evacuations ordered in Harlan County"}
	quakeHeadline = crosscheck.Article{ID: "wire-h", Outlet: "Feed", Published: at(2025, 7, 1, 13),
		Title: "Norvik earthquake: Solberg keeps schools closed"}
)

func at(y int, m time.Month, d, h int) crosscheck.Date {
	return crosscheck.Date{Time: time.Date(y, m, d, h, 0, 0, 0, time.UTC)}
}

// later returns a copy of a with another id, published days later.
func later(a crosscheck.Article, id string, days int) crosscheck.Article {
	a.ID = id
	a.Published.Time = a.Published.Time.AddDate(0, 0, days)
	return a
}

// groups returns the article ids of each story, sorted, for comparing
// groupings without caring about story ids or order.
func groups(stories []crosscheck.Story) [][]string {
	var out [][]string
	for _, s := range stories {
		ids := slices.Clone(s.Articles)
		slices.Sort(ids)
		out = append(out, ids)
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

func TestGroup(t *testing.T) {
	tests := []struct {
		name string
		arts []crosscheck.Article
		opts Options
		want [][]string
	}{
		{
			name: "same day stories that share names stay apart",
			arts: []crosscheck.Article{fireDay1, budget, budget2},
			want: [][]string{{"budget-1", "budget-2"}, {"fire-1"}},
		},
		{
			name: "story over three days stays together",
			arts: []crosscheck.Article{fireDay1, fireDay2, fireDay3},
			want: [][]string{{"fire-1", "fire-2", "fire-3"}},
		},
		{
			name: "wire copies are grouped",
			arts: []crosscheck.Article{wire, wireCopy1, wireCopy2, budget},
			want: [][]string{{"budget-1"}, {"wire-1", "wire-2", "wire-3"}},
		},
		{
			name: "headline-only items join their stories",
			arts: []crosscheck.Article{fireDay1, fireDay2, budget, wire, wireCopy1, fireHeadline, quakeHeadline},
			want: [][]string{{"budget-1"}, {"fire-1", "fire-2", "fire-h"}, {"wire-1", "wire-2", "wire-h"}},
		},
		{
			name: "headlines alone group",
			arts: []crosscheck.Article{
				{ID: "h1", Published: at(2025, 7, 1, 8), Title: "Norvik earthquake: Solberg keeps schools closed"},
				{ID: "h2", Published: at(2025, 7, 1, 9), Title: "Solberg: Norvik schools stay closed after earthquake"},
				{ID: "h3", Published: at(2025, 7, 1, 9), Title: "Lopez vetoes school funding bill"},
			},
			want: [][]string{{"h1", "h2"}, {"h3"}},
		},
		{
			name: "a title-case headline joins though its capitals are not names",
			arts: []crosscheck.Article{fireDay1, fireDay2, budget,
				{ID: "fire-tc", Published: at(2025, 7, 2, 16), Title: "Shifting Winds Drive Flames Across Ridge, Evacuations Ordered"}},
			want: [][]string{{"budget-1"}, {"fire-1", "fire-2", "fire-tc"}},
		},
		{
			name: "a report joins the story its headline opened",
			arts: []crosscheck.Article{budget,
				{ID: "fire-0", Published: at(2025, 7, 1, 7), Title: "Homes Evacuated As Wildfire Nears Reservoir"}, fireDay1},
			want: [][]string{{"budget-1"}, {"fire-0", "fire-1"}},
		},
		{
			name: "window closes a stale story",
			arts: []crosscheck.Article{fireDay1, later(fireDay2, "fire-late", 10)},
			want: [][]string{{"fire-1"}, {"fire-late"}},
		},
		{
			name: "a longer window keeps it open",
			arts: []crosscheck.Article{fireDay1, later(fireDay2, "fire-late", 10)},
			opts: Options{Window: 14 * 24 * time.Hour},
			want: [][]string{{"fire-1", "fire-late"}},
		},
		{
			name: "undated articles group by content",
			arts: []crosscheck.Article{undated(wire), undated(wireCopy1), undated(budget)},
			want: [][]string{{"budget-1"}, {"wire-1", "wire-2"}},
		},
		{
			name: "empty articles stay alone",
			arts: []crosscheck.Article{{ID: "e1"}, {ID: "e2"}},
			want: [][]string{{"e1"}, {"e2"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := groups(Group(tc.arts, tc.opts))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Group mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func undated(a crosscheck.Article) crosscheck.Article {
	a.Published = crosscheck.Date{}
	return a
}

func TestGroupShuffled(t *testing.T) {
	arts := []crosscheck.Article{fireDay1, fireDay2, fireDay3, budget, budget2, wire, wireCopy1, wireCopy2, fireHeadline, quakeHeadline}
	arts = append(arts, firehose(300, 7)...)
	want := Group(arts, Options{})
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 5 {
		shuffled := slices.Clone(arts)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if diff := cmp.Diff(want, Group(shuffled, Options{})); diff != "" {
			t.Fatalf("shuffle %d changed the stories (-want +got):\n%s", i, diff)
		}
	}
}

func TestStories(t *testing.T) {
	got := Group([]crosscheck.Article{fireDay2, budget, fireDay1}, Options{})
	want := []crosscheck.Story{
		{ID: crosscheck.StoryID("fire-1"), Title: fireDay1.Title, Articles: []string{"fire-1", "fire-2"}, First: fireDay1.Published, Last: fireDay2.Published},
		{ID: crosscheck.StoryID("budget-1"), Title: budget.Title, Articles: []string{"budget-1"}, First: budget.Published, Last: budget.Published},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Stories mismatch (-want +got):\n%s", diff)
	}
}

func TestMerge(t *testing.T) {
	// Two stories that a third report bridges: they merge when the mean
	// similarity of their reports reaches the merge threshold (here 0.35:
	// a and b share nothing, c and b much).
	day := at(2025, 3, 3, 9)
	arts := []crosscheck.Article{
		{ID: "a", Published: day, Text: "Alderbrook reservoir dam cracked overnight, engineers warned."},
		{ID: "b", Published: day, Text: "Quillon township residents fled rising floodwater downstream."},
		{ID: "c", Published: day, Text: "Alderbrook reservoir dam cracked overnight, engineers warned; Quillon township residents fled rising floodwater downstream."},
	}
	// A single report (b) merges into the story nearest to it at Attach,
	// not Merge.
	tests := []struct {
		name          string
		merge, attach float64
		want          [][]string
	}{
		{"high thresholds keep them apart", 0.5, 0.5, [][]string{{"a", "c"}, {"b"}}},
		{"a single report attaches below the merge threshold", 0.5, 0.2, [][]string{{"a", "b", "c"}}},
		{"default merges", 0, 0, [][]string{{"a", "b", "c"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := groups(Group(arts, Options{Merge: tc.merge, Attach: tc.attach}))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Group mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMaxOpen(t *testing.T) {
	c := New(Options{MaxOpen: 2})
	for _, a := range []crosscheck.Article{wire, fireDay1, budget, budget2} {
		c.Add(&a)
	}
	if c.open > 2 {
		t.Errorf("got %d open stories, want at most 2", c.open)
	}
	if got, want := groups(c.Stories()), [][]string{{"budget-1", "budget-2"}, {"fire-1"}, {"wire-1"}}; !cmp.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"inner capitals", "", "The plan of Maria Lopez failed.", []string{"lopez", "maria"}},
		{"title before name", "", "Yesterday Mr. Steele spoke.", []string{"steele"}},
		{"dotted abbreviation", "", "Agents of the F.B.I. came.", []string{"fbi"}},
		{"sentence start only when used inside", "", "Officials met. Hundreds left. Alvarez spoke. Chief Alvarez left.", []string{"alvarez", "alvarez"}},
		{"weekdays are not names", "", "It rained on Tuesday in March.", nil},
		{"title case headline uses body names", "Governor Vetoes School Bill From Lopez", "The veto by Lopez stood.", []string{"lopez", "lopez"}},
		{"title case headline alone keeps uncommon words", "Quake Shakes Norvik", "", []string{"norvik", "quake", "shake"}},
		{"sentence case headline", "Quake shakes Norvik", "", []string{"norvik", "quake"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := names(tc.title, tc.text, nil, nil)
			slices.Sort(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("names(%q, %q) mismatch (-want +got):\n%s", tc.title, tc.text, diff)
			}
		})
	}
}

func TestStem(t *testing.T) {
	tests := map[string]string{
		"taxes": "tax", "stories": "story", "votes": "vote", "bus": "bus", "crisis": "crisis",
		"press": "press", "churches": "church", "is": "is",
	}
	for in, want := range tests {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzAdd(f *testing.F) {
	f.Add("Quake Shakes Norvik", "A quake shook Norvik. Mayor Solberg spoke.", int64(0))
	f.Add("", "", int64(1))
	f.Add("F.B.I.", "U.S. Sen. X. Y. \xff\x00 “Quoted.” — Dr.", int64(-5))
	f.Fuzz(func(t *testing.T, title, text string, hours int64) {
		c := New(Options{})
		arts := []crosscheck.Article{
			{ID: "x", Title: title, Text: text, Published: crosscheck.Date{Time: time.Unix(hours*3600, 0)}},
			{ID: "y", Title: title, Text: text},
			wire,
		}
		for i := range arts {
			c.Add(&arts[i])
		}
		seen := map[string]int{}
		for _, s := range c.Stories() {
			for _, id := range s.Articles {
				seen[id]++
			}
		}
		for _, a := range arts {
			if seen[a.ID] != 1 {
				t.Errorf("article %s is in %d stories, want 1", a.ID, seen[a.ID])
			}
		}
	})
}

func TestSweep(t *testing.T) {
	c := New(Options{Window: time.Hour})
	for _, a := range []crosscheck.Article{fireDay1, fireDay2, budget, wire} {
		c.Add(&a)
	}
	c.vocabulary = 10
	c.sweep()
	if len(c.df) > 10 {
		t.Errorf("got %d words kept, want at most 10", len(c.df))
	}
	for k, n := range c.df {
		if n < 2 {
			t.Errorf("word %x seen %d times was kept, want only words seen more often", k, n)
		}
	}
	// Only the story of the last article is open within the hour; the
	// index keeps no entry of the closed ones.
	for k, list := range c.index {
		for _, p := range list {
			if s := c.slots[p.slot]; s == nil || !s.open || c.gens[p.slot] != p.gen {
				t.Errorf("key %x: entry of a closed story kept", k)
			}
		}
	}
}

func TestCandidatesBounded(t *testing.T) {
	// Hundreds of open stories share the word "harbour" and the name
	// "Norvik": a lookup still reads a bounded part of the index and
	// scores at most a few of them.
	c := New(Options{})
	day := at(2025, 5, 1, 0)
	for i := range 1000 {
		a := crosscheck.Article{
			ID:        fmt.Sprintf("a%04d", i),
			Published: day,
			Title:     fmt.Sprintf("Norvik harbour topic%d", i),
			Text:      fmt.Sprintf("In Norvik the harbour saw event%d and more event%d of kind%d.", i, i, i),
		}
		c.Add(&a)
	}
	if c.open < 10*candidates {
		t.Fatalf("got %d open stories, want many more than %d", c.open, candidates)
	}
	q := crosscheck.Article{ID: "q", Published: day, Title: "Norvik harbour", Text: "Norvik harbour news."}
	terms, names, _ := c.features(&q)
	got := c.candidates(terms, names)
	if len(got) > candidates {
		t.Errorf("got %d candidates, want at most %d", len(got), candidates)
	}
	if len(got) == 0 {
		t.Errorf("got no candidates, want stories that share the query's words")
	}
}

// Two look-alike earthquakes told in the same words: only the places,
// people and institutions differ.
var (
	quakeA1 = crosscheck.Article{ID: "qa-1", Title: "Earthquake shakes coastal Norvik",
		Text: "A strong earthquake shook the coastal city of Norvik on Tuesday, cracking roads and knocking out " +
			"power to thousands, the Norvik Seismic Institute said. Mayor Ingrid Solberg closed schools while " +
			"engineers inspect the Halden bridge."}
	quakeA2 = crosscheck.Article{ID: "qa-2", Title: "Norvik quake cuts power",
		Text: "An earthquake shook Norvik on Tuesday, cutting power to thousands and cracking roads, according to " +
			"the Norvik Seismic Institute. Schools stay closed, Mayor Ingrid Solberg said, until engineers " +
			"have inspected the Halden bridge."}
	quakeB1 = lookAlike(quakeA1, "qb-1")
	quakeB2 = lookAlike(quakeA2, "qb-2")
)

// lookAlike returns a copy of a about another place and other people.
func lookAlike(a crosscheck.Article, id string) crosscheck.Article {
	r := strings.NewReplacer("Norvik", "Vesterby", "Seismic Institute", "Geological Survey",
		"Ingrid Solberg", "Anders Lund", "Halden", "Krona")
	a.ID, a.Title, a.Text = id, r.Replace(a.Title), r.Replace(a.Text)
	return a
}

func undatedAll(arts ...crosscheck.Article) []crosscheck.Article {
	out := slices.Clone(arts)
	for i := range out {
		out[i].Published = crosscheck.Date{}
	}
	return out
}

func TestGroupKinds(t *testing.T) {
	tests := []struct {
		name string
		arts []crosscheck.Article
		want [][]string
	}{
		{
			name: "look-alike events apart",
			arts: undatedAll(quakeA1, quakeB1, quakeA2, quakeB2),
			want: [][]string{{"qa-1", "qa-2"}, {"qb-1", "qb-2"}},
		},
		{
			name: "undated reports join dated ones",
			arts: append(undatedAll(wireCopy1, budget2), wire, budget, fireDay1),
			want: [][]string{{"budget-1", "budget-2"}, {"fire-1"}, {"wire-1", "wire-2"}},
		},
		{
			name: "headline, lead and full text together",
			arts: []crosscheck.Article{fireHeadline, fireDay2, quakeHeadline, wire,
				{ID: "wire-lead", Published: wireCopy2.Published, Title: wireCopy2.Title, Text: strings.SplitN(wireCopy2.Text, ". ", 2)[0] + "."}},
			want: [][]string{{"fire-2", "fire-h"}, {"wire-1", "wire-h", "wire-lead"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := groups(Group(tc.arts, DefaultOptions()))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Group mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRefine(t *testing.T) {
	// A join threshold no pair reaches leaves every report alone; refine
	// then merges the stories whose reports are alike, within the window,
	// and only those.
	far := later(wireCopy1, "wire-far", 30)
	tests := []struct {
		name  string
		merge float64
		want  [][]string
	}{
		{"alike stories merge", 0.2, [][]string{{"fire-1", "fire-2"}, {"wire-1", "wire-2"}, {"wire-far"}}},
		{"high merge threshold merges nothing", 0.95, [][]string{{"fire-1"}, {"fire-2"}, {"wire-1"}, {"wire-2"}, {"wire-far"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(Options{Threshold: 0.99, Merge: tc.merge, Attach: tc.merge, Window: 7 * 24 * time.Hour})
			c.keep = true
			for _, a := range []crosscheck.Article{wire, fireDay1, wireCopy1, fireDay2, far} {
				c.Add(&a)
			}
			c.refine()
			if diff := cmp.Diff(tc.want, groups(c.Stories())); diff != "" {
				t.Errorf("stories mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMeanSimilarity(t *testing.T) {
	// A story whose reports disagree is no easier to join than each of
	// them: the score is the mean of the cosines with its reports.
	c := New(Options{})
	c.prime([]crosscheck.Article{fireDay1, wire, fireDay2})
	s := c.openStory()
	var sum float64
	terms, names, _ := c.features(&fireDay2)
	for _, a := range []crosscheck.Article{fireDay1, wire} {
		at, an, al := c.features(&a)
		c.arts = append(c.arts, article{id: a.ID, pub: a.Published})
		c.join(s, int32(len(c.arts)-1), at, an, al, a.Published, a.Published.Time)
		sum += dot(terms, at)
	}
	got, _ := c.score(s, terms, names, true)
	if want := sum / 2; math.Abs(got-want) > 1e-6 {
		t.Errorf("got score %.4f, want the mean cosine %.4f", got, want)
	}
}

// prime counts the words of a whole batch in the document frequencies, as
// Batch.Count does.
func (c *Clusterer) prime(arts []crosscheck.Article) {
	for i := range arts {
		c.count(&arts[i])
	}
	c.primed = true
}
