package extract

import (
	"strings"
	"testing"
	"time"

	"crosscheck"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func parsePage(t *testing.T, s string) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func TestReadMeta(t *testing.T) {
	tests := []struct {
		name string
		page string
		url  string
		want meta
	}{
		{
			name: "json-ld news article",
			page: `<html lang="en-GB"><head><title>Ignored | Daily Planet</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Bridge reopens after repairs","datePublished":"2024-03-05T09:30:00+01:00",
 "author":[{"@type":"Person","name":"Lois Lane"},{"@type":"Person","name":"Clark Kent"}],
 "publisher":{"@type":"Organization","name":"Daily Planet"},
 "mainEntityOfPage":{"@id":"https://planet.example/bridge"},"articleBody":"The bridge reopened."}</script>
</head><body></body></html>`,
			want: meta{
				Title: "Bridge reopens after repairs", Authors: []string{"Lois Lane", "Clark Kent"},
				Published: crosscheck.Date{Time: time.Date(2024, 3, 5, 8, 30, 0, 0, time.UTC)},
				Outlet:    "Daily Planet", URL: "https://planet.example/bridge", Language: "en",
			},
		},
		{
			name: "json-ld graph with a web site and an article",
			page: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"The Ledger"},
 {"@type":["ReportageNewsArticle"],"headline":"Council votes on budget","datePublished":"2023-11-02",
  "author":{"@type":"Person","name":"By Ana Ruiz"},"inLanguage":"es"}]}</script></head><body></body></html>`,
			want: meta{
				Title: "Council votes on budget", Authors: []string{"Ana Ruiz"},
				Published: crosscheck.Day(2023, time.November, 2), Outlet: "The Ledger", Language: "es",
			},
		},
		{
			name: "opengraph and meta tags",
			page: `<html><head>
<meta property="og:title" content="Storm hits coast">
<meta property="og:site_name" content="Coast News">
<meta property="og:url" content="https://coast.example/storm">
<meta property="article:published_time" content="2022-08-14T18:05:00Z">
<meta name="author" content="Sam Lee and Kim Park">
<meta property="og:locale" content="fr_FR">
</head><body></body></html>`,
			want: meta{
				Title: "Storm hits coast", Authors: []string{"Sam Lee", "Kim Park"},
				Published: crosscheck.Date{Time: time.Date(2022, 8, 14, 18, 5, 0, 0, time.UTC)},
				Outlet:    "Coast News", URL: "https://coast.example/storm", Language: "fr",
			},
		},
		{
			name: "page elements only",
			page: `<html><head><title>Fire at the mill - Valley Times</title>
<link rel="canonical" href="/news/fire"></head>
<body><article><h1>Fire at the mill</h1><time datetime="2021-01-09">9 January</time>
<a rel="author" href="/staff/jo">Jo Bloggs</a><p>Text.</p></article></body></html>`,
			url: "https://valley.example/page?id=3",
			want: meta{
				Title: "Fire at the mill", Authors: []string{"Jo Bloggs"},
				Published: crosscheck.Day(2021, time.January, 9), URL: "https://valley.example/news/fire",
			},
		},
		{
			name: "title with site suffix and description",
			page: `<html><head><title>Rates rise again | Money Daily</title>
<meta property="og:site_name" content="Money Daily">
<meta name="description" content="The central bank raised rates.">
<meta name="author" content="https://money.example/staff/x">
</head><body><h1>One</h1><h1>Two</h1></body></html>`,
			want: meta{Title: "Rates rise again", Outlet: "Money Daily", Description: "The central bank raised rates."},
		},
		{
			name: "several names in one itemprop",
			page: `<html><head><meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-18T17:56:27.000Z">
<meta itemprop="alternativeHeadline headline" content="Trade talks stall"></head><body></body></html>`,
			want: meta{Title: "Trade talks stall", Published: crosscheck.Date{Time: time.Date(2019, 11, 18, 17, 56, 27, 0, time.UTC)}},
		},
		{
			name: "unusable dates skipped, modification time last",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>
<meta property="article:modified_time" content="2020-02-02T10:00:00Z">
<meta name="pubdate" content="soon"><meta name="date" content="2020-02-01"></head><body></body></html>`,
			want: meta{Published: crosscheck.Day(2020, time.February, 1)},
		},
		{
			name: "a modification time alone is no publication date",
			page: `<html><head><meta property="article:modified_time" content="2020-02-02T10:00:00Z"></head><body></body></html>`,
			want: meta{},
		},
		{
			name: "broken json-ld is skipped",
			page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":</script>
<meta name="twitter:title" content="Fallback title"></head><body></body></html>`,
			want: meta{Title: "Fallback title"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readMeta(parsePage(t, tt.page), tt.url)
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(meta{})); diff != "" {
				t.Errorf("readMeta mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2024-03-05T09:30:00+01:00", "2024-03-05T09:30:00+01:00", true},
		{"2024-03-05T23:30:00-05:00", "2024-03-05T23:30:00-05:00", true},
		{"2024-03-05T09:30:00.123Z", "2024-03-05T09:30:00Z", true},
		{"2024-03-05 09:30:00", "2024-03-05T09:30:00Z", true},
		{"2024-03-05", "2024-03-05", true},
		{"March 5, 2024", "2024-03-05", true},
		{"Tue, 05 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00Z", true},
		{"2024-03-05T25:99", "2024-03-05", true},
		{"yesterday", "", false},
		{"1066-10-14", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseDate(tt.in)
			if ok != tt.ok || got.String() != tt.want {
				t.Errorf("parseDate(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestAppendAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Jane Doe", []string{"Jane Doe"}},
		{"Jane Doe, John Roe and Ann Poe", []string{"Jane Doe", "John Roe", "Ann Poe"}},
		{"Jane Doe & jane doe", []string{"Jane Doe"}},
		{"@handle", nil},
		{"Jo Bloggs Senior Reporter", []string{"Jo Bloggs"}},
		{"Jo Bloggs Last Updated August 3, 2025", []string{"Jo Bloggs"}},
		{"Jo Bloggs December", []string{"Jo Bloggs"}},
		{"Jo Bloggs • March 3", []string{"Jo Bloggs"}},
		{"Jo Bloggs - Example Editorial Team", []string{"Jo Bloggs"}},
		{"Author Jo Bloggs", []string{"Jo Bloggs"}},
		{"April Ross", []string{"April Ross"}},
		{"The Example Team", []string{"The Example Team"}},
		{"Written By", nil},
		{"Updated January", nil},
		{"Dec", nil},
		{"The Author", nil},
		{"https://example.com/author/jane", nil},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, appendAuthors(nil, tt.in)); diff != "" {
				t.Errorf("appendAuthors(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTrimSiteName(t *testing.T) {
	tests := []struct{ title, outlet, want string }{
		{"Rates rise | Money Daily", "Money Daily", "Rates rise"},
		{"Rates rise - The Money Daily", "Money Daily", "Rates rise"},
		{"Money Daily - Rates rise", "Money Daily", "Rates rise"},
		{"Rates rise | example.com", "", "Rates rise"},
		{"Rates rise - and fall", "Money Daily", "Rates rise - and fall"},
		{"Rates rise", "", "Rates rise"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := trimSiteName(tt.title, tt.outlet); got != tt.want {
				t.Errorf("trimSiteName(%q, %q) = %q, want %q", tt.title, tt.outlet, got, tt.want)
			}
		})
	}
}

func TestVisibleHeadline(t *testing.T) {
	tests := []struct {
		name   string
		h1s    []string
		outlet string
		titles []string
		want   string
	}{
		{"the headline worded differently for search", []string{"I Tried the Amp Strength Machine for a Month"}, "", []string{"Amp Strength Machine Review: a Month With It"}, "I Tried the Amp Strength Machine for a Month"},
		{"the second h1 when the first is the logo", []string{"Daily Planet", "Bridge reopens after two years of repairs"}, "Daily Planet", []string{"Bridge reopens after repairs"}, "Bridge reopens after two years of repairs"},
		{"a site-name h1 that shares words", []string{"Budget Travel With Gabby"}, "Budget Travel With Gabby", []string{"Budget Travel Guide With Gabby"}, ""},
		{"a section name", []string{"Opinion"}, "", []string{"Opinion: rates must fall"}, ""},
		{"another story", []string{"Storm hits the coast overnight"}, "", []string{"Bridge reopens after repairs"}, ""},
		{"no metadata title", []string{"Bridge reopens after repairs"}, "", []string{""}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := visibleHeadline(tt.h1s, tt.outlet, tt.titles...); got != tt.want {
				t.Errorf("visibleHeadline(%q) = %q, want %q", tt.h1s, got, tt.want)
			}
		})
	}
}
