package provenance

import "strings"

// narration returns sentence s with its quoted words removed, so that two
// reports quoting the same speech are not taken for copies of each other.
// A quotation that opens in an earlier sentence (s starts inside it) or
// closes in a later one is cut to the sentence's edge.
func narration(s string) string {
	type mark struct {
		pos, size int
		open      bool // an opening quote; straight quotes are decided below
		straight  bool
	}
	var marks []mark
	for i, r := range s {
		switch r {
		case '\u201c', '\u00ab':
			marks = append(marks, mark{pos: i, size: len(string(r)), open: true})
		case '\u201d', '\u00bb':
			marks = append(marks, mark{pos: i, size: len(string(r))})
		case '"':
			marks = append(marks, mark{pos: i, size: 1, straight: true})
		}
	}
	if len(marks) == 0 {
		return s
	}
	// Straight quotes alternate; with an odd count, the first one closes a
	// quotation begun before the sentence unless the sentence starts with
	// it.
	straight := 0
	for _, m := range marks {
		if m.straight {
			straight++
		}
	}
	open := straight%2 == 0 || strings.HasPrefix(strings.TrimSpace(s), `"`)
	for i := range marks {
		if marks[i].straight {
			marks[i].open = open
			open = !open
		}
	}
	var b strings.Builder
	start, depth := 0, 0
	for _, m := range marks {
		switch {
		case m.open && depth == 0:
			b.WriteString(s[start:m.pos])
			b.WriteByte(' ')
			depth = 1
		case m.open:
			depth++
		case depth > 0:
			depth--
			if depth == 0 {
				start = m.pos + m.size
			}
		default:
			// A closing quote with no opening one: all before it was quoted.
			b.Reset()
			b.WriteByte(' ')
			start = m.pos + m.size
		}
	}
	if depth == 0 {
		b.WriteString(s[start:])
	}
	return b.String()
}
