package eval

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"crosscheck"
	"crosscheck/analyze"
	"crosscheck/pipeline"
)

// GoldVariant is one side of an annotated disagreement or equivalence: an
// exact span of text and the articles (BASIL file base names) that carry it.
type GoldVariant struct {
	Articles []string `json:"articles"`
	Text     string   `json:"text"`
}

// GoldDiscrepancy is an annotated disagreement, or an equivalence (forms
// that look different but mean the same), of one event.
type GoldDiscrepancy struct {
	Kind     string        `json:"kind"`
	About    string        `json:"about"`
	Variants []GoldVariant `json:"variants"`
	// Clear is false where a careful editor might not flag the
	// disagreement; equivalences leave it false.
	Clear bool `json:"clear"`
}

// GoldEvent is the annotation file of one event,
// basil-dev-discrepancies/<triplet-uuid>.json.
type GoldEvent struct {
	Event         string            `json:"event"`
	Discrepancies []GoldDiscrepancy `json:"discrepancies"`
	Equivalences  []GoldDiscrepancy `json:"equivalences"`
}

// LoadDiscrepancyGold reads every <event>.json of dir, sorted by event.
func LoadDiscrepancyGold(dir string) ([]GoldEvent, error) {
	const op = "read discrepancy annotations"
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if len(files) == 0 {
		return nil, crosscheck.Errorf(crosscheck.NotFound, op, dir, "no <event>.json files")
	}
	slices.Sort(files)
	out := make([]GoldEvent, 0, len(files))
	for _, f := range files {
		var g GoldEvent
		if err := readJSON(f, &g); err != nil {
			return nil, crosscheck.Errorf(crosscheck.Invalid, op, f, "%w", err)
		}
		if g.Event == "" {
			g.Event = strings.TrimSuffix(filepath.Base(f), ".json")
		}
		for _, d := range append(slices.Clip(g.Discrepancies), g.Equivalences...) {
			if len(d.Variants) < 2 {
				return nil, crosscheck.Errorf(crosscheck.Invalid, op, f, "%q has fewer than two variants", d.About)
			}
		}
		out = append(out, g)
	}
	return out, nil
}

// BriefBASILEvents reads the BASIL-format dataset in dir as crosscheck
// brief reads files (ingest and clean) and briefs each event's articles
// together, without clustering. Articles are named by their file's base
// name ("<triplet>_2"), as the annotations name them. The result maps an
// event to its briefing's discrepancies.
func BriefBASILEvents(ctx context.Context, dir string) (map[string][]crosscheck.Discrepancy, error) {
	const op = "read discrepancy dataset"
	files, err := filepath.Glob(filepath.Join(dir, "articles", "*", "*.json"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if len(files) == 0 {
		return nil, crosscheck.Errorf(crosscheck.NotFound, op, dir, "no articles/<year>/*.json files")
	}
	slices.Sort(files)
	byEvent := map[string][]string{}
	var events []string
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".json")
		i := strings.LastIndexByte(base, '_')
		if i <= 0 {
			return nil, crosscheck.Errorf(crosscheck.Invalid, op, f, "file name is not <triplet>_<n>.json")
		}
		ev := base[:i]
		if byEvent[ev] == nil {
			events = append(events, ev)
		}
		byEvent[ev] = append(byEvent[ev], f)
	}
	out := make(map[string][]crosscheck.Discrepancy, len(events))
	for _, ev := range events {
		res, err := pipeline.Read(ctx, byEvent[ev], pipeline.Options{})
		if err != nil {
			return nil, err
		}
		if len(res.Errors) > 0 {
			return nil, crosscheck.Errorf(crosscheck.Invalid, op, res.Errors[0].File, "%s", res.Errors[0].Error)
		}
		arts := res.Articles
		for i, a := range arts {
			arts[i].ID = strings.TrimSuffix(filepath.Base(a.File), ".json")
			if a.Part > 1 {
				arts[i].ID += "#" + strconv.Itoa(a.Part)
			}
		}
		b, err := analyze.Story(ctx, crosscheck.Story{ID: ev}, arts)
		if err != nil {
			return nil, err
		}
		out[ev] = b.Discrepancies
	}
	return out, nil
}

// ReportedDiscrepancy is a discrepancy crosscheck reported for an event,
// with what it matched.
type ReportedDiscrepancy struct {
	Event string
	crosscheck.Discrepancy
	// Matches are the annotated disagreements it matches; Equivalences
	// the annotated equivalences it matches better than any of those.
	Matches      []GoldDiscrepancy
	Equivalences []GoldDiscrepancy
}

