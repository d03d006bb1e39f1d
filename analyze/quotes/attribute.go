package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/textproc"
)

// mention is a speaker-like phrase that the text names as the subject of a
// sentence or of a speech verb, at byte position pos.
type mention struct {
	pos    int
	name   string
	person bool
	// speaker is set for the subject of a speech verb.
	speaker bool
	// wrote is set for the subject of a verb of writing ("Lee wrote",
	// "posted"), who may be the author of a letter quoted later.
	wrote bool
	// passing is set for a titled name that is no subject, which only a
	// definite description ("the president") may stand for.
	passing bool
	// named is set when name is a proper name; key is its folded last word.
	named bool
	key   string
}

// attributor gives speakers to the quotations of one text.
type attributor struct {
	text     string
	toks     []token // of the whole text
	paras    []paragraph
	qs       []*quotation
	mentions []mention
	// roles holds, by the folded last word of a person's name, the words
	// that the text puts next to the name: titles before it ("Ukrainian
	// President") and an appositive after it (", the Republican nominee,").
	roles map[string]map[string]bool
	// titled holds the names that the text gives with a title before them
	// ("President Obama"), which makes them people's names.
	titled map[string]bool
	// known holds the one-word names that stand for people: the last
	// words of longer names, of titled names and of speakers.
	known map[string]bool
}

// attribute sets the Speaker of every quotation in qs.
func attribute(text string, paras []paragraph, qs []*quotation) {
	a := &attributor{text: text, paras: paras, qs: qs, toks: tokenize(text, 0, len(text))}
	a.collectRoles()
	a.collectMentions()
	for i, q := range qs {
		sp, how := a.tail(i)
		if sp == "" {
			sp, how = a.lead(i)
		}
		if sp == "" {
			sp, how = a.inherit(i)
		}
		if sp == "" && q.letter {
			sp, how = a.writer(q.open)
		}
		q.how = how
		q.named = (how.kind == howTail || how.kind == howLead) && isName(stripHonorific(plausibleSpeaker(sp)))
		q.Speaker = a.resolve(sp, how.at, i, how.not)
	}
}

// writingVerbs are the speech verbs of written words.
var writingVerbs = set(`wrote writes posted tweeted emailed e-mailed texted messaged`)

// writer returns the author of a letter quoted whole at pos when its
// introduction names none ("Read the full post:"): the last person the
// text gave as writing something, if any.
func (a *attributor) writer(pos int) (string, attribution) {
	last := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].pos >= pos })
	for k := last - 1; k >= 0; k-- {
		if m := a.mentions[k]; m.wrote {
			return m.name, attribution{kind: howInherit, at: m.pos}
		}
	}
	return "", attribution{}
}

// outside returns the tokens of text[from:to] that stand outside every
// quotation.
func (a *attributor) outside(from, to int) []token {
	toks := tokenize(a.text, from, to)
	out := toks[:0]
	for _, t := range toks {
		if !a.quoted(t.start) {
			out = append(out, t)
		}
	}
	return out
}

// quoted reports whether pos lies inside a quotation, marks included.
func (a *attributor) quoted(pos int) bool {
	k := sort.Search(len(a.qs), func(i int) bool { return a.qs[i].close > pos })
	return k < len(a.qs) && a.qs[k].open <= pos
}

