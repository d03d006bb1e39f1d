package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"crosscheck"
)

// PutArticle implements crosscheck.Store.
func (db *DB) PutArticle(ctx context.Context, a crosscheck.Article) (crosscheck.PutResult, error) {
	const op = "put article"
	if a.ID == "" {
		return crosscheck.Unchanged, crosscheck.Errorf(crosscheck.Invalid, op, a.File, "article has no id")
	}
	data, err := json.Marshal(a)
	if err != nil {
		return crosscheck.Unchanged, crosscheck.Errorf(crosscheck.Invalid, op, a.ID, "%v", err)
	}
	h := crosscheck.ContentHash(&a)
	now := db.now()
	if err := ctx.Err(); err != nil {
		return crosscheck.Unchanged, wrap(op, err)
	}
	// Most articles are new: one statement, its own transaction, adds
	// the article and its first version in one round trip. It adds
	// nothing where the article exists, which the transaction below
	// then compares.
	tag, err := db.pool.Exec(ctx, `WITH a AS (
			INSERT INTO articles (id, version, hash, outlet, data, added)
			VALUES ($1, 1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING id)
		INSERT INTO article_versions (id, version, hash, data, added)
		SELECT id, 1, $2, $4, $5 FROM a`, a.ID, h, a.Outlet, data, now)
	if err != nil {
		return crosscheck.Unchanged, wrap(op, err)
	}
	if tag.RowsAffected() == 1 {
		return crosscheck.Added, nil
	}
	var res crosscheck.PutResult
	// Two workers adding the same new article race on the insert; the
	// loser sees the winner's row on its second try.
	for try := 0; try < 3; try++ {
		lost := false
		err = db.tx(ctx, op, func(tx pgx.Tx) error {
			var version int
			var hash, story string
			err := tx.QueryRow(ctx, "SELECT version, hash, story FROM articles WHERE id = $1 FOR UPDATE", a.ID).Scan(&version, &hash, &story)
			switch {
			case errors.Is(err, pgx.ErrNoRows):
				tag, err := tx.Exec(ctx, `INSERT INTO articles (id, version, hash, outlet, data, added)
					VALUES ($1, 1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`, a.ID, h, a.Outlet, data, now)
				if err != nil {
					return err
				}
				if tag.RowsAffected() == 0 {
					lost = true
					return nil
				}
				res = crosscheck.Added
				_, err = tx.Exec(ctx, "INSERT INTO article_versions (id, version, hash, data, added) VALUES ($1, 1, $2, $3, $4)", a.ID, h, data, now)
				return err
			case err != nil:
				return err
			}
			if hash == h {
				res = crosscheck.Unchanged
				return nil
			}
			res = crosscheck.NewVersion
			version++
			if _, err := tx.Exec(ctx, "UPDATE articles SET version = $2, hash = $3, outlet = $4, data = $5, added = $6 WHERE id = $1",
				a.ID, version, h, a.Outlet, data, now); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO article_versions (id, version, hash, data, added, grouped)
				VALUES ($1, $2, $3, $4, $5, EXISTS (SELECT 1 FROM article_versions WHERE id = $1 AND hash = $3 AND grouped))`,
				a.ID, version, h, data, now); err != nil {
				return err
			}
			if story != "" {
				return markStale(ctx, tx, []string{story}, now)
			}
			return nil
		})
		if err != nil || !lost {
			break
		}
	}
	if err != nil {
		return crosscheck.Unchanged, err
	}
	return res, nil
}

// markStale raises the revision of the stories that hold ids (following
// merges) and marks them stale from now unless they are already.
func markStale(ctx context.Context, tx pgx.Tx, ids []string, now time.Time) error {
	_, err := tx.Exec(ctx, `UPDATE stories SET revision = revision + 1, changed = coalesce(changed, $2)
		WHERE id IN (SELECT coalesce(g.target, i) FROM unnest($1::text[]) AS i LEFT JOIN gone g ON g.id = i)`, ids, now)
	return err
}

const articleColumns = "a.data, a.hash, a.version, coalesce(g.target, a.story), a.added"

func scanArticle(row pgx.Row) (crosscheck.StoredArticle, error) {
	var sa crosscheck.StoredArticle
	var data []byte
	if err := row.Scan(&data, &sa.Hash, &sa.Version, &sa.Story, &sa.Added); err != nil {
		return sa, err
	}
	if err := json.Unmarshal(data, &sa.Article); err != nil {
		return sa, crosscheck.Errorf(crosscheck.Internal, "", "", "stored article: %v", err)
	}
	return sa, nil
}

// Article implements crosscheck.Store.
func (db *DB) Article(ctx context.Context, id string) (crosscheck.StoredArticle, error) {
	const op = "article"
	if err := ctx.Err(); err != nil {
		return crosscheck.StoredArticle{}, wrap(op, err)
	}
	sa, err := scanArticle(db.pool.QueryRow(ctx, "SELECT "+articleColumns+" FROM articles a LEFT JOIN gone g ON g.id = a.story WHERE a.id = $1", id))
	if errors.Is(err, pgx.ErrNoRows) {
		return sa, crosscheck.Errorf(crosscheck.NotFound, op, id, "no such article")
	}
	return sa, wrap(op, err)
}

// Articles implements crosscheck.Store.
func (db *DB) Articles(ctx context.Context, ids []string) ([]crosscheck.StoredArticle, error) {
	const op = "articles"
	if err := ctx.Err(); err != nil {
		return nil, wrap(op, err)
	}
	rows, err := db.pool.Query(ctx, "SELECT a.id, "+articleColumns+" FROM articles a LEFT JOIN gone g ON g.id = a.story WHERE a.id = ANY($1)", ids)
	if err != nil {
		return nil, wrap(op, err)
	}
	byID := map[string]crosscheck.StoredArticle{}
	for rows.Next() {
		var id string
		var sa crosscheck.StoredArticle
		var data []byte
		if err := rows.Scan(&id, &data, &sa.Hash, &sa.Version, &sa.Story, &sa.Added); err != nil {
			rows.Close()
			return nil, wrap(op, err)
		}
		if err := json.Unmarshal(data, &sa.Article); err != nil {
			rows.Close()
			return nil, crosscheck.Errorf(crosscheck.Internal, op, id, "stored article: %v", err)
		}
		byID[id] = sa
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(op, err)
	}
	out := make([]crosscheck.StoredArticle, 0, len(ids))
	for _, id := range ids {
		sa, ok := byID[id]
		if !ok {
			return nil, crosscheck.Errorf(crosscheck.NotFound, op, id, "no such article")
		}
		out = append(out, sa)
	}
	return out, nil
}

// Ungrouped implements crosscheck.Store.
func (db *DB) Ungrouped(ctx context.Context, limit int) ([]crosscheck.StoredArticle, error) {
	const op = "ungrouped"
	if err := ctx.Err(); err != nil {
		return nil, wrap(op, err)
	}
	lim := any(nil)
	if limit > 0 {
		lim = limit
	}
	// A version is placed with the story its article holds now, as the
	// in-memory store keeps it on the version.
	rows, err := db.pool.Query(ctx, `SELECT v.data, v.hash, v.version,
			CASE WHEN v.version = a.version THEN coalesce(g.target, a.story) ELSE '' END, v.added
		FROM article_versions v
		JOIN articles a ON a.id = v.id
		LEFT JOIN gone g ON g.id = a.story
		WHERE NOT v.grouped
		ORDER BY v.seq LIMIT $1`, lim)
	if err != nil {
		return nil, wrap(op, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (crosscheck.StoredArticle, error) { return scanArticle(r) })
	return out, wrap(op, err)
}

// PutAnalysis implements crosscheck.Store.
func (db *DB) PutAnalysis(ctx context.Context, hash string, data []byte) error {
	const op = "put analysis"
	if err := ctx.Err(); err != nil {
		return wrap(op, err)
	}
	_, err := db.pool.Exec(ctx, "INSERT INTO analyses (hash, data) VALUES ($1, $2) ON CONFLICT (hash) DO UPDATE SET data = excluded.data", hash, data)
	return wrap(op, err)
}

// Analyses implements crosscheck.Store.
func (db *DB) Analyses(ctx context.Context, hashes []string) (map[string][]byte, error) {
	const op = "analyses"
	if err := ctx.Err(); err != nil {
		return nil, wrap(op, err)
	}
	rows, err := db.pool.Query(ctx, "SELECT hash, data FROM analyses WHERE hash = ANY($1)", hashes)
	if err != nil {
		return nil, wrap(op, err)
	}
	out := map[string][]byte{}
	for rows.Next() {
		var h string
		var d []byte
		if err := rows.Scan(&h, &d); err != nil {
			rows.Close()
			return nil, wrap(op, err)
		}
		out[h] = d
	}
	return out, wrap(op, rows.Err())
}

// PutDropped implements crosscheck.Store.
func (db *DB) PutDropped(ctx context.Context, id, hash string, ds []crosscheck.Dropped) error {
	const op = "put dropped"
	if err := ctx.Err(); err != nil {
		return wrap(op, err)
	}
	data, err := json.Marshal(ds)
	if err != nil {
		return wrap(op, err)
	}
	_, err = db.pool.Exec(ctx, "INSERT INTO article_dropped (id, hash, data) VALUES ($1, $2, $3) ON CONFLICT (id, hash) DO UPDATE SET data = excluded.data", id, hash, data)
	return wrap(op, err)
}

// Dropped implements crosscheck.Store.
func (db *DB) Dropped(ctx context.Context, id string) ([]crosscheck.Dropped, error) {
	const op = "dropped"
	if err := ctx.Err(); err != nil {
		return nil, wrap(op, err)
	}
	var data []byte
	err := db.pool.QueryRow(ctx, "SELECT d.data FROM articles a LEFT JOIN article_dropped d ON d.id = a.id AND d.hash = a.hash WHERE a.id = $1", id).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, crosscheck.Errorf(crosscheck.NotFound, op, id, "no such article")
	}
	if err != nil {
		return nil, wrap(op, err)
	}
	var ds []crosscheck.Dropped
	if len(data) > 0 {
		if err := json.Unmarshal(data, &ds); err != nil {
			return nil, wrap(op, err)
		}
	}
	if len(ds) == 0 {
		return nil, nil
	}
	return ds, nil
}
