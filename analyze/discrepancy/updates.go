package discrepancy

import (
	"slices"
	"strings"

	"crosscheck"
	"crosscheck/internal/textproc"
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

// CarryLatest returns the summary with each sentence that gives a figure
// an update has since changed replaced by the sentence of the latest
// report that gives the new figure, cited to the latest report's articles
// that carry it. A summary sentence is replaced only when the latest
// report has a sentence with the new figure that shares most of its
// words; otherwise it stays.
func CarryLatest(summary []crosscheck.Cited, ds []crosscheck.Discrepancy, arts []crosscheck.Article) []crosscheck.Cited {
	byID := make(map[string]*crosscheck.Article, len(arts))
	for i := range arts {
		byID[arts[i].ID] = &arts[i]
	}
	out := slices.Clone(summary)
	for _, d := range ds {
		if !d.Update {
			continue
		}
		latest := d.Variants[len(d.Variants)-1]
		for i, c := range out {
			stale := false
			for _, v := range d.Variants[:len(d.Variants)-1] {
				stale = stale || strings.Contains(c.Text, v.Text)
			}
			if !stale || strings.Contains(c.Text, latest.Text) {
				continue
			}
			if s, ids := latestSentence(c.Text, latest, byID); s != "" {
				out[i] = crosscheck.Cited{Text: s, Articles: ids}
			}
		}
	}
	return out
}

// latestSentence returns the sentence of the latest variant's articles
// that gives its figure and is most like old, when they share at least
// half of old's words, and the articles that carry it.
func latestSentence(old string, latest crosscheck.Cited, byID map[string]*crosscheck.Article) (string, []string) {
	ow := toSet(textproc.ContentWords(old))
	best, bestN := "", 0
	var ids []string
	for _, id := range latest.Articles {
		a := byID[id]
		if a == nil {
			continue
		}
		for _, s := range textproc.Sentences(textproc.Normalize(a.Text)) {
			if !strings.Contains(s, latest.Text) {
				continue
			}
			n := overlap(ow, toSet(textproc.ContentWords(s)))
			switch {
			case n > bestN:
				best, bestN, ids = s, n, []string{id}
			case s == best && !contains(ids, id):
				ids = append(ids, id)
			}
		}
	}
	if 2*bestN < len(ow) {
		return "", nil
	}
	return best, sorted(ids)
}
