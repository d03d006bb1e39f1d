package dateparser

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParserType names one way of reading a date. The values are those of
// go-dateparser.
type ParserType uint8

const (
	// Timestamp reads a Unix time in seconds or milliseconds.
	Timestamp ParserType = iota
	// NegativeTimestamp reads a negative Unix time (not read here).
	NegativeTimestamp
	// RelativeTime reads "two days ago" (not read here).
	RelativeTime
	// CustomFormat reads the formats given to Parse (not read here).
	CustomFormat
	// AbsoluteTime reads a written date: "12 August 2021", "2021-08-12".
	AbsoluteTime
	// NoSpacesTime reads a date written without separators: "20210812".
	NoSpacesTime
)

// PreferredDateSource says where a date without a year is placed.
type PreferredDateSource uint8

const (
	// CurrentPeriod takes the current year.
	CurrentPeriod PreferredDateSource = iota
	// Past takes the latest year that puts the date before CurrentTime.
	Past
	// Future takes the earliest year that puts the date after CurrentTime.
	Future
)

// Configuration controls Parse. The zero value reads dates relative to
// the current time in UTC and accepts dates without a year.
type Configuration struct {
	// CurrentTime is the time an incomplete date is read against;
	// zero means now.
	CurrentTime time.Time
	// DefaultTimezone is the zone of a date that names none; nil is UTC.
	DefaultTimezone *time.Location
	// PreferredDateSource places a date without a year.
	PreferredDateSource PreferredDateSource
	// StrictParsing accepts only dates with a day, a month and a year.
	StrictParsing bool
}

// Date is a parsed date.
type Date struct {
	Time time.Time
}

// IsZero reports whether no date was parsed.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// Parser reads dates. Its zero value tries every parser type it knows.
type Parser struct {
	// ParserTypes are the ways tried, in order; nil means Timestamp,
	// AbsoluteTime and NoSpacesTime.
	ParserTypes []ParserType
}

// ErrNoDate is returned when a string holds no date this package reads.
var ErrNoDate = errors.New("no date found")

// maxInput bounds the text read: a date is a short phrase.
const maxInput = 256

// Parse reads the date in s. formats, go-dateparser's custom formats,
// are not supported: with formats given, CustomFormat finds nothing.
func (p *Parser) Parse(cfg *Configuration, s string, formats ...string) (Date, error) {
	if cfg == nil {
		cfg = &Configuration{}
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, fmt.Errorf("empty string: %w", ErrNoDate)
	}
	if len(s) > maxInput {
		return Date{}, fmt.Errorf("%d bytes, more than a date: %w", len(s), ErrNoDate)
	}
	types := p.ParserTypes
	if types == nil {
		types = []ParserType{Timestamp, AbsoluteTime, NoSpacesTime}
	}
	loc := cfg.DefaultTimezone
	if loc == nil {
		loc = time.UTC
	}
	for _, t := range types {
		var (
			d  time.Time
			ok bool
		)
		switch t {
		case Timestamp:
			d, ok = timestamp(s)
		case NoSpacesTime:
			d, ok = noSpaces(s, loc)
		case AbsoluteTime:
			d, ok = absolute(s, cfg, loc)
		}
		if ok {
			return Date{Time: d}, nil
		}
	}
	return Date{}, fmt.Errorf("%q: %w", s, ErrNoDate)
}

// timestamp reads 10 digits as Unix seconds and 13 as milliseconds.
func timestamp(s string) (time.Time, bool) {
	if !allDigits(s) || (len(s) != 10 && len(s) != 13) {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(s) == 13 {
		return time.UnixMilli(n).UTC(), true
	}
	return time.Unix(n, 0).UTC(), true
}

// noSpaces reads YYYYMMDD.
func noSpaces(s string, loc *time.Location) (time.Time, bool) {
	if len(s) != 8 || !allDigits(s) {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:])
	return makeDate(y, m, d, clock{}, loc)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// clock is a time of day.
type clock struct {
	h, m, s int
	set     bool
}

// makeDate checks that y-m-d is a real day (no 31 April) and builds it.
func makeDate(y, m, d int, c clock, loc *time.Location) (time.Time, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, c.h, c.m, c.s, 0, loc)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}, false
	}
	return t, true
}
