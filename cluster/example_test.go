package cluster_test

import (
	"fmt"
	"time"

	"crosscheck"
	"crosscheck/cluster"
)

func ExampleGroup() {
	day := func(d int) crosscheck.Date { return crosscheck.Day(2025, time.March, d) }
	arts := []crosscheck.Article{
		{ID: "b", Published: day(2), Title: "Norvik schools stay shut after earthquake",
			Text: "Schools in Norvik stayed shut after Saturday's earthquake, Mayor Ingrid Solberg said."},
		{ID: "a", Published: day(1), Title: "Earthquake shakes Norvik",
			Text: "A strong earthquake shook Norvik on Saturday. Mayor Ingrid Solberg closed the schools."},
		{ID: "c", Published: day(1), Title: "Lopez vetoes school funding bill",
			Text: "Governor Maria Lopez vetoed the school funding bill on Saturday."},
	}
	for _, s := range cluster.Group(arts, cluster.DefaultOptions()) {
		fmt.Println(s.ID, s.Title, s.Articles, s.First, s.Last)
	}
	// Output:
	// sc6c1dd19c58c Earthquake shakes Norvik [a b] 2025-03-01 2025-03-02
	// s2476e26de69a Lopez vetoes school funding bill [c] 2025-03-01 2025-03-01
}

func ExampleClusterer() {
	c := cluster.New(cluster.Options{Window: 48 * time.Hour})
	for _, a := range []crosscheck.Article{
		{ID: "1", Published: crosscheck.Day(2025, time.May, 1), Title: "Harbour bridge closed after ship strike in Norvik"},
		{ID: "2", Published: crosscheck.Day(2025, time.May, 1), Title: "Ship strikes Norvik harbour bridge; bridge closed"},
		{ID: "3", Published: crosscheck.Day(2025, time.May, 9), Title: "Norvik harbour bridge reopens"},
	} {
		c.Add(&a)
	}
	for _, s := range c.Stories() {
		fmt.Println(s.ID, s.Articles)
	}
	// Output:
	// sdb482b114be3 [1 2]
	// sd18804effa8d [3]
}

func ExampleRestore() {
	opts := cluster.Options{Window: 48 * time.Hour}
	day := crosscheck.Day(2025, time.May, 1)
	c := cluster.New(opts)
	c.Track()
	for _, a := range []crosscheck.Article{
		{ID: "1", Published: day, Title: "Harbour bridge closed after ship strike in Norvik"},
		{ID: "2", Published: day, Title: "Ship strikes Norvik harbour bridge; bridge closed"},
	} {
		c.Add(&a)
	}
	c.Changes()
	state, _ := c.Save()

	// A later run continues the story.
	c, err := cluster.Restore(state, opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	c.Add(&crosscheck.Article{ID: "3", Published: day, Title: "Norvik harbour bridge stays closed after ship strike"})
	for _, e := range c.Changes().Events {
		fmt.Println(e.Kind, e.Article, e.Story == crosscheck.StoryID("1"))
	}
	// Output:
	// join 3 true
}
