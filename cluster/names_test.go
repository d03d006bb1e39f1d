package cluster

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// bout returns n undated reports of one heavyweight title defence: the
// same champion, belts and words every time; the challenger, the city,
// the arena and the round tell the two events apart.
func bout(event, challenger, city, arena, round string, n int) []crosscheck.Article {
	leads := []string{
		"Wladimir Klitschko retained his IBF and WBO heavyweight titles, stopping %s in the %s round at the %s in %s.",
		"Champion Wladimir Klitschko stopped challenger %s in the %s round in front of a sold-out %s in %s to keep his heavyweight belts.",
		"Klitschko defended his IBF and WBO titles with ease, beating %s in the %s round at %s, %s.",
		"The heavyweight champion Wladimir Klitschko knocked out %s in the %s round at the %s in %s, his latest title defence.",
		"Klitschko dominated %s until the %s round at the %s in %s and kept the IBF and WBO heavyweight belts.",
	}
	var out []crosscheck.Article
	for i := range n {
		text := fmt.Sprintf(leads[i%len(leads)], challenger, round, arena, city) +
			fmt.Sprintf(" %s said after the fight that Klitschko was the better boxer. Klitschko thanked the crowd at the %s.", challenger, arena)
		out = append(out, crosscheck.Article{ID: fmt.Sprintf("%s-%d", event, i+1), Title: fmt.Sprintf("Klitschko beats %s", challenger), Text: text})
	}
	return out
}

// quoting adds to each report a paragraph quoting who, after its lede.
func quoting(arts []crosscheck.Article, who string) []crosscheck.Article {
	for i := range arts {
		arts[i].Text += fmt.Sprintf("\n\n%s told reporters the crowd had been the loudest of the year. %s said the arena would host another title fight.", who, who)
	}
	return arts
}

func TestLookAlikesInterleaved(t *testing.T) {
	a := bout("rahman", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 4)
	b := bout("thompson", "Tony Thompson", "Bern", "Stade de Suisse", "sixth", 4)
	var arts []crosscheck.Article
	for i := range a {
		// Interleaved, as an undated batch sorted by id may be.
		arts = append(arts, a[i], b[i])
	}
	// Their words alone would merge the two bouts: the mean similarity of
	// their reports is above Merge.
	c := New(DefaultOptions())
	c.prime(arts)
	var cross float64
	for i := range a {
		ta, _, _ := c.features(&a[i])
		ta = slices.Clone(ta)
		for j := range b {
			tb, _, _ := c.features(&b[j])
			cross += dot(ta, tb)
		}
	}
	if mean := cross / float64(len(a)*len(b)); mean < DefaultOptions().Merge {
		t.Fatalf("the bouts' reports have a mean similarity of %.3f, below Merge: the test shows nothing", mean)
	}
	want := [][]string{{"rahman-1", "rahman-2", "rahman-3", "rahman-4"}, {"thompson-1", "thompson-2", "thompson-3", "thompson-4"}}
	if diff := cmp.Diff(want, groups(Group(arts, DefaultOptions()))); diff != "" {
		t.Errorf("Group mismatch (-want +got):\n%s", diff)
	}
	// The same reports of one bout are one story however they arrive.
	one := bout("rahman", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 5)
	if got := groups(Group(one, DefaultOptions())); len(got) != 1 {
		t.Errorf("one bout: got %d stories %v, want 1", len(got), got)
	}
}

func TestUnnamed(t *testing.T) {
	story := func(arts []crosscheck.Article) (*Clusterer, *story) {
		c := New(DefaultOptions())
		c.prime(arts)
		s := c.openStory()
		for i := range arts {
			terms, names, lede := c.features(&arts[i])
			c.arts = append(c.arts, article{id: arts[i].ID})
			c.join(s, int32(len(c.arts)-1), terms, names, lede, arts[i].Published, c.clock)
		}
		s.text = true
		return c, s
	}
	tests := []struct {
		name string
		a, b []crosscheck.Article
		want bool
	}{
		{"each names someone the other never does", bout("r", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 3), bout("t", "Tony Thompson", "Bern", "Stade de Suisse", "sixth", 3), true},
		{"same event", bout("r", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 3), bout("r2", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 3), false},
		{"too few reports to have core names", bout("r", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 2), bout("t", "Tony Thompson", "Bern", "Stade de Suisse", "sixth", 3), false},
		// Two fragments of one bout whose reports each quote someone the
		// other's never name, after the lede: the ledes name the same
		// people and places, so no core name is missing.
		{"same event, others quoted after the lede", quoting(bout("r", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 3), "Promoter Bernd Bönte"),
			quoting(bout("r2", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 3), "Trainer Emanuel Steward"), false},
		// The quoted people differ and so do the ledes: two bouts.
		{"two events, others quoted after the lede", quoting(bout("r", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 3), "Promoter Bernd Bönte"),
			quoting(bout("t", "Tony Thompson", "Bern", "Stade de Suisse", "sixth", 3), "Trainer Emanuel Steward"), true},
		// b names Rahman and Mannheim too: only one side misses a core
		// name, as when one story is the other's follow-up.
		{"one side only", bout("r", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 3),
			bout("t", "Tony Thompson and Hasim Rahman", "Bern and Mannheim", "Stade de Suisse and SAP Arena", "sixth", 3), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, a := story(tc.a)
			_, b := story(tc.b)
			// Each story counts its own names; keys are hashes of the
			// names, the same in both Clusterers.
			if got := unnamed(a, b) && unnamed(b, a); got != tc.want {
				t.Errorf("got %v, want %v (a core missing from b: %v, b core missing from a: %v)", got, tc.want, unnamed(a, b), unnamed(b, a))
			}
		})
	}
}

