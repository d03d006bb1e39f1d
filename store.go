package crosscheck

import (
	"context"
	"time"
)

// Store keeps articles, stories, briefings and the clusterer's state
// between runs, so that a new report joins the stories already open and
// only the stories it changes are briefed again. sqlite.DB is the embedded
// Store of one machine, postgres.DB the Store of many workers; both pass
// the one suite in internal/storetest.
//
// Every method is safe for concurrent use. Errors carry a Kind: NotFound
// for a missing article, story or briefing; Transient for a failure that
// may pass (a lost connection, a busy database), which callers retry;
// Conflict for a grouping written under a lease that has since passed to
// another holder; Canceled or Timeout when ctx ends first. A method that
// fails changes nothing: each write is one transaction.
type Store interface {
	// PutArticle stores a under a.ID. Storing the same id with the same
	// content hash again changes nothing and returns Unchanged; a changed
	// hash becomes a new version, which is what Article returns from then
	// on, and the article's story is marked to be briefed again.
	PutArticle(ctx context.Context, a Article) (PutResult, error)
	// Article returns the latest version of the article id.
	Article(ctx context.Context, id string) (StoredArticle, error)
	// Articles returns the latest versions of the articles ids, in that
	// order; it fails with NotFound if any is missing.
	Articles(ctx context.Context, ids []string) ([]StoredArticle, error)
	// Ungrouped returns up to limit articles (or versions) that no saved
	// grouping has placed yet, oldest first: the work a clusterer has to
	// catch up on after a crash.
	Ungrouped(ctx context.Context, limit int) ([]StoredArticle, error)

	// SaveGrouping records, in one transaction, the stories a clusterer
	// changed, the events that changed them, the articles they now hold
	// and the clusterer's state after them. Stories it lists are marked
	// to be briefed again. A grouping whose Epoch is below the store's
	// current grouping epoch fails with Conflict and changes nothing.
	SaveGrouping(ctx context.Context, g Grouping) error
	// ClusterState returns the clusterer state saved last and its epoch; nil
	// state when none was saved.
	ClusterState(ctx context.Context) (state []byte, epoch int64, err error)
	// Story returns the story id. A story merged into another returns the
	// story it went into.
	Story(ctx context.Context, id string) (StoredStory, error)
	// Stories lists stories as q asks, one page at a time; next is the
	// cursor of the following page, "" after the last.
	Stories(ctx context.Context, q StoryQuery) (stories []StoredStory, next string, err error)
	// StoryEvents returns the events of story id, oldest first.
	StoryEvents(ctx context.Context, id string) ([]StoryEvent, error)
	// Stale returns up to limit ids of stories whose briefing is missing
	// or older than their articles, oldest change first.
	Stale(ctx context.Context, limit int) ([]string, error)

	// PutBriefing stores the briefing of story b.ID, built from the story
	// at revision rev. It is kept only if no later briefing is stored; the
	// story stays stale if it changed since rev.
	PutBriefing(ctx context.Context, b StoryBriefing, rev int64) error
	// Briefing returns the latest briefing of story id.
	Briefing(ctx context.Context, id string) (StoryBriefing, error)

	// PutAnalysis keeps the per-article analysis data of the article
	// content hash, so that a story's briefing need not analyse its
	// articles again; Analyses returns those stored among hashes.
	PutAnalysis(ctx context.Context, hash string, data []byte) error
	Analyses(ctx context.Context, hashes []string) (map[string][]byte, error)

	// PutDropped keeps what cleaning dropped from version hash of the
	// article id, replacing what was kept for that version before.
	// Dropped returns what was kept for the latest version of the article
	// id, nil when nothing was; it fails with NotFound if there is no such
	// article.
	PutDropped(ctx context.Context, id, hash string, ds []Dropped) error
	Dropped(ctx context.Context, id string) ([]Dropped, error)

	// Search finds q in articles, quotes and facts, best match first.
	Search(ctx context.Context, q SearchQuery) (hits []SearchHit, next string, err error)

	// Close releases the store.
	Close() error
}

// PutResult says what PutArticle did.
type PutResult int

