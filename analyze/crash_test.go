package analyze

import (
	"context"
	"strings"
	"testing"

	"crosscheck"
)

// TestContradictingReports checks that two reports of one crash that
// disagree on whether anyone was arrested and charged are neither taken
// for copies nor merged: the disagreement is flagged and no fact cites a
// report for a sentence it does not carry.
func TestContradictingReports(t *testing.T) {
	scene := "A truck collided with a school bus on Route 9 outside Millbrook on Monday morning, sending six children to the hospital with minor injuries.\n\n" +
		"The crash closed the highway in both directions for three hours while crews cleared the wreckage and towed the truck away.\n\n"
	tests := []struct {
		name, first, second string
	}{
		{"denied in the same words", scene + "A truck driver was arrested at the scene. The driver was charged with reckless driving.",
			scene + "No arrests were made. The truck driver was not charged."},
		{"denied in other words", scene + "A truck driver was arrested at the scene. The driver was charged with reckless driving.",
			scene + "Nobody was arrested, he said. The truck driver was not charged."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := []crosscheck.Article{
				{ID: "first", Outlet: "Daily Bugle", Published: crosscheck.Day(2025, 3, 3), Text: tc.first},
				{ID: "second", Outlet: "Evening Post", Published: crosscheck.Day(2025, 3, 4), Text: tc.second},
			}
			b := mustStory(t, context.Background(), crosscheck.Story{ID: "crash"}, arts)
			for _, a := range b.Articles {
				if a.CopyOf != "" {
					t.Errorf("got %s a copy of %s, want no copies", a.ID, a.CopyOf)
				}
			}
			claims := 0
			for _, d := range b.Discrepancies {
				if d.Kind == crosscheck.ClaimDiscrepancy {
					claims++
				}
			}
			if claims < 2 {
				t.Errorf("got %d claim discrepancies, want the arrest and the charge: %+v", claims, b.Discrepancies)
			}
			for _, f := range b.Facts {
				for _, id := range f.Articles {
					var text string
					for _, a := range arts {
						if a.ID == id {
							text = a.Text
						}
					}
					if strings.Contains(f.Text, "arrest") && !strings.Contains(text, f.Text) {
						t.Errorf("fact %q cited to %s, which does not carry it", f.Text, id)
					}
				}
			}
		})
	}
}
