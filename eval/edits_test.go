package eval

import (
	"context"
	"strings"
	"testing"
	"time"

	"crosscheck"
)

// editStory is two reports of one fire that state the same figures,
// day, names, claim and quotation in matching sentences.
func editStory() EditStory {
	a := crosscheck.Article{ID: "a", Title: "Warehouse fire in Dayton", Language: "en",
		Published: crosscheck.Day(2026, time.March, 5),
		Text: "A fire destroyed a warehouse in Dayton on Tuesday, and 40 firefighters fought the blaze for six hours. " +
			"Fire Chief Jeffrey Payne said the owner was arrested after the fire. " +
			"\"We could not save the building, but we kept the flames away from the homes,\" Payne said. " +
			"The damage was put at 12 percent of the site's value."}
	b := crosscheck.Article{ID: "b", Title: "Dayton warehouse burns", Language: "en",
		Published: crosscheck.Day(2026, time.March, 5),
		Text: "A fire destroyed a large warehouse in Dayton on Tuesday as 40 firefighters fought the blaze for hours. " +
			"Payne, the fire chief, said the owner was arrested late Tuesday. " +
			"\"We could not save the building, but we kept the flames away from the homes,\" Chief Payne told reporters. " +
			"Officials put the damage at 12 percent of the site's value."}
	return EditStory{ID: "fire", Articles: []crosscheck.Article{a, b}}
}

func TestPlanEdits(t *testing.T) {
	s := editStory()
	edits := PlanEdits(s, 1, 10, map[string]bool{})
	kinds := map[EditKind][]Edit{}
	for _, e := range edits {
		kinds[e.Kind] = append(kinds[e.Kind], e)
	}
	for _, k := range []EditKind{EditFigure, EditWeekday, EditName, EditNegation, EditQuote, EditPercentSign, EditEllipsis} {
		if len(kinds[k]) == 0 {
			t.Errorf("no %s edit planned; planned %v", k, edits)
		}
	}
	for _, e := range edits {
		got := e.Apply(s.Articles)
		var text, orig string
		for i, a := range got {
			if a.ID == e.Article {
				text, orig = a.Text, s.Articles[i].Text
			}
		}
		if text == orig {
			t.Errorf("%v: the text did not change", e)
		}
		if !strings.Contains(text, e.New) {
			t.Errorf("%v: the edited text lacks %q", e, e.New)
		}
		if e.OtherArticle == e.Article || e.OtherArticle == "" {
			t.Errorf("%v: counterpart %q", e, e.OtherArticle)
		}
	}
	// The name is misspelt wherever the report writes it.
	for _, e := range kinds[EditName] {
		if e.Old != "Payne" {
			continue
		}
		for _, a := range e.Apply(s.Articles) {
			if a.ID == e.Article && strings.Contains(a.Text, "Payne") {
				t.Errorf("%v: %q still holds the name as written", e, a.Text)
			}
		}
	}
	// A word in common is no name, whatever its capital.
	for _, e := range PlanEdits(s, 1, 10, map[string]bool{"payne": true}) {
		if e.Kind == EditName && e.Old == "Payne" {
			t.Errorf("planned %v for a word written in lower case", e)
		}
	}
}

func TestRunEdits(t *testing.T) {
	s := editStory()
	rs, err := RunEdits(context.Background(), []EditStory{s}, EditOptions{Seed: 1, PerKind: 10})
	if err != nil {
		t.Fatal(err)
	}
	byKind := map[EditKind][]EditResult{}
	for _, r := range rs {
		byKind[r.Kind] = append(byKind[r.Kind], r)
	}
	caught := func(k EditKind, old string) bool {
		for _, r := range byKind[k] {
			if r.Old == old && r.Caught {
				return true
			}
		}
		return false
	}
	if !caught(EditFigure, "40") {
		t.Errorf("40 firefighters changed in one report raised no disagreement: %+v", byKind[EditFigure])
	}
	if !caught(EditName, "Payne") {
		t.Errorf("Payne misspelt in one report raised no disagreement: %+v", byKind[EditName])
	}
	for _, r := range byKind[EditPercentSign] {
		if len(r.Raised) > 0 {
			t.Errorf("%v raised %+v", r.Edit, r.Raised)
		}
	}
	tally := TallyEdits(rs)
	if len(tally) != len(EditKinds) {
		t.Fatalf("tally of %d kinds, want %d", len(tally), len(EditKinds))
	}
	n := 0
	for _, c := range tally {
		n += c.Planted
	}
	if n != len(rs) {
		t.Errorf("tally counts %d edits of %d", n, len(rs))
	}
}

func TestMisspell(t *testing.T) {
	for _, w := range []string{"Payne", "Parris", "Gomez", "Mattis", "Rahman", "Klitschko"} {
		m, ok := misspell(w)
		if !ok || m == w || len(m) < len(w)-1 || len(m) > len(w) {
			t.Errorf("misspell(%q) = %q, %v", w, m, ok)
		}
	}
}

func TestChangeNumber(t *testing.T) {
	for _, c := range []struct{ in, want string }{{"40", "50"}, {"2,000", "2,500"}, {"12", "15"}, {"6.1", "6.4"}, {"1.9", "2.2"}, {"33.1", "33.4"}, {"1", ""}} {
		got, ok := changeNumber(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("changeNumber(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}
