package eval

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

	"crosscheck"
	"crosscheck/analyze"
	"crosscheck/internal/textproc"
)

// EditKind is a kind of planted edit. An edit either changes what a report
// says about something another report of the story also states (a figure,
// a weekday, a name's spelling, a claim's polarity, a quotation's wording),
// which should raise a disagreement, or rewrites it in a form that means
// the same (a number in words, an abbreviated month), which should raise
// nothing.
type EditKind string

// The kinds of planted edits.
const (
	EditFigure   EditKind = "figure changed"
	EditWeekday  EditKind = "weekday changed"
	EditDay      EditKind = "day of the month changed"
	EditName     EditKind = "name misspelt"
	EditNegation EditKind = "claim negated"
	EditQuote    EditKind = "quotation reworded"

	EditNumberWord  EditKind = "number in words"
	EditMonthAbbrev EditKind = "month abbreviated"
	EditPercentSign EditKind = "percent sign"
	EditEllipsis    EditKind = "ellipsis in a quotation"
	EditTitleAbbrev EditKind = "title abbreviated"
)

// EditKinds lists the kinds in the order scores are printed: the changes,
// then the equivalent forms.
var EditKinds = []EditKind{EditFigure, EditWeekday, EditDay, EditName, EditNegation, EditQuote,
	EditNumberWord, EditMonthAbbrev, EditPercentSign, EditEllipsis, EditTitleAbbrev}

// Equivalent reports whether edits of kind k keep the meaning, so that any
// disagreement they raise is a false alarm.
func (k EditKind) Equivalent() bool {
	switch k {
	case EditNumberWord, EditMonthAbbrev, EditPercentSign, EditEllipsis, EditTitleAbbrev:
		return true
	}
	return false
}

// EditStory is one story's reports, as an edit experiment takes them.
type EditStory struct {
	ID       string
	Articles []crosscheck.Article
}

// StoriesByLabel groups arts by their label, in the order of first
// appearance, leaving out stories of a single report, which have nothing
// to disagree with.
func StoriesByLabel(arts []crosscheck.Article, labels map[string]string) []EditStory {
	idx := map[string]int{}
	var out []EditStory
	for _, a := range arts {
		l, ok := labels[a.ID]
		if !ok {
			continue
		}
		i, seen := idx[l]
		if !seen {
			i = len(out)
			idx[l] = i
			out = append(out, EditStory{ID: l})
		}
		out[i].Articles = append(out[i].Articles, a)
	}
	return slices.DeleteFunc(out, func(s EditStory) bool { return len(s.Articles) < 2 })
}

// Edit is one planted edit of one report of a story.
type Edit struct {
	Story   string
	Article string
	Kind    EditKind
	// Spans are the byte ranges of the article's text that hold Old; the
	// edit writes New in each.
	Spans    []textproc.Span
	Old, New string
	// Mark is the word a disagreement raised by the edit must show on the
	// edited report's side (the new figure, the misspelt name, "not").
	Mark string
	// Sentence is the edited report's sentence before the edit, Other the
	// sentence of OtherArticle that states the same Old form.
	Sentence, Other, OtherArticle string
}

// Apply returns a copy of arts with e written into its article.
func (e Edit) Apply(arts []crosscheck.Article) []crosscheck.Article {
	out := slices.Clone(arts)
	for i := range out {
		if out[i].ID != e.Article {
			continue
		}
		t := out[i].Text
		spans := slices.Clone(e.Spans)
		slices.SortFunc(spans, func(a, b textproc.Span) int { return cmp.Compare(b.Start, a.Start) })
		for _, s := range spans {
			t = t[:s.Start] + e.New + t[s.End:]
		}
		out[i].Text = t
	}
	return out
}

// EditOptions says how many edits to plant and how.
type EditOptions struct {
	// Seed chooses the sites of the edits; a run is the same for a seed.
	Seed uint64
	// PerKind is the most edits of one kind planted in one story.
	PerKind int
	// Workers is how many briefings run at once (GOMAXPROCS when 0).
	Workers int
}

// EditResult is an edit with what the briefing of the edited story raised.
type EditResult struct {
	Edit
	// Raised are the discrepancies of the edited story that the story as
	// written does not have and that cite the edited report.
	Raised []crosscheck.Discrepancy
	// Caught is set, for an edit that changes the meaning, when one raised
	// discrepancy shows the edit's Mark on the edited report's side and
	// cites another report on another side.
	Caught bool
}

