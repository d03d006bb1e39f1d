// Package clean turns a text Document into clean Articles: it splits a
// file that holds several reports, takes bylines, outlet and publication
// lines, titles and datelines as metadata, and drops page furniture
// (images, advertisements, credits, copyright lines, separators),
// sub-headings and paragraphs glued on from other stories, reporting every
// piece it drops. It reads text only; web pages reach it after extraction.
package clean

import (
	"strings"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// Options change how Clean works. The zero value is what Articles uses.
type Options struct {
	// Single treats the document as one report: separators and datelines
	// do not split it. Right for a web page, which holds one article.
	Single bool
	// KeepOffTopic keeps trailing paragraphs that seem to belong to
	// another story.
	KeepOffTopic bool
	// KeepCrossheads keeps sub-headings in the body, as extraction
	// benchmarks count them as article text.
	KeepCrossheads bool
	// Extracted says the text is what extraction kept of a web page, which
	// has told the body from the page around it already: every paragraph
	// that no line rule drops (byline, credit, image, separator, furniture,
	// legal line) is body, whatever its language or length. There is no
	// header of headline and outlet lines to read, and sub-headings stay.
	Extracted bool
}

// Articles splits a text Document into clean articles with the default
// Options and reports what it dropped. Ids are "<base name of
// Source>#<part>" when the Document has no ID, doc.ID when it holds one
// article and doc.ID+"#<part>" when it holds several; parts count from 1.
func Articles(doc crosscheck.Document) ([]crosscheck.Article, []crosscheck.Dropped) {
	return Clean(doc, Options{})
}

// Clean is Articles with options. Metadata the Document carries (title,
// outlet, authors, date, URL, language) is kept; the text fills what is
// missing. Text left when no article can be made of it (a document of
// furniture only) is reported as dropped with Part 0.
func Clean(doc crosscheck.Document, opts Options) ([]crosscheck.Article, []crosscheck.Dropped) {
	units := readUnits(textproc.Normalize(doc.Body))
	for i := range units {
		units[i].kind = classify(units[i].text)
		if opts.Extracted && (units[i].kind == kText || units[i].kind == kField) {
			units[i].kind = kBody
		}
	}
	if !bodyIn(units) {
		// A document of short lines only: they are its body.
		for i := range units {
			if units[i].kind == kText {
				units[i].kind = kBody
			}
		}
	}
	parts := split(units, opts.Single)
	file := fileMeta(units)
	var arts []crosscheck.Article
	var dropped []crosscheck.Dropped
	for _, p := range parts {
		a, ok := article(doc, p, file, opts)
		part := 0
		if ok {
			arts = append(arts, a)
			part = len(arts)
		}
		for _, u := range p {
			if u.kind != kBody {
				dropped = append(dropped, crosscheck.Dropped{File: doc.Source, Part: part, Kind: u.kind.dropKind(), Text: u.raw})
			}
		}
	}
	for i := range arts {
		arts[i].Part = i + 1
		arts[i].ID = crosscheck.ArticleID(doc.Source, doc.ID, i+1)
		arts[i].Record = doc.ID
	}
	return arts, dropped
}

// bodyTexts returns the texts of the units at the indexes idx.
func bodyTexts(units []unit, idx []int) []string {
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = units[j].text
	}
	return out
}

// maxTrailer is the most words of a line after the body that is taken
// for a label.
const maxTrailer = 4

// meta is what the furniture of a part or a file says about its article.
type meta struct {
	title     string
	outlet    string
	url       string
	authors   []string
	published crosscheck.Date
}

// fileMeta reads the outlet and date that a publication line anywhere in a
// file gives: they hold for every part that has none of its own.
func fileMeta(units []unit) meta {
	var m meta
	for _, u := range units {
		if u.kind != kPublication {
			continue
		}
		p, _ := parsePublication(u.text)
		if m.outlet == "" {
			m.outlet = p.Outlet
		}
		if m.published.IsZero() {
			m.published = p.Published
		}
	}
	return m
}

