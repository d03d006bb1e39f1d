package cluster

import (
	"slices"
	"testing"
	"time"

	"crosscheck"
)

// replaceReports are two reports each of two events.
func replaceReports() []crosscheck.Article {
	day := time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)
	quake := "A strong earthquake struck Norvik on Monday, Mayor Ingrid Solberg said. The harbour bridge cracked and schools stayed closed across Norvik while engineers inspected the damage."
	fire := "A wildfire near Pinecrest forced hundreds of residents to flee on Monday, fire chief Tom Alvarez said. Crews fought the blaze near the reservoir ridge through the night."
	return []crosscheck.Article{
		{ID: "q1", Title: "Earthquake hits Norvik", Text: quake, Published: crosscheck.Date{Time: day}},
		{ID: "f1", Title: "Wildfire near Pinecrest", Text: fire, Published: crosscheck.Date{Time: day.Add(time.Hour)}},
		{ID: "q2", Title: "Norvik earthquake: bridge cracked", Text: "Mayor Ingrid Solberg said the earthquake in Norvik cracked the harbour bridge and schools stayed closed while engineers inspected the damage.", Published: crosscheck.Date{Time: day.Add(2 * time.Hour)}},
		{ID: "f2", Title: "Pinecrest wildfire spreads", Text: "Fire chief Tom Alvarez said crews fought the Pinecrest wildfire near the reservoir ridge as hundreds of residents fled.", Published: crosscheck.Date{Time: day.Add(3 * time.Hour)}},
	}
}

// TestReplace checks that a new version that tells another event leaves
// its story (which keeps its id) with a split event, that one that
// tells the same event stays, and that the state saved afterwards holds
// the move.
func TestReplace(t *testing.T) {
	arts := replaceReports()
	c := New(DefaultOptions())
	c.Track()
	for i := range arts {
		c.Add(&arts[i])
	}
	c.Changes()
	quake, fire := crosscheck.StoryID("q1"), crosscheck.StoryID("f1")
	if got := c.Members("q1"); !sameSet(got, []string{"q1", "q2"}) {
		t.Fatalf("Members(q1) = %v, want q1 q2", got)
	}

	// A correction stays.
	fixed := arts[2]
	fixed.Title += " (corrected)"
	if c.Replace(&fixed, []crosscheck.Article{arts[0]}) {
		t.Fatal("a corrected report left its story")
	}
	// q1, which opened the quake story, now tells the wildfire.
	moved := arts[0]
	moved.Title, moved.Text = "Wildfire near Pinecrest grows", arts[1].Text+" "+arts[3].Text
	if !c.Replace(&moved, []crosscheck.Article{fixed}) {
		t.Fatal("a report rewritten to another event stayed")
	}
	ch := c.Changes()
	want := []crosscheck.StoryEvent{
		{Story: fire, Kind: crosscheck.StoryJoined, Article: "q1"},
		{Story: quake, Kind: crosscheck.StorySplit, Article: "q1", Other: fire},
	}
	if !slices.Equal(ch.Events, want) {
		t.Errorf("events: got %+v, want %+v", ch.Events, want)
	}
	stories := map[string][]string{}
	for _, s := range c.Stories() {
		stories[s.ID] = s.Articles
	}
	if !sameSet(stories[quake], []string{"q2"}) || !sameSet(stories[fire], []string{"f1", "q1", "f2"}) || len(stories) != 2 {
		t.Errorf("stories after the move: %v", stories)
	}
	for _, s := range c.Stories() {
		if s.ID == quake && s.Title != fixed.Title {
			t.Errorf("quake story title %q, want %q", s.Title, fixed.Title)
		}
	}

	// The state keeps the move.
	data, err := c.Save()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Restore(data, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Members("q1"); !sameSet(got, []string{"f1", "q1", "f2"}) {
		t.Errorf("restored Members(q1) = %v, want f1 q1 f2", got)
	}
	if r.Replace(&crosscheck.Article{ID: "unknown", Text: "x"}, nil) || r.Members("unknown") != nil {
		t.Error("an unknown article was replaced")
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
