package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"crosscheck"
	"crosscheck/bench"
	"crosscheck/sqlite"
)

// The benchmarks read synthetic reports from bench's firehose, made of the
// seed reports' sentences and, when ../shared holds it, BASIL's (a larger
// vocabulary, closer to a newsroom's).
//
//	go test ./sqlite -run X -bench 'Put|Size' -benchtime 2000x
//	CROSSCHECK_BENCH_BIG=1 go test ./sqlite -run X -bench Big -benchtime 200x -timeout 1h
//
// The Big benchmarks build a store of 100,000 reports once (kept as
// $TMPDIR/crosscheck-bench-100000.db, or under $CROSSCHECK_BENCH_DIR, and
// reused by later runs) and report p50 and p99 latencies in ms.

var corpusOnce = sync.OnceValues(func() (*bench.Corpus, error) {
	dirs := []string{filepath.Join("..", "testdata", "seeds")}
	if basil := filepath.Join("..", "..", "shared", "datasets", "basil-dev", "articles"); exists(basil) {
		dirs = append(dirs, basil)
	} else if basil := filepath.Join("..", "shared", "datasets", "basil-dev", "articles"); exists(basil) {
		dirs = append(dirs, basil)
	}
	return bench.LoadCorpus(context.Background(), dirs)
})

func exists(p string) bool { _, err := os.Stat(p); return err == nil }

// firehose returns a stream of n reports with stable ids.
func firehose(b *testing.B, n int) func() (bench.Item, bool) {
	c, err := corpusOnce()
	if err != nil {
		b.Fatal(err)
	}
	f := bench.New(c, bench.Options{Articles: n, Seed: 10})
	return func() (bench.Item, bool) {
		it, ok := f.Next()
		if ok {
			file := "bench/" + it.Article.ID + ".txt"
			it.Article.ID = crosscheck.ArticleID(file, "", 1)
			it.Article.File, it.Article.Part = file, 1
		}
		return it, ok
	}
}

// BenchmarkPutArticle adds b.N text reports, each in its own transaction,
// to a new store in a file, and reports the file's size per report.
func BenchmarkPutArticle(b *testing.B) {
	ctx := context.Background()
	next := firehose(b, b.N)
	var arts []crosscheck.Article
	for {
		it, ok := next()
		if !ok {
			break
		}
		arts = append(arts, it.Article)
	}
	path := filepath.Join(b.TempDir(), "put.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for _, a := range arts {
		if _, err := db.PutArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(len(arts))/b.Elapsed().Seconds(), "reports/s")
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(fileSize(path))/float64(len(arts)), "bytes/report")
}

// fileSize returns the size of a closed store with its WAL, if any.
func fileSize(path string) int64 {
	var n int64
	for _, p := range []string{path, path + "-wal"} {
		if st, err := os.Stat(p); err == nil {
			n += st.Size()
		}
	}
	return n
}

// bigReports is the size of the store the Big benchmarks query.
const bigReports = 100_000

var bigOnce = sync.OnceValues(buildBig)

// bigStore is the store of bigReports reports with their stories and
// briefings, and what the benchmarks ask of it.
type bigStore struct {
	path    string
	stories []string
	outlets []string
	words   []string // words of the reports, common and rare alike
	names   []string // entity names
	size    int64
}

