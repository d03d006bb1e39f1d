package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"net/textproto"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"crosscheck"
)

// WARC limits that keep a hostile archive from exhausting memory or time.
const (
	maxWARCLine    = 64 << 10
	maxWARCHeaders = 256
	// maxWARCDamage is how many damaged records an archive may have before
	// it is given up on: each costs a search for the next record.
	maxWARCDamage = 100
)

// readWARC streams a WARC archive (gzipped per record or as a whole, or
// plain): one Document per response record holding an HTML page with a 2xx
// status; request, metadata, warcinfo and other records are skipped. Only
// one record is in memory at a time; a record over maxRecord is skipped
// and reported. The Document's ID is the WARC-Record-ID, which unlike the
// target URI is unique when a page was crawled twice; its URL is the
// WARC-Target-URI and its Published the WARC-Date, the time of the crawl.
//
// A damaged record (a malformed header, a Content-Length that is not a
// number or does not end where the next record starts) is reported, and
// reading resumes at the next line that starts a record, so that one bad
// record does not lose the ones after it.
func readWARC(ctx context.Context, name string, br *bufio.Reader, maxRecord int64, emit emitFunc, report func(error)) error {
	damaged := 0
	// resync reports a damaged record and finds the next one, in rest (the
	// bytes read of the record, which hold the next one when its length
	// was too long) or else in what follows.
	resync := func(err error, rest []byte) error {
		if damaged++; damaged > maxWARCDamage {
			return crosscheck.Errorf(crosscheck.Invalid, "", name, "more than %d damaged records: %w", maxWARCDamage, err)
		}
		report(crosscheck.Errorf(crosscheck.Invalid, "", name, "%w", err))
		if i := recordStart(rest); i >= 0 {
			br = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(rest[i:]), br), 64<<10)
			return nil
		}
		return skipToRecord(br)
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		hdr, err := readWARCHeader(br)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if err := resync(fmt.Errorf("record %d: %w", n, err), nil); err != nil {
				return ignoreEOF(err)
			}
			continue
		}
		length, err := strconv.ParseInt(hdr.Get("Content-Length"), 10, 64)
		if err != nil || length < 0 {
			if err := resync(fmt.Errorf("record %d: bad Content-Length %q", n, hdr.Get("Content-Length")), nil); err != nil {
				return ignoreEOF(err)
			}
			continue
		}
		id := strings.Trim(hdr.Get("WARC-Record-ID"), "<>")
		if !strings.EqualFold(hdr.Get("WARC-Type"), "response") || length > maxRecord {
			if length > maxRecord && strings.EqualFold(hdr.Get("WARC-Type"), "response") {
				report(crosscheck.Errorf(crosscheck.TooLarge, "", name, "record %d (%s): %d bytes, over the limit of %d", n, id, length, maxRecord))
			}
			if length <= maxRecord {
				// A small record is read, so that a wrong length can be
				// caught and its bytes searched for the next record.
				block, err := readBlock(br, length)
				if err != nil {
					if err := resync(fmt.Errorf("record %d: %w", n, err), block); err != nil {
						return ignoreEOF(err)
					}
				}
				continue
			}
			if _, err := io.CopyN(io.Discard, br, length); err != nil {
				return crosscheck.Errorf(crosscheck.Invalid, "", name, "record %d: truncated: %w", n, err)
			}
			continue
		}
		block, err := readBlock(br, length)
		if err != nil {
			if err := resync(fmt.Errorf("record %d (%s): %w", n, id, err), block); err != nil {
				return ignoreEOF(err)
			}
			continue
		}
		body, contentType, err := httpPayload(block, maxRecord)
		if err != nil {
			report(crosscheck.Errorf(crosscheck.Invalid, "", name, "record %d (%s): %w", n, id, err))
			continue
		}
		if body == nil {
			continue
		}
		doc := HTML(name, body, contentType)
		doc.ID = id
		doc.URL = strings.Trim(hdr.Get("WARC-Target-URI"), "<> ")
		if doc.ID == "" {
			doc.ID = doc.URL
		}
		if doc.ID == "" {
			doc.ID = fmt.Sprintf("%s#%d", filepath.Base(name), n)
		}
		if t, err := time.Parse(time.RFC3339, hdr.Get("WARC-Date")); err == nil {
			doc.Published = crosscheck.Date{Time: t}
		}
		if err := emit(doc); err != nil {
			return err
		}
	}
}

// ignoreEOF returns nil for io.EOF, which ends an archive cleanly however
// the last record was damaged, and err otherwise.
func ignoreEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return nil
	}
	return err
}

// readBlock reads a record's block of length bytes and checks that it
// does not hold the start of the next record, when the next record does
// not follow it. On error it returns the bytes it read, in which the next
// record may start.
func readBlock(br *bufio.Reader, length int64) ([]byte, error) {
	block := make([]byte, length)
	n, err := io.ReadFull(br, block)
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return block[:n], fmt.Errorf("truncated: %w", io.ErrUnexpectedEOF)
	case err != nil:
		return block[:n], err
	}
	// Records end with two line breaks; some writers add more.
	next, err := br.Peek(64)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, err
	}
	next = bytes.TrimLeft(next, "\r\n")
	if len(next) > 0 && !bytes.HasPrefix(next, []byte("WARC/")) && !bytes.HasPrefix([]byte("WARC/"), next) && recordStart(block) >= 0 {
		return block, fmt.Errorf("Content-Length %d runs into the next record", length)
	}
	// A length too short, or junk after the record, leaves the next
	// header unreadable, which readWARC then skips.
	return block, nil
}

