package pipeline

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// garbage returns n seeded random bytes drawn from alphabet.
func garbage(seed int64, n int, alphabet []byte) string {
	r := rand.New(rand.NewSource(seed))
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.Intn(len(alphabet))]
	}
	return string(b)
}

func byteRange(lo, hi int) []byte {
	var b []byte
	for c := lo; c <= hi; c++ {
		b = append(b, byte(c))
	}
	return b
}

// TestGarbageRefused checks that random bytes with no NUL byte are refused
// as not text, whatever the file is named and however short, through
// extraction for the .html files, and that short real reports beside them
// are kept.
func TestGarbageRefused(t *testing.T) {
	alphabets := map[string][]byte{
		"bytes":     byteRange(1, 255),
		"printable": byteRange(0x20, 0x7e),
		"high":      byteRange(0x80, 0xff),
		"letters":   []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ     "),
	}
	files := map[string]string{}
	seed := int64(1)
	for name, alphabet := range alphabets {
		for _, n := range []int{50, 500, 5000} {
			for _, ext := range []string{"html", "txt", "md"} {
				seed++
				files[fmt.Sprintf("junk/%s-%d.%s", name, n, ext)] = garbage(seed, n, alphabet)
			}
		}
	}
	kept := map[string]string{
		"headline.txt": "Quake of magnitude 6.1 hits eastern Taiwan",
		"brief.md":     "ROME (Reuters) — Italy's parliament approved the budget on Friday by 201 votes to 120. The opposition said it would appeal.",
		"french.txt":   "Le Parlement a adopté vendredi le budget par 201 voix contre 120, a indiqué l'Assemblée.",
		"russian.txt":  "Парламент в пятницу утвердил бюджет: 201 голос «за», 120 «против».",
		"figures.txt":  "Results, first round\n\nArsenal 2 Chelsea 1\nLiverpool 3 Everton 0\nLeeds 1 Fulham 1\nAttendance: 60,383; 52,104; 36,960",
		"brief.html":   "<!doctype html><html><head><title>Budget passes</title></head><body><article><p>Italy's parliament approved the budget on Friday by 201 votes to 120.</p></article></body></html>",
	}
	for name, body := range kept {
		files["kept/"+name] = body
	}
	dir := writeFiles(t, files)
	res, err := Read(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	refused := map[string]string{}
	for _, e := range res.Errors {
		refused[e.File[len(dir)+1:]] = e.Error
	}
	for name := range files {
		if !strings.HasPrefix(name, "junk/") {
			continue
		}
		why, ok := refused[name]
		switch {
		case !ok:
			t.Errorf("%s: accepted, want refused as not text", name)
		case !strings.Contains(why, "not text") && !strings.Contains(why, "binary"):
			t.Errorf("%s: refused with %q, want a not text error", name, why)
		}
	}
	got := map[string]bool{}
	for _, a := range res.Articles {
		got[a.File[len(dir)+1:]] = true
	}
	for name := range kept {
		if !got["kept/"+name] {
			t.Errorf("kept/%s: got no article (error %q), want it kept", name, refused["kept/"+name])
		}
	}
}
