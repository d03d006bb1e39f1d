package discrepancy

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"crosscheck/analyze/entities"
)

func TestZZDbg2(t *testing.T) {
	b, _ := os.ReadFile("/tmp/w/case.txt")
	for _, c := range strings.Split(string(b), "\n===\n") {
		arts := articles(strings.Split(strings.TrimSpace(c), "\n---\n")...)
		for _, e := range entities.Extract(arts).Entities {
			fmt.Printf("%s %q %v %v\n", e.Kind, e.Name, e.Variants, e.Articles)
		}
	}
}
