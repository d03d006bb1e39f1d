package report

import (
	"bytes"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestWriterMatchesWhole(t *testing.T) {
	two := sample()
	two.Stories = append(two.Stories, crosscheck.StoryBriefing{ID: "s2", Title: "Another <b>story</b>"})
	briefings := map[string]*crosscheck.Briefing{
		"sample":      sample(),
		"two stories": two,
		"empty":       {},
		"errors only": {Errors: []crosscheck.InputError{{File: "a.bin", Error: "binary"}}},
	}
	formats := []struct {
		name   string
		whole  func(io.Writer, *crosscheck.Briefing) error
		stream func(io.Writer) *Writer
	}{
		{"md", Markdown, MarkdownWriter},
		{"json", JSON, JSONWriter},
		{"html", HTML, HTMLWriter},
	}
	for name, b := range briefings {
		for _, f := range formats {
			t.Run(name+"/"+f.name, func(t *testing.T) {
				var want, got bytes.Buffer
				if err := f.whole(&want, b); err != nil {
					t.Fatal(err)
				}
				w := f.stream(&got)
				for i := range b.Stories {
					if err := w.Story(&b.Stories[i]); err != nil {
						t.Fatal(err)
					}
				}
				if err := w.Close(b.Dropped, b.Errors); err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want.String(), got.String()); diff != "" {
					t.Errorf("mismatch (-whole +story by story):\n%s", diff)
				}
			})
		}
	}
}