// collectMentions records the subjects of sentences and of speech verbs
// outside quotations, for resolving pronouns.
func (a *attributor) collectMentions() {
	for _, p := range a.paras {
		for _, s := range textproc.SentenceSpans(a.text[p.start:p.end]) {
			toks := a.outside(p.start+s.Start, p.start+s.End)
			if len(toks) == 0 {
				continue
			}
			if np := sentenceSubject(toks); np != nil {
				a.addMention(np[0].start, speakerPhrase(a.text, np), false)
			}
			for v, t := range toks {
				if !isSpeechVerb(toks, v) {
					continue
				}
				if np, _ := subjectBefore(toks, v, 0); np != nil {
					a.addMention(t.start, speakerPhrase(a.text, np), true)
					if writingVerbs[t.lower()] && len(a.mentions) > 0 && a.mentions[len(a.mentions)-1].pos == t.start {
						a.mentions[len(a.mentions)-1].wrote = true
					}
				}
				// "Reporters asked Lee whether ...": the one asked answers
				// next, so a pronoun after may stand for them.
				if t.lower() == "asked" && v+1 < len(toks) && toks[v+1].capital() {
					a.addObject(toks, v+1)
				}
			}
			// "a sharp response from Rev. Jo Park": the one who responds
			// speaks next.
			for v := 0; v+2 < len(toks); v++ {
				if (responseNouns[toks[v].lower()] || documentWords[toks[v].lower()]) && (toks[v+1].lower() == "from" || toks[v+1].lower() == "by") {
					a.addObject(toks, v+2)
				}
			}
		}
	}
	sort.SliceStable(a.mentions, func(i, j int) bool { return a.mentions[i].pos < a.mentions[j].pos })
	// A one-word name stands for a person when the text also gives it as
	// the last word of a longer name or as the subject of a speech verb;
	// otherwise it may be a place ("Ukraine currently relies ...").
	known := map[string]bool{}
	a.known = known
	for _, n := range namesIn(a.text, a.toks) {
		known[lastWord(n.name)] = true
	}
	for k := range a.titled {
		known[k] = true
	}
	for _, m := range a.mentions {
		// A one-word plural that speaks ("Reporters asked") is a group.
		if f := strings.Fields(m.name); isName(m.name) && (len(f) > 1 || m.speaker && !isGroup(m.name)) {
			known[f[len(f)-1]] = true
		}
	}
	for i := range a.mentions {
		m := &a.mentions[i]
		m.named = isName(m.name)
		m.person = isRole(m.name) || m.named && known[lastWord(m.name)]
		m.key = textproc.Fold(lastWord(m.name))
	}
}

// addObject records the name that starts at toks[k], the object of a
// verb or a preposition, as a mention a later pronoun may stand for.
func (a *attributor) addObject(toks []token, k int) {
	end := k
	for end < len(toks) && (toks[end].capital() || toks[end].word && nameParticles[toks[end].lower()]) {
		end++
	}
	if name := personName(toks[k:end]); len(name) > 0 {
		a.addMention(name[0].start, a.text[name[0].start:name[len(name)-1].end], false)
	}
}

func (a *attributor) addMention(pos int, name string, speaker bool) {
	if name == "" || pronouns[name] {
		return
	}
	a.mentions = append(a.mentions, mention{pos: pos, name: name, speaker: speaker})
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// resolve replaces a pronoun or a definite description ("the president")
// that speaks quotation i at pos by the person it stands for, when the
// text before names one.
func (a *attributor) resolve(sp string, pos, i int, not map[string]bool) string {
	if pronouns[sp] {
		if sp != "he" && sp != "she" && sp != "they" {
			return ""
		}
		last := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].pos >= pos })
		for k := last - 1; k >= 0; k-- {
			m := a.mentions[k]
			if m.passing || not[m.key] {
				continue
			}
			if sp == "they" {
				// "They" stands for the last subject only when that is a
				// group: "the officials", "Democrats", "Lee and Park".
				if !m.person && isGroup(m.name) {
					return m.name
				}
				return ""
			}
			if m.person {
				return a.resolve(m.name, m.pos, i, nil)
			}
		}
		return ""
	}
	words := strings.Fields(strings.ToLower(sp))
	if len(words) < 2 || words[0] != "the" {
		return sp
	}
	head := words[len(words)-1]
	if documentWords[head] {
		// "the statement continued": the author of the quotation before,
		// when its paragraph names the document ("said in a
		// statement"); another document is no one's words but its own.
		for k := i - 1; k >= 0; k-- {
			if prev := a.qs[k]; prev.Speaker != "" && prev.how.at < pos {
				p := a.paras[prev.para]
				if containsFold(a.text[p.start:min(p.end, a.qs[i].open)], head) {
					return prev.Speaker
				}
				return sp
			}
		}
		return sp
	}
	// "the Taliban", "the ministry", "the officials" name no one person,
	// and "the indictment" or "the report" no person at all.
	if r, _ := utf8.DecodeRuneInString(lastWord(sp)); unicode.IsUpper(r) ||
		!isRole(sp) && (orgWords[head] || strings.HasSuffix(head, "s") || !agentNoun(head) && !personNouns[head]) {
		return sp
	}
	// A definite description of a person: of the people named before, the
	// one whose titles share most words with it, then the one named most.
	last := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].pos >= pos })
	from := max(0, last-maxCandidates)
	count := map[string]int{}
	for _, m := range a.mentions[from:last] {
		if m.person && m.named {
			count[m.key]++
		}
	}
	role := make([]string, 0, len(words)-1)
	for _, w := range words[1:] {
		role = append(role, textproc.Fold(w))
	}
	best, bestScore := "", -1
	for k := last - 1; k >= from; k-- {
		m := a.mentions[k]
		if !m.person || !m.named {
			continue
		}
		score := count[m.key]
		for _, w := range role {
			if a.roles[m.key][w] {
				score += 1000
			}
		}
		if score > bestScore {
			best, bestScore = m.name, score
		}
	}
	if best == "" {
		return sp
	}
	return best
}

