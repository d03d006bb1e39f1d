package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// Field names a JSON record's value may have, compared after lower-casing
// and removing '-', '_' and spaces, in order of preference.
var (
	idFields        = []string{"id", "guid", "uuid"}
	titleFields     = []string{"title", "headline"}
	textFields      = []string{"text", "body", "content", "articlebody", "maintext", "bodytext", "bodyparagraphs", "paragraphs"}
	urlFields       = []string{"url", "link"}
	outletFields    = []string{"outlet", "source", "publisher", "sitename", "site"}
	authorFields    = []string{"authors", "author", "byline", "creator"}
	publishedFields = []string{"published", "publishedat", "datepublished", "publishdate", "pubdate", "date"}
	languageFields  = []string{"language", "lang"}
	// pageFields hold a whole web page, for extraction.
	pageFields = []string{"html", "rawhtml", "pagehtml"}
	// listFields hold the records of a JSON object that wraps them.
	listFields = []string{"articles", "items", "records", "documents", "data", "results"}
)

// readJSON reads a JSON document (one record, an array of records, an
// object wrapping an array of records, or a JSON Feed) or JSON Lines.
func readJSON(ctx context.Context, name, hint string, data []byte, emit emitFunc, report func(error)) error {
	data = []byte(decodeText(data))
	if hint == ".jsonl" || hint == ".ndjson" {
		return readJSONLines(ctx, name, data, emit, report)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n := 0
	for first := true; ; first = false {
		if err := ctx.Err(); err != nil {
			return err
		}
		var v any
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return jsonError(name, err)
		}
		if obj, ok := v.(map[string]any); ok && first && isJSONFeed(obj) {
			return readFeed(ctx, name, data, emit, report)
		}
		if err := readJSONValue(name, v, &n, emit, report); err != nil {
			return err
		}
	}
}

// jsonError describes malformed JSON, with where it went wrong.
func jsonError(name string, err error) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return crosscheck.Errorf(crosscheck.Invalid, "", name, "malformed JSON at byte %d: %w", se.Offset, err)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return crosscheck.Errorf(crosscheck.Invalid, "", name, "truncated JSON")
	}
	return crosscheck.Errorf(crosscheck.Invalid, "", name, "malformed JSON: %w", err)
}

// readJSONLines reads one record per line; a malformed line is reported
// and the lines after it are still read.
func readJSONLines(ctx context.Context, name string, data []byte, emit emitFunc, report func(error)) error {
	n := 0
	for i, line := range bytes.Split(data, []byte("\n")) {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := readJSONLine(name, i+1, line, &n, emit, report); err != nil {
			return err
		}
	}
	return nil
}

// streamJSONLines reads JSON Lines as readJSONLines does, but from a
// stream, one line in memory at a time, so that a file of any size can be
// read: a line over maxLine bytes is reported and skipped.
func streamJSONLines(ctx context.Context, name string, br *bufio.Reader, maxLine int64, emit emitFunc, report func(error)) error {
	n, blank := 0, true
	for i := 1; ; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, err := readLongLine(br, maxLine)
		if errors.Is(err, errLongLine) {
			report(crosscheck.Errorf(crosscheck.TooLarge, "", name, "line %d: over the limit of %d bytes", i, maxLine))
			continue
		}
		if errors.Is(err, io.EOF) {
			if blank {
				return crosscheck.Errorf(crosscheck.Empty, "", name, "no content")
			}
			return nil
		}
		if err != nil {
			return crosscheck.Errorf(crosscheck.Invalid, "", name, "line %d: %w", i, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			blank = false
		}
		if err := readJSONLine(name, i, []byte(decodeText(line)), &n, emit, report); err != nil {
			return err
		}
	}
}

// errLongLine reports a line over the limit.
var errLongLine = errors.New("line too long")

// readLongLine reads one line of at most max bytes, without its line
// break. A longer line is read to its end and discarded, with errLongLine;
// io.EOF comes only when nothing is left.
func readLongLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	long := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			if int64(len(line)+len(chunk)) > max+1 {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(line) == 0 && !long:
			return nil, io.EOF
		case err != nil && !errors.Is(err, io.EOF):
			return nil, err
		case long:
			return nil, errLongLine
		}
		return bytes.TrimRight(line, "\r\n"), nil
	}
}

