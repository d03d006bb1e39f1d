package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"time"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// hostileGood are the three good reports of one story that every hostile
// input is placed beside.
var hostileGood = []struct{ name, text string }{
	{"good-a.txt", "Harbor Daily\n\nPORTSMOUTH — The city council voted 7-2 on Tuesday to approve a $4.5 million budget for harbor repairs, Mayor Ann Lee said.\n\n" +
		"\"The harbor is the heart of this city,\" Lee said after the vote. Work on the north pier will start in March."},
	{"good-b.txt", "Coast News\n\nPORTSMOUTH — Councillors approved a $4.5 million harbor repair budget on Tuesday by a vote of 7-2.\n\n" +
		"Mayor Ann Lee said the harbor is the heart of the city. Repairs to the north pier begin in March, officials said."},
	{"good-c.txt", "Bay Times\n\nPORTSMOUTH — A $4.5 million plan to repair the harbor passed the city council on Tuesday, 7-2.\n\n" +
		"Mayor Ann Lee praised the vote. The first work, on the north pier, is set for March."},
}

// hostileInput is one kind of hostile input: a file name and its content
// at n units. At 100x, n is the size issue 12 measured.
type hostileInput struct {
	kind    string
	file    string
	units   int // units at 100x
	content func(n int) []byte
}

// hostileInputs returns the hostile reports of internal/testcorpus and the
// other hostile inputs of issue 12.
func hostileInputs() []hostileInput {
	var out []hostileInput
	for _, h := range testcorpus.Hostile() {
		out = append(out, hostileInput{h.Name, h.Name + ".txt", h.Units, func(n int) []byte { return []byte(h.Text(n)) }})
	}
	out = append(out,
		hostileInput{"random-bytes-html", "random.html", 5000, func(n int) []byte {
			r := rand.New(rand.NewPCG(uint64(n), 7))
			b := make([]byte, n)
			for i := range b {
				b[i] = 0x20 + byte(r.IntN(256-0x20))
			}
			return b
		}},
		hostileInput{"element-page", "elements.html", 1_000_000, func(n int) []byte {
			var b bytes.Buffer
			b.WriteString("<html><body><article>")
			for i := range n {
				fmt.Fprintf(&b, "<span>word%d </span>", i%97)
			}
			b.WriteString("</article></body></html>")
			return b.Bytes()
		}},
	)
	return out
}

// hostileResult is one run of brief over a hostile input beside the good
// reports.
type hostileResult struct {
	kind     string
	scale    int
	inBytes  int
	cpu      time.Duration
	wall     time.Duration
	peakHeap uint64
	peakRSS  uint64 // 0 where the system cannot tell
	outBytes int64
	goodKept int
	code     int
	err      string
}

// runHostileBench briefs each hostile input at each scale beside the good
// reports, in this process, and prints a Markdown table.
func runHostileBench(ctx context.Context, e *env, scales []int, extra []string) error {
	var results []hostileResult
	for _, h := range hostileInputs() {
		for _, s := range scales {
			r, err := runHostile(ctx, h, s, extra)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "%s %dx: %d bytes, CPU %.2f s, peak heap %d MiB, exit %d\n",
				h.kind, s, r.inBytes, r.cpu.Seconds(), r.peakHeap>>20, r.code)
			results = append(results, r)
		}
	}
	return writeHostileTable(e.stdout, results)
}

// runHostile writes h at scale s beside the good reports into a temporary
// folder and briefs it as "crosscheck brief --format json" would.
func runHostile(ctx context.Context, h hostileInput, s int, extra []string) (hostileResult, error) {
	dir, err := os.MkdirTemp("", "crosscheck-hostile-")
	if err != nil {
		return hostileResult{}, err
	}
	defer os.RemoveAll(dir)
	for _, g := range hostileGood {
		if err := os.WriteFile(filepath.Join(dir, g.name), []byte(g.text), 0o644); err != nil {
			return hostileResult{}, err
		}
	}
	n := max(1, h.units*s/100)
	content := h.content(n)
	if err := os.WriteFile(filepath.Join(dir, h.file), content, 0o644); err != nil {
		return hostileResult{}, err
	}
	r := hostileResult{kind: h.kind, scale: s, inBytes: len(content)}
	content = nil

	debug.FreeOSMemory()
	resetPeakRSS()
	stop := sampleHeap(&r.peakHeap)
	var out bytes.Buffer
	var errb bytes.Buffer
	cpu0, t0 := selfCPU(), time.Now()
	err = runBrief(ctx, &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, append(append([]string{"--format", "json", "--quiet"}, extra...), dir))
	r.cpu, r.wall = selfCPU()-cpu0, time.Since(t0)
	switch {
	case err == nil:
	case errors.Is(err, errUsage):
		r.code = 2
	case errors.Is(err, errFailedInputs):
		r.code = 1
	default:
		r.code = 1
		fmt.Fprintf(&errb, "crosscheck brief: %s\n", err)
	}
	stop()
	r.peakRSS = peakRSS()
	r.outBytes = int64(out.Len())
	for _, g := range hostileGood {
		if bytes.Contains(out.Bytes(), []byte(`"`+crosscheck.ArticleID(filepath.Join(dir, g.name), "", 1)+`"`)) {
			r.goodKept++
		}
	}
	r.err = strings.TrimSpace(strings.ReplaceAll(errb.String(), dir+string(filepath.Separator), ""))
	return r, nil
}

// sampleHeap records in *peak the most heap held by live and unswept
// objects, sampled every few milliseconds until the returned stop is
// called.
func sampleHeap(peak *uint64) (stop func()) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() {
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			*peak = max(*peak, sample[0].Value.Uint64())
		}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			read()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		read()
	}
}

// resetPeakRSS resets the process's peak resident set size to its
// present one where Linux allows it, so that peakRSS tells the peak of one
// run (from a floor of what the process holds between runs).
func resetPeakRSS() {
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// peakRSS returns the process's peak resident set size since the last
// resetPeakRSS, in bytes; 0 where /proc does not tell it.
func peakRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}

// writeHostileTable prints the results as a Markdown table.
func writeHostileTable(w io.Writer, rs []hostileResult) error {
	var b strings.Builder
	b.WriteString("| input | scale | input bytes | CPU s | wall s | peak heap MiB | peak RSS MiB | output bytes | good kept | exit | error |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range rs {
		rss := "—"
		if r.peakRSS > 0 {
			rss = strconv.FormatUint(r.peakRSS>>20, 10)
		}
		msg := r.err
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i] + " …"
		}
		if len(msg) > 120 {
			msg = msg[:120] + "…"
		}
		msg = strings.ReplaceAll(printable(msg), "|", `\|`)
		if msg == "" {
			msg = "—"
		}
		fmt.Fprintf(&b, "| %s | %dx | %d | %.2f | %.2f | %d | %s | %d | %d/%d | %d | %s |\n",
			r.kind, r.scale, r.inBytes, r.cpu.Seconds(), r.wall.Seconds(), r.peakHeap>>20, rss, r.outBytes,
			r.goodKept, len(hostileGood), r.code, msg)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
