package entities

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/lexicon"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// token is a word of a sentence as mention detection sees it.
type token struct {
	text       string // as written, without a possessive ending
	start, end int    // byte range in the sentence, possessive included
	poss       bool   // the word ended in "'s" or "s'"
	sentStart  bool   // first word of a sentence, quotation or clause after ':'
	joinNext   bool   // only a space separates it from the next token
}

// tokenize splits a sentence into word tokens. Stops inside initials and
// honorifics ("J.D.", "U.S.", "Mr.") and hyphens and apostrophes inside a
// word belong to the word.
func tokenize(s string) []token {
	return appendTokens(nil, s)
}

// appendTokens appends the tokens of sentence s to toks, so that a buffer
// can serve one sentence after another.
func appendTokens(toks []token, s string) []token {
	first := len(toks)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !textproc.IsWordRune(r) {
			i += size
			continue
		}
		start := i
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if textproc.IsWordRune(r) {
				j += size
				continue
			}
			if r == '.' || r == '-' || r == '\'' || r == '\u2019' || r == '\u2010' || r == '\u2011' {
				if n, _ := utf8.DecodeRuneInString(s[j+size:]); j+size < len(s) && textproc.IsWordRune(n) {
					j += size
					continue
				}
			}
			break
		}
		text := s[start:j]
		end := j
		if end < len(s) && s[end] == '.' && (isInitials(text) || honorifics[strings.ToLower(text)] || nameAbbrevs[strings.ToLower(text)]) {
			text = s[start : end+1]
			end++
		}
		// A state as news style abbreviates it ("Conn.", "N.Y.") names the
		// state.
		if end < len(s) && s[end] == '.' && afterPlace(s, start) && lexicon.StateAbbreviation(s[start:end+1]) {
			end++
			text, _ = lexicon.State(s[start:end])
		} else if strings.HasSuffix(text, ".") && strings.Contains(text[:len(text)-1], ".") && afterPlace(s, start) && lexicon.StateAbbreviation(text) {
			text, _ = lexicon.State(text)
		}
		var poss bool
		for _, suf := range []string{"'s", "\u2019s"} {
			if strings.HasSuffix(text, suf) && len(text) > len(suf) {
				text = text[:len(text)-len(suf)]
				poss = true
			}
		}
		if !poss && strings.HasSuffix(text, "s") && end < len(s) {
			if n, _ := utf8.DecodeRuneInString(s[end:]); n == '\'' || n == '\u2019' {
				if m, _ := utf8.DecodeRuneInString(s[end+utf8.RuneLen(n):]); end+utf8.RuneLen(n) >= len(s) || !textproc.IsWordRune(m) {
					poss = true
				}
			}
		}
		toks = append(toks, token{text: text, start: start, end: end, poss: poss})
		i = end
	}
	for k := first; k < len(toks); k++ {
		before := strings.TrimRightFunc(s[:toks[k].start], unicode.IsSpace)
		last, _ := utf8.DecodeLastRuneInString(before)
		toks[k].sentStart = k == first || last == '"' || last == '\u201c' || last == '\u2018' || last == ':' || last == '\'' || last == '(' || last == '['
		if k+1 < len(toks) {
			gap := s[toks[k].end:toks[k+1].start]
			toks[k].joinNext = !toks[k].poss && strings.TrimSpace(gap) == "" && gap != "" && !strings.Contains(gap, "\n")
		}
	}
	return toks
}

// afterPlace reports whether the word at s[i:] follows a comma, as a
// state does after its city ("Newtown, Conn."), so that "Mass." after "to"
// stays a word.
func afterPlace(s string, i int) bool {
	return strings.HasSuffix(strings.TrimRight(s[:i], " "), ",")
}