// The results of PutArticle.
const (
	Unchanged  PutResult = iota // the same id and content were stored already
	Added                       // a new article
	NewVersion                  // a new version of an article already stored
)

func (r PutResult) String() string {
	switch r {
	case Added:
		return "added"
	case NewVersion:
		return "new version"
	}
	return "unchanged"
}

// StoredArticle is an article as a Store keeps it.
type StoredArticle struct {
	Article
	// Hash is the article's ContentHash.
	Hash string `json:"hash"`
	// Version counts the article's versions from 1.
	Version int `json:"version"`
	// Story is the id of the story holding the article; "" until grouped.
	Story string `json:"story,omitempty"`
	// Added is when this version was stored.
	Added time.Time `json:"added"`
}

// StoryEventKind says how a story changed.
type StoryEventKind string

// The kinds of story events.
const (
	StoryOpened StoryEventKind = "open"  // a story opened with Article
	StoryJoined StoryEventKind = "join"  // Article joined the story
	StoryMerged StoryEventKind = "merge" // Other was merged into the story
	StorySplit  StoryEventKind = "split" // Other was split off the story
)

// StoryEvent is one change of a story.
type StoryEvent struct {
	Story   string         `json:"story"`
	Kind    StoryEventKind `json:"kind"`
	Article string         `json:"article,omitempty"`
	Other   string         `json:"other,omitempty"`
	At      time.Time      `json:"at"`
}

// Grouping is what a clusterer changed in one step, as SaveGrouping
// records it.
type Grouping struct {
	// Stories are the stories that changed, each with all its articles.
	Stories []Story
	// Gone lists stories merged into others, each with where it went.
	Gone map[string]string
	// Grouped lists the article versions the step placed, by id and hash,
	// so that Ungrouped no longer returns them.
	Grouped []ArticleVersion
	Events  []StoryEvent
	// State is the clusterer's state after the step.
	State []byte
	// Epoch is the grouping lease the writer holds; 0 for a single process.
	Epoch int64
}

// ArticleVersion names one version of an article.
type ArticleVersion struct {
	ID   string
	Hash string
}

// StoredStory is a story as a Store lists it.
type StoredStory struct {
	Story
	// Revision counts the story's changes; a briefing records the
	// revision it was built from.
	Revision int64 `json:"revision"`
	// Outlets and Disagreements come from the latest briefing.
	Outlets       []string  `json:"outlets"`
	Disagreements int       `json:"disagreements"`
	Updated       time.Time `json:"updated"`
	// Briefed is the revision of the latest briefing, 0 if none.
	Briefed int64 `json:"briefed"`
}

// StoryOrder says how Stories sorts.
type StoryOrder string

// The orders of Stories.
const (
	Newest       StoryOrder = "newest"   // latest article first
	MostCovered  StoryOrder = "covered"  // most outlets first
	MostDisputed StoryOrder = "disputed" // most disagreements first
)

// StoryQuery selects stories for Stories. Zero fields select everything.
type StoryQuery struct {
	Order  StoryOrder
	Outlet string // stories with an article from this outlet
	Entity string // stories whose briefing names this entity
	// From and To bound the stories' latest article time, To exclusive.
	From, To time.Time
	Limit    int
	Cursor   string
}

// SearchQuery is a full-text search.
type SearchQuery struct {
	Text   string
	Limit  int
	Cursor string
}

// SearchHitKind says what a SearchHit found.
type SearchHitKind string

// The kinds of search hits.
const (
	ArticleHit SearchHitKind = "article"
	QuoteHit   SearchHitKind = "quote"
	FactHit    SearchHitKind = "fact"
)

// SearchHit is one match of a search.
type SearchHit struct {
	Kind    SearchHitKind `json:"kind"`
	Article string        `json:"article,omitempty"`
	Story   string        `json:"story,omitempty"`
	Title   string        `json:"title"`
	// Snippet is the matching text around the match, in pieces; Match
	// marks the pieces that matched. Pieces are plain text, escaped only
	// where they are shown.
	Snippet []SnippetPart `json:"snippet"`
}

// SnippetPart is a piece of a search snippet.
type SnippetPart struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}
