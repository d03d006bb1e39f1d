package lexicon

import (
	"strings"

	"crosscheck/internal/textproc"
)

// Outlet is a news outlet or wire agency as crosscheck names it.
type Outlet struct {
	// Name is the name crosscheck reports, wherever the outlet is found:
	// a dateline, a byline, a credit line or an article's metadata.
	Name string
	// Agency is true for a wire service, whose stories other outlets
	// republish: an article carrying its dateline stands for the agency.
	Agency bool
	// Codes are the short forms of datelines and credits ("AP"); in
	// running text they count only with their case.
	Codes []string
	// Aliases are other spellings of the name.
	Aliases []string
}

// outlets is the one table of outlets and agencies that cleaning and
// provenance share, so that "NEW DELHI (IANS) —" names the same source in
// every output.
var outlets = []Outlet{
	{Name: "Associated Press", Agency: true, Codes: []string{"AP"}, Aliases: []string{"AP News", "apnews"}},
	{Name: "Reuters", Agency: true, Codes: []string{"Reuters"}, Aliases: []string{"Thomson Reuters"}},
	{Name: "Agence France-Presse", Agency: true, Codes: []string{"AFP"}, Aliases: []string{"Agence France Presse", "France-Presse", "France Presse"}},
	{Name: "United Press International", Agency: true, Codes: []string{"UPI"}},
	{Name: "Deutsche Presse-Agentur", Agency: true, Codes: []string{"dpa", "DPA"}},
	{Name: "Bloomberg", Agency: true, Codes: []string{"Bloomberg"}, Aliases: []string{"Bloomberg News"}},
	{Name: "Xinhua", Agency: true, Codes: []string{"Xinhua"}, Aliases: []string{"Xinhua News Agency", "xinhuanet"}},
	{Name: "Kyodo News", Agency: true, Codes: []string{"Kyodo"}},
	{Name: "Jiji Press", Agency: true, Codes: []string{"Jiji"}},
	{Name: "Yonhap", Agency: true, Codes: []string{"Yonhap"}},
	{Name: "ANSA", Agency: true, Codes: []string{"ANSA"}},
	{Name: "EFE", Agency: true, Codes: []string{"EFE"}},
	{Name: "Tass", Agency: true, Codes: []string{"TASS", "Tass"}},
	{Name: "Interfax", Agency: true, Codes: []string{"Interfax"}},
	{Name: "RIA Novosti", Agency: true, Codes: []string{"RIA"}},
	{Name: "Anadolu Agency", Agency: true, Codes: []string{"Anadolu", "AA"}},
	{Name: "Press Trust of India", Agency: true, Codes: []string{"PTI"}},
	{Name: "Asian News International", Agency: true, Codes: []string{"ANI"}},
	{Name: "Indo-Asian News Service", Agency: true, Codes: []string{"IANS"}},
	{Name: "Australian Associated Press", Agency: true, Codes: []string{"AAP"}},
	{Name: "The Canadian Press", Agency: true, Codes: []string{"CP"}, Aliases: []string{"Canadian Press"}},
	{Name: "PA Media", Agency: true, Codes: []string{"PA"}, Aliases: []string{"Press Association"}},
	{Name: "Ukrinform", Agency: true, Codes: []string{"Ukrinform"}},
	{Name: "ANP", Agency: true, Codes: []string{"ANP"}},

	{Name: "BBC", Codes: []string{"BBC"}, Aliases: []string{"BBC News"}},
	{Name: "CNN", Codes: []string{"CNN"}},
	{Name: "CBC", Codes: []string{"CBC"}, Aliases: []string{"CBC News"}},
	{Name: "NPR", Codes: []string{"NPR"}},
	{Name: "PBS", Codes: []string{"PBS"}, Aliases: []string{"PBS NewsHour"}},
	{Name: "NBC News"},
	{Name: "ABC News"},
	{Name: "CBS News"},
	{Name: "Fox News"},
	{Name: "CNBC", Codes: []string{"CNBC"}},
	{Name: "MSNBC", Codes: []string{"MSNBC"}},
	{Name: "Sky News"},
	{Name: "Al Jazeera"},
	{Name: "Deutsche Welle", Codes: []string{"DW"}},
	{Name: "France 24"},
	{Name: "Euronews"},
	{Name: "Voice of America", Codes: []string{"VOA"}},
	{Name: "Radio Free Europe/Radio Liberty", Codes: []string{"RFE/RL"}},
	{Name: "The Guardian", Aliases: []string{"Guardian"}},
	{Name: "The New York Times", Codes: []string{"NYT"}, Aliases: []string{"New York Times"}},
	{Name: "The Washington Post", Aliases: []string{"Washington Post"}},
	{Name: "The Washington Times", Aliases: []string{"Washington Times"}},
	{Name: "The Wall Street Journal", Codes: []string{"WSJ"}, Aliases: []string{"Wall Street Journal"}},
	{Name: "Financial Times"},
	{Name: "The Telegraph", Aliases: []string{"Telegraph", "Daily Telegraph"}},
	{Name: "The Independent", Aliases: []string{"Independent"}},
	{Name: "Politico"},
	{Name: "Axios"},
	{Name: "HuffPost", Aliases: []string{"Huffington Post"}},
	{Name: "Newsweek"},
	{Name: "USA Today"},
	{Name: "Los Angeles Times", Aliases: []string{"LA Times"}},
	{Name: "The Hill"},
	{Name: "The Kyiv Independent", Aliases: []string{"Kyiv Independent"}},
	{Name: "The Globe and Mail", Aliases: []string{"Globe and Mail"}},
	{Name: "CTV News"},
	{Name: "Global News"},
}

// outletByKey maps the folded names, aliases and codes to outlets; a code
// never displaces a name.
var outletByKey = func() map[string]int {
	m := map[string]int{}
	for i, o := range outlets {
		m[OutletKey(o.Name)] = i
		for _, s := range o.Aliases {
			m[OutletKey(s)] = i
		}
	}
	for i, o := range outlets {
		for _, s := range o.Codes {
			if _, ok := m[OutletKey(s)]; !ok {
				m[OutletKey(s)] = i
			}
		}
	}
	return m
}()

// OutletKey folds an outlet's name for comparison: case, accents,
// punctuation and a leading "the" do not count.
func OutletKey(s string) string {
	w := textproc.FoldedWords(s)
	if len(w) > 1 && w[0] == "the" {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// LookupOutlet returns the outlet or agency that s names by its name, an
// alias or a code, folded as OutletKey folds them.
func LookupOutlet(s string) (Outlet, bool) {
	i, ok := outletByKey[OutletKey(s)]
	if !ok {
		return Outlet{}, false
	}
	return outlets[i], true
}

// Agencies returns the wire agencies of the table, in its order.
func Agencies() []Outlet {
	var out []Outlet
	for _, o := range outlets {
		if o.Agency {
			out = append(out, o)
		}
	}
	return out
}
