package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"crosscheck/internal/textproc"
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
	// retryDepth is the nesting kept when a page tamed to maxDepth still
	// nests too deep for the HTML parser, which stops at 512 open
	// elements and adds up to two implied ones per element written
	// (<table><td> opens table, tbody, tr and td).
	retryDepth = 96
	// maxElements is the most elements kept; the extractors' work grows
	// faster than the size of the tree. News pages have a few thousand.
	maxElements = 25_000
	// maxBlocks is the most paragraph-like blocks (p, div, li, td, ...)
	// kept: the page is cut after them. The extractors score every block
	// against its neighbours and links, work that grows faster than the
	// number of blocks (12,000 linked paragraphs cost 12 s of CPU, 4,000
	// cost 2 s); news pages have at most about 2,000.
	maxBlocks = 4_000
)

// Decode returns an HTML page as UTF-8. A byte-order mark wins; a page that
// is valid UTF-8 is taken as UTF-8 whatever it declares, since a wrong
// declaration is far more common than a page that is valid UTF-8 by
// accident, and so is a page that is UTF-8 but for a few damaged bytes,
// which are replaced; otherwise the charset the page declares in a meta tag is used,
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
	case textproc.MostlyUTF8(b):
		return textproc.ValidUTF8(b)
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

// decodeString is Decode for a page held as a string. A page that is UTF-8
// without a byte-order mark, as nearly all are, is returned as it is
// rather than copied twice.
func decodeString(s string) string {
	if utf8.ValidString(s) && !strings.HasPrefix(s, "\uFEFF") {
		return s
	}
	return Decode([]byte(s))
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

// visibleSample is how much of a page visibleText reads.
const visibleSample = 256 << 10

// visibleText returns the text of the start of page s outside scripts,
// styles and other inert elements: enough to tell a page of words from
// random bytes before the costly extraction.
func visibleText(s string) string {
	if len(s) > visibleSample {
		s = s[:visibleSample]
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := ""
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == "" {
				b.Write(z.Text())
				b.WriteByte(' ')
			}
		case html.StartTagToken:
			if name, _ := z.TagName(); skip == "" && (inert[string(name)] || string(name) == "head") {
				skip = string(name)
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == skip {
				skip = ""
			}
		}
	}
}

// inert are elements whose content is no text worth keeping and can be
// dropped from an oversized page before it is parsed.
var inert = map[string]bool{"script": true, "style": true, "noscript": true, "svg": true, "template": true}

// tame returns s unchanged when it is small, shallow and simple enough to
// parse and extract quickly. Otherwise it rewrites it: comments and inert
// elements dropped when s is over maxPageBytes, elements nested deeper than
// maxDepth or beyond the first maxElements unwrapped (their text kept), and
// the result cut after maxBlocks blocks or at maxPageBytes.
func tame(s string) string {
	big := len(s) > maxPageBytes
	depth, elements, blocks := shape(s)
	if !big && depth <= maxDepth && elements <= maxElements && blocks <= maxBlocks {
		return s
	}
	return reduce(s, maxDepth)
}

// reduce is tame's rewrite, keeping elements nested at most depth deep.
func reduce(s string, depth int) string {
	big := len(s) > maxPageBytes
	var b strings.Builder
	b.Grow(min(len(s), maxPageBytes))
	z := html.NewTokenizer(strings.NewReader(s))
	var open []string // names of the kept open elements
	kept := 0         // start tags kept
	blocks := 0       // blocks kept
	deep := 0         // unclosed start tags dropped
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
			if kept >= maxElements {
				if !voidElements[tag] {
					deep++
				}
				continue
			}
			kept++
			if voidElements[tag] {
				break
			}
			if len(open) >= depth {
				kept--
				deep++
				continue
			}
			if textBlocks[tag] {
				if blocks++; blocks > maxBlocks {
					// The rest of the page is cut; the parser closes
					// what is open.
					return b.String()
				}
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

// shape estimates how deeply the elements of s nest, closing an element
// when its end tag or, for elements whose end tag may be left out, a sibling
// of the same name arrives, and counts its start tags. It scans bytes
// rather than tokens because it runs on every page.
func shape(s string) (depth, elements, blocks int) {
	var open []string
	deepest := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 || i+j+1 >= len(s) {
			break
		}
		i += j + 1
		switch c := s[i]; {
		case c == '!' || c == '?':
			end := ">"
			if strings.HasPrefix(s[i:], "!--") {
				end = "-->"
			}
			k := strings.Index(s[i:], end)
			if k < 0 {
				return deepest, elements, blocks
			}
			i += k + len(end)
		case c == '/':
			name, _ := scanTag(s, i+1)
			if k := lastIndex(open, name); k >= 0 {
				open = open[:k]
			}
		case isASCIILetter(c):
			name, next := scanTag(s, i)
			i = next
			elements++
			if textBlocks[name] {
				blocks++
			}
			if voidElements[name] || strings.HasSuffix(s[:i], "/>") {
				continue
			}
			if rawText[name] {
				k := indexFold(s[i:], "</"+name)
				if k < 0 {
					return deepest, elements, blocks
				}
				i += k
				continue
			}
			if optionalEnd[name] {
				if k := lastIndex(open, name); k >= 0 && len(open)-k <= 4 && !scoped(open[k+1:], name) {
					open = open[:k]
				}
			}
			if closesP[name] && len(open) > 0 && open[len(open)-1] == "p" {
				open = open[:len(open)-1]
			}
			open = append(open, name)
			deepest = max(deepest, len(open))
		}
	}
	return deepest, elements, blocks
}

// scanTag reads the tag name starting at s[i] and returns it lower-cased
// with the index just after the tag's closing '>' (quoted attribute values
// skipped).
func scanTag(s string, i int) (string, int) {
	start := i
	for i < len(s) && (isASCIILetter(s[i]) || s[i] >= '0' && s[i] <= '9' || s[i] == '-' || s[i] == ':') {
		i++
	}
	name := s[start:i]
	if strings.ContainsFunc(name, func(r rune) bool { return r >= 'A' && r <= 'Z' }) {
		name = strings.ToLower(name)
	}
	var quote byte
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return name, i + 1
		}
	}
	return name, i
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// indexFold is strings.Index ignoring ASCII case of the needle's letters.
func indexFold(s, sub string) int {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if len(s)-i >= len(sub) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
		i++
	}
}

