package analyze

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// TestMemoSameBriefing checks that a story briefed again with its Memo as
// reports arrive, one at a time and in batches, and as reports leave it,
// gives byte for byte the briefing made from scratch each time.
func TestMemoSameBriefing(t *testing.T) {
	base, _ := seeds(t)
	rewritten := testcorpus.Rewrite(base, 60, 7)
	cases := []struct {
		name  string
		arts  []crosscheck.Article
		steps []int // story sizes, in order, briefed with one Memo
	}{
		{"seeds one by one", base, upTo(len(base), 1)},
		{"rewrites in batches", rewritten, []int{1, 2, 10, 11, 25, 40, 41, 60, 30, 60}},
	}
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := NewMemo()
			s := crosscheck.Story{ID: "memo"}
			for _, n := range c.steps {
				arts := c.arts[:n]
				want, err := Story(ctx, s, arts)
				if err != nil {
					t.Fatal(err)
				}
				got, err := StoryWith(ctx, s, arts, Options{Memo: m})
				if err != nil {
					t.Fatal(err)
				}
				wj, gj := mustJSON(t, want), mustJSON(t, got)
				if !bytes.Equal(wj, gj) {
					t.Fatalf("%d articles: briefing with the story's memo differs from the one from scratch:\n%s", n, firstDiff(wj, gj))
				}
				if m.Len() == 0 {
					t.Fatalf("%d articles: memo remembers nothing", n)
				}
			}
		})
	}
}

// TestMemoForgets checks that a briefing forgets what belonged to the
// reports that left the story.
func TestMemoForgets(t *testing.T) {
	base, _ := seeds(t)
	ctx := context.Background()
	m := NewMemo()
	s := crosscheck.Story{ID: "memo"}
	if _, err := StoryWith(ctx, s, base, Options{Memo: m}); err != nil {
		t.Fatal(err)
	}
	all := m.Len()
	if _, err := StoryWith(ctx, s, base[:1], Options{Memo: m}); err != nil {
		t.Fatal(err)
	}
	if one := m.Len(); one >= all {
		t.Errorf("memo holds %d values after the story lost all but one report, %d before", one, all)
	}
}

func upTo(n, step int) []int {
	var out []int
	for i := step; i <= n; i += step {
		out = append(out, i)
	}
	return out
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// firstDiff shows where two texts first differ.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return fmt.Sprintf("want …%s…\ngot  …%s…", a[from:min(len(a), i+200)], b[from:min(len(b), i+200)])
}
