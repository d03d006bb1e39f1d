package provenance

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"crosscheck/internal/lexicon"
	"crosscheck/internal/textproc"
)

// datelineRE matches a wire dateline at the start of a text: "WASHINGTON
// (AP) —", "KYIV, Ukraine, Feb 12 (Reuters) -", "(CNN) —".
var datelineRE = regexp.MustCompile(`^\s*(?:\p{Lu}[^()\n]{0,60}?\s*)?\(([^()\n]{1,40})\)\s*[-\x{2013}\x{2014}:]`)

// datelineSource returns the source a dateline names, canonical when it is
// a known agency.
func datelineSource(text string) (string, bool) {
	m := datelineRE.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	code := strings.TrimSpace(m[1])
	if code == "" {
		return "", false
	}
	if name, ok := lookupAgency(code); ok {
		return name, true
	}
	// An unknown code in dateline position is still a source's name when
	// it looks like one: a few capitalised words.
	words := strings.Fields(code)
	if len(words) > 4 {
		return "", false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return "", false
		}
	}
	return code, true
}

// ownCode reports whether a dateline's source code names the outlet that
// printed the article: its name ("Reuters" in Reuters) or the initials of
// its words ("RDW" for the Riverside Daily Wire, "NYT" for The New York
// Times). A known agency's name is never an outlet's own code unless the
// outlet is that agency.
func ownCode(code, outlet string) bool {
	c, o := foldName(code), foldName(outlet)
	if c == "" || o == "" {
		return false
	}
	if c == o {
		return true
	}
	if name, agency := lookupAgency(code); agency {
		own, _ := lookupAgency(outlet)
		return own == name
	}
	initials := ""
	for _, w := range strings.Fields(o) {
		initials += string([]rune(w)[:1])
	}
	compact := strings.ReplaceAll(c, " ", "")
	return len(compact) >= 2 && compact == initials
}

func startsUpper(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r)
	}
	return false
}

// creditFinder finds the sources a sentence credits. It is built per story
// from the known agencies and the outlets of the story's articles.
type creditFinder struct {
	// forms are the matchable forms of the sources' names, longest first.
	forms []string
	// canon maps each form to its canonical source name.
	canon map[string]string
	// trie holds the forms byte by byte, so that a sentence is checked only
	// for the forms it contains: a story may name a thousand outlets.
	trie []trieNode
	// sig identifies the forms and their names: two finders of one sig
	// find the same credits.
	sig string
}

// trieNode is a node of creditFinder.trie; node 0 is the root.
type trieNode struct {
	next map[byte]int
	form int // index in forms of the form ending here, or -1
}

// Cue phrases that, next to a source's name, say that the text around them
// comes from that source: before the name ("according to Reuters") or
// after it ("AP reported").
var (
	creditBefore = regexp.MustCompile(`(?i)\b(?:according to|told|telling|reported by|quoted by|cited by|interview with|interviewed by|speaking to|spoke to|statement to|confirmed to|said to|reporting by|obtained by|seen by)\s+(?:the\s+)?$`)
	creditAfter  = regexp.MustCompile(`(?i)^(?:['\x{2019}]s)?\s+(?:reported|reports|has reported|had reported|reporting|contributed|learned|has learned|news agency|news service|wire service|newswire|said|quoted|cited|writers?|reporters?|correspondents?|staff|journalists?|first reported|was first to report|obtained)\b`)
)

func newCreditFinder(outlets []string) *creditFinder {
	f := &creditFinder{canon: map[string]string{}}
	add := func(form, name string) {
		form = strings.TrimSpace(strings.ToValidUTF8(form, ""))
		if len(form) < 2 {
			return
		}
		if _, ok := f.canon[form]; !ok {
			f.canon[form] = name
		}
	}
	for _, a := range lexicon.Agencies() {
		add(a.Name, a.Name)
		add(strings.TrimPrefix(a.Name, "The "), a.Name)
		for _, s := range a.Aliases {
			add(s, a.Name)
		}
		for _, s := range a.Codes {
			add(s, a.Name)
		}
	}
	for _, o := range outlets {
		name := strings.TrimSpace(o)
		if canon, ok := lookupAgency(name); ok {
			name = canon
		}
		add(o, name)
		// "The Hill" without its article could be anyone named Hill.
		if rest, ok := strings.CutPrefix(strings.TrimSpace(o), "The "); ok {
			add("the "+rest, name)
		}
	}
	for s := range f.canon {
		f.forms = append(f.forms, s)
	}
	// Longest first, so that "The Canadian Press" is taken before "CP"
	// could be.
	sort.Slice(f.forms, func(i, j int) bool {
		if len(f.forms[i]) != len(f.forms[j]) {
			return len(f.forms[i]) > len(f.forms[j])
		}
		return f.forms[i] < f.forms[j]
	})
	sig := sha256.New()
	for _, form := range f.forms {
		sig.Write([]byte(form + "\x00" + f.canon[form] + "\x00"))
	}
	f.sig = hex.EncodeToString(sig.Sum(nil))
	f.trie = []trieNode{{form: -1}}
	for fi, form := range f.forms {
		n := 0
		for k := 0; k < len(form); k++ {
			c, ok := f.trie[n].next[form[k]]
			if !ok {
				if f.trie[n].next == nil {
					f.trie[n].next = map[byte]int{}
				}
				c = len(f.trie)
				f.trie[n].next[form[k]] = c
				f.trie = append(f.trie, trieNode{form: -1})
			}
			n = c
		}
		f.trie[n].form = fi
	}
	return f
}

// present returns the indexes in forms, ascending, of the forms that occur
// in s.
func (f *creditFinder) present(s string) []int {
	var out []int
	for p := range len(s) {
		n := 0
		for q := p; q < len(s); q++ {
			c, ok := f.trie[n].next[s[q]]
			if !ok {
				break
			}
			n = c
			if fi := f.trie[n].form; fi >= 0 {
				out = append(out, fi)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// find returns the canonical names of the sources s credits, sorted. A name
// counts where it stands as a whole word, in its own case, next to a cue.
func (f *creditFinder) find(s string) []string {
	var out []string
	taken := make([]bool, len(s))
	for _, fi := range f.present(s) {
		form := f.forms[fi]
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], form)
			if i < 0 {
				break
			}
			start, end := off+i, off+i+len(form)
			off = end
			if taken[start] || !wordEdge(s, start, end) {
				continue
			}
			for k := start; k < end; k++ {
				taken[k] = true
			}
			if creditBefore.MatchString(s[max(0, start-40):start]) || creditAfter.MatchString(s[end:min(len(s), end+40)]) {
				out = append(out, f.canon[form])
			}
		}
	}
	return uniq(out)
}

// wordEdge reports whether s[start:end] is not part of a longer word.
func wordEdge(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if textproc.IsWordRune(r) {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if textproc.IsWordRune(r) {
			return false
		}
	}
	return true
}

func uniq(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	sort.Strings(s)
	out := s[:1]
	for _, v := range s[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}
