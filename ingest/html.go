package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// HTML returns a web page as a Document for extraction, decoded to UTF-8.
// A byte order mark decides the encoding; a page that is valid UTF-8 is
// taken as UTF-8, since a wrong declaration is far more common than
// another encoding that happens to be valid UTF-8, and so is a page that
// is UTF-8 but for a few damaged bytes, which are replaced; otherwise the
// charset that contentType (an HTTP Content-Type, may be empty) or the
// page's meta tags declare is used, and Windows-1252 when none is.
func HTML(name string, data []byte, contentType string) crosscheck.Document {
	switch {
	case hasBOM(data):
	case utf8.Valid(data):
		return htmlDocument(name, string(data))
	case textproc.MostlyUTF8(data):
		return htmlDocument(name, textproc.ValidUTF8(data))
	}
	enc, label, _ := charset.DetermineEncoding(data, contentType)
	if label == "utf-8" && !hasBOM(data) {
		enc = charmap.Windows1252
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return htmlDocument(name, string(data))
	}
	return htmlDocument(name, string(out))
}

func htmlDocument(name, body string) crosscheck.Document {
	return crosscheck.Document{
		Source: name,
		Format: crosscheck.FormatHTML,
		Body:   textproc.Normalize(body),
	}
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, utf8BOM) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) || bytes.HasPrefix(b, []byte{0xff, 0xfe})
}

// blocks are the elements that start and end a paragraph.
var blocks = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "section": true, "article": true, "header": true,
	"footer": true, "aside": true, "figure": true, "figcaption": true, "hr": true, "address": true,
	"main": true, "nav": true, "details": true, "summary": true, "center": true,
}

// skipped are the elements whose content is never text.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "iframe": true,
	"svg": true, "math": true, "object": true, "head": true, "title": true, "select": true,
}

// fragmentText turns an HTML fragment, such as a feed item's content, into
// text: block elements become paragraphs separated by a blank line, <br>
// a line break, character references are decoded and scripts, styles and
// images dropped. Text without markup is returned with its white space
// tidied.
//
// A fragment is already the article body, so the main-content extraction
// that whole pages need would only risk dropping its short paragraphs.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return tidy(s)
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidy(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(collapse(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch {
			case skipped[tag] && tt == html.StartTagToken:
				skip++
			case skipped[tag] && tt == html.EndTagToken:
				skip = max(skip-1, 0)
			case tag == "br":
				b.WriteString("\n")
			case blocks[tag]:
				b.WriteString("\n\n")
			}
		}
	}
}

// collapse makes each run of white space in text one space.
func collapse(text []byte) []byte {
	out := make([]byte, 0, len(text))
	space := false
	for _, c := range text {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			if !space {
				out = append(out, ' ')
			}
			space = true
			continue
		}
		out = append(out, c)
		space = false
	}
	return out
}

// tidy normalises s and trims the white space of its lines, keeping
// single line breaks and making longer runs of blank lines one blank line.
func tidy(s string) string {
	s = textproc.Normalize(s)
	lines := strings.Split(s, "\n")
	var out []string
	blank := false
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
