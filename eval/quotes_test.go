package eval

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/internal/testcorpus"
)

func TestQuotesOnBASIL(t *testing.T) {
	dir := testcorpus.Dataset(t, "basil-dev")
	set, err := LoadBASILQuotes(dir)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := ScoreQuotes(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range sc.Excluded {
		n += c
	}
	if n+sc.Named != sc.Annotated {
		t.Errorf("excluded %d + named %d: got %d, want the %d annotated", n, sc.Named, n+sc.Named, sc.Annotated)
	}
	if sc.Named == 0 {
		t.Fatal("no named cases")
	}
	t.Logf("speaker accuracy %.3f (%d of %d); not in a quote %d, wrong speaker %d, no speaker %d",
		sc.Accuracy(), sc.Right, sc.Named, sc.Count(MissNotInQuote), sc.Count(MissWrongSpeaker), sc.Count(MissNoSpeaker))
	if got := sc.Accuracy(); got < 0.9 {
		t.Errorf("speaker accuracy on named people: got %.3f, want at least 0.9", got)
	}
}

func TestSpeakerClass(t *testing.T) {
	tests := map[string]string{
		"Michael_Steele":                  "",
		"Trump":                           "",
		"Ruth_Bader_Ginsburg":             "",
		"other_anti":                      ExcludedUnnamed,
		"":                                ExcludedUnnamed,
		"Obama_campaign":                  ExcludedGroup,
		"NAACP":                           ExcludedGroup,
		"Democrats":                       ExcludedGroup,
		"Senate_Republicans":              ExcludedGroup,
		"Tea_Party":                       ExcludedGroup,
		"Democratic_Lawmakers":            ExcludedGroup,
		"BuzzFeed":                        ExcludedGroup,
		"Secure_America_Now":              ExcludedGroup,
		"senate_Democrats":                ExcludedGroup,
		"Nebraska_and_Oklahoma_officials": ExcludedGroup,
		"Donald_Trump_Jr.":                "",
		"Alexandria_Ocasio-Cortez":        "",
		"Mitch_McConnell":                 "",
		"Ron_DeSantis":                    "",
		"Douglas_MacArthur":               "",
		"Bernie_Sanders":                  "",
	}
	for in, want := range tests {
		if got := speakerClass(in); got != want {
			t.Errorf("speakerClass(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBasilText(t *testing.T) {
	text, offs := basilText([][]string{{" First one.", "Second \u201cquote\u201d."}, {}, {"Third."}})
	if want := "First one. Second \u201cquote\u201d.\n\nThird."; text != want {
		t.Fatalf("text: got %q, want %q", text, want)
	}
	if diff := cmp.Diff([]int{-1, 11, 32}, offs); diff != "" {
		t.Errorf("offsets mismatch (-want +got):\n%s", diff)
	}
	// Annotation offsets count code points in the sentence.
	s, e, ok := locate(text, offs, 7, 14, "\u201cquote\u201d")
	if !ok || text[s:e] != "\u201cquote\u201d" {
		t.Errorf("locate: got %q, %v, want the quoted word", text[s:e], ok)
	}
}

func TestHasSurname(t *testing.T) {
	tests := []struct {
		found, annotated string
		want             bool
	}{
		{"Mr. Steele", "Michael_Steele", true},
		{"Felipe Calder\u00f3n", "Felipe_Calder", true},
		{"the president", "Barack_Obama", false},
		{"Steele", "Trump", false},
		{"Alexandria Ocasio-Cortez", "Alexandria_Ocasio-Cortez", true},
		{"Ocasio-Cortez", "Alexandria_Ocasio-Cortez", true},
		{"Ray Cortez", "Alexandria_Ocasio-Cortez", false},
		{"Donald Trump Jr.", "Donald_Trump_Jr.", true},
		{"Trump Jr.", "Donald_Trump_Jr.", true},
		{"Donald Trump", "Donald_Trump_Jr.", false},
		{"Donald Trump Jr.", "Donald_Trump", false},
	}
	for _, tc := range tests {
		if got := hasSurname(tc.found, tc.annotated); got != tc.want {
			t.Errorf("hasSurname(%q, %q) = %v, want %v", tc.found, tc.annotated, got, tc.want)
		}
	}
}
