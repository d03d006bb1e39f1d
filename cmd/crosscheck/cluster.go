package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"crosscheck"
	"crosscheck/cluster"
	"crosscheck/pipeline"
)

// runCluster groups the articles of the inputs into stories and prints
// them.
func runCluster(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "cluster",
		"usage: crosscheck cluster [--format json|md] [--max-size BYTES] PATH...",
		"\nGroups the articles of the inputs into stories, in publication order.",
		pathHelp)
	format := fs.String("format", "json", "output `format`: json or md")
	in := addInputFlags(fs)
	paths, err := parseFlags(fs, args, 1, -1)
	if err != nil {
		return err
	}
	if *format != "json" && *format != "md" && *format != "markdown" {
		fmt.Fprintf(e.stderr, "crosscheck cluster: unknown format %q (want json or md)\n", *format)
		return errUsage
	}
	// The articles wait on disk, not in memory, for their stories.
	batch, err := pipeline.NewBatch("", cluster.DefaultOptions())
	if err != nil {
		return err
	}
	defer batch.Close()
	failed, err := streamInputs(ctx, e, "cluster", paths, in.options(e), pipeline.Handler{Article: batch.Add})
	if err != nil {
		return err
	}
	stories, err := batch.Stories(ctx)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	if *format == "json" {
		err = writeStoriesJSON(out, stories)
	} else {
		err = writeStoriesMarkdown(out, stories, batch)
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return errFailedInputs
	}
	return nil
}

// writeStoriesJSON writes {"stories": [...]}.
func writeStoriesJSON(w io.Writer, stories []crosscheck.Story) error {
	if stories == nil {
		stories = []crosscheck.Story{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Stories []crosscheck.Story `json:"stories"`
	}{stories})
}

// writeStoriesMarkdown writes a section per story listing its articles,
// read back from arts.
func writeStoriesMarkdown(w io.Writer, stories []crosscheck.Story, arts *pipeline.Batch) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# Stories\n\n%s in %s.\n", countOf(arts.Len(), "article"), countOf(len(stories), "story"))
	for _, s := range stories {
		title := s.Title
		if title == "" {
			title = "(untitled)"
		}
		fmt.Fprintf(b, "\n## %s: %s\n\n", s.ID, storyMarkdownText(title))
		if !s.First.IsZero() {
			fmt.Fprintf(b, "%s to %s, ", s.First, s.Last)
		}
		fmt.Fprintf(b, "%s.\n\n", countOf(len(s.Articles), "article"))
		for _, id := range s.Articles {
			fmt.Fprintf(b, "- `%s`", strings.ReplaceAll(id, "`", "'"))
			a, ok, err := arts.Article(id)
			if err != nil {
				return err
			}
			if ok {
				var meta []string
				if a.Outlet != "" {
					meta = append(meta, storyMarkdownText(a.Outlet))
				}
				if !a.Published.IsZero() {
					meta = append(meta, a.Published.String())
				}
				if len(meta) > 0 {
					fmt.Fprintf(b, " (%s)", strings.Join(meta, ", "))
				}
				if a.Title != "" {
					fmt.Fprintf(b, ": %s", storyMarkdownText(a.Title))
				}
			}
			b.WriteByte('\n')
		}
	}
	return b.Flush()
}

// storyMarkdownText puts s on one line with Markdown's special characters
// escaped, so that a title cannot inject markup or HTML.
func storyMarkdownText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#|&", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// countOf returns "1 story", "2 stories", "3 articles".
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(noun, "y"))
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
