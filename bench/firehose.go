package bench

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"crosscheck"
)

// Kind says how a generated article relates to its story's wire report.
type Kind uint8

// The kinds of generated articles.
const (
	Original Kind = iota // the wire report itself
	Exact                // the wire report word for word under another outlet
	Edited               // the wire report with small edits: a copy
	Rewrite              // the story told apart: same names and figures, other wording
)

// IsCopy reports whether an article of kind k copies its story's wire
// report, so that dedup should find it.
func (k Kind) IsCopy() bool { return k == Exact || k == Edited }

// Item is a generated article with the truth about it.
type Item struct {
	Article crosscheck.Article
	Story   int
	Kind    Kind
}

// Options configure a Firehose.
type Options struct {
	// Articles is the number of articles to generate.
	Articles int
	// Seed selects the stream; the same seed and corpus give the same
	// articles.
	Seed uint64
	// Start is the time of the first story.
	Start time.Time
	// StoryGap is the mean time between the starts of two stories.
	StoryGap time.Duration
}

// maxPerStory caps a story's articles (and keeps ids sortable).
const maxPerStory = 40

// spread is how long after its start a story's last report may come.
const spread = 48 * time.Hour

// Firehose generates a stream of articles in publication order (then id),
// each story's text made when its first article is due and dropped after
// its last, so that memory holds only the stories running at the time.
type Firehose struct {
	corpus  *Corpus
	opts    Options
	rng     *rand.Rand
	made    int // articles planned so far
	stories int
	next    time.Time // start of the next story
	due     dueHeap
}

