//go:build unix

package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"
)

// initBudget is the most any one package's initialisers may allocate
// when crosscheck starts. Allocated bytes, unlike time, do not depend on
// how busy the machine is. Today's largest is about 3 MB; a table or a
// set of regular expressions that needs more should be built on first
// use (sync.OnceValue), so that commands which never touch it do not pay
// for it.
const initBudget = 3 << 20

// initsBudget is the most all packages may allocate together at start-up:
// about 10 MB today. The real go-dateparser, which go.mod replaces with
// crosscheck's stand-in (internal/dateparser), allocates 78 MB in its
// initialisers alone: a build that loses the replacement fails here.
const initsBudget = 16 << 20

// initLine is one line of GODEBUG=inittrace=1.
var initLine = regexp.MustCompile(`^init (\S+) @\S+ ms, \S+ ms clock, (\d+) bytes, (\d+) allocs$`)

// buildCrosscheck builds the command into a temporary folder, skipping
// the test where there is no go command.
func buildCrosscheck(tb testing.TB) string {
	tb.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		tb.Skip("no go command to build crosscheck with")
	}
	bin := filepath.Join(tb.TempDir(), "crosscheck")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestStartupInit runs "crosscheck help" with the runtime's trace of
// package initialisers and checks that no package allocates more than
// its budget before main runs: work done there is paid by every command,
// "help" and "version" included.
func TestStartupInit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds crosscheck")
	}
	bin := buildCrosscheck(t)
	cmd := exec.Command(bin, "help")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("crosscheck help: %v\n%s", err, stderr.Bytes())
	}
	seen := map[string]bool{}
	var total int64
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		m := initLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		pkg := m[1]
		n, err := strconv.ParseInt(m[2], 10, 64)
		if err != nil {
			t.Fatalf("inittrace line %q: %v", sc.Text(), err)
		}
		seen[pkg] = true
		total += n
		if n > initBudget {
			t.Errorf("init of %s allocates %d bytes, want at most %d", pkg, n, initBudget)
		}
	}
	// The trace must be there for the test to mean anything.
	if !seen["crosscheck/extract"] {
		t.Fatalf("no init line for crosscheck/extract in the trace:\n%s", stderr.Bytes())
	}
	if total > initsBudget {
		t.Errorf("initialisers allocate %d bytes together, want at most %d", total, initsBudget)
	}
	t.Logf("%d packages initialised, %d bytes allocated", len(seen), total)
}

// BenchmarkStartup measures the CPU time and peak memory of starting
// crosscheck for "help", which does nothing but print: what every
// command pays before it begins.
func BenchmarkStartup(b *testing.B) {
	bin := buildCrosscheck(b)
	var cpu, rss int64
	for b.Loop() {
		cmd := exec.Command(bin, "help")
		if err := cmd.Run(); err != nil {
			b.Fatalf("crosscheck help: %v", err)
		}
		st := cmd.ProcessState
		cpu += int64(st.UserTime() + st.SystemTime())
		if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
			rss = max(rss, ru.Maxrss) // kilobytes on Linux
		}
	}
	b.ReportMetric(float64(cpu)/1e6/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(rss)/1024, "peak-MB")
}