// isInitials reports whether w is one or more single letters joined by
// stops ("J", "J.D", "U.S").
func isInitials(w string) bool {
	parts := strings.Split(w, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isCap reports whether w starts with a capital letter, or is a name with a
// lower-case particle prefix ("al-Assad").
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	if i := strings.IndexAny(w, "-\u2010\u2011"); i > 0 && connectors[strings.ToLower(w[:i])] {
		r, _ := utf8.DecodeRuneInString(w[i+1:])
		if r == '\u2010' || r == '\u2011' {
			return false
		}
		return unicode.IsUpper(r)
	}
	return false
}

// isAllCaps reports whether w has at least two letters, all capitals.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// lowerKey is w lower-cased with diacritics and stops removed, for the
// look-up tables.
func lowerKey(w string) string {
	return strings.TrimSuffix(fold(w), ".")
}

// fold is textproc.Fold with a fast path for plain ASCII words, which
// have nothing to fold but case.
func fold(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c == '`' {
			return textproc.Fold(w)
		}
	}
	return strings.ToLower(w)
}

// mention is one occurrence of a name in an article.
type mention struct {
	words   []string // the name as written, title left out
	role    []string // the title before it, as written ("President", "Mr.")
	article string
	person  int // evidence that it names a person
	org     int
	place   int
	initial bool // one word at the start of a sentence
}

func (m *mention) core() string { return strings.Join(m.words, " ") }

// sex returns "m" or "f" for a surname alone after an honorific that says
// a person's sex ("Mr. Clinton", "Mrs. Clinton"), else "".
func (m *mention) sex() string {
	if len(m.words) != 1 || len(m.role) != 1 {
		return ""
	}
	switch lowerKey(m.role[0]) {
	case "mr", "sir", "lord":
		return "m"
	case "mrs", "ms", "miss", "dame", "lady":
		return "f"
	}
	return ""
}

// corpus holds what mention detection needs to know about all the
// articles: the words that occur in lower case.
type corpus struct {
	lower    map[string]bool
	titled   map[string]bool
	sentToks [][][]token // per article, per sentence; nil when not kept
	sents    [][]string  // per article
	// asked, when set, records each question put to lower and titled
	// and its answer, so that what was found with them can be reused
	// while the answers stay the same.
	asked *[]question
}

// question is one lookup of a folded word in the story's lower-case
// (titled false) or title-case words, and its answer.
type question struct {
	word          string
	titled, found bool
}

func (c *corpus) isLower(f string) bool {
	v := c.lower[f]
	if c.asked != nil {
		*c.asked = append(*c.asked, question{word: f, found: v})
	}
	return v
}

func (c *corpus) isTitled(f string) bool {
	v := c.titled[f]
	if c.asked != nil {
		*c.asked = append(*c.asked, question{word: f, titled: true, found: v})
	}
	return v
}

// answers reports whether c answers the questions as they were answered.
func (c *corpus) answers(qs []question) bool {
	for _, q := range qs {
		m := c.lower
		if q.titled {
			m = c.titled
		}
		if m[q.word] != q.found {
			return false
		}
	}
	return true
}

// tokens is what the corpus reads from one text alone: its sentences,
// their tokens, and its words written in lower case and in title case.
type tokens struct {
	sents  []string
	toks   [][]token
	lower  []string
	titled []string
}

func readTokens(t string) tokens {
	var out tokens
	own := &corpus{lower: map[string]bool{}, titled: map[string]bool{}}
	out.sents = textproc.Sentences(t)
	for _, s := range out.sents {
		ts := tokenize(s)
		for _, tk := range ts {
			own.note(tk)
		}
		out.toks = append(out.toks, ts)
	}
	out.lower = slices.Collect(maps.Keys(own.lower))
	out.titled = slices.Collect(maps.Keys(own.titled))
	return out
}

// note records how a token is written: in lower case, or in title case
// inside a sentence.
func (c *corpus) note(tk token) {
	r, _ := utf8.DecodeRuneInString(tk.text)
	switch {
	case unicode.IsLower(r):
		c.lower[fold(tk.text)] = true
	case !tk.sentStart && !isAllCaps(tk.text):
		c.titled[fold(tk.text)] = true
	}
}