// article makes the article of one part, classifying its units in place.
func article(doc crosscheck.Document, units []unit, file meta, opts Options) (crosscheck.Article, bool) {
	first, last := -1, -1
	for i, u := range units {
		if readsAsBody(u) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return crosscheck.Article{}, false
	}
	if first < last && questionHeadline(units, first) {
		units[first].kind = kTitle
		first++
		for !readsAsBody(units[first]) {
			first++
		}
	}
	var m meta
	for _, u := range units[:first] {
		if u.kind == kField {
			applyField(u.text, &m)
		}
	}
	header(doc, units[:first], &m)
	for _, u := range units[:first] {
		if u.kind == kTitle && m.title == "" {
			m.title = u.text
		}
	}
	for i := first; i <= last; i++ {
		if units[i].kind != kText {
			continue
		}
		units[i].kind = kBody
		if !opts.KeepCrossheads && !bodyLike(units[i].text) && isCrosshead(units[i]) {
			units[i].kind = kCrosshead
		}
	}
	// Labels after the body are furniture ("Related", topic tags); other
	// lines, lists of dates or results among them, are body text that
	// lacks a full stop.
	for i := last + 1; i < len(units); i++ {
		if units[i].kind == kText {
			units[i].kind = kBody
			if t := units[i].text; wordCount(t) <= maxTrailer && !strings.ContainsAny(t, "0123456789:") {
				units[i].kind = kBoilerplate
			}
		}
	}

	var body []int
	for i, u := range units {
		if u.kind == kBody {
			body = append(body, i)
		}
	}
	// The measure of topic rests on English function words.
	english := isEnglish(strings.Join(bodyTexts(units, body), " "))
	if !opts.KeepOffTopic && english {
		gaps := make([]int, len(body))
		for i, j := range body {
			gaps[i] = units[j].gap
		}
		for _, k := range offTopic(bodyTexts(units, body), gaps, m.title+" "+doc.Title) {
			units[body[k]].kind = kOffTopic
		}
	}

	// Outlet evidence, strongest first: the part's own outlet or
	// publication line, the publisher's own field in the document's
	// metadata (a JSON record's outlet, a feed's title, a page's site
	// name), its byline, its dateline's wire agency, a credit naming the
	// writers' outlet, a publication line elsewhere in the file. A
	// dateline's agency says where the text came from (its origin, which
	// provenance reads from the text), not who published it.
	var bylineOutlet, creditOutlet, dateline, agency string
	var authors []string
	var bylineDate crosscheck.Date
	for _, u := range units {
		switch u.kind {
		case kByline:
			b, ok := parseByline(u.text)
			if !ok {
				b, _ = parseByline("By " + u.text)
			}
			authors = appendNew(authors, b.Authors...)
			if bylineOutlet == "" {
				bylineOutlet = b.Outlet
			}
			if bylineDate.IsZero() {
				bylineDate = b.Published
			}
		case kCredit:
			if name := reachedName(u.text); name != "" {
				authors = appendNew(authors, name)
			}
			if creditOutlet == "" {
				creditOutlet = writesFor(u.text)
			}
		}
	}
	var paras []string
	for _, u := range units {
		if u.kind != kBody {
			continue
		}
		if len(paras) == 0 {
			if d, ok := parseDateline(u.text); ok {
				dateline, agency = d.Place, d.Agency
			}
		}
		paras = append(paras, u.text)
	}
	if len(paras) == 0 {
		return crosscheck.Article{}, false
	}
	text := strings.Join(paras, "\n\n")

	// A title that is only a publication line ("May 2, 2013, 1:12 PM",
	// "Last updated at 13:59 GMT") dates the article and names none.
	title, titleDate := doc.Title, crosscheck.Date{}
	if p, ok := parsePublication(title); ok {
		title, titleDate = "", p.Published
	}
	a := crosscheck.Article{
		File:      doc.Source,
		Title:     firstNonEmpty(title, m.title),
		Outlet:    firstNonEmpty(m.outlet, doc.Outlet, bylineOutlet, agency, creditOutlet, file.outlet),
		Authors:   doc.Authors,
		Published: doc.Published,
		Dateline:  dateline,
		URL:       firstNonEmpty(doc.URL, m.url),
		Language:  doc.Language,
		Text:      text,
	}
	if len(a.Authors) == 0 {
		a.Authors = appendNew(m.authors, authors...)
	}
	for _, d := range []crosscheck.Date{m.published, titleDate, bylineDate, file.published} {
		if a.Published.IsZero() {
			a.Published = d
		}
	}
	if a.Language == "" && english {
		a.Language = "en"
	}
	return a, true
}

