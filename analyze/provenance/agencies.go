package provenance

import (
	"strings"

	"crosscheck/internal/textproc"
)

// agency is a news agency whose stories other outlets republish.
type agency struct {
	name string
	// codes are the short forms used in datelines and credits ("AP"),
	// matched with their case.
	codes []string
	// aliases are other spellings of the name.
	aliases []string
}

// agencies are the well-known wire services. Their stories are the ones
// outlets copy, so an article that carries one of their datelines stands for
// the agency, not for the outlet that printed it.
var agencies = []agency{
	{name: "Associated Press", codes: []string{"AP"}, aliases: []string{"AP News", "apnews"}},
	{name: "Reuters", codes: []string{"Reuters"}, aliases: []string{"Thomson Reuters"}},
	{name: "Agence France-Presse", codes: []string{"AFP"}, aliases: []string{"Agence France Presse", "France-Presse", "France Presse"}},
	{name: "United Press International", codes: []string{"UPI"}},
	{name: "Deutsche Presse-Agentur", codes: []string{"dpa", "DPA"}},
	{name: "Bloomberg", codes: []string{"Bloomberg"}, aliases: []string{"Bloomberg News"}},
	{name: "Xinhua", codes: []string{"Xinhua"}, aliases: []string{"Xinhua News Agency", "xinhuanet"}},
	{name: "Kyodo News", codes: []string{"Kyodo"}},
	{name: "Jiji Press", codes: []string{"Jiji"}},
	{name: "Yonhap", codes: []string{"Yonhap"}},
	{name: "ANSA", codes: []string{"ANSA"}},
	{name: "EFE", codes: []string{"EFE"}},
	{name: "Tass", codes: []string{"TASS", "Tass"}},
	{name: "Interfax", codes: []string{"Interfax"}},
	{name: "RIA Novosti", codes: []string{"RIA"}},
	{name: "Anadolu Agency", codes: []string{"Anadolu", "AA"}},
	{name: "Press Trust of India", codes: []string{"PTI"}},
	{name: "Asian News International", codes: []string{"ANI"}},
	{name: "Indo-Asian News Service", codes: []string{"IANS"}},
	{name: "Australian Associated Press", codes: []string{"AAP"}},
	{name: "The Canadian Press", codes: []string{"CP"}, aliases: []string{"Canadian Press"}},
	{name: "PA Media", codes: []string{"PA"}, aliases: []string{"Press Association"}},
	{name: "Ukrinform", codes: []string{"Ukrinform"}},
	{name: "ANP", codes: []string{"ANP"}},
}

// foldName folds an outlet or agency name for comparison: case, accents,
// punctuation and a leading "the" do not count.
func foldName(s string) string {
	w := textproc.FoldedWords(s)
	if len(w) > 1 && w[0] == "the" {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// agencyByName maps folded names, aliases and codes to agencies.
var agencyByName = func() map[string]*agency {
	m := map[string]*agency{}
	for i := range agencies {
		a := &agencies[i]
		m[foldName(a.name)] = a
		for _, s := range a.aliases {
			m[foldName(s)] = a
		}
		for _, s := range a.codes {
			if _, ok := m[foldName(s)]; !ok {
				m[foldName(s)] = a
			}
		}
	}
	return m
}()

// lookupAgency returns the canonical name of the agency that s names, by
// full name, alias, code or web domain ("www.reuters.com").
func lookupAgency(s string) (string, bool) {
	if a, ok := agencyByName[foldName(s)]; ok {
		return a.name, true
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
	if a, ok := agencyByName[strings.Join(w, " ")]; ok {
		return a.name, true
	}
	return "", false
}

// topLevel holds the web domain endings that lookupAgency looks past.
var topLevel = map[string]bool{
	"com": true, "org": true, "net": true, "co": true, "uk": true, "ru": true, "cn": true,
	"de": true, "fr": true, "in": true, "ca": true, "au": true, "jp": true, "kr": true,
	"it": true, "es": true, "tr": true, "info": true, "news": true,
}
