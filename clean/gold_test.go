package clean

import (
	"strconv"
	"strings"
	"testing"

	"crosscheck"
	"crosscheck/internal/testcorpus"
	"crosscheck/internal/textproc"
)

// seedsGold is the part of ../testdata/seeds-gold.json that cleaning is
// judged by.
type seedsGold struct {
	Articles []testcorpus.GoldArticle `json:"articles"`
	NotBody  struct {
		Lines []string `json:"lines"`
	} `json:"not_body_text"`
	OffTopic struct {
		Paragraphs []struct {
			File string `json:"file"`
			Text string `json:"text"`
		} `json:"paragraphs_starting_with"`
	} `json:"off_topic"`
}

// underivable lists the gold fields that no reading of the text alone can
// give, with the reason. The test checks the rest.
var underivable = map[string]string{
	"000#1 published": "the text carries no date; the gold day comes from knowing the event",
	"001#1 published": "the text carries no date",
	"001#2 published": "the text carries no date",
	"002#1 published": "the text carries no date",
	"003#1 published": "the text carries no date",
	// The text shows whose story it is ("Cook and Copp write for the
	// Associated Press") but not that another outlet republished it.
	"000#1 outlet": "'(republished)' is known from outside the file",
}

// crossheads are the sub-headings the gold notes name.
var crossheads = []string{
	"Trump and Defense Secretary Question Ukraine’s NATO Prospects",
	"Hegseth in Brussels",
	"‘Stark strategic realities’",
}

func TestSeedsGold(t *testing.T) {
	var gold seedsGold
	testcorpus.Gold(t, &gold)
	out := cleanSeeds(t)
	if got, want := len(out.Articles), len(gold.Articles); got != want {
		t.Errorf("got %d articles, want %d", got, want)
	}
	byKey := map[string]crosscheck.Article{}
	for _, a := range out.Articles {
		byKey[a.File+"#"+itoa(a.Part)] = a
	}
	for _, g := range gold.Articles {
		a, ok := byKey[g.File+"#"+itoa(g.Part)]
		if !ok {
			t.Errorf("%s: no article for %s part %d", g.ID, g.File, g.Part)
			continue
		}
		t.Run(g.ID, func(t *testing.T) {
			if want := crosscheck.ArticleID(a.File, "", g.Part); a.ID != want {
				t.Errorf("id: got %q, want %q from %s part %d", a.ID, want, a.File, g.Part)
			}
			// Quotes are compared folded: the gold writes one ending
			// with straight quotes where the file has curly ones.
			if !strings.HasPrefix(textproc.Fold(a.Text), textproc.Fold(g.Starts)) {
				t.Errorf("body starts %.80q, want %q", a.Text, g.Starts)
			}
			if !strings.HasSuffix(textproc.Fold(a.Text), textproc.Fold(g.Ends)) {
				t.Errorf("body ends %q, want %q", tail(a.Text, 80), g.Ends)
			}
			check := func(field, got, want string) {
				if why, ok := underivable[g.ID+" "+field]; ok {
					t.Logf("%s not checked: %s (got %q, gold %q)", field, why, got, want)
					return
				}
				if got != want {
					t.Errorf("%s: got %q, want %q", field, got, want)
				}
			}
			want := ""
			if g.Outlet != nil {
				want = *g.Outlet
			}
			check("outlet", a.Outlet, want)
			check("published", a.Published.String(), g.Published)
			check("dateline", a.Dateline, g.Dateline)
			if g.Title != "" {
				check("title", a.Title, g.Title)
			}
			if g.Authors != nil {
				check("authors", strings.Join(a.Authors, "; "), strings.Join(g.Authors, "; "))
			}
			if a.Language != "en" {
				t.Errorf("language: got %q, want en", a.Language)
			}
		})
	}

	// Nothing that is not body text stays in a body.
	for _, a := range out.Articles {
		for _, p := range a.Paragraphs() {
			for _, l := range gold.NotBody.Lines {
				// Short lines such as an outlet's name may well occur
				// inside a sentence; they must not be a paragraph.
				if p == l || len(l) > 40 && strings.Contains(p, l) {
					t.Errorf("%s: body keeps %q", a.ID, l)
				}
			}
			for _, c := range crossheads {
				if p == c {
					t.Errorf("%s: body keeps the crosshead %q", a.ID, c)
				}
			}
			for _, o := range gold.OffTopic.Paragraphs {
				if strings.HasPrefix(p, o.Text) {
					t.Errorf("%s: body keeps the off-topic paragraph %.60q", a.ID, o.Text)
				}
			}
		}
	}
	dropped := map[string]crosscheck.DropKind{}
	for _, d := range out.Dropped {
		dropped[textproc.Normalize(d.Text)] = d.Kind
	}
	for _, l := range gold.NotBody.Lines {
		if _, ok := dropped[l]; !ok {
			t.Errorf("%q is not reported as dropped", l)
		}
	}
	for _, c := range crossheads {
		if k := dropped[c]; k != crosscheck.DropCrosshead {
			t.Errorf("%q dropped as %q, want crosshead", c, k)
		}
	}
	for _, o := range gold.OffTopic.Paragraphs {
		found := false
		for _, d := range out.Dropped {
			if d.File == o.File && d.Kind == crosscheck.DropOffTopic && strings.HasPrefix(d.Text, o.Text) {
				found = true
			}
		}
		if !found {
			t.Errorf("off-topic paragraph %.60q of %s not dropped as offtopic", o.Text, o.File)
		}
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

func itoa(n int) string { return strconv.Itoa(n) }
