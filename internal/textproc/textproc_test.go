package textproc

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "One sentence. Two sentence.", []string{"One sentence.", "Two sentence."}},
		{"title", "Mr. Trump spoke. He left.", []string{"Mr. Trump spoke.", "He left."}},
		{"plural title", "Two Democrats, Sens. Carla Mendes and Peter Lundgren, joined them. He left.", []string{"Two Democrats, Sens. Carla Mendes and Peter Lundgren, joined them.", "He left."}},
		{"initials", "Vice President J.D. Vance spoke. He left.", []string{"Vice President J.D. Vance spoke.", "He left."}},
		{"abbrev end", "He returned to the U.S. The trip was long.", []string{"He returned to the U.S.", "The trip was long."}},
		{"abbrev inside", "The U.S. Defense Secretary spoke.", []string{"The U.S. Defense Secretary spoke."}},
		{"quote", "\u201cWe are, and we will,\u201d he said. \u201cYes.\u201d Then he left.", []string{"\u201cWe are, and we will,\u201d he said.", "\u201cYes.\u201d", "Then he left."}},
		{"date", "It began on Sept. 11, 2001. Then more.", []string{"It began on Sept. 11, 2001.", "Then more."}},
		{"decimal written apart", "A 6 . 1 magnitude quake hit Aceh . It was felt in 2006 . 12 people died .", []string{"A 6 . 1 magnitude quake hit Aceh .", "It was felt in 2006 .", "12 people died ."}},
		{"decimal point then a space", "A 6. 1 magnitude quake hit Aceh. It was felt in 2006. 12 people died.", []string{"A 6. 1 magnitude quake hit Aceh.", "It was felt in 2006.", "12 people died."}},
		{"a county's abbreviation", "The boat was based in Co. Kerry, officials said. It sank.", []string{"The boat was based in Co. Kerry, officials said.", "It sank."}},
		{"a company's abbreviation ends its name", "The order went to Halvorsen Tool Co. Shares rose.", []string{"The order went to Halvorsen Tool Co.", "Shares rose."}},
		{"ranks of armies, police and councils", "Brig. Tomasz Wirski and Cllr. Ann Holt spoke. Cdr. Lee left.", []string{"Brig. Tomasz Wirski and Cllr. Ann Holt spoke.", "Cdr. Lee left."}},
		{"paragraphs", "No stop here\n\nNext paragraph.", []string{"No stop here", "Next paragraph."}},
		{"lower after stop", "It cost 3.5 million. fine then.", []string{"It cost 3.5 million. fine then."}},
		{"empty", "  ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Sentences(tc.in)); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Zelenskyy\u2019s":                "zelenskyy's",
		"Caf\u00e9 \u201cX\u201d":         "cafe \"x\"",
		"pre\u20142014":                   "pre-2014",
		"S\u00f8rensen":                   "sorensen",
		"\u0141\u00f3d\u017a Stra\u00dfe": "lodz strasse",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWordsAndShingles(t *testing.T) {
	w := Words("U.S. troops, 5% more")
	if diff := cmp.Diff([]string{"U", "S", "troops", "5", "more"}, w); diff != "" {
		t.Errorf("Words mismatch (-want +got):\n%s", diff)
	}
	if got := len(Shingles(w, 4)); got != 2 {
		t.Errorf("len(Shingles) = %d, want 2", got)
	}
	if got := len(Shingles(w[:2], 4)); got != 1 {
		t.Errorf("short text: len(Shingles) = %d, want 1", got)
	}
	if Shingles(nil, 4) != nil {
		t.Errorf("no words gave shingles")
	}
}

func TestNormalize(t *testing.T) {
	got := Normalize("a\r\nb\x00c\xffd\u00a0e")
	if want := "a\nbc\uFFFDd e"; got != want {
		t.Errorf("Normalize = %q, want %q", got, want)
	}
}

func TestTrimDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"WASHINGTON (AP) — President Trump spoke.", "President Trump spoke."},
		{"LONDON, March 3 (Reuters) - Shares fell.", "Shares fell."},
		{"BRUSSELS — Allies met.", "Allies met."},
		{"NATO allies met on Monday.", "NATO allies met on Monday."},
		{"U.S. troops left.", "U.S. troops left."},
	}
	for _, tc := range tests {
		if got := TrimDateline(tc.in); got != tc.want {
			t.Errorf("TrimDateline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSentencesKeepQuotations(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences in one quote", "“We will not give up. We will win.” Then he left.",
			[]string{"“We will not give up. We will win.”", "Then he left."}},
		{"straight quotes", `He said "No. Never." She agreed.`,
			[]string{`He said "No. Never."`, "She agreed."}},
		{"quote then attribution", "“Stop. Now,” he said. Next.",
			[]string{"“Stop. Now,” he said.", "Next."}},
		{"unclosed quote ends at paragraph", "“Open quote. Still open.\n\nNew paragraph.",
			[]string{"“Open quote. Still open.", "New paragraph."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Sentences(tc.in)); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// FuzzSentences checks that sentence spans lie in order inside the text,
// do not overlap, and leave out nothing but white space.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"One sentence. Two sentence.", "A 6 . 1 magnitude quake hit Aceh . It was felt in 2006 . 12 people died .",
		"A 6. 1 magnitude quake. 12. 5 miles", "He returned to the U.S. The trip was long.", "\u201cYes.\u201d Then he left.", ". . .", "1. 2. 3.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, sp := range SentenceSpans(text) {
			if sp.Start < prev || sp.End < sp.Start || sp.End > len(text) {
				t.Fatalf("span %+v after %d in a text of %d bytes", sp, prev, len(text))
			}
			if gap := text[prev:sp.Start]; strings.TrimSpace(gap) != "" {
				t.Fatalf("left out %q", gap)
			}
			prev = sp.End
		}
		if rest := text[prev:]; strings.TrimSpace(rest) != "" {
			t.Fatalf("left out the end %q", rest)
		}
	})
}
