package clean

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosscheck"
	"crosscheck/internal/testcorpus"
)

// TestCorpusKeepsBodies cleans texts known to be bodies only (BASIL
// paragraphs, the extraction benchmark's ground truth) and reports how much
// it drops: every dropped word there is a false positive.
func TestCorpusKeepsBodies(t *testing.T) {
	dir := testcorpus.Datasets(t)
	var docs []crosscheck.Document
	for i, a := range testcorpus.BASIL(t) {
		docs = append(docs, crosscheck.Document{Source: fmt.Sprintf("basil-%s-%03d", a.Source, i), Body: a.Text()})
	}
	f, err := os.Open(filepath.Join(dir, "article-extraction-benchmark", "ground-truth.json"))
	if err == nil {
		var gt map[string]struct {
			Body string `json:"articleBody"`
		}
		if err := json.NewDecoder(f).Decode(&gt); err != nil {
			t.Fatal(err)
		}
		f.Close()
		ids := make([]string, 0, len(gt))
		for id := range gt {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			docs = append(docs, crosscheck.Document{Source: "aeb-" + id[:8], Body: gt[id].Body})
		}
	}
	var words, droppedWords, split int
	kinds := map[crosscheck.DropKind]int{}
	for _, d := range docs {
		arts, dropped := Articles(d)
		words += wordCount(d.Body)
		if len(arts) > 1 {
			split++
			t.Logf("%s split into %d articles", d.Source, len(arts))
		}
		for _, x := range dropped {
			if x.Kind == crosscheck.DropSeparator {
				continue
			}
			kinds[x.Kind]++
			droppedWords += wordCount(x.Text)
			if testing.Verbose() {
				t.Logf("%s %s: %.100q", d.Source, x.Kind, x.Text)
			}
		}
	}
	share := float64(droppedWords) / float64(words)
	t.Logf("%d bodies, %d words; dropped %d words (%.2f%%) by kind %v; %d split", len(docs), words, droppedWords, 100*share, kinds, split)
	if share > 0.03 {
		t.Errorf("dropped %.2f%% of the words of clean bodies, want at most 3%%", 100*share)
	}
	// Three of the BASIL paragraphs are other stories' leads, and two of
	// the benchmark's are items of a news roundup; the rest are losses.
	if got := kinds[crosscheck.DropOffTopic]; got > 9 {
		t.Errorf("dropped %d paragraphs of clean bodies as off-topic, want at most 9", got)
	}
}

// TestCorpusGluedParagraphs glues the lead of another event's report to
// each BASIL article and counts how often the glued paragraph is found and
// how many of the article's own paragraphs go with it.
func TestCorpusGluedParagraphs(t *testing.T) {
	arts := testcorpus.BASIL(t)
	for _, layout := range []struct {
		name      string
		sep, glue string
		min       float64
	}{
		{"same layout", "\n\n", "\n\n", 0.65},
		{"layout break", "\n", "\n\n", 0.8},
	} {
		found, falseDrops, n := 0, 0, 0
		for i, a := range arts {
			if len(a.Paragraphs) < 4 {
				continue
			}
			other := otherEvent(arts, i)
			n++
			glued := other.Paras()[0]
			body := strings.Join(a.Paras(), layout.sep) + layout.glue + glued
			_, dropped := Articles(crosscheck.Document{Source: "x", Body: body})
			for _, d := range dropped {
				if d.Kind != crosscheck.DropOffTopic {
					continue
				}
				if strings.Join(strings.Fields(d.Text), " ") == strings.Join(strings.Fields(glued), " ") {
					found++
					continue
				}
				falseDrops++
				t.Logf("%s: article %d lost %.100q", layout.name, i, d.Text)
			}
		}
		recall := float64(found) / float64(n)
		t.Logf("%s: found %d of %d glued paragraphs (%.0f%%), %d real paragraphs dropped", layout.name, found, n, 100*recall, falseDrops)
		if recall < layout.min {
			t.Errorf("%s: found %.0f%% of glued paragraphs, want at least %.0f%%", layout.name, 100*recall, 100*layout.min)
		}
		// One BASIL article already ends with two paragraphs of other
		// stories; they count here as real.
		if falseDrops > 2 {
			t.Errorf("%s: dropped %d real paragraphs, want at most 2", layout.name, falseDrops)
		}
	}
}

// otherEvent returns a report, with a lead paragraph, of another event than
// arts[i]: the three reports of an event sit together, so a few places on
// is another event.
func otherEvent(arts []testcorpus.BASILArticle, i int) testcorpus.BASILArticle {
	for k := 7; ; k++ {
		o := arts[(i+k)%len(arts)]
		if o.Triplet != arts[i].Triplet && len(o.Paragraphs) > 0 {
			return o
		}
	}
}
