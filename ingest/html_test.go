package ingest

import (
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestHTMLCharset(t *testing.T) {
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("<p>caf\u00e9</p>"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		in          []byte
		contentType string
		want        string
	}{
		{"utf-8", []byte("<p>caf\u00e9</p>"), "", "<p>caf\u00e9</p>"},
		{"utf-8 declared latin-1", []byte("<meta charset=\"iso-8859-1\"><p>caf\u00e9</p>"), "", "<meta charset=\"iso-8859-1\"><p>caf\u00e9</p>"},
		{"latin-1 undeclared", []byte("<p>caf\xe9</p>"), "", "<p>caf\u00e9</p>"},
		{"latin-1 declared utf-8", []byte("<meta charset=\"utf-8\"><p>caf\xe9</p>"), "", "<meta charset=\"utf-8\"><p>caf\u00e9</p>"},
		{"http charset", []byte("<p>\xea</p>"), "text/html; charset=koi8-r", "<p>\u0419</p>"},
		{"utf-16 with bom", utf16, "", "<p>caf\u00e9</p>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := HTML("p.html", tc.in, tc.contentType).Body; got != tc.want {
				t.Errorf("HTML(%q).Body = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFragmentText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"inline", "<p>Hello <i>there</i>, world.</p>", "Hello there, world."},
		{"script and style", "<style>p{}</style><p>Kept.</p><script>drop()</script>", "Kept."},
		{"lists", "<ul><li>One</li><li>Two</li></ul>", "One\n\nTwo"},
		{"entities", "Fish &amp; chips &lt;3", "Fish & chips <3"},
		{"no markup", "Just  text.", "Just text."},
		{"unclosed", "<p>Open <b>bold", "Open bold"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := fragmentText(tc.in); got != tc.want {
				t.Errorf("fragmentText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
