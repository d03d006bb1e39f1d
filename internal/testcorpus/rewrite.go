package testcorpus

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// rewordings are the word swaps Rewrite makes, as an outlet rewriting a
// wire report would.
var rewordings = map[string][]string{
	"said":      {"told reporters", "stated", "added", "said on Wednesday"},
	"says":      {"states", "notes"},
	"people":    {"residents", "persons"},
	"officials": {"authorities", "officers"},
	"killed":    {"left dead", "killed"},
	"more":      {"over", "upwards of"},
	"about":     {"around", "roughly"},
	"after":     {"following", "in the wake of"},
	"before":    {"ahead of", "prior to"},
	"large":     {"big", "major"},
	"big":       {"large", "huge"},
	"began":     {"started", "got under way"},
	"started":   {"began"},
	"also":      {"additionally", "too"},
	"but":       {"however", "yet"},
	"because":   {"as", "since"},
	"near":      {"close to", "outside"},
	"announced": {"unveiled", "declared"},
	"the":       {"the", "the", "this"},
}

// Rewrite returns n articles rewritten from base, as the outlets of a big
// news day rewrite the same few reports: each takes one base article,
// reorders its paragraphs after the first, drops and rewords sentences and
// perturbs some names and figures. The same seed gives the same articles.
func Rewrite(base []crosscheck.Article, n int, seed uint64) []crosscheck.Article {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]crosscheck.Article, 0, n)
	for i := range n {
		a := base[i%len(base)]
		a.ID = fmt.Sprintf("%s-r%d", a.ID, i)
		a.Outlet = fmt.Sprintf("Outlet %d", i)
		if i >= len(base) {
			a.Text = rewriteText(rng, a.Text)
			if a.Title != "" && rng.IntN(2) == 0 {
				a.Title = rewriteSentence(rng, a.Title)
			}
		}
		out = append(out, a)
	}
	return out
}

func rewriteText(rng *rand.Rand, text string) string {
	paras := strings.Split(text, "\n\n")
	if len(paras) > 2 {
		rest := paras[1:]
		for k := 0; k < len(rest)/3+1; k++ {
			i, j := rng.IntN(len(rest)), rng.IntN(len(rest))
			rest[i], rest[j] = rest[j], rest[i]
		}
	}
	var b strings.Builder
	for _, p := range paras {
		var kept []string
		for _, sp := range textproc.SentenceSpans(p) {
			s := p[sp.Start:sp.End]
			if rng.IntN(8) == 0 && len(kept) > 0 {
				continue
			}
			if rng.IntN(3) > 0 {
				s = rewriteSentence(rng, s)
			}
			kept = append(kept, s)
		}
		if len(kept) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.Join(kept, " "))
	}
	return b.String()
}

func rewriteSentence(rng *rand.Rand, s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		core := strings.TrimRightFunc(w, unicode.IsPunct)
		tail := w[len(core):]
		switch {
		case rewordings[core] != nil && rng.IntN(3) == 0:
			alts := rewordings[core]
			ws[i] = alts[rng.IntN(len(alts))] + tail
		case isNumber(core) && rng.IntN(6) == 0:
			v, _ := strconv.Atoi(core)
			ws[i] = strconv.Itoa(v+1+rng.IntN(v/10+2)) + tail
		case i > 0 && len(core) > 5 && unicode.IsUpper([]rune(core)[0]) && rng.IntN(25) == 0:
			r := []rune(core)
			k := 1 + rng.IntN(len(r)-2)
			r[k], r[k+1] = r[k+1], r[k]
			ws[i] = string(r) + tail
		}
	}
	return strings.Join(ws, " ")
}

func isNumber(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
