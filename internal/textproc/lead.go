package textproc

// leadWords is the fewest words of a lead: shorter first lines are
// headlines, kickers or bylines.
const leadWords = 10

// Lead returns the index of the lead among an article's sentences: the
// first of ten words or more, which states what the report is about. It
// returns 0 when no sentence is that long, and -1 when there is none.
func Lead(sents []string) int {
	if len(sents) == 0 {
		return -1
	}
	for i, s := range sents {
		if len(Words(s)) >= leadWords {
			return i
		}
	}
	return 0
}
