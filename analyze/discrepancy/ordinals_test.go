package discrepancy

import "testing"

func TestFindOrdinals(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool // whether a place in a series is reported
	}{
		{"first and second of one series", "Huamán, a retired police general, was the first cabinet minister to be censured since President Mario Velarde took office in July.",
			"Huamán is the second cabinet minister to be censured since President Mario Velarde took office in July.", true},
		{"a streak counted two ways", "For the Wolves, the loss was their third straight defeat at home since the coach was fired in March.",
			"For the Wolves, the loss was their fourth straight defeat at home since the coach was fired in March.", true},
		{"one place in both", "It was the second time the governor has vetoed a flat tax passed by the legislature.",
			"It marked the second time the governor has vetoed a flat tax passed by the legislature.", false},
		{"two series that share a noun and little else", "It was the first time the team had won the title since 1998, the club said.",
			"The mayor said it was the second time this year that the bridge had been closed for repairs.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := reportedAbout(tc.a, tc.b, "Place in a series"); got != tc.want {
				t.Errorf("place in a series reported: %v, want %v", got, tc.want)
			}
		})
	}
}
