package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindFramedNames(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "a runner's hometown",
			texts: []string{
				"Chepkoech, 27, trains in her hometown of Iten, high in the Rift Valley.",
				"The 27-year-old, who still lives in her hometown of Eldoret, broke the record.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "her hometown of Eldoret", Articles: []string{"b"}},
				{Text: "her hometown of Iten", Articles: []string{"a"}},
			}}},
		},
		{
			name: "two islands one report frames alike",
			texts: []string{
				"The ferry drifted about five miles off the island of Kelmos. The captain was arrested pending an inquiry by prosecutors on the island of Varos.",
				"A fire forced 412 passengers into lifeboats as the ship drifted off the island of Kelmos, the coast guard said.",
				"No arrests had been made by Sunday evening, though prosecutors on the island of Varos opened an inquiry into the fire.",
			},
		},
		{
			name: "a name set off after the noun a sentence opens on",
			texts: []string{
				"Her business partner, Marcus Hale, a restaurateur who joined in 2019, said all 43 employees would be paid.",
				"Her business partner, Daniel Voss, said staff would be paid through the end of the year.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Daniel Voss", Articles: []string{"b"}},
				{Text: "Marcus Hale", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a name set off after a noun, and named elsewhere in the other report",
			texts: []string{
				"Her business partner, Marcus Hale, said all 43 employees would be paid.",
				"Her business partner, Daniel Voss, said staff would be paid. Marcus Hale, an investor, declined to comment.",
			},
		},
		{
			name: "a body's name with two words of its kind",
			texts: []string{
				"The law was challenged by the Civic Commerce Alliance, a tech industry group, and two families.",
				"The law was challenged by the Civic Commerce Association, which represents tech companies, and two families.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Civic Commerce Alliance", Articles: []string{"a"}},
				{Text: "Civic Commerce Association", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a company's name with its kind abbreviated, a clinic called a center, and bodies a place opens",
			texts: []string{
				"The Dunmore Axle Co. said it would close the plant, and the West Calder Department of Health said it would test the water. She entered the Marla Voss Center in January.",
				"The Dunmore Axle Company said it would close the plant, and West Calder University said it would study the spill. She entered the Marla Voss Clinic in January.",
			},
		},
		{
			name: "one town in two countries",
			texts: []string{
				"The packs were damaged during assembly at the company's plant in Varnholm, Sweden, allowing cells to short-circuit.",
				"The packs may have been damaged when they were put together at the plant in Varnholm, Norway.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Varnholm, Norway", Articles: []string{"b"}},
				{Text: "Varnholm, Sweden", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one town in a state told by its abbreviation and its name",
			texts: []string{
				"The warehouse fire broke out near Dunmore, Pa., on Sunday night.",
				"The warehouse fire broke out near Dunmore, Pennsylvania, on Sunday night.",
			},
		},
		{
			name: "a company's base told as a modifier and after based in",
			texts: []string{
				"Corvane Systems, based in Austin, Texas, said it would cut 300 jobs.",
				"The San Jose, California-based company Corvane Systems said it would cut 300 jobs.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "based in Austin", Articles: []string{"a"}},
				{Text: "San Jose, California-based", Articles: []string{"b"}},
			}}},
		},
		{
			name: "headquarters in two towns, told after an owner",
			texts: []string{
				"Most of the cuts will fall at the company's Kelowna headquarters, with smaller reductions at offices in Calgary and Halifax, the company said.",
				"The cuts will mostly hit staff at its Kamloops headquarters, with smaller reductions at offices in Calgary and Halifax.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "its Kamloops headquarters", Articles: []string{"b"}},
				{Text: "company's Kelowna headquarters", Articles: []string{"a"}},
			}}},
		},
		{
			name: "headquarters told after an owner and the base told before",
			texts: []string{
				"Most of the cuts will fall at the company's Kelowna headquarters, with smaller reductions at offices in Calgary and Halifax, the company said.",
				"The Kelowna-based company said the cuts would mostly hit staff at its main office.",
			},
		},
		{
			name: "a buyer's base and the base of the company it buys",
			texts: []string{
				"Sarvel Group, the Pune-based conglomerate, agreed to buy Norrhav. The company, based in Malmo, makes antennas.",
				"Norrhav, headquartered in Malmo, builds antennas for mobile networks.",
				"Pune-based Sarvel Group announced Monday that it would pay $4.4 billion for the maker of antennas.",
			},
		},
		{
			name: "a town and the county around it",
			texts: []string{
				"Castellan Health, based in Chula Vista, Calif., said the stolen files included names.",
				"A San Diego County-based hospital system says hackers stole sensitive information.",
			},
		},
		{
			name: "a region and the first of a list of countries",
			texts: []string{
				"Auditors could not verify cash said to be held in trust accounts in Singapore and the Philippines.",
				"Auditors could not confirm cash supposedly held in trust accounts in Asia.",
			},
		},
		{
			name: "a derailment near two resorts, one after a the",
			texts: []string{
				"The train left the tracks near the mountain resort of Sinaia early on Sunday.",
				"Seven cars derailed near the mountain resort of Predeal, officials said.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "mountain resort of Predeal", Articles: []string{"b"}},
				{Text: "mountain resort of Sinaia", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a senator of two states",
			texts: []string{
				"The bill's sponsor, state Sen. Marisa Cordell of Montana, called it historic.",
				"State Sen. Marisa Cordell of Wyoming said the vote was close.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Marisa Cordell of Montana", Articles: []string{"a"}},
				{Text: "Marisa Cordell of Wyoming", Articles: []string{"b"}},
			}}},
		},
		{
			name: "an article that names the other's place too",
			texts: []string{
				"Mothers must drive about 90 miles to Great Falls to give birth.",
				"Mothers must drive about 90 miles to Billings, or farther to Great Falls.",
			},
		},
		{
			name: "an acronym and its name",
			texts: []string{
				"He pleaded guilty to making false statements to FBI agents.",
				"He pleaded guilty to making false statements to the Federal Bureau of Investigation.",
			},
		},
		{
			name: "one city spelled two ways",
			texts: []string{
				"She later did her research in Göteborg for a decade.",
				"She later did her research in Gothenburg for a decade.",
			},
		},
		{
			name: "two sources quoted",
			texts: []string{
				"The plan was set out in a letter to Maria Lopez, the committee's chair.",
				"The plan was set out in a letter to Tom Reyes, a member of the committee.",
			},
		},
		{
			name: "a title's words are no name",
			texts: []string{
				"The court upheld the election of Kaduna State Gov. Uba Sani in March.",
				"The court upheld the election of Aminu Dankadi in March.",
			},
		},
		{
			name: "an owner is no name",
			texts: []string{
				"She ran as a mayoral candidate in Mexico's Veracruz state.",
				"She ran as a mayoral candidate in Xalapa last year.",
			},
		},
		{
			name: "one street name of two kinds of street, after \"on\"",
			texts: []string{
				"He had lived in the house on Juniper Terrace since 1988.",
				"He had lived in the house on Juniper Circle since 1988.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "the house on Juniper Circle", Articles: []string{"b"}},
				{Text: "the house on Juniper Terrace", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a street's kind abbreviated",
			texts: []string{
				"He had lived in the house on Juniper St. since 1988.",
				"He had lived in the house on Juniper Street since 1988.",
			},
		},
		{
			name: "the exchange a company's shares trade on",
			texts: []string{
				"Its shares began trading on the Nasdaq under the ticker VANE.",
				"Its shares began trading on the New York Stock Exchange on Thursday.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "began trading on the Nasdaq", Articles: []string{"a"}},
				{Text: "began trading on the New York Stock Exchange", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a street framed by the noun before it",
			texts: []string{
				"A four-alarm fire tore through a vacant warehouse on Ardent Street early Tuesday. The four-alarm blaze on Ardent Street drew dozens of firefighters.",
				"About 85 firefighters responded to the blaze on Velour Street, the chief said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "four-alarm blaze on Ardent Street", Articles: []string{"a"}},
				{Text: "the blaze on Velour Street", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a site along two streets",
			texts: []string{
				"It would bring 312 apartments to a 4-acre site along Quarry Drive.",
				"The council voted to rezone a 4-acre site along Tamsin Street for the project.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "4-acre site along Quarry Drive", Articles: []string{"a"}},
				{Text: "4-acre site along Tamsin Street", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a town framed by the noun before it",
			texts: []string{
				"Rescuers pulled survivors from a collapsed hospital in Tolvara on Friday, officials said.",
				"The four-story hospital in Mereda collapsed during the quake, trapping patients.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "four-story hospital in Mereda", Articles: []string{"b"}},
				{Text: "collapsed hospital in Tolvara", Articles: []string{"a"}},
			}}},
		},
		{
			name: "two people living in two towns, and a campaign's two stops",
			texts: []string{
				"A climber originally from Essex, but living in Tolvara, fell on Saturday. The senator made a campaign stop in Mereda.",
				"A 36-year-old who had been living in Ostrin slipped and fell on Friday. She held a stop in Kellan on Monday.",
			},
		},
		{
			name: "a town and the county around it",
			texts: []string{
				"The river rose and the family lost the home in Tolvara.",
				"The river rose into a farmer's home in Mereda County.",
			},
		},
		{
			name: "two numbered streets",
			texts: []string{
				"The video shows the officer pulling the driver from a car during a traffic stop on 79th Street and pushing him onto the hood.",
				"The officer was fired days after the video of the stop on 87th Street began circulating online.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "traffic stop on 79th Street", Articles: []string{"a"}},
				{Text: "the stop on 87th Street", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a port's town and the province around it",
			texts: []string{
				"The ferry left Selok port in Tolvin late on Tuesday.",
				"The ferry left Selok port in East Mereda late on Tuesday.",
			},
		},
		{
			name: "a list with one name told another way",
			texts: []string{
				"The board voted to close Harwick and Linden elementary schools next year.",
				"The board voted to close Harwick and Jessup elementary schools at the end of the year.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Jessup", Articles: []string{"b"}},
				{Text: "Linden", Articles: []string{"a"}},
			}}},
		},
		{
			name: "lists of people, and one list told of two things",
			texts: []string{
				"The backs Dale Harwick and Chris Linden ran for 90 yards. The riot action moved to Church and Snyder.",
				"The backs Dale Harwick and Mike Jessup ran for 90 yards. A grocery stands at Church and Nostrand.",
			},
		},
		{
			name: "a place off which something fell",
			texts: []string{
				"Debris from the rocket fell into the Pacific about 40 miles off Point Carrow, the agency said.",
				"Debris from the rocket fell into the ocean about 40 miles off Marlin Bay on Tuesday.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "40 miles off Marlin Bay", Articles: []string{"b"}},
				{Text: "40 miles off Point Carrow", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a body's name with one word told another way",
			texts: []string{
				"Regulators ordered Corlandt Data Systems to pay $42 million over the sale of location data.",
				"Regulators ordered Brennick Data Systems to pay $24 million over the sale of location data.",
			},
			want: []brief{{crosscheck.NameDiscrepancy, []crosscheck.Cited{
				{Text: "Brennick Data Systems", Articles: []string{"b"}},
				{Text: "Corlandt Data Systems", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a body's name with a city in one report and its region in the other",
			texts: []string{
				"Judge Amara Sello of the Johannesburg High Court found the manager guilty.",
				"Judge Amara Sello of the Tshwelo High Court found the manager guilty.",
			},
		},
		{
			name: "a body's name with one word cut short",
			texts: []string{
				"The contract went to Varnel Intl Holdings, the bidder said.",
				"The contract went to Varnel International Holdings, the bidder said.",
			},
		},
		{
			name: "a body's name with one word told another way, named in full by both",
			texts: []string{
				"Corlandt Data Systems sold the data; Brennick Data Systems bought it.",
				"Brennick Data Systems paid $24 million for data it bought.",
			},
		},
		{
			name: "two names after one frame in one article",
			texts: []string{
				"Crews drove 40 miles to Dayton and then 40 miles to Xenia.",
				"Crews drove 40 miles to Springfield before dawn.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(frameDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("frameDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFramedNameToldOnce(t *testing.T) {
	// The place detector finds the two landfalls; the framed name is not
	// told a second time.
	a := articles(
		"Hurricane Delphine made landfall near Apalachicola on Wednesday with winds of 105 mph.",
		"Hurricane Delphine made landfall near Port St. Joe on Wednesday with winds of 105 mph.",
	)
	n := 0
	for _, d := range Find(a, nil, nil, nil, nil) {
		for _, v := range d.Variants {
			if v.Text == "Apalachicola" || v.Text == "made landfall near Apalachicola" {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("the landfall's places are told %d times, want once", n)
	}
}
