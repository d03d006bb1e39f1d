package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"crosscheck"
)

// fence locks the clusterer row and fails with Conflict if epoch is below
// the store's grouping epoch or the epoch of the grouping lease.
func fence(ctx context.Context, tx pgx.Tx, op string, epoch int64) error {
	var cur, lease int64
	err := tx.QueryRow(ctx, `SELECT c.epoch, coalesce((SELECT epoch FROM leases WHERE name = $1), 0)
		FROM clusterer c FOR UPDATE OF c`, GroupingLease).Scan(&cur, &lease)
	if err != nil {
		return err
	}
	if epoch < cur || epoch < lease {
		return crosscheck.Errorf(crosscheck.Conflict, op, "", "grouping epoch %d is behind the store's %d", epoch, max(cur, lease))
	}
	return nil
}

// SaveGrouping implements crosscheck.Store. Rows are locked articles first,
// then stories, each in id order, as PutArticle and PutBriefing lock them,
// so that concurrent writers do not deadlock.
func (db *DB) SaveGrouping(ctx context.Context, g crosscheck.Grouping) error {
	const op = "save grouping"
	now := db.now()
	return db.tx(ctx, op, func(tx pgx.Tx) error {
		if err := fence(ctx, tx, op, g.Epoch); err != nil {
			return err
		}
		// Articles point at the story that now holds them.
		type placed struct{ article, story string }
		var moves []placed
		for _, st := range g.Stories {
			for _, id := range st.Articles {
				moves = append(moves, placed{id, st.ID})
			}
		}
		sort.Slice(moves, func(i, j int) bool { return moves[i].article < moves[j].article })
		if len(moves) > 0 {
			ids, stories := make([]string, len(moves)), make([]string, len(moves))
			for i, m := range moves {
				ids[i], stories[i] = m.article, m.story
			}
			if _, err := tx.Exec(ctx, `UPDATE articles a SET story = m.story
				FROM unnest($1::text[], $2::text[]) AS m(id, story) WHERE a.id = m.id`, ids, stories); err != nil {
				return err
			}
		}
		if err := db.saveGone(ctx, tx, g.Gone); err != nil {
			return err
		}
		// One row per story, the last given winning, as when each was
		// upserted in turn: one statement may not change a row twice.
		sorted := slices.Clone(g.Stories)
		slices.Reverse(sorted)
		slices.SortStableFunc(sorted, func(a, b crosscheck.Story) int { return strings.Compare(a.ID, b.ID) })
		sorted = slices.CompactFunc(sorted, func(a, b crosscheck.Story) bool { return a.ID == b.ID })
		if len(sorted) > 0 {
			ids, datas, lasts := make([]string, len(sorted)), make([]string, len(sorted)), make([]time.Time, len(sorted))
			for i, st := range sorted {
				data, err := json.Marshal(st)
				if err != nil {
					return crosscheck.Errorf(crosscheck.Invalid, op, st.ID, "%v", err)
				}
				ids[i], datas[i], lasts[i] = st.ID, string(data), st.Last.Time
			}
			// One statement for all the stories, in id order.
			if _, err := tx.Exec(ctx, `INSERT INTO stories (id, data, last_at, revision, changed)
				SELECT s.id, s.data::jsonb, s.last_at, 1, $4 FROM unnest($1::text[], $2::text[], $3::timestamptz[]) WITH ORDINALITY AS s(id, data, last_at, n)
				ORDER BY s.n
				ON CONFLICT (id) DO UPDATE SET data = excluded.data, last_at = excluded.last_at,
					revision = stories.revision + 1, changed = coalesce(stories.changed, excluded.changed)`,
				ids, datas, lasts, now); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, "DELETE FROM gone WHERE id = ANY($1)", ids); err != nil {
				return err
			}
		}
		if len(g.Grouped) > 0 {
			ids, hashes := make([]string, len(g.Grouped)), make([]string, len(g.Grouped))
			for i, v := range g.Grouped {
				ids[i], hashes[i] = v.ID, v.Hash
			}
			if _, err := tx.Exec(ctx, `UPDATE article_versions v SET grouped = true
				FROM unnest($1::text[], $2::text[]) AS g(id, hash) WHERE v.id = g.id AND v.hash = g.hash AND NOT v.grouped`, ids, hashes); err != nil {
				return err
			}
		}
		if len(g.Events) > 0 {
			rows := make([][]any, len(g.Events))
			for i, e := range g.Events {
				at := e.At
				if at.IsZero() {
					at = now
				}
				rows[i] = []any{e.Story, string(e.Kind), e.Article, e.Other, at}
			}
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{"events"}, []string{"story", "kind", "article", "other", "at"}, pgx.CopyFromRows(rows)); err != nil {
				return err
			}
		}
		if g.State != nil {
			_, err := tx.Exec(ctx, "UPDATE clusterer SET state = $1, epoch = $2", g.State, g.Epoch)
			return err
		}
		_, err := tx.Exec(ctx, "UPDATE clusterer SET epoch = $1", g.Epoch)
		return err
	})
}

