package postgres

import (
	"context"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"crosscheck"
)

func TestKind(t *testing.T) {
	cases := []struct {
		name string
		err  error
		want crosscheck.Kind
	}{
		{"serialization failure", &pgconn.PgError{Code: "40001"}, crosscheck.Transient},
		{"deadlock", &pgconn.PgError{Code: "40P01"}, crosscheck.Transient},
		{"terminated backend", &pgconn.PgError{Code: "57P01"}, crosscheck.Transient},
		{"connection failure", &pgconn.PgError{Code: "08006"}, crosscheck.Transient},
		{"too many connections", &pgconn.PgError{Code: "53300"}, crosscheck.Transient},
		{"unique violation", &pgconn.PgError{Code: "23505"}, crosscheck.Invalid},
		{"bad text", &pgconn.PgError{Code: "22021"}, crosscheck.Invalid},
		{"no privilege", &pgconn.PgError{Code: "42501"}, crosscheck.Permission},
		{"syntax error", &pgconn.PgError{Code: "42601"}, crosscheck.Other},
		{"lost connection", fmt.Errorf("read: %w", io.ErrUnexpectedEOF), crosscheck.Transient},
		{"canceled", fmt.Errorf("query: %w", context.Canceled), crosscheck.Canceled},
		{"deadline", context.DeadlineExceeded, crosscheck.Timeout},
		{"other", errors.New("something else"), crosscheck.Other},
	}
	for _, c := range cases {
		if got := crosscheck.ErrorKind(wrap("test", c.err)); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	got := snippet("the " + startMark + "warehouse" + stopMark + " burned, " + startMark + "warehouse" + stopMark + startMark + "s" + stopMark + " too")
	want := []crosscheck.SnippetPart{{Text: "the "}, {Text: "warehouse", Match: true}, {Text: " burned, "}, {Text: "warehouses", Match: true}, {Text: " too"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if got := snippet("unclosed " + startMark + "mark"); fmt.Sprint(got) != fmt.Sprint([]crosscheck.SnippetPart{{Text: "unclosed "}, {Text: "mark", Match: true}}) {
		t.Fatalf("unclosed mark: got %v", got)
	}
}
