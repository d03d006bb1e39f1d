package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"crosscheck"
)

// ArticleWriter writes what "crosscheck articles" prints: the clean
// articles, the pieces dropped from them and the inputs that failed, as
// JSON or Markdown. Articles are written as they arrive, so that a large
// run is never held in memory; dropped pieces and errors are kept and
// written by Close.
//
// The JSON form is {"articles": [...], "dropped": [...], "errors": [...]},
// every list [] rather than null when empty.
type ArticleWriter struct {
	w        io.Writer
	markdown bool
	n        int
	dropped  []crosscheck.Dropped
	errs     []crosscheck.InputError
	err      error
}

// ArticlesJSON returns an ArticleWriter that writes indented JSON to w.
func ArticlesJSON(w io.Writer) *ArticleWriter { return &ArticleWriter{w: w} }

// ArticlesMarkdown returns an ArticleWriter that writes Markdown to w.
func ArticlesMarkdown(w io.Writer) *ArticleWriter { return &ArticleWriter{w: w, markdown: true} }

// Article writes one article. After a write error it does nothing and
// returns that error.
func (aw *ArticleWriter) Article(a crosscheck.Article) error {
	if aw.err != nil {
		return aw.err
	}
	aw.n++
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if aw.markdown {
		aw.writeMarkdown(a)
		return aw.err
	}
	sep := ",\n"
	if aw.n == 1 {
		sep = "{\n  \"articles\": [\n"
	}
	aw.write(sep)
	aw.writeJSON(a)
	return aw.err
}

// Dropped keeps a dropped piece for Close to write.
func (aw *ArticleWriter) Dropped(d crosscheck.Dropped) { aw.dropped = append(aw.dropped, d) }

// Error keeps an input error for Close to write.
func (aw *ArticleWriter) Error(e crosscheck.InputError) { aw.errs = append(aw.errs, e) }

// Close writes the dropped pieces and the errors and ends the output. It
// returns the first error met writing.
func (aw *ArticleWriter) Close() error {
	if aw.markdown {
		aw.closeMarkdown()
		return aw.err
	}
	if aw.n == 0 {
		aw.write("{\n  \"articles\": []")
	} else {
		aw.write("\n  ]")
	}
	aw.write(",\n  \"dropped\": ")
	aw.writeJSON(nonNil(aw.dropped))
	aw.write(",\n  \"errors\": ")
	aw.writeJSON(nonNil(aw.errs))
	aw.write("\n}\n")
	return aw.err
}

func (aw *ArticleWriter) write(s string) {
	if aw.err == nil {
		_, aw.err = io.WriteString(aw.w, s)
	}
}

// writeJSON writes v indented to sit inside the output's top-level object.
func (aw *ArticleWriter) writeJSON(v any) {
	if aw.err != nil {
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(v); err != nil {
		aw.err = err
		return
	}
	out := bytes.TrimRight(buf.Bytes(), "\n")
	if _, ok := v.(crosscheck.Article); ok {
		aw.write("    ")
		out = bytes.ReplaceAll(out, []byte("\n"), []byte("\n  "))
	}
	aw.write(string(out))
}

func (aw *ArticleWriter) writeMarkdown(a crosscheck.Article) {
	if aw.n == 1 {
		aw.write("# Articles\n")
	}
	title := a.Title
	if title == "" {
		title = a.ID
	}
	aw.write(fmt.Sprintf("\n## %d. %s\n\n", aw.n, mdLine(title)))
	aw.write(fmt.Sprintf("- id: %s\n- file: %s, part %d\n", mdCode(a.ID), mdCode(a.File), a.Part))
	for _, f := range [][2]string{
		{"outlet", a.Outlet}, {"authors", strings.Join(a.Authors, ", ")}, {"published", a.Published.String()},
		{"dateline", a.Dateline}, {"url", a.URL}, {"language", a.Language},
	} {
		if f[1] != "" {
			aw.write(fmt.Sprintf("- %s: %s\n", f[0], mdLine(f[1])))
		}
	}
	for _, p := range a.Paragraphs() {
		aw.write("\n" + mdEscape(p) + "\n")
	}
}

func (aw *ArticleWriter) closeMarkdown() {
	if aw.n == 0 {
		aw.write("# Articles\n\nNo articles.\n")
	}
	if len(aw.dropped) > 0 {
		aw.write("\n## Dropped\n\n")
		for _, d := range aw.dropped {
			aw.write(fmt.Sprintf("- %s part %d, %s: %s\n", mdCode(d.File), d.Part, d.Kind, mdCode(d.Text)))
		}
	}
	if len(aw.errs) > 0 {
		aw.write("\n## Errors\n\n")
		for _, e := range aw.errs {
			aw.write(fmt.Sprintf("- %s: %s\n", mdCode(e.File), mdLine(e.Error)))
		}
	}
}

// mdLine makes s one line of Markdown text that shows as written.
func mdLine(s string) string { return mdEscape(strings.Join(strings.Fields(s), " ")) }

// mdEscape keeps text from turning into markup that a viewer would
// act on: raw HTML, images and inline links.
func mdEscape(s string) string {
	return strings.NewReplacer("<", `\<`, "![", `!\[`, "](", `]\(`).Replace(s)
}

// mdCode returns s as a Markdown code span, fenced with more backticks than
// s holds in a row.
func mdCode(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}
