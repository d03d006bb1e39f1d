package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"crosscheck"
)

// errRecordTooLarge reports a JSON record over the record limit.
var errRecordTooLarge = errors.New("record too large")

// capReader reads from r but fails with errRecordTooLarge once it has
// been read past limit bytes, so that the decoder reading through it never
// buffers more than one record of at most about limit bytes.
type capReader struct {
	r     io.Reader
	read  int64
	limit int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.read >= c.limit {
		return 0, errRecordTooLarge
	}
	if int64(len(p)) > c.limit-c.read {
		p = p[:c.limit-c.read]
	}
	n, err := c.r.Read(p)
	c.read += int64(n)
	return n, err
}

// streamJSON reads a JSON document too large to hold whole, record by
// record: an array of records ([{...}, {...}]) or an object wrapping one
// ({"articles": [...]}), one after another. A record over maxRecord bytes
// ends the input with an error naming it; the records before it are kept.
func streamJSON(ctx context.Context, name string, r io.Reader, maxRecord int64, emit emitFunc, report func(error)) error {
	cr := &capReader{r: r, limit: maxRecord}
	dec := json.NewDecoder(cr)
	dec.UseNumber()
	n := 0
	tooLarge := func(err error, what string) error {
		if errors.Is(err, errRecordTooLarge) {
			return crosscheck.Errorf(crosscheck.TooLarge, "", name, "%s: over the limit of %d bytes for one record", what, maxRecord)
		}
		return jsonError(name, err)
	}
	// next lets the decoder read one more value of at most maxRecord bytes
	// beyond what it holds already.
	next := func() { cr.limit = cr.read + maxRecord }
	records := func() error {
		for dec.More() {
			if err := ctx.Err(); err != nil {
				return err
			}
			next()
			var v any
			if err := dec.Decode(&v); err != nil {
				return tooLarge(err, fmt.Sprintf("record %d", n+1))
			}
			if err := readJSONRecord(name, v, &n, emit, report); err != nil {
				return err
			}
		}
		next()
		if _, err := dec.Token(); err != nil { // the closing ']'
			return tooLarge(err, fmt.Sprintf("after record %d", n))
		}
		return nil
	}
	found := false
	for {
		next()
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			if !found {
				return crosscheck.Errorf(crosscheck.Empty, "", name, "no content")
			}
			return nil
		}
		if err != nil {
			return tooLarge(err, "JSON value")
		}
		switch tok {
		case json.Delim('['):
			found = true
			if err := records(); err != nil {
				return err
			}
		case json.Delim('{'):
			wrapped := false
			for dec.More() {
				next()
				key, err := dec.Token()
				if err != nil {
					return tooLarge(err, "JSON object")
				}
				k, _ := key.(string)
				k = normalKey(k)
				if has(textFields, k) || has(titleFields, k) || has(pageFields, k) {
					return crosscheck.Errorf(crosscheck.TooLarge, "", name, "one JSON record over the size limit")
				}
				if has(listFields, k) && !wrapped {
					next()
					if tok, err := dec.Token(); err == nil && tok == json.Delim('[') {
						wrapped = true
						if err := records(); err != nil {
							return err
						}
						continue
					} else if err != nil {
						return tooLarge(err, "JSON object")
					}
					return crosscheck.Errorf(crosscheck.TooLarge, "", name, "%q is no list of records and the input is over the size limit", printableKey(key))
				}
				next()
				var skip json.RawMessage
				if err := dec.Decode(&skip); err != nil {
					return tooLarge(err, fmt.Sprintf("field %q", printableKey(key)))
				}
				// A JSON Feed's items are no records of this kind; its
				// version comes first.
				if k == "version" && strings.Contains(string(skip), "jsonfeed.org/version") {
					return crosscheck.Errorf(crosscheck.TooLarge, "", name, "JSON Feed over the size limit")
				}
			}
			next()
			if _, err := dec.Token(); err != nil { // the closing '}'
				return tooLarge(err, "JSON object")
			}
			if !wrapped {
				return crosscheck.Errorf(crosscheck.TooLarge, "", name, "JSON object over the size limit with no list of records")
			}
			found = true
		default:
			return crosscheck.Errorf(crosscheck.Invalid, "", name, "JSON value is neither an object nor an array")
		}
	}
}

// normalKey lower-cases a field name and drops '-', '_' and spaces, as
// fields does.
func normalKey(k string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == ' ' {
			return -1
		}
		return r
	}, strings.ToLower(k))
}

func has(names []string, k string) bool {
	for _, n := range names {
		if n == k {
			return true
		}
	}
	return false
}

// printableKey returns at most 40 bytes of a JSON key for an error.
func printableKey(key json.Token) string {
	s, _ := key.(string)
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return s
}

// streamJSONRest reads a JSON input whose first bytes, head, were read
// before it turned out to be over the size limit, and the rest from br.
func streamJSONRest(ctx context.Context, name string, head []byte, br *bufio.Reader, maxRecord int64, emit emitFunc, report func(error)) error {
	return streamJSON(ctx, name, io.MultiReader(bytes.NewReader(head), br), maxRecord, emit, report)
}
