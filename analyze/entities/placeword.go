package entities

// IsPlaceWord reports whether a word, as written, ends the names of places
// ("Island", "County", "River", "Street").
func IsPlaceWord(w string) bool {
	return placeWords[lowerKey(w)]
}
