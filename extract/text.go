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
func paragraphs(n *html.Node) []string {
	w := textWriter{}
	w.walk(n, 0)
	w.flush()
	return w.out
}

type textWriter struct {
	out    []string
	cur    strings.Builder
	breaks int // line breaks seen since the last text
}

func (w *textWriter) flush() {
	if p := tidyParagraph(w.cur.String()); p != "" {
		w.out = append(w.out, p)
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
		if r, _ := utf8.DecodeRuneInString(n.Data); unicode.IsSpace(r) {
			w.cur.WriteByte(' ')
		}
		w.cur.WriteString(strings.Join(strings.Fields(n.Data), " "))
		if r, _ := utf8.DecodeLastRuneInString(n.Data); unicode.IsSpace(r) {
			w.cur.WriteByte(' ')
		}
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

// tidyParagraph collapses runs of white space within each line of p and
// drops empty lines.
func tidyParagraph(p string) string {
	lines := strings.Split(p, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
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
	blocks := map[string]string{}
	for _, b := range paragraphs(root) {
		k := spaceless(b)
		if _, ok := blocks[k]; !ok {
			blocks[k] = b
		}
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p
		if b, ok := blocks[spaceless(p)]; ok {
			out[i] = b
		}
	}
	return out
}

func spaceless(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
