package discrepancy

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/analyze/entities"
)

func TestFindTitles(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  [][]string
	}{
		{
			name: "one office at two ranks",
			texts: []string{
				"Colleen Farrow, the deputy energy secretary, announced the loan at an event in Atlanta.",
				"Assistant Energy Secretary Colleen Farrow said the loan would bring battery production back.",
				"Deputy Energy Secretary Colleen Farrow said the plant would produce batteries.",
			},
			want: [][]string{{"Assistant Energy Secretary Colleen Farrow", "Colleen Farrow, the deputy energy secretary"}},
		},
		{
			name: "a grade and the grade a rank word makes of it",
			texts: []string{
				"\"The crew acted quickly,\" said Commander Petros Annalis, a coast guard spokesman.",
				"Lieutenant Commander Petros Annalis, a coast guard spokesman, said the fire began in a truck.",
			},
			want: [][]string{{"Commander Petros Annalis", "Lieutenant Commander Petros Annalis"}},
		},
		{
			name: "a deputy of the sheriff with a grade, and the grade",
			texts: []string{
				"Deputy Sgt. Lena Ortiz said the road was closed.",
				"Sgt. Lena Ortiz said the road had been closed since noon.",
			},
		},
		{
			name: "a portfolio's head and its deputy, told with its \"of\" phrase",
			texts: []string{
				"County clerks have 60 days to verify the signatures before forwarding them to Secretary of State Warren Tolliver, who will certify the measure.",
				"County clerks will review the petitions before sending them to Ostara Secretary of State Warren Tolliver for certification.",
				"After county clerks verify the signatures, Deputy Secretary of State Warren Tolliver will determine whether the initiative qualifies.",
			},
			want: [][]string{{"Deputy Secretary of State Warren Tolliver", "Secretary of State Warren Tolliver"}},
		},
		{
			name: "a bench's chief and one of its justices",
			texts: []string{
				"The court ruled 4-3, with Chief Justice Evelyn Strand writing the majority opinion.",
				"Justice Evelyn Strand wrote for the majority in the 4-3 ruling.",
			},
			want: [][]string{{"Chief Justice Evelyn Strand", "Justice Evelyn Strand"}},
		},
		{
			name: "two commissioners of one state",
			texts: []string{
				"The House voted 74-22 to impeach Labor Commissioner Dwight Haskins over the contracts.",
				"The House voted 74-22 to impeach Insurance Commissioner Dwight Haskins over the contracts.",
			},
			want: [][]string{{"Insurance Commissioner Dwight Haskins", "Labor Commissioner Dwight Haskins"}},
		},
		{
			name: "a judge styled a justice",
			texts: []string{
				"Justice Peter Odhiambo of the High Court suspended the levy on Monday.",
				"The judge Peter Odhiambo suspended the levy on Monday, pending a full hearing.",
			},
		},
		{
			name: "a club's head coach and its sporting director",
			texts: []string{
				"\"He sees the game a second before everyone else,\" said Olli Rautio, Harmaja's sporting director, who has followed the player for years.",
				"Harmaja head coach Olli Rautio said the midfielder \"sees the game a second before everyone else.\"",
			},
			want: [][]string{{"Harmaja head coach Olli Rautio", "Olli Rautio, Harmaja's sporting director"}},
		},
		{
			name: "a football club's manager and its head coach",
			texts: []string{
				"Harmaja manager Olli Rautio said the midfielder would start on Saturday.",
				"Harmaja head coach Olli Rautio said the midfielder would start on Saturday.",
			},
		},
		{
			name: "a commission's chair and a department's director",
			texts: []string{
				"Zoning Commission Chair Edwin Marlow told the council that the commission had recommended approval.",
				"Public Works Director Edwin Marlow said the plan includes a new pumping station.",
			},
			want: [][]string{{"Public Works Director Edwin Marlow", "Zoning Commission Chair Edwin Marlow"}},
		},
		{
			name: "a company's chief executive and one of its regional directors",
			texts: []string{
				"Dana Pruitt, Halvern's regional director, said in a statement that a review had begun.",
				"Halvern's chief executive, Dana Pruitt, said in a statement that a review had begun.",
			},
			want: [][]string{{"Dana Pruitt, Halvern's regional director", "Halvern's chief executive Dana Pruitt"}},
		},
		{
			name: "a county's sheriff and a chief deputy",
			texts: []string{
				"The two were found in a shed in Harlan County, Marrow County Sheriff Ezra Quimby said.",
				"The two were taken into custody, Chief Deputy Ezra Quimby said.",
			},
			want: [][]string{{"Chief Deputy Ezra Quimby", "Marrow County Sheriff Ezra Quimby"}},
		},
		{
			name: "a club's technical director and its chief executive",
			texts: []string{
				"\"He has the profile we were looking for,\" said the club's technical director, Otto Brenner.",
				"Calder chief executive Otto Brenner said the player was the kind the club had been chasing.",
			},
			want: [][]string{{"Calder chief executive Otto Brenner", "technical director Otto Brenner"}},
		},
		{
			name: "a spokeswoman told in two ways and the head of the agency",
			texts: []string{
				"\"We expect the toll to rise,\" said Mira Santosa, a spokeswoman for the National Flood Relief Agency, known by its initials.",
				"\"We expect the toll to rise,\" said Mira Santosa, a spokeswoman for the country's relief agency.",
				"\"Our teams are still searching,\" said Mira Santosa, the head of the National Flood Relief Agency, adding that the toll would climb.",
			},
			want: [][]string{{"Mira Santosa, a spokeswoman for the country's relief agency", "Mira Santosa, the head of the National Flood Relief Agency"}},
		},
		{
			name: "a chief executive and a managing director",
			texts: []string{
				"Dana Pruitt, Halvern's managing director, said a review had begun.",
				"Halvern's chief executive, Dana Pruitt, said a review had begun.",
			},
		},
		{
			name: "a board's chair and the director of its own unit",
			texts: []string{
				"Library Board Chair Edwin Marlow said the branch would reopen.",
				"Library Director Edwin Marlow said the branch would reopen.",
			},
		},
		{
			name: "two portfolios held before, told after an age",
			texts: []string{
				"Takeda installed Yuko Shimizu, 58, formerly the economy minister, in place of Toshiro Kaneda.",
				"Takeda tapped Yuko Shimizu, formerly the health minister, to run the Finance Ministry.",
			},
			want: [][]string{{"Yuko Shimizu, formerly the economy minister", "Yuko Shimizu, formerly the health minister"}},
		},
		{
			name: "a shadow treasurer and a shadow minister, named by surname alone",
			texts: []string{
				"Opposition lawmakers chose Dan Whitfield, 47, a former investment banker, as their new leader on Monday. Whitfield, the shadow treasurer, defeated Sarah Kolstad by 29 votes to 24.",
				"Opposition lawmakers chose Dan Whitfield, 47, a former investment banker, as their new leader on Monday. Whitfield, the shadow defense minister, defeated Sarah Kolstad by 29 votes to 24.",
			},
			want: [][]string{{"Whitfield, the shadow defense minister", "Whitfield, the shadow treasurer"}},
		},
		{
			name: "a surname two people of the story bear",
			texts: []string{
				"Dan Whitfield and his wife, Anne Whitfield, voted on Monday. Whitfield, the shadow treasurer, said the party would win.",
				"Dan Whitfield and his wife, Anne Whitfield, voted on Monday. Whitfield, the shadow defense minister, said the party would win.",
			},
		},
		{
			name: "a spokeswoman and a spokesperson hold one post",
			texts: []string{
				"“Every time a branch comes down, it takes a line with it,” Portland General Electric spokeswoman Elena Ruiz said.",
				"Portland General Electric spokesperson Elena Ruiz said crews were working nonstop.",
			},
		},
		{
			name: "two portfolios told after \"for\"",
			texts: []string{
				"“We will not leave anyone behind,” said Helen Marsh, the minister for disabled people.",
				"“We will not leave anyone behind,” said Helen Marsh, the minister for employment.",
			},
			want: [][]string{{"Helen Marsh, the minister for disabled people", "Helen Marsh, the minister for employment"}},
		},
		{
			name: "a portfolio after \"for\" and before the post, and a kind of place after it",
			texts: []string{
				"Tony Abernethy, the federal minister for industrial relations, said the deal was fair. Owen Gatley, the rail operator's route director for the region, said trains would run.",
				"Industrial relations minister Tony Abernethy said the deal was fair. Owen Gatley, the rail operator's regional route director, said trains would run.",
			},
		},
		{
			name: "a spokesman for a council against its executive director",
			texts: []string{
				"“The water rose faster than anyone expected,” said Raul Dizon, a spokesman for the Office of Civil Defense.",
				"“The water rose faster than anyone expected,” said Raul Dizon, the executive director of the Office of Civil Defense.",
			},
			want: [][]string{{"Raul Dizon, a spokesman for the Office of Civil Defense", "Raul Dizon, the executive director of the Office of Civil Defense"}},
		},
		{
			name: "a chief superintendent and a superintendent",
			texts: []string{
				"“This was a frightening experience for the staff,” said Superintendent Declan Furlong of Dundalk Garda station.",
				"“This was a frightening experience for the staff,” Chief Superintendent Declan Furlong said.",
			},
			want: [][]string{{"Chief Superintendent Declan Furlong", "Superintendent Declan Furlong"}},
		},
		{
			name: "a portfolio of two plain words in an apposition, and its associate minister",
			texts: []string{
				"OTTAWA — Daniel Okafor, the public safety minister, resigned from the federal cabinet on Wednesday.",
				"Associate Public Safety Minister Daniel Okafor announced his resignation on Wednesday.",
			},
			want: [][]string{{"Associate Public Safety Minister Daniel Okafor", "Daniel Okafor, the public safety minister"}},
		},
		{
			name: "a portfolio of two parts after \"for\" holds the one told before the post",
			texts: []string{
				"Petros Alexiou, the minister for climate crisis and civil protection, said the fires were contained.",
				"Petros Alexiou, Greece's civil protection minister, said the fires were contained.",
			},
		},
		{
			name: "two posts left, told after the verb and \"as\", past a phrase set off by commas",
			texts: []string{
				"Representative Vanessa Cole, who has represented a district north of Atlanta since 2016, stepped down as House majority whip but will keep her seat.",
				"Rep. Vanessa Cole stepped down as House majority leader on Tuesday, according to a statement released by her office.",
			},
			want: [][]string{{"Vanessa Cole stepped down as House majority leader", "Vanessa Cole stepped down as House majority whip"}},
		},
		{
			name: "a post left and a post held are told apart",
			texts: []string{
				"Rep. Vanessa Cole stepped down as House majority whip on Tuesday.",
				"House Majority Leader Vanessa Cole said the caucus would pick a new whip.",
			},
		},
		{
			name: "a director of a portfolio and its deputy director",
			texts: []string{
				"“Measles is not a mild illness,” said Dr. Hannah Price, Coventry's director of public health.",
				"“Measles is not a mild illness,” said Hannah Price, deputy director of public health for Coventry.",
			},
			want: [][]string{{"Hannah Price, Coventry's director of public health", "Hannah Price, deputy director of public health"}},
		},
		{
			name: "a chief of staff told after the name and before it",
			texts: []string{
				"Rahm Emanuel, the chief of staff, met the senators on Tuesday.",
				"White House Chief of Staff Rahm Emanuel met the senators on Tuesday.",
			},
		},
		{
			name: "two portfolios a minister's title names, known or not",
			texts: []string{
				"Environment Minister Claire Donnelly said the expansion had been approved subject to 32 conditions.",
				"Resources Minister Claire Donnelly said the expansion had been approved subject to 32 conditions.",
			},
			want: [][]string{{"Environment Minister Claire Donnelly", "Resources Minister Claire Donnelly"}},
		},
		{
			name: "a department's initials and its name before a secretary's title",
			texts: []string{
				"DHS Secretary Alan Drury said the agency would review its response.",
				"Homeland Security Secretary Alan Drury said the agency would review its response.",
			},
		},
		{
			name: "a country's people before a minister's title",
			texts: []string{
				"Indonesian Minister Dewi Anggraini said the talks would resume.",
				"Defense Minister Dewi Anggraini said the talks would resume.",
			},
		},
		{
			name: "two offices named with General",
			texts: []string{
				"Attorney General Dana Whitfield of Oregon said the state was reviewing the decision.",
				"Solicitor General Dana Whitfield, who argued the case for Oregon, said the state was reviewing its options.",
			},
			want: [][]string{{"Attorney General Dana Whitfield", "Solicitor General Dana Whitfield"}},
		},
		{
			name: "General after a grade is a grade",
			texts: []string{
				"Brig. General Dana Whitfield said the troops would stay.",
				"Brig. Gen. Dana Whitfield said the troops would stay.",
			},
		},
		{
			name: "a board's chair and the chief executive",
			texts: []string{
				"Halvorsen Chairman Marcus Lindqvist said the deal would close this year.",
				"Marcus Lindqvist, Halvorsen's chief executive, said the deal would close this year.",
			},
			want: [][]string{{"Halvorsen Chairman Marcus Lindqvist", "Marcus Lindqvist, Halvorsen's chief executive"}},
		},
		{
			name: "a report that gives both posts, before the name or after it",
			texts: []string{
				"Halvorsen Chairman Marcus Lindqvist said the deal would close this year.",
				"Marcus Lindqvist, Halvorsen's chief executive, said the deal would close this year.",
				"Chairman and Chief Executive Marcus Lindqvist said the deal would close this year.",
			},
		},
		{
			name: "both posts in an apposition",
			texts: []string{
				"Halvorsen Chairman Marcus Lindqvist said the deal would close this year.",
				"Marcus Lindqvist, Halvorsen's chief executive, said the deal would close this year.",
				"Marcus Lindqvist, Halvorsen's chairman and chief executive, said the deal would close.",
			},
		},
		{
			name: "a deputy of one portfolio and the minister of another, of a country and its people",
			texts: []string{
				"Paraguayan Deputy Finance Minister Lorena Giménez said the talks would resume.",
				"Paraguay's trade minister, Lorena Giménez, said the talks would resume.",
			},
			want: [][]string{{"Paraguay's trade minister Lorena Giménez", "Paraguayan Deputy Finance Minister Lorena Giménez"}},
		},
		{
			name: "a deputy prime minister may hold a portfolio",
			texts: []string{
				"Deputy Prime Minister Ruud Verbeek said the coalition had collapsed.",
				"Finance Minister Ruud Verbeek said the coalition had collapsed.",
			},
		},
		{
			name: "a title with its place after to, set off before the name or not",
			texts: []string{
				"Speaking for Washington, the American ambassador to the United Nations, Carolyn Mercer, said the vote was overdue.",
				"U.S. Ambassador to the U.N. Carolyn Mercer said the vote was overdue.",
				"U.S. Deputy Ambassador Carolyn Mercer said the vote was overdue.",
			},
			want: [][]string{{"U.S. Deputy Ambassador Carolyn Mercer", "the American ambassador to the United Nations, Carolyn Mercer"}},
		},
		{
			name: "a place after to that no title stands before",
			texts: []string{
				"A letter to the Piedmont region from Alberto Ferri asked for aid.",
				"Regional President Alberto Ferri asked for aid.",
			},
		},
		{
			name: "a police post and a civil one, told before the name and after it with where it is held",
			texts: []string{
				"Mohammad Kamrul Hasan, the local district commissioner, said about 110 people were rescued.",
				"About 110 people were rescued, according to Mohammad Kamrul Hasan, the police superintendent in Chandpur.",
				"About 110 people were rescued, according to police superintendent Mohammad Kamrul Hasan.",
			},
			want: [][]string{{"Mohammad Kamrul Hasan, the local district commissioner", "Mohammad Kamrul Hasan, the police superintendent"}},
		},
		{
			name: "a post of the police, capitalised, and a civil one",
			texts: []string{
				"Police Superintendent Mohammad Rafiqul Islam said 40 people were missing.",
				"The district administrator, Mohammad Rafiqul Islam, said 40 people were missing.",
			},
			want: [][]string{{"Police Superintendent Mohammad Rafiqul Islam", "administrator Mohammad Rafiqul Islam"}},
		},
		{
			name: "a post told by the verb of holding it, and its deputy's",
			texts: []string{
				"Rita Ames, who chairs the council's budget committee, said the plan was sound.",
				"Rita Ames, vice chair of the council's budget committee, said the plan was sound.",
			},
			want: [][]string{{"Rita Ames, vice chair", "Rita Ames, who chairs"}},
		},
		{
			name: "a post told by the verb of holding it, and the same post",
			texts: []string{
				"Rita Ames, who chairs the council's budget committee, said the plan was sound.",
				"Rita Ames, chair of the council's budget committee, said the plan was sound.",
			},
		},
		{
			name: "a police force's spokeswoman and one of its sergeants",
			texts: []string{
				"Maria Delgado, a State Police spokeswoman, said the road was closed.",
				"State Police Sgt. Maria Delgado said the road was closed.",
			},
		},
		{
			name: "two portfolios held before, one after an age in words",
			texts: []string{
				"The assembly confirmed Kim Seong-hoon, a former finance minister, as prime minister.",
				"Kim Seong-hoon, a 61-year-old former trade minister, was confirmed by a vote of 178 to 101.",
			},
			want: [][]string{{"Kim Seong-hoon, a former finance minister", "Kim Seong-hoon, a former trade minister"}},
		},
		{
			name: "a county's sheriff and its fire chief",
			texts: []string{
				"Sheriff Dale Pruitt of Morrow County said none of the tank cars carrying chemicals had been breached.",
				"Morrow County Fire Chief Dale Pruitt said none of the tank cars carrying chemicals were breached.",
			},
			want: [][]string{{"Morrow County Fire Chief Dale Pruitt", "Sheriff Dale Pruitt"}},
		},
		{
			name: "a governor and a mayor, and a minister and a spokesman",
			texts: []string{
				"Gov. Renata Lopes said the state had asked for federal help. Civil Defense Minister Tomas Arruda said 600 soldiers were deployed.",
				"Mayor Renata Lopes said the state had asked for federal help. Civil defense spokesman Tomas Arruda said 600 soldiers were deployed.",
			},
			want: [][]string{{"Gov. Renata Lopes", "Mayor Renata Lopes"}, {"Civil Defense Minister Tomas Arruda", "Civil defense spokesman Tomas Arruda"}},
		},
		{
			name: "a party's spokeswoman who is a lawmaker, and a spokeswoman for a governor",
			texts: []string{
				"Labour's housing spokeswoman Aine Rourke said the plan came too late. A spokeswoman for the governor, Carla Reyes, declined to comment.",
				"Labour lawmaker Aine Rourke said the plan came too late. Gov. Carla Reyes declined to comment.",
			},
		},
		{
			name: "two offices of one state, both held before",
			texts: []string{
				"The Senate on Tuesday confirmed Marcus Whitfield, a former Oklahoma attorney general and Army veteran, as secretary.",
				"The Senate on Tuesday confirmed Marcus Whitfield, a former Oklahoma lieutenant governor and combat veteran.",
			},
			want: [][]string{{"Marcus Whitfield, a former Oklahoma attorney general", "Marcus Whitfield, a former Oklahoma lieutenant governor"}},
		},
		{
			name: "a company's two officers, one named in lower case before the name",
			texts: []string{
				"\"Our first priority is patient safety,\" Dr. Angela Ruiz, the hospital's chief executive, said at a news briefing.",
				"\"Our first priority is patient safety,\" said chief medical officer Dr. Angela Ruiz.",
			},
			want: [][]string{{"Angela Ruiz, the hospital's chief executive", "chief medical officer Dr. Angela Ruiz"}},
		},
		{
			name: "an officer named by the field's noun",
			texts: []string{
				"The bank's chief financial officer, Katrin Lenz, resigned in March.",
				"Finance chief Katrin Lenz resigned in March.",
			},
		},
		{
			name: "two portfolios of one commission, one body written in full and by its initials",
			texts: []string{
				"\"The rules are clear,\" Anneke Voss, the European Union's competition commissioner, told reporters.",
				"EU digital commissioner Anneke Voss said the decision followed a two-year probe.",
				"EU competition commissioner Anneke Voss announced the decision in Strasbourg.",
			},
			want: [][]string{{"Anneke Voss, the European Union's competition commissioner", "EU digital commissioner Anneke Voss"}},
		},
		{
			name: "one portfolio, one body written two ways",
			texts: []string{
				"\"The rules are clear,\" Anneke Voss, the European Union's competition commissioner, told reporters.",
				"EU competition commissioner Anneke Voss announced the decision in Strasbourg.",
			},
		},
		{
			name: "a minister and a police chief",
			texts: []string{
				"Interior Minister Joseph Mwangi said in a televised statement that the security forces had acted lawfully.",
				"Inspector General of Police Joseph Mwangi defended the response of the security forces.",
			},
			want: [][]string{{"Inspector General of Police Joseph Mwangi", "Interior Minister Joseph Mwangi"}},
		},
		{
			name: "a minister who was a governor",
			texts: []string{
				"Interior Minister Joseph Mwangi said the security forces had acted lawfully.",
				"Joseph Mwangi, a former governor of Nakuru, defended the security forces.",
			},
		},
		{
			name: "a secretary of state, his title cut in another report",
			texts: []string{
				"Secretary of State Mike Pompeo said the talks would go on.",
				"Mike Pompeo, the president's second secretary of state, said the talks would go on.",
			},
		},
		{
			name: "a rank in lower case before a capitalised title, set off by a comma",
			texts: []string{
				"The scheme was brazen, an assistant U.S. attorney, Dana Whitlow, told jurors on Wednesday.",
				"Assistant U.S. Attorney Dana Whitlow told the jury the scheme was brazen.",
			},
		},
		{
			name: "a title and its short form",
			texts: []string{
				"House Speaker Dale Brinkerhoff said the Legislature had kept its promise.",
				"“People should not be taxed out of a house,” said Speaker Dale Brinkerhoff, a Republican from Hutchinson.",
			},
		},
		{
			name: "offices of two places",
			texts: []string{
				"Former Texas Gov. Rick Perry spoke first.",
				"Rick Perry, a former Oklahoma senator, spoke first.",
			},
		},
		{
			name: "offices held at two times",
			texts: []string{
				"Former Texas Gov. Rick Perry spoke first.",
				"Texas Sen. Rick Perry spoke first.",
			},
		},
		{
			name: "CEO and chief executive, a rank word of its own, a preposition, two jobs",
			texts: []string{
				"Andrew Feldman, SeaMicro CEO, said the deal closed. Deputy Sgt. Hoyt Teasley arrived. Police inspector Dave Gaskin spoke. Reforms began under President Kurbanguly Berdymukhamedov.",
				"SeaMicro Chief Executive Andrew Feldman said the deal closed. Sgt. Hoyt Teasley arrived. Police spokesman Dave Gaskin spoke. President Kurbanguly Berdymukhamedov began reforms.",
			},
		},
		{
			name: "a company's chief executive and its chief financial officer",
			texts: []string{
				"“This is about scale,” said Gregory Linton, Harvest's chief executive, in an interview.",
				"Harvest Chief Financial Officer Gregory Linton pitched the deal as a win for shoppers.",
				"Harvest's chief executive, Gregory Linton, said the deal is about scale.",
			},
			want: [][]string{{"Gregory Linton, Harvest's chief executive", "Harvest Chief Financial Officer Gregory Linton"}},
		},
		{
			name: "two ranks of one officer",
			texts: []string{
				"Lt. Dana Poole, a spokeswoman for the Highway Patrol, said the road was dry.",
				"The bus overturned around 6:15 p.m., according to Tennessee Highway Patrol Sgt. Dana Poole.",
			},
			want: [][]string{{"Lt. Dana Poole", "Tennessee Highway Patrol Sgt. Dana Poole"}},
		},
		{
			name: "two grades, one with a rank word before it",
			texts: []string{
				"The president named retired Gen. Ernesto Salcedo as defense secretary.",
				"The Philippines on Tuesday installed retired Vice Adm. Ernesto Salcedo, a former navy chief, as its new defense secretary.",
			},
			want: [][]string{{"Gen. Ernesto Salcedo", "Vice Adm. Ernesto Salcedo"}},
		},
		{
			name: "one grade, with a rank word before it in one report",
			texts: []string{
				"Adm. Ernesto Salcedo spoke.",
				"Rear Adm. Ernesto Salcedo spoke.",
			},
		},
		{
			name: "a grade a rank word makes and the grade it is made of",
			texts: []string{
				"Lt. Col. Dana Poole spoke.",
				"Col. Dana Poole spoke.",
			},
			want: [][]string{{"Col. Dana Poole", "Lt. Col. Dana Poole"}},
		},
		{
			name: "two portfolios, one title naming the country",
			texts: []string{
				"The agreement was signed by Foreign Minister Dewi Anggraini of Indonesia and Foreign Minister Hafiz Rahman of Malaysia.",
				"Indonesian Defense Minister Dewi Anggraini and Malaysian Foreign Minister Hafiz Rahman signed the document.",
			},
			want: [][]string{{"Foreign Minister Dewi Anggraini", "Indonesian Defense Minister Dewi Anggraini"}},
		},
		{
			name: "two posts of one body, named by its possessive",
			texts: []string{
				"“This is the moment we have waited six years for,” said Hiroshi Tanabe, the mission's project manager.",
				"“This is the moment we have waited six years for,” said Hiroshi Tanabe, the mission's chief scientist.",
			},
			want: [][]string{{"Hiroshi Tanabe, the mission's chief scientist", "Hiroshi Tanabe, the mission's project manager"}},
		},
		{
			name: "a company's two officers, one title naming the company",
			texts: []string{
				"Pritam Sethi, the chief financial officer, said the company expected revenue to grow.",
				"Pritam Sethi, Halvorsen's chief operating officer, said the company expects revenue to grow.",
			},
			want: [][]string{{"Pritam Sethi, Halvorsen's chief operating officer", "Pritam Sethi, the chief financial officer"}},
		},
		{
			name: "a founder holds a post too",
			texts: []string{
				"“We are proud of the team,” said Ann Lee, the company's founder.",
				"“We are proud of the team,” said Ann Lee, the company's chief executive.",
			},
		},
		{
			name: "what a person was, told beside what they are",
			texts: []string{
				"Its leader, Nikola Grubišić, a former justice minister, said his party would wait.",
				"Most leader Nikola Grubišić, a former interior minister, has signaled he will demand tougher laws.",
			},
			want: [][]string{{"Nikola Grubišić, a former interior minister", "Nikola Grubišić, a former justice minister"}},
		},
		{
			name: "a report that gives two offices tells a career",
			texts: []string{
				"Former Oklahoma Attorney General Marcus Whitfield, later Oklahoma Lt. Gov. Marcus Whitfield, spoke.",
				"Marcus Whitfield, a former Oklahoma attorney general, spoke.",
			},
		},
		{
			name: "two portfolios, one held beside another, and a title that takes no side",
			texts: []string{
				"The Liberal Greens, led by Deputy Prime Minister and Labor Minister Jana Vlckova, quit the coalition over pensions.",
				"The walkout over pensions was led by Finance Minister Jana Vlckova, whose party had been in the coalition.",
				"Jana Vlckova, the party's leader, said the pension overhaul had been pushed through cabinet.",
			},
			want: [][]string{{"Finance Minister Jana Vlckova", "Labor Minister Jana Vlckova"}},
		},
		{
			name: "a company's two officers, neither title naming the company",
			texts: []string{
				"CEO Mikael Laaksonen called the job cuts painful but necessary.",
				"Chief Financial Officer Mikael Laaksonen told analysts the job cuts were necessary.",
			},
			want: [][]string{{"CEO Mikael Laaksonen", "Chief Financial Officer Mikael Laaksonen"}},
		},
		{
			name: "a principal deputy is a deputy",
			texts: []string{
				"The White House press secretary, Megan Castellano, said the tariffs would start in May.",
				"Principal deputy press secretary Megan Castellano said the tariffs would start in May.",
			},
			want: [][]string{{"Principal deputy press secretary Megan Castellano", "The White House press secretary Megan Castellano"}},
		},
		{
			name: "a portfolio in the plural",
			texts: []string{
				"Finance Minister K. Suresh Nair said the party would form the government.",
				"Industries Minister K. Suresh Nair said the party would form the government.",
			},
			want: [][]string{{"Finance Minister K. Suresh Nair", "Industries Minister K. Suresh Nair"}},
		},
		{
			name: "an honorific beside a post",
			texts: []string{
				"Dr. Amit Shah, the race's medical director, said the heat was a concern.",
				"Amit Shah, the race's executive director, said the heat was a concern.",
			},
			want: [][]string{{"Amit Shah, the race's executive director", "Amit Shah, the race's medical director"}},
		},
		{
			name: "a prosecutor and a police chief in lower case",
			texts: []string{
				"The raid took less than 10 minutes, the Lyon prosecutor, Nicolas Ferrand, told reporters.",
				"The loot is worth an estimated 3.5 million euros, according to Lyon police chief Nicolas Ferrand.",
			},
			want: [][]string{{"Lyon police chief Nicolas Ferrand", "Lyon prosecutor Nicolas Ferrand"}},
		},
		{
			name: "a city councilor and a state senator",
			texts: []string{
				"Elena Cordova won the runoff, defeating Marcus Hale, a city councilor, in a race dominated by crime.",
				"Cordova won about 54 percent of the vote, defeating Marcus Hale, a state senator who had promised more police.",
			},
			want: [][]string{{"Marcus Hale, a city councilor", "Marcus Hale, a state senator"}},
		},
		{
			name: "two posts of a chamber's leadership",
			texts: []string{
				"“We have waited 17 years for this,” said Senate Majority Leader Renee Calloway, who negotiated the final version.",
				"“We have waited 17 years for this,” said Senate President Pro Tempore Renee Calloway.",
			},
			want: [][]string{{"Senate Majority Leader Renee Calloway", "Senate President Pro Tempore Renee Calloway"}},
		},
		{
			name: "a chamber's post told twice",
			texts: []string{
				"“We have waited 17 years for this,” said Senate Majority Leader Renee Calloway.",
				"“We have waited 17 years for this,” said Majority Leader Renee Calloway.",
			},
			want: nil,
		},
		{
			name: "a professor in two fields, beside another title",
			texts: []string{
				"Lead author Dr. Hannah Lindqvist, a professor of epidemiology at the University of Gothenburg, said the findings should reassure people.",
				"\"The message is encouraging,\" said lead author Dr. Hannah Lindqvist, a professor of neurology at the University of Gothenburg in Sweden.",
			},
			want: [][]string{{"Hannah Lindqvist, a professor of epidemiology", "Hannah Lindqvist, a professor of neurology"}},
		},
		{
			name: "a professor of two fields and of one",
			texts: []string{
				"Hannah Lindqvist, a professor of medicine and epidemiology at the University of Gothenburg, led the study.",
				"Hannah Lindqvist, a professor of epidemiology at the University of Gothenburg, led the study.",
			},
			want: nil,
		},
		{
			name: "a spokeswoman and a head",
			texts: []string{
				"Rina Kartika, a spokeswoman, said search teams were working around the clock.",
				"Rina Kartika, the agency's director, said search teams were working around the clock.",
			},
			want: [][]string{{"Rina Kartika, a spokeswoman", "Rina Kartika, the agency's director"}},
		},
		{
			name: "a spokeswoman and a communications director",
			texts: []string{
				"Rina Kartika, a spokeswoman, said search teams were working around the clock.",
				"Rina Kartika, the agency's communications director, said search teams were working around the clock.",
			},
			want: nil,
		},
		{
			name: "two junior ministers",
			texts: []string{
				"The new chief whip is Daniel Okafor, a junior Treasury minister, who was promoted on Monday.",
				"The new chief whip is Daniel Okafor, a junior Home Office minister, who was promoted on Monday.",
			},
			want: [][]string{{"Daniel Okafor, a junior Home Office minister", "Daniel Okafor, a junior Treasury minister"}},
		},
		{
			name: "two benches",
			texts: []string{
				"U.S. District Judge Maria Feldman set sentencing for June 12.",
				"U.S. Magistrate Judge Maria Feldman set sentencing for June 12.",
			},
			want: [][]string{{"U.S. District Judge Maria Feldman", "U.S. Magistrate Judge Maria Feldman"}},
		},
		{
			name: "seats in two chambers",
			texts: []string{
				"The bill's sponsor, Senator Marla Quist, said families had waited long enough.",
				"The bill, led by Rep. Marla Quist, D-Minn., would replenish the relief fund.",
			},
			want: [][]string{{"Rep. Marla Quist", "Senator Marla Quist"}},
		},
		{
			name: "two grades of a police force",
			texts: []string{
				"Detective Superintendent Niamh Costello told the court the suspect had made no reply.",
				"Detective Inspector Niamh Costello told the court the suspect had made no reply.",
			},
			want: [][]string{{"Detective Inspector Niamh Costello", "Detective Superintendent Niamh Costello"}},
		},
		{
			name: "a body's chairman and its secretary",
			texts: []string{
				"The results were announced by the Election Commission's chairman, Sunil Jayawardena, who said the vote had been peaceful.",
				"Turnout stood at 63 percent, said Sunil Jayawardena, the commission's secretary.",
			},
			want: [][]string{{"Election Commission's chairman Sunil Jayawardena", "Sunil Jayawardena, the commission's secretary"}},
		},
		{
			name: "a police grade and an inspector general",
			texts: []string{
				"Inspector Niamh Costello told the court the suspect had made no reply.",
				"Inspector General Niamh Costello told the court the suspect had made no reply.",
			},
		},
		{
			name: "a senator who served in the lower chamber before",
			texts: []string{
				"The bill's sponsor, Senator Marla Quist, said families had waited long enough.",
				"The bill was led by Marla Quist, a former representative who won her Senate seat in 2022.",
			},
			want: nil,
		},
		{
			name: "a bench and a judge",
			texts: []string{
				"U.S. District Judge Maria Feldman set sentencing for June 12.",
				"Judge Maria Feldman set sentencing for June 12.",
			},
			want: nil,
		},
		{
			name: "a county commissioner, and a commissioner after a verb's form",
			texts: []string{
				"“We lost the prison,” said Roy Dempsey, a county commissioner who voted for the zoning change.",
				"Supporters, including Commissioner Roy Dempsey, point to the roughly 400 jobs the company has promised.",
			},
			want: nil,
		},
		{
			name: "a mayor and the city manager",
			texts: []string{
				"Mayor Rosalind Achterberg said the pool would reopen in June.",
				"City Manager Rosalind Achterberg said the pool would reopen in June.",
			},
			want: [][]string{{"City Manager Rosalind Achterberg", "Mayor Rosalind Achterberg"}},
		},
		{
			name: "a superintendent and the school board's chair",
			texts: []string{
				"Superintendent Owen Halvorsen told parents the buses would run late.",
				"School board chairman Owen Halvorsen told parents the buses would run late.",
			},
			want: [][]string{{"Superintendent Owen Halvorsen", "chairman Owen Halvorsen"}},
		},
		{
			name: "judges of two benches",
			texts: []string{
				"Immigration Judge Tomasz Wierzbicki ordered the student released.",
				"U.S. District Judge Tomasz Wierzbicki ordered the student released.",
			},
			want: [][]string{{"Immigration Judge Tomasz Wierzbicki", "U.S. District Judge Tomasz Wierzbicki"}},
		},
		{
			name: "a sheriff and a chief deputy",
			texts: []string{
				"Sheriff Corwin Babcock said the deputy was recovering.",
				"Chief Deputy Corwin Babcock said the deputy was recovering.",
			},
			want: [][]string{{"Chief Deputy Corwin Babcock", "Sheriff Corwin Babcock"}},
		},
		{
			name: "a fire chief and a battalion chief",
			texts: []string{
				"Fire Chief Idris Montague said the blaze started in the kitchen.",
				"Battalion Chief Idris Montague said the blaze started in the kitchen.",
			},
			want: [][]string{{"Battalion Chief Idris Montague", "Fire Chief Idris Montague"}},
		},
		{
			name: "a district attorney and a deputy, the post written in either case",
			texts: []string{
				"“We will seek the maximum,” said Priya Olander, a deputy district attorney.",
				"“We will seek the maximum,” said Priya Olander, the Tulare County district attorney.",
				"Deputy District Attorney Priya Olander said the state would seek the maximum.",
			},
			want: [][]string{{"Priya Olander, a deputy district attorney", "Priya Olander, the Tulare County district attorney"}},
		},
		{
			name: "a board's chairwoman and its vice chair",
			texts: []string{
				"Wilhelmina Fairbanks, the board's chairwoman, called the vote.",
				"Vice Chair Wilhelmina Fairbanks called the vote.",
			},
			want: [][]string{{"Vice Chair Wilhelmina Fairbanks", "Wilhelmina Fairbanks, the board's chairwoman"}},
		},
		{
			name: "the head of a body and its deputy head, told after \"of\"",
			texts: []string{
				"“We will not accept this,” said Ottilie Brandauer, head of the dockers' council.",
				"“We will not accept this,” said Ottilie Brandauer, deputy head of the dockers' council.",
			},
			want: [][]string{{"Ottilie Brandauer, deputy head of the dockers' council", "Ottilie Brandauer, head of the dockers' council"}},
		},
		{
			name: "a captain and a service's chief",
			texts: []string{
				"Cal Fire Capt. Teodoro Valdivia said the crews held the line.",
				"Cal Fire Battalion Chief Teodoro Valdivia said the crews held the line.",
			},
			want: [][]string{{"Cal Fire Battalion Chief Teodoro Valdivia", "Cal Fire Capt. Teodoro Valdivia"}},
		},
		{
			name: "two offices of a state",
			texts: []string{
				"Prosecutors said Lowell Carraway, the former state treasurer, steered contracts to friends.",
				"Prosecutors said Lowell Carraway, the former state auditor, steered contracts to friends.",
			},
			want: [][]string{{"Lowell Carraway, the former state auditor", "Lowell Carraway, the former state treasurer"}},
		},
		{
			name: "a county's treasurer and its controller",
			texts: []string{
				"Prosecutors said Lowell Carraway, the former Dauphin County treasurer, steered contracts to friends.",
				"Prosecutors said Lowell Carraway, the former Dauphin County controller, steered contracts to friends.",
			},
			want: [][]string{{"Lowell Carraway, the former Dauphin County controller", "Lowell Carraway, the former Dauphin County treasurer"}},
		},
		{
			name: "a museum's curator told twice",
			texts: []string{
				"The frames were cut, said the museum's curator, Lena Ostrow.",
				"The thieves cut the frames, the museum's curator, Lena Ostrow, said.",
			},
		},
		{
			name: "a minister and a junior minister of State of one portfolio",
			texts: []string{
				"Minister for Health Orla Keane said the plan would be published in March.",
				"Minister of State for Health Orla Keane said the plan would be published in March.",
			},
			want: [][]string{{"Minister for Health Orla Keane", "Minister of State for Health Orla Keane"}},
		},
		{
			name: "a minister's portfolio before the title and after it",
			texts: []string{
				"Minister for Health Orla Keane said the plan would be published in March.",
				"Health Minister Orla Keane said the plan would be published in March.",
			},
		},
		{
			name: "two offices of a state, one of two words",
			texts: []string{
				"The governor appointed Dane Okafor, 52, a former state attorney general, to the seat.",
				"The governor named Dane Okafor, 52, a former state treasurer, to the seat.",
			},
			want: [][]string{{"Dane Okafor, a former state attorney general", "Dane Okafor, a former state treasurer"}},
		},
		{
			name: "a state's attorney general and its prosecutor",
			texts: []string{
				"The victims were held for five weeks, said Ramon Ibarra Solis, the state attorney general.",
				"State prosecutor Ramon Ibarra Solis said the ringleader was among those detained.",
			},
		},
		{
			name: "a deputy chief named later by the short form of the title, against the chief",
			texts: []string{
				"The fire began after midnight, according to Deputy Fire Chief Oswin Pelletier. “We had it surrounded by dawn,” Chief Pelletier said.",
				"The fire began after midnight, said Fire Chief Oswin Pelletier.",
			},
			want: [][]string{{"Deputy Fire Chief Oswin Pelletier", "Fire Chief Oswin Pelletier"}},
		},
		{
			name: "a city councilman and a county supervisor, both before",
			texts: []string{
				"The challenger, Anselmo Quiroga, a former city councilman, raised $2 million.",
				"The challenger, Anselmo Quiroga, a former county supervisor, raised $2 million.",
			},
			want: [][]string{{"Anselmo Quiroga, a former city councilman", "Anselmo Quiroga, a former county supervisor"}},
		},
		{
			name: "a city's spokeswoman and its chief information officer",
			texts: []string{
				"“No data was lost,” said Imelda Rautio, a city spokeswoman.",
				"“No data was lost,” said the city's chief information officer, Imelda Rautio.",
			},
			want: [][]string{{"Imelda Rautio, a city spokeswoman", "chief information officer Imelda Rautio"}},
		},
		{
			name: "a city manager told in either case",
			texts: []string{
				"City Manager Rosalind Achterberg said the pool would reopen in June.",
				"“It will reopen in June,” said Rosalind Achterberg, the city manager.",
			},
		},
		{
			name: "a company's officers, each told with the body after \"of\"",
			texts: []string{
				"A Halden court on Friday convicted Gordon Vale, the former chief operating officer of a bankrupt shipping line, in a scheme that cost savers $31 million.",
				"Gordon Vale, the former chief executive of a bankrupt shipping line, was found guilty of fraud.",
			},
			want: [][]string{{"Gordon Vale, the former chief executive of a bankrupt shipping line", "Gordon Vale, the former chief operating officer of a bankrupt shipping line"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			got := variantTexts(titleDiscrepancies(arts, entities.Extract(arts).Entities, nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("titleDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBodyOffice is a role of a named body, keyed as rolesBefore keys it.
func TestBodyOffice(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Acme chairwoman Denise Farrow resigned.", "Denise Farrow", true},
		{"Green Forward leader Rasmus Kõiv spoke.", "Rasmus Kõiv", true},
		{"Acme spokeswoman Denise Farrow resigned.", "Denise Farrow", false},
	} {
		rs, _ := rolesBefore(tc.text, tc.name)
		if got := slices.ContainsFunc(rs, bodyOffice); got != tc.want {
			t.Errorf("%q: roles %v, an office of a body %v, want %v", tc.text, rs, got, tc.want)
		}
	}
}

func TestTitledSurname(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"Whitfield, the shadow treasurer, defeated Kolstad.", "Whitfield", true},
		{"\"We will rebuild,\" Chief Bramley said.", "Bramley", true},
		{"The vote went to Whitfield on Monday.", "Whitfield", false},
		{"Whitfield said the party would win.", "Whitfield", false},
	}
	for _, tc := range tests {
		if got := titledSurname(tc.s, tc.w); got != tc.want {
			t.Errorf("titledSurname(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}
