package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"crosscheck"
)

// Writer writes a briefing a story at a time, so that a briefing of many
// stories need not be held whole: Story for each story in order, then
// Close with what was dropped and the inputs that failed. The bytes
// written are those Markdown, JSON or HTML writes for the whole briefing.
// HTML, whose page is one template, is the exception: its Writer holds the
// stories until Close.
type Writer struct {
	story func(*crosscheck.StoryBriefing) error
	close func([]crosscheck.Dropped, []crosscheck.InputError) error
}

// Story writes the next story.
func (w *Writer) Story(s *crosscheck.StoryBriefing) error { return w.story(s) }

// Close writes the end of the briefing, the dropped pieces and errors
// included, and flushes what is buffered.
func (w *Writer) Close(dropped []crosscheck.Dropped, errs []crosscheck.InputError) error {
	return w.close(dropped, errs)
}

// MarkdownWriter returns a Writer of what Markdown writes.
func MarkdownWriter(w io.Writer) *Writer {
	bw := bufio.NewWriter(w)
	m := &mdWriter{w: bw}
	stories := 0
	return &Writer{
		story: func(s *crosscheck.StoryBriefing) error {
			stories++
			m.story(s)
			return m.err
		},
		close: func(dropped []crosscheck.Dropped, errs []crosscheck.InputError) error {
			if stories == 0 {
				m.line("No stories found.")
				m.line("")
			}
			m.dropped(dropped)
			m.errors(errs)
			if m.err != nil {
				return m.err
			}
			return bw.Flush()
		},
	}
}

// JSONWriter returns a Writer of what JSON writes.
func JSONWriter(w io.Writer) *Writer {
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	// value writes v as JSON's encoder writes it at the given depth of
	// the indented document, without the newline after it.
	value := func(v any, prefix string) error {
		buf.Reset()
		enc := json.NewEncoder(&buf)
		enc.SetIndent(prefix, "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	stories := 0
	return &Writer{
		story: func(s *crosscheck.StoryBriefing) error {
			sep := ",\n    "
			if stories == 0 {
				sep = "{\n  \"stories\": [\n    "
			}
			stories++
			if _, err := bw.WriteString(sep); err != nil {
				return err
			}
			return value(filledStory(*s), "    ")
		},
		close: func(dropped []crosscheck.Dropped, errs []crosscheck.InputError) error {
			head := "\n  ],\n  \"dropped\": "
			if stories == 0 {
				head = "{\n  \"stories\": [],\n  \"dropped\": "
			}
			if _, err := bw.WriteString(head); err != nil {
				return err
			}
			if err := value(nonNil(dropped), "  "); err != nil {
				return err
			}
			if _, err := bw.WriteString(",\n  \"errors\": "); err != nil {
				return err
			}
			if err := value(nonNil(errs), "  "); err != nil {
				return err
			}
			if _, err := bw.WriteString("\n}\n"); err != nil {
				return err
			}
			return bw.Flush()
		},
	}
}

// HTMLWriter returns a Writer of what HTML writes. It holds the stories
// until Close.
func HTMLWriter(w io.Writer) *Writer {
	b := &crosscheck.Briefing{}
	return &Writer{
		story: func(s *crosscheck.StoryBriefing) error {
			b.Stories = append(b.Stories, *s)
			return nil
		},
		close: func(dropped []crosscheck.Dropped, errs []crosscheck.InputError) error {
			b.Dropped, b.Errors = dropped, errs
			return HTML(w, b)
		},
	}
}