// containsFold reports whether the word w (lower case) stands in s.
func containsFold(s, w string) bool {
	for _, x := range textproc.FoldedWords(s) {
		if x == w {
			return true
		}
	}
	return false
}

// maxCandidates bounds how far back a definite description looks for its
// person, so that a huge text stays linear.
const maxCandidates = 200

// collectRoles fills a.roles.
func (a *attributor) collectRoles() {
	a.roles = map[string]map[string]bool{}
	a.titled = map[string]bool{}
	toks := a.toks
	for i := 0; i < len(toks); {
		if !toks[i].capital() {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].capital() || toks[j].word && nameParticles[toks[j].lower()] && j+1 < len(toks) && toks[j+1].capital()) {
			j++
		}
		name := personName(toks[i:j])
		if len(name) == 0 || !isName(a.text[name[0].start:name[len(name)-1].end]) {
			i = j
			continue
		}
		key := textproc.Fold(strings.TrimSuffix(strings.TrimSuffix(name[len(name)-1].s, "'s"), "’s"))
		ctx := a.roles[key]
		if ctx == nil {
			ctx = map[string]bool{}
			a.roles[key] = ctx
		}
		for k := i - 1; k >= 0 && k >= i-4 && toks[k].word && !boundaries[toks[k].lower()]; k-- {
			ctx[textproc.Fold(toks[k].s)] = true
		}
		titled := false
		for _, t := range toks[i : j-len(name)] {
			ctx[textproc.Fold(t.s)] = true
			if l := t.lower(); titleWords[l] || honorifics[l] {
				a.titled[lastWord(a.text[name[0].start:name[len(name)-1].end])] = true
				titled = titled || titleWords[l]
			}
		}
		// A person named with a title in passing ("joined President
		// Obama") may be who "the president" means later.
		if titled && !a.quoted(toks[i].start) {
			a.mentions = append(a.mentions, mention{pos: name[0].start, name: a.text[name[0].start:name[len(name)-1].end], passing: true})
		}
		if j < len(toks) && toks[j].s == "," {
			for k := j + 1; k < len(toks) && k < j+14 && toks[k].word; k++ {
				ctx[textproc.Fold(toks[k].s)] = true
			}
		}
		i = j
	}
}

// indexOf returns the index of t in toks.
func indexOf(toks []token, t token) int {
	return sort.Search(len(toks), func(k int) bool { return toks[k].start >= t.start })
}

// isGroup reports whether a speaker phrase names several people: a plural
// noun or names joined by "and".
func isGroup(s string) bool {
	if strings.Contains(s, " and ") {
		return true
	}
	l := strings.ToLower(lastWord(s))
	return len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "'s") && !strings.HasSuffix(l, "’s")
}

// isSpeechVerb reports whether toks[v] is a finite speech verb in use as
// one: lower case, not passive ("was told"), not "called for".
func isSpeechVerb(toks []token, v int) bool {
	t := toks[v]
	if !t.word || t.capital() || !speechVerbs[t.lower()] {
		return false
	}
	if v > 0 && (passiveAux[toks[v-1].lower()] || toks[v-1].lower() == "to") {
		return false
	}
	if v+1 < len(toks) {
		next := toks[v+1].lower()
		if next == "by" {
			// A passive participle: "the talks described by officials".
			return false
		}
		switch t.lower() {
		case "called", "calls", "call":
			if next == "for" || next == "on" || next == "off" || next == "in" || next == "up" || next == "out" || next == "back" {
				return false
			}
		case "charged", "charges":
			if next == "with" {
				return false
			}
		}
	}
	return true
}

