package discrepancy

import "testing"

func TestVariantText(t *testing.T) {
	for _, c := range []struct {
		texts map[string]int
		every bool
		want  string
	}{
		{map[string]int{"12": 2, "twelve": 1}, false, "12"},
		{map[string]int{"Nov. 19": 1, "Wednesday": 1}, true, "Nov. 19 / Wednesday"},
		{map[string]int{"Wednesday": 2, "Nov. 19": 1}, true, "Wednesday / Nov. 19"},
		{map[string]int{"Monday": 1, "monday": 1}, true, "Monday"},
		{map[string]int{"a": 1, "b": 1, "c": 1, "d": 1}, true, "a / b / c"},
		{map[string]int{"Friday": 3}, true, "Friday"},
	} {
		if got := variantText(c.texts, c.every); got != c.want {
			t.Errorf("variantText(%v, %v) = %q, want %q", c.texts, c.every, got, c.want)
		}
	}
}
