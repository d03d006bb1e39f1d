package crosscheck_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"testing"
	"time"

	"crosscheck"
)

func TestDateRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want crosscheck.Date
	}{
		{"unknown", "", crosscheck.Date{}},
		{"day", "2025-02-12", crosscheck.Day(2025, time.February, 12)},
		{"time", "2025-02-12T09:30:00Z", crosscheck.Date{Time: time.Date(2025, 2, 12, 9, 30, 0, 0, time.UTC)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := crosscheck.ParseDate(tc.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tc.in, err)
			}
			if !got.Time.Equal(tc.want.Time) || got.DayOnly != tc.want.DayOnly {
				t.Errorf("ParseDate(%q) = %+v, want %+v", tc.in, got, tc.want)
			}
			if s := got.String(); s != tc.in {
				t.Errorf("String() = %q, want %q", s, tc.in)
			}
			b, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			var back crosscheck.Date
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if back.String() != tc.in {
				t.Errorf("JSON round trip: got %q, want %q", back.String(), tc.in)
			}
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"12/02/2025", "yesterday", "2025-13-01"} {
		if _, err := crosscheck.ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q): got no error, want one", in)
		}
	}
}

func TestArticleParagraphs(t *testing.T) {
	a := crosscheck.Article{Text: "First.\n\n  \n\nSecond line\nstill second.\n\n"}
	got := a.Paragraphs()
	if len(got) != 2 || got[0] != "First." || got[1] != "Second line\nstill second." {
		t.Errorf("Paragraphs() = %q, want two paragraphs", got)
	}
}

func TestError(t *testing.T) {
	base := io.ErrUnexpectedEOF
	err := crosscheck.Errorf(crosscheck.Invalid, "read warc", "news.warc.gz", "truncated record: %w", base)
	if got, want := err.Error(), "news.warc.gz: read warc: truncated record: unexpected EOF"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(err, base) {
		t.Errorf("errors.Is(err, %v) = false, want true", base)
	}
	wrapped := fmt.Errorf("pipeline: %w", err)
	if got := crosscheck.ErrorKind(wrapped); got != crosscheck.Invalid {
		t.Errorf("ErrorKind = %v, want %v", got, crosscheck.Invalid)
	}
	if got := crosscheck.ErrorKind(errors.New("plain")); got != crosscheck.Other {
		t.Errorf("ErrorKind of a plain error = %v, want %v", got, crosscheck.Other)
	}
	outer := &crosscheck.Error{Op: "brief", Err: err}
	if got := crosscheck.ErrorKind(outer); got != crosscheck.Invalid {
		t.Errorf("ErrorKind through an unclassified Error = %v, want %v", got, crosscheck.Invalid)
	}
	if got := crosscheck.Kind(99).String(); got != "error" {
		t.Errorf("Kind(99).String() = %q, want %q", got, "error")
	}
}

func ExampleDate_String() {
	fmt.Println(crosscheck.Day(2025, time.February, 12))
	fmt.Println(crosscheck.Date{Time: time.Date(2025, 2, 12, 9, 30, 0, 0, time.UTC)})
	// Output:
	// 2025-02-12
	// 2025-02-12T09:30:00Z
}