// isInfinitive reports whether toks[v] is a speech verb after "to" ("went
// on to say").
func isInfinitive(toks []token, v int) bool {
	return v > 0 && toks[v].word && speechBase[toks[v].lower()] && toks[v-1].lower() == "to"
}

func isAccordingTo(toks []token, v int) bool {
	return toks[v].lower() == "according" && v+1 < len(toks) && toks[v+1].lower() == "to"
}

// nextOpen returns where the quotation after qs[i] opens when it opens in
// the paragraph where qs[i] ends, or that paragraph's end.
func (a *attributor) nextOpen(i int) int {
	q := a.qs[i]
	if i+1 < len(a.qs) && a.qs[i+1].para == q.lastPara {
		return a.qs[i+1].open
	}
	return a.paras[q.lastPara].end
}

// tail reads an attribution right after the quotation: `"...," X said`,
// `"...," said X`, `"...," according to X`.
func (a *attributor) tail(i int) (string, attribution) {
	q := a.qs[i]
	toks := dropAsides(tokenize(a.text, q.close, a.nextOpen(i)))
	for k, t := range toks {
		if sentenceEnd(t) {
			toks = toks[:k]
			break
		}
	}
	if len(toks) == 0 {
		return "", attribution{}
	}
	first := toks[0]
	cont := strings.ContainsRune(",?!\u2014\u2013-\u2026", q.endPunct) || first.s == "," || first.word && !first.capital()
	if !cont {
		return "", attribution{}
	}
	lo := 0
	for lo < len(toks) && !toks[lo].word {
		lo++
	}
	// `"...," saying ...`: the subject of the sentence speaks.
	if lo < len(toks) && speechParticiples[toks[lo].lower()] {
		if lt, same, ok := a.leadTokens(i); ok && !same {
			if np := sentenceSubject(lt); np != nil {
				return speakerPhrase(a.text, np), attribution{kind: howTail, at: toks[lo].start}
			}
		}
		return "", attribution{}
	}
	words := 0
	for v := lo; v < len(toks) && words < 25; v++ {
		if !toks[v].word {
			continue
		}
		words++
		if isAccordingTo(toks, v) {
			if v != lo {
				return "", attribution{}
			}
			np := subjectAfter(toks, v+1, len(toks))
			return speakerPhrase(a.text, np), attribution{kind: howTail, at: toks[v].start}
		}
		if !isSpeechVerb(toks, v) {
			continue
		}
		at := attribution{kind: howTail, at: toks[v].start}
		np, coordinated := subjectBefore(toks, v, lo)
		if coordinated {
			return "", attribution{}
		}
		if np == nil {
			if v != lo {
				return "", attribution{}
			}
			return speakerPhrase(a.text, subjectAfter(toks, v, len(toks))), at
		}
		// The subject must follow the quotation at once, or stand in
		// apposition to a phrase that does.
		if np[0].start != toks[lo].start && toks[indexOf(toks, np[0])-1].s != "," {
			return "", attribution{}
		}
		return speakerPhrase(a.text, np), at
	}
	return "", attribution{}
}

// lead reads the attribution in the sentence before the quotation: `X said
// Europe "must..."`, `X said: "..."`, `..., saying: "..."`.
func (a *attributor) lead(i int) (string, attribution) {
	toks, same, ok := a.leadTokens(i)
	if !ok {
		return "", attribution{}
	}
	return a.leadIn(toks, i, same)
}

// antecedent returns the person named right before the relative pronoun
// at toks[w], past a comma and what is set off before it (a party and
// state, an age), or nil.
func antecedent(toks []token, w int) []token {
	k := w - 1
	if k < 0 || toks[k].s != "," {
		return nil
	}
	k--
	// ", R-Kan.," or ", 58,": a short aside between commas.
	for j := k; j >= 0 && j >= k-4; j-- {
		if toks[j].s == "," {
			if j < k && !toks[j+1].capital() || j < k && strings.Contains(toks[j+1].s, "-") {
				k = j - 1
			}
			break
		}
	}
	end := k + 1
	for k >= 0 && (toks[k].capital() || toks[k].s == ".") {
		k--
	}
	run := personName(toks[k+1 : end])
	var words []token
	for _, t := range run {
		if t.word {
			words = append(words, t)
		}
	}
	if len(words) < 2 {
		return nil
	}
	return run
}

