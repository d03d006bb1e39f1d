package discrepancy

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/analyze/entities"
	"crosscheck/analyze/figures"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
)

// agedPerson returns the last word of the name that the text before an
// age ends with ("… found Jalen Brooks, " gives "brooks"), or "".
func agedPerson(before string) string {
	b := strings.TrimRight(before, " ")
	// "Peterson, a 32-year-old fertilizer salesman".
	for _, a := range []string{" a", " an"} {
		if strings.HasSuffix(strings.ToLower(b), a) {
			b = strings.TrimRight(b[:len(b)-len(a)], " ")
			break
		}
	}
	b, ok := strings.CutSuffix(b, ",")
	if !ok {
		return ""
	}
	i := strings.LastIndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	w := b[i+1:]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return ""
	}
	return textproc.Fold(w)
}

// nameMarks are the marks a name's word may hold besides letters.
var nameMarks = strings.NewReplacer("-", "", "'", "", "’", "")

// maxAgedNameWords bounds the capitalised words of a name after an age.
const maxAgedNameWords = 5

// agedName returns the last word, folded, of the name an age is
// hyphenated to ("the 32-year-old Klitschko's third win", "66-year-old
// LuAnn Marie Johnson, of Burnsville", "16-year-old Kimani Gray was
// shot"), or "". A run of capitals followed by a common noun qualifies
// the noun ("the 55-year-old Scottish actor", "a 40-year-old New York
// man") and names no one.
func agedName(rest string) string {
	ws := strings.Fields(rest)
	last := ""
	for k, w := range ws {
		core := strings.TrimRight(w, ",;:)")
		ended := core != w
		core = strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
		ended = ended || core != strings.TrimRight(w, ",;:)")
		// "Rep." goes on to the name; a full stop after the name ends it
		// with the sentence.
		core = strings.TrimSuffix(core, ".")
		r, _ := utf8.DecodeRuneInString(core)
		if k == maxAgedNameWords || !unicode.IsUpper(r) || !isLettersOnly(nameMarks.Replace(core)) {
			if low := strings.ToLower(core); last == "" || unicode.IsLower(r) && !nameFollowers[low] && !pastVerb(low) {
				return ""
			}
			return textproc.Fold(strings.ToLower(last))
		}
		last = core
		if ended {
			return textproc.Fold(strings.ToLower(last))
		}
	}
	if last == "" {
		return ""
	}
	return textproc.Fold(strings.ToLower(last))
}

// maxNamingWords bounds the words between an age and the "named" or
// "identified as" that names its person.
const maxNamingWords = 5

// namedAfterAge returns the last word, folded, of the name that the words
// right after an age give its person with "named" or "identified … as"
// ("a 19-year-old Dayton man named Cole Ferris", "a 20-year-old
// identified by police as Cole Ferris"), read as agedName reads a name
// right after an age; or "" when a comma or a full stop comes first.
func namedAfterAge(rest string) string {
	ws := strings.Fields(rest)
	for k := 0; k < len(ws) && k <= maxNamingWords; k++ {
		w := ws[k]
		if strings.ContainsAny(w, ",;:.") {
			return ""
		}
		if w != "named" && !(w == "as" && k > 0 && slices.Contains(ws[max(0, k-3):k], "identified")) {
			continue
		}
		return agedName(strings.Join(ws[k+1:], " "))
	}
	return ""
}

// nameFollowers are the words that may follow a name where they could not
// follow a noun a capitalised word qualifies.
var nameFollowers = map[string]bool{
	"was": true, "is": true, "has": true, "had": true, "who": true, "whose": true, "said": true,
	"says": true, "told": true, "died": true, "will": true, "would": true,
	"on": true, "in": true, "at": true, "of": true, "from": true, "with": true, "after": true, "before": true,
}

// linkAges joins the ages that articles give one person by name ("Jalen
// Brooks, 17," and "Jalen Brooks, 19,"), where each article gives that
// name one age: a person has one age, whatever the sentences around it
// say.
func linkAges(occs []figOcc, u unionfind.Sets, conflict map[int]bool) {
	linkOneValueEach(occs, u, conflict, func(o figOcc) string { return o.person }, nil)
}

