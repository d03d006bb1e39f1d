// Package sqlite is crosscheck's embedded Store: one SQLite file that needs
// no setup, read by modernc.org/sqlite (pure Go, no cgo). It keeps
// articles with their versions, stories with their events and briefings,
// per-article analyses, the clusterer's state, and FTS5 indexes for
// search. It serves one machine: processes on it may share the file, but
// a store for many workers is postgres.DB.
//
// The package stores and finds; it does not group, analyse or brief.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"crosscheck"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// applicationID marks a SQLite file as a crosscheck store ("ccst").
const applicationID = 0x63637374

// busyTimeout is how long a write waits for another process's write
// before it fails with a Transient error.
const busyTimeout = 5 * time.Second

// options are what tests change of Open's defaults.
type options struct {
	migrations fs.FS
	busy       time.Duration
	common     int // see commonDocs
}

// readConns bounds the connections that read at once.
const readConns = 4

// DB is a crosscheck.Store in one SQLite file. It is safe for concurrent
// use. Writes go through one connection, one transaction each; reads use a
// small pool of their own and, thanks to WAL, never wait for a write.
type DB struct {
	path string
	w    *sql.DB // the one writing connection
	r    *sql.DB // the readers; w itself for ":memory:"
	now  func() time.Time
	// common is how many documents make a word common to Search.
	common      int
	commonTerms commonTerms
}

var _ crosscheck.Store = (*DB)(nil)

// Open opens the store at path, creating it if no file is there, and
// migrates a store written by an older crosscheck to the current schema.
// It refuses, with an error naming path, a store written by a newer
// crosscheck, a SQLite file that is not a crosscheck store, an empty file
// (which may be a store cut short) and a file that is not SQLite.
//
// The defaults: WAL journal with synchronous=NORMAL (a killed process
// loses nothing committed; a power cut may lose the last transactions),
// foreign keys on, a busy timeout of 5 s for writes from other processes,
// one writing connection and up to 4 reading ones. path ":memory:" opens a
// store held in memory on a single connection, for tests.
func Open(ctx context.Context, path string) (*DB, error) {
	return open(ctx, path, options{migrations: migrationFiles, busy: busyTimeout, common: commonDocs})
}

func open(ctx context.Context, file string, opts options) (*DB, error) {
	const op = "open store"
	list, err := migrations(opts.migrations)
	if err != nil {
		return nil, &crosscheck.Error{Op: op, Input: file, Kind: crosscheck.Internal, Err: err}
	}
	if file == "" {
		return nil, crosscheck.Errorf(crosscheck.Invalid, op, file, "no file named")
	}
	if file == ":memory:" {
		db, err := sql.Open("sqlite", ":memory:?_pragma=foreign_keys(1)")
		if err != nil {
			return nil, &crosscheck.Error{Op: op, Input: file, Kind: crosscheck.Internal, Err: err}
		}
		db.SetMaxOpenConns(1)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
		s := &DB{path: file, w: db, r: db, now: time.Now, common: opts.common}
		if err := s.migrate(ctx, list); err != nil {
			db.Close()
			return nil, err
		}
		return s, nil
	}
	if strings.ContainsAny(file, "?#") || strings.HasPrefix(file, "file:") {
		return nil, crosscheck.Errorf(crosscheck.Invalid, op, file, "a store's file name may not hold '?' or '#' or start with file:")
	}
	found, err := checkFile(file)
	if err != nil {
		return nil, err
	}
	common := "_pragma=busy_timeout(" + strconv.FormatInt(opts.busy.Milliseconds(), 10) + ")" +
		"&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	if found {
		if err := identify(ctx, file, opts, len(list)); err != nil {
			return nil, err
		}
	}
	w, err := sql.Open("sqlite", file+"?"+common+"&_txlock=immediate")
	if err != nil {
		return nil, &crosscheck.Error{Op: op, Input: file, Kind: crosscheck.Internal, Err: err}
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	s := &DB{path: file, w: w, now: time.Now, common: opts.common}
	if err := s.migrate(ctx, list); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", file+"?"+common+"&_pragma=cache_size(-16384)&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, &crosscheck.Error{Op: op, Input: file, Kind: crosscheck.Internal, Err: err}
	}
	r.SetMaxOpenConns(readConns)
	r.SetMaxIdleConns(readConns)
	r.SetConnMaxIdleTime(5 * time.Minute)
	s.r = r
	return s, nil
}

// sqliteHeader opens every SQLite database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// checkFile refuses an existing file that cannot be a store: a directory,
// an empty file or one that is not SQLite. A missing file is fine, Open
// creates it; found says whether there was one.
func checkFile(file string) (found bool, err error) {
	const op = "open store"
	f, err := os.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		kind := crosscheck.Other
		if errors.Is(err, fs.ErrPermission) {
			kind = crosscheck.Permission
		}
		return true, &crosscheck.Error{Op: op, Input: file, Kind: kind, Err: err}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return true, &crosscheck.Error{Op: op, Input: file, Kind: crosscheck.Other, Err: err}
	}
	if st.IsDir() {
		return true, crosscheck.Errorf(crosscheck.Invalid, op, file, "is a directory, not a crosscheck store")
	}
	if st.Size() == 0 {
		return true, crosscheck.Errorf(crosscheck.Invalid, op, file, "file is empty, not a crosscheck store (remove it to start a new store)")
	}
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteHeader) {
		return true, crosscheck.Errorf(crosscheck.Invalid, op, file, "not a crosscheck store: the file is not a SQLite database")
	}
	return true, nil
}

