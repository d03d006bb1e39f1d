// Package crosscheck holds the domain of crosscheck: the reports it reads,
// the clean articles it makes of them, the stories it groups them into and
// the cross-checked briefing it writes for each story.
//
// The stages of the pipeline live in their own packages and flow one way:
// ingest reads inputs into Documents, extract turns web pages into text and
// metadata, clean turns a Document into Articles, dedup and cluster group
// Articles, analyze builds a StoryBriefing, report renders it. This package
// imports none of them.
package crosscheck

import (
	"encoding/json"
	"strings"
	"time"
)

// Format names the kind of content a Document carries.
type Format string

// The formats ingest recognises.
const (
	FormatText Format = "text" // plain text or Markdown
	FormatHTML Format = "html" // a web page
)

// Document is one raw report as an input delivered it, before cleaning.
// A feed item, a JSON record or a WARC response is a Document of its own;
// a text file is one Document that clean may split into several Articles.
type Document struct {
	// Source names the input the Document came from: a file path, "-" for
	// standard input, or the path of the feed, JSON file or WARC holding it.
	Source string
	// ID is the record's own id (JSON, feed, WARC); empty for plain files.
	ID string
	// Format says whether Body is text or HTML.
	Format Format
	// Body is the content, already decoded to UTF-8.
	Body string
	// Metadata the input carried alongside the body; any may be empty.
	Title     string
	Outlet    string
	Authors   []string
	Published Date
	URL       string
	Language  string
}

// Article is one clean news report.
type Article struct {
	// ID is the article's stable id, from ArticleID.
	ID   string `json:"id"`
	File string `json:"file"`
	// Record is the id of the record holding the article inside File (a
	// JSON record, feed item or WARC record), "" for a plain file.
	Record    string   `json:"record,omitempty"`
	Part      int      `json:"part"`
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet"`
	Authors   []string `json:"authors"`
	Published Date     `json:"published"`
	Dateline  string   `json:"dateline"`
	URL       string   `json:"url"`
	Language  string   `json:"language"`
	// Text is the clean body, paragraphs separated by a blank line.
	Text string `json:"text"`
}

// Paragraphs returns the paragraphs of the article's text.
func (a *Article) Paragraphs() []string {
	var out []string
	for _, p := range strings.Split(a.Text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// DropKind says why a piece of input was left out of an article's body.
type DropKind string

// The kinds of dropped text.
const (
	DropBoilerplate DropKind = "boilerplate" // page furniture: ads, outlet and publication lines, copyright, comment policy
	DropByline      DropKind = "byline"      // "By A and B"; the names become the article's authors
	DropCredit      DropKind = "credit"      // "X contributed to this report", "X can be reached at"
	DropImage       DropKind = "image"       // image links and bare Markdown images
	DropSeparator   DropKind = "separator"   // runs of dashes or underscores
	DropCrosshead   DropKind = "crosshead"   // a sub-heading inside the body
	DropOffTopic    DropKind = "offtopic"    // a paragraph that belongs to another story
)

// Dropped is a piece of input that clean removed from a body, kept so that a
// user can audit what was removed.
type Dropped struct {
	File string   `json:"file"`
	Part int      `json:"part"`
	Kind DropKind `json:"kind"`
	Text string   `json:"text"`
}

// InputError names an input that could not be read and why.
type InputError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// Date is a publication time. Some sources give only the day; DayOnly keeps
// that apart from midnight UTC so that it is printed as YYYY-MM-DD.
type Date struct {
	Time    time.Time
	DayOnly bool
}

// Day returns a Date known only to the day.
func Day(year int, month time.Month, day int) Date {
	return Date{Time: time.Date(year, month, day, 0, 0, 0, 0, time.UTC), DayOnly: true}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// String returns "" for an unknown date, YYYY-MM-DD for a day and RFC 3339
// otherwise.
func (d Date) String() string {
	switch {
	case d.Time.IsZero():
		return ""
	case d.DayOnly:
		return d.Time.Format(time.DateOnly)
	default:
		return d.Time.Format(time.RFC3339)
	}
}

// ParseDate reads a date in RFC 3339 or YYYY-MM-DD form.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return Date{Time: t, DayOnly: true}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return Date{}, err
	}
	return Date{Time: t}, nil
}

// MarshalJSON writes the date as its String.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads a date written by MarshalJSON.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
