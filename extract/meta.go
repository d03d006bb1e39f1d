package extract

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	"crosscheck"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what a page says about itself. Each field is taken from the most
// reliable source that has it: JSON-LD, then OpenGraph and other meta tags,
// then the page's own elements.
type meta struct {
	Title     string
	Authors   []string
	Published crosscheck.Date
	Outlet    string
	URL       string
	Language  string
	// Description is the page's summary of the article.
	Description string
}

// pageFacts collects, in one walk of the page, the raw values that metadata
// is read from.
type pageFacts struct {
	metas     map[string][]string // lower-case name or property -> contents in page order
	canonical string
	lang      string
	title     string // <title>
	h1        []string
	times     []string // datetime of <time> elements
	itemDates []string // itemprop=datePublished outside meta tags
	ldScripts []string
	authorRel []string // text of rel=author links and itemprop=author elements
}

func collectFacts(root *html.Node) *pageFacts {
	f := &pageFacts{metas: map[string][]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				f.lang = attr(n, "lang")
				if f.lang == "" {
					f.lang = attr(n, "xml:lang")
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					// itemprop and property may hold several names.
					for _, key := range strings.Fields(strings.ToLower(attr(n, k))) {
						f.metas[key] = append(f.metas[key], content)
					}
				}
			case atom.Link:
				if f.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					f.canonical = strings.TrimSpace(attr(n, "href"))
				}
				if hasToken(attr(n, "rel"), "author") {
					if t := nodeText(n); t != "" {
						f.authorRel = append(f.authorRel, t)
					}
				}
			case atom.Title:
				if f.title == "" && !inside(n, atom.Svg) {
					f.title = nodeText(n)
				}
				return
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					f.ldScripts = append(f.ldScripts, nodeText(n))
				}
				return
			case atom.Style, atom.Svg, atom.Template:
				return
			case atom.H1:
				if t := nodeText(n); t != "" && len(f.h1) < 4 {
					f.h1 = append(f.h1, t)
				}
			case atom.Time:
				if d := attr(n, "datetime"); d != "" {
					f.times = append(f.times, d)
				}
			case atom.A, atom.Span, atom.Div, atom.P:
				if strings.EqualFold(attr(n, "rel"), "author") || strings.EqualFold(attr(n, "itemprop"), "author") {
					if t := nodeText(n); t != "" && len(t) < 100 {
						f.authorRel = append(f.authorRel, t)
					}
				}
			}
			if hasToken(attr(n, "itemprop"), "datepublished") && n.DataAtom != atom.Meta {
				if d := firstOf(attr(n, "datetime"), attr(n, "content")); d != "" {
					f.itemDates = append(f.itemDates, d)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return f
}

// first returns the first non-empty content of the named meta tags.
func (f *pageFacts) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range f.metas[k] {
			if v = plainText(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// all returns the contents of the named meta tags, in the order of keys.
func (f *pageFacts) all(keys ...string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, f.metas[k]...)
	}
	return out
}

// publishedKeys name the meta tags that give a publication time.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "article:published", "datepublished",
	"pdate", "publishdate", "pubdate", "publish-date", "publication_date", "article.published",
	"parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "date",
}

