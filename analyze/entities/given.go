package entities

// MisspeltGiven reports whether two given names, lower case as written,
// are likely one name misspelt ("vicente", "vincente") rather than two
// names: a near spelling (NearSpelling) of names of five letters or more
// that agree in their first two letters and their last one, so that
// names that differ in a gendered ending ("mario", "maria"; "louis",
// "louise") stay apart, and that are neither a pet name and its full form
// nor both names the given-name list knows.
func MisspeltGiven(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 5 || len(rb) < 5 || ra[0] != rb[0] || ra[1] != rb[1] || ra[len(ra)-1] != rb[len(rb)-1] {
		return false
	}
	if firstNames[a] && firstNames[b] || nicknameOf(NameKey(a), NameKey(b)) {
		return false
	}
	return NearSpelling(a, b)
}

// IsRole reports whether a word, as written, is a title or role that
// stands before a name ("Gov.", "Governor", "spokesman", "Chief").
func IsRole(w string) bool {
	k := lowerKey(w)
	return honorifics[k] || roleHeads[k] || lowerRoles[k]
}
