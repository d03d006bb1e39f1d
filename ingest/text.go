package ingest

import (
	"crosscheck"
	"crosscheck/internal/textproc"
)

// textDocument returns a plain text or Markdown input as one Document; any
// metadata it carries in its lines is left for clean to find.
func textDocument(name string, data []byte) crosscheck.Document {
	return crosscheck.Document{
		Source: name,
		Format: crosscheck.FormatText,
		Body:   textproc.Normalize(decodeText(data)),
	}
}
