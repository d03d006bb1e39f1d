package extract

import (
	"errors"
	"net/url"

	"crosscheck"

	"github.com/go-shiori/go-readability"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// engine finds the main text of a parsed page. It must not change the page.
type engine interface {
	extract(root *html.Node, pageURL string) (extraction, error)
}

// extraction is an engine's reading of a page: the main text as paragraphs
// and whatever metadata the engine found, which serves as a fallback.
type extraction struct {
	paragraphs []string
	meta       meta
}

// trafilaturaEngine extracts with go-trafilatura, favouring recall (tidy
// and merge take out what it lets through) and without its own fallback
// extractors, which scored lower on the article-extraction benchmark than
// merge does. Its date search is off: dates come from readMeta.
type trafilaturaEngine struct{}

func (trafilaturaEngine) extract(root *html.Node, pageURL string) (extraction, error) {
	opts := trafilatura.Options{
		Focus:           trafilatura.FavorRecall,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	r, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		return extraction{}, err
	}
	m := meta{
		Title:    r.Metadata.Title,
		Outlet:   r.Metadata.Sitename,
		URL:      r.Metadata.URL,
		Language: language(r.Metadata.Language),
	}
	if r.Metadata.Author != "" {
		m.Authors = appendAuthors(nil, r.Metadata.Author)
	}
	if !r.Metadata.Date.IsZero() && plausibleYear(r.Metadata.Date) {
		m.Published = crosscheck.Date{Time: r.Metadata.Date.UTC()}
	}
	return extraction{paragraphs: paragraphs(r.ContentNode), meta: m}, nil
}

// readabilityEngine extracts with go-readability, a port of Mozilla's
// Readability.
type readabilityEngine struct{}

func (readabilityEngine) extract(root *html.Node, pageURL string) (extraction, error) {
	u, _ := url.Parse(pageURL)
	p := readability.NewParser()
	art, err := p.ParseDocument(root, u)
	if err != nil {
		return extraction{}, err
	}
	if art.Node == nil {
		return extraction{}, errors.New("readability found no article")
	}
	return extraction{paragraphs: paragraphs(art.Node)}, nil
}
