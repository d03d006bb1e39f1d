package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

// warcRecord returns one WARC record.
func warcRecord(typ, id, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2025-02-12T10:00:00Z\r\n"+
		"WARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, id, uri, contentType, len(block), block)
}

func httpResponse(status, header, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + header + "\r\n" + body
}

// testWARC returns the records of a small crawl: one of each kind that must
// be skipped and two HTML pages, the second chunked and in Windows-1252.
func testWARC() []string {
	const httpType = "application/http; msgtype=response"
	return []string{
		warcRecord("warcinfo", "0", "", "application/warc-fields", "software: test\r\n"),
		warcRecord("request", "1", "https://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
		warcRecord("response", "2", "https://news.example/a", httpType,
			httpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\nContent-Length: 5\r\n",
				"<html><body><p>Page A.</p></body></html>")),
		warcRecord("metadata", "3", "https://news.example/a", "application/warc-fields", "fetchTimeMs: 12\r\n"),
		warcRecord("response", "4", "https://news.example/logo.png", httpType,
			httpResponse("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n")),
		warcRecord("response", "5", "https://news.example/gone", httpType,
			httpResponse("404 Not Found", "Content-Type: text/html\r\n", "<html><body>Gone</body></html>")),
		warcRecord("response", "6", "https://news.example/b", httpType,
			httpResponse("200 OK", "Content-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\n",
				"1a\r\n<html><body><p>Caf\xe9 B.</p>\r\n0e\r\n</body></html>\r\n0\r\n\r\n")),
	}
}

// relength returns record with its Content-Length off by delta bytes.
func relength(record string, delta int) string {
	head, block, _ := strings.Cut(record, "\r\n\r\n")
	i := strings.Index(head, "Content-Length: ")
	n, _ := strconv.Atoi(head[i+len("Content-Length: "):])
	return head[:i] + "Content-Length: " + strconv.Itoa(n+delta) + "\r\n\r\n" + block
}

func gzipRecords(t testing.TB, records []string) []byte {
	var buf bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&buf)
		if _, err := zw.Write([]byte(r)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

func TestWARC(t *testing.T) {
	want := []crosscheck.Document{
		{ID: "urn:uuid:2", Format: crosscheck.FormatHTML, Body: "<html><body><p>Page A.</p></body></html>",
			URL: "https://news.example/a"},
		{ID: "urn:uuid:6", Format: crosscheck.FormatHTML, Body: "<html><body><p>Caf\u00e9 B.</p></body></html>",
			URL: "https://news.example/b"},
	}
	plain := []byte(strings.Join(testWARC(), ""))
	dir := t.TempDir()
	tests := []struct {
		name string
		file string
		data []byte
	}{
		{"plain", "crawl.warc", plain},
		{"gzip per record", "crawl.warc.gz", gzipRecords(t, testWARC())},
		{"gzip whole", "crawl.gz", gzipRecords(t, []string{string(plain)})},
		{"no extension", "crawl", plain},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			// The size limit does not apply to WARC archives.
			docs, errs := collect(t, []string{path}, Options{MaxSize: 10})
			if len(errs) > 0 {
				t.Errorf("errors: got %v, want none", errs)
			}
			var w []crosscheck.Document
			for _, d := range want {
				d.Source = path
				d.Published = date(t, "2025-02-12T10:00:00Z")
				w = append(w, d)
			}
			if diff := cmp.Diff(w, docs, dateString); diff != "" {
				t.Errorf("documents mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWARCBad(t *testing.T) {
	records := testWARC()
	plain := strings.Join(records, "")
	cut := strings.Index(plain, "Caf\xe9")
	gz := gzipRecords(t, records)
	big := warcRecord("response", "9", "https://news.example/big", "application/http; msgtype=response",
		httpResponse("200 OK", "Content-Type: text/html\r\n", "<p>"+strings.Repeat("x", 2000)+"</p>"))
	tests := []struct {
		name     string
		data     []byte
		wantDocs int
		wantErr  string
	}{
		{"truncated plain", []byte(plain[:cut]), 1, "invalid input: record 7 (urn:uuid:6): truncated"},
		{"truncated gzip", gz[:len(gz)-20], 1, "invalid input: record 7 (urn:uuid:6): truncated"},
		{"record too large", []byte(big + plain), 2, "input too large: record 1 (urn:uuid:9)"},
		{"garbage between records", []byte(records[2] + "junk line\r\n" + records[6]), 2, "invalid input: record 2: no WARC version line"},
		{"bad length", []byte("WARC/1.0\r\nContent-Length: x\r\n\r\n"), 0, "invalid input: record 1: bad Content-Length"},
		{"bad length, later records kept", []byte("WARC/1.0\r\nContent-Length: x\r\n\r\n<p>body</p>\r\n\r\n" + records[2] + records[6]), 2,
			"invalid input: record 1: bad Content-Length"},
		{"length too long", []byte(relength(records[2], 200) + records[6] + records[2]), 2,
			"invalid input: record 1 (urn:uuid:2): Content-Length"},
		{"length too short", []byte(relength(records[2], -10) + records[6]), 2, "invalid input: record 2: no WARC version line"},
		{"length past the end", []byte(records[2] + relength(records[6], 500)), 1, "invalid input: record 2 (urn:uuid:6): truncated"},
		{"broken http", []byte(warcRecord("response", "8", "https://news.example/c", "application/http", "HTTP/1.1 abc\r\n\r\n") + records[2]), 1,
			"invalid input: record 1 (urn:uuid:8): malformed HTTP status line"},
	}
	dir := t.TempDir()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "bad.warc")
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			docs, errs := collect(t, []string{path, "testdata/note.md"}, Options{MaxRecord: 1000})
			if len(errs) != 1 || errs[0].File != path || !strings.HasPrefix(errs[0].Error, tc.wantErr) {
				t.Fatalf("got errors %+v, want one for %s starting %q", errs, path, tc.wantErr)
			}
			// The documents before the failure, then the next input's.
			if len(docs) != tc.wantDocs+1 || docs[len(docs)-1].Source != "testdata/note.md" {
				t.Errorf("got %d documents, want %d and the next input's", len(docs), tc.wantDocs)
			}
		})
	}
}

