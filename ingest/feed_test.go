package ingest

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"crosscheck"
)

func TestFeedErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr bool
		wantN   int
	}{
		{"not a feed", `<rss><channel><item>`, true, 0},
		{"empty item", `<rss version="2.0"><channel><title>T</title><item></item><item><title>A</title></item></channel></rss>`, false, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, reported := 0, 0
			err := readFeed(context.Background(), "in.xml", []byte(tc.in),
				func(crosscheck.Document) error { n++; return nil }, func(error) { reported++ })
			if (err != nil) != tc.wantErr || n != tc.wantN {
				t.Errorf("got %d documents and error %v, want %d and error %v", n, err, tc.wantN, tc.wantErr)
			}
		})
	}
}

func FuzzFeed(f *testing.F) {
	for _, name := range []string{"testdata/rss.xml", "testdata/atom.xml", "testdata/feed.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<rss version="2.0"><channel><item><description>&lt;p&gt;x</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = readFeed(context.Background(), "fuzz.xml", data, func(d crosscheck.Document) error {
			if d.ID == "" || d.Title == "" && d.Body == "" {
				t.Errorf("item without id or content: %+v", d)
			}
			return nil
		}, func(error) {})
	})
}

// FuzzRead covers recognition, decompression and decoding: whatever the
// bytes, reading them must not panic and every Document must name its
// input.
func FuzzRead(f *testing.F) {
	for _, name := range []string{"testdata/page.html.gz", "testdata/utf16.txt", "testdata/cp1252.txt", "testdata/truncated.txt.gz", "testdata/junk.bin"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, name)
	}
	f.Add([]byte("{\"id\": \"a\", \"text\": \"The council met.\"}\n{oops\n\n{\"title\": \"B\"}"), "day.jsonl")
	f.Add([]byte(strings.Repeat("#", 300)), "rule.txt")
	f.Add([]byte("Caf\xc3\xa9 \xe2\x80\x94 \xff the owner said"), "damaged.md")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		in := input{name: name, r: bytes.NewReader(data), size: int64(len(data))}
		_ = read(context.Background(), in, Options{MaxSize: 1 << 20, MaxRecord: 1 << 20}, func(d crosscheck.Document) error {
			if d.Source != name {
				t.Errorf("document of %q names %q", name, d.Source)
			}
			return nil
		}, func(error) {})
	})
}

func TestFeedRefusesWhatIsNoFeed(t *testing.T) {
	rss, err := os.ReadFile("testdata/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	jf, err := os.ReadFile("testdata/feed.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		in    []byte
		kind  crosscheck.Kind
		items bool
	}{
		{"rss", rss, crosscheck.Other, true},
		{"json feed", jf, crosscheck.Other, true},
		{"web page", []byte("<!DOCTYPE html><html><body><p>Hello</p></body></html>"), crosscheck.Invalid, false},
		{"plain json", []byte(`{"items": [{"title": "x"}]}`), crosscheck.Invalid, false},
		{"broken json feed", []byte(`{"version": "https://jsonfeed.org/version/1.1", "items": [`), crosscheck.Invalid, false},
		{"text", []byte("Council approves budget"), crosscheck.Invalid, false},
		{"empty", []byte("  \n"), crosscheck.Empty, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			err := Feed(context.Background(), "https://example.org/feed", tc.in,
				func(crosscheck.Document) error { n++; return nil }, func(crosscheck.InputError) {})
			if got := crosscheck.ErrorKind(err); err != nil && got != tc.kind || err == nil && tc.kind != crosscheck.Other {
				t.Fatalf("got error %v (kind %v), want kind %v", err, got, tc.kind)
			}
			if err != nil && !strings.Contains(err.Error(), "https://example.org/feed") {
				t.Errorf("error %q does not name the feed", err)
			}
			if (n > 0) != tc.items {
				t.Errorf("got %d items, want some: %v", n, tc.items)
			}
		})
	}
}
