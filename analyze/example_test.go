package analyze_test

import (
	"context"
	"fmt"

	"crosscheck"
	"crosscheck/analyze"
)

func ExampleStory() {
	arts := []crosscheck.Article{
		{ID: "wire", Outlet: "Reuters", Text: "LONDON (Reuters) — The city council approved a plan on Monday to build 4,000 new homes on the site of the old gasworks."},
		{ID: "copy", Outlet: "Daily Bugle", Text: "The city council approved a plan on Monday to build 4,000 new homes on the site of the former gasworks."},
		{ID: "own", Outlet: "Evening Post", Text: "Councillors approved a plan to build 4,000 homes on the old gasworks site on Monday after a long debate."},
	}
	b, err := analyze.Story(context.Background(), crosscheck.Story{ID: "homes"}, arts)
	if err != nil {
		panic(err)
	}
	for _, a := range b.Articles {
		fmt.Printf("%s: origin %s, copy of %q\n", a.ID, a.Origin, a.CopyOf)
	}
	f := b.Facts[0]
	fmt.Printf("%d articles, %d independent\n", len(f.Articles), f.Independent)
	// Output:
	// wire: origin Reuters, copy of ""
	// copy: origin Reuters, copy of "wire"
	// own: origin Evening Post, copy of ""
	// 3 articles, 2 independent
}
