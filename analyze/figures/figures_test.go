package figures

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"crosscheck"
	"crosscheck/clean"
	"crosscheck/internal/testcorpus"
)

var pub = crosscheck.Day(2025, time.February, 12) // a Wednesday

func days(y int, m time.Month, d int) float64 { return unixDays(y, m, d) }

// short is what a test checks of a Found.
type short struct {
	Text  string
	Value float64
	Unit  string
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		pub  crosscheck.Date
		want []short
	}{
		{"money billions", "They gave more than $126 billion, including more than $66.5 billion from the U.S.", pub,
			[]short{{"more than $126 billion", 126e9, "USD"}, {"more than $66.5 billion", 66.5e9, "USD"}}},
		{"a change whose first end takes the second's unit", "The levy rose from 5 to 7 percent; fares went from 5.00 to 5.70 reais and sales from 500,000 to 1.2 million units.", pub,
			[]short{{"5", 5, "percent"}, {"7 percent", 7, "percent"}, {"5.00", 5, "BRL"}, {"5.70 reais", 5.7, "BRL"}, {"500,000", 5e5, "units"}, {"1.2 million units", 1.2e6, "units"}}},
		{"money hyphenated", "Britain would provide a fresh $187-million package.", pub, []short{{"$187-million", 187e6, "USD"}}},
		{"money other currencies", "It cost €5bn and £3m, or 20 million euros.", pub,
			[]short{{"€5bn", 5e9, "EUR"}, {"£3m", 3e6, "GBP"}, {"20 million euros", 20e6, "EUR"}}},
		{"money in hundredths", "It pays 410 pence a share, or 99 cents.", pub,
			[]short{{"410 pence", 4.10, "GBP"}, {"99 cents", 0.99, "USD"}}},
		{"rand, by sign and by name; an R before a number that is no sum", "Robbers took about R18 million, or 18 million rand by the insurer's count, from the R2 depot.", pub,
			[]short{{"about R18 million", 18e6, "ZAR"}, {"18 million rand", 18e6, "ZAR"}}},
		{"dollars of other countries", "Canada shipped roughly C$11.7 billion of lumber; Australia paid A$40 million.", pub,
			[]short{{"roughly C$11.7 billion", 11.7e9, "CAD"}, {"A$40 million", 40e6, "AUD"}}},
		{"rates are no durations", "It costs about $13,200 a year, or $1,100 a month, for 55 hours a week, twice a day.", pub,
			[]short{{"about $13,200", 13200, "USD"}, {"$1,100", 1100, "USD"}, {"55 hours", 3300, Minutes}}},
		{"vague money", "They questioned the tens of billions of dollars given.", pub, []short{{"tens of billions of dollars", 1e10, "USD"}}},
		{"points of a rate, in digits, in basis points and in words", "It cut the rate by 0.5 percentage point, then by 25 basis points and by half a percentage point, but not by a quarter of a percentage point.", pub,
			[]short{{"0.5 percentage point", 0.5, Points}, {"25 basis points", 0.25, Points}, {"half a percentage point", 0.5, Points}, {"quarter of a percentage point", 0.25, Points}}},
		{"percent", "Spending rose to 5% of budgets, about 30 percent more, or 2 per cent.", pub,
			[]short{{"5%", 5, Percent}, {"about 30 percent", 30, Percent}, {"2 per cent", 2, Percent}}},
		{"counts", "All 32 allies and the 31 other nations met approximately 50 member countries.", pub,
			[]short{{"32 allies", 32, "allies"}, {"31 other nations", 31, "nations"}, {"approximately 50 member countries", 50, "countries"}}},
		{"a count of a noun after three modifiers", "He filed more than 8,000 fraudulent voter registration applications.", pub,
			[]short{{"more than 8,000 fraudulent voter registration applications", 8000, "applications"}}},
		{"a number word ends the words a count may qualify", "The 6-foot-9 senior needed nine points.", pub,
			[]short{{"nine points", 9, "points"}}},
		{"number words count", "Three soldiers and twenty-one civilians died.", pub,
			[]short{{"Three soldiers", 3, "soldiers"}, {"twenty-one civilians", 21, "civilians"}}},
		{"outcomes counted", "Seven people were killed and 42 injured; 12 dead, 30 wounded.", pub,
			[]short{{"Seven people", 7, "people"}, {"42 injured", 42, "injured"}, {"12 dead", 12, "dead"}, {"30 wounded", 30, "wounded"}}},
		{"durations", "The call lasted nearly 90 minutes; the other nearly an hour and a half, after about an hour.", pub,
			[]short{{"nearly 90 minutes", 90, Minutes}, {"nearly an hour and a half", 90, Minutes}, {"about an hour", 60, Minutes}}},
		{"years as durations", "He served a 14-year sentence after three years abroad.", pub,
			[]short{{"14-year", 14 * 525960, Minutes}, {"three years", 3 * 525960, Minutes}}},
		{"won after a scale word, and the verb", "It earned 412 billion won after it won 3 million orders.", pub,
			[]short{{"412 billion won", 412e9, "KRW"}, {"3 million orders", 3e6, "orders"}}},
		{"a duration in two units, and a half", "He got six years and three months, she six and a half years, and then three years and 40 people left.", pub,
			[]short{{"six years and three months", 6*525960 + 3*43830, Minutes}, {"six and a half years", 6.5 * 525960, Minutes}, {"three years", 3 * 525960, Minutes}, {"40 people", 40, "people"}}},
		{"dates", "Russia invaded on Feb. 24, 2022, in February 2022, and again on 3 March 2023.", pub,
			[]short{{"Feb. 24, 2022", days(2022, 2, 24), DateUnit}, {"February 2022", days(2022, 2, 1), MonthUnit},
				{"3 March 2023", days(2023, 3, 3), DateUnit}}},
		{"date range without year", "Leaders meet at their June 24-26 summit.", pub, []short{{"June 24-26", days(2025, 6, 24), DateUnit}}},
		{"a weekday and its date", "The vote came on Monday, Feb. 10, after a long debate.", pub, []short{{"Monday, Feb. 10", days(2025, 2, 10), DateUnit}}},
		{"a weekday that is not its date's", "The vote came on Sunday, Feb. 10, after a long debate.", pub,
			[]short{{"Sunday", days(2025, 2, 9), DateUnit}, {"Feb. 10", days(2025, 2, 10), DateUnit}}},
		{"decade", "The church was built in the 1930s.", pub, []short{{"1930s", 1930, YearUnit}}},
		{"within", "It landed within 20 miles of the city.", pub, []short{{"within 20 miles", 20 * 1609.344, "meters"}}},
		{"one death and one of the deaths", "The storm was blamed for one death; one of the deaths was in Quebec.", pub,
			[]short{{"one death", 1, "deaths"}}},
		{"half a dozen and a dozen", "The blast wounded half a dozen soldiers and a dozen villagers.", pub,
			[]short{{"half a dozen soldiers", 6, "soldiers"}, {"a dozen villagers", 12, "villagers"}}},
		{"speeds", "Winds of 105 miles per hour, gusts of 177 km/h and 95 knots slowed a car doing 60 mph to 20 kilometers an hour.", pub,
			[]short{{"105 miles per hour", 105 * 1.609344, Speed}, {"177 km/h", 177, Speed}, {"95 knots", 95 * 1.852, Speed},
				{"60 mph", 60 * 1.609344, Speed}, {"20 kilometers an hour", 20, Speed}}},
		{"year", "He was arrested in 2017 after the pre-2014 borders changed.", pub,
			[]short{{"2017", 2017, YearUnit}, {"2014", 2014, YearUnit}}},
		{"relative past", "Trump said Wednesday that he met him on Tuesday evening and last year.", pub,
			[]short{{"Wednesday", days(2025, 2, 12), DateUnit}, {"Tuesday evening", days(2025, 2, 11), DateUnit}, {"last year", 2024, YearUnit}}},
		{"relative future", "The summit, which will open Friday, starts next month.", pub,
			[]short{{"Friday", days(2025, 2, 14), DateUnit}, {"next month", days(2025, 3, 1), MonthUnit}}},
		{"unresolved relative", "He spoke Wednesday.", crosscheck.Date{}, []short{{"Wednesday", 0, RelativeDate}}},
		{"yearless date takes the nearest year", "She leaves on January 3 after the vote on Dec. 2.", crosscheck.Day(2024, time.December, 20),
			[]short{{"January 3", days(2025, 1, 3), DateUnit}, {"Dec. 2", days(2024, 12, 2), DateUnit}}},
		{"yearless date early in the year looks back", "The inquiry opened on November 28.", crosscheck.Day(2025, time.January, 9),
			[]short{{"November 28", days(2024, 11, 28), DateUnit}}},
		{"future inside a quote leaves the weekday past", "“The plant will close for good,” the mayor wrote Monday.", pub,
			[]short{{"Monday", days(2025, 2, 10), DateUnit}}},
		{"future inside a quote for a weekday inside it", "The flyer read: “Vote for change next time, on Tuesday.”", pub,
			[]short{{"Tuesday", days(2025, 2, 18), DateUnit}}},
		{"past verb beside the weekday", "The envoy, who will leave soon, on Monday resigned.", pub,
			[]short{{"Monday", days(2025, 2, 10), DateUnit}}},
		{"future in the past", "The mayor said she would visit the site on Saturday.", pub,
			[]short{{"Saturday", days(2025, 2, 15), DateUnit}}},
		{"would elsewhere in the sentence", "The governor declared on Monday that he would not resign.", pub,
			[]short{{"Monday", days(2025, 2, 10), DateUnit}}},
		{"a passive participle is no past", "The two are scheduled to be arraigned Friday morning.", pub,
			[]short{{"Friday morning", days(2025, 2, 14), DateUnit}}},
		{"said beside the weekday", "The mayor said Monday she would visit the site.", pub,
			[]short{{"Monday", days(2025, 2, 10), DateUnit}}},
		{"future verb beside the weekday", "The envoy will leave Monday.", pub,
			[]short{{"Monday", days(2025, 2, 17), DateUnit}}},
		{"plans a past deed was done to", "The council approved plans Monday for a shelter.", pub,
			[]short{{"Monday", days(2025, 2, 10), DateUnit}}},
		{"plans of a deed to come", "The council plans Monday to vote on a shelter.", pub,
			[]short{{"Monday", days(2025, 2, 17), DateUnit}}},
		{"due to a cause", "The congressman died early Tuesday at a hospital due to complications of longstanding health problems.", pub,
			[]short{{"Tuesday", days(2025, 2, 11), DateUnit}}},
		{"due to a cause beside a verb whose tense it does not show", "A fire shut the plant Monday due to a gas leak, and crews shut the road Tuesday due to flooding.", pub,
			[]short{{"Monday", days(2025, 2, 10), DateUnit}, {"Tuesday", days(2025, 2, 11), DateUnit}}},
		{"ages after the word", "He died at age 87, and she at the age of 90.", pub,
			[]short{{"age 87", 87, Age}, {"age of 90", 90, Age}}},
		{"due to a deed to come", "The congressman is due to be sentenced Tuesday at the federal courthouse.", pub,
			[]short{{"Tuesday", days(2025, 2, 18), DateUnit}}},
		{"a past verb in the clause wins over a future elsewhere", "Sales fell by half on Tuesday, and analysts expect more losses.",
			crosscheck.Day(2025, time.March, 5), []short{{"Tuesday", days(2025, 3, 4), DateUnit}}},
		{"ahead of a weekday", "The candidates prepared ahead of Thursday's debate.", pub,
			[]short{{"Thursday's", days(2025, 2, 13), DateUnit}}},
		{"a weekday of a deed after which something will follow", "The bill will become law after voting to override the veto Tuesday afternoon.", pub,
			[]short{{"Tuesday afternoon", days(2025, 2, 11), DateUnit}}},
		{"a change effective on a weekday to come", "His departure is effective Friday; the ban takes effect Monday.", pub,
			[]short{{"Friday", days(2025, 2, 14), DateUnit}, {"Monday", days(2025, 2, 17), DateUnit}}},
		{"a change that was effective on a weekday", "His departure was effective Friday, and the ban took effect Monday.", pub,
			[]short{{"Friday", days(2025, 2, 7), DateUnit}, {"Monday", days(2025, 2, 10), DateUnit}}},
		{"as soon as a weekday", "The Senate could vote as soon as Friday.", pub,
			[]short{{"Friday", days(2025, 2, 14), DateUnit}}},
		{"a weekday naming the date after it", "He will be introduced on Tuesday, Feb. 18.", pub,
			[]short{{"Tuesday, Feb. 18", days(2025, 2, 18), DateUnit}}},
		{"a span through a weekday with no tense of its own", "A warning remains in effect through Sunday, and the storm ended Tuesday.", pub,
			[]short{{"Sunday", days(2025, 2, 16), DateUnit}, {"Tuesday", days(2025, 2, 11), DateUnit}}},
		{"a deed under way on a weekday is of the coming one", "Workers are heading back to the docks on Monday.", pub,
			[]short{{"Monday", days(2025, 2, 17), DateUnit}}},
		{"a count of things named after their owner", "The maker is recalling 62,300 of its Aurora electric sport utility vehicles.", pub,
			[]short{{"62,300 of its Aurora electric sport utility vehicles", 62300, "vehicles"}}},
		{"a count of a scale word named after its owner", "Hackers stole data on 4.3 million of its customers.", pub,
			[]short{{"4.3 million of its customers", 4300000, "customers"}}},
		{"a part of a scale word counts what its whole does", "About 1.2 million of the state's 5 million voters cast ballots.", pub,
			[]short{{"About 1.2 million", 1200000, "voters"}, {"5 million voters", 5000000, "voters"}}},
		{"a part of a whole told elsewhere counts nothing", "Six of the deaths occurred in the north.", pub, nil},
		{"a weekday after \"by\" in the past perfect is past", "The fire had spread to 7,000 hectares by Monday morning, officials said.", pub,
			[]short{{"7,000 hectares", 7000, "hectares"}, {"Monday morning", days(2025, 2, 10), DateUnit}}},
		{"a weekday after \"by\" is the coming one", "The company must pay the fine by Monday.", pub,
			[]short{{"Monday", days(2025, 2, 17), DateUnit}}},
		{"a weekday before a clause of its own to come", "Voters approved a measure Tuesday night that will lift the wage by 2028.", pub,
			[]short{{"Tuesday night", days(2025, 2, 11), DateUnit}, {"2028", 2028, YearUnit}}},
		{"a modal with have is past", "He may have left the country on Monday.", pub,
			[]short{{"Monday", days(2025, 2, 10), DateUnit}}},
		{"a TV show is no date", "She told NBC's Today that she regretted it.", pub, nil},
		{"today opening a sentence", "Today, the vote is held.", pub, []short{{"Today", days(2025, 2, 12), DateUnit}}},
		{"an ordinal is no duration", "He made a second payment for a second time, a second later.", pub,
			[]short{{"second time", 2, OrdinalPrefix + "time"}, {"a second", 1.0 / 60, Minutes}}},
		{"ordinals and what they order", "Barrios scored in the 104th minute, the club's third time in a final, with a 15th-century relic on the first round.", pub,
			[]short{{"104th minute", 104, OrdinalPrefix + "minute"}, {"third time", 3, OrdinalPrefix + "time"}, {"15th-century", 15, OrdinalPrefix + "century"}}},
		{"ordinals that order no noun", "The 21st Century Fund met again on the 2nd.", pub, nil},
		{"temperatures with the scale's letter", "The mercury reached 48.6C in Montoro and 46.8°C in Seville, or 116F.", pub,
			[]short{{"48.6C", 48.6, Celsius}, {"46.8°C", 46.8, Celsius}, {"116F", (116.0 - 32) * 5 / 9, Celsius}}},
		{"temperatures below zero", "It was minus 8 degrees Fahrenheit at dawn, −22°C in the hills, 5 degrees below zero in town and 20-30 degrees Celsius on the coast.", pub,
			[]short{{"8 degrees Fahrenheit", (-8.0 - 32) * 5 / 9, Celsius}, {"22°C", -22, Celsius}, {"5 degrees", -5, "degrees"}, {"20-30 degrees Celsius", 20, Celsius}}},
		{"a letter after a number that labels", "She sat in seat 12F on Flight 4C.", pub, nil},
		{"ages", "The 90-year-old man, aged 90, said he was 90 years old.", pub,
			[]short{{"90-year-old", 90, Age}, {"aged 90", 90, Age}, {"90 years old", 90, Age}}},
		{"an age group", "Countries where 16-year-olds can already vote.", pub, []short{{"16-year-olds", 16, Age}}},
		{"a number hyphenated to the noun it counts", "The 48-page indictment quotes a 35-word oath and a 10-mile route.", pub,
			[]short{{"48-page", 48, "pages"}, {"35-word", 35, "words"}, {"10-mile", 16093.44, "meters"}}},
		{"units converted", "The fire burned 500 acres within 3 kilometers of town.", pub,
			[]short{{"500 acres", 500 * 0.40468564, "hectares"}, {"within 3 kilometers", 3000, "meters"}}},
		{"a range takes the scale of its second end", "It will cost between $19 and $22 million, or 19 to 22 percent.", pub,
			[]short{{"between $19 and $22 million", 19e6, "USD"}, {"19 to 22 percent", 19, Percent}}},
		{"spans of years", "He served from 1967 to 1979 and averaged 31 percent over 2007–2014.", pub,
			[]short{{"1967 to 1979", 1967, YearUnit}, {"31 percent", 31, Percent}, {"2007–2014", 2007, YearUnit}}},
		{"seasons", "He won a title in 1982-83 and coached from 2009 - 10.", pub,
			[]short{{"1982-83", 1982, YearUnit}, {"2009 - 10", 2009, YearUnit}}},
		{"a change is not a range: its ends are two figures", "Turnout rose from 40 to 45 percent.", pub, []short{{"40", 40, Percent}, {"45 percent", 45, Percent}}},
		{"vague dates", "The primaries are in mid-May, after talks earlier this month and in late 2024.", pub,
			[]short{{"mid-May", days(2025, 5, 1), MonthUnit}, {"earlier this month", days(2025, 2, 1), MonthUnit},
				{"late 2024", 2024, YearUnit}}},
		{"a month named alone", "The law passed in December and takes effect in May.", pub,
			[]short{{"December", days(2024, 12, 1), MonthUnit}, {"May", days(2025, 5, 1), MonthUnit}}},
		{"a month before the happening it dates", "The deadlock began after the November election; the May Day march and the Spring Fair went ahead.", pub,
			[]short{{"November", days(2024, 11, 1), MonthUnit}}},
		{"votes for and against", "It passed with 105 in favor and 91 against, after 52 votes for and 47 votes against in committee; 40 favored it.", pub,
			[]short{{"105 in favor and 91 against", 105.091, Tally}, {"52 votes for and 47 votes against", 52.047, Tally}}},
		{"time ago", "He left two weeks ago.", pub, []short{{"two weeks ago", days(2025, 1, 29), DateUnit}}},
		{"labels are not figures", "They should not have Article 5 or Article Five protections.", pub, nil},
		{"lower-case month word", "They may march in 2 columns.", pub, []short{{"2 columns", 2, "columns"}}},
		{"bare numbers", "The ratio was 3 to 2.", pub, nil},
		{"a vote spelled with to after its verb's object", "The City Council approved the rent stabilization ordinance 10 to 5 on Thursday.", pub,
			[]short{{"10 to 5", 10.005, Tally}, {"Thursday", days(2025, 2, 6), DateUnit}}},
		{"a vote after its verb's object, with a dash or by a verb of backing", "The committee approved the contempt resolution 25-19; lawmakers backed the spending plan 174 to 159 after the board supported the measure 7 to 2, but the report covers pages 10-20 of the plan.", pub,
			[]short{{"25-19", 25.019, Tally}, {"174 to 159", 174.159, Tally}, {"7 to 2", 7.002, Tally}}},
		{"a vote set off by a comma after its verb's object and a day", "The House passed a short-term government funding bill Thursday, 219-209, in a win for the speaker.", pub,
			[]short{{"Thursday", days(2025, 2, 6), DateUnit}, {"219-209", 219.209, Tally}}},
		{"a range set off by a comma, the smaller number first", "The House passed a short-term government funding bill Thursday, 19-20 pages long.", pub,
			[]short{{"Thursday", days(2025, 2, 6), DateUnit}, {"19-20 pages", 19, "pages"}}},
		{"a share right after a name", "Hollister defeated Democrat Jenna Marsh 54.2 percent to 45.1 percent, while Flight 17 landed.", pub,
			[]short{{"54.2 percent", 54.2, Percent}, {"45.1 percent", 45.1, Percent}}},
		{"a toll of one person", "One inmate was killed and three correctional officers were injured; one worker was treated for burns.", pub,
			[]short{{"One inmate", 1, "inmates"}, {"three correctional officers", 3, "officers"}}},
		{"a court's vote before the noun of its opinion", "In a 5-2 opinion, the court said that holding someone in jail because of poverty violates due process.", pub,
			[]short{{"5-2", 5.002, Tally}}},
		{"a court's vote after the noun of its ruling", "The court struck down the state's map, ruling 4-3 that the districts were drawn unfairly.", pub,
			[]short{{"4-3", 4.003, Tally}}},
		{"a span of time in several units", "The flight lasted 3 hours and 40 minutes; she ran it in 2 hours, 22 minutes and 9 seconds, after 40 minutes and 3 hours of rest.", pub,
			[]short{{"3 hours and 40 minutes", 220, Minutes}, {"2 hours, 22 minutes and 9 seconds", 142.15, Minutes}, {"40 minutes", 40, Minutes}, {"3 hours", 180, Minutes}}},
		{"parts of a year", "It should close in the first half of 2027, not by the end of this year or the end of the first quarter of 2026.", pub,
			[]short{{"the first half of 2027", 2027, YearUnit}, {"the end of this year", 2025, YearUnit}, {"the end of the first quarter of 2026", 2026, YearUnit}}},
		{"a vote of thousands", "Members voted 2,941 to 312 to ratify the deal; the tally, announced late Tuesday by the union, was 1,214 to 203, with 1,100 to 1,500 more to vote.", pub,
			[]short{{"2,941 to 312", 2941.312, Tally}, {"Tuesday", days(2025, 2, 11), DateUnit}, {"1,214 to 203", 1214.203, Tally}}},
		{"a vote's noun too far back", "The vote on the plan came after a long night of talks in which members of the board argued over the cost, the route and the schedule, and the gap was 10 to 12.", pub, nil},
		{"counts past a modifier of two words joined by a hyphen, not past a model's name", "Voltra is recalling 86,000 e-bike batteries and 5,000 high-end chargers; it will buy 40 VA-390 jets, 300 e-bikes and 12 F-16 fighters.", pub,
			[]short{{"86,000 e-bike batteries", 86000, "batteries"}, {"5,000 high-end chargers", 5000, "chargers"}}},
		{"a tally named", "The score was 3 to 2, and the final tally was 53-46 after the committee split 10-10.", pub,
			[]short{{"3 to 2", 3.002, Tally}, {"53-46", 53.046, Tally}, {"10-10", 10.01, Tally}}},
		{"counted nouns with a noun before them", "Police found 12 shell casings after 2,300 bus drivers and 1.2 million electric pressure cookers.", pub,
			[]short{{"12 shell casings", 12, "casings"}, {"2,300 bus drivers", 2300, "drivers"}, {"1.2 million electric pressure cookers", 1.2e6, "cookers"}}},
		{"counted nouns with a plural noun before them", "Four corrections officers and 17 Tarrow police officers were hurt, and 20 sports teams withdrew.", pub,
			[]short{{"Four corrections officers", 4, "officers"}, {"17 Tarrow police officers", 17, "officers"}, {"20 sports teams", 20, "teams"}}},
		{"a count past an ordinal joined to its noun", "Thieves took three 19th-century paintings and two 2nd-floor safes.", pub,
			[]short{{"three 19th-century paintings", 3, "paintings"}, {"two 2nd-floor safes", 2, "safes"}}},
		{"people of two kinds counted together", "The ferry carried 186 passengers and crew; 1,200 students and staff left, and 40 men and women were rescued, with 30 cars and trucks.", pub,
			[]short{{"186 passengers and crew", 186, "people"}, {"1,200 students and staff", 1200, "people"}, {"40 men and women", 40, "people"}, {"30 cars", 30, "cars"}}},
		{"no counted noun past a function word", "He said 12 of them were there.", pub, nil},
		{"votes and scores", "The council voted 5-2, in a 52-48 vote; Leeds beat Hull 3-1 after a 1-2 loss.", pub,
			[]short{{"5-2", 5.002, Tally}, {"52-48", 52.048, Tally}, {"3-1", 3.001, Tally}, {"1-2", 2.001, Tally}}},
		{"volumes and areas of a unit of length", "It released 17,650 cubic feet, or 500 cubic meters, over 2 square miles.", pub,
			[]short{{"17,650 cubic feet", 17650 * 0.3048 * 0.3048 * 0.3048, "cubic meters"}, {"500 cubic meters", 500, "cubic meters"},
				{"over 2 square miles", 2 * 1609.344 * 1609.344, "square meters"}}},
		{"a time taken to the second", "She won in 2:22:09 after the 10:40 start; he ran 2:07:41.", pub,
			[]short{{"2:22:09", 142.15, Minutes}, {"2:07:41", 127 + 41.0/60, Minutes}}},
		{"a vote spelt with to", "The bill passed 58 to 41, by a vote of 58 to 41 in the Senate; turnout rose from 5 to 7 percent.", pub,
			[]short{{"58 to 41", 58.041, Tally}, {"58 to 41", 58.041, Tally}, {"5", 5, Percent}, {"7 percent", 7, Percent}}},
		{"a vote spelt with to before an adverb", "The House passed the measure 33 to 27 shortly before midnight.", pub,
			[]short{{"33 to 27", 33.027, Tally}, {"midnight", 0, TimeOfDay}}},
		{"dollars named by their country", "It may seek fines of up to 50 million Australian dollars, or 30 million Canadian dollars.", pub,
			[]short{{"up to 50 million Australian dollars", 50e6, "AUD"}, {"30 million Canadian dollars", 30e6, "CAD"}}},
		{"a vote spelt with to, closed by a conjunction or cued after", "It cleared by a vote of 63 to 36 and heads to the House. In a 5 to 2 decision, the court agreed; the 4 to 3 ruling stood. Shares rose 10 to 20 and fell.", pub,
			[]short{{"63 to 36", 63.036, Tally}, {"5 to 2", 5.002, Tally}, {"4 to 3", 4.003, Tally}}},
		{"a part of a whole", "It found six of the state's eight congressional districts rigged, and 12 of its 40 stores closed; one of the 3 judges dissented.", pub,
			[]short{{"six", 6, "districts"}, {"eight congressional districts", 8, "districts"}, {"12", 12, "stores"}, {"40 stores", 40, "stores"}, {"3 judges", 3, "judges"}}},
		{"a division of a house", "MPs voted 412 to 108 to pass it; it cleared the Lords on Monday night by 205 to 151, and the Commons by 318 votes to 196.", pub,
			[]short{{"412 to 108", 412.108, Tally}, {"Monday night", days(2025, 2, 10), DateUnit}, {"205 to 151", 205.151, Tally}, {"318 votes to 196", 318.196, Tally}}},
		{"a margin with no noun", "She won with a majority of 1,284, and a margin of 4,105 votes elsewhere.", pub,
			[]short{{"1,284", 1284, "votes"}, {"4,105 votes", 4105, "votes"}}},
		{"a change from one number to another is no vote", "The House approved lowering the voting age from 18 to 16.", pub, nil},
		{"votes of a body", "The bill passed the Senate 27-13 and went through the state House 61-38 before the justices ruled 6-3.", pub,
			[]short{{"27-13", 27.013, Tally}, {"61-38", 61.038, Tally}, {"6-3", 6.003, Tally}}},
		{"last and next month named alone", "The law he signed last May takes effect next January, and in March.", crosscheck.Day(2026, 2, 19),
			[]short{{"May", days(2025, 5, 1), MonthUnit}, {"January", days(2027, 1, 1), MonthUnit}, {"March", days(2026, 3, 1), MonthUnit}}},
		{"a magnitude before its number", "It measured magnitude 6.7, after a magnitude-6.9 quake and a 6.1-magnitude one; magnitude matters.", pub,
			[]short{{"magnitude 6.7", 6.7, "magnitudes"}, {"magnitude-6.9", 6.9, "magnitudes"}, {"6.1-magnitude", 6.1, "magnitudes"}}},
		{"a magnitude after its number, unhyphenated", "The 6.3 magnitude quake struck the valley.", pub,
			[]short{{"6.3 magnitude", 6.3, "magnitudes"}}},
		{"thousands written apart at the end of a text", "The crowd numbered 12, 000", pub, nil},
		{"thousands written apart", "The 2004 tsunami killed about 230, 000 people; on March 3, 200 people marched.", pub,
			[]short{{"2004", 2004, YearUnit}, {"about 230, 000 people", 230000, "people"}, {"March 3", 20150, DateUnit}, {"200 people", 200, "people"}}},
		{"a market's close in a sentence of a deal to come", "Harvest Lane will pay $46 a share, a 28 percent premium over the closing stock price on Friday.", crosscheck.Day(2026, 6, 8),
			[]short{{"$46", 46, "USD"}, {"28 percent", 28, Percent}, {"Friday", float64(crosscheck.Day(2026, 6, 5).Time.Unix() / 86400), DateUnit}}},
		{"a crowd's bare count", "Police put the crowd at about 12,000, and a crowd of 40,000 filled the stadium in 2019; 3 of them sang.", pub,
			[]short{{"about 12,000", 12000, "people"}, {"40,000", 40000, "people"}, {"2019", 2019, YearUnit}}},
		{"bare counts of casualties", "At least 14 died and 85 were injured; the storm killed at least 14.", pub,
			[]short{{"At least 14", 14, "people"}, {"85", 85, "people"}, {"at least 14", 14, "people"}}},
		{"a toll's number", "The death toll from tornadoes that struck central Mississippi rose to nine, and a toll of 12 stood in Attala; the toll road was 14 miles long and opened in 2019.", pub,
			[]short{{"nine", 9, "people"}, {"12", 12, "people"}, {"14 miles", 14 * 1609.344, "meters"}, {"2019", 2019, YearUnit}}},
		{"a decimal point written apart", "A 6 . 1 magnitude quake hit , 12. 5 miles deep , after 2006 . 12 people died .", pub,
			[]short{{"6 . 1 magnitude", 6.1, Magnitude}, {"12. 5 miles", 12.5 * 1609.344, "meters"}, {"2006", 2006, YearUnit}, {"12 people", 12, "people"}}},
		{"a magnitude of a number", "The quake had a magnitude of 6.8, the institute said.", pub,
			[]short{{"magnitude of 6.8", 6.8, Magnitude}}},
		{"a magnitude told again by number alone", "The institute measured the quake at magnitude 7.0, while the survey put it at 6.8 and 4.5 miles deep.", pub,
			[]short{{"magnitude 7.0", 7, Magnitude}, {"6.8", 6.8, Magnitude}, {"4.5 miles", 4.5 * 1609.344, "meters"}}},
		{"a vote that cleared a chamber", "The measure cleared the chamber 38-26 after a long debate.", pub,
			[]short{{"38-26", 38.026, Tally}}},
		{"a vote told with its participle", "It approved the package Tuesday night, voting 64-34 to spend $14 billion.", pub,
			[]short{{"Tuesday night", days(2025, 2, 11), DateUnit}, {"64-34", 64.034, Tally}, {"$14 billion", 14e9, "USD"}}},
		{"a dash between numbers without a cue is no tally", "The team started the season 9-14, and the 2008-09 season ended.", pub,
			[]short{{"2008-09", 2008, YearUnit}}},
		{"ages after names", "Jalen Brooks, 17, of Millhaven, and Mr. Marsh, 34, were stopped; Dale Hinshaw, 58.", pub,
			[]short{{"17", 17, Age}, {"34", 34, Age}, {"58", 58, Age}}},
		{"ages after a noun of one person", "The driver, 34, and a retired teacher, 71, were hurt; the report, 12, and the team, 9, differ.", pub,
			[]short{{"34", 34, Age}, {"71", 71, Age}}},
		{"a day after a month is no age", "It happened on March 3, 12 hours later, and in Boston, 12 people died.", pub,
			[]short{{"March 3", days(2025, 3, 3), DateUnit}, {"12 hours", 720, Minutes}, {"12 people", 12, "people"}}},
		{"times of day", "The train derailed shortly after 2:40 a.m. and the polls close at 8 p.m. ET, or 9:30pm, with a rally at noon.", pub,
			[]short{{"2:40 a.m.", 160, TimeOfDay}, {"8 p.m.", 1200, TimeOfDay}, {"9:30pm", 1290, TimeOfDay}, {"noon", 720, TimeOfDay}}},
		{"times of day written with a point", "The quake struck at 4.14am, and aftershocks went on until 10.05 pm; shares rose 4.14 percent.", pub,
			[]short{{"4.14am", 254, TimeOfDay}, {"10.05 pm", 1325, TimeOfDay}, {"4.14 percent", 4.14, Percent}}},
		{"a clock to the second is a time taken", "He finished in 2:07:41 and a noon deadline, not noon, passed at midnight.", pub,
			[]short{{"2:07:41", 127 + 41.0/60, Minutes}, {"noon", 720, TimeOfDay}, {"midnight", 0, TimeOfDay}}},
		{"a count after a dateline's dash, opened by a function word or a qualifier", "MARSABIT, Kenya — The 38 students were freed. TALLINN — About 9,000 workers struck. LIMA — Flight 17 landed.", pub,
			[]short{{"38 students", 38, "students"}, {"About 9,000 workers", 9000, "workers"}}},
		{"nautical miles", "Ships patrol roughly 1,200 nautical miles of coast and 40 miles inland.", pub,
			[]short{{"roughly 1,200 nautical miles", 1200 * 1852, "meters"}, {"40 miles", 40 * 1609.344, "meters"}}},
		{"light-years", "The star lies 124 light-years away, and its twin 40 light years from Earth.", pub,
			[]short{{"124 light-years", 124, LightYears}, {"40 light years", 40, LightYears}}},
		{"a division of a house before a preposition", "The plan was approved by 21 votes to 9 following a heated debate.", pub,
			[]short{{"21 votes to 9", 21.009, Tally}}},
		{"empty", "", pub, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []short
			for _, f := range Parse(tc.in, tc.pub) {
				got = append(got, short{f.Text, f.Value, f.Unit})
				if tc.in[f.Start:f.End] != f.Text {
					t.Errorf("range [%d,%d) is %q, want %q", f.Start, f.End, tc.in[f.Start:f.End], f.Text)
				}
			}
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestParseVerbFloor checks that a verb that bounds a count ("topped
// 400 cases") leaves a date it stands before as it is.
func TestParseVerbFloor(t *testing.T) {
	pub := crosscheck.Day(2026, time.March, 5)
	for _, c := range []struct{ in, want string }{
		{"Spending exceeded last year's by a third.", "last year's"},
		{"Spending exceeded 2023's record.", "2023"},
		{"The outbreak has topped 400 cases.", "topped 400 cases"},
	} {
		fs := Parse(c.in, pub)
		if len(fs) == 0 || fs[0].Text != c.want {
			t.Errorf("Parse(%q) = %+v, want the figure %q first", c.in, fs, c.want)
		}
	}
}

func TestParseRanges(t *testing.T) {
	tests := []struct {
		in        string
		low, high float64
	}{
		{"more than 50 countries", 49.5, math.Inf(1)},
		{"temperatures above 100 degrees", 99.5, math.Inf(1)},
		{"in excess of $2 million", 1.5e6, math.Inf(1)},
		{"below 40 degrees", 0, 40.5},
		{"has topped 400 cases", 399.5, math.Inf(1)},
		{"surpassed 1,000 deaths", 999.5, math.Inf(1)},
		// "nearly" falls short by the precision the number is given in
		// (hedgeWidth), 3% to 10%.
		{"nearly 90 minutes", 80.55, 90.5},
		{"nearly $49 million", 47.045e6, 49.5e6},
		{"fewer than 10 people", 0, 10.5},
		{"12 people", 11.5, 12.5},
		{"$1.3 billion", 1.25e9, 1.35e9},
		{"2.25%", 2.245, 2.255},
		{"an hour and a half", 90, 90},
		{"millions of people", 1e6, 1e7},
		{"between $19 and $22 million", 18.5e6, 22.5e6},
		{"about 12 to 15 hours", 0.9 * 11.5 * 60, 1.1 * 15.5 * 60},
		// A hedge is as wide as the number's last digit that is not a
		// trailing zero, from 3% to 10% of it.
		{"about $8.9 billion", 8.85e9 * 0.97, 8.95e9 * 1.03},
		{"about 1,200 jobs", 1199.5 * (1 - 1.0/12), 1200.5 * (1 + 1.0/12)},
		{"roughly 40 people", 39.5 * 0.9, 40.5 * 1.1},
		{"some 175 people", 174.5 * 0.97, 175.5 * 1.03},
		// A ton may be a short, a metric or a long one; a metric ton is
		// a tonne.
		{"60,000 metric tons", 59999.5 * 1000, 60000.5 * 1000},
		{"66,000 tons", 65999.5 * 907.18474, 66000.5 * 1016.0469088},
		{"Wednesday", days(2025, 2, 12), days(2025, 2, 12)},
		{"May 2019", days(2019, 5, 1), days(2019, 5, 31)},
		{"in 2019", days(2019, 1, 1), days(2019, 12, 31)},
		{"mid-May", days(2025, 5, 9), days(2025, 5, 23)},
		{"in the late 1950s", days(1956, 1, 1), days(1959, 12, 31)},
		{"earlier this month", days(2025, 2, 1), days(2025, 2, 11)},
		{"later this week", days(2025, 2, 13), days(2025, 2, 16)},
		// Published Wednesday 12 February 2025: last week runs from the
		// Monday of the week before to the day before, this weekend from
		// Friday night.
		{"last week", days(2025, 2, 3), days(2025, 2, 11)},
		{"this weekend", days(2025, 2, 14), days(2025, 2, 16)},
		// "Next Wednesday", said on a Wednesday, is a week on; "next
		// Friday", said early in the week, this week's or the next one's.
		{"next Wednesday", days(2025, 2, 19), days(2025, 2, 19)},
		{"next Tuesday", days(2025, 2, 18), days(2025, 2, 18)},
		{"next Friday", days(2025, 2, 14), days(2025, 2, 21)},
		{"80 degrees Fahrenheit", (79.5 - 32) * 5 / 9, (80.5 - 32) * 5 / 9},
		{"about 27 degrees Celsius", 26.5 - 2, 27.5 + 2},
		{"more than 1,500 degrees Celsius", 1499.5, math.Inf(1)},
		{"at 2:40 a.m.", 158, 162},
		{"shortly after 2:40 a.m.", 160, 205},
		{"before 4 a.m.", 120, 240},
		{"about 10 p.m.", 1290, 1350},
		{"at noon", 705, 735},
	}
	for _, tc := range tests {
		fs := Parse(tc.in, pub)
		if len(fs) != 1 {
			t.Fatalf("Parse(%q) = %v, want one figure", tc.in, fs)
		}
		if math.Abs(fs[0].Low-tc.low) > 1e-6 || fs[0].High != tc.high && math.Abs(fs[0].High-tc.high) > 1e-6 {
			t.Errorf("Parse(%q) range [%v, %v], want [%v, %v]", tc.in, fs[0].Low, fs[0].High, tc.low, tc.high)
		}
	}
}

func TestExtract(t *testing.T) {
	arts := []crosscheck.Article{
		{ID: "a", Published: pub, Text: "Over three years, 50 countries gave Ukraine more than $126 billion in weapons."},
		{ID: "b", Published: pub, Text: "Over three years, the 50 countries gave Ukraine more than $126 billion in weapons and aid."},
		{ID: "c", Published: pub, Text: "A separate fund holds $126 billion for roads in Brazil."},
	}
	got := Extract(arts)
	want := []crosscheck.Figure{
		{Text: "Over three years", Value: 3 * 525960, Unit: Minutes, Context: arts[0].Text, Articles: []string{"a", "b"}},
		{Text: "50 countries", Value: 50, Unit: "countries", Context: arts[0].Text, Articles: []string{"a", "b"}},
		{Text: "more than $126 billion", Value: 126e9, Unit: "USD", Context: arts[0].Text, Articles: []string{"a", "b"}},
		{Text: "$126 billion", Value: 126e9, Unit: "USD", Context: arts[2].Text, Articles: []string{"c"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Extract mismatch (-want +got):\n%s", diff)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"more than $126 billion", "$187-million", "nearly an hour and a half", "Feb. 24, 2022",
		"June 24-26", "twenty-one", "tens of billions of dollars", "$", "5%", "a", "Wednesday evening",
		"31 other nations", "last month", "$1,2,3.4.5 bn", "99999999999999999999999 percent",
		"$" + strings.Repeat("9", 300) + " trillion", "less than 0 people",
		"between $19 and $22 million", "1967 to 1979", "mid-May", "earlier this week", "2 weeks ago", "90-year-old",
		"between 5 and", "$1 to $", "late-", "48-page", "from 1999 to 2",
		"410 pence a share", "99 cents", "voting 64-34 to", "banned for seven years", "sentenced to 12",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fd := range Parse(s, pub) {
			if fd.Start < 0 || fd.End > len(s) || fd.Start > fd.End || s[fd.Start:fd.End] != fd.Text {
				t.Fatalf("Parse(%q) gave a bad range %d..%d for %q", s, fd.Start, fd.End, fd.Text)
			}
			if math.IsInf(fd.Value, 0) || math.IsNaN(fd.Value) || fd.Low > fd.High {
				t.Fatalf("Parse(%q) gave %q = %v in [%v, %v]", s, fd.Text, fd.Value, fd.Low, fd.High)
			}
		}
	})
}

func ExampleParse() {
	for _, f := range Parse("The call lasted nearly an hour and a half, Kremlin officials said Wednesday.", pub) {
		fmt.Printf("%s: %g %s\n", f.Text, f.Value, f.Unit)
	}
	// Output:
	// nearly an hour and a half: 90 minutes
	// Wednesday: 20131 date
}

func BenchmarkExtract(b *testing.B) {
	arts := testcorpus.GoldSeeds(b, clean.Articles)
	for b.Loop() {
		Extract(arts)
	}
}

// runOn is text without sentence punctuation holding n figures, which
// sentence splitting leaves as one "sentence".
func runOn(n int) crosscheck.Article {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "item %d costs %d dollars and ", i, 1000+i)
	}
	return crosscheck.Article{ID: "a", Text: b.String() + "that is all."}
}

// TestExtractRunOnSentence checks that the figures of a sentence far
// longer than any real one each keep only the words around them as their
// context, so that output grows with the figures, not with their product
// with the text.
func TestExtractRunOnSentence(t *testing.T) {
	art := runOn(2000)
	figs := Extract([]crosscheck.Article{art})
	if len(figs) == 0 {
		t.Fatal("got no figures, want some")
	}
	for _, f := range figs {
		if len(f.Context) > 2*contextSpan+len(f.Text)+8 || !strings.Contains(f.Context, f.Text) {
			t.Errorf("figure %q: got a context of %d bytes (%.40q), want at most %d holding the figure",
				f.Text, len(f.Context), f.Context, 2*contextSpan+len(f.Text)+8)
		}
	}
}

// BenchmarkExtractRunOn measures Extract on one run-on sentence of growing
// length: its cost should grow linearly.
func BenchmarkExtractRunOn(b *testing.B) {
	for _, n := range []int{250, 1000, 4000} {
		arts := []crosscheck.Article{runOn(n)}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Extract(arts)
			}
		})
	}
}

