//go:build !linux

package extract

import "time"

// threadClock returns nil where no per-thread CPU clock is read: the time
// limit of a page is then wall-clock time.
func threadClock() func() (time.Duration, bool) { return nil }
