package entities

import "strings"

// IsPlaceWord reports whether a word, as written, ends the names of places
// ("Island", "County", "River", "Street").
func IsPlaceWord(w string) bool {
	return placeWords[lowerKey(w)]
}

// IsOrgWord reports whether a word, as written, ends or marks the names of
// organisations ("Corporation", "University", "Commission").
func IsOrgWord(w string) bool {
	return orgWords[lowerKey(w)]
}

// IsRegion reports whether a place's name, as written, is that of a
// country, a region or a US state: a place that holds other places, so
// that "in Switzerland" and "at Stade de Suisse" may both be right.
func IsRegion(name string) bool {
	return regionNames[lowerKey(strings.ReplaceAll(name, " ", "_"))]
}
