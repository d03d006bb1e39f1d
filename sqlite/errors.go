package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"modernc.org/sqlite"

	"crosscheck"
)

// SQLite's primary result codes that say what kind of failure an error is.
const (
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteProtocol = 15
	sqliteNotADB   = 26
)

// code returns the primary SQLite result code of err, 0 if it has none.
func code(err error) int {
	var e *sqlite.Error
	if errors.As(err, &e) {
		return e.Code() & 0xff
	}
	return 0
}

// kindOf classifies a database error: a busy or locked database, an I/O
// error or a full disk may pass and are Transient.
func kindOf(err error) crosscheck.Kind {
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return crosscheck.NotFound
	case errors.Is(err, context.Canceled):
		return crosscheck.Canceled
	case errors.Is(err, context.DeadlineExceeded):
		return crosscheck.Timeout
	}
	switch code(err) {
	case sqliteBusy, sqliteLocked, sqliteIOErr, sqliteFull, sqliteProtocol:
		return crosscheck.Transient
	case sqliteReadOnly:
		return crosscheck.Permission
	}
	return crosscheck.Other
}

// ctxError returns the error of ctx as a crosscheck error if ctx ended, so
// that an interrupted statement reads as Canceled or Timeout; nil if ctx
// is still live.
func ctxError(ctx context.Context, op, input string, err error) error {
	cerr := ctx.Err()
	if cerr == nil {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			cerr = err
		} else {
			return nil
		}
	}
	return &crosscheck.Error{Op: op, Input: input, Kind: crosscheck.ErrorKind(cerr), Err: cerr}
}

// wrap turns a database error into a crosscheck error of the right kind.
func wrap(ctx context.Context, op, input string, err error) error {
	if err == nil {
		return nil
	}
	var ce *crosscheck.Error
	if errors.As(err, &ce) {
		return err
	}
	if e := ctxError(ctx, op, input, err); e != nil {
		return e
	}
	return &crosscheck.Error{Op: op, Input: input, Kind: kindOf(err), Err: err}
}
