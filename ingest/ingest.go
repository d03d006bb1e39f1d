// Package ingest reads crosscheck's inputs into Documents: plain text and
// Markdown files, HTML pages, JSON and JSON Lines records, RSS, Atom and
// JSON feeds, and WARC archives, each possibly gzipped. It recognises an
// input by its content first and its file name second, decodes it to NFC
// UTF-8 and names every input it cannot read, with the reason.
//
// Ingest does not extract the main text of web pages (package extract does)
// nor clean or split texts into articles (package clean does).
package ingest

import (
	"errors"
	"io"

	"crosscheck"
)

// Default limits.
const (
	// DefaultMaxSize is the largest input, once decompressed, that is read
	// whole: everything but WARC archives and JSON Lines.
	DefaultMaxSize = 50 << 20
	// DefaultMaxRecord is the largest WARC record or JSON Lines line read;
	// larger ones are skipped and reported.
	DefaultMaxRecord = 16 << 20
)

// Options configures Walk.
type Options struct {
	// MaxSize limits the size of an input that is read whole; 0 means
	// DefaultMaxSize. WARC archives, JSON Lines (.jsonl, .ndjson) and .json
	// files holding an array of records ([...] or {"articles": [...]})
	// are streamed, a record at a time, and exempt.
	MaxSize int64
	// MaxRecord limits the size of one WARC record, JSON Lines line or
	// record of a streamed JSON array; 0
	// means DefaultMaxRecord.
	MaxRecord int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Warn, when set, is told of the entries a directory walk passes over
	// without reading them: broken symbolic links, symbolic link loops,
	// links to directories (not followed, so that a walk cannot loop) and
	// what is no regular file (pipes, devices, sockets). They are no
	// inputs that failed, but their names should not vanish unsaid.
	Warn func(crosscheck.InputError)
	// Skip, when set, names the files a directory walk passes over in
	// silence: the files of a store kept among the inputs, say. Files
	// named as inputs themselves are always read.
	Skip func(path string) bool
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

func (o Options) maxRecord() int64 {
	if o.MaxRecord > 0 {
		return o.MaxRecord
	}
	return DefaultMaxRecord
}

// InputError turns err into the InputError that names its input. The text
// starts with the error's kind ("empty input", "invalid input: ...") and
// leaves the input's name to the File field.
func InputError(input string, err error) crosscheck.InputError {
	var e *crosscheck.Error
	if !errors.As(err, &e) {
		return crosscheck.InputError{File: input, Error: err.Error()}
	}
	if e.Input != "" {
		input = e.Input
	}
	msg := e.Kind.String()
	switch {
	case e.Err != nil && e.Kind == crosscheck.Other:
		msg = e.Err.Error()
	case e.Err != nil:
		msg += ": " + e.Err.Error()
	}
	return crosscheck.InputError{File: input, Error: msg}
}
