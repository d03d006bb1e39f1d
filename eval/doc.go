// Package eval scores crosscheck against evaluation datasets: HTML
// extraction on the article-extraction benchmark, story clustering and quote
// speakers on BASIL, summaries (ROUGE) on AllSides roundups. It reads the
// datasets but never changes them.
package eval
