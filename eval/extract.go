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
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(workers, 1))
	for i, p := range pages {
		g.Go(func() error {
			raw, err := ReadExtractHTML(dir, p.ID)
			if err != nil {
				return err
			}
			ex, err := fn(gctx, p.ID, raw)
			if gctx.Err() != nil {
				return gctx.Err()
			}
			results[i] = ExtractResult{Page: p, Extracted: ex, Err: err}
			if err != nil {
				results[i].Extracted = Extracted{}
			}
			results[i].Counts = CompareExtraction(results[i].Extracted.Text, p.Truth)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
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
