package facts

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"crosscheck"
	"crosscheck/internal/testcorpus"
	"crosscheck/internal/textproc"
)

// TestBasilLeads measures on the BASIL development set (three outlets
// reporting one event each) how often the outlets' first sentences, which
// state the main event, are aligned into one fact.
func TestBasilLeads(t *testing.T) {
	stories := map[string][]crosscheck.Article{}
	var ids []string
	for _, ba := range testcorpus.BASIL(t) {
		if _, ok := stories[ba.Triplet]; !ok {
			ids = append(ids, ba.Triplet)
		}
		stories[ba.Triplet] = append(stories[ba.Triplet], crosscheck.Article{ID: ba.Name, Outlet: ba.Source, Text: ba.Text()})
	}
	sort.Strings(ids)
	two, three, multi := 0, 0, 0
	dump, _ := os.Create(os.Getenv("FACTS_DUMP"))
	for _, id := range ids {
		arts := stories[id]
		units, clusters, _ := align(arts, nil)
		lead := make([]int, len(arts))
		for ai, a := range arts {
			lead[ai] = textproc.Lead(textproc.Sentences(a.Text))
		}
		best := 0
		for _, c := range clusters {
			leads := map[int]bool{}
			artsOf := map[int]bool{}
			for _, u := range c {
				for _, o := range units[u].occ {
					artsOf[o.art] = true
					if o.sent == lead[o.art] {
						leads[o.art] = true
					}
				}
			}
			best = max(best, len(leads))
			if len(artsOf) > 1 {
				multi++
				if dump != nil {
					fmt.Fprintf(dump, "## %s\n", id)
					for _, u := range c {
						fmt.Fprintf(dump, "  [%d:%d] %s\n", units[u].occ[0].art, units[u].occ[0].sent, units[u].text)
					}
				}
			}
		}
		if best >= 2 {
			two++
		} else if dump != nil {
			fmt.Fprintf(dump, "!! %s leads apart\n", id)
			for ai := range arts {
				for _, u := range units {
					if u.occ[0].art == ai && u.occ[0].sent == lead[ai] {
						fmt.Fprintf(dump, "  [%d] %s\n", ai, u.text)
					}
				}
			}
		}
		if best >= 3 {
			three++
		}
	}
	t.Logf("%d stories: leads of two outlets in one fact in %d, of three in %d; %d facts of several articles", len(ids), two, three, multi)
	if two*10 < len(ids)*3 {
		t.Errorf("leads of two outlets aligned in %d of %d stories, want at least 30%%", two, len(ids))
	}
}
