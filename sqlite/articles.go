package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"golang.org/x/text/cases"

	"crosscheck"
)

// querier is what reads need of a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// write runs fn in one write transaction and commits it; any error rolls
// everything back.
func (s *DB) write(ctx context.Context, op, input string, fn func(tx *sql.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return wrap(ctx, op, input, err)
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return wrap(ctx, op, input, err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return wrap(ctx, op, input, err)
	}
	return wrap(ctx, op, input, tx.Commit())
}

// read runs fn in one read transaction, so that the queries of fn see
// one state of the store, whatever is written meanwhile.
func (s *DB) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return fn(tx)
}

// fold is the key under which names compare regardless of case.
func fold(s string) string { return cases.Fold().String(strings.TrimSpace(s)) }

// micros returns t in microseconds since 1970, which holds any year a
// report may claim.
func micros(t time.Time) int64 { return t.UnixMicro() }

// PutArticle implements crosscheck.Store.
func (s *DB) PutArticle(ctx context.Context, a crosscheck.Article) (crosscheck.PutResult, error) {
	const op = "put article"
	if a.ID == "" {
		return crosscheck.Unchanged, crosscheck.Errorf(crosscheck.Invalid, op, a.File, "article has no id")
	}
	h := crosscheck.ContentHash(&a)
	// Most re-added reports are unchanged: find out without the write lock.
	if latest, _, err := s.latest(ctx, s.r, a.ID); err != nil {
		return crosscheck.Unchanged, wrap(ctx, op, a.ID, err)
	} else if latest == h {
		return crosscheck.Unchanged, nil
	}
	authors, err := json.Marshal(a.Authors)
	if err != nil {
		return crosscheck.Unchanged, &crosscheck.Error{Op: op, Input: a.ID, Kind: crosscheck.Internal, Err: err}
	}
	res := crosscheck.Unchanged
	err = s.write(ctx, op, a.ID, func(tx *sql.Tx) error {
		hash, version, err := s.latest(ctx, tx, a.ID)
		if err != nil || hash == h {
			return err
		}
		now := s.now()
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_versions
			(id, version, hash, file, record, part, title, outlet, authors, published, dateline, url, language, text, added)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.ID, version+1, h, a.File, a.Record, a.Part, a.Title, a.Outlet, string(authors), a.Published.String(),
			a.Dateline, a.URL, a.Language, a.Text, now.UnixNano()); err != nil {
			return err
		}
		if version == 0 {
			res = crosscheck.Added
			_, err := tx.ExecContext(ctx, "INSERT INTO articles (id, latest, outlet_key) VALUES (?, 1, ?)", a.ID, fold(a.Outlet))
			return err
		}
		res = crosscheck.NewVersion
		var story sql.NullString
		if err := tx.QueryRowContext(ctx, "UPDATE articles SET latest = ?, outlet_key = ? WHERE id = ? RETURNING story",
			version+1, fold(a.Outlet), a.ID).Scan(&story); err != nil {
			return err
		}
		if story.Valid {
			return s.markStale(ctx, tx, story.String, now)
		}
		return nil
	})
	if err != nil {
		return crosscheck.Unchanged, err
	}
	return res, nil
}

// latest returns the hash and number of the latest version of article id;
// "" and 0 if there is none.
func (s *DB) latest(ctx context.Context, q querier, id string) (hash string, version int, err error) {
	err = q.QueryRowContext(ctx, `SELECT v.hash, v.version FROM articles a
		JOIN article_versions v ON v.id = a.id AND v.version = a.latest WHERE a.id = ?`, id).Scan(&hash, &version)
	if errors.Is(err, sql.ErrNoRows) {
		return "", 0, nil
	}
	return hash, version, err
}

// markStale counts a change of story id and marks it to be briefed again.
func (s *DB) markStale(ctx context.Context, tx *sql.Tx, id string, now time.Time) error {
	_, err := tx.ExecContext(ctx, "UPDATE stories SET revision = revision + 1, changed = coalesce(changed, ?) WHERE id = ?",
		now.UnixNano(), id)
	return err
}

// articleCols are the columns scanArticle reads, from article_versions v
// joined with articles a.
const articleCols = `v.id, v.version, v.hash, v.file, v.record, v.part, v.title, v.outlet, v.authors,
	v.published, v.dateline, v.url, v.language, v.text, v.added, coalesce(a.story, '')`

func scanArticle(rows interface{ Scan(...any) error }) (crosscheck.StoredArticle, error) {
	var (
		sa                crosscheck.StoredArticle
		authors, pubished string
		added             int64
	)
	err := rows.Scan(&sa.ID, &sa.Version, &sa.Hash, &sa.File, &sa.Record, &sa.Part, &sa.Title, &sa.Outlet, &authors,
		&pubished, &sa.Dateline, &sa.URL, &sa.Language, &sa.Text, &added, &sa.Story)
	if err != nil {
		return sa, err
	}
	if err := json.Unmarshal([]byte(authors), &sa.Authors); err != nil {
		return sa, err
	}
	if sa.Published, err = crosscheck.ParseDate(pubished); err != nil {
		return sa, err
	}
	sa.Added = time.Unix(0, added).UTC()
	return sa, nil
}

// Article implements crosscheck.Store.
func (s *DB) Article(ctx context.Context, id string) (crosscheck.StoredArticle, error) {
	const op = "article"
	row := s.r.QueryRowContext(ctx, "SELECT "+articleCols+` FROM articles a
		JOIN article_versions v ON v.id = a.id AND v.version = a.latest WHERE a.id = ?`, id)
	sa, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) && ctx.Err() == nil {
		return sa, crosscheck.Errorf(crosscheck.NotFound, op, id, "no such article")
	}
	return sa, wrap(ctx, op, id, err)
}

