package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"crosscheck"
)

// TestArticlesAndBriefAgreeOnOutlet checks that a wire dateline names the
// same source in articles (the outlet) and in brief (outlet and origin):
// cleaning and provenance read one table of outlets and agencies.
func TestArticlesAndBriefAgreeOnOutlet(t *testing.T) {
	dir := t.TempDir()
	text := "NEW DELHI (IANS) — The monsoon reached the southern coast of Kerala on Friday, three days ahead of its usual date, the weather office said.\n\n" +
		"Farmers across the state had waited for the rains to begin sowing, and officials said reservoirs stood at half their capacity.\n"
	if err := os.WriteFile(filepath.Join(dir, "monsoon.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCmd(t, "", "articles", dir)
	if code != 0 {
		t.Fatalf("articles: exit %d: %s", code, stderr)
	}
	var arts struct{ Articles []crosscheck.Article }
	if err := json.Unmarshal([]byte(out), &arts); err != nil || len(arts.Articles) != 1 {
		t.Fatalf("articles: got %v articles (%v), want 1", len(arts.Articles), err)
	}
	code, out, stderr = runCmd(t, "", "brief", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("brief: exit %d: %s", code, stderr)
	}
	var b crosscheck.Briefing
	if err := json.Unmarshal([]byte(out), &b); err != nil || len(b.Stories) != 1 || len(b.Stories[0].Articles) != 1 {
		t.Fatalf("brief: got %+v (%v), want one story of one article", b.Stories, err)
	}
	sa := b.Stories[0].Articles[0]
	const want = "Indo-Asian News Service"
	if arts.Articles[0].Outlet != want || sa.Outlet != want || sa.Origin != want {
		t.Errorf("articles outlet %q, brief outlet %q origin %q; want all %q", arts.Articles[0].Outlet, sa.Outlet, sa.Origin, want)
	}
}