// linkPostAges joins the one age an article gives a person by name
// ("Ms. Hart, 74, made the announcement") and the one age another gives
// a post ("The 71-year-old senator made the announcement"), told in
// sentences that share minAgedWords words besides the post: a report
// that names no one else's age tells of the one person both tell of.
func linkPostAges(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	keys, byKey := byArticle(occs, func(o figOcc) string {
		if o.f.Unit == figures.Age {
			return "age"
		}
		return ""
	})
	for x, k := range keys {
		is := byKey[k]
		if len(is) != 1 {
			continue
		}
		for _, l := range keys[x+1:] {
			js := byKey[l]
			if l.art == k.art || len(js) != 1 {
				continue
			}
			i, j := is[0], js[0]
			named, posted := occs[i], occs[j]
			if named.person == "" {
				named, posted = posted, named
			}
			if named.person == "" || posted.person != "" || !entities.IsRole(posted.agedNoun) || otherPeople(named, posted) {
				continue
			}
			a, b := stems(slices.Collect(maps.Keys(sents[named.sent].words))), stems(slices.Collect(maps.Keys(sents[posted.sent].words)))
			n := overlap(a, b)
			for w := range stems([]string{posted.agedNoun}) {
				if a[w] && b[w] {
					n--
				}
			}
			if n < minAgedWords || otherSubjects(sents[named.sent], sents[posted.sent]) {
				continue
			}
			u.Union(i, j)
			if !compatible(occs[i].f, occs[j].f) {
				conflict[i], conflict[j] = true, true
			}
		}
	}
}

// agedNoun returns the common noun an age is hyphenated to ("a
// 34-year-old man": "man"), or "".
func agedNoun(text, rest string) string {
	if !strings.HasSuffix(text, "-old") {
		return ""
	}
	// "a 40-year-old Dunmore man": the noun past the capitals that
	// qualify it.
	ws := strings.Fields(rest)
	for len(ws) > 1 && unicode.IsUpper(rune(ws[0][0])) && !strings.ContainsAny(ws[0], ",;:.") {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return ""
	}
	w := strings.TrimRight(ws[0], ",;:.")
	if len(w) < 3 || !unicode.IsLower(rune(w[0])) || textproc.IsStopword(w) {
		return ""
	}
	return textproc.Fold(w)
}

// genders tells the nouns of a person of one sex, for ages: "a
// 40-year-old man" and "a 19-year-old woman" are two people.
var genders = map[string]int{
	"man": 1, "boy": 1, "father": 1, "son": 1, "husband": 1, "brother": 1, "grandfather": 1,
	"woman": 2, "girl": 2, "mother": 2, "daughter": 2, "wife": 2, "sister": 2, "grandmother": 2,
}

// otherPeople reports whether two ages are told of two people: named
// apart ("Reyes, 41," and "the 32-year-old Vasko") or of the other sex.
func otherPeople(a, b figOcc) bool {
	if a.f.Unit != figures.Age || b.f.Unit != figures.Age {
		return false
	}
	if a.person != "" && b.person != "" && a.person != b.person {
		return true
	}
	ga, gb := genders[a.agedNoun], genders[b.agedNoun]
	return ga != 0 && gb != 0 && ga != gb
}

// minAgedWords is how many words, besides the noun, two sentences that
// give an unnamed person's age must share to tell of one person.
const minAgedWords = 3

