package crosscheck

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strconv"
	"strings"
)

// ArticleID returns the stable id of the part-th article (counting from 1)
// of the record recordID in source. source is the URL the report came from
// when it has one, else the path of the input as it was named; recordID is
// the record's own id inside a JSON file, feed or WARC, or "" for a plain
// file. Two articles get the same id only when all three agree, so reports
// from two folders that both hold story.txt, or two JSONL files that both
// number their records from 1, never replace one another.
//
// The id is "a" followed by 16 hex digits of a SHA-256 of its parts: short
// enough to show, long enough that a newsroom's lifetime of reports does
// not collide.
func ArticleID(source, recordID string, part int) string {
	if !strings.Contains(source, "://") {
		source = filepath.ToSlash(filepath.Clean(source))
	}
	h := sha256.New()
	h.Write([]byte(source))
	h.Write([]byte{0})
	h.Write([]byte(recordID))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(part)))
	return "a" + hex.EncodeToString(h.Sum(nil))[:16]
}

// StoryID returns the id a story takes when it opens with the article
// first. It never changes afterwards: a story that absorbs another in a
// merge keeps its own id.
func StoryID(first string) string {
	sum := sha256.Sum256([]byte("story\x00" + first))
	return "s" + hex.EncodeToString(sum[:])[:12]
}

// ContentHash returns the hash of what an article says: its title, outlet,
// authors, date, URL and text. A report added again with the same hash is
// the same report; a changed hash under the same id is a new version.
func ContentHash(a *Article) string {
	h := sha256.New()
	for _, s := range []string{a.Title, a.Outlet, strings.Join(a.Authors, "\x1f"), a.Published.String(), a.Dateline, a.URL, a.Language, a.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
