package extract

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestTidyParagraph(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"tidy already", "one two\nthree", "one two\nthree"},
		{"empty", "", ""},
		{"outer spaces", " one two ", "one two"},
		{"double space", "one  two", "one two"},
		{"spaces around a line break", "one \n two", "one\ntwo"},
		{"empty line", "one\n\ntwo", "one\ntwo"},
		{"tab", "one\ttwo", "one two"},
		{"no-break space", "one\u00a0two", "one two"},
		{"other letters", "Grüße 日本", "Grüße 日本"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tidyParagraph(tt.in); got != tt.want {
				t.Errorf("tidyParagraph(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWordHashes(t *testing.T) {
	for _, s := range []string{"", "One, two; THREE_3!", "  Grüße—日本 x  ", "a"} {
		var want []uint64
		for _, w := range metricWords(s) {
			h := uint64(0xcbf29ce484222325)
			for _, r := range w {
				h ^= uint64(unicode.ToLower(r))
				h *= 0x100000001b3
			}
			want = append(want, h)
		}
		got := wordHashes(s)
		if len(got) != len(want) {
			t.Fatalf("wordHashes(%q): got %d hashes, want %d", s, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("wordHashes(%q)[%d] = %x, want %x", s, i, got[i], want[i])
			}
		}
	}
}

func TestFieldCount(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " one  two\nthree\u00a0four ", "日本 語"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestMayMerge(t *testing.T) {
	prose := []string{
		"The council said on Thursday that the bridge will close for six weeks from Monday.",
		"Traffic will be sent along the coast road, adding about twenty minutes to a journey.",
	}
	page := "<p>" + strings.Join(prose, "</p><p>") + "</p>"
	tests := []struct {
		name string
		text []string
		page string
		want bool
	}{
		{"all running text, page has no more", prose, page, false},
		{"a paragraph that is no running text", append([]string{"Most read"}, prose...), page, true},
		{"page has much more running text", prose, page + page, true},
		{"no text", nil, page, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mayMerge(tt.text, parsePage(t, tt.page)); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDropWrappers(t *testing.T) {
	lead := "Firefighters put out a blaze at the cafe by the town hall on Monday morning."
	second := "No one was hurt, and the hall will open again on Friday, the mayor said."
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"wrapper of a paragraph", []string{lead, "Town hall fire " + lead}, []string{lead}},
		{"wrapper of two", []string{lead, second, lead + " " + second}, []string{lead, second}},
		{"heading inside a paragraph stays", []string{"Town hall fire", "The town hall fire began in the kitchen of the cafe, the fire chief said on Monday."},
			[]string{"Town hall fire", "The town hall fire began in the kitchen of the cafe, the fire chief said on Monday."}},
		{"distinct paragraphs stay", []string{lead, second}, []string{lead, second}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, dropWrappers(tc.in)); diff != "" {
				t.Errorf("dropWrappers mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
