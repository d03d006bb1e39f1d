//go:build !unix

package extract_test

import "time"

// cpuTime is unknown here; benchmarks then report no CPU cost.
func cpuTime() time.Duration { return 0 }
