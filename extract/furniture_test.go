package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTidy(t *testing.T) {
	body := []string{
		"The council approved the budget on Tuesday after a debate that ran late into the evening.",
		"Spending on roads rises by a tenth, while the parks budget is frozen for a second year.",
		"The vote was seven to four.",
	}
	m := meta{Title: "Council approves budget", Description: "A late-night vote."}
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"clean text kept", body, body},
		{"headline and standfirst dropped", append([]string{"Council approves budget", "A late-night vote."}, body...), body},
		{"standfirst kept without headline", append([]string{"A late-night vote."}, body...), append([]string{"A late-night vote."}, body...)},
		{"furniture dropped", []string{body[0], "Advertisement", "Story continues below advertisement", body[1], "Share this article", "READ MORE: Mayor resigns", "Sign up for our daily newsletter", body[2], "Copyright 2024 Daily Planet. All rights reserved."}, body},
		{"capitalised teaser dropped", []string{body[0], "MAYOR SAYS SHE WILL NOT STAND AGAIN", body[1], body[2]}, body},
		{"related list cut in the second half", append(append([]string{}, body...), "You may also like", "Mayor resigns", "Parks closed"), body},
		{"related heading in the first half kept", append([]string{"Related", body[0]}, body[1:]...), append([]string{"Related", body[0]}, body[1:]...)},
		{"paragraphs without words dropped", []string{body[0], "\u200b", "* * *", body[1], body[2]}, body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tidy(tt.in, m)); diff != "" {
				t.Errorf("tidy mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		p    string
		want bool
	}{
		{"Advertisement", true},
		{"Continue reading the main story", true},
		{"Click here to get the Fox News app", true},
		{"Write to Jane Roe at jane.roe@example.com", true},
		{"https://example.com/story", true},
		{"https://example.com/" + strings.Repeat("long-path-", 20), true},
		{"DON’T MISS: Mayor resigns [VIDEO] | Storm warning for the weekend [PICTURES]", true},
		{"Photo credit: Jane Roe/Example Agency", true},
		{"Read more about the plan in the council's own report, which runs to three hundred pages.", true},
		{"Readers wrote in their hundreds to complain about the plan.", false},
		{"The advertisement ran for three weeks before it was withdrawn.", false},
		{"Share prices fell by a tenth on Monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.p, func(t *testing.T) {
			if got := isFurniture(tt.p); got != tt.want {
				t.Errorf("isFurniture(%q) = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	a := "The storm brought down power lines across the north of the county overnight, leaving thousands without light."
	b := "Engineers worked through the morning to restore supplies, and most homes were reconnected by noon on Sunday."
	c := "Schools in the worst-hit villages will stay closed on Monday while crews clear fallen trees from the roads."
	d := "The county council said it would review how quickly warnings had been sent to residents before the storm."
	tests := []struct {
		name               string
		primary, secondary []string
		want               []string
	}{
		{"agreeing texts keep the primary", []string{a, b, c}, []string{a, b, c}, []string{a, b, c}},
		{"no secondary keeps the primary", []string{a, b}, nil, []string{a, b}},
		{"empty primary takes the secondary", nil, []string{a, b}, []string{a, b}},
		{"primary missing text takes the longer secondary", []string{a}, []string{a, b, c, d, "Photo", "Photo"}, []string{a, b, c, d}},
		{"primary junk the secondary lacks is dropped", []string{a, "Top stories", b, c, "Weather", "Sport"}, []string{a, b, c}, []string{a, b, c}},
		{"primary prose the secondary lacks is kept", []string{a, b, c, d}, []string{a, b, c}, []string{a, b, c, d}},
		{"disagreeing texts keep the primary", []string{a, b}, []string{c, d}, []string{a, b}},
		{"one-block primary gives way", []string{a + strings.Repeat(" Menu Home News Sport Weather Login", 12)}, []string{a}, []string{a}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, merge(tt.primary, tt.secondary)); diff != "" {
				t.Errorf("merge mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string
	}{
		{"blocks", "<div><h2>Head</h2><p>One  two\nthree.</p><ul><li>a</li><li>b</li></ul></div>", []string{"Head", "One two three.", "a", "b"}},
		{"line breaks", "<p>line one<br>line two<br><br>next para</p>", []string{"line one\nline two", "next para"}},
		{"table cells", "<table><tr><td>Pos</td><td>Name</td></tr><tr><td>1</td><td>Ann</td></tr></table>", []string{"Pos Name", "1 Ann"}},
		{"scripts skipped", "<p>kept<script>dropped()</script></p><style>p{}</style>", []string{"kept"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, paragraphs(parsePage(t, tt.page))); diff != "" {
				t.Errorf("paragraphs mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRespace(t *testing.T) {
	root := parsePage(t, `<p>Since <a href="/p">Chad Thomas</a> has played, the line improved.</p><p>Other.</p>`)
	got := respace([]string{"Since Chad Thomashas played, the line improved.", "Unmatched text."}, root)
	want := []string{"Since Chad Thomas has played, the line improved.", "Unmatched text."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("respace mismatch (-want +got):\n%s", diff)
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf-8", []byte("<p>Grüße</p>"), "<p>Grüße</p>"},
		{"latin-1 declared", []byte("<meta charset=iso-8859-1><p>Gr\xfc\xdfe</p>"), "<meta charset=iso-8859-1><p>Grüße</p>"},
		{"undeclared windows-1252", []byte("<p>\x93quoted\x94</p>"), "<p>\u201cquoted\u201d</p>"},
		{"wrongly declared utf-8", []byte("<meta charset=utf-8><p>Gr\xfc\xdfe</p>"), "<meta charset=utf-8><p>Grüße</p>"},
		{"byte-order mark", []byte("\xef\xbb\xbf<p>x</p>"), "<p>x</p>"},
		{"utf-16", []byte("\xff\xfe<\x00p\x00>\x00"), "<p>"},
		{"shift_jis declared", []byte("<meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>"), "<meta charset=shift_jis><p>日本</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Decode(tt.in); got != tt.want {
				t.Errorf("Decode(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := decodeString(string(tt.in)); got != tt.want {
				t.Errorf("decodeString(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTame(t *testing.T) {
	small := "<html><body><div><p>text</p></div></body></html>"
	if got := tame(small); got != small {
		t.Errorf("tame changed a small page: got %q", got)
	}
	deep := strings.Repeat("<div>", 5000) + "deep text" + strings.Repeat("</div>", 5000)
	got := tame(deep)
	if d, _, _ := shape(got); d > maxDepth {
		t.Errorf("got depth %d after tame, want at most %d", d, maxDepth)
	}
	if !strings.Contains(got, "deep text") {
		t.Errorf("tame lost the text of a deep page")
	}
	wide := strings.Repeat("<span>w</span>", maxElements*2)
	if _, n, _ := shape(tame(wide)); n > maxElements {
		t.Errorf("got %d elements after tame, want at most %d", n, maxElements)
	}
	big := "<p>start</p>" + strings.Repeat("<script>var a = 1;</script><!-- note -->", maxPageBytes/30) + "<p>end</p>"
	got = tame(big)
	if len(got) > maxPageBytes || strings.Contains(got, "<script") || !strings.Contains(got, "end") {
		t.Errorf("tame of a big page: got %d bytes, scripts %v, end kept %v; want scripts dropped and the text kept",
			len(got), strings.Contains(got, "<script"), strings.Contains(got, "end"))
	}
}

func TestShape(t *testing.T) {
	tests := []struct {
		page            string
		depth, elements int
	}{
		{"<div><div><p>x</p></div></div>", 3, 3},
		{"<ul><li>a<li>b<li>c</ul>", 2, 4},
		{"<p>a<p>b<p>c", 1, 3},
		{"<div><img src=x><br/><input></div>", 1, 4},
		{"<script>if (a<b) { '<div>' }</script><div></div>", 1, 2},
		{"<!-- <div><div> --><DIV></div>", 1, 1},
		{"<div title='>'><span>x</span></div>", 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			d, n, _ := shape(tt.page)
			if d != tt.depth || n != tt.elements {
				t.Errorf("shape = %d, %d; want %d, %d", d, n, tt.depth, tt.elements)
			}
		})
	}
}

// TestTameBlocks checks that a page of very many paragraphs is cut after
// maxBlocks of them, and that nested tables come out shallow enough for
// the HTML parser.
func TestTameBlocks(t *testing.T) {
	many := "<html><body>" + strings.Repeat("<p>A paragraph with <a href=/x>a link</a>.</p>", maxBlocks*3) + "</body></html>"
	if _, _, n := shape(tame(many)); n > maxBlocks {
		t.Errorf("got %d blocks after tame, want at most %d", n, maxBlocks)
	}
	for _, open := range []string{"<table><tr><td>", "<table><td>"} {
		page := strings.Repeat(open, 300) + "<p>cell text</p>"
		if d, _, _ := shape(page); d <= maxDepth {
			t.Errorf("%s x 300: shape says depth %d, want over %d", open, d, maxDepth)
		}
		p, err := extractPage(tame(page), "", true)
		if err != nil {
			t.Errorf("%s x 300: %v", open, err)
		}
		if !strings.Contains(p.text, "cell text") {
			t.Errorf("%s x 300: text lost: %q", open, p.text)
		}
	}
}

func TestVisibleText(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"text and markup", "<p>Hello <b>world</b></p>", "Hello world"},
		{"scripts and head skipped", "<head><title>T</title><style>p{}</style></head><body><script>var a='<p>x';</script><p>Body</p></body>", "Body"},
		{"no markup", "plain words", "plain words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(strings.Fields(visibleText(tt.page)), " "); got != tt.want {
				t.Errorf("visibleText = %q, want %q", got, tt.want)
			}
		})
	}
}
