package quotes

import (
	"strings"
	"unicode"

	"crosscheck/internal/textproc"
)

// leadWords are adverbs, conjunctions and speech verbs that an attribution
// phrase may open with ("Added Gibbs", "Then he", "even he") and that are
// no part of the speaker.
var leadWords = set(`then even also and but so still yet added adds said says continued wrote
	asked told by contrast instead meanwhile later however`)

// speakerHeads are the common nouns that can head a speaker phrase: people
// by role or number, and the documents and bodies that speak for them.
var speakerHeads = set(`man woman men women person people official officials aide aides source
	sources spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys campaign statement
	statements letter report release memo note committee office board group administration staff
	critics supporters opponents protesters residents witnesses voters police authorities
	prosecutors investigators bishops scholars experts analysts senators lawmakers lawmaker
	members leaders neighbours neighbors friends family relatives colleagues advocates activists
	organizers organisers backers democrats republicans reporters editors editorial filing
	complaint lawsuit suit court ruling order indictment announcement post tweet video ad chairman
	chairwoman judge judges justices allies partners`)

// plausibleSpeaker tidies a speaker phrase as the attribution gave it and
// returns "" when it cannot name who spoke: words an attribution opens
// with are dropped, a name is cut from the words that follow it ("Mr.
// Scotto was" gives "Mr. Scotto"), and a phrase must end in a name or in a
// noun that can speak ("the letter", "a senior official"), not in a verb,
// an adjective, a pronoun left unresolved or a thing ("a handshake").
func plausibleSpeaker(sp string) string {
	f := strings.Fields(sp)
	for len(f) > 1 && leadWords[strings.ToLower(f[0])] {
		f = f[1:]
	}
	if len(f) == 0 {
		return ""
	}
	if len(f) == 1 && leadWords[strings.ToLower(f[0])] {
		return ""
	}
	last := strings.ToLower(f[len(f)-1])
	if pronouns[last] || leadWords[last] {
		// A pronoun the attribution could not resolve, after words that
		// are no name.
		return ""
	}
	head := func(w string) bool {
		return speakerHeads[strings.ToLower(strings.Trim(w, ",.;:"))] || agentNoun(w)
	}
	if named(f[len(f)-1]) || head(f[len(f)-1]) {
		return strings.Join(f, " ")
	}
	if n := capitalRun(f); n > 0 && named(f[n-1]) {
		return strings.Join(f[:n], " ")
	}
	if len(f) > 1 && trailingVerbs[last] && head(f[len(f)-2]) {
		return strings.Join(f[:len(f)-1], " ")
	}
	return ""
}

// personNouns name one person by role without a title's form ("the
// spokesman", "the man"); agentNoun covers most others ("the senator",
// "the lawyer").
var personNouns = set(`man woman boy girl aide spokesman spokeswoman spokesperson lawyer attorney
	source witness official candidate nominee president king queen pope
	mother father wife husband son daughter brother sister victim suspect`)

// trailingVerbs may follow a speaker noun in an attribution phrase ("the
// letter goes on", "a statement released").
var trailingVerbs = set(`was were is are has had goes went quotes quoted reads read says said adds
	added continues continued notes noted states stated released issued argues argued`)

// named reports whether w is a capitalised word of a name, not a
// possessive ("Steele's comments"), an honorific alone or a capitalised
// function word ("The").
func named(w string) bool {
	r := []rune(w)
	l := strings.ToLower(w)
	return len(r) > 0 && unicode.IsUpper(r[0]) && !possessive(w) && !honorifics[l] && !textproc.IsStopword(l)
}

func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// capitalRun returns how many words at the start of f are capitalised or
// honorifics: the extent of a name that opens a phrase.
func capitalRun(f []string) int {
	n := 0
	for n < len(f) && (named(f[n]) || honorifics[strings.ToLower(f[n])] || n > 0 && nameParticles[strings.ToLower(f[n])]) {
		n++
	}
	return n
}

// agentNoun reports whether a lower-case word names a person by what they
// do ("announcer", "senator", "economist", "proponents").
func agentNoun(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",.;:"))
	w = strings.TrimSuffix(w, "s")
	if len(w) < 6 || strings.HasSuffix(w, "ment") {
		// "-ment" nouns name things: "statement", "indictment".
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ent", "ant"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
