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
		{"one thing's place said of it, in few words alike", "It was the first major flood at the Tarrow depot since it was built in 2009, the port authority said.",
			"It was the second flood at the yard in under two years, the regional radio station reported.", true},
		{"one series qualified within the other", "Engineers in Vessa opened what they described as the first fully electric cargo terminal in the region, the port said.",
			"The new berth at the Vessa docks is the second such terminal in the region, after one in Dorvel two years ago.", true},
		{"two series qualified apart by names", "Lindqvist is the fifth head coach to be fired this season.",
			"The club said he became the third Northern Division head coach dismissed since October.", false},
		{"two series qualified apart in plain words", "Lindqvist is the fifth female head coach to be fired this season.",
			"The club said she became the third assistant head coach dismissed since October.", false},
		{"a sentence of several places", "Ortega is the fourth striker the club has sold this summer, the second in a week.",
			"The club said he became the second striker transferred since Friday.", false},
		{"places of two people", "Okoro, 31, was riding in only his third race.",
			"Her brother, who came out to watch, was riding in his first race.", false},
		{"parts of an order", "It was the third round of talks between the two unions, a mediator said.",
			"It was the fifth round of bargaining since the contract expired, the union said.", false},
		{"a streak of years said of no subject", "Marland faces a $4.1 billion gap next year, the budget office said, forecasting a third consecutive year of deficits.",
			"The shortfall marks the second consecutive year the state has faced a deficit, according to the new forecast.", true},
		{"a streak of days told on two days", "Protesters marched through the capital late Saturday, as the strike went on for the seventh straight day.",
			"Strikes and marches have gripped the capital for the sixth straight day since the talks collapsed.", false},
		{"years that are no streak", "It was the third year the fair had been held at the Orland grounds.",
			"Organizers said the second year of the fair drew bigger crowds to the Orland grounds.", false},
		{"one deed after two nouns of one series", "The Dunmore depot becomes the second Kestrel site to unionize, after a sorting hub in Tarn voted last year.",
			"It is the first Kestrel warehouse to unionize.", true},
		{"two deeds after two nouns", "The Dunmore depot becomes the second Kestrel site to strike this year.",
			"It is the first Kestrel warehouse to unionize.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := reportedAbout(tc.a, tc.b, "Place in a series"); got != tc.want {
				t.Errorf("place in a series reported: %v, want %v", got, tc.want)
			}
		})
	}
}