// New returns a Firehose over corpus, which must hold sentences.
func New(corpus *Corpus, opts Options) *Firehose {
	if opts.StoryGap <= 0 {
		opts.StoryGap = time.Minute
	}
	if opts.Start.IsZero() {
		opts.Start = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return &Firehose{corpus: corpus, opts: opts, rng: rand.New(rand.NewPCG(opts.Seed, 0)), next: opts.Start}
}

// Next returns the next article, or false when all were generated.
func (f *Firehose) Next() (Item, bool) {
	for f.made < f.opts.Articles && (len(f.due) == 0 || !f.due[0].at.Before(f.next)) {
		f.startStory()
	}
	if len(f.due) == 0 {
		return Item{}, false
	}
	d := heap.Pop(&f.due).(due)
	return f.article(d), true
}

// story is a synthetic story: a run of real sentences with its own names
// and numbers.
type story struct {
	id        int
	sentences [][]string
	title     string
}

type due struct {
	at      time.Time
	story   *story
	variant int
}

type dueHeap []due

func (h dueHeap) Len() int { return len(h) }
func (h dueHeap) Less(i, j int) bool {
	if !h[i].at.Equal(h[j].at) {
		return h[i].at.Before(h[j].at)
	}
	if h[i].story.id != h[j].story.id {
		return h[i].story.id < h[j].story.id
	}
	return h[i].variant < h[j].variant
}
func (h dueHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *dueHeap) Push(x any)   { *h = append(*h, x.(due)) }
func (h *dueHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// startStory makes the next story and plans its articles: most stories
// get one to a few reports, a few get dozens.
func (f *Firehose) startStory() {
	id := f.stories
	f.stories++
	rng := rand.New(rand.NewPCG(f.opts.Seed, uint64(id)+1))
	n := min(1+int(rng.ExpFloat64()*3.5), maxPerStory, f.opts.Articles-f.made)
	f.made += n
	s := f.makeStory(id, rng)
	start := f.next
	for v := range n {
		at := start
		if v > 0 {
			at = start.Add(min(time.Duration(rng.ExpFloat64()*float64(4*time.Hour)), spread))
		}
		heap.Push(&f.due, due{at: at, story: s, variant: v})
	}
	f.next = f.next.Add(time.Duration(f.rng.ExpFloat64() * float64(f.opts.StoryGap)))
}

// makeStory takes 3 to 9 sentences in a row from one document, sometimes
// a few from another, and gives the story names and numbers of its own,
// the same in all its reports.
func (f *Firehose) makeStory(id int, rng *rand.Rand) *story {
	docs := f.corpus.docs
	var picked []sentence
	take := func(doc []sentence, m int) {
		m = min(m, len(doc))
		at := rng.IntN(len(doc) - m + 1)
		picked = append(picked, doc[at:at+m]...)
	}
	take(docs[rng.IntN(len(docs))], 3+rng.IntN(7))
	if rng.IntN(2) == 0 {
		take(docs[rng.IntN(len(docs))], 1+rng.IntN(3))
	}
	names := map[string]string{}
	s := &story{id: id, sentences: make([][]string, len(picked))}
	for i, p := range picked {
		out := make([]string, len(p.fields))
		for j, w := range p.fields {
			out[j] = w
			core, pre, post := splitCore(w)
			if p.kinds[j] == plain {
				// Stories cut from one document would be copies of each
				// other; a third of their content words drawn anew sets
				// them apart.
				if isContent(core) && rng.IntN(3) == 0 {
					out[j] = pre + f.corpus.word(rng) + post
				}
				continue
			}
			sub, ok := names[core]
			if !ok {
				if p.kinds[j] == number {
					sub = randomNumber(rng, core)
				} else {
					sub = fakeName(rng)
				}
				names[core] = sub
			}
			out[j] = pre + sub + post
		}
		s.sentences[i] = out
	}
	s.title = strings.Join(s.sentences[0][:min(10, len(s.sentences[0]))], " ")
	return s
}

// article writes variant v of a story: the wire report (v = 0), an exact
// or edited copy of it, or a rewrite.
func (f *Firehose) article(d due) Item {
	s := d.story
	rng := rand.New(rand.NewPCG(f.opts.Seed^0x5bd1e995, uint64(s.id)<<8|uint64(d.variant)))
	k := Original
	if d.variant > 0 {
		switch r := rng.Float64(); {
		case r < 0.15:
			k = Exact
		case r < 0.70:
			k = Edited
		default:
			k = Rewrite
		}
	}
	sents := make([][]string, len(s.sentences))
	copy(sents, s.sentences)
	switch k {
	case Edited:
		sents = edit(rng, f.corpus, sents)
	case Rewrite:
		sents = rewrite(rng, sents)
	}
	outlet := outletName(rng.IntN(400))
	if k == Original {
		outlet = wires[s.id%len(wires)]
	}
	var b strings.Builder
	for i, sent := range sents {
		switch {
		case i == 0:
		case rng.IntN(3) == 0:
			b.WriteString(" ")
		default:
			b.WriteString("\n\n")
		}
		b.WriteString(strings.Join(sent, " "))
	}
	if k == Edited || k == Rewrite {
		b.WriteString("\n\n")
		b.WriteString(furniture(rng, outlet))
	}
	return Item{
		Article: crosscheck.Article{
			ID:        fmt.Sprintf("s%07d-%02d", s.id, d.variant),
			Title:     s.title,
			Outlet:    outlet,
			Published: crosscheck.Date{Time: d.at},
			Text:      b.String(),
		},
		Story: s.id,
		Kind:  k,
	}
}

// edit makes the small edits of a syndicated copy: one to three words
// changed, perhaps a sentence dropped, perhaps one added from elsewhere.
func edit(rng *rand.Rand, c *Corpus, sents [][]string) [][]string {
	for range 1 + rng.IntN(3) {
		i := rng.IntN(len(sents))
		sents[i] = substitute(rng, sents[i])
	}
	if len(sents) > 4 && rng.IntN(3) == 0 {
		i := rng.IntN(len(sents))
		sents = append(sents[:i:i], sents[i+1:]...)
	}
	if rng.IntN(3) == 0 {
		doc := c.docs[rng.IntN(len(c.docs))]
		extra := doc[rng.IntN(len(doc))].fields
		i := rng.IntN(len(sents) + 1)
		sents = append(sents[:i:i], append([][]string{extra}, sents[i:]...)...)
	}
	return sents
}

// rewrite tells the story in other words: most sentences kept, in another
// order, each with several words changed or left out.
func rewrite(rng *rand.Rand, sents [][]string) [][]string {
	rng.Shuffle(len(sents), func(i, j int) { sents[i], sents[j] = sents[j], sents[i] })
	sents = sents[:max(1, len(sents)*(6+rng.IntN(4))/10)]
	for i := range sents {
		for range 2 + len(sents[i])/8 {
			sents[i] = substitute(rng, sents[i])
		}
	}
	return sents
}

// substitute returns a sentence with one word replaced or, now and then,
// left out.
func substitute(rng *rand.Rand, sent []string) []string {
	out := append([]string(nil), sent...)
	i := rng.IntN(len(out))
	if len(out) > 6 && rng.IntN(4) == 0 {
		return append(out[:i], out[i+1:]...)
	}
	_, pre, post := splitCore(out[i])
	out[i] = pre + vocabulary[rng.IntN(len(vocabulary))] + post
	return out
}

// furniture returns a line of the kind outlets add to a syndicated story.
func furniture(rng *rand.Rand, outlet string) string {
	switch rng.IntN(4) {
	case 0:
		return fmt.Sprintf("Reporting by %s %s; editing by %s %s.", fakeName(rng), fakeName(rng), fakeName(rng), fakeName(rng))
	case 1:
		return fmt.Sprintf("Copyright %d %s. All rights reserved.", 2020+rng.IntN(7), outlet)
	case 2:
		return fmt.Sprintf("%s %s contributed to this report.", fakeName(rng), fakeName(rng))
	}
	return fmt.Sprintf("Read more stories like this at %s.", outlet)
}

var (
	syllables = strings.Fields(`ka ri mo tel van dor si lu ben ra mi zo fer gan ho li pa nu sel tar
		ve co da mar ul is en ob ast ryn ko ma lek vi sha bro dun pe gor`)
	vocabulary = strings.Fields(`officials authorities reported announced said noted week month
		government agency leaders group plan deal talks move decision issue country city region
		support pressure response concerns statement meeting visit report new major key former
		local national public early later recent several many some further`)
	wires     = []string{"Wire One", "Wire Two", "Wire Three", "Wire Four"}
	mastheads = strings.Fields(`Times Herald Post Tribune Gazette News Courier Chronicle Journal Star`)
)

// fakeName returns a made-up capitalised name of two or three syllables.
func fakeName(rng *rand.Rand) string {
	var b strings.Builder
	for range 2 + rng.IntN(2) {
		b.WriteString(syllables[rng.IntN(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// randomNumber returns a number with as many digits as the digits in w.
func randomNumber(rng *rand.Rand, w string) string {
	var b strings.Builder
	for i, r := range w {
		switch {
		case r < '0' || r > '9':
			b.WriteRune(r)
		case i == 0:
			b.WriteByte(byte('1' + rng.IntN(9)))
		default:
			b.WriteByte(byte('0' + rng.IntN(10)))
		}
	}
	return b.String()
}

// outletName returns the name of the k-th synthetic outlet.
func outletName(k int) string {
	rng := rand.New(rand.NewPCG(uint64(k), 0x6f75746c6574))
	return "The " + fakeName(rng) + " " + mastheads[k%len(mastheads)]
}
