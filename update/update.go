// Package update keeps a crosscheck.Store current as reports arrive. Add
// stores articles; Group places the articles no grouping has placed yet
// into stories, continuing the clusterer whose state the store keeps; Brief
// and BriefStory write the briefings of the stories that changed. Run does
// all three for a set of inputs.
//
// The commands add, watch and serve and the scale-out workers share these
// steps, and work only through the crosscheck.Store interface, so that the
// same code runs on SQLite, PostgreSQL or the in-memory store. Each step
// commits as it goes: a process killed at any moment loses nothing it
// committed, and calling the step again finishes the rest with no
// duplicate.
//
// The package does not read inputs itself (pipeline does) and does not
// decide how stories are formed (cluster does) or what a briefing says
// (analyze does).
package update

import (
	"context"
	"runtime"
	"slices"
	"time"

	"golang.org/x/sync/errgroup"

	"crosscheck"
	"crosscheck/analyze"
	"crosscheck/cluster"
)

// DefaultBatch is how many articles Group places per transaction when
// Options.Batch is zero: large enough that saving the clusterer's state
// costs little per article, small enough that a crash loses little work.
const DefaultBatch = 1024

// Options configure Group.
type Options struct {
	// Cluster configures the clusterer. It must be the same from one run
	// to the next, as the state saved in the store assumes it.
	Cluster cluster.Options
	// Epoch is the grouping lease the caller holds (see
	// crosscheck.Grouping); 0 for a single process.
	Epoch int64
	// Batch is how many articles each grouping transaction places; 0
	// means DefaultBatch.
	Batch int
	// Now stamps the story events; nil means time.Now.
	Now func() time.Time
	// Saved, if set, is called with each grouping once it is committed.
	Saved func(crosscheck.Grouping)
}

