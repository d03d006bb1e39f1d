package pipeline

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/cluster"
)

func TestSpoolRoundTrip(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	arts := []crosscheck.Article{
		{},
		{ID: "a1", File: "x/y.jsonl", Record: "r1", Part: 3, Title: "Tïtle", Outlet: "O", Authors: []string{}, Published: crosscheck.Day(2024, 2, 29), Dateline: "PARIS", URL: "https://e.x/1", Language: "fr", Text: "one\n\ntwo"},
		{ID: "a2", Authors: []string{"Ann Lee", ""}, Published: crosscheck.Date{Time: time.Date(2024, 3, 1, 9, 30, 15, 123456789, est)}, Text: strings.Repeat("long text ", 10000)},
		{ID: "a3", Part: -1, Published: crosscheck.Date{Time: time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)}},
	}
	s, err := newSpool(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	var at []place
	for i := range arts {
		p, err := s.put(&arts[i])
		if err != nil {
			t.Fatal(err)
		}
		at = append(at, p)
	}
	if err := s.flush(); err != nil {
		t.Fatal(err)
	}
	for i := len(arts) - 1; i >= 0; i-- {
		got, err := s.get(at[i])
		if err != nil {
			t.Fatal(err)
		}
		want := arts[i]
		if !got.Published.Time.Equal(want.Published.Time) || got.Published.String() != want.Published.String() {
			t.Errorf("article %d: got date %s, want %s", i, got.Published, want.Published)
		}
		got.Published, want.Published = crosscheck.Date{}, crosscheck.Date{}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("article %d mismatch (-want +got):\n%s", i, diff)
		}
		if (got.Authors == nil) != (want.Authors == nil) {
			t.Errorf("article %d: got authors nil %v, want nil %v", i, got.Authors == nil, want.Authors == nil)
		}
	}
}

func TestBatchMatchesGroup(t *testing.T) {
	// Articles out of order, some undated, some sharing a time or an id,
	// in two events told with the same words.
	rng := rand.New(rand.NewPCG(1, 2))
	base := time.Date(2025, 5, 1, 8, 0, 0, 0, time.UTC)
	events := []struct{ title, text string }{
		{"Council votes on harbour plan", "The Harbourton council voted on the harbour expansion. Mayor Ann Smith said the plan would bring jobs.\n\nOpponents warned of the cost to beaches."},
		{"Storm floods river valley", "Heavy rain flooded the Millbridge valley overnight. Fire chief Tom Reyes said hundreds of homes were evacuated.\n\nThe river rose four metres."},
		{"Striker signs record contract", "Eastfield United signed striker Leo Park on a record five-year contract. Coach Maria Diaz praised his speed.\n\nThe fee was not disclosed."},
	}
	var arts []crosscheck.Article
	for i := range 120 {
		ev := events[rng.IntN(len(events))]
		a := crosscheck.Article{
			ID:     "id-" + string(rune('a'+i%26)) + strings.Repeat("x", i%3),
			File:   "f.jsonl",
			Part:   i + 1,
			Title:  ev.title,
			Outlet: "Outlet " + string(rune('A'+rng.IntN(5))),
			Text:   ev.text,
		}
		if rng.IntN(4) > 0 {
			a.Published = crosscheck.Date{Time: base.Add(time.Duration(rng.IntN(200)) * time.Hour)}
		}
		arts = append(arts, a)
	}
	// Two reports with one id and one time: the first added gives the
	// story its title.
	for _, title := range []string{"Bridge closes for repairs", "Bridge shut for repair work"} {
		arts = append(arts, crosscheck.Article{ID: "dup", Title: title, Published: crosscheck.Date{Time: base},
			Text: "The old stone bridge in Westford closed on Monday for six weeks of repairs, engineer Kim Ode said."})
	}
	want := cluster.Group(arts, cluster.DefaultOptions())

	b, err := NewBatch(t.TempDir(), cluster.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, a := range arts {
		if err := b.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	got, err := b.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("stories mismatch (-Group +Batch):\n%s", diff)
	}
	if len(got) < 2 {
		t.Fatalf("got %d stories, want several: the test shows nothing", len(got))
	}
	// A story's articles are the first with each id; Article gives the
	// last.
	first, last := map[string]crosscheck.Article{}, map[string]crosscheck.Article{}
	for _, a := range arts {
		if _, ok := first[a.ID]; !ok {
			first[a.ID] = a
		}
		last[a.ID] = a
	}
	for _, s := range got {
		own, err := b.Articles(s)
		if err != nil {
			t.Fatal(err)
		}
		if len(own) != len(s.Articles) {
			t.Fatalf("story %s: got %d articles, want %d", s.ID, len(own), len(s.Articles))
		}
		for i, a := range own {
			if diff := cmp.Diff(first[s.Articles[i]], a); diff != "" {
				t.Errorf("story %s article %d mismatch (-want +got):\n%s", s.ID, i, diff)
			}
		}
	}
	for id, want := range last {
		a, ok, err := b.Article(id)
		if err != nil || !ok {
			t.Fatalf("Article(%s): got ok %v, error %v", id, ok, err)
		}
		if a.Part != want.Part {
			t.Errorf("Article(%s): got part %d, want %d, the last added", id, a.Part, want.Part)
		}
	}
	if _, ok, _ := b.Article("none"); ok {
		t.Errorf("Article(none): got one, want none")
	}
}

func TestBatchRemovesItsFile(t *testing.T) {
	dir := t.TempDir()
	b, err := NewBatch(dir, cluster.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Add(crosscheck.Article{ID: "a", Text: "text"}); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(left) > 0 {
		t.Errorf("got files %v left after Close, want none", left)
	}
}
