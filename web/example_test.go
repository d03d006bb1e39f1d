package web_test

import (
	"fmt"
	"net/http/httptest"

	"crosscheck/internal/memstore"
	"crosscheck/web"
)

// A handler over a store answers the API and serves the pages; without a
// token, it refuses every write.
func ExampleNew() {
	h, err := web.New(web.Config{Store: memstore.New(nil)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, req := range []struct{ method, path string }{
		{"GET", "/api/health"},
		{"GET", "/api/stories/s000000000000"},
		{"POST", "/api/reports"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(req.method, req.path, nil))
		fmt.Print(req.method, " ", req.path, ": ", rec.Code, " ", rec.Body.String())
	}
	// Output:
	// GET /api/health: 200 {"status":"ok"}
	// GET /api/stories/s000000000000: 404 {"error":"Not Found"}
	// POST /api/reports: 403 {"error":"writes are disabled: the server has no token"}
}
