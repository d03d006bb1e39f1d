package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
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
	tag, err := db.pool.Exec(ctx, insertArticle, a.ID, h, a.Outlet, data, now)
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
			var story string
			var err error
			res, story, err = putVersion(ctx, tx, &a, h, data, now)
			if err == errLost {
				lost = true
				return nil
			}
			if err != nil || story == "" {
				return err
			}
			return markStale(ctx, tx, []string{story}, now)
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

// insertArticle adds a new article and its first version in one
// statement; it adds nothing where the article exists.
const insertArticle = `WITH a AS (
		INSERT INTO articles (id, version, hash, outlet, data, added)
		VALUES ($1, 1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING id)
	INSERT INTO article_versions (id, version, hash, data, added)
	SELECT id, 1, $2, $4, $5 FROM a`

// errLost is putVersion's answer when the article it was to compare with
// is gone: another writer's insert may have won and been rolled back.
var errLost = errors.New("article vanished")

// putVersion stores a, whose content hash is h and JSON data, as an
// article that exists: it compares the hashes and, if they differ, keeps
// a new version. It returns what it did and the story to mark stale, which
// it leaves to the caller so that stories are locked after articles.
func putVersion(ctx context.Context, tx pgx.Tx, a *crosscheck.Article, h string, data []byte, now time.Time) (crosscheck.PutResult, string, error) {
	var version int
	var hash, story string
	err := tx.QueryRow(ctx, "SELECT version, hash, story FROM articles WHERE id = $1 FOR UPDATE", a.ID).Scan(&version, &hash, &story)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		tag, err := tx.Exec(ctx, insertArticle, a.ID, h, a.Outlet, data, now)
		if err != nil {
			return crosscheck.Unchanged, "", err
		}
		if tag.RowsAffected() == 0 {
			return crosscheck.Unchanged, "", errLost
		}
		return crosscheck.Added, "", nil
	case err != nil:
		return crosscheck.Unchanged, "", err
	}
	if hash == h {
		return crosscheck.Unchanged, "", nil
	}
	version++
	if _, err := tx.Exec(ctx, "UPDATE articles SET version = $2, hash = $3, outlet = $4, data = $5, added = $6 WHERE id = $1",
		a.ID, version, h, a.Outlet, data, now); err != nil {
		return crosscheck.Unchanged, "", err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO article_versions (id, version, hash, data, added, grouped)
		VALUES ($1, $2, $3, $4, $5, EXISTS (SELECT 1 FROM article_versions WHERE id = $1 AND hash = $3 AND grouped))`,
		a.ID, version, h, data, now); err != nil {
		return crosscheck.Unchanged, "", err
	}
	return crosscheck.NewVersion, story, nil
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

// PutAnalyses stores many analyses, keyed by content hash, as PutAnalysis
// stores each, in one statement: a briefing stores those of all its new
// articles at once.
func (db *DB) PutAnalyses(ctx context.Context, data map[string][]byte) error {
	const op = "put analyses"
	if err := ctx.Err(); err != nil {
		return wrap(op, err)
	}
	if len(data) == 0 {
		return nil
	}
	hashes := make([]string, 0, len(data))
	for h := range data {
		hashes = append(hashes, h)
	}
	// Sorted, so that two briefings storing the same analyses lock them
	// in one order.
	slices.Sort(hashes)
	values := make([][]byte, len(hashes))
	for i, h := range hashes {
		values[i] = data[h]
	}
	_, err := db.pool.Exec(ctx, `INSERT INTO analyses (hash, data) SELECT * FROM unnest($1::text[], $2::bytea[])
		ON CONFLICT (hash) DO UPDATE SET data = excluded.data`, hashes, values)
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

// PutArticles stores arts as PutArticle stores each, with what cleaning
// dropped from arts[i] in dropped[i] (as PutDropped stores it; dropped
// may be shorter than arts), in one transaction: a worker commits the
// articles of a batch of reports at once, at the cost of one round trip
// for the new ones. It returns what storing each did. Rows are locked in
// article id order, then stories, as the other writers lock them.
func (db *DB) PutArticles(ctx context.Context, arts []crosscheck.Article, dropped [][]crosscheck.Dropped) ([]crosscheck.PutResult, error) {
	const op = "put articles"
	type put struct {
		i    int
		a    *crosscheck.Article
		hash string
		data []byte
		drop []byte
	}
	puts := make([]put, len(arts))
	for i := range arts {
		a := &arts[i]
		if a.ID == "" {
			return nil, crosscheck.Errorf(crosscheck.Invalid, op, a.File, "article has no id")
		}
		data, err := json.Marshal(a)
		if err != nil {
			return nil, crosscheck.Errorf(crosscheck.Invalid, op, a.ID, "%v", err)
		}
		p := put{i: i, a: a, hash: crosscheck.ContentHash(a), data: data}
		if i < len(dropped) && len(dropped[i]) > 0 {
			if p.drop, err = json.Marshal(dropped[i]); err != nil {
				return nil, crosscheck.Errorf(crosscheck.Invalid, op, a.ID, "%v", err)
			}
		}
		puts[i] = p
	}
	slices.SortStableFunc(puts, func(x, y put) int { return strings.Compare(x.a.ID, y.a.ID) })
	now := db.now()
	res := make([]crosscheck.PutResult, len(arts))
	err := db.tx(ctx, op, func(tx pgx.Tx) error {
		var b pgx.Batch
		for _, p := range puts {
			if p.drop != nil {
				b.Queue("INSERT INTO article_dropped (id, hash, data) VALUES ($1, $2, $3) ON CONFLICT (id, hash) DO UPDATE SET data = excluded.data",
					p.a.ID, p.hash, p.drop)
			}
			b.Queue(insertArticle, p.a.ID, p.hash, p.a.Outlet, p.data, now)
		}
		br := tx.SendBatch(ctx, &b)
		var old []put
		for _, p := range puts {
			if p.drop != nil {
				if _, err := br.Exec(); err != nil {
					br.Close()
					return err
				}
			}
			tag, err := br.Exec()
			if err != nil {
				br.Close()
				return err
			}
			if tag.RowsAffected() == 1 {
				res[p.i] = crosscheck.Added
			} else {
				old = append(old, p)
			}
		}
		if err := br.Close(); err != nil {
			return err
		}
		// Articles stored before: compare, and keep a new version.
		var stale []string
		for _, p := range old {
			r, story, err := putVersion(ctx, tx, p.a, p.hash, p.data, now)
			if err == errLost {
				return &crosscheck.Error{Kind: crosscheck.Transient, Input: p.a.ID, Err: err}
			}
			if err != nil {
				return err
			}
			res[p.i] = r
			if story != "" {
				stale = append(stale, story)
			}
		}
		if len(stale) > 0 {
			slices.Sort(stale)
			return markStale(ctx, tx, slices.Compact(stale), now)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}
