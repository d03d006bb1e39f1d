package discrepancy

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"crosscheck"
	"crosscheck/analyze/figures"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A whole told whole in one article and in part in another ("guilty on
// all 11 counts", "guilty on nine of the 11 counts"; "all 40 passengers
// survived", "38 of the 40 passengers survived") is told two ways, when
// the two sentences share what else they say and neither article tells
// the other's form too.

// maxWholeSentences bounds the sentences of one article read for a whole
// told whole or in part.
const maxWholeSentences = 64

// minWholeContext is how many content words the two sentences must share
// besides the counted noun: what befell the whole ("guilty").
const minWholeContext = 1

// wholeTold is a count of a whole, told whole ("all 11 counts") or in
// part ("nine of the 11 counts").
type wholeTold struct {
	key      string // the counted noun and the whole's number
	part     bool
	text     string
	sentence string
	words    map[string]bool // the sentence's content words
}

// wholesOf returns the wholes a sentence tells whole or in part.
func wholesOf(sents []string) []wholeTold {
	var out []wholeTold
	for k, s := range sents {
		if k >= maxWholeSentences {
			break
		}
		low := strings.ToLower(s)
		if !mayWhole(low) {
			continue
		}
		found := figures.Parse(s, crosscheck.Date{})
		for x, f := range found {
			if f.Value <= 1 || f.Value != float64(int(f.Value)) || !counted(f.Unit) {
				continue
			}
			before := strings.ToLower(s[:f.Start])
			// "all 11 counts", "all of the 11 counts"
			if strings.HasSuffix(before, "all ") || strings.HasSuffix(before, "all of the ") || strings.HasSuffix(before, "all the ") {
				out = append(out, wholeTold{key: wholeKey(f), text: s[strings.LastIndex(before, "all"):f.End], sentence: s})
				continue
			}
			// "nine of the 11 counts": a part, then its whole.
			if x+1 < len(found) {
				g := found[x+1]
				between := strings.ToLower(s[f.End:g.Start])
				if (between == " of the " || between == " of ") && g.Unit == f.Unit && g.Value > f.Value {
					out = append(out, wholeTold{key: wholeKey(g), part: true, text: s[f.Start:g.End], sentence: s})
				}
			}
		}
	}
	for k := range out {
		out[k].words = toSet(textproc.ContentWords(out[k].sentence))
	}
	return out
}

// wholeKey is the noun a whole counts and its number: "counts 11".
func wholeKey(f figures.Found) string {
	return f.Unit + " " + strconv.Itoa(int(f.Value))
}

// wholeDiscrepancies reports the wholes one article tells whole and
// another in part.
func wholeDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	type side struct {
		arts []string
		told wholeTold
	}
	whole := map[string]*side{}
	part := map[string]*side{}
	for i := range arts {
		ws := memo.Get(m, "discrepancy.wholes", arts[i].Text, func() []wholeTold { return wholesOf(sentencesOf(m, &arts[i])) })
		forms := map[string]int{} // key -> 1 whole, 2 part, 3 both
		for _, w := range ws {
			if w.part {
				forms[w.key] |= 2
			} else {
				forms[w.key] |= 1
			}
		}
		for _, w := range ws {
			// An article that tells a whole both ways tells two things
			// of it ("charged on all 11 counts", "convicted on nine of
			// the 11"), and sides with neither.
			if forms[w.key] == 3 {
				continue
			}
			sides := whole
			if w.part {
				sides = part
			}
			s := sides[w.key]
			if s == nil {
				s = &side{told: w}
				sides[w.key] = s
			}
			if !slices.Contains(s.arts, arts[i].ID) {
				s.arts = append(s.arts, arts[i].ID)
			}
		}
	}
	var out []crosscheck.Discrepancy
	for _, key := range slices.Sorted(maps.Keys(whole)) {
		w, p := whole[key], part[key]
		if p == nil {
			continue
		}
		noun, _, _ := strings.Cut(key, " ")
		shared := 0
		for x := range w.told.words {
			if p.told.words[x] && x != noun && !strings.ContainsAny(x, "0123456789") {
				shared++
			}
		}
		if shared < minWholeContext {
			continue
		}
		out = append(out, crosscheck.Discrepancy{Kind: crosscheck.FigureDiscrepancy,
			About: "All or part: “" + w.told.text + "” or “" + p.told.text + "”",
			Variants: []crosscheck.Cited{
				{Text: w.told.text, Articles: sorted(w.arts)},
				{Text: p.told.text, Articles: sorted(p.arts)},
			}})
	}
	return out
}

// mayWhole reports whether a lower-case sentence may tell a whole: a
// number stands within three words after "all" or right before "of". Most sentences
// hold neither, and are not parsed.
func mayWhole(low string) bool {
	ws := strings.Fields(low)
	for k, w := range ws {
		w = strings.Trim(w, ",.;:()\"“”")
		if w == "of" && k > 0 && isNumber(ws[k-1]) {
			return true
		}
		// "all 11", "all the 11", "all of the 11"
		if w == "all" && slices.ContainsFunc(ws[k+1:min(len(ws), k+4)], isNumber) {
			return true
		}
	}
	return false
}

// isNumber reports whether a word is a number, in digits or in words.
func isNumber(w string) bool {
	w = strings.Trim(w, ",.;:()\"“”")
	return w != "" && (w[0] >= '0' && w[0] <= '9' || figures.IsNumberWord(w))
}
