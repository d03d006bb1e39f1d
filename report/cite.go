package report

import (
	"net/url"
	"strings"

	"crosscheck"
)

// citer cites a story's articles by their Cite labels rather than their
// ids, linking each to its original where the URL is known.
type citer struct {
	byID map[string]crosscheck.StoryArticle
}

func newCiter(arts []crosscheck.StoryArticle) *citer {
	arts = append([]crosscheck.StoryArticle(nil), arts...)
	crosscheck.CiteArticles(arts)
	c := &citer{byID: make(map[string]crosscheck.StoryArticle, len(arts))}
	for _, a := range arts {
		c.byID[a.ID] = a
	}
	return c
}

// label returns the citation of the article id; an id the story does not
// list stands for itself.
func (c *citer) label(id string) string {
	if a, ok := c.byID[id]; ok && a.Cite != "" {
		return a.Cite
	}
	return id
}

// link returns the article's URL when it is one a reader may follow, an
// http or https address, else "".
func (c *citer) link(id string) string {
	a, ok := c.byID[id]
	if !ok || a.URL == "" {
		return ""
	}
	return safeURL(a.URL)
}

// safeURL returns raw if it is an absolute http or https URL, else "".
func safeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// md cites ids in Markdown: "(AP, 12 Feb; [CBC, 12 Feb](https://…))".
func (c *citer) md(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return "(" + c.mdPlain(ids) + ")"
}

// mdPlain is md without the parentheses.
func (c *citer) mdPlain(ids []string) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = c.mdOne(id)
	}
	return strings.Join(parts, "; ")
}

// mdOne cites one article, as a link when it has a URL.
func (c *citer) mdOne(id string) string {
	label := mdLabel(c.label(id))
	if u := c.link(id); u != "" {
		return "[" + label + "](" + mdDestination(u) + ")"
	}
	return label
}

// origin says where article a's reporting comes from, citing the article
// it copies by its label.
func (c *citer) origin(a crosscheck.StoryArticle) string {
	origin := a.Origin
	if origin == a.ID {
		origin = c.label(a.ID)
	}
	if a.CopyOf != "" {
		origin += " (copy of " + c.label(a.CopyOf) + ")"
	}
	if len(a.Credits) > 0 {
		origin += "; credits " + strings.Join(a.Credits, ", ")
	}
	return origin
}

// mdLabel makes a citation label safe as Markdown link text.
func mdLabel(s string) string {
	return strings.NewReplacer("[", `\[`, "]", `\]`).Replace(inline(s))
}

// mdDestination makes a URL safe as a Markdown link destination: no
// spaces, brackets or angle brackets that would end or break it.
func mdDestination(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "\"", "%22", "|", "%7C", "`", "%60").Replace(u)
}

// splitFacts returns the facts that several independent sources carry and
// those that one source alone does, each in the briefing's order.
func splitFacts(facts []crosscheck.Fact) (shared, single []crosscheck.Fact) {
	for _, f := range facts {
		if sources(f.Independent, f.Articles) > 1 {
			shared = append(shared, f)
		} else {
			single = append(single, f)
		}
	}
	return shared, single
}

// splitQuotes is splitFacts for quotes.
func splitQuotes(quotes []crosscheck.Quote) (shared, single []crosscheck.Quote) {
	for _, q := range quotes {
		if sources(q.Independent, q.Articles) > 1 {
			shared = append(shared, q)
		} else {
			single = append(single, q)
		}
	}
	return shared, single
}

// sources returns how many independent sources back a statement: its
// Independent count, or where that is unknown its articles.
func sources(independent int, articles []string) int {
	if independent > 0 {
		return independent
	}
	return len(articles)
}

// origins counts the distinct origins of the articles ids.
func (c *citer) origins(ids []string) int {
	seen := map[string]bool{}
	for _, id := range ids {
		o := id
		if a, ok := c.byID[id]; ok && a.Origin != "" {
			o = a.Origin
		}
		seen[o] = true
	}
	return len(seen)
}

// splitFigures returns the figures whose articles come from more than one
// origin and those from one origin only, each in the briefing's order.
func (c *citer) splitFigures(figures []crosscheck.Figure) (shared, single []crosscheck.Figure) {
	for _, f := range figures {
		if c.origins(f.Articles) > 1 {
			shared = append(shared, f)
		} else {
			single = append(single, f)
		}
	}
	return shared, single
}
