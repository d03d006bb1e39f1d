package sqlite

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"crosscheck"
)

// maxHops bounds the merges followed from a story to the one holding it.
const maxHops = 100

// resolve follows merges from story id to the story that holds it now.
func resolve(ctx context.Context, q querier, id string) (string, error) {
	for range maxHops {
		var to string
		err := q.QueryRowContext(ctx, "SELECT merged_into FROM story_gone WHERE id = ?", id).Scan(&to)
		if errors.Is(err, sql.ErrNoRows) {
			return id, nil
		}
		if err != nil {
			return "", err
		}
		id = to
	}
	return id, nil
}

// SaveGrouping implements crosscheck.Store.
func (s *DB) SaveGrouping(ctx context.Context, g crosscheck.Grouping) error {
	const op = "save grouping"
	return s.write(ctx, op, "", func(tx *sql.Tx) error {
		var epoch int64
		if err := tx.QueryRowContext(ctx, "SELECT epoch FROM clusterer WHERE id = 1").Scan(&epoch); err != nil {
			return err
		}
		if g.Epoch < epoch {
			return crosscheck.Errorf(crosscheck.Conflict, op, "", "grouping epoch %d is behind the store's %d", g.Epoch, epoch)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE clusterer SET epoch = ? WHERE id = 1", g.Epoch); err != nil {
			return err
		}
		now := s.now()
		if err := s.saveGone(ctx, tx, g.Gone); err != nil {
			return err
		}
		for _, st := range g.Stories {
			if err := s.saveStory(ctx, tx, st, now); err != nil {
				return err
			}
		}
		for _, v := range g.Grouped {
			if _, err := tx.ExecContext(ctx, "UPDATE article_versions SET grouped = 1 WHERE id = ? AND hash = ? AND grouped = 0", v.ID, v.Hash); err != nil {
				return err
			}
		}
		for _, e := range g.Events {
			at := e.At
			if at.IsZero() {
				at = now
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO story_events (story, kind, article, other, at) VALUES (?, ?, ?, ?, ?)",
				e.Story, string(e.Kind), e.Article, e.Other, micros(at)); err != nil {
				return err
			}
		}
		if g.State != nil {
			if _, err := tx.ExecContext(ctx, "UPDATE clusterer SET state = ? WHERE id = 1", g.State); err != nil {
				return err
			}
		}
		return nil
	})
}

// saveGone records the stories merged into others, drops them, and moves
// their articles to the stories that hold them now.
func (s *DB) saveGone(ctx context.Context, tx *sql.Tx, gone map[string]string) error {
	from := make([]string, 0, len(gone))
	for id := range gone {
		from = append(from, id)
	}
	sort.Strings(from)
	for _, id := range from {
		if _, err := tx.ExecContext(ctx, "INSERT INTO story_gone (id, merged_into) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET merged_into = excluded.merged_into",
			id, gone[id]); err != nil {
			return err
		}
		// Deleting passages first keeps the search index in step: the
		// cascade from stories would bypass its triggers' order.
		if _, err := tx.ExecContext(ctx, "DELETE FROM passages WHERE story = ?", id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM stories WHERE id = ?", id); err != nil {
			return err
		}
	}
	for _, id := range from {
		to, err := resolve(ctx, tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE articles SET story = ? WHERE story = ?", to, id); err != nil {
			return err
		}
	}
	return nil
}

