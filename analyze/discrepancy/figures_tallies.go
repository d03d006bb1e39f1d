package discrepancy

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/analyze/figures"
	"crosscheck/internal/textproc"
	"crosscheck/internal/unionfind"
)

// otherTallies reports whether two aligned sentences pair several figures
// and every pair disagrees: two tallies of one kind ("caught eight passes
// for 66 yards and two touchdowns", "caught 39 passes for 302 yards and
// six touchdowns"), said of different people or games, not one statement
// told two ways, where most figures would agree. A date among the pairs
// tells of a happening, which a tally does not: "a 48-bed unit … due to
// open in 2028" and "a 40-bed unit … due to open in 2029" are one plan
// told two ways on both.
func otherTallies(occs []figOcc, s, t figSent, st, ts []figPair) bool {
	n := 0
	for _, ps := range [][]figPair{st, ts} {
		for _, p := range ps {
			if p.compatible || isDate(occs[s.figs[p.a]].f.Unit) {
				return false
			}
			n++
		}
		s, t = t, s
	}
	return n >= 4 // at least two figures paired each way
}

// otherTally reports whether two sentences hold figures of at least two
// units besides the one compared and none of these agree: "caught eight
// passes for 66 yards and three touchdowns" and "had 793 yards and six
// touchdowns and caught 39 passes", two players' tallies. Two reports of
// one fire that each give firefighters and hours may differ on both.
func otherTally(occs []figOcc, s, t figSent) bool {
	units := 0
	seen := map[string]bool{}
	for _, i := range s.figs {
		u := unitClass(occs[i].f.Unit)
		if seen[u] {
			continue
		}
		var inT bool
		for _, j := range t.figs {
			if unitClass(occs[j].f.Unit) != u {
				continue
			}
			inT = true
			for _, k := range s.figs {
				if unitClass(occs[k].f.Unit) == u && compatible(occs[k].f, occs[j].f) {
					return false
				}
			}
		}
		if inT {
			seen[u] = true
			units++
		}
	}
	return units >= 3
}

// marginBefore reports whether the words before a count of votes make it
// a winner's lead: "a majority of", "a margin of", "won by", "by".
func marginBefore(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	n := len(ws)
	if n >= 2 && ws[n-1] == "of" && marginNouns[ws[n-2]] {
		return true
	}
	return n >= 1 && ws[n-1] == "by"
}

// marginNouns name the votes one side has over the other: "a lead of
// about 300,000 votes", "a gap of 4,000".
var marginNouns = map[string]bool{"majority": true, "margin": true, "lead": true, "gap": true, "edge": true, "advantage": true}

// marginAfter reports whether the words after a count of votes make it a
// margin: "roughly 130,000 votes ahead of Hernan Quispe", "trailed by
// … votes behind".
func marginAfter(after string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(strings.ToLower(after), " "), " ")
	w = strings.TrimRight(w, ",;:.")
	return w == "ahead" || w == "behind"
}

// likeTotals reports whether two tallies count about as many in all: the
// members of one body (a 38-27 vote of the House, not a committee's 7-4)
// or the points of one kind of game.
func likeTotals(a, b figures.Found) bool {
	ta, tb := tallyTotal(a), tallyTotal(b)
	return min(ta, tb) >= minTotalShare*max(ta, tb)
}

// minTotalShare is how much of the other's total the smaller of two
// tallies of one body must count.
const minTotalShare = 2.0 / 3

// tallyTotal returns the sum of a tally's two numbers (Value holds the
// larger and the smaller in thousandths).
func tallyTotal(f figures.Found) float64 {
	hi := math.Floor(f.Value)
	return hi + math.Round((f.Value-hi)*1000)
}

// statLine reports whether a sentence counts three things or more of
// different kinds: a player's line ("had 793 yards and six touchdowns on
// 147 carries"). People counted by what befell them are a toll, not a
// line ("carrying 47 passengers …, killing three people and injuring 27
// others"): counts with a measure, or of people in general, are left out.
func statLine(occs []figOcc, s figSent) bool {
	var units []string
	for _, i := range s.figs {
		u := occs[i].f.Unit
		if !counted(u) || slices.Contains(units, u) || occs[i].measure != "" || figures.CountsPeople(u) {
			continue
		}
		units = append(units, u)
	}
	return len(units) >= 3
}

// counted reports whether a unit is a counted noun ("yards", "carries"),
// not a date, a sum, a share, a span of time, an age or a tally.
func counted(u string) bool {
	switch u {
	case figures.Percent, figures.Points, figures.Minutes, figures.Age, figures.Tally, figures.Magnitude, figures.TimeOfDay:
		return false
	}
	return !isDate(u) && !(len(u) == 3 && strings.ToUpper(u) == u)
}

