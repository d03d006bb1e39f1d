package eval

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"crosscheck"

	"golang.org/x/sync/errgroup"
)

// ExtractPage is one page of the article-extraction benchmark.
type ExtractPage struct {
	ID string
	// URL is the address the page was fetched from.
	URL string
	// Truth is the human-checked article text.
	Truth string
}

// LoadExtractBenchmark reads the ground truth of the article-extraction
// benchmark in dir (ground-truth.json beside html/<id>.html.gz) and returns
// its pages sorted by id.
func LoadExtractBenchmark(dir string) ([]ExtractPage, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("read extraction benchmark: %w", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("read extraction benchmark ground truth: %w", err)
	}
	pages := make([]ExtractPage, 0, len(gt))
	for id, v := range gt {
		pages = append(pages, ExtractPage{ID: id, URL: v.URL, Truth: v.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// ReadExtractHTML returns the raw bytes of page id of the benchmark in dir.
func ReadExtractHTML(dir, id string) ([]byte, error) {
	f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name(), err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name(), err)
	}
	return b, nil
}

// ShingleCounts are the true positive, false positive and false negative
// shingles of one extracted text.
type ShingleCounts struct{ TP, FP, FN int }

// CompareExtraction scores a predicted article text against the true one
// as the benchmark does: both are cut into word tokens (runs of Unicode
// letters, digits and underscores, case kept), the multisets of their
// 4-token shingles are compared (a text of fewer than 4 tokens is one
// shingle, an empty text none), and shared shingles count as true
// positives.
func CompareExtraction(predicted, truth string) ShingleCounts {
	p, t := shingleCounts(predicted), shingleCounts(truth)
	var c ShingleCounts
	for s, n := range p {
		m := t[s]
		c.TP += min(n, m)
		c.FP += max(n-m, 0)
	}
	for s, m := range t {
		c.FN += max(m-p[s], 0)
	}
	return c
}

// metricToken is the \w+ of the benchmark's scorer (Python's Unicode \w).
var metricToken = regexp.MustCompile(`[\p{L}\p{N}_]+`)

func shingleCounts(text string) map[string]int {
	toks := metricToken.FindAllString(text, -1)
	out := map[string]int{}
	switch {
	case len(toks) == 0:
	case len(toks) < 4:
		out[strings.Join(toks, " ")]++
	default:
		for i := 0; i+4 <= len(toks); i++ {
			out[strings.Join(toks[i:i+4], " ")]++
		}
	}
	return out
}

// ExtractScore is the benchmark's score of a run.
type ExtractScore struct {
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// ScoreExtraction averages per-page precision over the pages with any
// predicted shingle and recall over the pages with any true shingle; a
// page with neither false positives nor false negatives scores 1 on both.
// F1 is the harmonic mean of the two averages.
func ScoreExtraction(pages []ShingleCounts) ExtractScore {
	var ps, rs float64
	var np, nr int
	for _, c := range pages {
		perfect := c.FP == 0 && c.FN == 0
		if c.TP+c.FP > 0 || perfect {
			np++
			if perfect {
				ps++
			} else {
				ps += float64(c.TP) / float64(c.TP+c.FP)
			}
		}
		if c.TP+c.FN > 0 || perfect {
			nr++
			if perfect {
				rs++
			} else {
				rs += float64(c.TP) / float64(c.TP+c.FN)
			}
		}
	}
	s := ExtractScore{Pages: len(pages)}
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// Extracted is what an extractor made of one page.
type Extracted struct {
	Text      string
	Title     string
	Authors   []string
	URL       string
	Published crosscheck.Date
}

// Extractor extracts one benchmark page; name identifies the page in
// errors.
type Extractor func(ctx context.Context, name string, page []byte) (Extracted, error)

// ExtractResult is one page's outcome.
type ExtractResult struct {
	Page      ExtractPage
	Extracted Extracted
	Counts    ShingleCounts
	// Err is the extractor's error; the page then scores as an empty
	// prediction.
	Err error
}

// ExtractReport is the outcome of a run over the benchmark.
type ExtractReport struct {
	Score   ExtractScore
	Results []ExtractResult
	// Failed counts the pages the extractor returned an error for.
	Failed int
	// Metadata is what can be checked of titles, dates and URLs.
	Metadata MetadataCheck
}

// MetadataCheck measures what the benchmark allows of metadata. Its ground
// truth has only the article text and the page URL, so titles and dates are
// checked against what the URL itself says: a title against the words of a
// descriptive URL slug, a date against a date in the URL path.
type MetadataCheck struct {
	// Titled counts pages given a title.
	Titled int `json:"titled"`
	// SlugPages counts pages whose URL has a slug of at least three words;
	// SlugTitles those of them whose title holds at least 60% of the
	// slug's words.
	SlugPages  int `json:"slug_pages"`
	SlugTitles int `json:"slug_titles"`
	// Dated counts pages given a publication date.
	Dated int `json:"dated"`
	// URLDatePages counts pages with a full date in the URL path;
	// URLDateAgree those of them whose extracted date is that day (or
	// within a day of it, for time-zone shifts).
	URLDatePages int `json:"url_date_pages"`
	URLDateAgree int `json:"url_date_agree"`
	// WithURL counts pages given a canonical URL; URLAgree those of them
	// whose URL is the ground truth's, ignoring scheme, "www.", query and
	// trailing slash.
	WithURL  int `json:"with_url"`
	URLAgree int `json:"url_agree"`
}

// RunExtract runs fn on every page of the benchmark in dir, at most workers
// at a time, and scores the results. It stops early only when ctx ends or a
// page cannot be read.
func RunExtract(ctx context.Context, dir string, workers int, fn Extractor) (*ExtractReport, error) {
	pages, err := LoadExtractBenchmark(dir)
	if err != nil {
		return nil, err
	}
	results := make([]ExtractResult, len(pages))
	ids := make([]string, len(pages))
	for i, p := range pages {
		ids[i] = p.ID
	}
	err = extractPages(ctx, dir, ids, workers, fn, func(i int, ex Extracted, err error) {
		p := pages[i]
		results[i] = ExtractResult{Page: p, Extracted: ex, Err: err, Counts: CompareExtraction(ex.Text, p.Truth)}
	})
	if err != nil {
		return nil, err
	}
	rep := &ExtractReport{Results: results}
	counts := make([]ShingleCounts, len(results))
	for i, r := range results {
		counts[i] = r.Counts
		if r.Err != nil {
			rep.Failed++
		}
		rep.Metadata.add(r)
	}
	rep.Score = ScoreExtraction(counts)
	return rep, nil
}

func (m *MetadataCheck) add(r ExtractResult) {
	ex := r.Extracted
	if ex.Title != "" {
		m.Titled++
	}
	if slug := slugWords(r.Page.URL); len(slug) >= 3 {
		m.SlugPages++
		if slugCoverage(slug, ex.Title) >= 0.6 {
			m.SlugTitles++
		}
	}
	if !ex.Published.IsZero() {
		m.Dated++
	}
	if y, mo, d, ok := urlDate(r.Page.URL); ok {
		m.URLDatePages++
		if !ex.Published.IsZero() {
			diff := ex.Published.Time.Sub(dateUTC(y, mo, d)).Hours()
			if diff > -36 && diff < 48 {
				m.URLDateAgree++
			}
		}
	}
	if ex.URL != "" {
		m.WithURL++
		if sameURL(ex.URL, r.Page.URL) {
			m.URLAgree++
		}
	}
}

// slugWords returns the lower-case words of the last path segment of a URL
// when it is a hyphenated or underscored slug of words.
func slugWords(raw string) []string {
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	best := ""
	for _, s := range segs {
		if strings.Count(s, "-")+strings.Count(s, "_") > strings.Count(best, "-")+strings.Count(best, "_") {
			best = s
		}
	}
	best = strings.TrimSuffix(strings.TrimSuffix(best, ".html"), ".htm")
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(best), func(r rune) bool { return r == '-' || r == '_' }) {
		if !strings.ContainsFunc(w, unicode.IsDigit) && len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

// slugCoverage returns the share of slug words found among the title's
// words.
func slugCoverage(slug []string, title string) float64 {
	words := map[string]bool{}
	for _, w := range metricToken.FindAllString(strings.ToLower(title), -1) {
		words[w] = true
	}
	found := 0
	for _, w := range slug {
		if words[w] {
			found++
		}
	}
	return float64(found) / float64(len(slug))
}

var urlDateRe = regexp.MustCompile(`/((?:19|20)\d\d)[/-]?(\d\d)[/-]?(\d\d)(?:/|[^\d])`)

func urlDate(raw string) (y, m, d int, ok bool) {
	sm := urlDateRe.FindStringSubmatch(raw)
	if sm == nil {
		return 0, 0, 0, false
	}
	fmt.Sscan(sm[1], &y)
	fmt.Sscan(sm[2], &m)
	fmt.Sscan(sm[3], &d)
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// sameURL compares two URLs ignoring scheme, "www.", query, fragment and a
// trailing slash.
func sameURL(a, b string) bool {
	key := func(s string) string {
		u, err := url.Parse(strings.TrimSpace(s))
		if err != nil {
			return s
		}
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimSuffix(u.Path, "/")
	}
	return key(a) == key(b)
}

// WriteExtractPredictions writes the run's texts as the benchmark's
// prediction file: {id: {"articleBody": text}}.
func WriteExtractPredictions(w io.Writer, rep *ExtractReport) error {
	out := make(map[string]map[string]string, len(rep.Results))
	for _, r := range rep.Results {
		out[r.Page.ID] = map[string]string{"articleBody": r.Extracted.Text}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func dateUTC(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// WCXBPage is one page of a WCXB split: the page's address and the true
// article text, title, author and publication date (each may be empty).
type WCXBPage struct {
	ID        string
	URL       string
	Text      string
	Title     string
	Author    string
	Published string
}

// IsWCXB reports whether dir holds a WCXB split (a ground-truth folder of
// one JSON file per page) rather than the article-extraction benchmark.
func IsWCXB(dir string) bool {
	fi, err := os.Stat(filepath.Join(dir, "ground-truth"))
	return err == nil && fi.IsDir()
}

// LoadWCXB reads the ground truth of a WCXB split in dir
// (ground-truth/<id>.json beside html/<id>.html.gz) and returns its pages
// sorted by id.
func LoadWCXB(dir string) ([]WCXBPage, error) {
	files, err := filepath.Glob(filepath.Join(dir, "ground-truth", "*.json"))
	if err != nil {
		return nil, fmt.Errorf("read wcxb: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("read wcxb: no ground-truth/*.json in %s", dir)
	}
	sort.Strings(files)
	pages := make([]WCXBPage, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read wcxb: %w", err)
		}
		var gt struct {
			URL         string `json:"url"`
			GroundTruth struct {
				MainContent string `json:"main_content"`
				Title       string `json:"title"`
				Author      any    `json:"author"`
				PublishDate string `json:"publish_date"`
			} `json:"ground_truth"`
		}
		if err := json.Unmarshal(b, &gt); err != nil {
			return nil, fmt.Errorf("read wcxb %s: %w", f, err)
		}
		g := gt.GroundTruth
		pages = append(pages, WCXBPage{
			ID:        strings.TrimSuffix(filepath.Base(f), ".json"),
			URL:       gt.URL,
			Text:      g.MainContent,
			Title:     strings.TrimSpace(g.Title),
			Author:    authorString(g.Author),
			Published: strings.TrimSpace(g.PublishDate),
		})
	}
	return pages, nil
}

// authorString reads an author given as a string or a list of strings.
func authorString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		var names []string
		for _, e := range x {
			if s, ok := e.(string); ok && strings.TrimSpace(s) != "" {
				names = append(names, strings.TrimSpace(s))
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// lowerWords returns the lower-cased \w+ tokens of s.
func lowerWords(s string) []string {
	return metricToken.FindAllString(strings.ToLower(s), -1)
}

// WordF1 is WCXB's text score of one page: the F1 of the multisets of
// lower-cased word tokens of the prediction and the truth. Two empty texts
// score 1, one empty text 0.
func WordF1(predicted, truth string) float64 {
	p, t := lowerWords(predicted), lowerWords(truth)
	if len(p) == 0 || len(t) == 0 {
		if len(p) == len(t) {
			return 1
		}
		return 0
	}
	counts := make(map[string]int, len(t))
	for _, w := range t {
		counts[w]++
	}
	common := 0
	for _, w := range p {
		if counts[w] > 0 {
			counts[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	prec, rec := float64(common)/float64(len(p)), float64(common)/float64(len(t))
	return 2 * prec * rec / (prec + rec)
}

// TitleMatch reports whether a predicted title is right: its words,
// lower-cased, equal the true title's or one holds the other's as a run.
func TitleMatch(predicted, truth string) bool {
	p, t := strings.Join(lowerWords(predicted), " "), strings.Join(lowerWords(truth), " ")
	if p == "" || t == "" {
		return false
	}
	p, t = " "+p+" ", " "+t+" "
	return strings.Contains(p, t) || strings.Contains(t, p)
}

// nameSplit cuts a list of names ("A, B and C") apart.
var nameSplit = regexp.MustCompile(`\s*(?:,|;|\||&|\band\b)\s*`)

// AuthorMatch reports whether a predicted author is right: the surname
// (last word) of some predicted name is a word of the true author string.
func AuthorMatch(predicted []string, truth string) bool {
	words := map[string]bool{}
	for _, w := range lowerWords(truth) {
		words[w] = true
	}
	for _, a := range predicted {
		for _, name := range nameSplit.Split(a, -1) {
			ws := lowerWords(name)
			if len(ws) > 0 && words[ws[len(ws)-1]] {
				return true
			}
		}
	}
	return false
}

// DateMatch reports whether a predicted date is right: its day, in the
// time zone it carries, is the first ten characters (YYYY-MM-DD) of the
// truth.
func DateMatch(predicted crosscheck.Date, truth string) bool {
	return !predicted.IsZero() && len(truth) >= 10 && predicted.Time.Format(time.DateOnly) == truth[:10]
}

// FieldScore counts, over the pages whose truth has a field, the pages an
// extractor got right, got wrong and left without a value.
type FieldScore struct {
	Pages   int `json:"pages"`
	Right   int `json:"right"`
	Wrong   int `json:"wrong"`
	Missing int `json:"missing"`
}

// Accuracy is the share of the pages got right.
func (s FieldScore) Accuracy() float64 {
	if s.Pages == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Pages)
}

func (s *FieldScore) add(truth string, given, right bool) {
	if truth == "" {
		return
	}
	s.Pages++
	switch {
	case right:
		s.Right++
	case given:
		s.Wrong++
	default:
		s.Missing++
	}
}

// WCXBResult is one page's outcome.
type WCXBResult struct {
	Page      WCXBPage
	Extracted Extracted
	// Err is the extractor's error; the page then scores as empty.
	Err    error
	TextF1 float64
	// TitleOK, AuthorOK and DateOK say whether each field is right.
	TitleOK, AuthorOK, DateOK bool
}

// WCXBReport is the outcome of a run over a WCXB split.
type WCXBReport struct {
	Pages  int
	Failed int
	// TextF1 is the mean WordF1 over the pages with a true text.
	TextF1  float64
	Title   FieldScore
	Author  FieldScore
	Date    FieldScore
	Results []WCXBResult
}

// RunWCXB runs fn on every page of the WCXB split in dir, at most workers
// at a time, and scores text, title, author and date. It stops early only
// when ctx ends or a page cannot be read.
func RunWCXB(ctx context.Context, dir string, workers int, fn Extractor) (*WCXBReport, error) {
	pages, err := LoadWCXB(dir)
	if err != nil {
		return nil, err
	}
	results := make([]WCXBResult, len(pages))
	ids := make([]string, len(pages))
	for i, p := range pages {
		ids[i] = p.ID
	}
	err = extractPages(ctx, dir, ids, workers, fn, func(i int, ex Extracted, err error) {
		p := pages[i]
		results[i] = WCXBResult{
			Page: p, Extracted: ex, Err: err,
			TextF1:   WordF1(ex.Text, p.Text),
			TitleOK:  TitleMatch(ex.Title, p.Title),
			AuthorOK: AuthorMatch(ex.Authors, p.Author),
			DateOK:   DateMatch(ex.Published, p.Published),
		}
	})
	if err != nil {
		return nil, err
	}
	rep := &WCXBReport{Pages: len(results), Results: results}
	sum, texts := 0.0, 0
	for _, r := range results {
		if r.Err != nil {
			rep.Failed++
		}
		if strings.TrimSpace(r.Page.Text) != "" {
			sum += r.TextF1
			texts++
		}
		ex := r.Extracted
		rep.Title.add(r.Page.Title, ex.Title != "", r.TitleOK)
		rep.Author.add(r.Page.Author, len(ex.Authors) > 0, r.AuthorOK)
		rep.Date.add(r.Page.Published, !ex.Published.IsZero(), r.DateOK)
	}
	if texts > 0 {
		rep.TextF1 = sum / float64(texts)
	}
	return rep, nil
}

// extractPages runs fn on the page of each of ids in dir, at most workers
// at a time, and hands each outcome to keep with the page's index; a page
// whose extraction failed comes with an empty Extracted and the error.
// keep may write to the index's slot without locking. It stops early only
// when ctx ends or a page cannot be read.
func extractPages(ctx context.Context, dir string, ids []string, workers int, fn Extractor, keep func(i int, ex Extracted, err error)) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(workers, 1))
	for i, id := range ids {
		g.Go(func() error {
			raw, err := ReadExtractHTML(dir, id)
			if err != nil {
				return err
			}
			ex, err := fn(gctx, id, raw)
			if gctx.Err() != nil {
				return gctx.Err()
			}
			if err != nil {
				ex = Extracted{}
			}
			keep(i, ex, err)
			return nil
		})
	}
	return g.Wait()
}
