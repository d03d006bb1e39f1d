package report

import (
	"embed"
	"html/template"
	"io"
	"strings"

	"crosscheck"
)

//go:embed templates/briefing.html
var templates embed.FS

var page = template.Must(template.New("briefing.html").Funcs(template.FuncMap{
	"join":   strings.Join,
	"has":    has,
	"value":  figureValue,
	"orNone": orNone,
	"speaker": func(s string) string {
		if s == "" {
			return "unattributed"
		}
		return s
	},
	"fact":   factText,
	"inc":    func(i int) int { return i + 1 },
	"shared": func(fs []crosscheck.Fact) []crosscheck.Fact { return factsBy(fs, true) },
	"single": func(fs []crosscheck.Fact) []crosscheck.Fact { return factsBy(fs, false) },
}).ParseFS(templates, "templates/briefing.html"))

// HTML writes b as one self-contained page: per story a facts-by-sources
// matrix, the quotes with their wordings, and the discrepancies
// highlighted. Every piece of input text goes through html/template's
// contextual escaping; the page loads nothing from elsewhere.
func HTML(w io.Writer, b *crosscheck.Briefing) error {
	return page.Execute(w, filled(b))
}

func has(list []string, id string) bool {
	for _, s := range list {
		if s == id {
			return true
		}
	}
	return false
}

func orNone(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// factText returns the text of facts[i], or "" for an index out of range.
func factText(facts []crosscheck.Fact, i int) string {
	if i < 0 || i >= len(facts) {
		return ""
	}
	return facts[i].Text
}

// factsBy returns the facts carried by more than one article (shared) or
// by one article only (!shared), in their order.
func factsBy(facts []crosscheck.Fact, shared bool) []crosscheck.Fact {
	var out []crosscheck.Fact
	for _, f := range facts {
		if len(f.Articles) > 1 == shared {
			out = append(out, f)
		}
	}
	return out
}