// RunEdits plants edits in every story (PlanEdits), briefs each story as
// written and once per edit, and returns the result of every edit, in
// story order.
func RunEdits(ctx context.Context, stories []EditStory, opt EditOptions) ([]EditResult, error) {
	if opt.PerKind <= 0 {
		opt.PerKind = 1
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	common := storyLowerWords(stories)
	results := make([][]EditResult, len(stories))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	for si, s := range stories {
		g.Go(func() error {
			edits := PlanEdits(s, opt.Seed, opt.PerKind, common)
			if len(edits) == 0 {
				return nil
			}
			base, err := analyze.Story(gctx, crosscheck.Story{ID: s.ID}, s.Articles)
			if err != nil {
				return err
			}
			for _, e := range edits {
				b, err := analyze.Story(gctx, crosscheck.Story{ID: s.ID}, e.Apply(s.Articles))
				if err != nil {
					return err
				}
				results[si] = append(results[si], judge(e, base.Discrepancies, b.Discrepancies))
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	var out []EditResult
	for _, r := range results {
		out = append(out, r...)
	}
	return out, nil
}

// shows reports whether a variant of d that cites id holds form as
// written: an alarm about an equivalent form shows that form.
func shows(d crosscheck.Discrepancy, id, form string) bool {
	for _, v := range d.Variants {
		if slices.Contains(v.Articles, id) && strings.Contains(strings.ToLower(v.Text), strings.ToLower(form)) {
			return true
		}
	}
	return false
}

// judge compares the discrepancies of the edited story with those of the
// story as written. A discrepancy counts as the same as one before when
// it is of the same kind and splits the articles the same way, and either
// its subject or its variants' texts (the edited report's read with the
// edit undone) are the same: an edit next to a disagreement already there
// may change the excerpt it shows, not what it says.
func judge(e Edit, before, after []crosscheck.Discrepancy) EditResult {
	split := func(d crosscheck.Discrepancy) string {
		parts := make([]string, 0, len(d.Variants))
		for _, v := range d.Variants {
			parts = append(parts, strings.Join(slices.Sorted(slices.Values(v.Articles)), ","))
		}
		slices.Sort(parts)
		return string(d.Kind) + "\x00" + strings.Join(parts, "|")
	}
	texts := func(d crosscheck.Discrepancy, undo bool) string {
		var b strings.Builder
		for _, v := range d.Variants {
			t := v.Text
			if undo && e.New != "" && slices.Contains(v.Articles, e.Article) {
				t = strings.ReplaceAll(t, e.New, e.Old)
			}
			b.WriteString("\x00" + strings.Join(v.Articles, ",") + "\x01" + t)
		}
		return b.String()
	}
	had := map[string]bool{}
	for _, d := range before {
		had[split(d)+"\x02"+d.About] = true
		had[split(d)+"\x02"+texts(d, false)] = true
	}
	r := EditResult{Edit: e}
	mark := markWords(e.Mark)
	for _, d := range after {
		changed := !had[split(d)+"\x02"+texts(d, true)]
		if !changed || !cites(d, e.Article) {
			continue
		}
		// An edit that changes the meaning is shown by any disagreement
		// whose texts are new; one that keeps it raises an alarm only with
		// a disagreement whose subject is new too.
		if e.Kind.Equivalent() {
			if !had[split(d)+"\x02"+d.About] && shows(d, e.Article, e.New) {
				r.Raised = append(r.Raised, d)
			}
			continue
		}
		r.Raised = append(r.Raised, d)
		own, other := false, false
		for _, v := range d.Variants {
			if slices.Contains(v.Articles, e.Article) {
				if w := markWords(v.Text); len(mark) > 0 && containsAll(w, mark) {
					own = true
				}
			} else if len(v.Articles) > 0 {
				other = true
			}
		}
		r.Caught = r.Caught || own && other
	}
	return r
}

func cites(d crosscheck.Discrepancy, id string) bool {
	for _, v := range d.Variants {
		if slices.Contains(v.Articles, id) {
			return true
		}
	}
	return false
}

// markWords returns the lower-cased tokens of s, a number's commas and
// decimal point kept and currency signs left out ("$105,000": "105,000").
func markWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range tokenize(strings.ToLower(s)) {
		out[t.text] = true
	}
	return out
}

func containsAll(set, sub map[string]bool) bool {
	for w := range sub {
		if !set[w] {
			return false
		}
	}
	return true
}

// EditTally is the score of one kind of edit.
type EditTally struct {
	Kind EditKind
	// Planted edits; Caught those a disagreement showed (changes);
	// Alarmed those that raised any disagreement (equivalent forms).
	Planted, Caught, Alarmed int
}

// TallyEdits counts results by kind, in the order of EditKinds.
func TallyEdits(rs []EditResult) []EditTally {
	by := map[EditKind]*EditTally{}
	for _, k := range EditKinds {
		by[k] = &EditTally{Kind: k}
	}
	for _, r := range rs {
		t := by[r.Kind]
		t.Planted++
		if r.Caught {
			t.Caught++
		}
		if len(r.Raised) > 0 {
			t.Alarmed++
		}
	}
	out := make([]EditTally, 0, len(EditKinds))
	for _, k := range EditKinds {
		out = append(out, *by[k])
	}
	return out
}

// storyLowerWords returns the words the stories write in lower case.
func storyLowerWords(stories []EditStory) map[string]bool {
	out := map[string]bool{}
	for _, s := range stories {
		for _, a := range s.Articles {
			for _, w := range textproc.Words(a.Title + "\n" + a.Text) {
				if isLowerWord(w) {
					out[w] = true
				}
			}
		}
	}
	return out
}

// token is a word of a text with its byte span; a number keeps its inner
// commas and decimal point ("1,250", "6.1").
type token struct {
	text       string
	start, end int
}

func tokenize(s string) []token {
	var out []token
	start := -1
	for i, r := range s {
		if textproc.IsWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && (r == ',' || r == '.') && isDigits(s[start:i]) && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			continue
		}
		if start >= 0 {
			out = append(out, token{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{s[start:], start, len(s)})
	}
	return out
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ',' && s[i] != '.' {
			return false
		}
	}
	return s[0] >= '0' && s[0] <= '9'
}

// sentence is one sentence of a report: its text, span and tokens, and its
// lower-cased content words.
type sentence struct {
	text    string
	span    textproc.Span
	toks    []token // spans within the article's text
	content map[string]bool
}

type editArticle struct {
	id    string
	text  string
	sents []sentence
	words map[string]bool // every token, as written
}

func prepare(a crosscheck.Article) editArticle {
	ea := editArticle{id: a.ID, text: a.Text, words: map[string]bool{}}
	for _, sp := range textproc.SentenceSpans(a.Text) {
		s := sentence{text: a.Text[sp.Start:sp.End], span: sp, content: map[string]bool{}}
		for _, t := range tokenize(s.text) {
			t.start += sp.Start
			t.end += sp.Start
			s.toks = append(s.toks, t)
			ea.words[t.text] = true
		}
		for _, w := range textproc.ContentWords(s.text) {
			s.content[strings.ToLower(w)] = true
		}
		ea.sents = append(ea.sents, s)
	}
	return ea
}

// counterpart returns the sentence of another report that states the
// same thing as s, by shared content words, and holds form (a run of
// tokens as written): at least three content words in common and at
// least 30% of the shorter sentence's. A form that is a value (a figure,
// a day) must also have a word of three letters or more beside it, three
// tokens on either side, that stands beside it in the other sentence too:
// "filed a lawsuit Thursday" and "filed the first challenge on Thursday"
// date one deed, "said Thursday" and "met on Thursday" two.
func counterpart(arts []editArticle, self int, s sentence, form []string, local bool) (string, string, bool) {
	var around map[string]bool
	if local {
		around = neighbours(s.toks, form)
	}
	best, bestText, bestArt := 0.0, "", ""
	for j, b := range arts {
		if j == self {
			continue
		}
		for _, t := range b.sents {
			if !holds(t.toks, form) {
				continue
			}
			if local && !sharesAny(around, neighbours(t.toks, form)) {
				continue
			}
			n := 0
			for w := range s.content {
				if t.content[w] {
					n++
				}
			}
			short := min(len(s.content), len(t.content))
			if n < 3 || short == 0 {
				continue
			}
			if f := float64(n) / float64(short); f >= 0.3 && f > best {
				best, bestText, bestArt = f, t.text, b.id
			}
		}
	}
	return bestText, bestArt, best > 0
}

// neighbours returns the lower-cased words of three letters or more
// within three tokens of each run form in toks, form's own left out.
func neighbours(toks []token, form []string) map[string]bool {
	out := map[string]bool{}
	for i := 0; i+len(form) <= len(toks); i++ {
		if !holds(toks[i:i+len(form)], form) {
			continue
		}
		for k := max(0, i-3); k < min(len(toks), i+len(form)+3); k++ {
			if k >= i && k < i+len(form) {
				continue
			}
			if w := strings.ToLower(toks[k].text); len(w) >= 3 && !isDigits(w) {
				out[w] = true
			}
		}
	}
	return out
}

func sharesAny(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// holds reports whether toks has the run form.
func holds(toks []token, form []string) bool {
	for i := 0; i+len(form) <= len(toks); i++ {
		ok := true
		for k, f := range form {
			if toks[i+k].text != f {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

var (
	weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames   = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	// monthAbbrev is the Associated Press's abbreviation of a month
	// before a day; March to July are never abbreviated.
	monthAbbrev = map[string]string{"January": "Jan.", "February": "Feb.", "August": "Aug.",
		"September": "Sept.", "October": "Oct.", "November": "Nov.", "December": "Dec."}
	titleAbbrev = map[string]string{"Senator": "Sen.", "Governor": "Gov.", "Representative": "Rep.",
		"General": "Gen.", "Lieutenant": "Lt.", "Professor": "Prof.", "Sergeant": "Sgt.",
		"Sen": "Senator", "Gov": "Governor", "Rep": "Representative", "Gen": "General"}
	numberWords = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true,
		"have": true, "had": true, "will": true, "would": true, "could": true, "can": true, "should": true}
	// notVerbs are words after an auxiliary that a "not" does not negate
	// as a claim ("was not to", "has not a").
	notVerbs = map[string]bool{"not": true, "never": true, "no": true, "also": true, "to": true,
		"a": true, "an": true, "the": true, "that": true, "this": true, "it": true, "he": true,
		"she": true, "they": true, "we": true, "you": true, "i": true, "still": true, "now": true,
		"already": true, "just": true, "only": true, "then": true, "there": true, "more": true,
		"less": true, "about": true, "at": true, "in": true, "on": true, "of": true, "for": true}
	// swaps are the word changes of a misquotation: an article, a modal
	// or a pronoun for another.
	swaps = map[string]string{"the": "a", "a": "the", "will": "would", "would": "will", "can": "could",
		"could": "can", "this": "that", "that": "this", "these": "those", "those": "these",
		"is": "was", "are": "were", "we": "they", "our": "their", "us": "them", "never": "not"}
	vowelSwap = map[byte]byte{'a': 'e', 'e': 'a', 'i': 'e', 'o': 'a', 'u': 'o'}
)

func isWeekday(w string) int { return slices.Index(weekdayNames, w) }

// isMonth returns the number of the month w names, in full or abbreviated
// ("Sept", "Jan"), from 0, or -1.
func isMonth(w string) int {
	if i := slices.Index(monthNames, w); i >= 0 {
		return i
	}
	for full, ab := range monthAbbrev {
		if w == strings.TrimSuffix(ab, ".") || w == "Sep" && full == "September" {
			return slices.Index(monthNames, full)
		}
	}
	return -1
}

// PlanEdits chooses the edits of one story: for each kind, the sites where
// a report states something that another report's matching sentence also
// states in the same form, at most perKind of them, chosen at random with
// seed. Each kind draws from its own generator, so that the sites of one
// kind do not depend on how many another has. A word in common (written in
// lower case somewhere) is no name, whatever its capital.
func PlanEdits(s EditStory, seed uint64, perKind int, common map[string]bool) []Edit {
	arts := make([]editArticle, len(s.Articles))
	for i, a := range s.Articles {
		arts[i] = prepare(a)
	}
	byKind := map[EditKind][]Edit{}
	add := func(e Edit) { byKind[e.Kind] = append(byKind[e.Kind], e) }
	for ai, a := range arts {
		for _, st := range a.sents {
			site := func(kind EditKind, form []string, spans []textproc.Span, old, new, mark string) {
				local := false
				switch kind {
				case EditFigure, EditWeekday, EditDay, EditNumberWord, EditPercentSign:
					local = true
				}
				other, oa, ok := counterpart(arts, ai, st, form, local)
				if !ok {
					return
				}
				add(Edit{Story: s.ID, Article: a.id, Kind: kind, Spans: spans, Old: old, New: new,
					Mark: mark, Sentence: st.text, Other: other, OtherArticle: oa})
			}
			planSentence(a, st, func(kind EditKind, form []string, spans []textproc.Span, old, new, mark string) {
				// A report that gets a figure or a day wrong gets it wrong
				// wherever it writes it in the same form.
				switch kind {
				case EditFigure, EditWeekday, EditDay:
					spans = everywhere(a, form, spans)
				}
				site(kind, form, spans, old, new, mark)
			})
		}
		planNames(arts, ai, s.ID, common, add)
	}
	var out []Edit
	for _, k := range EditKinds {
		es := byKind[k]
		rng := rand.New(rand.NewPCG(seed, textproc.Hash64(s.ID+"\x00"+string(k))))
		rng.Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
		seen := map[string]bool{}
		n := 0
		for _, e := range es {
			if n == perKind {
				break
			}
			if seen[e.Article+"\x00"+e.Sentence] {
				continue
			}
			seen[e.Article+"\x00"+e.Sentence] = true
			out = append(out, e)
			n++
		}
	}
	return out
}

type siteFunc func(kind EditKind, form []string, spans []textproc.Span, old, new, mark string)

// planSentence offers every edit site of one sentence but names'.
func planSentence(a editArticle, st sentence, site siteFunc) {
	toks := st.toks
	negated := false
	for _, t := range toks {
		switch strings.ToLower(t.text) {
		case "not", "never", "no", "t", "nobody", "none", "nothing":
			negated = true
		}
	}
	for i, t := range toks {
		prev, next := "", ""
		if i > 0 {
			prev = toks[i-1].text
		}
		if i+1 < len(toks) {
			next = toks[i+1].text
		}
		sp := []textproc.Span{{Start: t.start, End: t.end}}
		switch {
		case isDigits(t.text) && !strings.Contains(t.text, ".") && isMonth(prev) >= 0:
			if d, err := strconv.Atoi(t.text); err == nil && d >= 1 && d <= 31 && !timeAfter(a.text, t.end) {
				nd := d + 2
				if nd > 28 {
					nd = d - 2
				}
				site(EditDay, []string{prev, t.text}, sp, t.text, strconv.Itoa(nd), strconv.Itoa(nd))
			}
		case isDigits(t.text):
			if year(t.text) || timeAfter(a.text, t.end) || t.start > 0 && strings.ContainsRune(":/-.", rune(a.text[t.start-1])) ||
				apartDecimal(a.text, t.start) {
				continue
			}
			if nv, ok := changeNumber(t.text); ok {
				site(EditFigure, []string{t.text}, sp, t.text, nv, nv)
			}
			if d, err := strconv.Atoi(t.text); err == nil && d >= 2 && d <= 9 && next != "" && !isDigits(next) && !scaleWords[next] &&
				(t.start == 0 || !strings.ContainsRune("$£€", rune(a.text[t.start-1]))) {
				site(EditNumberWord, []string{t.text}, sp, t.text, numberWords[d], "")
			}
			if next == "percent" && i+1 < len(toks) {
				site(EditPercentSign, []string{t.text, next}, []textproc.Span{{Start: t.start, End: toks[i+1].end}},
					t.text+" percent", t.text+"%", "")
			}
		case isWeekday(t.text) >= 0:
			nw := weekdayNames[(isWeekday(t.text)+2)%7]
			site(EditWeekday, []string{t.text}, sp, t.text, nw, nw)
		case monthAbbrev[t.text] != "" && isDigits(next):
			site(EditMonthAbbrev, []string{t.text}, sp, t.text, monthAbbrev[t.text], "")
		case isMonth(t.text) >= 0 && monthAbbrev[t.text] == "" && strings.HasPrefix(a.text[t.end:], ". ") && isDigits(next):
			// The abbreviation written out: "Sept. 11", "September 11".
			full := monthNames[isMonth(t.text)]
			site(EditMonthAbbrev, []string{t.text}, []textproc.Span{{Start: t.start, End: t.end + 1}}, t.text+".", full, "")
		case titleAbbrev[t.text] != "" && i+1 < len(toks) && startsUpper(next):
			end := t.end
			if strings.HasPrefix(a.text[t.end:], ".") {
				end++
			} else if len(t.text) <= 3 {
				continue // "Gen" without its full stop is not a title
			}
			site(EditTitleAbbrev, []string{next}, []textproc.Span{{Start: t.start, End: end}},
				a.text[t.start:end], titleAbbrev[t.text], "")
		case auxiliaries[t.text] && !negated && i+1 < len(toks) && !notVerbs[next] && isLowerWord(next) && len(next) >= 3:
			site(EditNegation, []string{t.text, next}, sp, t.text, t.text+" not", "not")
		}
	}
	planQuotes(a, st, site)
}

// everywhere returns the spans of the last token of form wherever a
// sentence of a writes form, or spans when it writes it once.
func everywhere(a editArticle, form []string, spans []textproc.Span) []textproc.Span {
	var out []textproc.Span
	for _, st := range a.sents {
		for i := 0; i+len(form) <= len(st.toks); i++ {
			ok := true
			for k, f := range form {
				if st.toks[i+k].text != f {
					ok = false
					break
				}
			}
			if ok {
				t := st.toks[i+len(form)-1]
				out = append(out, textproc.Span{Start: t.start, End: t.end})
			}
		}
	}
	if len(out) == 0 {
		return spans
	}
	return out
}

// planQuotes offers a word swapped inside a quotation, and words of it left
// out for an ellipsis, where another report quotes the same words.
func planQuotes(a editArticle, st sentence, site siteFunc) {
	for _, q := range quotations(st.text) {
		var qt []token
		for _, t := range st.toks {
			if t.start >= st.span.Start+q.Start && t.end <= st.span.Start+q.End {
				qt = append(qt, t)
			}
		}
		if len(qt) < 6 {
			continue
		}
		// A swap: a word inside the quotation with the four words around it
		// as the form another report must quote.
		for i := 2; i+2 < len(qt); i++ {
			w := qt[i].text
			if nw, ok := swaps[w]; ok {
				form := []string{qt[i-2].text, qt[i-1].text, w, qt[i+1].text, qt[i+2].text}
				site(EditQuote, form, []textproc.Span{{Start: qt[i].start, End: qt[i].end}}, w, nw, nw)
			}
		}
		// An ellipsis: two inner words of a quotation of eight or more
		// left out, where another report quotes the six words around them.
		if i := len(qt)/2 - 1; len(qt) >= 8 && !hyphened(a.text, qt[i].start, qt[i+1].end) {
			form := []string{qt[i-2].text, qt[i-1].text, qt[i].text, qt[i+1].text, qt[i+2].text, qt[i+3].text}
			site(EditEllipsis, form, []textproc.Span{{Start: qt[i].start, End: qt[i+1].end}},
				a.text[qt[i].start:qt[i+1].end], "...", "")
		}
	}
}

// planNames offers each name of article ai that another report also writes
// misspelt: an inner vowel changed in every occurrence.
func planNames(arts []editArticle, ai int, story string, common map[string]bool, add func(Edit)) {
	a := arts[ai]
	seen := map[string]bool{}
	for si, st := range a.sents {
		for i, t := range st.toks {
			w := t.text
			if i == 0 || seen[w] || !isName(w) || common[strings.ToLower(w)] {
				continue
			}
			seen[w] = true
			other, oa := "", ""
			for j, b := range arts {
				if j == ai || !b.words[w] {
					continue
				}
				for _, bs := range b.sents {
					if holds(bs.toks, []string{w}) {
						other, oa = bs.text, b.id
						break
					}
				}
				break
			}
			if oa == "" {
				continue
			}
			nw, ok := misspell(w)
			if !ok {
				continue
			}
			var spans []textproc.Span
			for _, s2 := range a.sents {
				for _, t2 := range s2.toks {
					if t2.text == w {
						spans = append(spans, textproc.Span{Start: t2.start, End: t2.end})
					}
				}
			}
			add(Edit{Story: story, Article: a.id, Kind: EditName, Spans: spans, Old: w, New: nw, Mark: nw,
				Sentence: a.sents[si].text, Other: other, OtherArticle: oa})
		}
	}
}

// isName reports whether w looks like a name inside a sentence: a capital
// then lower-case letters, five letters at least, and not a weekday, a
// month or a title.
func isName(w string) bool {
	if utf8.RuneCountInString(w) < 5 || !startsUpper(w) || isWeekday(w) >= 0 || isMonth(w) >= 0 || titleAbbrev[w] != "" {
		return false
	}
	for _, r := range w[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// misspell returns a misspelling of a name, of one of four kinds chosen
// by the name, as reporters' slips are: an inner vowel changed ("Cowan",
// "Cowen"), a doubled letter written once ("Parris", "Paris"), a letter
// of like sound ("Gomez", "Gomes") or two inner letters swapped ("Reid",
// "Ried"). A name that offers no site for its kind gets a vowel changed.
func misspell(w string) (string, bool) {
	b := []byte(w)
	switch textproc.Hash64(w) % 4 {
	case 1:
		for i := len(b) - 1; i >= 2; i-- {
			if b[i] == b[i-1] {
				return string(b[:i]) + string(b[i+1:]), true
			}
		}
	case 2:
		like := map[byte]byte{'s': 'z', 'z': 's', 'c': 'k', 'k': 'c', 'v': 'w', 'w': 'v', 'd': 't', 't': 'd'}
		for i := len(b) - 1; i >= 1; i-- {
			if l, ok := like[b[i]]; ok {
				b[i] = l
				return string(b), true
			}
		}
	case 3:
		for i := len(b) - 3; i >= 1; i-- {
			if b[i] != b[i+1] && b[i] < utf8.RuneSelf && b[i+1] < utf8.RuneSelf {
				b[i], b[i+1] = b[i+1], b[i]
				return string(b), true
			}
		}
	}
	for i := len(b) - 2; i >= 1; i-- {
		if v, ok := vowelSwap[b[i]]; ok {
			b[i] = v
			return string(b), true
		}
	}
	return "", false
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// scaleWords follow a number that is always written in figures ("$3
// million", "5 percent").
var scaleWords = map[string]bool{"million": true, "billion": true, "trillion": true, "percent": true}

// apartDecimal reports whether the number at start is the fraction of a
// decimal a tokenised text writes apart ("46. 8").
func apartDecimal(text string, start int) bool {
	b := strings.TrimRight(text[:start], " ")
	return len(b) < start && strings.HasSuffix(b, ".") && len(b) >= 2 && b[len(b)-2] >= '0' && b[len(b)-2] <= '9'
}

// year reports whether a number is written as a year (1900 to 2099, no comma).
func year(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && n >= 1900 && n <= 2099
}

// timeAfter reports whether the number ending at end is the hour of a time
// ("10:30", "9 a.m.").
func timeAfter(text string, end int) bool {
	rest := text[end:]
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " a.m") || strings.HasPrefix(rest, " p.m")
}

// changeNumber returns a different value in the same form: an integer
// raised by a quarter (at least one), commas kept; a decimal raised by
// three in its last place.
func changeNumber(s string) (string, bool) {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		// Three in the last decimal place: "6.1" to "6.4", "1.9" to
		// "2.2".
		places := len(s) - i - 1
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil || places == 0 {
			return "", false
		}
		return strconv.FormatFloat(v+3*math.Pow(10, -float64(places)), 'f', places, 64), true
	}
	n, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	if err != nil || n < 2 {
		return "", false
	}
	n += max(1, (n+2)/4)
	out := strconv.Itoa(n)
	if strings.Contains(s, ",") {
		out = commas(out)
	}
	return out, true
}

func commas(d string) string {
	var b strings.Builder
	for i, r := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hyphened reports whether the words at [start, end) are joined by a
// hyphen to the words around them ("off-the-field").
func hyphened(text string, start, end int) bool {
	return start > 0 && text[start-1] == '-' || end < len(text) && text[end] == '-'
}

// quotations returns the spans of the quoted words in s: between curly
// double quotes, or between pairs of straight ones.
func quotations(s string) []textproc.Span {
	var out []textproc.Span
	open := -1
	for i, r := range s {
		switch r {
		case '\u201c':
			open = i + len("\u201c")
		case '\u201d':
			if open >= 0 {
				out = append(out, textproc.Span{Start: open, End: i})
				open = -1
			}
		case '"':
			if open < 0 {
				open = i + 1
			} else {
				out = append(out, textproc.Span{Start: open, End: i})
				open = -1
			}
		}
	}
	return out
}

// String names an edit for a listing.
func (e Edit) String() string {
	return fmt.Sprintf("%s %s: %q -> %q", e.Article, e.Kind, e.Old, e.New)
}
