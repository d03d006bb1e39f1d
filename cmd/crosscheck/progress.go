package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// progress draws a one-line progress bar on standard error when it is a
// terminal: how many inputs are done out of how many, the reports read,
// the stories updated, the rate and the time left. In a pipe, or with
// --quiet, it draws nothing. Messages written through its writer erase the
// bar first, so that they are not drawn over it.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	width int
	now   func() time.Time
	start time.Time
	last  time.Time
	drawn bool
	// phase is what is counted: "reading" inputs or "briefing" stories;
	// phaseStart is when it began, for its rate.
	phase      string
	phaseStart time.Time
}

// redraw is how often the bar is drawn at most.
const redraw = 100 * time.Millisecond

// newProgress returns the progress bar of e's standard error; it is off
// when quiet is set or standard error is no terminal.
func newProgress(e *env, quiet bool) *progress {
	p := &progress{w: e.stderr, now: time.Now, width: 80}
	if f, ok := e.stderr.(*os.File); ok && !quiet && term.IsTerminal(int(f.Fd())) {
		p.on = true
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 20 {
			p.width = w
		}
	}
	p.start = p.now()
	return p
}

// countInputs counts the files under paths, for the time left; it gives
// up at a million.
func countInputs(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
			continue
		}
		filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				n++
			}
			if n > 1_000_000 {
				return filepath.SkipAll
			}
			return nil
		})
	}
	return n
}

// show draws the bar: phase, done out of total (0 when unknown), and the
// counts that follow it, unless it was drawn less than redraw ago. force
// draws it anyway.
func (p *progress) show(phase string, done, total int, counts string, force bool) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	if phase != p.phase {
		p.phase, p.phaseStart = phase, now
	} else if !force && now.Sub(p.last) < redraw {
		return
	}
	p.last = now
	line := renderBar(phase, done, total, counts, now.Sub(p.phaseStart), p.width-1)
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
	p.drawn = true
}

// renderBar returns the bar's line, cut to width.
func renderBar(phase string, done, total int, counts string, elapsed time.Duration, width int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s ", phase)
	if total > 0 {
		const cells = 20
		filled := min(cells, done*cells/total)
		b.WriteString("[" + strings.Repeat("=", filled) + strings.Repeat(" ", cells-filled) + "] ")
		fmt.Fprintf(&b, "%d/%d ", done, total)
	}
	b.WriteString(counts)
	if secs := elapsed.Seconds(); secs > 0.5 && done > 0 {
		rate := float64(done) / secs
		fmt.Fprintf(&b, "  %.1f/s", rate)
		if total > done {
			left := time.Duration(float64(total-done) / rate * float64(time.Second))
			fmt.Fprintf(&b, "  %s left", clock(left))
		}
	}
	line := b.String()
	if width > 0 && len(line) > width {
		line = line[:width]
	}
	return line
}

// clock formats d as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// clear erases the bar, so that what follows starts on a clean line.
func (p *progress) clear() {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.erase()
}

func (p *progress) erase() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// Write writes b to standard error in place of the bar, which the next
// update draws again.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.erase()
	return p.w.Write(b)
}
