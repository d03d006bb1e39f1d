package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"crosscheck"
	"crosscheck/clean"
)

// Story dataset kinds that LoadStories reads.
const (
	KindBASIL    = "basil"
	KindEvents   = "events"
	KindAllSides = "allsides"
)

// LoadStories reads a labelled story dataset of any kind it knows and
// returns its articles, their labels (article id -> true story) and its
// kind: a BASIL folder (articles/<year>/*.json), a JSONL file of reports
// with an `event` label (ECB+), or an AllSides folder (val.source, or any
// one *.source file, one story per line).
func LoadStories(path string) ([]crosscheck.Article, map[string]string, string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, nil, "", crosscheck.Errorf(crosscheck.NotFound, "read story dataset", path, "%w", err)
	}
	if !fi.IsDir() {
		arts, labels, err := LoadEventStories(path)
		return arts, labels, KindEvents, err
	}
	if _, err := os.Stat(filepath.Join(path, "articles")); err == nil {
		arts, labels, err := LoadBASILStories(path)
		return arts, labels, KindBASIL, err
	}
	sources, _ := filepath.Glob(filepath.Join(path, "*.source"))
	if len(sources) == 0 {
		return nil, nil, "", crosscheck.Errorf(crosscheck.NotFound, "read story dataset", path,
			"neither a BASIL folder (articles/), an AllSides folder (*.source) nor a JSONL file")
	}
	src := sources[0]
	if slices.Contains(sources, filepath.Join(path, "val.source")) {
		src = filepath.Join(path, "val.source")
	}
	arts, labels, err := LoadAllSidesStories(src)
	return arts, labels, KindAllSides, err
}

// eventReport is a line of an ECB+-style JSONL file.
type eventReport struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
	Date  string `json:"date"`
	Event string `json:"event"`
}

// LoadEventStories reads a JSONL file of reports (`id`, `title`, `text`,
// optional `date`, and the `event` each reports) as undated articles unless
// a record has a date, in file order, with each one's event as its label.
func LoadEventStories(file string) ([]crosscheck.Article, map[string]string, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, crosscheck.Errorf(crosscheck.NotFound, "read story dataset", file, "%w", err)
	}
	var arts []crosscheck.Article
	labels := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, len(b)+1)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var r eventReport
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "read story dataset", fmt.Sprintf("%s:%d", file, line), "%w", err)
		}
		if r.ID == "" || r.Event == "" {
			return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "read story dataset", fmt.Sprintf("%s:%d", file, line), "no id or no event")
		}
		if _, dup := labels[r.ID]; dup {
			return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "read story dataset", fmt.Sprintf("%s:%d", file, line), "id %q twice", r.ID)
		}
		var pub crosscheck.Date
		if r.Date != "" {
			if pub, err = crosscheck.ParseDate(r.Date); err != nil {
				return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "read story dataset", fmt.Sprintf("%s:%d", file, line), "date: %w", err)
			}
		}
		arts = append(arts, crosscheck.Article{ID: r.ID, File: file, Part: 1, Title: strings.TrimSpace(r.Title),
			Published: pub, Language: "en", Text: strings.TrimSpace(r.Text)})
		labels[r.ID] = r.Event
	}
	if len(arts) == 0 {
		return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "read story dataset", file, "no reports")
	}
	return arts, labels, nil
}

// LoadAllSidesStories reads an AllSides roundup file: each line holds one
// story's leads from several outlets, `TITLE=> ... ARTICLE=> ...` each,
// joined by " [SEP] ". Every lead becomes an undated article with id
// "<line>-<n>" labelled with its line, so that the whole file is one
// stream of leads with no time to tell stories apart.
func LoadAllSidesStories(file string) ([]crosscheck.Article, map[string]string, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, crosscheck.Errorf(crosscheck.NotFound, "read story dataset", file, "%w", err)
	}
	var arts []crosscheck.Article
	labels := map[string]string{}
	for i, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		story := fmt.Sprint(i + 1)
		for n, lead := range strings.Split(line, " [SEP] ") {
			title, text, ok := strings.Cut(lead, "ARTICLE=>")
			title = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(title), "TITLE=>"))
			if !ok || title == "" && strings.TrimSpace(text) == "" {
				return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "read story dataset", fmt.Sprintf("%s:%d", file, i+1),
					"lead %d is not TITLE=> ... ARTICLE=> ...", n+1)
			}
			id := fmt.Sprintf("%s-%d", story, n+1)
			arts = append(arts, crosscheck.Article{ID: id, File: file, Part: n + 1, Title: title,
				Language: "en", Text: strings.TrimSpace(text)})
			labels[id] = story
		}
	}
	if len(arts) == 0 {
		return nil, nil, crosscheck.Errorf(crosscheck.Invalid, "read story dataset", file, "no stories")
	}
	return arts, labels, nil
}

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
	// Split is how many true stories are spread over more than one
	// predicted story.
	Split int
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
	parts := map[string]int{}
	for c := range joint {
		parts[c.t]++
	}
	for _, n := range parts {
		if n > 1 {
			sc.Split++
		}
	}

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

