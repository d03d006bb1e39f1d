package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/testcorpus"
	"crosscheck/internal/textproc"
)

// seedsGold is the part of testdata/seeds-gold.json that a briefing is
// checked against.
type seedsGold struct {
	Articles []struct {
		ID   string `json:"id"`
		File string `json:"file"`
		Part int    `json:"part"`
	} `json:"articles"`
	OffTopic struct {
		Paragraphs []struct {
			Text string `json:"text"`
		} `json:"paragraphs_starting_with"`
	} `json:"off_topic"`
	Stories    []struct{ Articles []string } `json:"stories"`
	Provenance struct {
		WireGroups []struct {
			Articles []string `json:"articles"`
		} `json:"wire_groups"`
		PartlyDerived []struct {
			Article string `json:"article"`
		} `json:"partly_derived"`
		IndependentOutlets []string `json:"independent_outlets"`
	} `json:"provenance"`
	Corroboration []struct {
		Fact               string   `json:"fact"`
		ReportedIn         []string `json:"reported_in"`
		IndependentAtLeast int      `json:"independent_sources_at_least"`
		IndependentExactly int      `json:"independent_sources"`
	} `json:"corroboration"`
	Entities []struct {
		Name     string   `json:"name"`
		Kind     string   `json:"kind"`
		Variants []string `json:"variants"`
	} `json:"entities"`
	Equivalent    []struct{ A, B string } `json:"equivalent_not_discrepant"`
	Discrepancies []struct {
		Kind     string `json:"kind"`
		Variants []struct {
			Text     string   `json:"text"`
			Articles []string `json:"articles"`
		} `json:"variants"`
	} `json:"discrepancies"`
	Quotes []struct {
		Speaker  string   `json:"speaker"`
		Text     string   `json:"text"`
		Articles []string `json:"articles"`
	} `json:"quotes"`
}

// briefSeeds runs "crosscheck brief --format json" on the seeds.
func briefSeeds(t *testing.T) (*crosscheck.Briefing, string) {
	t.Helper()
	code, stdout, stderr := runCmd(t, "", "brief", "--format", "json", seedsDir)
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
	}
	var b crosscheck.Briefing
	if err := json.Unmarshal([]byte(stdout), &b); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return &b, stdout
}

func TestBriefGolden(t *testing.T) {
	for _, format := range []string{"json", "md"} {
		t.Run(format, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", "brief", "--format", format, seedsDir)
			if code != 0 {
				t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
			}
			golden := filepath.Join("testdata", "brief-seeds.golden."+format)
			if *update {
				if err := os.WriteFile(golden, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/crosscheck -run Brief -update)", err)
			}
			if diff := cmp.Diff(string(want), stdout); diff != "" {
				t.Errorf("brief --format %s mismatch (-want +got):\n%s", format, diff)
			}
		})
	}
}

func TestBriefHTMLOut(t *testing.T) {
	out := filepath.Join(t.TempDir(), "brief.html")
	code, stdout, stderr := runCmd(t, "", "brief", "--format", "html", "--out", out, seedsDir)
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("with --out, stdout: got %d bytes, want none", len(stdout))
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(page), "<!DOCTYPE html>") || !strings.Contains(string(page), "<h2>What happened</h2>") {
		t.Errorf("--out file is not the briefing page:\n%.300s", page)
	}
}

func TestBriefUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no paths", []string{"brief"}},
		{"unknown format", []string{"brief", "--format", "pdf", seedsDir}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, _ := runCmd(t, "", tc.args...); code != 2 {
				t.Errorf("exit code: got %d, want 2", code)
			}
		})
	}
}

func TestBriefBadInputKeepsOthers(t *testing.T) {
	dir := t.TempDir()
	good := "WASHINGTON — The city council approved a budget on Tuesday. The mayor said the vote was close.\n"
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "", "brief", "--format", "json", dir)
	if code != 1 {
		t.Errorf("exit code: got %d, want 1", code)
	}
	if !strings.Contains(stderr, "empty.txt") {
		t.Errorf("stderr does not name the bad input: %q", stderr)
	}
	var b crosscheck.Briefing
	if err := json.Unmarshal([]byte(stdout), &b); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(b.Stories) != 1 || len(b.Errors) != 1 {
		t.Errorf("got %d stories and %d errors, want 1 and 1", len(b.Stories), len(b.Errors))
	}
}