// lowerStart reports whether a text's first letter is lower case.
func lowerStart(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// leadTokens returns the words of quotation i's sentence before it, and
// whether the quotation before it stands in the same sentence; ok is false
// when the quotation opens a sentence.
func (a *attributor) leadTokens(i int) (toks []token, sameSentence, ok bool) {
	q := a.qs[i]
	p := a.paras[q.para]
	lo := p.start
	afterPrev := i > 0 && a.qs[i-1].lastPara == q.para
	if afterPrev {
		lo = a.qs[i-1].close
	}
	toks = dropAsides(tokenize(a.text, lo, q.open))
	for k := len(toks) - 1; k >= 0; k-- {
		if sentenceEnd(toks[k]) {
			if k == len(toks)-1 && toks[k].s == "." {
				return nil, false, false
			}
			return toks[k+1:], false, true
		}
	}
	return toks, afterPrev, true
}

// leadIn finds the speaker of quotation i in toks, the words of its
// sentence before it. sameSentence says that the previous quotation stands
// in the same sentence.
func (a *attributor) leadIn(toks []token, i int, sameSentence bool) (string, attribution) {
	participle := -1
	for v := len(toks) - 1; v >= 0; v-- {
		t := toks[v]
		if !t.word {
			continue
		}
		if isAccordingTo(toks, v) {
			np := subjectAfter(toks, v+1, len(toks))
			if sp := speakerPhrase(a.text, np); sp != "" {
				return sp, attribution{kind: howLead, at: t.start}
			}
			continue
		}
		if (speechParticiples[t.lower()] || isInfinitive(toks, v)) && participle < 0 {
			participle = v
			continue
		}
		if !isSpeechVerb(toks, v) {
			continue
		}
		np, coordinated := subjectBefore(toks, v, 0)
		if coordinated {
			// "He noted that Lee had said X and added, "..."": the verb
			// after "and" shares the sentence's subject, not that of the
			// clause before it.
			sentence := a.sentenceBefore(i)
			if np := sentenceSubject(sentence); np != nil {
				if sp := speakerPhrase(a.text, np); sp != "" {
					// A pronoun is resolved where it stands, and never
					// stands for a person its own sentence names after it
					// ("He noted that Hill had said": he is not Hill).
					return sp, attribution{kind: howLead, at: np[0].start, not: namedAfter(sentence, np[0].end)}
				}
			}
			break
		}
		if np == nil && v > 0 && relatives[toks[v-1].lower()] {
			// `Stone put out a statement that claimed Lee "..."`: the
			// verb's subject is the relative pronoun, whose author is the
			// sentence's subject, not the name after the verb. "Who"
			// stands for the person named right before it ("wrote the
			// bill with Sen. Dale Hutchings, R-Kan., who told reporters").
			if toks[v-1].lower() == "who" {
				np = antecedent(toks, v-1)
			}
			if np == nil {
				np = sentenceSubject(toks)
			}
		}
		if np == nil {
			np = subjectAfter(toks, v, len(toks))
			// `Kessler said Hallett "has spent …"`: a name right before a
			// quotation that goes on in lower case is the quoted clause's
			// subject; the speaker is the sentence's.
			if len(np) > 0 && len(toks) > 0 && np[len(np)-1].start == toks[len(toks)-1].start && lowerStart(a.qs[i].Text) {
				np = sentenceSubject(toks[:v])
			}
		}
		if outer, at, ok := reportedBy(toks, v, np); ok {
			if sp := speakerPhrase(a.text, outer); sp != "" {
				return sp, attribution{kind: howLead, at: at}
			}
		}
		if sp := speakerPhrase(a.text, np); sp != "" {
			return sp, attribution{kind: howLead, at: t.start}
		}
	}
	colon := len(toks) > 0 && toks[len(toks)-1].s == ":"
	if colon && !sameSentence {
		if sp := a.turn(toks[:len(toks)-1]); sp != "" {
			return sp, attribution{kind: howLead, at: toks[0].start}
		}
	}
	if participle < 0 && !colon && !a.coordinatedVerb(toks) {
		return "", attribution{}
	}
	if sameSentence && a.qs[i-1].Speaker != "" {
		return a.qs[i-1].Speaker, attribution{kind: howInherit, at: a.qs[i-1].how.at}
	}
	if sameSentence {
		return "", attribution{}
	}
	if np := sentenceSubject(toks); np != nil {
		at := toks[0].start
		if participle >= 0 {
			at = toks[participle].start
		}
		sp := speakerPhrase(a.text, np)
		// A lone capitalised word that is no known person opens an
		// imperative ("Read the full post:") more often than it names.
		if len(np) == 1 && isName(sp) && !a.known[sp] {
			return "", attribution{}
		}
		return sp, attribution{kind: howLead, at: at}
	}
	return "", attribution{}
}

// responseNouns name what a person says in a turn of an exchange ("His
// response:").
var responseNouns = set(`response responses answer answers reply replies retort reaction comment
	comments words message verdict explanation rejoinder`)

// possessivePronouns map to the pronoun that stands for the same person.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they"}

// turn reads the label of a turn in an exchange, the words before a colon
// that a quotation follows: "His response" or "Lee's answer" (the owner
// speaks), or a person's name alone ("Lee: ...", as transcripts give the
// answers). A name must be one the text gives a person elsewhere, so that
// a label such as "Update" or "Q" names no one.
func (a *attributor) turn(toks []token) string {
	switch {
	case len(toks) == 2 && toks[0].word && toks[1].word && responseNouns[toks[1].lower()]:
		if p, ok := possessivePronouns[toks[0].lower()]; ok {
			return p
		}
		if toks[0].possessive() && toks[0].capital() {
			return strings.TrimSuffix(strings.TrimSuffix(toks[0].s, "'s"), "\u2019s")
		}
	case len(toks) >= 1 && len(toks) <= 3 && allCapital(toks):
		name := a.text[toks[0].start:toks[len(toks)-1].end]
		if isName(name) && a.known[lastWord(name)] && len([]rune(lastWord(name))) > 1 {
			return name
		}
	}
	return ""
}

// namedAfter returns the folded capitalised words of toks after pos.
func namedAfter(toks []token, pos int) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if t.start >= pos && t.capital() {
			out[textproc.Fold(strings.TrimSuffix(strings.TrimSuffix(t.s, "'s"), "\u2019s"))] = true
		}
	}
	return out
}