// MissedDiscrepancy is an annotated disagreement that no reported one
// matches.
type MissedDiscrepancy struct {
	Event string
	GoldDiscrepancy
}

// DiscrepancyScore is the disagreement score over a set of events.
type DiscrepancyScore struct {
	Events int
	// Reported counts the discrepancies reported and Correct those that
	// match an annotated disagreement, clear or not.
	Reported, Correct int
	// Clear counts the clear annotated disagreements, ClearFound those
	// matched; Unclear and UnclearFound the others.
	Clear, ClearFound     int
	Unclear, UnclearFound int
	// FalseAlarms are the reported discrepancies that match no annotated
	// disagreement; Misses the annotated disagreements none matches.
	FalseAlarms []ReportedDiscrepancy
	Misses      []MissedDiscrepancy
	// OnEquivalence are the reported discrepancies that match an annotated
	// equivalence better than any annotated disagreement (see
	// ScoreDiscrepancies).
	OnEquivalence []ReportedDiscrepancy
}

// Precision is Correct / Reported (1 when nothing is reported).
func (s DiscrepancyScore) Precision() float64 {
	if s.Reported == 0 {
		return 1
	}
	return float64(s.Correct) / float64(s.Reported)
}

// Recall is ClearFound / Clear.
func (s DiscrepancyScore) Recall() float64 {
	if s.Clear == 0 {
		return 0
	}
	return float64(s.ClearFound) / float64(s.Clear)
}

// ScoreDiscrepancies scores the discrepancies found per event against the
// annotations of the events in gold. Events found but not annotated are
// left out. A reported discrepancy is correct when it matches an annotated
// disagreement; it is an alarm on an equivalence when it matches an
// annotated equivalence that fits it better (see matchFit) than every
// disagreement it matches, ties going to the disagreement.
func ScoreDiscrepancies(found map[string][]crosscheck.Discrepancy, gold []GoldEvent) DiscrepancyScore {
	var sc DiscrepancyScore
	for _, g := range gold {
		sc.Events++
		matched := make([]bool, len(g.Discrepancies))
		for _, d := range found[g.Event] {
			r := ReportedDiscrepancy{Event: g.Event, Discrepancy: d}
			bestFit := 0.0
			for i, gd := range g.Discrepancies {
				if fit := matchFit(d, gd); fit > 0 {
					matched[i] = true
					r.Matches = append(r.Matches, gd)
					bestFit = max(bestFit, fit)
				}
			}
			// An alarm counts against an equivalence only when the
			// equivalence fits it better than every disagreement it
			// matches: an alarm that is an annotated disagreement is not
			// also an alarm on an equivalence whose forms merely share a
			// word with it.
			for _, eq := range g.Equivalences {
				if matchFit(d, eq) > bestFit {
					r.Equivalences = append(r.Equivalences, eq)
				}
			}
			sc.Reported++
			if len(r.Matches) > 0 {
				sc.Correct++
			} else {
				sc.FalseAlarms = append(sc.FalseAlarms, r)
			}
			if len(r.Equivalences) > 0 {
				sc.OnEquivalence = append(sc.OnEquivalence, r)
			}
		}
		for i, gd := range g.Discrepancies {
			switch {
			case gd.Clear && matched[i]:
				sc.Clear++
				sc.ClearFound++
			case gd.Clear:
				sc.Clear++
			case matched[i]:
				sc.Unclear++
				sc.UnclearFound++
			default:
				sc.Unclear++
			}
			if !matched[i] {
				sc.Misses = append(sc.Misses, MissedDiscrepancy{Event: g.Event, GoldDiscrepancy: gd})
			}
		}
	}
	return sc
}

// MatchDiscrepancy reports whether reported matches the annotated gold:
// two of its variants side with two different annotated variants. For
// annotated variants i and j, reported variant A cites an article of i and
// B one of j, and A sides with i against j (see sides) and B with j
// against i.
func MatchDiscrepancy(reported crosscheck.Discrepancy, gold GoldDiscrepancy) bool {
	return matchFit(reported, gold) > 0
}