func TestFoldedWords(t *testing.T) {
	for _, s := range []string{
		"", "Plain ASCII words, and numbers like 2,013 and 6.1!",
		"Café “Zürich” — naïve façade; São Paulo’s mayor",
		"ÉCOLE Ǆemal İstanbul straße ΣΟΦΊΑ", "a\u0301 \u0301x under_score e\u0301t\u00e9",
		"Tabs\tand\nnewlines—dashes–and ‘quotes’",
	} {
		var got []string
		foldedWords(s, nil, func(w []byte) bool {
			got = append(got, string(w))
			return true
		})
		if diff := cmp.Diff(textproc.FoldedWords(s), got); diff != "" {
			t.Errorf("foldedWords(%q) mismatch (-textproc.FoldedWords +got):\n%s", s, diff)
		}
	}
	// A name with a number hyphened to it is one word; numbers joined by
	// a hyphen and words joined to words stay apart.
	for s, want := range map[string][]string{
		"COVID-19 vaccine and F-35 jets at the G-7": {"covid19", "vaccine", "and", "f35", "jets", "at", "the", "g7"},
		"a 9-14 start, 1967-1979, well-known":       {"a", "9", "14", "start", "1967", "1979", "well", "known"},
		"Ḱovid-19 in São-Paulo":                     {"kovid19", "in", "sao", "paulo"},
	} {
		var got []string
		foldedWords(s, nil, func(w []byte) bool {
			got = append(got, string(w))
			return true
		})
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("foldedWords(%q) mismatch (-want +got):\n%s", s, diff)
		}
	}
	var n int
	foldedWords("one two three four", nil, func([]byte) bool { n++; return n < 2 })
	if n != 2 {
		t.Errorf("foldedWords read %d words after fn returned false, want 2", n)
	}
}

func TestStemBytes(t *testing.T) {
	for _, w := range []string{"taxes", "policies", "boxes", "churches", "wishes", "classes", "bus", "analysis",
		"cars", "as", "news", "ties", "flies", "2013", "glass"} {
		if got, want := string(stemBytes([]byte(w))), stem(w); got != want {
			t.Errorf("stemBytes(%q) = %q, want stem's %q", w, got, want)
		}
	}
}

func TestSaveKeepsNameProfiles(t *testing.T) {
	c := New(DefaultOptions())
	for _, a := range append(bout("r", "Hasim Rahman", "Mannheim", "SAP Arena", "seventh", 3),
		bout("t", "Tony Thompson", "Bern", "Stade de Suisse", "sixth", 3)...) {
		c.Add(&a)
	}
	data, err := c.Save()
	if err != nil {
		t.Fatal(err)
	}
	r, err := Restore(data, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	profiles := func(c *Clusterer) map[string]vec {
		m := map[string]vec{}
		for _, s := range c.stories {
			if s != nil {
				m[s.id] = s.mentions
			}
		}
		return m
	}
	want := profiles(c)
	if len(want) == 0 || len(want[c.stories[0].id]) == 0 {
		t.Fatalf("no name profile to save: %v", want)
	}
	if diff := cmp.Diff(want, profiles(r), cmp.AllowUnexported(entry{})); diff != "" {
		t.Errorf("name profiles after Save and Restore (-want +got):\n%s", diff)
	}
}

func TestFirstSentence(t *testing.T) {
	for _, tc := range []struct {
		text string
		max  int
		want string
	}{
		{"Gov. Sarah Palin's church burned on Friday. Nobody was hurt.", 40, "Gov. Sarah Palin's church burned on Friday."},
		{"The U.S. Geological Survey said the quake struck at 6 p.m. on Tuesday. It was felt in Banda Aceh.", 40, "The U.S. Geological Survey said the quake struck at 6 p.m. on Tuesday."},
		{"Mr. Lee, 61, was arrested. He was released.", 40, "Mr. Lee, 61, was arrested."},
		{"“We are safe,” she said. Then she left.", 40, "“We are safe,” she said."},
		{"one two three four five six", 4, "one two three four"},
		{"No stop at all in this text", 40, "No stop at all in this text"},
		{"", 40, ""},
	} {
		if got := firstSentence(tc.text, tc.max); got != tc.want {
			t.Errorf("firstSentence(%q, %d) = %q, want %q", tc.text, tc.max, got, tc.want)
		}
	}
}
