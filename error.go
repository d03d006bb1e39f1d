package crosscheck

import (
	"context"
	"errors"
	"fmt"
)

// Kind classifies an Error so that callers, and the HTTP edge, can react to
// it without reading its text.
type Kind int

// The kinds of errors.
const (
	Other       Kind = iota // unclassified
	Invalid                 // malformed, truncated or unparseable input
	Empty                   // an input with no content
	Binary                  // an input that is not text
	TooLarge                // an input over the size limit
	Unsupported             // a format crosscheck does not read
	NotFound                // a missing file or record
	Timeout                 // work that ran past its time limit
	Internal                // a bug in crosscheck
	Transient               // a failure that may pass: a lost connection, a busy store; retry later
	Permission              // a request without the right to do what it asks
	Conflict                // a write that lost a race: a stale lease, a changed version
	Canceled                // work stopped because its context was canceled
)

var kindNames = [...]string{
	Other:       "error",
	Invalid:     "invalid input",
	Empty:       "empty input",
	Binary:      "binary input",
	TooLarge:    "input too large",
	Unsupported: "unsupported input",
	NotFound:    "not found",
	Timeout:     "timed out",
	Internal:    "internal error",
	Transient:   "temporary failure",
	Permission:  "permission denied",
	Conflict:    "conflict",
	Canceled:    "canceled",
}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return kindNames[Other]
	}
	return kindNames[k]
}

// Error is crosscheck's error: what was being done (Op), to which input
// (Input), the Kind of failure and the underlying error.
type Error struct {
	Op    string
	Input string
	Kind  Kind
	Err   error
}

// Errorf returns an *Error of the given kind for input, its message
// formatted as by fmt.Errorf (so %w wraps).
func Errorf(kind Kind, op, input, format string, args ...any) *Error {
	return &Error{Op: op, Input: input, Kind: kind, Err: fmt.Errorf(format, args...)}
}

func (e *Error) Error() string {
	msg := e.Kind.String()
	if e.Err != nil {
		msg = e.Err.Error()
	}
	switch {
	case e.Input != "" && e.Op != "":
		return fmt.Sprintf("%s: %s: %s", e.Input, e.Op, msg)
	case e.Input != "":
		return fmt.Sprintf("%s: %s", e.Input, msg)
	case e.Op != "":
		return fmt.Sprintf("%s: %s", e.Op, msg)
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorKind returns the Kind of the first *Error in err's chain that has
// one; a canceled or expired context counts as Canceled or Timeout; else
// Other.
func ErrorKind(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		if e.Kind == Other && e.Err != nil {
			return ErrorKind(e.Err)
		}
		return e.Kind
	}
	switch {
	case errors.Is(err, context.Canceled):
		return Canceled
	case errors.Is(err, context.DeadlineExceeded):
		return Timeout
	}
	return Other
}
