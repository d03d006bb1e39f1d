package ingest_test

import (
	"context"
	"fmt"
	"strings"

	"crosscheck"
	"crosscheck/ingest"
)

func ExampleWalk() {
	stdin := strings.NewReader(`{"id": "w-1", "title": "Harbour vote", "authors": "By Ann Lee and Bo Chen",
		"published": "2025-02-12", "text": "<p>The council voted.</p><p>Residents cheered.</p>"}`)
	err := ingest.Walk(context.Background(), []string{"-", "no/such/file.txt"}, ingest.Options{Stdin: stdin},
		func(d crosscheck.Document) error {
			fmt.Printf("%s %q by %q on %s:\n%s\n", d.ID, d.Title, d.Authors, d.Published, d.Body)
			return nil
		},
		func(e crosscheck.InputError) { fmt.Printf("%s: %s\n", e.File, e.Error) })
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// w-1 "Harbour vote" by ["Ann Lee" "Bo Chen"] on 2025-02-12:
	// The council voted.
	//
	// Residents cheered.
	// no/such/file.txt: not found: no such file or directory
}
