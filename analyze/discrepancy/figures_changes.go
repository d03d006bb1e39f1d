package discrepancy

import (
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
	type change struct {
		sent     int
		from, to int
	}
	var cs []change
	for si, s := range sents {
		if len(cs) >= maxChangeSentences {
			break
		}
		from, to := -1, -1
		for _, i := range s.figs {
			switch o := occs[i]; {
			case o.copy:
			case o.change == "from" && from < 0:
				from = i
			case o.change == "to" && to < 0:
				to = i
			}
		}
		if from >= 0 && to >= 0 && unitClass(occs[from].f.Unit) == unitClass(occs[to].f.Unit) {
			cs = append(cs, change{si, from, to})
		}
	}
	for x, a := range cs {
		for _, b := range cs[x+1:] {
			s, t := sents[a.sent], sents[b.sent]
			if s.art == t.art || unitClass(occs[a.from].f.Unit) != unitClass(occs[b.from].f.Unit) {
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
