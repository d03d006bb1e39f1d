package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// furniture matches whole paragraphs that are page furniture rather than
// article text: prompts to share, subscribe or read on, advertising
// labels, error messages of page widgets, copyright and reprint notices.
// Compiled it takes 2 MB, so it is compiled on first use, not by every
// command at start-up.
var furniture = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
		`advertisement`, `advertising`, `sponsored( content)?`, `ad`,
		`(story|article) continues below( this)?( ad(vertisement)?)?`, `continue reading( (the )?(main )?(story|article))?( below)?`,
		`(read|see|watch|click) (more|here|next|also)\b.{0,200}`, `(related|more)( (stories|articles|coverage|content|news|links|on this( story)?))?\s*:.{0,200}`,
		`don['’]?t miss.{0,300}`, `(recommended|most (read|popular|viewed)|trending( now)?|top stories|you may (also )?like|you might (also )?like|more from .{1,40})\s*\.{0,3}:?`,
		`(share|tweet|email|print|save)( (this|the) (story|article|page))?( on .{1,20})?[!.]?`, `like this (story|article)\??.{0,60}`,
		`(sign|subscribe) up.{0,150}`, `subscribe( now| today)?.{0,100}`, `thanks? (you )?for (signing up|subscribing)[!.]?`, `.{0,40}newsletter`,
		`(an )?error (has )?occurred.{0,80}`, `sorry!?`, `there was an error.{0,100}`, `this (article|story) has been sent to.{0,40}`,
		`(copyright|©|\(c\)) .{0,150}`, `.{0,80}all rights reserved\.?`, `this copy is for your personal, non-commercial use only.{0,400}`,
		`(get|download) the .{1,40} app.{0,60}`, `click here to .{1,80}`, `follow (us|\S+) on .{1,60}`,
		`(image|photo|picture|video) (credit|source|courtesy)s?:?.{0,120}`, `(updated|published|posted|last updated)( at| on)?:? .{1,40}`,
		`(write to|contact) .{1,60} at \S+@\S+`, `https?://\S+`, `www\.\S+`,
	}, "|") + `)$`)
})

// furnitureStarts are the first words of the furniture patterns that can
// match a paragraph longer than shortFurniture bytes; longer paragraphs
// starting otherwise skip the costly match.
var furnitureStarts = map[string]bool{
	"read": true, "see": true, "watch": true, "click": true, "related": true, "more": true,
	"don't": true, "dont": true, "don’t": true, "like": true, "sign": true, "subscribe": true,
	"an": true, "error": true, "there": true, "this": true, "copyright": true, "©": true,
	"(c)": true, "get": true, "download": true, "follow": true, "image": true, "photo": true,
	"picture": true, "video": true, "write": true, "contact": true,
}

const shortFurniture = 120

// prompt matches what marks a short paragraph as a prompt to the reader
// (newsletters, clicks, apps, social media) rather than article text.
var prompt = regexp.MustCompile(`(?i)\b(?:newsletters?|in your inbox|click here|download (?:our|the) app|follow (?:us|him|her|them|me) on)\b`)

// promptWords are the words without which prompt cannot match.
var promptWords = []string{"newsletter", "inbox", "click here", " app", "follow "}

// contact matches a short paragraph giving how to reach a reporter.
var contact = regexp.MustCompile(`(?i)\b(?:reached|contact|write to|e-?mail|tips?)\b.*\b[\w.+-]+@[\w-]+\.[\w.]+`)

// maxPrompt is the longest paragraph checked for prompts and contacts.
const maxPrompt = 300

// isFurniture reports whether a paragraph is page furniture.
func isFurniture(p string) bool {
	p = strings.TrimSpace(p)
	if len(p) <= maxPrompt {
		// Cheap tests first: the patterns are slow and rarely match.
		lower := strings.ToLower(p)
		if strings.Contains(p, "@") && contact.MatchString(p) {
			return true
		}
		for _, w := range promptWords {
			if strings.Contains(lower, w) {
				if prompt.MatchString(p) {
					return true
				}
				break
			}
		}
	}
	if len(p) > 500 {
		return false
	}
	if len(p) > shortFurniture {
		first, _, _ := strings.Cut(strings.ToLower(p), " ")
		if !furnitureStarts[first] && !strings.HasPrefix(first, "http") && !strings.HasPrefix(first, "www.") {
			return false
		}
	}
	return furniture().MatchString(p)
}

// isShout reports whether a short paragraph is in capitals: a teaser for
// another story or an app prompt on news pages, not article text.
func isShout(p string) bool {
	if len(p) > 200 || strings.ContainsRune(p, '\n') {
		return false
	}
	upper, lower, words := 0, 0, len(strings.Fields(p))
	for _, r := range p {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return words >= 3 && upper >= 8 && lower*10 <= upper
}

// tailMarkers are headings after which a page lists other stories.
var tailMarker = regexp.MustCompile(`(?i)^(?:you (may|might) (also )?(like|enjoy)|related( (stories|articles|posts|coverage|content|news|links|reading))?|more (from|on|in|stories|news)\b.{0,40}|recommended( for you| stories| reading)?|most (read|popular|viewed|shared)|trending( now| stories)?|read (next|more)|what to read next|more to explore|latest (news|stories)|also (read|see)|see also|other stories|popular (stories|now))\s*[.:…]*$`)

// sameText reports whether two texts have the same words, ignoring case
// and punctuation.
func sameText(a, b string) bool {
	wa, wb := metricWords(a), metricWords(b)
	if len(wa) == 0 || len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if !strings.EqualFold(wa[i], wb[i]) {
			return false
		}
	}
	return true
}

// metricWords returns the runs of letters, digits and underscores in s.
func metricWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r))
	})
}

// tidy removes page furniture from extracted paragraphs: the headline and
// standfirst the page repeats at the top, paragraphs without words,
// furniture paragraphs and capitalised teasers anywhere, and everything from
// a related-stories heading in the second half of the text on.
func tidy(ps []string, m meta) []string {
	for i := 0; i < len(ps) && i < 3; i++ {
		if m.Title != "" && sameText(ps[i], m.Title) {
			ps = append(ps[:i:i], ps[i+1:]...)
			if i < len(ps) && m.Description != "" && sameText(ps[i], m.Description) {
				ps = append(ps[:i:i], ps[i+1:]...)
			}
			break
		}
	}
	total := 0
	for _, p := range ps {
		total += len(p)
	}
	done := 0
	for i, p := range ps {
		if done*2 > total && tailMarker.MatchString(p) {
			ps = ps[:i]
			break
		}
		done += len(p)
	}
	var out []string
	for _, p := range ps {
		if !hasWord(p) || isFurniture(p) || isShout(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// hasWord reports whether s has a letter, digit or underscore.
func hasWord(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) })
}