func newCorpus(texts []string, m *memo.Memo) *corpus {
	c := &corpus{lower: map[string]bool{}, titled: map[string]bool{}}
	if m == nil {
		// The tokens of a big story's every sentence would take more
		// memory than the rest of its analysis: each sentence is read
		// here for its words, and tokenized again when its mentions are
		// found (sentToks stays nil).
		var buf []token
		for _, t := range texts {
			sents := textproc.Sentences(t)
			for _, s := range sents {
				buf = appendTokens(buf[:0], s)
				for _, tk := range buf {
					c.note(tk)
				}
			}
			c.sents = append(c.sents, sents)
		}
		return c
	}
	for _, t := range texts {
		read := memo.Get(m, "entities.tokens", t, func() tokens { return readTokens(t) })
		for _, w := range read.lower {
			c.lower[w] = true
		}
		for _, w := range read.titled {
			c.titled[w] = true
		}
		c.sents = append(c.sents, read.sents)
		c.sentToks = append(c.sentToks, read.toks)
	}
	return c
}

// isHeadline reports whether a sentence is set in title case, as headings
// are; names in it cannot be told from other capitalised words.
func isHeadline(s string, toks []token) bool {
	s = strings.TrimRight(s, " \"'\u201d\u2019)")
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return false
	}
	n, caps := 0, 0
	for _, t := range toks {
		if utf8.RuneCountInString(t.text) <= 3 {
			continue
		}
		n++
		if isCap(t.text) {
			caps++
		}
	}
	return n >= 4 && caps*10 >= n*7
}

// isNameWord reports whether a token may be part of a name.
func (c *corpus) isNameWord(t token) bool {
	if !isCap(t.text) || t.text == "I" {
		// "I" is the pronoun; an initial keeps its stop ("I.").
		return false
	}
	if isAllCaps(t.text) && utf8.RuneCountInString(t.text) > 1 && !strings.Contains(t.text, ".") {
		// A shouted common word ("PEACE") is not an acronym.
		f := fold(t.text)
		if c.isLower(f) && !c.isTitled(f) {
			return false
		}
	}
	return true
}

// mentions finds the names in one sentence.
func (c *corpus) mentions(s string, toks []token, article string) []mention {
	if isHeadline(s, toks) {
		return nil
	}
	var out []mention
	for i := 0; i < len(toks); {
		if !c.isNameWord(toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j-1].joinNext && !hyphenTail(toks[j-1].text) {
			w := toks[j].text
			if c.isNameWord(toks[j]) {
				j++
				continue
			}
			lw := strings.ToLower(w)
			if j+1 < len(toks) && toks[j].joinNext && isCap(toks[j+1].text) && connectors[lw] {
				j += 2
				continue
			}
			if n := c.ofLink(toks, i, j); n > 0 {
				j += n
				continue
			}
			break
		}
		out = append(out, c.split(s, toks, i, j, article)...)
		i = j
	}
	return out
}

// ofLink returns how many words "of" or "for", with "the" after it, join
// the name toks[i:j] to the capitalised words after them, or 0. They join
// the name of a body, a title or a place ("Bank of America", "Secretary
// of State", "State of the Union", "Association for the Advancement of
// Colored People", "Justice Against Sponsors of Terrorism Act"), not a
// person's name to a place ("Nancy Pelosi of California").
func (c *corpus) ofLink(toks []token, i, j int) int {
	lw := strings.ToLower(toks[j].text)
	if lw != "of" && lw != "for" || !toks[j].joinNext {
		return 0
	}
	n := 1
	if k := j + 1; k < len(toks) && strings.ToLower(toks[k].text) == "the" && toks[k].joinNext {
		n = 2
	}
	if j+n >= len(toks) || !isCap(toks[j+n].text) {
		return 0
	}
	// An organisation word anywhere ("National Association for the
	// ..."); a place word only first ("City of London", not "Kansas City
	// of the ...").
	if j-i == 1 && toks[i].sentStart && c.isLower(fold(toks[i].text)) {
		// "News of the ...": a common word capitalised by the sentence.
		return 0
	}
	prev := lowerKey(toks[j-1].text)
	// The capitalised words after "of": toks[j+n:end].
	end := j + n
	for end < len(toks) && isCap(toks[end].text) && (end == j+n || toks[end-1].joinNext) {
		end++
	}
	last := lowerKey(toks[end-1].text)
	// An organisation word anywhere ("National Association for the
	// ..."); a place word first or last ("City of London", "Southern
	// District of California"), but not before another body ("Kansas City
	// of the National Association ...").
	body := placeWords[lowerKey(toks[i].text)] || placeWords[prev] && !orgWords[last]
	for k := i; k < j; k++ {
		f := lowerKey(toks[k].text)
		if (roleHeads[f] || honorifics[f]) && k+1 < j && firstNames[lowerKey(toks[k+1].text)] {
			// "House Speaker John Boehner of Ohio": a person, titled.
			return 0
		}
		body = body || orgWords[f]
	}
	// A title ("Secretary of State") or a law, whose type word comes at
	// its end ("... Act").
	// "Minister for Health": a portfolio after "for".
	if body || (roleHeads[prev] || roleModifiers[prev]) && lw == "of" || lawWords[last] ||
		lw == "for" && (prev == "minister" || prev == "secretary" || prev == "commissioner") {
		return n
	}
	return 0
}

