package sqlite

import (
	"context"
	"database/sql"
	"encoding/base64"
	"strconv"
	"strings"
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

// ftsQuery turns what a user typed into an FTS5 query that matches the
// documents holding every word, each word quoted so that no FTS5 syntax
// (operators, columns, parentheses, prefixes) passes through. Words are
// split as the index's unicode61 tokenizer splits them. It returns "" if
// the text holds no word.
func ftsQuery(text string) string {
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
	return strings.Join(terms, " ")
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

// hitRef is a match found before its snippet is made.
type hitRef struct {
	article bool
	rowid   int64
}

// Search implements crosscheck.Store. A hit must hold every word of
// q.Text; hits are ranked by BM25, an article's title counting twice its
// text. The cursor is an offset, at most 10,000 deep.
func (s *DB) Search(ctx context.Context, q crosscheck.SearchQuery) ([]crosscheck.SearchHit, string, error) {
	const op = "search"
	match := ftsQuery(q.Text)
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
		rows, err := tx.QueryContext(ctx, `SELECT kind, ref FROM (
				SELECT 1 AS kind, rowid AS ref, bm25(article_fts, 2.0, 1.0) AS score FROM article_fts WHERE article_fts MATCH ?1
				UNION ALL
				SELECT 2, rowid, bm25(passage_fts) FROM passage_fts WHERE passage_fts MATCH ?1
			) ORDER BY score, kind, ref LIMIT ?2 OFFSET ?3`, match, limit+1, off)
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
		hits = make([]crosscheck.SearchHit, 0, len(refs))
		for _, r := range refs {
			h, err := hit(ctx, tx, match, r)
			if err != nil {
				return err
			}
			hits = append(hits, h)
		}
		return nil
	})
	if err != nil {
		return nil, "", wrap(ctx, op, q.Text, err)
	}
	return hits, next, nil
}

// hit reads the match r with its snippet.
func hit(ctx context.Context, q querier, match string, r hitRef) (crosscheck.SearchHit, error) {
	var h crosscheck.SearchHit
	var snip, kind string
	var err error
	if r.article {
		h.Kind = crosscheck.ArticleHit
		err = q.QueryRowContext(ctx, `SELECT v.id, coalesce(a.story, ''), v.title,
				snippet(article_fts, -1, ?1, ?2, '…', ?3)
			FROM article_fts JOIN article_versions v ON v.seq = article_fts.rowid JOIN articles a ON a.id = v.id
			WHERE article_fts MATCH ?4 AND article_fts.rowid = ?5`,
			string(markOpen), string(markClose), snippetTokens, match, r.rowid).Scan(&h.Article, &h.Story, &h.Title, &snip)
	} else {
		err = q.QueryRowContext(ctx, `SELECT p.kind, p.story, p.title, snippet(passage_fts, 0, ?1, ?2, '…', ?3)
			FROM passage_fts JOIN passages p ON p.id = passage_fts.rowid
			WHERE passage_fts MATCH ?4 AND passage_fts.rowid = ?5`,
			string(markOpen), string(markClose), snippetTokens, match, r.rowid).Scan(&kind, &h.Story, &h.Title, &snip)
		h.Kind = crosscheck.SearchHitKind(kind)
	}
	if err != nil {
		return h, err
	}
	h.Title = strings.Map(dropMarks, h.Title)
	h.Snippet = parseSnippet(snip)
	return h, nil
}

func dropMarks(r rune) rune {
	if r == markOpen || r == markClose {
		return -1
	}
	return r
}