// TestPartOfYear checks the days a part of a year spans.
func TestPartOfYear(t *testing.T) {
	day := func(y int, m time.Month, d int) float64 {
		return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	for _, tc := range []struct {
		s      string
		lo, hi float64
	}{
		{"in the first half of 2027", day(2027, time.January, 1), day(2027, time.June, 30)},
		{"in the second half of 2027", day(2027, time.July, 1), day(2027, time.December, 31)},
		{"in the fourth quarter of this year", day(2025, time.October, 1), day(2025, time.December, 31)},
		{"by the end of this year", day(2025, time.October, 1), day(2025, time.December, 31)},
		{"by the end of the first quarter of 2027", day(2027, time.March, 1), day(2027, time.March, 31)},
		{"in 2027", day(2027, time.January, 1), day(2027, time.December, 31)},
		{"the fifth quarter of 2027", day(2027, time.January, 1), day(2027, time.December, 31)},
	} {
		fs := Parse(tc.s, pub)
		if len(fs) != 1 || fs[0].Low != tc.lo || fs[0].High != tc.hi {
			t.Errorf("Parse(%q) = %+v, want one year from day %v to %v", tc.s, fs, tc.lo, tc.hi)
		}
	}
}

// TestParseMoreThanAgo checks that "more than … ago" reaches back without
// a bound near its date, and "about … ago" does not.
func TestParseMoreThanAgo(t *testing.T) {
	pub := crosscheck.Day(2026, time.May, 18)
	more := Parse("The limits were first set more than a decade ago.", pub)
	about := Parse("The limits were first set about a decade ago.", pub)
	if len(more) != 1 || len(about) != 1 || more[0].Unit != DateUnit || about[0].Unit != DateUnit {
		t.Fatalf("Parse = %+v and %+v, want one date each", more, about)
	}
	if more[0].Low > more[0].Value-10*365 || more[0].High != about[0].High {
		t.Errorf("more than a decade ago = [%v, %v] at %v, want a low bound far back and the high bound of about a decade ago (%v)", more[0].Low, more[0].High, more[0].Value, about[0].High)
	}
	if about[0].Low < about[0].Value-3*365 {
		t.Errorf("about a decade ago reaches back to %v from %v", about[0].Low, about[0].Value)
	}
}

// TestParseWeekendEarlyInWeek checks that "this weekend", written early in
// a week, is the weekend past unless a deed to come is told of it.
func TestParseWeekendEarlyInWeek(t *testing.T) {
	tuesday := crosscheck.Day(2025, time.February, 11)
	tests := []struct {
		in        string
		low, high float64
	}{
		{"The county is holding free clinics this weekend.", days(2025, 2, 14), days(2025, 2, 16)},
		{"The county will hold free clinics this weekend.", days(2025, 2, 14), days(2025, 2, 16)},
		{"Two men died this weekend.", days(2025, 2, 7), days(2025, 2, 9)},
	}
	for _, tc := range tests {
		var got []Found
		for _, f := range Parse(tc.in, tuesday) {
			if f.Unit == WeekUnit {
				got = append(got, f)
			}
		}
		if len(got) != 1 || got[0].Low != tc.low || got[0].High != tc.high {
			t.Errorf("Parse(%q) weekends %v, want one of [%v, %v]", tc.in, got, tc.low, tc.high)
		}
	}
}

// TestParseInOrder checks that Parse gives a sentence's figures in the
// order they stand, which readers of the figure after another rely on.
func TestParseInOrder(t *testing.T) {
	s := "About 40 firefighters fought the blaze for six hours on Tuesday, between 12 and 15 homes burned, and $2.5 million in damage was done by 9 p.m., 30 percent of it insured."
	got := Parse(s, pub)
	if len(got) < 5 {
		t.Fatalf("Parse(%q) gave %d figures, want at least 5", s, len(got))
	}
	for i := 1; i < len(got); i++ {
		if got[i].Start < got[i-1].End {
			t.Errorf("figure %q at %d starts before %q ends at %d", got[i].Text, got[i].Start, got[i-1].Text, got[i-1].End)
		}
	}
}

func TestIsMeasure(t *testing.T) {
	for unit, want := range map[string]bool{
		"meters": true, "square meters": true, "hectares": true, "kilograms": true, "liters": true,
		"paintings": false, "people": false, Percent: false,
	} {
		if got := IsMeasure(unit); got != want {
			t.Errorf("IsMeasure(%q) = %v, want %v", unit, got, want)
		}
	}
}

// TestParseWeekdayHeldUntil checks that a state held until a weekday
// ("will remain closed until at least Wednesday") looks ahead, with or
// without a bound before the weekday, and that one that was held looks
// back.
func TestParseWeekdayHeldUntil(t *testing.T) {
	pub := crosscheck.Day(2026, time.May, 15) // a Friday
	today := float64(pub.Time.Unix() / 86400)
	day := func(s string) float64 {
		fs := Parse(s, pub)
		if len(fs) != 1 {
			t.Fatalf("Parse(%q) = %v, want one figure", s, fs)
		}
		return fs[0].Value
	}
	for _, s := range []string{
		"The line will remain closed until at least Wednesday evening, the operator said.",
		"The line will remain closed until Wednesday evening, the operator said.",
		"The bridge is closed until Wednesday.",
	} {
		if got := day(s); got != today+5 {
			t.Errorf("Parse(%q): day %v, want the coming Wednesday %v", s, got, today+5)
		}
	}
	if got := day("The line was closed until Wednesday."); got != today-2 {
		t.Errorf("a state held until a past weekday: day %v, want %v", got, today-2)
	}
}
