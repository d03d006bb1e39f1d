package discrepancy

import "testing"

// TestJobClaims checks that job cuts told in one report and denied in
// another are reported, in the words reports use for either, and that a
// possibility, a denial of another place or two reports of cuts are not.
func TestJobClaims(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"cuts and no layoffs", "Halvorsen said it expected to eliminate about 600 jobs, mostly in administrative roles.",
			"The companies said no layoffs were planned as part of the deal.", true},
		{"cuts and no plans to lay off", "The company will cut about 1,200 jobs over two years.",
			"The company said it has no plans to close plants or lay off workers.", true},
		{"a layoff of officers and none", "The plan will lay off 30 police officers.", "The mayor said no officers will be laid off.", true},
		{"cuts in a passive and a denial", "About 450 positions will be eliminated by March, the bank said.", "The bank said it would not cut any jobs.", true},
		{"cuts that only may come", "The company could cut up to 500 jobs if sales keep falling.", "The company said no layoffs were planned.", false},
		{"a denial of another place", "The group will cut 1,200 jobs worldwide.", "No jobs will be cut in Germany, the chief executive said.", false},
		{"cuts told twice", "The company will cut about 1,200 jobs.", "About 1,200 jobs will be cut, the company said.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := reportedAbout(tc.a, tc.b, "Opposite statements"); got != tc.want {
				t.Errorf("reported %v, want %v (claims %+v, %+v)", got, tc.want, jobClaims(tc.a), jobClaims(tc.b))
			}
		})
	}
}

// TestReasonClaims checks that a reason given for a decision and none
// given are reported, and that two reasons given are not.
func TestReasonClaims(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"none given and one cited", "Lindqvist, 58, resigned on Monday. The board did not give a reason for her departure.",
			"Lindqvist, 58, resigned on Monday, citing family reasons.", true},
		{"no reason offered and health reasons", "The board gave no reason for the change.", "The coach stepped down for health reasons, the board said.", true},
		{"two reasons given", "Lindqvist resigned, citing family reasons.", "Lindqvist stepped down for personal reasons.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := reportedAbout(tc.a, tc.b, "Opposite statements"); got != tc.want {
				t.Errorf("reported %v, want %v", got, tc.want)
			}
		})
	}
}

// TestConditionClaims checks that an approval on conditions and one
// without any are reported, and that a patient's condition is not read
// as one.
func TestConditionClaims(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"subject to conditions and none", "The minister said the mine's expansion had been approved subject to 32 conditions.",
			"The minister signed off on the mine's expansion without imposing any new conditions.", true},
		{"unconditionally and with conditions", "Regulators cleared the merger unconditionally on Tuesday.", "Regulators cleared the merger with conditions on Tuesday.", true},
		{"a patient's condition", "The driver was listed in critical condition on Tuesday.", "Regulators cleared the merger unconditionally on Tuesday.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := reportedAbout(tc.a, tc.b, "Opposite statements"); got != tc.want {
				t.Errorf("reported %v, want %v", got, tc.want)
			}
		})
	}
}
