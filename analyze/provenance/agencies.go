package provenance

import (
	"strings"

	"crosscheck/internal/lexicon"
	"crosscheck/internal/textproc"
)

// foldName folds an outlet or agency name for comparison: case, accents,
// punctuation and a leading "the" do not count.
func foldName(s string) string { return lexicon.OutletKey(s) }

// lookupAgency returns the canonical name of the agency that s names, by
// full name, alias, code or web domain ("www.reuters.com").
func lookupAgency(s string) (string, bool) {
	if o, ok := lexicon.LookupOutlet(s); ok {
		if !o.Agency {
			return "", false
		}
		return o.Name, true
	}
	if !strings.Contains(s, ".") || strings.ContainsAny(strings.TrimSpace(s), " \t") {
		return "", false
	}
	w := textproc.FoldedWords(s)
	if len(w) > 0 && w[0] == "www" {
		w = w[1:]
	}
	for len(w) > 1 && topLevel[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	if o, ok := lexicon.LookupOutlet(strings.Join(w, " ")); ok && o.Agency {
		return o.Name, true
	}
	return "", false
}

// topLevel holds the web domain endings that lookupAgency looks past.
var topLevel = map[string]bool{
	"com": true, "org": true, "net": true, "co": true, "uk": true, "ru": true, "cn": true,
	"de": true, "fr": true, "in": true, "ca": true, "au": true, "jp": true, "kr": true,
	"it": true, "es": true, "tr": true, "info": true, "news": true,
}