// saveGone records stories merged away, keeping every gone row pointing
// at a live story, and drops their rows from stories.
func (db *DB) saveGone(ctx context.Context, tx pgx.Tx, gone map[string]string) error {
	if len(gone) == 0 {
		return nil
	}
	from := make([]string, 0, len(gone))
	for f := range gone {
		from = append(from, f)
	}
	sort.Strings(from)
	for _, f := range from {
		to := gone[f]
		for n := 0; n < len(gone); n++ {
			next, ok := gone[to]
			if !ok {
				break
			}
			to = next
		}
		if err := tx.QueryRow(ctx, "SELECT coalesce((SELECT target FROM gone WHERE id = $1), $1)", to).Scan(&to); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "UPDATE gone SET target = $2 WHERE target = $1", f, to); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO gone (id, target) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET target = excluded.target", f, to); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "DELETE FROM stories WHERE id = $1", f); err != nil {
			return err
		}
	}
	return nil
}

// ClusterState implements crosscheck.Store.
func (db *DB) ClusterState(ctx context.Context) ([]byte, int64, error) {
	const op = "cluster state"
	if err := ctx.Err(); err != nil {
		return nil, 0, wrap(op, err)
	}
	var state []byte
	var epoch int64
	err := db.pool.QueryRow(ctx, "SELECT state, epoch FROM clusterer").Scan(&state, &epoch)
	return state, epoch, wrap(op, err)
}

const storyColumns = "s.data, s.revision, s.briefed, s.outlets, s.disagreements, s.updated"

func scanStory(row pgx.Row) (crosscheck.StoredStory, error) {
	var ss crosscheck.StoredStory
	var data []byte
	var updated *time.Time
	if err := row.Scan(&data, &ss.Revision, &ss.Briefed, &ss.Outlets, &ss.Disagreements, &updated); err != nil {
		return ss, err
	}
	if err := json.Unmarshal(data, &ss.Story); err != nil {
		return ss, crosscheck.Errorf(crosscheck.Internal, "", "", "stored story: %v", err)
	}
	if updated != nil {
		ss.Updated = *updated
	}
	if len(ss.Outlets) == 0 {
		ss.Outlets = nil
	}
	return ss, nil
}

// Story implements crosscheck.Store.
func (db *DB) Story(ctx context.Context, id string) (crosscheck.StoredStory, error) {
	const op = "story"
	if err := ctx.Err(); err != nil {
		return crosscheck.StoredStory{}, wrap(op, err)
	}
	ss, err := scanStory(db.pool.QueryRow(ctx, "SELECT "+storyColumns+
		" FROM stories s WHERE s.id = coalesce((SELECT target FROM gone WHERE id = $1), $1)", id))
	if errors.Is(err, pgx.ErrNoRows) {
		return ss, crosscheck.Errorf(crosscheck.NotFound, op, id, "no such story")
	}
	return ss, wrap(op, err)
}

