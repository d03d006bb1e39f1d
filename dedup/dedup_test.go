package dedup

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// wire is an invented wire report; the tests make copies of it with small
// edits and compare it with reports written apart.
const wire = `The city council of Marlow voted on Tuesday to close the old harbour bridge for repairs, after engineers found cracks in two of its steel supports during a routine inspection last month.

The bridge, which carries about 14,000 vehicles a day, will shut on March 3 and is expected to reopen in the autumn. Drivers will be sent along the coast road, adding up to 20 minutes to a journey into the centre.

"We cannot take any risk with public safety," council leader Anna Berg told reporters after the vote. "The repairs are urgent and they will be done properly."

Local businesses near the bridge said they feared losing customers during the closure. The council promised a support fund of 2 million euros for shops that can show a fall in trade.

Engineers first raised concerns about the bridge in 2019, but a full survey was delayed by a dispute over who should pay for it.`

// other is an invented report of another event.
const other = `Heavy snow closed schools across the northern valleys on Friday and left thousands of homes without power, as the regional weather service warned that more storms were on the way over the weekend.

Road crews worked through the night to clear the main passes, but several mountain villages remained cut off by drifts more than two metres deep. Emergency services said they had rescued a family whose car was stuck near the summit.

Power companies said most customers should be reconnected by Sunday evening. Forecasters expect temperatures to fall well below freezing for the rest of the week.`

// rewrite reports the wire's event in other words, as an independent outlet
// would: the same names and figures, a different text.
const rewrite = `Marlow's harbour bridge is to close from March 3 after inspectors discovered cracked steel supports, councillors decided this week.

Anna Berg, who leads the council, said safety came first and promised the work would be done properly. Around 14,000 vehicles use the crossing each day and will have to take the coast road instead.

Shop owners near the crossing worry about trade. A 2 million euro fund will help businesses that lose custom, the council said.`

func replaceWords(s string, pairs ...string) string {
	return strings.NewReplacer(pairs...).Replace(s)
}

func paragraphs(s string) []string { return strings.Split(s, "\n\n") }

func TestIndexAdd(t *testing.T) {
	ps := paragraphs(wire)
	tests := []struct {
		name      string
		text      string
		wantExact bool
		wantNear  bool
	}{
		{"exact copy", wire, true, false},
		{"case, punctuation and accents", strings.ToUpper(replaceWords(wire, ", ", " , ", "\"", "\u201c", "euros", "\u00e9uros")), true, false},
		{"changed words", replaceWords(wire, "Tuesday", "Monday", "routine", "regular", "fund", "package", "properly", "well"), false, true},
		{"dropped paragraph", strings.Join(append(ps[:2:2], ps[3:]...), "\n\n"), false, true},
		{"furniture added", "By Jo Smith, Staff Writer\n\n" + wire + "\n\nCopyright 2026 The Marlow Post. All rights reserved. Reporting by Jo Smith; editing by Kim Lee.", false, true},
		{"paragraph of another story glued on", wire + "\n\n" + paragraphs(other)[0], false, true},
		{"shortened copy", strings.Join(ps[:2], "\n\n"), false, true},
		{"one paragraph shared", other + "\n\n" + ps[2] + "\n\n" + rewrite, false, false},
		{"report written apart", rewrite, false, false},
		{"other story", other, false, false},
		{"no words", " -- ... \n\n", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := NewIndex(DefaultOptions())
			ix.Add("wire", wire)
			m := ix.Add("copy", tc.text)
			if got := m.ExactOf == "wire"; got != tc.wantExact {
				t.Errorf("exact copy: got %v (match %+v), want %v", got, m, tc.wantExact)
			}
			if got := m.NearOf == "wire"; got != tc.wantNear {
				t.Errorf("near copy: got %v (match %+v), want %v", got, m, tc.wantNear)
			}
			if o := DefaultOptions(); tc.wantNear && m.Similarity < o.Threshold && m.Contained < o.Contained {
				t.Errorf("got similarity %.2f and containment %.2f, want at least %.2f or %.2f", m.Similarity, m.Contained, o.Threshold, o.Contained)
			}
			if !tc.wantExact && !tc.wantNear && m != (Match{}) {
				t.Errorf("got match %+v, want none", m)
			}
		})
	}
}

func TestContained(t *testing.T) {
	glued := other + "\n\n" + wire + "\n\n" + rewrite
	tests := []struct {
		name      string
		contained float64
		want      string
	}{
		{"contained copy found", 0.7, "wire"},
		{"containment asked too high", 1.5, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Many bands of few rows make the pair, at a similarity of
			// about 0.4, a candidate all but surely.
			ix := NewIndex(Options{Bands: 32, Rows: 2, Contained: tc.contained})
			ix.Add("wire", wire)
			m := ix.Add("glued", glued)
			if m.NearOf != tc.want {
				t.Fatalf("got %+v, want a near copy of %q", m, tc.want)
			}
			if tc.want != "" && (m.Similarity >= 0.5 || m.Contained < tc.contained) {
				t.Errorf("got similarity %.2f and containment %.2f, want under 0.5 and at least %.2f", m.Similarity, m.Contained, tc.contained)
			}
		})
	}
}

