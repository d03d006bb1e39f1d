package pipeline

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostileInputs generate, at scale n (1, 10 or 100; 100 is the size that
// once hung or killed the tool), the hostile inputs that the reading side
// must read or refuse in time linear in their size.
var hostileInputs = []struct {
	name string
	gen  func(r *rand.Rand, n int) string
}{
	{"names-one-text.txt", func(r *rand.Rand, n int) string {
		names := make([]string, 500*n)
		for i := range names {
			names[i] = fmt.Sprintf("%s %s", pick(r, "James Mary Robert Linda David Susan"), pick(r, "Smith Jones Brown Garcia Miller Wilson"))
		}
		return "Officials said " + strings.Join(names, ", ") + " met on Tuesday.\n"
	}},
	{"numbers-one-text.txt", func(r *rand.Rand, n int) string {
		nums := make([]string, 1000*n)
		for i := range nums {
			nums[i] = fmt.Sprint(r.Intn(1_000_000))
		}
		return "The figures were " + strings.Join(nums, ", ") + " in the report.\n"
	}},
	{"numbers-per-line.txt", func(r *rand.Rand, n int) string {
		var b strings.Builder
		for range 1000 * n {
			fmt.Fprintln(&b, r.Intn(1_000_000))
		}
		return b.String()
	}},
	{"paragraph-no-stop.txt", func(r *rand.Rand, n int) string {
		var b strings.Builder
		for b.Len() < 400_000*n {
			b.WriteString(pick(r, "the council said budget harbor would repair pier city vote plan") + " ")
		}
		return b.String()
	}},
	{"quotation-marks.txt", func(r *rand.Rand, n int) string {
		return "He said " + strings.Repeat(`"`, 2000*n) + " and left.\n"
	}},
	{"random-bytes.html", func(r *rand.Rand, n int) string {
		b := make([]byte, 5000*n)
		for i := range b {
			b[i] = byte(0x20 + r.Intn(0xe0))
		}
		return string(b)
	}},
	{"linked-paragraphs.html", func(r *rand.Rand, n int) string {
		var b strings.Builder
		b.WriteString("<html><body><article>")
		for i := range 120 * n {
			fmt.Fprintf(&b, "<p>The council said the harbor budget would pass on Tuesday, <a href=\"/s/%d\">more</a></p>\n", i)
		}
		return b.String() + "</article></body></html>"
	}},
	{"nested-tables.html", func(r *rand.Rand, n int) string {
		return "<html><body>" + strings.Repeat("<table><tr><td>", 2*n) + "<p>The harbor master said the pier would close.</p>" +
			strings.Repeat("</td></tr></table>", 2*n) + "</body></html>"
	}},
}

func pick(r *rand.Rand, words string) string {
	f := strings.Fields(words)
	return f[r.Intn(len(f))]
}

// BenchmarkHostileInputs reads each hostile input at 1x, 10x and 100x size
// through the articles path (ingest, extract, clean): each must be read or
// refused, and its cost per byte must not grow with its size.
func BenchmarkHostileInputs(b *testing.B) {
	for _, in := range hostileInputs {
		for _, n := range []int{1, 10, 100} {
			data := in.gen(rand.New(rand.NewSource(1)), n)
			path := filepath.Join(b.TempDir(), in.name)
			if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("%s/%dx", in.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				var r Result
				for b.Loop() {
					var err error
					if r, err = Read(context.Background(), []string{path}, Options{}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(len(r.Articles)), "articles")
				b.ReportMetric(float64(len(r.Errors)), "refused")
			})
		}
	}
}
