package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/analyze/quotes"
	"crosscheck/internal/textproc"
)

// quoteArticleFile is the part of a BASIL article file that the quote
// evaluation reads.
type quoteArticleFile struct {
	Paragraphs [][]string `json:"body-paragraphs"`
}

// quoteAnnotationFile is the part of a BASIL annotation file that the
// quote evaluation reads. Start and End count characters (code points) in
// the sentence that holds the span.
type quoteAnnotationFile struct {
	Phrases []struct {
		Start   int    `json:"start"`
		End     int    `json:"end"`
		Text    string `json:"txt"`
		Quote   string `json:"quote"`
		Speaker string `json:"speaker"`
	} `json:"phrase-level-annotations"`
}

// QuoteCase is one annotated quotation with a named speaker: its article,
// its byte span in the article's text and the annotated speaker
// ("Michael_Steele").
type QuoteCase struct {
	Article    string
	Start, End int
	Text       string
	Speaker    string
}

// QuoteArticle is an article of the dataset with its annotated quotations.
type QuoteArticle struct {
	ID    string
	Text  string
	Cases []QuoteCase
}

// QuoteSet is a dataset's articles with their annotated quotations.
type QuoteSet struct {
	Articles []QuoteArticle
	// Annotated counts the quotation annotations; Excluded those left out
	// because they name no person, by reason.
	Annotated int
	Excluded  map[string]int
}

// QuoteMiss is a case scored wrong, with why.
type QuoteMiss struct {
	Case QuoteCase
	// Why is "not in a quote", "wrong speaker" or "no speaker".
	Why string
	// Got is the speaker found, for a wrong speaker.
	Got string
}

// Why a case was scored wrong.
const (
	MissNotInQuote   = "not in a quote"
	MissWrongSpeaker = "wrong speaker"
	MissNoSpeaker    = "no speaker"
)

// QuoteScore is the quote-speaker accuracy on a dataset.
type QuoteScore struct {
	Articles int
	// Annotated counts the quotation annotations; Excluded those left out
	// because they name no person, by reason.
	Annotated int
	Excluded  map[string]int
	// Named counts the cases scored; Right those whose span lies inside a
	// quotation found in the article and whose speaker carries the
	// annotated person's surname.
	Named  int
	Right  int
	Misses []QuoteMiss
}

// Accuracy is Right / Named.
func (s QuoteScore) Accuracy() float64 {
	if s.Named == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Named)
}

// Count returns how many misses have the reason why.
func (s QuoteScore) Count(why string) int {
	n := 0
	for _, m := range s.Misses {
		if m.Why == why {
			n++
		}
	}
	return n
}

// Reasons for leaving an annotation out.
const (
	ExcludedUnnamed = "unnamed speaker (other_*, empty)"
	ExcludedGroup   = "group or organisation, not a person"
)

// groupWords mark an annotated speaker as a group or an organisation
// rather than a person: people by number or role, and the nouns that head
// the names of bodies.
var groupWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`party democrats republicans officials campaign committee protestors
		protesters catholics supporters lawmakers legislators senators representatives members leaders
		voters activists critics opponents residents workers students parents police prosecutors
		authorities administration government ministry department agency office council commission
		union association foundation institute center centre group coalition alliance league fund
		project network news times post journal press media company corporation corp inc llc
		organization organisation society club caucus congress senate house court board staff team
		family families`) {
		groupWords[w] = true
	}
}

// nameSuffixes follow a surname ("Trump_Jr.") and are no surname themselves.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// speakerClass says whether an annotated speaker names a person, and if
// not, why. A person's name is a run of capitalised words; a lower-case or
// function word ("senate_Democrats", "Secure_America_Now"), an acronym
// ("NAACP"), a noun for a group or a body ("Democratic_Lawmakers",
// "Tea_Party"), a single plural ("Catholics") or a brand written with an
// inner capital after a whole word ("BuzzFeed", unlike "McCain" or
// "DeSantis") mark a group or an organisation.
func speakerClass(sp string) (excluded string) {
	if sp == "" || strings.HasPrefix(sp, "other_") {
		return ExcludedUnnamed
	}
	parts := strings.Split(sp, "_")
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		l := strings.ToLower(strings.TrimSuffix(p, "."))
		if nameSuffixes[l] {
			continue
		}
		if !unicode.IsUpper(r) || groupWords[l] || textproc.IsStopword(l) || len(p) > 1 && strings.ToUpper(p) == p || brandCase(p) {
			return ExcludedGroup
		}
	}
	if len(parts) == 1 && strings.HasSuffix(sp, "s") {
		return ExcludedGroup
	}
	return ""
}

