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

// Markdown writes b as a Markdown document for reading: per story its
// sources, summary, discrepancies, facts, quotes, figures, entities and
// what each outlet alone reported, then what was dropped from the inputs
// and the inputs that failed.
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

func ids(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return "[" + inline(strings.Join(list, ", ")) + "]"
}

func (m *mdWriter) story(s *crosscheck.StoryBriefing) {
	title := s.Title
	if title == "" {
		title = s.ID
	}
	m.line("# %s", inline(title))
	m.line("")
	outlets := map[string]bool{}
	for _, a := range s.Articles {
		if a.Outlet != "" {
			outlets[a.Outlet] = true
		}
	}
	m.line("Story %s: %d articles, %d named outlets, %d independent origins.", s.ID, len(s.Articles), len(outlets), countOrigins(s.Articles))
	m.line("")

	m.line("## Sources")
	m.line("")
	m.line("| Article | Outlet | Published | Title | Origin |")
	m.line("|---|---|---|---|---|")
	for _, a := range s.Articles {
		origin := a.Origin
		if a.CopyOf != "" {
			origin += " (copy of " + a.CopyOf + ")"
		}
		if len(a.Credits) > 0 {
			origin += "; credits " + strings.Join(a.Credits, ", ")
		}
		m.line("| %s | %s | %s | %s | %s |", cell(a.ID), cell(a.Outlet), a.Published, cell(a.Title), cell(origin))
	}
	m.line("")

	if len(s.Summary) > 0 {
		m.line("## Summary")
		m.line("")
		for _, c := range s.Summary {
			m.line("- %s %s", inline(c.Text), ids(c.Articles))
		}
		m.line("")
	}

	if len(s.Discrepancies) > 0 {
		m.line("## Discrepancies")
		m.line("")
		for _, d := range s.Discrepancies {
			var vs []string
			for _, v := range d.Variants {
				vs = append(vs, fmt.Sprintf("%q %s", inline(v.Text), ids(v.Articles)))
			}
			if d.Update {
				// An update reads in time order, each version with its time.
				vs = vs[:0]
				for i, v := range d.Variants {
					t := ""
					if i < len(d.Times) {
						t = " (" + d.Times[i].String() + ")"
					}
					vs = append(vs, fmt.Sprintf("%q %s%s", inline(v.Text), ids(v.Articles), t))
				}
				m.line("- **%s update**: %s: %s", d.Kind, inline(d.About), strings.Join(vs, " then "))
				continue
			}
			m.line("- **%s**: %s: %s", d.Kind, inline(d.About), strings.Join(vs, " vs "))
		}
		m.line("")
	}

	// Facts that one article alone carries are many and are listed per
	// outlet below; here stand the ones sources can be compared on.
	shared, single := 0, 0
	for _, f := range s.Facts {
		if len(f.Articles) > 1 {
			shared++
		} else {
			single++
		}
	}
	if shared > 0 {
		m.line("## Facts")
		m.line("")
		m.line("Facts carried by more than one article. Independent sources count copies of one wire story once.")
		m.line("")
		for _, f := range s.Facts {
			if len(f.Articles) > 1 {
				m.line("- %s (%d independent; %s) %s", inline(f.Text), f.Independent, inline(strings.Join(f.Outlets, ", ")), ids(f.Articles))
			}
		}
		m.line("")
	}
	if single > 0 {
		if single == 1 {
			m.line("1 more fact is carried by one article only (see Per outlet, or the JSON output).")
		} else {
			m.line("%d more facts are carried by one article each (see Per outlet, or the JSON output).", single)
		}
		m.line("")
	}

	if len(s.Quotes) > 0 {
		m.line("## Quotes")
		m.line("")
		for _, q := range s.Quotes {
			speaker := q.Speaker
			if speaker == "" {
				speaker = "unattributed"
			}
			m.line("- %s: “%s” (%d independent) %s", inline(speaker), inline(q.Text), q.Independent, ids(q.Articles))
			if len(q.Variants) > 1 {
				for _, v := range q.Variants {
					m.line("  - variant: “%s” %s", inline(v.Text), ids(v.Articles))
				}
			}
		}
		m.line("")
	}

	if len(s.Figures) > 0 {
		m.line("## Figures")
		m.line("")
		m.line("| Figure | Value | Unit | Context | Articles |")
		m.line("|---|---|---|---|---|")
		for _, f := range s.Figures {
			m.line("| %s | %s | %s | %s | %s |", cell(f.Text), figureValue(f), cell(f.Unit), cell(f.Context), cell(strings.Join(f.Articles, ", ")))
		}
		m.line("")
	}

	if len(s.Entities) > 0 {
		m.line("## Entities")
		m.line("")
		for _, e := range s.Entities {
			line := fmt.Sprintf("- %s (%s)", inline(e.Name), e.Kind)
			if others := otherVariants(e); len(others) > 0 {
				line += ": also " + inline(strings.Join(others, ", "))
			}
			m.line("%s %s", line, ids(e.Articles))
		}
		m.line("")
	}

	if len(s.Unique) > 0 {
		m.line("## Per outlet")
		m.line("")
		for _, u := range s.Unique {
			m.line("### %s", inline(u.Outlet))
			m.line("")
			m.factList("Only this outlet reported:", u.Facts, s.Facts)
			m.factList("Most others reported, this outlet did not:", u.Missing, s.Facts)
		}
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

func (m *mdWriter) factList(head string, idx []int, facts []crosscheck.Fact) {
	if len(idx) == 0 {
		return
	}
	m.line(head)
	m.line("")
	for _, i := range idx {
		if i >= 0 && i < len(facts) {
			m.line("- %s %s", inline(facts[i].Text), ids(facts[i].Articles))
		}
	}
	m.line("")
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
// units counted in days since 1970-01-01, the number otherwise.
func figureValue(f crosscheck.Figure) string {
	switch f.Unit {
	case "date", "month", "week":
		return time.Unix(int64(f.Value)*86400, 0).UTC().Format(time.DateOnly)
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
