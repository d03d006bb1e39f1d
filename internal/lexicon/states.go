// Package lexicon holds general tables of English news writing that
// several stages share: the abbreviations of the US states, and the news
// outlets and wire agencies. It holds no names of any one story.
package lexicon

import (
	"strings"
	"unicode"
)

// states maps the abbreviations of the US states that news style uses
// (Associated Press style, "Calif.", "N.Y.", with older forms such as
// "Tex." and "Penn.") to the states' names; keys are lower case without
// the final full stop. postal maps the two-letter postal codes used in
// party labels ("R-CA").
var states, postal = map[string]string{}, map[string]string{}

// named maps the states' names, lower case, to themselves.
var named = map[string]string{}

func init() {
	for _, row := range strings.Split(`Alabama: ala | AL
Alaska:  | AK
Arizona: ariz | AZ
Arkansas: ark | AR
California: calif cal | CA
Colorado: colo col | CO
Connecticut: conn | CT
Delaware: del | DE
Florida: fla | FL
Georgia: ga | GA
Hawaii:  | HI
Idaho:  | ID
Illinois: ill | IL
Indiana: ind | IN
Iowa:  | IA
Kansas: kan kans | KS
Kentucky: ky | KY
Louisiana: la | LA
Maine:  | ME
Maryland: md | MD
Massachusetts: mass | MA
Michigan: mich | MI
Minnesota: minn | MN
Mississippi: miss | MS
Missouri: mo | MO
Montana: mont | MT
Nebraska: neb nebr | NE
Nevada: nev | NV
New Hampshire: n.h | NH
New Jersey: n.j | NJ
New Mexico: n.m n.mex | NM
New York: n.y | NY
North Carolina: n.c | NC
North Dakota: n.d n.dak | ND
Ohio:  | OH
Oklahoma: okla | OK
Oregon: ore oreg | OR
Pennsylvania: pa penn penna | PA
Rhode Island: r.i | RI
South Carolina: s.c | SC
South Dakota: s.d s.dak | SD
Tennessee: tenn | TN
Texas: tex | TX
Utah:  | UT
Vermont: vt | VT
Virginia: va | VA
Washington: wash | WA
West Virginia: w.va | WV
Wisconsin: wis wisc | WI
Wyoming: wyo | WY`, "\n") {
		name, forms, _ := strings.Cut(row, ":")
		ap, code, _ := strings.Cut(forms, "|")
		for _, a := range strings.Fields(ap) {
			states[a] = name
		}
		postal[strings.TrimSpace(code)] = name
		named[strings.ToLower(name)] = name
	}
}

// State returns the name of the US state that abbr abbreviates: a news
// style abbreviation with or without its final full stop ("Calif.",
// "Conn", "N.Y.") or a postal code in capitals ("WA"). ok is false for
// anything else, lower-case words included ("ill", "wash").
func State(abbr string) (name string, ok bool) {
	a := strings.TrimSuffix(abbr, ".")
	if a == "" || !unicode.IsUpper([]rune(a)[0]) {
		return "", false
	}
	if name, ok := postal[a]; ok && a == abbr {
		return name, true
	}
	name, ok = states[strings.ToLower(a)]
	return name, ok
}

// StateAbbreviation reports whether w, written with its final full stop
// ("Calif.", "N.Y.", "Wash."), abbreviates a US state as news style does,
// so that the stop is no sentence end.
func StateAbbreviation(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return false
	}
	_, ok := states[strings.ToLower(strings.TrimSuffix(w, "."))]
	return ok && unicode.IsUpper([]rune(w)[0])
}

// StateNamed returns the US state a name, abbreviation or postal code
// names ("Oregon", "Ore.", "OR", "New York"), and whether it names one.
func StateNamed(w string) (string, bool) {
	if name, ok := State(w); ok {
		return name, true
	}
	name, ok := named[strings.ToLower(w)]
	return name, ok
}
