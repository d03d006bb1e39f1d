package discrepancy

import (
	"strings"

	"crosscheck/internal/unionfind"
)

// maxChangeSentences bounds the sentences of one story compared for
// changes told from one value to another.
const maxChangeSentences = 256

// minChangeWords is how many words two sentences telling a change must
// share besides their figures to tell of one change.
const minChangeWords = 2

// linkChanges joins the new values of two changes told from the same old
// value ("doubled the fuel levy from 8 percent to 16 percent", "raised
// the tax on gasoline and diesel from 8% to 18%"): the old value both
// give anchors one quantity, whatever other words the sentences use, and
// two new values of it disagree.
func linkChanges(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	// A change is anchored by its old value or by its size: "raised the
	// rate by half a percentage point, to 4.5 percent", "lifted its main
	// rate by 50 basis points to 4.25 percent".
	type change struct {
		sent     int
		from, to int
		by       bool
	}
	var cs []change
	for si, s := range sents {
		if len(cs) >= maxChangeSentences {
			break
		}
		from, to, by, reached := -1, -1, -1, -1
		for _, i := range s.figs {
			switch o := occs[i]; {
			case o.copy:
			case o.change == "from" && from < 0:
				from = i
			case o.change == "to" && to < 0:
				to = i
			case o.step == "by" && by < 0 && !isMoment(o.f.Unit):
				by = i
			case o.step == "to" && by >= 0 && reached < 0 && !isMoment(o.f.Unit):
				reached = i
			}
		}
		switch {
		case from >= 0 && to >= 0 && unitClass(occs[from].f.Unit) == unitClass(occs[to].f.Unit):
			cs = append(cs, change{sent: si, from: from, to: to})
		case from < 0 && to < 0 && by >= 0 && reached >= 0:
			cs = append(cs, change{sent: si, from: by, to: reached, by: true})
		}
	}
	for x, a := range cs {
		for _, b := range cs[x+1:] {
			s, t := sents[a.sent], sents[b.sent]
			if s.art == t.art || a.by != b.by || unitClass(occs[a.from].f.Unit) != unitClass(occs[b.from].f.Unit) || unitClass(occs[a.to].f.Unit) != unitClass(occs[b.to].f.Unit) {
				continue
			}
			if !agree(occs[a.from].f, occs[b.from].f) || !comparable(occs[a.to], occs[b.to]) || overlap(s.words, t.words) < minChangeWords {
				continue
			}
			u.Union(a.from, b.from)
			u.Union(a.to, b.to)
			if !agree(occs[a.to].f, occs[b.to].f) {
				conflict[a.to], conflict[b.to] = true, true
			}
		}
	}
}

// stepBefore returns "by" or "to" when that is the word right before a
// figure, or before its article, else "".
func stepBefore(before string) string {
	w := lastWords(before, 2)
	if len(w) == 0 {
		return ""
	}
	last := w[len(w)-1]
	// "by a quarter of a percentage point": past an article.
	if len(w) == 2 && (last == "a" || last == "an") {
		last = w[0]
	}
	switch s := strings.ToLower(last); s {
	case "by", "to":
		return s
	}
	return ""
}
