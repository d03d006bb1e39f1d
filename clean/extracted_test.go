package clean

import (
	"strings"
	"testing"

	"crosscheck"
)

func TestExtractedPage(t *testing.T) {
	body := strings.Join([]string{
		"By Ana Ruiz",
		"Calendário da temporada 2018",
		"1a etapa: 10 de março – Interlagos",
		"The season opens in March with twelve rounds across the country.",
		"Qualified teams",
		"Teams that finished in the top ten last year keep their places.",
		"Advertisement",
		"Ana Ruiz contributed to this report.",
	}, "\n\n")
	doc := crosscheck.Document{Source: "page.html", Format: crosscheck.FormatText, Body: body, Title: "A new season"}
	arts, dropped := Clean(doc, Options{Single: true, Extracted: true})
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	for _, keep := range []string{"Calendário da temporada 2018", "1a etapa: 10 de março", "Qualified teams", "The season opens", "top ten last year"} {
		if !strings.Contains(arts[0].Text, keep) {
			t.Errorf("body lost %q:\n%s", keep, arts[0].Text)
		}
	}
	want := map[crosscheck.DropKind]bool{crosscheck.DropByline: true, crosscheck.DropBoilerplate: true, crosscheck.DropCredit: true}
	got := map[crosscheck.DropKind]bool{}
	for _, d := range dropped {
		got[d.Kind] = true
		if strings.Contains(arts[0].Text, d.Text) {
			t.Errorf("dropped %s %q is still in the body", d.Kind, d.Text)
		}
	}
	for k := range want {
		if !got[k] {
			t.Errorf("nothing dropped as %s; dropped %+v", k, dropped)
		}
	}
	if len(arts[0].Authors) != 1 || arts[0].Authors[0] != "Ana Ruiz" {
		t.Errorf("authors: got %v, want [Ana Ruiz]", arts[0].Authors)
	}
}
