package textproc

import "testing"

func TestLead(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  int
	}{
		{"first sentence", []string{"The council approved a plan on Monday to build new homes downtown.", "More follows."}, 0},
		{"headline line skipped", []string{"Council backs homes", "The council approved a plan on Monday to build new homes downtown."}, 1},
		{"all short", []string{"Short one.", "Another."}, 0},
		{"none", nil, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Lead(tc.sents); got != tc.want {
				t.Errorf("Lead: got %d, want %d", got, tc.want)
			}
		})
	}
}
