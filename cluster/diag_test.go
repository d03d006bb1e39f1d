package cluster

import (
	"crosscheck"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck/eval"
)

func TestDiag(t *testing.T) {
	arts, labels, err := eval.LoadBASILStories("../../shared/datasets/basil-dev")
	if err != nil {
		t.Skip(err)
	}
	for _, hl := range []bool{false, true} {
		a := arts
		if hl {
			a = eval.HeadlinesOnly(arts)
		}
		st := Group(a, DefaultOptions())
		sc := eval.ScoreStories(st, labels)
		fmt.Printf("headline=%v %+v\n", hl, sc)
		if os.Getenv("DIAG") != "" {
			for _, s := range st {
				fmt.Println(s.First, s.Title)
				for _, id := range s.Articles {
					fmt.Println("   ", labels[id][:6], id[:6])
				}
			}
		}
	}
}

func TestMargins(t *testing.T) {
	arts, labels, err := eval.LoadBASILStories("../../shared/datasets/basil-dev")
	if err != nil {
		t.Skip(err)
	}
	if os.Getenv("HL") != "" {
		arts = eval.HeadlinesOnly(arts)
	}
	st := Group(arts, DefaultOptions())
	_ = st
	// Oracle: stories by label, features computed in stream order.
	c := New(DefaultOptions())
	byLabel := map[string]*story{}
	sorted := append([]crosscheck.Article(nil), arts...)
	slices.SortFunc(sorted, func(a, b crosscheck.Article) int {
		if d := a.Published.Time.Compare(b.Published.Time); d != 0 {
			return d
		}
		return strings.Compare(a.ID, b.ID)
	})
	for i := range sorted {
		a := &sorted[i]
		terms, names := c.features(a)
		var tt, tn, ft, fn float64
		var fl string
		for l, s := range byLabel {
			gap := a.Published.Time.Sub(s.clock)
			tv, nv := score(s, terms, names)
			if l == labels[a.ID] {
				tt, tn = tv, nv
				continue
			}
			if gap > 7*24*time.Hour && os.Getenv("NOTIME") == "" {
				continue
			}
			if tv+nv > ft+fn {
				ft, fn, fl = tv, nv, l[:6]
			}
		}
		s := byLabel[labels[a.ID]]
		if s == nil {
			s = &story{}
			byLabel[labels[a.ID]] = s
		}
		s.arts = append(s.arts, 0)
		s.terms = add(s.terms, terms, c.opts.StoryTerms)
		s.names = add(s.names, names, c.opts.StoryNames)
		s.termNorm, s.nameNorm, s.clock = s.terms.norm(), s.names.norm(), a.Published.Time
		if len(s.arts) > 1 {
			fmt.Printf("%s %s true t=%.2f n=%.2f | false t=%.2f n=%.2f %s  %q\n", a.Published, labels[a.ID][:6], tt, tn, ft, fn, fl, a.Title)
		}
	}
}

func TestSweep(t *testing.T) {
	arts, labels, err := eval.LoadBASILStories("../../shared/datasets/basil-dev")
	if err != nil {
		t.Skip(err)
	}
	hl := eval.HeadlinesOnly(arts)
	for _, th := range []float64{0.1, 0.15, 0.2, 0.25, 0.3} {
		for _, nt := range []float64{0.1, 0.15, 0.2, 0.25, 0.3} {
			o := DefaultOptions()
			o.Threshold, o.NameThreshold = th, nt
			a := eval.ScoreStories(Group(arts, o), labels)
			b := eval.ScoreStories(Group(hl, o), labels)
			fmt.Printf("th=%.2f nt=%.2f full F1=%.3f P=%.3f R=%.3f n=%d | hl F1=%.3f n=%d\n", th, nt, a.F1, a.Precision, a.Recall, a.Predicted, b.F1, b.Predicted)
		}
	}
	for _, d := range []int{1, 2, 3, 4, 5, 7, 10, 14} {
		o := DefaultOptions()
		o.Window = time.Duration(d) * 24 * time.Hour
		a := eval.ScoreStories(Group(arts, o), labels)
		b := eval.ScoreStories(Group(hl, o), labels)
		fmt.Printf("window=%dd full F1=%.3f P=%.3f R=%.3f n=%d | hl F1=%.3f n=%d\n", d, a.F1, a.Precision, a.Recall, a.Predicted, b.F1, b.Predicted)
	}
}

func TestSameDay(t *testing.T) {
	arts, labels, err := eval.LoadBASILStories("../../shared/datasets/basil-dev")
	if err != nil {
		t.Skip(err)
	}
	one := slices.Clone(arts)
	for i := range one {
		one[i].Published = crosscheck.Day(2020, 1, 1)
	}
	for _, th := range []float64{0.2, 0.25, 0.3} {
		o := DefaultOptions()
		o.Threshold = th
		a := eval.ScoreStories(Group(one, o), labels)
		fmt.Printf("sameday th=%.2f %+v\n", th, a)
	}
}