// statLinesOfOne reports whether two sentences may count the same things:
// where either is a line of statistics, both must be about one named
// subject, since a story of a game or a season gives such a line for
// each of several people ("caught 52 passes for 440 yards", "another 201
// yards on 29 catches").
func statLinesOfOne(occs []figOcc, s, t figSent) bool {
	if !statLine(occs, s) && !statLine(occs, t) {
		return true
	}
	// Two sentences that open on a common noun and name no one as their
	// subject ("The fire broke out … on the third floor of the
	// eight-story factory") tell of one thing, not of players.
	return s.first == t.first && (s.first != "" || s.opening == "" && t.opening == "")
}

// ofTheVote reports whether the words after a percentage make it a share
// of the votes cast: "of the vote", "of the votes cast", "of the
// ballots".
func ofTheVote(after string) bool {
	if countedShare(after) {
		return false
	}
	after = strings.ToLower(after)
	for _, p := range []string{" of the vote", " of the ballots", " of votes", " of the popular vote"} {
		if rest, ok := strings.CutPrefix(after, p); ok {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) || strings.HasPrefix(rest, "s") {
				return true
			}
		}
	}
	return false
}

// maxBallotVerbBack is how many words before a share's "by" its verb of
// approval is read ("approved the strike authorization by").
const maxBallotVerbBack = 6

// ballotShare reports whether a percentage is the share of a body's
// members that backed something in a ballot: "84 percent of voting
// members backed the authorization", "78 per cent of members who took
// part in the ballot", "87% of those who voted were in favour",
// "approved the authorization by 94 percent".
func ballotShare(before, after string) bool {
	after = strings.ToLower(after)
	for _, p := range []string{" of voting members", " of members voting", " of members who voted", " of members who took part", " of members who cast",
		" of those who voted", " of those voting", " of those casting", " of ballots cast", " of the ballots cast"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	ws := lastWords(strings.ToLower(before), maxBallotVerbBack)
	if len(ws) < 2 || ws[len(ws)-1] != "by" {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		switch w {
		case "approved", "ratified", "backed", "endorsed", "passed", "adopted":
			return true
		}
	}
	return false
}

// countedShare reports whether the words after a percentage make it the
// share of a count done so far: "80 percent of the votes counted", "91
// percent of ballots tallied", "with 60 percent of precincts reporting"
// ("of the vote in" is as often where the vote was cast).
// It is no share of the vote, and changes as the count goes on.
func countedShare(after string) bool {
	ws := firstWords(strings.ToLower(after), 5)
	k := 0
	if k < len(ws) && ws[k] == "of" {
		k++
	} else {
		return false
	}
	if k < len(ws) && ws[k] == "the" {
		k++
	}
	if k+1 >= len(ws) {
		return false
	}
	switch strings.Trim(ws[k], ",.;:") {
	case "vote", "votes", "ballots", "precincts", "polling", "returns":
	default:
		return false
	}
	next := strings.Trim(ws[k+1], ",.;:")
	if next == "stations" && k+2 < len(ws) {
		next = strings.Trim(ws[k+2], ",.;:")
	}
	switch next {
	case "counted", "tallied", "reported", "reporting", "processed", "verified":
		return true
	}
	return false
}

// swappedDigits reports whether two figures' texts write the same digits
// but for two adjacent ones swapped ("$9.8 billion", "$8.9 billion";
// "roughly 58,000", "85,000"), in numbers of the same shape, so that the
// slip is in the digits alone.
func swappedDigits(a, b string) bool {
	da, wa := splitDigits(a)
	db, wb := splitDigits(b)
	if shape(a) != shape(b) || strings.Count(wa, "#") != 1 || strings.Count(wb, "#") != 1 || len(da) != len(db) || len(da) < 2 {
		return false
	}
	i := 0
	for i < len(da) && da[i] == db[i] {
		i++
	}
	return i+1 < len(da) && da[i] == db[i+1] && da[i+1] == db[i] && da[i] != da[i+1] && da[i+2:] == db[i+2:]
}

// oneDigitSlip reports whether two figures' texts write one number of the
// same shape that differs in one digit alone ("$1.4 million", "$2.4
// million"; "172", "174"): a slip of one key or one misheard digit. In a
// number of two digits the slip must be in the first: "20" and "25",
// "12" and "11" are as often two counts of two things.
func oneDigitSlip(a, b string) bool {
	da, wa := splitDigits(a)
	db, wb := splitDigits(b)
	if shape(a) != shape(b) || strings.Count(wa, "#") != 1 || strings.Count(wb, "#") != 1 || len(da) != len(db) || len(da) < 2 {
		return false
	}
	n, at := 0, 0
	for i := range len(da) {
		if da[i] != db[i] {
			n, at = n+1, i
		}
	}
	return n == 1 && (len(da) > 2 || at == 0)
}

// shape returns a figure's number as written with each digit a "9":
// "9.9", "99,999".
func shape(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('9')
			in = true
		case in && (r == '.' || r == ','):
			b.WriteRune(r)
		default:
			if in {
				return strings.TrimRight(b.String(), ".,")
			}
		}
	}
	return strings.TrimRight(b.String(), ".,")
}

