package discrepancy

// Tests of the things reports tell and deny in words of their own:
// job cuts, reasons, conditions (stated.go).

import "testing"

// TestStatedThings checks that a stated thing told in one report and
// denied in another is reported, in the words reports use for either, and
// that a possibility, a denial of another place, or two reports that tell
// it alike are not.
func TestStatedThings(t *testing.T) {
	checkClaims(t, []claimCase{
		{"cuts and no layoffs", "Halvorsen said it expected to eliminate about 600 jobs, mostly in administrative roles.",
			"The companies said no layoffs were planned as part of the deal.", true},
		{"cuts and no plans to lay off", "The company will cut about 1,200 jobs over two years.",
			"The company said it has no plans to close plants or lay off workers.", true},
		{"a layoff of officers and none", "The plan will lay off 30 police officers.", "The mayor said no officers will be laid off.", true},
		{"cuts in a passive and a denial", "About 450 positions will be eliminated by March, the bank said.", "The bank said it would not cut any jobs.", true},
		{"cuts that only may come", "The company could cut up to 500 jobs if sales keep falling.", "The company said no layoffs were planned.", false},
		{"a denial of another place", "The group will cut 1,200 jobs worldwide.", "No jobs will be cut in Germany, the chief executive said.", false},
		{"cuts planned, however many, and no plans", "Halvorsen said it expected to cut jobs as it combines the two companies.",
			"Halvorsen said it had no plans to cut jobs or close plants.", true},
		{"cuts that may come if sales fall, and none planned", "Halvorsen said it planned to cut jobs if sales keep falling.",
			"Halvorsen said it had no plans to cut jobs.", false},
		{"cuts told twice", "The company will cut about 1,200 jobs.", "About 1,200 jobs will be cut, the company said.", false},

		{"no reason given and one cited", "Lindqvist, 58, resigned on Monday. The board did not give a reason for her departure.",
			"Lindqvist, 58, resigned on Monday, citing family reasons.", true},
		{"no reason offered and health reasons", "The board gave no reason for the change.", "The coach stepped down for health reasons, the board said.", true},
		{"two reasons given", "Lindqvist resigned, citing family reasons.", "Lindqvist stepped down for personal reasons.", false},

		{"subject to conditions and none", "The minister said the mine's expansion had been approved subject to 32 conditions.",
			"The minister signed off on the mine's expansion without imposing any new conditions.", true},
		{"unconditionally and with conditions", "Regulators cleared the merger unconditionally on Tuesday.", "Regulators cleared the merger with conditions on Tuesday.", true},
		{"a patient's condition", "The driver was listed in critical condition on Tuesday.", "Regulators cleared the merger unconditionally on Tuesday.", false},
	})
}
