// Package analyze builds the cross-checked briefing of one story from its
// clean articles. Each analysis lives in a subpackage; Story runs them in
// order, each feeding the next: provenance (who copies whom), entities,
// quotes (speakers resolved through entities, independence through
// provenance), figures, facts, discrepancies, summary and what each outlet
// alone reported.
//
// Analyze neither reads inputs nor groups articles into stories; it takes a
// story and its articles as earlier stages made them.
package analyze

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"crosscheck"
	"crosscheck/analyze/discrepancy"
	"crosscheck/analyze/entities"
	"crosscheck/analyze/facts"
	"crosscheck/analyze/figures"
	"crosscheck/analyze/outlets"
	"crosscheck/analyze/provenance"
	"crosscheck/analyze/quotes"
	"crosscheck/analyze/summary"
	"crosscheck/internal/memo"
)

// Options configure a story's analysis. The zero value is the default.
type Options struct {
	// Limits bound what one report brings into the analysis.
	Limits Limits
	// ReportBudget bounds the time of preparing one report (Prepare); a
	// report over it is left out of the story and listed in its Cuts as
	// excluded. Zero means DefaultReportBudget; negative, no budget.
	ReportBudget time.Duration
	// Workers is how many goroutines one story's analysis may use; zero
	// means GOMAXPROCS. The briefing is the same whatever the number.
	Workers int
	// Memo, if set, is the story's memory of its last briefing: the
	// results of the steps that depend on one article's text, or on a
	// pair of articles, alone. Briefing the story again after a report
	// arrived computes only the new report's share of those; the
	// briefing is the same with or without a Memo. Keep one Memo per
	// story (NewMemo); a successful briefing forgets what it no longer
	// used.
	Memo *Memo
}

// Memo is a story's memory of its last briefing (Options.Memo).
type Memo = memo.Memo

// NewMemo returns an empty Memo.
func NewMemo() *Memo { return memo.New() }

// DefaultReportBudget is the time Prepare may take on one report: a long
// real report takes a few milliseconds.
const DefaultReportBudget = 10 * time.Second

func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// Story returns the briefing of story s with the default options. arts
// are the story's articles; when s lists article ids, only those are used,
// in that order, else arts in the order given. Story is deterministic.
// When ctx ends first it stops between stages and returns ctx's error, of
// kind Canceled or Timeout, and no briefing: a partial briefing is never
// returned as complete.
func Story(ctx context.Context, s crosscheck.Story, arts []crosscheck.Article) (crosscheck.StoryBriefing, error) {
	return StoryWith(ctx, s, arts, Options{})
}

// StoryWith is Story with options.
func StoryWith(ctx context.Context, s crosscheck.Story, arts []crosscheck.Article, o Options) (crosscheck.StoryBriefing, error) {
	arts = storyArticles(s, arts)
	return storyPrepared(ctx, s, arts, make([]*Prepared, len(arts)), o)
}

// StoryPrepared is StoryWith on articles of which some are prepared
// already: prepared[i], when not nil, is Prepare's result for arts[i]
// (stored by content hash, say), and the others are prepared here, as are
// those made by another version or under other limits. Unlike
// Story it takes arts as they are, whatever s lists. It fills in the nil
// entries of prepared, so that the caller can store them.
func StoryPrepared(ctx context.Context, s crosscheck.Story, arts []crosscheck.Article, prepared []*Prepared, o Options) (crosscheck.StoryBriefing, error) {
	if len(prepared) != len(arts) {
		return crosscheck.StoryBriefing{}, &crosscheck.Error{Op: "brief", Input: s.ID, Kind: crosscheck.Invalid,
			Err: fmt.Errorf("%d prepared analyses for %d articles", len(prepared), len(arts))}
	}
	return storyPrepared(ctx, s, arts, prepared, o)
}

