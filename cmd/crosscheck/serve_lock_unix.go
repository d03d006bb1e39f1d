//go:build unix

package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// tryLockStore takes the writer's lock of the store at db (see lockStore)
// if no other process holds it; ok is false when one does. serve asks
// rather than waits, so that its updater can stop when serve stops.
func tryLockStore(db string) (unlock func(), ok bool, err error) {
	f, err := os.OpenFile(db+".lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, false, fmt.Errorf("locking the store: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("locking the store: %w", err)
	}
	return func() { f.Close() }, true, nil
}
