package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// kind is what an input holds.
type kind int

const (
	kindText kind = iota
	kindHTML
	kindJSON
	kindFeed
)

// sniffLen is how much of an input is looked at to recognise it.
const sniffLen = 8 << 10

// emitFunc passes a Document on; its error stops the input.
type emitFunc func(crosscheck.Document) error

// read recognises one input and reads its Documents. It returns the error
// that ended the input early; report receives errors about parts of it
// (one bad record) that did not stop it.
func read(ctx context.Context, in input, opts Options, emit emitFunc, report func(error)) error {
	name := in.name
	br := bufio.NewReaderSize(in.r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) {
		return crosscheck.Errorf(crosscheck.Other, "", name, "%w", err)
	}
	if len(head) == 0 {
		return crosscheck.Errorf(crosscheck.Empty, "", name, "no content")
	}
	hint := strings.ToLower(filepath.Ext(name))
	if in.hint != "" {
		hint = in.hint
	}
	size := in.size
	gzipped := isGzip(head)
	if gzipped {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return crosscheck.Errorf(crosscheck.Invalid, "", name, "bad gzip stream: %w", err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
		// An error after some content shows again on the next read, once
		// the records before it have been read.
		head, err = br.Peek(sniffLen)
		if len(head) == 0 && err != nil && !errors.Is(err, io.EOF) {
			return gzipError(name, err)
		}
		if len(head) == 0 {
			return crosscheck.Errorf(crosscheck.Empty, "", name, "no content in gzip stream")
		}
		if in.hint == "" {
			hint = strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
		}
		size = -1
	}
	if isWARC(head) {
		return readWARC(ctx, name, br, opts.maxRecord(), emit, report)
	}
	if isJSONLinesHint(hint) && !hasBOM(head) && utf16Order(head) == 0 {
		// JSON Lines stream like WARC, a record at a time, and are exempt
		// from the size limit.
		if why := binary(head); why != "" {
			return crosscheck.Errorf(crosscheck.Binary, "", name, "%s", why)
		}
		return streamJSONLines(ctx, name, br, opts.maxRecord(), emit, report)
	}
	max := opts.maxSize()
	// A JSON document over the limit streams as an array of records, a
	// record at a time, when it is one.
	streamable := hint == ".json" && !hasBOM(head) && utf16Order(head) == 0 && jsonContainer(head)
	if size > max {
		if streamable {
			if why := binary(head); why != "" {
				return crosscheck.Errorf(crosscheck.Binary, "", name, "%s", why)
			}
			return streamJSON(ctx, name, br, opts.maxRecord(), emit, report)
		}
		return crosscheck.Errorf(crosscheck.TooLarge, "", name, "%d bytes, over the limit of %d", size, max)
	}
	data, err := io.ReadAll(io.LimitReader(br, max+1))
	switch {
	case err != nil && gzipped:
		return gzipError(name, err)
	case err != nil:
		return crosscheck.Errorf(crosscheck.Other, "", name, "%w", err)
	}
	if int64(len(data)) > max {
		if streamable {
			if why := binary(head); why != "" {
				return crosscheck.Errorf(crosscheck.Binary, "", name, "%s", why)
			}
			return streamJSONRest(ctx, name, data, br, opts.maxRecord(), emit, report)
		}
		return crosscheck.Errorf(crosscheck.TooLarge, "", name, "over the limit of %d bytes", max)
	}
	return readBytes(ctx, name, hint, data, emit, report)
}

// gzipError describes a failure to read a gzip stream.
func gzipError(name string, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return crosscheck.Errorf(crosscheck.Invalid, "", name, "truncated gzip stream")
	}
	return crosscheck.Errorf(crosscheck.Invalid, "", name, "corrupt gzip stream: %w", err)
}

