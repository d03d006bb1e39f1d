package cluster

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"crosscheck"
)

// stream is a firehose with what a long run meets besides: undated
// articles (first, so that their stories stay undated), dates in another
// zone, reports that bridge two stories, and a MaxOpen and a window small
// enough that stories close both ways.
func stream(n int) ([]crosscheck.Article, Options) {
	arts := firehose(n, 7)
	east := time.FixedZone("east", 5*3600+1800)
	for i := range arts {
		switch {
		case i < 6:
			arts[i].Published = crosscheck.Date{}
		case i%17 == 3:
			arts[i].Published = crosscheck.Date{}
		case i%17 == 5:
			arts[i].Published.Time = arts[i].Published.Time.In(east)
			arts[i].Published.DayOnly = true
		case i%23 == 11:
			arts[i].Title = arts[i-1].Title + " " + arts[i-4].Title
			arts[i].Text = arts[i-1].Text + " " + arts[i-4].Text
		}
	}
	return arts, Options{Window: 36 * time.Hour, MaxOpen: 300}
}

// run adds arts to c and returns the changes of each step.
func run(c *Clusterer, arts []crosscheck.Article) []Changes {
	var out []Changes
	for i := range arts {
		c.Add(&arts[i])
		out = append(out, c.Changes())
	}
	return out
}

func TestSaveRestoreContinues(t *testing.T) {
	arts, opts := stream(3000)
	whole := New(opts)
	whole.Track()
	wantSteps := run(whole, arts)
	wantState, err := whole.Save()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]crosscheck.Story{}
	for _, s := range whole.Stories() {
		want[s.ID] = s
	}
	openAtEnd := whole.open

	for _, half := range []int{6, len(arts) / 2, len(arts) - 1} {
		first := New(opts)
		first.Track()
		gotSteps := run(first, arts[:half])
		data, err := first.Save()
		if err != nil {
			t.Fatal(err)
		}
		second, err := Restore(data, opts)
		if err != nil {
			t.Fatal(err)
		}
		gotSteps = append(gotSteps, run(second, arts[half:])...)
		gotState, err := second.Save()
		if err != nil {
			t.Fatal(err)
		}
		// The restored clusterer has the stories open at the split and
		// those opened since: every open one, each as one run has it.
		got := second.Stories()
		for _, s := range got {
			if diff := cmp.Diff(want[s.ID], s); diff != "" {
				t.Errorf("split at %d: story %s after Save and Restore differs from one run's (-want +got):\n%s", half, s.ID, diff)
			}
		}
		if n := len(got); n < openAtEnd || n > len(want) {
			t.Errorf("split at %d: got %d stories, want all %d open ones and at most %d", half, n, openAtEnd, len(want))
		}
		if diff := cmp.Diff(wantSteps, gotSteps); diff != "" {
			t.Errorf("split at %d: changes after Save and Restore differ from one run (-want +got):\n%s", half, diff)
		}
		if !bytes.Equal(wantState, gotState) {
			t.Errorf("split at %d: final states differ: %d and %d bytes", half, len(wantState), len(gotState))
		}
		if half == 6 && first.timeless.head == nil {
			t.Errorf("no undated story open at the split at 6")
		}
	}

	// The stream must exercise what the state holds: merges, closed
	// stories and undated ones.
	merges, closed := 0, 0
	for _, st := range wantSteps {
		for _, e := range st.Events {
			if e.Kind == crosscheck.StoryMerged {
				merges++
			}
		}
	}
	for _, s := range whole.stories {
		if s != nil && !s.open {
			closed++
		}
	}
	if merges == 0 || closed == 0 {
		t.Errorf("stream too tame: %d merges, %d closed stories", merges, closed)
	}
}