// TestBriefAnalysisBudget checks that a report over its analysis budget
// is named in errors and the exit status, not briefed, and not fatal.
func TestBriefAnalysisBudget(t *testing.T) {
	dir := t.TempDir()
	good := "WASHINGTON — The city council approved a budget on Tuesday. The mayor said the vote was close.\n"
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "", "brief", "--format", "json", "--analysis-budget", "1ns", dir)
	if code != 1 {
		t.Errorf("exit code: got %d, want 1", code)
	}
	if !strings.Contains(stderr, "good.txt") || !strings.Contains(stderr, "budget") {
		t.Errorf("stderr does not name the report over budget: %q", stderr)
	}
	var b crosscheck.Briefing
	if err := json.Unmarshal([]byte(stdout), &b); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(b.Errors) != 1 || !strings.HasSuffix(b.Errors[0].File, "good.txt") {
		t.Errorf("got errors %+v, want good.txt over budget", b.Errors)
	}
	if len(b.Stories) != 1 || len(b.Stories[0].Articles) != 0 {
		t.Errorf("got %+v, want one story with no article briefed", b.Stories)
	}
}

// TestBriefSeedsGold checks the seeds' briefing against every item of
// seeds-gold.json's provenance, corroboration, entities,
// equivalent_not_discrepant, discrepancies and quotes.
func TestBriefSeedsGold(t *testing.T) {
	var gold seedsGold
	testcorpus.Gold(t, &gold)
	b, _ := briefSeeds(t)

	// Gold ids ("001#2") name a file and a part; map them to ours.
	ours := map[string]string{}
	for _, s := range b.Stories {
		for _, a := range s.Articles {
			for _, g := range gold.Articles {
				if filepath.Base(a.File) == g.File && a.Part == g.Part {
					ours[g.ID] = a.ID
				}
			}
		}
	}
	id := func(g string) string {
		if v, ok := ours[g]; ok {
			return v
		}
		t.Fatalf("gold article %s is in no story", g)
		return ""
	}
	ids := func(gs []string) []string {
		var out []string
		for _, g := range gs {
			out = append(out, id(g))
		}
		return out
	}

	t.Run("stories", func(t *testing.T) {
		if len(b.Stories) != 1 {
			t.Fatalf("got %d stories, want 1", len(b.Stories))
		}
		if got, want := len(b.Stories[0].Articles), len(gold.Stories[0].Articles); got != want {
			t.Errorf("got %d articles in the story, want %d", got, want)
		}
	})
	if len(b.Stories) == 0 {
		return
	}
	s := b.Stories[0]
	origin := map[string]string{}
	credits := map[string][]string{}
	for _, a := range s.Articles {
		origin[a.ID] = a.Origin
		credits[a.ID] = a.Credits
	}

	t.Run("provenance", func(t *testing.T) {
		for _, g := range gold.Provenance.WireGroups {
			group := ids(g.Articles)
			o := origin[group[0]]
			for _, a := range group {
				if origin[a] != o {
					t.Errorf("origin of %s: got %q, want %q (shared with %s)", a, origin[a], o, group[0])
				}
			}
			for a, oa := range origin {
				if oa == o && !contains(group, a) {
					t.Errorf("%s outside the wire group has its origin %q", a, o)
				}
			}
			for _, p := range gold.Provenance.PartlyDerived {
				a := id(p.Article)
				if origin[a] == o {
					t.Errorf("partly derived %s: got origin %q, want its own", a, o)
				}
				if !contains(credits[a], o) {
					t.Errorf("partly derived %s: credits %v, want them to name %q", a, credits[a], o)
				}
			}
		}
		distinct := map[string]bool{}
		for _, o := range origin {
			distinct[o] = true
		}
		if got, want := len(distinct), len(gold.Provenance.IndependentOutlets); got != want {
			t.Errorf("got %d independent origins %v, want %d", got, distinct, want)
		}
	})

	t.Run("corroboration", func(t *testing.T) {
		for _, g := range gold.Corroboration {
			want := ids(g.ReportedIn)
			f, ok := bestFact(s.Facts, g.Fact, want)
			if !ok {
				t.Errorf("no fact carried by %v like %q", want, g.Fact)
				continue
			}
			if g.IndependentAtLeast > 0 && f.Independent < g.IndependentAtLeast {
				t.Errorf("fact %q: got %d independent, want at least %d", f.Text, f.Independent, g.IndependentAtLeast)
			}
			if g.IndependentExactly > 0 && f.Independent != g.IndependentExactly {
				t.Errorf("fact %q: got %d independent, want %d", f.Text, f.Independent, g.IndependentExactly)
			}
		}
	})

	t.Run("entities", func(t *testing.T) {
		for _, g := range gold.Entities {
			var found *crosscheck.Entity
			for i, e := range s.Entities {
				if strings.EqualFold(e.Name, g.Name) {
					found = &s.Entities[i]
				}
			}
			if found == nil {
				t.Errorf("no entity named %q", g.Name)
				continue
			}
			if string(found.Kind) != g.Kind {
				t.Errorf("entity %q: got kind %s, want %s", g.Name, found.Kind, g.Kind)
			}
			for _, v := range g.Variants {
				if !containsFold(found.Variants, v) {
					t.Errorf("entity %q: variant %q missing from %v", g.Name, v, found.Variants)
				}
			}
		}
	})

	t.Run("equivalent not discrepant", func(t *testing.T) {
		for _, g := range gold.Equivalent {
			for _, d := range s.Discrepancies {
				var hasA, hasB bool
				for _, v := range d.Variants {
					hasA = hasA || strings.Contains(textproc.Fold(v.Text), textproc.Fold(g.A))
					hasB = hasB || strings.Contains(textproc.Fold(v.Text), textproc.Fold(g.B))
				}
				if hasA && hasB {
					t.Errorf("%q and %q are equivalent, but reported as a %s discrepancy: %s", g.A, g.B, d.Kind, d.About)
				}
			}
		}
	})

	t.Run("discrepancies", func(t *testing.T) {
	gold:
		for _, g := range gold.Discrepancies {
			for _, d := range s.Discrepancies {
				if string(d.Kind) != g.Kind {
					continue
				}
				all := true
				for _, gv := range g.Variants {
					all = all && hasVariant(d.Variants, gv.Text, ids(gv.Articles))
				}
				if all {
					continue gold
				}
			}
			t.Errorf("no %s discrepancy with the variants %+v", g.Kind, g.Variants)
		}
	})

	t.Run("quotes", func(t *testing.T) {
	gold:
		for _, g := range gold.Quotes {
			want := comparable(g.Text)
			for _, q := range s.Quotes {
				texts := []string{q.Text}
				for _, v := range q.Variants {
					texts = append(texts, v.Text)
				}
				match := false
				for _, tx := range texts {
					match = match || strings.Contains(comparable(tx), want)
				}
				if match && q.Speaker == g.Speaker && subset(ids(g.Articles), q.Articles) {
					continue gold
				}
			}
			t.Errorf("no quote of %s with %q in %v", g.Speaker, g.Text, g.Articles)
		}
	})

	t.Run("summary", func(t *testing.T) {
		if n := len(s.Summary); n < 3 || n > 10 {
			t.Errorf("got %d summary sentences, want 3 to 10", n)
		}
		var all string
		for _, c := range s.Summary {
			if len(c.Articles) == 0 {
				t.Errorf("summary sentence %q cites no article", c.Text)
			}
			all += " " + c.Text
		}
		// The story's two threads: the defence secretary at NATO, and the
		// presidents' call.
		threads := []struct {
			who   string
			about []string
		}{
			{"Hegseth", []string{"NATO"}},
			{"Putin", []string{"call", "conversation", "phone", "spoke", "talks", "negotiations"}},
		}
	thread:
		for _, th := range threads {
			for _, c := range s.Summary {
				if !strings.Contains(c.Text, th.who) {
					continue
				}
				for _, w := range th.about {
					if strings.Contains(c.Text, w) {
						continue thread
					}
				}
			}
			t.Errorf("summary misses the thread of %s and %v:%s", th.who, th.about, all)
		}
		for _, p := range gold.OffTopic.Paragraphs {
			words := strings.Fields(p.Text)
			if strings.Contains(all, strings.Join(words[:6], " ")) {
				t.Errorf("summary carries the off-topic paragraph %q", p.Text)
			}
		}
	})
}

