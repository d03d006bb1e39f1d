package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindPlaces(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "a vote to come at two schools",
			texts: []string{
				"The union's bargaining team recommended the agreement, and its roughly 1,900 members will vote on it Saturday at Maple Crest High School.",
				"The union's bargaining team voted to recommend the contract. Members are scheduled to vote Saturday at Liberty Ridge High School.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Liberty Ridge High School", Articles: []string{"b"}},
				{Text: "Maple Crest High School", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a county and its abbreviation",
			texts: []string{
				"The trawler, a 22-metre vessel based in the fishing port of Dunmore in County Kerry, issued a mayday call shortly before midnight on Tuesday.",
				"The trawler, a 22-metre vessel from the port of Dunmore in Co. Kerry, sent a mayday call shortly before midnight Tuesday.",
			},
		},
		{
			name: "two counties, one told by its abbreviation",
			texts: []string{
				"The trawler, a 22-metre vessel based in the fishing port of Dunmore in County Kerry, issued a mayday call shortly before midnight on Tuesday.",
				"The trawler, a 22-metre vessel from the port of Dunmore in Co. Clare, sent a mayday call shortly before midnight Tuesday.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Co Clare", Articles: []string{"b"}},
				{Text: "County Kerry", Articles: []string{"a"}},
			}}},
		},
		{
			name: "an airport named with an initial and the town its kind of site stands in",
			texts: []string{
				"The campaign's opening rally for the retired pilot was held on Monday at Gerald R. Ford International Airport before a crowd of 2,000.",
				"The campaign's opening rally for the retired pilot was held on Monday in Grand Rapids, in the airport's main hangar, before a crowd of 2,000.",
			},
		},
		{
			name: "a stadium and a town whose sentences tell of no stadium",
			texts: []string{
				"The championship game between the two unbeaten teams was played on Saturday at Reser Stadium before a record crowd.",
				"The championship game between the two unbeaten teams was played on Saturday in Pullman before a record crowd.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Pullman", Articles: []string{"b"}},
				{Text: "Reser Stadium", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a rally in two cities, the other city named in a sentence on the rally",
			texts: []string{
				"Petrov, a former finance minister, won 41 percent of the vote. He addressed supporters in Varna late on Sunday, promising a government within weeks.",
				"Petrov won 41 percent of the vote in Sunday's election. Speaking to supporters in Ruse late on Sunday, he promised a government within weeks. Petrov's supporters also gathered in Varna.",
			},
		},
		{
			name: "protests reported in lists of cities",
			texts: []string{
				"At least nine people were killed as protests spread. Deaths were reported in Lagos, Kano and Ibadan, rights groups said.",
				"At least nine people were killed as protests spread. Deaths were reported in Abuja, Kano and Ibadan, rights groups said.",
			},
		},
		{
			name: "a train that derailed and one that jumped the tracks",
			texts: []string{
				"A commuter train bound for the city derailed on Monday morning near Lockport, killing three people and injuring 41 others, officials said.",
				"The commuter train bound for the city jumped the tracks near Romeoville shortly after 7:40 a.m., killing three people, officials said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Lockport", Articles: []string{"a"}},
				{Text: "Romeoville", Articles: []string{"b"}},
			}}},
		},
		{
			name: "heaters made and manufactured in two countries",
			texts: []string{
				"The recalled space heaters were made in China and sold at big retailers over a 17-month period.",
				"The recalled space heaters were manufactured in Vietnam and sold at big retailers for between $50 and $70.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "China", Articles: []string{"a"}},
				{Text: "Vietnam", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a train that left the station, another that left the tracks",
			texts: []string{
				"The commuter train left the station in Lockport at 7 a.m. with 200 passengers aboard, officials said.",
				"The commuter train left the tracks near Romeoville with 200 passengers aboard, officials said.",
			},
		},
		{
			name: "an emergency landing made in one city, a landing in another",
			texts: []string{
				"A Meridian Airlines flight headed to San Francisco made an emergency landing in Omaha on Sunday after smoke was reported in the cabin.",
				"A Meridian Airlines flight headed to San Francisco landed in Denver on Sunday after smoke was reported in the cabin.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Denver", Articles: []string{"b"}},
				{Text: "Omaha", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a landing of another year is background",
			texts: []string{
				"Flight 1428 landed safely in Omaha on Sunday with about 170 people on board.",
				"In 2024, another Meridian jet made an emergency landing in Denver with 140 people on board.",
			},
		},
		{
			name: "a fire ignited near one town and broke out near another",
			texts: []string{
				"A fast-moving wildfire that broke out Sunday afternoon near Piru had burned 4,200 acres by Monday, fire officials said.",
				"The Piru Canyon Fire ignited Sunday afternoon near Santa Paula and had burned 4,200 acres by Monday, fire officials said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Piru", Articles: []string{"a"}},
				{Text: "Santa Paula", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a neighborhood named past the city that holds it",
			texts: []string{
				"Nine people were hospitalized Thursday after a city bus and an SUV collided in Pittsburgh's Oakland neighborhood, police said.",
				"Nine people were hurt Thursday when a city bus collided with an SUV in the city's Squirrel Hill neighborhood, police said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Oakland", Articles: []string{"a"}},
				{Text: "Squirrel Hill", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one speaker met the press in two places",
			texts: []string{
				"Speaking to reporters in Hyde, a town in her constituency, Ms. Coyle said she had no regrets about the vote.",
				"Coyle was defiant as she told reporters in Westminster that she had no regrets about the vote.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Hyde", Articles: []string{"a"}},
				{Text: "Westminster", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two speakers met the press in two places",
			texts: []string{
				"“Fortunately there were no casualties in the camp,” he told journalists in Geneva.",
				"“They should adhere to international laws,” Deng told reporters in Bentiu.",
			},
		},
		{
			name: "one candidate rallied supporters, the other met the press",
			texts: []string{
				"“Tonight Wisconsin voted to protect our freedoms,” Ms. Brennan told supporters at a hotel ballroom in Madison shortly after 1 a.m.",
				"Halvorsen has not conceded. Speaking to reporters in Waukesha on Wednesday evening, he said thousands of ballots still had to be counted.",
			},
		},
		{
			name: "a ferry that capsized off one island and sank off another",
			texts: []string{
				"The ferry capsized off Poro Island early Sunday with more than 80 passengers on board, the coast guard said.",
				"The ferry sank off Bantayan Island early Sunday with more than 80 passengers on board, the coast guard said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Bantayan Island", Articles: []string{"b"}},
				{Text: "Poro Island", Articles: []string{"a"}},
			}}},
		},
		{
			name: "an announcement made in one city and announced in another",
			texts: []string{
				"Prime Minister Rachel Dunmore made the announcement in Townsville, flanked by marine scientists and tourism operators.",
				"Prime Minister Rachel Dunmore announced the package in Cairns, flanked by marine scientists and tourism operators.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Cairns", Articles: []string{"b"}},
				{Text: "Townsville", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a fire that broke out in the hills above two towns",
			texts: []string{
				"The Timber Canyon fire broke out Saturday afternoon in the hills above Santa Paula, a farming town of about 30,000 people, and had burned 41,000 acres by Monday.",
				"The Timber Canyon Fire broke out Saturday afternoon in the hills above Fillmore and raced through dry brush and orchards.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Fillmore", Articles: []string{"b"}},
				{Text: "Santa Paula", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one quake's epicentre near two towns, in sentences that say little else alike",
			texts: []string{
				"Its epicenter was near the town of Cangallo in the Ayacucho region, about 350 miles southeast of Lima, at a depth of about 60 kilometers.",
				"The quake's epicenter was near the city of Huanta, in the highlands north of the regional capital, according to Peru's geophysical institute.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Cangallo", Articles: []string{"a"}},
				{Text: "Huanta", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a deal signed in two capitals",
			texts: []string{
				"The agreement was signed in Seoul by South Korea's trade minister and Egypt's minister of trade.",
				"The deal was signed in Cairo by Egypt's trade minister and his South Korean counterpart.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Cairo", Articles: []string{"b"}},
				{Text: "Seoul", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a derailment placed in a state and two towns, beside an earlier year's",
			texts: []string{
				"A freight train derailed in western Kansas early Monday. The train left the tracks just east of Oakley. It was the worst accident since a tanker train derailed and burned in Lac-Megantic, Quebec, in 2013.",
				"A freight train derailed in rural Kansas on Monday, sparking a grain fire. The Plains Western train derailed around 4:10 a.m. near Colby, in Thomas County, officials said.",
				"Hundreds of people were forced from their homes in western Kansas after a freight train hauling grain derailed and caught fire near the town of Oakley.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Colby", Articles: []string{"b"}},
				{Text: "Oakley", Articles: []string{"c"}},
			}}},
		},
		{
			name: "talks held in two cities, told in otherwise different sentences",
			texts: []string{
				"The accord, reached after three days of talks in Nairobi, commits both sides to a ceasefire along the border.",
				"The deal was worked out during talks in Mombasa between the two countries' defense ministers.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Mombasa", Articles: []string{"b"}},
				{Text: "Nairobi", Articles: []string{"a"}},
			}}},
		},
		{
			name: "where a speaker met the crowd: supporters and a rally",
			texts: []string{
				"Hale made the announcement at a rally in Mesa, promising to fight for every vote.",
				"Hale ended the campaign on Tuesday, telling supporters in Chandler that she would fight for every vote.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Chandler", Articles: []string{"b"}},
				{Text: "Mesa", Articles: []string{"a"}},
			}}},
		},
		{
			name: "works an actor starred in are no places",
			texts: []string{
				"Reid has starred in American Pie, and had a guest role in the sitcom Scrubs.",
				"Reid has had a recurring role on Scrubs and starred in “Van Wilder” and “The Big Lebowski.”",
			},
		},
		{
			name: "an arrest placed two ways, words between verb and place",
			texts: []string{
				"The actor T.J. Marsh was arrested early Sunday in Santa Monica on suspicion of driving under the influence.",
				"Actor T.J. Marsh was arrested on suspicion of DUI in Malibu early Sunday.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Malibu", Articles: []string{"b"}},
				{Text: "Santa Monica", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a known thing placed two ways",
			texts: []string{
				"The quake struck southern Peru early Thursday, and the epicenter was near the town of Cangallo, officials said.",
				"The quake struck southern Peru on Thursday; the epicenter was near the city of Huanta, officials said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Cangallo", Articles: []string{"a"}},
				{Text: "Huanta", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a shop on two streets",
			texts: []string{
				"Four men robbed Aldridge & Sons Jewelers on North High Street on Tuesday morning, police said.",
				"Police said three men robbed Aldridge & Sons Jewelers, on East Broad Street, on Tuesday.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "East Broad Street", Articles: []string{"b"}},
				{Text: "North High Street", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one of many, an attribution, and no street",
			texts: []string{
				"Obama used a stop in Oskaloosa to criticize the tax plan, according to Danny Gold, and spoke on Fox News.",
				"Romney used a stop in Roanoke to defend the tax plan, according to RussiaToday, and spoke on CNN.",
			},
		},
		{
			name: "a court placed two ways",
			texts: []string{
				"The indictment's 14 counts, filed in federal court in Newark, include wire fraud and falsification of records.",
				"The indictment's 14 counts, unsealed in federal court in Trenton, include wire fraud and falsification of records.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Newark", Articles: []string{"a"}},
				{Text: "Trenton", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a dated debate and a debate placed two ways",
			texts: []string{
				"The April 16 debate in Tucson drew sharp exchanges over water policy between the two candidates.",
				"The two candidates clashed over water policy at a debate in Phoenix on Thursday night.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Phoenix", Articles: []string{"b"}},
				{Text: "Tucson", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a distance and a direction from two towns",
			texts: []string{
				"The quake struck at 3:14 a.m. and was centered about 25 miles northwest of Chivay, a tourist town, according to the U.S. Geological Survey.",
				"It was centered about 25 miles northwest of Puquio, according to the U.S. Geological Survey.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Chivay", Articles: []string{"a"}},
				{Text: "Puquio", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a dateline is no place of what the article tells",
			texts: []string{
				"ATLANTA — Senator Darnell Whitacre appeared in federal court in Macon a day after his indictment on bribery charges.",
				"Whitacre appeared in federal court in Atlanta after a grand jury indictment on bribery charges was unsealed.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Atlanta", Articles: []string{"b"}},
				{Text: "Macon", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a capital named for its government is not placed",
			texts: []string{
				"The agreement was signed in Seoul by the two trade ministers after a year of talks.",
				"The agreement was signed in Cairo by the two trade ministers. Analysts said the agreement gives Seoul a foothold in Africa.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Cairo", Articles: []string{"b"}},
				{Text: "Seoul", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a capital where something else is told",
			texts: []string{
				"The agreement was signed in Seoul by the two trade ministers after a year of talks.",
				"The agreement was signed in Cairo by the two trade ministers. Officials in Seoul praised the agreement.",
			},
		},
		{
			name: "a street in a neighbourhood",
			texts: []string{
				"A large crowd gathered in East Flatbush on Monday night to remember the teenager.",
				"A large crowd gathered at Snyder Avenue on Monday night to remember the teenager.",
			},
		},
		{
			name: "one place named in part",
			texts: []string{
				"The climber died after a fall in Aoraki Mount Cook on Saturday, police said.",
				"The climber died after a fall in Mount Cook National Park on Saturday, police said.",
			},
		},
		{
			name: "two directions from one town, after a time of day",
			texts: []string{
				"The quake struck at 3:14 a.m. local time about 40 miles southwest of Arequipa, according to the U.S. Geological Survey.",
				"The quake was centered about 40 miles northwest of Arequipa, according to the U.S. Geological Survey.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "northwest of Arequipa", Articles: []string{"b"}},
				{Text: "southwest of Arequipa", Articles: []string{"a"}},
			}}},
		},
		{
			name: "two directions from one town, told by no verb",
			texts: []string{
				"The fire ignited near Marlow, a ranching town about 12 miles east of Medford, and has been pushed by gusts.",
				"The fire started near Marlow, about 12 miles northwest of Medford, and spread through dry grass.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "east of Medford", Articles: []string{"a"}},
				{Text: "northwest of Medford", Articles: []string{"b"}},
			}}},
		},
		{
			name: "one direction from one town",
			texts: []string{
				"The quake struck at 3:14 a.m. about 40 miles southwest of Arequipa, according to the U.S. Geological Survey.",
				"The quake was centered some 64 kilometers southwest of the city of Arequipa, according to the U.S. Geological Survey.",
			},
		},
		{
			name: "a news conference placed two ways",
			texts: []string{
				"Achterberg, a Democrat, announced the veto at a news conference in Salem, flanked by mayors who opposed the bill.",
				"The governor, a Democrat, rejected the bill at a news conference in Bend, saying it would burden cities.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Bend", Articles: []string{"b"}},
				{Text: "Salem", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a third article that names both places leaves the two others",
			texts: []string{
				"The commission said two of the deaths occurred in Kisumu, where demonstrators blocked roads.",
				"At least four people were killed, the commission said, and two of the deaths occurred in Mombasa.",
				"Two of the deaths occurred in Kisumu, the commission said; protests spread to Mombasa.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Kisumu", Articles: []string{"a"}},
				{Text: "Mombasa", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a place and the country that holds it",
			texts: []string{
				"Klitschko floored Thompson near the end of the sixth round at Stade de Suisse on Saturday.",
				"Klitschko stopped Thompson with two seconds remaining of the sixth round in Switzerland on Saturday.",
			},
		},
		{
			name: "two states",
			texts: []string{
				"The suspect was arrested in Texas on Monday after a chase, police said.",
				"The suspect was arrested in Oklahoma on Monday after a chase, police said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Oklahoma", Articles: []string{"b"}},
				{Text: "Texas", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a company's seat told by two verbs",
			texts: []string{
				"Pinebrook, based in Lancaster, Pa., runs 96 stores and employs 14,000 people.",
				"Pinebrook, headquartered in Lebanon, Pennsylvania, runs 96 stores with 14,000 workers.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Lancaster", Articles: []string{"a"}},
				{Text: "Lebanon", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a quake off two coasts",
			texts: []string{
				"The magnitude 6.9 quake struck off the coast of Surigao province on the island of Mindanao, according to the Geological Survey.",
				"The magnitude 6.7 quake was centered off the coast of Davao province, the Geological Survey said.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Davao", Articles: []string{"b"}},
				{Text: "Surigao", Articles: []string{"a"}},
			}}},
		},
		{
			name: "an article that names both places",
			texts: []string{
				"The agreement was signed in Seoul by the trade ministers of South Korea and Egypt.",
				"The deal was signed in Cairo by the trade ministers, who will meet again in Seoul.",
			},
		},
		{
			name: "sentences that say nothing else alike",
			texts: []string{
				"He was born in Ohio.",
				"The treaty was signed in Geneva. Her father was born in Texas.",
			},
		},
		{
			name: "an article that places the verb twice",
			texts: []string{
				"Protesters gathered in Denver and later gathered in Boulder, organizers said.",
				"Protesters gathered in Aurora on Saturday, organizers said.",
			},
		},
		{
			name: "a thing told as one of a kind, placed two ways in sentences that share much",
			texts: []string{
				"Governor Callahan rallied supporters at a hangar in Nashua on Saturday, promising lower taxes.",
				"Governor Callahan rallied supporters at a hangar in Manchester on Saturday and promised lower taxes.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Manchester", Articles: []string{"b"}},
				{Text: "Nashua", Articles: []string{"a"}},
			}}},
		},
		{
			name: "one of a kind in sentences that share little",
			texts: []string{
				"Callahan spoke at a hangar in Nashua on Saturday.",
				"Callahan later spoke at a hangar in Manchester, aides said.",
			},
		},
		{
			name: "a body placed by the verb in -ing that tells where it met",
			texts: []string{
				"Meeting in Brussels, the European Parliament passed the measure by 412 votes to 198.",
				"Lawmakers meeting in Strasbourg passed the measure 412 to 198, with 31 abstentions.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Brussels", Articles: []string{"a"}},
				{Text: "Strasbourg", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two speeches in two cities",
			texts: []string{
				"Speaking in Porto on Sunday, the prime minister promised lower fuel taxes.",
				"Speaking in Lisbon a day later, she defended the budget against critics.",
			},
		},
		{
			name: "a place after an adjective and its kind",
			texts: []string{
				"Typhoon Mawar made landfall before dawn near the coastal city of Quy Nhon on Saturday, with winds of 120 kilometers per hour.",
				"Typhoon Mawar made landfall early Saturday near the city of Tuy Hoa, with winds of about 75 miles per hour.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Quy Nhon", Articles: []string{"a"}},
				{Text: "Tuy Hoa", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a storm that made landfall and one that came ashore",
			texts: []string{
				"Cyclone Tessa made landfall near the town of Corrigan Heads as a Category 4 system, with gusts of 220 kilometers per hour.",
				"Cyclone Tessa came ashore near Bellbird Bay with gusts of nearly 140 mph, ripping roofs off houses.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Bellbird Bay", Articles: []string{"b"}},
				{Text: "Corrigan Heads", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a fire that broke out near one village and started near another",
			texts: []string{
				"The blaze broke out on Wednesday afternoon near the village of Ano Velona, in the island's north, and spread quickly through dry hillsides.",
				"The fire started Wednesday near Neo Kastri, a village in the island's north, and was pushed south by strong winds.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Ano Velona", Articles: []string{"a"}},
				{Text: "Neo Kastri", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two creeks, one word of their names in common",
			texts: []string{
				"The bus carrying 40 passengers crashed at Cedar Creek on Saturday, injuring 23 people.",
				"The bus carrying 40 passengers crashed at Willow Creek on Saturday, injuring 23 people.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Cedar Creek", Articles: []string{"a"}},
				{Text: "Willow Creek", Articles: []string{"b"}},
			}}},
		},
		{
			name: "places named with a particle inside, and one with a particle before a hyphen",
			texts: []string{
				"The union leader was arrested on Wednesday outside Porte de Clichy before the march. The convoy was attacked near al-Fashir on Tuesday.",
				"The union leader was arrested on Wednesday outside Gare du Nord before the march. The convoy was attacked near Nyala on Tuesday.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Gare du Nord", Articles: []string{"b"}},
				{Text: "Porte de Clichy", Articles: []string{"a"}},
			}}, {crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "al-Fashir", Articles: []string{"a"}},
				{Text: "Nyala", Articles: []string{"b"}},
			}}},
		},
		{
			name: "two ports a ferry left, one told after a verb and one after from",
			texts: []string{
				"The ferry, carrying 240 passengers, had left Lembar on Lombok before dawn on Friday when its engine failed.",
				"The ferry, carrying 240 passengers, departed from Padangbai before dawn on Friday when its engine failed.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Lembar", Articles: []string{"a"}},
				{Text: "Padangbai", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a port town and the province a report sails from",
			texts: []string{
				"The ferry, carrying 163 passengers, left Hilongos late on Saturday night for the crossing to Cebu City.",
				"The ferry, carrying 163 passengers, was sailing from Leyte province late on Saturday night for the crossing to Cebu City.",
			},
		},
		{
			name: "two towns a tornado hit, told after its verb",
			texts: []string{
				"The most destructive tornado struck Aberdeen, a town of about 5,000 people in Monroe County, shortly before 10 p.m., killing two people.",
				"The deadliest twister slammed into Amory, in Monroe County, just before 10 p.m. Saturday, killing two people there.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Aberdeen", Articles: []string{"a"}},
				{Text: "Amory", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a candidate who hit another, no hazard named",
			texts: []string{
				"In the debate on Tuesday night, Senator Mark Tessaro hit Whitcomb over the budget and the schools.",
				"In the debate on Tuesday night, Senator Mark Tessaro hit Harlan over the budget and the schools.",
			},
		},
		{
			name: "two rivers that burst their banks",
			texts: []string{
				"The worst damage was in the province of Alessandria, where the Tanaro River burst its banks on Sunday and swamped neighborhoods.",
				"The Bormida River burst its banks Sunday in the province of Alessandria, sending muddy water into homes and neighborhoods.",
			},
			want: []brief{{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
				{Text: "Bormida River", Articles: []string{"b"}},
				{Text: "Tanaro River", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a district and its city",
			texts: []string{
				"A federal jury in Manhattan on Friday convicted the former chief executive of fraud and conspiracy.",
				"The former chief executive was convicted Friday of fraud and conspiracy, a federal jury in New York decided.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(placeDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("placeDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
