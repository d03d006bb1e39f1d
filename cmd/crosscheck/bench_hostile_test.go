package main

import (
	"strings"
	"testing"
)

// TestBenchHostile runs "bench --hostile" at a small scale: every hostile
// input kind has a row, and the three good reports are briefed beside each.
func TestBenchHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("briefs every hostile input")
	}
	code, out, stderr := runCmd(t, "", "bench", "--hostile", "--scales", "1")
	if code != 0 {
		t.Fatalf("exit code: got %d, want 0; stderr:\n%s", code, stderr)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		cells := strings.Split(line, " | ")
		if len(cells) < 11 || !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| input ") {
			continue
		}
		rows[strings.TrimPrefix(cells[0], "| ")] = line
		if cells[1] != "1x" {
			t.Errorf("row %q: scale %q, want 1x", line, cells[1])
		}
		if cells[8] != "3/3" {
			t.Errorf("row %q: good reports kept %q, want 3/3", line, cells[8])
		}
		if cells[9] != "0" && cells[9] != "1" {
			t.Errorf("row %q: exit %q, want 0 or 1", line, cells[9])
		}
	}
	for _, h := range hostileInputs() {
		if _, ok := rows[h.kind]; !ok {
			t.Errorf("table lacks %s:\n%s", h.kind, out)
		}
	}
	if len(rows) != len(hostileInputs()) {
		t.Errorf("got %d rows, want %d:\n%s", len(rows), len(hostileInputs()), out)
	}
}
