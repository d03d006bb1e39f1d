package lexicon

import "testing"

func TestLookupOutlet(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		agency bool
		ok     bool
	}{
		{"IANS", "Indo-Asian News Service", true, true},
		{"Indo-Asian News Service", "Indo-Asian News Service", true, true},
		{"the Associated Press", "Associated Press", true, true},
		{"AP", "Associated Press", true, true},
		{"Agence France Presse", "Agence France-Presse", true, true},
		{"CBC News", "CBC", false, true},
		{"Washington Times", "The Washington Times", false, true},
		{"Hill", "The Hill", false, true},
		{"Springfield Shopper", "", false, false},
	}
	for _, tt := range tests {
		o, ok := LookupOutlet(tt.in)
		if ok != tt.ok || o.Name != tt.want || o.Agency != tt.agency {
			t.Errorf("LookupOutlet(%q) = %q agency %v ok %v, want %q %v %v", tt.in, o.Name, o.Agency, ok, tt.want, tt.agency, tt.ok)
		}
	}
}

// TestOutletKeysUnique checks that no name or alias of one outlet is a
// name or alias of another: the table must name each source one way.
func TestOutletKeysUnique(t *testing.T) {
	owner := map[string]string{}
	for _, o := range outlets {
		for _, s := range append([]string{o.Name}, o.Aliases...) {
			k := OutletKey(s)
			if prev, ok := owner[k]; ok && prev != o.Name {
				t.Errorf("%q names both %s and %s", s, prev, o.Name)
			}
			owner[k] = o.Name
		}
	}
}