// lawWords end the names of laws and treaties.
var lawWords = set(`act bill law treaty accord accords convention amendment`)

// hyphenTail reports whether a capitalised word ends in a lower-case
// hyphenated part ("Biden-era"), which ends the name.
func hyphenTail(w string) bool {
	i := strings.LastIndexAny(w, "-")
	if i < 0 || i+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return !unicode.IsUpper(r) && !connectors[strings.ToLower(w[:i])]
}

// givenNameTail reports whether a word with a lower-case hyphenated part
// is a given name of two syllables ("Seong-hoon" of "Kim Seong-hoon",
// "Jae-in" of "Moon Jae-in"): the last word of a name of two words or
// more, whose tail is a short syllable and no English word that makes a
// compound ("Biden-era", "Texas-based", "Saudi-led").
func givenNameTail(w string, lastOfName bool) bool {
	i := strings.LastIndex(w, "-")
	tail := strings.ToLower(w[i+1:])
	if !lastOfName || len(tail) > 5 || strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "ly") || compoundTails[tail] {
		return false
	}
	for _, r := range tail {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// compoundTails are the short English words that end a compound after a
// name: "Biden-era", "Bush-style".
var compoundTails = set(`era style run born made like wide free only long old area level type class owned based backed sized bound held`)

// split turns a run of capitalised tokens [i, j) of sentence s into
// mentions: the title is cut off the name, and what stands before the
// title ("NATO" in "NATO Secretary General Mark Rutte") becomes a mention
// of its own.
func (c *corpus) split(s string, toks []token, i, j int, article string) []mention {
	run := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		w := toks[k].text
		if hyphenTail(w) && !givenNameTail(w, k > i && k == j-1) {
			w = w[:strings.LastIndex(w, "-")]
		}
		run = append(run, w)
	}
	// A capital that only the start of a sentence explains is no name.
	for len(run) > 0 && toks[i].sentStart {
		f := lowerKey(run[0])
		// "Astronaut Mark Kelly": a word before a given name is no part of it.
		beforeName := len(run) > 2 && firstNames[lowerKey(run[1])] && !firstNames[f] && !roleModifiers[f]
		if !(textproc.IsStopword(f) || c.isLower(f) || demonyms[f] || isCalendar(f) || lowerRoles[f] || beforeName) ||
			roleHeads[f] || honorifics[f] ||
			roleModifiers[f] && len(run) > 1 && (roleHeads[lowerKey(run[1])] || roleModifiers[lowerKey(run[1])]) {
			break
		}
		run, i = run[1:], i+1
	}
	for len(run) > 0 && (lowerKey(run[0]) == "the" || lowerKey(run[0]) == "a" || lowerKey(run[0]) == "an") {
		run, i = run[1:], i+1
	}
	// "Obama Monday": a day after a name says when, and is no part of it.
	for len(run) > 1 && weekdays[lowerKey(run[len(run)-1])] {
		run, j = run[:len(run)-1], j-1
	}
	if len(run) == 0 {
		return nil
	}
	prev, next := "", ""
	if i > 0 {
		prev = lowerKey(toks[i-1].text)
		if (prev == "the" || prev == "a") && i > 1 {
			prev = lowerKey(toks[i-2].text)
		}
		// "the southern Japanese city of Kumamoto": the head before
		// "of" says what the name is.
		if prev == "of" && i > 1 && placeHeads[lowerKey(toks[i-2].text)] {
			prev = lowerKey(toks[i-2].text)
		}
	}
	// A quotation mark between the name and a word cuts them apart:
	// in "to fund Obamacare," said Priebus, "said" is not about the name.
	if j < len(toks) && !strings.ContainsAny(s[toks[j-1].end:toks[j].start], quoteMarks) {
		next = lowerKey(toks[j].text)
	}
	if i > 0 && strings.ContainsAny(s[toks[i-1].end:toks[i].start], quoteMarks) {
		prev = ""
	}

	// The last role word that has a name after it.
	head := -1
	for k := len(run) - 2; k >= 0; k-- {
		f := lowerKey(run[k])
		// "House Speaker Dean Brinkerhoff": a role word that is also a
		// given name, after a title and before the surname alone, is
		// the given name.
		if k == len(run)-2 && k > 0 && firstNames[f] && isTitleWord(lowerKey(run[k-1])) {
			continue
		}
		if roleHeads[f] || honorifics[f] {
			head = k
			break
		}
	}
	var out []mention
	if head < 0 && len(run) == 1 && i > 0 && lowerKey(toks[i-1].text) == "the" && eponymNouns[next] {
		// "the Bush administration", "the Clinton era": a body or a time
		// named after a family name, which may be another Bush than the
		// one the story names. An administration is an organisation of
		// its own; an era names nothing.
		if personAdjuncts[next] {
			if m := c.newMention([]string{run[0], toks[j].text}, nil, article, prev, ""); m != nil {
				out = append(out, *m)
			}
		}
		return out
	}
	if head < 0 {
		m := c.newMention(run, nil, article, prev, next)
		// "Rono, 27, had spent …": an age set off after a name is a
		// person's, whether the name has one word or more.
		if m != nil && (len(run) > 1 && appositiveRole(s, toks, j) || appositiveAge(s, toks, j)) {
			m.person += 2
		}
		if m != nil {
			m.initial = len(run) == 1 && toks[i].sentStart
			// A person's one-word name takes no article: "the Bible
			// says" is a thing, "the Kremlin said" an institution. Only
			// a noun after it makes the name a person's ("the Obama
			// administration").
			if len(run) == 1 && i > 0 && lowerKey(toks[i-1].text) == "the" && !personAdjuncts[next] {
				m.person = 0
			}
			out = append(out, *m)
		}
		return out
	}
	// "Secretary of State Marco Rubio", "Minister for Health Colm
	// Barrett", "Minister of State for Health …": the department or the
	// portfolio belongs to the title.
	nameStart := head + 1
	for nameStart < len(run) && (lowerKey(run[nameStart]) == "of" || lowerKey(run[nameStart]) == "for") {
		k := nameStart + 1
		if k < len(run) && lowerKey(run[k]) == "the" {
			k++
		}
		if k >= len(run) {
			break
		}
		for k++; k < len(run) && (roleModifiers[lowerKey(run[k])] || orgWords[lowerKey(run[k])]); k++ {
		}
		nameStart = k
	}
	if nameStart >= len(run) {
		// "the Secretary of State", "the Minister for Health": a title
		// that names no one.
		rs := roleStart(run, head)
		if m := c.newMention(run[rs:], nil, article, lowerKey(run[max(rs-1, 0)]), next); m != nil {
			out = append(out, *m)
		}
		return out
	}
	roleStart := roleStart(run, head)
	if roleStart > 0 {
		if m := c.newMention(run[:roleStart], nil, article, prev, lowerKey(run[roleStart])); m != nil {
			out = append(out, *m)
		}
	}
	if nameStart < len(run) && onlyInstitution(run[nameStart:]) {
		// "Justice Department", "General Assembly": no title, one name.
		if m := c.newMention(run[roleStart:], nil, article, lowerKey(run[max(roleStart-1, 0)]), next); m != nil {
			out = append(out, *m)
		}
		return out
	}
	if nameStart < len(run) {
		m := c.newMention(run[nameStart:], run[roleStart:nameStart], article, lowerKey(run[nameStart-1]), next)
		if m != nil {
			out = append(out, *m)
		}
	}
	return out
}