// Stories implements crosscheck.Store. Its cursor is an offset.
func (db *DB) Stories(ctx context.Context, q crosscheck.StoryQuery) ([]crosscheck.StoredStory, string, error) {
	const op = "stories"
	if err := ctx.Err(); err != nil {
		return nil, "", wrap(op, err)
	}
	off := 0
	if q.Cursor != "" {
		n, err := strconv.Atoi(q.Cursor)
		if err != nil || n < 0 {
			return nil, "", crosscheck.Errorf(crosscheck.Invalid, op, q.Cursor, "bad cursor")
		}
		off = n
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	order := "s.last_at DESC, s.id"
	switch q.Order {
	case crosscheck.MostCovered:
		order = "cardinality(s.outlets) DESC, " + order
	case crosscheck.MostDisputed:
		order = "s.disagreements DESC, " + order
	}
	var from, to *time.Time
	if !q.From.IsZero() {
		from = &q.From
	}
	if !q.To.IsZero() {
		to = &q.To
	}
	rows, err := db.pool.Query(ctx, "SELECT "+storyColumns+` FROM stories s
		WHERE ($1::timestamptz IS NULL OR s.last_at >= $1)
		  AND ($2::timestamptz IS NULL OR s.last_at < $2)
		  AND ($3 = '' OR EXISTS (SELECT 1 FROM articles a
			WHERE a.id = ANY(ARRAY(SELECT jsonb_array_elements_text(CASE jsonb_typeof(s.data->'articles') WHEN 'array' THEN s.data->'articles' ELSE '[]' END))) AND lower(a.outlet) = lower($3)))
		  AND ($4 = '' OR EXISTS (SELECT 1 FROM briefings b, jsonb_array_elements(CASE jsonb_typeof(b.data->'entities') WHEN 'array' THEN b.data->'entities' ELSE '[]' END) e
			WHERE b.story = s.id AND lower(e->>'name') = lower($4)))
		ORDER BY `+order+" LIMIT $5 OFFSET $6", from, to, q.Outlet, q.Entity, limit+1, off)
	if err != nil {
		return nil, "", wrap(op, err)
	}
	list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (crosscheck.StoredStory, error) { return scanStory(r) })
	if err != nil {
		return nil, "", wrap(op, err)
	}
	next := ""
	if len(list) > limit {
		list = list[:limit]
		next = strconv.Itoa(off + limit)
	}
	return list, next, nil
}

