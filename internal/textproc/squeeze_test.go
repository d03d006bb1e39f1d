package textproc

import "testing"

func TestSqueeze(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"no runs", "abc", "abc"},
		{"double", "traveller", "traveler"},
		{"long run", "aaab", "ab"},
		{"runes", "ééa", "éa"},
		{"apart", "abab", "abab"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Squeeze(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