// comparable folds s and keeps only its words, so that quotes compare
// whatever their punctuation and typography.
func comparable(s string) string { return strings.Join(textproc.FoldedWords(s), " ") }

// bestFact returns the fact carried by at least the articles want whose
// words overlap text most, if any shares at least half of text's words.
func bestFact(facts []crosscheck.Fact, text string, want []string) (crosscheck.Fact, bool) {
	goal := textproc.ContentWords(text)
	var best crosscheck.Fact
	bestScore := 0.0
	for _, f := range facts {
		if !subset(want, f.Articles) {
			continue
		}
		have := map[string]bool{}
		for _, w := range textproc.ContentWords(f.Text) {
			have[w] = true
		}
		n := 0
		for _, w := range goal {
			if have[w] {
				n++
			}
		}
		if score := float64(n) / float64(len(goal)); score > bestScore {
			best, bestScore = f, score
		}
	}
	return best, bestScore >= 0.5
}

func hasVariant(vs []crosscheck.Cited, text string, articles []string) bool {
	for _, v := range vs {
		if strings.Contains(textproc.Fold(v.Text), textproc.Fold(text)) && subset(articles, v.Articles) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if textproc.Fold(v) == textproc.Fold(s) {
			return true
		}
	}
	return false
}

func subset(small, big []string) bool {
	for _, s := range small {
		if !contains(big, s) {
			return false
		}
	}
	return true
}
