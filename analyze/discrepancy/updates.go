package discrepancy

import (
	"slices"

	"crosscheck"
)

// MarkUpdates marks the figure discrepancies whose variants all come from
// one origin (origin maps an article id to the source it stands for) and
// were first published at distinct times: a later report of the same
// source changed the figure, which is an update, not a disagreement. Their
// variants are put in publication order and given their times. Others are
// left as they are.
func MarkUpdates(ds []crosscheck.Discrepancy, arts []crosscheck.Article, origin map[string]string) {
	byID := make(map[string]*crosscheck.Article, len(arts))
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
	}
	for k := range ds {
		d := &ds[k]
		if d.Kind != crosscheck.FigureDiscrepancy || len(d.Variants) < 2 {
			continue
		}
		src, ok := "", true
		times := make([]crosscheck.Date, len(d.Variants))
		for i, v := range d.Variants {
			for _, id := range v.Articles {
				a := byID[id]
				if a == nil || a.Published.IsZero() || src != "" && origin[id] != src || origin[id] == "" {
					ok = false
					break
				}
				src = origin[id]
				if times[i].IsZero() || a.Published.Time.Before(times[i].Time) {
					times[i] = a.Published
				}
			}
		}
		if !ok {
			continue
		}
		order := make([]int, len(d.Variants))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return times[a].Time.Compare(times[b].Time) })
		vs := make([]crosscheck.Cited, len(order))
		ts := make([]crosscheck.Date, len(order))
		for i, o := range order {
			vs[i], ts[i] = d.Variants[o], times[o]
			if i > 0 && !ts[i-1].Time.Before(ts[i].Time) {
				ok = false
			}
		}
		if ok {
			d.Variants, d.Times, d.Update = vs, ts, true
		}
	}
}
