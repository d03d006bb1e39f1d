package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// kind is what a unit of input turned out to be.
type kind int

const (
	kText        kind = iota // not yet known: body, title, outlet line or crosshead
	kBody                    // body paragraph
	kTitle                   // the headline
	kOutlet                  // a line that only names the outlet
	kPublication             // outlet and/or publication date line
	kByline                  // "By A and B"
	kCredit                  // contributor credits, "can be reached at"
	kImage                   // image links and captions
	kSeparator               // runs of dashes or underscores
	kField                   // "Title: ...", "Author: ..." in a header
	kBoilerplate             // page furniture
	kCrosshead               // a sub-heading inside the body
	kOffTopic                // a paragraph of another story
)

// dropKind maps a unit kind to the kind reported for it when dropped.
func (k kind) dropKind() crosscheck.DropKind {
	switch k {
	case kByline:
		return crosscheck.DropByline
	case kCredit:
		return crosscheck.DropCredit
	case kImage:
		return crosscheck.DropImage
	case kSeparator:
		return crosscheck.DropSeparator
	case kCrosshead:
		return crosscheck.DropCrosshead
	case kOffTopic:
		return crosscheck.DropOffTopic
	}
	return crosscheck.DropBoilerplate
}

// unit is a paragraph of input: one line, or the joined lines of a
// hard-wrapped paragraph.
type unit struct {
	raw     string // the input as it was, for Dropped
	text    string // plain text: Markdown markers and inline images removed
	kind    kind
	heading bool // marked as a heading (Markdown "#", a bold line)
	gap     int  // blank lines before the unit
}

var (
	reSeparator = regexp.MustCompile(`^(?:[-_*=~#•·—–+]\s*){3,}$|^(?i:<hr\s*/?>)$`)
	reMDImage   = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	reMDLink    = regexp.MustCompile(`\[([^\]]*)\]\((?:https?://|/|www\.)[^)]*\)`)
	reHTMLImage = regexp.MustCompile(`(?i)^(?:<(?:figure|picture|a)\b[^>]*>\s*)*<img\b[^>]*>(?:\s*</?(?:figure|picture|a|figcaption)[^>]*>)*$`)
	reBareURL   = regexp.MustCompile(`(?i)^(?:https?://|www\.)\S+$`)
	reImageURL  = regexp.MustCompile(`(?i)\.(?:png|jpe?g|gif|webp|svg|avif|bmp|tiff?)(?:[?#]\S*)?$`)
	// Captions and photo credits: "(AP Photo/Evan Vucci)", "Photo: Reuters".
	reCaption = regexp.MustCompile(`(?i)(?:\((?:[\w.&]+\s+)?(?:photo|photograph|image|picture|file photo)s?\s*(?:/|:|by\b)[^)]*\)\s*$|^(?:photo|photograph|image|picture|credit|caption|file photo)s?\s*(?::|by\b)|^image (?:source|caption)\b|(?:getty images|shutterstock|via reuters|/reuters|/ap|/afp)\s*\)?\s*$)`)
	reHeading = regexp.MustCompile(`^#{1,6}\s+`)
	reBullet  = regexp.MustCompile(`^(?:[•·▪►*]|-\s)\s*`)
)

