package figures

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck"
)

// The units of the figures that Parse finds. Counts use the counted noun
// as their unit ("countries"); money uses the ISO code of its currency.
const (
	Percent      = "percent"
	Points       = "percentage points"
	Minutes      = "minutes"       // every duration, in minutes
	DateUnit     = "date"          // a day: Value is days since 1970-01-01
	MonthUnit    = "month"         // a month: Value is the days since 1970-01-01 of its first day
	WeekUnit     = "week"          // a week: Value is the days since 1970-01-01 of its Monday
	YearUnit     = "year"          // a year: Value is the year
	RelativeDate = "relative date" // a date relative to an unknown publication date; Value is 0
)

// Found is a figure in a sentence.
type Found struct {
	// Text is the figure as written, qualifier included ("nearly 90 minutes").
	Text string
	// Value and Unit are the normalised figure.
	Value float64
	Unit  string
	// Low and High bound what the text allows, given the rounding of its
	// last written digit and its qualifier: "12" is [11.5, 12.5], "more
	// than 5" is [4.5, +Inf), "nearly 90" is [76.075, 90.5]. For dates
	// both are Value.
	Low, High float64
	// Start and End are the byte range of Text in the sentence.
	Start, End int
}

// tok is a token of a sentence: a word, a number or a symbol.
type tok struct {
	s          string
	low        string
	start, end int
	num        bool
	cap        bool // starts with a capital letter
}

// tokens splits a sentence into words (letters, with an inner apostrophe),
// numbers (digits with thousands commas and a decimal part) and single
// other characters; white space separates tokens and is dropped.
func tokens(s string) []tok {
	var out []tok
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		start := i
		switch {
		case unicode.IsSpace(r):
			i += size
			continue
		case r >= '0' && r <= '9':
			i = digitsEnd(s, i)
			for i+4 <= len(s) && s[i] == ',' && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
				(i+4 == len(s) || !isDigit(s[i+4])) {
				i += 4
			}
			if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
				i = digitsEnd(s, i+1)
			}
		case unicode.IsLetter(r):
			i = lettersEnd(s, i)
			if i < len(s) {
				if q, qs := utf8.DecodeRuneInString(s[i:]); q == '\'' || q == '’' {
					if n, _ := utf8.DecodeRuneInString(s[i+qs:]); i+qs < len(s) && unicode.IsLetter(n) {
						i = lettersEnd(s, i+qs)
					}
				}
			}
		default:
			i += size
		}
		w := s[start:i]
		low := strings.ToLower(w)
		for _, suf := range []string{"'s", "’s"} {
			low = strings.TrimSuffix(low, suf)
		}
		out = append(out, tok{s: w, low: low, start: start, end: i, num: isDigit(w[0]), cap: unicode.IsUpper(r)})
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func lettersEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return i
}

// adjacent reports whether tokens i and i+1 touch, with no space between.
func adjacent(ts []tok, i int) bool { return i+1 < len(ts) && ts[i].end == ts[i+1].start }

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12,
}

var vagueScales = map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}

var vagueMultipliers = map[string]float64{"tens": 10, "hundreds": 100, "dozens": 12}

var durations = map[string]float64{
	"second": 1.0 / 60, "seconds": 1.0 / 60, "minute": 1, "minutes": 1, "hour": 60, "hours": 60,
	"day": 1440, "days": 1440, "week": 10080, "weeks": 10080, "month": 43830, "months": 43830,
	"year": 525960, "years": 525960, "decade": 5259600, "decades": 5259600,
}

var currencies = map[string]string{"$": "USD", "€": "EUR", "£": "GBP"}

var currencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yen": "JPY",
	"rubles": "RUB", "roubles": "RUB", "yuan": "CNY", "rupees": "INR", "hryvnias": "UAH",
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// futureCues in a sentence make a bare weekday the coming one.
var futureCues = map[string]bool{
	"will": true, "next": true, "scheduled": true, "expected": true, "upcoming": true, "kicks": true,
	"due": true, "plans": true, "planned": true, "tomorrow": true, "ll": true,
}

