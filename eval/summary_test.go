package eval

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestRougeTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"case and punctuation", "The U.S. fell 5%, Trump's", []string{"the", "u", "s", "fell", "5", "trump", "s"}},
		{"accents split a word", "Peña Nieto", []string{"pe", "a", "nieto"}},
		{"empty", " -- ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, RougeTokens(tc.in)); diff != "" {
				t.Errorf("RougeTokens(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestRouge(t *testing.T) {
	tests := []struct {
		name      string
		n         int
		cand, ref string
		want      float64
	}{
		{"identical", 1, "a b c", "a b c", 1},
		{"disjoint", 1, "a b", "c d", 0},
		// 2 of 4 candidate words, 2 of 2 reference words: P 0.5, R 1.
		{"half precision", 1, "a b c d", "a b", 2.0 / 3},
		// "the" twice in the candidate, once in the reference: clipped to 1.
		{"clipped counts", 1, "the the cat", "the cat sat", 2.0 / 3},
		// bigrams: "a b", "b c" vs "a b", "b d": one shared of two each.
		{"bigrams", 2, "a b c", "a b d", 0.5},
		{"too short for a bigram", 2, "a", "a", 0},
		{"empty candidate", 1, "", "a", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Rouge(tc.n, RougeTokens(tc.cand), RougeTokens(tc.ref))
			if math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("Rouge(%d, %q, %q): got %.4f, want %.4f", tc.n, tc.cand, tc.ref, got, tc.want)
			}
		})
	}
}

func TestScoreSummariesCutsToReference(t *testing.T) {
	stories := []SummaryStory{
		{ID: "1", Reference: "a b", Articles: []crosscheck.Article{{ID: "1-1", Text: "a b c d"}}},
		{ID: "2", Reference: "x y", Articles: []crosscheck.Article{{ID: "2-1", Text: "z"}}},
	}
	sc, err := ScoreSummaries(context.Background(), stories, func(arts []crosscheck.Article) string { return arts[0].Text })
	if err != nil {
		t.Fatal(err)
	}
	// Story 1: R-1 2/3 as written, 1 cut to "a b"; story 2 scores 0.
	want := RougeScore{Stories: 2, R1: 100.0 / 3, R1Cut: 50, R2: 100 * (2.0 / 4) / 2, R2Cut: 50, MeanTokens: 2.5, MeanRefLen: 2}
	if diff := cmp.Diff(want, sc, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })); diff != "" {
		t.Errorf("ScoreSummaries (-want +got):\n%s", diff)
	}
}

func TestLoadRoundups(t *testing.T) {
	dir := t.TempDir()
	src := "TITLE=> One. ARTICLE=> First lead. [SEP] TITLE=> Two. ARTICLE=> Second lead.\nARTICLE=> Only one.\n"
	tgt := "TITLE=> Ref. ARTICLE=> The reference.\nTITLE=> R. ARTICLE=> Another.\n"
	for name, body := range map[string]string{"val.source": src, "val.target": tgt} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := LoadRoundups(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []SummaryStory{
		{ID: "1", Reference: "The reference.", Articles: []crosscheck.Article{
			{ID: "1-1", Title: "One.", Text: "First lead."}, {ID: "1-2", Title: "Two.", Text: "Second lead."}}},
		{ID: "2", Reference: "Another.", Articles: []crosscheck.Article{{ID: "2-1", Text: "Only one."}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadRoundups (-want +got):\n%s", diff)
	}
}

func TestLoadRoundupsErrors(t *testing.T) {
	tests := []struct {
		name     string
		src, tgt string
		want     string
	}{
		{"lines differ", "ARTICLE=> a\nARTICLE=> b\n", "ARTICLE=> a\n", "val.source has 2 lines"},
		{"no article text", "TITLE=> t ARTICLE=>\n", "ARTICLE=> a\n", "no ARTICLE=> text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "val.source"), []byte(tc.src), 0o644)
			os.WriteFile(filepath.Join(dir, "val.target"), []byte(tc.tgt), 0o644)
			_, err := LoadRoundups(dir)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got error %v, want one containing %q", err, tc.want)
			}
		})
	}
	if _, err := LoadRoundups(t.TempDir()); err == nil {
		t.Error("missing files: got no error")
	}
}

func TestLexRankKeepsEverySentence(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "a", Text: "The storm hit the coast on Monday. Roads were closed."},
		{ID: "b", Text: "A storm hit the coast. Schools stayed open."},
	}
	got := LexRank(arts)
	if !strings.HasPrefix(got, "The storm hit the coast on Monday.") && !strings.HasPrefix(got, "A storm hit the coast.") {
		t.Errorf("LexRank: got %q, want a storm sentence first", got)
	}
	if n := len(RougeTokens(got)); n != 18 {
		t.Errorf("LexRank: got %d tokens, want all 18", n)
	}
	if got := LeadBaseline(arts); got != "The storm hit the coast on Monday. A storm hit the coast." {
		t.Errorf("LeadBaseline: got %q", got)
	}
}
