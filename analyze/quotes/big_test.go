package quotes

import (
	"strings"
	"testing"
	"time"
	"fmt"
	"crosscheck"
)

func TestBigTmp(t *testing.T) {
	for _, unit := range []string{"\u201c", "\u201ca said Bob, \u201d ", "x said y ", "Ann Lee said \u201cok\u201d and the senator said \u201cno\u201d ", "the president said \u201cyes.\u201d "} {
		text := strings.Repeat(unit, 2_000_000/len(unit))
		st := time.Now()
		n := len(Find(text))
		fmt.Printf("%q: %d quotes in %v\n", unit, n, time.Since(st))
		st = time.Now()
		Extract([]crosscheck.Article{{ID: "a", Text: text}, {ID: "b", Text: text[:len(text)/2]}}, nil, nil)
		fmt.Printf("   extract %v\n", time.Since(st))
	}
}