func TestContainedEstimate(t *testing.T) {
	tests := []struct {
		name string
		j    float64
		a, b uint32
		want float64
	}{
		{"same size, same set", 1, 100, 100, 1},
		{"half of the smaller", 0.2, 100, 200, 0.5},
		{"smaller inside the larger", 0.25, 400, 100, 1},
		{"disjoint", 0, 100, 100, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := contained(tc.j, tc.a, tc.b); fmt.Sprintf("%.4f", got) != fmt.Sprintf("%.4f", tc.want) {
				t.Errorf("contained(%v, %d, %d) = %.4f, want %.4f", tc.j, tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestSeedsRepublished checks a real case: a republished wire story that
// merges paragraphs of two reports of the same agency copies the one it
// takes most from, and is no copy of the reports of other outlets.
func TestSeedsRepublished(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	// The second report of the file starts after a line of dashes.
	agency := strings.SplitN(read("001_2ec86771a3015b7c.txt"), "\n---", 2)
	ix := NewIndex(DefaultOptions())
	ix.Add("agency-1", agency[0])
	ix.Add("agency-2", agency[1])
	ix.Add("other-1", read("002_e4eb26376b8b29ab.txt"))
	ix.Add("other-2", read("004_59bdb630432fb0d7.txt"))
	m := ix.Add("republished", read("000_e782dfd99b929a36.txt"))
	if m.NearOf != "agency-2" {
		t.Errorf("got %+v, want a near copy of agency-2", m)
	}
}

func TestSignDeterministic(t *testing.T) {
	a, b := Sign(wire), Sign(wire)
	if a != b {
		t.Fatalf("two signatures of one text differ")
	}
	ix1, ix2 := NewIndex(Options{Seed: 7}), NewIndex(Options{Seed: 7})
	var s1, s2 Signature
	ix1.hasher.sign(wire, &s1)
	ix2.hasher.sign(wire, &s2)
	if s1 != s2 {
		t.Errorf("same seed: signatures differ")
	}
	var s3 Signature
	NewIndex(Options{Seed: 8}).hasher.sign(wire, &s3)
	if s1 == s3 {
		t.Errorf("different seeds: signatures are the same")
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"same text", wire, wire, 1, 1},
		{"one word changed", wire, replaceWords(wire, "Tuesday", "Monday"), 0.8, 1},
		{"other story", wire, other, 0, 0.1},
		{"rewrite", wire, rewrite, 0, 0.3},
		{"empty", "", "", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := Sign(tc.a), Sign(tc.b)
			got := a.Similarity(&b)
			if got < tc.min || got > tc.max {
				t.Errorf("Similarity = %.3f, want within [%.2f, %.2f]", got, tc.min, tc.max)
			}
			exact := Jaccard(Shingles(tc.a, 4), Shingles(tc.b, 4))
			if diff := got - exact; diff > 0.2 || diff < -0.2 {
				t.Errorf("Similarity = %.3f, far from the exact Jaccard %.3f", got, exact)
			}
		})
	}
}

func TestShinglesJaccardContainment(t *testing.T) {
	sentence := "The bridge will shut on March 3 and is expected to reopen in the autumn."
	tests := []struct {
		name        string
		a, b        string
		k           int
		jaccard     float64
		containment float64
	}{
		{"same", sentence, sentence, 3, 1, 1},
		{"folded alike", sentence, strings.ToUpper(sentence), 3, 1, 1},
		{"prefix contained", "The bridge will shut on March 3.", sentence, 3, 5.0 / 13, 1},
		{"disjoint", "Snow closed schools.", sentence, 3, 0, 0},
		{"short texts give one shingle", "Snow fell.", "snow, fell", 3, 1, 1},
		{"empty", "", sentence, 3, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := Shingles(tc.a, tc.k), Shingles(tc.b, tc.k)
			if got := Jaccard(a, b); fmt.Sprintf("%.4f", got) != fmt.Sprintf("%.4f", tc.jaccard) {
				t.Errorf("Jaccard = %.4f, want %.4f", got, tc.jaccard)
			}
			if got := Containment(a, b); fmt.Sprintf("%.4f", got) != fmt.Sprintf("%.4f", tc.containment) {
				t.Errorf("Containment = %.4f, want %.4f", got, tc.containment)
			}
		})
	}
}

func TestShinglesCount(t *testing.T) {
	tests := []struct {
		text string
		k    int
		want int
	}{
		{"one two three four five", 4, 2},
		{"one two three four five", 1, 5},
		{"one two", 4, 1},
		{"one one one one one one", 2, 1},
		{"", 4, 0},
		{"café Zoë naïve", 1, 3},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := len(Shingles(tc.text, tc.k)); got != tc.want {
				t.Errorf("len(Shingles(%q, %d)) = %d, want %d", tc.text, tc.k, got, tc.want)
			}
		})
	}
}