// recordStart returns the index in b of the first line that starts a
// WARC record, or -1.
func recordStart(b []byte) int {
	if bytes.HasPrefix(b, []byte("WARC/")) {
		return 0
	}
	if i := bytes.Index(b, []byte("\nWARC/")); i >= 0 {
		return i + 1
	}
	return -1
}

// skipToRecord discards input up to the next line that starts with
// "WARC/", which it leaves unread. It returns io.EOF when there is none.
func skipToRecord(br *bufio.Reader) error {
	lineStart := true
	for {
		if lineStart {
			b, err := br.Peek(5)
			if string(b) == "WARC/" {
				return nil
			}
			if err != nil {
				return noTruncation(err)
			}
		}
		_, err := br.ReadSlice('\n')
		switch {
		case err == nil:
			lineStart = true
		case errors.Is(err, bufio.ErrBufferFull):
			lineStart = false
		default:
			return noTruncation(err)
		}
	}
}

// noTruncation returns io.EOF for the end of the input, however it came,
// and err otherwise.
func noTruncation(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return io.EOF
	}
	return err
}

// readWARCHeader reads a record's version line and named fields. It returns
// io.EOF at the clean end of the archive.
func readWARCHeader(br *bufio.Reader) (textproto.MIMEHeader, error) {
	var line string
	for {
		l, err := readLine(br)
		if errors.Is(err, io.EOF) && l == "" {
			return nil, io.EOF
		}
		if err != nil {
			return nil, err
		}
		// Records end with two line breaks, and some writers add more.
		if l = strings.TrimSpace(l); l != "" {
			line = l
			break
		}
	}
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("no WARC version line")
	}
	return readFields(br, true)
}

// readFields reads "Name: value" lines up to a blank line, joining
// continuation lines. A malformed line is an error when strict and is
// skipped otherwise, as web servers send such lines and browsers bear them.
func readFields(br *bufio.Reader, strict bool) (textproto.MIMEHeader, error) {
	hdr := textproto.MIMEHeader{}
	var last string
	for i := 0; ; i++ {
		if i > maxWARCHeaders {
			return nil, fmt.Errorf("too many header fields")
		}
		l, err := readLine(br)
		if err != nil {
			return nil, fmt.Errorf("truncated header: %w", noEOF(err))
		}
		if strings.TrimSpace(l) == "" {
			return hdr, nil
		}
		if (l[0] == ' ' || l[0] == '\t') && last != "" {
			vs := hdr[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(l)
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok || strings.TrimSpace(k) == "" {
			if strict {
				return nil, fmt.Errorf("malformed header line %q", truncate(l, 60))
			}
			continue
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(k))
		hdr.Add(last, strings.TrimSpace(v))
	}
}

// readLine reads one line of at most maxWARCLine bytes, without its line
// break. A last line without a line break comes with io.ErrUnexpectedEOF.
func readLine(br *bufio.Reader) (string, error) {
	var b []byte
	for {
		chunk, err := br.ReadSlice('\n')
		b = append(b, chunk...)
		if len(b) > maxWARCLine {
			return "", fmt.Errorf("line longer than %d bytes", maxWARCLine)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil {
			if len(b) > 0 && errors.Is(err, io.EOF) {
				// The partial line, for a caller that can use it.
				return strings.TrimRight(string(b), "\r\n"), io.ErrUnexpectedEOF
			}
			return string(b), err
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
}

func noEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// httpPayload returns the body and Content-Type of an HTTP response held in
// a WARC record when it is a successful HTML page, and a nil body when it
// is another kind of response. The body is de-chunked and decompressed, to
// at most limit bytes.
func httpPayload(block []byte, limit int64) ([]byte, string, error) {
	r := bufio.NewReader(bytes.NewReader(block))
	status, err := readLine(r)
	if err != nil && status == "" {
		return nil, "", fmt.Errorf("no HTTP status line")
	}
	proto, rest, _ := strings.Cut(status, " ")
	if !strings.HasPrefix(proto, "HTTP/") {
		// A response to another protocol (dns:, ftp:) has no web page.
		return nil, "", nil
	}
	code, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(strings.TrimSpace(rest), " ", 2)[0]))
	if err != nil {
		return nil, "", fmt.Errorf("malformed HTTP status line %q", truncate(status, 60))
	}
	hdr, err := readFields(r, false)
	if err != nil {
		return nil, "", fmt.Errorf("malformed HTTP header: %w", err)
	}
	if code < 200 || code > 299 {
		return nil, "", nil
	}
	contentType := hdr.Get("Content-Type")
	media, _, _ := mime.ParseMediaType(contentType)
	if media != "text/html" && media != "application/xhtml+xml" {
		return nil, "", nil
	}
	// The HTTP Content-Length is ignored: archivers often store the payload
	// decoded, so the record's length is the one to trust.
	var body io.Reader = r
	if strings.Contains(strings.ToLower(hdr.Get("Transfer-Encoding")), "chunked") {
		body = httputil.NewChunkedReader(body)
	}
	switch strings.ToLower(strings.TrimSpace(hdr.Get("Content-Encoding"))) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, "", fmt.Errorf("bad gzip content encoding: %w", err)
		}
		body = zr
	case "deflate":
		body = flate.NewReader(body)
	default:
		return nil, "", fmt.Errorf("unsupported content encoding %q", hdr.Get("Content-Encoding"))
	}
	out, err := io.ReadAll(io.LimitReader(body, limit+1))
	if int64(len(out)) > limit {
		return nil, "", fmt.Errorf("page over the limit of %d bytes once decoded", limit)
	}
	if err != nil && len(out) == 0 {
		return nil, "", fmt.Errorf("unreadable HTTP body: %w", err)
	}
	// A damaged tail still leaves the page before it.
	return out, contentType, nil
}