// splitDigits returns the digits of a figure's text and the text with
// each run of digits and their separators replaced by "#".
func splitDigits(s string) (string, string) {
	var d, w strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			d.WriteRune(r)
			if !in {
				w.WriteByte('#')
			}
			in = true
		case in && (r == '.' || r == ','):
		default:
			in = false
			w.WriteRune(r)
		}
	}
	return d.String(), w.String()
}

// seatSplit reports whether a tally, with the words of its clause before
// and after it, splits a body's seats by party rather than counting a
// vote: "a 20-18 majority", "hold a 20-18 edge", "control that chamber
// 20-18".
func seatSplit(before, after string) bool {
	next := strings.Fields(strings.ToLower(after))
	if len(next) > 0 && seatWords[strings.Trim(next[0], ",.;:")] {
		return true
	}
	prev := strings.Fields(strings.ToLower(before))
	for k := len(prev) - 1; k >= 0 && k >= len(prev)-3; k-- {
		if w := strings.Trim(prev[k], ",.;:"); w == "control" || w == "controls" || w == "controlled" {
			return true
		}
	}
	return false
}

// seatWords follow a tally of seats.
var seatWords = map[string]bool{"majority": true, "edge": true, "advantage": true, "split": true}

// linkSwapped joins two values of one unit (unitClass) in two articles whose digits
// are the same but two swapped, in surroundings that share a word ("$4.7
// million in restitution", "$7.4 million in restitution"; "won 36,418
// votes", "a total of 34,618 votes"), however many other values of the
// unit either article gives: one value mistyped. Each value is joined
// once. Values are indexed by their sorted digits, so only values that
// may be swaps of each other are compared.
func linkSwapped(occs []figOcc, u unionfind.Sets, conflict map[int]bool) {
	// An article that gives both values ("404 yards rushing and 440
	// yards receiving") tells of two quantities.
	type given struct {
		art  int
		unit string
		text string
	}
	gives := map[given]bool{}
	digits := make([]string, len(occs))
	for i, o := range occs {
		digits[i], _ = splitDigits(numeral(o.f))
		gives[given{o.art, unitClass(o.f.Unit), digits[i]}] = true
	}
	byDigits := map[string][]int{}
	var keys []string
	for i, o := range occs {
		if o.copy || isDate(o.f.Unit) {
			continue
		}
		d := digits[i]
		if len(d) < 2 {
			continue
		}
		b := []byte(d)
		slices.Sort(b)
		k := unitClass(o.f.Unit) + "\x00" + string(b)
		if byDigits[k] == nil {
			keys = append(keys, k)
		}
		if len(byDigits[k]) < maxSwapValues {
			byDigits[k] = append(byDigits[k], i)
		}
	}
	used := map[int]bool{}
	for _, k := range keys {
		is := byDigits[k]
		for x, i := range is {
			for _, j := range is[x+1:] {
				if used[i] || used[j] || occs[i].art == occs[j].art || !swappedDigits(numeral(occs[i].f), numeral(occs[j].f)) ||
					gives[given{occs[i].art, unitClass(occs[i].f.Unit), digits[j]}] || gives[given{occs[j].art, unitClass(occs[j].f.Unit), digits[i]}] ||
					overlap(occs[i].near, occs[j].near) == 0 && !scaledSums(occs[i].f, occs[j].f) || !comparable(occs[i], occs[j]) || !sameKind(occs[i].f, occs[j].f) {
					continue
				}
				used[i], used[j] = true, true
				u.Union(i, j)
				conflict[i], conflict[j] = true, true
			}
		}
	}
}

// scaledSums reports whether two figures are sums of one currency told
// with one scale word ("A$1.4 million", "A$4.1 million"): a story seldom
// holds two such sums whose digits are swapped, so they need no word in
// common to be one sum mistyped.
func scaledSums(a, b figures.Found) bool {
	if !isMoney(a.Unit) || a.Unit != b.Unit {
		return false
	}
	sa, sb := scaleWordOf(a.Text), scaleWordOf(b.Text)
	return sa != "" && sa == sb
}

