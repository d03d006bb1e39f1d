package memstore_test

import (
	"testing"

	"crosscheck"
	"crosscheck/internal/memstore"
	"crosscheck/internal/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) crosscheck.Store { return memstore.New(nil) })
}
