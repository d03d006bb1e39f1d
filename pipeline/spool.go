package pipeline

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"crosscheck"
)

// spool is a temporary file of articles, written one after another and
// read back by place, so that a run holds its articles' texts on disk
// rather than in memory. The file is removed when the spool closes, and
// where the system allows at once, so that a run that dies leaves none.
type spool struct {
	f    *os.File
	w    *bufio.Writer
	path string
	size int64
	buf  []byte
}

// place is where an article is in a spool.
type place struct {
	off int64
	n   int32
}

// newSpool opens an empty spool in dir, or the system's temporary
// directory when dir is "".
func newSpool(dir string) (*spool, error) {
	f, err := os.CreateTemp(dir, "crosscheck-spool-*")
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	s := &spool{f: f, w: bufio.NewWriterSize(f, 1<<16), path: f.Name()}
	if os.Remove(s.path) == nil {
		s.path = ""
	}
	return s, nil
}

// put appends a and returns its place.
func (s *spool) put(a *crosscheck.Article) (place, error) {
	b := s.buf[:0]
	for _, f := range []string{a.ID, a.File, a.Record, a.Title, a.Outlet, a.Dateline, a.URL, a.Language, a.Text} {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	b = binary.AppendVarint(b, int64(a.Part))
	// Authors keeps nil apart from empty: the two are written apart.
	if a.Authors == nil {
		b = binary.AppendUvarint(b, 0)
	} else {
		b = binary.AppendUvarint(b, uint64(len(a.Authors))+1)
		for _, au := range a.Authors {
			b = binary.AppendUvarint(b, uint64(len(au)))
			b = append(b, au...)
		}
	}
	t, err := a.Published.Time.MarshalBinary()
	if err != nil {
		return place{}, fmt.Errorf("spool: %w", err)
	}
	b = binary.AppendUvarint(b, uint64(len(t)))
	b = append(b, t...)
	if a.Published.DayOnly {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	s.buf = b
	if len(b) > 1<<31-1 {
		return place{}, errors.New("spool: article too large")
	}
	p := place{off: s.size, n: int32(len(b))}
	if _, err := s.w.Write(b); err != nil {
		return place{}, fmt.Errorf("spool: %w", err)
	}
	s.size += int64(len(b))
	return p, nil
}

// flush ends the writing: get may be called, from any goroutine, once it
// returns.
func (s *spool) flush() error {
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}

// get reads back the article at p. Its strings share one allocation.
func (s *spool) get(p place) (crosscheck.Article, error) {
	raw := make([]byte, p.n)
	// ReadAt may give io.EOF with the last record whole.
	if n, err := s.f.ReadAt(raw, p.off); n < len(raw) {
		if err == nil || errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return crosscheck.Article{}, fmt.Errorf("spool: %w", err)
	}
	d := decoder{all: string(raw)}
	var a crosscheck.Article
	for _, f := range []*string{&a.ID, &a.File, &a.Record, &a.Title, &a.Outlet, &a.Dateline, &a.URL, &a.Language, &a.Text} {
		*f = d.str()
	}
	a.Part = int(d.varint())
	if n := d.uvarint(); n > 0 {
		a.Authors = make([]string, n-1)
		for i := range a.Authors {
			a.Authors[i] = d.str()
		}
	}
	var t time.Time
	if err := t.UnmarshalBinary([]byte(d.str())); err != nil {
		return crosscheck.Article{}, fmt.Errorf("spool: %w", err)
	}
	a.Published = crosscheck.Date{Time: t, DayOnly: d.str1() == 1}
	if d.bad {
		return crosscheck.Article{}, errors.New("spool: corrupt record")
	}
	return a, nil
}

// close closes and removes the spool's file.
func (s *spool) close() error {
	err := s.f.Close()
	if s.path != "" {
		if rerr := os.Remove(s.path); err == nil {
			err = rerr
		}
	}
	return err
}

// decoder reads the fields of a spooled article.
type decoder struct {
	all string
	at  int
	bad bool
}

func (d *decoder) uvarint() uint64 {
	var v uint64
	for shift := 0; d.at < len(d.all) && shift < 64; shift += 7 {
		c := d.all[d.at]
		d.at++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	d.bad = true
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

func (d *decoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.all)-d.at) {
		d.bad = true
		return ""
	}
	s := d.all[d.at : d.at+int(n)]
	d.at += int(n)
	return s
}

func (d *decoder) str1() byte {
	if d.at >= len(d.all) {
		d.bad = true
		return 0
	}
	d.at++
	return d.all[d.at-1]
}
