package watch_test

import (
	"fmt"
	"strings"

	"crosscheck/watch"
)

func ExampleParseFeeds() {
	feeds, err := watch.ParseFeeds("feeds.txt", strings.NewReader(`# wires
https://example.org/world/rss.xml every=10m
https://example.com/atom.xml   # the default interval
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range feeds {
		fmt.Println(f.URL, f.Every)
	}
	// Output:
	// https://example.org/world/rss.xml 10m0s
	// https://example.com/atom.xml 0s
}
