package discrepancy

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindCounties(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "a town in two counties, told three ways",
			texts: []string{
				"A tornado ripped through the small town of Harlan Creek in Grady County, Oklahoma, late Sunday.",
				"The storm left parts of the Caddo County town of Harlan Creek unrecognizable.",
				"Most of the dead were in Tolliver, a town of about 2,300 residents in Yell County.",
				"Tolliver, a town of about 2,300 in Logan County, took the brunt of the storm.",
			},
			want: []brief{
				{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
					{Text: "Caddo County", Articles: []string{"b"}},
					{Text: "Grady County", Articles: []string{"a"}},
				}},
				{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
					{Text: "Logan County", Articles: []string{"d"}},
					{Text: "Yell County", Articles: []string{"c"}},
				}},
			},
		},
		{
			name: "a town in two regions of a country, and two towns",
			texts: []string{
				"The deaths occurred in Collpani, a farming town in the Puno region near Lake Titicaca.",
				"The clashes broke out in the town of Collpani, in the Cusco region, where hundreds of demonstrators gathered.",
				"Collpani, in the Puno region, has become the center of the blockades. Juliaca, in the Puno region, was calm.",
				"Protesters also marched in Sicuani, in the Cusco region.",
			},
			want: []brief{
				{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
					{Text: "Cusco region", Articles: []string{"b"}},
					{Text: "Puno region", Articles: []string{"a", "c"}},
				}},
			},
		},
		{
			name: "a town's region named alone, and a country",
			texts: []string{
				"A train derailed on Tuesday near the town of San Vito al Mincio in Lombardy, killing three people.",
				"The train came off the tracks near San Vito al Mincio in the Veneto region shortly after 8 a.m.",
				"It hit a landslide near San Vito al Mincio, a small town in Lombardy. Clashes broke out in the town of Collpani in Peru.",
				"The clashes broke out in the town of Collpani, in the Cusco region.",
			},
			want: []brief{
				{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
					{Text: "Lombardy", Articles: []string{"a", "c"}},
					{Text: "Veneto region", Articles: []string{"b"}},
				}},
			},
		},
		{
			name: "a town in two states",
			texts: []string{
				"Schedulers at the outpatient clinic in Tallow Creek, Mont., entered false dates.",
				"Staffers at a veterans clinic in Tallow Creek, Wyo., faked appointment records.",
				"The clinic in Tallow Creek, Montana, told headquarters that no veteran waited.",
			},
			want: []brief{
				{crosscheck.PlaceDiscrepancy, []crosscheck.Cited{
					{Text: "Tallow Creek, Mont.", Articles: []string{"a", "c"}},
					{Text: "Tallow Creek, Wyo.", Articles: []string{"b"}},
				}},
			},
		},
		{
			name: "a state written two ways, and a state's own name",
			texts: []string{
				"The plant in Decatur, Ill., will close. Officials in Springfield, Illinois, said so.",
				"The plant in Decatur, Illinois, will close, said the governor of Illinois, New York and Texas.",
			},
		},
		{
			name: "two towns, and an article that gives a town two counties",
			texts: []string{
				"Harlan Creek in Grady County and Tolliver in Logan County were hit.",
				"Damage was worst in Minco in Grady County, which borders Caddo County.",
				"Officials in Harlan Creek in Grady County and in Harlan Creek in Caddo County met.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(countyDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("countyDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
