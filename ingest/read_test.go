package ingest

import (
	"context"
	"strings"
	"testing"

	"crosscheck"
)

// TestRead checks that an input that is no file is read as a file of its
// kind would be, its MIME type standing in for the extension where the
// content leaves the kind open.
func TestRead(t *testing.T) {
	tests := []struct {
		name, contentType, in string
		wantFormat            crosscheck.Format
		wantDocs              int
		wantErr               string
	}{
		{"page sniffed", "", "<!DOCTYPE html><html><body><p>The council met.</p></body></html>", crosscheck.FormatHTML, 1, ""},
		{"fragment typed as html", "text/html; charset=utf-8", "The council met on <b>Tuesday</b>.", crosscheck.FormatHTML, 1, ""},
		{"fragment typed as text", "text/plain", "The council met on <b>Tuesday</b>.", crosscheck.FormatText, 1, ""},
		{"feed", "application/rss+xml", `<rss version="2.0"><channel><title>T</title><item><guid>1</guid><title>One</title><description>The council met on Tuesday.</description></item><item><guid>2</guid><title>Two</title><description>The mayor spoke on Wednesday.</description></item></channel></rss>`, crosscheck.FormatText, 2, ""},
		{"json lines", "application/x-ndjson", `{"id":"1","text":"The council met on Tuesday."}` + "\n" + `{"id":"2","text":"The mayor spoke."}`, crosscheck.FormatText, 2, ""},
		{"not json typed as json", "application/feed+json", "The council met.", "", 0, "invalid input: not JSON"},
		{"garbage", "text/plain", "1h(@/_Y\\sP:,^#QWm yYB|=k-H#\"#se!Pw;V|#c", "", 0, "invalid input: not text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []crosscheck.Document
			var errs []crosscheck.InputError
			err := Read(context.Background(), "body", tt.contentType, strings.NewReader(tt.in), Options{},
				func(d crosscheck.Document) error { docs = append(docs, d); return nil },
				func(e crosscheck.InputError) { errs = append(errs, e) })
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != tt.wantDocs {
				t.Fatalf("got %d documents, want %d (errors %v)", len(docs), tt.wantDocs, errs)
			}
			for _, d := range docs {
				if d.Format != tt.wantFormat || d.Source != "body" {
					t.Errorf("got format %q source %q, want %q body", d.Format, d.Source, tt.wantFormat)
				}
			}
			if tt.wantErr != "" && (len(errs) != 1 || !strings.HasPrefix(errs[0].Error, tt.wantErr)) {
				t.Errorf("got errors %v, want one starting %q", errs, tt.wantErr)
			}
		})
	}
}