// roleStart returns where the words of the role whose head is run[head]
// start: its modifiers and heads before it ("Deputy Prime Minister").
func roleStart(run []string, head int) int {
	k := head
	for k > 0 {
		f := lowerKey(run[k-1])
		if !(roleModifiers[f] || roleHeads[f] || honorifics[f]) {
			break
		}
		k--
	}
	return k
}

// nameAbbrevs are abbreviations that stand inside names ("St. Louis",
// "Mt. Everest", "Martin Luther King Jr.").
var nameAbbrevs = set(`st ste mt ft jr sr`)

// generations are the suffixes of a name that tell a son from his father.
var generations = set(`jr sr ii iii iv`)

// onlyInstitution reports whether words are all organisation or place
// words or generation suffixes ("King Jr."), so that they cannot be a
// person's name after a title. An organisation's own name may be a
// surname ("Mrs. Wagner").
func onlyInstitution(words []string) bool {
	for _, w := range words {
		f := lowerKey(w)
		if !orgWords[f] && !placeWords[f] && !generations[f] || properOrgs[f] {
			return false
		}
	}
	return true
}

// notWord reports whether w, capitalised, is still no name: a contraction
// ("I've") or a party-and-state tag ("R-Ariz").
func notWord(w string) bool {
	f := fold(w)
	if i := strings.IndexByte(f, '\''); i >= 0 {
		switch f[i+1:] {
		case "ve", "ll", "re", "d", "m", "t":
			return true
		}
	}
	return len(f) > 2 && f[1] == '-' && (f[0] == 'r' || f[0] == 'd' || f[0] == 'i')
}

