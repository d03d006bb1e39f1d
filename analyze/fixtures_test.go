package analyze

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/analyze/figures"
	"crosscheck/clean"
)

// fixture reads a story written for these tests (testdata/<name>.jsonl:
// a wire report and rewrites of it) through clean, as crosscheck brief
// does, and returns its briefing.
func fixture(t *testing.T, name string) crosscheck.StoryBriefing {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var arts []crosscheck.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct{ ID, Title, Text, Outlet, Published string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		day, err := time.Parse(time.DateOnly, r.Published)
		if err != nil {
			t.Fatal(err)
		}
		as, _ := clean.Articles(crosscheck.Document{
			Source: name + ".jsonl", ID: r.ID, Format: crosscheck.FormatText, Body: r.Text,
			Title: r.Title, Outlet: r.Outlet, Published: crosscheck.Day(day.Year(), day.Month(), day.Day()),
		})
		arts = append(arts, as...)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return mustStory(t, context.Background(), crosscheck.Story{ID: name}, arts)
}

// discrepancyTexts lists each discrepancy as its kind and its variants'
// texts, for matching.
func discrepancyTexts(b crosscheck.StoryBriefing) []string {
	var out []string
	for _, d := range b.Discrepancies {
		var vs []string
		for _, v := range d.Variants {
			vs = append(vs, v.Text)
		}
		slices.Sort(vs)
		out = append(out, string(d.Kind)+": "+strings.Join(vs, " / "))
	}
	return out
}

func TestFixtures(t *testing.T) {
	tests := []struct {
		name string
		// discrepancies are exactly the disagreements a careful reader
		// finds; equivalent forms in the story must raise none.
		discrepancies []string
		// quotes maps a quotation's opening words to its speaker and
		// number of independent sources.
		quotes map[string]string
		// dates maps a relative date as written to the day it must
		// resolve to in every article that gives it.
		dates map[string]string
		// sameEntity and apart list mentions that must and must not be
		// one entity.
		sameEntity [][2]string
		apart      [][2]string
		// lead must be the summary's first sentence.
		lead string
	}{
		{
			// A wire report, a local rewrite that credits it (one name
			// misspelt, a figure wrong in other words, a pet name) and a
			// rewrite quoting the wire's interview; "nearly 90 minutes",
			// "an hour and a half" and "Section 4"/"Section Four" agree.
			// "injured 42 others", "42 injured" and "24 others were hurt"
			// count the same people. "Gov. Bill Halloran" and "Gov. Robert
			// Halloran" are one governor named two ways, but which name is
			// right is unknown, so the entities stay apart.
			name: "plant-fire",
			discrepancies: []string{"name: Whitcomb / Whitcombe", "name: Bill Halloran / Robert Halloran",
				"figure: 24 others / 42 injured"},
			quotes: map[string]string{
				"We lost seven good people": "Dana Whitcombe 2",
				"The families deserve":      "Robert Halloran 1",
			},
			dates:      map[string]string{"Saturday": "2025-03-15", "Thursday": "2025-03-13"},
			sameEntity: [][2]string{{"Whitcomb", "Dana Whitcombe"}},
			apart:      [][2]string{{"Bill Halloran", "Robert Halloran"}},
			// The main event, as the wire and the chronicle lead with it.
			lead: "A fire at a chemical plant in southern Ohio killed seven workers",
		},
		{
			// A wire report, a republished copy with one figure changed and
			// American spellings, and an independent report with a second
			// person of the same surname.
			name:          "drone-summit",
			discrepancies: []string{"figure: 12 kilometres / 21 kilometres"},
			quotes: map[string]string{
				"This was not an accident": "Ingrida Kalvaite 2",
				"The alliance has been":    "Marta Ozols 1",
			},
			dates:      map[string]string{"Wednesday": "2024-06-12"},
			sameEntity: [][2]string{{"Olexandr Tamm", "Oleksandr Tamm"}, {"Kalvaite", "Ingrida Kalvaite"}},
			apart:      [][2]string{{"Marta Ozols", "Juris Ozols"}},
			lead:       "The leaders of the three Baltic states",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := fixture(t, tc.name)
			if got := discrepancyTexts(b); !slices.Equal(got, tc.discrepancies) {
				t.Errorf("discrepancies: got %q, want %q", got, tc.discrepancies)
			}
			for open, want := range tc.quotes {
				got := "none"
				for _, q := range b.Quotes {
					if strings.HasPrefix(q.Text, open) {
						got = fmt.Sprintf("%s %d", q.Speaker, q.Independent)
						break
					}
				}
				if got != want {
					t.Errorf("quote %q: got %q, want %q", open, got, want)
				}
			}
			for written, want := range tc.dates {
				day, _ := time.Parse(time.DateOnly, want)
				for _, f := range b.Figures {
					if f.Unit == figures.DateUnit && strings.TrimSuffix(strings.TrimSuffix(f.Text, "’s"), "'s") == written &&
						f.Value != float64(day.Unix()/86400) {
						t.Errorf("%q in %q: got day %v, want %s", written, f.Context, f.Value, want)
					}
				}
			}
			entity := func(mention string) string {
				for _, e := range b.Entities {
					if e.Name == mention || slices.Contains(e.Variants, mention) {
						return e.Name
					}
				}
				return ""
			}
			for _, p := range tc.sameEntity {
				if a, c := entity(p[0]), entity(p[1]); a == "" || a != c {
					t.Errorf("%q is entity %q and %q is %q; want one entity", p[0], a, p[1], c)
				}
			}
			for _, p := range tc.apart {
				if a, c := entity(p[0]), entity(p[1]); a == "" || a == c {
					t.Errorf("%q is entity %q and %q is %q; want two entities", p[0], a, p[1], c)
				}
			}
			if len(b.Summary) == 0 || !strings.HasPrefix(b.Summary[0].Text, tc.lead) {
				t.Errorf("summary: got %v, want it to open with %q", b.Summary, tc.lead)
			}
		})
	}
}

// mustStory is Story for a test: its error fails the test.
func mustStory(t testing.TB, ctx context.Context, s crosscheck.Story, arts []crosscheck.Article) crosscheck.StoryBriefing {
	t.Helper()
	b, err := Story(ctx, s, arts)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