// scaleWordOf returns the scale word of scaleWords a figure's text ends on
// ("million", "billion"), lower case, or "".
func scaleWordOf(text string) string {
	ws := lastWords(strings.ToLower(text), 1)
	if len(ws) == 0 || !scaleWords[ws[0]] || ws[0] == "dozen" {
		return ""
	}
	return ws[0]
}

// maxSwapValues bounds the values of one unit and one set of digits
// compared pair by pair.
const maxSwapValues = 64

// votingBodies are the bodies whose votes a tally counts.
var votingBodies = map[string]bool{
	"house": true, "senate": true, "assembly": true, "council": true, "committee": true,
	"chamber": true, "legislature": true, "commons": true, "lords": true, "parliament": true,
	"court": true, "board": true, "panel": true, "jury": true, "congress": true,
}

// votingBody returns the body whose vote a tally is, from the clause
// around it: the subject a few words before ("The House passed the
// measure 33 to 27", "the state Senate approved it 17-13") or the body
// after "vote in" or "vote of" ("a 17-13 vote in the state Senate"), or "".
func votingBody(before, after string) string {
	ws := lastWords(before, 6)
	for k := len(ws) - 1; k >= 0; k-- {
		w := textproc.Fold(strings.Trim(ws[k], ",;:"))
		if votingBodies[w] {
			return w
		}
		if strings.HasSuffix(ws[k], ",") {
			break
		}
	}
	f := strings.Fields(strings.ToLower(after))
	if len(f) >= 3 && strings.Trim(f[0], ",") == "vote" && (f[1] == "in" || f[1] == "of" || f[1] == "by") {
		for _, w := range f[2:min(len(f), 5)] {
			if w := strings.Trim(w, ",;:."); votingBodies[w] {
				return w
			}
		}
	}
	return ""
}

// sameBody reports whether two tallies are votes of bodies of one size,
// five members or more: their totals differ by at most a tenth (one
// member absent or two), as two reports of one vote do ("In a 5-2
// ruling", "The court's 4-3 decision") and a committee's vote and a
// chamber's do not.
func sameBody(a, b figures.Found) bool {
	if a.Unit != figures.Tally || b.Unit != figures.Tally {
		return false
	}
	total := func(v float64) float64 {
		hi := math.Floor(v)
		return hi + math.Round((v-hi)*1000)
	}
	ta, tb := total(a.Value), total(b.Value)
	return ta >= 5 && tb >= 5 && math.Abs(ta-tb) <= 0.1*math.Max(ta, tb)
}

// tallySlip reports whether two tallies agree on one side and write the
// other with two digits swapped ("by 412 votes to 198", "421 to 198"):
// one vote, mistyped, whoever the sentences open on.
func tallySlip(a, b figures.Found) bool {
	if a.Unit != figures.Tally || b.Unit != figures.Tally {
		return false
	}
	sides := func(v float64) (int, int) {
		hi := math.Floor(v)
		return int(hi), int(math.Round((v - hi) * 1000))
	}
	ah, al := sides(a.Value)
	bh, bl := sides(b.Value)
	swapped := func(x, y int) bool { return swappedDigits(strconv.Itoa(x), strconv.Itoa(y)) }
	return ah == bh && swapped(al, bl) || al == bl && swapped(ah, bh)
}

// zeroSlip reports whether two counts or sums differ by a zero dropped or
// added, ten times apart with the same digits ("7,500 gallons", "75,000
// gallons"): a slip of typing, in sentences whose words around them agree.
func zeroSlip(a, b figures.Found) bool {
	lo, hi := min(a.Value, b.Value), max(a.Value, b.Value)
	if lo <= 0 || hi != 10*lo {
		return false
	}
	da, _ := splitDigits(numeral(a))
	db, _ := splitDigits(numeral(b))
	return len(da) >= 2 && strings.TrimRight(da, "0") == strings.TrimRight(db, "0")
}

// interimScore reports whether the words around a tally make it a score a
// game passed through, not its result: a lead ("gave Orlando a 1-0
// lead", "a 2-0 halftime advantage") or a tie broken ("broke a 1-1
// tie").
func interimScore(before, after string) bool {
	next := strings.Fields(strings.ToLower(after))
	if len(next) == 0 {
		return false
	}
	w := strings.Trim(next[0], ".,;:")
	if w == "halftime" && len(next) > 1 {
		w = strings.Trim(next[1], ".,;:")
	}
	switch w {
	case "lead", "advantage", "deficit", "cushion":
		return true
	case "tie", "deadlock":
		prev := strings.Fields(strings.ToLower(before))
		for _, p := range prev[max(0, len(prev)-3):] {
			if strings.HasPrefix(p, "brok") || strings.HasPrefix(p, "break") || strings.HasPrefix(p, "snap") {
				return true
			}
		}
	}
	return false
}
