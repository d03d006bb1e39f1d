package extract

import (
	"syscall"
	"time"
	"unsafe"
)

// threadClock returns a function that reads the CPU time used by the
// calling thread since the call, which the caller must have locked with
// runtime.LockOSThread; the function may be called from any goroutine
// while the lock holds. The clock is the kernel's per-thread CPU clock,
// whose id is made from the thread id as clock_getcpuclockid does.
func threadClock() func() (time.Duration, bool) {
	const (
		perThread = 4 // CPUCLOCK_PERTHREAD_MASK
		sched     = 2 // CPUCLOCK_SCHED: user and system time
	)
	id := (^int32(syscall.Gettid()))<<3 | perThread | sched
	read := func() (time.Duration, bool) {
		var ts syscall.Timespec
		_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(int64(id)), uintptr(unsafe.Pointer(&ts)), 0)
		if errno != 0 {
			return 0, false
		}
		return time.Duration(ts.Nano()), true
	}
	// The thread may have run other goroutines before.
	base, ok := read()
	if !ok {
		return nil
	}
	return func() (time.Duration, bool) {
		t, ok := read()
		return t - base, ok
	}
}
