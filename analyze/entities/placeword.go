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

// IsKnownPlace reports whether a name, as written, is one of the small
// gazetteer's countries, regions, US states or major cities.
func IsKnownPlace(name string) bool {
	return placeNames[lowerKey(strings.ReplaceAll(name, " ", "_"))]
}

// IsRegion reports whether a place's name, as written, is that of a
// country, a region or a US state: a place that holds other places, so
// that "in Switzerland" and "at Stade de Suisse" may both be right.
func IsRegion(name string) bool {
	return regionNames[lowerKey(strings.ReplaceAll(name, " ", "_"))]
}

// RegionKey returns the key of a region's name, as written, under which a
// US state's abbreviations and its name are one ("Pa.", "PA" and
// "Pennsylvania" all give "pennsylvania"); other names give their folded
// form, words joined by "_".
func RegionKey(name string) string {
	k := lowerKey(strings.ReplaceAll(name, " ", "_"))
	if full, ok := stateAbbreviations[k]; ok {
		return full
	}
	return k
}

// stateAbbreviations are the US states' Associated Press abbreviations and
// postal codes, folded, by the state's key.
var stateAbbreviations = func() map[string]string {
	m := map[string]string{}
	for _, row := range strings.Split(`alabama ala al|alaska ak|arizona ariz az|arkansas ark ar|california calif ca|colorado colo co|connecticut conn ct|delaware del de|florida fla fl|georgia ga|hawaii hi|idaho id|illinois ill il|indiana ind in|iowa ia|kansas kan ks|kentucky ky|louisiana la|maine me|maryland md|massachusetts mass ma|michigan mich mi|minnesota minn mn|mississippi miss ms|missouri mo|montana mont mt|nebraska neb ne|nevada nev nv|new_hampshire n.h nh|new_jersey n.j nj|new_mexico n.m nm|new_york n.y ny|north_carolina n.c nc|north_dakota n.d nd|ohio oh|oklahoma okla ok|oregon ore or|pennsylvania pa|rhode_island r.i ri|south_carolina s.c sc|south_dakota s.d sd|tennessee tenn tn|texas tex tx|utah ut|vermont vt|virginia va|washington wash wa|west_virginia w.va wv|wisconsin wis wi|wyoming wyo wy|district_of_columbia d.c dc`, "|") {
		ws := strings.Fields(row)
		for _, w := range ws[1:] {
			m[w] = ws[0]
		}
	}
	return m
}()
