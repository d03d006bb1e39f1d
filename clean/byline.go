package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// byline is what a byline line says.
type byline struct {
	Authors   []string
	Outlet    string
	Published crosscheck.Date
}

var (
	reBylinePrefix = regexp.MustCompile(`(?i)^(?:[•·*-]\s*)?(?:by|written by|story by|words by)\s*:?\s+`)
	reBylineChunks = regexp.MustCompile(`\s*[|·•]\s*|\s+[—–-]\s+`)
	reNameList     = regexp.MustCompile(`\s*,\s*(?:and\s+)?|\s+(?:and|AND)\s+|\s*&\s*|\s*;\s*`)
	reFiledFrom    = regexp.MustCompile(`^(.+?) in \p{Lu}[\p{L}.'’ -]*$`)
	reRoleWord     = regexp.MustCompile(`(?i)\b(?:staff|writers?|reporters?|correspondents?|editors?|contributors?|columnists?|special|bureau|chief|senior|associate|desk|team|producers?|analysts?)\b`)
)

// nameParticles are lower-case words that may stand inside a name.
var nameParticles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "der": true, "di": true, "du": true,
	"van": true, "von": true, "bin": true, "ibn": true, "al": true, "el": true, "la": true,
	"le": true, "dos": true, "das": true, "ter": true, "ten": true, "y": true,
}

