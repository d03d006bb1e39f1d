// Package eval scores crosscheck against evaluation datasets: HTML
// extraction on the article-extraction benchmark, story clustering, quote
// speakers and disagreements on BASIL, summaries (ROUGE) on AllSides
// roundups. It reads the datasets but never changes them.
package eval
