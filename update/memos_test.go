package update

import (
	"context"
	"encoding/json"
	"testing"

	"crosscheck"
	"crosscheck/analyze"
)

// TestBriefMemos checks that stories briefed with their memory of the
// last briefing, as reports arrive a few at a time, get the briefing
// analyze.Story makes from scratch, byte for byte, and that Memos keeps
// no more stories than its size.
func TestBriefMemos(t *testing.T) {
	ctx := context.Background()
	st := newStore()
	arts := reports(24)
	ms := NewMemos(2)
	for from := 0; from < len(arts); from += 5 {
		mustAdd(t, st, arts[from:min(from+5, len(arts))])
		if _, err := Group(ctx, st, Options{}); err != nil {
			t.Fatal(err)
		}
		if _, err := Brief(ctx, st, BriefOptions{Memos: ms, Workers: 1}); err != nil {
			t.Fatal(err)
		}
		if ms.Len() == 0 || ms.Len() > 2 {
			t.Fatalf("memos remember %d stories, want 1 or 2", ms.Len())
		}
		stories, _, err := st.Stories(ctx, crosscheck.StoryQuery{Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range stories {
			got, err := st.Briefing(ctx, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			full, err := st.Story(ctx, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			stored, err := st.Articles(ctx, full.Articles)
			if err != nil {
				t.Fatal(err)
			}
			var own []crosscheck.Article
			for _, a := range stored {
				own = append(own, a.Article)
			}
			want, err := analyze.Story(ctx, full.Story, own)
			if err != nil {
				t.Fatal(err)
			}
			wj, _ := json.Marshal(want)
			gj, _ := json.Marshal(got)
			if string(wj) != string(gj) {
				t.Fatalf("after %d reports, story %s briefed with its memo differs from scratch:\n%s\n%s", from+5, s.ID, wj, gj)
			}
		}
	}
}

// TestMemosBound checks that Memos forgets the stories briefed longest ago
// beyond its size and its bound on articles, and keeps no story larger
// than that bound.
func TestMemosBound(t *testing.T) {
	ms := NewMemos(2)
	for _, id := range []string{"a", "b", "c"} {
		ms.put(id, analyze.NewMemo(), 10)
	}
	if ms.Len() != 2 || ms.memo["a"] != nil {
		t.Fatalf("remembers %d stories (a: %v), want b and c", ms.Len(), ms.memo["a"] != nil)
	}
	ms = NewMemos(0)
	ms.put("a", analyze.NewMemo(), MaxMemoArticles/2)
	ms.put("b", analyze.NewMemo(), MaxMemoArticles/2)
	ms.put("c", analyze.NewMemo(), 1)
	if ms.memo["a"] != nil || ms.memo["b"] == nil || ms.memo["c"] == nil || ms.total > MaxMemoArticles {
		t.Fatalf("over the article bound: %d articles in %d stories", ms.total, ms.Len())
	}
	ms.put("huge", analyze.NewMemo(), MaxMemoArticles+1)
	if ms.memo["huge"] != nil {
		t.Fatal("a story over the article bound is remembered")
	}
	if m := ms.take("b"); m == nil || ms.memo["b"] != nil || ms.total != 1 {
		t.Fatalf("take left %d articles remembered, want 1", ms.total)
	}
}
