package clean

import "strings"

// split cuts a document's units into the parts that each hold one article.
// Cuts fall at separator lines and before a wire dateline ("BRUSSELS (AP)
// —") once the current part has body text. A cut part starts a new article
// only when it opens like one: with a dateline, a byline or publication
// line, or a headline. Otherwise (the "___" between the sections of a wire
// story, the credits after a closing separator) it stays with the part
// before it; a part without body text never stands alone.
func split(units []unit, single bool) [][]unit {
	if single {
		return [][]unit{units}
	}
	var segs [][]unit
	var cur []unit
	hasBody := false
	for _, u := range units {
		if hasBody && u.kind == kText {
			if d, ok := parseDateline(u.text); ok && d.Wire {
				// The new report's own header (byline, image, headline)
				// stands just before its dateline.
				j := len(cur)
				for j > 0 && isHeader(cur[j-1]) {
					j--
				}
				if bodyIn(cur[:j]) {
					segs = append(segs, cur[:j])
					cur = append([]unit(nil), cur[j:]...)
					hasBody = false
				}
			}
		}
		cur = append(cur, u)
		if u.kind == kText && bodyLike(u.text) {
			hasBody = true
		}
		if u.kind == kSeparator {
			segs = append(segs, cur)
			cur = nil
			hasBody = false
		}
	}
	segs = append(segs, cur)

	var out [][]unit
	var pending []unit
	for _, s := range segs {
		switch {
		case !bodyIn(s) || len(out) > 0 && !opensArticle(s):
			if len(out) > 0 {
				out[len(out)-1] = append(out[len(out)-1], s...)
			} else {
				pending = append(pending, s...)
			}
		default:
			out = append(out, append(pending, s...))
			pending = nil
		}
	}
	if len(out) == 0 && len(pending) > 0 {
		out = append(out, pending)
	}
	return out
}

// opensArticle reports whether units open like a news report: a dateline
// on the first paragraph, or a byline, publication line or headline above
// it.
func opensArticle(units []unit) bool {
	for _, u := range units {
		switch u.kind {
		case kByline, kPublication:
			return true
		case kText:
			if bodyLike(u.text) {
				_, ok := parseDateline(u.text)
				return ok
			}
			if wordCount(u.text) >= 4 && strings.ToUpper(u.text) != u.text {
				return true
			}
		}
	}
	return false
}

// isHeader reports whether a unit may belong to the header of a report.
func isHeader(u unit) bool {
	switch u.kind {
	case kByline, kImage, kPublication:
		return true
	case kText:
		return !bodyLike(u.text)
	}
	return false
}

// bodyIn reports whether units hold body text.
func bodyIn(units []unit) bool {
	for _, u := range units {
		if readsAsBody(u) {
			return true
		}
	}
	return false
}

// maxHeadline is the most words a headline or label has; a longer line is
// body text even without a full stop.
const maxHeadline = 20

// bodyLike reports whether text reads as a paragraph of a report rather
// than a heading or a label: it ends a sentence or is long.
func bodyLike(text string) bool {
	return endsSentence(text) || wordCount(text) > maxHeadline
}
