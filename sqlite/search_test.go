package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/storetest"
)

func TestFTSTerms(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"words", "warehouse fire", `"warehouse" "fire"`},
		{"hostile", `"unbalanced (( OR`, `"unbalanced" "OR"`},
		{"operators and columns", `title:fire NEAR(a b) NOT c* ^d`, `"title" "fire" "NEAR" "a" "b" "NOT" "c" "d"`},
		{"repeated", "Fire fire FIRE", `"Fire"`},
		{"accents kept", "São Paulo", `"São" "Paulo"`},
		{"nothing to search", `"" (( ** --`, ``},
		{"invalid utf-8", "fire\xff\xfeblaze", `"fire" "blaze"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := strings.Join(ftsTerms(c.in), " "); got != c.want {
				t.Fatalf("ftsTerms(%q): got %s, want %s", c.in, got, c.want)
			}
		})
	}
	var many []string
	for i := range 100 {
		many = append(many, fmt.Sprintf("w%d", i))
	}
	long := strings.Join(ftsTerms(strings.Repeat("é", 100)+" "+strings.Join(many, " ")), " ")
	if n := strings.Count(long, `"`) / 2; n != maxTerms {
		t.Errorf("many words: got %d terms, want %d", n, maxTerms)
	}
	if strings.Contains(long, "\ufffd") || len(strings.Fields(long)[0]) > maxTermBytes+2 {
		t.Errorf("long word not cut on a rune boundary: %q", strings.Fields(long)[0])
	}
}

func TestParseSnippet(t *testing.T) {
	o, c := string(markOpen), string(markClose)
	cases := []struct {
		name string
		in   string
		want []crosscheck.SnippetPart
	}{
		{"one match", "…the " + o + "warehouse" + c + " burned…", []crosscheck.SnippetPart{{Text: "…the "}, {Text: "warehouse", Match: true}, {Text: " burned…"}}},
		{"adjacent", o + "a" + c + o + "b" + c, []crosscheck.SnippetPart{{Text: "ab", Match: true}}},
		{"no match", "plain", []crosscheck.SnippetPart{{Text: "plain"}}},
		{"stray markers", c + "x" + o + o + "y" + c + c + "z" + o, []crosscheck.SnippetPart{{Text: "x"}, {Text: "y", Match: true}, {Text: "z"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, parseSnippet(tc.in)); diff != "" {
				t.Fatalf("parseSnippet(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// briefed groups arts as one story and stores a briefing with quotes and
// facts.
func briefed(t *testing.T, db *DB, arts []crosscheck.Article, b crosscheck.StoryBriefing) crosscheck.Story {
	t.Helper()
	ctx := context.Background()
	st := crosscheck.Story{ID: crosscheck.StoryID(arts[0].ID), Title: arts[0].Title, First: arts[0].Published, Last: arts[len(arts)-1].Published}
	for _, a := range arts {
		if _, err := db.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		st.Articles = append(st.Articles, a.ID)
	}
	if err := db.SaveGrouping(ctx, crosscheck.Grouping{Stories: []crosscheck.Story{st}}); err != nil {
		t.Fatal(err)
	}
	b.ID = st.ID
	if err := db.PutBriefing(ctx, b, 1); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestSearchSnippetsAndMarkers(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	// A hostile report carries the very markers snippets use.
	evil := storetest.Article(1, "AP", "The "+string(markOpen)+"flood"+string(markClose)+" reached the old town. <script>alert(1)</script>")
	briefed(t, db, []crosscheck.Article{evil}, crosscheck.StoryBriefing{Title: "Flood " + string(markOpen)})
	hits, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: "town"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 {
		t.Fatalf("got %d hits, want 1", len(hits))
	}
	var text strings.Builder
	matched := ""
	for _, p := range hits[0].Snippet {
		text.WriteString(p.Text)
		if p.Match {
			matched += p.Text
		}
	}
	if strings.ContainsAny(text.String()+hits[0].Title, string(markOpen)+string(markClose)) {
		t.Fatalf("markers leaked: %+v", hits[0])
	}
	if !strings.Contains(matched, "town") {
		t.Fatalf("matched parts %q, want town among them", matched)
	}
	if !strings.Contains(text.String(), "<script>") {
		t.Fatalf("snippet %q: text should come back as stored, escaped only where shown", text.String())
	}
}

func TestSearchFollowsVersionsAndMerges(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	a := storetest.Article(1, "AP", "The avalanche buried the road.")
	b := storetest.Article(2, "BBC", "Rescuers dug through the avalanche.")
	sa := briefed(t, db, []crosscheck.Article{a}, crosscheck.StoryBriefing{Facts: []crosscheck.Fact{{Text: "An avalanche buried the road."}}})
	sb := briefed(t, db, []crosscheck.Article{b}, crosscheck.StoryBriefing{Quotes: []crosscheck.Quote{{Speaker: "Chief", Text: "The avalanche came at night"}}})
	count := func(q string) map[crosscheck.SearchHitKind]int {
		t.Helper()
		hits, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		n := map[crosscheck.SearchHitKind]int{}
		for _, h := range hits {
			n[h.Kind]++
		}
		return n
	}
	if got := count("avalanche"); got[crosscheck.ArticleHit] != 2 || got[crosscheck.FactHit] != 1 || got[crosscheck.QuoteHit] != 1 {
		t.Fatalf("avalanche: got %v", got)
	}
	a2 := a
	a2.Text = "The landslide buried the road."
	if _, err := db.PutArticle(ctx, a2); err != nil {
		t.Fatal(err)
	}
	if got := count("landslide"); got[crosscheck.ArticleHit] != 1 {
		t.Fatalf("new version's word: got %v, want one article", got)
	}
	if got := count("avalanche"); got[crosscheck.ArticleHit] != 1 {
		t.Fatalf("old version's word: got %v, want only the other article", got)
	}
	// Merging sb into sa drops sb's briefing from the search until sa is
	// briefed again.
	if err := db.SaveGrouping(ctx, crosscheck.Grouping{
		Stories: []crosscheck.Story{{ID: sa.ID, Articles: []string{a.ID, b.ID}}},
		Gone:    map[string]string{sb.ID: sa.ID},
	}); err != nil {
		t.Fatal(err)
	}
	if got := count("night"); got[crosscheck.QuoteHit] != 0 {
		t.Fatalf("quote of a merged-away story: got %v, want none", got)
	}
	hits, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: "rescuers"})
	if err != nil || len(hits) != 1 || hits[0].Story != sa.ID {
		t.Fatalf("article of the merged story: got %+v, %v, want story %s", hits, err, sa.ID)
	}
}

func TestSearchPages(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	defer db.Close()
	var arts []crosscheck.Article
	for i := 1; i <= 23; i++ {
		arts = append(arts, storetest.Article(i, "AP", fmt.Sprintf("Tremor number %d shook the valley.", i)))
	}
	briefed(t, db, arts, crosscheck.StoryBriefing{})
	seen := map[string]bool{}
	cursor := ""
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("pages never end")
		}
		hits, next, err := db.Search(ctx, crosscheck.SearchQuery{Text: "valley tremor", Limit: 5, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			if seen[h.Article] {
				t.Fatalf("article %s on two pages", h.Article)
			}
			seen[h.Article] = true
		}
		if next == "" {
			break
		}
		cursor = next
	}
	if len(seen) != len(arts) {
		t.Fatalf("pages held %d articles, want %d", len(seen), len(arts))
	}
	for _, bad := range []string{"x", searchCursor(-1), storyCursor{order: crosscheck.Newest}.String()} {
		if _, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: "valley", Cursor: bad}); crosscheck.ErrorKind(err) != crosscheck.Invalid {
			t.Errorf("cursor %q: got %v, want Invalid", bad, err)
		}
	}
	if _, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: "(( ))"}); crosscheck.ErrorKind(err) != crosscheck.Invalid {
		t.Errorf("query without words: got %v, want Invalid", err)
	}
}

