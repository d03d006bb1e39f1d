package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"crosscheck"
)

// TestBriefOutletAndOrigin checks, through the brief command, that the
// publisher's own field names the outlet and a dateline only the origin.
func TestBriefOutletAndOrigin(t *testing.T) {
	const body = "The Main Street bridge was closed on Wednesday after a truck struck a support pillar, police said.\n\n" +
		"No one was hurt in the crash, which happened shortly after 6 a.m., according to Police Chief Ann Lee."
	record := func(outlet, dateline string) string {
		b, err := json.Marshal(map[string]string{"title": "Bridge closes after crash", "outlet": outlet, "date": "2025-03-05", "text": dateline + body})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	feed := func(title, dateline string) string {
		b, err := json.Marshal(map[string]any{
			"version": "https://jsonfeed.org/version/1.1", "title": title,
			"items": []map[string]string{{"id": "1", "title": "Bridge closes after crash", "date_published": "2025-03-05T10:00:00Z", "content_text": dateline + body}},
		})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tests := []struct {
		name, file, content string
		wantOutlet          string
		wantOrigin          string
	}{
		{"JSON outlet wins over a wire dateline", "wrvs.json", record("WRVS Channel 9", "RIVERSIDE (AP) — "), "WRVS Channel 9", "Associated Press"},
		{"feed title wins over its own code", "rdw.json", feed("Riverside Daily Wire", "RIVERSIDE (RDW) — "), "Riverside Daily Wire", "Riverside Daily Wire"},
		{"wire dateline without an outlet", "wire.json", record("", "RIVERSIDE (AP) — "), "Associated Press", "Associated Press"},
		{"no dateline", "plain.json", record("WRVS Channel 9", ""), "WRVS Channel 9", "WRVS Channel 9"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.file)
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := runCmd(t, "", "brief", "--format", "json", path)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var b crosscheck.Briefing
			if err := json.Unmarshal([]byte(stdout), &b); err != nil {
				t.Fatal(err)
			}
			if len(b.Stories) != 1 || len(b.Stories[0].Articles) != 1 {
				t.Fatalf("got %d stories, want one of one article", len(b.Stories))
			}
			a := b.Stories[0].Articles[0]
			if a.Outlet != tc.wantOutlet || a.Origin != tc.wantOrigin {
				t.Errorf("outlet, origin: got %q, %q; want %q, %q", a.Outlet, a.Origin, tc.wantOutlet, tc.wantOrigin)
			}
		})
	}
}

// TestBriefWireCountedOnce checks that two outlets reporting a fact on the
// word of one agency, by its dateline or by credit, give it one
// independent source.
func TestBriefWireCountedOnce(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.json": `{"title": "Bridge collapse kills three in Riverside", "outlet": "Daily Bugle", "date": "2025-03-05", "text": "RIVERSIDE (AP) — Three people were killed when the Main Street bridge in Riverside collapsed on Monday morning.\n\nThe bridge had been due for repairs this spring, city records show."}`,
		"b.json": `{"title": "Three dead as Riverside bridge collapses", "outlet": "Evening Post", "date": "2025-03-05", "text": "The Main Street bridge in Riverside collapsed Monday morning, killing three people, according to The Associated Press.\n\nVolunteers searched the river for hours afterwards."}`,
		"c.json": `{"title": "Riverside bridge collapse leaves three dead", "outlet": "Morning Star", "date": "2025-03-05", "text": "Three people died after the Main Street bridge in Riverside collapsed on Monday morning, AP reported.\n\nThe mayor ordered every bridge in the city inspected."}`,
	}
	var paths []string
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	code, stdout, stderr := runCmd(t, "", append([]string{"brief", "--format", "json"}, paths...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var b crosscheck.Briefing
	if err := json.Unmarshal([]byte(stdout), &b); err != nil {
		t.Fatal(err)
	}
	if len(b.Stories) != 1 {
		t.Fatalf("got %d stories, want 1", len(b.Stories))
	}
	found := false
	for _, f := range b.Stories[0].Facts {
		if len(f.Articles) >= 2 {
			found = true
			if f.Independent != 1 {
				t.Errorf("fact %q of %d articles: got %d independent sources, want 1 (the AP)", f.Text, len(f.Articles), f.Independent)
			}
		}
	}
	if !found {
		t.Fatal("no fact shared by the reports")
	}
}