// reFurniture matches whole lines of page furniture.
var reFurniture = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`advertisement|advertising|ad|sponsored(?: content)?|paid content|promoted|skip advertisement`,
	`(?:story|article|text) continues (?:below|after)(?: this| the)? (?:advertisement|ad)`,
	`continue reading(?: (?:below|the main story|this article))?|scroll (?:down )?to continue(?: reading)?`,
	`(?:content|story) continues below|skip to (?:main )?content|back to top|top of page`,
	`share(?: this)?(?: article| story| page| post)?(?: on \w+)?|share via|tweet|email|print|save|copy link|comments?|\d+ comments?`,
	`listen to (?:this|the) (?:article|story)\b.*|\d+ min(?:ute)?s? read|reading time.*|photos?|video|gallery|view gallery|\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?) ago`,
	`(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram)(?:\s*[|,/]\s*(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|email|print))*`,
	`(?:sign up|subscribe|log in|sign in)\b.*`,
	`(?:click|tap) here\b.*`,
	`(?:read|see|watch|listen)(?: more| also| next| now| live)?\s*[:|].*|read more|read next|see also|also read|more from .*|more on this .*`,
	`(?:related|recommended|trending|most (?:read|popular|viewed))(?: (?:articles?|stor(?:y|ies)|coverage|content|news|topics|reading|video|links?))?(?:\s*[:|].*)?`,
	`you (?:may|might) also (?:like|be interested in).*|don't miss.*|editor's picks?`,
	`(?:download|get) (?:the|our) .*\b(?:app|newsletter)\b.*|follow (?:us|our) .*|newsletters?|.*\bnewsletter\b.*sign up.*`,
	`(?:this|the) (?:article|story) (?:was|has been|is) (?:originally |first )?(?:published|updated|corrected)\b.*`,
	`(?:our standards|the thomson reuters trust principles).*`,
	`(?:reuse this content|explore more on these topics|related topics|a version of this (?:article|story) appears in print\b.*)`,
	`.*\bis solely responsible for all content\b.*|follow (?:\S+ )?(?:coverage|updates) .*|this (?:is a )?(?:developing|breaking)(?: news)? story\b.*`,
	`(?:updated|published|posted|last updated|first published)\s*(?::|on\b|at\b|\d).*`,
}, "|") + `)[.!:]?$`)

// reLegal matches copyright and comment-policy lines anywhere in a short line.
var reLegal = regexp.MustCompile(`(?i)(?:^(?:copyright|©|\(c\)\s*\d{4})|all rights reserved|\bmay not be (?:published|reproduced|redistributed|rewritten)|reprint permission|comment policy|before commenting|comments (?:are|have been) (?:closed|disabled|moderated)|community (?:guidelines|standards)|join the (?:conversation|discussion)|leave a comment|terms of (?:use|service)|privacy policy|cookie (?:policy|settings))`)

// readUnits splits normalised text into units. Blank lines separate blocks;
// a block whose lines look hard-wrapped becomes one unit, otherwise every
// line is a unit of its own.
func readUnits(text string) []unit {
	var units []unit
	var block []string
	gap := 0
	flush := func() {
		if len(block) == 0 {
			return
		}
		start := len(units)
		if wrapped(block) {
			units = append(units, unwrap(block)...)
		} else {
			for i := 0; i < len(block); {
				// A line that goes on with a lower-case word continues
				// the sentence the line before left open. The run is
				// joined once, so that thousands of such lines cost
				// linear time.
				j := i + 1
				for j < len(block) && continues(block[j-1], block[j]) {
					j++
				}
				units = append(units, newUnit(strings.Join(block[i:j], " ")))
				i = j
			}
		}
		units[start].gap = gap
		block = block[:0]
		gap = 0
	}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			flush()
			gap++
			continue
		}
		block = append(block, l)
	}
	flush()
	return units
}

