package quotes

import (
	"strings"

	"crosscheck/internal/textproc"
)

// fullName is a name of two or more words that a text gives to a person,
// without titles, at byte position pos.
type fullName struct {
	pos  int
	name string
	last string // its last word, folded
}

// fullNames returns the people's names of two or more words in text, in
// order: runs of capitalised words stripped of titles ("Russian President
// Vladimir Putin" gives "Vladimir Putin").
func fullNames(text string) []fullName { return namesIn(text, tokenize(text, 0, len(text))) }

// namesIn is fullNames for the tokens of text.
func namesIn(text string, toks []token) []fullName {
	var out []fullName
	for i := 0; i < len(toks); {
		if !toks[i].capital() {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			t := toks[j]
			if t.capital() && !t.possessive() || t.word && nameParticles[t.lower()] && j+1 < len(toks) && toks[j+1].capital() {
				j++
				continue
			}
			break
		}
		// A possessive ends the name: "Zelenskyy's office".
		end := j
		if j < len(toks) && toks[j].capital() && toks[j].possessive() {
			end = j + 1
		}
		run := personName(toks[i:end])
		if len(run) >= 2 {
			last := strings.TrimSuffix(strings.TrimSuffix(run[len(run)-1].s, "'s"), "\u2019s")
			name := text[run[0].start:run[len(run)-2].end] + " " + last
			if isName(name) && !abbrevs[strings.TrimSuffix(strings.ToLower(run[0].s), ".")] {
				out = append(out, fullName{pos: run[0].start, name: name, last: textproc.Fold(last)})
			}
		}
		i = end
	}
	return out
}

// honorifics stand before a surname ("Mr. Trump").
var honorifics = set(`mr mr. mrs mrs. ms ms. dr dr. prof prof. miss sir dame lord lady`)

// stripHonorific returns the name without an honorific or a title before
// it: "Mr. Peskov" and "President Trump" give "Peskov" and "Trump".
func stripHonorific(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && (honorifics[strings.ToLower(f[0])] || titleWords[strings.ToLower(f[0])]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// expand returns the longest full name in names that ends with the
// surname of speaker, preferring names given before pos; speaker itself
// when none does. Names of more than one word are kept as they are.
func expand(speaker string, pos int, names []fullName) string {
	s := stripHonorific(speaker)
	if !isName(s) || strings.Contains(s, " ") {
		return s
	}
	last := textproc.Fold(s)
	best, bestBefore := "", false
	for _, n := range names {
		if n.last != last {
			continue
		}
		before := n.pos < pos
		switch {
		case best == "", before && !bestBefore, before == bestBefore && len(n.name) > len(best):
			best, bestBefore = n.name, before
		}
	}
	if best == "" {
		return s
	}
	return best
}
