package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"time"

	"github.com/mmcdole/gofeed"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// readFeed reads an RSS, Atom or JSON Feed: one Document per item, its
// text the item's full content where the feed carries it and its summary
// otherwise, its outlet the feed's title.
//
// Item content is an HTML fragment that already is the article body, so it
// is turned into text here rather than passed to page extraction.
func readFeed(ctx context.Context, name string, data []byte, emit emitFunc, report func(error)) error {
	feed, err := parseFeed(data)
	if err != nil {
		return crosscheck.Errorf(crosscheck.Invalid, "", name, "malformed feed: %w", err)
	}
	outlet := tidy(fragmentText(feed.Title))
	for i, item := range feed.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		if item == nil {
			continue
		}
		doc := crosscheck.Document{
			Source:   name,
			Format:   crosscheck.FormatText,
			ID:       textproc.Normalize(item.GUID),
			Title:    fragmentText(item.Title),
			Body:     fragmentText(item.Content),
			URL:      textproc.Normalize(item.Link),
			Outlet:   outlet,
			Language: textproc.Normalize(feed.Language),
		}
		if doc.Body == "" {
			doc.Body = fragmentText(item.Description)
		}
		if doc.Body == "" && doc.Title == "" {
			report(crosscheck.Errorf(crosscheck.Invalid, "", name, "item %d has neither text nor title", i+1))
			continue
		}
		if err := notText(name, fmt.Sprintf("item %d: ", i+1), doc); err != nil {
			report(err)
			continue
		}
		if doc.ID == "" {
			doc.ID = doc.URL
		}
		if doc.ID == "" {
			doc.ID = fmt.Sprintf("%s#%d", filepath.Base(name), i+1)
		}
		for _, p := range item.Authors {
			if p != nil && p.Name != "" {
				doc.Authors = append(doc.Authors, tidy(p.Name))
			}
		}
		doc.Published = feedDate(item.PublishedParsed, item.UpdatedParsed)
		if err := emit(doc); err != nil {
			return err
		}
	}
	return nil
}

// feedDate returns the first known of an item's times.
func feedDate(times ...*time.Time) crosscheck.Date {
	for _, t := range times {
		if t != nil && !t.IsZero() {
			return crosscheck.Date{Time: *t}
		}
	}
	return crosscheck.Date{}
}

// parseFeed parses a feed, turning a panic of the parser on hostile input
// (it has one on null JSON Feed items) into an error.
func parseFeed(data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

// Feed reads data, the body fetched from the feed named name, as an RSS,
// Atom or JSON Feed, as Walk reads a feed file: emit receives a Document
// per item, report the items that cannot be read. Content that is no feed
// (a web page, plain text, other JSON) is refused with an Invalid error
// naming the feed, as is a feed that does not parse.
func Feed(ctx context.Context, name string, data []byte, emit func(crosscheck.Document) error, report func(crosscheck.InputError)) error {
	data = fromUTF16(data)
	if len(bytes.TrimSpace(data)) == 0 {
		return crosscheck.Errorf(crosscheck.Empty, "", name, "no content")
	}
	if why := binary(data); why != "" {
		return crosscheck.Errorf(crosscheck.Binary, "", name, "%s", why)
	}
	if !isFeedData(data) {
		return crosscheck.Errorf(crosscheck.Invalid, "", name, "not an RSS, Atom or JSON feed")
	}
	return readFeed(ctx, name, data, emit, func(err error) { report(InputError(name, err)) })
}

// isFeedData reports whether data looks like a feed: XML whose root is a
// feed's, or a JSON object that says it is a JSON Feed.
func isFeedData(data []byte) bool {
	switch sniff(data, "") {
	case kindFeed:
		return true
	case kindJSON:
		var obj map[string]any
		if json.Unmarshal([]byte(decodeText(data)), &obj) != nil {
			// Malformed JSON that names the JSON Feed version is a broken
			// feed, which the parser names.
			return bytes.Contains(data, []byte("jsonfeed.org/version"))
		}
		return isJSONFeed(obj)
	}
	return false
}