// nounExclusions end in "s" without being plural nouns.
var nounExclusions = map[string]bool{
	"was": true, "is": true, "has": true, "does": true, "this": true, "his": true, "its": true,
	"us": true, "plus": true, "less": true, "across": true, "always": true, "perhaps": true,
	"as": true, "yes": true, "thus": true, "whereas": true, "besides": true, "unless": true,
	"percent": true, "dollars": true, "euros": true, "pounds": true, "towards": true, "afterwards": true,
}

var irregularPlurals = map[string]bool{
	"people": true, "children": true, "men": true, "women": true, "police": true, "staff": true,
	"personnel": true, "civilians": true, "cattle": true, "feet": true, "teeth": true, "mice": true,
}

// countModifiers may stand between a number and the noun it counts.
var countModifiers = map[string]bool{
	"other": true, "more": true, "new": true, "additional": true, "extra": true, "member": true,
}

// qualifier is a phrase before a figure that widens it to a range: the
// factors apply to its bounds.
type qualifier struct {
	words     []string
	low, high float64
}

var qualifiers = []qualifier{
	{[]string{"more", "than"}, 1, math.Inf(1)},
	{[]string{"over"}, 1, math.Inf(1)},
	{[]string{"at", "least"}, 1, math.Inf(1)},
	{[]string{"just", "over"}, 1, 1.15},
	{[]string{"upwards", "of"}, 1, math.Inf(1)},
	{[]string{"less", "than"}, 0, 1},
	{[]string{"fewer", "than"}, 0, 1},
	{[]string{"under"}, 0, 1},
	{[]string{"up", "to"}, 0, 1},
	{[]string{"at", "most"}, 0, 1},
	{[]string{"just", "under"}, 0.85, 1},
	{[]string{"nearly"}, 0.85, 1},
	{[]string{"almost"}, 0.85, 1},
	{[]string{"close", "to"}, 0.85, 1.05},
	{[]string{"about"}, 0.8, 1.2},
	{[]string{"around"}, 0.8, 1.2},
	{[]string{"approximately"}, 0.8, 1.2},
	{[]string{"roughly"}, 0.8, 1.2},
	{[]string{"some"}, 0.8, 1.2},
	{[]string{"an", "estimated"}, 0.8, 1.2},
	{[]string{"estimated"}, 0.8, 1.2},
}

// Parse finds the figures in a sentence: sums of money, percentages,
// counts of things, durations, dates and relative dates ("Wednesday",
// "last year"), which it resolves against published. When published is
// zero, relative dates keep the unit RelativeDate and Value 0.
func Parse(sentence string, published crosscheck.Date) []Found {
	ts := tokens(sentence)
	// Quoted words are the speaker's tense, not the narration's: "X wrote
	// Thursday" stays past when the quote says "will", and the reverse.
	var future [2]bool // in the narration, in quotations
	inQuote := make([]bool, len(ts))
	quoted := 0
	for k, t := range ts {
		if isQuoteMark(t.s) {
			quoted = 1 - quoted
			continue
		}
		inQuote[k] = quoted == 1
		future[quoted] = future[quoted] || futureCues[t.low]
	}
	var out []Found
	done := 0 // tokens before done belong to an earlier figure
	for i := 0; i < len(ts); {
		q := 0
		if inQuote[i] {
			q = 1
		}
		f, next, ok := parseAt(ts, i, published, future[q])
		if !ok {
			i++
			continue
		}
		if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
			// Too large to be a figure, and no JSON number.
			i = next
			continue
		}
		start := i
		lo, hi := 1.0, 1.0
		if q, n := qualifierBefore(ts, i); n > 0 && i-n >= done {
			start = i - n
			lo, hi = q.low, q.high
		}
		f.Start, f.End = ts[start].start, ts[next-1].end
		f.Text = sentence[f.Start:f.End]
		if f.Low == 0 && f.High == 0 {
			f.Low, f.High = f.Value, f.Value
		}
		if !isDateUnit(f.Unit) {
			f.Low, f.High = f.Low*lo, f.High*hi
			if math.IsNaN(f.High) {
				f.High = math.Inf(1)
			}
		}
		out = append(out, f)
		i, done = next, next
	}
	return out
}

