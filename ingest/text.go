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

// notText returns the error that refuses a text Document whose body, or
// title when it has no body, is not text in a human language, or nil.
// what names the record within the input ("record 3: "), if any.
func notText(name, what string, doc crosscheck.Document) error {
	s := doc.Body
	if s == "" {
		s = doc.Title
	}
	if why := textproc.NotText(s); why != "" {
		return crosscheck.Errorf(crosscheck.Invalid, "", name, "%snot text: %s", what, why)
	}
	return nil
}
