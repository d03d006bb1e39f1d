package analyze

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze/facts"
	"crosscheck/analyze/outlets"
	"crosscheck/analyze/provenance"
	"crosscheck/analyze/summary"
	"crosscheck/internal/testcorpus"
	"crosscheck/internal/textproc"
)

func TestSeedsProvenance(t *testing.T) {
	arts, ids := seeds(t)
	g := readGold(t)
	b := mustStory(t, context.Background(), crosscheck.Story{ID: "seeds"}, arts)
	byID := map[string]crosscheck.StoryArticle{}
	for _, a := range b.Articles {
		byID[a.ID] = a
	}
	article := func(goldID string) crosscheck.StoryArticle {
		t.Helper()
		a, ok := byID[ids[goldID]]
		if !ok {
			t.Fatalf("no article for %s", goldID)
		}
		return a
	}
	for _, wg := range g.Provenance.WireGroups {
		for _, id := range wg.Articles {
			if got := article(id).Origin; got != wg.Origin {
				t.Errorf("%s: origin %q, want %q", id, got, wg.Origin)
			}
		}
		for _, a := range b.Articles {
			if a.Origin == wg.Origin && !slices.ContainsFunc(wg.Articles, func(id string) bool { return ids[id] == a.ID }) {
				t.Errorf("%s: origin %q, want it outside the wire group", a.ID, a.Origin)
			}
		}
	}
	prov := provenance.Analyze(arts)
	for _, pd := range g.Provenance.PartlyDerived {
		a := article(pd.Article)
		if a.Origin == pd.From || a.Origin != a.Outlet {
			t.Errorf("%s: origin %q, want its own outlet %q", pd.Article, a.Origin, a.Outlet)
		}
		if !slices.Contains(a.Credits, pd.From) {
			t.Errorf("%s: credits %v, want %q among them", pd.Article, a.Credits, pd.From)
		}
		if !slices.Contains(prov.Borrowed[a.ID], pd.From) {
			t.Errorf("%s: no sentence counts for %q; borrowed %v", pd.Article, pd.From, prov.Borrowed[a.ID])
		}
	}
	// The wire and the independent reports each stand for a source of
	// their own.
	origins := map[string]string{}
	for _, id := range []string{"001#1", "002#1", "003#1", "004#1"} {
		o := article(id).Origin
		if other, ok := origins[o]; ok {
			t.Errorf("%s and %s share origin %q", id, other, o)
		}
		origins[o] = id
	}
}

func TestSeedsCorroboration(t *testing.T) {
	arts, ids := seeds(t)
	g := readGold(t)
	b := mustStory(t, context.Background(), crosscheck.Story{ID: "seeds"}, arts)
	for _, c := range g.Corroboration {
		var want []string
		for _, id := range c.ReportedIn {
			want = append(want, ids[id])
		}
		// The fact that carries all the gold's articles and best shares
		// the gold's wording.
		best, bestShared := -1, 0
		goldWords := textproc.ContentWords(c.Fact)
		for i, f := range b.Facts {
			if !containsAll(f.Articles, want) {
				continue
			}
			words := textproc.ContentWords(f.Text)
			n := 0
			for _, w := range goldWords {
				if slices.Contains(words, w) {
					n++
				}
			}
			if n > bestShared {
				best, bestShared = i, n
			}
		}
		if best < 0 || bestShared < 3 {
			t.Errorf("no fact carried by %v states %q", c.ReportedIn, c.Fact)
			continue
		}
		f := b.Facts[best]
		if c.AtLeast != nil && f.Independent < *c.AtLeast {
			t.Errorf("%q: independent %d, want at least %d", f.Text, f.Independent, *c.AtLeast)
		}
		if c.Independent != nil && f.Independent != *c.Independent {
			t.Errorf("%q: independent %d, want %d", f.Text, f.Independent, *c.Independent)
		}
	}
}

