// Package bench measures crosscheck's grouping stages, dedup and cluster,
// on a synthetic firehose: a seeded, endless-looking stream of short news
// articles made by recombining real text, with wire copies under small
// edits, independent rewrites and many stories running at once.
//
// The firehose is generated lazily in publication order and never held in
// memory, so that what Run measures is the memory of the stages. It does
// not read inputs through ingest and clean; it tests throughput and growth,
// not extraction.
package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"crosscheck"
	"crosscheck/internal/textproc"
)

// Corpus is the real text a Firehose recombines: the sentences of a set of
// documents, with the words that look like names and numbers marked so
// that each synthetic story can have its own.
type Corpus struct {
	docs      [][]sentence
	sentences int
}

// sentence is a sentence as white-space separated fields, with the kind of
// each.
type sentence struct {
	fields []string
	kinds  []kind
}

type kind uint8

const (
	plain kind = iota
	name
	number
)

// Sentences returns the number of sentences in the corpus.
func (c *Corpus) Sentences() int { return c.sentences }

// Docs returns the number of documents in the corpus.
func (c *Corpus) Docs() int { return len(c.docs) }

// LoadCorpus reads the text files (.txt, .md) and BASIL-style JSON articles
// (with "body-paragraphs", a list of paragraphs each a list of sentences)
// under dirs; other files are skipped. It fails when a directory cannot be
// read or when no usable sentence was found.
func LoadCorpus(ctx context.Context, dirs []string) (*Corpus, error) {
	c := &Corpus{}
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			paras, err := readParagraphs(path)
			if err != nil {
				return err
			}
			c.add(paras)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("load corpus: %w", err)
		}
	}
	if c.sentences == 0 {
		return nil, crosscheck.Errorf(crosscheck.Empty, "load corpus", strings.Join(dirs, ","), "no sentences found")
	}
	return c, nil
}

// readParagraphs returns the paragraphs of a text file or BASIL article,
// nil for other files.
func readParagraphs(path string) ([]string, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".txt" && ext != ".md" && ext != ".json" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	text := textproc.Normalize(string(data))
	if ext != ".json" {
		return strings.Split(text, "\n\n"), nil
	}
	var rec struct {
		Paragraphs [][]string `json:"body-paragraphs"`
	}
	if err := json.Unmarshal([]byte(text), &rec); err != nil {
		// JSON of another shape (annotations, metadata) holds no article.
		return nil, nil
	}
	var out []string
	for _, p := range rec.Paragraphs {
		out = append(out, strings.Join(p, " "))
	}
	return out, nil
}

// add adds a document's usable sentences: those of a plain run of 6 to 60
// words, leaving out page furniture such as links and image captions.
func (c *Corpus) add(paras []string) {
	var doc []sentence
	mid := map[string]bool{}
	for _, p := range paras {
		for _, s := range textproc.Sentences(p) {
			f := strings.Fields(s)
			if len(f) < 6 || len(f) > 60 || strings.ContainsAny(s, "[]|#*<>") || strings.Contains(s, "http") {
				continue
			}
			doc = append(doc, sentence{fields: f, kinds: make([]kind, len(f))})
			for _, w := range f[1:] {
				if core, _, _ := splitCore(w); isCapitalised(core) {
					mid[core] = true
				}
			}
		}
	}
	// A capitalised word is a name when it is no function word and, at the
	// start of a sentence, when the document also has it inside one.
	for _, s := range doc {
		for i, w := range s.fields {
			core, _, _ := splitCore(w)
			switch {
			case strings.ContainsFunc(core, unicode.IsDigit):
				s.kinds[i] = number
			case isCapitalised(core) && !textproc.IsStopword(strings.ToLower(core)) && (i > 0 || mid[core]):
				s.kinds[i] = name
			}
		}
	}
	if len(doc) > 0 {
		c.docs = append(c.docs, doc)
		c.sentences += len(doc)
	}
}

func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r) && len(w) > 1
	}
	return false
}

// splitCore splits a field into its leading punctuation, its word and the
// rest (trailing punctuation and a possessive "'s").
func splitCore(f string) (core, pre, post string) {
	start := strings.IndexFunc(f, isWordRune)
	if start < 0 {
		return "", f, ""
	}
	end := strings.LastIndexFunc(f, isWordRune) + 1
	for _, s := range []string{"'s", "\u2019s"} {
		if strings.HasSuffix(f[:end], s) && end-len(s) > start {
			end -= len(s)
		}
	}
	return f[start:end], f[:start], f[end:]
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// word returns a random content word of the corpus.
func (c *Corpus) word(rng *rand.Rand) string {
	for range 8 {
		doc := c.docs[rng.IntN(len(c.docs))]
		s := doc[rng.IntN(len(doc))]
		i := rng.IntN(len(s.fields))
		if core, _, _ := splitCore(s.fields[i]); s.kinds[i] == plain && isContent(core) {
			return strings.ToLower(core)
		}
	}
	return vocabulary[rng.IntN(len(vocabulary))]
}

// isContent reports whether w is a word of four letters or more that is no
// function word.
func isContent(w string) bool {
	return len(w) >= 4 && !textproc.IsStopword(strings.ToLower(w))
}
