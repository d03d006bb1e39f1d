package discrepancy

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestFindFramedDates(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []brief
	}{
		{
			name: "an interview a broadcaster's name frames",
			texts: []string{
				"The senator, in his first interview since the primary, told Channel Nine on Tuesday that the plan would pass.",
				"In an interview with Channel Nine on Thursday, the senator said he welcomed the debate.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "Channel Nine on Thursday", Articles: []string{"b"}},
				{Text: "Channel Nine on Tuesday", Articles: []string{"a"}},
			}}},
		},
		{
			name: "a strike on two days",
			texts: []string{
				"Labor unions staged a general strike on April 2 that closed schools.",
				"Unions led a general strike on April 9 that shut schools and stopped trains in April.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "general strike on April 2", Articles: []string{"a"}},
				{Text: "general strike on April 9", Articles: []string{"b"}},
			}}},
		},
		{
			name: "a ruling dated two ways, the words after the date",
			texts: []string{
				"The justices set aside the Aug. 14 ruling of the lower court.",
				"Lawyers for the state asked them to reverse the Aug. 21 ruling of the lower court.",
			},
			want: []brief{{crosscheck.FigureDiscrepancy, []crosscheck.Cited{
				{Text: "Aug. 14 ruling of the", Articles: []string{"a"}},
				{Text: "Aug. 21 ruling of the", Articles: []string{"b"}},
			}}},
		},
		{
			name: "an article that gives the other's day too",
			texts: []string{
				"Unions staged a general strike on April 2 across the country.",
				"Unions led a general strike on April 9, a week after talks failed on April 2.",
			},
		},
		{
			name: "an article of the earlier day that gives the later one too",
			texts: []string{
				"Unions staged a general strike on April 2, and talks resumed on April 9.",
				"Unions led a general strike on April 9 across the country.",
			},
		},
		{
			name: "two people's deeds to come",
			texts: []string{
				"Duncan Hunter is scheduled to be arraigned on March 28 in federal court.",
				"Margaret Lowe is set to be arraigned on March 30.",
			},
		},
		{
			name: "two deeds of one office",
			texts: []string{
				"She served three terms before being elected lieutenant governor in 2022.",
				"She served in the state House before becoming lieutenant governor in 2023.",
			},
		},
		{
			name: "another happening of the kind",
			texts: []string{
				"Another strong quake hit the province in 1996, killing 20 people.",
				"It revived memories of the strong quake that hit the province in 2002.",
			},
		},
		{
			name: "a season and its second year",
			texts: []string{
				"He played on the championship team in 1982-83 before turning pro.",
				"He played on the championship team in 1983 before turning pro.",
			},
		},
		{
			name: "a year and a month of it",
			texts: []string{
				"The plant has been closed since 2024, the company said.",
				"The plant has been closed since March 2024 after a fire.",
			},
		},
		{
			name: "one day told as a weekday and as a date",
			texts: []string{
				"Unions staged a general strike on Tuesday across the country.",
				"Unions led a general strike on March 4 across the country.",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(dateFrameDiscrepancies(articles(tc.texts...), nil))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("dateFrameDiscrepancies mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFramedDatesOfTwoDaysNews(t *testing.T) {
	a := articles(
		"Senator Alma Reyes endorsed the nominee on Tuesday evening and said the fight was over.",
		"Senator Alma Reyes formally endorsed the nominee on Wednesday, saying the fight was over.",
	)
	// Reports of Tuesday and of Wednesday each lead with their day's news.
	a[0].Published, a[1].Published = crosscheck.Day(2025, time.March, 4), crosscheck.Day(2025, time.March, 5)
	if got := dateFrameDiscrepancies(a, nil); len(got) != 0 {
		t.Errorf("two days' news told as a disagreement: %v", got)
	}
	// Reports of one day disagree on the day.
	a[0].Published = a[1].Published
	if got := dateFrameDiscrepancies(a, nil); len(got) != 1 {
		t.Errorf("reports of one day: %d discrepancies, want 1", len(got))
	}
}

func TestFramedWeekdayWrittenAlike(t *testing.T) {
	a := articles("The race ends on Sunday in the capital.", "The race ends on Sunday with a sprint.")
	a[0].Published, a[1].Published = crosscheck.Day(2025, time.March, 1), crosscheck.Day(2025, time.March, 3)
	if got := dateFrameDiscrepancies(a, nil); len(got) != 0 {
		t.Errorf("one weekday written alike told as two days: %v", got)
	}
}

func TestFramedDatesOfUndatedReports(t *testing.T) {
	// Weekdays of a report with no date fall on no known day.
	a := articles(
		"Unions staged a general strike on Tuesday across the country.",
		"Unions led a general strike on Thursday across the country.",
	)
	for i := range a {
		a[i].Published = crosscheck.Date{}
	}
	if got := dateFrameDiscrepancies(a, nil); len(got) != 0 {
		t.Errorf("undated reports' weekdays compared: %v", got)
	}
	// Their years are known.
	b := articles("The bridge was built in 1962 and closed on Friday.", "The old bridge was built in 1926 and is now closed.")
	b[0].Published, b[1].Published = crosscheck.Date{}, crosscheck.Date{}
	if got := dateFrameDiscrepancies(b, nil); len(got) != 1 {
		t.Errorf("undated reports' years: %d discrepancies, want 1", len(got))
	}
	a[0].Published, a[1].Published = crosscheck.Day(2025, time.March, 5), crosscheck.Day(2025, time.March, 5)
	if got := dateFrameDiscrepancies(a, nil); len(got) != 1 {
		t.Errorf("dated reports' weekdays: %d discrepancies, want 1", len(got))
	}
}
