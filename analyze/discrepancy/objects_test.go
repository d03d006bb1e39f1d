package discrepancy

import (
	"strings"
	"testing"

	"crosscheck/internal/textproc"
)

// TestObjectClaims checks that a deed told in the active voice answers
// its denial, told in either voice, and that what only looks like one
// does not.
func TestObjectClaims(t *testing.T) {
	tests := []claimCase{
		{"a kind of weapon found where none was", "Police said a handgun was recovered at the scene.", "Police said no weapon was found at the scene.", true},
		{"an active deed and a plural denial", "Investigators said no weapons were found at the home.", "Officers arrested the teen and recovered a rifle from his home.", true},
		{"a deed denied in the perfect", "A police commander said officers had not fired tear gas.", "Police fired tear gas after fans forced open a gate.", true},
		{"a deed denied with without", "The protest ended without police firing tear gas.", "Police fired tear gas to push back the crowd.", true},
		{"a deed denied with did not", "Police did not use tear gas.", "Riot police used tear gas to disperse the march.", true},
		{"a weapon used, told as fired", "The police did not use tear gas, the ministry said.", "Officers fired tear gas and rubber bullets at the crowd.", true},
		{"someone fired, not a weapon", "The club did not use the striker on Sunday.", "The club fired its coach on Sunday.", false},
		{"a passive after a modal", "The superintendent said no teachers would be laid off.", "About 30 teachers will be laid off.", true},
		{"a kind of agreement", "The two governments signed a memorandum of understanding on minerals.", "But no agreement was signed Tuesday.", true},
		{"a passive after its noun", "Labour did not request a recount.", "He won after a recount requested by Labour.", true},
		{"a tax kept and raised", "The budget leaves the provincial sales tax unchanged.", "The budget raises the provincial sales tax by one percentage point.", true},
		{"funding kept flat and cut", "It keeps funding for the state's three public universities flat.", "It cuts funding for the state's three public universities by $45 million.", true},
		{"no tax increases", "The plan contains no tax increases.", "The plan raises the sales tax to 8 percent.", true},
		{"a resignation refused and done", "Speaking to reporters, Mr. Hradil said he would not resign.", "Prime Minister Tomas Hradil submitted his resignation Wednesday.", true},

		// A named side's stance on a measure (stances.go).
		{"a party for and against a bill", "The House passed the bill 201 to 131. The Bloc Québécois supported the bill after the government agreed to amendments.",
			"The House passed the bill 201 to 131. The Bloc Québécois voted against the bill, arguing it trampled on provincial powers.", true},
		{"backed and opposed, the object qualified", "Democrats largely backed the spending plan on Tuesday, aides said.", "Democrats opposed the spending plan on Tuesday, aides said.", true},
		{"a party named by the word before Party, and one of two sides named together, on the measure and on it", "The center-left Labour Party backed the bill after the government agreed to add protections for tenants.",
			"Labour and the Social Democrats voted against it, as did Sinn Féin.", true},
		{"some of a side against it, some for it", "Most Republicans voted against it, though 94 crossed the aisle.", "Ninety-four Republicans voted for the bill.", false},
		{"two sides, two stances", "Democrats backed the spending plan on Tuesday, aides said.", "Republicans opposed the spending plan on Tuesday, aides said.", false},
		{"one stance told twice", "The Greens voted for the motion on Thursday.", "The Greens supported the motion on Thursday.", false},
		{"a change of stance in one report", "The Greens initially opposed the motion but later backed the motion after changes.", "The Greens opposed the motion on Thursday.", false},
		{"a trace of a thing found and the thing not detected", "The researchers did not detect carbon dioxide or methane in the atmosphere.", "The researchers also found traces of carbon dioxide, though that signal was weaker.", true},
		{"a passive denied in a clause joined after a comma", "Firefighters stopped the flames at the edge of the village, and a nursing home in the village was not evacuated, officials said.", "Police evacuated a nursing home in the village as the flames approached.", true},
		{"a measure that would change nothing and one that would loosen it", "The proposal would not alter limits on acid gases, officials said.", "The proposal would also loosen limits on acid gases, according to a summary.", true},
		{"a measure that would loosen one thing and not alter another", "The proposal would not alter limits on acid gases, officials said.", "The proposal would also loosen rules on coal ash, according to a summary.", false},
		{"a donation returned and kept", "The committee has not returned the donation, a spokesman said on Friday.", "Officials said the committee returned the donation to the developer last week.", true},
		{"a call not returned and a donation returned", "The developer did not return calls seeking comment on Friday.", "Officials said the committee returned the donation to the developer last week.", false},
		{"a refusal said in a statement, and a resignation tendered", "Mr. Macaraeg has denied wrongdoing and said in a statement that he would not resign.", "Commission chairman Renato Macaraeg tendered his resignation late Monday.", true},
		{"custody lasting and a release", "Dale Henshaw, 58, was arrested Saturday. He remained in custody Sunday afternoon.", "Henshaw was released on $15,000 bail on Sunday.", true},
		{"a leave lasting and a return", "Officer Demarco, who has been with the department for 11 years, remains on paid administrative leave.", "Demarco has since returned to patrol duty.", true},
		{"service suspended and restored", "Service on the line between Milan and Piacenza remained suspended on Thursday.", "Trenord restored limited service on the line early Thursday.", true},
		{"a stay in hospital and a release", "The driver remained hospitalized Saturday in critical condition.", "The driver was released from the hospital Saturday.", true},
		{"a release after a stay, in one report", "The driver remained hospitalized Saturday. The driver was released on Sunday.", "The driver was released from the hospital Sunday.", false},
		{"a denial with an adjective before its noun", "No hazardous readings were detected outside the plant.", "Hazardous readings were detected near the school.", true},
		{"two denials in two words", "Officials found no dangerous readings in the air.", "No hazardous readings were detected outside the plant.", false},
		{"none of them found, and not found", "He said none of the coins had yet been recovered.", "A spokesman said the stolen coins had not been found.", false},
		{"a participle before a noun", "He was convicted of steering inflated contracts to a friend.", "He was convicted of approving inflated, no-bid contracts.", false},
		{"a denial of one kind of a thing", "He scored a touchdown the following week against Atlanta.", "He has not scored a rushing touchdown this season.", false},
		{"what a lawyer must prove", "Timmons pulled the trigger, a witness testified.", "His lawyer has a tough job in proving that his client did not pull the trigger.", false},
		{"no signs of something", "AMD has signed an agreement to acquire SeaMicro.", "The web is showing no signs of slowing down.", false},
		{"an adjective before a judge's ruling", "The court set aside a lower court judge's decision.", "The appeals court acted after freezing a federal judge's block of the law.", false},
		{"a thing's act told and denied", "The alarm sounded at 3:42 a.m., police said.", "The museum's alarm never sounded, police said.", true},
		{"a thing's act denied with did not", "The alarm sounded at 3:42 a.m., police said.", "The alarm did not sound, police said.", true},
		{"how a thing looked, not what it did", "He said the shooting appeared to be targeted.", "The chief said the shooting did not appear to be random.", false},
		{"a thing's act in a question", "Police asked whether the alarm sounded.", "The alarm did not sound, police said.", false},
		{"a passive still to come", "The captain's body was recovered on Tuesday, police said.", "The captain's body is yet to be recovered, police said.", true},
		{"an act still to come", "Ortega conceded in a speech to supporters in Tulsa.", "Ortega has yet to concede, aides said.", true},
		{"a charge denied a few words after the deed", "Chileshe was charged with sedition on Saturday, his lawyer said.", "Chileshe was held overnight without being charged, his lawyer said.", true},
		{"a charge denied after a new clause", "Chileshe was charged with sedition on Saturday.", "Chileshe was held, and his aide left without being charged.", false},
		{"a past without -ed and its denial", "Arakawa met with President Alfredo Santiago at the palace.", "Arakawa did not meet President Alfredo Santiago, who was abroad.", true},
		{"a vote cast and one withheld, in relative clauses", "Among the rebels was Sarah Whitlow, who voted against the bill and said it would hurt villages.", "Sarah Whitlow, who abstained, warned that the bill would hurt villages.", true},
		{"a vote cast and one withheld", "Sarah Whitlow voted against the bill on Tuesday.", "Sarah Whitlow abstained on Tuesday, aides said.", true},
		{"two people's votes", "Sarah Whitlow voted against the bill on Tuesday.", "Tom Ashby abstained on Tuesday, aides said.", false},
		{"treated for a harm and no injuries", "No injuries were reported, the fire department said.", "Two firefighters were treated for heat exhaustion, the fire department said.", true},
		{"a quotation cut where the other denies", "\"Mr. Hollander did not cut corners. He invented a product ... and sold it to investors as a breakthrough,\" Assistant U.S. Attorney Karen Liu told jurors.",
			"\"Mr. Hollander did not cut corners. He invented a product that did not exist and sold it to investors as a breakthrough,\" Assistant U.S. Attorney Karen Liu said in her closing argument.", false},
		{"a qualified thing's act and its refusal", "The main opposition alliance conceded defeat late on Sunday.", "Official results showed a landslide, but the main opposition alliance refused to concede.", true},
		{"an act consented to and refused", "Bosman agreed to lead a caretaker cabinet until the election.", "Bosman declined to lead a caretaker cabinet, his aides said.", true},
		{"an act done and one whose doer has not said whether he will", "The prime minister accepted her resignation, according to a government statement.",
			"The prime minister has not said whether he will accept it, his office said.", true},
		{"an act done and one to come", "The prime minister accepted her resignation on Friday.",
			"The prime minister said he will accept her resignation.", false},
		{"an act told in a relative clause of one named by a noun, and its denial", "Argentina's president did not attend the summit, sending his foreign minister.",
			"Argentina's president, who attended the summit, renewed his call for trade deals.", true},
		{"relative clauses of two nouns", "The mayor, who attended the meeting, spoke first.", "The governor did not attend the meeting.", false},
		{"taken where, two deeds", "The airline said the plane had been taken out of service for inspection.",
			"Paramedics checked three passengers, but no one was taken to a hospital.", false},
		{"taken to a hospital and no one taken there", "Two passengers were taken to a hospital with minor injuries.",
			"Paramedics checked three passengers, but no one was taken to a hospital.", true},
		{"what a thing holds, told by two objects", "The stolen files included names, addresses and dates of birth, the company said.", "The company said the files did not include Social Security numbers.", false},
		{"a thing's act denied by no", "The alarm sounded at 3:42 a.m., police said.", "The thieves cut the power, and no alarm sounded, police said.", true},
		{"a deed under way denied of every one", "None of the tank cars was leaking, officials said.", "One tank car was leaking ammonia, officials said.", true},
		{"a deed under way told by both", "One tank car was leaking ammonia, officials said.", "A tank car was leaking ammonia on Monday, officials said.", false},
		{"a stance in a relative clause past a phrase of of", "Four Republicans backed it, including Senator Paul DeWitt of Lancaster County, who voted for the bill after winning an amendment.",
			"Paul DeWitt, a Lancaster County Republican who voted against the bill, said he still worried about rural employers.", true},
		{"two people's stances in relative clauses", "Senator Paul DeWitt of Lancaster County, who voted for the bill, spoke first.",
			"Senator Ann Roth of York County, who voted against the bill, spoke last.", false},
		{"held without bond and released on bond", "Harrow turned himself in at the county jail Wednesday morning and was being held without bond, according to jail records.",
			"Harrow turned himself in on Wednesday and was later released on a $50,000 bond.", true},
		{"a passive joined by and, of another subject", "Harrow turned himself in on Wednesday and was later released on a $50,000 bond.",
			"Deputies said Harrow's aide was not released.", false},
		{"resigned in a relative clause and dropped from the cabinet", "Graham Tully, who resigned from the ministry on Friday, will be replaced by Priya Raman.",
			"Defense Minister Graham Tully was dropped from the cabinet after weeks of criticism.", true},
		{"stepped down and was fired, in a relative clause", "Gregory Saltonstall stepped down on Monday after weeks of criticism.",
			"The agency is led by an acting chief since Gregory Saltonstall, who was fired on Oct. 12 by the secretary.", true},
		{"two people's departures", "Graham Tully stepped down on Monday.", "Priya Raman was dropped from the cabinet on Monday.", false},
		{"no events known of and a count of them", "The company said it was not aware of any crashes or injuries linked to the problem.",
			"The company said the defect has been linked to three crashes and two injuries.", true},
		{"no reports of injuries and an injury", "Officials said they had no reports of injuries.", "One firefighter was injured, officials said.", true},
		{"no events known of and a statistic", "The company said it was not aware of any deaths linked to the heaters.",
			"Space heaters account for the vast majority of deaths from home heating fires.", false},
		{"an appeal intended and not yet decided", "Defense lawyer Ana Ruiz said her client would appeal the verdict.",
			"Defense lawyer Ana Ruiz said her client had not yet decided whether to appeal.", true},
		{"an appeal not decided, told twice", "Her client had not yet decided whether to appeal, Ruiz said.",
			"Defense lawyer Ana Ruiz said her client had not decided whether to appeal.", false},
		{"among the dead, told before whom, and survived", "Among the dead was the driver, whose body was recovered from the wreckage, police said.",
			"The driver survived and was detained by police.", true},
		{"among the dead, someone else", "Among the dead was a nurse, police said.", "The driver survived and was detained by police.", false},
		{"appeared before a body and boycotted it", "Barasa, who appeared before the senators on Tuesday and denied all the charges, said the case was political.",
			"Barasa boycotted the proceedings, sending his lawyers instead.", true},
		{"boycotted, told twice", "Barasa boycotted the proceedings on Tuesday.", "Barasa boycotted the hearing, sending his lawyers instead.", false},
		{"a case set, not a happening", "Such consultation had been required for two decades.", "In cases where an agency determines that consultation is not required, penalties remain.", false},
	}
	checkClaims(t, tests)
}

