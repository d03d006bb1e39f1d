package extract

import (
	"context"
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"crosscheck"
	"crosscheck/clean"
	"crosscheck/eval"
	"strings"
)

func TestScratch(t *testing.T) {
	v := os.Getenv("XSCRATCH")
	if v == "" {
		t.Skip()
	}
	dir := "/work/shared/datasets/article-extraction-benchmark"
	start := time.Now()
	var mu sync.Mutex
	dl, _ := os.Create("/tmp/dropped.tsv")
	defer dl.Close()
	rep, err := eval.RunExtract(context.Background(), dir, 2, func(ctx context.Context, name string, b []byte) (eval.Extracted, error) {
		d, err := HTML(ctx, crosscheck.Document{Source: name, Format: crosscheck.FormatHTML, Body: string(b)}, Options{Fast: v == "fast"})
		if v == "clean" && err == nil {
			arts, dropped := clean.Clean(d, clean.Options{Single: true})
			mu.Lock()
			for _, x := range dropped {
				fmt.Fprintf(dl, "%s\t%s\t%s\n", name[:10], x.Kind, strings.ReplaceAll(x.Text, "\n", " / "))
			}
			mu.Unlock()
			var ts []string
			for _, a := range arts {
				ts = append(ts, a.Text)
			}
			d.Body = strings.Join(ts, "\n\n")
		}
		return eval.Extracted{Text: d.Body, Title: d.Title, URL: d.URL, Published: d.Published}, err
	})
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	fmt.Printf("%s: F1 %.4f P %.4f R %.4f failed %d  %.1f pages/s\n", v, rep.Score.F1, rep.Score.Precision, rep.Score.Recall, rep.Failed, float64(len(rep.Results))/el.Seconds())
	fmt.Printf("meta %+v\n", rep.Metadata)
	rs := rep.Results
	f1 := func(c eval.ShingleCounts) float64 { return 2 * float64(c.TP) / float64(2*c.TP+c.FP+c.FN+1) }
	sort.Slice(rs, func(i, j int) bool { return f1(rs[i].Counts) < f1(rs[j].Counts) })
	f, _ := os.Create("/tmp/xs_" + v + ".txt")
	defer f.Close()
	for _, r := range rs {
		fmt.Fprintf(f, "%s %.3f tp=%d fp=%d fn=%d err=%v %s | %s | %s | %s\n", r.Page.ID[:10], f1(r.Counts), r.Counts.TP, r.Counts.FP, r.Counts.FN, r.Err, r.Page.URL, r.Extracted.Title, r.Extracted.URL, r.Extracted.Published)
	}
	os.MkdirAll("/tmp/xs_out_"+v, 0o755)
	for _, r := range rs {
		os.WriteFile("/tmp/xs_out_"+v+"/"+r.Page.ID[:10]+".txt", []byte(r.Extracted.Text), 0o644)
	}
}
