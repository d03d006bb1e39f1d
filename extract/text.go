package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtoms are the elements that start a paragraph of their own.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Figure: true, atom.Figcaption: true, atom.Aside: true, atom.Main: true, atom.Hr: true,
	atom.Summary: true, atom.Details: true, atom.Address: true, atom.Body: true,
}

// skipAtoms hold no readable text.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Head: true,
}

// paragraphs returns the text of the tree under n as paragraphs: each block
// element is a paragraph, two or more line breaks in a row end one, a single
// line break is kept as a new line, and cells of a table row are joined by
// a space.
func paragraphs(n *html.Node) []string { return someParagraphs(n, nil) }

// someParagraphs returns the paragraphs of the tree under n for whose
// untidied text keep is true, or all of them when keep is nil.
func someParagraphs(n *html.Node, keep func(string) bool) []string {
	w := textWriter{keep: keep}
	w.walk(n, 0)
	w.flush()
	return w.out
}

type textWriter struct {
	out    []string
	cur    strings.Builder
	breaks int // line breaks seen since the last text
	keep   func(string) bool
}

func (w *textWriter) flush() {
	if raw := w.cur.String(); w.keep == nil || w.keep(raw) {
		if p := tidyParagraph(raw); p != "" {
			w.out = append(w.out, p)
		}
	}
	w.cur.Reset()
	w.breaks = 0
}

func (w *textWriter) walk(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) == "" {
			if w.cur.Len() > 0 {
				w.cur.WriteByte(' ')
			}
			return
		}
		if w.breaks == 1 {
			w.cur.WriteByte('\n')
		}
		w.breaks = 0
		// Line ends in the source are white space like any other; only
		// <br> breaks a line.
		writeCollapsed(&w.cur, n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	a := nodeAtom(n)
	if n.Type == html.ElementNode {
		if skipAtoms[a] {
			return
		}
		if a == atom.Br {
			w.breaks++
			if w.breaks >= 2 {
				w.flush()
			}
			return
		}
		if a == atom.Td || a == atom.Th {
			w.cur.WriteByte(' ')
		}
	}
	block := n.Type == html.ElementNode && (blockAtoms[a] || depth == 0)
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
	if block {
		w.flush()
	}
}

// writeCollapsed writes s to b with each run of white space as one space,
// the leading and trailing ones included.
func writeCollapsed(b *strings.Builder, s string) {
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
}

// tidyParagraph collapses runs of white space within each line of p and
// drops empty lines.
func tidyParagraph(p string) string {
	if tidyLines(p) {
		return p
	}
	lines := strings.Split(p, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// tidyLines reports whether tidyParagraph would leave p as it is, which is
// the common case and cheap to check: no white space but single spaces and
// line breaks between words.
func tidyLines(p string) bool {
	space := true // a paragraph must not start with white space
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == ' ' || c == '\n':
			if space {
				return false
			}
			space = true
			continue
		case c == '\t' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(p[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		}
		space = false
	}
	return !space || p == ""
}

// joinParagraphs returns paragraphs separated by a blank line.
func joinParagraphs(ps []string) string { return strings.Join(ps, "\n\n") }

// nodeAtom returns the atom of an element, looking it up by name for
// elements built by code that left DataAtom unset.
func nodeAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// respace restores the spaces an extractor lost between words, as in
// "Chad Thomashas" for "<a>Chad Thomas</a> has": a paragraph whose
// characters other than white space match a block of the page is replaced
// by that block's text.
func respace(ps []string, root *html.Node) []string {
	// Blocks are compared by a hash of their characters, so that testing
	// the many blocks that match nothing allocates nothing; only those
	// that can match are tidied and kept.
	want := make(map[uint64]bool, len(ps))
	for _, p := range ps {
		want[spacelessHash(p)] = true
	}
	blocks := map[uint64]string{}
	for _, b := range someParagraphs(root, func(raw string) bool { return want[spacelessHash(raw)] }) {
		h := spacelessHash(b)
		if _, ok := blocks[h]; !ok {
			blocks[h] = b
		}
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p
		if b, ok := blocks[spacelessHash(p)]; ok && sameSpaceless(p, b) {
			out[i] = b
		}
	}
	return out
}

// sameSpaceless reports whether a and b have the same characters other
// than white space.
func sameSpaceless(a, b string) bool {
	for {
		a = strings.TrimLeftFunc(a, unicode.IsSpace)
		b = strings.TrimLeftFunc(b, unicode.IsSpace)
		if a == "" || b == "" {
			return a == b
		}
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return false
		}
		a, b = a[na:], b[nb:]
	}
}

// spacelessHash is FNV-1a over the characters of s other than white space.
func spacelessHash(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for _, r := range s {
		if !unicode.IsSpace(r) {
			h ^= uint64(r)
			h *= 0x100000001b3
		}
	}
	return h
}