func storyPrepared(ctx context.Context, s crosscheck.Story, arts []crosscheck.Article, prep []*Prepared, o Options) (crosscheck.StoryBriefing, error) {
	limits := o.Limits.orDefault()
	for i, p := range prep {
		if p != nil && (p.Version != PreparedVersion || p.Limits != limits) {
			prep[i] = nil
		}
	}
	var excluded []crosscheck.Cut
	if err := prepareAll(ctx, arts, prep, o, &excluded); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	kept := make([]crosscheck.Article, 0, len(arts))
	keptPrep := make([]*Prepared, 0, len(arts))
	var cuts []crosscheck.Cut
	for i, a := range arts {
		if prep[i] == nil {
			continue
		}
		if prep[i].Cut != "" {
			a.Text = prep[i].Text
		}
		kept = append(kept, a)
		keptPrep = append(keptPrep, prep[i])
		if prep[i].Cut != "" {
			cuts = append(cuts, crosscheck.Cut{Article: a.ID, Reason: prep[i].Cut})
		}
	}
	b, err := combine(ctx, s, kept, keptPrep, o)
	if err != nil {
		return crosscheck.StoryBriefing{}, err
	}
	b.Cuts = append(cuts, excluded...)
	o.Memo.Sweep()
	return b, nil
}