func isDateUnit(u string) bool {
	return u == DateUnit || u == MonthUnit || u == WeekUnit || u == YearUnit || u == RelativeDate
}

// qualifierBefore returns the qualifier that ends just before token i and
// its length in tokens.
func qualifierBefore(ts []tok, i int) (qualifier, int) {
	best := -1
	for k, q := range qualifiers {
		n := len(q.words)
		if i-n < 0 {
			continue
		}
		match := true
		for j, w := range q.words {
			match = match && ts[i-n+j].low == w
		}
		if match && (best < 0 || n > len(qualifiers[best].words)) {
			best = k
		}
	}
	if best < 0 {
		return qualifier{}, 0
	}
	return qualifiers[best], len(qualifiers[best].words)
}

// number reads a number at token i: digits with an optional scale ("1.5
// billion", "187-million", "5m") or number words ("thirty-one", "three").
// It returns the value, the unit of its last written digit (0.1 for
// "1.5 billion" before scaling) and the index after it.
func number(ts []tok, i int) (float64, float64, int, bool) {
	t := ts[i]
	var v float64
	ulp := 1.0
	j := i + 1
	switch {
	case t.num:
		s := strings.ReplaceAll(t.s, ",", "")
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, 0, i, false
		}
		v = x
		if d := strings.IndexByte(s, '.'); d >= 0 {
			ulp = math.Pow(10, -float64(len(s)-d-1))
		}
	case smallNumbers[t.low] != 0 || t.low == "zero":
		v = smallNumbers[t.low]
		if v >= 20 && v < 100 && j+1 < len(ts) && ts[j].s == "-" && adjacent(ts, i) && adjacent(ts, j) {
			if u := smallNumbers[ts[j+1].low]; u > 0 && u < 10 {
				v += u
				j += 2
			}
		}
		if t.low == "dozen" {
			return 0, 0, i, false
		}
	case (t.low == "a" || t.low == "one") && j < len(ts) && ts[j].low == "dozen":
		v, j = 12, j+1
	default:
		return 0, 0, i, false
	}
	// A scale word, maybe hyphenated to the number ("$187-million").
	k := j
	if k+1 < len(ts) && ts[k].s == "-" && adjacent(ts, k-1) && adjacent(ts, k) {
		k++
	}
	if k < len(ts) {
		if s, ok := scales[ts[k].low]; ok {
			short := len(ts[k].low) <= 2
			if !short || adjacent(ts, k-1) {
				v *= s
				ulp *= s
				j = k + 1
			}
		}
	}
	return v, ulp, j, true
}

// rounded gives f the range that rounding to the last written digit
// allows: "12" is [11.5, 12.5], "$1.3 billion" [1.25, 1.35] billion.
func rounded(f Found, ulp float64) Found {
	f.Low, f.High = f.Value-ulp/2, f.Value+ulp/2
	return f
}

