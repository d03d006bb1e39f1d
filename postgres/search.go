package postgres

import (
	"context"
	"strconv"
	"strings"

	"crosscheck"
)

// The marks ts_headline puts around a match; text is cleared of them
// first, so that they split a headline only where PostgreSQL put them.
const (
	startMark = "\x02"
	stopMark  = "\x03"
)

// Search implements crosscheck.Store with PostgreSQL's full-text search:
// q is read as websearch_to_tsquery reads a search box (words, "phrases",
// or, -word), so no query is a syntax error. Hits are ranked by ts_rank;
// the cursor is an offset.
func (db *DB) Search(ctx context.Context, q crosscheck.SearchQuery) ([]crosscheck.SearchHit, string, error) {
	const op = "search"
	if err := ctx.Err(); err != nil {
		return nil, "", wrap(op, err)
	}
	if strings.TrimSpace(q.Text) == "" {
		return nil, "", crosscheck.Errorf(crosscheck.Invalid, op, "", "empty query")
	}
	off := 0
	if q.Cursor != "" {
		n, err := strconv.Atoi(q.Cursor)
		if err != nil || n < 0 {
			return nil, "", crosscheck.Errorf(crosscheck.Invalid, op, q.Cursor, "bad cursor")
		}
		off = n
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	// Ranking runs over every match; the headline, the costly part, only
	// over the page.
	rows, err := db.pool.Query(ctx, `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
		hits AS (
			SELECT 'article' AS kind, a.id AS article, coalesce(gn.target, a.story) AS story,
				coalesce(a.data->>'title', '') AS title,
				coalesce(a.data->>'title', '') || E'\n' || coalesce(a.data->>'text', '') AS body,
				ts_rank(a.tsv, q.query) AS rank, 0 AS ord
			FROM articles a CROSS JOIN q LEFT JOIN gone gn ON gn.id = a.story
			WHERE a.tsv @@ q.query
			UNION ALL
			SELECT p.kind, '', p.story, p.title, p.body, ts_rank(p.tsv, q.query), p.ord
			FROM passages p CROSS JOIN q
			WHERE p.tsv @@ q.query
			ORDER BY rank DESC, kind, article, story, ord
			LIMIT $2 OFFSET $3)
		SELECT h.kind, h.article, h.story, h.title,
			ts_headline('english', translate(left(h.body, 100000), $4, ''), q.query,
				'StartSel=' || $5 || ', StopSel=' || $6 || ', MaxWords=30, MinWords=12, MaxFragments=1')
		FROM hits h CROSS JOIN q
		ORDER BY h.rank DESC, h.kind, h.article, h.story, h.ord`,
		q.Text, limit+1, off, startMark+stopMark, startMark, stopMark)
	if err != nil {
		return nil, "", wrap(op, err)
	}
	defer rows.Close()
	var hits []crosscheck.SearchHit
	for rows.Next() {
		var h crosscheck.SearchHit
		var kind, headline string
		if err := rows.Scan(&kind, &h.Article, &h.Story, &h.Title, &headline); err != nil {
			return nil, "", wrap(op, err)
		}
		h.Kind = crosscheck.SearchHitKind(kind)
		h.Snippet = snippet(headline)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, "", wrap(op, err)
	}
	next := ""
	if len(hits) > limit {
		hits = hits[:limit]
		next = strconv.Itoa(off + limit)
	}
	return hits, next, nil
}

// snippet splits a headline at its marks into plain and matching parts.
func snippet(headline string) []crosscheck.SnippetPart {
	var parts []crosscheck.SnippetPart
	add := func(text string, match bool) {
		if text == "" {
			return
		}
		if n := len(parts); n > 0 && parts[n-1].Match == match {
			parts[n-1].Text += text
			return
		}
		parts = append(parts, crosscheck.SnippetPart{Text: text, Match: match})
	}
	for headline != "" {
		i := strings.Index(headline, startMark)
		if i < 0 {
			add(headline, false)
			break
		}
		add(headline[:i], false)
		headline = headline[i+len(startMark):]
		j := strings.Index(headline, stopMark)
		if j < 0 {
			add(headline, true)
			break
		}
		add(headline[:j], true)
		headline = headline[j+len(stopMark):]
	}
	return parts
}