// readMeta reads the page's metadata. pageURL, when known, resolves
// relative canonical links.
func readMeta(root *html.Node, pageURL string) meta {
	f := collectFacts(root)
	ld := readJSONLD(f.ldScripts)
	var m meta

	m.Outlet = firstOf(ld.outlet, f.first("og:site_name", "application-name", "al:android:app_name", "al:iphone:app_name", "twitter:app:name:iphone", "cxenseparse:recs:publisher", "publisher", "dc.publisher"))

	m.Title = firstOf(visibleHeadline(f.h1, m.Outlet, ld.title, f.first("og:title"), f.first("twitter:title")),
		ld.title, f.first("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title", "headline"))
	if m.Title == "" && len(f.h1) == 1 {
		m.Title = f.h1[0]
	}
	if m.Title == "" {
		m.Title = f.title
	}
	m.Title = trimSiteName(m.Title, m.Outlet)

	m.Authors = ld.authors
	if len(m.Authors) == 0 {
		for _, k := range []string{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator:name"} {
			for _, v := range f.metas[k] {
				m.Authors = appendAuthors(m.Authors, v)
			}
			if len(m.Authors) > 0 {
				break
			}
		}
	}
	if len(m.Authors) == 0 {
		for _, v := range f.authorRel {
			m.Authors = appendAuthors(m.Authors, v)
		}
	}

	m.URL = firstOf(absURL(f.canonical, pageURL), absURL(f.first("og:url"), pageURL), absURL(ld.url, pageURL))

	ds := f.dateSignals(root, ld, firstOf(pageURL, m.URL), m.Title)
	m.Published = ds.choose(func() crosscheck.Date { return htmlDate(root, firstOf(pageURL, m.URL)) })

	m.Language = language(firstOf(ld.language, f.lang, f.first("og:locale", "content-language", "dc.language", "language")))
	m.Description = firstOf(ld.description, f.first("og:description", "description", "twitter:description"))
	return m
}

// sameStoryWords is the share of their words (Jaccard) that a headline
// and a metadata title must share to be taken as the same headline.
const sameStoryWords = 0.4

// visibleHeadline returns the first <h1> that words the same headline as
// one of the page's metadata titles: the headline the page shows its
// readers, where the metadata may carry a variant written for search
// engines or social media. An <h1> of fewer than three words or holding
// the site's name is a logo or a section name, not a headline.
func visibleHeadline(h1s []string, outlet string, titles ...string) string {
	for _, h := range h1s {
		hw := wordSet(h)
		if len(hw) < 3 || outlet != "" && sameName(h, outlet) {
			continue
		}
		for _, t := range titles {
			if t != "" && jaccard(hw, wordSet(t)) >= sameStoryWords {
				return h
			}
		}
	}
	return ""
}

// wordSet returns the lower-cased words of s.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out[w] = true
	}
	return out
}

// jaccard returns the share of the union of a and b that both hold.
func jaccard(a, b map[string]bool) float64 {
	both := 0
	for w := range a {
		if b[w] {
			both++
		}
	}
	if union := len(a) + len(b) - both; union > 0 {
		return float64(both) / float64(union)
	}
	return 0
}

// ldFacts is what the page's JSON-LD says about its article.
type ldFacts struct {
	title, published, modified, outlet, url, language, description string
	authors                                                        []string
}

// articleTypes are the schema.org types of a news or blog article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "socialmediaposting": true, "report": true,
	"scholarlyarticle": true, "techarticle": true, "medicalscholarlyarticle": true, "review": true,
	"creativework": true,
}

func readJSONLD(scripts []string) ldFacts {
	var objs []map[string]any
	for _, s := range scripts {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
			continue
		}
		flattenLD(v, &objs, 0)
	}
	var f ldFacts
	var article, page map[string]any
	for _, o := range objs {
		types := ldTypes(o)
		switch {
		case article == nil && anyIn(types, articleTypes):
			article = o
		case page == nil && (anyIn(types, map[string]bool{"webpage": true, "itempage": true})):
			page = o
		case f.outlet == "" && anyIn(types, map[string]bool{"newsmediaorganization": true, "organization": true, "website": true}):
			f.outlet = ldString(o["name"])
		}
	}
	if article == nil {
		article = page
	}
	if article == nil {
		return f
	}
	f.title = firstOf(ldString(article["headline"]), ldString(article["name"]))
	f.published = firstOf(ldString(article["datePublished"]), ldString(article["dateCreated"]))
	f.modified = ldString(article["dateModified"])
	if p, ok := article["publisher"]; ok {
		if name := ldName(p); name != "" {
			f.outlet = name
		}
	}
	f.url = firstOf(ldString(article["url"]), ldID(article["mainEntityOfPage"]))
	f.language = ldString(article["inLanguage"])
	f.description = ldString(article["description"])
	for _, a := range ldList(article["author"]) {
		f.authors = appendAuthors(f.authors, ldName(a))
	}
	return f
}