func TestSeedsSummary(t *testing.T) {
	arts, _ := seeds(t)
	g := readGold(t)
	b := mustStory(t, context.Background(), crosscheck.Story{ID: "seeds"}, arts)
	if n := len(b.Summary); n < 3 || n > 10 {
		t.Fatalf("summary has %d sentences, want 3 to 10", n)
	}
	// The seeds tell two threads: the defence secretary at NATO and the
	// presidents' phone call. Each must be in the summary.
	threads := [][]string{{"nato", "membership"}, {"putin", "call"}}
	found := make([]bool, len(threads))
	for _, c := range b.Summary {
		if len(c.Articles) == 0 {
			t.Errorf("summary sentence %q cites no article", c.Text)
		}
		words := textproc.FoldedWords(c.Text)
		for i, th := range threads {
			found[i] = found[i] || containsAll(words, th) || containsAll(words, th[:1]) && slices.Contains(words, "negotiations")
		}
		for _, p := range g.OffTopic.Paragraphs {
			if strings.HasPrefix(p.Text, c.Text[:min(len(c.Text), 40)]) {
				t.Errorf("summary sentence %q comes from an off-topic paragraph", c.Text)
			}
		}
	}
	for i, ok := range found {
		if !ok {
			t.Errorf("summary misses the thread %v: %+v", threads[i], b.Summary)
		}
	}
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

func TestStory(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "x", Outlet: "Sports Daily", Title: "Cup final", Text: "The home team won the cup final on penalties."},
		{ID: "wire", File: "w.txt", Part: 1, Outlet: "Reuters", Title: "Council backs homes", Published: crosscheck.Day(2025, 3, 1),
			Text: "LONDON (Reuters) — The city council approved a plan on Monday to build 4,000 new homes on the site of the old gasworks.\n\n" +
				"Opponents argued that the site was still contaminated and that the cleanup would cost far more than the budget allowed."},
		{ID: "copy", Outlet: "Daily Bugle", Published: crosscheck.Day(2025, 3, 1),
			Text: "The city council approved a plan on Monday to build 4,000 new homes on the site of the former gasworks.\n\n" +
				"Opponents argued that the site was still contaminated and that the cleanup would cost far more than the budget allowed."},
		{ID: "own", Outlet: "East Side News", Published: crosscheck.Day(2025, 3, 2),
			Text: "Residents packed the public gallery as councillors debated the gasworks scheme late into the evening.\n\n" +
				"The council approved 4,000 new homes on the old gasworks site, Reuters reported."},
	}
	s := crosscheck.Story{ID: "s1", Articles: []string{"own", "wire", "copy", "missing"}}
	got := mustStory(t, context.Background(), s, arts)
	wantArts := []crosscheck.StoryArticle{
		{ID: "own", Outlet: "East Side News", Published: crosscheck.Day(2025, 3, 2), Cite: "East Side News, 2 Mar", Origin: "East Side News", Credits: []string{"Reuters"}},
		{ID: "wire", File: "w.txt", Part: 1, Outlet: "Reuters", Title: "Council backs homes", Published: crosscheck.Day(2025, 3, 1), Cite: "Reuters, 1 Mar", Origin: "Reuters"},
		{ID: "copy", Outlet: "Daily Bugle", Published: crosscheck.Day(2025, 3, 1), Cite: "Daily Bugle, 1 Mar", Origin: "Reuters", CopyOf: "wire"},
	}
	if diff := cmp.Diff(wantArts, got.Articles); diff != "" {
		t.Errorf("Articles mismatch (-want +got):\n%s", diff)
	}
	if got.ID != "s1" || got.Title != "Council backs homes" {
		t.Errorf("got id %q title %q, want s1 and the first article title", got.ID, got.Title)
	}
	if len(got.Facts) == 0 || len(got.Summary) == 0 || len(got.Unique) != 3 {
		t.Errorf("got %d facts, %d summary sentences, %d outlet reports; want some, some, 3", len(got.Facts), len(got.Summary), len(got.Unique))
	}
	for _, f := range got.Facts {
		if slices.Contains(f.Articles, "x") {
			t.Errorf("fact %q cites an article outside the story", f.Text)
		}
	}
	if again := mustStory(t, context.Background(), s, arts); !cmp.Equal(got, again) {
		t.Errorf("Story is not deterministic:\n%s", cmp.Diff(got, again))
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	early, err := Story(ctx, s, arts)
	if crosscheck.ErrorKind(err) != crosscheck.Canceled || early.ID != "" || early.Facts != nil {
		t.Errorf("cancelled: got error %v and %d facts, want Canceled and no briefing", err, len(early.Facts))
	}
	if empty := mustStory(t, context.Background(), crosscheck.Story{ID: "e"}, nil); empty.ID != "e" || len(empty.Facts) != 0 {
		t.Errorf("empty story: got %+v", empty)
	}
}