// parseAt reads a figure that starts at token i.
func parseAt(ts []tok, i int, pub crosscheck.Date, future bool) (Found, int, bool) {
	t := ts[i]
	if f, n, ok := parseDate(ts, i, pub, future); ok {
		return f, n, true
	}
	// Money with a currency sign: "$126 billion", "US$5m".
	if cur, ok := currencies[t.s]; ok && i+1 < len(ts) && ts[i+1].num {
		v, ulp, j, ok := number(ts, i+1)
		if !ok {
			return Found{}, i, false
		}
		return rounded(Found{Value: v, Unit: cur}, ulp), j, true
	}
	// "tens of billions of dollars", "millions of people".
	if f, n, ok := parseVague(ts, i); ok {
		return f, n, true
	}
	// "an hour and a half", "a day".
	if (t.low == "a" || t.low == "an") && i+1 < len(ts) {
		if d, ok := durations[ts[i+1].low]; ok && !strings.HasSuffix(ts[i+1].low, "s") {
			v, j := d, i+2
			v, j = andAHalf(ts, j, v, d)
			return Found{Value: v, Unit: Minutes}, j, true
		}
	}
	// "half an hour".
	if t.low == "half" && i+2 < len(ts) && (ts[i+1].low == "an" || ts[i+1].low == "a") {
		if d, ok := durations[ts[i+2].low]; ok {
			return Found{Value: d / 2, Unit: Minutes}, i + 3, true
		}
	}
	if isLabel(ts, i) {
		return Found{}, i, false
	}
	v, ulp, j, ok := number(ts, i)
	if !ok {
		return Found{}, i, false
	}
	if j >= len(ts) {
		return Found{}, i, false
	}
	n := ts[j]
	switch {
	case n.s == "%" || n.low == "percent":
		return rounded(Found{Value: v, Unit: Percent}, ulp), j + 1, true
	case n.low == "per" && j+1 < len(ts) && ts[j+1].low == "cent":
		return rounded(Found{Value: v, Unit: Percent}, ulp), j + 2, true
	case n.low == "percentage" && j+1 < len(ts) && ts[j+1].low == "points":
		return rounded(Found{Value: v, Unit: Points}, ulp), j + 2, true
	}
	if cur, ok := currencyWords[n.low]; ok {
		return rounded(Found{Value: v, Unit: cur}, ulp), j + 1, true
	}
	// A duration, maybe hyphenated ("14-year").
	k := j
	if n.s == "-" && adjacent(ts, j-1) && adjacent(ts, j) {
		k = j + 1
	}
	if k < len(ts) {
		if d, ok := durations[ts[k].low]; ok {
			val, end := andAHalf(ts, k+1, v*d, d)
			if k > j && end+1 < len(ts) && ts[end].s == "-" && ts[end+1].low == "old" {
				end += 2
			}
			return rounded(Found{Value: val, Unit: Minutes}, ulp*d), end, true
		}
	}
	if t.num && isYear(t.s) && j == i+1 {
		y, _ := strconv.Atoi(t.s)
		return Found{Value: float64(y), Unit: YearUnit}, j, true
	}
	if noun, end, ok := countedNoun(ts, j); ok && v != 1 {
		return rounded(Found{Value: v, Unit: noun}, ulp), end, true
	}
	// "42 injured", "12 dead": the outcome stands for the people counted.
	if j < len(ts) && outcomeAsNoun[ts[j].low] && v != 1 {
		return rounded(Found{Value: v, Unit: ts[j].low}, ulp), j + 1, true
	}
	return Found{}, i, false
}

// isLabel reports whether the number at token i names rather than counts:
// a number after a capitalised word ("Article 5", "Flight 17") or a
// capitalised number word inside a sentence ("Article Five").
func isLabel(ts []tok, i int) bool {
	if i == 0 {
		return false
	}
	p := ts[i-1]
	if !ts[i].num && ts[i].cap {
		return p.s != "\"" && p.s != "“" && p.s != "‘"
	}
	if !ts[i].num {
		return false
	}
	if _, ok := monthNames[p.low]; ok {
		return false
	}
	if i == 1 {
		return false
	}
	return p.cap && isLetters(p.s)
}

// andAHalf adds half a unit for "an hour and a half".
func andAHalf(ts []tok, j int, v, unit float64) (float64, int) {
	if j+2 < len(ts) && ts[j].low == "and" && ts[j+1].low == "a" && ts[j+2].low == "half" {
		return v + unit/2, j + 3
	}
	return v, j
}

// isYear reports whether s is a four-digit year a news story might name.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1800 && y <= 2199
}

// countedNoun finds the plural noun that a number counts, within a few
// modifiers: "50 countries", "31 other nations", "50 member countries".
func countedNoun(ts []tok, j int) (string, int, bool) {
	for k := j; k < len(ts) && k < j+3; k++ {
		w := ts[k].low
		if ts[k].num || !isLetters(ts[k].s) {
			return "", j, false
		}
		if irregularPlurals[w] || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
			!strings.HasSuffix(w, "ous") && !nounExclusions[w] {
			return w, k + 1, true
		}
		if !countModifiers[w] && !isAdjectiveLike(ts[k]) {
			return "", j, false
		}
	}
	return "", j, false
}

// isAdjectiveLike reports whether a word may modify a counted noun:
// capitalised words ("American troops") and words in -al, -ian, -ed, -ic.
func isAdjectiveLike(t tok) bool {
	if t.cap {
		return true
	}
	for _, suf := range []string{"al", "ian", "ed", "ic", "ish", "ive", "ary"} {
		if strings.HasSuffix(t.low, suf) {
			return true
		}
	}
	return false
}

