// Package postgres is the crosscheck.Store of a scaled-out crosscheck: many
// workers on many machines share one PostgreSQL database. It keeps what
// sqlite.DB keeps and behaves the same, as internal/storetest checks; its
// search uses PostgreSQL's full-text search (tsvector) instead of FTS5.
//
// The schema is created and migrated by Open from migrations embedded in
// the binary; a database migrated by a newer crosscheck is refused. Beside
// the Store, DB keeps leases, so that one worker at a time owns the
// clusterer: each acquisition raises the lease's epoch, and SaveGrouping
// refuses a grouping written under an older one.
//
// The package does not retry: errors that may pass (a lost connection, a
// serialization failure, a deadlock) come back with the Transient kind for
// the caller, usually a queue consumer, to retry.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"net"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"crosscheck"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options configure a DB. The zero value is usable.
type Options struct {
	// Schema is the PostgreSQL schema holding the store's tables, created
	// if missing; "" uses the connection's search path (normally public),
	// creating the schema it names if it names one.
	Schema string
	// Now gives the time stamps of articles, events and briefings; nil
	// means time.Now. Lease expiry uses the database's clock so that
	// workers on different machines agree on it.
	Now func() time.Time
	// MaxConns bounds the connection pool; 0 lets pgxpool choose.
	MaxConns int32
	// Name is the application_name of the store's connections, as
	// pg_stat_activity shows it; "" means "crosscheck".
	Name string
}

// DB is a crosscheck.Store on PostgreSQL. It is safe for concurrent use.
type DB struct {
	pool   *pgxpool.Pool
	now    func() time.Time
	schema string
}

var _ crosscheck.Store = (*DB)(nil)

// Open connects to the database at url (a postgres:// URL or key=value
// string), creates or migrates its schema and returns the store.
func Open(ctx context.Context, url string, opts Options) (*DB, error) {
	const op = "open postgres store"
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, crosscheck.Errorf(crosscheck.Invalid, op, redact(url), "%v", err)
	}
	if opts.Schema != "" {
		cfg.ConnConfig.RuntimeParams["search_path"] = opts.Schema
	} else if sp := cfg.ConnConfig.RuntimeParams["search_path"]; sp != "" && !strings.ContainsAny(sp, ", \"") {
		// A URL that names one schema (?search_path=newsroom) gets it
		// created like Options.Schema.
		opts.Schema = sp
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "crosscheck"
	if opts.Name != "" {
		cfg.ConnConfig.RuntimeParams["application_name"] = opts.Name
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, wrap(op, err)
	}
	db := &DB{pool: pool, now: opts.Now, schema: opts.Schema}
	if db.now == nil {
		db.now = time.Now
	}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return db, nil
}

// redact drops a password from a connection URL before it is shown.
func redact(url string) string {
	if i := strings.Index(url, "://"); i >= 0 {
		if at := strings.LastIndex(url, "@"); at > i {
			cred := url[i+3 : at]
			if c := strings.Index(cred, ":"); c >= 0 {
				return url[:i+3] + cred[:c] + ":xxx" + url[at:]
			}
		}
	}
	return url
}

// SchemaVersion is the schema version this package writes.
func SchemaVersion() int {
	v, _ := latestMigration()
	return v
}

type migration struct {
	version int
	sql     string
}

func latestMigration() (int, []migration) {
	entries, _ := migrations.ReadDir("migrations")
	var ms []migration
	for _, e := range entries {
		n, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			continue
		}
		b, _ := migrations.ReadFile(path.Join("migrations", e.Name()))
		ms = append(ms, migration{n, string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	if len(ms) == 0 {
		return 0, nil
	}
	return ms[len(ms)-1].version, ms
}

// migrate brings the schema to the latest version in one transaction,
// under an advisory lock so that workers starting together migrate once.
func (db *DB) migrate(ctx context.Context) error {
	const op = "migrate postgres store"
	latest, ms := latestMigration()
	return db.tx(ctx, op, func(tx pgx.Tx) error {
		if db.schema != "" {
			if _, err := tx.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+pgx.Identifier{db.schema}.Sanitize()); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtext('crosscheck migrate ' || current_schema()))"); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)"); err != nil {
			return err
		}
		var cur int
		err := tx.QueryRow(ctx, "SELECT version FROM schema_version").Scan(&cur)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			if _, err := tx.Exec(ctx, "INSERT INTO schema_version VALUES (0)"); err != nil {
				return err
			}
		case err != nil:
			return err
		}
		if cur > latest {
			return crosscheck.Errorf(crosscheck.Unsupported, op, "", "the store's schema is version %d, newer than the version %d this crosscheck knows: use a newer crosscheck", cur, latest)
		}
		for _, m := range ms {
			if m.version <= cur {
				continue
			}
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %d: %w", m.version, err)
			}
		}
		_, err = tx.Exec(ctx, "UPDATE schema_version SET version = $1", latest)
		return err
	})
}

// Close implements crosscheck.Store.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Pool returns the connection pool, for benchmarks and tests that
// measure or disturb the database.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// tx runs f in a transaction and commits it; any error rolls it back and
// comes back as a *crosscheck.Error of op with its kind.
func (db *DB) tx(ctx context.Context, op string, f func(tx pgx.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return wrap(op, err)
	}
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return wrap(op, err)
	}
	if err := f(tx); err != nil {
		tx.Rollback(context.WithoutCancel(ctx))
		return wrap(op, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return wrap(op, err)
	}
	return nil
}

// wrap gives err the kind its cause calls for, unless it has one.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	var ce *crosscheck.Error
	if errors.As(err, &ce) {
		if ce.Op == "" {
			ce.Op = op
		}
		return ce
	}
	return &crosscheck.Error{Op: op, Kind: kind(err), Err: err}
}

// kind classifies a database error.
func kind(err error) crosscheck.Kind {
	switch {
	case errors.Is(err, context.Canceled):
		return crosscheck.Canceled
	case errors.Is(err, context.DeadlineExceeded):
		return crosscheck.Timeout
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case strings.HasPrefix(pe.Code, "08"), // connection exception
			pe.Code == "40001", // serialization failure
			pe.Code == "40P01", // deadlock detected
			pe.Code == "55P03", // lock not available
			pe.Code == "57P01", // admin shutdown (pg_terminate_backend)
			pe.Code == "57P02", // crash shutdown
			pe.Code == "57P03", // cannot connect now
			pe.Code == "53300", // too many connections
			pe.Code == "53200": // out of memory
			return crosscheck.Transient
		case strings.HasPrefix(pe.Code, "22"), strings.HasPrefix(pe.Code, "23"):
			return crosscheck.Invalid
		case pe.Code == "42501":
			return crosscheck.Permission
		}
		return crosscheck.Other
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		pgconn.SafeToRetry(err) || pgconn.Timeout(err) || isConnClosed(err) {
		return crosscheck.Transient
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		return crosscheck.Transient
	}
	return crosscheck.Other
}

// isConnClosed reports a connection pgx found closed or broken, which it
// reports only in text.
func isConnClosed(err error) bool {
	s := err.Error()
	return strings.Contains(s, "conn closed") || strings.Contains(s, "connection reset") ||
		strings.Contains(s, "broken pipe") || strings.Contains(s, "unexpected EOF") ||
		strings.Contains(s, "failed to connect")
}