// StoryEvents implements crosscheck.Store.
func (db *DB) StoryEvents(ctx context.Context, id string) ([]crosscheck.StoryEvent, error) {
	const op = "story events"
	if err := ctx.Err(); err != nil {
		return nil, wrap(op, err)
	}
	rows, err := db.pool.Query(ctx, "SELECT story, kind, article, other, at FROM events WHERE story = $1 ORDER BY seq", id)
	if err != nil {
		return nil, wrap(op, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (crosscheck.StoryEvent, error) {
		var e crosscheck.StoryEvent
		var k string
		err := r.Scan(&e.Story, &k, &e.Article, &e.Other, &e.At)
		e.Kind = crosscheck.StoryEventKind(k)
		return e, err
	})
	return out, wrap(op, err)
}

// Stale implements crosscheck.Store.
func (db *DB) Stale(ctx context.Context, limit int) ([]string, error) {
	const op = "stale"
	if err := ctx.Err(); err != nil {
		return nil, wrap(op, err)
	}
	lim := any(nil)
	if limit > 0 {
		lim = limit
	}
	rows, err := db.pool.Query(ctx, "SELECT id FROM stories WHERE changed IS NOT NULL ORDER BY changed, id LIMIT $1", lim)
	if err != nil {
		return nil, wrap(op, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	return out, wrap(op, err)
}

// PutBriefing implements crosscheck.Store.
func (db *DB) PutBriefing(ctx context.Context, b crosscheck.StoryBriefing, rev int64) error {
	const op = "put briefing"
	data, err := json.Marshal(b)
	if err != nil {
		return crosscheck.Errorf(crosscheck.Invalid, op, b.ID, "%v", err)
	}
	outlets := briefOutlets(b)
	disagreements := 0
	for _, d := range b.Discrepancies {
		if !d.Update {
			disagreements++
		}
	}
	now := db.now()
	var kinds, titles, bodies []string
	for _, q := range b.Quotes {
		kinds, titles, bodies = append(kinds, string(crosscheck.QuoteHit)), append(titles, q.Speaker), append(bodies, q.Text)
	}
	for _, f := range b.Facts {
		kinds, titles, bodies = append(kinds, string(crosscheck.FactHit)), append(titles, b.Title), append(bodies, f.Text)
	}
	if err := ctx.Err(); err != nil {
		return wrap(op, err)
	}
	// One batch, one round trip: a batch runs as one transaction, the
	// first statement locks the story, and each write that follows
	// happens only if the briefing is not older than the story's.
	const current = "EXISTS (SELECT 1 FROM stories WHERE id = $1 AND briefed <= $2)"
	var batch pgx.Batch
	batch.Queue("SELECT briefed FROM stories WHERE id = $1 FOR UPDATE", b.ID)
	batch.Queue(`INSERT INTO briefings (story, data) SELECT $1, $3 WHERE `+current+`
		ON CONFLICT (story) DO UPDATE SET data = excluded.data`, b.ID, rev, data)
	batch.Queue("DELETE FROM passages WHERE story = $1 AND "+current, b.ID, rev)
	batch.Queue(`INSERT INTO passages (story, ord, kind, title, body)
		SELECT $1, p.n - 1, p.kind, p.title, p.body FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS p(kind, title, body, n)
		WHERE `+current, b.ID, rev, kinds, titles, bodies)
	batch.Queue(`UPDATE stories SET briefed = $2, outlets = $3, disagreements = $4, updated = $5,
		changed = CASE WHEN $2 >= revision THEN NULL ELSE changed END WHERE id = $1 AND briefed <= $2`,
		b.ID, rev, outlets, disagreements, now)
	br := db.pool.SendBatch(ctx, &batch)
	var briefed int64
	err = br.QueryRow().Scan(&briefed)
	found := !errors.Is(err, pgx.ErrNoRows)
	if found && err != nil {
		br.Close()
		return wrap(op, err)
	}
	for i := 0; i < batch.Len()-1; i++ {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return wrap(op, err)
		}
	}
	if err := br.Close(); err != nil {
		return wrap(op, err)
	}
	if !found {
		return crosscheck.Errorf(crosscheck.NotFound, op, b.ID, "no such story")
	}
	return nil
}

// briefOutlets returns the distinct outlets of a briefing's articles,
// sorted.
func briefOutlets(b crosscheck.StoryBriefing) []string {
	out := []string{}
	for _, a := range b.Articles {
		if a.Outlet != "" && !slices.Contains(out, a.Outlet) {
			out = append(out, a.Outlet)
		}
	}
	sort.Strings(out)
	return out
}

// Briefing implements crosscheck.Store.
func (db *DB) Briefing(ctx context.Context, id string) (crosscheck.StoryBriefing, error) {
	const op = "briefing"
	var b crosscheck.StoryBriefing
	if err := ctx.Err(); err != nil {
		return b, wrap(op, err)
	}
	var data []byte
	err := db.pool.QueryRow(ctx, "SELECT data FROM briefings WHERE story = coalesce((SELECT target FROM gone WHERE id = $1), $1)", id).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return b, crosscheck.Errorf(crosscheck.NotFound, op, id, "no briefing")
	}
	if err != nil {
		return b, wrap(op, err)
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return b, crosscheck.Errorf(crosscheck.Internal, op, id, "stored briefing: %v", err)
	}
	return b, nil
}