// scoped reports whether one of the elements opened after an element
// named name, whose end tag may be left out, starts a new scope for it: a
// cell of a table nested in a cell, a list item of a list nested in an
// item. A sibling start tag then belongs to the inner scope and does not
// close the outer element.
func scoped(inner []string, name string) bool {
	for _, e := range inner {
		switch e {
		case "table":
			switch name {
			case "td", "th", "tr", "thead", "tbody", "tfoot", "p":
				return true
			}
		case "ul", "ol", "menu":
			if name == "li" {
				return true
			}
		case "dl":
			if name == "dt" || name == "dd" {
				return true
			}
		case "select", "datalist":
			if name == "option" || name == "optgroup" {
				return true
			}
		}
	}
	return false
}

// textBlocks are the elements that make paragraph-like blocks, which the
// extractors score one by one.
var textBlocks = map[string]bool{
	"p": true, "div": true, "li": true, "td": true, "th": true, "tr": true, "dd": true, "dt": true,
	"blockquote": true, "pre": true, "section": true, "article": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
}

// rawText are the elements whose content is not markup.
var rawText = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true, "iframe": true,
	"noembed": true, "noframes": true, "plaintext": true,
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

// unread are the elements whose content no extractor reads as article
// text: trafilatura drops them before it extracts, readability before it
// outputs, and the paragraphs of the page skip them. Figure captions are
// among them because extractors glue them to the paragraph beside them.
// Forms are not: some sites wrap the whole page in one.
var unread = map[atom.Atom]bool{
	atom.Style: true, atom.Svg: true, atom.Figcaption: true, atom.Nav: true, atom.Footer: true,
	atom.Aside: true, atom.Menu: true, atom.Dialog: true, atom.Select: true, atom.Option: true,
	atom.Optgroup: true, atom.Datalist: true, atom.Button: true, atom.Input: true, atom.Label: true,
	atom.Textarea: true, atom.Fieldset: true, atom.Legend: true, atom.Output: true,
	atom.Progress: true, atom.Iframe: true, atom.Noscript: true, atom.Link: true, atom.Object: true,
	atom.Embed: true, atom.Video: true, atom.Audio: true, atom.Canvas: true, atom.Map: true,
	atom.Picture: true, atom.Source: true, atom.Template: true, atom.Math: true,
}

// prune removes from a parsed page, once metadata has been read from it,
// what is no article text: comments, scripts other than JSON-LD and the
// unread elements. Both extractors copy the page several times and walk
// it many more, so the smaller tree (40% fewer nodes on news pages, whose
// navigation, footers and sidebars are large) is cheaper for both.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type == html.ElementNode && (unread[c.DataAtom] ||
			c.DataAtom == atom.Script && !strings.Contains(strings.ToLower(attr(c, "type")), "ld+json")):
			n.RemoveChild(c)
		default:
			prune(c)
		}
		c = next
	}
}
