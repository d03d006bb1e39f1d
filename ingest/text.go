package ingest

import (
	"crosscheck"
	"crosscheck/internal/textproc"
)

// textDocument returns a plain text or Markdown input as one Document; any
// metadata it carries in its lines is left for clean to find. Text that is
// no language (random bytes, one symbol repeated) is refused.
func textDocument(name string, data []byte) (crosscheck.Document, error) {
	doc := crosscheck.Document{
		Source: name,
		Format: crosscheck.FormatText,
		Body:   textproc.Normalize(decodeText(data)),
	}
	return doc, notText(name, "", doc)
}

// shortBody is the length under which a record's body is judged together
// with its title: a feed item's description of "…" or "[more]" beside a
// good headline is a headline-only item, not garbage.
const shortBody = 200

// notText returns the error that refuses a text Document whose body (with
// its title, when the body is short) is not text in a human language, or
// nil. what names the record within the input ("record 3: "), if any.
func notText(name, what string, doc crosscheck.Document) error {
	s := doc.Body
	if len(s) < shortBody {
		s = doc.Title + "\n" + s
	}
	if why := textproc.NotText(s); why != "" {
		return crosscheck.Errorf(crosscheck.Invalid, "", name, "%snot text: %s", what, why)
	}
	return nil
}
