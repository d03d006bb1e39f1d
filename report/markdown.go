package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"crosscheck"
)

// Markdown writes b as a Markdown document for reading. Per story, what
// happened and where the sources disagree come first; then the facts and
// quotes that several independent sources carry, the figures, who and
// where, the reports themselves, and last what one source alone reported
// and what outlets left out. Reports are cited by outlet and day, linked
// to the original where its URL is known. What was dropped from the inputs
// and the inputs that failed close the document.
func Markdown(w io.Writer, b *crosscheck.Briefing) error {
	bw := bufio.NewWriter(w)
	m := &mdWriter{w: bw}
	if len(b.Stories) == 0 {
		m.line("No stories found.")
		m.line("")
	}
	for i := range b.Stories {
		m.story(&b.Stories[i])
	}
	m.dropped(b.Dropped)
	m.errors(b.Errors)
	if m.err != nil {
		return m.err
	}
	return bw.Flush()
}

type mdWriter struct {
	w   *bufio.Writer
	err error
}

func (m *mdWriter) line(format string, args ...any) {
	if m.err != nil {
		return
	}
	if len(args) == 0 {
		_, m.err = io.WriteString(m.w, format+"\n")
		return
	}
	_, m.err = fmt.Fprintf(m.w, format+"\n", args...)
}

// cell makes s safe inside a Markdown table cell: one line, its bars
// escaped, and no markup a viewer would act on.
func cell(s string) string { return strings.ReplaceAll(inline(s), "|", `\|`) }

// inline flattens s to one line so that it cannot open a block, and
// escapes the raw HTML, images and links that text from the inputs may
// hold (a <script>, an <img onerror>), as the articles command does.
func inline(s string) string { return mdEscape(strings.Join(strings.Fields(s), " ")) }

func (m *mdWriter) story(s *crosscheck.StoryBriefing) {
	c := newCiter(s.Articles)
	title := s.Title
	if title == "" {
		title = s.ID
	}
	m.line("# %s", inline(title))
	m.line("")
	m.line("%s", inline(storyLine(s)))
	m.line("")

	if len(s.Summary) > 0 {
		m.line("## What happened")
		m.line("")
		for _, x := range s.Summary {
			m.line("- %s %s", inline(x.Text), c.md(x.Articles))
		}
		m.line("")
	}

	if len(s.Discrepancies) > 0 {
		m.line("## Where the sources disagree")
		m.line("")
		for _, d := range s.Discrepancies {
			var vs []string
			for i, v := range d.Variants {
				t := ""
				if d.Update && i < len(d.Times) && !d.Times[i].IsZero() {
					t = " at " + d.Times[i].String()
				}
				vs = append(vs, fmt.Sprintf("“%s” %s%s", inline(v.Text), c.md(v.Articles), t))
			}
			if d.Update {
				// An update reads in time order, each version with its time.
				m.line("- **%s, updated**: %s: %s", d.Kind, inline(d.About), strings.Join(vs, " then "))
				continue
			}
			m.line("- **%s**: %s: %s", d.Kind, inline(d.About), strings.Join(vs, " vs "))
		}
		m.line("")
	}

	shared, single := splitFacts(s.Facts)
	if len(shared) > 0 {
		m.line("## Facts from several sources")
		m.line("")
		m.line("Independent sources count the copies of one wire story once.")
		m.line("")
		for _, f := range shared {
			m.line("- %s (%d independent: %s)", inline(f.Text), f.Independent, c.mdPlain(f.Articles))
		}
		m.line("")
	}

	sharedQ, singleQ := splitQuotes(s.Quotes)
	if len(sharedQ) > 0 {
		m.line("## Quotes from several sources")
		m.line("")
		for _, q := range sharedQ {
			m.quote(q, c)
			for _, v := range q.Variants {
				if len(q.Variants) > 1 {
					m.line("  - wording: “%s” %s", inline(v.Text), c.md(v.Articles))
				}
			}
		}
		m.line("")
	}

	sharedF, singleF := c.splitFigures(s.Figures)
	if len(sharedF) > 0 {
		m.line("## Figures from several sources")
		m.line("")
		m.figures(sharedF, c)
	}

	if len(s.Entities) > 0 {
		m.line("## Who and where")
		m.line("")
		for _, k := range []struct {
			kind  crosscheck.EntityKind
			label string
		}{{crosscheck.Person, "People"}, {crosscheck.Organization, "Organisations"}, {crosscheck.Place, "Places"}} {
			var names []string
			for _, e := range s.Entities {
				if e.Kind != k.kind {
					continue
				}
				name := e.Name
				if others := otherVariants(e); len(others) > 0 {
					name += " (also " + strings.Join(others, ", ") + ")"
				}
				names = append(names, name)
			}
			if len(names) > 0 {
				m.line("- %s: %s", k.label, inline(strings.Join(names, "; ")))
			}
		}
		m.line("")
	}

	m.line("## Reports")
	m.line("")
	m.line("| Report | Outlet | Published | Title | Origin | Id |")
	m.line("|---|---|---|---|---|---|")
	for _, a := range s.Articles {
		m.line("| %s | %s | %s | %s | %s | %s |", strings.ReplaceAll(c.mdOne(a.ID), "|", `\|`), cell(a.Outlet), a.Published, cell(a.Title), cell(c.origin(a)), cell(a.ID))
	}
	m.line("")

	if len(single) > 0 || len(singleQ) > 0 || len(singleF) > 0 {
		m.line("## From one source only")
		m.line("")
		if len(single) > 0 {
			m.line("%s reported by one source only:", count(len(single), "fact", "facts"))
			m.line("")
			for _, f := range single {
				m.line("- %s %s", inline(f.Text), c.md(f.Articles))
			}
			m.line("")
		}
		if len(singleQ) > 0 {
			m.line("%s from one source only:", count(len(singleQ), "quote", "quotes"))
			m.line("")
			for _, q := range singleQ {
				m.quote(q, c)
			}
			m.line("")
		}
		if len(singleF) > 0 {
			m.line("%s from one source only:", count(len(singleF), "figure", "figures"))
			m.line("")
			m.figures(singleF, c)
		}
	}

	if left := leftOut(s, c); len(left) > 0 {
		m.line("## Left out")
		m.line("")
		m.line("Facts most other outlets reported, with the outlets that did not.")
		m.line("")
		for _, l := range left {
			m.line("- %s (not in %s)", inline(s.Facts[l.fact].Text), inline(strings.Join(l.outlets, ", ")))
		}
		m.line("")
	}

	if len(s.Cuts) > 0 {
		m.line("## Analysed in part")
		m.line("")
		for _, c := range s.Cuts {
			m.line("- %s: %s", inline(c.Article), inline(c.Reason))
		}
		m.line("")
	}
}