// identify refuses, before anything is written to it, a file that holds a
// SQLite database of another application or a crosscheck store newer than
// this crosscheck reads.
func identify(ctx context.Context, file string, opts options, known int) error {
	db, err := sql.Open("sqlite", file+"?_pragma=busy_timeout("+strconv.FormatInt(opts.busy.Milliseconds(), 10)+")&_pragma=query_only(1)")
	if err != nil {
		return &crosscheck.Error{Op: "open store", Input: file, Kind: crosscheck.Internal, Err: err}
	}
	defer db.Close()
	s := &DB{path: file, w: db}
	if err := s.checkApp(ctx); err != nil {
		return err
	}
	var table int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE name = 'schema_migrations'").Scan(&table); err != nil {
		return s.openError(ctx, err)
	}
	if table == 0 {
		return nil
	}
	var cur int
	if err := db.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&cur); err != nil {
		return s.openError(ctx, err)
	}
	return s.checkVersion(cur, known)
}

// checkApp refuses a SQLite database of another application: one with
// another application id, or with tables and none.
func (s *DB) checkApp(ctx context.Context) error {
	var app, objects int64
	err := s.w.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app)
	if err == nil {
		err = s.w.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&objects)
	}
	if err != nil {
		return s.openError(ctx, err)
	}
	if app != applicationID && (app != 0 || objects > 0) {
		return crosscheck.Errorf(crosscheck.Invalid, "open store", s.path, "not a crosscheck store: a SQLite database of another application")
	}
	return nil
}

// checkVersion refuses a store whose schema is newer than the known
// migrations.
func (s *DB) checkVersion(cur, known int) error {
	if cur > known {
		return crosscheck.Errorf(crosscheck.Unsupported, "open store", s.path,
			"store schema version %d is newer than this crosscheck reads (%d): use a newer crosscheck", cur, known)
	}
	return nil
}

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations reads the numbered .sql files of fsys, which must count from
// 1 without a gap.
func migrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var list []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s is not named NNNN_name.sql", base)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		list = append(list, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].version < list[j].version })
	for i, m := range list {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: want version %d", m.name, i+1)
		}
	}
	return list, nil
}

// migrate identifies the store and brings its schema up to the newest of
// list, one transaction per migration, so that a migration cut short
// leaves the store at the version before it.
func (s *DB) migrate(ctx context.Context, list []migration) error {
	if err := s.checkApp(ctx); err != nil {
		return err
	}
	for {
		done, err := s.step(ctx, list)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
}

// step applies the next migration the store lacks, if any, and reports
// whether the store is up to date.
func (s *DB) step(ctx context.Context, list []migration) (bool, error) {
	const op = "open store"
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return false, s.openError(ctx, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied INTEGER NOT NULL)`); err != nil {
		return false, s.openError(ctx, err)
	}
	var cur int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&cur); err != nil {
		return false, s.openError(ctx, err)
	}
	if err := s.checkVersion(cur, len(list)); err != nil {
		return false, err
	}
	if cur == len(list) {
		return true, s.openError(ctx, tx.Commit())
	}
	m := list[cur]
	if _, err := tx.ExecContext(ctx, "PRAGMA application_id = "+strconv.Itoa(applicationID)); err != nil {
		return false, s.openError(ctx, err)
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, &crosscheck.Error{Op: "migrate store to " + m.name, Input: s.path, Kind: kindOf(err), Err: err}
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)",
		m.version, m.name, s.now().UnixNano()); err != nil {
		return false, s.openError(ctx, err)
	}
	if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(m.version)); err != nil {
		return false, s.openError(ctx, err)
	}
	return false, s.openError(ctx, tx.Commit())
}

// openError describes a failure to open the store, naming its file.
func (s *DB) openError(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if e := ctxError(ctx, "open store", s.path, err); e != nil {
		return e
	}
	if code(err) == sqliteNotADB || code(err) == sqliteCorrupt {
		return &crosscheck.Error{Op: "open store", Input: s.path, Kind: crosscheck.Invalid,
			Err: fmt.Errorf("not a crosscheck store or a damaged one: %w", err)}
	}
	return &crosscheck.Error{Op: "open store", Input: s.path, Kind: kindOf(err), Err: err}
}

// Close implements crosscheck.Store. It checkpoints the WAL into the file.
func (s *DB) Close() error {
	var errs []error
	if s.r != nil && s.r != s.w {
		errs = append(errs, s.r.Close())
	}
	errs = append(errs, s.w.Close())
	if err := errors.Join(errs...); err != nil {
		return &crosscheck.Error{Op: "close store", Input: s.path, Kind: kindOf(err), Err: err}
	}
	return nil
}

// Path returns the file of the store, as given to Open.
func (s *DB) Path() string { return s.path }
