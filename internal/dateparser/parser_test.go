package dateparser

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	now := time.Date(2024, 6, 15, 12, 0, 0, 0, time.UTC)
	strict := &Configuration{CurrentTime: now, StrictParsing: true, PreferredDateSource: Past}
	loose := &Configuration{CurrentTime: now, PreferredDateSource: Past}
	p := &Parser{ParserTypes: []ParserType{CustomFormat, AbsoluteTime}}
	for _, tc := range []struct {
		in   string
		cfg  *Configuration
		want string // "" when no date is read
	}{
		{"3 March 2024", strict, "2024-03-03 00:00"},
		{"March 3, 2024", strict, "2024-03-03 00:00"},
		{"Tuesday, March 3rd, 2024 10:15 am", strict, "2024-03-03 10:15"},
		{"on the 21st of Sept. 2023 at 9.30 p.m. EST", strict, "2023-09-21 21:30"},
		{"2024-03-05", strict, "2024-03-05 00:00"},
		{"2024-03-05T14:07:09+01:00", strict, "2024-03-05 14:07"},
		{"03/05/2024", strict, "2024-03-05 00:00"},
		{"25/12/2023", strict, "2023-12-25 00:00"},
		{"5.3.24", strict, "2024-05-03 00:00"},
		{"12 pm, Dec 1 2022", strict, "2022-12-01 12:00"},
		{"12 am, Dec 1 2022", strict, "2022-12-01 00:00"},
		// Incomplete dates: refused when strict, placed when not.
		{"10 December", strict, ""},
		{"10 December", loose, "2023-12-10 00:00"},
		{"June 2024", loose, "2024-06-01 00:00"},
		// Not dates, or not dates this package reads.
		{"Posted 3 March 2024", strict, ""},
		{"two days ago", loose, ""},
		{"31 April 2024", strict, ""},
		{"2024-13-01", strict, ""},
		{"March 3 April 2024", strict, ""},
		{"25:10, 3 March 2024", strict, ""},
		{"13 pm, 3 March 2024", strict, ""},
		{"", strict, ""},
		{strings.Repeat("3 March 2024 ", 40), strict, ""},
	} {
		d, err := p.Parse(tc.cfg, tc.in)
		got := ""
		if err == nil {
			got = d.Time.Format("2006-01-02 15:04")
		} else if !errors.Is(err, ErrNoDate) {
			t.Errorf("Parse(%q) error %v does not wrap ErrNoDate", tc.in, err)
		}
		if got != tc.want {
			t.Errorf("Parse(%q) = %q (%v), want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestParseTypes(t *testing.T) {
	cfg := &Configuration{StrictParsing: true}
	var all Parser
	for in, want := range map[string]string{
		"1709251200":    "2024-03-01",
		"1709251200000": "2024-03-01",
		"20240301":      "2024-03-01",
	} {
		d, err := all.Parse(cfg, in)
		if err != nil || d.Time.Format("2006-01-02") != want {
			t.Errorf("Parse(%q) = %v, %v; want %s", in, d.Time, err, want)
		}
	}
	abs := Parser{ParserTypes: []ParserType{AbsoluteTime}}
	if d, err := abs.Parse(cfg, "20240301"); err == nil {
		t.Errorf("AbsoluteTime alone read %q as %v", "20240301", d.Time)
	}
	if d, err := all.Parse(nil, "20241301"); err == nil {
		t.Errorf("read a thirteenth month: %v", d.Time)
	}
}

func TestParseZone(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	d, err := (&Parser{}).Parse(&Configuration{DefaultTimezone: ny}, "4 July 2024 9:00")
	if err != nil || d.Time.Location() != ny || d.Time.Hour() != 9 {
		t.Errorf("got %v, %v; want 9:00 in New York", d.Time, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"3 March 2024", "2024-03-05T14:07:09+01:00", "12 pm, Dec 1 2022", "1709251200", "5.3.24"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := (&Parser{}).Parse(&Configuration{StrictParsing: true}, s)
		if err == nil && (d.Time.Year() < 1 || d.Time.Year() > 9999) {
			t.Errorf("Parse(%q) = %v", s, d.Time)
		}
	})
}