// omission is a fact and the outlets that left it out.
type omission struct {
	fact    int
	outlets []string
}

// leftOut returns the facts some outlets left out, each once with all of
// them, in the order of the outlets.
func leftOut(s *crosscheck.StoryBriefing, c *citer) []omission {
	var out []omission
	at := map[int]int{}
	for _, u := range s.Unique {
		for _, i := range u.Missing {
			if i < 0 || i >= len(s.Facts) {
				continue
			}
			j, ok := at[i]
			if !ok {
				j = len(out)
				at[i] = j
				out = append(out, omission{fact: i})
			}
			// A report with no outlet stands for itself, under its label.
			out[j].outlets = append(out[j].outlets, c.label(u.Outlet))
		}
	}
	return out
}

func (m *mdWriter) figures(fs []crosscheck.Figure, c *citer) {
	m.line("| Figure | Value | Unit | Context | Reports |")
	m.line("|---|---|---|---|---|")
	for _, f := range fs {
		m.line("| %s | %s | %s | %s | %s |", cell(f.Text), figureValue(f), cell(f.Unit), cell(f.Context), strings.ReplaceAll(c.mdPlain(f.Articles), "|", `\|`))
	}
	m.line("")
}

func (m *mdWriter) quote(q crosscheck.Quote, c *citer) {
	speaker := q.Speaker
	if speaker == "" {
		speaker = "unattributed"
	}
	m.line("- %s: “%s” %s", inline(speaker), inline(q.Text), c.md(q.Articles))
}

// storyLine says in one line how many reports, outlets and independent
// origins a story has and when it ran.
func storyLine(s *crosscheck.StoryBriefing) string {
	outlets := map[string]bool{}
	var first, last time.Time
	for _, a := range s.Articles {
		if a.Outlet != "" {
			outlets[a.Outlet] = true
		}
		if t := a.Published.Time; !t.IsZero() {
			if first.IsZero() || t.Before(first) {
				first = t
			}
			if t.After(last) {
				last = t
			}
		}
	}
	line := fmt.Sprintf("%s from %s, %s", count(len(s.Articles), "report", "reports"),
		count(len(outlets), "named outlet", "named outlets"), count(countOrigins(s.Articles), "independent origin", "independent origins"))
	switch {
	case first.IsZero():
	case first.Format(time.DateOnly) == last.Format(time.DateOnly):
		line += "; " + first.Format("2 Jan 2006")
	default:
		line += "; " + first.Format("2 Jan 2006") + " to " + last.Format("2 Jan 2006")
	}
	return line + ". Story " + s.ID + "."
}

// count writes n with the noun's singular or plural.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func (m *mdWriter) dropped(ds []crosscheck.Dropped) {
	if len(ds) == 0 {
		return
	}
	counts := map[crosscheck.DropKind]int{}
	for _, d := range ds {
		counts[d.Kind]++
	}
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%d %s", counts[crosscheck.DropKind(k)], k))
	}
	m.line("## Dropped from the inputs")
	m.line("")
	m.line("%s.", strings.Join(parts, ", "))
	m.line("")
	for _, d := range ds {
		if d.Kind == crosscheck.DropOffTopic || d.Kind == crosscheck.DropCrosshead {
			m.line("- %s, part %d, %s: %s", inline(d.File), d.Part, d.Kind, inline(d.Text))
		}
	}
	m.line("")
}

func (m *mdWriter) errors(es []crosscheck.InputError) {
	if len(es) == 0 {
		return
	}
	m.line("## Inputs that failed")
	m.line("")
	for _, e := range es {
		m.line("- %s: %s", inline(e.File), inline(e.Error))
	}
	m.line("")
}

func countOrigins(as []crosscheck.StoryArticle) int {
	seen := map[string]bool{}
	for _, a := range as {
		seen[a.Origin] = true
	}
	return len(seen)
}

func otherVariants(e crosscheck.Entity) []string {
	var out []string
	for _, v := range e.Variants {
		if v != e.Name {
			out = append(out, v)
		}
	}
	return out
}

// figureValue prints a figure's value for reading: the day itself for
// units counted in days since 1970-01-01, the clock for a time of day
// (minutes after midnight: "02:40"), the number otherwise.
func figureValue(f crosscheck.Figure) string {
	switch f.Unit {
	case "date", "month", "week":
		return time.Unix(int64(f.Value)*86400, 0).UTC().Format(time.DateOnly)
	case "time of day":
		m := int(f.Value)
		return fmt.Sprintf("%02d:%02d", m/60%24, m%60)
	}
	return formatValue(f.Value)
}

// formatValue prints v without a trailing ".000000" and without exponent
// notation for the magnitudes news figures have.
func formatValue(v float64) string {
	s := fmt.Sprintf("%.4f", v)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
