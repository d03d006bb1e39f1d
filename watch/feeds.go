package watch

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"crosscheck"
)

// Feed is one feed to watch.
type Feed struct {
	// URL is the feed's http or https address.
	URL string
	// Every is how long to wait between two polls of the feed; 0 means
	// Options.Interval.
	Every time.Duration
}

// MinInterval is the shortest interval a feeds file may ask for, so that
// a typo cannot turn the watcher into a flood of requests.
const MinInterval = time.Minute

// maxFeedsLine bounds a line of a feeds file.
const maxFeedsLine = 64 << 10

// ParseFeeds reads a feeds file named name: one feed URL a line, optionally
// followed by every=DURATION (Go durations: 90s, 10m, 1h30m); blank lines
// and lines starting with # are ignored, as is the rest of a line after
// " #". An error names the file and line of the first bad line: a URL
// that is not http or https, an unknown option, an interval under
// MinInterval, or a URL listed twice.
func ParseFeeds(name string, r io.Reader) ([]Feed, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxFeedsLine)
	var feeds []Feed
	seen := map[string]int{}
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		at := fmt.Sprintf("%s:%d", name, n)
		fields := strings.Fields(line)
		u, err := CheckURL(fields[0])
		if err != nil {
			return nil, crosscheck.Errorf(crosscheck.Invalid, "", at, "%v", err)
		}
		f := Feed{URL: u}
		for _, opt := range fields[1:] {
			v, ok := strings.CutPrefix(opt, "every=")
			if !ok {
				return nil, crosscheck.Errorf(crosscheck.Invalid, "", at, "unknown option %q (want every=DURATION)", opt)
			}
			d, err := time.ParseDuration(v)
			if err != nil {
				return nil, crosscheck.Errorf(crosscheck.Invalid, "", at, "bad interval %q: want a duration such as 10m or 1h", v)
			}
			if d < MinInterval {
				return nil, crosscheck.Errorf(crosscheck.Invalid, "", at, "interval %s is under the minimum of %s", d, MinInterval)
			}
			f.Every = d
		}
		if prev, ok := seen[u]; ok {
			return nil, crosscheck.Errorf(crosscheck.Invalid, "", at, "%s is already listed on line %d", u, prev)
		}
		seen[u] = n
		feeds = append(feeds, f)
	}
	if err := sc.Err(); err != nil {
		return nil, crosscheck.Errorf(crosscheck.Invalid, "", name, "%v", err)
	}
	if len(feeds) == 0 {
		return nil, crosscheck.Errorf(crosscheck.Empty, "", name, "no feed URLs")
	}
	return feeds, nil
}

// CheckURL returns raw as an absolute http or https URL, or an error
// saying why it is not one.
func CheckURL(raw string) (string, error) {
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return "", fmt.Errorf("bad URL %q", raw)
	case u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("%q is not an http or https URL", raw)
	case u.Host == "":
		return "", fmt.Errorf("URL %q has no host", raw)
	}
	return u.String(), nil
}