// batch is how many values one query binds at most.
const batch = 500

// placeholders returns "?, ?, ..." for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// Articles implements crosscheck.Store.
func (s *DB) Articles(ctx context.Context, ids []string) ([]crosscheck.StoredArticle, error) {
	const op = "articles"
	found := make(map[string]crosscheck.StoredArticle, len(ids))
	for start := 0; start < len(ids); start += batch {
		part := ids[start:min(start+batch, len(ids))]
		rows, err := s.r.QueryContext(ctx, "SELECT "+articleCols+` FROM articles a
			JOIN article_versions v ON v.id = a.id AND v.version = a.latest WHERE a.id IN (`+placeholders(len(part))+")", anys(part)...)
		if err != nil {
			return nil, wrap(ctx, op, "", err)
		}
		for rows.Next() {
			sa, err := scanArticle(rows)
			if err != nil {
				rows.Close()
				return nil, wrap(ctx, op, "", err)
			}
			found[sa.ID] = sa
		}
		if err := rows.Close(); err != nil {
			return nil, wrap(ctx, op, "", err)
		}
		if err := rows.Err(); err != nil {
			return nil, wrap(ctx, op, "", err)
		}
	}
	out := make([]crosscheck.StoredArticle, 0, len(ids))
	for _, id := range ids {
		sa, ok := found[id]
		if !ok {
			return nil, crosscheck.Errorf(crosscheck.NotFound, op, id, "no such article")
		}
		out = append(out, sa)
	}
	return out, nil
}

// Ungrouped implements crosscheck.Store.
func (s *DB) Ungrouped(ctx context.Context, limit int) ([]crosscheck.StoredArticle, error) {
	const op = "ungrouped"
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.r.QueryContext(ctx, "SELECT "+articleCols+` FROM article_versions v
		JOIN articles a ON a.id = v.id WHERE v.grouped = 0 ORDER BY v.seq LIMIT ?`, limit)
	if err != nil {
		return nil, wrap(ctx, op, "", err)
	}
	defer rows.Close()
	var out []crosscheck.StoredArticle
	for rows.Next() {
		sa, err := scanArticle(rows)
		if err != nil {
			return nil, wrap(ctx, op, "", err)
		}
		out = append(out, sa)
	}
	return out, wrap(ctx, op, "", rows.Err())
}

// PutAnalysis implements crosscheck.Store.
func (s *DB) PutAnalysis(ctx context.Context, hash string, data []byte) error {
	if data == nil {
		data = []byte{}
	}
	return s.write(ctx, "put analysis", hash, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO analyses (hash, data) VALUES (?, ?) ON CONFLICT (hash) DO UPDATE SET data = excluded.data", hash, data)
		return err
	})
}

// Analyses implements crosscheck.Store.
func (s *DB) Analyses(ctx context.Context, hashes []string) (map[string][]byte, error) {
	const op = "analyses"
	out := map[string][]byte{}
	for start := 0; start < len(hashes); start += batch {
		part := hashes[start:min(start+batch, len(hashes))]
		rows, err := s.r.QueryContext(ctx, "SELECT hash, data FROM analyses WHERE hash IN ("+placeholders(len(part))+")", anys(part)...)
		if err != nil {
			return nil, wrap(ctx, op, "", err)
		}
		for rows.Next() {
			var h string
			var d []byte
			if err := rows.Scan(&h, &d); err != nil {
				rows.Close()
				return nil, wrap(ctx, op, "", err)
			}
			out[h] = d
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, wrap(ctx, op, "", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, wrap(ctx, op, "", err)
	}
	return out, nil
}

// PutDropped implements crosscheck.Store.
func (s *DB) PutDropped(ctx context.Context, id, hash string, ds []crosscheck.Dropped) error {
	data, err := json.Marshal(ds)
	if err != nil {
		return wrap(ctx, "put dropped", id, err)
	}
	return s.write(ctx, "put dropped", id, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO article_dropped (id, hash, data) VALUES (?, ?, ?) ON CONFLICT (id, hash) DO UPDATE SET data = excluded.data", id, hash, string(data))
		return err
	})
}

// Dropped implements crosscheck.Store.
func (s *DB) Dropped(ctx context.Context, id string) ([]crosscheck.Dropped, error) {
	const op = "dropped"
	if err := ctx.Err(); err != nil {
		return nil, wrap(ctx, op, id, err)
	}
	var data sql.NullString
	err := s.r.QueryRowContext(ctx, `SELECT d.data FROM articles a
		JOIN article_versions v ON v.id = a.id AND v.version = a.latest
		LEFT JOIN article_dropped d ON d.id = a.id AND d.hash = v.hash
		WHERE a.id = ?`, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, crosscheck.Errorf(crosscheck.NotFound, op, id, "no such article")
	}
	if err != nil {
		return nil, wrap(ctx, op, id, err)
	}
	return decodeDropped(op, id, data.String)
}

func decodeDropped(op, id, data string) ([]crosscheck.Dropped, error) {
	if data == "" {
		return nil, nil
	}
	var ds []crosscheck.Dropped
	if err := json.Unmarshal([]byte(data), &ds); err != nil {
		return nil, &crosscheck.Error{Op: op, Input: id, Kind: crosscheck.Invalid, Err: err}
	}
	if len(ds) == 0 {
		return nil, nil
	}
	return ds, nil
}
