package discrepancy

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestMarkUpdates(t *testing.T) {
	at := func(h int) crosscheck.Date {
		return crosscheck.Date{Time: time.Date(2025, time.March, 5, h, 0, 0, 0, time.UTC)}
	}
	arts := []crosscheck.Article{{ID: "a", Published: at(14)}, {ID: "b", Published: at(8)}, {ID: "c", Published: at(8)}, {ID: "d"}}
	disc := func(ids ...string) crosscheck.Discrepancy {
		d := crosscheck.Discrepancy{Kind: crosscheck.FigureDiscrepancy}
		for _, id := range ids {
			d.Variants = append(d.Variants, crosscheck.Cited{Text: "figure in " + id, Articles: []string{id}})
		}
		return d
	}
	tests := []struct {
		name   string
		in     crosscheck.Discrepancy
		origin map[string]string
		want   crosscheck.Discrepancy
	}{
		{"a later report of one origin", disc("a", "b"), map[string]string{"a": "AP", "b": "AP"}, crosscheck.Discrepancy{
			Kind:     crosscheck.FigureDiscrepancy,
			Variants: []crosscheck.Cited{{Text: "figure in b", Articles: []string{"b"}}, {Text: "figure in a", Articles: []string{"a"}}},
			Update:   true, Times: []crosscheck.Date{at(8), at(14)},
		}},
		{"two origins disagree", disc("a", "b"), map[string]string{"a": "AP", "b": "Reuters"}, disc("a", "b")},
		{"published at one time", disc("b", "c"), map[string]string{"b": "AP", "c": "AP"}, disc("b", "c")},
		{"an undated report", disc("a", "d"), map[string]string{"a": "AP", "d": "AP"}, disc("a", "d")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := []crosscheck.Discrepancy{tc.in}
			MarkUpdates(ds, arts, tc.origin)
			if diff := cmp.Diff(tc.want, ds[0]); diff != "" {
				t.Errorf("MarkUpdates mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