// wrapped reports whether the lines of a block are paragraphs broken into
// lines of one width: the block ends a sentence, its lines but the last are
// of similar length, none longer than a screen line, and most of them stop
// mid-sentence. A header of short lines (headline, byline, date) is not.
func wrapped(lines []string) bool {
	if len(lines) < 2 || !endsSentence(lines[len(lines)-1]) {
		return false
	}
	longest := 0
	for _, l := range lines {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	if longest > 120 {
		return false
	}
	open := 0
	body := lines[:len(lines)-1]
	for _, l := range body {
		n := utf8.RuneCountInString(l)
		if n < 40 || 10*n < 6*longest {
			return false
		}
		if !endsSentence(l) {
			open++
		}
	}
	return open*2 > len(body)
}

// continues reports whether line goes on with the sentence that prev
// leaves open.
func continues(prev, line string) bool {
	return unicode.IsLower(firstRune(line)) && !endsSentence(prev) && classify(prev) == kText
}

// unwrap joins the lines of a hard-wrapped block, keeping lines that are
// furniture on their own (bylines, images, separators) apart.
func unwrap(lines []string) []unit {
	var out []unit
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, newUnit(strings.Join(cur, " ")))
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		u := newUnit(l)
		if k := classify(u.text); k != kText {
			flush()
			out = append(out, u)
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// newUnit makes a unit of one line or paragraph, stripping Markdown.
func newUnit(raw string) unit {
	u := unit{raw: raw}
	t := raw
	if !unicode.IsLetter(firstRune(t)) && reSeparator.MatchString(t) {
		u.text = t
		return u
	}
	if strings.HasPrefix(t, "#") {
		if loc := reHeading.FindStringIndex(t); loc != nil {
			t = strings.TrimRight(t[loc[1]:], "# ")
			u.heading = true
		}
	}
	if inner, ok := emphasised(t); ok {
		t = inner
		u.heading = true
	}
	if strings.Contains(t, "](") && !isImageLine(t) {
		t = reMDImage.ReplaceAllString(t, "")
		t = reMDLink.ReplaceAllString(t, "$1")
	}
	t = strings.ReplaceAll(t, "**", "")
	u.text = strings.Join(strings.Fields(t), " ")
	return u
}

// emphasised reports whether the whole line is bold ("**x**", "__x__"), the
// way Markdown writers mark sub-headings, and returns the inner text.
func emphasised(s string) (string, bool) {
	for _, m := range []string{"**", "__"} {
		if len(s) > 2*len(m) && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) {
			inner := s[len(m) : len(s)-len(m)]
			if !strings.Contains(inner, m) {
				return strings.TrimSpace(inner), true
			}
		}
	}
	return "", false
}

// isImageLine reports whether the line holds nothing but images.
func isImageLine(s string) bool {
	if !strings.Contains(s, "![") && !strings.Contains(s, "<") && strings.ContainsRune(s, ' ') {
		return false
	}
	if reHTMLImage.MatchString(s) {
		return true
	}
	if reBareURL.MatchString(s) && reImageURL.MatchString(s) {
		return true
	}
	rest := reMDImage.ReplaceAllString(s, "")
	if rest == s {
		return false
	}
	// A linked image: [![alt](src)](href).
	rest = reEmptyLink.ReplaceAllString(rest, "")
	return strings.TrimSpace(rest) == ""
}

// classify gives the kind a line has on its own, without looking at its
// neighbours: furniture that no context can turn into body text. Anything
// else is kText.
func classify(s string) kind {
	switch {
	case s == "":
		return kBoilerplate
	case !unicode.IsLetter(firstRune(s)) && reSeparator.MatchString(s):
		return kSeparator
	case isImageLine(s):
		return kImage
	}
	words := len(strings.Fields(s))
	lower := strings.ToLower(s)
	if words <= 40 && containsAny(lower, captionHints) && reCaption.MatchString(s) {
		return kImage
	}
	if words <= 1 && reBareURL.MatchString(s) || strings.HasPrefix(s, "[") && reMDLinkOnly.MatchString(s) {
		return kBoilerplate
	}
	if isCredit(s) {
		return kCredit
	}
	if _, ok := parseByline(s); ok {
		return kByline
	}
	if _, _, ok := parseField(s); ok {
		return kField
	}
	if _, ok := parsePublication(s); ok {
		return kPublication
	}
	if words <= 25 && reFurniture.MatchString(strings.TrimSpace(reBullet.ReplaceAllString(s, ""))) {
		return kBoilerplate
	}
	if words <= 40 && containsAny(lower, legalHints) && reLegal.MatchString(s) {
		return kBoilerplate
	}
	return kText
}

var (
	reMDLinkOnly = regexp.MustCompile(`^\[[^\]]*\]\([^)]*\)$`)
	reEmptyLink  = regexp.MustCompile(`\[\s*\]\([^)]*\)`)
)

// Words one of which a caption or a legal line holds, so that most lines
// skip the long patterns.
var (
	captionHints = []string{"photo", "image", "picture", "credit", "caption", "getty", "shutterstock", "reuters", "/ap", "/afp"}
	legalHints   = []string{"copyright", "©", "(c)", "rights reserved", "may not be", "reprint", "comment", "community", "join the", "terms of", "privacy", "cookie"}
)

// containsAny reports whether s holds any of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// endsSentence reports whether s ends with terminal punctuation, perhaps
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(closers, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}

const closers = "\"'”’)]»"

// wordCount returns the number of words of s, as textproc.Words splits
// them.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := textproc.IsWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
