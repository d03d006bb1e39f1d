package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"crosscheck"
)

// basilArticle is the part of a BASIL article file that story clustering
// reads.
type basilArticle struct {
	Title      string     `json:"title"`
	Date       string     `json:"date"`
	Source     string     `json:"source"`
	URL        string     `json:"url"`
	Paragraphs [][]string `json:"body-paragraphs"`
	Triplet    string     `json:"triplet-uuid"`
}

// LoadBASILStories reads the articles of a BASIL-format dataset in dir
// (articles/<year>/<triplet>_<n>.json) and returns them as Articles sorted
// by id, with the story label of each: its triplet, one event told by three
// outlets. An article's id is its file's base name without ".json"; its
// text is its paragraphs, sentences joined by spaces, paragraphs by a blank
// line.
func LoadBASILStories(dir string) ([]crosscheck.Article, map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "articles", "*", "*.json"))
	if err != nil {
		return nil, nil, fmt.Errorf("read story dataset: %w", err)
	}
	if len(files) == 0 {
		return nil, nil, crosscheck.Errorf(crosscheck.NotFound, "read story dataset", dir, "no articles/<year>/*.json files")
	}
	slices.Sort(files)
	var arts []crosscheck.Article
	labels := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, fmt.Errorf("read story dataset: %w", err)
		}
		var ba basilArticle
		if err := json.Unmarshal(b, &ba); err != nil {
			return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "read story dataset", f, "%w", err)
		}
		if ba.Triplet == "" {
			return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "read story dataset", f, "no triplet-uuid")
		}
		pub, err := crosscheck.ParseDate(ba.Date)
		if err != nil {
			return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "read story dataset", f, "date: %w", err)
		}
		paras := make([]string, 0, len(ba.Paragraphs))
		for _, p := range ba.Paragraphs {
			if s := strings.TrimSpace(strings.Join(p, " ")); s != "" {
				paras = append(paras, s)
			}
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		arts = append(arts, crosscheck.Article{
			ID:        id,
			File:      f,
			Part:      1,
			Title:     strings.TrimSpace(ba.Title),
			Outlet:    ba.Source,
			Published: pub,
			URL:       ba.URL,
			Language:  "en",
			Text:      strings.Join(paras, "\n\n"),
		})
		labels[id] = ba.Triplet
	}
	slices.SortFunc(arts, func(a, b crosscheck.Article) int { return strings.Compare(a.ID, b.ID) })
	return arts, labels, nil
}

// HeadlinesOnly returns copies of arts with their text removed, as a
// stream of headline-only items would deliver them.
func HeadlinesOnly(arts []crosscheck.Article) []crosscheck.Article {
	out := slices.Clone(arts)
	for i := range out {
		out[i].Text = ""
	}
	return out
}

// StoryScore compares predicted stories with true ones.
type StoryScore struct {
	// Pairwise precision, recall and F1 over pairs of articles put in one
	// story.
	Precision, Recall, F1 float64
	// B-cubed precision, recall and F1, averaged over articles.
	BCubedPrecision, BCubedRecall, BCubedF1 float64
	// Articles scored, predicted stories and true stories among them.
	Articles, Predicted, True int
}

// ScoreStories scores predicted stories against labels (article id -> true
// story). Only labelled articles count; a labelled article that no story
// holds counts as a story of its own. With no predicted pair precision is
// 1, with no true pair recall is 1.
func ScoreStories(stories []crosscheck.Story, labels map[string]string) StoryScore {
	pred := map[string]string{}
	for _, s := range stories {
		for _, id := range s.Articles {
			if _, ok := labels[id]; ok {
				pred[id] = s.ID
			}
		}
	}
	ids := make([]string, 0, len(labels))
	for id := range labels {
		ids = append(ids, id)
		if _, ok := pred[id]; !ok {
			pred[id] = "\x00" + id
		}
	}
	slices.Sort(ids)

	type cell struct{ p, t string }
	joint := map[cell]int{}
	predSize := map[string]int{}
	trueSize := map[string]int{}
	for _, id := range ids {
		joint[cell{pred[id], labels[id]}]++
		predSize[pred[id]]++
		trueSize[labels[id]]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var tp, pp, tt float64
	for _, n := range joint {
		tp += pairs(n)
	}
	for _, n := range predSize {
		pp += pairs(n)
	}
	for _, n := range trueSize {
		tt += pairs(n)
	}
	sc := StoryScore{Articles: len(ids), Predicted: len(predSize), True: len(trueSize), Precision: 1, Recall: 1}
	if pp > 0 {
		sc.Precision = tp / pp
	}
	if tt > 0 {
		sc.Recall = tp / tt
	}
	sc.F1 = harmonic(sc.Precision, sc.Recall)

	if len(ids) > 0 {
		for _, id := range ids {
			n := float64(joint[cell{pred[id], labels[id]}])
			sc.BCubedPrecision += n / float64(predSize[pred[id]])
			sc.BCubedRecall += n / float64(trueSize[labels[id]])
		}
		sc.BCubedPrecision /= float64(len(ids))
		sc.BCubedRecall /= float64(len(ids))
		sc.BCubedF1 = harmonic(sc.BCubedPrecision, sc.BCubedRecall)
	}
	return sc
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// OnOneDay returns copies of arts all published on day d, so that only
// their content can tell their stories apart.
func OnOneDay(arts []crosscheck.Article, d crosscheck.Date) []crosscheck.Article {
	out := slices.Clone(arts)
	for i := range out {
		out[i].Published = d
	}
	return out
}