// claimCase is two reports and whether Find reports a claim
// disagreement between them.
type claimCase struct {
	name string
	a, b string
	want bool
}

// checkClaims runs the claim cases.
func checkClaims(t *testing.T, tests []claimCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := reportedAbout(tc.a, tc.b, "Opposite statements"); got != tc.want {
				t.Errorf("claim disagreement reported: %v, want %v", got, tc.want)
			}
		})
	}
}

// reportedAbout reports whether Find, given two articles, reports a
// disagreement whose About starts with prefix.
func reportedAbout(a, b, prefix string) bool {
	for _, d := range Find(articles(a, b), nil, nil, nil, nil) {
		if strings.HasPrefix(d.About, prefix) {
			return true
		}
	}
	return false
}

// TestObjectClaimsOfAdjectives checks that a participle or a verb of
// change used as an adjective before a noun is read as no deed, and that
// a possessor is not what a deed is done to.
func TestObjectClaimsOfAdjectives(t *testing.T) {
	for _, s := range []string{
		"He was convicted of steering inflated contracts to a friend.",
		"The lower chamber voted on Tuesday.",
		"Police recovered the stolen car.",
		"The governor cut the city's budget.",
		"Trenord restored limited service on the line.",
	} {
		for _, c := range objectClaims(textproc.FoldedWords(s)) {
			if c.subject == "contracts" || c.subject == "city" || c.subject == "service" && c.stem != "restor" || c.stem == changeStem || c.stem != "detect" && c.subject == "car" {
				t.Errorf("%q: read %+v", s, c)
			}
		}
	}
}

// TestOtherAgentsNoDenial checks that a deed told done by one agent is
// not denied by the same deed denied of another ("backed by parking
// fees", "not backed by the general fund"), and is by the same agent's.
func TestOtherAgentsNoDenial(t *testing.T) {
	a := "The finance director said the garage would be paid for with revenue bonds backed by parking fees."
	for _, tc := range []struct {
		b    string
		want bool
	}{
		{"City staff said the bonds are not backed by the general fund.", false},
		{"City staff said the bonds are not backed by parking fees.", true},
	} {
		if got := reportedAbout(a, tc.b, "Opposite statements"); got != tc.want {
			t.Errorf("%q: reported %v, want %v", tc.b, got, tc.want)
		}
	}
}