// flattenLD appends to out every object in v: the top level, the members
// of @graph and of arrays, and objects nested under mainEntity.
func flattenLD(v any, out *[]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			flattenLD(e, out, depth+1)
		}
	case map[string]any:
		*out = append(*out, x)
		if g, ok := x["@graph"]; ok {
			flattenLD(g, out, depth+1)
		}
		if me, ok := x["mainEntity"]; ok {
			flattenLD(me, out, depth+1)
		}
	}
}

func ldTypes(o map[string]any) []string {
	var out []string
	for _, t := range ldList(o["@type"]) {
		if s, ok := t.(string); ok {
			s = s[strings.LastIndexAny(s, "/:")+1:]
			out = append(out, strings.ToLower(s))
		}
	}
	return out
}

func anyIn(xs []string, set map[string]bool) bool {
	for _, x := range xs {
		if set[x] {
			return true
		}
	}
	return false
}

func ldList(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	if v == nil {
		return nil
	}
	return []any{v}
}

// ldString returns a JSON-LD value as text: a string, the first string of a
// list, or an object's @value.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return plainText(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		return ldString(x["@value"])
	}
	return ""
}

func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return plainText(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		for _, e := range x {
			if s := ldName(e); s != "" {
				return s
			}
		}
	}
	return ""
}

func ldID(v any) string {
	switch x := v.(type) {
	case string:
		return plainText(x)
	case map[string]any:
		return firstOf(ldString(x["@id"]), ldString(x["url"]))
	}
	return ""
}

var bylinePrefix = regexp.MustCompile(`(?i)^\s*(by|written by|posted by|from)\s*:?\s+`)

var authorSplit = regexp.MustCompile(`\s*(?:,|;|\||&|\band\b)\s*`)

// appendAuthors adds the names in s ("By A, B and C") to names, skipping
// links, handles, duplicates and values too long to be names.
func appendAuthors(names []string, s string) []string {
	s = bylinePrefix.ReplaceAllString(plainText(s), "")
	if s == "" || strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return names
	}
	for _, n := range authorSplit.Split(s, -1) {
		n = personName(strings.Trim(n, " .:-–—"))
		if !strings.ContainsFunc(n, unicode.IsLetter) || strings.HasPrefix(n, "@") || len(n) > 60 || strings.Count(n, " ") > 5 {
			continue
		}
		dup := false
		for _, have := range names {
			if strings.EqualFold(have, n) {
				dup = true
				break
			}
		}
		if !dup {
			names = append(names, n)
		}
	}
	return names
}

// nameEnd marks where a byline's name gives way to something else: a
// separator, then a role or a date.
var nameEnd = []string{" - ", " – ", " — ", "•", " · ", " | "}

// bylineWords are the words that follow a name in a byline without being
// part of it: revision and publication cues and the roles of staff.
var bylineWords = map[string]bool{
	"updated": true, "last": true, "published": true, "posted": true, "reviewed": true, "written": true,
	"edited": true, "fact": true, "medically": true,
	"reporter": true, "writer": true, "editor": true, "correspondent": true, "contributor": true,
	"columnist": true, "journalist": true, "producer": true, "analyst": true, "author": true,
	"staff": true, "senior": true, "chief": true, "head": true, "lead": true, "former": true,
	"founder": true, "co-founder": true, "cofounder": true, "director": true, "manager": true,
	"consultant": true, "executive": true, "president": true, "contributing": true, "associate": true,
}

// personName returns the name in a byline fragment, without the cue or
// role before it ("Author Jo Bloggs") and the role or date after it ("Jo
// Bloggs Senior Reporter", "Jo Bloggs Updated March 3"); it is "" when
// no name is left ("Written By", "Updated January", "Dec"). A month name
// ends the name only when a day or year follows or nothing does, so that
// "April Ross" stays whole.
func personName(s string) string {
	for _, sep := range nameEnd {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	var name []string
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,:"))
		_, month := monthNames[lw]
		if month && (i == len(words)-1 || strings.IndexFunc(words[i+1], unicode.IsDigit) == 0) {
			break
		}
		if bylineWords[lw] || lw == "by" {
			if len(name) > 0 {
				break
			}
			continue
		}
		name = append(name, w)
	}
	if len(name) == 1 && strings.EqualFold(name[0], "the") {
		return ""
	}
	return strings.Join(name, " ")
}