// brandCase reports whether w has a capital inside it after four or more
// letters ("BuzzFeed", "WikiLeaks"), as brands are written; the prefixes of
// surnames are shorter ("McCain", "MacArthur", "DeSantis", "LaHood").
func brandCase(w string) bool {
	run := 0
	for i, r := range w {
		switch {
		case i > 0 && unicode.IsUpper(r) && run >= 4:
			return true
		case unicode.IsLetter(r):
			run++
		default:
			run = 0
		}
	}
	return false
}

// LoadBASILQuotes reads the articles of a BASIL-format dataset in dir with
// their annotated quotations (annotations/<year>/<triplet>_<n>_ann.json,
// spans where quote is "yes"). The text of an article is built as a JSON
// input becomes text: sentences joined by a space, paragraphs by a blank
// line. Annotations whose speaker names no person are counted in Excluded
// by reason.
func LoadBASILQuotes(dir string) (*QuoteSet, error) {
	const op = "read quote dataset"
	files, err := filepath.Glob(filepath.Join(dir, "articles", "*", "*.json"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if len(files) == 0 {
		return nil, crosscheck.Errorf(crosscheck.NotFound, op, dir, "no articles/<year>/*.json files")
	}
	slices.Sort(files)
	set := &QuoteSet{Excluded: map[string]int{}}
	for _, f := range files {
		var af quoteArticleFile
		if err := readJSON(f, &af); err != nil {
			return nil, crosscheck.Errorf(crosscheck.Invalid, op, f, "%w", err)
		}
		rel, err := filepath.Rel(filepath.Join(dir, "articles"), f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		annPath := filepath.Join(dir, "annotations", strings.TrimSuffix(rel, ".json")+"_ann.json")
		var ann quoteAnnotationFile
		if err := readJSON(annPath, &ann); err != nil {
			if os.IsNotExist(err) {
				continue
			}
			return nil, crosscheck.Errorf(crosscheck.Invalid, op, annPath, "%w", err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		text, sentences := basilText(af.Paragraphs)
		a := QuoteArticle{ID: id, Text: text}
		for _, p := range ann.Phrases {
			if p.Quote != "yes" {
				continue
			}
			set.Annotated++
			if why := speakerClass(p.Speaker); why != "" {
				set.Excluded[why]++
				continue
			}
			start, end, ok := locate(text, sentences, p.Start, p.End, p.Text)
			if !ok {
				return nil, crosscheck.Errorf(crosscheck.Invalid, op, annPath, "span %q not found in the article", p.Text)
			}
			a.Cases = append(a.Cases, QuoteCase{Article: id, Start: start, End: end, Text: text[start:end], Speaker: p.Speaker})
		}
		set.Articles = append(set.Articles, a)
	}
	return set, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// noSentence marks a sentence that white space trimming left out.
const noSentence = math.MinInt

// basilText builds an article's text from its paragraphs of sentences and
// returns where every sentence starts in it, in order. A sentence that
// starts with white space trimmed from its paragraph starts before its
// first character, so its offset may be negative; one trimmed away whole
// has offset noSentence.
func basilText(paras [][]string) (string, []int) {
	var b strings.Builder
	var offs []int
	for _, p := range paras {
		joined := strings.Join(p, " ")
		trimmed := strings.TrimSpace(joined)
		lead := len(joined) - len(strings.TrimLeftFunc(joined, unicode.IsSpace))
		base := noSentence
		if trimmed != "" {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			base = b.Len() - lead
			b.WriteString(trimmed)
		}
		at := 0
		for _, s := range p {
			if base == noSentence || at+len(s) <= lead || at >= lead+len(trimmed) {
				offs = append(offs, noSentence)
			} else {
				offs = append(offs, base+at)
			}
			at += len(s) + 1
		}
	}
	return b.String(), offs
}

// locate finds an annotated span in the text: by its sentence and
// character offsets when they hold txt, else by searching for txt.
func locate(text string, sentences []int, start, end int, txt string) (int, int, bool) {
	for _, off := range sentences {
		if off == noSentence {
			continue
		}
		// A sentence may start with white space that the text left out.
		from := max(off, 0)
		s, e := runeOffset(text[from:], start-(from-off)), runeOffset(text[from:], end-(from-off))
		if s >= 0 && e >= s && text[from+s:from+e] == txt {
			return from + s, from + e, true
		}
	}
	if i := strings.Index(text, txt); i >= 0 && txt != "" {
		return i, i + len(txt), true
	}
	return 0, 0, false
}

// runeOffset returns the byte offset of the n-th code point of s, or -1.
func runeOffset(s string, n int) int {
	if n < 0 {
		return -1
	}
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return -1
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// ScoreQuotes scores the speakers that quotes.Find gives to the annotated
// quotations of set. A case is right when its span, without the quote
// marks and punctuation at its ends, lies inside a quotation found in its
// article and the found speaker carries the annotated person's surname.
func ScoreQuotes(ctx context.Context, set *QuoteSet) (QuoteScore, error) {
	sc := QuoteScore{Annotated: set.Annotated, Excluded: set.Excluded}
	for _, a := range set.Articles {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		sc.Articles++
		found := quotes.Find(a.Text)
		for _, c := range a.Cases {
			sc.Named++
			s, e := trimSpan(a.Text, c.Start, c.End)
			var in *quotes.Found
			for i, f := range found {
				if f.Start <= s && e <= f.End {
					in = &found[i]
					break
				}
			}
			switch {
			case in == nil:
				sc.Misses = append(sc.Misses, QuoteMiss{Case: c, Why: MissNotInQuote})
			case in.Speaker == "":
				sc.Misses = append(sc.Misses, QuoteMiss{Case: c, Why: MissNoSpeaker})
			case !hasSurname(in.Speaker, c.Speaker):
				sc.Misses = append(sc.Misses, QuoteMiss{Case: c, Why: MissWrongSpeaker, Got: in.Speaker})
			default:
				sc.Right++
			}
		}
	}
	return sc, nil
}

// trimSpan narrows [s, e) of text to its words, leaving out quote marks,
// punctuation and space at either end.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if textproc.IsWordRune(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if textproc.IsWordRune(r) {
			break
		}
		e -= size
	}
	return s, e
}

// hasSurname reports whether the speaker found carries the surname of the
// annotated person ("Michael_Steele" -> "Steele"), up to diacritics; the
// annotation may cut a name short ("Felipe_Calder"). A compound surname
// ("Alexandria_Ocasio-Cortez") must be found whole, and a suffix after it
// ("Donald_Trump_Jr.") must be found too, so that a father is not taken
// for his son.
func hasSurname(found, annotated string) bool {
	parts := strings.Split(annotated, "_")
	suffix := ""
	if n := len(parts); n > 1 && nameSuffixes[textproc.Fold(strings.TrimSuffix(parts[n-1], "."))] {
		suffix = textproc.Fold(strings.TrimSuffix(parts[n-1], "."))
		parts = parts[:n-1]
	}
	sur := textproc.FoldedWords(parts[len(parts)-1])
	if len(sur) == 0 {
		return false
	}
	words := textproc.FoldedWords(found)
	for i := 0; i+len(sur) <= len(words); i++ {
		end := i + len(sur)
		if !slices.Equal(words[i:end-1], sur[:len(sur)-1]) || !strings.HasPrefix(words[end-1], sur[len(sur)-1]) {
			continue
		}
		after := ""
		if end < len(words) && nameSuffixes[words[end]] {
			after = words[end]
		}
		return after == suffix
	}
	return false
}