// saveStory writes story st with all its articles and counts the change.
// Only the articles past the part of the list that is unchanged are
// written, so that a report joining a long story costs little.
func (s *DB) saveStory(ctx context.Context, tx *sql.Tx, st crosscheck.Story, now time.Time) error {
	if st.ID == "" {
		return crosscheck.Errorf(crosscheck.Invalid, "save grouping", "", "story has no id")
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO stories (id, title, first, last, last_us, revision, changed)
		VALUES (?, ?, ?, ?, ?, 1, ?)
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last,
			last_us = excluded.last_us, revision = revision + 1, changed = coalesce(changed, excluded.changed)`,
		st.ID, st.Title, st.First.String(), st.Last.String(), micros(st.Last.Time), now.UnixNano()); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM story_gone WHERE id = ?", st.ID); err != nil {
		return err
	}
	old, err := storyArticles(ctx, tx, st.ID)
	if err != nil {
		return err
	}
	keep := 0
	for keep < len(old) && keep < len(st.Articles) && old[keep] == st.Articles[keep] {
		keep++
	}
	if keep < len(old) {
		if _, err := tx.ExecContext(ctx, "DELETE FROM story_articles WHERE story = ? AND pos >= ?", st.ID, keep); err != nil {
			return err
		}
	}
	for i := keep; i < len(st.Articles); i++ {
		id := st.Articles[i]
		if _, err := tx.ExecContext(ctx, "INSERT INTO story_articles (story, pos, article) VALUES (?, ?, ?)", st.ID, i, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE articles SET story = ? WHERE id = ?", st.ID, id); err != nil {
			return err
		}
	}
	return nil
}

// storyArticles returns the article ids of story id in order.
func storyArticles(ctx context.Context, q querier, id string) ([]string, error) {
	rows, err := q.QueryContext(ctx, "SELECT article FROM story_articles WHERE story = ? ORDER BY pos", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// ClusterState implements crosscheck.Store.
func (s *DB) ClusterState(ctx context.Context) ([]byte, int64, error) {
	var state []byte
	var epoch int64
	err := s.r.QueryRowContext(ctx, "SELECT state, epoch FROM clusterer WHERE id = 1").Scan(&state, &epoch)
	if err != nil {
		return nil, 0, wrap(ctx, "cluster state", "", err)
	}
	return state, epoch, nil
}

// storyCols are the columns scanStory reads from stories s.
const storyCols = "s.id, s.title, s.first, s.last, s.revision, s.briefed, s.outlets, s.disagreements, coalesce(s.updated, 0), s.last_us, s.n_outlets"

// storyRow is a story as read, with the values its order sorts by.
type storyRow struct {
	crosscheck.StoredStory
	lastUS   int64
	nOutlets int
}

func scanStory(row interface{ Scan(...any) error }) (storyRow, error) {
	var (
		r                    storyRow
		first, last, outlets string
		updated              int64
	)
	err := row.Scan(&r.ID, &r.Title, &first, &last, &r.Revision, &r.Briefed, &outlets, &r.Disagreements, &updated, &r.lastUS, &r.nOutlets)
	if err != nil {
		return r, err
	}
	if r.First, err = crosscheck.ParseDate(first); err != nil {
		return r, err
	}
	if r.Last, err = crosscheck.ParseDate(last); err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(outlets), &r.Outlets); err != nil {
		return r, err
	}
	if len(r.Outlets) == 0 {
		r.Outlets = nil
	}
	if updated != 0 {
		r.Updated = time.Unix(0, updated).UTC()
	}
	return r, nil
}

// Story implements crosscheck.Store.
func (s *DB) Story(ctx context.Context, id string) (crosscheck.StoredStory, error) {
	const op = "story"
	var out crosscheck.StoredStory
	err := s.read(ctx, func(tx *sql.Tx) error {
		sid, err := resolve(ctx, tx, id)
		if err != nil {
			return err
		}
		r, err := scanStory(tx.QueryRowContext(ctx, "SELECT "+storyCols+" FROM stories s WHERE s.id = ?", sid))
		if errors.Is(err, sql.ErrNoRows) && ctx.Err() == nil {
			return crosscheck.Errorf(crosscheck.NotFound, op, id, "no such story")
		}
		if err != nil {
			return err
		}
		out = r.StoredStory
		out.Articles, err = storyArticles(ctx, tx, sid)
		return err
	})
	if err != nil {
		return crosscheck.StoredStory{}, wrap(ctx, op, id, err)
	}
	return out, nil
}

// Page sizes of Stories.
const (
	defaultPage = 50
	maxPage     = 1000
)

// storyCursor is where a page of Stories starts: after the story with
// these sort values. It is sent as opaque text.
type storyCursor struct {
	order  crosscheck.StoryOrder
	key    int64 // outlets or disagreements, by order
	lastUS int64
	id     string
}

func (c storyCursor) String() string {
	s := fmt.Sprintf("s1|%s|%d|%d|%s", c.order, c.key, c.lastUS, c.id)
	return base64.RawURLEncoding.EncodeToString([]byte(s))
}

func parseStoryCursor(s string) (storyCursor, bool) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return storyCursor{}, false
	}
	f := strings.SplitN(string(b), "|", 5)
	if len(f) != 5 || f[0] != "s1" {
		return storyCursor{}, false
	}
	key, err1 := strconv.ParseInt(f[2], 10, 64)
	last, err2 := strconv.ParseInt(f[3], 10, 64)
	if err1 != nil || err2 != nil {
		return storyCursor{}, false
	}
	return storyCursor{order: crosscheck.StoryOrder(f[1]), key: key, lastUS: last, id: f[4]}, true
}

// Stories implements crosscheck.Store. Its cursor holds the sort values of
// the last story of the page, so that pages follow the indexes whatever
// their depth and a story added meanwhile shifts nothing.
func (s *DB) Stories(ctx context.Context, q crosscheck.StoryQuery) ([]crosscheck.StoredStory, string, error) {
	const op = "stories"
	order := q.Order
	if order == "" {
		order = crosscheck.Newest
	}
	var keyCol string
	switch order {
	case crosscheck.Newest:
	case crosscheck.MostCovered:
		keyCol = "s.n_outlets"
	case crosscheck.MostDisputed:
		keyCol = "s.disagreements"
	default:
		return nil, "", crosscheck.Errorf(crosscheck.Invalid, op, string(q.Order), "unknown order")
	}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultPage
	}
	limit = min(limit, maxPage)

	var where []string
	var args []any
	if !q.From.IsZero() {
		where = append(where, "s.last_us >= ?")
		args = append(args, micros(q.From))
	}
	if !q.To.IsZero() {
		where = append(where, "s.last_us < ?")
		args = append(args, micros(q.To))
	}
	if q.Outlet != "" {
		where = append(where, "s.id IN (SELECT story FROM articles WHERE outlet_key = ? AND story IS NOT NULL)")
		args = append(args, fold(q.Outlet))
	}
	if q.Entity != "" {
		where = append(where, "s.id IN (SELECT story FROM story_entities WHERE name_key = ?)")
		args = append(args, fold(q.Entity))
	}
	if q.Cursor != "" {
		c, ok := parseStoryCursor(q.Cursor)
		if !ok || c.order != order {
			return nil, "", crosscheck.Errorf(crosscheck.Invalid, op, q.Cursor, "bad cursor")
		}
		// The first term, implied by the rest, gives the index a range
		// to seek to; SQLite would not take one from the OR alone.
		after := "s.last_us <= ? AND (s.last_us < ? OR s.id > ?)"
		cargs := []any{c.lastUS, c.lastUS, c.id}
		if keyCol != "" {
			after = keyCol + " <= ? AND (" + keyCol + " < ? OR (" + after + "))"
			cargs = append([]any{c.key, c.key}, cargs...)
		}
		where = append(where, after)
		args = append(args, cargs...)
	}
	query := "SELECT " + storyCols + " FROM stories s"
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY "
	if keyCol != "" {
		query += keyCol + " DESC, "
	}
	query += "s.last_us DESC, s.id LIMIT ?"
	args = append(args, limit+1)

	var page []storyRow
	var arts map[string][]string
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			r, err := scanStory(rows)
			if err != nil {
				rows.Close()
				return err
			}
			page = append(page, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		ids := make([]string, 0, len(page))
		for _, r := range page[:min(len(page), limit)] {
			ids = append(ids, r.ID)
		}
		arts, err = articlesOf(ctx, tx, ids)
		return err
	})
	if err != nil {
		return nil, "", wrap(ctx, op, "", err)
	}
	next := ""
	if len(page) > limit {
		page = page[:limit]
		last := page[limit-1]
		c := storyCursor{order: order, lastUS: last.lastUS, id: last.ID}
		switch order {
		case crosscheck.MostCovered:
			c.key = int64(last.nOutlets)
		case crosscheck.MostDisputed:
			c.key = int64(last.Disagreements)
		}
		next = c.String()
	}
	out := make([]crosscheck.StoredStory, len(page))
	for i, r := range page {
		out[i] = r.StoredStory
		out[i].Articles = arts[r.ID]
	}
	return out, next, nil
}

// articlesOf returns the article ids of each of the stories ids.
func articlesOf(ctx context.Context, q querier, ids []string) (map[string][]string, error) {
	out := make(map[string][]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	for start := 0; start < len(ids); start += batch {
		part := ids[start:min(start+batch, len(ids))]
		rows, err := q.QueryContext(ctx, "SELECT story, article FROM story_articles WHERE story IN ("+placeholders(len(part))+") ORDER BY story, pos", anys(part)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var st, a string
			if err := rows.Scan(&st, &a); err != nil {
				rows.Close()
				return nil, err
			}
			out[st] = append(out[st], a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// StoryEvents implements crosscheck.Store.
func (s *DB) StoryEvents(ctx context.Context, id string) ([]crosscheck.StoryEvent, error) {
	const op = "story events"
	rows, err := s.r.QueryContext(ctx, "SELECT story, kind, article, other, at FROM story_events WHERE story = ? ORDER BY seq", id)
	if err != nil {
		return nil, wrap(ctx, op, id, err)
	}
	defer rows.Close()
	var out []crosscheck.StoryEvent
	for rows.Next() {
		var e crosscheck.StoryEvent
		var kind string
		var at int64
		if err := rows.Scan(&e.Story, &kind, &e.Article, &e.Other, &at); err != nil {
			return nil, wrap(ctx, op, id, err)
		}
		e.Kind = crosscheck.StoryEventKind(kind)
		e.At = time.UnixMicro(at).UTC()
		out = append(out, e)
	}
	return out, wrap(ctx, op, id, rows.Err())
}

// Stale implements crosscheck.Store.
func (s *DB) Stale(ctx context.Context, limit int) ([]string, error) {
	const op = "stale"
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.r.QueryContext(ctx, "SELECT id FROM stories WHERE changed IS NOT NULL ORDER BY changed, id LIMIT ?", limit)
	if err != nil {
		return nil, wrap(ctx, op, "", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, wrap(ctx, op, "", err)
		}
		out = append(out, id)
	}
	return out, wrap(ctx, op, "", rows.Err())
}

// PutBriefing implements crosscheck.Store. It also indexes the briefing's
// quotes and facts for search and its entities for Stories.
func (s *DB) PutBriefing(ctx context.Context, b crosscheck.StoryBriefing, rev int64) error {
	const op = "put briefing"
	data, err := json.Marshal(b)
	if err != nil {
		return &crosscheck.Error{Op: op, Input: b.ID, Kind: crosscheck.Internal, Err: err}
	}
	outlets := briefOutlets(b)
	outletsJSON, err := json.Marshal(outlets)
	if err != nil {
		return &crosscheck.Error{Op: op, Input: b.ID, Kind: crosscheck.Internal, Err: err}
	}
	disagreements := 0
	for _, d := range b.Discrepancies {
		if !d.Update {
			disagreements++
		}
	}
	return s.write(ctx, op, b.ID, func(tx *sql.Tx) error {
		var briefed int64
		err := tx.QueryRowContext(ctx, "SELECT briefed FROM stories WHERE id = ?", b.ID).Scan(&briefed)
		if errors.Is(err, sql.ErrNoRows) {
			return crosscheck.Errorf(crosscheck.NotFound, op, b.ID, "no such story")
		}
		if err != nil {
			return err
		}
		if rev < briefed {
			return nil
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO briefings (story, rev, data) VALUES (?, ?, ?) ON CONFLICT (story) DO UPDATE SET rev = excluded.rev, data = excluded.data",
			b.ID, rev, data); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET briefed = ?, outlets = ?, n_outlets = ?, disagreements = ?, updated = ?,
			changed = CASE WHEN ? >= revision THEN NULL ELSE changed END WHERE id = ?`,
			rev, string(outletsJSON), len(outlets), disagreements, s.now().UnixNano(), rev, b.ID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM passages WHERE story = ?", b.ID); err != nil {
			return err
		}
		for _, q := range b.Quotes {
			if _, err := tx.ExecContext(ctx, "INSERT INTO passages (story, kind, title, text) VALUES (?, ?, ?, ?)",
				b.ID, string(crosscheck.QuoteHit), q.Speaker, q.Text); err != nil {
				return err
			}
		}
		for _, f := range b.Facts {
			if _, err := tx.ExecContext(ctx, "INSERT INTO passages (story, kind, title, text) VALUES (?, ?, ?, ?)",
				b.ID, string(crosscheck.FactHit), b.Title, f.Text); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM story_entities WHERE story = ?", b.ID); err != nil {
			return err
		}
		for _, e := range b.Entities {
			if k := fold(e.Name); k != "" {
				if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO story_entities (name_key, story) VALUES (?, ?)", k, b.ID); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// briefOutlets returns the distinct outlets of a briefing's articles.
func briefOutlets(b crosscheck.StoryBriefing) []string {
	var out []string
	for _, a := range b.Articles {
		if a.Outlet != "" && !slices.Contains(out, a.Outlet) {
			out = append(out, a.Outlet)
		}
	}
	sort.Strings(out)
	return out
}

// Briefing implements crosscheck.Store.
func (s *DB) Briefing(ctx context.Context, id string) (crosscheck.StoryBriefing, error) {
	const op = "briefing"
	var b crosscheck.StoryBriefing
	var data []byte
	err := s.read(ctx, func(tx *sql.Tx) error {
		sid, err := resolve(ctx, tx, id)
		if err != nil {
			return err
		}
		err = tx.QueryRowContext(ctx, "SELECT data FROM briefings WHERE story = ?", sid).Scan(&data)
		if errors.Is(err, sql.ErrNoRows) && ctx.Err() == nil {
			return crosscheck.Errorf(crosscheck.NotFound, op, id, "no briefing")
		}
		return err
	})
	if err != nil {
		return b, wrap(ctx, op, id, err)
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return b, &crosscheck.Error{Op: op, Input: id, Kind: crosscheck.Internal, Err: fmt.Errorf("stored briefing: %w", err)}
	}
	return b, nil
}
