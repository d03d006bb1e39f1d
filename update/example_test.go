package update_test

import (
	"context"
	"fmt"

	"crosscheck/internal/memstore"
	"crosscheck/internal/testcorpus"
	"crosscheck/update"
)

func Example() {
	ctx := context.Background()
	st := memstore.New(nil)
	arts := testcorpus.Reports(10)

	// Store the first reports, place them in stories, brief the stories.
	update.Add(ctx, st, arts[:8])
	changed, _ := update.Group(ctx, st, update.Options{})
	briefed, _ := update.Brief(ctx, st, update.BriefOptions{})
	fmt.Println(len(changed), "stories changed,", briefed, "briefed")

	// Two more reports join two of those stories; only they are briefed
	// again. Adding the same reports again changes nothing.
	update.Add(ctx, st, arts)
	changed, _ = update.Group(ctx, st, update.Options{})
	briefed, _ = update.Brief(ctx, st, update.BriefOptions{})
	fmt.Println(len(changed), "stories changed,", briefed, "briefed")
	// Output:
	// 5 stories changed, 5 briefed
	// 2 stories changed, 2 briefed
}
