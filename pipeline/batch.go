package pipeline

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"crosscheck"
	"crosscheck/cluster"
)

// Batch gathers the articles of a run and groups them into stories as
// cluster.Group does, without holding their texts: each article is counted
// for clustering as it comes and written to a temporary file, and memory
// keeps only its id, date and place in the file (about 100 bytes an
// article) beside what the clusterer keeps of each story. Stories reads
// the articles back in publication order to group them, and Articles
// reads a story's articles back for its analysis. A Batch is not safe for
// concurrent use, but for Articles and Article after Stories; Close
// removes the file.
type Batch struct {
	spool  *spool
	arts   []held
	groups *cluster.Batch
	// first and last find an article by id: the first and the last added
	// with it, as most ids are added once only last holds them.
	first map[string]int32
	last  map[string]int32
}

// held is what a Batch keeps of an article in memory.
type held struct {
	id   string
	sec  int64
	nsec int32
	at   place
}

// NewBatch returns an empty Batch that groups with opts and keeps its
// articles in a temporary file in dir ("" for the system's temporary
// directory).
func NewBatch(dir string, opts cluster.Options) (*Batch, error) {
	s, err := newSpool(dir)
	if err != nil {
		return nil, err
	}
	return &Batch{spool: s, groups: cluster.NewBatch(opts)}, nil
}

// Add adds an article.
func (b *Batch) Add(a crosscheck.Article) error {
	b.groups.Count(&a)
	at, err := b.spool.put(&a)
	if err != nil {
		return err
	}
	b.arts = append(b.arts, held{id: a.ID, sec: a.Published.Time.Unix(), nsec: int32(a.Published.Time.Nanosecond()), at: at})
	return nil
}

// Len returns the number of articles added.
func (b *Batch) Len() int { return len(b.arts) }

// Stories groups the articles added into stories, the stories
// cluster.Group gives for them in the order they were added. Call it once,
// after the last Add.
func (b *Batch) Stories(ctx context.Context) ([]crosscheck.Story, error) {
	if err := b.spool.flush(); err != nil {
		return nil, err
	}
	order := make([]int32, len(b.arts))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		ax, ay := &b.arts[x], &b.arts[y]
		switch {
		case ax.sec != ay.sec:
			return cmp.Compare(ax.sec, ay.sec)
		case ax.nsec != ay.nsec:
			return cmp.Compare(ax.nsec, ay.nsec)
		}
		if d := strings.Compare(ax.id, ay.id); d != 0 {
			return d
		}
		return cmp.Compare(x, y)
	})
	for n, i := range order {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		a, err := b.spool.get(b.arts[i].at)
		if err != nil {
			return nil, err
		}
		// The clusterer keeps an article's id and perhaps its title: as
		// strings of their own, not as parts of the text read back.
		a.ID, a.Title = b.arts[i].id, strings.Clone(a.Title)
		b.groups.Add(&a)
	}
	stories := b.groups.Stories()
	// The clusterer's vectors are no more needed: the stories' analysis
	// has the memory.
	b.groups = nil
	b.first = make(map[string]int32, len(b.arts))
	b.last = map[string]int32{}
	for i, h := range b.arts {
		if j, ok := b.first[h.id]; !ok {
			b.first[h.id] = int32(i)
		} else {
			b.last[h.id] = max(j, int32(i))
		}
	}
	return stories, nil
}

// Articles reads back the articles of s, in its order; of articles that
// share an id, the first added stands for them all.
func (b *Batch) Articles(s crosscheck.Story) ([]crosscheck.Article, error) {
	out := make([]crosscheck.Article, 0, len(s.Articles))
	for _, id := range s.Articles {
		i, ok := b.first[id]
		if !ok {
			continue
		}
		a, err := b.spool.get(b.arts[i].at)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// Article reads back the article with the given id, the last added of
// those that share it, and whether there is one.
func (b *Batch) Article(id string) (crosscheck.Article, bool, error) {
	i, ok := b.last[id]
	if !ok {
		if i, ok = b.first[id]; !ok {
			return crosscheck.Article{}, false, nil
		}
	}
	a, err := b.spool.get(b.arts[i].at)
	return a, err == nil, err
}

// Close removes the Batch's file.
func (b *Batch) Close() error { return b.spool.close() }