// notNames are capitalised words that never stand in a byline's names;
// calendarWords are the names of days and months, which say when, not
// who or what.
var notNames, calendarWords = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday today yesterday the a an`) {
		notNames[w] = true
		calendarWords[w] = true
	}
	for _, w := range strings.Fields(`january february march april may june july august september october november december`) {
		calendarWords[w] = true
	}
}

// parseByline reads a byline such as "By MATTHEW LEE, ERIC TUCKER and ZEKE
// MILLER" or "By Jane Doe | Reuters | Feb. 12, 2025".
func parseByline(s string) (byline, bool) {
	loc := reBylinePrefix.FindStringIndex(s)
	if loc == nil || wordCount(s) > 24 {
		return byline{}, false
	}
	rest := strings.TrimRight(s[loc[1]:], " .")
	var b byline
	for i, chunk := range reBylineChunks.Split(rest, -1) {
		chunk = strings.TrimSpace(chunk)
		if chunk == "" {
			continue
		}
		if d, left, ok := findDate(chunk); ok && (i > 0 || strings.Trim(left, ",.:-– ") == "") {
			b.Published = d
			continue
		}
		for _, piece := range reNameList.Split(chunk, -1) {
			piece = strings.TrimSpace(piece)
			// "Andrew Roth in Washington": where the writer filed from.
			if m := reFiledFrom.FindStringSubmatch(piece); m != nil && isName(m[1]) {
				piece = m[1]
			}
			switch {
			case piece == "":
			case knownOutlet(piece) != "":
				b.Outlet = knownOutlet(piece)
			case reRoleWord.MatchString(piece):
				// "Staff Writer", "Associated Press Writer": a role, perhaps
				// naming the outlet.
				if o := knownOutlet(strings.TrimSpace(reRoleWord.ReplaceAllString(piece, ""))); o != "" {
					b.Outlet = o
				}
			case isName(piece):
				b.Authors = append(b.Authors, nameCase(piece))
			case i > 0 && isOutletName(piece):
				b.Outlet = piece
			case strings.HasPrefix(piece, "The ") && isOutletName(piece):
				b.Outlet = piece
			default:
				return byline{}, false
			}
		}
	}
	if len(b.Authors) == 0 && b.Outlet == "" {
		return byline{}, false
	}
	return b, true
}

// isBareByline reports whether s is a list of writers' names without the
// "By" in front, as some outlets set it under the headline.
func isBareByline(s string) bool {
	// Capitals are a label ("GIRLS BASKETBALL"); bylines in capitals
	// carry their "By".
	if allCaps(strings.Join(strings.Fields(s), "")) {
		return false
	}
	b, ok := parseByline("By " + s)
	return ok && len(b.Authors) > 0 && b.Outlet == "" && b.Published.IsZero()
}

// isName reports whether s looks like a person's name: two to five
// capitalised words, initials or name particles.
func isName(s string) bool {
	toks := strings.Fields(s)
	if len(toks) < 2 || len(toks) > 5 {
		return false
	}
	caps := 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t)
		switch {
		case nameParticles[t]:
		case unicode.IsUpper(r):
			if notNames[strings.ToLower(t)] || strings.ContainsAny(t, "0123456789@/:") {
				return false
			}
			caps++
		default:
			return false
		}
	}
	return caps >= 2
}

// isOutletName reports whether s could be an outlet's name: one to six
// words, capitalised but for short function words.
func isOutletName(s string) bool {
	toks := strings.Fields(s)
	if len(toks) == 0 || len(toks) > 6 || len(s) > 60 {
		return false
	}
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !textproc.IsStopword(t) {
			return false
		}
		if strings.ContainsAny(t, ".!?;:\"“”") && !isInitials(t) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isInitials reports whether t is like "U.S." or "J.D.".
func isInitials(t string) bool {
	return reInitials.MatchString(t)
}

// nameCase writes a name set in capitals ("ZEKE MILLER") in title case
// ("Zeke Miller"), leaving names already in mixed case alone.
func nameCase(s string) string {
	toks := strings.Fields(s)
	for i, t := range toks {
		if !allCaps(t) || isRoman(t) || isInitials(t) {
			continue
		}
		rs := []rune(strings.ToLower(t))
		start := true
		for j, r := range rs {
			if start && unicode.IsLetter(r) {
				rs[j] = unicode.ToUpper(r)
			}
			start = r == '-' || r == '\'' || r == '’'
		}
		toks[i] = string(rs)
	}
	return strings.Join(toks, " ")
}

// allCaps reports whether t has two or more letters, all upper case.
func allCaps(t string) bool {
	n := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// isRoman reports whether t is a generation suffix such as "III".
func isRoman(t string) bool {
	switch strings.TrimRight(t, ".,") {
	case "II", "III", "IV", "VI", "VII", "VIII":
		return true
	}
	return false
}

const namePat = `\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|di|al|bin))*`

var (
	reStrongCredit = regexp.MustCompile(`(?i)contribut(?:ed|es|ing)(?: reporting)?(?: to| for)? (?:this|the) (?:report|article|story|piece)|contributed reporting|(?:additional|contributing) reporting (?:by|from)|^(?:reporting|writing|editing|compiled|research|graphics|produced|translation|translated) by\b|\bediting by\b|can be (?:reached|contacted|emailed) (?:at|on|via|by)\b|^this (?:article|story|report) (?:is|was) (?:based|written|produced|reported)\b|^contributing:\s`)
	reContact      = regexp.MustCompile(`^(?:Contact|Email|Reach|Follow|Write to) (?:him|her|them|` + namePat + `) (?:at|on|via)\b`)
	reWeakCredit   = regexp.MustCompile(`^` + namePat + `(?:(?:,| and| &) ` + namePat + `)* (?:(?:reported|reports|is reporting) from|(?:wrote|writes|write) for|(?:is|are) (?:an? |the )?[\p{L} -]{0,40}(?:writer|reporter|correspondent|editor|columnist|contributor|producer)s?(?: (?:for|at|with|of|based in) [^.]{1,60})?)(?: [^.]{0,60})?\.$`)
	reReached      = regexp.MustCompile(`^(?:[•·*-]\s*)?(` + namePat + `) can be (?:reached|contacted|emailed)\b`)
	reWriteFor     = regexp.MustCompile(`\b(?:write|writes|wrote) for (?:the )?(\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,4})`)
	reInitials     = regexp.MustCompile(`^(?:\p{Lu}\.)+$`)
	reBulletLead   = regexp.MustCompile(`^(?:[•·▪►*]|-\s)\s*`)
)

// isCredit reports whether a paragraph is made only of contributor credits:
// "X contributed to this report", "Copp reported from Washington", "Jane
// Doe can be reached at ...".
func isCredit(s string) bool {
	if wordCount(s) > 80 || !creditHint(s) {
		return false
	}
	s = strings.TrimSpace(reBulletLead.ReplaceAllString(s, ""))
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = s[1 : len(s)-1]
	}
	sents := textproc.Sentences(s)
	if len(sents) == 0 {
		return false
	}
	for _, sent := range sents {
		if !reStrongCredit.MatchString(sent) && !reContact.MatchString(sent) && !reWeakCredit.MatchString(sent) {
			return false
		}
	}
	return true
}

// creditHints are words one of which every credit holds.
var creditHints = []string{"contribut", "reporting", "writing by", "editing by", "compiled by", "research by",
	"graphics by", "produced by", "translat", "can be reached", "can be contacted", "can be emailed", "this article", "this story", "this report", "contact ",
	"email ", "reach ", "follow ", "write to", "reported from", "reports from", "wrote for", "writes for",
	"write for", "writer", "reporter", "correspondent", "editor", "columnist", "producer"}

// creditHint reports whether s holds a word that credits have, so that
// most paragraphs skip the credit patterns.
func creditHint(s string) bool {
	return containsAny(strings.ToLower(s), creditHints)
}

// reachedName returns the name in "Jane Doe can be reached at ...".
func reachedName(s string) string {
	if m := reReached.FindStringSubmatch(s); m != nil && isName(m[1]) {
		return nameCase(m[1])
	}
	return ""
}

// writesFor returns the outlet in "Cook and Copp write for the Associated
// Press", when it is a known one.
func writesFor(s string) string {
	if m := reWriteFor.FindStringSubmatch(s); m != nil {
		return knownOutlet(m[1])
	}
	return ""
}
