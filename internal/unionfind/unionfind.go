// Package unionfind groups the indexes 0..n-1 into disjoint sets that are
// joined one pair at a time.
package unionfind

// Sets is a forest over indexes: each element holds its parent, and a root
// holds itself.
type Sets []int

// New returns n indexes, each in a set of its own.
func New(n int) Sets {
	s := make(Sets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// Find returns the root of i's set. It halves the path on the way so that
// later finds are quick.
func (s Sets) Find(i int) int {
	for s[i] != i {
		s[i] = s[s[i]]
		i = s[i]
	}
	return i
}

// Union joins b's set to a's: a's root becomes the root of both, so the
// caller chooses which element represents the group.
func (s Sets) Union(a, b int) { s[s.Find(b)] = s.Find(a) }
