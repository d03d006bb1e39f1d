package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"crosscheck"
	"crosscheck/sqlite"
)

func ExampleOpen() {
	dir, err := os.MkdirTemp("", "crosscheck-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "crosscheck.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	a := crosscheck.Article{ID: crosscheck.ArticleID("reports/flood.txt", "", 1), File: "reports/flood.txt", Part: 1,
		Title: "River floods the old town", Outlet: "AP", Text: "The river burst its banks on Tuesday and flooded the old town."}
	for range 2 {
		res, err := db.PutArticle(ctx, a)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(res)
	}
	hits, _, err := db.Search(ctx, crosscheck.SearchQuery{Text: "flooded town"})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		var b strings.Builder
		for _, p := range h.Snippet {
			if p.Match {
				fmt.Fprintf(&b, "[%s]", p.Text)
			} else {
				b.WriteString(p.Text)
			}
		}
		fmt.Println(h.Kind, h.Title+":", b.String())
	}
	// Output:
	// added
	// unchanged
	// article River floods the old town: The river burst its banks on Tuesday and [flooded] the old [town].
}