// readJSONLine reads line number i of JSON Lines; n counts the records of
// the input so far.
func readJSONLine(name string, i int, line []byte, n *int, emit emitFunc, report func(error)) error {
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		report(crosscheck.Errorf(crosscheck.Invalid, "", name, "line %d: malformed JSON: %w", i, err))
		return nil
	}
	return readJSONValue(name, v, n, emit, report)
}

// readJSONValue emits the records of one top-level JSON value; n counts the
// records of the input so far.
func readJSONValue(name string, v any, n *int, emit emitFunc, report func(error)) error {
	var items []any
	switch v := v.(type) {
	case map[string]any:
		items = []any{v}
		if list, ok := wrapped(v); ok {
			items = list
		}
	case []any:
		items = v
	default:
		report(crosscheck.Errorf(crosscheck.Invalid, "", name, "JSON value is neither an object nor an array"))
		return nil
	}
	for _, it := range items {
		if err := readJSONRecord(name, it, n, emit, report); err != nil {
			return err
		}
	}
	return nil
}

// readJSONRecord emits one record, the n-th of the input once counted.
func readJSONRecord(name string, it any, n *int, emit emitFunc, report func(error)) error {
	*n++
	obj, ok := it.(map[string]any)
	if !ok {
		report(crosscheck.Errorf(crosscheck.Invalid, "", name, "record %d is not a JSON object", *n))
		return nil
	}
	doc, err := recordDocument(name, *n, obj)
	if err != nil {
		report(err)
		return nil
	}
	return emit(doc)
}

// wrapped returns the records of an object that holds no article of its
// own but a list of them ({"status": "ok", "articles": [...]}).
func wrapped(obj map[string]any) ([]any, bool) {
	f := fields(obj)
	if f.has(textFields) || f.has(titleFields) {
		return nil, false
	}
	for _, k := range listFields {
		if list, ok := f[k].([]any); ok {
			return list, true
		}
	}
	return nil, false
}

func isJSONFeed(obj map[string]any) bool {
	v, _ := obj["version"].(string)
	return strings.Contains(v, "jsonfeed.org/version")
}

// fieldMap maps a record's normalised field names to their values.
type fieldMap map[string]any

func fields(obj map[string]any) fieldMap {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	// Sorted, so that of two keys that normalise alike the choice is stable.
	sort.Strings(keys)
	f := fieldMap{}
	for _, k := range keys {
		nk := strings.Map(func(r rune) rune {
			if r == '-' || r == '_' || r == ' ' {
				return -1
			}
			return r
		}, strings.ToLower(k))
		if _, ok := f[nk]; !ok {
			f[nk] = obj[k]
		}
	}
	return f
}

func (f fieldMap) has(names []string) bool {
	for _, n := range names {
		if v, ok := f[n]; ok && v != nil {
			return true
		}
	}
	return false
}

// first returns the first of names whose value turns into a non-empty
// string by conv.
func (f fieldMap) first(names []string, conv func(any) string) string {
	for _, n := range names {
		if s := conv(f[n]); s != "" {
			return s
		}
	}
	return ""
}

// recordDocument turns one JSON record into a Document. A record without
// text but with a title is kept: headline-only items are articles too.
func recordDocument(name string, n int, obj map[string]any) (crosscheck.Document, error) {
	f := fields(obj)
	doc := crosscheck.Document{
		Source:   name,
		Format:   crosscheck.FormatText,
		ID:       f.first(idFields, scalar),
		Title:    f.first(titleFields, func(v any) string { return fragmentText(scalar(v)) }),
		Body:     f.first(textFields, bodyText),
		URL:      f.first(urlFields, scalar),
		Outlet:   f.first(outletFields, named),
		Language: f.first(languageFields, scalar),
	}
	// A whole page, in its own field or as the text, goes to extraction.
	page := f.first(pageFields, scalar)
	if page == "" {
		if s := f.first(textFields, scalar); rootElement([]byte(s)) == "html" {
			page = s
		}
	}
	if page != "" {
		doc.Format = crosscheck.FormatHTML
		doc.Body = textproc.Normalize(page)
	}
	if doc.Body == "" && doc.Title == "" {
		return doc, crosscheck.Errorf(crosscheck.Invalid, "", name, "record %d has neither text nor title", n)
	}
	if doc.Format == crosscheck.FormatText {
		if err := notText(name, fmt.Sprintf("record %d: ", n), doc); err != nil {
			return doc, err
		}
	}
	if doc.ID == "" {
		doc.ID = fmt.Sprintf("%s#%d", filepath.Base(name), n)
	}
	for _, k := range authorFields {
		if doc.Authors = authorList(f[k]); len(doc.Authors) > 0 {
			break
		}
	}
	for _, k := range publishedFields {
		if d, ok := dateValue(f[k]); ok {
			doc.Published = d
			break
		}
	}
	doc.ID = textproc.Normalize(doc.ID)
	doc.URL = textproc.Normalize(doc.URL)
	doc.Outlet = tidy(doc.Outlet)
	doc.Language = textproc.Normalize(doc.Language)
	return doc, nil
}