// sentenceBefore returns the words outside quotations of the sentence of
// quotation i before it, from the sentence's start.
func (a *attributor) sentenceBefore(i int) []token {
	q := a.qs[i]
	toks := a.outside(a.paras[q.para].start, q.open)
	for k := len(toks) - 1; k >= 0; k-- {
		if sentenceEnd(toks[k]) {
			return toks[k+1:]
		}
	}
	return toks
}

// reportedBy finds who speaks a quotation that closes a sentence of
// reported speech: in `She noted that Hill had said the plan was sound,
// "I think that's true"`, Hill's words are reported, and the quotation
// after them, set off by a comma, is the words of the one who reports
// them. toks[v] is the inner speech verb and np its subject; ok is set,
// with the outer subject and its verb's position, when the subject follows
// "that" after an earlier speech verb and the quotation follows the
// clause of toks[v] after a comma.
func reportedBy(toks []token, v int, np []token) (outer []token, at int, ok bool) {
	if len(np) == 0 || toks[len(toks)-1].s != "," || len(wordsOf(toks[v+1:])) < 2 {
		return nil, 0, false
	}
	k := indexOf(toks, np[0])
	if k < 2 || toks[k-1].lower() != "that" || !isSpeechVerb(toks, k-2) {
		return nil, 0, false
	}
	outer, _ = subjectBefore(toks, k-2, 0)
	if outer == nil {
		return nil, 0, false
	}
	return outer, toks[k-2].start, true
}

// coordinatedVerb reports whether toks hold a speech verb after "and"
// ("... and added, ...").
func (a *attributor) coordinatedVerb(toks []token) bool {
	for v := range toks {
		if isSpeechVerb(toks, v) {
			if _, c := subjectBefore(toks, v, 0); c {
				return true
			}
		}
	}
	return false
}

