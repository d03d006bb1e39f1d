package lexicon

import "testing"

func TestState(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
		ok       bool
	}{
		{"AP form", "Calif.", "California", true},
		{"AP form without stop", "Conn", "Connecticut", true},
		{"short AP form", "Ga.", "Georgia", true},
		{"inner stops", "N.Y.", "New York", true},
		{"West Virginia", "W.Va.", "West Virginia", true},
		{"older form", "Tex.", "Texas", true},
		{"postal code", "WA", "Washington", true},
		{"postal code with a stop is a word", "Me.", "", false},
		{"lower case", "wash.", "", false},
		{"word", "Ill", "Illinois", true},
		{"not a state", "Corp.", "", false},
		{"empty", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := State(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("State(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestStateAbbreviation(t *testing.T) {
	tests := map[string]bool{"Calif.": true, "Wash.": true, "N.H.": true, "Wash": false, "CA.": false, "in.": false, "Mass.": true}
	for in, want := range tests {
		if got := StateAbbreviation(in); got != want {
			t.Errorf("StateAbbreviation(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestStateNamed(t *testing.T) {
	tests := map[string]string{"Oregon": "Oregon", "Ore.": "Oregon", "OR": "Oregon", "new york": "New York", "Valdosta": "", "Ill": "Illinois", "ill": ""}
	for in, want := range tests {
		got, ok := StateNamed(in)
		if got != want || ok != (want != "") {
			t.Errorf("StateNamed(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
}
