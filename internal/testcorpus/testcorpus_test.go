package testcorpus

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

func TestGoldID(t *testing.T) {
	tests := []struct {
		name, file string
		part       int
		want       string
	}{
		{"base name", "001_2ec86771a3015b7c.txt", 2, "001#2"},
		{"path", "../../testdata/seeds/000_e782dfd99b929a36.txt", 1, "000#1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := GoldID(tc.file, tc.part); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestCopies(t *testing.T) {
	got := Copies([]crosscheck.Article{{ID: "a"}, {ID: "b"}}, 2)
	var ids []string
	for _, a := range got {
		ids = append(ids, a.ID)
	}
	if diff := cmp.Diff([]string{"a/0", "b/0", "a/1", "b/1"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}

func TestSeedDocuments(t *testing.T) {
	docs := SeedDocuments(t)
	if len(docs) == 0 {
		t.Fatal("got no seed documents, want some")
	}
	for _, d := range docs {
		if d.Body == "" || d.Format != crosscheck.FormatText {
			t.Errorf("%s: got format %q and %d bytes, want text with a body", d.Source, d.Format, len(d.Body))
		}
	}
}

func TestDatasetAbsentSkips(t *testing.T) {
	skipped := false
	t.Run("absent", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Dataset(t, "no-such-dataset")
	})
	if !skipped {
		t.Error("got no skip for an absent dataset, want one")
	}
}
