package unionfind

import "testing"

func TestUnion(t *testing.T) {
	tests := []struct {
		name  string
		pairs [][2]int
		same  [][2]int
		apart [][2]int
		root  [2]int // element, its expected root
	}{
		{"alone", nil, nil, [][2]int{{0, 1}, {2, 3}}, [2]int{2, 2}},
		{"pair", [][2]int{{1, 0}}, [][2]int{{0, 1}}, [][2]int{{0, 2}}, [2]int{0, 1}},
		{"chain", [][2]int{{0, 1}, {1, 2}, {3, 2}}, [][2]int{{0, 3}, {1, 2}}, [][2]int{{0, 4}}, [2]int{0, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := New(5)
			for _, p := range tc.pairs {
				s.Union(p[0], p[1])
			}
			for _, p := range tc.same {
				if s.Find(p[0]) != s.Find(p[1]) {
					t.Errorf("%d and %d: got apart, want one set", p[0], p[1])
				}
			}
			for _, p := range tc.apart {
				if s.Find(p[0]) == s.Find(p[1]) {
					t.Errorf("%d and %d: got one set, want apart", p[0], p[1])
				}
			}
			if got := s.Find(tc.root[0]); got != tc.root[1] {
				t.Errorf("root of %d: got %d, want %d", tc.root[0], got, tc.root[1])
			}
		})
	}
}