// buildBig builds (or finds, built by an earlier run) the big store: the
// reports added one transaction each, grouped 200 reports a step as the
// firehose says, and a briefing per story.
func buildBig() (*bigStore, error) {
	dir := os.Getenv("CROSSCHECK_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("crosscheck-bench-%d.db", bigReports))
	done := path + ".done"
	ctx := context.Background()
	if !exists(done) {
		os.Remove(path)
		os.Remove(path + "-wal")
		os.Remove(path + "-shm")
		if err := fill(ctx, path); err != nil {
			return nil, err
		}
		if err := os.WriteFile(done, nil, 0o644); err != nil {
			return nil, err
		}
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	big := &bigStore{path: path}
	rng := rand.New(rand.NewPCG(1, 2))
	cursor := ""
	outlets := map[string]bool{}
	for {
		list, next, err := db.Stories(ctx, crosscheck.StoryQuery{Limit: 1000, Cursor: cursor})
		if err != nil {
			return nil, err
		}
		for _, st := range list {
			big.stories = append(big.stories, st.ID)
			for _, o := range st.Outlets {
				outlets[o] = true
			}
		}
		if next == "" {
			break
		}
		cursor = next
	}
	for o := range outlets {
		big.outlets = append(big.outlets, o)
	}
	slices.Sort(big.outlets)
	for range 200 {
		id := big.stories[rng.IntN(len(big.stories))]
		st, err := db.Story(ctx, id)
		if err != nil {
			return nil, err
		}
		a, err := db.Article(ctx, st.Articles[rng.IntN(len(st.Articles))])
		if err != nil {
			return nil, err
		}
		ws := strings.FieldsFunc(a.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		big.words = append(big.words, ws[rng.IntN(len(ws))])
		br, err := db.Briefing(ctx, id)
		if err != nil {
			return nil, err
		}
		if len(br.Entities) > 0 {
			big.names = append(big.names, br.Entities[rng.IntN(len(br.Entities))].Name)
		}
	}
	db.Close()
	big.size = fileSize(path)
	return big, nil
}

// fill adds the reports, groups them and briefs every story.
func fill(ctx context.Context, path string) error {
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := corpusOnce()
	if err != nil {
		return err
	}
	f := bench.New(c, bench.Options{Articles: bigReports, Seed: 10})
	stories := map[int]*crosscheck.Story{}
	outlets := map[string][]string{}
	texts := map[string]string{}
	var changed []int
	var grouped []crosscheck.ArticleVersion
	var events []crosscheck.StoryEvent
	flush := func() error {
		g := crosscheck.Grouping{Grouped: grouped, Events: events, State: []byte("bench")}
		slices.Sort(changed)
		for _, k := range slices.Compact(changed) {
			g.Stories = append(g.Stories, *stories[k])
		}
		changed, grouped, events = changed[:0], nil, nil
		return db.SaveGrouping(ctx, g)
	}
	for n := 1; ; n++ {
		it, ok := f.Next()
		if !ok {
			break
		}
		a := it.Article
		file := "bench/" + a.ID + ".txt"
		a.ID, a.File, a.Part = crosscheck.ArticleID(file, "", 1), file, 1
		if _, err := db.PutArticle(ctx, a); err != nil {
			return err
		}
		st := stories[it.Story]
		kind := crosscheck.StoryJoined
		if st == nil {
			st = &crosscheck.Story{ID: crosscheck.StoryID(a.ID), Title: a.Title, First: a.Published}
			stories[it.Story] = st
			kind = crosscheck.StoryOpened
			texts[st.ID] = a.Text
		}
		st.Articles = append(st.Articles, a.ID)
		st.Last = a.Published
		outlets[st.ID] = append(outlets[st.ID], a.Outlet)
		changed = append(changed, it.Story)
		grouped = append(grouped, crosscheck.ArticleVersion{ID: a.ID, Hash: crosscheck.ContentHash(&a)})
		events = append(events, crosscheck.StoryEvent{Story: st.ID, Kind: kind, Article: a.ID})
		if n%200 == 0 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, st := range stories {
		cur, err := db.Story(ctx, st.ID)
		if err != nil {
			return err
		}
		if err := db.PutBriefing(ctx, briefing(rng, st, outlets[st.ID], texts[st.ID]), cur.Revision); err != nil {
			return err
		}
	}
	return nil
}

// briefing makes a briefing of the size analyze gives a story: facts from
// the wire report's sentences, a quote, names and some disagreements.
func briefing(rng *rand.Rand, st *crosscheck.Story, outlets []string, text string) crosscheck.StoryBriefing {
	b := crosscheck.StoryBriefing{ID: st.ID, Title: st.Title}
	for i, id := range st.Articles {
		b.Articles = append(b.Articles, crosscheck.StoryArticle{ID: id, Outlet: outlets[i], Title: st.Title})
	}
	sents := strings.SplitAfter(strings.ReplaceAll(text, "\n\n", " "), ". ")
	for i, s := range sents {
		if i == 8 {
			break
		}
		b.Facts = append(b.Facts, crosscheck.Fact{Text: s, Articles: st.Articles[:1], Outlets: outlets[:1], Independent: 1})
		b.Summary = append(b.Summary, crosscheck.Cited{Text: s, Articles: st.Articles[:1]})
	}
	b.Quotes = append(b.Quotes, crosscheck.Quote{Speaker: "A spokesperson", Text: sents[len(sents)/2], Articles: st.Articles[:1]})
	seen := map[string]bool{}
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ".,;:'\"()")
		if len(w) > 3 && unicode.IsUpper([]rune(w)[0]) && !seen[w] && len(b.Entities) < 6 {
			seen[w] = true
			b.Entities = append(b.Entities, crosscheck.Entity{Name: w, Kind: crosscheck.Person, Variants: []string{w}, Articles: st.Articles[:1]})
		}
	}
	for range rng.IntN(4) {
		b.Discrepancies = append(b.Discrepancies, crosscheck.Discrepancy{Kind: crosscheck.FigureDiscrepancy, About: "figure",
			Variants: []crosscheck.Cited{{Text: strconv.Itoa(rng.IntN(100)), Articles: st.Articles[:1]}}})
	}
	return b
}

// latencies runs op b.N times and reports its p50 and p99 in ms.
func latencies(b *testing.B, op func(i int) error) {
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if err := op(i); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(times)
	pct := func(p float64) float64 {
		return float64(times[min(len(times)-1, int(p*float64(len(times))))]) / float64(time.Millisecond)
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// BenchmarkBig queries a store of 100,000 reports as the pages and the
// API do. It runs only with CROSSCHECK_BENCH_BIG=1.
func BenchmarkBig(b *testing.B) {
	if os.Getenv("CROSSCHECK_BENCH_BIG") == "" {
		b.Skip("set CROSSCHECK_BENCH_BIG=1 to build and query a store of 100,000 reports")
	}
	big, err := bigOnce()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, big.path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.Run("Size", func(b *testing.B) {
		for range b.N {
		}
		b.ReportMetric(float64(big.size)/bigReports, "bytes/report")
		b.ReportMetric(float64(len(big.stories)), "stories")
	})
	b.Run("Story", func(b *testing.B) {
		latencies(b, func(i int) error {
			id := big.stories[(i*7919)%len(big.stories)]
			st, err := db.Story(ctx, id)
			if err != nil {
				return err
			}
			if _, err := db.Briefing(ctx, id); err != nil {
				return err
			}
			_, err = db.Articles(ctx, st.Articles)
			return err
		})
	})
	lists := []struct {
		name string
		q    func(i int) crosscheck.StoryQuery
	}{
		{"Newest", func(int) crosscheck.StoryQuery { return crosscheck.StoryQuery{Limit: 50} }},
		{"Covered", func(int) crosscheck.StoryQuery {
			return crosscheck.StoryQuery{Order: crosscheck.MostCovered, Limit: 50}
		}},
		{"Disputed", func(int) crosscheck.StoryQuery {
			return crosscheck.StoryQuery{Order: crosscheck.MostDisputed, Limit: 50}
		}},
		{"Outlet", func(i int) crosscheck.StoryQuery {
			return crosscheck.StoryQuery{Outlet: big.outlets[i%len(big.outlets)], Limit: 50}
		}},
		{"Entity", func(i int) crosscheck.StoryQuery {
			return crosscheck.StoryQuery{Entity: big.names[i%len(big.names)], Limit: 50}
		}},
		{"Week", func(i int) crosscheck.StoryQuery {
			from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i%14) * 24 * time.Hour)
			return crosscheck.StoryQuery{From: from, To: from.Add(7 * 24 * time.Hour), Limit: 50}
		}},
	}
	for _, l := range lists {
		b.Run("Stories/"+l.name, func(b *testing.B) {
			latencies(b, func(i int) error {
				_, _, err := db.Stories(ctx, l.q(i))
				return err
			})
		})
	}
	// A deep page: the 21st page of 50, reached by its cursor.
	deep := ""
	for range 20 {
		_, next, err := db.Stories(ctx, crosscheck.StoryQuery{Limit: 50, Cursor: deep})
		if err != nil {
			b.Fatal(err)
		}
		deep = next
	}
	b.Run("Stories/Page21", func(b *testing.B) {
		latencies(b, func(int) error {
			_, _, err := db.Stories(ctx, crosscheck.StoryQuery{Limit: 50, Cursor: deep})
			return err
		})
	})
	b.Run("Search/Word", func(b *testing.B) {
		latencies(b, func(i int) error {
			_, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: big.words[i%len(big.words)]})
			return err
		})
	})
	b.Run("Search/TwoWords", func(b *testing.B) {
		latencies(b, func(i int) error {
			q := big.words[i%len(big.words)] + " " + big.words[(i+1)%len(big.words)]
			_, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: q})
			return err
		})
	})
	b.Run("Search/Name", func(b *testing.B) {
		latencies(b, func(i int) error {
			_, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: big.names[i%len(big.names)]})
			return err
		})
	})
}

