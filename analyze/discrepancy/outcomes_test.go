package discrepancy

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/analyze/entities"
)

// TestFindOutcomes checks claims told in words of opposite meaning, and
// names, titles and dates that reports tell of one person or happening in
// other words.
func TestFindOutcomes(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "acquitted of a charge against found guilty of it",
			texts: []string{
				"She convicted him of fraud and corruption but acquitted him of money laundering, saying prosecutors had not proved it.",
				"Judge Nomsa Khumalo found Sipho Dlamini guilty of fraud, corruption and money laundering over the contracts.",
			},
			want: [][]string{{
				"Judge Nomsa Khumalo found Sipho Dlamini guilty of fraud, corruption and money laundering over the contracts.",
				"She convicted him of fraud and corruption but acquitted him of money laundering, saying prosecutors had not proved it.",
			}},
		},
		{
			name: "acquitted of a charge against a conviction told with a gerund",
			texts: []string{
				"A federal judge sentenced the former mayor to 12 years in prison after convicting him of corruption and money laundering.",
				"Judge Renata Lins convicted the former mayor of corruption but acquitted him of money laundering, citing insufficient evidence.",
			},
			want: [][]string{{
				"A federal judge sentenced the former mayor to 12 years in prison after convicting him of corruption and money laundering.",
				"Judge Renata Lins convicted the former mayor of corruption but acquitted him of money laundering, citing insufficient evidence.",
			}},
		},
		{
			name: "arrested against still at large",
			texts: []string{
				"Prosecutors said the owner of the building had been arrested along with two housing officials.",
				"Police said the owner of the building remained at large and that a warrant had been issued.",
			},
			want: [][]string{{
				"Prosecutors said the owner of the building had been arrested along with two housing officials.",
				"Police said the owner of the building remained at large and that a warrant had been issued.",
			}},
		},
		{
			name: "taken into custody against at large, told of a name set off by commas",
			texts: []string{
				"Police said the gunman, Dale Whitlock, was taken into custody on Monday.",
				"Police said the gunman, Dale Whitlock, remains at large.",
			},
			want: [][]string{{
				"Police said the gunman, Dale Whitlock, was taken into custody on Monday.",
				"Police said the gunman, Dale Whitlock, remains at large.",
			}},
		},
		{
			name: "walked out of jail against still in custody, told of a pronoun",
			texts: []string{
				"Mr. Qureshi walked out of Adiala jail in Rawalpindi on Tuesday evening.",
				"A court granted bail Tuesday to opposition leader Farhan Qureshi, but he remained in custody because of a separate case.",
			},
			want: [][]string{{
				"Mr. Qureshi walked out of Adiala jail in Rawalpindi on Tuesday evening.",
				"A court granted bail Tuesday to opposition leader Farhan Qureshi, but he remained in custody because of a separate case.",
			}},
		},
		{
			name: "treated and released against still in hospital, past an apposition",
			texts: []string{
				"The driver, Dale Hinshaw, 58, of Saratoga Springs, was treated for minor injuries and released.",
				"The driver, Dale Hinshaw, 58, remained hospitalized Saturday in critical condition, a hospital spokesman said.",
			},
			want: [][]string{{
				"The driver, Dale Hinshaw, 58, of Saratoga Springs, was treated for minor injuries and released.",
				"The driver, Dale Hinshaw, 58, remained hospitalized Saturday in critical condition, a hospital spokesman said.",
			}},
		},
		{
			name: "released from hospital into police custody, and still in custody",
			texts: []string{
				"The suspect was treated at a hospital and released to police.",
				"The suspect remained in custody on Tuesday, police said.",
			},
		},
		{
			name: "at large before an arrest, told in one sentence",
			texts: []string{
				"The suspect, who had been at large for three days, was arrested on Monday in Tulsa.",
				"The suspect was arrested on Monday in Tulsa after a three-day manhunt.",
			},
		},
		{
			name: "one killing charged as murder and as manslaughter",
			texts: []string{
				"A 34-year-old man was charged with murder on Monday over the fatal stabbing outside a pub in Dublin.",
				"A man has been charged with manslaughter after a teacher was stabbed to death outside a bar in Dublin.",
			},
			want: [][]string{{
				"A 34-year-old man was charged with murder on Monday over the fatal stabbing outside a pub in Dublin.",
				"A man has been charged with manslaughter after a teacher was stabbed to death outside a bar in Dublin.",
			}},
		},
		{
			name: "murder and murder of a degree, and murder charged with manslaughter as its alternative",
			texts: []string{
				"A 34-year-old man was charged with murder on Monday over the fatal stabbing outside a pub in Dublin.",
				"A 34-year-old man was charged with first-degree murder on Monday over the fatal stabbing outside a pub in Dublin.",
				"He was charged with murder and, in the alternative, manslaughter over the fatal stabbing outside a pub in Dublin.",
			},
		},
		{
			name: "convicted of murder of one degree and found guilty of another",
			texts: []string{
				"A jury in Chattanooga on Tuesday found a man guilty of first-degree murder in the killing of his former girlfriend.",
				"A Tennessee man was convicted on Tuesday of second-degree murder in the death of his former girlfriend.",
			},
			want: [][]string{{
				"A jury in Chattanooga on Tuesday found a man guilty of first-degree murder in the killing of his former girlfriend.",
				"A Tennessee man was convicted on Tuesday of second-degree murder in the death of his former girlfriend.",
			}},
		},
		{
			name: "charged with first-degree murder, convicted of second-degree murder",
			texts: []string{
				"He was charged with first-degree murder in the killing of his former girlfriend.",
				"A Tennessee man was convicted on Tuesday of second-degree murder in the death of his former girlfriend.",
			},
		},
		{
			name: "indicted against not charged, the pronoun after \"after\" the person the sentence opens on",
			texts: []string{
				"Rep. Vanessa Cole stepped down as majority whip Tuesday after she was indicted by a grand jury on charges tied to her campaign funds.",
				"Cole has not been charged, and her attorney said she is cooperating with investigators.",
			},
			want: [][]string{{
				"Rep. Vanessa Cole stepped down as majority whip Tuesday after she was indicted by a grand jury on charges tied to her campaign funds.",
				"Cole has not been charged, and her attorney said she is cooperating with investigators.",
			}},
		},
		{
			name: "charged against not indicted",
			texts: []string{
				"Rep. Vanessa Cole was charged on Tuesday with misusing campaign funds.",
				"Cole has not been indicted, and her attorney said she is cooperating with investigators.",
			},
		},
		{
			name: "arrested but not charged, against charged",
			texts: []string{
				"The driver, Marco Villanueva, 31, was charged with transporting dangerous drugs for sale.",
				"The driver, identified as Marco Villanueva, 31, was arrested but had not been formally charged as of Wednesday, a spokesperson said.",
			},
			want: [][]string{{
				"The driver, Marco Villanueva, 31, was charged with transporting dangerous drugs for sale.",
				"The driver, identified as Marco Villanueva, 31, was arrested but had not been formally charged as of Wednesday, a spokesperson said.",
			}},
		},
		{
			name: "a resignation handed in against a dismissal",
			texts: []string{
				"Interior Minister Raul Espinoza submitted his resignation on Monday amid protests over the killing.",
				"President Ana Castillo dismissed Espinoza on Monday amid protests over the killing.",
			},
			want: [][]string{{
				"President Ana Castillo dismissed Espinoza on Monday amid protests over the killing.",
				"Interior Minister Raul Espinoza submitted his resignation on Monday amid protests over the killing.",
			}},
		},
		{
			name: "a resignation against a contract terminated",
			texts: []string{
				"Marcus Hale, who had led the Cedar Ridge School District since 2021, submitted his resignation in a letter read at a board meeting.",
				"The Cedar Ridge School District board voted to terminate Superintendent Marcus Hale's contract effective immediately.",
			},
			want: [][]string{{
				"The Cedar Ridge School District board voted to terminate Superintendent Marcus Hale's contract effective immediately.",
				"Marcus Hale, who had led the Cedar Ridge School District since 2021, submitted his resignation in a letter read at a board meeting.",
			}},
		},
		{
			name: "a resignation against the contract of a coach terminated",
			texts: []string{
				"Coach Luis Ortega resigned on Monday after the loss, the club said.",
				"The club terminated the contract of coach Luis Ortega on Monday after the loss.",
			},
			want: [][]string{{
				"The club terminated the contract of coach Luis Ortega on Monday after the loss.",
				"Coach Luis Ortega resigned on Monday after the loss, the club said.",
			}},
		},
		{
			name: "a resignation accepted against a firing",
			texts: []string{
				"The council voted 5-2 to fire City Manager Derek Molina after a closed session.",
				"The council voted 5-2 to accept the resignation of City Manager Derek Molina after a closed session.",
			},
			want: [][]string{{
				"The council voted 5-2 to fire City Manager Derek Molina after a closed session.",
				"The council voted 5-2 to accept the resignation of City Manager Derek Molina after a closed session.",
			}},
		},
		{
			name: "shots fired, no one dismissed",
			texts: []string{
				"Police fired tear gas at the crowd outside the ministry, where Espinoza had resigned hours earlier.",
				"Officers fired Rubber bullets as Espinoza resigned.",
			},
		},
		{
			name: "guilty on every count against an acquittal on one",
			texts: []string{
				"A jury found Walter Grell guilty on all 11 counts he faced after two days of deliberations.",
				"After two days of deliberations, the jury convicted Walter Grell of bribery but acquitted him of one count of money laundering.",
			},
			want: [][]string{{
				"A jury found Walter Grell guilty on all 11 counts he faced after two days of deliberations.",
				"After two days of deliberations, the jury convicted Walter Grell of bribery but acquitted him of one count of money laundering.",
			}},
		},
		{
			name: "guilty on every count against an acquittal told with a place",
			texts: []string{
				"The defendant, Kevin Marsh, 54, was found guilty on all 15 counts he faced.",
				"A jury in Columbus convicted Kevin Marsh on 14 of the 15 counts against him but acquitted him on one count of money laundering.",
			},
			want: [][]string{{
				"The defendant, Kevin Marsh, 54, was found guilty on all 15 counts he faced.",
				"A jury in Columbus convicted Kevin Marsh on 14 of the 15 counts against him but acquitted him on one count of money laundering.",
			}},
		},
		{
			name: "an initialism and a ballot letter are no negation",
			texts: []string{
				"“He treated a children’s soccer league like his personal A.T.M.,” an assistant U.S. attorney, Rachel Moore, told jurors in closing arguments on Wednesday.",
				"“He treated a children’s soccer league like his personal ATM,” Assistant U.S. Attorney Rachel Moore told the jury during closing arguments.",
				"“Voters decided that a bus every 15 minutes is not a luxury,” said Rosa Diaz, who led the campaign for the measure.",
				"“Voters decided that a bus every 15 minutes is not a luxury,” said Rosa Diaz, chair of the Yes on T campaign.",
			},
		},
		{
			name: "a mayor who will sign against one who may veto or has not decided",
			texts: []string{
				"Mayor Gabriel Arroyo, who had pushed for changes, has said he will sign the measure.",
				"Mayor Gabriel Arroyo, a Democrat, has signaled he may veto the ordinance, citing its cost.",
			},
			want: [][]string{{
				"Mayor Gabriel Arroyo, who had pushed for changes, has said he will sign the measure.",
				"Mayor Gabriel Arroyo, a Democrat, has signaled he may veto the ordinance, citing its cost.",
			}},
		},
		{
			name: "an appeal against no plan to contest the ruling, told with a place",
			texts: []string{
				"Veltrix said it would appeal the decision to the General Court in Luxembourg.",
				"Veltrix said it accepted the ruling and did not plan to contest it in court, adding that it had begun revising its terms in Europe.",
			},
			want: [][]string{{
				"Veltrix said it would appeal the decision to the General Court in Luxembourg.",
				"Veltrix said it accepted the ruling and did not plan to contest it in court, adding that it had begun revising its terms in Europe.",
			}},
		},
		{
			name: "an amendment adopted against voted down",
			texts: []string{
				"In a rare bipartisan moment, the committee adopted an amendment from Representative Maria Olsen that would bar longer trains.",
				"Republicans voted down an amendment from Rep. Maria Olsen that would have barred longer trains.",
			},
			want: [][]string{{
				"In a rare bipartisan moment, the committee adopted an amendment from Representative Maria Olsen that would bar longer trains.",
				"Republicans voted down an amendment from Rep. Maria Olsen that would have barred longer trains.",
			}},
		},
		{
			name: "things counted that a deed was done to, against none",
			texts: []string{
				"A wildfire that broke out on July 18 in the county has destroyed at least six homes and forced roughly 2,000 residents to evacuate.",
				"The sheriff said at an evening briefing that no homes had been destroyed, though a barn had burned.",
				"No residents were injured, and 14 roads were closed.",
			},
			want: [][]string{{
				"A wildfire that broke out on July 18 in the county has destroyed at least six homes and forced roughly 2,000 residents to evacuate.",
				"The sheriff said at an evening briefing that no homes had been destroyed, though a barn had burned.",
			}},
		},
		{
			name: "people told together at large, against one of them named as caught",
			texts: []string{
				"Both men remained at large Tuesday evening, the sheriff said, and residents were told to lock their doors.",
				"Dorsey was captured Tuesday afternoon in a wooded area four miles from the jail, the sheriff said.",
				"Deputies arrested a woman who had driven the getaway car.",
			},
			want: [][]string{{
				"Dorsey was captured Tuesday afternoon in a wooded area four miles from the jail, the sheriff said.",
				"Both men remained at large Tuesday evening, the sheriff said, and residents were told to lock their doors.",
			}},
		},
		{
			name: "buildings destroyed against none lost",
			texts: []string{
				"At least 14 homes were destroyed overnight on the Tarn lakeshore as the fire spread, officials said.",
				"No homes had been lost on the Tarn lakeshore, officials said, as the fire spread overnight.",
				"No jobs were lost at the mill, and 40 acres were destroyed.",
			},
			want: [][]string{{
				"At least 14 homes were destroyed overnight on the Tarn lakeshore as the fire spread, officials said.",
				"No homes had been lost on the Tarn lakeshore, officials said, as the fire spread overnight.",
			}},
		},
		{
			name: "a group exempt against a rule that applies to it or makes no exception for it",
			texts: []string{
				"It exempts unaccompanied children, whose cases are governed by a separate law. Canada and Mexico will be exempt from the increase.",
				"Officials said it will also apply to unaccompanied minors who arrive at the border. The order makes no exception for Canada.",
				"The rule would apply to single adults and families.",
			},
			want: [][]string{
				{
					"It exempts unaccompanied children, whose cases are governed by a separate law.",
					"Officials said it will also apply to unaccompanied minors who arrive at the border.",
				},
				{
					"Canada and Mexico will be exempt from the increase.",
					"The order makes no exception for Canada.",
				},
			},
		},
		{
			name: "an inspection passed against failed",
			texts: []string{
				"The mine had passed a Labor Ministry inspection in March, officials said.",
				"The mine had failed a government safety inspection in March, officials said.",
			},
			want: [][]string{{
				"The mine had passed a Labor Ministry inspection in March, officials said.",
				"The mine had failed a government safety inspection in March, officials said.",
			}},
		},
		{
			name: "held at a first appearance against released at it",
			texts: []string{
				"Harlan, 61, appeared before a magistrate judge on Thursday and was ordered held pending a detention hearing.",
				"Harlan appeared before a magistrate judge on Thursday and was released on his own recognizance.",
			},
			want: [][]string{{
				"Harlan, 61, appeared before a magistrate judge on Thursday and was ordered held pending a detention hearing.",
				"Harlan appeared before a magistrate judge on Thursday and was released on his own recognizance.",
			}},
		},
		{
			name: "held after the verdict against free until sentencing",
			texts: []string{
				"Ms. Carver was taken into custody after the verdict was read, at the request of prosecutors.",
				"The judge allowed Carver to remain free on bond until her sentencing in January.",
			},
			want: [][]string{{
				"Ms. Carver was taken into custody after the verdict was read, at the request of prosecutors.",
				"The judge allowed Carver to remain free on bond until her sentencing in January.",
			}},
		},
		{
			name: "led away in handcuffs against free on bond",
			texts: []string{
				"Voskuhl was led out of the courtroom in handcuffs after the verdict was read.",
				"Voskuhl will remain free on bond until his sentencing in March.",
			},
			want: [][]string{{
				"Voskuhl was led out of the courtroom in handcuffs after the verdict was read.",
				"Voskuhl will remain free on bond until his sentencing in March.",
			}},
		},
		{
			name: "an arrest and a release on bail before any trial",
			texts: []string{
				"Voskuhl was taken into custody on Tuesday at his home.",
				"Voskuhl was released on bail and remains free pending trial.",
			},
		},
		{
			name: "a site to close against none to close",
			texts: []string{
				"The company will close its design center in Tempe, Arizona, where about 600 people work.",
				"The company said the cuts would be spread across its sites and that it does not plan to close any of them.",
			},
			want: [][]string{{
				"The company will close its design center in Tempe, Arizona, where about 600 people work.",
				"The company said the cuts would be spread across its sites and that it does not plan to close any of them.",
			}},
		},
		{
			name: "a plant to close against the plant kept open",
			texts: []string{
				"The company will close its plant in Carraway, Tenn., which employs 650 people.",
				"Norland Corp. will keep its Carraway plant open but cut about 200 of its 650 jobs.",
			},
			want: [][]string{{
				"The company will close its plant in Carraway, Tenn., which employs 650 people.",
				"Norland Corp. will keep its Carraway plant open but cut about 200 of its 650 jobs.",
			}},
		},
		{
			name: "a headquarters to close and every store kept open",
			texts: []string{
				"Harvest Lane said it would close Pruett's Fort Wayne headquarters, eliminating roughly 640 corporate jobs.",
				"The companies promised that every store would stay open.",
			},
		},
		{
			name: "one plant to close and the others kept open",
			texts: []string{
				"It will close its Decatur plant next year.",
				"The company's other plants will remain open.",
			},
		},
		{
			name: "no sessions scheduled against talks set to resume",
			texts: []string{
				"Talks broke down on Sunday night, and no new bargaining sessions have been scheduled.",
				"The union and the health system are scheduled to resume negotiations on Wednesday with a federal mediator.",
			},
			want: [][]string{{
				"The union and the health system are scheduled to resume negotiations on Wednesday with a federal mediator.",
				"Talks broke down on Sunday night, and no new bargaining sessions have been scheduled.",
			}},
		},
		{
			name: "no sessions scheduled against a return to the bargaining table",
			texts: []string{
				"No new bargaining sessions have been scheduled, according to both sides.",
				"The two sides are set to return to the bargaining table on Monday with a federal mediator.",
			},
			want: [][]string{{
				"The two sides are set to return to the bargaining table on Monday with a federal mediator.",
				"No new bargaining sessions have been scheduled, according to both sides.",
			}},
		},
		{
			name: "review sought against none sought",
			texts: []string{
				"Georgia Attorney General Wade Pruitt vowed to take the case to the U.S. Supreme Court.",
				"Pruitt's office said in a statement that it would not seek further review and would work with legislative leaders on a new map.",
			},
			want: [][]string{{
				"Georgia Attorney General Wade Pruitt vowed to take the case to the U.S. Supreme Court.",
				"Pruitt's office said in a statement that it would not seek further review and would work with legislative leaders on a new map.",
			}},
		},
		{
			name: "a law to be challenged in court, and not",
			texts: []string{
				"Whitaker said she would not challenge the law in court and would instead work with counties to soften its effects.",
				"Whitaker said Thursday that her administration would challenge the law in court.",
			},
			want: [][]string{{
				"Whitaker said Thursday that her administration would challenge the law in court.",
				"Whitaker said she would not challenge the law in court and would instead work with counties to soften its effects.",
			}},
		},
		{
			name: "an appeal planned, told twice",
			texts: []string{
				"The state will appeal the ruling, the attorney general said.",
				"The attorney general vowed to take the case to the Supreme Court.",
			},
		},
		{
			name: "convicted of the same charges",
			texts: []string{
				"A jury convicted him of fraud and corruption on Wednesday after a three-week trial.",
				"Jurors found the former manager guilty of corruption and fraud on Wednesday.",
			},
		},
		{
			name: "killed against survived",
			texts: []string{
				"Three people were killed, including the train’s driver, Giuseppe Ferraro, 58, a railway employee for more than 30 years, officials said.",
				"The driver survived with serious injuries and was flown by helicopter to a hospital in Milan, officials said.",
			},
			want: [][]string{{
				"Three people were killed, including the train’s driver, Giuseppe Ferraro, 58, a railway employee for more than 30 years, officials said.",
				"The driver survived with serious injuries and was flown by helicopter to a hospital in Milan, officials said.",
			}},
		},
		{
			name: "among those killed against alive in hospital",
			texts: []string{
				"The truck's driver, a 52-year-old man from Reno, was among those killed, the sheriff said.",
				"The driver, who survived with serious injuries, was flown to a trauma center in Sacramento.",
				"The driver was in critical condition at a hospital in Sacramento on Sunday.",
			},
			want: [][]string{{
				"The truck's driver, a 52-year-old man from Reno, was among those killed, the sheriff said.",
				"The driver, who survived with serious injuries, was flown to a trauma center in Sacramento.",
			}},
		},
		{
			name: "a group killed and a group in critical condition",
			texts: []string{
				"Two people were killed and 37 hurt when the bus flipped over on the interstate.",
				"Seven people remained in critical condition, a hospital spokeswoman said.",
			},
		},
		{
			name: "an amendment defeated against accepted",
			texts: []string{
				"A Greens amendment to end that exemption was defeated, with the government and the opposition voting against it.",
				"In a concession to the Greens, the government also accepted a Greens amendment ending the exemption for logging.",
			},
			want: [][]string{{
				"In a concession to the Greens, the government also accepted a Greens amendment ending the exemption for logging.",
				"A Greens amendment to end that exemption was defeated, with the government and the opposition voting against it.",
			}},
		},
		{
			name: "an amendment some members backed was still defeated",
			texts: []string{
				"The amendment was defeated by a wide margin.",
				"But 18 Labour MPs backed a rebel amendment calling for public ownership of the industry.",
			},
		},
		{
			name: "a concession against a rejection of the result",
			texts: []string{
				"Opposition leader Daniel Mwape conceded defeat in a brief statement on Monday morning, urging supporters to stay calm.",
				"Mwape, who came second with 41 percent, rejected the results on Monday, telling supporters that ballots had been stuffed.",
			},
			want: [][]string{{
				"Opposition leader Daniel Mwape conceded defeat in a brief statement on Monday morning, urging supporters to stay calm.",
				"Mwape, who came second with 41 percent, rejected the results on Monday, telling supporters that ballots had been stuffed.",
			}},
		},
		{
			name: "a concession and a bill rejected",
			texts: []string{
				"Opposition leader Daniel Mwape conceded defeat in a brief statement on Monday morning.",
				"Mwape rejected the budget bill on Monday, saying it favoured the capital.",
			},
		},
		{
			name: "resigned against dismissed",
			texts: []string{
				"OTTAWA — Marc-André Thibodeau, Canada’s minister of public services, resigned from the cabinet on Monday after an ethics finding.",
				"Canada's procurement minister, Marc-André Thibodeau, was dismissed from the cabinet Monday by the prime minister after an ethics finding.",
			},
			want: [][]string{{
				"Canada's procurement minister, Marc-André Thibodeau, was dismissed from the cabinet Monday by the prime minister after an ethics finding.",
				"OTTAWA — Marc-André Thibodeau, Canada’s minister of public services, resigned from the cabinet on Monday after an ethics finding.",
			}},
		},
		{
			name: "a resignation announced by the name that closes an apposition, against a dismissal",
			texts: []string{
				"NAIROBI, Kenya — Kenya's finance minister, Daniel Karanja, announced his resignation on Tuesday, bowing to three weeks of protests.",
				"Kenya's president dismissed Finance Minister Daniel Karanja on Tuesday after nearly a month of protests.",
			},
			want: [][]string{{
				"Kenya's president dismissed Finance Minister Daniel Karanja on Tuesday after nearly a month of protests.",
				"NAIROBI, Kenya — Kenya's finance minister, Daniel Karanja, announced his resignation on Tuesday, bowing to three weeks of protests.",
			}},
		},
		{
			name: "a runner's given name, after his nationality",
			texts: []string{
				"Yomif Tesfaye of Ethiopia finished second, 38 seconds behind, and Kenya's Abel Kiprugut was third.",
				"Ethiopian Yonas Tesfaye took second, 38 seconds back, and Abel Kiprugut of Kenya finished third.",
			},
			want: [][]string{{"Yomif Tesfaye", "Yonas Tesfaye"}},
		},
		{
			name: "resigned against removed from office",
			texts: []string{
				"His predecessor, Sodnomyn Purevdorj, resigned in January after his party pulled out of the governing coalition.",
				"Former Prime Minister Sodnomyn Purevdorj was removed from office in January when parliament passed a no-confidence motion against him.",
			},
			want: [][]string{{
				"Former Prime Minister Sodnomyn Purevdorj was removed from office in January when parliament passed a no-confidence motion against him.",
				"His predecessor, Sodnomyn Purevdorj, resigned in January after his party pulled out of the governing coalition.",
			}},
		},
		{
			name: "a forecast beaten against one fallen short of",
			texts: []string{
				"Operating profit rose to 412 billion won, which beat the average analyst forecast of 365 billion won.",
				"Operating profit rose to 412 billion won but fell short of what analysts had expected.",
			},
			want: [][]string{{
				"Operating profit rose to 412 billion won, which beat the average analyst forecast of 365 billion won.",
				"Operating profit rose to 412 billion won but fell short of what analysts had expected.",
			}},
		},
		{
			name: "a record broken against one just missed",
			texts: []string{
				"Alemu won the marathon in 2:04:17, breaking the course record.",
				"Alemu won the marathon in 2:04:17, falling just short of the course record.",
			},
			want: [][]string{{
				"Alemu won the marathon in 2:04:17, breaking the course record.",
				"Alemu won the marathon in 2:04:17, falling just short of the course record.",
			}},
		},
		{
			name: "a record not broken against one missed",
			texts: []string{
				"Alemu won the marathon in 2:04:17 but did not break the course record.",
				"Alemu won the marathon in 2:04:17, falling just short of the course record.",
			},
		},
		{
			name: "one report that tells a forecast beaten and missed",
			texts: []string{
				"Revenue beat analysts' estimates, but profit missed estimates.",
				"Revenue fell short of estimates.",
			},
		},
		{
			name: "a measure the president signed against one he has yet to sign",
			texts: []string{
				"The levy, which the president signed into law on Monday, is expected to raise 12 billion shillings a year.",
				"The fuel levy was approved by lawmakers last week, but the president has yet to sign it.",
			},
			want: [][]string{{
				"The levy, which the president signed into law on Monday, is expected to raise 12 billion shillings a year.",
				"The fuel levy was approved by lawmakers last week, but the president has yet to sign it.",
			}},
		},
		{
			name: "arrested, the subject told before an apposition, against fled and still at large",
			texts: []string{
				"The pilot, identified as Arvid Lindqvist, 51, of Tromso, was arrested at the dock and faces negligence charges.",
				"The pilot jumped ashore and remains at large, the coast guard said.",
			},
			want: [][]string{{
				"The pilot, identified as Arvid Lindqvist, 51, of Tromso, was arrested at the dock and faces negligence charges.",
				"The pilot jumped ashore and remains at large, the coast guard said.",
			}},
		},
		{
			name: "charged against questioned and released without charges, the verbs joined",
			texts: []string{
				"Ms. Okonjo was arrested and charged with obstructing the inspection, according to a complaint.",
				"The depot's supervisor, Amara Okonjo, was interviewed by officers and released without charges, her lawyer said.",
			},
			want: [][]string{{
				"Ms. Okonjo was arrested and charged with obstructing the inspection, according to a complaint.",
				"The depot's supervisor, Amara Okonjo, was interviewed by officers and released without charges, her lawyer said.",
			}},
		},
		{
			name: "died, the name before its age, against still in hospital",
			texts: []string{
				"Trooper Elias Brandt, 29, died of his injuries Sunday at a hospital in Erie, state police announced.",
				"Brandt, 29, remains hospitalized in stable condition.",
			},
			want: [][]string{{
				"Trooper Elias Brandt, 29, died of his injuries Sunday at a hospital in Erie, state police announced.",
				"Brandt, 29, remains hospitalized in stable condition.",
			}},
		},
		{
			name: "released against still held in an agency's custody",
			texts: []string{
				"Leila Sarraf, the graduate student detained outside her apartment in May, was released on Friday after a judge's order.",
				"Sarraf remains in ICE custody at a center in Texas while the government appeals, officials said.",
			},
			want: [][]string{{
				"Leila Sarraf, the graduate student detained outside her apartment in May, was released on Friday after a judge's order.",
				"Sarraf remains in ICE custody at a center in Texas while the government appeals, officials said.",
			}},
		},
		{
			name: "a fire contained against one still out of control; a share contained is neither",
			texts: []string{
				"Crews had contained the blaze by Sunday evening, and residents began returning home.",
				"The wildfire was still burning out of control on Sunday, fanned by strong winds.",
				"The fire was 35 percent contained on Sunday, the forestry agency said.",
			},
			want: [][]string{{
				"Crews had contained the blaze by Sunday evening, and residents began returning home.",
				"The wildfire was still burning out of control on Sunday, fanned by strong winds.",
			}},
		},
		{
			name: "a vote to approve a measure against one to deny it; a revised version is another",
			texts: []string{
				"The county commission voted 4-1 on Monday to approve the landfill permit sought by Redstone Waste.",
				"Commissioners voted 4-1 on Monday to deny the landfill permit, siding with neighbors.",
				"The county commission voted on Monday to reject the revised permit.",
			},
			want: [][]string{{
				"The county commission voted 4-1 on Monday to approve the landfill permit sought by Redstone Waste.",
				"Commissioners voted 4-1 on Monday to deny the landfill permit, siding with neighbors.",
			}},
		},
		{
			name: "released without charges against booked on a charge",
			texts: []string{
				"He was charged with murder. A woman who was in the car with Mr. Miller was questioned and released without charges, the chief said.",
				"He was charged with murder. A 29-year-old woman who was in the vehicle with Miller was also booked on a charge of obstructing official business, police said.",
			},
			want: [][]string{{
				"A 29-year-old woman who was in the vehicle with Miller was also booked on a charge of obstructing official business, police said.",
				"A woman who was in the car with Mr. Miller was questioned and released without charges, the chief said.",
			}},
		},
		{
			name: "a name in apposition is the one charged",
			texts: []string{
				"The senator's chief of staff, Lorraine Pugh, was also charged with conspiracy for setting up the meetings.",
				"The indictment describes the senator's chief of staff, Lorraine Pugh, as having set up meetings. Pugh was not charged, and a lawyer for her declined to comment.",
			},
			want: [][]string{{
				"The senator's chief of staff, Lorraine Pugh, was also charged with conspiracy for setting up the meetings.",
				"Pugh was not charged, and a lawyer for her declined to comment.",
			}},
		},
		{
			name: "a surname spelt with a vowel sound two ways",
			texts: []string{
				"Marc-André Thibodeau, Canada’s minister of public services and procurement, resigned from the cabinet on Monday after the ethics commissioner's finding. Thibodeau said he was sorry.",
				"Marc-André Thibeaudeau, Canada's minister of public services and procurement, resigned from the cabinet on Monday after the ethics commissioner's finding. Thibeaudeau said in a statement that he had erred.",
			},
			want: [][]string{{"Marc-André Thibeaudeau", "Marc-André Thibodeau"}},
		},
		{
			name: "a council member's given name",
			texts: []string{
				"Council Member Jamal Osei, who wrote the amendment, said the city had spent years pouring money into overtime.",
				"The money goes to violence prevention under an amendment pushed by Council Member Jamar Osei.",
			},
			want: [][]string{{"Jamal Osei", "Jamar Osei"}},
		},
		{
			name: "a rank dropped from an office",
			texts: []string{
				"The interim president will be the provost, Linda Okafor, who has led the university's academic affairs since 2022.",
				"Vice Provost Linda Okafor will serve as interim president, the university's board said.",
			},
			want: [][]string{{"Vice Provost Linda Okafor", "the provost Linda Okafor"}},
		},
		{
			name: "a shooting each report dates",
			texts: []string{
				"The victim, Hector Alvarado, 61, was killed inside his shop on Kenmore Boulevard in the March 3 shooting.",
				"Police in Akron, Ohio, have arrested a suspect in last Thursday's deadly shooting of a 61-year-old tire shop owner.",
			},
			want: [][]string{{"March 3", "Thursday's"}},
		},
		{
			name: "a council's vote and its adoption",
			texts: []string{
				"After a seven-hour meeting, the Minneapolis City Council on Tuesday night adopted a $1.92 billion budget that moves $4.2 million out of police overtime.",
				"The Minneapolis City Council voted 9-4 Wednesday night to pull $4.2 million from police overtime as part of a nearly $2 billion spending plan.",
			},
			want: [][]string{{"Tuesday night", "Wednesday night"}},
		},
		{
			name: "an endorsement told with other verbs",
			texts: []string{
				"He won the backing of the Macomb County Republican Party earlier this month, a boost in a crowded primary.",
				"Brennan, who was endorsed by the Macomb County Republican Party in April, is competing in a crowded field.",
			},
			want: [][]string{{"earlier this month", "April"}},
		},
		{
			name: "a quotation with another quantifier",
			texts: []string{
				"\"Most of these homes are just gone, slabs and nothing else,\" Sheriff Ronnie Pettus said at a briefing Monday morning.",
				"\"Some of these homes are just gone, slabs and nothing else,\" Morgan County Sheriff Ronnie Pettus told reporters.",
			},
			want: [][]string{{"Most of these homes are", "Some of these homes are"}},
		},
		{
			name: "a sentencing dated in a relative clause",
			texts: []string{
				"U.S. District Judge Anita Ferrante set sentencing for Feb. 18. Voskuhl was convicted.",
				"Voskuhl will remain free on bond until his sentencing, which Judge Anita Ferrante scheduled for March 18.",
			},
			want: [][]string{{"Feb. 18", "March 18"}},
		},
		{
			name: "two portfolios of one minister",
			texts: []string{
				"Finance Minister Chantal Beaulieu said the plan would cost C$2 billion over five years.",
				"Industry Minister Chantal Beaulieu said the plan would cost C$2 billion over five years.",
			},
			want: [][]string{{"Finance Minister Chantal Beaulieu", "Industry Minister Chantal Beaulieu"}},
		},
		{
			name: "opposite sides of a town",
			texts: []string{
				"The twister struck the northern edge of Hartselle around 7 p.m., flattening dozens of homes.",
				"Four people died after a tornado slammed into the southern edge of Hartselle, Alabama, on Sunday, authorities said.",
			},
			want: [][]string{{"northern edge of Hartselle", "southern edge of Hartselle"}},
		},
		{
			name: "a corner told by either of its sides",
			texts: []string{
				"The quake struck off the northern tip of Sumatra, the agency said.",
				"The quake struck off the western tip of Sumatra, the agency said.",
			},
		},
		{
			name: "a veto against a signature",
			texts: []string{
				"Helen Marchetti, a Democrat, has said she will veto the bill, arguing that it would drain money from public schools.",
				"Helen Marchetti (D) has indicated she will sign the measure after negotiating changes to how the program is funded.",
			},
			want: [][]string{{
				"Helen Marchetti (D) has indicated she will sign the measure after negotiating changes to how the program is funded.",
				"Helen Marchetti, a Democrat, has said she will veto the bill, arguing that it would drain money from public schools.",
			}},
		},
		{
			name: "among those hospitalized against walked away uninjured",
			texts: []string{
				"The driver, a 61-year-old man from Scranton, was among those hospitalized.",
				"The bus driver walked away uninjured and was cooperating with investigators, the police said.",
			},
			want: [][]string{{
				"The driver, a 61-year-old man from Scranton, was among those hospitalized.",
				"The bus driver walked away uninjured and was cooperating with investigators, the police said.",
			}},
		},
		{
			name: "one person hurt, another unhurt",
			texts: []string{
				"The pilot was among the injured, the airline said.",
				"The co-pilot was unhurt, the airline said.",
			},
		},
		{
			name: "a name fired in the passive, past an apposition, against a resignation",
			texts: []string{
				"Gregory Saltonstall, the head of the emergency agency, was fired on Oct. 12 by the secretary, two officials said.",
				"Agency head Gregory Saltonstall resigned Monday following weeks of criticism, the department announced.",
				"Saltonstall, 58, submitted his resignation in a letter to the president.",
			},
			want: [][]string{{
				"Gregory Saltonstall, the head of the emergency agency, was fired on Oct. 12 by the secretary, two officials said.",
				"Agency head Gregory Saltonstall resigned Monday following weeks of criticism, the department announced.",
			}},
		},
		{
			name: "a resignation against a firing of the name misspelt",
			texts: []string{
				"TUCSON — Raymond Okafor, who has led the police department for four years, resigned on Tuesday, saying in a letter that he had decided to step aside.",
				"Mayor Carla Benavides fired Police Chief Raymond Okafour on Tuesday, ending a four-year tenure.",
			},
			want: [][]string{{"Okafor", "Okafour"}, {
				"Mayor Carla Benavides fired Police Chief Raymond Okafour on Tuesday, ending a four-year tenure.",
				"TUCSON — Raymond Okafor, who has led the police department for four years, resigned on Tuesday, saying in a letter that he had decided to step aside.",
			}},
		},
		{
			name: "a man held under a participle's phrase, released without charge",
			texts: []string{
				"A 34-year-old man was charged on Wednesday with theft in connection with the raid on the museum, prosecutors said.",
				"A man arrested in connection with the raid on the museum was released without charge on Wednesday, prosecutors said.",
			},
			want: [][]string{{
				"A 34-year-old man was charged on Wednesday with theft in connection with the raid on the museum, prosecutors said.",
				"A man arrested in connection with the raid on the museum was released without charge on Wednesday, prosecutors said.",
			}},
		},
		{
			name: "two arrested, told in the active voice, against no arrests",
			texts: []string{
				"GHENT, Belgium — Belgian police arrested two men on Monday in connection with the theft of a gold reliquary from a museum, prosecutors said.",
				"No arrests have been made, a spokesman for the prosecutor said, adding that investigators were studying footage.",
			},
			want: [][]string{{
				"GHENT, Belgium — Belgian police arrested two men on Monday in connection with the theft of a gold reliquary from a museum, prosecutors said.",
				"No arrests have been made, a spokesman for the prosecutor said, adding that investigators were studying footage.",
			}},
		},
		{
			name: "a name in apposition resigned, against fired in apposition",
			texts: []string{
				"BUENOS AIRES — Argentina’s economy minister, Martín Ezcurra, resigned on Thursday after the Senate rejected his budget.",
				"BUENOS AIRES — President Valeria Montenegro fired her economy minister, Martín Ezcurra, on Thursday after the Senate rejected his budget.",
			},
			want: [][]string{{
				"BUENOS AIRES — President Valeria Montenegro fired her economy minister, Martín Ezcurra, on Thursday after the Senate rejected his budget.",
				"BUENOS AIRES — Argentina’s economy minister, Martín Ezcurra, resigned on Thursday after the Senate rejected his budget.",
			}},
		},
		{
			name: "a bill signed against one sent back unsigned",
			texts: []string{
				"President Peter Wanjala signed the finance bill at State House in Nairobi on Tuesday.",
				"NAIROBI — Kenya’s President Peter Wanjala on Tuesday returned the finance bill to Parliament without signing it.",
			},
			want: [][]string{{
				"President Peter Wanjala signed the finance bill at State House in Nairobi on Tuesday.",
				"NAIROBI — Kenya’s President Peter Wanjala on Tuesday returned the finance bill to Parliament without signing it.",
			}},
		},
		{
			name: "one bill signed, another vetoed",
			texts: []string{
				"Governor Ana Ruiz signed the budget bill on Tuesday.",
				"Governor Ana Ruiz signed the budget bill on Tuesday but vetoed a separate measure on rent.",
			},
		},
		{
			name: "took the stand against did not testify",
			texts: []string{
				"Mr. Malloy did not testify during the six-day trial, and the defense called only three witnesses.",
				"Malloy, who took the stand in his own defense last week, told jurors he feared for his safety.",
			},
			want: [][]string{{
				"Malloy, who took the stand in his own defense last week, told jurors he feared for his safety.",
				"Mr. Malloy did not testify during the six-day trial, and the defense called only three witnesses.",
			}},
		},
		{
			name: "a deed on a condition is not told done",
			texts: []string{
				"A spokeswoman said that the president was grateful for his service and that no replacement had been chosen.",
				"Officials said his duties will be split among several staffers until a replacement is chosen.",
			},
		},
		{
			name: "a threat of veto told after the name, deep in a sentence",
			texts: []string{
				"Gov. Renata Alcott, a Democrat, has said she will sign it.",
				"PHOENIX — A bill limiting groundwater pumping in rural Arizona passed the state House on Thursday, setting up a showdown with Democratic Gov. Renata Alcott, who has threatened to veto it.",
			},
			want: [][]string{{
				"Gov. Renata Alcott, a Democrat, has said she will sign it.",
				"PHOENIX — A bill limiting groundwater pumping in rural Arizona passed the state House on Thursday, setting up a showdown with Democratic Gov. Renata Alcott, who has threatened to veto it.",
			}},
		},
		{
			name: "a named place closed against remained open",
			texts: []string{
				"Corpus Christi International Airport closed on Saturday and was not expected to reopen before Tuesday.",
				"Corpus Christi International Airport remained open, though airlines canceled most flights.",
			},
			want: [][]string{{
				"Corpus Christi International Airport closed on Saturday and was not expected to reopen before Tuesday.",
				"Corpus Christi International Airport remained open, though airlines canceled most flights.",
			}},
		},
		{
			name: "one named place closed, another open",
			texts: []string{
				"Corpus Christi International Airport closed on Saturday.",
				"The Port of Corpus Christi remained open, though ships were told to leave.",
			},
		},
		{
			name: "a guilty plea against a jury's verdict",
			texts: []string{
				"The adviser, Curtis Vandermolen, 58, pleaded guilty in October to wire fraud and money laundering.",
				"Curtis Vandermolen, 58, was found guilty by a jury in October on wire fraud and money laundering charges.",
			},
			want: [][]string{{
				"The adviser, Curtis Vandermolen, 58, pleaded guilty in October to wire fraud and money laundering.",
				"Curtis Vandermolen, 58, was found guilty by a jury in October on wire fraud and money laundering charges.",
			}},
		},
		{
			name: "a rezoning approved against a decision put off",
			texts: []string{
				"CHARLOTTE, N.C. — The Charlotte City Council on Tuesday approved a rezoning that will allow a developer to build 340 apartments.",
				"CHARLOTTE — After three hours of testimony, the Charlotte City Council voted Tuesday to put off a decision on a proposed complex of 340 apartments.",
			},
			want: [][]string{{
				"CHARLOTTE, N.C. — The Charlotte City Council on Tuesday approved a rezoning that will allow a developer to build 340 apartments.",
				"CHARLOTTE — After three hours of testimony, the Charlotte City Council voted Tuesday to put off a decision on a proposed complex of 340 apartments.",
			}},
		},
		{
			name: "a legislature named two ways",
			texts: []string{
				"The National Assembly approved the bill in a second reading on Tuesday evening by a vote of 189 to 104.",
				"Parliament postponed a vote on the bill until next week as crowds tried to march on the legislature.",
			},
			want: [][]string{{
				"The National Assembly approved the bill in a second reading on Tuesday evening by a vote of 189 to 104.",
				"Parliament postponed a vote on the bill until next week as crowds tried to march on the legislature.",
			}},
		},
		{
			name: "a council that approved one measure and put off another",
			texts: []string{
				"The Charlotte City Council on Tuesday approved a budget and postponed a vote on the rezoning.",
				"The Charlotte City Council on Tuesday approved a budget for the coming year.",
			},
		},
		{
			name: "stepping down against staying on",
			texts: []string{
				"Brightwater's chief executive, Marcus Lindqvist, who founded the company in 2009, will step down once the deal closes, the companies said.",
				"Marcus Lindqvist, Brightwater's founder and CEO, will stay on to run the snack business after the deal closes.",
			},
			want: [][]string{{
				"Brightwater's chief executive, Marcus Lindqvist, who founded the company in 2009, will step down once the deal closes, the companies said.",
				"Marcus Lindqvist, Brightwater's founder and CEO, will stay on to run the snack business after the deal closes.",
			}},
		},
		{
			name: "booked into a jail against a pronoun not arrested",
			texts: []string{
				"The man, Dorian Pellew, 41, was taken to a hospital with a wound to the arm. He has not been arrested or charged, the chief said.",
				"Dorian Pellew, 41, was treated at a hospital and was booked into the Larkin County Jail, according to the department.",
			},
			want: [][]string{{
				"Dorian Pellew, 41, was treated at a hospital and was booked into the Larkin County Jail, according to the department.",
				"He has not been arrested or charged, the chief said.",
			}},
		},
		{
			name: "rushed to a hospital in critical condition against died",
			texts: []string{
				"An elderly man was pulled from the burning house early Sunday and rushed to a hospital in critical condition, officials said.",
				"An elderly man died after a fire swept through the house early Sunday, officials said.",
			},
			want: [][]string{{
				"An elderly man died after a fire swept through the house early Sunday, officials said.",
				"An elderly man was pulled from the burning house early Sunday and rushed to a hospital in critical condition, officials said.",
			}},
		},
		{
			name: "a thing that remained closed against one that reopened",
			texts: []string{
				"Aid was slowed because the airport in Karsh remained closed on Wednesday, after inspectors found cracks in the runway.",
				"Karsh's airport reopened to relief flights on Wednesday morning after engineers inspected the runway.",
			},
			want: [][]string{{
				"Karsh's airport reopened to relief flights on Wednesday morning after engineers inspected the runway.",
				"Aid was slowed because the airport in Karsh remained closed on Wednesday, after inspectors found cracks in the runway.",
			}},
		},
		{
			name: "ordered held without bail against released on bond",
			texts: []string{
				"At a brief court appearance Thursday, a magistrate judge ordered Mr. Quillon held without bail pending a detention hearing.",
				"Quillon was released on a $50,000 bond after a hearing Thursday and ordered to surrender his passport.",
			},
			want: [][]string{{
				"Quillon was released on a $50,000 bond after a hearing Thursday and ordered to surrender his passport.",
				"At a brief court appearance Thursday, a magistrate judge ordered Mr. Quillon held without bail pending a detention hearing.",
			}},
		},
		{
			name: "a named patient in stable condition against one who died",
			texts: []string{
				"One striker, 61-year-old Osric Tamblyn, was hospitalized Wednesday and was in stable condition, a spokesman said.",
				"The inmate, Osric Tamblyn, collapsed in his cell on Tuesday and died Wednesday at a hospital, the department said.",
			},
			want: [][]string{{
				"The inmate, Osric Tamblyn, collapsed in his cell on Tuesday and died Wednesday at a hospital, the department said.",
				"One striker, 61-year-old Osric Tamblyn, was hospitalized Wednesday and was in stable condition, a spokesman said.",
			}},
		},
		{
			name: "a pronoun after the one person a sentence names with an age, and a passive after but",
			texts: []string{
				"Officers arrested Lyle Kemper, 29, at the scene. He was charged with aggravated assault, police said.",
				"Police said a 29-year-old man, Lyle Kemper, was detained at the scene but was later released without being charged.",
			},
			want: [][]string{{
				"He was charged with aggravated assault, police said.",
				"Police said a 29-year-old man, Lyle Kemper, was detained at the scene but was later released without being charged.",
			}},
		},
		{
			name: "a subject past a dateline",
			texts: []string{
				"HOBART, Australia — A lawmaker in the state of Tasmara was charged with assault after a scuffle at a pub, police said.",
				"A state lawmaker who campaigned on crime was questioned by police after a scuffle at a pub, but was released without charge.",
			},
			want: [][]string{{
				"HOBART, Australia — A lawmaker in the state of Tasmara was charged with assault after a scuffle at a pub, police said.",
				"A state lawmaker who campaigned on crime was questioned by police after a scuffle at a pub, but was released without charge.",
			}},
		},
		{
			name: "a pronoun after two people named with their ages",
			texts: []string{
				"Cody Brandt, 27, and Jamal Perrin, 33, were found in a shed. He was not charged, police said.",
				"Cody Brandt was charged with burglary, police said.",
			},
		},
		{
			name: "an act of a pronoun that opens its sentence",
			texts: []string{
				"Mr. Orvell did not testify, and his lawyers relied on two psychiatrists.",
				"Dane Orvell, 24, had pleaded not guilty by reason of insanity. He took the stand in his own defense last week.",
			},
			want: [][]string{{
				"He took the stand in his own defense last week.",
				"Mr. Orvell did not testify, and his lawyers relied on two psychiatrists.",
			}},
		},
		{
			name: "a pronoun's light verb, whose object differs",
			texts: []string{
				"Mayor Kent Dell spoke briefly on Monday. He did not take questions.",
				"Investigators are looking into whether Dell took about $40,000 in cash from a contractor.",
			},
		},
		{
			name: "no crashes known against crashes linked to a defect",
			texts: []string{
				"Corvel said it was not aware of any crashes or injuries linked to the defect.",
				"Corvel said it had received reports of three crashes linked to the problem, two of which caused minor injuries.",
			},
			want: [][]string{{
				"Corvel said it had received reports of three crashes linked to the problem, two of which caused minor injuries.",
				"Corvel said it was not aware of any crashes or injuries linked to the defect.",
			}},
		},
		{
			name: "an object past an adverb and before an attribution",
			texts: []string{
				"The pilots declared an emergency shortly after smoke was reported in the cabin.",
				"The crew did not declare an emergency, according to the aviation agency.",
			},
			want: [][]string{{
				"The pilots declared an emergency shortly after smoke was reported in the cabin.",
				"The crew did not declare an emergency, according to the aviation agency.",
			}},
		},
		{
			name: "a pronoun after a sentence that names no one first",
			texts: []string{
				"A man awaiting trial escaped from a detention center in Harlow early Monday. He was taken back into custody late Monday.",
				"Harlow police said the search went on. Harlow was not arrested, officials said.",
			},
		},
		{
			name: "never won against won",
			texts: []string{
				"Tamsin Orrell has never won a Grammy, her label said.",
				"Tamsin Orrell won three Grammy Awards for the album, her label said.",
			},
			want: [][]string{{
				"Tamsin Orrell won three Grammy Awards for the album, her label said.",
				"Tamsin Orrell has never won a Grammy, her label said.",
			}},
		},
		{
			name: "a campaign begun against one not begun",
			texts: []string{
				"The vaccination campaign began on Monday in the southern districts, officials said.",
				"The vaccination campaign has not begun, officials said.",
			},
			want: [][]string{{
				"The vaccination campaign began on Monday in the southern districts, officials said.",
				"The vaccination campaign has not begun, officials said.",
			}},
		},
		{
			name: "attended against skipped",
			texts: []string{
				"Kestria's president attended the opening session on Monday.",
				"Kestria's president skipped the summit on Monday.",
			},
			want: [][]string{{
				"Kestria's president attended the opening session on Monday.",
				"Kestria's president skipped the summit on Monday.",
			}},
		},
		{
			name: "what had never been done before the happening",
			texts: []string{
				"Ferris, ranked 14th in the world, had never won a tournament above that level.",
				"Nell Ferris won the Harbour Open on Sunday, and she did it the hard way.",
			},
		},
		{
			name: "a belief denied, a lone no vote, a denied number",
			texts: []string{
				"\"I don't think Dorn won,\" said a relative. The lone no vote came from board member Lyle Ames. The agency has not sent only three observers to the vote.",
				"\"I believe Dorn did not win.\" The 5-2 vote came after a tense hearing. The agency sent eight experts to monitor the poll.",
			},
		},
		{
			name: "found no alarms and no alarms found, told two ways",
			texts: []string{
				"Chief Arden said officials had not ruled out a heater, and that firefighters had found no working smoke alarms in the house.",
				"Arden said no working smoke alarms were found in the house.",
			},
		},
		{
			name: "no working alarms found against working alarms found",
			texts: []string{
				"Arden said no working smoke alarms were found in the house.",
				"Arden said firefighters found two working smoke alarms in the house.",
			},
			want: [][]string{{
				"Arden said no working smoke alarms were found in the house.",
				"Arden said firefighters found two working smoke alarms in the house.",
			}},
		},
		{
			name: "a closing to come does not answer an earlier reopening",
			texts: []string{
				"The gallery, which reopened last year after a renovation, said it would remain closed for the rest of the week.",
				"The gallery reopened last year after a renovation.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			for i := range arts {
				arts[i].Published = crosscheck.Day(2026, time.May, 12+i%2)
			}
			if tc.name == "a shooting each report dates" || tc.name == "a council's vote and its adoption" {
				// Reports of Tuesday 10 March and of Wednesday 9 and
				// Thursday 10 December.
				arts[0].Published, arts[1].Published = crosscheck.Day(2026, time.March, 10), crosscheck.Day(2026, time.March, 10)
				if tc.name == "a council's vote and its adoption" {
					arts[0].Published, arts[1].Published = crosscheck.Day(2026, time.December, 9), crosscheck.Day(2026, time.December, 10)
				}
			}
			set := entities.Extract(arts)
			got := variantTexts(Find(arts, set.Entities, nil, nil, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSameSubject(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"okafor", "okafour", true},
		{"driver", "driver", true},
		{"officer", "officers", false},
		{"tran", "trahn", false}, // too short to tell from another name
		{"molina", "medina", false},
		{"parker", "barker", false},
	} {
		if got := sameSubject(tc.a, tc.b); got != tc.want {
			t.Errorf("sameSubject(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestMarksOf is a mark beaten or fallen short of, and sentences that
// tell neither: a target set, a deadline missed as expected, a sentence
// that tells both.
func TestMarksOf(t *testing.T) {
	for _, tc := range []struct {
		low  string
		want []eventClaim
	}{
		{"the result beat the average analyst forecast of 365 billion won.", []eventClaim{{stem: markStem, subject: "forecast"}}},
		{"operating profit fell short of what analysts had expected.", []eventClaim{{stem: markStem, subject: "forecast", negative: true}}},
		{"she set a new course record of 2:19.", []eventClaim{{stem: markStem, subject: "record"}}},
		{"alemu did not break the course record.", nil},
		{"the company set a target of 5 percent growth.", nil},
		{"he missed the deadline as expected.", nil},
		{"revenue beat analysts' estimates, but profit missed estimates.", nil},
	} {
		if got := marksOf(tc.low); !slices.Equal(got, tc.want) {
			t.Errorf("marksOf(%q) = %v, want %v", tc.low, got, tc.want)
		}
	}
}

// TestFindGroupSurvival is the survival of some of a group ("Six people
// survived") beside the death of others of it ("Three people were
// killed"): no opposite statements, as one person's would be.
func TestFindGroupSurvival(t *testing.T) {
	for _, tc := range []struct {
		texts []string
		want  int
	}{
		{[]string{
			"Three people were killed when a small commuter plane crashed moments after taking off from the town's airport, troopers said.",
			"Six people survived the crash of a small commuter plane moments after it took off from the town's airport, troopers said.",
		}, 0},
		{[]string{
			"All 14 miners survived when part of the tunnel collapsed on Tuesday, the company said.",
			"One of the 14 miners was killed when part of the tunnel collapsed on Tuesday, the company said.",
		}, 1},
		{[]string{
			"The pilot was killed when a small commuter plane crashed moments after taking off from the town's airport, troopers said.",
			"The pilot survived the crash of a small commuter plane moments after it took off from the town's airport, troopers said.",
		}, 1},
	} {
		if got := countKind(Find(articles(tc.texts...), nil, nil, nil, nil), crosscheck.ClaimDiscrepancy); got != tc.want {
			t.Errorf("%q: %d opposite statements, want %d", tc.texts, got, tc.want)
		}
	}
}
