package bench

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

func seedCorpus(t *testing.T) *Corpus {
	t.Helper()
	c, err := LoadCorpus(context.Background(), []string{filepath.Join("..", "testdata", "seeds")})
	if err != nil {
		t.Fatalf("LoadCorpus: %v", err)
	}
	return c
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	testcorpus.WriteTree(t, dir, files)
	return dir
}

func TestLoadCorpus(t *testing.T) {
	const para = "The mayor of Tolva opened the new river bridge on Monday morning. Mayor Anna Berg said the bridge cost 12 million euros to build."
	tests := []struct {
		name      string
		files     map[string]string
		sentences int
		docs      int
		kind      crosscheck.Kind
	}{
		{
			name:      "text file",
			files:     map[string]string{"a.txt": para + "\n\nToo short.\n\n![An image of the bridge seen from the north bank](http://x/y.png)"},
			sentences: 2, docs: 1,
		},
		{
			name: "BASIL article, annotations and other files",
			files: map[string]string{
				"articles/2010/x_1.json":         `{"title": "T", "body-paragraphs": [["` + strings.ReplaceAll(para, ". ", `.", "`) + `"]]}`,
				"annotations/2010/x_1_ann.json":  `{"phrase-level-annotations": []}`,
				"articles/2010/broken.json":      `{"body-paragraphs": [`,
				"articles/2010/notes.csv":        "a,b\n",
				"articles/2010/nested/other.md":  para,
				"articles/2010/nested/empty.txt": "",
			},
			sentences: 4, docs: 2,
		},
		{name: "nothing usable", files: map[string]string{"a.txt": "Short.", "b.bin": "\x00\x01"}, kind: crosscheck.Empty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := LoadCorpus(context.Background(), []string{writeFiles(t, tc.files)})
			if tc.kind != crosscheck.Other {
				if got := crosscheck.ErrorKind(err); got != tc.kind {
					t.Fatalf("error kind: got %v (%v), want %v", got, err, tc.kind)
				}
				return
			}
			if err != nil {
				t.Fatalf("LoadCorpus: %v", err)
			}
			if c.Sentences() != tc.sentences || c.Docs() != tc.docs {
				t.Errorf("got %d sentences of %d docs, want %d of %d", c.Sentences(), c.Docs(), tc.sentences, tc.docs)
			}
		})
	}
	if _, err := LoadCorpus(context.Background(), []string{filepath.Join(t.TempDir(), "missing")}); err == nil {
		t.Errorf("missing directory: got no error")
	}
}

func TestKinds(t *testing.T) {
	c := &Corpus{}
	c.add([]string{"Mayor Anna Berg opened the bridge on Monday after 14 months. Berg said the 12,000 tonnes of steel came from abroad."})
	var got []string
	for _, s := range c.docs[0] {
		for i, k := range s.kinds {
			switch k {
			case name:
				got = append(got, "name:"+s.fields[i])
			case number:
				got = append(got, "number:"+s.fields[i])
			}
		}
	}
	want := []string{"name:Anna", "name:Berg", "name:Monday", "number:14", "name:Berg", "number:12,000"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("kinds mismatch (-want +got):\n%s", diff)
	}
}

func TestSplitCore(t *testing.T) {
	tests := []struct{ in, core, pre, post string }{
		{"Berg", "Berg", "", ""},
		{"\u201cBerg\u2019s", "Berg", "\u201c", "\u2019s"},
		{"(Berg's).", "Berg", "(", "'s)."},
		{"12,000.", "12,000", "", "."},
		{"--", "", "--", ""},
		{"'s", "s", "'", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			core, pre, post := splitCore(tc.in)
			if core != tc.core || pre != tc.pre || post != tc.post {
				t.Errorf("splitCore(%q) = %q, %q, %q; want %q, %q, %q", tc.in, core, pre, post, tc.core, tc.pre, tc.post)
			}
		})
	}
}

func collect(c *Corpus, opts Options) []Item {
	var out []Item
	f := New(c, opts)
	for {
		it, ok := f.Next()
		if !ok {
			return out
		}
		out = append(out, it)
	}
}

