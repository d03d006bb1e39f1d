package discrepancy

import (
	"os"
	"strings"
	"testing"
)

func TestZZT(t *testing.T) {
	for _, x := range strings.Split(os.Getenv("ZZ"), "|||") {
		s, name, _ := strings.Cut(x, "@@")
		for _, tt := range titlesOf(s, name) {
			t.Logf("%q: %+v", name, tt)
		}
	}
}
