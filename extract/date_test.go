package extract

import (
	"strings"
	"testing"
	"time"

	"crosscheck"

	"github.com/google/go-cmp/cmp"
)

func TestFindTextDates(t *testing.T) {
	day := func(y int, m time.Month, d int) crosscheck.Date { return crosscheck.Day(y, m, d) }
	tests := []struct {
		name string
		in   string
		want []shownDate
	}{
		{"month first", "Published March 5, 2024 at 9:00", []shownDate{{day: day(2024, 3, 5)}}},
		{"abbreviated month with a dot", "Mar. 5 2024", []shownDate{{day: day(2024, 3, 5)}}},
		{"ordinal", "posted on December 1st, 2023", []shownDate{{day: day(2023, 12, 1)}}},
		{"day first", "5 March 2024", []shownDate{{day: day(2024, 3, 5)}}},
		{"day of month", "the 5th of March, 2024", []shownDate{{day: day(2024, 3, 5)}}},
		{"iso", "2024-03-05 · 4 min read", []shownDate{{day: day(2024, 3, 5)}}},
		{"revision cue", "Updated: Jan 9, 2025", []shownDate{{day: day(2025, 1, 9), updated: true}}},
		{"revision cue far before is ignored", "Updated our privacy policy. Read more on Jan 9, 2025", []shownDate{{day: day(2025, 1, 9)}}},
		{"day-first by its numbers", "31/01/2024", []shownDate{{day: day(2024, 1, 31)}}},
		{"month-first by its numbers", "01/31/2024", []shownDate{{day: day(2024, 1, 31)}}},
		{"ambiguous slashes", "03/05/2024", []shownDate{{day: day(2024, 3, 5), alt: day(2024, 5, 3), ambiguous: true}}},
		{"dots are day first", "03.05.2024", []shownDate{{day: day(2024, 5, 3)}}},
		{"two dates in text order", "Published 5 March 2024, updated 2024-04-01", []shownDate{{day: day(2024, 3, 5)}, {day: day(2024, 4, 1), updated: true}}},
		{"no such day", "February 30, 2024", nil},
		{"a year alone", "in 2024", nil},
		{"implausible year", "March 5, 1890", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findTextDates(tt.in)
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(shownDate{})); diff != "" {
				t.Errorf("findTextDates(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestShownDates(t *testing.T) {
	tests := []struct {
		name  string
		page  string
		title string
		want  []string
	}{
		{
			name:  "dateline under the headline, not the menu",
			page:  `<body><nav>Jan 1, 2020</nav><article><h1>Bridge reopens</h1><p>By Jo Bloggs</p><p>March 5, 2024</p><p>Text.</p></article></body>`,
			title: "Bridge reopens",
			want:  []string{"2024-03-05"},
		},
		{
			name:  "kicker above the headline, read after what follows it",
			page:  `<body><span>Jan 2, 2024</span><h1>Bridge reopens</h1><p>Updated Feb 3, 2024</p></body>`,
			title: "Bridge reopens",
			want:  []string{"2024-02-03 updated", "2024-01-02"},
		},
		{
			name:  "the headline that matches the title",
			page:  `<body><h1>Site name</h1><p>Jan 2, 2024</p>` + longText + `<h1>Bridge reopens</h1><p>March 5, 2024</p></body>`,
			title: "Bridge reopens",
			want:  []string{"2024-03-05"},
		},
		{
			name:  "dates deep in the text are not datelines",
			page:  `<body><h1>Bridge reopens</h1>` + longText + `<p>On March 5, 2024 the council met.</p></body>`,
			title: "Bridge reopens",
		},
		{
			name:  "no headline",
			page:  `<body><p>March 5, 2024</p></body>`,
			title: "Bridge reopens",
		},
		{
			name:  "a cue in its own element",
			page:  `<body><h1>Bridge reopens</h1><span>Last updated</span><span>March 5, 2024</span></body>`,
			title: "bridge reopens",
			want:  []string{"2024-03-05 updated"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range shownDates(parsePage(t, tt.page), tt.title) {
				s := d.day.String()
				if d.updated {
					s += " updated"
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("shownDates mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// longText is more visible text than a dateline's neighbourhood.
var longText = "<p>" + strings.Repeat("Words of the article body. ", 40) + "</p>"

func TestChooseDate(t *testing.T) {
	day := func(m time.Month, d int) crosscheck.Date { return crosscheck.Day(2024, m, d) }
	at := func(m time.Month, d, h int, zone int) crosscheck.Date {
		return crosscheck.Date{Time: time.Date(2024, m, d, h, 0, 0, 0, time.FixedZone("", zone*3600))}
	}
	fallback := func(d crosscheck.Date) func() crosscheck.Date { return func() crosscheck.Date { return d } }
	tests := []struct {
		name     string
		s        dateSignals
		fallback func() crosscheck.Date
		want     crosscheck.Date
	}{
		{"nothing", dateSignals{}, nil, crosscheck.Date{}},
		{
			name: "a shown date confirms the publication time, in the page's own time zone",
			s:    dateSignals{published: []crosscheck.Date{at(3, 4, 22, -5)}, shown: []shownDate{{day: day(3, 4)}}},
			want: at(3, 4, 22, -5),
		},
		{
			name: "a shown date that is not a revision beats the structured one",
			s:    dateSignals{published: []crosscheck.Date{day(1, 2)}, shown: []shownDate{{day: day(3, 4)}}},
			want: day(3, 4),
		},
		{
			name: "a revision shown does not override the publication date",
			s:    dateSignals{published: []crosscheck.Date{day(1, 2)}, shown: []shownDate{{day: day(3, 4), updated: true}}},
			want: day(1, 2),
		},
		{
			name: "a shown modification date does not override the publication date",
			s:    dateSignals{published: []crosscheck.Date{day(1, 2)}, modified: []crosscheck.Date{day(3, 4)}, shown: []shownDate{{day: day(3, 4)}}},
			want: day(1, 2),
		},
		{
			name: "a revision shown when nothing else",
			s:    dateSignals{shown: []shownDate{{day: day(3, 4), updated: true}}},
			want: day(3, 4),
		},
		{
			name: "an ambiguous shown date counts only by agreement",
			s:    dateSignals{published: []crosscheck.Date{day(5, 3)}, shown: []shownDate{{day: day(3, 5), alt: day(5, 3), ambiguous: true}}},
			want: day(5, 3),
		},
		{
			name: "an ambiguous shown date alone is no date",
			s:    dateSignals{shown: []shownDate{{day: day(3, 5), alt: day(5, 3), ambiguous: true}}},
		},
		{"the address before time elements", dateSignals{url: day(6, 7), times: []crosscheck.Date{day(8, 9)}}, nil, day(6, 7)},
		{"time elements before the fallback", dateSignals{times: []crosscheck.Date{day(8, 9)}}, fallback(day(1, 1)), day(8, 9)},
		{"the fallback last", dateSignals{}, fallback(day(1, 1)), day(1, 1)},
		{"a time element that is the modification date", dateSignals{times: []crosscheck.Date{day(1, 1), day(2, 2)}, modified: []crosscheck.Date{day(1, 1)}}, nil, day(2, 2)},
		{"a fallback that is the modification date", dateSignals{modified: []crosscheck.Date{day(1, 1)}}, fallback(day(1, 1)), crosscheck.Date{}},
		{"a modification date alone", dateSignals{modified: []crosscheck.Date{day(1, 1)}}, nil, crosscheck.Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.s.choose(tt.fallback)
			if got.String() != tt.want.String() {
				t.Errorf("choose() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/2024/03/05/bridge-reopens/", "2024-03-05"},
		{"https://example.com/news/2024-03-05-bridge", "2024-03-05"},
		{"https://example.com/2024/03/05", "2024-03-05"},
		{"https://example.com/2024/13/05/x", ""},
		{"https://example.com/2024/03/x", ""},
		{"https://example.com/id/20240305123/x", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := urlDate(tt.in).String(); got != tt.want {
				t.Errorf("urlDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
