// Package eval scores crosscheck against evaluation datasets: HTML
// extraction on the article-extraction benchmark, story clustering, quote
// speakers and disagreements on BASIL. It reads the datasets but never
// changes them.
package eval