func BenchmarkStory(b *testing.B) {
	arts, _ := seeds(b)
	ctx := context.Background()
	s := crosscheck.Story{ID: "seeds"}
	b.ResetTimer()
	for b.Loop() {
		_, _ = Story(ctx, s, arts)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
}

// BenchmarkStages times the stages of Story that need no other stage's
// output but provenance and facts.
func BenchmarkStages(b *testing.B) {
	arts, _ := seeds(b)
	prov := provenance.Analyze(arts)
	fs := facts.Align(arts, prov)
	stages := []struct {
		name string
		run  func()
	}{
		{"provenance", func() { provenance.Analyze(arts) }},
		{"facts", func() { facts.Align(arts, prov) }},
		{"summary", func() { summary.Build(arts, fs, nil, nil) }},
		{"outlets", func() { outlets.Reports(arts, fs) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			for b.Loop() {
				st.run()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
		})
	}
}

// BenchmarkStoryLarge runs Story on a story of 204 articles: the seeds
// republished 34 times by different outlets, the worst case for copy
// detection and fact alignment.
func BenchmarkStoryLarge(b *testing.B) {
	base, _ := seeds(b)
	var arts []crosscheck.Article
	for i := range 34 {
		for _, a := range base {
			a.ID = fmt.Sprintf("%s-%d", a.ID, i)
			if a.Outlet != "" {
				a.Outlet = fmt.Sprintf("%s %d", a.Outlet, i)
			}
			arts = append(arts, a)
		}
	}
	ctx := context.Background()
	s := crosscheck.Story{ID: "large"}
	for b.Loop() {
		_, _ = Story(ctx, s, arts)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
}

// BenchmarkStoryScale runs Story on stories of 100, 400 and 1600
// articles rewritten from the seeds (paragraphs reordered, sentences
// dropped and reworded, names and figures changed), as the outlets of a
// big news day rewrite the same reports, to show how its cost grows with
// the size of a story. Exact copies would understate it: they are found
// once and compared no further. CROSSCHECK_SCALE_SIZES, a comma-separated
// list of sizes ("1600,6400"), replaces the default sizes.
func BenchmarkStoryScale(b *testing.B) {
	base, _ := seeds(b)
	sizes := []int{100, 400, 1600}
	if env := os.Getenv("CROSSCHECK_SCALE_SIZES"); env != "" {
		sizes = nil
		for _, f := range strings.Split(env, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n <= 0 {
				b.Fatalf("CROSSCHECK_SCALE_SIZES: %q is not a size", f)
			}
			sizes = append(sizes, n)
		}
	}
	for _, n := range sizes {
		arts := testcorpus.Rewrite(base, n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Story(context.Background(), crosscheck.Story{ID: "scale"}, arts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestWriteRewrites writes the articles of BenchmarkStoryScale as JSONL to
// the file CROSSCHECK_REWRITES names, with CROSSCHECK_REWRITES_N articles,
// so that a whole brief run can be measured on them.
func TestWriteRewrites(t *testing.T) {
	path := os.Getenv("CROSSCHECK_REWRITES")
	if path == "" {
		t.Skip("CROSSCHECK_REWRITES not set: no rewritten story to write")
	}
	n, err := strconv.Atoi(os.Getenv("CROSSCHECK_REWRITES_N"))
	if err != nil {
		n = 1600
	}
	base, _ := seeds(t)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for _, a := range testcorpus.Rewrite(base, n, 1) {
		rec := map[string]any{"id": a.ID, "title": a.Title, "outlet": a.Outlet, "text": a.Text}
		if !a.Published.IsZero() {
			rec["published"] = a.Published.String()
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestStoryUnattributedQuotes checks that a briefing lists a statement in
// quotation marks whose speaker the text does not give, as unattributed,
// beside the attributed ones, and leaves out borrowed phrases.
func TestStoryUnattributedQuotes(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "a", Outlet: "Town Post", Text: "The park shut on Monday. A notice on the gate read: \u201cThe park is closed until further notice by order of the city.\u201d " +
			"Residents called it \u201ca real shame\u201d this week."},
		{ID: "b", Outlet: "City Herald", Text: "The city shut the park on Monday. \u201cWe had no other choice after the storm damage,\u201d Mayor Ana Ortiz said."},
	}
	got := mustStory(t, context.Background(), crosscheck.Story{ID: "park"}, arts)
	speakers := map[string]string{}
	for _, q := range got.Quotes {
		speakers[q.Text] = q.Speaker
	}
	want := map[string]string{
		"The park is closed until further notice by order of the city.": "",
		"We had no other choice after the storm damage":                 "Ana Ortiz",
	}
	if diff := cmp.Diff(want, speakers); diff != "" {
		t.Errorf("quotes by speaker mismatch (-want +got):\n%s", diff)
	}
}

// TestStoryQuoteSpeakers keeps, of a quotation's differing speakers, the
// people the story knows: a body the attribution misread as a speaker
// ("Controller, BBC Drama Commissioning says") is none.
func TestStoryQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name string
		arts []crosscheck.Article
		want [][]string
	}{
		{
			name: "two people",
			arts: []crosscheck.Article{
				{ID: "a", Outlet: "Town Post", Text: "Thieves raided a jewelry store on Saturday. \u201cThey were in and out in under two minutes,\u201d said Cmdr. Luis Ortega of the police."},
				{ID: "b", Outlet: "City Herald", Text: "Thieves raided a jewelry store on Saturday. \u201cThey were in and out in under two minutes,\u201d store manager Denise Albrecht told reporters."},
			},
			want: [][]string{{"Denise Albrecht", "Luis Ortega"}},
		},
		{
			name: "a person and a body",
			arts: []crosscheck.Article{
				{ID: "a", Outlet: "Town Post", Text: "Ben Stephenson, controller of BBC Drama commissioning, said: \u201cWe started thinking Peter Capaldi might be the right person to take on this iconic part a few months ago.\u201d"},
				{ID: "b", Outlet: "City Herald", Text: "Ben Stephenson, Controller, BBC Drama Commissioning says: \u201cWe started thinking Peter Capaldi might be the right person to take on this iconic part a few months ago.\u201d"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mustStory(t, context.Background(), crosscheck.Story{ID: "s"}, tc.arts)
			var speakers [][]string
			for _, q := range got.Quotes {
				if len(q.Speakers) == 0 {
					continue
				}
				var names []string
				for _, s := range q.Speakers {
					names = append(names, s.Text)
				}
				speakers = append(speakers, names)
			}
			if diff := cmp.Diff(tc.want, speakers); diff != "" {
				t.Errorf("quote speakers mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