func isLetters(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && r != '’') {
			return false
		}
	}
	return true
}

// parseVague reads "tens of billions of dollars" and "millions of deaths".
func parseVague(ts []tok, i int) (Found, int, bool) {
	mult, j := 1.0, i
	if m, ok := vagueMultipliers[ts[i].low]; ok && i+2 < len(ts) && ts[i+1].low == "of" {
		mult, j = m, i+2
	}
	s, ok := vagueScales[ts[j].low]
	if !ok || j+2 >= len(ts) || ts[j+1].low != "of" {
		return Found{}, i, false
	}
	low := mult * s
	f := Found{Value: low, Low: low, High: low * 10}
	k := j + 2
	if cur, ok := currencyWords[ts[k].low]; ok {
		f.Unit = cur
		return f, k + 1, true
	}
	if noun, end, ok := countedNoun(ts, k); ok {
		f.Unit = noun
		return f, end, true
	}
	return Found{}, i, false
}

// unixDays returns the days since 1970-01-01 of a day.
func unixDays(y int, m time.Month, d int) float64 {
	return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// parseDate reads a date, a month, or a relative date at token i.
func parseDate(ts []tok, i int, pub crosscheck.Date, future bool) (Found, int, bool) {
	t := ts[i]
	if m, ok := monthNames[t.low]; ok && (len(t.low) > 3 || t.low == "may" || i+1 < len(ts) && ts[i+1].s == ".") {
		if t.low == "may" && (i+1 >= len(ts) || !ts[i+1].num) {
			return Found{}, i, false
		}
		if !t.cap {
			return Found{}, i, false
		}
		j := i + 1
		if j < len(ts) && ts[j].s == "." {
			j++
		}
		if j < len(ts) && ts[j].num {
			// "Feb. 24, 2022", "June 24-26", "February 2022".
			if isYear(ts[j].s) {
				y, _ := strconv.Atoi(ts[j].s)
				return Found{Value: unixDays(y, m, 1), Unit: MonthUnit}, j + 1, true
			}
			d, err := strconv.Atoi(ts[j].s)
			if err != nil || d < 1 || d > 31 {
				return Found{}, i, false
			}
			end := j + 1
			if end+1 < len(ts) && ts[end].s == "-" && ts[end+1].num {
				end += 2
			}
			y, yes := 0, false
			if end+1 < len(ts) && ts[end].s == "," && isYear(ts[end+1].s) {
				y, _ = strconv.Atoi(ts[end+1].s)
				end, yes = end+2, true
			}
			return dayFound(y, yes, m, d, pub), end, true
		}
		return Found{}, i, false
	}
	// "24 February 2022".
	if t.num && i+1 < len(ts) {
		if m, ok := monthNames[ts[i+1].low]; ok && len(ts[i+1].low) > 3 && ts[i+1].cap {
			d, err := strconv.Atoi(t.s)
			if err != nil || d < 1 || d > 31 {
				return Found{}, i, false
			}
			end := i + 2
			y, yes := 0, false
			if end < len(ts) && isYear(ts[end].s) {
				y, _ = strconv.Atoi(ts[end].s)
				end, yes = end+1, true
			}
			return dayFound(y, yes, m, d, pub), end, true
		}
	}
	if wd, ok := weekdayNames[t.low]; ok && t.cap {
		end := i + 1
		if end < len(ts) {
			switch ts[end].low {
			case "morning", "afternoon", "evening", "night":
				end++
			}
		}
		if pub.IsZero() {
			return Found{Unit: RelativeDate}, end, true
		}
		p := pub.Time
		delta := (int(p.Weekday()) - int(wd) + 7) % 7
		day := p.AddDate(0, 0, -delta)
		if (future || wouldBefore(ts, i)) && !pastVerbNear(ts, i, end) {
			day = p.AddDate(0, 0, (int(wd)-int(p.Weekday())+7)%7)
		}
		return Found{Value: unixDays(day.Year(), day.Month(), day.Day()), Unit: DateUnit}, end, true
	}
	switch t.low {
	case "yesterday", "today", "tomorrow", "tonight":
		if pub.IsZero() {
			return Found{Unit: RelativeDate}, i + 1, true
		}
		off := map[string]int{"yesterday": -1, "tomorrow": 1}[t.low]
		d := pub.Time.AddDate(0, 0, off)
		return Found{Value: unixDays(d.Year(), d.Month(), d.Day()), Unit: DateUnit}, i + 1, true
	case "last", "next", "this":
		if i+1 >= len(ts) {
			return Found{}, i, false
		}
		off := map[string]int{"last": -1, "next": 1}[t.low]
		unit := ts[i+1].low
		if unit != "year" && unit != "month" && unit != "week" {
			return Found{}, i, false
		}
		if pub.IsZero() {
			return Found{Unit: RelativeDate}, i + 2, true
		}
		p := pub.Time
		switch unit {
		case "year":
			return Found{Value: float64(p.Year() + off), Unit: YearUnit}, i + 2, true
		case "month":
			d := time.Date(p.Year(), p.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
			return Found{Value: unixDays(d.Year(), d.Month(), 1), Unit: MonthUnit}, i + 2, true
		}
		d := p.AddDate(0, 0, 7*off-(int(p.Weekday())+6)%7)
		return Found{Value: unixDays(d.Year(), d.Month(), d.Day()), Unit: WeekUnit}, i + 2, true
	}
	return Found{}, i, false
}

// dayFound makes a date; without a year it takes the year that puts it
// nearest the publication ("January 1" written in late December is the
// coming one), and without either it is a relative date.
func dayFound(y int, hasYear bool, m time.Month, d int, pub crosscheck.Date) Found {
	if hasYear {
		return Found{Value: unixDays(y, m, d), Unit: DateUnit}
	}
	if pub.IsZero() {
		return Found{Unit: RelativeDate}
	}
	p := unixDays(pub.Time.Year(), pub.Time.Month(), pub.Time.Day())
	best := unixDays(pub.Time.Year(), m, d)
	for _, y := range []int{pub.Time.Year() - 1, pub.Time.Year() + 1} {
		if v := unixDays(y, m, d); math.Abs(v-p) < math.Abs(best-p) {
			best = v
		}
	}
	return Found{Value: best, Unit: DateUnit}
}

// isQuoteMark reports whether a token is a double quotation mark.
func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„":
		return true
	}
	return false
}

