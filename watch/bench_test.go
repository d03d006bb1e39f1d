package watch

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"crosscheck"
)

// BenchmarkPoll measures one full poll of a feed of 100 new items: with
// the text in the feed, and with only summaries, each item read from its
// page. The pages and the feed are served on loopback.
func BenchmarkPoll(b *testing.B) {
	for _, summaries := range []bool{false, true} {
		name := "full-text"
		if summaries {
			name = "summaries+pages"
		}
		b.Run(name, func(b *testing.B) {
			routes := map[string]http.HandlerFunc{}
			var s *server
			var items []item
			for i := range 100 {
				it := item{guid: fmt.Sprint(i), title: fmt.Sprintf("Story %d", i), text: story(fmt.Sprintf("Town%d", i), 300)}
				if summaries {
					it.link = fmt.Sprintf("/news/%d", i)
					routes[it.link] = serve(page(it.title, it.text), "text/html")
					it.text = "The wall will be repaired."
				}
				items = append(items, it)
			}
			routes["/feed"] = func(w http.ResponseWriter, r *http.Request) {
				its := append([]item(nil), items...)
				for i := range its {
					if its[i].link != "" {
						its[i].link = s.URL + its[i].link
					}
				}
				fmt.Fprint(w, rss("Example News", its...))
			}
			s = newServer(b, routes)
			sink := func(context.Context, []crosscheck.Article) error { return nil }
			b.ResetTimer()
			for range b.N {
				// A fresh watcher each time: every item is new.
				w, err := New([]Feed{{URL: s.URL + "/feed"}}, sink, Options{AllowPrivatePages: true, Now: func() time.Time { return time.Unix(0, 0) }})
				if err != nil {
					b.Fatal(err)
				}
				rs, err := w.Poll(context.Background())
				if err != nil || rs[0].Err != nil || rs[0].Added != 100 {
					b.Fatalf("poll: %v %+v", err, rs)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*100)/1e6, "ms/item")
		})
	}
}