func TestHash(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"case and punctuation", "Hello, World!", "hello world", true},
		{"accents", "Café Zoë", "cafe zoe", true},
		{"curly apostrophe", "Berg\u2019s vote", "Berg's vote", true},
		{"word order", "hello world", "world hello", false},
		{"word boundary", "hello world", "helloworld", false},
		{"another word", "hello world", "hello word", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Hash(tc.a) == Hash(tc.b); got != tc.same {
				t.Errorf("Hash(%q) == Hash(%q): got %v, want %v", tc.a, tc.b, got, tc.same)
			}
		})
	}
}

func TestHashFoldsAsTextproc(t *testing.T) {
	tests := []string{
		"Zelenskyy’s “peace” plan",
		"Café naïve ÉLAN İstanbul",
		"Café combining mark",
		"snake_case and 3.5% of $1,200",
		"Αθήνα МОСКВА",
		"pre—2014 — dash",
	}
	for _, text := range tests {
		t.Run(text, func(t *testing.T) {
			folded := strings.Join(textproc.FoldedWords(text), " ")
			if Hash(text) != Hash(folded) {
				t.Errorf("Hash(%q) != Hash(%q), its folded words", text, folded)
			}
			if got, want := len(Shingles(text, 1)), len(Shingles(folded, 1)); got != want {
				t.Errorf("got %d distinct words, want %d as in %q", got, want, folded)
			}
		})
	}
}

func article(id string, minute int, text string) crosscheck.Article {
	return crosscheck.Article{
		ID:        id,
		Published: crosscheck.Date{Time: time.Date(2026, 3, 1, 9, minute, 0, 0, time.UTC)},
		Text:      text,
	}
}

func TestGroups(t *testing.T) {
	edited := replaceWords(wire, "Tuesday", "Monday", "routine", "regular")
	tests := []struct {
		name string
		arts []crosscheck.Article
		want []Group
	}{
		{
			name: "exact copies",
			arts: []crosscheck.Article{article("b", 2, wire), article("a", 1, wire), article("c", 3, other)},
			want: []Group{{Articles: []string{"a", "b"}, Exact: true}},
		},
		{
			name: "exact and near copies in one group",
			arts: []crosscheck.Article{
				article("a", 1, wire), article("b", 2, wire), article("c", 3, edited),
				article("d", 4, other), article("e", 5, rewrite), article("f", 6, other+"\n\nMore snow is expected."),
			},
			want: []Group{
				{Articles: []string{"a", "b", "c"}},
				{Articles: []string{"d", "f"}},
			},
		},
		{
			name: "chain of copies joins through the middle",
			arts: []crosscheck.Article{
				article("a", 1, wire),
				article("b", 2, wire+"\n\n"+paragraphs(other)[0]),
				article("c", 3, paragraphs(other)[0]+"\n\n"+wire+"\n\n"+paragraphs(other)[1]),
			},
			want: []Group{{Articles: []string{"a", "b", "c"}}},
		},
		{
			name: "no copies",
			arts: []crosscheck.Article{article("a", 1, wire), article("b", 2, other), article("c", 3, rewrite)},
			want: nil,
		},
		{name: "no articles", arts: nil, want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Groups(tc.arts, DefaultOptions())
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Groups mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOptionsDefaults(t *testing.T) {
	tests := []struct {
		name string
		in   Options
		want Options
	}{
		{"zero", Options{}, DefaultOptions()},
		{"too many rows", Options{Bands: 30, Rows: 3}, DefaultOptions()},
		{"long shingle capped", Options{Shingle: 99}, Options{Shingle: maxShingle, Bands: 20, Rows: 3, Threshold: 0.5, Contained: 0.7}},
		{"kept", Options{Shingle: 3, Bands: 16, Rows: 4, Threshold: 0.7, Contained: 0.9, Seed: 9}, Options{Shingle: 3, Bands: 16, Rows: 4, Threshold: 0.7, Contained: 0.9, Seed: 9}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.in.withDefaults()); diff != "" {
				t.Errorf("withDefaults mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMatchOf(t *testing.T) {
	tests := []struct {
		m    Match
		want string
	}{
		{Match{ExactOf: "a", Similarity: 1}, "a"},
		{Match{NearOf: "b", Similarity: 0.8}, "b"},
		{Match{}, ""},
	}
	for _, tc := range tests {
		if got := tc.m.Of(); got != tc.want {
			t.Errorf("%+v.Of() = %q, want %q", tc.m, got, tc.want)
		}
	}
}

func FuzzShingles(f *testing.F) {
	f.Add("The bridge will shut on March 3.", 3)
	f.Add("Caf\u00e9 \u201cZo\u00eb\u201d \xff\xfe", 1)
	f.Add("", 0)
	f.Fuzz(func(t *testing.T, text string, k int) {
		s := Shingles(text, k)
		for i := 1; i < len(s); i++ {
			if s[i-1] >= s[i] {
				t.Fatalf("shingles not sorted and distinct at %d", i)
			}
		}
		if len(s) > 0 && Jaccard(s, s) != 1 {
			t.Errorf("Jaccard(s, s) = %v, want 1", Jaccard(s, s))
		}
		sig := Sign(text)
		if len(s) > 0 && len(Shingles(text, 4)) > 0 && sig.Similarity(&sig) != 1 {
			t.Errorf("signature not similar to itself")
		}
	})
}
