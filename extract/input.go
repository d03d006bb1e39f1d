package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Limits that keep hostile pages from making parsing slow. Pages above them
// are reduced, not refused: the text is kept, the excess structure is not.
const (
	// maxPageBytes is the size above which a page loses its scripts, styles
	// and comments before parsing and is then cut.
	maxPageBytes = 4 << 20
	// maxDepth is the deepest element nesting kept; the HTML parser's work
	// grows with the square of the depth.
	maxDepth = 256
)

// Decode returns an HTML page as UTF-8. A byte-order mark wins; a page that
// is valid UTF-8 is taken as UTF-8 whatever it declares, since a wrong
// declaration is far more common than a page that is valid UTF-8 by
// accident; otherwise the charset the page declares in a meta tag is used,
// and windows-1252 when it declares none, declares one Go does not know, or
// declares UTF-8 wrongly.
func Decode(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(b[3:]), "\uFFFD")
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}), bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err == nil {
			return string(out)
		}
	case utf8.Valid(b):
		return string(b)
	}
	enc, name, _ := charset.DetermineEncoding(b, "text/html")
	if name == "utf-8" || enc == nil {
		enc = charmap.Windows1252
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// looksBinary reports whether s is not text: NUL bytes or many control
// characters near its start.
func looksBinary(s string) bool {
	head := s[:min(len(s), 8192)]
	if strings.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for i := 0; i < len(head); i++ {
		if c := head[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*50 > len(head)
}

// inert are elements whose content is no text worth keeping and can be
// dropped from an oversized page before it is parsed.
var inert = map[string]bool{"script": true, "style": true, "noscript": true, "svg": true, "template": true}

// tame returns s unchanged when it is small and shallow enough to parse
// quickly. Otherwise it rewrites it: comments and inert elements dropped when
// s is over maxPageBytes, elements nested deeper than maxDepth unwrapped
// (their text kept), and the result cut at maxPageBytes.
func tame(s string) string {
	big := len(s) > maxPageBytes
	if !big && nestingDepth(s) <= maxDepth {
		return s
	}
	var b strings.Builder
	b.Grow(min(len(s), maxPageBytes))
	z := html.NewTokenizer(strings.NewReader(s))
	var open []string // names of the kept open elements
	deep := 0         // unclosed start tags dropped for depth
	skip := ""        // inert element being skipped
	for b.Len() < maxPageBytes {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		name, _ := z.TagName()
		tag := string(name)
		switch tt {
		case html.CommentToken, html.DoctypeToken:
			if big {
				continue
			}
		case html.StartTagToken:
			if skip != "" {
				continue
			}
			if big && inert[tag] {
				skip = tag
				continue
			}
			if voidElements[tag] {
				break
			}
			if len(open) >= maxDepth {
				deep++
				continue
			}
			open = append(open, tag)
		case html.EndTagToken:
			if skip != "" {
				if tag == skip {
					skip = ""
				}
				continue
			}
			if i := lastIndex(open, tag); i >= 0 {
				open = open[:i]
			} else if deep > 0 {
				deep--
				continue
			}
		default:
			if skip != "" {
				continue
			}
		}
		b.Write(z.Raw())
	}
	return b.String()
}

// nestingDepth estimates how deeply the elements of s nest, closing an
// element when its end tag or, for elements whose end tag may be left out,
// a sibling of the same name arrives.
func nestingDepth(s string) int {
	z := html.NewTokenizer(strings.NewReader(s))
	var open []string
	deepest := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if voidElements[tag] {
				continue
			}
			if optionalEnd[tag] {
				if i := lastIndex(open, tag); i >= 0 && len(open)-i <= 4 {
					open = open[:i]
				}
			}
			if closesP[tag] && len(open) > 0 && open[len(open)-1] == "p" {
				open = open[:len(open)-1]
			}
			open = append(open, tag)
			deepest = max(deepest, len(open))
		case html.EndTagToken:
			name, _ := z.TagName()
			if i := lastIndex(open, string(name)); i >= 0 {
				open = open[:i]
			}
		}
	}
}

// lastIndex returns the index of the last open element named tag, looking
// no further back than a few dozen elements, or -1.
func lastIndex(open []string, tag string) int {
	for i := len(open) - 1; i >= 0 && i >= len(open)-64; i-- {
		if open[i] == tag {
			return i
		}
	}
	return -1
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
	"param": true, "keygen": true,
}

// optionalEnd are elements whose end tag HTML lets a page leave out.
var optionalEnd = map[string]bool{
	"p": true, "li": true, "dt": true, "dd": true, "option": true, "tr": true, "td": true,
	"th": true, "thead": true, "tbody": true, "tfoot": true, "optgroup": true, "rb": true,
	"rt": true, "rp": true,
}

// closesP are the elements whose start tag ends an open paragraph.
var closesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "details": true,
	"div": true, "dl": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "main": true, "menu": true, "nav": true, "ol": true, "p": true,
	"pre": true, "section": true, "table": true, "ul": true,
}
