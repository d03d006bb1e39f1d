package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/internal/textproc"
)

// speechVerbs are the finite verbs that introduce or follow a quotation.
var speechVerbs = set(`said says say told tells added adds wrote writes asked asks stated
	declared declares noted argued argues warned warns insisted insists explained explains
	recalled recalls tweeted tweets posted continued continues replied replies responded responds
	remarked observed observes acknowledged acknowledges admitted admits announced announces
	claimed contended contends conceded concedes cautioned cautions complained complains
	countered emphasized emphasizes emphasised emphasises stressed stresses underlined underlines
	urged vowed pledged promised predicted predicts suggested suggests indicated indicates signaled
	signalled hinted revealed disclosed testified testifies wondered wonders joked jokes quipped quips
	shouted shouts yelled yells whispered whispers repeated repeats reiterated reiterates concluded
	concludes confirmed confirms described describes called texted commented boasted boasts
	lamented laments mused muses proclaimed proclaims pleaded demanded charged alleged alleges
	maintained maintains affirmed affirms assured assures asserted asserts blasted blasts slammed slams
	exclaimed exclaims messaged emailed e-mailed recounted recounts mocked mocks accused accuses
	criticized criticizes criticised criticises praised praises thundered thunders begged begs
	answered snapped snaps sighed sighs cried screamed screams chanted retorted retorts chided chides
	scolded scolds rebuked rebukes clarified clarifies`)

// speechParticiples are the -ing forms that attach a quotation to the
// subject of the sentence ("..., saying: ...").
var speechParticiples = set(`saying adding telling writing asking noting arguing warning insisting
	explaining calling describing characterizing characterising declaring stating tweeting posting
	urging vowing stressing suggesting claiming recalling replying responding continuing promising
	predicting acknowledging admitting announcing complaining emphasizing emphasising joking quipping
	answering accusing criticizing criticising praising labeling labelling dubbing branding`)

// speechBase are the plain forms of speech verbs, which attach a quotation
// to the subject of the sentence after "to" ("went on to say").
var speechBase = set(`say tell add write ask retort respond reply explain warn insist argue note declare
	tweet post claim suggest describe call state recall predict promise urge vow joke quip`)

// skippable are words that may stand between a subject and its speech verb
// ("Trump also said", "she has repeatedly told").
var skippable = set(`has had have also later then again separately repeatedly previously recently once earlier
	reportedly further simply just only first publicly privately would will could did does do may might
	must should often frequently still already initially subsequently in turn last this year week month
	night morning afternoon evening ago`)

// passiveAux marks a speech verb as passive ("was told").
var passiveAux = set(`was were been being is are be`)

// boundaries end a subject phrase when walking back from its verb.
var boundaries = set(`that which who whom whose what while because when where if though although but
	so or after before as since whether than nor`)

// pronouns that may speak.
var pronouns = set(`he she they i we it`)

// titleWords stand before a name in a title ("Defense Secretary Pete
// Hegseth") or as the head of a role ("Kremlin spokesman").
var titleWords = set(`president vice secretary general secretary-general minister prime foreign defense
	defence state senator sen. rep. representative gov. governor chancellor director chief spokesman
	spokeswoman spokesperson ambassador judge justice mayor chairman chairwoman chair leader speaker
	attorney king queen prince princess pope commissioner adviser advisor envoy deputy assistant press
	majority minority commander gen. lt. col. sgt. capt. adm. maj. brig. cdr. cmdr. cllr. brigadier officer executive ceo founder coach
	manager professor prof. rev. bishop archbishop cardinal sheikh crown emir sultan premier lawmaker
	congressman congresswoman councilman councilwoman councillor sheriff treasurer economist analyst
	director-general undersecretary interior finance treasury homeland security health labor labour
	commerce energy education agriculture transportation veterans affairs intelligence national
	presidential former acting interim first lady gen lt col sgt capt adm maj sen rep gov
	senior top official officials spokesperson superintendent inspector detective sergeant captain
	lieutenant colonel major admiral commodore brigadier corporal private general-secretary chairperson head whip agent
	father rabbi imam pastor reverend republican democrat`)

// orgWords end the names of organisations rather than people.
var orgWords = set(`kremlin house ministry office department committee council party agency government
	administration commission court police army navy union association company group inc corp
	university institute times news post press journal service services network bank fund campaign
	parliament congress senate assembly embassy foundation organization organisation board authority
	command forces agency pentagon coalition alliance league federation club team media`)

// geoAbbrevs are abbreviations of places that stand before titles.
var geoAbbrevs = set(`u.s. u.k. u.n. e.u. us uk un eu`)

// leadIns open a sentence with a phrase that ends at the first comma before
// the subject ("Speaking to reporters, ...", "In a statement, ...").
var leadIns = set(`in at on after before during when while as although though since despite following
	earlier later meanwhile however still but and yet also hours days weeks minutes speaking addressing
	asked writing responding according for with from to by under over among amid instead separately
	last this next of about regarding concerning`)

