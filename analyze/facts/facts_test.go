package facts

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze/provenance"
)

// find returns the fact whose text contains sub, or nil.
func find(fs []crosscheck.Fact, sub string) *crosscheck.Fact {
	for i := range fs {
		if strings.Contains(fs[i].Text, sub) {
			return &fs[i]
		}
	}
	return nil
}

// factOf returns the fact carrying the article's sentence that contains
// sub, or nil.
func factOf(fs []crosscheck.Fact, arts []crosscheck.Article, id, sub string) *crosscheck.Fact {
	for i := range fs {
		if !slices.Contains(fs[i].Articles, id) {
			continue
		}
		for _, a := range arts {
			if a.ID == id && strings.Contains(a.Text, sub) && strings.Contains(fs[i].Text, sub) {
				return &fs[i]
			}
		}
	}
	return nil
}

func TestAlign(t *testing.T) {
	wire := crosscheck.Article{ID: "wire", Outlet: "Reuters", Text: "LONDON (Reuters) — The city council approved a plan on Monday to build 4,000 new homes on the site of the old gasworks.\n\n" +
		"Opponents argued that the site was still contaminated and that the cleanup would cost far more than the budget allowed.\n\n" +
		"The mayor said the homes would be finished by 2030."}
	copy := crosscheck.Article{ID: "copy", Outlet: "Daily Bugle", Text: "The city council approved a plan on Monday to build 4,000 new homes on the site of the former gasworks.\n\n" +
		"Opponents argued that the site was still contaminated and that the cleanup would cost far more than the budget allowed.\n\n" +
		"A spokesman for the developer declined to comment."}
	wrong := crosscheck.Article{ID: "wrong", Outlet: "Evening Post", Text: "Councillors on Monday approved a plan to build 40,000 new homes at the old gasworks site.\n\n" +
		"The mayor said the homes would be finished by 2030."}
	para := crosscheck.Article{ID: "para", Outlet: "East Side News", Text: "Critics said the site was still contaminated and that cleaning it up would cost more than the council's budget allowed.\n\n" +
		"The mayor expects the new homes to be finished and occupied by 2030."}
	quote1 := crosscheck.Article{ID: "q1", Outlet: "Daily Bugle", Text: "“We will build the homes this city needs, and we will build them on time,” the mayor said at the meeting."}
	quote2 := crosscheck.Article{ID: "q2", Outlet: "Evening Post", Text: "The mayor promised that the city would build the homes it needs and would build them on time."}
	other := crosscheck.Article{ID: "other", Outlet: "Sports Daily", Text: "The home team won the cup final on penalties after a goalless draw."}

	tests := []struct {
		name     string
		arts     []crosscheck.Article
		article  string // the article whose sentence is checked
		sentence string // a part of the sentence
		want     []string
		wantInd  int
	}{
		{
			name: "wire copy counts once", arts: []crosscheck.Article{wire, copy, wrong, para},
			article: "copy", sentence: "Opponents argued", want: []string{"wire", "copy", "para"}, wantInd: 2,
		},
		{
			name: "wrong figure is not the same fact", arts: []crosscheck.Article{wire, copy, wrong, para},
			article: "wrong", sentence: "40,000", want: []string{"wrong"}, wantInd: 1,
		},
		{
			name: "right figure keeps its copies", arts: []crosscheck.Article{wire, copy, wrong, para},
			article: "wire", sentence: "4,000 new homes", want: []string{"wire", "copy"}, wantInd: 1,
		},
		{
			name: "paraphrase joins the wire sentence and its repeat, which count once", arts: []crosscheck.Article{wire, copy, wrong, para},
			article: "para", sentence: "finished and occupied", want: []string{"wire", "wrong", "para"}, wantInd: 2,
		},
		{
			name: "quote reworded", arts: []crosscheck.Article{quote1, quote2},
			article: "q1", sentence: "on time", want: []string{"q1", "q2"}, wantInd: 2,
		},
		{
			name: "unrelated sentence stands alone", arts: []crosscheck.Article{wire, other},
			article: "other", sentence: "penalties", want: []string{"other"}, wantInd: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := Align(tc.arts, provenance.Analyze(tc.arts))
			f := factOf(fs, tc.arts, tc.article, tc.sentence)
			if f == nil {
				// The representative may be another article's wording.
				for i := range fs {
					if slices.Contains(fs[i].Articles, tc.article) && len(fs[i].Articles) == len(tc.want) {
						f = &fs[i]
					}
				}
			}
			if f == nil {
				t.Fatalf("no fact carries %q of %s; facts: %+v", tc.sentence, tc.article, fs)
			}
			want := slices.Clone(tc.want)
			order := map[string]int{}
			for i, a := range tc.arts {
				order[a.ID] = i
			}
			slices.SortFunc(want, func(a, b string) int { return order[a] - order[b] })
			if diff := cmp.Diff(want, f.Articles); diff != "" {
				t.Errorf("articles of %q (-want +got):\n%s", f.Text, diff)
			}
			if f.Independent != tc.wantInd {
				t.Errorf("independent of %q: got %d, want %d", f.Text, f.Independent, tc.wantInd)
			}
		})
	}
}

