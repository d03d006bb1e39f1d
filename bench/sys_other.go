//go:build !linux

package bench

import "time"

// threadTime returns 0: the thread's processor time is read on Linux only.
func threadTime() time.Duration { return 0 }

// maxRSS returns 0: the peak resident set is read on Linux only.
func maxRSS() uint64 { return 0 }