// commonVerbs are frequent irregular verbs that end a subject phrase
// ("the officials met").
var commonVerbs = set(`met went came made took gave got saw found left held began won lost ran spoke
	knew thought became kept brought sent set put stood heard felt paid led meant sat fell rose hit cut
	built sold drove grew flew broke chose fought bought caught taught threw wore drew ate seems seem
	appears appear wants want needs need plans plan hopes hope expects expect believes believe thinks
	think knows know says`)

// conjunctions may open a sentence before its subject.
var conjunctions = set(`and but yet so or`)

// documentWords name a text that speaks for its author ("the statement
// continued").
var documentWords = set(`statement tweet post letter message email e-mail release video ad advertisement
	memo note`)

// dateWords are days and months that are never names (unlike "May" or
// "June").
var dateWords = set(`monday tuesday wednesday thursday friday saturday sunday january february
	april july september october november december today yesterday tonight`)

// nameParticles may stand inside a name in lower case.
var nameParticles = set(`de van von bin al da der la le del di du ibn dos das ter`)

type howKind int

const (
	howNone    howKind = iota // no attribution found
	howTail                   // after the quotation: `"...," X said`
	howLead                   // before it, in its sentence: `X said "..."`
	howInherit                // from the quotation before it
)

// attribution records how a quotation got its speaker.
type attribution struct {
	kind howKind
	// at is where the attribution's verb stands, for pronoun resolution.
	at int
	// not holds the folded names that a pronoun speaker cannot stand for.
	not map[string]bool
}

// speakerPhrase returns the speaker that the words of a noun phrase name:
// a pronoun in lower case, a person's name without titles, "the X" for an
// organisation, or the phrase as written for a common noun ("one European
// official"). It returns "" when the phrase names nobody.
func speakerPhrase(text string, np []token) string {
	for len(np) > 0 && !np[0].word {
		np = np[1:]
	}
	for len(np) > 0 && !np[len(np)-1].word {
		np = np[:len(np)-1]
	}
	for len(np) > 0 && (np[0].lower() == "and" || np[0].lower() == "but") {
		np = np[1:]
	}
	if len(np) == 0 {
		return ""
	}
	if len(np) == 1 && pronouns[np[0].lower()] {
		return np[0].lower()
	}
	// "Capt. Ron Johnson of the State Patrol": the name before "of";
	// "the mayor of Washington": a description, not the place.
	for k := 1; k < len(np)-1; k++ {
		if l := np[k].lower(); l == "of" || l == "from" || l == "at" {
			if np[k-1].capital() {
				if sp := speakerPhrase(text, np[:k]); isName(sp) {
					return sp
				}
			} else if h := np[k-1].lower(); np[k-1].word && (titleWords[h] || personNouns[h] || agentNoun(h)) && len(wordsOf(np)) <= 8 {
				return text[np[0].start:np[len(np)-1].end]
			}
			break
		}
	}
	// "the statement from Grimm's attorney, William McGinley": the author.
	if len(np) > 2 && documentWords[np[1].lower()] && (np[2].lower() == "from" || np[2].lower() == "by") {
		if sp := speakerPhrase(text, np[3:]); sp != "" {
			return sp
		}
	}
	last := np[len(np)-1]
	if !last.capital() {
		if len(wordsOf(np)) > 8 || !last.word || dateWords[last.lower()] {
			return ""
		}
		// A common noun phrase names its speaker as written.
		return text[np[0].start:last.end]
	}
	// The trailing run of capitalised words, with lower-case particles.
	i := len(np) - 1
	for i > 0 {
		p := np[i-1]
		if p.capital() || p.word && (nameParticles[p.lower()] || p.lower() == "for") && i-1 > 0 && np[i-2].capital() {
			i--
			continue
		}
		break
	}
	run := np[i:]
	the := i > 0 && np[i-1].lower() == "the"
	name := personName(run)
	if len(name) == 0 {
		for _, t := range run {
			if !textproc.IsStopword(t.lower()) && !dateWords[t.lower()] {
				return text[np[0].start:last.end]
			}
		}
		return ""
	}
	s := text[name[0].start:name[len(name)-1].end]
	if the && len(name) == len(run) {
		return "the " + s
	}
	return s
}

// personName strips the titles, places and sentence words before a name:
// "U.S. Defense Secretary Pete Hegseth" gives "Pete Hegseth".
func personName(run []token) []token {
	start := 0
	for k, t := range run {
		if titleWords[t.lower()] && k < len(run)-1 {
			start = k + 1
		}
	}
	run = run[start:]
	for len(run) > 1 {
		l := run[0].lower()
		if textproc.IsStopword(l) && !abbrevs[strings.TrimSuffix(l, ".")] || dateWords[l] || geoAbbrevs[l] || isAcronym(run[0].s) {
			run = run[1:]
			continue
		}
		break
	}
	if len(run) == 1 && (textproc.IsStopword(run[0].lower()) || dateWords[run[0].lower()]) {
		return nil
	}
	return run
}

