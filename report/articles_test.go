package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func sampleArticles() []crosscheck.Article {
	return []crosscheck.Article{
		{ID: "a.txt#1", File: "a.txt", Part: 1, Title: "Harbour <b>vote</b>", Outlet: "Daily", Authors: []string{"Ann Lee"},
			Published: crosscheck.Day(2025, 2, 12), Dateline: "PORT", Text: "First paragraph.\n\n![img](x.png) Second."},
		{ID: "b.json#1", File: "b.json", Part: 1, Text: "Only text."},
	}
}

func writeArticles(t *testing.T, aw *ArticleWriter, arts []crosscheck.Article) {
	t.Helper()
	for _, a := range arts {
		if err := aw.Article(a); err != nil {
			t.Fatal(err)
		}
	}
	aw.Dropped(crosscheck.Dropped{File: "a.txt", Part: 1, Kind: crosscheck.DropByline, Text: "By `Ann` Lee"})
	aw.Error(crosscheck.InputError{File: "c.bin", Error: "binary input: contains NUL bytes"})
	if err := aw.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestArticlesJSON(t *testing.T) {
	tests := []struct {
		name string
		arts []crosscheck.Article
	}{
		{"some", sampleArticles()},
		{"none", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			writeArticles(t, ArticlesJSON(&buf), tc.arts)
			// The streamed output must be what encoding the whole result
			// at once gives.
			want := struct {
				Articles []crosscheck.Article    `json:"articles"`
				Dropped  []crosscheck.Dropped    `json:"dropped"`
				Errors   []crosscheck.InputError `json:"errors"`
			}{
				Articles: append([]crosscheck.Article{}, tc.arts...),
				Dropped:  []crosscheck.Dropped{{File: "a.txt", Part: 1, Kind: crosscheck.DropByline, Text: "By `Ann` Lee"}},
				Errors:   []crosscheck.InputError{{File: "c.bin", Error: "binary input: contains NUL bytes"}},
			}
			for i := range want.Articles {
				if want.Articles[i].Authors == nil {
					want.Articles[i].Authors = []string{}
				}
			}
			var wantBuf bytes.Buffer
			enc := json.NewEncoder(&wantBuf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantBuf.String(), buf.String()); diff != "" {
				t.Errorf("JSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestArticlesMarkdown(t *testing.T) {
	var buf bytes.Buffer
	writeArticles(t, ArticlesMarkdown(&buf), sampleArticles())
	want := "# Articles\n\n" +
		"## 1. Harbour \\<b>vote\\</b>\n\n" +
		"- id: `a.txt#1`\n- file: `a.txt`, part 1\n- outlet: Daily\n- authors: Ann Lee\n- published: 2025-02-12\n- dateline: PORT\n\n" +
		"First paragraph.\n\n!\\[img]\\(x.png) Second.\n\n" +
		"## 2. b.json#1\n\n" +
		"- id: `b.json#1`\n- file: `b.json`, part 1\n\nOnly text.\n\n" +
		"## Dropped\n\n- `a.txt` part 1, byline: ``By `Ann` Lee``\n\n" +
		"## Errors\n\n- `c.bin`: binary input: contains NUL bytes\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("Markdown mismatch (-want +got):\n%s", diff)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestArticlesWriteError(t *testing.T) {
	for _, aw := range []*ArticleWriter{ArticlesJSON(failWriter{}), ArticlesMarkdown(failWriter{})} {
		err := aw.Article(sampleArticles()[0])
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("Article: got %v, want the write error", err)
		}
		if err := aw.Close(); err == nil {
			t.Errorf("Close: got nil, want the write error")
		}
	}
}