// scalar returns a string or number value as a string, else "".
func scalar(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case json.Number:
		return v.String()
	}
	return ""
}

// named returns a string value, or the name of an object value
// ({"name": "Reuters"}).
func named(v any) string {
	if obj, ok := v.(map[string]any); ok {
		f := fields(obj)
		return f.first([]string{"name", "title"}, scalar)
	}
	return scalar(v)
}

var markup = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*[\s/>]`)

// bodyText returns a record's body: a string, HTML or plain, or a list of
// paragraphs, each a string or a list of sentences.
func bodyText(v any) string {
	switch v := v.(type) {
	case string:
		if markup.MatchString(v) {
			return fragmentText(v)
		}
		return tidy(v)
	case []any:
		var paras []string
		for _, p := range v {
			var s string
			switch p := p.(type) {
			case string:
				s = bodyText(p)
			case []any:
				var sentences []string
				for _, x := range p {
					if x, ok := x.(string); ok {
						sentences = append(sentences, strings.TrimSpace(x))
					}
				}
				s = tidy(strings.Join(sentences, " "))
			}
			if s != "" {
				paras = append(paras, s)
			}
		}
		return strings.Join(paras, "\n\n")
	}
	return ""
}

// authorList reads authors given as a list of names or of objects with a
// name, or as one string of names.
func authorList(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		out = splitNames(v)
	case map[string]any:
		if s := named(v); s != "" {
			out = append(out, tidy(s))
		}
	case []any:
		for _, x := range v {
			if s := named(x); s != "" {
				out = append(out, tidy(s))
			}
		}
	}
	return out
}

var nameSeparators = regexp.MustCompile(`\s*(?:[;,&]|\band\b)\s*`)

// splitNames splits "By A, B and C" into its names.
func splitNames(s string) []string {
	s = tidy(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = s[3:]
	}
	var out []string
	for _, n := range nameSeparators.Split(s, -1) {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// dateValue reads a date given as text in one of the common layouts or as
// Unix time in seconds or milliseconds.
func dateValue(v any) (crosscheck.Date, bool) {
	switch v := v.(type) {
	case string:
		return parseDate(v)
	case json.Number:
		n, err := strconv.ParseInt(v.String(), 10, 64)
		if err != nil || n <= 0 {
			return crosscheck.Date{}, false
		}
		if n > 1e11 {
			return crosscheck.Date{Time: time.UnixMilli(n).UTC()}, true
		}
		return crosscheck.Date{Time: time.Unix(n, 0).UTC()}, true
	}
	return crosscheck.Date{}, false
}

// timeLayouts are the layouts parseDate tries for a time of day.
var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05", "2006-01-02T15:04", time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.RFC822Z, time.RFC822,
}

// dayLayouts are the layouts parseDate tries for a day.
var dayLayouts = []string{
	time.DateOnly, "2006/01/02", "January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006",
	"2 Jan 2006", "Monday, January 2, 2006",
}

// parseDate reads a date in the common layouts of news metadata.
func parseDate(s string) (crosscheck.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return crosscheck.Date{}, false
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return crosscheck.Date{Time: t}, true
		}
	}
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return crosscheck.Date{Time: t, DayOnly: true}, true
		}
	}
	return crosscheck.Date{}, false
}