// isAcronym reports whether w is an upper-case abbreviation of three or
// more letters ("NATO", "CIA").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

func wordsOf(ts []token) []token {
	var out []token
	for _, t := range ts {
		if t.word {
			out = append(out, t)
		}
	}
	return out
}

// isName reports whether a speaker phrase is a proper name rather than a
// pronoun, a common noun phrase or "the X".
func isName(s string) bool {
	if s == "" || pronouns[s] {
		return false
	}
	f := strings.Fields(s)
	if textproc.IsStopword(strings.ToLower(f[0])) && !abbrevs[strings.TrimSuffix(strings.ToLower(f[0]), ".")] {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
	}
	last := strings.ToLower(f[len(f)-1])
	return !orgWords[last] && !isAcronym(f[len(f)-1]) && !geoAbbrevs[last]
}

// isRole reports whether a common noun phrase names a person by their role
// ("the Ukrainian president", "one European official").
func isRole(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || isName(s) {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	return titleWords[last] && !strings.HasSuffix(last, "s")
}

// subjectBefore walks back from the speech verb at toks[v] to the start of
// its subject, not before toks[lo], and returns the subject's tokens. An
// appositive between commas ("Rutte, NATO's chief, said") is passed over.
// coordinated is set when the verb follows "and" with no subject of its
// own.
func subjectBefore(toks []token, v, lo int) (np []token, coordinated bool) {
	i := v - 1
	// "also", "on Wednesday", "last week": words between subject and verb.
	for i >= lo && toks[i].word && (skippable[toks[i].lower()] || isAdverb(toks, i) || dateWords[toks[i].lower()] ||
		toks[i].lower() == "on" && i+1 < len(toks) && dateWords[toks[i+1].lower()]) {
		i--
	}
	if i >= lo && toks[i].lower() == "and" {
		return nil, true
	}
	end := i + 1
	j := i
	for j >= lo && !isBoundary(toks[j]) {
		j--
	}
	if j+1 < end {
		if np := beforeRelative(toks, j, lo); np != nil {
			return np, false
		}
		return toks[j+1 : end], false
	}
	// An appositive: ", the Y," right before the verb.
	if j >= lo && toks[j].s == "," && j == i {
		k := j - 1
		for k >= lo && toks[k].s != "," && !isBoundaryWord(toks[k]) && !sentenceEnd(toks[k]) && !isQuoteMark(toks[k]) {
			k--
		}
		if k >= lo && toks[k].s == "," && k < j-1 {
			m := k - 1
			for m >= lo && !isBoundary(toks[m]) {
				m--
			}
			if m+1 <= k-1 {
				// "Lee's spokesman, Jo Park, said" or "A spokesman for the
				// party, Jo Park, said": the name in apposition rather
				// than the role.
				if app := toks[k+1 : j]; (!toks[k-1].capital() || determiners[toks[m+1].lower()]) && allCapital(app) && len(personName(app)) > 1 {
					return app, false
				}
				if np := beforeRelative(toks, m, lo); np != nil {
					return np, false
				}
				return toks[m+1 : k], false
			}
		}
	}
	return nil, false
}

// determiners open a common noun phrase ("a spokesman for ...").
var determiners = set(`a an the his her its their one`)

// relatives open a relative clause inside a subject ("One user who lives
// near Austin posted").
var relatives = set(`who which that whose`)

// beforeRelative returns the noun phrase before the relative pronoun at
// toks[j] ("One user" in "One user who lives near Austin, Tex., posted"),
// or nil when toks[j] is none or nothing stands before it.
func beforeRelative(toks []token, j, lo int) []token {
	if j < lo || j >= len(toks) || !relatives[toks[j].lower()] || toks[j].capital() {
		return nil
	}
	k := j - 1
	for k >= lo && !isBoundary(toks[k]) {
		k--
	}
	if k+1 >= j {
		return nil
	}
	return toks[k+1 : j]
}

// allCapital reports whether every word of ts starts with a capital or is a
// name particle.
func allCapital(ts []token) bool {
	for _, t := range ts {
		if !t.capital() && !(t.word && nameParticles[t.lower()]) {
			return false
		}
	}
	return len(ts) > 0
}

func isBoundaryWord(t token) bool { return t.word && boundaries[t.lower()] }

func isBoundary(t token) bool {
	if t.word {
		return boundaries[t.lower()] || speechVerbs[t.lower()] && !t.capital()
	}
	return t.s != "-" && t.s != "&"
}

// isAdverb reports whether toks[i] is an -ly adverb rather than a noun
// such as "family".
func isAdverb(toks []token, i int) bool {
	l := toks[i].lower()
	if !strings.HasSuffix(l, "ly") || len(l) < 5 || toks[i].capital() {
		return false
	}
	if i > 0 {
		switch toks[i-1].lower() {
		case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your":
			return false
		}
	}
	return true
}

// subjectAfter reads the subject of an inverted attribution ("said
// NATO Secretary General Mark Rutte, ...") from toks[v+1:hi].
func subjectAfter(toks []token, v, hi int) []token {
	i := v + 1
	for i < hi && toks[i].word && dateWords[toks[i].lower()] {
		i++
	}
	j := i
	for j < hi && j-i < 9 {
		t := toks[j]
		if !t.word && t.s != "-" && t.s != "&" {
			break
		}
		l := t.lower()
		// "said Democracy for America": "for" inside a name.
		inName := l == "for" && j > i && toks[j-1].capital() && j+1 < hi && toks[j+1].capital()
		if t.word && !t.capital() && !inName && (boundaries[l] || l == "in" || l == "on" || l == "at" || l == "to" ||
			l == "during" || l == "outside" || l == "from" || l == "for" || l == "with" || l == "about" ||
			l == "after" || l == "before" || l == "and" || l == "by" || speechVerbs[l] || speechParticiples[l]) {
			break
		}
		if t.word && dateWords[l] {
			break
		}
		j++
		// "said the statement from ...": read on to its author.
		if j+1 < hi && j-i == 2 && documentWords[toks[j-1].lower()] && (toks[j].lower() == "from" || toks[j].lower() == "by") {
			j++
		}
	}
	if j == i {
		return nil
	}
	// "said the party's leader, Jo Park": the name in apposition.
	if j+1 < hi && toks[j].s == "," && !toks[j-1].capital() && toks[j+1].capital() {
		k := j + 1
		for k < hi && (toks[k].capital() || toks[k].word && nameParticles[toks[k].lower()]) {
			k++
		}
		if k == hi || !toks[k].word {
			if name := personName(toks[j+1 : k]); len(name) > 1 {
				return name
			}
		}
	}
	first := toks[i].lower()
	if !toks[i].capital() && first != "the" && first != "a" && first != "an" && first != "one" && first != "his" && first != "her" && first != "their" && !pronouns[first] {
		return nil
	}
	return toks[i:j]
}

// sentenceSubject returns the subject phrase at the start of the sentence
// toks, after an opening phrase that ends at a comma.
func sentenceSubject(toks []token) []token {
	i := 0
	for i < len(toks) && !toks[i].word {
		i++
	}
	if i >= len(toks) {
		return nil
	}
	// A label before a colon ("Updated: ...") is no part of the sentence.
	if i+1 < len(toks) && toks[i].capital() && toks[i+1].s == ":" {
		i += 2
		if i >= len(toks) {
			return nil
		}
	}
	for i < len(toks)-1 && conjunctions[toks[i].lower()] && toks[i+1].word {
		i++
	}
	first := toks[i].lower()
	if leadIns[first] || strings.HasSuffix(first, "ing") && toks[i].capital() {
		k := i
		for k < len(toks) && k-i < 25 && toks[k].s != "," {
			k++
		}
		if k >= len(toks) || toks[k].s != "," {
			return nil
		}
		i = k + 1
	}
	j := i
	for j < len(toks) && j-i < 10 {
		t := toks[j]
		if !t.word {
			if t.s == "-" {
				j++
				continue
			}
			break
		}
		l := t.lower()
		if t.capital() || nameParticles[l] || (titleWords[l] || personNouns[l] || agentNoun(l)) && j+1 < len(toks) && toks[j+1].capital() ||
			(l == "the" || l == "a" || l == "an") && j == i {
			j++
			if t.possessive() {
				return nil
			}
			continue
		}
		break
	}
	if j == i {
		if i < len(toks) && pronouns[toks[i].lower()] {
			return toks[i : i+1]
		}
		return nil
	}
	// A determiner or a name may head a common noun phrase: "the
	// president", "the Biden administration".
	det := toks[i].lower() == "the" || toks[i].lower() == "a" || toks[i].lower() == "an"
	for k := 0; k < 4 && j < len(toks) && toks[j].word && !toks[j].capital(); k++ {
		l := toks[j].lower()
		if textproc.IsStopword(l) || speechVerbs[l] || commonVerbs[l] || strings.HasSuffix(l, "ed") || nameParticles[l] ||
			k > 0 && strings.HasSuffix(l, "ing") {
			// "a post accompanying the video": a participle after the
			// noun opens a clause of its own.
			break
		}
		if !det && !orgWords[l] && !titleWords[l] {
			break
		}
		j++
	}
	return toks[i:j]
}