// jsonContainer reports whether b starts, after white space, with a JSON
// array or object.
func jsonContainer(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && (b[0] == '[' || b[0] == '{')
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

func isWARC(b []byte) bool { return bytes.HasPrefix(b, []byte("WARC/")) }

// readBytes reads an input held in memory: it decodes UTF-16, refuses
// binary content and hands the input to the reader of its kind.
func readBytes(ctx context.Context, name, hint string, data []byte, emit emitFunc, report func(error)) error {
	data = fromUTF16(data)
	if len(bytes.TrimSpace(data)) == 0 {
		return crosscheck.Errorf(crosscheck.Empty, "", name, "no content")
	}
	if why := binary(data); why != "" {
		return crosscheck.Errorf(crosscheck.Binary, "", name, "%s", why)
	}
	switch sniff(data, hint) {
	case kindJSON:
		// A text file may well start with a bracket: unless its name says
		// JSON, it must parse as JSON or JSON Lines to be read as such.
		if !isJSONHint(hint) && !json.Valid(data) && !json.Valid(firstLine(data)) {
			return emitText(name, data, emit)
		}
		return readJSON(ctx, name, hint, data, emit, report)
	case kindFeed:
		return readFeed(ctx, name, data, emit, report)
	case kindHTML:
		return emit(HTML(name, data, ""))
	}
	if isJSONHint(hint) {
		return crosscheck.Errorf(crosscheck.Invalid, "", name, "not JSON")
	}
	return emitText(name, data, emit)
}

// emitText emits a text input as one Document, unless it is not text.
func emitText(name string, data []byte, emit emitFunc) error {
	doc, err := textDocument(name, data)
	if err != nil {
		return err
	}
	return emit(doc)
}

func isJSONHint(hint string) bool { return hint == ".json" || isJSONLinesHint(hint) }

func isJSONLinesHint(hint string) bool { return hint == ".jsonl" || hint == ".ndjson" }

func firstLine(data []byte) []byte {
	line, _, _ := bytes.Cut(data, []byte("\n"))
	return line
}

// sniff says what data holds, from its first bytes and, when they leave it
// open, the file name's extension.
func sniff(data []byte, hint string) kind {
	s := bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	if len(s) == 0 {
		return kindText
	}
	switch s[0] {
	case '{', '[':
		return kindJSON
	case '<':
		switch root := rootElement(s); root {
		case "rss", "rdf:rdf", "feed":
			return kindFeed
		case "":
			if hint == ".html" || hint == ".htm" {
				return kindHTML
			}
			return kindText
		}
		return kindHTML
	}
	if hint == ".html" || hint == ".htm" || hint == ".xhtml" {
		return kindHTML
	}
	return kindText
}

// rootElement returns the lower-cased name of the first element of a
// markup document, skipping the XML declaration, processing instructions,
// comments and the doctype ("html" for an HTML doctype), or "" when s does
// not start with markup.
func rootElement(s []byte) string {
	if len(s) > sniffLen {
		s = s[:sniffLen]
	}
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		switch {
		case bytes.HasPrefix(s, []byte("<!--")):
			end := bytes.Index(s, []byte("-->"))
			if end < 0 {
				return ""
			}
			s = s[end+3:]
		case bytes.HasPrefix(s, []byte("<?")):
			end := bytes.Index(s, []byte("?>"))
			if end < 0 {
				return ""
			}
			s = s[end+2:]
		case len(s) > 9 && strings.EqualFold(string(s[:9]), "<!doctype"):
			end := doctypeEnd(s)
			if end < 0 {
				return ""
			}
			if bytes.Contains(bytes.ToLower(s[:end]), []byte("html")) {
				return "html"
			}
			s = s[end+1:]
		case len(s) > 1 && s[0] == '<' && isNameStart(s[1]):
			end := 1
			for end < len(s) && !strings.ContainsRune(" \t\r\n/>", rune(s[end])) {
				end++
			}
			return strings.ToLower(string(s[1:end]))
		default:
			return ""
		}
	}
}

// doctypeEnd returns the index of the '>' closing the doctype that s
// starts with, or -1. An internal subset in brackets holds declarations of
// its own, whose '>' do not close the doctype.
func doctypeEnd(s []byte) int {
	end := bytes.IndexByte(s, '>')
	open := bytes.IndexByte(s, '[')
	if open < 0 || end < open {
		return end
	}
	shut := bytes.IndexByte(s[open:], ']')
	if shut < 0 {
		return -1
	}
	if rest := bytes.IndexByte(s[open+shut:], '>'); rest >= 0 {
		return open + shut + rest
	}
	return -1
}

func isNameStart(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// fromUTF16 returns data as UTF-8 when it is UTF-16, told by its byte
// order mark or, lacking one, by the zero bytes of ASCII text; otherwise
// data unchanged.
func fromUTF16(data []byte) []byte {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	case utf16Order(data) == 1:
		enc = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case utf16Order(data) == 2:
		enc = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	default:
		return data
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// utf16Order guesses UTF-16 without a byte order mark from mostly-ASCII
// text, where every other byte is zero: 1 for little-endian, 2 for
// big-endian, 0 when data does not look like UTF-16.
func utf16Order(data []byte) int {
	n := min(len(data), 512) &^ 1
	if n < 8 {
		return 0
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			evenZero++
		}
		if data[i+1] == 0 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	case oddZero*10 >= pairs*9 && evenZero*10 < pairs:
		return 1
	case evenZero*10 >= pairs*9 && oddZero*10 < pairs:
		return 2
	}
	return 0
}

// binary returns why data is not text, or "" when it is: a NUL byte or
// many control characters in its first bytes.
func binary(data []byte) string {
	head := data[:min(len(data), sniffLen)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "contains NUL bytes"
	}
	control := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			control++
		}
	}
	if control*50 > len(head) {
		return "too many control characters"
	}
	return ""
}

// decodeText returns data as a UTF-8 string: as it is when it is valid
// UTF-8; with its bad bytes replaced when it is UTF-8 but for a few damaged
// bytes, so that one stray byte does not garble every other character;
// else read as Windows-1252, the usual encoding of older Western text and
// a superset of Latin-1's printable characters.
func decodeText(data []byte) string {
	data = bytes.TrimPrefix(data, utf8BOM)
	if utf8.Valid(data) {
		return string(data)
	}
	if textproc.MostlyUTF8(data) {
		return textproc.ValidUTF8(data)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return textproc.ValidUTF8(data)
	}
	return string(out)
}
