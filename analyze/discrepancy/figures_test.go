package discrepancy

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze/entities"
	"crosscheck/analyze/figures"
)

// figureTexts returns the variant texts of each figure discrepancy.
func figureTexts(ds []crosscheck.Discrepancy) [][]string {
	return variantTexts(slices.DeleteFunc(slices.Clone(ds), func(d crosscheck.Discrepancy) bool {
		return d.Kind != crosscheck.FigureDiscrepancy
	}))
}

// variantTexts returns the variant texts of each discrepancy.
func variantTexts(ds []crosscheck.Discrepancy) [][]string {
	var out [][]string
	for _, d := range ds {
		var ts []string
		for _, v := range d.Variants {
			ts = append(ts, v.Text)
		}
		out = append(out, ts)
	}
	return out
}

func TestFindSameQuantity(t *testing.T) {
	tests := []struct {
		name      string
		texts     []string
		undated   bool            // the reports carry no date
		published crosscheck.Date // the reports' date, when not pub
		want      [][]string
	}{
		{
			name: "counts of pages",
			texts: []string{
				"The agency released 55,000 pages of documents on Monday.",
				"The agency on Monday released 50,000 pages of documents about the case.",
			},
			want: [][]string{{"55,000 pages", "50,000 pages"}},
		},
		{
			name: "a sum paid in one thing told with more words",
			texts: []string{
				"City Manager Ada Pruitt said the audit identified $318,000 in questionable overtime payments over two years.",
				"An audit found $381,000 in overtime that could not be matched to shift records, Pruitt said.",
			},
			want: [][]string{{"$318,000", "$381,000"}},
		},
		{
			name: "premises a utility serves, told as homes and as customers",
			texts: []string{
				"Storm Bryn tore across Wales on Friday, leaving about 240,000 homes and businesses without electricity, the authorities said.",
				"A storm battered Wales on Friday, leaving about 420,000 customers without electricity as winds topped 90 mph.",
			},
			want: [][]string{{"about 240,000 homes", "about 420,000 customers"}},
		},
		{
			name: "a looser count beside an exact one in one report",
			texts: []string{
				"A state court ordered a rerun of the vote on Friday, ruling that officials had wrongly thrown out about 1,200 postal ballots in a race decided by 87 votes.",
				"A state court ordered a do-over election Friday after officials tossed out more than 2,000 mail-in ballots in a race that was decided by fewer than 90 votes. The court found that 2,100 postal ballots had been wrongly discarded over a misprinted envelope.",
			},
			want: [][]string{{"about 1,200 postal ballots", "2,100 postal ballots"}},
		},
		{
			name: "a vote of thousands told as what the vote was",
			texts: []string{
				"Members of the Tallis Drivers Union ratified the contract by a vote of 2,318 to 405, the union said on Sunday.",
				"The vote, announced by the Tallis Drivers Union on Sunday evening, was 2,138 to 405.",
			},
			want: [][]string{{"2,318 to 405", "2,138 to 405"}},
		},
		{
			name: "a result told before a forecast's word in its sentence",
			texts: []string{
				"Shares of Corvane Semiconductor closed down 18.4 percent on Thursday, their steepest one-day fall since 2020, after the chipmaker warned that customers were holding back on orders.",
				"Corvane Semiconductor shares tanked Thursday, closing down 14.8 percent, after the Texas chipmaker slashed its outlook and admitted customers were holding back on orders.",
			},
			want: [][]string{{"18.4 percent", "14.8 percent"}},
		},
		{
			name: "a count of part of a whole and of the same things",
			texts: []string{
				"Pocketly said on Tuesday that hackers had gained access to personal information belonging to 1.2 million of its users.",
				"Pocketly says cybercriminals broke into its systems and made off with personal information tied to 2.1 million users.",
			},
			want: [][]string{{"1.2 million of its users", "2.1 million users"}},
		},
		{
			name: "a sum mistyped with two digits swapped, in sentences told apart",
			texts: []string{
				"Thieves smashed their way into the Bellwater museum and stole a rare gold nugget valued at A$1.4 million, police said.",
				"Police are hunting thieves who raided the Bellwater museum overnight. The nugget, insured for A$4.1 million, has not been seen since.",
			},
			want: [][]string{{"A$1.4 million", "A$4.1 million"}},
		},
		{
			name: "a member's years in a body",
			texts: []string{
				"Senator Ruth Pike, who is retiring after 18 years in the Senate, endorsed Caldwell.",
				"Caldwell was endorsed by Pike, a Democrat leaving after 24 years in the Senate.",
			},
			want: [][]string{{"18 years", "24 years"}},
		},
		{
			name: "a share of a company's workforce",
			texts: []string{
				"Quillon Systems said on Wednesday that it would eliminate about 1,800 jobs, or 12 percent of its workforce, as it shifts spending.",
				"Quillon Systems will cut about 1,800 jobs, roughly 15 percent of its workforce, the company said Wednesday.",
			},
			want: [][]string{{"12 percent", "roughly 15 percent"}},
		},
		{
			name: "a round floor under a floor just above it",
			texts: []string{
				"Temperatures in parts of Sardonia topped 42 degrees Celsius this week during a heat wave that has gripped the south.",
				"Temperatures in parts of Sardonia rose above 40 degrees Celsius this week during a heat wave across the south.",
			},
		},
		{
			name: "a round floor under a floor well above it",
			texts: []string{
				"Temperatures in parts of Sardonia topped 52 degrees Celsius this week during a heat wave that has gripped the south.",
				"Temperatures in parts of Sardonia rose above 40 degrees Celsius this week during a heat wave across the south.",
			},
			want: [][]string{{"topped 52 degrees Celsius", "above 40 degrees Celsius"}},
		},
		{
			name: "the length of one strike, told by a hyphened span before it",
			texts: []string{
				"WARSAW — Train drivers and conductors at the state rail operator began a 48-hour strike on Tuesday, canceling about 1,200 trains and stranding travelers in the largest rail walkout in more than two decades.",
				"WARSAW — Poland's long-distance passenger trains largely stopped running on April 21 as drivers and conductors at Kolvar Intercity launched a 72-hour walkout over pay, the biggest on the country's railways in over two decades.",
			},
			want: [][]string{{"48-hour", "72-hour"}},
		},
		{
			name: "the length of one truce, its noun written as one word and as two",
			texts: []string{
				"BELCAS — The government and the Southern Front signed a six-month cease-fire on Friday.",
				"Rebel commanders in the hills said they would honour the 90-day ceasefire that the Southern Front had signed, according to mediators from three neighbouring countries.",
			},
			want: [][]string{{"six-month", "90-day"}},
		},
		{
			name: "the share of members that backed one ballot, told two ways",
			texts: []string{
				"Members of the Tarn Dockers' Alliance approved the strike authorization by 94 percent, according to results released by the union.",
				"The union said 84 percent of voting members backed the authorization, and talks resume on Monday.",
			},
			want: [][]string{{"94 percent", "84 percent"}},
		},
		{
			name: "a target is no share that was reached",
			texts: []string{
				"EDINBURGH — Only 61.3 percent of patients at emergency departments run by one Ardmore health board were seen within four hours last week, the worst in the country.",
				"The Ardmore government's target is for 95 percent of patients at emergency departments to be seen within four hours.",
				"Only 63.1% of patients at emergency departments were dealt with inside four hours last week, new figures show.",
			},
			want: [][]string{{"61.3 percent", "63.1%"}},
		},
		{
			name: "a committee's vote and a chamber's",
			texts: []string{
				"The House voted 74-22 to impeach Labor Commissioner Dwight Haskins, a Republican elected to a second term in 2022.",
				"The vote came a week after a special investigative committee voted 9-3 to recommend impeachment of Haskins.",
			},
		},
		{
			name: "the new level of a rate cut by an amount",
			texts: []string{
				"The Monetary Policy Committee of the Bank of Veloria cut the rate by 50 basis points, to 8.75 percent from 9.25 percent, on Tuesday.",
				"The Bank of Veloria's Monetary Policy Committee trimmed its benchmark rate by half a percentage point, to 8.25 percent, citing slowing inflation.",
			},
			want: [][]string{{"8.75 percent", "8.25 percent"}},
		},
		{
			name: "an age a sentence opens on, of whom the sentence before is about",
			texts: []string{
				"Marathoner Tomas Berhane won the Lakeside Marathon on Sunday in a course record. The 27-year-old broke away from a group of runners in the final stretch.",
				"Tomas Berhane, the 24-year-old who was running only his third marathon, won the Lakeside Marathon on Sunday.",
			},
			want: [][]string{{"27-year-old", "24-year-old"}},
		},
		{
			name: "a vote set off by a comma after its verb's object and a day",
			texts: []string{
				"The House passed a temporary spending bill 221-207 on Thursday that would keep the government funded.",
				"The House of Representatives passed a short-term government funding bill Thursday, 219-209, in a win for the speaker.",
			},
			want: [][]string{{"221-207", "219-209"}},
		},
		{
			name: "a time a deed lasted until is not when it began",
			texts: []string{
				"Senator Ana Ruiz began speaking at 10:51 a.m. on Tuesday and did not yield the floor until shortly after 2 a.m. on Wednesday.",
				"Ruiz, who is 34, took the floor shortly before 11 a.m. on Tuesday.",
			},
		},
		{
			name: "how long one deed lasted, beside another length",
			texts: []string{
				"The police arrested a student activist on Thursday night after several hundred demonstrators blocked a major avenue for more than six hours to protest a bill that would expand government powers to remove online content.\n\nThe bill, which passed its first reading last month, would allow a government committee to order platforms to take down posts deemed to threaten public order within 24 hours.",
				"Police took a student protest leader into custody Thursday after demonstrators blocked a major Korvath avenue for about three hours to oppose a proposed law on online content.\n\nThe bill would let a government panel order social media companies to remove posts considered a threat to public order within 24 hours.",
			},
			want: [][]string{{"more than six hours", "about three hours"}},
		},
		{
			name: "how often one thing was done",
			texts: []string{
				"An internal investigation opened after a video showing the arrest was viewed more than three million times on TikTok, officials said.",
				"The video, which has been viewed nearly one million times, was posted Sunday by a user.",
			},
			want: [][]string{{"more than three million times", "nearly one million times"}},
		},
		{
			name: "two ranges by their ends",
			texts: []string{
				"A former county treasurer was sentenced on Thursday to two to six years in state prison for the theft.",
				"A former county treasurer was sentenced Thursday to three to nine years in prison for the theft.",
			},
			want: [][]string{{"two to six years", "three to nine years"}},
		},
		{
			name: "a range and one figure inside it",
			texts: []string{
				"The county expects the repairs to cost between $19 and $22 million this year.",
				"The county expects the repairs to cost $20 million this year.",
			},
		},
		{
			name: "a fare raised from one value, the first without its unit",
			texts: []string{
				"The city raised the base fare for buses and subways this month from 5 reais to 5.40 reais, citing fuel costs.",
				"Demonstrators protested the fare increase, which raised the price of a single ride from 5.00 to 5.70 reais this month.",
			},
			want: [][]string{{"5.40 reais", "5.70 reais"}},
		},
		{
			name: "a span sizing a noun is not the whole of another span in its sentence",
			texts: []string{
				"President Rodrigo Saavedra declared a 60-day state of emergency on Wednesday in three of Bolivia's nine departments, where protesters have blocked highways for nearly two weeks.",
				"Bolivia's President Rodrigo Saavedra on Wednesday declared a 90-day state of emergency in three regions, deploying soldiers to break up road blockades.",
			},
			want: [][]string{{"60-day", "90-day"}},
		},
		{
			name: "how much earlier than planned is no length of time",
			texts: []string{
				"The election will now be held about 11 months earlier than scheduled, officials said.",
				"The election will now give parties about five months to campaign, officials said.",
			},
		},
		{
			name: "the toll of a storm two years ago is background",
			texts: []string{
				"An ice storm coated the Portland, Ore., area on Tuesday, snapping tree limbs and power lines and leaving about 190,000 homes and businesses without electricity, utility officials said. Portland General Electric said crews were working around the clock, but warned that some customers might not have power restored until the weekend. A severe ice storm two years ago left hundreds of thousands of customers in the region without power, some for more than a week.",
				"A dangerous ice storm swept through the Portland, Oregon, area Tuesday, knocking out power to about 90,000 customers and turning roads into sheets of ice. PGE warned that some customers could remain without power until at least Sunday.",
			},
		},
		{
			name: "one heat in Celsius and in Fahrenheit, the scale unsaid, and two heats that differ",
			texts: []string{
				"In Seville, where temperatures topped 40 degrees for the sixth straight day, officials closed parks. Lisbon reached 35 degrees on Sunday.",
				"Temperatures in Seville topped 104 degrees for the sixth straight day, and officials closed parks. Lisbon reached 31 degrees on Sunday.",
			},
			want: [][]string{{"35 degrees", "31 degrees"}},
		},
		{
			name: "a share of a whole told as a fraction and as a count",
			texts: []string{
				"About a quarter of the state's 500 school districts have borrowed money to cover expenses while waiting for state aid, according to the Ohio Association of School Business Officials.",
				"Roughly 125 of the state's 500 school districts have borrowed to stay afloat, according to the Ohio Association of School Business Officials.",
				"In the meantime, roughly 125 of the state's 500 school districts borrowed money to cover costs, according to the Ohio Association of School Business Officials.",
			},
		},
		{
			name: "one estimate told in sentences that do not align",
			texts: []string{
				"Vicente Fox said on Thursday that Mexico would not pay for the border wall. For his part, Mr. Trump has insisted that Mexico would pay for the wall, which he estimates would cost $8 billion.",
				"Former Mexican President Vicente Fox said Thursday his country would not pay for the wall. The real estate mogul estimates that building the wall would cost $10 billion.",
			},
			want: [][]string{{"$8 billion", "$10 billion"}},
		},
		{
			name: "two sums one report gives both of",
			texts: []string{
				"The deal sets military spending at $893 billion and domestic programs at $817 billion.",
				"Domestic spending under the deal would be $817 billion.",
			},
		},
		{
			name: "two lines of statistics, a season's and a game's",
			texts: []string{
				"The Saints placed Bush on injured reserve on Wednesday. Bush finished his third season in New Orleans with just 404 yards and two touchdowns on 106 carries.",
				"The Saints placed Bush on injured reserve on Wednesday. Over his last three games the back piled up 269 yards and one touchdown on 83 carries, a team spokesman said.",
			},
		},
		{
			name: "a floor and a count past it",
			texts: []string{
				"More than 20 people were still missing Monday.",
				"At least 25 people remained missing on Monday.",
			},
		},
		{
			name: "undated reports that name different weekdays for one death",
			texts: []string{
				"Cummings died early Thursday at Johns Hopkins Hospital from complications of longstanding health problems, his office said.",
				"Cummings died early Tuesday at Johns Hopkins Hospital due to complications of longstanding health problems, his office said.",
			},
			undated: true,
			want:    [][]string{{"Thursday", "Tuesday"}},
		},
		{
			name: "undated reports: a weekday set off by a comma before the deed it dates",
			texts: []string{
				"On Saturday, Moran was fired as head coach of the Harbor City Gulls. He had led the team for four seasons.",
				"The Gulls had lost nine of their last 12 games when Moran was fired Monday morning. He led the team for four seasons.",
			},
			undated: true,
			want:    [][]string{{"Saturday", "Monday morning"}},
		},
		{
			name: "undated reports: a weekday set off by a comma before a happening of its own",
			texts: []string{
				"A strong earthquake struck the coast of Valdoria on Tuesday, killing at least one person.",
				"A powerful earthquake strikes the coast of Valdoria, destroying dozens of houses. On Thursday, an earthquake measuring 7.2 struck the mountainous east of Valdoria.",
			},
			undated: true,
		},
		{
			name: "a person's age before the name, and after it as an apposition",
			texts: []string{
				"The 32-year-old Vasko won his tenth straight bout on Saturday. Tamsin Reyes, a 41-year-old nurse from Dunmore, was hit in the crosswalk.",
				"It was the 30-year-old Vasko's third win of the year. Police said 44-year-old Tamsin Reyes was with her husband when she was struck.",
			},
			want: [][]string{{"32-year-old", "30-year-old"}, {"41-year-old", "44-year-old"}},
		},
		{
			name: "ages of two people a place qualifies",
			texts: []string{
				"A 40-year-old Dunmore man was arrested after the crash on Route 9.",
				"A 19-year-old Dunmore woman was hurt in the crash on Route 9.",
			},
		},
		{
			name: "undated reports: a deed planned and the same deed after a modal",
			texts: []string{
				"The trial is scheduled to resume Monday, with testimony from a witness who says he was threatened.",
				"The trial will resume Wednesday with testimony from a man who says he was threatened.",
			},
			undated: true,
			want:    [][]string{{"Monday", "Wednesday"}},
		},
		{
			name: "one turnout told in sentences that do not align",
			texts: []string{
				"Turnout was 61 percent of roughly 7.1 million registered voters. Observers praised the calm.",
				"The electoral commission put turnout at 61%, and observers praised the calm.",
				"Turnout reached 67 percent, the commission said, higher than in the previous election.",
			},
			want: [][]string{{"61 percent", "67 percent"}},
		},
		{
			name: "rises of one noun from two bases, and shares of two groups",
			texts: []string{
				"Gun background checks hit 4.7 million last month, a 36% increase from February. Exactly 18 percent of participants reported nausea, the study found.",
				"The tally was a 25% increase from a then-record set in January, the FBI said. Exactly 19 percent of participants in the trial dropped out early.",
			},
		},
		{
			name: "one rate told as its level and as the level it moved to",
			texts: []string{
				"The Labor Department's report showed that the unemployment rate hit 14.7 percent in April, with millions put out of work. The electoral commission put turnout at 61 percent.",
				"The shutdown slashed payrolls in April, sending the unemployment rate skyrocketing to 15.0%, the Labor Department reported. Turnout reached 67 percent.",
			},
			want: [][]string{{"14.7 percent", "15.0%"}, {"61 percent", "67 percent"}},
		},
		{
			name: "two rates, each qualified by its own noun",
			texts: []string{
				"The unemployment rate rose to 3.7% in March, the department said.",
				"Prices kept climbing as the inflation rate rose to 3.5% in March.",
			},
		},
		{
			name: "one fee told as a sum of it and as its level",
			texts: []string{
				"MADRID — The club completed the signing of the striker on Wednesday, paying a fee of €42 million, a record for the club.",
				"The fee is reported to be €48 million, with the 23-year-old signing a deal that runs until June 2031.",
			},
			want: [][]string{{"€42 million", "€48 million"}},
		},
		{
			name: "one fee told in two currencies",
			texts: []string{
				"The club completed the signing on Wednesday, paying an initial fee of about £62 million in a club-record deal.",
				"The fee is reported to be around $84 million, with add-ons that could raise it further.",
			},
		},
		{
			name: "all the people a crash killed",
			texts: []string{
				"Officials admitted that a missile brought down the passenger jet, killing all 176 people on board.",
				"Officials acknowledged on Saturday that they shot down the passenger plane by mistake, killing all 220 people aboard.",
			},
			want: [][]string{{"176 people", "220 people"}},
		},
		{
			name: "a share of a noun paired with the share of that noun, not with one whose words are more alike",
			texts: []string{
				"The economy of Norland grew at a record-breaking 33.1% annual rate in the third quarter, the statistics office said.",
				"The economy of Norland grew at a record pace in the third quarter—increasing 7.4% over the prior quarter and at a 33.4% annual rate—recovering much of the ground it lost earlier in the year.",
			},
			want: [][]string{{"33.1%", "33.4%"}},
		},
		{
			name: "undated reports that name different days of the year for one trial",
			texts: []string{
				"Trial is set for June 17 for Christopher Simpson, who is accused of fatally shooting his girlfriend.",
				"Trial is set for June 19 for Christopher Simpson, accused of fatally shooting his girlfriend.",
			},
			undated: true,
			want:    [][]string{{"June 17", "June 19"}},
		},
		{
			name: "undated reports: a weekday and a day of the year are not compared",
			texts: []string{
				"Simpson's trial is set to begin on Thursday in the county court, the prosecutor said.",
				"Simpson's trial is set to begin on June 19 in the county court, the prosecutor said.",
			},
			undated: true,
		},
		{
			name: "undated reports: a day still to come and a day past, and days counted from each report's own",
			texts: []string{
				"Paul will press his question at the impeachment trial on Thursday, his aides said. The vote came yesterday.",
				"Paul pressed his question at the impeachment trial on Tuesday, his aides said. The vote came on Monday.",
			},
			undated: true,
		},
		{
			name: "a count in a sentence whose clause after a colon opens on a capital",
			texts: []string{
				"Hiring slowed last month. The numbers: The economy added 136,000 new jobs in September, the government said Friday.",
				"Hiring slowed last month. The U.S. economy added 170,000 jobs in September, the Labor Department reported Friday.",
			},
			want: [][]string{{"136,000 new jobs", "170,000 jobs"}},
		},
		{
			name: "a sum of a package that includes something else",
			texts: []string{
				"The House passed a $1.37 trillion spending package that includes money for the border wall on Tuesday.",
				"The Democratic-controlled House on Tuesday approved a $1.7 trillion federal spending package to avoid a shutdown.",
			},
			want: [][]string{{"$1.37 trillion", "$1.7 trillion"}},
		},
		{
			name: "sums to the cent",
			texts: []string{
				"The campaign spent $5,687.75 on the trip, records show.",
				"Records show the campaign spent $5,587.75 on the trip.",
			},
			want: [][]string{{"$5,687.75", "$5,587.75"}},
		},
		{
			name: "a price told with two verbs of buying",
			texts: []string{
				"Meridian Foods said on Monday that it had agreed to buy the snack company Baxter & Lowe for about $8.9 billion, the latest in a wave of consolidation.",
				"Meridian Foods announced Monday it will acquire snack maker Baxter & Lowe for $8.4 billion, in a bet on salty snacks.",
			},
			want: [][]string{{"about $8.9 billion", "$8.4 billion"}},
		},
		{
			name: "two hedged figures a tenth apart",
			texts: []string{
				"Turnout was about 58 percent, election officials said on Monday.",
				"Turnout reached about 68% in the election, officials said on Monday.",
			},
			want: [][]string{{"about 58 percent", "about 68%"}},
		},
		{
			name: "metric tons and US tons",
			texts: []string{
				"The treaty sets a combined annual catch limit of 60,000 metric tons for boats in the zone.",
				"The treaty sets a combined annual catch limit of roughly 66,000 tons for boats in the zone.",
			},
		},
		{
			name: "a lead that gives a toll beside the count of passengers",
			texts: []string{
				"A charter bus carrying 47 passengers on an overnight trip from New York overturned on Interstate 81 in Pennsylvania early Friday, killing three people and injuring 27 others, the state police said.",
				"The bus was carrying 52 passengers to a casino in West Virginia when it crashed around 5:40 a.m. on Interstate 81 near Carlisle.",
			},
			want: [][]string{{"47 passengers", "52 passengers"}},
		},
		{
			name: "one temperature in two scales, and a scale against none",
			texts: []string{
				"Molten metal at about 2,800 degrees Fahrenheit spilled into the pit, and the air outside was around 80 degrees Fahrenheit.",
				"Molten metal at more than 1,500 degrees Celsius spilled into the pit, and the air outside was about 27 degrees.",
			},
		},
		{
			name: "tolls of a state and of a county in it",
			texts: []string{
				"At least nine people were killed by the tornadoes. Six people were killed in Mississippi, including four in Leake County, where a tornado tore through the town of Carthage.",
				"At least nine people were killed by the tornadoes. The hardest-hit area was Carthage, a town of about 5,000 people in Leake County, where four people were killed.",
			},
		},
		{
			name: "part of a body's members and the body's size",
			texts: []string{
				"The motion was backed by 68 of the 126 members of the State Great Khural, the country's legislature.",
				"A total of 68 lawmakers in the 126-member State Great Khural voted for the motion.",
			},
		},
		{
			name: "a bound converted and rounded to tens",
			texts: []string{
				"The planet is far too hot to be habitable, with an estimated surface temperature of more than 400 degrees Celsius.",
				"The planet is far too hot to be habitable, with an estimated surface temperature of more than 750 degrees Fahrenheit.",
			},
		},
		{
			name: "one distance in two units that disagree",
			texts: []string{
				"The epicenter of the quake was 12 miles south of the city of Malatya, at a depth of six miles.",
				"The epicenter of the quake was 25 kilometers south of the city of Malatya, at a depth of six miles.",
			},
			want: [][]string{{"12 miles", "25 kilometers"}},
		},
		{
			name: "one temperature in two scales that disagree",
			texts: []string{
				"Forecasters said the temperature in Phoenix would reach 110 degrees Fahrenheit on Saturday.",
				"Forecasters said the temperature in Phoenix would reach 49 degrees Celsius on Saturday.",
			},
			want: [][]string{{"110 degrees Fahrenheit", "49 degrees Celsius"}},
		},
		{
			name: "two sentences on a fire's floors, whose subject is no name",
			texts: []string{
				"The fire broke out late Sunday on the third floor of the six-story Harbor Textile factory, 40 kilometers north of Chittagong, where 3,000 machines stood.",
				"The blaze broke out late on Oct. 30 on the third floor of the six-story Harbor Textile factory, 40 kilometers north of Chittagong, where 3,000 machines stood.",
			},
			want: [][]string{{"Sunday", "Oct. 30"}},
		},
		{
			name: "the one vote of a story, told in sentences that share few words",
			texts: []string{
				"WASHINGTON — The House voted 231 to 196 on Thursday to approve a $47.8 billion package aimed at replacing lead service lines and rebuilding aging water systems in small towns, sending the measure to a Senate where its prospects remain uncertain.",
				"The House on Thursday approved a sweeping water bill carrying a price tag of $47.8 billion. The measure passed 221 to 196 and now heads to the Senate.",
				"In a rare show of bipartisanship, the House on Thursday passed legislation to replace lead water pipes. The 231-196 vote sends the bill to the Senate, where it faces a tougher path.",
			},
			want: [][]string{{"231 to 196", "221 to 196"}},
		},
		{
			name: "a story's score and an earlier one further down",
			texts: []string{
				"Kent State fired its football coach on Sunday, a day after a 41-10 home loss to Ball State.",
				"Kent State fired its football coach on Sunday. The university made the announcement. The team had lost every game. Its players were told first. Some fans had called for a change after a 38-3 loss to Toledo earlier in the month.",
			},
		},
		{
			name: "a change from one number to another is no vote",
			texts: []string{
				"The House of Commons approved legislation lowering the federal voting age from 18 to 16 on Tuesday.",
				"The vote was 171 to 148 in the House of Commons on Tuesday.",
			},
		},
		{
			name: "a winner's margin told as a majority and as a lead in votes",
			texts: []string{
				"Gareth Pryce of Reform UK finished second with 10,618, leaving Ms. Carrick with a majority of 1,284.",
				"Labour candidate Siobhan Carrick won the by-election by 1,842 votes over Reform UK's Gareth Pryce, collecting nearly 12,000 votes in Thursday's contest.",
			},
			want: [][]string{{"1,284", "1,842 votes"}},
		},
		{
			name: "a winner's margin beside the last election's",
			texts: []string{
				"Gareth Pryce of Reform UK finished second, leaving Ms. Carrick with a majority of 1,284. Mr. Pemberton had won the seat by more than 9,000 votes at the 2019 general election.",
				"Siobhan Carrick won the by-election by 1,842 votes over Gareth Pryce. Labour held the seat with a majority of 9,600 at the 2019 general election.",
			},
			want: [][]string{{"1,284", "1,842 votes"}},
		},
		{
			name: "a margin is no count of votes cast",
			texts: []string{
				"Siobhan Carrick won the by-election by 1,284 votes on Thursday.",
				"Siobhan Carrick won the by-election with 11,902 votes on Thursday.",
			},
		},
		{
			name: "counts hyphenated to their noun",
			texts: []string{
				"The 48-page indictment says the couple spent the money on trips. He took a 35-word oath.",
				"According to the 47-page indictment, the couple spent the money on trips. He took a 38-word oath.",
			},
			want: [][]string{{"48-page", "47-page"}, {"35-word", "38-word"}},
		},
		{
			name: "spans of years",
			texts: []string{
				"He served in the House from 1967 to 1979.",
				"He served in the House from 1966 to 1978, the archive shows.",
			},
			want: [][]string{{"1967 to 1979", "1966 to 1978"}},
		},
		{
			name: "a vague date against a day",
			texts: []string{
				"The state primaries will be held in mid-May.",
				"The state primaries will be held on April 30.",
			},
			want: [][]string{{"mid-May", "April 30"}},
		},
		{
			name: "stated lower bounds that differ",
			texts: []string{
				"The crash killed at least 12 people on the highway, police said.",
				"The crash on the highway killed at least 15 people, police said.",
			},
			want: [][]string{{"at least 12 people", "at least 15 people"}},
		},
		{
			name: "two tallies of one vote",
			texts: []string{
				"CEDAR BLUFF, Colo. — After hours of public comment, the City Council voted 5-2 late Tuesday to buy a shuttered motel.",
				"A Colorado city council voted 4-3 on Tuesday night to approve a plan to convert a shuttered motel into a shelter.",
			},
			want: [][]string{{"5-2", "4-3"}},
		},
		{
			name: "two tallies of one vote beside the seats of another chamber",
			texts: []string{
				"The Michigan House voted on Wednesday to raise the minimum wage, approving the measure on a vote of 58-51. The Chamber of Commerce will lobby the Senate, where Democrats hold a 20-18 majority.",
				"The bill passed on a vote of 57-52. The Chamber of Commerce will press the Senate, which Democrats control 20-18.",
			},
			want: [][]string{{"58-51", "57-52"}},
		},
		{
			name: "one magnitude in sentences that share words away from it",
			texts: []string{
				"The quake, which the United States Geological Survey measured at magnitude 6.7, hit before dawn off the coast of Mindanao.",
				"The magnitude 6.9 quake struck off the coast of Mindanao, according to the U.S. Geological Survey.",
			},
			want: [][]string{{"magnitude 6.7", "magnitude 6.9"}},
		},
		{
			name: "a count named by its own word, once in each report",
			texts: []string{
				"Two armed men in ski masks wielding crowbars held up a family-owned gas station near Millbrook on Sunday, the sheriff's office said.",
				"Three armed men stormed a Millbrook gas station Sunday and made off with the cash.",
			},
			want: [][]string{{"Two armed men", "Three armed men"}},
		},
		{
			name: "a rate decided on a day against the same rate for the year ahead",
			texts: []string{
				"The Harbor County school board voted on Monday to raise property taxes by 3.2 percent, its first increase in six years.",
				"Homeowners in Harbor County will pay 2.3 percent more in property taxes next year after the school board approved the increase on Monday.",
			},
			want: [][]string{{"3.2 percent", "2.3 percent"}},
		},
		{
			name: "a cut told on a day within the year that dates it",
			texts: []string{
				"Calloway Motors, the Detroit automaker, said on Wednesday that it would lay off 2,600 workers at its Ohio plants.",
				"Calloway Motors is cutting 6,200 jobs, the automaker announced Wednesday, in one of the biggest industrial layoffs of the year.",
			},
			want: [][]string{{"2,600 workers", "6,200 jobs"}},
		},
		{
			name: "a cut told on a day and an earlier year's cut",
			texts: []string{
				"Calloway Motors, the Detroit automaker, said on Wednesday that it would lay off 2,600 workers at its Ohio plants.",
				"Calloway Motors, the Detroit automaker, cut about 900 jobs at its Ohio plants in 2024 as demand for sedans fell.",
			},
		},
		{
			name: "two sums sizing one noun",
			texts: []string{
				"The $36 billion package, spread over eight years, would rebuild rural bridges and expand broadband in farm counties.",
				"The $32 billion package would rebuild rural bridges, widen interstate highways and expand broadband in farm counties.",
			},
			want: [][]string{{"$36 billion", "$32 billion"}},
		},
		{
			name: "two rises sizing one noun from different times",
			texts: []string{
				"About 4.1 million passengers flew through the airport last month, a 31% increase from January, the authority said.",
				"The 4.1 million passengers were a 22% increase from a then-record 3.4 million passengers in March 2019, the authority said.",
			},
			undated: true,
		},
		{
			name: "a sum told on one day and a sum bounded by another's day",
			texts: []string{
				"His campaign said he had raised $2.4 million in the first week after launching his bid on Monday, a record for the district.",
				"His campaign said Tuesday it had raised $2.1 million in the first week after the launch.",
			},
			want: [][]string{{"$2.4 million", "$2.1 million"}},
		},
		{
			name: "two sums sizing one deal told by two words",
			texts: []string{
				"The Justice Department on Friday ended its review of the $2.4 billion deal, which farm groups had urged it to block, after Northline agreed to sell six grain terminals.",
				"The Justice Department on Friday approved Northline's $2.9 billion acquisition of Prairie Grain, after more than a year of scrutiny.",
			},
			want: [][]string{{"$2.4 billion", "$2.9 billion"}},
		},
		{
			name: "two sums sizing one noun for two people",
			texts: []string{
				"Running back Dale Hollis signed a $40 million contract with the Saints on Monday.",
				"Linebacker Tom Marsh signed a $25 million contract with the Saints on Monday.",
			},
		},
		{
			name: "two counts of what comes from one place",
			texts: []string{
				"More than 80 volunteers from Hollins and three neighboring towns searched the woods through the night, the sheriff said.",
				"About 45 volunteers from Hollins, Dale, Corbin and several other towns walked the riverbank until dawn, Sheriff Amy Reyes said. A search for a lost hunter in 2019 drew 200 volunteers.",
			},
			want: [][]string{{"More than 80 volunteers", "About 45 volunteers"}},
		},
		{
			name: "a zero dropped",
			texts: []string{
				"HARLAN, Ky. — A storage tank at a fuel depot on the Cumberland River ruptured early Monday, releasing about 4,200 barrels of a diesel blend and prompting officials to order residents within a mile to stay indoors. In 2019, a valve failure at the same depot released about 300 barrels of fuel.",
				"Cleanup crews were working Tuesday after a storage tank at a Kentucky fuel depot ruptured, sending about 42,000 barrels of a diesel blend into a ditch that feeds the Cumberland River.",
				"A storage tank at a fuel depot in eastern Kentucky split open Monday morning, releasing about half of the 9,000 barrels it held.",
			},
			want: [][]string{{"about 4,200 barrels", "about 42,000 barrels"}},
		},
		{
			name: "one noun's change told by two verbs",
			texts: []string{
				"Harbin Foods, the Omaha-based snack maker, said on Tuesday that its quarterly revenue rose 6 percent, helped by strong sales of pretzels.",
				"The Omaha company said revenue jumped 16 percent to $410 million in the quarter as pretzel sales surged.",
			},
			want: [][]string{{"6 percent", "16 percent"}},
		},
		{
			name: "two shares of one vote",
			texts: []string{
				"With all precincts reporting, Ms. Ortiz had 57 percent of the vote to Mr. Kemp's 43 percent, according to unofficial results. Turnout was 28 percent.",
				"Maria Ortiz won 55 percent of the vote in Tuesday's race for county executive, according to unofficial results.",
			},
			want: [][]string{{"57 percent", "55 percent"}},
		},
		{
			name: "one board named by its town and by its state",
			texts: []string{
				"The Carver school board voted 5-4 on Monday night to close Maple Elementary School, citing falling enrollment.",
				"A rural Ohio school board voted 6-3 on Monday night to close an elementary school, over the objections of parents.",
			},
			want: [][]string{{"5-4", "6-3"}},
		},
		{
			name: "two tallies of one vote, a name after one of them",
			texts: []string{
				"DENVER — The Colorado House voted 38 to 27 on Tuesday to limit groundwater pumping.",
				"The measure cleared the chamber 38-26 after a heated debate, with a handful of Republicans crossing the aisle to support it.",
			},
			want: [][]string{{"38 to 27", "38-26"}},
		},
		{
			name: "two digits swapped among other sums",
			texts: []string{
				"Oyelaran won 36,418 votes, or 52 percent, to 33,020 for Kettering, with 2,100 ballots left to count.",
				"Kettering conceded on Tuesday night. Oyelaran's total of 34,618 votes was the highest in a runoff since 1998.",
			},
			want: [][]string{{"36,418 votes", "34,618 votes"}},
		},
		{
			name: "two digits swapped, one number spelt in words",
			texts: []string{
				"Fourteen cars left the rails near Elm Creek shortly before dawn, the railroad said. The train was pulling 96 cars of corn to Omaha.",
				"The 96-car train was hauling corn when 41 cars of the Plains Western freight jumped the tracks near Elm Creek.",
			},
			want: [][]string{{"Fourteen cars", "41 cars"}},
		},
		{
			name: "two quantities whose digits happen to be swaps",
			texts: []string{
				"He played in 10 games, rushing for 404 yards while catching 52 passes for 440 yards.",
				"He wraps up the year with 404 yards rushing and 440 yards receiving.",
				"Bush finished his third season with just 440 yards receiving and 106 carries.",
			},
		},
		{
			name: "a ban of two lengths in sentences worded apart",
			texts: []string{
				"Mattias Lindqvist, a Swedish player ranked 188th in the world, was banned for seven years and fined $150,000 on Tuesday. The agency has sanctioned more than 20 players in the past two years.",
				"Swedish tennis player Mattias Lindqvist has been banned for five years and fined $150,000 after being found guilty of match-fixing.",
			},
			want: [][]string{{"seven years", "five years"}},
		},
		{
			name: "points needed and points scored",
			texts: []string{
				"The senior needed nine points in Thursday's game against Evansville to pass Phil Ford for the career record.",
				"The senior scored 20 points in Thursday's game against Evansville to pass Phil Ford for the career record.",
			},
		},
		{
			name: "two players' lines",
			texts: []string{
				"Bush will finish the year with 404 yards rushing, 52 catches for 440 yards and four scores.",
				"Thomas missed 10 games this season and had 269 yards on 83 carries and another 201 yards on 29 catches.",
			},
		},
		{
			name: "one player's line told two ways",
			texts: []string{
				"Bush will finish the year with 404 yards rushing, 52 catches for 440 yards and four scores.",
				"Bush finished with 404 yards rushing, 25 catches for 440 yards and four touchdowns.",
			},
			want: [][]string{{"52 catches", "25 catches"}},
		},
		{
			name: "a slipped digit, where the words around agree",
			texts: []string{
				"A storage tank ruptured early Tuesday, releasing about 7,500 gallons of a solvent mixture into the river.",
				"Crews worked after a storage tank ruptured, sending about 75,000 gallons of a solvent mixture into a ditch.",
			},
			want: [][]string{{"about 7,500 gallons", "about 75,000 gallons"}},
		},
		{
			name: "sums with four words around them alike",
			texts: []string{
				"The legislation sets aside $15 billion to replace lead service lines, the narrow pipes that carry water into homes.",
				"The bill directs $12 billion to replace lead service lines and sends most of the rest to small water systems.",
			},
			want: [][]string{{"$15 billion", "$12 billion"}},
		},
		{
			name: "a price per share",
			texts: []string{
				"Halvorsen Foods said on Monday that it had agreed to acquire Crestmoor Brands for $48 a share in cash.",
				"Halvorsen Foods announced Monday it will buy Crestmoor Brands for $46 per share in cash.",
			},
			want: [][]string{{"$48", "$46"}},
		},
		{
			name: "the others beside one named and all of them",
			texts: []string{
				"Gov. Brent Yoakum declared a state of emergency for Logan County and four neighboring counties on Monday.",
				"Gov. Brent Yoakum declared a state of emergency for five counties on Monday.",
			},
		},
		{
			name: "one chamber's vote in sentences worded apart, and a committee's",
			texts: []string{
				"The Colorado House voted 38 to 27 on Tuesday to impose limits on groundwater pumping.",
				"The measure cleared the chamber 38-26 after a lengthy and at times heated debate.",
				"The 38-27 vote came after Democrats beat back a series of amendments.",
				"A committee had advanced the bill on a 7-4 vote last month.",
			},
			want: [][]string{{"38 to 27", "38-26"}},
		},
		{
			name: "a court's vote worded apart",
			texts: []string{
				"In a 5-2 ruling, the Montana Supreme Court struck down the law on Thursday.",
				"The court's 4-3 decision drew a sharp dissent from the chief justice.",
			},
			want: [][]string{{"5-2", "4-3"}},
		},
		{
			name: "a price per share in sentences worded apart",
			texts: []string{
				"Pinebrook shareholders will receive $41.50 a share in cash, a 28 percent premium over the stock's closing price on Friday.",
				"Under the terms of the agreement, Pinebrook investors will be paid $41.15 per share in cash.",
			},
			want: [][]string{{"$41.50", "$41.15"}},
		},
		{
			name: "two votes of two bodies the same tally apart",
			texts: []string{
				"The Senate passed the bill in a 58-41 vote that drew support from 12 Republicans.",
				"The Senate passed the bill by a vote of 57-42 on Thursday.",
			},
			want: [][]string{{"58-41", "57-42"}},
		},
		{
			name: "two ages of one person",
			texts: []string{
				"Officers found Jalen Brooks, 17, of Millhaven, lying on the sidewalk near the park.",
				"They found Jalen Brooks, 19, suffering from gunshot wounds.",
			},
			want: [][]string{{"17", "19"}},
		},
		{
			name: "two tolls in sentences that share little",
			texts: []string{
				"The crash killed four people and injured more than two dozen others, the authorities said.",
				"Five people were killed and dozens more were hurt when a charter bus rolled over on an icy road on Friday night, police said.",
			},
			want: [][]string{{"four people", "Five people"}},
		},
		{
			name: "a pronoun that means the same player",
			texts: []string{
				"Harrison missed the game with a hamstring injury. He has 53 catches for 605 yards this season.",
				"Harrison has 53 catches for 650 yards this season.",
			},
			want: [][]string{{"605 yards", "650 yards"}},
		},
		{
			name: "a bound and a value within it",
			texts: []string{
				"He repaid the campaign more than $60,000 last year.",
				"He repaid the campaign about $60,000 last year.",
				"He repaid the campaign $64,000 last year.",
			},
		},
		{
			name: "a range and one of its ends",
			texts: []string{
				"The project will cost between $19 and $22 million, the city said.",
				"The city said the project will cost $19 million.",
			},
		},
		{
			name: "a rate for a year and an average over years",
			texts: []string{
				"The turnout was 35.7 percent in 2014, the office said.",
				"The turnout averaged 31.55 percent over 2007–2014, the office said.",
			},
		},
		{
			name: "federal and state taxes",
			texts: []string{
				"He paid $40,000 in federal taxes last year, the filing shows.",
				"He paid $12,000 in state taxes last year, the filing shows.",
			},
		},
		{
			name: "two people's ages",
			texts: []string{
				"The 90-year-old man was rescued from the river on Monday.",
				"The man, aged 90, was rescued from the river on Monday.",
			},
		},
		{
			name: "units converted",
			texts: []string{
				"The storm cut a path 5 miles long through the town.",
				"The storm cut a path 8 kilometers long through the town.",
			},
		},
		{
			name: "a decade and a year of it",
			texts: []string{
				"The church was built in the 1930s when settlers arrived from the Midwest.",
				"The church was built in 1935 when settlers arrived from the Midwest.",
			},
		},
		{
			name: "a distance and a bound above it",
			texts: []string{
				"A rocket landed 17 miles from Tel Aviv, the army said.",
				"A rocket landed within 20 miles of Tel Aviv, the army said.",
			},
		},
		{
			name: "the same bound twice",
			texts: []string{
				"It was the team's second such arrest in less than a month.",
				"It was the team’s second such arrest in less than a month.",
			},
		},
		{
			name: "a part's whole and a count",
			texts: []string{
				"An autopsy shows he was hit in the back by three of the seven bullets fired by police.",
				"Police say his gun was loaded with four bullets when he was hit in the back.",
			},
		},
		{
			name: "two distances in one sentence",
			texts: []string{
				"The quake struck 55 kilometres south of Bireun and 72 kilometres southeast of Reuleuet.",
				"The quake struck 55 kilometres south of Bireun and 72 kilometres southeast of Reuleuet, the agency said.",
			},
		},
		{
			name: "tallies of two players",
			texts: []string{
				"Thomas ran for 20 yards. He has also caught eight passes for 66 yards and three touchdowns.",
				"Bush ran for 20 yards. He had 793 yards and six touchdowns and caught 39 passes for 302 yards.",
			},
		},
		{
			name: "a toll and a toll of years ago",
			texts: []string{
				"The quake destroyed homes across Aceh province, killing three people, officials said.",
				"Aceh province was devastated by the tsunami that killed 168,000 people, officials said.",
			},
		},
		{
			name: "another happening of the same kind",
			texts: []string{
				"The quake on Sunday destroyed homes. Another strong quake hit the province in 1996, killing 20 people.",
				"The quake on Sunday destroyed homes. It revived memories of the strong quake that hit the province in 2002.",
			},
		},
		{
			name: "a rate the other sentence also gives",
			texts: []string{
				"The U.S. economy grew at a record-breaking 33.1% annual rate in the third quarter, the Commerce Department reported Thursday.",
				"The economy grew at a record pace in the third quarter—increasing 7.4% over the prior quarter and at a 33.1% annual rate—recovering about two-thirds of the ground it lost.",
			},
		},
		{
			name: "ages of two people",
			texts: []string{
				"Officers found Jalen Brooks, 17, lying on the sidewalk.",
				"Officers found his friend Marcus Hill, 19, beside him.",
			},
		},
		{
			name: "a toll and the toll of another crash, an article giving both",
			texts: []string{
				"The crash killed four people, officials said.",
				"The crash killed four people. In 2019, a collision on the same curve killed two people.",
			},
		},
		{
			name: "counts of things of two kinds",
			texts: []string{
				"President Trump and his allies have filed lawsuits in five states where Biden leads, judges said.",
				"President Trump suffered setbacks in three key swing states on Friday, judges said.",
			},
		},
		{
			name: "the whole of a part, in tokenised text",
			texts: []string{
				"Creighton got five points from Echenique in the first minutes of the second half.",
				"Echenique scored five of Creighton ’ s first eight points in the second half.",
			},
		},
		{
			name: "a pronoun that means another player",
			texts: []string{
				"Peyton Manning was nearly perfect. Manning threw for 364 yards and three touchdowns as the Colts beat Jacksonville.",
				"Marvin Harrison did not play as the Colts beat Jacksonville. He has 53 catches for 605 yards and five touchdowns.",
			},
		},
		{
			name: "sentences that open on different names",
			texts: []string{
				"Tyler Hansbrough broke the record with Vaughn beside him. Hansbrough finished the game with 20 points and nine rebounds.",
				"Tyler Hansbrough broke the record with Vaughn beside him. Vaughn finished with 16 points and nine rebounds.",
			},
		},
		{
			name: "a chamber's vote told after its subject and an adverb",
			texts: []string{
				"The House passed the measure 33 to 27 shortly before midnight, several hours after the Senate approved it 17 to 13.",
				"The state House approved the bill 34-26 late in the evening, following a 17-13 vote in the state Senate earlier in the day.",
			},
			want: [][]string{{"33 to 27", "34-26"}},
		},
		{
			name: "a cap on fines in two forms of one currency",
			texts: []string{
				"The new agency will be able to issue stop-work orders and seek fines of up to 50 million Australian dollars against companies.",
				"The legislation sets up a regulator, which will be able to hit companies with fines of up to A$15 million ($9.8 million) for breaches.",
			},
			want: [][]string{{"up to 50 million Australian dollars", "up to A$15 million"}},
		},
		{
			name: "a quarter's and a year's revenue of one noun",
			texts: []string{
				"Brightwell posted fourth-quarter revenue of $14.3 billion, up 6 percent from a year earlier.",
				"Over the full year, sales reached a record and revenue of $52.8 billion beat forecasts.",
			},
		},
		{
			// One fire's area told on two days as it grew: the two days
			// are no disagreement.
			name: "an area reached by one day and another area on the day before",
			texts: []string{
				"A wildfire forced the evacuation of a small town in the province's south on Friday.\n\nThe Corran Ridge fire covered 6,200 hectares on Friday and was spreading quickly in hot, windy weather, provincial officials said.",
				"Some 900 residents of Dunmere spent Friday night in a reception centre after a wildfire forced them from their homes.\n\nThe Corran Ridge fire had spread to 7,000 hectares by Saturday morning, provincial wildfire officials said, as gusty winds drove it across a ridge.",
			},
			published: crosscheck.Day(2026, time.August, 8), // a Saturday
		},
		{
			name: "one area on two days",
			texts: []string{
				"A wildfire forced the evacuation of a small town in the province's south on Friday.\n\nThe Corran Ridge fire covered 6,200 hectares on Friday and was spreading quickly in hot, windy weather, provincial officials said.",
				"Some 900 residents of Dunmere spent Friday night in a reception centre after a wildfire forced them from their homes.\n\nThe Corran Ridge fire had spread to 6,200 hectares on Thursday, provincial wildfire officials said, as gusty winds drove it across a ridge.",
			},
			published: crosscheck.Day(2026, time.August, 8),
			want:      [][]string{{"Friday", "Thursday"}},
		},
		{
			name: "a strike's start told as walking out and as a strike staged",
			texts: []string{
				"Roughly 900 drivers employed by Tarn Valley Buses will walk out for 48 hours starting June 1, according to the Transport Workers' Guild.",
				"Drivers at Tarn Valley Buses will stage a 48-hour strike from June 8 after rejecting a pay offer, the Transport Workers' Guild announced Monday.",
			},
			want: [][]string{{"June 1", "June 8"}},
		},
		{
			name: "a plan approved and given the go-ahead",
			texts: []string{
				"City planners on Tuesday approved a 900-home scheme on a former rail yard in Harwick, one of the largest developments in the town's history.",
				"A plan to build 900 homes on a disused rail yard in Harwick was given the go-ahead on Wednesday.",
			},
			want: [][]string{{"Tuesday", "Wednesday"}},
		},
		{
			name: "a day one must testify and one ordered to testify",
			texts: []string{
				"Rep. Dale Whitcomb, who chairs the subcommittee on disaster contracts, said Harbor Shelter chief executive Lena Marsh-Ortiz must testify Nov. 5.",
				"A House panel has subpoenaed Lena Marsh-Ortiz, chief executive of Harbor Shelter, ordering her to testify Nov. 12 about the delayed homes.",
			},
			want: [][]string{{"Nov. 5", "Nov. 12"}},
		},
		{
			name: "a match to play on a day and one that names another day's game",
			texts: []string{
				"Norwood improved to 24-6 on the season and advances to play Saturday in a semifinal against Halden State.",
				"Norwood will play the winner of Friday's second quarterfinal between Halden State and Carrow in the semifinals.",
			},
		},
		{
			name: "a share of the votes counted and a share of the vote",
			// Two shares of a count as it goes on, and two shares of the
			// vote a rounding apart: none is flagged.
			texts: []string{
				"With about 80 percent of the votes counted, Measure 12 had 56 percent support.",
				"With 91 percent of ballots counted, Measure 12 was winning 55 percent of the vote.",
			},
		},
		{
			name: "the second of two lengths, the first alike",
			texts: []string{
				"For residents of Loma Alta, the trip down the hill will be cut from more than an hour by bus to about 12 minutes, officials said.",
				"Officials say the line will cut a commute of more than an hour to about 20 minutes.",
			},
			want: [][]string{{"about 12 minutes", "about 20 minutes"}},
		},
		{
			name: "a sum told in parts and whole",
			texts: []string{
				"Tamsin Oduya earned $75,000 for the win plus a $25,000 bonus for the course record.",
				"Tamsin Oduya took home $100,000, including a $25,000 bonus for the course record.",
			},
		},
		{
			name: "a vote to override on a day and on another",
			texts: []string{
				"The Assembly voted later on Friday to override the veto, causing the bill to become law.",
				"The Assembly ensured the bill will become law after voting 61-12 to override Wednesday afternoon.",
			},
			want: [][]string{{"Friday", "Wednesday afternoon"}},
		},
		{
			name: "a strike voted for on a day and begun on another",
			texts: []string{
				"Drivers at Tarn Valley Buses voted to authorize a strike on Monday, the Transport Workers' Guild said.",
				"Drivers at Tarn Valley Buses will walk out for 48 hours starting June 8, the Transport Workers' Guild said.",
			},
		},
		{
			name: "a time of day in local time, beside a state's agency",
			texts: []string{
				"The satellite, Tara-2, built by the Pune-based company Tarang Orbital, lifted off at 9:42 a.m. local time aboard a rocket operated by India's state space agency from the launch center at Kalpakkam, on the Bay of Bengal coast.",
				"The satellite, called Tara-2, was launched from Kalpakkam at 9:24 a.m. aboard a rocket of India's state space agency.",
			},
			want: [][]string{{"9:42 a.m.", "9:24 a.m."}},
		},
		{
			name: "a time of day where it happened and in another zone",
			texts: []string{
				"The quake, which the Geological Survey measured at magnitude 6.9, hit at 9:43 a.m. on Friday off the coast.",
				"The quake hit at 9:43 p.m. Thursday Eastern time off the coast, the Geological Survey said.",
			},
		},
		{
			name: "an unnamed man's age in two reports of his arrest",
			texts: []string{
				"The police have arrested a 34-year-old man in the fatal shooting of a tire shop owner during a robbery.",
				"A 36-year-old man has been arrested in the killing of a tire shop owner who was shot during a robbery.",
			},
			want: [][]string{{"34-year-old", "36-year-old"}},
		},
		{
			name: "a share of the vote, one report naming a federal office",
			texts: []string{
				"Final results published by the Federal Chancellery showed 53.4 percent of voters in favor of the measure, which also won a majority of the cantons.",
				"The measure passed with 54.3% of the vote in Sunday's national referendum and won majorities in most cantons.",
			},
			want: [][]string{{"53.4 percent", "54.3%"}},
		},
		{
			name: "federal and national shares told apart",
			texts: []string{
				"Turnout in the federal election was 61.2 percent, officials said.",
				"Turnout in the national election was 58.9 percent, officials said.",
			},
		},
		{
			name: "the new values of one change, the old value alike",
			texts: []string{
				"WASHINGTON — The White House on Friday raised tariffs on imported steel to 35 percent from 25 percent, a sharp escalation that officials said was needed.",
				"The White House on Feb. 28 announced it would raise tariffs on imported steel to 30 percent from 25 percent, a move economists warned would push up prices.",
			},
			want: [][]string{{"35 percent", "30 percent"}},
		},
		{
			name: "one candidate's share of the vote in sentences that share few words",
			texts: []string{
				"With nearly all ballots counted on Wednesday, Ms. Ortega had 54 percent of the vote, a lead of about 5,000 votes.",
				"Ortega won 51 percent of the vote, defeating a restaurateur in the nonpartisan contest, according to unofficial returns.",
			},
			want: [][]string{{"54 percent", "51 percent"}},
		},
		{
			name: "two candidates' shares of the vote",
			texts: []string{
				"With nearly all ballots counted on Wednesday, Ms. Ortega had 54 percent of the vote, a lead of about 5,000 votes.",
				"Draper won 46 percent of the vote, according to unofficial returns.",
			},
		},
		{
			name: "a round floor under a precise one",
			texts: []string{
				"Pryce is accused of spending more than $218,000 in campaign money on family vacations.",
				"Pryce is accused of spending more than $200,000 in campaign money on family vacations.",
			},
		},
		{
			name: "two floors written as precisely",
			texts: []string{
				"Pryce is accused of spending more than $210,000 in campaign money on family vacations.",
				"Pryce is accused of spending more than $240,000 in campaign money on family vacations.",
			},
			want: [][]string{{"more than $210,000", "more than $240,000"}},
		},
		{
			name: "a toll's floor that rose",
			texts: []string{
				"More than 600 Palestinians have been killed in the offensive, medical officials said.",
				"More than 640 Palestinians have been killed in the offensive, medical officials said.",
			},
			want: [][]string{{"More than 600 Palestinians", "More than 640 Palestinians"}},
		},
		{
			name: "the one sum of two leads",
			texts: []string{
				"LONDON — Brentford has signed the Argentine striker Mateo Ferreyra from Benfica for a club-record fee of £58 million, the club announced on Monday. He scored 27 goals last season.",
				"Brentford have completed the signing of Benfica striker Mateo Ferreira for £53 million, the Premier League club said Monday. The forward joins on a five-year contract.",
			},
			want: [][]string{{"£58 million", "£53 million"}},
		},
		{
			name: "two leads' sums that one rounds",
			texts: []string{
				"The small business rescue fund set up by Congress exhausted its $350 billion on Thursday, the agency said. Lenders stopped taking applications.",
				"A $349 billion fund for small businesses ran dry on Thursday, leaving many owners waiting. Lawmakers are negotiating more money.",
			},
		},
		{
			name: "a deal's price in one lead and its value with debt in another",
			texts: []string{
				"Halvorsen Foods said on Tuesday that it had agreed to buy Brightmere Snacks for $3.46 billion in cash, betting that salty snacks will keep selling. The deal is expected to close next year.",
				"Halvorsen Foods said Tuesday that it will acquire Brightmere Snacks in a deal that values the Ohio company at about $4.1 billion including debt. Shares rose.",
			},
		},
		{
			name: "a looser figure sides with the one value it allows",
			texts: []string{
				"The storm killed 12 people in the province, officials said on Monday.",
				"The storm killed 15 people in the province, officials said on Monday.",
				"The storm killed nearly 16 people in the province, officials said on Monday.",
			},
			want: [][]string{{"15 people", "12 people"}},
		},
		{
			name: "the year of a film",
			texts: []string{
				"She won an Oscar for “The Winter Orchard” (1971), a drama about a family farm.",
				"She won an Oscar for playing a grieving widow in 1974's “The Winter Orchard,” a drama.",
			},
			want: [][]string{{"1971", "1974"}},
		},
		{
			name: "one candidate's share of the vote, her name misspelt in one report",
			texts: []string{
				"Dana Whitfield won a special election for a state Senate seat on Tuesday. With nearly all votes counted, Ms. Whitfield had 54 percent of the vote to 46 percent for her opponent.",
				"Democrat Dana Whitefield won Tuesday's special election for a state Senate seat. Whitefield, a former prosecutor, took 58% of the vote.",
			},
			want: [][]string{{"54 percent", "58%"}},
		},
		{
			name: "a company's profit in won",
			texts: []string{
				"The company reported operating profit of 412 billion won, or about $300 million, for the three months through June, up from 187 billion won a year earlier.",
				"The Seoul-based company reported operating profit of 421 billion won for the quarter, more than double what it earned a year earlier.",
			},
			want: [][]string{{"412 billion won", "421 billion won"}},
		},
		{
			name: "a prison term in years and months and in years and a half",
			texts: []string{
				"A court sentenced the former finance chief to six years and three months in prison for fraud.",
				"A court in Munich sentenced a former executive to six and a half years in prison for a fraud scheme.",
			},
			want: [][]string{{"six years and three months", "six and a half years"}},
		},
		{
			name: "a prison term in years and months and in months",
			texts: []string{
				"A court sentenced the former finance chief to six years and three months in prison for fraud.",
				"A court in Munich sentenced a former executive to 75 months in prison for a fraud scheme.",
			},
		},
		{
			name: "the one tally of a confirmation vote, and a committee's vote a month before",
			texts: []string{
				"The Senate on Tuesday confirmed Dana Whitfield as secretary of labor, ending a six-week standoff. The vote was 51 to 49, with two Republicans joining every Democrat in opposition.",
				"The Senate voted 53-47 on Tuesday to confirm Dana Whitfield as labor secretary. Whitfield, 61, was approved by the Senate labor committee in January by a vote of 12-11, but Democrats slowed floor consideration.",
			},
			want: [][]string{{"51 to 49", "53-47"}},
		},
		{
			name: "the workers on a shift and those an earlier blast killed",
			texts: []string{
				"The blast ripped through a tunnel about 500 meters below the surface in Sutatausa, where 12 workers were on shift at the time.",
				"The explosion in the tunnel came two years after a series of blasts in nearby mines killed 21 workers.",
			},
		},
		{
			name: "a sum in one thing, and a second deed joined after it",
			texts: []string{
				"Hallworth was convicted of taking $64,000 in kickbacks and lying to investigators.",
				"Hallworth was convicted of taking $46,000 in kickbacks.",
			},
			want: [][]string{{"$64,000", "$46,000"}},
		},
		{
			name: "one measure's level, told in sentences that share no other word",
			texts: []string{
				"Turnout stood at 54 percent, the commission said.",
				"The returning officer, Odile Marchetti, said turnout had reached 59 per cent by the close of polls.",
			},
			want: [][]string{{"54 percent", "59 per cent"}},
		},
		{
			name: "a pronoun standing for a titled name the sentence before opens on",
			texts: []string{
				"Harbor Police Chief Lidia Okonkwo told reporters the pier would stay shut. She estimated the repairs at $4.2 million.",
				"Okonkwo estimated the repairs at $42 million.",
			},
			want: [][]string{{"$4.2 million", "$42 million"}},
		},
		{
			name: "a quake's magnitude in a sentence of the report's week that recalls a past year",
			texts: []string{
				"ORVALE — An earthquake with a magnitude of 6.3 shook the northern coast early on Sunday, killing at least four people and waking residents still haunted by the disaster of 2019.",
				"ORVALE — A magnitude 5.9 earthquake struck the northern coast early Sunday, killing at least four people and damaging dozens of homes, officials said.",
			},
			want: [][]string{{"magnitude of 6.3", "magnitude 5.9"}},
		},
		{
			name: "new values of a change of one size, told in basis points and in a fraction of a point",
			texts: []string{
				"The central bank of Varland lowered its main interest rate by a quarter of a percentage point, to 6.5 percent, on Tuesday, its third cut this year.",
				"Varland's central bank on Tuesday cut its benchmark lending rate by 25 basis points to 6.25 percent, its third reduction this year.",
			},
			want: [][]string{{"6.5 percent", "6.25 percent"}},
		},
		{
			name: "counts of the noun before their \"of\", of people named two ways",
			texts: []string{
				"Archaeologists in Corvia have uncovered a sealed tomb holding the remains of 12 people and a hoard of bronze tools, the culture ministry announced on Tuesday.",
				"Archaeologists found the remains of 9 individuals inside the chamber, buried about six meters down on a hilltop outside Dravo, the culture ministry said in a statement.",
			},
			want: [][]string{{"12 people", "9 individuals"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			for i := range arts {
				switch {
				case tc.undated:
					arts[i].Published = crosscheck.Date{}
				case !tc.published.IsZero():
					arts[i].Published = tc.published
				}
			}
			got := figureTexts(Find(arts, nil, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFindFire is three reports of one fire that disagree on the toll, on
// how long the fire burned, on how many firefighters fought it and on the
// fire chief's name, each in other words: all four are flagged.
func TestFindFire(t *testing.T) {
	arts := articles(
		"RIVERSIDE (AP) — A fire at a furniture warehouse in Riverside killed at least 12 people on Tuesday, fire officials said. About 40 firefighters fought the blaze for six hours before bringing it under control. Fire Chief Maria Gomez said the cause was under investigation.",
		"RIVERSIDE — At least 15 people died when fire tore through a furniture warehouse in Riverside on Tuesday. Some 60 firefighters battled the flames for five hours, officials said. \"We did everything we could,\" Fire Chief Maria Gomes said.",
		"A fire in a Riverside furniture warehouse left at least 12 dead on Tuesday. Firefighters needed six hours to put out the blaze, Chief Maria Gomez said.",
	)
	for i := range arts {
		arts[i].Published = crosscheck.Day(2025, time.March, 5)
	}
	ds := Find(arts, entities.Extract(arts).Entities, nil, nil, nil)
	want := []brief{
		{crosscheck.NameDiscrepancy, []crosscheck.Cited{{Text: "Gomez", Articles: []string{"a", "c"}}, {Text: "Gomes", Articles: []string{"b"}}}},
		{crosscheck.FigureDiscrepancy, []crosscheck.Cited{{Text: "at least 12 dead", Articles: []string{"a", "c"}}, {Text: "At least 15 people", Articles: []string{"b"}}}},
		{crosscheck.FigureDiscrepancy, []crosscheck.Cited{{Text: "About 40 firefighters", Articles: []string{"a"}}, {Text: "Some 60 firefighters", Articles: []string{"b"}}}},
		{crosscheck.FigureDiscrepancy, []crosscheck.Cited{{Text: "six hours", Articles: []string{"a", "c"}}, {Text: "five hours", Articles: []string{"b"}}}},
	}
	if diff := cmp.Diff(want, briefs(ds)); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "one chamber's vote told with two verbs of passing, the day before it",
			texts: []string{
				"In a rare show of bipartisanship, the House on Thursday passed legislation that would pour billions of dollars into replacing lead water pipes in rural America.",
				"The House on Wednesday approved a sweeping water infrastructure bill, with more than two dozen Republicans crossing the aisle to back it.",
			},
			want: [][]string{{"Thursday", "Wednesday"}},
		},
		{
			name: "the one date a stopgap bill funds through, told in sentences worded apart",
			texts: []string{
				"WASHINGTON — The Senate on Friday afternoon passed a stopgap spending bill that keeps the federal government funded through Jan. 29, averting a shutdown.",
				"The measure, which the president signed late Friday night, funds federal agencies through Feb. 5 and includes billions of dollars in emergency aid.",
			},
			want: [][]string{{"Jan. 29", "Feb. 5"}},
		},
		{
			name: "a start told as begun and as started",
			texts: []string{
				"Workers will walk off the job when the strike begins at 2 a.m. on Wednesday, the union said.",
				"The strike will start at 2 a.m. on Thursday, union leaders said, after talks failed.",
			},
			want: [][]string{{"Wednesday", "Thursday"}},
		},
		{
			name: "one veto of a bill, named a bill and legislation, on two days of the week before",
			texts: []string{
				"Hollis vetoed the bill on March 16, saying it would drain about $450 million a year from the state budget.",
				"Hollis vetoed the legislation on March 18, calling it fiscally irresponsible.",
			},
			want: [][]string{{"March 16", "March 18"}},
		},
		{
			name: "one thing both sentences open on, issued on two nights, the sentences naming other places",
			texts: []string{
				"An evacuation order for Clearwater, British Columbia, about 75 miles north of Kamloops, was issued Saturday night as flames jumped a highway on the town's edge.",
				"The evacuation order, issued on Sunday night, covered 2,318 people, according to the Thompson-Nicola Regional District.",
			},
			want: [][]string{{"Saturday night", "Sunday night"}},
		},
		{
			name: "a span's end and the day it began",
			texts: []string{
				"Kevin Doyle appeared before Dublin District Court, where he was remanded in custody until next week.",
				"Kevin Doyle, 34, appeared in court in Dublin on Monday and was remanded in custody.",
			},
		},
		{
			name: "a deed not done until a day, and the day it was done",
			texts: []string{
				"Last year's budget was not signed until Nov. 12, more than four months after the deadline.",
				"The governor and lawmakers clashed for months last year before the budget was finally signed on Dec. 12.",
			},
			want: [][]string{{"Nov. 12", "Dec. 12"}},
		},
		{
			name: "one company announcing two things on two days",
			texts: []string{
				"The company announced layoffs at its Ohio plant on Monday, citing weak demand.",
				"The company announced a merger with a Dutch rival on Friday, its chief executive said in Amsterdam.",
			},
		},
		{
			name: "one deed dated two days apart, its verb far from the date",
			texts: []string{
				"Colorado officials said Friday they would fight the suit. Two heartland states filed the first major court challenge to marijuana legalization on Thursday.",
				"Colorado officials said Friday they would fight the suit. The states of Nebraska and Oklahoma filed a federal lawsuit in the U.S. Supreme Court on Tuesday.",
			},
			want: [][]string{{"Thursday", "Tuesday"}},
		},
		{
			name: "one deed on days next to each other, a night apart",
			texts: []string{
				"Officials said Sunday the storm had passed. Two heartland states filed the first major court challenge to marijuana legalization late Thursday.",
				"Officials said Sunday the storm had passed. The states of Nebraska and Oklahoma filed a federal lawsuit in the U.S. Supreme Court early Friday.",
			},
		},
		{
			name: "a seat held since one year and held again in a later one",
			texts: []string{
				"Harmon, a former sheriff and county commissioner, has held the seat since 2019.",
				"Harmon, a former sheriff first elected in 2018, narrowly held the seat in 2022, winning by 2,000 votes.",
			},
		},
		{
			name: "leads of one day that open on two subjects",
			texts: []string{
				"The Rockford Blades captured the Northern Hockey League championship Thursday night when Mikael Larsen scored in overtime to beat the Duluth Ironmen, 3-2, in a decisive Game 7.",
				"Mikko Larsen's overtime goal lifted Rockford past the Duluth Ironmen 3-2 in Game 7 of the Northern Hockey League final Wednesday night.",
			},
			want: [][]string{{"Thursday night", "Wednesday night"}},
		},
		{
			name: "a lead's day of a deed under way",
			texts: []string{
				"GHENT, Belgium — Belgian police arrested two men on Thursday in connection with the theft of a gold reliquary and three jeweled chalices from a museum in Ghent, prosecutors said.",
				"BRUSSELS — Belgian investigators were searching on Friday for thieves who stole a gold reliquary and three jeweled chalices from a museum in Ghent in a raid that lasted four minutes.",
			},
		},
		{
			name: "two past thefts each report recalls, paired wrongly",
			texts: []string{
				"The theft is the latest in a string of brazen raids on European museums in recent years, including the 2019 break-in at the Green Vault in Dresden, Germany, in which thieves stole jewels worth more than 100 million euros, and the theft of crown jewels from the Louvre in Paris in 2025.",
				"The heist is just the latest to rock Europe's museums. In 2025, thieves stole crown jewels from the Louvre in Paris in broad daylight, and in 2019 a gang raided the Green Vault in Dresden, Germany, escaping with jewels worth more than 100 million euros.",
				"The heist follows a wave of high-profile museum thefts in Europe. In October 2025, thieves used a truck-mounted lift to reach a window of the Louvre in Paris and stole crown jewels in a raid that lasted only minutes. In 2019, thieves broke into the Green Vault in Dresden and took 18th-century jewelry worth more than 100 million euros.",
			},
		},
		{
			name: "a past disaster two reports recall and a third recalls beside another",
			texts: []string{
				"The derailment revived memories of the 2003 disaster in Lac-Mégantic, Quebec, where a runaway train carrying crude oil exploded, killing 47 people.",
				"The derailment brought back memories of the 2003 Lac-Mégantic disaster in Quebec. Rail shipments of hazardous materials have come under scrutiny since a Norfolk Southern train carrying toxic chemicals derailed in East Palestine, Ohio, in 2013.",
				"The 2003 derailment and explosion of a train carrying crude oil in Lac-Mégantic, Quebec, killed 47 people and led to stricter rules.",
			},
		},
		{
			name: "a participle after an article is no verb of the date",
			texts: []string{
				"A freight train carrying ethanol and other chemicals derailed late Tuesday near Harlowton, Mont., setting off a fire and forcing about 1,500 residents to leave their homes, officials said.",
				"HARLOWTON, Mont. (AP) -- Federal investigators began combing through the wreckage of a derailed freight train in central Montana on Wednesday as an ethanol fire smoldered and about 1,500 residents remained out of their homes.",
			},
		},
		{
			name: "the part of a whole told after its possessor",
			texts: []string{
				"Twenty-seven cars of the 94-car Northern Plains Railway train left the tracks around 10:40 p.m.",
				"Twenty-seven of the Northern Plains Railway train's 94 cars went off the tracks on the night of Jan. 13.",
			},
		},
		{
			name: "a named happening another dates by, told two ways",
			texts: []string{
				"Iraq's Parliament elected a new speaker on Thursday, breaking a deadlock that had paralyzed the legislature since the November election.",
				"Iraq's parliament elected Raad al-Fahdawi as its new speaker Thursday, ending a standoff that had frozen the country's legislature since the October election.",
			},
			want: [][]string{{"November", "October"}},
		},
		{
			name: "happenings other dates bound, named differently",
			texts: []string{
				"The map was adopted after the 2020 census and has not been redrawn since the November election.",
				"The map was adopted after the 2010 census, officials said, and lawmakers met after the October recess.",
			},
		},
		{
			name: "a finding dated two ways, one sentence opening its names on a nationality",
			texts: []string{
				"The reef was spotted during an expedition in October aboard the Canadian research ship Cabot Explorer.",
				"Marine biologists spotted the reef last November during a survey aboard the Cabot Explorer.",
			},
			want: [][]string{{"October", "November"}},
		},
		{
			name: "a case argued in two months",
			texts: []string{
				"The case, Harlow v. Pike, was argued in January.",
				"The case, Harlow v. Pike, was argued in February and was closely watched by election lawyers.",
			},
			want: [][]string{{"January", "February"}},
		},
		{
			name: "a seat held since two different years",
			texts: []string{
				"Harmon, a former sheriff and county commissioner, has held the seat since 2019.",
				"Harmon, a former sheriff, has held the seat since 2017 and faces no primary challenger.",
			},
			want: [][]string{{"2019", "2017"}},
		},
		{
			name: "a deal's closing planned for parts of a year",
			texts: []string{
				"The deal is expected to close in the first half of 2027, pending approval by regulators and shareholders.",
				"The companies said they expect the deal to close by the end of this year, subject to regulatory approval.",
				"The deal is expected to close in the fourth quarter of 2025, pending approval by regulators and shareholders.",
			},
			want: [][]string{{"the first half of 2027", "the end of this year", "the fourth quarter of 2025"}},
		},
		{
			name: "a fire's start told with three verbs",
			texts: []string{
				"A wildfire in the foothills had burned 18,400 acres by Tuesday morning. The Cedar Gap Fire erupted Saturday afternoon near a campground in Tuolumne County and was pushed east by gusty winds.",
				"A wildfire in the foothills has scorched 14,800 acres, officials said Tuesday. The Cedar Gap Fire broke out Friday afternoon in Tuolumne County and has since destroyed more than 50 structures.",
			},
			want: [][]string{{"18,400 acres", "14,800 acres"}, {"Saturday afternoon", "Friday afternoon"}},
		},
		{
			name: "a find dated by two years, told with two verbs of finding",
			texts: []string{
				"The bones, which Dale Ostrum found in 2021 and reported to paleontologists the following spring, belong to a new species.",
				"The fossil was discovered in 2019 by Dale Ostrum, a cattle rancher near Lewistown, Mont., who called the museum.",
			},
			want: [][]string{{"2021", "2019"}},
		},
		{
			name: "a term served from one year, after an election in the year before",
			texts: []string{
				"Mr. Fenn, who served as the county's elected treasurer from 2012 until his resignation in 2023, showed no reaction.",
				"Fenn was first elected in 2011 and won re-election three times before resigning in 2023.",
			},
		},
		{
			name: "a sentencing named in one report and told with its verb in another, in few words",
			texts: []string{
				"Marsh pleaded guilty in October. Sentencing is scheduled for Jan. 14.",
				"Marsh pleaded guilty in October. She is scheduled to be sentenced on Jan. 21.",
			},
			want: [][]string{{"Jan. 14", "Jan. 21"}},
		},
		{
			name: "the one day a measure takes effect, in sentences that share little",
			texts: []string{
				"The council approved the rent cap on Thursday. The cap would take effect Jan. 1 and would apply to roughly 40,000 rental units.",
				"The council approved the rent cap on Thursday. Under the ordinance, which takes effect July 1, new buildings are exempt.",
			},
			want: [][]string{{"Jan. 1", "July 1"}},
		},
		{
			name: "two quarters of one year",
			texts: []string{
				"The deal is expected to close in the fourth quarter of 2025, subject to approval by shareholders.",
				"The deal is expected to close in the third quarter of 2025, pending regulatory approval.",
			},
			want: [][]string{{"the fourth quarter of 2025", "the third quarter of 2025"}},
		},
		{
			name: "a policy adopted in one year after protests in the year before",
			texts: []string{
				"The chief said the footage would be made public within seven days, in keeping with a policy the city adopted in 2021.",
				"The chief said the footage would be released within seven days, under a city policy adopted after protests in 2020 and put in place the following year.",
			},
		},
		{
			name: "elected in one year before becoming governor in the next",
			texts: []string{
				"Ms. Ortega served two terms in the state Senate before being elected governor in 2018 on a ticket with Mr. Hale.",
				"Ortega, 58, served in the state Senate before becoming governor in 2019.",
			},
		},
		{
			name: "a day against earlier this week",
			texts: []string{
				"The tabloid published a story earlier this week claiming that Smith had an affair.",
				"Smith blamed his rival for the tabloid story published Friday that claimed Smith had an affair.",
			},
			want: [][]string{{"earlier this week", "Friday"}},
		},
		{
			name: "one sentence told with two dates",
			texts: []string{
				"The bank's next rate decision is scheduled for June 3.",
				"The bank's next rate decision is due on June 10.",
			},
			want: [][]string{{"June 3", "June 10"}},
		},
		{
			name: "sentences that name no one, dated two ways",
			texts: []string{
				"The outbreak's first case was confirmed on Feb. 27 in a child who had returned from travel, officials said.",
				"The outbreak began with a case confirmed on March 2 in a child who had traveled abroad.",
			},
			want: [][]string{{"Feb. 27", "March 2"}},
		},
		{
			name: "a deed dated by two years",
			texts: []string{
				"Elsa Marwick painted the canvas in 1911, shortly after moving to Cornwall.",
				"Elsa Marwick, who was born in Denmark, painted the harbor scene in 1917.",
			},
			want: [][]string{{"1911", "1917"}},
		},
		{
			name: "a suit filed in two months",
			texts: []string{
				"The case, Castellano v. Durbridge, was filed in November.",
				"The case, Castellano v. Durbridge, was filed in October and was closely watched by legal groups.",
			},
			want: [][]string{{"November", "October"}},
		},
		{
			name: "a runoff named by its date",
			texts: []string{
				"Because no candidate won a majority, Oyelaran and Kettering will meet again in the April 7 runoff.",
				"Oyelaran and Kettering advance to the April 14 runoff because no candidate won a majority.",
			},
			want: [][]string{{"April 7", "April 14"}},
		},
		{
			name: "a happening after another's year",
			texts: []string{
				"The court returned the state to the map the commission adopted after the 2020 census.",
				"The decision returns the state to the districts the commission adopted in 2021.",
			},
		},
		{
			name: "the same happening on two days",
			texts: []string{
				"A Republican staffer on Friday apologized for a Facebook post about the ceremony.",
				"The aide to a Republican congressman had to apologize Saturday for a Facebook post about the ceremony.",
			},
			want: [][]string{{"Friday", "Saturday"}},
		},
		{
			name: "a short sentence all of whose words the other has",
			texts: []string{
				"The first case was confirmed on Dec. 30.",
				"The cluster has grown steadily since the first case was confirmed Jan. 3, officials said.",
			},
			want: [][]string{{"Dec. 30", "Jan. 3"}},
		},
		{
			name: "one deed dated two ways in sentences that say more",
			texts: []string{
				"The first measles case was confirmed on Feb. 27, and the outbreak has since spread to three schools and a church.",
				"Epidemiologists, who have traced 40 infections so far and expect more, said the first measles case was confirmed on March 2.",
			},
			want: [][]string{{"Feb. 27", "March 2"}},
		},
		{
			name: "a rule's start and a report's release told in other words",
			texts: []string{
				"The higher duty will take effect on March 1 and apply to a third of the lumber. The inspector general's report, released on Tuesday, found that the agency ignored warnings.",
				"The higher duty goes into effect April 1, the department said. The inspector general's report, made public Monday, found that the agency ignored warnings for years.",
			},
			want: [][]string{{"March 1", "April 1"}, {"Tuesday", "Monday"}},
		},
		{
			name: "a deal made and a report made public",
			texts: []string{
				"The two leaders made a deal on Monday to lift the duties.",
				"The trade office made public its report on Friday about the duties.",
			},
		},
		{
			name: "a verb after its date",
			texts: []string{
				"Gov. Teodora Langwell of Arizona on Wednesday signed a bill giving the state's public school teachers an average raise.",
				"Arizona Gov. Teodora Langwell signed the raise into law on Tuesday after lawmakers forced her hand.",
			},
			want: [][]string{{"Wednesday", "Tuesday"}},
		},
		{
			name: "one resignation told by two verbs",
			texts: []string{
				"The seat has been vacant since Representative Wendell Pruitt, a Republican, resigned in November to become president of a university in Tennessee.",
				"The seat opened up when former Rep. Wendell Pruitt, R-Ky., stepped down in October to take a job leading a private university.",
			},
			want: [][]string{{"November", "October"}},
		},
		{
			name: "the year a term ends",
			texts: []string{
				"Smith's second and final term as governor officially ends in 2019.",
				"Smith hinted on Tuesday that he may resign before his term ends in 2018.",
			},
			want: [][]string{{"2019", "2018"}},
		},
		{
			name: "two people's terms",
			texts: []string{
				"Mr. Fox, who was president of Mexico from 2000 to 2006, opposed the plan.",
				"Felipe Calderon, who was president of Mexico from 2006 to 2012, opposed the plan.",
			},
		},
		{
			name: "different happenings on two days",
			texts: []string{
				"The senator on Tuesday refused to step down from the race, aides said.",
				"The senator rebuffed calls late Monday to step aside from the race.",
			},
		},
		{
			name: "a bill passed one day and sent on another",
			texts: []string{
				"The Ohio Legislature passed a bill last week allowing businesses whose owners cite their beliefs to refuse service to gay customers.",
				"As the Ohio Legislature sent a bill to her desk Monday that would grant business owners the right to refuse service to gay customers, Gov. Ann Lee faced calls for a veto.",
			},
		},
		{
			name: "one happening told with two verbs",
			texts: []string{
				"The cargo plane crashed on Tuesday near the airport, killing both pilots.",
				"The cargo plane went down Wednesday near the airport, killing both pilots.",
			},
			want: [][]string{{"Tuesday", "Wednesday"}},
		},
		{
			name: "the day of a named happening",
			texts: []string{
				"The vice presidential debate on Tuesday was supposed to be a reboot for the Obama campaign.",
				"The face-off Thursday night was taking on outsized importance for a vice presidential debate.",
			},
			want: [][]string{{"Tuesday", "Thursday night"}},
		},
		{
			name: "a vague date and a day of one named happening",
			texts: []string{
				"Party officials expect the Republican primaries in mid-May to settle the race for governor.",
				"The April 30 Republican primary is expected to settle the race for governor, party officials said.",
			},
			want: [][]string{{"mid-May", "April 30"}},
		},
		{
			name: "a mishap dated before and after its noun",
			texts: []string{
				"Lawmakers pressed the administrator about the March 8 outage at the approach control facility.",
				"The hearing came two weeks after an outage on March 6 at a control facility in Westbury knocked out radar.",
			},
			want: [][]string{{"March 8", "March 6"}},
		},
		{
			name: "a death dated by two months",
			texts: []string{
				"The seat opened up after Rep. Harold Vance died in September.",
				"The seat had been held by Rep. Harold Vance, who died in October after a battle with cancer.",
			},
			want: [][]string{{"September", "October"}},
		},
		{
			name: "a sentencing set for two days",
			texts: []string{
				"The judge set sentencing for Oct. 14, and Harmon remains free on bond.",
				"Sentencing is scheduled for Oct. 15, and Harmon remains free on bond until then.",
			},
			want: [][]string{{"Oct. 14", "Oct. 15"}},
		},
		{
			name: "a vote dated two ways, the verb right after each date",
			texts: []string{
				"WASHINGTON — The Senate on Monday passed a $14.2 billion measure to bring high-speed internet to rural areas.",
				"WASHINGTON — Senators on Thursday passed legislation that would spend $14.2 billion to wire rural homes for high-speed internet.",
			},
			want: [][]string{{"Monday", "Thursday"}},
		},
		{
			name: "an intrusion found on two days, told by verbs of finding",
			texts: []string{
				"The company said its security team first detected the intrusion on Jan. 12 and shut down the affected servers.",
				"Its engineers spotted the intrusion on Jan. 21, the company said, and shut down the affected servers.",
			},
			want: [][]string{{"Jan. 12", "Jan. 21"}},
		},
		{
			name: "what began, told by verbs of beginning",
			texts: []string{
				"The snow began falling late Sunday and intensified overnight, with snowfall rates topping 3 inches per hour at times.",
				"The snow started late Monday, the National Weather Service said, and by Nov. 17 the town of Hamburg had recorded 52 inches.",
			},
			want: [][]string{{"Sunday", "Monday"}},
		},
		{
			name: "a sentencing set for two days in short sentences",
			texts: []string{
				"Sentencing is scheduled for Jan. 21, 2027.",
				"Sentencing is set for Feb. 21, 2027.",
			},
			want: [][]string{{"Jan. 21, 2027", "Feb. 21, 2027"}},
		},
		{
			name: "two days of primaries",
			texts: []string{
				"Obama spoke to both candidates following Tuesday's primaries.",
				"The candidates look ahead to next week's primaries.",
			},
		},
		{
			name: "a deadline given two ways",
			texts: []string{
				"The 4-3 decision gives the General Assembly until June 30 to enact a new map.",
				"The decision, written by the chief justice, gave the General Assembly until June 15 to adopt a new map.",
			},
			want: [][]string{{"June 30", "June 15"}},
		},
		{
			name: "two deadlines of two things",
			texts: []string{
				"The court gave the General Assembly until June 30 to enact a new map.",
				"The museum will stay closed until June 15 while workers repair the roof.",
			},
		},
		{
			name: "a signing dated two ways, its verb far before one date",
			texts: []string{
				"Gov. Teodora Langwell of Arizona on Wednesday signed a bill giving teachers an average raise of 6 percent.",
				"Arizona Democratic Gov. Teodora Langwell signed a teacher pay raise into law on Tuesday after lawmakers forced her hand.",
			},
			want: [][]string{{"Wednesday", "Tuesday"}},
		},
		{
			name: "an attack dated two ways, told by two verbs",
			texts: []string{
				"Gunmen attacked a United Nations food convoy in Sudan's North Darfur region on Friday, killing four people.",
				"Gunmen ambushed a United Nations food convoy in Sudan's war-torn Darfur region on Thursday, killing four people.",
			},
			want: [][]string{{"Friday", "Thursday"}},
		},
		{
			name: "two meetings",
			texts: []string{
				"The leaders met privately at the White House on Sunday to discuss the impasse on tax hikes.",
				"The leaders met for nearly an hour on Thursday evening to break the impasse on tax hikes.",
			},
		},
		{
			name: "two things issued",
			texts: []string{
				"A panel of the appeals court upheld a preliminary injunction issued in December by a federal judge in Lincoln.",
				"In a two-to-one ruling issued Monday, a panel of the appeals court agreed with a federal judge in Lincoln.",
			},
		},
		{
			name: "a bare noun may be another happening",
			texts: []string{
				"Obama has acknowledged he had a bad night in his debate last week with Romney.",
				"It foreshadowed how Obama will approach next Tuesday's debate with Romney.",
			},
		},
		{
			name: "a vote planned for a day, told with two words of planning",
			texts: []string{
				"Lawmakers are expected to vote on her nomination on Tuesday.",
				"Parliament is scheduled to vote on Valdmaa's nomination next Thursday, March 31, according to the speaker's office.",
			},
			want: [][]string{{"Tuesday", "Thursday, March 31"}},
		},
		{
			name: "one chamber's vote done and the other's planned",
			texts: []string{
				"The House on Thursday narrowly approved a stopgap spending bill that would keep the government open. Senate leaders said they expected to take up the bill on Friday.",
				"The House of Representatives passed a short-term government funding bill Thursday in a 218-210 vote, setting up a race in the Senate ahead of the Friday midnight deadline.",
				"The House on Thursday passed a bill to keep the government funded for six more weeks. The Senate is expected to vote Friday, ahead of the deadline.",
			},
		},
		{
			name: "a session's start, and the day it was called told before its own verb",
			texts: []string{
				"Gov. Warren Lasater on Friday called lawmakers back to Austin for a special session on property taxes. The session will begin on April 7 and can last up to 30 days.",
				"Gov. Warren Lasater announced Friday that he is calling the Legislature into a special session on April 14 to cut property taxes.",
				"At a news conference in Dallas, Lasater said the special session would begin on April 7.",
			},
			want: [][]string{{"April 7", "April 14"}},
		},
		{
			name: "a measure pushed through and passed, on two days",
			texts: []string{
				"Speaker Thomas Renner won a narrow victory over conservative holdouts. House Republicans late Wednesday pushed through a $1.2 trillion government funding package, heading off a shutdown.",
				"Speaker Thomas Renner brokered a last-minute deal with fiscal hawks. The House on Thursday night passed a government funding package worth roughly $1.2 trillion.",
			},
			want: [][]string{{"Wednesday", "Thursday night"}},
		},
		{
			name: "two dates set for one debate, one told after the date",
			texts: []string{
				"The candidates will meet again on Oct. 20 for a second debate, to be held at Lafayette College.",
				"The two will face off again in a second debate on Oct. 22.",
			},
			want: [][]string{{"Oct. 20", "Oct. 22"}},
		},
		{
			name: "a sentencing set for one day, and the day set to sentence",
			texts: []string{
				"A jury on Tuesday convicted Lyle Kellerman of murder in the death of his business partner. He showed no reaction. Judge Karen Albrecht set sentencing for April 18.",
				"A Franklin County jury on Tuesday found Lyle Kellerman guilty of murder. His lawyer said he would appeal. Kellerman will be sentenced April 25 by Common Pleas Judge Karen Albrecht.",
			},
			want: [][]string{{"April 18", "April 25"}},
		},
		{
			name: "bones discovered and found in two years",
			texts: []string{
				"The bones were discovered in 2019 by a rancher, Dale Lane, who noticed a row of vertebrae on his land.",
				"It is named after Dale Lane, the rancher who found its bones in 2021 and reported them to scientists.",
			},
			want: [][]string{{"2019", "2021"}},
		},
		{
			name: "a deed of the name a sentence opens on, other names after it",
			texts: []string{
				"A harbor scene by Elsa Marwick sold for $18.5 million. Marwick painted the canvas in 1911, shortly after moving to Cornwall.",
				"A harbor scene by Elsa Marwick sold for $18.5 million. Marwick, who was born in Denmark and spent most of her career in England, painted the harbor scene in 1917.",
			},
			want: [][]string{{"1911", "1917"}},
		},
		{
			name: "a deed to come on two days, told in few words alike",
			texts: []string{
				"He and his wife are scheduled to be arraigned on Tuesday in federal court in San Diego.",
				"He and his wife are set to be arraigned on March 30.",
			},
			want: [][]string{{"Tuesday", "March 30"}},
		},
		{
			name: "deeds to come of two people on two days",
			texts: []string{
				"Duncan Hunter is scheduled to be arraigned on Tuesday in federal court in San Diego.",
				"Margaret Lowe is set to be arraigned on March 30.",
			},
		},
		{
			name: "the same day in other words",
			texts: []string{
				"The minister resigned on Monday after weeks of protests in the capital.",
				"The minister resigned earlier this week after weeks of protests in the capital.",
			},
		},
		{
			name: "a term of office begun on two days, told in other words",
			texts: []string{
				"Brennan, 58, will be sworn in on April 4. She will face a Legislature controlled by Republicans.",
				"The 58-year-old former state senator, who ran on cutting property taxes, takes office April 6.",
			},
			want: [][]string{{"April 4", "April 6"}},
		},
		{
			name: "one deadline to come, told two ways",
			texts: []string{
				"The subcommittee's subpoena orders Meridian to turn over the documents by April 6.",
				"Meridian, which received the subpoena on Tuesday, has until April 15 to produce the documents, aides said.",
			},
			want: [][]string{{"April 6", "April 15"}},
		},
		{
			name: "the days two counts were taken by",
			texts: []string{
				"A fast-moving wildfire in the foothills had burned 18,400 acres by April 6, officials said.",
				"The wildfire in the foothills had blackened more than 20,000 acres by April 15, officials said.",
			},
		},
		{
			name: "a ferry that left and departed on two days",
			texts: []string{
				"It had left the port of Batangas at about 10 p.m. on Thursday, bound for Caticlan.",
				"The MV Santa Clara Express had departed Batangas late Wednesday night and was heading to Caticlan port when it overturned.",
			},
			want: [][]string{{"Thursday", "Wednesday night"}},
		},
		{
			name: "a date after a place set off by commas",
			texts: []string{
				"Burglars stole more than a dozen rare watches from an auction house in Geneva, Switzerland, early Wednesday in a brazen heist.",
				"Thieves stole 14 rare watches from an auction house in Geneva early Thursday, police said.",
			},
			want: [][]string{{"Wednesday", "Thursday"}},
		},
		{
			name: "a date between a deed and who told it",
			texts: []string{
				"Thieves stole 14 rare watches from an auction house in Geneva, early Thursday, police said.",
				"Burglars stole more than a dozen rare watches from an auction house in Geneva early Wednesday.",
			},
			want: [][]string{{"Thursday", "Wednesday"}},
		},
		{
			name: "a date after a thing named and told of",
			texts: []string{
				"Thieves stole 14 rare watches from Maison Darrieux, an auction house in Geneva, early Thursday.",
				"Burglars stole more than a dozen rare watches from an auction house in Geneva early Wednesday.",
			},
			want: [][]string{{"Thursday", "Wednesday"}},
		},
		{
			name: "one happening told with the same word right before its date, the clauses worded apart",
			texts: []string{
				"A mudslide swept through a mountain hamlet in northern Peru before dawn on Wednesday, burying at least nine houses.",
				"Heavy rain sent a wall of mud into a mountain hamlet before dawn on Thursday, officials in northern Peru said.",
			},
			want: [][]string{{"Wednesday", "Thursday"}},
		},
		{
			name: "one happening told with the same word right before its date and other verbs, a few words around alike",
			texts: []string{
				"A failure in the computer system that Coastline Rail uses to assign drivers forced the operator to halt departures across the country on Tuesday morning, stranding tens of thousands of travelers at the height of the holiday season.",
				"Coastline Rail passengers were left stranded across the country Monday after a technology failure forced the operator to suspend its entire network for several hours.",
			},
			want: [][]string{{"Tuesday morning", "Monday"}},
		},
		{
			name: "one word after one date and before another, in a sentence of two deeds",
			texts: []string{
				"The engineer quit the startup in March and joined a rival lab in April, the filing says.",
				"The filing names the engineer, a former team leader who joined the rival lab in April.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			for i := range arts {
				arts[i].Published = crosscheck.Day(2016, time.March, 25) // a Friday
			}
			got := figureTexts(Find(arts, nil, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAnchorsBeside checks the words right beside a date that tell what
// happened then, and that a word qualifying a name is not one of them.
func TestAnchorsBeside(t *testing.T) {
	tests := []struct {
		clause, date string
		want         [2]string
	}{
		{"a mudslide buried the hamlet before dawn on Wednesday, officials said", "Wednesday", [2]string{"dawn", "offici"}},
		{"a tanker truck overturned in western Kansas on Wednesday night", "Wednesday night", [2]string{"", ""}},
		{"the engineer quit in March and joined a rival lab", "March", [2]string{"quit", "joined"}},
		{"The plant in Lorain will close by the end of June", "June", [2]string{"end", ""}},
	}
	for _, tc := range tests {
		i := strings.Index(tc.clause, tc.date)
		_, _, got := anchorsOf(tc.clause, i, i+len(tc.date))
		if got != tc.want {
			t.Errorf("anchorsOf(%q, %q): beside %q, want %q", tc.clause, tc.date, got, tc.want)
		}
	}
}

// TestOpeningPerson checks the surname of a titled name a sentence opens
// on, and that other openings give none.
func TestOpeningPerson(t *testing.T) {
	tests := map[string]string{
		"Fire Chief Ilse Brandvik told reporters the roof fell.":               "brandvik",
		"Oakhurst Township Fire Chief Ilse Brandvik, who led the crews, said.": "brandvik",
		"Brandvik estimated the damage at $3.5 million.":                       "",
		"Democrats in Congress said the bill would pass.":                      "",
		"Police Chief Teodor Vanka's office said.":                             "",
	}
	for s, want := range tests {
		if got := openingPerson(s); got != want {
			t.Errorf("openingPerson(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFindQuotedToday is one quotation with "today" in reports published
// on two days: the same words date one moment, not two.
func TestFindQuotedToday(t *testing.T) {
	arts := articles(
		"\"The Court today tells Missouri that it may not ask candidates to obey the law,\" she wrote.",
		"\"The Court today tells Missouri that it may not ask candidates to obey the law,\" she wrote in her dissent.",
	)
	arts[0].Published = crosscheck.Day(2026, time.June, 30)
	arts[1].Published = crosscheck.Day(2026, time.July, 1)
	if got := figureTexts(Find(arts, nil, nil, nil, nil)); got != nil {
		t.Errorf("Find gave %q, want nothing", got)
	}
}

func TestEventNear(t *testing.T) {
	tests := []struct {
		clause, date, want string
	}{
		{"the two will meet again in the April 7 runoff", "April 7", "runoff"},
		{"they expected a committee vote on March 17", "March 17", "commit vote"},
		{"the meeting on March 17", "March 17", ""},
		{"the runoff will be held on April 7", "April 7", "runoff"},
		{"an outage on Jan. 26 knocked out radar", "Jan. 26", "outage"},
		{"Sentencing is scheduled for Oct. 15", "Oct. 15", "senten"},
		// Words other than a tie between noun and date: not its date.
		{"the debate about taxes on Monday", "Monday", ""},
		{"the vote was delayed until Monday", "Monday", ""},
		// A verb is no happening's name, though it shares the noun's stem.
		{"the plane crashed on Monday", "Monday", ""},
		{"the train derailed late Saturday", "Saturday", ""},
	}
	for _, tc := range tests {
		i := strings.Index(tc.clause, tc.date)
		if got, _ := eventNear(tc.clause, i, i+len(tc.date)); got != tc.want {
			t.Errorf("eventNear(%q, %q) = %q, want %q", tc.clause, tc.date, got, tc.want)
		}
	}
}

func TestDateVerb(t *testing.T) {
	tests := []struct{ verb, before, want string }{
		{"", "said his resignation would be effective ", "effect"},
		{"", "the rule takes effect on ", "effect"},
		{"releas", "the report was released on ", "releas"},
		{"", "the report was made public on ", "releas"},
		{"announ", "announced ", "announ"},
		{"erupte", "the fire erupted ", "began"},
		{"broke out", "the fire broke out ", "began"},
		{"ignite", "since it ignited on ", "began"},
		{"rocked", "a strong quake rocked the region ", "struck"},
		{"came", "Storm Oriel came ashore ", "struck"},
		{"made", "the typhoon made landfall ", "struck"},
		{"slamme", "a typhoon slammed into the coast ", "struck"},
		{"flippe", "a school bus flipped onto its side ", "overtu"},
		{"advanc", "the committee advanced a bill ", "pass"},
		{"approv", "the council approved the budget ", "pass"},
	}
	for _, tc := range tests {
		if got := dateVerb(tc.verb, tc.before); got != tc.want {
			t.Errorf("dateVerb(%q, %q) = %q, want %q", tc.verb, tc.before, got, tc.want)
		}
	}
}

// TestFindLeadDates is the day of a story's happening as the leads of
// its reports give it: one day in a lead is the happening's, in whatever
// words the leads tell it, but a report of another day leads with that
// day's news.
func TestFindLeadDates(t *testing.T) {
	tue := crosscheck.Day(2026, time.August, 11) // a Tuesday
	wed := crosscheck.Day(2026, time.August, 12)
	tests := []struct {
		name  string
		texts []string
		pubs  []crosscheck.Date
		want  [][]string
	}{
		{
			name: "one landfall in other words, two days",
			texts: []string{
				"PORT ALCOTT, La. — Hurricane Josephine roared ashore near this fishing town early Tuesday as a Category 3 storm, peeling roofs off buildings.",
				"Hurricane Josephine made landfall near Port Alcott early Monday with winds of 120 mph, lashing the coast with surge and rain.",
			},
			pubs: []crosscheck.Date{tue, tue},
			want: [][]string{{"Tuesday", "Monday"}},
		},
		{
			name: "a lead that gives the day its words were said after the day of its happening",
			texts: []string{
				"MEXICO CITY — A fire tore through a plastics factory in northern Mexico late Tuesday, killing nine workers, state officials said on Wednesday.",
				"A fire engulfed a plastics plant in northern Mexico on Monday night as the night shift worked, and nine people died, officials said.",
			},
			pubs: []crosscheck.Date{wed, wed},
			want: [][]string{{"Tuesday", "Monday night"}},
		},
		{
			name: "undated leads: a day of saying first, and the day of an earlier deed",
			texts: []string{
				"President Varga in a video posted on Tuesday night demanded that lawmakers amend the relief package they passed Monday.",
				"President Varga shredded a just-passed relief package Tuesday night, saying it was too stingy.",
			},
			pubs: []crosscheck.Date{{}, {}},
		},
		{
			name: "undated leads on one head, in other words",
			texts: []string{
				"Former Calder Gov. Ron Varga on Monday joined the growing field of candidates hoping to unseat the president next year.",
				"Former Gov. Ron Varga of Calder launched his bid for the party's nomination on Wednesday, pointing to his record as governor.",
			},
			pubs: []crosscheck.Date{{}, {}},
			want: [][]string{{"Monday", "Wednesday"}},
		},
		{
			name: "undated leads on two heads that tell two deeds",
			texts: []string{
				"Republican Dana Lister and Democrat Paul Okafor made their closing arguments to voters on Monday, a day before the special election.",
				"Calder voters went to the polls on Tuesday to choose between Dana Lister, a Republican, and Paul Okafor, a Democrat, in a special Senate election.",
			},
			pubs: []crosscheck.Date{{}, {}},
		},
		{
			name: "a fronted phrase before the subject",
			texts: []string{
				"After four hours of public comment, the Harrow County Board of Commissioners voted 4-1 on Tuesday night to rezone 1,200 acres of farmland for a solar farm.",
				"The Harrow County Board of Commissioners approved a rezoning on Monday night that clears the way for a solar farm on farmland.",
			},
			pubs: []crosscheck.Date{tue, tue},
			want: [][]string{{"Tuesday night", "Monday night"}},
		},
		{
			name: "reports of two days, the same deed",
			texts: []string{
				"A hiker who had been missing for three days in the Granite Peak Wilderness was found alive on Tuesday afternoon, the sheriff's office said.",
				"A Colorado hiker who vanished on a solo day trip over the weekend was found alive Wednesday afternoon, authorities said.",
			},
			pubs: []crosscheck.Date{tue, wed},
			want: [][]string{{"Tuesday afternoon", "Wednesday afternoon"}},
		},
		{
			name: "reports of two days, one vehicle overturned in other words",
			texts: []string{
				"A school bus carrying about 40 students overturned on a rural road in Calder County on Tuesday morning, injuring 14 students, the authorities said.",
				"A school bus carrying 41 kids flipped onto its side Monday morning after veering off a rural road in Calder County, officials said.",
			},
			pubs: []crosscheck.Date{wed, tue},
			want: [][]string{{"Tuesday morning", "Monday morning"}},
		},
		{
			name: "leads of one day on two heads, one storm that struck in other words",
			texts: []string{
				"A monster typhoon slammed into the northern coast of Marisol Bay late Thursday, killing at least six people, officials said Friday.",
				"Typhoon Kalinda battered the northern coast of Marisol Bay with fierce winds after making landfall early Wednesday, leaving at least six dead.",
			},
			pubs: []crosscheck.Date{crosscheck.Day(2026, time.August, 14), crosscheck.Day(2026, time.August, 14)},
			want: [][]string{{"Thursday", "Wednesday"}},
		},
		{
			name: "reports of two days lead with each day's news",
			texts: []string{
				"Senator Alma Reyes congratulated the nominee on Tuesday evening and signaled that the primary fight was over.",
				"Senator Alma Reyes formally endorsed the nominee on Wednesday, saying the primary fight was over.",
			},
			pubs: []crosscheck.Date{tue, wed},
		},
		{
			name: "leads about different subjects",
			texts: []string{
				"Republican senators kept up pressure on the party chairman Tuesday to apologize for his remarks about the war.",
				"Michael Steele, the party chairman, drew fierce criticism on Monday for his remarks about the war.",
			},
			pubs: []crosscheck.Date{tue, tue},
		},
		{
			name: "a possessor before the head, an idiom of another day, a lead in the second sentence",
			texts: []string{
				"PARIS — France's minority government narrowly survived a no-confidence vote on Tuesday, clearing the way for the budget. Pennsylvania's highest court ruled on Tuesday that the ballots count.",
				"France's embattled minority government lived to fight another day on Monday evening, surviving a no-confidence motion.",
				"Thousands of voters will have their votes counted after all. In a four-to-three ruling issued Monday, the Pennsylvania Supreme Court found that rejecting the ballots violated the constitution.",
			},
			pubs: []crosscheck.Date{tue, tue, tue},
			want: [][]string{{"Tuesday", "Monday evening"}},
		},
		{
			name: "leads of two heads that name each other",
			texts: []string{
				"WASHINGTON — A bipartisan bill that would send billions of dollars to small-town water systems cleared a key Senate committee on Tuesday.",
				"A Senate committee on Monday advanced a bipartisan bill aimed at repairing aging water systems in rural communities.",
			},
			pubs: []crosscheck.Date{tue, tue},
			want: [][]string{{"Tuesday", "Monday"}},
		},
		{
			name: "leads of two heads, one day's reports, one deed in other words",
			texts: []string{
				"WASHINGTON — The House voted late Thursday to pass a $1.2 trillion spending package, sending it to the Senate a day before the deadline.",
				"House Republicans late Wednesday passed a $1.2 trillion spending package, sending it to the Senate a day before the deadline.",
				"The Senate Commerce Committee advanced a rail safety bill on Wednesday, sending it to the floor.",
			},
			pubs: []crosscheck.Date{tue, tue, tue},
			want: [][]string{{"Thursday", "Wednesday"}},
		},
		{
			name: "leads of two heads, one day's reports, other deeds",
			texts: []string{
				"WESTFIELD — Candles lined the front steps of the high school on Saturday as the community mourned the victims of a bus crash.",
				"A charter bus carrying a high school marching band overturned on an icy road on Friday night, killing four people.",
			},
			pubs: []crosscheck.Date{tue, tue},
		},
		{
			name: "a lead's day in its second sentence",
			texts: []string{
				"HARRISBURG, Pa. — Pennsylvania's highest court ruled on Tuesday that mail ballots cannot be thrown out because voters wrote the wrong date.",
				"Thousands of voters will have their votes counted after all. In a four-to-three ruling issued Monday, the Pennsylvania Supreme Court found that rejecting the ballots violated the constitution.",
			},
			pubs: []crosscheck.Date{tue, tue},
			want: [][]string{{"Tuesday", "Monday"}},
		},
		{
			name: "a day of saying and a lead with two days",
			texts: []string{
				"A tornado tore through the town late Sunday, killing six people, officials said Monday.",
				"A tornado ripped through the town late Saturday, killing six people and injuring 40, a day before the governor arrived on Sunday.",
			},
			pubs: []crosscheck.Date{tue, tue},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			for i := range arts {
				arts[i].Published = tc.pubs[i]
			}
			got := figureTexts(Find(arts, nil, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSubjectHead(t *testing.T) {
	for s, want := range map[string]string{
		"OSLO — Prime Minister Helga Brandvold of Norway replaced five members of her cabinet on Friday.":                                                                                  "brandv",
		"Norwegian Prime Minister Helga Brandvold shook up her government on Thursday.":                                                                                                    "brandv",
		"A Colorado hiker who vanished on a solo day trip was found alive Wednesday.":                                                                                                      "hiker",
		"Republican senators kept up pressure on the chairman.":                                                                                                                            "senato",
		"After four hours of comment, the Harrow County Board of Commissioners voted 4-1.":                                                                                                 "board",
		"The Senate GOP's threat to filibuster will likely be tested as soon as Friday.":                                                                                                   "threat",
		"With the nomination secured and the delegates counted after a long and bitter primary season that ran through the spring and into the summer months in every state, Obama spoke.": "",
		"in a lower-case opening, nothing is told.":                                                                                                                                        "",
		"France's embattled minority government lived to fight another day on Monday evening.":                                                                                             "govern",
		"HARRISBURG, Pa. — Pennsylvania's highest court ruled on Monday.":                                                                                                                  "court",
		"A magnitude 6.8 earthquake struck the south of the country early Tuesday.":                                                                                                        "earthq",
		"A 15-year-old student was arrested on Thursday.":                                                                                                                                  "",
	} {
		if got := subjectHead(s); got != want {
			t.Errorf("subjectHead(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFindTollOfLeadsOnOneThing checks that two leads opening on one
// thing pair their tolls, whatever names their objects give ("southern
// Tarvia", "the southern Tarvian highlands").
func TestFindTollOfLeadsOnOneThing(t *testing.T) {
	arts := articles(
		"A magnitude 6.8 earthquake struck southern Tarvia early Tuesday, killing at least 27 people, officials said.",
		"A strong earthquake shook the southern Tarvian highlands early Tuesday, killing 31 people, officials said.",
	)
	want := []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
		{Text: "at least 27 people", Articles: []string{"a"}},
		{Text: "31 people", Articles: []string{"b"}},
	}}}
	if diff := cmp.Diff(want, briefs(figureDiscrepancies(arts, nil))); diff != "" {
		t.Errorf("figureDiscrepancies mismatch (-want +got):\n%s", diff)
	}
}

// TestFindLoneTollsNearTheTop checks that the one toll of the dead, or of
// the hurt, each report gives near its top is compared however little else the sentences
// share, and that a toll further down is not.
func TestFindLoneTollsNearTheTop(t *testing.T) {
	arts := articles(
		"OSLO — Torrential rain lashed western Norway on Tuesday, flooding roads in Bergen, cancelling ferries and killing two people, officials said.",
		"A fierce storm battered the Norwegian coast. Three people were killed in the floods, according to local media reports citing police.",
	)
	want := []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
		{Text: "two people", Articles: []string{"a"}},
		{Text: "Three people", Articles: []string{"b"}},
	}}}
	if diff := cmp.Diff(want, briefs(figureDiscrepancies(arts, nil))); diff != "" {
		t.Errorf("figureDiscrepancies mismatch (-want +got):\n%s", diff)
	}
	arts = articles(
		"LYON, France — A tram left the rails in central Lyon on Friday morning, injuring 12 people, the city's transport authority said.",
		"A tram derailment in France's third-largest city caused chaos at rush hour. Nine people were hurt, according to the fire service.",
	)
	want = []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
		{Text: "12 people", Articles: []string{"a"}},
		{Text: "Nine people", Articles: []string{"b"}},
	}}}
	if diff := cmp.Diff(want, briefs(figureDiscrepancies(arts, nil))); diff != "" {
		t.Errorf("figureDiscrepancies of the hurt mismatch (-want +got):\n%s", diff)
	}
	arts = articles(
		"OSLO — Torrential rain lashed western Norway on Tuesday, flooding roads in Bergen, cancelling ferries and killing two people, officials said.",
		"A fierce storm battered the Norwegian coast. Ferries were cancelled. Roads were closed. Five people were killed when a bridge collapsed in the next valley.",
	)
	if got := briefs(figureDiscrepancies(arts, nil)); len(got) != 0 {
		t.Errorf("figureDiscrepancies = %v, want none", got)
	}
}

// TestFindJobsCutInAPlaceOfACountry checks that a cut of jobs told in a
// place and in the same place after its country's possessive ("in
// Tarvia's Velna province") is one cut.
func TestFindJobsCutInAPlaceOfACountry(t *testing.T) {
	arts := articles(
		"The parts maker Orvane Metals said on Thursday that it would lay off 1,200 workers at its factories in the central province of Velna.",
		"The parts maker Orvane Metals announced on Thursday that it would dismiss 1,400 workers in Tarvia's Velna province.",
	)
	want := []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
		{Text: "1,200 workers", Articles: []string{"a"}},
		{Text: "1,400 workers", Articles: []string{"b"}},
	}}}
	if diff := cmp.Diff(want, briefs(figureDiscrepancies(arts, nil))); diff != "" {
		t.Errorf("figureDiscrepancies mismatch (-want +got):\n%s", diff)
	}
}

// TestFindSizeAndYearOfOnePlan checks that a plan told with another size
// and another year in one sentence raises both, though every figure the
// two sentences pair disagrees, and though the size's clause dates it.
func TestFindSizeAndYearOfOnePlan(t *testing.T) {
	arts := articles(
		"The government announced on Wednesday that it would build a 48-bed inpatient unit for people with serious mental illness in Carrow.",
		"The $90 million unit in Carrow will be a 48-bed inpatient unit and is due to open in 2028, the health agency announced Wednesday. The current unit at Carrow Hospital has just 22 beds.",
		"The new facility will be a 40-bed inpatient unit and is due to open in 2029, the agency said on Wednesday. The current 22-bed unit has been criticised by inspectors.",
	)
	want := []brief{
		{crosscheck.FigureDiscrepancy, []crosscheck.Cited{{Text: "48-bed", Articles: []string{"a", "b"}}, {Text: "40-bed", Articles: []string{"c"}}}},
		{crosscheck.FigureDiscrepancy, []crosscheck.Cited{{Text: "2028", Articles: []string{"b"}}, {Text: "2029", Articles: []string{"c"}}}},
	}
	if diff := cmp.Diff(want, briefs(figureDiscrepancies(arts, nil))); diff != "" {
		t.Errorf("figureDiscrepancies mismatch (-want +got):\n%s", diff)
	}
}

// TestFindPeopleOfOneFate checks that a count of people and a count of a
// kind of them that one verb befell are one count when the kind's is the
// larger, and may be part and whole when it is not.
func TestFindPeopleOfOneFate(t *testing.T) {
	arts := articles(
		"Police in the state of Velna arrested nine people suspected of belonging to a kidnapping ring and freed three hostages in raids on Tuesday.",
		"Security forces arrested 11 suspected members of a kidnapping gang and rescued three hostages during raids in the state of Velna on Tuesday.",
	)
	want := []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
		{Text: "nine people", Articles: []string{"a"}},
		{Text: "11 suspected members", Articles: []string{"b"}},
	}}}
	if diff := cmp.Diff(want, briefs(figureDiscrepancies(arts, nil))); diff != "" {
		t.Errorf("figureDiscrepancies mismatch (-want +got):\n%s", diff)
	}
	part := articles(
		"Police in the state of Velna arrested 14 people suspected of belonging to a kidnapping ring and freed three hostages in raids on Tuesday.",
		"Security forces arrested 11 suspected members of a kidnapping gang and rescued three hostages during raids in the state of Velna on Tuesday.",
	)
	if got := briefs(figureDiscrepancies(part, nil)); len(got) != 0 {
		t.Errorf("figureDiscrepancies of people and fewer of a kind of them = %v, want none", got)
	}
}

// TestFindFateOfACount checks that the same count of people killed in one
// report and hurt in another is a disagreement, and that a report giving
// both fates of that count tells of two groups.
func TestFindFateOfACount(t *testing.T) {
	arts := articles(
		"Armed men ambushed an armored cash van on the highway near Tolvin on Tuesday, killing two security guards, the police said.",
		"Gunmen ambushed a cash van on the highway near Tolvin on Tuesday, wounding two security guards and escaping with the cash.",
	)
	want := []brief{{crosscheck.ClaimDiscrepancy, []crosscheck.Cited{
		{Text: "killing two security guards", Articles: []string{"a"}},
		{Text: "wounding two security guards and escaping with the cash.", Articles: []string{"b"}},
	}}}
	if diff := cmp.Diff(want, briefs(figureDiscrepancies(arts, nil))); diff != "" {
		t.Errorf("figureDiscrepancies mismatch (-want +got):\n%s", diff)
	}
	both := articles(
		"Armed men ambushed an armored cash van on the highway near Tolvin on Tuesday, killing two security guards, the police said.",
		"Gunmen ambushed a cash van on the highway near Tolvin on Tuesday, killing two security guards and wounding two security guards in a car behind.",
	)
	if got := briefs(figureDiscrepancies(both, nil)); len(got) != 0 {
		t.Errorf("figureDiscrepancies with both fates in one report = %v, want none", got)
	}
	bounds := articles(
		"A strong quake struck the region near Tolvin on Tuesday, killing at least five people and injuring dozens.",
		"A strong quake struck the region near Tolvin on Tuesday, damaging houses and injuring at least five people.",
	)
	if got := briefs(figureDiscrepancies(bounds, nil)); len(got) != 0 {
		t.Errorf("figureDiscrepancies of bounds on people killed and hurt = %v, want none", got)
	}
}

// TestFindCountScopedBeforeTheNextFigure checks that a word of scope
// after another figure of the clause ("130,000 riders daily") does not
// scope the count before it.
func TestFindCountScopedBeforeTheNextFigure(t *testing.T) {
	arts := articles(
		"The first stretch of Line 2 runs 10.5 kilometers and has seven stations, linking Varo to the Nessa neighborhood.",
		"The first section of Line 2 runs from the Varo district with eight stations and is expected to carry some 130,000 riders daily, officials said.",
	)
	want := []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
		{Text: "seven stations", Articles: []string{"a"}},
		{Text: "eight stations", Articles: []string{"b"}},
	}}}
	if diff := cmp.Diff(want, briefs(figureDiscrepancies(arts, nil))); diff != "" {
		t.Errorf("figureDiscrepancies mismatch (-want +got):\n%s", diff)
	}
}

// TestFindGoverningVerb is a count that two aligned sentences give after
// the same verb: one quantity, though the words around it differ.
func TestFindGoverningVerb(t *testing.T) {
	arts := articles(
		"Brookfield & Gray, the Midwestern department store chain founded in 1906, filed for bankruptcy protection on Monday and said it would close 140 stores.",
		"Brookfield & Gray, the struggling department store chain, filed for bankruptcy Monday and will close 114 stores as it tries to dig out from under its debt.",
		"Will Artino scored 14 points off the bench for the Bluejays.",
		"Gregory Echenique scored seven points in the first half.",
	)
	got := figureTexts(Find(arts, nil, nil, nil, nil))
	want := [][]string{{"140 stores", "114 stores"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
}

// TestFindTimesOfDay is the time on the clock of one happening, told by
// aligned sentences or around the same words, and times of different
// happenings left alone.
func TestFindTimesOfDay(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "one derailment, two hours",
			texts: []string{
				"The Midwest Northern Railroad train, which had 96 cars, went off the tracks shortly after 2:40 a.m. just east of Gothenburg, the Dawson County sheriff said.",
				"The Midwest Northern Railroad train derailed around 3:40 a.m. near Cozad, in Dawson County, officials said.",
			},
			want: [][]string{{"2:40 a.m.", "around 3:40 a.m."}},
		},
		{
			name: "a crest before two hours",
			texts: []string{
				"The river crested before 4 a.m. on Tuesday at a record height, the weather service said.",
				"The river crested before 6 a.m. on Tuesday at a record height, forecasters said.",
			},
			want: [][]string{{"4 a.m.", "6 a.m."}},
		},
		{
			name: "times that allow each other",
			texts: []string{
				"Jackson failed sobriety tests shortly after 2 a.m. on state Route 52, an officer said.",
				"Jackson was pulled over on state Route 52 just past 2:30 a.m. after a traffic violation.",
			},
		},
		{
			name: "one of a series",
			texts: []string{
				"The first quake, magnitude 7.6, struck at 4:43 a.m. local time about 135 kilometers from Manokwari.",
				"The quake struck off the coast at 7:48 a.m. local time near Manokwari, the Geological Survey said.",
			},
		},
		{
			name: "a day and a time are not compared",
			texts: []string{
				"A freight train hauling propane derailed early Saturday near the village of Carverton.",
				"The freight train hauling propane derailed around 2:15 a.m. near the village of Carverton.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			got := figureTexts(Find(arts, nil, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFindTallySlip is one vote whose tally two reports write with two
// digits of one side swapped, in sentences that open on different words.
func TestFindTallySlip(t *testing.T) {
	arts := articles(
		"Meeting in Brussels, the European Parliament passed the measure by 412 votes to 198, with 31 abstentions.",
		"Lawmakers meeting in Strasbourg passed the measure 421 to 198, with 31 abstentions.",
	)
	got := figureTexts(Find(arts, nil, nil, nil, nil))
	want := [][]string{{"412 votes to 198", "421 to 198"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
	if !tallySlip(figures.Found{Unit: figures.Tally, Value: 412.198}, figures.Found{Unit: figures.Tally, Value: 421.198}) ||
		tallySlip(figures.Found{Unit: figures.Tally, Value: 412.198}, figures.Found{Unit: figures.Tally, Value: 412.189}) == false ||
		tallySlip(figures.Found{Unit: figures.Tally, Value: 38.027}, figures.Found{Unit: figures.Tally, Value: 38.026}) {
		t.Error("tallySlip: want 412-198/421-198 and 412-198/412-189 slips, 38-27/38-26 not")
	}
}

// TestDateVerbPastApposition is the verb of a date that a place set off
// by commas stands between: the arrest is Monday's deed.
func TestDateVerbPastApposition(t *testing.T) {
	checkDateVerbs(t, []dateVerbCase{
		{"Police arrested opposition leader Tomas Varga at his home in the capital, Belgrade, on Monday over a speech.", "Monday", "arrest"},
		{"The fire broke out near Sonora, Calif., on Saturday afternoon.", "Saturday afternoon", "began"},
		{"Crews evacuated a school near Sonora, Calif., on Saturday afternoon.", "Saturday afternoon", "evacuate"},
		{"The mayor, who spoke on Friday, said the budget would pass.", "Friday", "spoke"},
	})
}

// TestFindLoneTally is the story's one vote near the top of each report:
// named "the vote" in one and "the final tally" in another, with an
// earlier committee vote further down in both (the background vote
// leaves the story's one its report's lone tally); and told by one report
// that names the body that cast it and another that opens on "The" (the
// article is no body).
func TestFindLoneTally(t *testing.T) {
	for _, texts := range [][]string{
		{
			"The Senate confirmed Dana Whitlock as energy secretary on Tuesday. The 51-48 vote fell almost entirely along party lines. Critics had called her unfit for the job. Her supporters praised her record at the utility. She will be sworn in next week. The nomination had stalled in December when the committee deadlocked 10-10.",
			"Dana Whitlock won confirmation as energy secretary on Tuesday. The final tally was 53-46. Opponents said she was too close to the industry. She ran the state utility for six years. Her nomination was stuck after the committee split 10-10 in December.",
		},
		{
			"Dana Whitlock was confirmed as energy secretary on Tuesday. The 51-48 vote fell almost entirely along party lines.",
			"Dana Whitlock won confirmation as energy secretary on Tuesday. The Senate voted 53-46 to confirm her.",
		},
	} {
		got := figureTexts(Find(articles(texts...), nil, nil, nil, nil))
		want := [][]string{{"51-48", "53-46"}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Find mismatch (-want +got):\n%s", diff)
		}
	}
}

// TestFindSizedThing is the size of the story's one hearing, told once in
// each report among other spans of time ("the nearly six-hour hearing",
// "the three-hour hearing"), and "internal" no scope word, as
// "international" is.
func TestFindSizedThing(t *testing.T) {
	arts := articles(
		"The chief executive had run the company for two years. The gesture did little to soften the questioning during the nearly six-hour hearing.",
		"Rep. Carla Dunmore, who chairs the committee, opened the three-hour hearing by reading from a 2024 internal study. The study took 18 months.",
	)
	got := figureTexts(Find(arts, nil, nil, nil, nil))
	want := [][]string{{"nearly six-hour", "three-hour"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
}

func TestFrontedWords(t *testing.T) {
	for s, want := range map[string]int{
		"At a Nov. 13 news conference in Dallas, Lasater said the session would begin.": 7,
		"It took less than a minute for officers to respond in Gilroy, police said.":    0,
		"The senator, a Democrat, spoke.":                                               0,
		"After the vote in Albany, the governor spoke.":                                 5,
	} {
		if got := frontedWords(s); got != want {
			t.Errorf("frontedWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestBoundHappening(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"under a city policy adopted after protests in ", true},
		{"was elected following the riots of ", true},
		{"the council voted after a long debate on ", true},
		{"the policy the city adopted in ", false},
		{"has held the seat since ", false},
		{"the law takes effect after ", false},
		{"after ", false},
		{"served in the state Senate before becoming governor in ", false},
	} {
		if got := boundHappening(tc.before); got != tc.want {
			t.Errorf("boundHappening(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}

// TestDatePlannedVerb is the deed a date is planned for, after a verb of
// expecting and what is expected, and in other words.
func TestDatePlannedVerb(t *testing.T) {
	checkDateVerbs(t, []dateVerbCase{
		{"The companies said they expect the deal to close by the end of this year.", "the end of this year", "planned close"},
		{"The companies expect to complete the deal in the second half of 2027.", "the second half of 2027", "planned close"},
		{"The deal is expected to close in the first half of 2027.", "the first half of 2027", "planned close"},
	})
}

// dateVerbCase is a sentence, the text of a date in it, and the verb
// that date should be read as dating.
type dateVerbCase struct{ s, date, verb string }

// checkDateVerbs reads each sentence's figures and checks the verb of the
// date named.
func checkDateVerbs(t *testing.T, cases []dateVerbCase) {
	t.Helper()
	for _, tc := range cases {
		p := parseSent(tc.s, pub, 0)
		got, found := "", false
		for _, o := range p.occs {
			if o.f.Text == tc.date {
				got, found = o.verb, true
			}
		}
		if !found || got != tc.verb {
			t.Errorf("%q: verb of %q = %q (found %v), want %q", tc.s, tc.date, got, found, tc.verb)
		}
	}
}

func TestOpenedBy(t *testing.T) {
	for s, want := range map[string]bool{
		"Marwick painted the canvas in 1911, shortly after moving to Cornwall.": true,
		"Marwick, who was born in Denmark, painted the harbor scene in 1917.":   true,
		"Marwick has painted the harbor scene three times.":                     true,
		"Chargers receiver Vincent Jackson was arrested on Jan. 6.":             false,
		"Palmer voters in 2010 approved a $3 million bond.":                     false,
		"Marwick": false,
	} {
		if got := openedBy(s); got != want {
			t.Errorf("openedBy(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFindTollsThatDiffer is a toll told as a bound in one report and as
// another number in the other: logically both may hold, but the reports
// give two tolls, which a reader must see. A bound on a round number ("more
// than 20 others") is a rounding that a count inside it does not
// contradict, and a vague count ("dozens") is no stated toll. A toll told
// as a bare number ("rose to nine") is one too; a bare count far down a
// report, another attack's, joins no toll, and a count of some of the dead
// ("including two who died") is none.
func TestFindTollsThatDiffer(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "a bound and another number",
			texts: []string{
				"A tornado flattened much of the small town of Tolliver late Sunday, killing at least 11 people, officials said.",
				"A tornado struck the small town of Tolliver late Sunday and killed 14 people, officials said.",
			},
			want: [][]string{{"at least 11 people", "14 people"}},
		},
		{
			name: "two bounds",
			texts: []string{
				"A fire swept through the Harlow Street warehouse on Friday, killing at least 19 people.",
				"A fire swept through the Harlow Street warehouse on Friday and killed at least 17 people.",
			},
			want: [][]string{{"at least 19 people", "at least 17 people"}},
		},
		{
			name: "a bound on a round number and a count inside it",
			texts: []string{
				"Two people were killed and 23 others were injured on Sunday when a charter bus rolled onto its side on Route 9.",
				"Two people died and more than 20 others were injured on Sunday when a charter bus rolled onto its side on Route 9.",
			},
		},
		{
			name: "more than a dozen",
			texts: []string{
				"More than a dozen people were hurt Monday when a commuter train derailed near Odenton, officials said.",
				"Fourteen people were hurt Monday when a commuter train derailed near Odenton, officials said.",
			},
		},
		{
			name: "a vague count",
			texts: []string{
				"A fire swept through the Harlow Street warehouse on Friday, injuring dozens of people.",
				"A fire swept through the Harlow Street warehouse on Friday and injured at least 30 people.",
			},
		},
		{
			name: "a toll that rose",
			texts: []string{
				"Tornadoes tore through central Mississippi on Sunday, killing at least seven people and leaving thousands without power, officials said.",
				"The death toll from the tornadoes that tore through central Mississippi on Sunday rose to nine, officials said.",
			},
			want: [][]string{{"at least seven people", "nine"}},
		},
		{
			name: "another attack's bare count further down",
			texts: []string{
				"An Israeli strike near a United Nations school in Gaza killed at least 43 people on Tuesday, the agency said. Families had sheltered there for days. The agency called for an inquiry. Aid trucks waited at the crossing. Doctors worked through the night. Elsewhere, an air strike on a house in Rafah overnight killed four, medics said.",
				"An Israeli strike on the United Nations school in Gaza on Tuesday killed 42 people, Shifa Hospital said. Families had sheltered there for days. The agency called for an inquiry.",
			},
			want: [][]string{{"at least 43 people", "42 people"}},
		},
		{
			name: "some of the dead",
			texts: []string{
				"Four people died in custody at the county jail over 18 months, and a state commission faulted its medical care.",
				"A state commission faulted medical care at the county jail, where four inmates died in 18 months, including two who died after going days without seeing a doctor.",
			},
		},
	}
	for _, tt := range tests {
		got := figureTexts(Find(articles(tt.texts...), nil, nil, nil, nil))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Find mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestStatedCount(t *testing.T) {
	for text, want := range map[string]bool{
		"14 people": true, "at least 11 people": true, "five people": true, "more than 1,000 homes": true,
		"dozens of people": false, "between 10 and 12 people": false, "10 to 12 people": false,
	} {
		if got := statedCount(figures.Found{Text: text}); got != want {
			t.Errorf("statedCount(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestFindQuakeMagnitude is the magnitude of the story's quake, told near
// the top of each report in other words, while quakes of other years
// further down have magnitudes of their own.
func TestFindQuakeMagnitude(t *testing.T) {
	texts := []string{
		"A strong earthquake struck southern Peru late Wednesday, toppling adobe homes in several villages. The quake had a magnitude of 6.8, the Geophysical Institute said. Rescuers searched through the night. In 2007, a magnitude 8.0 quake near the coastal city of Pisco killed more than 500 people. Officials said schools would stay shut. Aid arrived by road on Thursday.",
		"An earthquake rocked southern Peru late Wednesday, destroying adobe homes in several villages. The 6.3 magnitude quake struck 40 kilometres from Arequipa. Rescuers worked through the night. The region has suffered before. In 2007, a magnitude 8.0 earthquake near Pisco killed hundreds.",
	}
	got := figureTexts(Find(articles(texts...), nil, nil, nil, nil))
	want := [][]string{{"magnitude of 6.8", "6.3 magnitude"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
}

func TestBare(t *testing.T) {
	for text, want := range map[string]bool{
		"four": true, "at least 14": true, "170, 000": true, "14 people": false, "Some 30 people": false, "at least nine people": false,
	} {
		if got := bare(figures.Found{Text: text}); got != want {
			t.Errorf("bare(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestUndatedDay(t *testing.T) {
	for _, c := range []struct {
		text string
		kind int
	}{
		{"June 17", referredDayOfYear}, {"17 June", referredDayOfYear}, {"on Sept. 11", referredDayOfYear},
		{"Aug. 9th", referredDayOfYear}, {"late Tuesday night", referredWeekday}, {"Sunday's", referredWeekday},
		{"yesterday", 0}, {"next Monday", 0}, {"last month", 0}, {"June 31", 0}, {"Monday, June 17", 0},
	} {
		if _, kind := undatedDay(c.text); kind != c.kind {
			t.Errorf("undatedDay(%q) kind %d, want %d", c.text, kind, c.kind)
		}
	}
	a, _ := undatedDay("June 17")
	b, _ := undatedDay("17 June")
	if a != b {
		t.Errorf("June 17 and 17 June: %v and %v", a, b)
	}
}

func TestAgedName(t *testing.T) {
	tests := []struct{ rest, want string }{
		{" Klitschko ( 52-3, 46 KOs ) won", "klitschko"},
		{" Klitschko's third win", "klitschko"},
		{" LuAnn Marie Johnson, of Burnsville", "johnson"},
		{" Kimani Gray was shot", "gray"},
		{" Peterson on Nov. 12", "peterson"},
		{" Rep. John Smith said", "smith"},
		{" Jean-Luc Picard, the captain", "picard"},
		{" Scottish actor will replace him", ""},
		{" New York man", ""},
		{" man from Ohio", ""},
	}
	for _, tc := range tests {
		if got := agedName(tc.rest); got != tc.want {
			t.Errorf("agedName(%q) = %q, want %q", tc.rest, got, tc.want)
		}
	}
}

// TestOneName is a name misspelt, which names one person, against a word
// made of a name, which names another thing.
func TestOneName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"whitfield", "whitefield", true},
		{"ortega", "ortega", true},
		{"israel", "israeli", false},
		{"kenya", "kenyan", false},
		{"mattis", "mattes", true},
		{"kerry", "kelly", false},
		{"", "", true},
		{"ortega", "", false},
	} {
		if got := oneName(tc.a, tc.b); got != tc.want {
			t.Errorf("oneName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestFindForecastApart checks that a forecast and a result are not
// compared as one quantity, and that the place a body is based in is not
// who a sentence is about.
func TestFindForecastApart(t *testing.T) {
	arts := articles(
		"Corvane Systems on Tuesday reported fourth-quarter revenue of $4.37 billion, an 18% increase from a year earlier. The San Jose, California, company projected revenue of $4.5 billion to $4.6 billion for the first quarter.",
		"The San Jose, California-based company reported revenue of $4.73 billion for the quarter, up 18% from the same period a year earlier.",
	)
	got := figureTexts(Find(arts, nil, nil, nil, nil))
	if diff := cmp.Diff([][]string{{"$4.37 billion", "$4.73 billion"}}, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
	// "projects" is more often a noun than a forecast.
	arts = articles(
		"Some mandatory, independent reviews that government scientists have performed for 44 years are being eliminated.",
		"They will eliminate the mandatory, independent reviews that government scientists have performed for 35 years on dams and other projects.",
	)
	got = figureTexts(Find(arts, nil, nil, nil, nil))
	if diff := cmp.Diff([][]string{{"44 years", "35 years"}}, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
}

// TestFindOneDigitSlip is one sum told in two sentences of one happening
// worded apart, one digit off in one of them; two counts of two digits
// one last digit apart, and a final score against a tie it broke, are
// left alone.
func TestFindOneDigitSlip(t *testing.T) {
	arts := articles(
		"Two masked gunmen robbed an armored truck outside a bank in Marietta on Thursday morning, shooting a guard and escaping with about $1.4 million in cash, the authorities said.",
		"Two masked gunmen opened fire on an armored truck crew in Marietta on Thursday, wounding a guard and making off with $2.4 million in cash, police said.",
	)
	got := figureTexts(Find(arts, nil, nil, nil, nil))
	want := [][]string{{"about $1.4 million", "$2.4 million"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"$1.4 million", "$2.4 million", true},
		{"172", "174", true},
		{"52 hours", "62 hours", true},
		{"20 people", "25 people", false},
		{"12 counts", "11 counts", false},
		{"1.4", "1.45", false},
		{"148,000", "184,000", false},
	} {
		if got := oneDigitSlip(c.a, c.b); got != c.want {
			t.Errorf("oneDigitSlip(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	arts = articles(
		"Mariela Okafor headed in a corner kick in the 78th minute, and the Portland Thorns beat the Orlando Pride, 2-1, on Saturday night to win the championship.",
		"Okafor's header from a corner kick in the 78th minute broke a 1-1 tie and handed Portland the championship on Saturday night.",
	)
	if got := figureTexts(Find(arts, nil, nil, nil, nil)); len(got) != 0 {
		t.Errorf("a final score against the tie it broke: got %v, want nothing", got)
	}
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{"Rocha gave Orlando a ", " lead in the 31st minute", true},
		{"His header broke a ", " tie.", true},
		{"The game ended in a ", " tie.", false},
		{"The Thorns beat the Pride ", " on Saturday.", false},
	} {
		if got := interimScore(c.before, c.after); got != c.want {
			t.Errorf("interimScore(%q, %q) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
}

// TestFindOneHappeningNamedTwoWays is the date of one election, named with
// a word before its noun in one report and by the noun alone in the other,
// and told of one parliament by its kind and by its name; a vote and a
// final vote are two happenings.
func TestFindOneHappeningNamedTwoWays(t *testing.T) {
	arts := articles(
		"Israel’s Parliament voted on Wednesday to dissolve itself, setting up an early general election on Oct. 27 after the governing coalition splintered over military service.",
		"Israeli lawmakers voted Wednesday to dissolve the Knesset and hold early elections on Oct. 20, following months of infighting within the governing coalition over military service.",
	)
	got := figureTexts(Find(arts, nil, nil, nil, nil))
	want := [][]string{{"Oct. 27", "Oct. 20"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
	if !sameEvent("genera electi", "electi") || sameEvent("final vote", "vote") || sameEvent("presid electi", "runoff electi") {
		t.Error("sameEvent: want general election/election one, final vote/vote and presidential/runoff election two")
	}
}

// TestFindBoundAlsoToldExactly is a toll of "at least four" in one report
// and "four" in another against "six" in a third: the bound is told
// exactly too, so it does not side with the six.
func TestFindBoundAlsoToldExactly(t *testing.T) {
	arts := articles(
		"At least four people were killed on Tuesday as the police fired tear gas at protesters in several cities.",
		"Six people were killed Tuesday as demonstrators clashed with police in several cities.",
		"Rights groups accused the police of excessive force after four people were killed in protests in several cities on Tuesday.",
	)
	got := figureTexts(Find(arts, nil, nil, nil, nil))
	if len(got) != 1 || !slices.Contains(got[0], "Six people") {
		t.Errorf("Find: got %v, want one disagreement with \"Six people\"", got)
	}
}

// TestFindAgesOfTwoPeople is a victim's age in one report aligned with a
// suspect's in another, where the first report gives the suspect's age
// too: two people's ages, no disagreement.
func TestFindAgesOfTwoPeople(t *testing.T) {
	arts := articles(
		"A man has been charged with manslaughter after a 27-year-old teacher was stabbed to death outside a bar in Dublin over the weekend, police said. Kevin Doyle, 34, appeared in court on Monday.",
		"A 34-year-old man was charged with murder in Dublin on Monday over the death of a teacher who was stabbed outside a bar over the weekend, police said.",
	)
	for _, d := range figureTexts(Find(arts, nil, nil, nil, nil)) {
		if slices.Contains(d, "27-year-old") {
			t.Errorf("Find: got %v, want no disagreement on the two people's ages", d)
		}
	}
	if !agesOfTwo([]figOcc{{art: 0, f: figures.Found{Unit: figures.Age, Value: 27}}, {art: 1, f: figures.Found{Unit: figures.Age, Value: 34}}},
		[]int{0, 1}, map[int]map[float64]bool{0: {27: true, 34: true}, 1: {34: true}}) {
		t.Error("agesOfTwo: want true where one article gives both ages")
	}
}

// TestFindOffsetApart is the words after a length of time that make it
// how much earlier or later a happening comes than planned (an offset, no
// length; TestFindSameQuantity has the sentences), while a length before
// "before" is one.
func TestFindOffsetApart(t *testing.T) {
	for _, c := range []struct {
		after string
		want  bool
	}{
		{" earlier than scheduled", true},
		{" ahead of schedule.", true},
		{" late, the airline said", true},
		{" before rescuers reached them", false},
		{" later, the miners were found", false},
	} {
		if got := offsetAfter(c.after); got != c.want {
			t.Errorf("offsetAfter(%q) = %v, want %v", c.after, got, c.want)
		}
	}
}

func TestLastedDeed(t *testing.T) {
	tests := []struct{ before, want string }{
		{"several hundred demonstrators blocked a major avenue for", "block avenue"},
		{"demonstrators blocked a major Bangkok avenue for", "block avenue"},
		{"The jury deliberated for", "delibe"},
		{"after deliberating for", "delibe"},
		{"The bridge will be closed for", "clos"},
		// What only went on says nothing of which thing it was.
		{"The meeting lasted for", ""},
		{"She worked for", ""},
		{"demonstrators blocked a major avenue, officials said, for", ""},
		{"The plan is for", ""},
	}
	for _, tc := range tests {
		if got := lastedDeed(tc.before); got != tc.want {
			t.Errorf("lastedDeed(%q) = %q, want %q", tc.before, got, tc.want)
		}
	}
}

// TestFindDayAndPartOfIt checks that a day told alone agrees with a part
// of it another report gives, while two parts of one day disagree.
func TestFindDayAndPartOfIt(t *testing.T) {
	tue := crosscheck.Day(2026, time.August, 11)
	checkDatedFigures(t, tue, []datedFigureCase{
		{
			name: "a day and its morning",
			texts: []string{
				"The dockworkers of Port Alcott will return to the docks on Monday morning while the vote is pending.",
				"The dockworkers of Port Alcott will return to the docks on Monday while the vote is pending.",
			},
		},
		{
			name: "a morning and an evening of one day",
			texts: []string{
				"The dockworkers of Port Alcott will return to the docks on Monday morning while the vote is pending.",
				"The dockworkers of Port Alcott will return to the docks on Monday evening while the vote is pending.",
			},
			want: [][]string{{"Monday morning", "Monday evening"}},
		},
	})
}

// TestFindFiguresOfAnotherTime checks that a value its clause dates to a
// year past is kept apart from the story's values of the same unit, and
// that a decade dates nothing in its last year.
func TestFindFiguresOfAnotherTime(t *testing.T) {
	pub := crosscheck.Day(2026, time.January, 21)
	checkDatedFigures(t, pub, []datedFigureCase{
		{
			name: "the story's area beside a past fire's",
			texts: []string{
				"A fast-moving bushfire destroyed 17 homes near the town of Carrowvale in Tarrin on Tuesday and burned through 12,400 hectares of farmland and forest before cooler winds slowed it overnight, the authorities said on Wednesday.",
				"A raging wildfire tore through farmland and forest in southeastern Tarrin, destroying 17 homes and scorching 12,400 hectares, officials said.",
				"A bushfire near Carrowvale, in the state of Tarrin, destroyed 17 homes and burned about 9,800 hectares after breaking out during extreme heat on Tuesday. The great fires of 2019 and 2020 burned more than 24 million hectares across the country.",
			},
			want: [][]string{{"12,400 hectares", "about 9,800 hectares"}},
		},
		{
			name: "a past theft's count told with its year in one report and without it in another",
			texts: []string{
				"Four paintings were stolen from the Ardmore Museum of Art overnight into Sunday, in a heist that has stunned the city. The four works are valued at a combined $13 million, according to museum officials. The 1990 theft of 13 works from Boston's Pellmont Gallery remains unsolved.",
				"Thieves stole paintings worth $30 million from the Ardmore Museum of Art. The heist immediately drew comparisons to the infamous 1990 robbery at Boston's Pellmont Gallery, where thieves disguised as police officers made off with 13 works of art valued at hundreds of millions of dollars.",
			},
		},
		{
			name: "a year beside a decade both reports give",
			texts: []string{
				"\"Morning Over the Marsh,\" painted in 1939, shows a line of horsemen crossing a plain. Korvash studied in Moscow in the 1930s before returning home.",
				"\"Morning Over the Marsh\" by Lidia Korvash was painted in 1937 and shows horsemen crossing a plain. Korvash studied in Moscow in the 1930s.",
			},
			want: [][]string{{"1939", "1937"}},
		},
	})
}

// TestFindOneThingToldAlike checks figures that two reports tie to one
// thing by the words after them, by a rule's effective date, and by a
// post the one aged person of each report holds.
func TestFindOneThingToldAlike(t *testing.T) {
	pub := crosscheck.Day(2026, time.April, 6)
	checkDatedFigures(t, pub, []datedFigureCase{
		{
			name: "lengths behind schedule",
			texts: []string{
				"The project has since fallen 14 months behind schedule, forcing commuters near the town of Dalby Falls onto a detour of roughly 20 miles.",
				"The bridge replacement on Route 9 is now nine months behind schedule, and drivers have been forced onto lengthy detours. Residents of Dalby Falls, near the bridge site, have complained for months about detours and lost business.",
				"Construction is running 14 months behind schedule, and residents of Dalby Falls have endured a long detour.",
			},
			want: [][]string{{"14 months", "nine months"}},
		},
		{
			name: "lengths of a sentence and of a law's most",
			texts: []string{
				"The law makes spreading false information punishable by up to three years in prison.",
				"The reporter was sentenced to seven years and three months in prison under the law.",
			},
		},
		{
			name: "one cut of a work force, in jobs and in people, with other words near",
			texts: []string{
				"Pellory Software, the maker of tools used by millions of office workers, said on Wednesday that it would cut 1,150 jobs, about 9 percent of its work force.",
				"Pellory Software is laying off 1,500 workers and its founder is out as CEO, the company said Wednesday.",
			},
			want: [][]string{{"1,150 jobs", "1,500 workers"}},
		},
		{
			name: "one price of one thing",
			texts: []string{
				"Benchmark copper for delivery in three months rose as much as 4.2 percent in London trading, touching $13,480 a metric ton, before giving back some gains.",
				"The metal touched a record $12,480 per metric ton in London, up as much as 4.2% on the day. The union said a bonus of $18,000 per worker fell short.",
				"Copper rose to a record on Thursday, touching $13,480 a metric ton in London trading, as a strike stretched into its second week. A bonus of $18,000 per worker was rejected.",
			},
			want: [][]string{{"$13,480", "$12,480"}},
		},
		{
			name: "a rule's effective date",
			texts: []string{
				"The law was scheduled to take effect on Sept. 1.",
				"A federal judge granted an injunction sought by an industry group, ahead of the law's Oct. 1 effective date.",
			},
			want: [][]string{{"Sept. 1", "Oct. 1"}},
		},
		{
			name: "a named person's age and a post's",
			texts: []string{
				"Senator Constance Marlow-Hart of Calder will not seek a fourth term. Ms. Marlow-Hart, 74, made the announcement at a community college in Dunmore.",
				"Sen. Constance Marlow-Hart announced she won't run again. The 71-year-old senator made the announcement in Dunmore.",
			},
			want: [][]string{{"74", "71-year-old"}},
		},
	})
}

func TestLengthTail(t *testing.T) {
	for rest, want := range map[string]string{
		" behind schedule, forcing commuters": "schedu",
		" ahead of schedule.":                 "schedu",
		" in prison under the law":            "",
		" behind the":                         "",
	} {
		if got := lengthTail(rest); got != want {
			t.Errorf("lengthTail(%q) = %q, want %q", rest, got, want)
		}
	}
}

func TestRateAfter(t *testing.T) {
	for rest, want := range map[string]string{
		" a metric ton in London": "metric ton",
		" per metric ton.":        "metric ton",
		" a barrel, up 2%":        "barrel",
		" an ounce":               "ounce",
		" in cash":                "",
		" a year":                 "year",
	} {
		if got := rateAfter(rest); got != want {
			t.Errorf("rateAfter(%q) = %q, want %q", rest, got, want)
		}
	}
}

// datedFigureCase is a story whose reports are all published on one day,
// and the figures Find must report told two ways in it.
type datedFigureCase struct {
	name  string
	texts []string
	want  [][]string
}

// checkDatedFigures runs Find on each case, its reports published on pub.
func checkDatedFigures(t *testing.T, pub crosscheck.Date, tests []datedFigureCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			for i := range arts {
				arts[i].Published = pub
			}
			got := figureTexts(Find(arts, nil, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFindOneSumEachReport is the one sum of money each report gives,
// told in sentences that align on nothing else: the cost of one garage.
// A sum told in words is none.
func TestFindOneSumEachReport(t *testing.T) {
	for _, tc := range []struct {
		texts []string
		want  [][]string
	}{
		{
			texts: []string{
				"The council rejected the parking garage on Tuesday night. City staff had estimated the garage would cost $48 million to build on the Elm Street lot.",
				"Council members voted 5-2 against the $43 million project, which would have replaced the Elm Street lot.",
			},
			want: [][]string{{"$48 million", "$43 million"}},
		},
		{
			texts: []string{
				"The council rejected the parking garage on Tuesday night. City staff had estimated the garage would cost billions of dollars over its life on the Elm Street lot.",
				"Council members voted 5-2 against the $43 million project, which would have replaced the Elm Street lot.",
			},
		},
	} {
		got := figureTexts(Find(articles(tc.texts...), nil, nil, nil, nil))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Find mismatch (-want +got):\n%s", diff)
		}
	}
}

// TestFindCountJoinsOneToldAlike is a count two reports give alike and a
// third gives otherwise, in a sentence that aligns with neither: the
// third joins the count the two tell.
func TestFindCountJoinsOneToldAlike(t *testing.T) {
	texts := []string{
		"RIVERTON, Idaho — Some 2,300 workers at the Pine Hollow copper mine went on strike on Thursday after wage talks with the mine's owner broke down.",
		"Some 2,800 union workers walked off the job Thursday at Pine Hollow, a large copper mine in the state's north, after wage talks collapsed.",
		"Some 2,300 workers at the Pine Hollow copper mine went on strike Thursday, halting most operations at one of the state's largest mines.",
	}
	got := figureTexts(Find(articles(texts...), nil, nil, nil, nil))
	want := [][]string{{"Some 2,300 workers", "Some 2,800 union workers"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
}

// TestFindVotesAndVotesNeeded is the votes a chamber gave and the votes it
// needed: two quantities, whichever word stands after the count.
func TestFindVotesAndVotesNeeded(t *testing.T) {
	texts := []string{
		"The Senate voted 28 to 12 to override the veto, and the House followed hours later with 85 votes, one more than the majority required.",
		"The Senate voted 28 to 12 earlier in the day to override the veto, but the House could not muster the 84 votes needed, leaving the veto in place.",
	}
	if got := figureTexts(Find(articles(texts...), nil, nil, nil, nil)); len(got) != 0 {
		t.Errorf("Find = %q, want no figure", got)
	}
}

// TestFindNoJoinToALinkOfOtherKind is a figure left alone that does not
// join a link of one value when the link's figures include more than it
// ("including debt") or are points along a way, not its length.
func TestFindNoJoinToALinkOfOtherKind(t *testing.T) {
	for _, texts := range [][]string{
		{
			"Harbor Foods agreed on Tuesday to buy its rival Cole's Markets in a deal valued at $4.8 billion including debt, the companies said.",
			"Harbor Foods agreed on Tuesday to buy its rival Cole's Markets in a deal valued at $4.8 billion, the companies said.",
			"Harbor Foods will pay roughly $3.9 billion in cash for Cole's Markets, in a deal valued by analysts as a bold bet. Its shares fell $2 on the news.",
		},
		{
			"Ruth Kiprop pulled away from the lead pack near the 35-kilometer mark and won the marathon in Sydney on Sunday.",
			"Ruth Kiprop broke away from the lead pack near the 35-kilometer mark and won the marathon in Sydney on Sunday.",
			"Ruth Kiprop ran the 26.2-mile course alone after breaking from the lead pack, winning the marathon in Sydney.",
		},
	} {
		if got := figureTexts(Find(articles(texts...), nil, nil, nil, nil)); len(got) != 0 {
			t.Errorf("Find = %q, want no figure", got)
		}
	}
}

// TestFindOneCountEachReport is the one count of a thing each report
// gives near its top, told in sentences that align on little else: the
// sculptures taken in one theft. Counts of things of two kinds, of one
// thing told of another fate, or by way of a kind ("a three-match
// series"), are none.
func TestFindOneCountEachReport(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "one theft",
			texts: []string{
				"LYON — Burglars broke into a small museum of the city late Friday and carried off six sculptures, including a 19th-century bust, the police said on Sunday.",
				"Burglars cut through a back door of a museum in Lyon, France, late Friday and stole seven sculptures worth several million euros, police said.",
			},
			want: [][]string{{"six sculptures", "seven sculptures"}},
		},
		{
			name: "another fate",
			texts: []string{
				"Four armed men held up a jewelry store in Tulsa on Friday night, police said.",
				"Two men were arrested over the jewelry store holdup, a spokeswoman for the Tulsa police said on Sunday.",
			},
		},
		{
			name: "things of two kinds",
			texts: []string{
				"LYON — Burglars broke into a small museum of the city late Friday and carried off six bronze sculptures, including a 19th-century bust, the police said on Sunday.",
				"Burglars cut through a back door of a museum in Lyon, France, late Friday and stole seven sculptures worth several million euros, police said.",
			},
		},
		{
			name: "a kind named by a count",
			texts: []string{
				"The visitors clinched the three-match series in Perth on Sunday.",
				"Perth's visitors won two matches in a row to take the series.",
			},
		},
		{
			name: "a thing named in two words, further down",
			texts: []string{
				"A ballot measure to cap rents qualified for the November ballot, state officials said on Monday. The campaign needed 90,000 signatures. Its backers celebrated at a rally in Salem. The elections office found that the campaign had submitted 124,310 valid signatures.",
				"Rent control will be on the ballot in November. Supporters turned in about 150,000 signatures last month. State election officials counted 131,870 valid signatures, well above the threshold.",
			},
			want: [][]string{{"124,310 valid signatures", "131,870 valid signatures"}},
		},
		{
			name: "told further down",
			texts: []string{
				"Burglars broke into a small museum in Lyon late Friday, the police said on Sunday. The museum had reopened in May. Its collection draws scholars from across Europe. The burglars carried off six bronze sculptures.",
				"Burglars broke into a museum in Lyon late Friday, police said. Officials did not say how they entered. The museum's staff found the cases empty. The burglars stole seven sculptures.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := figureTexts(Find(articles(tc.texts...), nil, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFindQuakeAndAge is a story's quake told on another day than its
// report's sweeping up, with an aftershock's magnitude beside it, and a
// person's age given before the name "named" or "identified as" gives.
func TestFindQuakeAndAge(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "a quake and its aftershock",
			texts: []string{
				"A magnitude 5.6 earthquake struck the coast of the island on Monday night, officials said.",
				"Residents were clearing debris on Tuesday after a magnitude 6.0 earthquake struck near the port on Monday night. It was followed by 30 aftershocks, the largest of magnitude 4.1.",
			},
			want: [][]string{{"magnitude 5.6", "magnitude 6.0"}},
		},
		{
			name: "an age before the name",
			texts: []string{
				"The suspect, a 19-year-old Dayton man named Cole Ferris, was charged with arson.",
				"The suspect, a 20-year-old identified by police as Cole Ferris, faces arson charges.",
			},
			want: [][]string{{"19-year-old", "20-year-old"}},
		},
		{
			name: "ages of two people named",
			texts: []string{
				"The suspect, a 19-year-old Dayton man named Cole Ferris, was charged with arson.",
				"His friend, a 20-year-old identified by police as Dean Walsh, was not charged.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := figureTexts(Find(articles(tc.texts...), nil, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFindSpeedsOfTwoNouns is a storm's winds and gusts, each a speed of
// its own noun: the gusts are compared with the gusts, though the winds'
// speed lies below both.
func TestFindSpeedsOfTwoNouns(t *testing.T) {
	texts := []string{
		"The typhoon made landfall on Sunday with sustained winds of 140 kilometers per hour and gusts of up to 175 kilometers per hour, the agency said.",
		"The typhoon came ashore on Sunday carrying sustained winds of 140 kilometers per hour and gusts of up to 195 kilometers per hour, the agency said.",
	}
	got := figureTexts(Find(articles(texts...), nil, nil, nil, nil))
	want := [][]string{{"up to 175 kilometers per hour", "up to 195 kilometers per hour"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find mismatch (-want +got):\n%s", diff)
	}
}

// TestFigureDiscrepancyLooseHolder checks that a loose value that holds
// every other value of its group ("December" beside "Dec. 11" and "Dec.
// 18") takes no side, even in a report that gives one of them too.
func TestFigureDiscrepancyLooseHolder(t *testing.T) {
	arts := articles("a", "b", "c")
	parse := func(s string) figures.Found {
		fs := figures.Parse(s, pub)
		if len(fs) != 1 {
			t.Fatalf("Parse(%q) = %v, want one figure", s, fs)
		}
		return fs[0]
	}
	occs := []figOcc{
		{art: 0, f: parse("through Dec. 18")},
		{art: 1, f: parse("through Dec. 11")},
		{art: 1, f: parse("in December")},
		{art: 2, f: parse("through Dec. 11")},
	}
	d, ok := figureDiscrepancy(arts, occs, []int{0, 1, 2, 3}, false)
	if !ok {
		t.Fatal("no discrepancy")
	}
	want := []crosscheck.Cited{{Text: "Dec. 11", Articles: []string{"b", "c"}}, {Text: "Dec. 18", Articles: []string{"a"}}}
	if diff := cmp.Diff(want, d.Variants); diff != "" {
		t.Errorf("variants mismatch (-want +got):\n%s", diff)
	}
	// Two values only: the loose one stays, and the report giving two
	// values takes no side.
	if _, ok := figureDiscrepancy(arts, occs[1:3], []int{0, 1}, false); ok {
		t.Error("a report's own two values of one month reported")
	}
}

// TestCountOfNoun checks the noun before "of" a count is read of ("the
// remains of 14 people"), unless that noun only measures ("a total of 40
// residents", "dozens of").
func TestCountOfNoun(t *testing.T) {
	for s, want := range map[string]string{
		"Archaeologists found the remains of 14 people in the tomb.":   "of remains",
		"A crew of 12 sailors was rescued on Tuesday.":                 "of crew",
		"The council heard from a total of 40 residents on Tuesday.":   "",
		"Police detained a group of 20 protesters outside parliament.": "",
	} {
		p := parseSent(s, pub, 0)
		if len(p.occs) == 0 {
			t.Errorf("parseSent(%q): no figure", s)
			continue
		}
		if got := p.occs[0].head; got != want {
			t.Errorf("parseSent(%q): head %q, want %q", s, got, want)
		}
	}
}

// TestLinkBesideAgreed checks that two aligned sentences that give one
// count alike pair the counts of one unit right beside it, which neither
// sentence's other words would pair.
func TestLinkBesideAgreed(t *testing.T) {
	a := parseSent("It is tied to an outbreak of listeria that has sickened 41 people in nine states, the Varnell County health agency said on Friday.", pub, 0)
	b := parseSent("It is tied to a listeria outbreak that county health officials say has sickened 41 people in 12 states.", pub, 1)
	var occs []figOcc
	var as, bs []int
	for _, o := range a.occs {
		as = append(as, len(occs))
		occs = append(occs, o)
	}
	for _, o := range b.occs {
		bs = append(bs, len(occs))
		occs = append(occs, o)
	}
	var got [][2]string
	for _, p := range link(occs, as, bs, minPairedSentences) {
		if !p.compatible {
			got = append(got, [2]string{occs[as[p.a]].f.Text, occs[bs[p.b]].f.Text})
		}
	}
	if want := [][2]string{{"nine states", "12 states"}}; !slices.Equal(got, want) {
		t.Errorf("link paired %q disagreeing, want %q", got, want)
	}
}

// TestFindUpdateToldWithItsStart checks that a toll a report tells as
// risen from the other report's toll is no disagreement with it, and
// that one risen from a third value still is.
func TestFindUpdateToldWithItsStart(t *testing.T) {
	figuresAgainst(t, "VARSKA — At least three people have died in the floods in Varska, the regional governor's office said.", []againstCase{
		{"The death toll from the floods in Varska rose to four on Tuesday, up from three on Monday, officials said.", 0},
		{"The death toll from the floods in Varska rose to four on Tuesday, up from two on Monday, officials said.", 1},
	})
}

// againstCase is a report told against another, and how many figure
// discrepancies the two make.
type againstCase struct {
	other string
	want  int
}

// figuresAgainst checks how many figure discrepancies each case's report
// makes with first.
func figuresAgainst(t *testing.T, first string, cases []againstCase) {
	t.Helper()
	for _, tc := range cases {
		if got := len(figureDiscrepancies(articles(first, tc.other), nil)); got != tc.want {
			t.Errorf("%q: %d discrepancies, want %d", tc.other, got, tc.want)
		}
	}
}

// TestDatedBeside checks that a date told as one end of a span, beside
// the other end, takes no side against a report giving that other end
// alone ("between January 2024 and June 2025" against "beginning in
// January 2024"), and that two dates a sentence gives apart still do.
func TestDatedBeside(t *testing.T) {
	pub := crosscheck.Day(2026, time.June, 3)
	start := "The heaters were sold over an 18-month period beginning in January 2024, the board said."
	for _, tc := range []struct {
		span string
		want bool
	}{
		{"The recall covers heaters sold between January 2024 and June 2025, the board said.", true},
		{"The recall covers heaters sold from January 2024 to June 2025, the board said.", true},
		{"The recall covers heaters sold in June 2025, a model first shown in January 2024, the board said.", false},
	} {
		var occs []figOcc
		var sents []figSent
		for ai, s := range []string{tc.span, start} {
			fs := figSent{art: ai}
			for _, o := range parseSent(s, pub, ai).occs {
				o.art, o.sent = ai, len(sents)
				fs.figs = append(fs.figs, len(occs))
				occs = append(occs, o)
			}
			sents = append(sents, fs)
		}
		var members []int
		for i, o := range occs {
			if o.f.Text == "June 2025" && o.art == 0 || o.f.Text == "January 2024" && o.art == 1 {
				members = append(members, i)
			}
		}
		if len(members) != 2 {
			t.Fatalf("%q: members %v of %+v", tc.span, members, occs)
		}
		if got := datedBeside(occs, sents, members); got != tc.want {
			t.Errorf("%q: datedBeside = %v, want %v", tc.span, got, tc.want)
		}
	}
}

// TestFindLoneMeasureOfOneVerb checks that the one measure a verb gives
// near the top of each report is compared however differently the
// sentences tell it, and that one another verb gives is not.
func TestFindLoneMeasureOfOneVerb(t *testing.T) {
	figuresAgainst(t, "MARSO — A wildfire fanned by strong winds raced through hills in the eastern Tarvian province of Lusca on Sunday, forcing 1,500 residents from their homes and burning about 4,200 hectares of pine forest and farmland, regional officials said.", []againstCase{
		{"ORVEDA, Tarvia — A wildfire in eastern Tarvia has burned about 6,000 hectares since it broke out Saturday near the town of Belcas, emergency officials said Sunday.", 1},
		{"ORVEDA, Tarvia — A wildfire in eastern Tarvia has threatened about 6,000 hectares since it broke out Saturday near the town of Belcas, emergency officials said Sunday.", 0},
	})
}

// TestFindMonthToComeNoDayDone checks that a month still to come ("will
// close its doors in June 2027") is not paired with the day a thing was
// done ("voted on Thursday to close"), whatever words they share.
func TestFindMonthToComeNoDayDone(t *testing.T) {
	arts := articles(
		"ORLEN, Ore. — The Orlen School Board voted 4-1 on Thursday to close Birchway Elementary School at the end of the school year in June 2026, a decision driven by a drop in enrollment.",
		"ORLEN, Ore. — Parents at Birchway Elementary School are reeling after the Orlen School Board voted Thursday night to close the school at the end of the current school year.",
		"ORLEN, Ore. — Birchway Elementary School will close its doors in June 2027 after the Orlen School Board voted 4-1 on Feb. 12 to shut the east-side school, district officials said.",
	)
	for i := range arts {
		arts[i].Published = crosscheck.Day(2026, time.February, 13)
	}
	for _, d := range figureDiscrepancies(arts, nil) {
		var texts []string
		for _, v := range d.Variants {
			texts = append(texts, v.Text)
		}
		if slices.ContainsFunc(texts, func(s string) bool { return strings.HasPrefix(s, "Thursday") }) && slices.Contains(texts, "June 2027") {
			t.Errorf("a month to come paired with the day of a vote: %q", texts)
		}
	}
}
