package update

import (
	"context"
	"slices"
	"strings"

	"crosscheck"
	"crosscheck/pipeline"
)

// RunOptions configure Run.
type RunOptions struct {
	// Options configure the grouping; Options.Batch is also how many
	// articles are read before they are stored and grouped.
	Options
	// Pipeline configures how the inputs are read.
	Pipeline pipeline.Options
	// Workers bounds the stories briefed at once; 0 means one per CPU.
	Workers int
	// Progress, if set, is called as the run advances, from one goroutine
	// at a time.
	Progress func(Progress)
	// Error and Warning, if set, receive the inputs that failed and the
	// paths passed over (see pipeline.Handler).
	Error, Warning func(crosscheck.InputError)
}

// Phase names the step a run is in.
type Phase string

// The phases of Run.
const (
	Reading  Phase = "read"
	Briefing Phase = "brief"
)

// Progress is how far a run has come.
type Progress struct {
	Phase Phase
	// Files counts the inputs read or failed; Read the articles read.
	Files, Read int
	// Stories counts the stories opened or changed so far.
	Stories int
	// Briefed counts the stories briefed out of ToBrief.
	Briefed, ToBrief int
}

// Summary is what a run did.
type Summary struct {
	// Read counts the articles read; Added, NewVersions and Unchanged
	// what storing them did.
	Read, Added, NewVersions, Unchanged int
	// Failed counts the inputs that could not be read.
	Failed int
	// Opened counts the stories the run opened, Updated the stories
	// from before that it changed, Merged the merges; stories merged
	// away are not counted.
	Opened, Updated, Merged int
	// Briefed counts the stories briefed.
	Briefed int
}

// Run reads the inputs named by paths (as pipeline.Stream does; reports
// read from standard input are known by their content), stores
// their articles and groups them a batch at a time, then briefs every
// stale story. Articles of a batch are stored in publication order, so
// that the clusterer meets them in the order it prefers and a run
// repeated after a crash meets them in the same order. Inputs that fail
// are counted and passed to opts.Error; Run fails only when the store
// fails or ctx ends, and what it committed before stays committed.
func Run(ctx context.Context, st crosscheck.Store, paths []string, opts RunOptions) (Summary, error) {
	var sum Summary
	var p Progress
	report := func() {
		if opts.Progress != nil {
			opts.Progress(p)
		}
	}
	opened, changed, gone := map[string]bool{}, map[string]bool{}, map[string]bool{}
	gopts := opts.Options
	gopts.Saved = func(g crosscheck.Grouping) {
		for _, e := range g.Events {
			switch e.Kind {
			case crosscheck.StoryOpened:
				opened[e.Story] = true
			case crosscheck.StoryMerged:
				sum.Merged++
			}
		}
		for _, s := range g.Stories {
			changed[s.ID] = true
		}
		for id := range g.Gone {
			gone[id] = true
		}
		p.Stories = len(changed)
		report()
		if opts.Saved != nil {
			opts.Saved(g)
		}
	}
	n := opts.Batch
	if n <= 0 {
		n = DefaultBatch
	}

	var batch []crosscheck.Article
	// What cleaning dropped from each article waits in dropped until the
	// next flush stores it; where says which article version a piece of
	// the current file belongs to, by the part pipeline gives both.
	type place struct {
		file string
		part int
	}
	where := map[place]crosscheck.ArticleVersion{}
	dropped := map[crosscheck.ArticleVersion][]crosscheck.Dropped{}
	var droppedOrder []crosscheck.ArticleVersion
	flush := func() error {
		for _, v := range droppedOrder {
			if err := st.PutDropped(ctx, v.ID, v.Hash, dropped[v]); err != nil {
				return err
			}
		}
		clear(dropped)
		droppedOrder = droppedOrder[:0]
		if len(batch) == 0 {
			return nil
		}
		slices.SortStableFunc(batch, func(a, b crosscheck.Article) int {
			if d := a.Published.Time.Compare(b.Published.Time); d != 0 {
				return d
			}
			return strings.Compare(a.ID, b.ID)
		})
		res, err := Add(ctx, st, batch)
		for i, r := range res {
			switch r {
			case crosscheck.Added:
				sum.Added++
			case crosscheck.NewVersion:
				sum.NewVersions++
				// The story of a new version changed, with no grouping.
				if a, err := st.Article(ctx, batch[i].ID); err == nil && a.Story != "" {
					changed[a.Story] = true
				}
			default:
				sum.Unchanged++
			}
		}
		if err != nil {
			return err
		}
		batch = batch[:0]
		_, err = Group(ctx, st, gopts)
		return err
	}
	file := ""
	h := pipeline.Handler{
		Article: func(a crosscheck.Article) error {
			if a.File != file || p.Files == 0 {
				file = a.File
				p.Files++
				clear(where)
			}
			if a.File == "-" {
				// Standard input names no source that a later run would
				// name again: its reports are known by their content.
				a.ID = crosscheck.ArticleID("-", crosscheck.ContentHash(&a), 1)
			}
			where[place{a.File, a.Part}] = crosscheck.ArticleVersion{ID: a.ID, Hash: crosscheck.ContentHash(&a)}
			sum.Read++
			p.Read++
			batch = append(batch, a)
			report()
			if len(batch) >= n {
				return flush()
			}
			return nil
		},
		Dropped: func(d crosscheck.Dropped) {
			v, ok := where[place{d.File, d.Part}]
			if !ok {
				// A piece dropped from no article (a part that held no
				// article text) has no article page to show it.
				return
			}
			if _, seen := dropped[v]; !seen {
				droppedOrder = append(droppedOrder, v)
			}
			dropped[v] = append(dropped[v], d)
		},
		Error: func(e crosscheck.InputError) {
			sum.Failed++
			p.Files++
			report()
			if opts.Error != nil {
				opts.Error(e)
			}
		},
		Warning: opts.Warning,
	}
	p.Phase = Reading
	report()
	// A run stopped midway leaves its last batch unstored; the next run
	// reads it again.
	err := pipeline.Stream(ctx, paths, opts.Pipeline, h)
	if err == nil {
		err = flush()
	}
	if err != nil {
		return sum.tally(opened, changed, gone), err
	}

	p.Phase = Briefing
	report()
	sum.Briefed, err = Brief(ctx, st, BriefOptions{Workers: opts.Workers, Progress: func(done, total int) {
		p.Briefed, p.ToBrief = done, total
		report()
	}})
	return sum.tally(opened, changed, gone), err
}

// tally counts the stories opened and updated that still stand.
func (s Summary) tally(opened, changed, gone map[string]bool) Summary {
	s.Opened, s.Updated = 0, 0
	for id := range changed {
		switch {
		case gone[id]:
		case opened[id]:
			s.Opened++
		default:
			s.Updated++
		}
	}
	return s
}
