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
		{"one thing's place said of it, in few words alike", "It was the first serious fire at the Kestrel plant since it opened in 2015, according to the city's industrial zones authority.",
			"It was the second fire at the factory in less than a year, the state broadcaster reported.", true},
		{"one series qualified within the other", "Surgeons in Marrak carried out what they described as the first fully robotic heart bypass operation in the region, the hospital said.",
			"The procedure at the Marrak Heart Centre was the second such operation in the region, after one in Dorvel two years ago.", true},
		{"two series qualified apart", "Lindqvist is the fifth league head coach to be fired this season.",
			"The club said he became the third Western Conference head coach dismissed since October.", false},
		{"a sentence of several places", "Ortega is the fifth running back of the club to go on injured reserve this season, the second in two days.",
			"The club said he became the second running back placed on the list since Friday.", false},
		{"places of two people", "Amrani, 26, was running only his third marathon.",
			"Her sister, who came out to cheer, was running her first marathon.", false},
		{"parts of an order", "The blast was heard in the third car of the train, a passenger said.",
			"Passengers in the fifth car said the lights went out before the train stopped.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := reportedAbout(tc.a, tc.b, "Place in a series"); got != tc.want {
				t.Errorf("place in a series reported: %v, want %v", got, tc.want)
			}
		})
	}
}
