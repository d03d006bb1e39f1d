package discrepancy

import (
	"testing"

	"crosscheck"
)

// TestNoAlarmAcrossHappenings holds pairs of reports that tell two
// happenings, or one happening in words that only look opposed: none is a
// disagreement.
func TestNoAlarmAcrossHappenings(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
	}{
		{"a town told with the province that holds it", []string{
			"The quake damaged dozens of houses in Takengon, the capital of Central Aceh district, the disaster agency said on Tuesday.",
			"The quake damaged dozens of houses in Aceh province, the disaster agency said on Tuesday.",
		}},
		{"a participle that qualifies a noun is no act", []string{
			"The coach has clashed with starting goalkeeper Tomas Brandt, benching him for weeks.",
			"He did not start Tomas Brandt, a promising young goalkeeper, until the season's tenth game.",
		}},
		{"a chance of casualties is no casualty", []string{
			"The survey estimated there was a low likelihood of casualties from the tremor.",
			"A smaller tremor jolted the islands in April but caused no casualties.",
		}},
		{"the last one of its kind is dated apart", []string{
			"Emergency updates are rare: the last one the company shipped was a patch issued Jan. 14 that fixed a flaw in its browser.",
			"The company said it issued an emergency patch for its browser on Tuesday.",
		}},
		{"a season holds the year it ends", []string{
			"Cheeks was a member of the championship team in 1982-83, and his jersey hangs in the rafters.",
			"Cheeks played on the team's last championship team in 1983.",
		}},
		{"checking out undoes checking in", []string{
			"The actress checked into the Lakeview clinic in June as part of a plea deal.",
			"The actress checked out of the Lakeview clinic on Thursday, her lawyer said.",
		}},
		{"a past year's disaster is another happening", []string{
			"Flash floods set off by monsoon rains tore through mountain valleys in the north on Sunday, killing at least 212 people and sweeping away homes and bridges, officials said.",
			"The monsoon season has grown more destructive in recent years, with monsoon flooding in 2010 killing more than 1,700 people and sweeping away homes across the north.",
		}},
		{"deaths in separate accidents are several happenings", []string{
			"Two climbers have died in separate accidents on the mountain this weekend, police said.",
			"A 36-year-old climber died on Thursday after he fell 200 meters on the mountain, police said.",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := articles(tc.texts...)
			for i := range arts {
				arts[i].Published = crosscheck.Day(2013, 7, 6) // a Saturday
			}
			if got := briefs(Find(arts, nil, nil, nil, nil)); len(got) != 0 {
				t.Errorf("got %v, want no discrepancy", got)
			}
		})
	}
}