// prepareAll prepares the articles that have no prepared analysis yet,
// each within the report budget, a few at a time. A report over budget is
// left nil and listed in excluded; only ctx's own end is an error.
func prepareAll(ctx context.Context, arts []crosscheck.Article, prep []*Prepared, o Options, excluded *[]crosscheck.Cut) error {
	budget := o.ReportBudget
	if budget == 0 {
		budget = DefaultReportBudget
	}
	reasons := make([]string, len(arts))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(o.workers())
	for i := range arts {
		if prep[i] != nil {
			continue
		}
		g.Go(func() error {
			actx, cancel := gctx, context.CancelFunc(func() {})
			if budget > 0 {
				actx, cancel = context.WithTimeout(gctx, budget)
			}
			defer cancel()
			p, err := Prepare(actx, arts[i], o)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				reasons[i] = fmt.Sprintf("left out: its analysis took longer than its budget of %v", budget)
				return nil
			}
			prep[i] = p
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	for i, r := range reasons {
		if r != "" {
			*excluded = append(*excluded, crosscheck.Cut{Article: arts[i].ID, Reason: r, Excluded: true})
		}
	}
	return nil
}

// combine builds the briefing of a story from its bounded, prepared
// articles. Stages that need no other's results run at once.
func combine(ctx context.Context, s crosscheck.Story, arts []crosscheck.Article, prep []*Prepared, o Options) (crosscheck.StoryBriefing, error) {
	b := crosscheck.StoryBriefing{ID: s.ID, Title: s.Title}
	if b.Title == "" {
		for _, a := range arts {
			if a.Title != "" {
				b.Title = a.Title
				break
			}
		}
	}
	var (
		prov *provenance.Result
		ents *entities.Set
	)
	if err := parallel(ctx, o,
		func() {
			pp := make([]provenance.Article, len(prep))
			for i, p := range prep {
				pp[i] = p.Provenance
			}
			prov = provenance.AnalyzeMemo(arts, pp, o.Memo)
		},
		func() { ents = entities.ExtractMemo(arts, o.Memo) },
		func() { b.Figures = figures.ExtractMemo(arts, o.Memo) },
	); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	for _, a := range arts {
		b.Articles = append(b.Articles, crosscheck.StoryArticle{
			ID:        a.ID,
			File:      a.File,
			Part:      a.Part,
			Outlet:    a.Outlet,
			Title:     a.Title,
			Published: a.Published,
			URL:       a.URL,
			Origin:    prov.Origin[a.ID],
			CopyOf:    prov.CopyOf[a.ID],
			Credits:   prov.Credits[a.ID],
		})
	}
	crosscheck.CiteArticles(b.Articles)
	b.Entities = ents.Entities
	resolve := func(mention string) (string, bool) {
		e, ok := ents.Resolve(mention)
		return e.Name, ok
	}
	if err := parallel(ctx, o,
		func() {
			qp := make([]quotes.Article, len(prep))
			for i, p := range prep {
				qp[i] = p.Quotes
			}
			b.Quotes = speaking(quotes.ExtractMemo(arts, qp, resolve, prov.SentenceOrigin, o.Memo), ents)
		},
		func() { b.Facts = facts.AlignMemo(arts, prov, o.Memo) },
	); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	b.Discrepancies = discrepancy.FindMemo(arts, b.Entities, b.Quotes, b.Figures, b.Facts, o.workers(), o.Memo)
	discrepancy.MarkUpdates(b.Discrepancies, arts, prov.Origin)
	if err := ctx.Err(); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	if err := parallel(ctx, o,
		func() {
			b.Summary = summary.Build(arts, b.Facts, b.Discrepancies, func(id string) string { return prov.Origin[id] })
		},
		func() { b.Unique = outlets.Reports(arts, b.Facts) },
	); err != nil {
		return crosscheck.StoryBriefing{}, stopped(s, err)
	}
	return b, nil
}

// parallel runs stages that share no state, up to o's workers at a time,
// then returns ctx's error if it ended meanwhile. Each stage writes only
// its own results, so the briefing does not depend on their order.
func parallel(ctx context.Context, o Options, stages ...func()) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if o.workers() <= 1 {
		for _, st := range stages {
			st()
		}
		return ctx.Err()
	}
	var g errgroup.Group
	g.SetLimit(o.workers())
	for _, st := range stages {
		g.Go(func() error { st(); return nil })
	}
	_ = g.Wait()
	return ctx.Err()
}

// stopped is the error of a briefing that ctx stopped.
func stopped(s crosscheck.Story, err error) error {
	return &crosscheck.Error{Op: "brief", Input: s.ID, Kind: crosscheck.ErrorKind(err), Err: err}
}

// storyArticles returns the articles of s, in its order, when it lists them.
func storyArticles(s crosscheck.Story, arts []crosscheck.Article) []crosscheck.Article {
	if len(s.Articles) == 0 {
		return arts
	}
	byID := make(map[string]int, len(arts))
	for i, a := range arts {
		if _, ok := byID[a.ID]; !ok {
			byID[a.ID] = i
		}
	}
	out := make([]crosscheck.Article, 0, len(s.Articles))
	for _, id := range s.Articles {
		if i, ok := byID[id]; ok {
			out = append(out, arts[i])
		}
	}
	return out
}

// speaking keeps the quotations whose speaker can speak: not a place
// ("Arizona", "America" taken for the subject of a sentence), and not a
// single word the story knows as no person or organisation (a capitalised
// sentence opener such as "Close") unless it is a plural ("Prosecutors").
func speaking(qs []crosscheck.Quote, ents *entities.Set) []crosscheck.Quote {
	out := qs[:0]
	for _, q := range qs {
		if q.Speaker == "" {
			out = append(out, q)
			continue
		}
		e, ok := ents.Resolve(q.Speaker)
		oneWord := !strings.ContainsAny(q.Speaker, " \u00a0")
		if ok && e.Kind == crosscheck.Place || !ok && oneWord && !strings.HasSuffix(q.Speaker, "s") {
			continue
		}
		q.Speakers = people(q.Speakers, ents)
		out = append(out, q)
	}
	return out
}

// people keeps the speakers the story's entities know as people ("Ben
// Stephenson", not "Drama Commissioning"), when two or more are left.
func people(speakers []crosscheck.Cited, ents *entities.Set) []crosscheck.Cited {
	var out []crosscheck.Cited
	for _, s := range speakers {
		if e, ok := ents.Resolve(s.Text); ok && e.Kind == crosscheck.Person {
			out = append(out, s)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