// Mixed returns copies of arts in which every nth article, counted in the
// order given, has its text removed: a stream where headline-only items
// arrive among full reports.
func Mixed(arts []crosscheck.Article, n int) []crosscheck.Article {
	out := slices.Clone(arts)
	for i := range out {
		if n > 0 && i%n == n-1 {
			out[i].Text = ""
		}
	}
	return out
}

// Shuffled returns copies of arts whose ids are prefixed with a hash of
// the id and seed, and the labels under the new ids. Clustering takes
// articles in (publication time, id) order, so this reorders articles of
// one time (all of an undated stream) at random, while keeping every
// article's label: a score that changes under it depends on the order in
// which a dataset lists its stories' reports.
func Shuffled(arts []crosscheck.Article, labels map[string]string, seed uint64) ([]crosscheck.Article, map[string]string) {
	out := slices.Clone(arts)
	relabelled := make(map[string]string, len(labels))
	for i := range out {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d\x00%s", seed, out[i].ID)
		id := fmt.Sprintf("%016x:%s", h.Sum64(), out[i].ID)
		if l, ok := labels[out[i].ID]; ok {
			relabelled[id] = l
		}
		out[i].ID = id
	}
	return out, relabelled
}

// Miss is a grouping error: a true story spread over several found
// stories (Split), or a found story holding articles of several true
// stories (Merged). Groups lists the article ids, one slice per found
// story (for a split) or per true story (for a merge).
type Miss struct {
	Story  string
	Merged bool
	Groups [][]string
}

// Misses lists the true stories that stories split and the found stories
// that merge true ones, largest first, so that a reader can see what a
// grouping got wrong. Only labelled articles count.
func Misses(stories []crosscheck.Story, labels map[string]string) []Miss {
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
		if _, ok := pred[id]; !ok {
			pred[id] = "\x00" + id
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	byTrue := map[string]map[string][]string{}
	byPred := map[string]map[string][]string{}
	for _, id := range ids {
		p, t := pred[id], labels[id]
		if byTrue[t] == nil {
			byTrue[t] = map[string][]string{}
		}
		if byPred[p] == nil {
			byPred[p] = map[string][]string{}
		}
		byTrue[t][p] = append(byTrue[t][p], id)
		byPred[p][t] = append(byPred[p][t], id)
	}
	var out []Miss
	collect := func(m map[string]map[string][]string, merged bool) {
		for k, parts := range m {
			if len(parts) < 2 {
				continue
			}
			miss := Miss{Story: strings.TrimPrefix(k, "\x00"), Merged: merged}
			for _, g := range parts {
				miss.Groups = append(miss.Groups, g)
			}
			slices.SortFunc(miss.Groups, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
			out = append(out, miss)
		}
	}
	collect(byTrue, false)
	collect(byPred, true)
	size := func(m Miss) int {
		n := 0
		for _, g := range m.Groups {
			n += len(g)
		}
		return n
	}
	slices.SortFunc(out, func(a, b Miss) int {
		if a.Merged != b.Merged {
			if a.Merged {
				return 1
			}
			return -1
		}
		if d := size(b) - size(a); d != 0 {
			return d
		}
		return strings.Compare(a.Groups[0][0], b.Groups[0][0])
	})
	return out
}

// AsRead returns copies of arts as crosscheck reads a record of them
// (`crosscheck cluster` on a JSONL file): cleaned, so that what cleaning
// finds counts as it does there. Cleaning drops page furniture (a leading
// date line, a list of results) and paragraphs of other stories, and
// dates a report from a publication line in its text or a title that is
// only one. A report that cleaning leaves no text of is kept as it is,
// as a headline-only item is.
func AsRead(arts []crosscheck.Article) []crosscheck.Article {
	out := slices.Clone(arts)
	for i, a := range out {
		got, _ := clean.Clean(crosscheck.Document{Source: a.File, ID: a.ID, Title: a.Title, Body: a.Text, Published: a.Published}, clean.Options{Single: true})
		if len(got) == 0 {
			continue
		}
		out[i].Title, out[i].Text, out[i].Published = got[0].Title, got[0].Text, got[0].Published
	}
	return out
}