// inherit gives a quotation without an attribution of its own the speaker
// of the quotation before it in its paragraph (`"A," he said. "B."`), or,
// when it opens a paragraph, of the paragraph before that ended in a
// quotation or a colon.
func (a *attributor) inherit(i int) (string, attribution) {
	q := a.qs[i]
	if i > 0 && a.qs[i-1].lastPara == q.para {
		prev := a.qs[i-1]
		// A sentence of its own whose subject is someone else ("Lee
		// shrugged with a nonchalant, "Nah."") does not carry on the
		// speaker before; nor does the text say who speaks.
		if lt, same, ok := a.leadTokens(i); ok && !same {
			if np := sentenceSubject(lt); np != nil {
				if sp := speakerPhrase(a.text, np); isName(sp) && !sameSpeaker(sp, prev.Speaker) {
					return "", attribution{}
				}
			}
		}
		return prev.Speaker, attribution{kind: howInherit, at: prev.how.at}
	}
	p := a.paras[q.para]
	if q.open != p.start || q.para == 0 {
		return "", attribution{}
	}
	pp := a.paras[q.para-1]
	last := strings.TrimRightFunc(a.text[pp.start:pp.end], unicode.IsSpace)
	if r, _ := utf8.DecodeLastRuneInString(last); r == ':' {
		spans := textproc.SentenceSpans(a.text[pp.start:pp.end])
		s := spans[len(spans)-1]
		from := pp.start + s.Start
		if i > 0 && a.qs[i-1].lastPara == q.para-1 && a.qs[i-1].close > from {
			from = a.qs[i-1].close
		}
		same := i > 0 && a.qs[i-1].close == from
		return a.leadIn(tokenize(a.text, from, pp.end), i, same)
	}
	if i == 0 || a.qs[i-1].lastPara != q.para-1 {
		return "", attribution{}
	}
	prev := a.qs[i-1]
	// The previous quotation must stand in that paragraph's last sentence.
	for _, t := range tokenize(a.text, prev.close, pp.end) {
		if sentenceEnd(t) && t.end < pp.end-1 {
			return "", attribution{}
		}
	}
	return prev.Speaker, attribution{kind: howInherit, at: prev.how.at}
}

// maxAside is the most tokens a parenthesis may hold to be passed over as
// an aside.
const maxAside = 12

// dropAsides leaves out short parentheses ("Rep. Jo Roe (R-Ore.) said",
// "the Acme Corp. (ACME)"), which stand between a name and its verb but
// take no part in the attribution.
func dropAsides(toks []token) []token {
	if !slices.ContainsFunc(toks, func(t token) bool { return t.s == "(" }) {
		return toks
	}
	out := toks[:0:0]
	for k := 0; k < len(toks); k++ {
		if toks[k].s == "(" {
			end := -1
			for m := k + 1; m < len(toks) && m <= k+maxAside; m++ {
				if toks[m].s == ")" {
					end = m
					break
				}
				if toks[m].s == "(" || isQuoteMark(toks[m]) {
					break
				}
			}
			if end > 0 {
				k = end
				continue
			}
		}
		out = append(out, toks[k])
	}
	return out
}

// joinSplit joins a quotation split around its attribution (`"A," he
// said. "B."`) into one.
func joinSplit(text string, qs []*quotation) []*quotation {
	var out []*quotation
	for _, q := range qs {
		if len(out) > 0 {
			prev := out[len(out)-1]
			if prev.how.kind == howTail && q.how.kind != howTail && q.para == prev.lastPara &&
				q.Speaker != "" && q.Speaker == prev.Speaker && q.how.at >= prev.close && q.how.at < q.open &&
				len(wordsOf(tokenize(text, prev.close, q.open))) <= 12 {
				prev.join(q)
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// join appends the words of q to those of the quotation.
func (q *quotation) join(next *quotation) {
	sep := " "
	r, _ := utf8.DecodeRuneInString(next.Text)
	switch {
	case unicode.IsLower(r):
		sep = ", "
	case !strings.ContainsRune(".?!\u2026", q.endPunct):
		sep = ". "
	}
	q.Text = strings.TrimRight(q.Text, ",;:") + sep + next.Text
	q.End = next.End
	q.close = next.close
	q.lastPara = next.lastPara
	q.endPunct = next.endPunct
}
