package discrepancy

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"crosscheck/analyze/entities"
)

func TestZZDbg(t *testing.T) {
	b, err := os.ReadFile("/tmp/w/case.txt")
	if err != nil {
		t.Skip()
	}
	for _, c := range strings.Split(string(b), "\n===\n") {
		texts := strings.Split(strings.TrimSpace(c), "\n---\n")
		arts := articles(texts...)
		for _, d := range Find(arts, entities.Extract(arts).Entities, nil, nil, nil) {
			fmt.Printf("%s %s %v\n", d.Kind, d.About, d.Variants)
		}
		fmt.Println("===")
	}
}
