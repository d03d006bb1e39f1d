package web

import (
	"net/http/httptest"
	"strings"
	"testing"

	"crosscheck/internal/memstore"
)

// FuzzAddReport posts arbitrary bodies: each is stored or refused with a
// 4xx, never a 5xx or a panic.
func FuzzAddReport(f *testing.F) {
	for _, s := range []string{
		`{"text":"The bridge reopened on Tuesday, the council said.","outlet":"Daily","url":"https://x.example/a","published":"2025-04-01"}`,
		`{"text":"x","published":"2025-04-01T10:00:00Z"}`,
		`{"text":"<script>alert(1)</script>","url":"javascript:alert(1)"}`,
		`{"text":`, `[]`, `null`, `{"text":"a"}{"text":"b"}`, "\xff\xfe",
	} {
		f.Add(s)
	}
	h, err := New(Config{Store: memstore.New(nil), Token: "0123456789abcdef", MaxBody: 64 << 10})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest("POST", "/api/reports", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer 0123456789abcdef")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 201 && (rec.Code < 400 || rec.Code >= 500) {
			t.Errorf("%q: status %d: %s", body, rec.Code, rec.Body)
		}
	})
}

// FuzzStoriesQuery asks for story lists with arbitrary query strings: each
// gives a page or a 400.
func FuzzStoriesQuery(f *testing.F) {
	for _, s := range []string{"order=covered&limit=5", "from=2025-01-01&to=2025-12-31", "cursor=abc", "entity=%3Cb%3E&outlet=x", "limit=0", "order=%00"} {
		f.Add(s)
	}
	h, err := New(Config{Store: memstore.New(nil)})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, path := range []string{"/", "/api/stories"} {
			req := httptest.NewRequest("GET", path, nil)
			req.URL.RawQuery = q
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != 200 && rec.Code != 400 {
				t.Errorf("%s?%s: status %d: %s", path, q, rec.Code, rec.Body)
			}
		}
	})
}
