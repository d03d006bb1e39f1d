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
// how busy the machine is. Today's largest outside heavyInits is about
// 1.8 MB; a table or a set of regular expressions that needs more should
// be built on first use (sync.OnceValue), so that commands which never
// touch it do not pay for it.
const initBudget = 3 << 20

// lightInitsBudget is the most all packages outside heavyInits may
// allocate together at start-up: about 7.5 MB today.
const lightInitsBudget = 12 << 20

// heavyInits are the packages allowed more than initBudget, with their
// own ceilings a little above what they allocate today.
//
// go-dateparser compiles about 3,900 regular expressions of its 200-odd
// locales at start-up: 78 MB and some 200 ms of CPU in every command.
// crosscheck never parses a date with it: go-trafilatura imports
// go-htmldate, which imports go-dateparser, and Go runs the initialisers
// of every linked package whether it is used or not. Newer go-dateparser
// releases (v1.4.x) are no better (95 MB at start-up in v1.4.7). Only
// dropping go-trafilatura would drop them, and the other Go extractors
// score lower (see docs). The ceilings keep them from growing
// unnoticed, for example through an upgrade.
var heavyInits = map[string]int64{
	"github.com/markusmobius/go-dateparser/internal/data":     82 << 20,
	"github.com/markusmobius/go-dateparser/internal/timezone": 6 << 20,
}

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
	var total, light int64
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
		budget, heavy := heavyInits[pkg]
		if !heavy {
			budget = initBudget
			light += n
		}
		if n > budget {
			t.Errorf("init of %s allocates %d bytes, want at most %d", pkg, n, budget)
		}
	}
	// The trace must be there for the test to mean anything.
	if !seen["crosscheck/extract"] {
		t.Fatalf("no init line for crosscheck/extract in the trace:\n%s", stderr.Bytes())
	}
	if light > lightInitsBudget {
		t.Errorf("initialisers outside go-dateparser allocate %d bytes together, want at most %d", light, lightInitsBudget)
	}
	t.Logf("%d packages initialised, %d bytes allocated, %d outside go-dateparser", len(seen), total, light)
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
