package discrepancy

import (
	"strings"
	"testing"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/internal/testcorpus"
)

// basilEvents reads basil-dev: three outlets' reports of each of fifty
// events, written independently, so that they differ in wording
// everywhere and in fact only here and there.
func basilEvents(t *testing.T) [][]crosscheck.Article {
	t.Helper()
	byEvent := map[string][]crosscheck.Article{}
	var order []string
	for _, d := range testcorpus.BASIL(t) {
		pub, _ := crosscheck.ParseDate(d.Date)
		if _, ok := byEvent[d.Triplet]; !ok {
			order = append(order, d.Triplet)
		}
		byEvent[d.Triplet] = append(byEvent[d.Triplet], crosscheck.Article{
			ID: strings.ToLower(d.Source), Outlet: d.Source, Published: pub, Text: d.Text(),
		})
	}
	var out [][]crosscheck.Article
	for _, k := range order {
		out = append(out, byEvent[k])
	}
	return out
}

// TestBasilFalseAlarms bounds the statement discrepancies raised between
// independent reports of one event. Most of what such reports share they word
// differently, so nearly every raised statement would be a false alarm.
func TestBasilFalseAlarms(t *testing.T) {
	events := basilEvents(t)
	n := 0
	for _, arts := range events {
		set := entities.Extract(arts)
		for _, d := range Find(arts, set.Entities, nil, nil, nil) {
			t.Logf("%s: %s %v", d.Kind, d.About, d.Variants)
			// Figures are checked against the annotations, in
			// TestBasilFigureAlarms.
			if d.Kind == crosscheck.ClaimDiscrepancy {
				n++
			}
		}
	}
	if limit := len(events) / 10; n > limit {
		t.Errorf("got %d statement discrepancies in %d events, want at most %d", n, len(events), limit)
	}
}
