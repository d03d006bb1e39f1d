package sqlite

import (
	"context"
	"database/sql"
	"encoding/base64"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck"
)

// Limits of a search.
const (
	defaultHits  = 20
	maxHits      = 100
	maxTerms     = 16
	maxTermBytes = 64
	maxOffset    = 10000
	// snippetTokens is how many words a snippet holds around the match.
	snippetTokens = 24
)

// The characters snippet() puts around a match. They are in Unicode's
// private use area, so that a report's text hardly ever holds them; if it
// does, parseSnippet drops them, and they can only shift the highlight of
// that report's own snippet.
const (
	markOpen  = '\uE000'
	markClose = '\uE001'
)

// ftsTerms turns what a user typed into FTS5 terms, each word quoted so
// that no FTS5 syntax (operators, columns, parentheses, prefixes) passes
// through. Words are split as the index's unicode61 tokenizer splits them.
// A query of the terms joined by spaces matches what holds every word.
func ftsTerms(text string) []string {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mn, r)
	})
	var terms []string
	seen := map[string]bool{}
	for _, w := range words {
		for len(w) > maxTermBytes {
			_, size := utf8.DecodeLastRuneInString(w)
			w = w[:len(w)-size]
		}
		if seen[strings.ToLower(w)] {
			continue
		}
		seen[strings.ToLower(w)] = true
		terms = append(terms, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
		if len(terms) == maxTerms {
			break
		}
	}
	return terms
}

// parseSnippet splits text marked by snippet() into parts, matches
// flagged; the markers never reach the parts.
func parseSnippet(text string) []crosscheck.SnippetPart {
	var parts []crosscheck.SnippetPart
	var b strings.Builder
	match := false
	flush := func() {
		if b.Len() == 0 {
			return
		}
		if n := len(parts); n > 0 && parts[n-1].Match == match {
			parts[n-1].Text += b.String()
		} else {
			parts = append(parts, crosscheck.SnippetPart{Text: b.String(), Match: match})
		}
		b.Reset()
	}
	for _, r := range text {
		switch r {
		case markOpen:
			flush()
			match = true
		case markClose:
			flush()
			match = false
		default:
			b.WriteRune(r)
		}
	}
	flush()
	return parts
}

// searchCursor is the offset of the next page, sent as opaque text.
func searchCursor(off int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("q1|" + strconv.Itoa(off)))
}

func parseSearchCursor(s string) (int, bool) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return 0, false
	}
	num, ok := strings.CutPrefix(string(b), "q1|")
	if !ok {
		return 0, false
	}
	off, err := strconv.Atoi(num)
	if err != nil || off < 0 || off > maxOffset {
		return 0, false
	}
	return off, true
}

// commonDocs is how many documents of an index a word must be in for a
// search holding it to skip BM25. BM25 weighs a word by the documents
// holding it and counts them all, one by one, at every search: 100 ms
// for a word of every report in a store of 100,000.
const commonDocs = 2000

// maxCommonTerms bounds the memory of the words found common.
const maxCommonTerms = 10000

// commonTerms remembers the words found common in an index, by index and
// word. A store mostly grows, so a word found common seldom stops being
// so; if it does, its matches keep coming latest first until the process
// restarts or forgets it.
type commonTerms struct {
	mu sync.Mutex
	m  map[string]bool
}

func (c *commonTerms) has(key string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func (c *commonTerms) add(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxCommonTerms {
		c.m = map[string]bool{}
	}
	c.m[key] = true
}

// anyCommon reports whether a term is in more than s.common documents of
// the FTS5 index table. Each term costs at most s.common steps the first
// time it is found common, none after.
func (s *DB) anyCommon(ctx context.Context, q querier, table string, terms []string) (bool, error) {
	for _, t := range terms {
		if s.commonTerms.has(table + "\x00" + t) {
			return true, nil
		}
	}
	for _, t := range terms {
		var n int
		err := q.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT rowid FROM "+table+" WHERE "+table+" MATCH ? ORDER BY rowid DESC LIMIT ?)",
			t, s.common+1).Scan(&n)
		if err != nil {
			return false, err
		}
		if n > s.common {
			s.commonTerms.add(table + "\x00" + t)
			return true, nil
		}
	}
	return false, nil
}

// hitRef is a match found before its snippet is made.
type hitRef struct {
	article bool
	rowid   int64
}

