package analyze

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/textproc"
)

// Limits bound what one report brings into a story's analysis, so that no
// report, however made, costs more than a long real one: a report is
// analysed up to the sentence where it first passes a limit, and the
// briefing says where and why it was cut. Zero fields take the defaults.
type Limits struct {
	// MaxBytes is the most bytes of a report's text analysed.
	MaxBytes int
	// MaxParagraphBytes is the longest paragraph kept whole; a longer one
	// (a text without full stops, numbers one per line) is broken at
	// spaces into paragraphs of at most that size.
	MaxParagraphBytes int
	// MaxSentences is the most sentences analysed per report.
	MaxSentences int
	// MaxNames is the most capitalised words (names, mentions) analysed
	// per report.
	MaxNames int
	// MaxNumbers is the most words with digits (figures) analysed per
	// report.
	MaxNumbers int
	// MaxQuoteMarks is the most quotation marks analysed per report.
	MaxQuoteMarks int
}

// DefaultLimits are several times what the longest real reports hold.
var DefaultLimits = Limits{
	MaxBytes:          150_000,
	MaxParagraphBytes: 4_000,
	MaxSentences:      1_500,
	MaxNames:          3_000,
	MaxNumbers:        1_000,
	MaxQuoteMarks:     1_000,
}

func (l Limits) orDefault() Limits {
	d := DefaultLimits
	pick := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	pick(&l.MaxBytes, d.MaxBytes)
	pick(&l.MaxParagraphBytes, d.MaxParagraphBytes)
	pick(&l.MaxSentences, d.MaxSentences)
	pick(&l.MaxNames, d.MaxNames)
	pick(&l.MaxNumbers, d.MaxNumbers)
	pick(&l.MaxQuoteMarks, d.MaxQuoteMarks)
	return l
}

// bound returns text within l and, when it had to cut, why: "" for a text
// within every limit, which is returned unchanged. Its cost is linear in
// the text it keeps plus MaxBytes.
func bound(text string, l Limits) (string, string) {
	var why []string
	if len(text) > l.MaxBytes {
		text = cutAtSpace(text, l.MaxBytes)
		why = append(why, fmt.Sprintf("text beyond %d bytes left out", l.MaxBytes))
	}
	paras := strings.Split(text, "\n\n")
	split := false
	for _, p := range paras {
		if len(p) > l.MaxParagraphBytes {
			split = true
			break
		}
	}
	if split {
		var out []string
		for _, p := range paras {
			for len(p) > l.MaxParagraphBytes {
				head := cutAtSpace(p, l.MaxParagraphBytes)
				out = append(out, head)
				p = strings.TrimLeftFunc(p[len(head):], unicode.IsSpace)
			}
			out = append(out, p)
		}
		paras = out
		why = append(why, fmt.Sprintf("paragraphs over %d bytes broken up", l.MaxParagraphBytes))
	}
	var sentences, names, numbers, marks int
	for pi, p := range paras {
		for _, sp := range textproc.SentenceSpans(p) {
			n, d, q := counts(p[sp.Start:sp.End])
			sentences++
			names += n
			numbers += d
			marks += q
			reason := ""
			switch {
			case sentences > l.MaxSentences:
				reason = fmt.Sprintf("more than %d sentences", l.MaxSentences)
			case names > l.MaxNames:
				reason = fmt.Sprintf("more than %d capitalised words", l.MaxNames)
			case numbers > l.MaxNumbers:
				reason = fmt.Sprintf("more than %d numbers", l.MaxNumbers)
			case marks > l.MaxQuoteMarks:
				reason = fmt.Sprintf("more than %d quotation marks", l.MaxQuoteMarks)
			}
			if reason == "" {
				continue
			}
			why = append(why, fmt.Sprintf("analysed the first %d sentences: %s", sentences-1, reason))
			kept := append(paras[:pi:pi], strings.TrimSpace(p[:sp.Start]))
			return strings.TrimSpace(strings.Join(kept, "\n\n")), strings.Join(why, "; ")
		}
	}
	if len(why) == 0 {
		return text, ""
	}
	// Breaking paragraphs adds their separators.
	return cutAtSpace(strings.Join(paras, "\n\n"), l.MaxBytes), strings.Join(why, "; ")
}

// counts returns the capitalised words, the words with digits and the
// quotation marks of a sentence.
func counts(s string) (names, numbers, marks int) {
	inWord, digit, upper := false, false, false
	end := func() {
		if inWord {
			if upper {
				names++
			}
			if digit {
				numbers++
			}
		}
		inWord, digit, upper = false, false, false
	}
	for _, r := range s {
		switch {
		case r == '"' || r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u00ab' || r == '\u00bb':
			marks++
			end()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				upper = unicode.IsUpper(r)
			}
			inWord = true
			digit = digit || unicode.IsDigit(r)
		case r == '\'' || r == '\u2019' || r == '-' || r == '.' || r == ',':
			// Inside words and numbers ("O'Neill", "1,000", "3.5").
		default:
			end()
		}
	}
	end()
	return names, numbers, marks
}

// cutAtSpace returns the longest prefix of s of at most n bytes that ends
// before a space, or at a rune boundary when there is none near.
func cutAtSpace(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexAny(s[:cut], " \t\n"); i > n/2 {
		cut = i
	}
	return strings.TrimRightFunc(s[:cut], unicode.IsSpace)
}