func TestAlignOrderAndFields(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "a", Outlet: "Daily Bugle", Text: "The bridge over the river closed on Tuesday for urgent repairs. A cyclist was hurt."},
		{ID: "b", Outlet: "Evening Post", Text: "Engineers closed the river bridge on Tuesday for urgent repairs."},
		{ID: "c", Text: "The river bridge was shut on Tuesday so that urgent repairs could be made."},
	}
	fs := Align(arts, nil)
	if len(fs) != 2 {
		t.Fatalf("got %d facts, want 2: %+v", len(fs), fs)
	}
	want := crosscheck.Fact{
		Text:        fs[0].Text,
		Articles:    []string{"a", "b", "c"},
		Outlets:     []string{"Daily Bugle", "Evening Post"},
		Independent: 3,
	}
	if diff := cmp.Diff(want, fs[0]); diff != "" {
		t.Errorf("first fact mismatch (-want +got):\n%s", diff)
	}
	if got := fs[1].Articles; !slices.Equal(got, []string{"a"}) {
		t.Errorf("second fact articles: got %v, want [a]", got)
	}
	if got := Align(nil, nil); len(got) != 0 {
		t.Errorf("Align(nil) = %v, want no facts", got)
	}
}

func TestStem(t *testing.T) {
	tests := map[string]string{
		"unrealistic": stem("realistic"),
		"defence":     stem("defense"),
		"negotiated":  stem("negotiate"),
		"troops":      stem("troop"),
		"colour":      stem("color"),
	}
	for in, want := range tests {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
	if stem("united") == stem("it") {
		t.Errorf("stem stripped a short prefix")
	}
}

func TestNumbersAgree(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{nil, []string{"5"}, true},
		{[]string{"126", "66.5"}, []string{"66.5"}, true},
		{[]string{"4000"}, []string{"40000"}, false},
	}
	for _, tc := range tests {
		if got := numbersAgree(tc.a, tc.b); got != tc.want {
			t.Errorf("numbersAgree(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	if got := numbers("It cost $1,250.5 million, up 3%."); !slices.Equal(got, []string{"1250.5", "3"}) {
		t.Errorf("numbers = %v, want [1250.5 3]", got)
	}
}

func TestRepresentativeStandsAlone(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "a", Text: "The mayor spoke after the vote. She said the river bridge would reopen on Friday after urgent repairs."},
		{ID: "b", Text: "The river bridge will reopen on Friday after urgent repairs, the mayor said."},
		{ID: "c", Text: "Officials said the river bridge would reopen on Friday once urgent repairs were done."},
	}
	f := find(Align(arts, nil), "reopen")
	if f == nil {
		t.Fatal("no fact about the bridge")
	}
	if dependent(f.Text) {
		t.Errorf("fact text %q leans on an earlier sentence; want a wording that stands alone", f.Text)
	}
	if len(f.Articles) != 3 {
		t.Errorf("fact articles: got %v, want a, b and c", f.Articles)
	}
}

// TestCandidateLinksBounded checks that a wording is compared with at most
// maxFollowers later wordings through a term that every wording of a big
// story shares, and that the wordings of one statement still make one fact.
func TestCandidateLinksBounded(t *testing.T) {
	n := 3 * maxFollowers
	arts := make([]crosscheck.Article, n)
	for i := range arts {
		// A made-up word of its own makes each report's wording distinct.
		own := string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + "zqx"
		arts[i] = crosscheck.Article{ID: fmt.Sprint("r", i), Outlet: fmt.Sprint("Outlet ", i),
			Text: "The harbour council approved the new ferry terminal plan on Monday after a long public debate " +
				"about costs, delays, parking, noise and traffic near the old quay and " + own + "."}
	}
	units, idf := prepare(arts, nil)
	if len(units) != n {
		t.Fatalf("%d wordings, want %d", len(units), n)
	}
	links := candidateLinks(units, idf)
	from := make([]int, len(units))
	for _, l := range links {
		from[l.a]++
	}
	if m := slices.Max(from); m == 0 || m > maxFollowers {
		t.Errorf("a wording links to %d later ones, want 1 to %d", m, maxFollowers)
	}
	fs := Align(arts, nil)
	if len(fs) == 0 || len(fs[0].Articles) != n {
		t.Errorf("first fact has %d articles, want all %d", len(fs[0].Articles), n)
	}
}
