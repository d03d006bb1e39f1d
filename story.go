package crosscheck

import (
	"net/url"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// Story is a group of articles that report one event.
type Story struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Articles holds the ids of the story's articles in publication order.
	Articles []string `json:"articles"`
	// First and Last are the publication times of its earliest and latest
	// articles, zero when none is dated.
	First Date `json:"first"`
	Last  Date `json:"last"`
}

// StoryArticle is an article as a briefing lists it, with its origin: the
// source it stands for. Copies of one wire story share one origin.
type StoryArticle struct {
	ID        string `json:"id"`
	File      string `json:"file"`
	Part      int    `json:"part"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published Date   `json:"published"`
	// URL is the address of the original report, when known.
	URL string `json:"url,omitempty"`
	// Cite is how a briefing cites the article: its outlet and day ("AP,
	// 12 Feb"), numbered when several articles would read the same ("AP,
	// 12 Feb (2)").
	Cite   string `json:"cite,omitempty"`
	Origin string `json:"origin"`
	// CopyOf is the id of the article this one copies or rewrites, if any.
	CopyOf string `json:"copy_of,omitempty"`
	// Credits lists the sources the article names as the origin of some of
	// its reporting ("AP reported", "told Reuters").
	Credits []string `json:"credits,omitempty"`
}

// Cited is a piece of text with the articles that carry it.
type Cited struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

// Fact is a statement that one or more articles make, aligned across them.
type Fact struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
	Outlets  []string `json:"outlets"`
	// Independent is the number of distinct origins that back the fact.
	Independent int `json:"independent"`
}

// Quote is a direct quotation with its speaker. The same quotation in
// several articles is one Quote; its different wordings are its Variants.
type Quote struct {
	Speaker     string   `json:"speaker"`
	Text        string   `json:"text"`
	Articles    []string `json:"articles"`
	Independent int      `json:"independent"`
	Variants    []Cited  `json:"variants"`
	// Speakers, when reports that name the speaker in the quotation's
	// own sentence name different people, is each of them with the
	// articles that do.
	Speakers []Cited `json:"speakers,omitempty"`
}

// Figure is a number found in the text, normalised to a value and a unit so
// that figures can be compared across articles.
type Figure struct {
	Text     string   `json:"text"`
	Value    float64  `json:"value"`
	Unit     string   `json:"unit"`
	Context  string   `json:"context"`
	Articles []string `json:"articles"`
}

// EntityKind says what an Entity names.
type EntityKind string

// The kinds of entities.
const (
	Person       EntityKind = "person"
	Organization EntityKind = "organization"
	Place        EntityKind = "place"
)

// Entity is a person, organisation or place with all the forms of its name
// that the story's articles use.
type Entity struct {
	Name     string     `json:"name"`
	Kind     EntityKind `json:"kind"`
	Variants []string   `json:"variants"`
	Articles []string   `json:"articles"`
}

// DiscrepancyKind says what sources disagree about.
type DiscrepancyKind string

// The kinds of discrepancies.
const (
	NameDiscrepancy   DiscrepancyKind = "name"
	QuoteDiscrepancy  DiscrepancyKind = "quote"
	FigureDiscrepancy DiscrepancyKind = "figure"
	ClaimDiscrepancy  DiscrepancyKind = "claim"
	PlaceDiscrepancy  DiscrepancyKind = "place"
)

// Discrepancy is a point on which sources disagree, with each variant and
// the articles that carry it.
type Discrepancy struct {
	Kind     DiscrepancyKind `json:"kind"`
	About    string          `json:"about"`
	Variants []Cited         `json:"variants"`
	// Update is set when the variants are not sources disagreeing but one
	// origin's successive reports, a later one changing a figure (a wire
	// story updated from "at least 12" to "at least 15" dead). Variants
	// are then in publication order, the latest last, and Times holds when
	// each was first published.
	Update bool   `json:"update,omitempty"`
	Times  []Date `json:"times,omitempty"`
}

// OutletReport says what one outlet alone reported (Facts) and what most
// other outlets reported that it left out (Missing), as indexes into the
// story's facts.
type OutletReport struct {
	Outlet  string `json:"outlet"`
	Facts   []int  `json:"facts"`
	Missing []int  `json:"missing"`
}

// StoryBriefing is the cross-checked account of one story.
//
// Its fields are in reading order, which JSON keeps: what happened and
// where the sources disagree first, the evidence after.
type StoryBriefing struct {
	ID            string         `json:"id"`
	Title         string         `json:"title"`
	Summary       []Cited        `json:"summary"`
	Discrepancies []Discrepancy  `json:"discrepancies"`
	Facts         []Fact         `json:"facts"`
	Quotes        []Quote        `json:"quotes"`
	Figures       []Figure       `json:"figures"`
	Entities      []Entity       `json:"entities"`
	Articles      []StoryArticle `json:"articles"`
	Unique        []OutletReport `json:"unique"`
	// Cuts lists the reports analysed only in part, or left out, because
	// they passed a limit of the analysis.
	Cuts []Cut `json:"cuts,omitempty"`
}

// Cut says why a report of a story was analysed only in part ("analysed
// the first 1500 sentences: more than 1000 numbers") or, when Excluded,
// left out of the story's analysis (over its time budget).
type Cut struct {
	Article  string `json:"article"`
	Reason   string `json:"reason"`
	Excluded bool   `json:"excluded,omitempty"`
}

// Briefing is the result of a run of crosscheck brief: a briefing per story,
// with what was dropped from the inputs and the inputs that failed.
type Briefing struct {
	Stories []StoryBriefing `json:"stories"`
	Dropped []Dropped       `json:"dropped"`
	Errors  []InputError    `json:"errors"`
}

// CiteArticles sets the Cite of each of arts that has none: its outlet
// (else the host of its URL, else its file's name) and, when known, its
// day, as "Outlet, 12 Feb". Articles that would read the same are
// numbered in their order: "AP, 12 Feb (1)", "AP, 12 Feb (2)".
func CiteArticles(arts []StoryArticle) {
	base := make([]string, len(arts))
	count := map[string]int{}
	for i := range arts {
		if arts[i].Cite != "" {
			continue
		}
		base[i] = citeName(&arts[i])
		if d := arts[i].Published; !d.IsZero() {
			base[i] += ", " + d.Time.Format("2 Jan")
		}
		count[base[i]]++
	}
	seen := map[string]int{}
	for i := range arts {
		if arts[i].Cite != "" {
			continue
		}
		label := base[i]
		if count[label] > 1 {
			seen[label]++
			label += " (" + strconv.Itoa(seen[label]) + ")"
		}
		arts[i].Cite = label
	}
}

// citeName names the source of a for a citation.
func citeName(a *StoryArticle) string {
	if o := strings.TrimSpace(a.Outlet); o != "" {
		return o
	}
	if u, err := url.Parse(a.URL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	if a.File != "" && a.File != "-" {
		return strings.TrimSuffix(path.Base(filepath.ToSlash(a.File)), path.Ext(a.File))
	}
	return "unnamed source"
}
