package report

import (
	"encoding/json"
	"io"

	"crosscheck"
)

// StoryJSON writes one story's briefing as JSON, as it appears among the
// stories of JSON's output: empty lists written as [].
func StoryJSON(w io.Writer, s *crosscheck.StoryBriefing) error {
	b := filled(&crosscheck.Briefing{Stories: []crosscheck.StoryBriefing{*s}})
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b.Stories[0])
}