// linkAgedNouns joins the ages that articles give one unnamed person ("The
// police have arrested a 34-year-old man in the fatal shooting …", "A
// 36-year-old man has been arrested in the killing …"): where each
// article gives one age to the noun, in sentences that share
// minAgedWords words around it.
// linkShareHeads joins the shares of one noun ("Turnout was 61
// percent", "turnout reached 67 percent", "put turnout at 61%") that
// articles each give one value of, of like size and from the same base,
// however the sentences around them differ: a story has one turnout. An
// article that gives the noun two shares (a rate now and a year ago) is
// left to the sentences' own alignment, and so are shares of a whole
// ("18 percent of participants") and of the vote, which a story gives of
// many groups. The sums of one noun in one currency ("a fee of €42
// million", "The fee is reported to be €48 million") are joined alike.
func linkShareHeads(occs []figOcc, u unionfind.Sets, conflict map[int]bool) {
	linkOneValueEach(occs, u, conflict, func(o figOcc) string {
		switch {
		case o.head == "" || o.f.Span || o.forecast:
			// A forecast ("expects second-quarter revenue between $5
			// billion and $5.2 billion") is no value of the noun's.
			return ""
		case o.f.Unit == figures.Percent && !o.shareOf && !o.voteShare:
			return o.head
		case isMoney(o.f.Unit) && strings.HasPrefix(o.head, "of "):
			// "a fee of €42 million", "The fee is €48 million"; a sum
			// told in another currency is the same one converted.
			return o.f.Unit + " " + o.head
		}
		return ""
	}, func(a, b figOcc) bool {
		return near(a.f, b.f) && comparable(b, a) && !otherBases(b.base, a.base)
	})
}

func linkAgedNouns(occs []figOcc, sents []figSent, u unionfind.Sets, conflict map[int]bool) {
	keys, byKey := byArticle(occs, func(o figOcc) string { return o.agedNoun })
	stemsOf := map[int]map[string]bool{}
	sentStems := func(i int) map[string]bool {
		m, ok := stemsOf[i]
		if !ok {
			m = stems(synonyms(slices.Collect(maps.Keys(sents[i].words))))
			stemsOf[i] = m
		}
		return m
	}
	for x, k := range keys {
		is := byKey[k]
		if len(is) != 1 {
			continue
		}
		for _, l := range keys[x+1:] {
			if l.art > k.art+Window {
				break
			}
			js := byKey[l]
			if l.key != k.key || l.art == k.art || len(js) != 1 {
				continue
			}
			i, j := is[0], js[0]
			a, b := sentStems(occs[i].sent), sentStems(occs[j].sent)
			n := overlap(a, b)
			for w := range stems([]string{k.key}) {
				if a[w] && b[w] {
					n--
				}
			}
			if n < minAgedWords || otherSubjects(sents[occs[i].sent], sents[occs[j].sent]) {
				continue
			}
			u.Union(i, j)
			if !compatible(occs[i].f, occs[j].f) {
				conflict[i], conflict[j] = true, true
			}
		}
	}
}

// bareAgeOpening reports whether a sentence opens on an age that names no
// one and qualifies no noun ("The 27-year-old broke away …"): the age of
// whom the sentence before it is about.
func bareAgeOpening(body string, f figures.Found) bool {
	if f.Start != len("The ") || !strings.HasPrefix(body, "The ") || !strings.HasSuffix(f.Text, "-year-old") {
		return false
	}
	w := firstWords(body[f.End:], 1)
	return len(w) == 1 && (pastVerb(w[0]) || w[0] == "is" || w[0] == "has" || w[0] == "will")
}

// subjectSurname returns the last word, folded, of the last name of two
// words or more told before a sentence's verb ("Ethiopian distance runner
// Tesfaye Gebremariam won …" gives "gebremariam"), or "".
func subjectSurname(body string) string {
	run, k := 0, 0
	out := ""
	for w := range strings.FieldsSeq(body) {
		k++
		t := strings.Trim(w, ",.;:")
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsUpper(r) && !(k == 1 && (t == "The" || t == "A" || t == "An")) && isLettersOnly(nameMarks.Replace(t)) {
			run++
			if run >= 2 {
				out = textproc.Fold(t)
			}
			if t != w {
				run = 0
			}
			continue
		}
		run = 0
		if pastVerb(t) || t == "is" || t == "was" || t == "has" || t == "will" {
			return out
		}
		if k >= maxSubjectWords {
			return ""
		}
	}
	return ""
}

// maxSubjectWords bounds the words read for a sentence's subject.
const maxSubjectWords = 12
