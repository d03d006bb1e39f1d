package discrepancy

import (
	"strings"
	"testing"
)

func TestFindStances(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool // whether a claim disagreement is reported
	}{
		{"a party for and against a bill", "The House passed the bill 201 to 131. The Bloc Québécois supported the bill after the government agreed to amendments.",
			"The House passed the bill 201 to 131. The Bloc Québécois voted against the bill, arguing it trampled on provincial powers.", true},
		{"backed and opposed, the object qualified", "Democrats largely backed the spending plan on Tuesday, aides said.", "Democrats opposed the spending plan on Tuesday, aides said.", true},
		{"two sides, two stances", "Democrats backed the spending plan on Tuesday, aides said.", "Republicans opposed the spending plan on Tuesday, aides said.", false},
		{"one stance told twice", "The Greens voted for the motion on Thursday.", "The Greens supported the motion on Thursday.", false},
		{"a change of stance in one report", "The Greens initially opposed the motion but later backed the motion after changes.", "The Greens opposed the motion on Thursday.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := false
			for _, d := range Find(articles(tc.a, tc.b), nil, nil, nil, nil) {
				got = got || strings.HasPrefix(d.About, "Opposite statements")
			}
			if got != tc.want {
				t.Errorf("claim disagreement reported: %v, want %v", got, tc.want)
			}
		})
	}
}