func TestFirehose(t *testing.T) {
	c := seedCorpus(t)
	tests := []struct {
		name string
		n    int
	}{
		{"none", 0},
		{"one", 1},
		{"some", 57},
		{"many", 2000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := collect(c, Options{Articles: tc.n, Seed: 7})
			if len(items) != tc.n {
				t.Fatalf("got %d articles, want %d", len(items), tc.n)
			}
			again := collect(c, Options{Articles: tc.n, Seed: 7})
			if diff := cmp.Diff(items, again); diff != "" {
				t.Fatalf("same seed, different stream (-first +second):\n%s", diff)
			}
			ids := map[string]bool{}
			kinds := map[Kind]int{}
			for i, it := range items {
				a := it.Article
				if ids[a.ID] {
					t.Errorf("id %s twice", a.ID)
				}
				ids[a.ID] = true
				kinds[it.Kind]++
				if strings.TrimSpace(a.Text) == "" || a.Title == "" || a.Outlet == "" {
					t.Errorf("%s: empty text, title or outlet", a.ID)
				}
				if i > 0 {
					p := items[i-1].Article
					if c := p.Published.Time.Compare(a.Published.Time); c > 0 || c == 0 && p.ID > a.ID {
						t.Errorf("%s (%v) comes after %s (%v)", a.ID, a.Published, p.ID, p.Published)
					}
				}
			}
			if tc.n >= 2000 {
				for _, k := range []Kind{Original, Exact, Edited, Rewrite} {
					if kinds[k] < tc.n/20 {
						t.Errorf("kind %d: got %d articles, want at least %d", k, kinds[k], tc.n/20)
					}
				}
			}
		})
	}
	a, b := collect(c, Options{Articles: 50, Seed: 1}), collect(c, Options{Articles: 50, Seed: 2})
	if cmp.Equal(a, b) {
		t.Errorf("different seeds gave the same stream")
	}
}

func TestFirehoseCopies(t *testing.T) {
	items := collect(seedCorpus(t), Options{Articles: 500, Seed: 3})
	wire := map[int]string{}
	for _, it := range items {
		if it.Kind == Original {
			wire[it.Story] = it.Article.Text
		}
	}
	for _, it := range items {
		orig, ok := wire[it.Story]
		if !ok {
			t.Fatalf("%s: no wire report of story %d before it", it.Article.ID, it.Story)
		}
		same := strings.Join(strings.Fields(orig), " ") == strings.Join(strings.Fields(it.Article.Text), " ")
		if want := it.Kind == Original || it.Kind == Exact; same != want {
			t.Errorf("%s of kind %d: same words as the wire report: got %v, want %v", it.Article.ID, it.Kind, same, want)
		}
	}
}

func TestRun(t *testing.T) {
	c := seedCorpus(t)
	r, err := Run(context.Background(), c, 300, 1)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if r.Articles != 300 || r.Stories == 0 || r.Found == 0 || r.Copies == 0 {
		t.Errorf("got %+v, want 300 articles with stories, found stories and copies", r)
	}
	if r.CopiesFound < r.Copies*9/10 {
		t.Errorf("copies found: got %d, want at least 90%% of %d", r.CopiesFound, r.Copies)
	}
	if r.Wrong > r.Articles/100 {
		t.Errorf("wrong matches: got %d, want at most %d", r.Wrong, r.Articles/100)
	}
	if r.BCubed <= 0 || r.BCubed > 1 || r.PeakMem == 0 || r.MaxRSS == 0 {
		t.Errorf("got B-cubed %v, peak memory %d, max RSS %d; want a score in (0, 1] and memory figures", r.BCubed, r.PeakMem, r.MaxRSS)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, c, 300, 1); err != context.Canceled {
		t.Errorf("cancelled run: got %v, want %v", err, context.Canceled)
	}
}

func TestBCubed(t *testing.T) {
	size := map[int]int{1: 2, 2: 2}
	tests := []struct {
		name  string
		found [][]string
		want  float64
	}{
		{"perfect", [][]string{{"s0000001-00", "s0000001-01"}, {"s0000002-00", "s0000002-01"}}, 1},
		{"all in one", [][]string{{"s0000001-00", "s0000001-01", "s0000002-00", "s0000002-01"}}, 2 * 0.5 / 1.5},
		{"all apart", [][]string{{"s0000001-00"}, {"s0000001-01"}, {"s0000002-00"}, {"s0000002-01"}}, 2 * 0.5 / 1.5},
		{"none", nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stories []crosscheck.Story
			for _, ids := range tc.found {
				stories = append(stories, crosscheck.Story{Articles: ids})
			}
			if got := bcubed(stories, size); got < tc.want-1e-9 || got > tc.want+1e-9 {
				t.Errorf("bcubed = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestWriteTable(t *testing.T) {
	rs := []Result{
		{Articles: 1000, Stories: 250, Found: 251, Copies: 500, CopiesFound: 490, Dedup: time.Second, Cluster: time.Second,
			DedupCPU: time.Second / 2, ClusterCPU: time.Second / 2, PeakMem: 64 << 20},
		{Articles: 10000, Stories: 2500, Found: 2510, Copies: 5000, CopiesFound: 4950, Dedup: 11 * time.Second, Cluster: 11 * time.Second,
			DedupCPU: 5 * time.Second, ClusterCPU: 5 * time.Second, PeakMem: 128 << 20},
	}
	var b strings.Builder
	if err := WriteTable(&b, rs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4:\n%s", len(lines), b.String())
	}
	for _, want := range []string{"| 10000 | 2500 (2510) |", "4950/5000 (99.0%)", "| 909 (2000) |", "| 22s (10s) | 11.00 (10.00) / 10.0 |", "| 128 MiB |"} {
		if !strings.Contains(lines[3], want) {
			t.Errorf("last row %q: want it to contain %q", lines[3], want)
		}
	}
}