func TestChanges(t *testing.T) {
	day := at(2025, 3, 3, 9)
	arts := []crosscheck.Article{
		{ID: "a", Published: day, Text: "Alderbrook reservoir dam cracked overnight, engineers warned."},
		{ID: "b", Published: day, Text: "Quillon township residents fled rising floodwater downstream."},
		{ID: "c", Published: day, Text: "Alderbrook reservoir dam cracked overnight, engineers warned; Quillon township residents fled rising floodwater downstream."},
	}
	c := New(Options{})
	c.Add(&arts[0])
	if got := c.Changes(); len(got.Events) != 0 || len(got.Stories) != 0 {
		t.Fatalf("a Clusterer that does not track reported %+v", got)
	}
	c.Track()
	c.Add(&arts[1])
	sa, sb := crosscheck.StoryID("a"), crosscheck.StoryID("b")
	want := Changes{
		Events:  []crosscheck.StoryEvent{{Story: sb, Kind: crosscheck.StoryOpened, Article: "b"}},
		Stories: []crosscheck.Story{{ID: sb, Articles: []string{"b"}, First: day, Last: day}},
	}
	if diff := cmp.Diff(want, c.Changes()); diff != "" {
		t.Errorf("opening (-want +got):\n%s", diff)
	}
	c.Add(&arts[2])
	got := c.Changes()
	// c joins one of the two stories and bridges them; the merged story
	// keeps the id of the older, a's.
	if n := len(got.Events); n != 2 || got.Events[0].Kind != crosscheck.StoryJoined || got.Events[0].Article != "c" {
		t.Fatalf("got events %+v, want a join of c then a merge", got.Events)
	}
	if diff := cmp.Diff(crosscheck.StoryEvent{Story: sa, Kind: crosscheck.StoryMerged, Other: sb}, got.Events[1]); diff != "" {
		t.Errorf("merge event (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]string{sb: sa}, got.Gone); diff != "" {
		t.Errorf("gone (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]crosscheck.Story{{ID: sa, Articles: []string{"a", "b", "c"}, First: day, Last: day}}, got.Stories); diff != "" {
		t.Errorf("changed stories (-want +got):\n%s", diff)
	}
	for _, id := range []string{"a", "b", "c"} {
		if !c.Has(id) {
			t.Errorf("Has(%q) = false after adding it", id)
		}
	}
	if c.Has("d") {
		t.Error(`Has("d") = true, never added`)
	}
}

// withCRC returns body with the checksum a state ends with.
func withCRC(body []byte) []byte {
	return binary.LittleEndian.AppendUint32(append([]byte(nil), body...), crc32.ChecksumIEEE(body))
}

func TestRestoreRefuses(t *testing.T) {
	arts, opts := stream(200)
	c := New(opts)
	for i := range arts {
		c.Add(&arts[i])
	}
	good, err := c.Save()
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x40
	newer := bytes.Clone(good[:len(good)-4])
	newer[len(stateMagic)] = stateVersion + 1
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "not a cluster state"},
		{"foreign", `{"stories": []}`, "not a cluster state"},
		{"truncated", string(good[:len(good)-9]), "checksum"},
		{"flipped byte", string(flipped), "checksum"},
		{"newer version", string(withCRC(newer)), fmt.Sprintf("version %d,", stateVersion+1)},
		{"checksummed garbage", string(withCRC(append([]byte(stateMagic+string(rune(stateVersion))), 0xff, 0xff, 0xff, 0xff, 0x0f))), "corrupted"},
		{"trailing bytes", string(withCRC(append(bytes.Clone(good[:len(good)-4]), 0))), "trailing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Restore([]byte(tc.data), opts)
			if err == nil {
				t.Fatalf("got a Clusterer with %d articles, want an error", len(c.arts))
			}
			if k := crosscheck.ErrorKind(err); k != crosscheck.Invalid {
				t.Errorf("got kind %v, want invalid input", k)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %q, want it to mention %q", err, tc.want)
			}
		})
	}
}

// FuzzRestore feeds Restore states with a valid checksum, so that the
// fuzzer reaches the decoder rather than the checksum. Whatever it
// accepts must take more articles and save again.
func FuzzRestore(f *testing.F) {
	arts, opts := stream(60)
	c := New(opts)
	for i := range arts[:40] {
		c.Add(&arts[i])
		if i%10 == 9 {
			data, err := c.Save()
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data[:len(data)-4])
		}
	}
	f.Add([]byte(stateMagic + "\x01"))
	f.Fuzz(func(t *testing.T, body []byte) {
		c, err := Restore(withCRC(body), opts)
		if err != nil {
			if crosscheck.ErrorKind(err) != crosscheck.Invalid {
				t.Fatalf("got kind %v, want invalid input: %v", crosscheck.ErrorKind(err), err)
			}
			return
		}
		for i := range arts[40:] {
			c.Add(&arts[40+i])
		}
		c.Stories()
		c.Changes()
		data, err := c.Save()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Restore(data, opts); err != nil {
			t.Fatalf("a state Save wrote fails to restore: %v", err)
		}
	})
}

// BenchmarkSaveRestore saves and restores the state of a clusterer that
// has taken 20,000 firehose articles, and reports the state's size.
func BenchmarkSaveRestore(b *testing.B) {
	arts := firehose(20000, 3)
	c := New(Options{})
	for i := range arts {
		c.Add(&arts[i])
	}
	data, err := c.Save()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if data, err = c.Save(); err != nil {
			b.Fatal(err)
		}
		if _, err := Restore(data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(data))/float64(len(arts)), "state-bytes/article")
}