// Search implements crosscheck.Store. A hit must hold every word of
// q.Text. Hits are ranked by BM25, an article's title counting twice its
// text, unless the query holds a word common in the store (in more than
// 2,000 reports, or quotes and facts): then the matches of that index come
// the latest stored first, after the ranked ones of the other, since ranking
// thousands of matches costs more than a page may take and tells little.
// The cursor is an offset, at most 10,000 deep.
func (s *DB) Search(ctx context.Context, q crosscheck.SearchQuery) ([]crosscheck.SearchHit, string, error) {
	const op = "search"
	terms := ftsTerms(q.Text)
	match := strings.Join(terms, " ")
	if match == "" {
		return nil, "", crosscheck.Errorf(crosscheck.Invalid, op, q.Text, "the query holds no word to search for")
	}
	off := 0
	if q.Cursor != "" {
		var ok bool
		if off, ok = parseSearchCursor(q.Cursor); !ok {
			return nil, "", crosscheck.Errorf(crosscheck.Invalid, op, q.Cursor, "bad cursor")
		}
	}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultHits
	}
	limit = min(limit, maxHits)
	// Rank first, then make snippets for the page only: snippet() reads
	// and tokenizes the text of each row it is asked for.
	var hits []crosscheck.SearchHit
	next := ""
	err := s.read(ctx, func(tx *sql.Tx) error {
		var parts []string
		var recent [2]bool
		for i, idx := range []struct{ table, score string }{{"article_fts", "bm25(article_fts, 2.0, 1.0)"}, {"passage_fts", "bm25(passage_fts)"}} {
			common, err := s.anyCommon(ctx, tx, idx.table, terms)
			if err != nil {
				return err
			}
			recent[i] = common
			if common {
				parts = append(parts, fmt.Sprintf("SELECT * FROM (SELECT %d AS kind, rowid AS ref, 0.0 AS score FROM %s WHERE %[2]s MATCH ?1 ORDER BY rowid DESC LIMIT ?4)", i+1, idx.table))
			} else {
				parts = append(parts, fmt.Sprintf("SELECT %d AS kind, rowid AS ref, %s AS score FROM %s WHERE %[3]s MATCH ?1", i+1, idx.score, idx.table))
			}
		}
		rows, err := tx.QueryContext(ctx, "SELECT kind, ref FROM ("+strings.Join(parts, " UNION ALL ")+
			") ORDER BY score, kind, ref DESC LIMIT ?2 OFFSET ?3", match, limit+1, off, off+limit+1)
		if err != nil {
			return err
		}
		var refs []hitRef
		for rows.Next() {
			var kind int
			var r hitRef
			if err := rows.Scan(&kind, &r.rowid); err != nil {
				rows.Close()
				return err
			}
			r.article = kind == 1
			refs = append(refs, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(refs) > limit {
			refs = refs[:limit]
			if off+limit <= maxOffset {
				next = searchCursor(off + limit)
			}
		}
		hits, err = snippets(ctx, tx, match, refs, recent)
		return err
	})
	if err != nil {
		return nil, "", wrap(ctx, op, q.Text, err)
	}
	return hits, next, nil
}

// snippets reads the matches refs with their snippets, in the order of
// refs: one query for the articles and one for the passages. Each row a
// query names by rowid makes FTS5 seek the doclist of every word again,
// which costs much for a common word; but the matches of an index
// listed latest first (recent) are consecutive, so a query for the range
// of their rowids reads each doclist once.
func snippets(ctx context.Context, q querier, match string, refs []hitRef, recent [2]bool) ([]crosscheck.SearchHit, error) {
	var ids [2][]int64
	for _, r := range refs {
		if r.article {
			ids[0] = append(ids[0], r.rowid)
		} else {
			ids[1] = append(ids[1], r.rowid)
		}
	}
	queries := [2]string{
		`SELECT article_fts.rowid, 'article', v.id, coalesce(a.story, ''), v.title, snippet(article_fts, -1, ?, ?, '…', ?)
			FROM article_fts JOIN article_versions v ON v.seq = article_fts.rowid JOIN articles a ON a.id = v.id
			WHERE article_fts MATCH ? AND `,
		`SELECT passage_fts.rowid, p.kind, '', p.story, p.title, snippet(passage_fts, 0, ?, ?, '…', ?)
			FROM passage_fts JOIN passages p ON p.id = passage_fts.rowid
			WHERE passage_fts MATCH ? AND `,
	}
	tables := [2]string{"article_fts", "passage_fts"}
	found := map[hitRef]crosscheck.SearchHit{}
	for i, rowids := range ids {
		if len(rowids) == 0 {
			continue
		}
		args := []any{string(markOpen), string(markClose), snippetTokens, match}
		query := queries[i]
		if recent[i] {
			query += tables[i] + ".rowid BETWEEN ? AND ?"
			args = append(args, slices.Min(rowids), slices.Max(rowids))
		} else {
			query += tables[i] + ".rowid IN (" + placeholders(len(rowids)) + ")"
			for _, id := range rowids {
				args = append(args, id)
			}
		}
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var h crosscheck.SearchHit
			var rowid int64
			var kind, snip string
			if err := rows.Scan(&rowid, &kind, &h.Article, &h.Story, &h.Title, &snip); err != nil {
				rows.Close()
				return nil, err
			}
			h.Kind = crosscheck.SearchHitKind(kind)
			h.Snippet = parseSnippet(snip)
			found[hitRef{article: i == 0, rowid: rowid}] = h
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	hits := make([]crosscheck.SearchHit, 0, len(refs))
	for _, r := range refs {
		h, ok := found[r]
		if !ok {
			return nil, fmt.Errorf("search hit %v vanished", r)
		}
		h.Title = strings.Map(dropMarks, h.Title)
		hits = append(hits, h)
	}
	return hits, nil
}

func dropMarks(r rune) rune {
	if r == markOpen || r == markClose {
		return -1
	}
	return r
}