func FuzzSearch(f *testing.F) {
	db, err := Open(context.Background(), ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.PutArticle(context.Background(), storetest.Article(1, "AP", "The dam held after the storm, officials said.")); err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{`"unbalanced (( OR`, "dam", "NEAR(dam storm)", "dam*", "title:dam", `""`, "-", "\x00", "d\u0301am", "AND OR NOT"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits, _, err := db.Search(context.Background(), crosscheck.SearchQuery{Text: q})
		if err != nil && crosscheck.ErrorKind(err) != crosscheck.Invalid {
			t.Fatalf("Search(%q): got %v, want hits or Invalid", q, err)
		}
		for _, h := range hits {
			for _, p := range h.Snippet {
				if strings.ContainsAny(p.Text, string(markOpen)+string(markClose)) {
					t.Fatalf("Search(%q): markers leaked in %q", q, p.Text)
				}
			}
		}
	})
}

// TestSearchCommonWords checks both rankings: BM25 for rare words, newest
// first for a word common in the store.
func TestSearchCommonWords(t *testing.T) {
	ctx := context.Background()
	db, err := open(ctx, filepath.Join(t.TempDir(), "crosscheck.db"), options{migrations: migrationFiles, busy: time.Second, common: 3})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var arts []crosscheck.Article
	for i := 1; i <= 6; i++ {
		text := fmt.Sprintf("Report %d on the harbour.", i)
		if i == 2 {
			text = "Ferry ferry ferry ferry: the harbour saw a ferry."
		}
		if i == 4 {
			text = "A ferry left the harbour."
		}
		arts = append(arts, storetest.Article(i, "AP", text))
	}
	briefed(t, db, arts, crosscheck.StoryBriefing{})
	ids := func(q string, limit int) []string {
		t.Helper()
		var out []string
		cursor := ""
		for {
			hits, next, err := db.Search(ctx, crosscheck.SearchQuery{Text: q, Limit: limit, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range hits {
				out = append(out, h.Article)
			}
			if next == "" {
				return out
			}
			cursor = next
		}
	}
	// "ferry" is in 2 reports: rare, ranked, the one saying it five times
	// first.
	if got, want := ids("ferry", 10), []string{arts[1].ID, arts[3].ID}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("rare word: got %v, want %v", got, want)
	}
	// "harbour" is in all 6: common, newest first, in pages.
	var want []string
	for i := len(arts) - 1; i >= 0; i-- {
		want = append(want, arts[i].ID)
	}
	if got := ids("harbour", 4); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("common word: got %v, want %v", got, want)
	}
	// A common and a rare word: every report holding both.
	if got := ids("harbour ferry", 1); len(got) != 2 {
		t.Errorf("common and rare word: got %v, want the 2 reports holding both", got)
	}
}