// trimSiteName removes a site name that a title carries after or before a
// separator ("Headline | Outlet", "Outlet - Headline").
func trimSiteName(title, outlet string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if outlet != "" && sameName(tail, outlet) || outlet == "" && looksLikeSite(tail) {
			return head
		}
		j := strings.Index(title, sep)
		head, tail = strings.TrimSpace(title[:j]), strings.TrimSpace(title[j+len(sep):])
		if outlet != "" && sameName(head, outlet) {
			return tail
		}
	}
	return title
}

// sameName reports whether a and b name the same site, ignoring case,
// spaces, a leading "The" and a domain ending.
func sameName(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(s)
		s = strings.TrimPrefix(s, "the ")
		s = strings.TrimPrefix(s, "www.")
		for _, tld := range []string{".com", ".co.uk", ".org", ".net"} {
			s = strings.TrimSuffix(s, tld)
		}
		return strings.Join(strings.Fields(s), "")
	}
	na := norm(a)
	return na != "" && na == norm(b)
}

// looksLikeSite reports whether a title segment is a bare domain name.
func looksLikeSite(s string) bool {
	return !strings.Contains(s, " ") && strings.Contains(s, ".") && len(s) < 40
}

// dateSignals gathers the page's dates: its structured publication and
// modification dates, <time> elements, the date in its address and the
// dates shown around its headline.
func (f *pageFacts) dateSignals(root *html.Node, ld ldFacts, pageURL, title string) dateSignals {
	return dateSignals{
		published: parseDates(append(append([]string{ld.published}, f.all(publishedKeys...)...), f.itemDates...)),
		modified:  parseDates(append([]string{ld.modified}, f.all(modifiedKeys...)...)),
		times:     parseDates(f.times),
		url:       urlDate(pageURL),
		shown:     shownDates(root, title),
	}
}

// modifiedKeys name the meta tags that give a modification time.
var modifiedKeys = []string{"article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"}

// parseDates returns the dates among vs that parse, in order.
func parseDates(vs []string) []crosscheck.Date {
	var out []crosscheck.Date
	for _, v := range vs {
		if d, ok := parseDate(v); ok {
			out = append(out, d)
		}
	}
	return out
}

var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.000Z0700", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST", "2006-01-02 15:04:05", "2006-01-02 15:04", time.RFC1123Z, time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "20060102T150405Z0700",
}

var dayLayouts = []string{
	"2006-01-02", "2006/01/02", "20060102", "January 2, 2006", "Jan 2, 2006", "2 January 2006",
	"Jan. 2, 2006", "Monday, January 2, 2006",
}

// parseDate reads a publication date in the forms pages use; a date
// without a time of day is DayOnly.
func parseDate(s string) (crosscheck.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return crosscheck.Date{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && plausibleYear(t) {
			return crosscheck.Date{Time: t}, true
		}
	}
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, s); err == nil && plausibleYear(t) {
			return crosscheck.Date{Time: t, DayOnly: true}, true
		}
	}
	if len(s) > 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && plausibleYear(t) {
			return crosscheck.Date{Time: t, DayOnly: true}, true
		}
	}
	return crosscheck.Date{}, false
}

func plausibleYear(t time.Time) bool { return t.Year() >= 1990 && t.Year() <= 2100 }

// language returns the primary subtag of a language tag ("en-US" -> "en").
func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return tag
}

// absURL resolves ref against base and returns it when it is an http(s)
// URL.
func absURL(ref, base string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != "" {
		b, err := url.Parse(base)
		if err != nil {
			return ""
		}
		u = b.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// hostOutlet names a site by its host when the page names it nowhere.
func hostOutlet(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func firstOf(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

// plainText unescapes leftover entities and collapses white space.
func plainText(s string) string {
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

func inside(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}

// nodeText returns the text under n, white space collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return plainText(b.String())
}