// BenchmarkJoinLongStory adds one report to a story of 1,600 and saves
// the grouping that lists the story with all its articles, as the
// clusterer does when a report joins.
func BenchmarkJoinLongStory(b *testing.B) {
	ctx := context.Background()
	next := firehose(b, 1600+b.N)
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "long.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var st crosscheck.Story
	join := func(a crosscheck.Article) error {
		if _, err := db.PutArticle(ctx, a); err != nil {
			return err
		}
		if st.ID == "" {
			st = crosscheck.Story{ID: crosscheck.StoryID(a.ID), Title: a.Title, First: a.Published}
		}
		st.Articles = append(st.Articles, a.ID)
		st.Last = a.Published
		return db.SaveGrouping(ctx, crosscheck.Grouping{
			Stories: []crosscheck.Story{st},
			Grouped: []crosscheck.ArticleVersion{{ID: a.ID, Hash: crosscheck.ContentHash(&a)}},
			Events:  []crosscheck.StoryEvent{{Story: st.ID, Kind: crosscheck.StoryJoined, Article: a.ID}},
		})
	}
	for range 1600 {
		it, _ := next()
		if err := join(it.Article); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for range b.N {
		it, ok := next()
		if !ok {
			b.Fatal("firehose ran dry")
		}
		if err := join(it.Article); err != nil {
			b.Fatal(err)
		}
	}
}
