//go:build unix

package main

import (
	"fmt"
	"io"
	"os"
	"syscall"
)

// lockStore takes the writer's lock of the store at db, a lock on the file
// db+".lock", so that two processes never group into one store at once:
// each would continue the clusterer from the same state and place the same
// reports twice. It waits for the lock, saying so on w, and returns the
// function that releases it. The lock goes with the process, however it
// ends.
func lockStore(db string, w io.Writer) (func(), error) {
	f, err := os.OpenFile(db+".lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("locking the store: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		fmt.Fprintf(w, "crosscheck: waiting for another process writing to %s\n", printable(db))
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			return nil, fmt.Errorf("locking the store: %w", err)
		}
	}
	return func() { f.Close() }, nil
}