// isCalendar reports whether w names a month or a day of the week.
func isCalendar(w string) bool {
	return months[w] || weekdays[w]
}

var months = set(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// notNames are capitalised or upper-case words that name nothing.
var notNames = set(`ok tv am pm id ps faq ceo ad bc`)

// quoteMarks open or close a quotation.
const quoteMarks = "\"“”«»"

// personAdjuncts are nouns that a person's surname qualifies: "the Obama
// administration", "the Clinton campaign".
var personAdjuncts = set(`administration campaign family government`)

// appositiveWords is how many words an appositive after a name may hold
// before its role ("Kathleen Ashworth, a former Ohio budget director").
const appositiveWords = 5

// appositiveRole reports whether the tokens from toks[j] are an appositive
// that gives a role, set off by a comma: ", a former Ohio budget
// director", ", the chief of staff", ", leader of the opposition". A name
// it follows is a person's.
func appositiveRole(s string, toks []token, j int) bool {
	if j == 0 || j >= len(toks) || !strings.Contains(s[toks[j-1].end:toks[j].start], ",") {
		return false
	}
	// ", leader of the main opposition party": a role with no article.
	if f := lowerKey(toks[j].text); (lowerRoles[f] || roleHeads[f]) && j+1 < len(toks) && lowerKey(toks[j+1].text) == "of" {
		return true
	}
	if f := lowerKey(toks[j].text); f != "a" && f != "an" && f != "the" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+appositiveWords; k++ {
		f := lowerKey(toks[k].text)
		if lowerRoles[f] || roleHeads[f] {
			return true
		}
		if k > j+1 && strings.ContainsAny(s[toks[k-1].end:toks[k].start], ",;:") {
			return false
		}
	}
	return false
}

// appositiveAge reports whether the token toks[j] is an age set off by
// commas after a name ("Marcus Ellery, 44, of Canton") or opens one told
// with an article ("Velasco, a 23-year-old midfielder"). A name it
// follows is a person's.
func appositiveAge(s string, toks []token, j int) bool {
	if j == 0 || j >= len(toks) || strings.TrimSpace(s[toks[j-1].end:toks[j].start]) != "," {
		return false
	}
	t := toks[j].text
	// "Velasco, a 23-year-old midfielder, …": an age told with an
	// article.
	if f := lowerKey(t); (f == "a" || f == "an") && j+1 < len(toks) && yearsOld(toks[j+1].text) {
		return true
	}
	if len(t) == 0 || len(t) > 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	end := len(s)
	if j+1 < len(toks) {
		end = toks[j+1].start
	}
	after := strings.TrimSpace(s[toks[j].end:end])
	return after == "," || after == "" || after == "." || after == ";" || after == ")" || after == ",\"" || strings.HasPrefix(after, ",")
}

// yearsOld reports whether a word is an age in years: "23-year-old".
func yearsOld(w string) bool {
	n, rest, ok := strings.Cut(w, "-")
	if !ok || len(n) == 0 || len(n) > 3 || !strings.EqualFold(rest, "year-old") {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}

// eponymNouns follow a family name in "the Bush administration", "the
// Clinton years": what they name is not the person.
var eponymNouns = set(`administration campaign family government era years presidency dynasty`)

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// newMention builds a mention and weighs the evidence for its kind; it
// returns nil for words that cannot be a name.
func (c *corpus) newMention(words, role []string, article, prev, next string) *mention {
	f := lowerKey(strings.Join(words, " "))
	if len(words) == 1 {
		if textproc.IsStopword(f) || demonyms[f] || isCalendar(f) || roleHeads[f] || roleModifiers[f] || honorifics[f] || notNames[f] ||
			notWord(words[0]) || isPluralDemonym(f) {
			return nil
		}
		if c.isLower(fold(words[0])) && !isAllCaps(words[0]) {
			return nil
		}
		if isAllCaps(words[0]) && !strings.Contains(words[0], ".") && c.isTitled(fold(words[0])) {
			// "WASHINGTON" in a dateline is "Washington".
			words = []string{titleCase(words[0])}
		}
	}
	if isCalendar(f) || demonyms[f] {
		return nil
	}
	m := &mention{words: words, role: role, article: article}
	last := lowerKey(words[len(words)-1])
	first := lowerKey(words[0])
	if len(role) > 0 {
		m.person += 3
	}
	if lowerRoles[prev] {
		m.person += 2
	}
	if speechVerbs[next] || prev == "said" || prev == "says" {
		m.person++
	}
	if personAdjuncts[next] {
		m.person++
	}
	// "Curtis Ebersol, who heads the association": a name of two words
	// or more that "who" follows is a person's.
	if len(words) > 1 && (next == "who" || next == "whose") {
		m.person += 2
	}
	if len(words) > 1 && firstNames[first] {
		m.person += 2
	}
	if len(words) > 1 && isInitials(strings.TrimSuffix(words[0], ".")) {
		m.person++
	}
	// "Ethiopian Yonas Tesfaye took second": a nationality before a name
	// of words the story never writes in lower case qualifies a person.
	if demonyms[prev] && len(words) > 1 && !slices.ContainsFunc(words, func(w string) bool {
		k := lowerKey(w)
		return c.isLower(fold(w)) || orgWords[k] || placeWords[k]
	}) {
		m.person++
	}
	personal := len(role) > 0 || len(words) > 1 && firstNames[first]
	for _, w := range words {
		if k := lowerKey(w); orgWords[k] && !(personal && properOrgs[k]) {
			m.org += 3
		}
	}
	if len(words) == 1 && isAllCaps(words[0]) && !placeAcronyms[strings.ReplaceAll(f, ".", "")] {
		m.org += 2
	}
	if placeNames[f] || placeAcronyms[strings.ReplaceAll(f, ".", "")] {
		m.place += 4
	}
	if len(words) > 1 && placeWords[last] {
		m.place += 2
	}
	if orgCues[prev] || orgCues[next] {
		m.org += 2
	}
	if placeHeads[prev] {
		m.place += 2
	}
	// "pulled away from Abdi Tessema of Ethiopia": a name of two or three
	// words with "of" after it, which joined no body or place to it
	// (ofLink), is a person's said with where the person is from.
	if n := len(words); n >= 2 && n <= 3 && next == "of" && m.org == 0 && m.place == 0 {
		m.person++
	}
	if placeCues[prev] && m.person == 0 {
		m.place++
	}
	return m
}

// isPluralDemonym reports whether f names a group of people by where they
// are from or what they believe ("Missourians", "Democrats").
func isPluralDemonym(f string) bool {
	return strings.HasSuffix(f, "ians") || strings.HasSuffix(f, "s") && demonyms[strings.TrimSuffix(f, "s")]
}

func titleCase(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[size:])
}

// isTitleWord reports whether a folded word is a role, an honorific or a
// word inside a title.
func isTitleWord(f string) bool {
	return roleHeads[f] || honorifics[f] || roleModifiers[f]
}