func FuzzWARC(f *testing.F) {
	plain := strings.Join(testWARC(), "")
	f.Add([]byte(plain))
	f.Add([]byte(plain[:len(plain)/2]))
	f.Add(gzipRecords(f, testWARC()[:3]))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\nHTTP/1.1 2"))
	f.Fuzz(func(t *testing.T, data []byte) {
		br := bufio.NewReader(bytes.NewReader(data))
		_ = readWARC(context.Background(), "fuzz.warc", br, 1<<20,
			func(d crosscheck.Document) error {
				if d.ID == "" {
					t.Errorf("document without id")
				}
				return nil
			}, func(error) {})
	})
}

func BenchmarkWARC(b *testing.B) {
	page := "<html><body>" + strings.Repeat("<p>A paragraph of news text that goes on for a while.</p>", 100) + "</body></html>"
	var records []string
	for i := range 100 {
		records = append(records, warcRecord("response", fmt.Sprint(i), fmt.Sprintf("https://news.example/%d", i),
			"application/http; msgtype=response", httpResponse("200 OK", "Content-Type: text/html\r\n", page)))
	}
	data := gzipRecords(b, records)
	b.SetBytes(int64(len(strings.Join(records, ""))))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		err := read(context.Background(), input{name: "bench.warc.gz", r: bytes.NewReader(data), size: -1}, Options{},
			func(crosscheck.Document) error { n++; return nil }, func(err error) { b.Fatal(err) })
		if err != nil || n != 100 {
			b.Fatalf("got %d documents and error %v, want 100 and none", n, err)
		}
	}
}

func TestHTTPPayload(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>zipped</p>"))
	zw.Close()
	tests := []struct {
		name     string
		block    string
		wantBody string
		wantErr  bool
	}{
		{"plain", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>", "<p>x</p>", false},
		{"no reason phrase", "HTTP/1.1 200\r\nContent-Type: text/html\r\n\r\n<p>x</p>", "<p>x</p>", false},
		{"xhtml", "HTTP/1.0 203 OK\r\nContent-Type: application/xhtml+xml\r\n\r\n<p>x</p>", "<p>x</p>", false},
		{"malformed header line", "HTTP/1.1 200 OK\r\nthis is no header\r\nContent-Type: text/html\r\n\r\n<p>x</p>", "<p>x</p>", false},
		{"folded header", "HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=utf-8\r\n\r\n<p>x</p>", "<p>x</p>", false},
		{"chunked", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n<p>\r\n5\r\nx</p>\r\n0\r\n\r\n", "<p>x</p>", false},
		{"gzip encoded", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + gz.String(), "<p>zipped</p>", false},
		{"redirect", "HTTP/1.1 301 Moved\r\nLocation: /x\r\nContent-Type: text/html\r\n\r\n", "", false},
		{"image", "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8", "", false},
		{"other protocol", "dns: 1.2.3.4", "", false},
		{"unknown encoding", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\nxx", "", true},
		{"bad status", "HTTP/1.1 OK\r\n\r\n", "", true},
		{"over the limit", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + strings.Repeat("x", 101), "", true},
		{"empty", "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, _, err := httpPayload([]byte(tc.block), 100)
			if (err != nil) != tc.wantErr || string(body) != tc.wantBody {
				t.Errorf("got body %q and error %v, want %q and error %v", body, err, tc.wantBody, tc.wantErr)
			}
		})
	}
}