// readsAsBody reports whether a unit is, or reads as, a body paragraph.
func readsAsBody(u unit) bool {
	return u.kind == kBody || u.kind == kText && bodyLike(u.text)
}

// questionHeadline reports whether the unit at i, the first that reads
// as body text, is a headline that asks a question: the first text of the
// part, short, and followed by a byline, publication line or header field.
func questionHeadline(units []unit, i int) bool {
	for _, u := range units[:i] {
		if u.kind == kText {
			return false
		}
	}
	t := strings.TrimSpace(units[i].text)
	if !strings.HasSuffix(t, "?") || wordCount(t) > 15 || strings.ContainsAny(t, "\"“”") || i+1 >= len(units) {
		return false
	}
	switch units[i+1].kind {
	case kByline, kPublication, kField:
		return true
	}
	return false
}

// header classifies the lines before a part's first body paragraph: the
// headline, an outlet line, and other furniture.
func header(doc crosscheck.Document, units []unit, m *meta) {
	docTitle := textproc.Fold(strings.TrimSpace(doc.Title))
	for i := range units {
		u := &units[i]
		switch u.kind {
		case kPublication:
			p, _ := parsePublication(u.text)
			if m.outlet == "" {
				m.outlet = p.Outlet
			}
			if m.published.IsZero() {
				m.published = p.Published
			}
			continue
		case kText:
		default:
			continue
		}
		prevTitle := i > 0 && units[i-1].kind == kTitle
		nearByline := i > 0 && units[i-1].kind == kByline || i+1 < len(units) && units[i+1].kind == kByline
		words := wordCount(u.text)
		switch {
		case docTitle != "" && textproc.Fold(u.text) == docTitle:
			u.kind = kTitle
		case knownOutlet(u.text) != "":
			u.kind = kOutlet
			if m.outlet == "" {
				m.outlet = knownOutlet(u.text)
			}
		case (prevTitle || i == 0 && docTitle != "") && isBareByline(u.text):
			// Names under the headline without "By".
			u.kind = kByline
		case m.title == "" && (u.heading || words >= 3 && words <= 30):
			u.kind = kTitle
			m.title = u.text
		case words <= 4 && isOutletName(u.text) && !sectionWords[strings.ToLower(u.text)] && (prevTitle || nearByline) && m.outlet == "":
			u.kind = kOutlet
			m.outlet = u.text
		default:
			u.kind = kBoilerplate
		}
	}
}

// sectionWords are labels that stand above headlines and are not outlets.
var sectionWords = map[string]bool{}

func init() {
	for _, w := range strings.Split(`news|world|politics|business|opinion|analysis|sport|sports|health|science|technology|tech|entertainment|culture|local|national|international|europe|asia|americas|africa|middle east|us|u.s.|uk|live|breaking|exclusive|video|photos|updated|featured|home|world news|us news|top stories|latest|explainer|commentary|editorial|economy|markets|war in ukraine|ukraine war`, "|") {
		sectionWords[w] = true
	}
}

// firstNonEmpty returns the first non-empty string.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// appendNew appends the names not yet in list.
func appendNew(list []string, names ...string) []string {
outer:
	for _, n := range names {
		for _, have := range list {
			if strings.EqualFold(have, n) {
				continue outer
			}
		}
		list = append(list, n)
	}
	return list
}

// isEnglish reports whether text reads as English: enough of its first
// words are English function words.
func isEnglish(text string) bool {
	words := textproc.Words(text[:min(len(text), 4000)])
	if len(words) < 8 {
		return false
	}
	stop := 0
	for _, w := range words {
		if textproc.IsStopword(strings.ToLower(w)) {
			stop++
		}
	}
	return float64(stop) >= 0.2*float64(len(words))
}