// matchFit returns how well reported fits the annotated gold: 0 when it
// does not match (see MatchDiscrepancy), else, over the pairs of variants
// that match, the greatest mean share of the two annotated spans' words
// that the reported variants carry. An annotation whose two forms have
// the same words ("pay [for] it" / "pay for it") matches any alarm with
// one of those words; the fit tells such a loose match from one that
// covers the annotated spans.
func matchFit(reported crosscheck.Discrepancy, gold GoldDiscrepancy) float64 {
	rw := make([]map[string]bool, len(reported.Variants))
	for k, v := range reported.Variants {
		rw[k] = scoreWords(v.Text)
	}
	gw := make([]map[string]bool, len(gold.Variants))
	for k, v := range gold.Variants {
		gw[k] = scoreWords(v.Text)
	}
	best := 0.0
	for i, gi := range gold.Variants {
		for j, gj := range gold.Variants {
			if i == j {
				continue
			}
			for a, ra := range reported.Variants {
				if !intersects(ra.Articles, gi.Articles) {
					continue
				}
				sa, la := sides(rw[a], gw[i], gw[j]), lacks(rw[a], gw[i], gw[j])
				if !sa && !la {
					continue
				}
				for b, rb := range reported.Variants {
					if b == a || !intersects(rb.Articles, gj.Articles) {
						continue
					}
					// One side may be told by what it lacks, the other
					// by what it has: "Superintendent Dana Whitfield"
					// against "Assistant Superintendent Dana Whitfield".
					if sb := sides(rw[b], gw[j], gw[i]); sa && (sb || lacks(rw[b], gw[j], gw[i])) || la && sb {
						// A match has a shared word on each side, so fit > 0.
						best = max(best, (coverage(rw[a], gw[i])+coverage(rw[b], gw[j]))/2)
					}
				}
			}
		}
	}
	return best
}

// coverage returns the share of the words of span that a carries.
func coverage(a, span map[string]bool) float64 {
	if len(span) == 0 {
		return 0
	}
	n := 0
	for w := range span {
		if a[w] {
			n++
		}
	}
	return float64(n) / float64(len(span))
}

// lacks reports whether the words a side with the words i against j by
// what they lack: j has words i lacks, a has none of them, and a carries
// at least half of the words i and j share, one of them a word of four
// letters or more, and half of a's words are i's. An annotated span may carry words of its sentence that
// the alarm's shorter text leaves out ("Superintendent Dana Whitfield
// said the district" against "Assistant Superintendent Dana Whitfield");
// the other side of the alarm must then side by what it has (matchFit).
func lacks(a, i, j map[string]bool) bool {
	extra := false
	for w := range j {
		if !i[w] {
			if a[w] {
				return false
			}
			extra = true
		}
	}
	shared, carried, long := 0, 0, false
	for w := range i {
		if j[w] {
			shared++
			if a[w] {
				carried++
				long = long || len(w) >= 4
			}
		}
	}
	// The alarm's text is a part of the span, not a sentence that
	// happens to share a few of its words.
	own := 0
	for w := range a {
		if i[w] {
			own++
		}
	}
	return extra && long && 2*carried >= shared && 2*own >= len(a)
}

// sides reports whether the words a side with the words i against j: a
// has a word of i that j lacks, or, where all of i's words are in j, a has
// a word of i and none of j's extra words.
func sides(a, i, j map[string]bool) bool {
	own, some := false, false
	for w := range i {
		if !j[w] {
			own = true
			if a[w] {
				return true
			}
		}
		if a[w] {
			some = true
		}
	}
	if own || !some {
		return false
	}
	for w := range j {
		if !i[w] && a[w] {
			return false
		}
	}
	return true
}

func intersects(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// scoreWords returns the words of s as the disagreement metric counts
// them: lower-cased runs of letters, digits, "$" and "%", keeping an inner
// ".", "," or "'" ("55,000", "u.s"), curly apostrophes read as straight;
// a word ending in "'s" counts also without it.
func scoreWords(s string) map[string]bool {
	s = strings.ToLower(strings.ReplaceAll(s, "\u2019", "'"))
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '%' }
	rs := []rune(s)
	out := map[string]bool{}
	add := func(w string) {
		if w == "" {
			return
		}
		out[w] = true
		if t, ok := strings.CutSuffix(w, "'s"); ok && t != "" {
			out[t] = true
		}
	}
	start := -1
	for k, r := range rs {
		inner := (r == '.' || r == ',' || r == '\'') && start >= 0 && k+1 < len(rs) && isWord(rs[k+1])
		if isWord(r) || inner {
			if start < 0 {
				start = k
			}
			continue
		}
		if start >= 0 {
			add(string(rs[start:k]))
			start = -1
		}
	}
	if start >= 0 {
		add(string(rs[start:]))
	}
	return out
}
