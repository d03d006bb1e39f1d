package textproc

import "regexp"

// datelineRE matches the dateline that opens a wire story ("WASHINGTON
// (AP) — ", "LONDON, March 3 (Reuters) - ").
var datelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu}\s.'\x{2019}]{1,40}(?:,\s*[\p{L}\d.]+(?:\s[\p{L}\d.]+)?){0,2}\s*(?:\([^()]{1,40}\)\s*)?(?:[\x{2014}\x{2013}]|--?)\s+`)

// TrimDateline returns sentence without the dateline that opens it, if
// any: the dateline belongs to the article, not to what the sentence
// states.
func TrimDateline(sentence string) string {
	return datelineRE.ReplaceAllString(sentence, "")
}