// Add stores arts, one PutArticle each, and returns what each put did.
// On error it returns the results of the articles stored before.
func Add(ctx context.Context, st crosscheck.Store, arts []crosscheck.Article) ([]crosscheck.PutResult, error) {
	out := make([]crosscheck.PutResult, 0, len(arts))
	for _, a := range arts {
		r, err := st.PutArticle(ctx, a)
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

// Group places the store's ungrouped articles into stories. It restores
// the clusterer from the state the store keeps (or starts an empty one),
// adds the articles in the order the store returns them, Batch at a time,
// and saves each batch as one grouping: the stories it changed with all
// their articles, the stories merged away, the events, the article
// versions placed and the clusterer's state, under opts.Epoch. It returns
// the ids of the stories it changed that still stand, in the order they
// first changed.
//
// A new version of an article already placed replaces the old in the
// clusterer: the story's features are computed again from the current
// versions of its articles, and if the new version no longer fits (a page
// rewritten to cover another event), it leaves the story for another or
// a new one, and a split event is recorded. The story keeps its id and
// both stories are briefed again. A version of an article whose story
// has closed stays in it.
//
// One Group at a time may run on a store: two would continue the same
// state and place the same articles twice. A single process takes a lock
// (crosscheck add locks the store's file); many take the grouping lease
// and pass its epoch in opts.Epoch.
//
// Group fails with the store's error, with a Conflict when another holder
// has taken the grouping lease, and with Invalid when the saved state
// cannot be read. Groupings committed before an error stay committed.
func Group(ctx context.Context, st crosscheck.Store, opts Options) ([]string, error) {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	batch := opts.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	state, _, err := st.ClusterState(ctx)
	if err != nil {
		return nil, err
	}
	var c *cluster.Clusterer
	if state == nil {
		c = cluster.New(opts.Cluster)
		c.Track()
	} else if c, err = cluster.Restore(state, opts.Cluster); err != nil {
		return nil, err
	}

	var changed []string
	seen := map[string]bool{}
	gone := map[string]bool{}
	// prev is the batch before, to tell a store that keeps returning
	// what it was told is grouped, which would make Group loop forever.
	var prev map[crosscheck.ArticleVersion]bool
	for {
		arts, err := st.Ungrouped(ctx, batch)
		if err != nil {
			return live(changed, gone), err
		}
		if len(arts) == 0 {
			return live(changed, gone), nil
		}
		g := crosscheck.Grouping{Epoch: opts.Epoch, Grouped: make([]crosscheck.ArticleVersion, 0, len(arts))}
		// Of several versions of an article in one batch, the latest is
		// the one clustered.
		last := make(map[string]int, len(arts))
		for i, a := range arts {
			last[a.ID] = i
		}
		placed := make(map[string]bool, len(arts))
		again := 0
		batchSet := make(map[crosscheck.ArticleVersion]bool, len(arts))
		for _, a := range arts {
			v := crosscheck.ArticleVersion{ID: a.ID, Hash: a.Hash}
			if prev[v] {
				again++
			}
			batchSet[v] = true
			g.Grouped = append(g.Grouped, v)
			// An article is clustered once, as its latest version in the
			// batch. A later version of one clustered before replaces it
			// in its story, which it leaves if it tells another event.
			switch {
			case placed[a.ID]:
			case !c.Has(a.ID):
				if a.Version <= 1 {
					c.Add(&arts[last[a.ID]].Article)
				}
			case arts[last[a.ID]].Version > 1:
				if err := replace(ctx, st, c, &arts[last[a.ID]].Article); err != nil {
					return live(changed, gone), err
				}
			}
			placed[a.ID] = true
		}
		if again == len(arts) {
			return live(changed, gone), crosscheck.Errorf(crosscheck.Internal, "group", arts[0].ID, "the store returned a grouped batch as ungrouped again")
		}
		prev = batchSet
		ch := c.Changes()
		g.Stories, g.Gone, g.Events = ch.Stories, ch.Gone, ch.Events
		at := now()
		for i := range g.Events {
			g.Events[i].At = at
		}
		if g.State, err = c.Save(); err != nil {
			return live(changed, gone), err
		}
		if err := st.SaveGrouping(ctx, g); err != nil {
			return live(changed, gone), err
		}
		for _, s := range g.Stories {
			if !seen[s.ID] {
				seen[s.ID] = true
				changed = append(changed, s.ID)
			}
			delete(gone, s.ID)
		}
		for id := range g.Gone {
			gone[id] = true
		}
		if opts.Saved != nil {
			opts.Saved(g)
		}
	}
}

// replace puts a, a new version of an article the clusterer holds, in
// place of the old, with the current versions of its story's other
// articles read from the store.
func replace(ctx context.Context, st crosscheck.Store, c *cluster.Clusterer, a *crosscheck.Article) error {
	ids := c.Members(a.ID)
	if ids == nil {
		return nil
	}
	ids = slices.DeleteFunc(ids, func(id string) bool { return id == a.ID })
	stored, err := st.Articles(ctx, ids)
	if err != nil {
		return err
	}
	others := make([]crosscheck.Article, len(stored))
	for i := range stored {
		others[i] = stored[i].Article
	}
	c.Replace(a, others)
	return nil
}

// live returns ids without those gone.
func live(ids []string, gone map[string]bool) []string {
	out := ids[:0:0]
	for _, id := range ids {
		if !gone[id] {
			out = append(out, id)
		}
	}
	return out
}

// BriefStory writes the briefing of story id (or of the story it was
// merged into) from the latest versions of its articles, with the
// per-article analyses the store keeps (analyze.StoryStored). The briefing is
// stored as of the story's revision read before briefing, so that a story
// that changes meanwhile stays stale and is briefed again. It is safe to
// retry and to run for different stories at once.
func BriefStory(ctx context.Context, st crosscheck.Store, id string) error {
	return briefStory(ctx, st, id, nil)
}

// BriefStoryMemo is BriefStory with the story's memory of its last
// briefing taken from ms, and given back with this one's: see Memos. The
// briefing is the same as BriefStory's.
func BriefStoryMemo(ctx context.Context, st crosscheck.Store, id string, ms *Memos) error {
	return briefStory(ctx, st, id, ms)
}

// BriefStaleStory is BriefStoryMemo for a story that may have been briefed
// since it was asked for: it does nothing when the story's briefing is
// already of its current revision, so that a story asked for once per
// change is briefed once for all the changes that came before its
// briefing started. It reports whether it briefed the story.
func BriefStaleStory(ctx context.Context, st crosscheck.Store, id string, ms *Memos) (bool, error) {
	s, err := st.Story(ctx, id)
	if err != nil {
		return false, err
	}
	if s.Revision > 0 && s.Briefed >= s.Revision {
		return false, nil
	}
	return true, briefRead(ctx, st, s, ms)
}

func briefStory(ctx context.Context, st crosscheck.Store, id string, ms *Memos) error {
	s, err := st.Story(ctx, id)
	if err != nil {
		return err
	}
	return briefRead(ctx, st, s, ms)
}

// briefRead briefs s, read from st.
func briefRead(ctx context.Context, st crosscheck.Store, s crosscheck.StoredStory, ms *Memos) error {
	stored, err := st.Articles(ctx, s.Articles)
	if err != nil {
		return err
	}
	arts := make([]crosscheck.Article, len(stored))
	hashes := make([]string, len(stored))
	for i := range stored {
		arts[i] = stored[i].Article
		hashes[i] = stored[i].Hash
	}
	// Each article is analysed on its own once per content, and that
	// analysis kept in the store: a story one report larger analyses
	// that report only before combining them all.
	m := ms.take(s.ID)
	b, err := analyze.StoryStored(ctx, st, s.Story, arts, hashes, analyze.Options{Memo: m})
	// The Memo's values are right however the briefing ended: it is
	// kept even when the briefing stopped part way.
	ms.put(s.ID, m, len(arts))
	if err != nil {
		return err
	}
	return st.PutBriefing(ctx, b, s.Revision)
}

// BriefOptions configure Brief.
type BriefOptions struct {
	// Limit bounds how many stories one call briefs; 0 means every story
	// stale when the call starts.
	Limit int
	// Workers bounds the stories briefed at once; 0 means one per CPU.
	Workers int
	// Memos, if set, keeps each story's memory of its briefing for the
	// next call (see Memos); a long-running process passes the same one
	// to every call.
	Memos *Memos
	// Progress, if set, is called at the start and after each story
	// with the number briefed so far and the number the call set out to
	// brief. It is called from one goroutine at a time.
	Progress func(done, total int)
}

// Brief briefs the stories that are stale when it starts, oldest change
// first, a few at once, and returns how many it briefed. Stories that
// change while it runs stay stale for the next call. It stops at the
// first error.
func Brief(ctx context.Context, st crosscheck.Store, opts BriefOptions) (int, error) {
	ids, err := st.Stale(ctx, opts.Limit)
	if err != nil {
		return 0, err
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	done := make(chan struct{}, len(ids))
	var briefed int
	progress := make(chan struct{})
	if opts.Progress != nil {
		opts.Progress(0, len(ids))
	}
	// One goroutine counts and reports, so that Progress needs no lock.
	go func() {
		defer close(progress)
		for range done {
			briefed++
			if opts.Progress != nil {
				opts.Progress(briefed, len(ids))
			}
		}
	}()
	for _, id := range ids {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			if err := briefStory(gctx, st, id, opts.Memos); err != nil {
				return err
			}
			done <- struct{}{}
			return nil
		})
	}
	err = g.Wait()
	close(done)
	<-progress
	if err == nil && ctx.Err() != nil {
		err = &crosscheck.Error{Op: "brief", Kind: crosscheck.ErrorKind(ctx.Err()), Err: ctx.Err()}
	}
	return briefed, err
}
