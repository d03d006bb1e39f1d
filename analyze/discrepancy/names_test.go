package discrepancy

import "testing"

func TestDoubledOnce(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"vreeland", "vreland", true},
		{"mathias", "matthias", true},
		{"bufford", "buford", true},
		{"zelenskyy", "zelensky", false}, // at the end: a romanisation
		{"mohammed", "mohamed", false},   // one Arabic name
		{"stellmann", "stelman", false},  // two letters
		{"kessler", "kessling", false},
		{"otto", "oto", false}, // too short
	}
	for _, tc := range tests {
		if got := doubledOnce(tc.a, tc.b); got != tc.want {
			t.Errorf("doubledOnce(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestRomanisedLook(t *testing.T) {
	for w, want := range map[string]bool{
		"qassem": true, "khalid": true, "zelenskyy": true, "quincy": false, "vreeland": false, "matthias": false,
	} {
		if got := romanisedLook(w); got != want {
			t.Errorf("romanisedLook(%q) = %v, want %v", w, got, want)
		}
	}
}
