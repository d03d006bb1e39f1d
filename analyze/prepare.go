package analyze

import (
	"context"
	"encoding/json"
	"fmt"

	"crosscheck"
	"crosscheck/analyze/provenance"
	"crosscheck/analyze/quotes"
)

// PreparedVersion is the version of the encoding of Prepared. It changes
// whenever Prepare would compute something else for the same article, so
// that analyses stored by an older version are computed again rather than
// misread.
const PreparedVersion = 2

// Prepared is the analysis of one article on its own, computed once per
// article content (Prepare) and combined with the others of its story
// (StoryPrepared). It is what a Store keeps under the article's content
// hash (Encode, DecodePrepared).
type Prepared struct {
	// Version is PreparedVersion when made.
	Version int `json:"v"`
	// Text is the part of the article's text within the limits of the
	// analysis when it had to be cut (Cut is set); "" when the whole text
	// is, so that the analysis is stored without a copy of the text.
	Text string `json:"text,omitempty"`
	// Cut says why Text is only a part of the article's; "" when whole.
	Cut string `json:"cut,omitempty"`
	// Limits are the limits Text was cut to.
	Limits Limits `json:"limits"`
	// Provenance holds the shingles of Text's sentences.
	Provenance provenance.Article `json:"provenance"`
	// Quotes holds Text's quotations and names.
	Quotes quotes.Article `json:"quotes"`
}

// Prepare analyses one article on its own, within o's limits. It returns
// ctx's error when ctx ends first (the report's budget, say).
func Prepare(ctx context.Context, a crosscheck.Article, o Options) (*Prepared, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	limits := o.Limits.orDefault()
	text, cut := bound(a.Text, limits)
	p := &Prepared{Version: PreparedVersion, Cut: cut, Limits: limits}
	if cut != "" {
		p.Text = text
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p.Provenance = provenance.Prepare(text)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p.Quotes = quotes.Prepare(text)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// Encode returns p's stored form.
func (p *Prepared) Encode() ([]byte, error) {
	return json.Marshal(p)
}

// DecodePrepared reads a Prepared from its stored form. Data of another
// version fails with an error of kind Invalid: the caller prepares the
// article again.
func DecodePrepared(data []byte) (*Prepared, error) {
	var v struct {
		Version int `json:"v"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, &crosscheck.Error{Op: "decode analysis", Kind: crosscheck.Invalid, Err: err}
	}
	if v.Version != PreparedVersion {
		return nil, &crosscheck.Error{Op: "decode analysis", Kind: crosscheck.Invalid,
			Err: fmt.Errorf("analysis version %d, want %d", v.Version, PreparedVersion)}
	}
	p := &Prepared{}
	if err := json.Unmarshal(data, p); err != nil {
		return nil, &crosscheck.Error{Op: "decode analysis", Kind: crosscheck.Invalid, Err: err}
	}
	return p, nil
}
