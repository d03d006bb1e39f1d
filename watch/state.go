package watch

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"crosscheck"
)

// stateVersion is the version of the state file's layout.
const stateVersion = 1

// state is what the watcher remembers between runs, as its state file
// holds it.
type state struct {
	Version int                   `json:"version"`
	Feeds   map[string]*feedState `json:"feeds"`
}

// feedState is what the watcher remembers of one feed.
type feedState struct {
	// ETag and LastModified are the validators of the last full response,
	// sent back so that an unchanged feed answers 304.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// Next is when the feed is due again.
	Next time.Time `json:"next"`
	// Failures counts the polls that failed in a row; each doubles the
	// wait, up to Options.MaxBackoff.
	Failures  int    `json:"failures,omitempty"`
	LastError string `json:"last_error,omitempty"`
	// Seen holds the items already added, by item id, with a hash of what
	// they said, so that an item is added once and again only if it
	// changes.
	Seen map[string]seenItem `json:"seen,omitempty"`
}

type seenItem struct {
	Hash string    `json:"hash"`
	At   time.Time `json:"at"`
}

func (s *feedState) clone() *feedState {
	c := *s
	c.Seen = make(map[string]seenItem, len(s.Seen))
	for k, v := range s.Seen {
		c.Seen[k] = v
	}
	return &c
}

// prune keeps the max items seen last.
func (s *feedState) prune(max int) {
	if len(s.Seen) <= max {
		return
	}
	keys := make([]string, 0, len(s.Seen))
	for k := range s.Seen {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := s.Seen[keys[i]], s.Seen[keys[j]]
		if !a.At.Equal(b.At) {
			return a.At.After(b.At)
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[max:] {
		delete(s.Seen, k)
	}
}

// loadState reads the state file at path; a missing file is an empty
// state. A file that does not parse is refused rather than overwritten,
// since it would forget every item seen.
func loadState(path string) (*state, error) {
	st := &state{Version: stateVersion, Feeds: map[string]*feedState{}}
	if path == "" {
		return st, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return nil, crosscheck.Errorf(crosscheck.Other, "read watch state", path, "%w", err)
	}
	if err := json.Unmarshal(data, st); err != nil {
		return nil, crosscheck.Errorf(crosscheck.Invalid, "read watch state", path, "malformed state file (move it away to start afresh): %v", err)
	}
	if st.Version != stateVersion {
		return nil, crosscheck.Errorf(crosscheck.Unsupported, "read watch state", path, "state file version %d, this crosscheck reads version %d", st.Version, stateVersion)
	}
	if st.Feeds == nil {
		st.Feeds = map[string]*feedState{}
	}
	for u, f := range st.Feeds {
		if f == nil {
			delete(st.Feeds, u)
		}
	}
	return st, nil
}

// save writes the state to path atomically: a temporary file in the same
// directory, synced, then renamed over the old one, so that a crash leaves
// either the old state or the new.
func (s *state) save(path string) (err error) {
	if path == "" {
		return nil
	}
	data, err := json.MarshalIndent(s, "", "\t")
	if err != nil {
		return crosscheck.Errorf(crosscheck.Internal, "write watch state", path, "%w", err)
	}
	fail := func(err error) error {
		return crosscheck.Errorf(crosscheck.Other, "write watch state", path, "%w", err)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fail(err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fail(err)
	}
	if d, err := os.Open(dir); err == nil {
		// The rename lasts once the directory is synced; a system that
		// cannot sync a directory still has the file written.
		d.Sync()
		d.Close()
	}
	return nil
}
