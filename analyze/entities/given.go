package entities

import "strings"

// MisspeltGiven reports whether two given names, lower case as written,
// are likely one name misspelt ("vicente", "vincente"; "kathryn",
// "katherine") rather than two names: names of five letters or more that
// agree in their first two letters, or have them swapped ("kristen",
// "kirsten"), and are a near spelling (NearSpelling)
// or have the same consonants in the same order ("kthrn"), unless they
// differ only in a gendered ending ("mario", "maria"; "louis", "louise"),
// are a pet name and its full form, or are both names the given-name list
// knows.
func MisspeltGiven(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	// The second letters may be swapped with the third ("kristen",
	// "kirsten").
	swapped := len(ra) > 2 && len(rb) > 2 && ra[1] == rb[2] && ra[2] == rb[1]
	if len(ra) < 5 || len(rb) < 5 || ra[0] != rb[0] || ra[1] != rb[1] && !swapped || genderedEnding(ra, rb) {
		return false
	}
	if firstNames[a] && firstNames[b] || nicknameOf(NameKey(a), NameKey(b)) {
		return false
	}
	return NearSpelling(a, b) || consonants(a) == consonants(b) && len(consonants(a)) >= 3
}

// NearGiven reports whether two given names, lower case, may be one name
// misheard or mistyped ("shannon", "sharon"; "garrett", "jarrett"), known
// names both or not: they begin alike, or differ only in the first letter
// of six or more, are an edit or two apart, and are not a gendered pair
// ("mario", "maria"), a pet name and its full form, or names of people of
// two sexes. Unlike MisspeltGiven it does not tell one person from two:
// the caller must know they are in the same place in the story.
func NearGiven(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	// A first letter heard two ways ("Garrett", "Jarrett") is a near
	// spelling only in a long name that is otherwise the same.
	first := ra[0] == rb[0] || len(ra) >= 6 && len(ra) == len(rb) && string(ra[1:]) == string(rb[1:])
	// Three letters apart in the vowel between ("Tom", "Tim"; "Dan",
	// "Don") are one name mistyped, when both are known names.
	if len(ra) == 3 && len(rb) == 3 && ra[0] == rb[0] && ra[2] == rb[2] && ra[1] != rb[1] &&
		strings.ContainsRune("aeiou", ra[1]) && strings.ContainsRune("aeiou", rb[1]) {
		x, y := sexOf(a), sexOf(b)
		return firstNames[lowerKey(a)] && firstNames[lowerKey(b)] && (x == "" || y == "" || x == y)
	}
	if len(ra) < 4 || len(rb) < 4 || !first || a == b || genderedEnding(ra, rb) || nicknameOf(NameKey(a), NameKey(b)) {
		return false
	}
	if x, y := sexOf(a), sexOf(b); x != "" && y != "" && x != y {
		return false
	}
	return EditDistance(a, b) <= 2
}

// GenderedPair reports whether two given names, lower case, differ only
// in a gendered ending ("mario", "maria"; "louis", "louise").
func GenderedPair(a, b string) bool {
	return genderedEnding([]rune(a), []rune(b))
}

// genderedEnding reports whether two names differ only in their last two
// letters, and in their last one: "mario", "maria"; "daniel", "danielle".
func genderedEnding(a, b []rune) bool {
	if a[len(a)-1] == b[len(b)-1] {
		return false
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	// Of one length, a gendered pair differs in its last letter alone
	// ("mario", "maria"); "ilse" and "ilka" are two spellings.
	if len(a) == len(b) {
		return n == len(a)-1
	}
	return len(a)-n <= 2 && len(b)-n <= 2
}

// consonants returns the consonants of a name in order, h, w and y left
// out and doubles written once: the skeleton that its spellings share.
func consonants(name string) string {
	var out []rune
	for _, r := range name {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w':
			continue
		}
		if len(out) > 0 && out[len(out)-1] == r {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// IsQualifier reports whether a capitalised word qualifies a name or a
// role rather than naming anyone: a nationality ("Australian funding") or
// a word of a title ("Foreign Minister", "Vice President").
func IsQualifier(w string) bool {
	k := lowerKey(w)
	return demonyms[k] || roleModifiers[k]
}

// IsTitleModifier reports whether a word, as written, may stand inside a
// title before its role word ("Deputy", "Energy", "Foreign").
func IsTitleModifier(w string) bool {
	k := lowerKey(w)
	if roleModifiers[k] {
		return true
	}
	// A portfolio named in the plural ("Industries Minister").
	if s, ok := strings.CutSuffix(k, "ies"); ok && len(s) > 2 {
		return roleModifiers[s+"y"]
	}
	return false
}

// IsRole reports whether a word, as written, is a title or role that
// stands before a name ("Gov.", "Governor", "spokesman", "Chief").
func IsRole(w string) bool {
	k := lowerKey(w)
	return honorifics[k] || roleHeads[k] || lowerRoles[k]
}

// LatinGiven reports whether a given name, lower case, is one of the common
// names of languages written in the Latin alphabet ("martin", "janet",
// "carla"): a surname borne with it is spelt as its bearer spells it, not
// romanised from another script, so its spellings are not transliterations
// of one another. Names usually romanised ("sergei", "mohammed") are not.
func LatinGiven(w string) bool {
	k := lowerKey(w)
	return firstNames[k] && !romanisedGiven[k]
}

// IsGiven reports whether w, as written, is a common given name of the
// table, whatever script it is usually first written in.
func IsGiven(w string) bool { return firstNames[lowerKey(w)] }

// romanisedGiven are the names of firstNames usually written first in
// another script (Arabic, Cyrillic, Chinese, Devanagari).
var romanisedGiven = set(`ahmed ali mohammed muhammad mohammad alexei andrei boris dmitry dmitri igor ivan
	leonid maxim mikhail nikolai oleg olga olena sergei sergey vladimir viktor yulia yuri xi narendra
	elena natalia`)