// pastVerbs are common irregular past tenses that tell a weekday next to
// them is past whatever else the sentence says.
var pastVerbs = map[string]bool{
	"said": true, "told": true, "wrote": true, "made": true, "met": true, "took": true,
	"gave": true, "came": true, "went": true, "spoke": true, "held": true, "began": true,
	"left": true, "won": true, "lost": true, "sent": true, "saw": true, "was": true, "were": true,
}

// wouldBefore reports whether "would" stands shortly before the weekday at
// ts[i], in its clause: "said he would visit on Saturday" speaks of the
// coming Saturday, though "would" elsewhere in a sentence tells nothing.
func wouldBefore(ts []tok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch ts[j].low {
		case "would":
			return true
		case ",", ";", ":", "—", "–", "\"", "“", "”":
			return false
		}
	}
	return false
}

// pastVerbNear reports whether the words right around the weekday at
// ts[i:end] are a past-tense verb ("wrote Thursday", "on Saturday
// accelerated"), so the weekday is the last one even in a sentence that
// also speaks of the future.
func pastVerbNear(ts []tok, i, end int) bool {
	j := i - 1
	if j >= 0 && (ts[j].low == "on" || ts[j].low == "late" || ts[j].low == "early") {
		j--
	}
	for _, k := range []int{j, end} {
		if k < 0 || k >= len(ts) || ts[k].num || ts[k].cap && k == end {
			continue
		}
		w := ts[k].low
		// "to be arraigned Thursday" is a passive, not a past.
		passive := k > 0 && (ts[k-1].low == "be" || ts[k-1].low == "been")
		if pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !futureCues[w] && !passive {
			return true
		}
	}
	return false
}
