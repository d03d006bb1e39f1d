package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"crosscheck"
	"crosscheck/internal/storetest"
)

// openTemp opens a new store in a file of its own under t's temp dir.
func openTemp(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "crosscheck.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) crosscheck.Store { return openTemp(t) })
}

func TestStoreInMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) crosscheck.Store {
		db, err := Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}
