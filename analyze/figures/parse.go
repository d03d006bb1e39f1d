package figures

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck"
	"crosscheck/internal/lexicon"
	"crosscheck/internal/textproc"
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
	Age          = "age"           // a person's age in years ("90-year-old", "aged 90", "Smith, 90,")
	// TimeOfDay is a time on the clock ("2:40 a.m.", "noon"): Value is
	// minutes after midnight, and Low and High the minutes its precision
	// and qualifier allow ("shortly after 2:40 a.m." is [160, 205]).
	TimeOfDay = "time of day"
	// Tally is a vote or a score ("voted 5-2", "a 2-1 victory"): Value is
	// its larger number plus the smaller in thousandths (5.002), so that
	// "5-2" and "2-5" are one tally and every other tally another value.
	Tally = "tally"
	// Celsius is a temperature with its scale given, in degrees Celsius
	// ("80 degrees Fahrenheit" is 26.7).
	Celsius = "degrees Celsius"
	// Magnitude is the size of an earthquake on a magnitude scale
	// ("magnitude 6.8", "a 6.3-magnitude quake").
	Magnitude = "magnitudes"
	// Speed is a speed in kilometers an hour ("110 mph", "177 km/h",
	// "105 miles per hour", "95 knots").
	Speed = "km/h"
	// LightYears is a distance of astronomy ("124 light-years away").
	LightYears = "light-years"
	// OrdinalPrefix opens the unit of a place in an order, followed by
	// what is ordered ("the 104th minute": 104 "ordinal minute"; "the
	// third time": 3 "ordinal time").
	OrdinalPrefix = "ordinal "
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
	// than 5" is [4.5, +Inf), "nearly 90" is [76.075, 90.5]; a range
	// ("between $19 and $22 million") spans both ends and has the lower
	// as its Value. For dates they are the first and last day, as days
	// since 1970-01-01, that the text allows: a year spans its 365 days,
	// "mid-May" the middle of May, "earlier this month" the days of the
	// month before publication.
	Low, High float64
	// Span is set for a stretch of time given by its two ends ("from 1967
	// to 1979", "2007–2014"): Value, Low and High are its first end, To,
	// ToLow and ToHigh its last. Two spans agree when both ends agree; a
	// span and a single date are not the same quantity.
	Span              bool
	To, ToLow, ToHigh float64
	// Start and End are the byte range of Text in the sentence.
	Start, End int
}

// tok is a token of a sentence: a word, a number or a symbol.
type tok struct {
	s          string
	low        string
	start, end int
	num        bool
	cap        bool  // starts with a capital letter
	starts     uint8 // what the word may start, from startFlags
}

// What a word may start, so that the parsers of ranges and vague dates
// look a word up once, in tokens, not each on its own.
const (
	startsRange = 1 << iota // "between", a number word, a currency sign
	startsVague             // "mid", "earlier", "last", a month name
)

var startFlags = func() map[string]uint8 {
	m := map[string]uint8{"between": startsRange}
	for w := range smallNumbers {
		m[w] |= startsRange
	}
	for w := range currencies {
		m[w] |= startsRange
	}
	m["earlier"] |= startsVague
	m["later"] |= startsVague
	for w := range monthParts {
		m[w] |= startsVague
	}
	for w := range monthNames {
		m[w] |= startsVague
	}
	for w := range relativeOffsets {
		m[w] |= startsVague
	}
	return m
}()

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
			// "170, 000": a tokenised text's thousands written apart. Only
			// whole thousands: "March 3, 200 people" is a date and a count.
			for i-start <= 3 && strings.HasPrefix(s[i:], ", 000") && (i+5 == len(s) || !isDigit(s[i+5])) {
				i += 5
			}
			if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
				i = digitsEnd(s, i+1)
			} else if e := apartDecimal(s, start, i); e > i {
				i = e
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
		if r >= '0' && r <= '9' && strings.Contains(w, " ") {
			w = strings.ReplaceAll(strings.ReplaceAll(w, ", ", ""), " ", "")
		}
		low := strings.ToLower(w)
		for _, suf := range []string{"'s", "’s"} {
			low = strings.TrimSuffix(low, suf)
		}
		out = append(out, tok{s: w, low: low, start: start, end: i, num: isDigit(w[0]), cap: unicode.IsUpper(r), starts: startFlags[low]})
	}
	return out
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// apartDecimal returns where a number that a tokenised text wrote with its
// decimal point apart ends ("6 . 1" and "6. 1" are 6.1), or end when the digits from
// start to end are no such number: one to three digits before the point,
// one or two after it and no more, as textproc's sentences read it.
func apartDecimal(s string, start, end int) int {
	if end-start > 3 || start > 0 && s[start-1] != ' ' {
		return end
	}
	k := end
	switch {
	case strings.HasPrefix(s[end:], " . "):
		k += 3
	case strings.HasPrefix(s[end:], ". "):
		k += 2
	default:
		return end
	}
	if k >= len(s) || !isDigit(s[k]) {
		return end
	}
	e := digitsEnd(s, k)
	if e-k > 2 || e < len(s) && s[e] != ' ' {
		return end
	}
	return e
}

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

// NumberValue returns the value of a number written in digits ("1,200")
// or as a small number word ("three").
func NumberValue(w string) (float64, bool) {
	if v, ok := smallNumbers[strings.ToLower(w)]; ok {
		return float64(v), true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	return v, err == nil && !math.IsInf(v, 0) && !math.IsNaN(v)
}

// IsNumberWord reports whether w, in lower case, is a number written out
// ("seven", "twenty", "dozen").
func IsNumberWord(w string) bool {
	_, ok := smallNumbers[w]
	return ok
}

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

// dollarPrefixes, written right before a dollar sign, name whose dollars
// they are: "C$11.7 billion", "A$40 million".
var dollarPrefixes = map[string]string{
	"C": "CAD", "CA": "CAD", "CAN": "CAD", "A": "AUD", "AU": "AUD", "NZ": "NZD", "HK": "HKD",
	"S": "SGD", "US": "USD", "R": "BRL", "MX": "MXN", "NT": "TWD",
}

// currencyAt returns the currency of the sign at token i, if it is one.
func currencyAt(ts []tok, i int) (string, bool) {
	c, ok := currencies[ts[i].s]
	if ok && ts[i].s == "$" && i > 0 && ts[i-1].end == ts[i].start {
		if p, ok := dollarPrefixes[ts[i-1].s]; ok {
			return p, true
		}
	}
	return c, ok
}

// namedCurrencies are currencies written as a country's word before the
// currency's ("50 million Australian dollars", "Canadian dollars", "Swiss
// francs"): the words, in order and lower case, and the code.
var namedCurrencies = []struct {
	words []string
	code  string
}{
	{[]string{"australian", "dollars"}, "AUD"}, {[]string{"australian", "dollar"}, "AUD"},
	{[]string{"canadian", "dollars"}, "CAD"}, {[]string{"canadian", "dollar"}, "CAD"},
	{[]string{"new", "zealand", "dollars"}, "NZD"}, {[]string{"hong", "kong", "dollars"}, "HKD"},
	{[]string{"singapore", "dollars"}, "SGD"}, {[]string{"taiwan", "dollars"}, "TWD"},
	{[]string{"new", "taiwan", "dollars"}, "TWD"}, {[]string{"mexican", "pesos"}, "MXN"},
	{[]string{"brazilian", "reais"}, "BRL"}, {[]string{"swiss", "francs"}, "CHF"},
	{[]string{"indian", "rupees"}, "INR"}, {[]string{"pakistani", "rupees"}, "PKR"},
	{[]string{"south", "african", "rand"}, "ZAR"}, {[]string{"us", "dollars"}, "USD"},
	{[]string{"american", "dollars"}, "USD"},
}

// namedCurrencyAt returns the currency written with its country's word at
// token j ("Australian dollars") and the token after it.
func namedCurrencyAt(ts []tok, j int) (string, int, bool) {
	for _, c := range namedCurrencies {
		if j+len(c.words) > len(ts) {
			continue
		}
		ok := true
		for k, w := range c.words {
			if ts[j+k].low != w {
				ok = false
				break
			}
		}
		if ok {
			return c.code, j + len(c.words), true
		}
	}
	return "", j, false
}

var currencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yen": "JPY",
	"rubles": "RUB", "roubles": "RUB", "yuan": "CNY", "rupees": "INR", "hryvnias": "UAH",
	"rand": "ZAR", "naira": "NGN", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "zlotys": "PLN",
	"zloty": "PLN", "shekels": "ILS", "reais": "BRL",
}

// subunits are a currency's hundredths: "410 pence" is 4.10 pounds, "99
// cents" 0.99 dollars, so that they compare with the same sums told in
// whole units.
var subunits = map[string]struct {
	unit   string
	factor float64
}{
	"cents": {"USD", 0.01}, "pence": {"GBP", 0.01}, "eurocents": {"EUR", 0.01},
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

// closePrice are what a market's close sets: "the closing price", "the
// closing stock price".
var closePrice = map[string]bool{"price": true, "prices": true, "level": true, "bell": true}

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

// IsQualifierWord reports whether a lower-case word belongs to a phrase that
// widens a figure ("more than", "about", "at least") or to a number's scale
// ("million").
func IsQualifierWord(w string) bool {
	for _, q := range qualifiers {
		for _, x := range q.words {
			if x == w {
				return true
			}
		}
	}
	_, ok := scales[w]
	return ok || w == "of" || w == "dozen" || w == "dozens"
}

// qualifier is a phrase before a figure that widens it to a range: the
// factors apply to its bounds.
type qualifier struct {
	words     []string
	low, high float64
	// about marks a hedge either way ("about", "roughly"), whose width
	// follows the precision of the number it hedges (hedgeWidth).
	about bool
	// short marks a hedge from below ("nearly", "almost") of the same
	// width: "nearly $49 million" is $48.6 million, not $46.8 million,
	// which its writer would have called nearly $47 million.
	short bool
	// amount marks a verb that bounds only counts and sums, not dates.
	amount bool
}

var qualifiers = []qualifier{
	{words: []string{"more", "than"}, low: 1, high: math.Inf(1)},
	{words: []string{"over"}, low: 1, high: math.Inf(1)},
	{words: []string{"above"}, low: 1, high: math.Inf(1)},
	{words: []string{"in", "excess", "of"}, low: 1, high: math.Inf(1)},
	{words: []string{"at", "least"}, low: 1, high: math.Inf(1)},
	{words: []string{"just", "over"}, low: 1, high: 1.15},
	{words: []string{"upwards", "of"}, low: 1, high: math.Inf(1)},
	// A count that has "topped 400" or "surpassed 400" is past it; a
	// date is not ("exceeded last year's").
	{words: []string{"topped"}, low: 1, high: math.Inf(1), amount: true},
	{words: []string{"surpassed"}, low: 1, high: math.Inf(1), amount: true},
	{words: []string{"exceeded"}, low: 1, high: math.Inf(1), amount: true},
	{words: []string{"less", "than"}, low: 0, high: 1},
	{words: []string{"fewer", "than"}, low: 0, high: 1},
	{words: []string{"under"}, low: 0, high: 1},
	{words: []string{"below"}, low: 0, high: 1},
	{words: []string{"up", "to"}, low: 0, high: 1},
	{words: []string{"at", "most"}, low: 0, high: 1},
	{words: []string{"within"}, low: 0, high: 1},
	{words: []string{"just", "under"}, low: 0.85, high: 1, short: true},
	{words: []string{"nearly"}, low: 0.85, high: 1, short: true},
	{words: []string{"almost"}, low: 0.85, high: 1, short: true},
	{words: []string{"close", "to"}, low: 0.85, high: 1.05},
	{words: []string{"about"}, low: 0.9, high: 1.1, about: true},
	{words: []string{"around"}, low: 0.9, high: 1.1, about: true},
	{words: []string{"approximately"}, low: 0.9, high: 1.1, about: true},
	{words: []string{"roughly"}, low: 0.9, high: 1.1, about: true},
	{words: []string{"some"}, low: 0.9, high: 1.1, about: true},
	{words: []string{"an", "estimated"}, low: 0.9, high: 1.1, about: true},
	{words: []string{"estimated"}, low: 0.9, high: 1.1, about: true},
}

// Parse finds the figures in a sentence: sums of money, percentages,
// counts of things, durations, ages, dates and relative dates
// ("Wednesday", "last year", "earlier this month"), which it resolves
// against published, and ranges of these ("between $19 and $22 million",
// "1967 to 1979"). When published is zero, relative dates keep the unit
// RelativeDate and Value 0.
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
		future[quoted] = future[quoted] || futureCues[t.low] && !nounPlans(ts, k)
	}
	var out []Found
	done := 0      // tokens before done belong to an earlier figure
	quake := false // whether a magnitude was read
	for i := 0; i < len(ts); {
		q := 0
		if inQuote[i] {
			q = 1
		}
		f, next, ok := parseTally(ts, i)
		if !ok {
			f, next, ok = parseClock(ts, i)
		}
		if !ok {
			f, next, ok = parseTimeOfDay(ts, i)
		}
		if !ok {
			f, next, ok = parseMagnitude(ts, i)
		}
		if !ok && quake {
			f, next, ok = laterMagnitude(ts, i)
		}
		quake = quake || ok && f.Unit == Magnitude
		if !ok {
			f, next, ok = parseOrdinal(ts, i)
		}
		ranged := false
		if !ok {
			f, next, ok = parseRange(ts, i, published, future[q])
			ranged = ok
		}
		if !ok {
			f, next, ok = parseFromEnd(ts, i, published, future[q])
		}
		if !ok {
			f, next, ok = parseAt(ts, i, published, future[q])
		}
		if !ok {
			i++
			continue
		}
		if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) || math.IsInf(f.To, 0) || math.IsNaN(f.To) {
			// Too large to be a figure, and no JSON number.
			i = next
			continue
		}
		start := i
		lo, hi := 1.0, 1.0
		if q, n := qualifierBefore(ts, i); n > 0 && i-n >= done && !f.Span && !(q.amount && (isDateUnit(f.Unit) || f.Unit == TimeOfDay)) {
			start = i - n
			lo, hi = q.low, q.high
			if q.about && !ranged {
				// A range hedged ("about 12 to 15 hours") is vague
				// enough already.
				w := hedgeWidth(ts[i:next])
				lo, hi = 1-w, 1+w
			}
			if q.short && !ranged {
				lo = 1 - hedgeWidth(ts[i:next])
			}
		}
		if f.Low == 0 && f.High == 0 {
			f.Low, f.High = f.Value, f.Value
			if isDateUnit(f.Unit) {
				f.Low, f.High = dayBounds(f.Unit, f.Value)
			}
		}
		if f.Unit == YearUnit && !f.Span {
			start = partOfYear(ts, start, done, &f)
		}
		f.Start, f.End = ts[start].start, ts[next-1].end
		f.Text = sentence[f.Start:f.End]
		switch {
		case f.Unit == Celsius:
			// A temperature has no true zero to scale from: a hedge
			// widens it by degrees ("about 80 degrees Fahrenheit" is 80
			// give or take a few).
			switch {
			case math.IsInf(hi, 1):
				f.High = hi
			case lo == 0:
				f.Low = math.Inf(-1)
			case lo != 1 || hi != 1:
				f.Low, f.High = f.Low-hedgedDegrees, f.High+hedgedDegrees
			}
		case !isDateUnit(f.Unit) && f.Unit != TimeOfDay:
			f.Low, f.High = f.Low*lo, f.High*hi
			if math.IsNaN(f.High) {
				f.High = math.Inf(1)
			}
		case f.Unit == DateUnit && math.IsInf(hi, 1) && strings.HasSuffix(strings.ToLower(f.Text), " ago"):
			// "more than a decade ago": at least that long before, as far
			// back as a century.
			f.Low = f.Value - agoReachDays
		}
		out = append(out, f)
		i, done = next, next
	}
	return joinDurations(sentence, out)
}

// durationScale returns how many minutes the unit of a span of time
// written in words counts, by its text ("2 hours", "22 minutes", "9
// seconds"), or 0.
func durationScale(text string) float64 {
	low := strings.ToLower(text)
	switch {
	case strings.HasSuffix(low, "hours") || strings.HasSuffix(low, "hour"):
		return 60
	case strings.HasSuffix(low, "minutes") || strings.HasSuffix(low, "minute"):
		return 1
	case strings.HasSuffix(low, "seconds") || strings.HasSuffix(low, "second"):
		return 1.0 / 60
	}
	return 0
}

// joinDurations makes one span of time of the parts a sentence writes
// in a row, from the largest unit down: "2 hours, 22 minutes and 9
// seconds" is 142.15 minutes, told to the second, and "3 hours and 40
// minutes" 220 minutes, not 180 and 40.
func joinDurations(sentence string, fs []Found) []Found {
	out := fs[:0]
	for k := 0; k < len(fs); k++ {
		f := fs[k]
		scale := durationScale(f.Text)
		if f.Unit != Minutes || scale == 0 || f.Span {
			out = append(out, f)
			continue
		}
		last := scale
		for k+1 < len(fs) {
			g := fs[k+1]
			s := durationScale(g.Text)
			between := strings.TrimSpace(strings.Trim(sentence[f.End:g.Start], ", "))
			if g.Unit != Minutes || s == 0 || s >= last || g.Span || g.Low != g.High && g.Value != (g.Low+g.High)/2 ||
				between != "" && between != "and" {
				break
			}
			half := s / 2
			f.Value += g.Value
			f.Low, f.High = f.Value-half, f.Value+half
			f.End = g.End
			f.Text = sentence[f.Start:f.End]
			last = s
			k++
		}
		out = append(out, f)
	}
	return out
}

// hedgeWidth is how far, as a share of its value, a number hedged with
// "about" or "roughly" may lie from the truth. The writer chose how many
// digits to give: "about $8.9 billion" says the tenths are right, and
// leaves no room for $8.4 billion, while "about 40 people" or "about
// 1,200 jobs" round to the tens or hundreds. The width is one unit of
// the last digit that is not a trailing zero, at least 3% (no writer
// hedges "about 175" to within 2) and at most 10%; numbers in words
// ("about a dozen") keep 10%.
func hedgeWidth(ts []tok) float64 {
	for _, t := range ts {
		if !t.num {
			continue
		}
		s := strings.ReplaceAll(t.s, ",", "")
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v <= 0 {
			break
		}
		unit := 1.0
		if d := strings.IndexByte(s, '.'); d >= 0 {
			unit = math.Pow(10, -float64(len(s)-d-1))
		} else {
			for k := len(s) - 1; k > 0 && s[k] == '0'; k-- {
				unit *= 10
			}
		}
		return min(max(unit/v, minHedge), maxHedge)
	}
	return maxHedge
}

// hedgedDegrees is how far, in degrees Celsius, a hedged temperature may
// lie from the truth.
const hedgedDegrees = 2

// minHedge and maxHedge bound hedgeWidth.
const (
	minHedge = 0.03
	maxHedge = 0.1
)

// yearParts are the parts of a year a business or a government plans by:
// how many months each is, by the word that names it.
var yearParts = map[string]int{"half": 6, "quarter": 3}

// partOrdinals number the parts of a year.
var partOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

// partOfYear narrows a year f, found at token start, to the part of it
// that the words before name: "the first half of 2027", "the fourth
// quarter of this year", "the end of 2026" (its last quarter), "the end
// of the first quarter of 2027" (that quarter's last month). It returns
// the token the figure then starts at, which is no earlier than done.
func partOfYear(ts []tok, start, done int, f *Found) int {
	k := start - 1
	if k >= done && ts[k].low == "the" {
		k--
	}
	if k-2 >= done && ts[k].low == "of" {
		months, ord := yearParts[ts[k-1].low], partOrdinals[ts[k-2].low]
		if months > 0 && ord > 0 && ord*months <= 12 {
			y := int(f.Value)
			m := time.Month((ord-1)*months + 1)
			f.Low, f.High = unixDays(y, m, 1), unixDays(y, m+time.Month(months), 1)-1
			start = k - 2
			if start-1 >= done && ts[start-1].low == "the" {
				start--
			}
			k = start - 1
		}
	}
	// "the end of": the part's last quarter, or a quarter's last month.
	if k-1 >= done && ts[k].low == "of" && ts[k-1].low == "end" {
		span := 92.0
		if f.High-f.Low < 100 {
			span = 31
		}
		f.Low = math.Max(f.Low, f.High-span+1)
		start = k - 1
		if start-1 >= done && ts[start-1].low == "the" {
			start--
		}
	}
	return start
}

// dayBounds returns the first and last day, as days since 1970-01-01, of
// a date of the given unit and value.
func dayBounds(unit string, v float64) (float64, float64) {
	switch unit {
	case MonthUnit:
		t := time.Unix(int64(v)*86400, 0).UTC()
		return v, unixDays(t.Year(), t.Month()+1, 1) - 1
	case WeekUnit:
		return v, v + 6
	case YearUnit:
		y := int(v)
		return unixDays(y, 1, 1), unixDays(y, 12, 31)
	}
	return v, v
}

// parseRange reads a range or a span at token i: "between $19 and $22
// million", "19 to 22 percent", "two to three hours", "1967 to 1979",
// "2007–2014". The first end takes the scale and unit of the second
// ("$19" is 19 million). Years make a span, other figures a range of
// uncertainty. "from 5 to 7 percent" tells of a change, not a range, and
// is left to parseAt.
func parseRange(ts []tok, i int, pub crosscheck.Date, future bool) (Found, int, bool) {
	// Most tokens start no range: a word that is no number nor "between",
	// a symbol that is no currency.
	if !ts[i].num && ts[i].starts&startsRange == 0 {
		return Found{}, i, false
	}
	k := i
	between := ts[i].low == "between"
	if between {
		k++
	}
	if i > 0 && ts[i-1].low == "from" && !(k < len(ts) && isYear(ts[k].s)) {
		return Found{}, i, false
	}
	cur := ""
	if k < len(ts) {
		if c, ok := currencyAt(ts, k); ok {
			cur, k = c, k+1
		}
	}
	if k >= len(ts) || !ts[k].num && smallNumbers[ts[k].low] == 0 {
		return Found{}, i, false
	}
	v1, ulp1, j, ok := number(ts, k)
	if !ok || j+1 >= len(ts) {
		return Found{}, i, false
	}
	conn := ts[j].low
	dash := conn == "-" || conn == "–" || conn == "—"
	switch {
	case between && conn == "and", !between && (conn == "to" || conn == "through"):
	case !between && dash && ts[j].start-ts[j-1].end <= 1 && ts[j+1].start-ts[j].end <= 1:
	default:
		return Found{}, i, false
	}
	m := j + 1
	if c, ok := currencyAt(ts, m); ok {
		if cur != "" && c != cur || m+1 >= len(ts) {
			return Found{}, i, false
		}
		m++
	}
	if !ts[m].num && smallNumbers[ts[m].low] == 0 {
		return Found{}, i, false
	}
	// The second end as written, without its scale word.
	raw := smallNumbers[ts[m].low]
	if ts[m].num {
		raw, _ = strconv.ParseFloat(strings.ReplaceAll(ts[m].s, ",", ""), 64)
	}
	if raw == 0 {
		return Found{}, i, false
	}
	// "the 1982-83 season", "from 1978 - 89": a year and the last two
	// digits of a later one.
	if dash && isYear(ts[k].s) && j == k+1 && cur == "" && m == j+1 && ts[m].num && len(ts[m].s) == 2 && ts[m].s[0] >= '0' && ts[m].s[0] <= '9' && ts[m].s[1] >= '0' && ts[m].s[1] <= '9' {
		to := float64(int(v1)/100*100) + raw
		if to <= v1 {
			to += 100
		}
		lo, hi := dayBounds(YearUnit, v1)
		tlo, thi := dayBounds(YearUnit, to)
		return Found{Value: v1, Unit: YearUnit, Low: lo, High: hi, Span: true, To: to, ToLow: tlo, ToHigh: thi}, m + 1, true
	}
	g, next, ok := parseAt(ts, j+1, pub, future)
	if !ok || g.Span {
		return Found{}, i, false
	}
	if g.Unit == YearUnit {
		if !isYear(ts[k].s) || j != k+1 || cur != "" {
			return Found{}, i, false
		}
		lo, hi := dayBounds(YearUnit, v1)
		tlo, thi := dayBounds(YearUnit, g.Value)
		return Found{Value: v1, Unit: YearUnit, Low: lo, High: hi, Span: true, To: g.Value, ToLow: tlo, ToHigh: thi}, next, true
	}
	if isDateUnit(g.Unit) || g.Unit == Age || cur != "" && g.Unit != cur {
		return Found{}, i, false
	}
	// The first end keeps its own scale ("$500,000 to $1 million") and
	// takes the second's otherwise ("$19 to $22 million").
	factor := 1.0
	if _, scaled := scales[ts[j-1].low]; !scaled || j-1 == k {
		factor = g.Value / raw
	}
	v, ulp := v1*factor, ulp1*factor
	if v > g.Value {
		return Found{}, i, false
	}
	return Found{Value: v, Unit: g.Unit, Low: v - ulp/2, High: g.High}, next, true
}

// parseFromEnd reads the first end of a change told from one value to
// another when only the second names the unit: "rose from 5 to 7
// percent", "from 5.00 to 5.70 reais". The first end takes the unit and
// the scale of the second ("from 40 to 55 million"), unless it has a
// scale of its own; the second is read next, as a figure of its own.
func parseFromEnd(ts []tok, i int, pub crosscheck.Date, future bool) (Found, int, bool) {
	if i == 0 || ts[i-1].low != "from" || !ts[i].num || isYear(ts[i].s) {
		return Found{}, i, false
	}
	v1, ulp1, j, ok := number(ts, i)
	if !ok || j+1 >= len(ts) || ts[j].low != "to" || !ts[j+1].num {
		return Found{}, i, false
	}
	g, _, ok := parseAt(ts, j+1, pub, future)
	if !ok || g.Span || isDateUnit(g.Unit) || g.Unit == Age || g.Unit == TimeOfDay || g.Unit == Celsius || g.Unit == "degrees" {
		return Found{}, i, false
	}
	raw, err := strconv.ParseFloat(strings.ReplaceAll(ts[j+1].s, ",", ""), 64)
	if err != nil || raw == 0 {
		return Found{}, i, false
	}
	// The second end's scale word, and the factor of its unit.
	scale := 1.0
	if j+2 < len(ts) {
		if x, ok := scales[ts[j+2].low]; ok {
			scale = x
		}
	}
	factor := g.Value / (raw * scale)
	if _, scaled := scales[ts[j-1].low]; (!scaled || j-1 == i) && v1 < 1000 {
		factor *= scale
	}
	v, ulp := v1*factor, ulp1*factor
	return Found{Value: v, Unit: g.Unit, Low: v - ulp/2, High: v + ulp/2}, j, true
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
	case t.low == "half" && j+1 < len(ts) && (ts[j].low == "a" || ts[j].low == "an") && ts[j+1].low == "dozen":
		// "half a dozen": six.
		v, j = 6, j+2
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

// rate reports whether "a" at token i makes a rate of what stands before
// it: a number, a number and its unit, or "once" or "twice".
func rate(ts []tok, i int) bool {
	switch {
	case i == 0:
		return false
	case ts[i-1].num, ts[i-1].low == "once", ts[i-1].low == "twice":
		return true
	}
	return i > 1 && ts[i-2].num
}

// parseAt reads a figure that starts at token i.
func parseAt(ts []tok, i int, pub crosscheck.Date, future bool) (Found, int, bool) {
	t := ts[i]
	if f, n, ok := parseDate(ts, i, pub, future); ok {
		return f, n, true
	}
	// Money with a currency sign: "$126 billion", "US$5m", "C$11.7
	// billion" (read from its prefix).
	if _, ok := dollarPrefixes[t.s]; ok && i+2 < len(ts) && ts[i+1].s == "$" && t.end == ts[i+1].start && ts[i+2].num {
		cur, _ := currencyAt(ts, i+1)
		v, ulp, j, ok := number(ts, i+2)
		if !ok {
			return Found{}, i, false
		}
		return rounded(Found{Value: v, Unit: cur}, ulp), j, true
	}
	// "R18 million": South African rand, told by its sign only before a
	// scale word (an "R" before a number is as often a name's).
	if t.s == "R" && i+2 < len(ts) && t.end == ts[i+1].start && ts[i+1].num && scales[ts[i+2].low] >= 1e6 {
		v, ulp, j, ok := number(ts, i+1)
		if !ok {
			return Found{}, i, false
		}
		return rounded(Found{Value: v, Unit: "ZAR"}, ulp), j, true
	}
	if cur, ok := currencyAt(ts, i); ok && i+1 < len(ts) && ts[i+1].num {
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
	// "an hour and a half", "a day"; not a rate ("$1,100 a month", "55
	// hours a week", "twice a day").
	if (t.low == "a" || t.low == "an") && i+1 < len(ts) && !rate(ts, i) {
		if d, ok := durations[ts[i+1].low]; ok && !strings.HasSuffix(ts[i+1].low, "s") && !ordinal(ts, i+1) {
			v, j := d, i+2
			v, j = andAHalf(ts, j, v, d)
			f, j := ago(Found{Value: v, Unit: Minutes}, ts, j, pub)
			return f, j, true
		}
	}
	// "half an hour".
	if t.low == "half" && i+2 < len(ts) && (ts[i+1].low == "an" || ts[i+1].low == "a") {
		if d, ok := durations[ts[i+2].low]; ok {
			return Found{Value: d / 2, Unit: Minutes}, i + 3, true
		}
	}
	// "half a percentage point", "a quarter of a percentage point", "a
	// quarter percentage point": a fraction of one point.
	if frac, ok := pointFractions[t.low]; ok {
		k := i + 1
		for k < len(ts) && k <= i+2 && (ts[k].low == "a" || ts[k].low == "of") {
			k++
		}
		if end, ok := percentagePoint(ts, k); ok {
			return Found{Value: frac, Unit: Points, Low: frac, High: frac}, end, true
		}
	}
	if isLabel(ts, i) {
		return Found{}, i, false
	}
	if f, ok := appositiveAge(ts, i); ok {
		return f, i + 1, true
	}
	// "aged 90", "at age 87", "at the age of 87".
	if t.low == "aged" || t.low == "age" {
		k := i + 1
		if t.low == "age" && k < len(ts) && ts[k].low == "of" {
			k++
		}
		if k < len(ts) && ts[k].num {
			if v, ulp, j, ok := number(ts, k); ok && v > 0 && v < 130 {
				return rounded(Found{Value: v, Unit: Age}, ulp), j, true
			}
		}
	}
	v, ulp, j, ok := number(ts, i)
	if !ok {
		return Found{}, i, false
	}
	// "six and a half years", "two and a half hours": a half more of the
	// unit after it, told nearer than to the half ("six years and three
	// months" is another term).
	if j+3 < len(ts) && ts[j].low == "and" && ts[j+1].low == "a" && ts[j+2].low == "half" && durations[ts[j+3].low] > 0 {
		v, ulp, j = v+0.5, 0.25, j+3
	}
	// "the 1930s": a decade, any year of which it holds.
	if t.num && isYear(t.s) && j == i+1 && j < len(ts) && ts[j].low == "s" && adjacent(ts, i) && strings.HasSuffix(t.s, "0") {
		y, _ := strconv.Atoi(t.s)
		lo, _ := dayBounds(YearUnit, float64(y))
		_, hi := dayBounds(YearUnit, float64(y+9))
		return Found{Value: float64(y), Unit: YearUnit, Low: lo, High: hi}, j + 1, true
	}
	if t.num && isYear(t.s) && j == i+1 && (j == len(ts) || !isLetters(ts[j].s) || ts[j].cap) {
		y, _ := strconv.Atoi(t.s)
		return Found{Value: float64(y), Unit: YearUnit}, j, true
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
	case n.low == "percentage" && j+1 < len(ts) && (ts[j+1].low == "points" || ts[j+1].low == "point"):
		return rounded(Found{Value: v, Unit: Points}, ulp), j + 2, true
	// "50 basis points" is half a percentage point.
	case n.low == "basis" && j+1 < len(ts) && (ts[j+1].low == "points" || ts[j+1].low == "point"):
		return rounded(Found{Value: v / 100, Unit: Points}, ulp/100), j + 2, true
	}
	if cur, end, ok := namedCurrencyAt(ts, j); ok {
		return rounded(Found{Value: v, Unit: cur}, ulp), end, true
	}
	if cur, ok := currencyWords[n.low]; ok {
		return rounded(Found{Value: v, Unit: cur}, ulp), j + 1, true
	}
	// "412 billion won": the Korean currency after a scale word, where
	// the verb "won" does not stand.
	if n.low == "won" && j > i && scales[ts[j-1].low] >= 1e6 {
		return rounded(Found{Value: v, Unit: "KRW"}, ulp), j + 1, true
	}
	if sub, ok := subunits[n.low]; ok {
		return rounded(Found{Value: v * sub.factor, Unit: sub.unit}, ulp*sub.factor), j + 1, true
	}
	// A duration, maybe hyphenated ("14-year").
	k := j
	if n.s == "-" && adjacent(ts, j-1) && adjacent(ts, j) {
		k = j + 1
	}
	if k < len(ts) {
		if d, ok := durations[ts[k].low]; ok {
			val, end := andAHalf(ts, k+1, v*d, d)
			// "six years and three months" is told to the month.
			step := ulp * d
			if more, sub, e := andSmaller(ts, end, d); e > end {
				val, step, end = val+more, sub, e
			}
			// "90-year-old", "16-year-olds", "90 years old": an age, in
			// years.
			if k > j && end+1 < len(ts) && ts[end].s == "-" && (ts[end+1].low == "old" || ts[end+1].low == "olds") {
				return rounded(Found{Value: val / durations["year"], Unit: Age}, ulp*d/durations["year"]), end + 2, true
			}
			if k == j && end < len(ts) && ts[end].low == "old" {
				return rounded(Found{Value: val / durations["year"], Unit: Age}, ulp*d/durations["year"]), end + 1, true
			}
			f, end := ago(rounded(Found{Value: val, Unit: Minutes}, step), ts, end, pub)
			return f, end, true
		}
		// "a 6.3 magnitude quake": a magnitude, hyphenated or not.
		if ts[k].low == "magnitude" && v > 0 && v < 10 {
			return rounded(Found{Value: v, Unit: Magnitude}, ulp), k + 1, true
		}
		// "a 48-page indictment", "a 35-word oath", "a 10-mile race": the
		// number counts the noun hyphenated to it.
		if w := ts[k].low; k > j && !ts[k].cap && isLetters(ts[k].s) && len(w) > 2 && k+1 < len(ts) && isLetters(ts[k+1].s) &&
			!strings.HasSuffix(w, "s") && w != "percent" && w != "point" && v != 1 {
			if _, ok := scales[w]; !ok {
				u, val, uu := measured(plural(w), v, ulp)
				return rounded(Found{Value: val, Unit: u}, uu), k + 1, true
			}
		}
	}
	// "48.6C", "116F", "46.8°C": a temperature written with its scale's
	// letter.
	if f, end, ok := scaleLetter(ts, i, j, v, ulp); ok {
		return f, end, true
	}
	if t.num && isYear(t.s) && j == i+1 {
		y, _ := strconv.Atoi(t.s)
		return Found{Value: float64(y), Unit: YearUnit}, j, true
	}
	// "a majority of 1,284", "a margin of 4,105": a winner's lead in
	// votes, whether or not the noun follows.
	if t.num && i >= 2 && ts[i-1].low == "of" && (ts[i-2].low == "majority" || ts[i-2].low == "margin") {
		end := j
		if end < len(ts) && ts[end].low == "votes" {
			end++
		}
		return rounded(Found{Value: v, Unit: "votes"}, ulp), end, true
	}
	// "six of the state's eight congressional districts": a part counts
	// what its whole does. A number of a scale word is whole too ("1.2
	// million of the state's 5 million voters").
	if j+1 < len(ts) && ts[j].low == "of" && v != 1 && ulp >= 1 {
		for k := j + 1; k < min(len(ts), j+5); k++ {
			w, _, end, ok := number(ts, k)
			if !ok {
				continue
			}
			if noun, _, ok := countedNoun(ts, end); ok && w > v {
				u, val, uu := measured(noun, v, ulp)
				if u == noun {
					return rounded(Found{Value: val, Unit: u}, uu), j, true
				}
			}
			break
		}
	}
	// "62,300 of its electric sport utility vehicles", "300 of their
	// employees", "4.3 million of its customers": a count of things named
	// after their owner. "Six of the deaths" is a part of a whole told
	// elsewhere, and counts none.
	if j+2 < len(ts) && ts[j].low == "of" && ownerWords[ts[j+1].low] && v != 1 && ulp >= 1 {
		if noun, end, ok := countedNounWithin(ts, j+2, maxOwnedWords); ok {
			u, val, uu := measured(noun, v, ulp)
			if u == noun {
				return rounded(Found{Value: val, Unit: u}, uu), end, true
			}
		}
	}
	if f, end, ok := speed(ts, j, v, ulp); ok {
		return f, end, true
	}
	// "124 light-years away": a distance of astronomy, in its own unit.
	if j+2 < len(ts) && ts[j].low == "light" && (ts[j+1].low == "years" || ts[j+1].s == "-" && j+2 < len(ts) && ts[j+2].low == "years") {
		end := j + 2
		if ts[j+1].s == "-" {
			end = j + 3
		}
		return rounded(Found{Value: v, Unit: LightYears}, ulp), end, true
	}
	// "One inmate was killed", "one person died": a toll of one, told by
	// the singular noun of a person right after "one" and the words of
	// a death. Elsewhere one person ("one worker was treated for burns")
	// is mostly one of others counted.
	if t.low == "one" && j+1 < len(ts) && lexicon.PersonNoun(ts[j].low) && oneDied(ts, j+1) {
		return Found{Value: 1, Unit: plural(ts[j].low), Low: 0.5, High: 1.5}, j + 1, true
	}
	// "The flood was blamed for one death": a toll of one, told by the
	// noun of a death.
	if t.low == "one" && j < len(ts) && deathNouns[ts[j].low] != "" && !(j+1 < len(ts) && ts[j+1].low == "of") {
		return Found{Value: 1, Unit: deathNouns[ts[j].low], Low: 0.5, High: 1.5}, j + 1, true
	}
	if noun, end, ok := countedNoun(ts, j); ok && v != 1 && !modelNumber(ts, i) {
		if noun == "tons" && end >= 2 && ts[end-2].low == "metric" {
			noun = "tonnes"
		}
		// "186 passengers and crew", "1,200 students and staff": a count
		// of two kinds of people together is of people, not of the first
		// kind.
		if end+1 < len(ts) && ts[end].low == "and" && PeoplePlural(noun) && (peopleGroups[ts[end+1].low] || PeoplePlural(ts[end+1].low)) {
			noun, end = "people", end+2
		}
		// "1,200 nautical miles" are 2,222 kilometers.
		if noun == "miles" && end >= 2 && ts[end-2].low == "nautical" {
			noun = "nautical miles"
		}
		if noun == "degrees" && end < len(ts) {
			// "80 degrees Fahrenheit" is "27 degrees Celsius"; degrees
			// with no scale may be either, or an angle, and stay apart.
			// "minus 8 degrees Fahrenheit" is below zero.
			if below(ts, i, end) {
				v = -v
			}
			switch ts[end].low {
			case "fahrenheit", "f":
				lo, hi := (v-ulp/2-32)*5/9, (v+ulp/2-32)*5/9
				return Found{Value: (v - 32) * 5 / 9, Unit: Celsius, Low: lo, High: hi}, end + 1, true
			case "celsius", "c", "centigrade":
				return rounded(Found{Value: v, Unit: Celsius}, ulp), end + 1, true
			}
		}
		u, val, uu := measured(noun, v, ulp)
		// "17,650 cubic feet", "2 square miles": a volume or an area
		// of a unit of length.
		if u == "meters" && end >= 2 {
			switch ts[end-2].low {
			case "cubic":
				f := val / v
				return rounded(Found{Value: v * f * f * f, Unit: "cubic meters"}, ulp*f*f*f), end, true
			case "square":
				f := val / v
				return rounded(Found{Value: v * f * f, Unit: "square meters"}, ulp*f*f), end, true
			}
		}
		return rounded(Found{Value: val, Unit: u}, uu), end, true
	}
	// "42 injured", "12 dead": the outcome stands for the people counted.
	if j < len(ts) && outcomeAsNoun[ts[j].low] && v != 1 {
		return rounded(Found{Value: v, Unit: ts[j].low}, ulp), j + 1, true
	}
	// "At least 14 died", "85 were injured", "killed at least 14", "the
	// death toll rose to nine": a bare number told with what befell people
	// counts people.
	if v != 1 && !isYear(ts[i].s) && casualties(ts, i, j) {
		return rounded(Found{Value: v, Unit: "people"}, ulp), j, true
	}
	// "Police put the crowd at about 12,000", "a crowd of 40,000": a
	// bare number told of a crowd counts people.
	if v != 1 && !isYear(ts[i].s) && crowdBefore(ts, i) {
		return rounded(Found{Value: v, Unit: "people"}, ulp), j, true
	}
	return Found{}, i, false
}

// crowdBefore reports whether a crowd stands right before the number at
// token i, past qualifiers and the words that tie a count to it ("the
// crowd at about", "a crowd of", "the crowd numbered").
func crowdBefore(ts []tok, i int) bool {
	k := i - 1
	for k >= 0 && (IsQualifierWord(ts[k].low) || crowdLinks[ts[k].low]) {
		k--
	}
	return k >= 0 && crowdNouns[ts[k].low]
}

// crowdNouns name a crowd; crowdLinks stand between one and its count.
var (
	crowdNouns = map[string]bool{"crowd": true, "crowds": true, "attendance": true, "audience": true, "gathering": true}
	crowdLinks = map[string]bool{"at": true, "of": true, "to": true, "was": true, "is": true, "numbered": true, "estimated": true, "put": true, "least": true, "than": true}
)

// casualties reports whether the bare number from token i to j counts
// people something befell: an outcome follows it ("14 died", "85 were
// injured") or comes right before it past a qualifier ("killed at least
// 14"), or a toll stands a few words before it ("the death toll rose to
// nine").
func casualties(ts []tok, i, j int) bool {
	for k := j; k < len(ts) && k <= j+3; k++ {
		if _, ok := outcomes[ts[k].low]; ok {
			return true
		}
		if !between[ts[k].low] {
			break
		}
	}
	k := i - 1
	for k >= 0 && (IsQualifierWord(ts[k].low) || ts[k].low == "at" || ts[k].low == "least" || ts[k].low == "than") {
		k--
	}
	if k >= 0 {
		if _, ok := outcomes[ts[k].low]; ok {
			return true
		}
	}
	return tollBefore(ts, i)
}

// tollBefore reports whether the number at token i is a toll's: "toll"
// stands right before it past words that tell where it stands ("a toll of
// at least 14", "the toll now stands at 21"), or earlier in the clause when
// a verb of a toll's moves stands right before it ("the death toll from
// tornadoes that struck on March 29 rose to nine").
func tollBefore(ts []tok, i int) bool {
	k := i - 1
	for k >= 0 && (tollLinks[ts[k].low] || IsQualifierWord(ts[k].low)) {
		k--
	}
	if k < 0 {
		return false
	}
	if w := ts[k].low; w == "toll" || w == "tolls" {
		return true
	}
	if !tollVerbs[ts[k].low] {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-tollReach; m-- {
		switch ts[m].s {
		case ";", ":", "—":
			return false
		}
		if w := ts[m].low; w == "toll" || w == "tolls" {
			return true
		}
	}
	return false
}

// tollReach is how many words before its verb a toll may stand.
const tollReach = 20

// tollLinks stand between a toll, or its verb, and its number.
var tollLinks = map[string]bool{"to": true, "at": true, "of": true, "least": true, "than": true, "now": true, "is": true, "was": true, "stood": true, "stands": true}

// tollVerbs tell a toll's moves: "rose to nine", "has risen to 14". A
// toll that stands or is ("stood at 21") stands right before its number
// past tollLinks.
var tollVerbs = map[string]bool{
	"rose": true, "risen": true, "rises": true, "climbed": true, "climbs": true, "jumped": true, "reached": true,
	"reaches": true, "hit": true, "increased": true, "grew": true,
}

// scaleLetter reads a number ending at token j followed directly by the
// letter of a temperature scale ("48.6C", "116F", "46.8°C"). A letter
// after a whole number ("seat 12F", "Flight 4C") is a label unless the
// sentence speaks of heat.
func scaleLetter(ts []tok, i, j int, v, ulp float64) (Found, int, bool) {
	if !ts[i].num || j >= len(ts) || !adjacent(ts, j-1) {
		return Found{}, i, false
	}
	k := j
	if ts[k].s == "°" && k+1 < len(ts) && adjacent(ts, k) {
		k++
	}
	scale := ts[k].s
	if scale != "C" && scale != "F" || k+1 < len(ts) && adjacent(ts, k) && isLetters(ts[k+1].s) {
		return Found{}, i, false
	}
	if k == j && !strings.Contains(ts[i].s, ".") && !slices.ContainsFunc(ts, func(t tok) bool { return heatWords[t.low] }) {
		return Found{}, i, false
	}
	if below(ts, i, k) {
		v = -v
	}
	if scale == "F" {
		lo, hi := (v-ulp/2-32)*5/9, (v+ulp/2-32)*5/9
		return Found{Value: (v - 32) * 5 / 9, Unit: Celsius, Low: lo, High: hi}, k + 1, true
	}
	return rounded(Found{Value: v, Unit: Celsius}, ulp), k + 1, true
}

// below reports whether the temperature whose number starts at token i
// and whose scale ends before token end is below zero: "minus 8 degrees",
// "−8°C", "-8 degrees" (a sign, not the dash of a range "20-30"), "8
// degrees below zero".
func below(ts []tok, i, end int) bool {
	if i > 0 {
		switch p := ts[i-1]; {
		case p.low == "minus":
			return true
		case (p.s == "-" || p.s == "−") && adjacent(ts, i-1) && (i < 2 || !adjacent(ts, i-2) || !ts[i-2].num):
			return true
		}
	}
	for k := end; k < len(ts) && k <= end+1; k++ {
		if ts[k].low == "below" {
			return k+1 < len(ts) && ts[k+1].low == "zero"
		}
	}
	return false
}

// heatWords tell that a sentence speaks of temperatures.
var heatWords = map[string]bool{
	"temperature": true, "temperatures": true, "mercury": true, "thermometer": true, "heat": true, "degrees": true,
	"hot": true, "cold": true, "warm": true, "freezing": true, "celsius": true, "fahrenheit": true,
}

// ordinal reports whether "second" at token k is an ordinal ("a second
// payment", "a second time") rather than a duration ("for a second").
func ordinal(ts []tok, k int) bool {
	if ts[k].low != "second" || k+1 >= len(ts) || !isLetters(ts[k+1].s) {
		return false
	}
	switch ts[k+1].low {
	case "later", "ago", "earlier", "longer", "or", "and", "before", "after":
		return false
	}
	return true
}

// agoReachDays is how far before its date "more than … ago" may reach.
const agoReachDays = 100 * 365

// ago turns a duration followed by "ago" ("two weeks ago") into the date
// it reaches back to from publication, give or take a third of its unit.
func ago(f Found, ts []tok, end int, pub crosscheck.Date) (Found, int) {
	if end >= len(ts) || ts[end].low != "ago" || f.Unit != Minutes {
		return f, end
	}
	if pub.IsZero() {
		return Found{Unit: RelativeDate}, end + 1
	}
	p := pub.Time
	today := unixDays(p.Year(), p.Month(), p.Day())
	back := math.Round(f.Value / durations["day"])
	slack := math.Floor((f.High - f.Low) / 2 / durations["day"])
	if back >= 7 {
		slack = math.Max(slack, math.Round(back/7))
	}
	return Found{Value: today - back, Unit: DateUnit, Low: today - back - slack, High: today - back + slack}, end + 1
}

// plural returns the plural of a singular English noun, so that "a
// 48-page indictment" and "48 pages" count the same unit.
// peopleGroups name people of a kind together, in the singular:
// "passengers and crew", "students and staff".
var peopleGroups = map[string]bool{"crew": true, "staff": true, "personnel": true, "faculty": true}

// PeoplePlural reports whether a lower-case plural names people of a
// kind: "passengers", "children", "firefighters", "policemen",
// "escapees".
func PeoplePlural(w string) bool {
	switch {
	case w == "people" || w == "women" || w == "children":
		return true
	case strings.HasSuffix(w, "men"):
		return lexicon.PersonNoun(w[:len(w)-3] + "man")
	case strings.HasSuffix(w, "ies"):
		return lexicon.PersonNoun(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "es") && lexicon.PersonNoun(w[:len(w)-2]):
		return true
	case strings.HasSuffix(w, "s"):
		return lexicon.PersonNoun(w[:len(w)-1])
	}
	return false
}

func plural(w string) string {
	switch {
	case w == "foot":
		return "feet"
	case w == "person":
		return "people"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "x"):
		return w + "es"
	}
	return w + "s"
}

// conversions map units of length, weight, area and volume to one unit
// each, so that "5 miles" and "8 kilometers" are compared.
var conversions = map[string]struct {
	unit   string
	factor float64
}{
	"miles": {"meters", 1609.344}, "nautical miles": {"meters", 1852}, "kilometers": {"meters", 1000}, "kilometres": {"meters", 1000},
	"meters": {"meters", 1}, "metres": {"meters", 1}, "feet": {"meters", 0.3048}, "yards": {"meters", 0.9144},
	"inches": {"meters", 0.0254}, "centimeters": {"meters", 0.01}, "centimetres": {"meters", 0.01},
	"kilograms": {"kilograms", 1}, "kilos": {"kilograms", 1}, "grams": {"kilograms", 0.001}, "lbs": {"kilograms", 0.45359237},
	"tonnes": {"kilograms", 1000}, "acres": {"hectares", 0.40468564}, "hectares": {"hectares", 1},
	"gallons": {"liters", 3.78541}, "liters": {"liters", 1}, "litres": {"liters", 1},
}

// IsMeasure reports whether a unit is one that lengths, weights, areas
// or volumes are converted to ("meters", "square meters", "hectares"):
// a quantity measured, not a count of things.
func IsMeasure(unit string) bool { return measureUnits[unit] }

// measureUnits are the units of conversions, and those of areas and
// volumes made of a length.
var measureUnits = func() map[string]bool {
	m := map[string]bool{"square meters": true, "cubic meters": true}
	for _, c := range conversions {
		m[c.unit] = true
	}
	return m
}()

// speedUnits are the kilometers an hour of a unit of speed written as
// one word.
var speedUnits = map[string]float64{"mph": 1.609344, "kph": 1, "kmh": 1, "knots": 1.852, "knot": 1.852}

// speed reads a unit of speed from token j, after a number v: "mph",
// "km/h", "knots", or miles or kilometers "per hour", "an hour" or "a
// hour". It returns the speed in kilometers an hour and the token after
// it.
func speed(ts []tok, j int, v, ulp float64) (Found, int, bool) {
	if j >= len(ts) {
		return Found{}, j, false
	}
	w := ts[j].low
	if f, ok := speedUnits[w]; ok {
		return rounded(Found{Value: v * f, Unit: Speed}, ulp*f), j + 1, true
	}
	// "km/h": the slash between two words.
	if (w == "km" || w == "mi") && j+2 < len(ts) && ts[j+1].s == "/" && ts[j+2].low == "h" {
		f := 1.0
		if w == "mi" {
			f = 1.609344
		}
		return rounded(Found{Value: v * f, Unit: Speed}, ulp*f), j + 3, true
	}
	var f float64
	switch w {
	case "miles", "mile":
		f = 1.609344
	case "kilometers", "kilometres", "kilometer", "kilometre", "km":
		f = 1
	case "nautical":
		if j+1 < len(ts) && strings.HasPrefix(ts[j+1].low, "mile") {
			f = 1.852
			j++
		}
	}
	if f == 0 || j+2 >= len(ts) {
		return Found{}, j, false
	}
	if p := ts[j+1].low; (p == "per" || p == "an" || p == "a") && ts[j+2].low == "hour" {
		return rounded(Found{Value: v * f, Unit: Speed}, ulp*f), j + 3, true
	}
	return Found{}, j, false
}

// shortTon and longTon are the weights, in kilograms, of the US and the
// British ton.
const (
	shortTon = 907.18474
	longTon  = 1016.0469088
)

// measured converts a count of a unit of measure to its common unit,
// with its rounding; other nouns pass unchanged.
func measured(noun string, v, ulp float64) (string, float64, float64) {
	if noun == "tons" {
		// A ton with no "metric" may be a short ton (907 kg, in the United
		// States), a metric one or a long one (1,016 kg): "60,000 metric
		// tons" is "roughly 66,000 tons" of a US report. The figure spans
		// all three.
		lo, hi := (v-ulp/2)*shortTon, (v+ulp/2)*longTon
		return "kilograms", (lo + hi) / 2, hi - lo
	}
	if c, ok := conversions[noun]; ok {
		return c.unit, v * c.factor, ulp * c.factor
	}
	return noun, v, ulp
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
		// A quotation, a dateline's dash or a colon opens a sentence of
		// its own: "LIMA, Peru — Four people were killed".
		if opensClause(p.s) {
			return false
		}
		return true
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
	// "defeated Jenna Marsh 54.2 percent to 45.1 percent": a share, which
	// no label is.
	if i+1 < len(ts) && (ts[i+1].low == "percent" || ts[i+1].s == "%") {
		return false
	}
	// The word that opens a sentence of its own after a dateline's dash,
	// a colon or a quotation mark is capitalised for that: "LIMA, Peru —
	// About 40 people", "— The 38 students". A function word or a
	// qualifier so written names nothing.
	if opensClause(ts[i-2].s) && (textproc.IsStopword(p.low) || qualifierStarts[p.low]) {
		return false
	}
	return p.cap && isLetters(p.s)
}

// opensClause reports whether a token opens a sentence of its own inside
// another: a quotation mark, a dateline's dash or a colon.
func opensClause(s string) bool {
	switch s {
	case "\"", "“", "‘", "—", "–", "--", ":":
		return true
	}
	return false
}

// qualifierStarts are the first words of the qualifiers.
var qualifierStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, q := range qualifiers {
		m[q.words[0]] = true
	}
	return m
}()

// tallyCuesBefore and tallyCuesAfter are the words near a pair of numbers
// joined by a dash ("voted 5-2", "beat Leeds 3-1", "a 2-1 victory") that
// make it a vote or a score.
var (
	tallyCuesBefore = map[string]bool{
		"voted": true, "vote": true, "voting": true, "votes": true, "beat": true, "beats": true, "defeated": true, "defeats": true,
		"edged": true, "won": true, "wins": true, "lost": true, "loses": true, "drew": true, "tied": true,
		"routed": true, "downed": true, "topped": true, "thrashed": true, "outscored": true,
		// A body that votes, and what it does by a vote: "passed the
		// Senate 27-13", "the justices ruled 6-3".
		"passed": true, "approved": true, "rejected": true, "confirmed": true, "adopted": true, "ruled": true, "cleared": true,
		// and the verbs a body's members vote with for or against a
		// measure: "backed the spending plan 174 to 159", "overrode the
		// veto 84-38".
		"backed": true, "supported": true, "opposed": true, "endorsed": true, "overrode": true, "upheld": true,
		"ratified": true, "authorized": true, "advanced": true, "sustained": true,
		"senate": true, "house": true, "assembly": true, "council": true, "committee": true, "panel": true, "chamber": true, "legislature": true,
		"court": true, "justices": true, "jury": true, "board": true,
		// What a count of votes or a score is called, and a body split
		// by one: "the final tally was 53-46", "the committee deadlocked
		// 10-10".
		"tally": true, "score": true, "split": true, "deadlocked": true, "divided": true,
	}
	tallyCuesAfter = map[string]bool{
		"vote": true, "votes": true, "victory": true, "win": true, "loss": true, "defeat": true,
		"decision": true, "margin": true, "majority": true, "ruling": true, "verdict": true, "opinion": true,
		"tie": true, "draw": true, "rout": true, "triumph": true, "tally": true, "split": true,
	}
	// tallyJoins are the words that may follow a vote spelled with "to"
	// and close it ("passed 63 to 36 and now heads to the House"), where a
	// counted noun would make the pair a range ("10 to 20 people").
	tallyJoins = map[string]bool{"on": true, "in": true, "and": true, "but": true, "with": true, "after": true, "as": true, "while": true, "to": true,
		"along": true, "before": true, "at": true, "late": true, "last": true, "this": true, "tonight": true, "yesterday": true, "today": true,
		"for": true, "against": true, "following": true, "amid": true, "despite": true, "during": true, "when": true,
		"because": true, "although": true, "though": true, "then": true}
)

// closesTally reports whether a word after a vote spelled with "to" ends
// it: a join of tallyJoins, a weekday ("passed 33 to 27 Tuesday") or an
// adverb ("passed the measure 33 to 27 shortly before midnight"), none of
// which is a thing counted as a range's noun is.
func closesTally(t tok) bool {
	if tallyJoins[t.low] {
		return true
	}
	if _, ok := weekdayNames[t.low]; ok {
		return true
	}
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ly") && t.low != "family" && t.low != "supply" && t.low != "assembly"
}

// parseTally reads a vote or a score at token i: two numbers of up to three
// digits joined by a dash, with a cue of tallyCuesBefore up to three words
// before it or of tallyCuesAfter up to two words after.
func parseTally(ts []tok, i int) (Found, int, bool) {
	if f, end, ok := parseForAgainst(ts, i); ok {
		return f, end, true
	}
	// "by 318 votes to 196": a division of a house, counted once.
	if i+3 < len(ts) && ts[i].num && ts[i+1].low == "votes" && ts[i+2].low == "to" && ts[i+3].num &&
		(i+4 == len(ts) || !isLetters(ts[i+4].s) || closesTally(ts[i+4])) {
		if a, b, ok := tallyNumbers(ts[i].s, ts[i+3].s); ok {
			v := float64(max(a, b)) + float64(min(a, b))/1000
			return Found{Value: v, Unit: Tally, Low: v, High: v}, i + 4, true
		}
	}
	if i+2 >= len(ts) || !ts[i].num || !ts[i+2].num {
		return Found{}, i, false
	}
	// "passed 58 to 41", "by a vote of 57 to 42": "to" joins a vote's
	// numbers only after a cue, with nothing counted after them.
	// A cue after them ("a 5 to 2 decision") is cue enough.
	spelled := ts[i+1].low == "to" && (i+3 == len(ts) || !isLetters(ts[i+3].s) || tallyCuesAfter[ts[i+3].low] || closesTally(ts[i+3]))
	cuedAfter := spelled && i+3 < len(ts) && tallyCuesAfter[ts[i+3].low]
	if !spelled && (!adjacent(ts, i) || !adjacent(ts, i+1) || ts[i+1].s != "-" && ts[i+1].s != "–") {
		return Found{}, i, false
	}
	a, b, ok := tallyNumbers(ts[i].s, ts[i+2].s)
	if !ok {
		return Found{}, i, false
	}
	// "lowering the voting age from 18 to 16": a change, not a vote.
	if spelled && i > 0 && ts[i-1].low == "from" {
		return Found{}, i, false
	}
	// Not part of a longer run ("1-2-3", "9-11-2001").
	if i+3 < len(ts) && adjacent(ts, i+2) && (ts[i+3].s == "-" || ts[i+3].s == "–" || ts[i+3].s == "/") ||
		i > 0 && adjacent(ts, i-1) && !isLetters(ts[i-1].s) && ts[i-1].s != "(" {
		return Found{}, i, false
	}
	cued := cuedAfter
	// "cleared the Commons on Tuesday evening by 318 to 196": after
	// "by", the cue may stand further back.
	back := 3
	if spelled && i > 0 && ts[i-1].low == "by" {
		back = 7
	}
	// "approved the rent stabilization ordinance 10 to 5 on Thursday":
	// a vote spelled with "to" may follow its verb's object, and so may
	// one with a dash that gives the larger number first ("approved the
	// contempt resolution 25-19"), as tallies are written and ranges
	// ("pages 10-20") are not.
	if (spelled || a >= b) && back < 6 {
		back = 6
	}
	// "passed a short-term government funding bill Thursday, 219-209":
	// a dash's vote with the larger number first may stand after its
	// verb's object and a day, set off by a comma.
	if !spelled && a > b && i > 1 && ts[i-1].s == "," {
		back = 10
	}
	for k := max(0, i-back); k < i && !cued; k++ {
		cued = tallyCuesBefore[ts[k].low]
	}
	// "The vote, announced by the union on Tuesday night, was 1,214 to
	// 203": a count stated as what the sentence's vote or tally was,
	// with its noun up to maxTallyNounBack words back.
	if !cued && spelled && i > 1 && (ts[i-1].low == "was" || ts[i-1].low == "is") {
		for k := max(0, i-1-maxTallyNounBack); k < i-1 && !cued; k++ {
			cued = tallyNouns[ts[k].low]
		}
	}
	// "struck down the map, ruling 4-3 that …": a court's vote right
	// after the word of its ruling, a noun that elsewhere ("the 4 to 3
	// ruling stood") cues nothing further on.
	if !cued && i > 0 && (ts[i-1].low == "ruling" || ts[i-1].low == "rules") {
		cued = true
	}
	for k := i + 3; k < min(len(ts), i+5) && !cued && !spelled; k++ {
		cued = tallyCuesAfter[ts[k].low]
	}
	if !cued {
		return Found{}, i, false
	}
	v := float64(max(a, b)) + float64(min(a, b))/1000
	return Found{Value: v, Unit: Tally, Low: v, High: v}, i + 3, true
}

// maxTallyNounBack is how many words before its "was" the noun of a
// vote told as what the vote was may stand.
const maxTallyNounBack = 20

// tallyNouns name a count of votes or a score as the subject of the
// sentence that states it.
var tallyNouns = map[string]bool{"vote": true, "tally": true, "score": true, "ballot": true}

// tallyNumbers reads the two numbers of a vote or a score: up to three
// digits each, or, for the larger, thousands written with commas ("voted
// 1,412 to 203", as a union's members or a party's delegates do), which
// tokens sets off only in groups of three. The smaller stays under a
// thousand, as a Tally's value holds it.
func tallyNumbers(x, y string) (a, b int, ok bool) {
	num := func(s string) (int, bool) {
		if len(s) > 7 || len(s) > 3 && !strings.Contains(s, ",") {
			return 0, false
		}
		n, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
		return n, err == nil
	}
	a, okA := num(x)
	b, okB := num(y)
	if !okA || !okB || min(a, b) > 999 {
		return 0, 0, false
	}
	return a, b, true
}

// parseForAgainst reads a vote told as the votes for and against it:
// "105 in favor and 91 against", "101 votes in favour and 91 against",
// "52 for and 47 against".
func parseForAgainst(ts []tok, i int) (Found, int, bool) {
	at := func(j int, ws ...string) bool { return j < len(ts) && slices.Contains(ws, ts[j].low) }
	if !ts[i].num {
		return Found{}, i, false
	}
	j := i + 1
	if at(j, "votes") {
		j++
	}
	switch {
	case at(j, "in") && at(j+1, "favor", "favour"):
		j += 2
	case at(j, "for"):
		j++
	default:
		return Found{}, i, false
	}
	if at(j, ",") {
		j++
	}
	if !at(j, "and", "with") || j+1 >= len(ts) || !ts[j+1].num {
		return Found{}, i, false
	}
	k := j + 2
	if at(k, "votes") {
		k++
	}
	if !at(k, "against", "opposed") {
		return Found{}, i, false
	}
	a, b, ok := tallyNumbers(ts[i].s, ts[j+1].s)
	if !ok {
		return Found{}, i, false
	}
	v := float64(max(a, b)) + float64(min(a, b))/1000
	return Found{Value: v, Unit: Tally, Low: v, High: v}, k + 1, true
}

// parseMagnitude reads a quake's magnitude written before its number
// ("measured at magnitude 6.7", "a magnitude-6.9 quake", "had a magnitude
// of 6.8"), in the unit of "a 6.7-magnitude quake".
func parseMagnitude(ts []tok, i int) (Found, int, bool) {
	if ts[i].low != "magnitude" {
		return Found{}, i, false
	}
	j := i + 1
	if j < len(ts) && ts[j].s == "-" && adjacent(ts, i) || j+1 < len(ts) && ts[j].low == "of" {
		j++
	}
	if j >= len(ts) || !ts[j].num {
		return Found{}, i, false
	}
	v, err := strconv.ParseFloat(ts[j].s, 64)
	if err != nil || v <= 0 || v >= 10 {
		return Found{}, i, false
	}
	return Found{Value: v, Unit: Magnitude}, j + 1, true
}

// laterMagnitude reads a bare number told after "at" or "to" in a sentence
// that gave a magnitude before it: "measured the quake at magnitude 7.0,
// while the U.S. Geological Survey put it at 6.8", "later revised to 6.9".
func laterMagnitude(ts []tok, i int) (Found, int, bool) {
	if i == 0 || !ts[i].num || !strings.Contains(ts[i].s, ".") || ts[i-1].low != "at" && ts[i-1].low != "to" {
		return Found{}, i, false
	}
	if i+1 < len(ts) && isLetters(ts[i+1].s) && !ts[i+1].cap && !textproc.IsStopword(ts[i+1].low) {
		// "at 6.8 kilometres": a number of something else.
		return Found{}, i, false
	}
	v, err := strconv.ParseFloat(ts[i].s, 64)
	if err != nil || v < 1 || v >= 10 {
		return Found{}, i, false
	}
	return Found{Value: v, Unit: Magnitude}, i + 1, true
}

// parseOrdinal reads a place in an order and the noun it orders: "in the
// 104th minute", "a 15th-century reliquary", "the third time". Written
// in digits it may order any noun; in words, only the nouns of
// orderedNouns, as "first" and "second" qualify much else ("the first
// round of talks", "a second payment").
func parseOrdinal(ts []tok, i int) (Found, int, bool) {
	v, j := 0, i+1
	switch {
	case ts[i].num && adjacent(ts, i) && i+1 < len(ts) && ordinalSuffixes[ts[i+1].low]:
		n, err := strconv.Atoi(ts[i].s)
		if err != nil || n <= 0 {
			return Found{}, i, false
		}
		v, j = n, i+2
	case ordinalWords[ts[i].low] > 0:
		v = ordinalWords[ts[i].low]
	default:
		return Found{}, i, false
	}
	if j < len(ts) && ts[j].s == "-" && adjacent(ts, j-1) {
		j++
	}
	if j >= len(ts) || !isLetters(ts[j].s) || ts[j].cap || textproc.IsStopword(ts[j].low) {
		return Found{}, i, false
	}
	noun := ts[j].low
	if !ts[i].num && !orderedNouns[noun] {
		return Found{}, i, false
	}
	return Found{Value: float64(v), Unit: OrdinalPrefix + noun}, j + 1, true
}

// ordinalSuffixes end an ordinal written in digits.
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// ordinalWords are the ordinals written in words.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

// orderedNouns are what an ordinal in words is read with: the times a
// thing has happened, the minute, inning or lap of a game, the floor of
// a building, a finisher's place.
var orderedNouns = map[string]bool{
	"time": true, "minute": true, "inning": true, "lap": true, "floor": true, "place": true, "hole": true,
}

// parseClock reads a time taken written as a clock of hours, minutes and
// seconds ("finished in 2:07:41"), a duration in minutes. A time of day
// has no seconds, or an "a.m." or "p.m." after it.
func parseClock(ts []tok, i int) (Found, int, bool) {
	if i+4 >= len(ts) || !ts[i].num || ts[i+1].s != ":" || !ts[i+2].num || ts[i+3].s != ":" || !ts[i+4].num {
		return Found{}, i, false
	}
	for k := i; k < i+4; k++ {
		if !adjacent(ts, k) {
			return Found{}, i, false
		}
	}
	h, e1 := strconv.Atoi(ts[i].s)
	m, e2 := strconv.Atoi(ts[i+2].s)
	sec, e3 := strconv.Atoi(ts[i+4].s)
	if e1 != nil || e2 != nil || e3 != nil || len(ts[i+2].s) != 2 || len(ts[i+4].s) != 2 || m > 59 || sec > 59 || h > 99 {
		return Found{}, i, false
	}
	if i+5 < len(ts) && (ts[i+5].low == "a" || ts[i+5].low == "p" || ts[i+5].low == "am" || ts[i+5].low == "pm") {
		return Found{}, i, false
	}
	v := float64(h*60+m) + float64(sec)/60
	// Written to the second: the range is that second.
	return Found{Value: v, Unit: Minutes, Low: v - 1.0/120, High: v + 1.0/120}, i + 5, true
}

// parseTimeOfDay reads a time on the clock at token i: an hour of 1 to 12,
// with its minutes or not, before "a.m." or "p.m." ("2:40 a.m.", "7
// p.m.", "9:30pm", "4.14am"), or "noon" or "midnight" after a word that times a
// happening ("at noon", "shortly before midnight"). A time to the minute
// allows two minutes either way, an hour a quarter of an hour; words
// before it widen or bound it: "about" or "around" (half an hour for an
// hour, ten minutes for a time to the minute), "shortly after" or "just
// after" (three quarters of an hour after), "after" (two hours after),
// and "before" or "by" the same before.
func parseTimeOfDay(ts []tok, i int) (Found, int, bool) {
	t := ts[i]
	var v float64
	next := i + 1
	precise := false
	switch {
	case t.low == "noon" || t.low == "midnight":
		if i == 0 || !clockCues[ts[i-1].low] {
			return Found{}, i, false
		}
		if t.low == "noon" {
			v = 12 * 60
		}
	case t.num:
		// "4.14am": the British clock writes its minutes after a point,
		// which the number holds.
		hs, ms, dotted := strings.Cut(t.s, ".")
		h, err := strconv.Atoi(hs)
		if err != nil || h < 1 || h > 12 || dotted && len(ms) != 2 {
			return Found{}, i, false
		}
		m := 0
		if dotted {
			mm, err := strconv.Atoi(ms)
			if err != nil || mm > 59 {
				return Found{}, i, false
			}
			if _, _, ok := meridiem(ts, next); !ok || !adjacent(ts, i) && ts[next].low != "am" && ts[next].low != "pm" {
				return Found{}, i, false
			}
			m, precise = mm, true
		} else if next+1 < len(ts) && ts[next].s == ":" && adjacent(ts, i) && adjacent(ts, next) && ts[next+1].num && len(ts[next+1].s) == 2 {
			mm, err := strconv.Atoi(ts[next+1].s)
			if err != nil || mm > 59 {
				return Found{}, i, false
			}
			m, precise, next = mm, true, next+2
		}
		pm, end, ok := meridiem(ts, next)
		if !ok {
			return Found{}, i, false
		}
		h %= 12
		if pm {
			h += 12
		}
		v, next = float64(h*60+m), end
	default:
		return Found{}, i, false
	}
	spread := 15.0
	if precise {
		spread = 2
	}
	lo, hi := v-spread, v+spread
	before := ""
	if i > 0 {
		before = ts[i-1].low
	}
	soon := i > 1 && (ts[i-2].low == "shortly" || ts[i-2].low == "just")
	switch before {
	case "about", "around", "approximately", "roughly", "nearly", "almost":
		lo, hi = v-max(2*spread, 10), v+max(2*spread, 10)
	case "after", "past":
		lo, hi = v, v+120
		if soon {
			hi = v + 45
		}
	case "before", "by":
		lo, hi = v-120, v
		if soon {
			lo = v - 45
		}
	}
	return Found{Value: v, Unit: TimeOfDay, Low: lo, High: hi}, next, true
}

// clockCues are the words before "noon" or "midnight" that make it a
// time of a happening rather than a name ("a midnight deadline").
var clockCues = map[string]bool{
	"at": true, "around": true, "about": true, "before": true, "after": true, "by": true, "until": true,
	"past": true, "near": true, "approximately": true, "roughly": true, "shortly": true, "just": true,
	"for": true, "from": true, "since": true, "till": true,
	// "a noon rally", "the midnight deadline".
	"a": true, "the": true,
}

// meridiem reads "a.m.", "p.m.", "am" or "pm" at token j and returns
// whether it is after noon and the token after it.
func meridiem(ts []tok, j int) (bool, int, bool) {
	if j >= len(ts) {
		return false, j, false
	}
	switch ts[j].low {
	case "am", "pm":
		return ts[j].low == "pm", j + 1, true
	case "a", "p":
		if j+2 < len(ts) && ts[j+1].s == "." && ts[j+2].low == "m" && adjacent(ts, j) && adjacent(ts, j+1) {
			end := j + 3
			if end < len(ts) && ts[end].s == "." && adjacent(ts, j+2) {
				end++
			}
			return ts[j].low == "p", end, true
		}
	}
	return false, j, false
}

// appositiveAge reads an age set off by commas after a name ("Jalen
// Brooks, 17, of Millhaven", "Mr. Marsh, 34, was stopped") or after a
// noun of one person ("The driver, 34, was arrested"): a whole number up
// to 120 between a comma after a capitalised word that is no month or day,
// or after such a noun, and a comma, a closing bracket or the sentence's
// end.
func appositiveAge(ts []tok, i int) (Found, bool) {
	if i < 2 || !ts[i].num || ts[i-1].s != "," || !isLetters(ts[i-2].s) || !ts[i-2].cap && !personAfterArticle(ts, i-2) {
		return Found{}, false
	}
	if _, ok := monthNames[ts[i-2].low]; ok {
		return Found{}, false
	}
	if _, ok := weekdayNames[ts[i-2].low]; ok {
		return Found{}, false
	}
	if i+1 < len(ts) && ts[i+1].s != "," && ts[i+1].s != ")" && ts[i+1].s != ";" && ts[i+1].s != "." {
		return Found{}, false
	}
	v, err := strconv.Atoi(ts[i].s)
	if err != nil || v < 1 || v > 120 {
		return Found{}, false
	}
	return Found{Value: float64(v), Unit: Age, Low: float64(v), High: float64(v)}, true
}

// personAfterArticle reports whether ts[k] is a noun of one person opened
// by an article, with at most one word between ("the driver", "a
// retired teacher"): an age set off after it is the person's.
func personAfterArticle(ts []tok, k int) bool {
	if !lexicon.PersonNoun(ts[k].low) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch ts[j].low {
		case "the", "a", "an":
			return true
		}
		if !isLetters(ts[j].s) || ts[j].cap {
			return false
		}
	}
	return false
}

// andAHalf adds half a unit for "an hour and a half".
func andAHalf(ts []tok, j int, v, unit float64) (float64, int) {
	if j+2 < len(ts) && ts[j].low == "and" && ts[j+1].low == "a" && ts[j+2].low == "half" {
		return v + unit/2, j + 3
	}
	return v, j
}

// andSmaller reads a smaller unit told after a duration in unit and
// "and": "six years and three months", "two hours and 15 minutes". It
// returns the minutes it adds, the step of the smaller unit's number, and
// where it ends; j when there is none.
func andSmaller(ts []tok, j int, unit float64) (float64, float64, int) {
	if j+2 >= len(ts) || ts[j].low != "and" {
		return 0, 0, j
	}
	w, ulp, end, ok := number(ts, j+1)
	if !ok || end >= len(ts) {
		return 0, 0, j
	}
	if d, ok := durations[ts[end].low]; ok && d < unit && w*d < unit {
		return w * d, ulp * d, end + 1
	}
	return 0, 0, j
}

// weekdayOf returns the weekday of a day counted from 1970-01-01, a
// Thursday.
func weekdayOf(days float64) time.Weekday {
	return time.Weekday((int(math.Floor(days))%7 + 7 + 4) % 7)
}

// isYear reports whether s is a four-digit year a news story might name.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1800 && y <= 2199
}

// maxCountedWords is how many words, the counted noun included, the noun
// a number counts may stand within: "8,000 fraudulent voter registration
// applications".
const maxCountedWords = 4

// maxOwnedWords is the same after an owner, which a maker's or a model's
// name often follows: "62,300 of its Aurora electric sport utility
// vehicles".
const maxOwnedWords = 5

// oneDied reports whether the words at k tell a death: "died", "was
// killed", "has been killed".
// deathNouns are the nouns of a death, singular, with their plural.
var deathNouns = map[string]string{"death": "deaths", "fatality": "fatalities"}

func oneDied(ts []tok, k int) bool {
	at := func(i int, w string) bool { return i < len(ts) && ts[i].low == w }
	return at(k, "died") || (at(k, "was") || at(k, "is")) && at(k+1, "killed") || (at(k, "has") || at(k, "had")) && at(k+1, "been") && at(k+2, "killed")
}

// countedNoun finds the plural noun that a number counts, within a few
// modifiers: "50 countries", "31 other nations", "50 member countries".
func countedNoun(ts []tok, j int) (string, int, bool) {
	return countedNounWithin(ts, j, maxCountedWords)
}

// countedNounWithin is countedNoun with the noun within n words.
func countedNounWithin(ts []tok, j, n int) (string, int, bool) {
	end := j + n
	for k := j; k < len(ts) && k < end; k++ {
		w := ts[k].low
		// An ordinal joined to a noun by a hyphen is one modifier:
		// "three 19th-century paintings", "two 2nd-floor offices".
		if ts[k].num && k+3 < len(ts) && ordinalSuffixes[ts[k+1].low] && ts[k+2].s == "-" && adjacent(ts, k) && adjacent(ts, k+1) && adjacent(ts, k+2) && isLetters(ts[k+3].s) {
			k += 3
			end += 3
			continue
		}
		if ts[k].num || !isLetters(ts[k].s) || k > j && IsNumberWord(w) {
			return "", j, false
		}
		// A word of two joined by a hyphen is one modifier ("86,000
		// e-bike batteries", "5,000 high-end phones"). One that ends on
		// a plural is left alone: a measure ("1.2 million acre-feet")
		// as often as a thing counted.
		if k+2 < len(ts) && ts[k+1].s == "-" && adjacent(ts, k) && adjacent(ts, k+1) && !ts[k+2].num && isLetters(ts[k+2].s) {
			if pluralNoun(ts[k+2].low) {
				return "", j, false
			}
			k += 2
			end += 2
			continue
		}
		if pluralNoun(w) {
			// A plural that qualifies the next plural is no count of its
			// own: "four corrections officers", "17 police officers".
			if k+1 < len(ts) && !ts[k+1].cap && isLetters(ts[k+1].s) && pluralNoun(ts[k+1].low) {
				return ts[k+1].low, k + 2, true
			}
			return w, k + 1, true
		}
		if !countModifiers[w] && !isAdjectiveLike(ts[k]) && !nounAdjunct(w) {
			return "", j, false
		}
	}
	return "", j, false
}

// modelNumber reports whether the number at i ends a model's name,
// letters joined to it by a hyphen ("40 VA-390 jets", "F-16 fighters"):
// it counts nothing.
func modelNumber(ts []tok, i int) bool {
	return i >= 2 && ts[i].num && ts[i-1].s == "-" && adjacent(ts, i-2) && adjacent(ts, i-1) && isLetters(ts[i-2].s)
}

// pluralNoun reports whether a lower-case word may be a plural noun a
// number counts.
func pluralNoun(w string) bool {
	return irregularPlurals[w] || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "ous") && !nounExclusions[w]
}

// ownerWords stand between "of" and the things a count counts: "62,300
// of its vehicles".
var ownerWords = map[string]bool{"its": true, "their": true, "our": true, "his": true, "her": true}

// nounAdjunct reports whether a lower-case word may be a noun that
// qualifies the counted one ("12 shell casings", "2,300 bus drivers"):
// a word of three letters or more that is no function word.
func nounAdjunct(w string) bool {
	return len(w) >= 3 && !textproc.IsStopword(w) && !nounExclusions[w] && !futureCues[w]
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
	if f, n, ok := parseVagueDate(ts, i, pub, future); ok {
		return f, n, true
	}
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
		// "19 Sept. 11 hijackers" is a count before a date, not 19 September.
		if m, ok := monthNames[ts[i+1].low]; ok && len(ts[i+1].low) > 3 && ts[i+1].cap &&
			!(i+2 < len(ts) && ts[i+2].num && !isYear(ts[i+2].s)) && !(i+3 < len(ts) && ts[i+2].s == "." && ts[i+3].num) {
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
		// "Tuesday, Dec. 8": the weekday names the date that follows. A
		// weekday that is not that date's ("Friday, Aug. 8" in a year
		// whose Aug. 8 is a Saturday) is read alone, and the date after
		// it too: the report gives two days.
		if i+2 < len(ts) && ts[i+1].s == "," {
			if _, isMonth := monthNames[ts[i+2].low]; isMonth {
				if f, end, ok := parseDate(ts, i+2, pub, future); ok && f.Unit == DateUnit {
					if f.Low != f.High || weekdayOf(f.Value) == wd {
						return f, end, true
					}
					// The weekday nearest the date.
					d := (int(wd) - int(weekdayOf(f.Value)) + 7) % 7
					if d > 3 {
						d -= 7
					}
					v := f.Value + float64(d)
					return Found{Value: v, Unit: DateUnit, Low: v, High: v}, i + 1, true
				}
			}
		}
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
		day := p.AddDate(0, 0, -((int(p.Weekday()) - int(wd) + 7) % 7))
		if weekdayAhead(ts, i, end, future) {
			day = p.AddDate(0, 0, (int(wd)-int(p.Weekday())+7)%7)
		}
		if tokLow(ts, i-1) == "next" {
			// "Next Tuesday" is never the day it is said on. Said early in
			// a week, it may mean that week's Tuesday or the one of the
			// week after: the figure spans both.
			ahead := (int(wd) - int(p.Weekday()) + 7) % 7
			if ahead == 0 {
				ahead = 7
			}
			day = p.AddDate(0, 0, ahead)
			v := unixDays(day.Year(), day.Month(), day.Day())
			f := Found{Value: v, Unit: DateUnit, Low: v, High: v}
			if int(wd) > int(p.Weekday()) {
				f.High = v + 7
			}
			return f, end, true
		}
		return Found{Value: unixDays(day.Year(), day.Month(), day.Day()), Unit: DateUnit}, end, true
	}
	switch t.low {
	case "yesterday", "today", "tomorrow", "tonight":
		// Capitalised inside a sentence, the word is a name: NBC's "Today",
		// "USA Today".
		if p := tokLow(ts, i-1); t.cap && i > 0 && !isQuoteMark(p) && p != "(" && p != "." && p != "?" && p != "!" {
			return Found{}, i, false
		}
		if pub.IsZero() {
			return Found{Unit: RelativeDate}, i + 1, true
		}
		off := map[string]int{"yesterday": -1, "tomorrow": 1}[t.low]
		d := pub.Time.AddDate(0, 0, off)
		return Found{Value: unixDays(d.Year(), d.Month(), d.Day()), Unit: DateUnit}, i + 1, true
	}
	return Found{}, i, false
}

// parseVagueDate reads the dates that name a stretch of days: "last
// week", "next month", "this year", "earlier this month", "later this
// week", "mid-May", "early 2019", "in May", "this weekend".
func parseVagueDate(ts []tok, i int, pub crosscheck.Date, future bool) (Found, int, bool) {
	t := ts[i]
	if t.starts&startsVague == 0 {
		return Found{}, i, false
	}
	// "early May", "mid-2019", "late March".
	if part, ok := monthParts[t.low]; ok && i+1 < len(ts) {
		k := i + 1
		if ts[k].s == "-" && adjacent(ts, i) && k+1 < len(ts) {
			k++
		}
		if m, ok := monthNames[ts[k].low]; ok && ts[k].cap && len(ts[k].low) > 3 || ts[k].low == "may" && ts[k].cap {
			f, end, ok := monthFound(ts, k, m, pub)
			if !ok {
				return Found{}, i, false
			}
			if f.Unit == MonthUnit {
				n := f.High - f.Low + 1
				f.Low, f.High = f.Low+math.Round(part[0]*n), f.Low+math.Round(part[1]*n)-1
			}
			return f, end, true
		}
		if isYear(ts[k].s) && (k+1 >= len(ts) || !ts[k+1].num) {
			y, _ := strconv.Atoi(ts[k].s)
			lo, hi := dayBounds(YearUnit, float64(y))
			// "the late 1950s": a part of the decade.
			if k+1 < len(ts) && ts[k+1].low == "s" && adjacent(ts, k) && y%10 == 0 {
				_, hi = dayBounds(YearUnit, float64(y+9))
				n := hi - lo + 1
				return Found{Value: float64(y), Unit: YearUnit, Low: lo + math.Round(part[0]*n), High: lo + math.Round(part[1]*n) - 1}, k + 2, true
			}
			n := hi - lo + 1
			return Found{Value: float64(y), Unit: YearUnit, Low: lo + math.Round(part[0]*n), High: lo + math.Round(part[1]*n) - 1}, k + 1, true
		}
	}
	// "in May", "since February": a month named alone.
	if m, ok := monthNames[t.low]; ok && t.cap && len(t.low) > 3 || t.low == "may" && t.cap {
		if i > 0 && monthPreps[ts[i-1].low] && (i+1 >= len(ts) || !ts[i+1].num) {
			return monthFound(ts, i, m, pub)
		}
		// "since the November election", "the March primary": a month
		// named before the happening it dates.
		if i > 0 && ts[i-1].low == "the" && i+1 < len(ts) && lowerWord(ts[i+1]) {
			return monthFound(ts, i, m, pub)
		}
		return Found{}, i, false
	}
	// "earlier this month", "later this week".
	k, part := i, [2]float64{0, 1}
	switch t.low {
	case "earlier":
		part, k = [2]float64{-1, 0}, i+1
	case "later":
		part, k = [2]float64{0, -1}, i+1
	}
	if k+1 >= len(ts) {
		return Found{}, i, false
	}
	off, ok := relativeOffsets[ts[k].low]
	if !ok || k > i && ts[k].low != "this" {
		return Found{}, i, false
	}
	unit := ts[k+1].low
	switch unit {
	case "year", "month", "week", "weekend":
	default:
		return Found{}, i, false
	}
	if pub.IsZero() {
		return Found{Unit: RelativeDate}, k + 2, true
	}
	p := pub.Time
	today := unixDays(p.Year(), p.Month(), p.Day())
	var f Found
	switch unit {
	case "year":
		f = Found{Value: float64(p.Year() + off), Unit: YearUnit}
		f.Low, f.High = dayBounds(YearUnit, f.Value)
	case "month":
		d := time.Date(p.Year(), p.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		f = Found{Value: unixDays(d.Year(), d.Month(), 1), Unit: MonthUnit}
		f.Low, f.High = dayBounds(MonthUnit, f.Value)
	case "week":
		monday := today - float64((int(p.Weekday())+6)%7)
		f = Found{Value: monday + float64(7*off), Unit: WeekUnit}
		f.Low, f.High = dayBounds(WeekUnit, f.Value)
		if off < 0 {
			// "He escaped last week", written on a Saturday of a
			// Monday five days before: in use, last week runs up to
			// the day before, not only through the calendar week past.
			f.High = math.Max(f.High, today-1)
		}
	case "weekend":
		// The weekend just past, or the coming one when "next" says so,
		// "this" is written late in the week, or early in it of a deed
		// to come ("is holding clinics this weekend").
		sat := today - float64((int(p.Weekday())+1)%7)
		if off > 0 || off == 0 && (p.Weekday() >= time.Wednesday && p.Weekday() <= time.Friday ||
			(p.Weekday() == time.Monday || p.Weekday() == time.Tuesday) && weekdayAhead(ts, k, k+2, future)) {
			sat += 7
		}
		// Friday night opens a weekend: "two men died this weekend"
		// holds a death on Friday.
		f = Found{Value: sat, Unit: WeekUnit, Low: sat - 1, High: sat + 1}
	}
	// "earlier this month" ends the day before publication, "later this
	// week" starts the day after.
	if part[0] < 0 {
		f.High = math.Max(f.Low, today-1)
	}
	if part[1] < 0 {
		f.Low = math.Min(f.High, today+1)
	}
	return f, k + 2, true
}

// relativeOffsets are the words that place a week, month or year
// relative to publication.
var relativeOffsets = map[string]int{"last": -1, "next": 1, "this": 0, "past": -1}

// monthParts are the parts of a month or year that "early", "mid" and
// "late" name, as shares of it; they overlap, as their use does.
var monthParts = map[string][2]float64{
	"early": {0, 0.4}, "mid": {0.25, 0.75}, "late": {0.6, 1},
}

// monthPreps may stand before a month named alone.
// lowerWord reports whether a token is a word in lower case.
func lowerWord(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.s)
	return !t.num && !t.cap && unicode.IsLetter(r)
}

var monthPreps = map[string]bool{
	"in": true, "since": true, "until": true, "by": true, "from": true, "through": true,
	"during": true, "before": true, "after": true, "of": true, "last": true, "next": true, "this": true,
}

// monthFound reads a month at token k, maybe with its year ("May 2019");
// without one it is the month nearest publication, but after "last" the
// latest before publication's month ("signed last May" in February is
// May of the year before) and after "next" the first after it.
func monthFound(ts []tok, k int, m time.Month, pub crosscheck.Date) (Found, int, bool) {
	prev := ""
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if _, part := monthParts[ts[j].low]; part || ts[j].s == "-" {
			continue
		}
		prev = ts[j].low
		break
	}
	end := k + 1
	y := 0
	if end < len(ts) && isYear(ts[end].s) {
		y, _ = strconv.Atoi(ts[end].s)
		end++
	} else if end < len(ts) && ts[end].num {
		return Found{}, k, false
	} else if pub.IsZero() {
		return Found{Unit: RelativeDate}, end, true
	} else {
		p := pub.Time
		y = p.Year()
		diff := int(m) - int(p.Month())
		switch {
		case prev == "last" && diff >= 0:
			y--
		case prev == "next" && diff <= 0:
			y++
		case prev == "last" || prev == "next":
		case diff > 6:
			y--
		case diff < -6:
			y++
		}
	}
	v := unixDays(y, m, 1)
	lo, hi := dayBounds(MonthUnit, v)
	return Found{Value: v, Unit: MonthUnit, Low: lo, High: hi}, end, true
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

// pastVerbs are common irregular past tenses that tell a weekday in
// their clause is past whatever else the sentence says.
var pastVerbs = map[string]bool{
	"said": true, "told": true, "wrote": true, "made": true, "met": true, "took": true,
	"gave": true, "came": true, "went": true, "spoke": true, "held": true, "began": true,
	"left": true, "won": true, "lost": true, "sent": true, "saw": true, "was": true, "were": true,
	"fell": true, "rose": true, "grew": true, "led": true, "sold": true, "bought": true, "paid": true,
	"did": true, "had": true, "found": true, "brought": true, "thought": true, "kept": true, "died": true,
	"ran": true, "stood": true, "broke": true, "chose": true, "drove": true, "flew": true,
	"fought": true, "got": true, "knew": true, "meant": true, "shot": true, "spent": true,
	"stole": true, "swore": true, "threw": true, "became": true, "drew": true, "felt": true,
	"fled": true, "heard": true, "struck": true, "sank": true, "ago": true, "earlier": true,
	"last": true, "since": true, "past": true,
}

// lastingBefore are the verbs before a participle that tell a state
// holding on, not a past deed.
var lastingBefore = map[string]bool{"remain": true, "remains": true, "stay": true, "stays": true, "be": true, "is": true, "are": true}

// aheadCues right before a weekday make it the coming one whatever the
// tense: "ahead of Thursday's debate", "as soon as Friday", "next Tuesday".
var aheadCues = [][]string{
	{"ahead", "of"}, {"as", "soon", "as"}, {"as", "early", "as"}, {"next"}, {"coming"},
	{"upcoming"}, {"until"}, {"by"}, {"starting"}, {"beginning"}, {"before"},
}

// pastPerfectBefore reports whether the clause before token k holds "had"
// within a few words: "had spread to 7,000 hectares by Monday morning"
// tells of a past Monday.
func pastPerfectBefore(ts []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-maxPerfectWords; j-- {
		switch ts[j].low {
		case "had":
			return true
		case ",", ";", ":", "\"", "“", "”", "(", ")":
			return false
		}
	}
	return false
}

// maxPerfectWords is how far back pastPerfectBefore reads.
const maxPerfectWords = 8

// modals speak of what may yet happen, unless "have" follows ("may have
// left Friday").
var modals = map[string]bool{
	"will": true, "ll": true, "shall": true, "would": true, "could": true, "might": true,
	"may": true, "should": true, "must": true, "can": true,
}

// weekdayAhead reports whether the weekday at ts[i:end] is the coming one
// rather than the last. A cue right before it decides ("ahead of", "next",
// "last"); else the tense nearest to it in its clause ("sales fell by half
// on Tuesday", "the vote will come Friday"); else, with no verb of either
// kind in the clause, whether the sentence (or the quotation it stands in)
// speaks of the future at all.
func weekdayAhead(ts []tok, i, end int, sentenceFuture bool) bool {
	// "until at least Friday morning": a bound's words may stand between
	// the cue and the weekday.
	at := i
	if at >= 2 && ts[at-2].low == "at" && (ts[at-1].low == "least" || ts[at-1].low == "most" || ts[at-1].low == "earliest" || ts[at-1].low == "latest") {
		at -= 2
	}
	for _, c := range aheadCues {
		if n := len(c); at-n >= 0 && matchWords(ts[at-n:at], c) {
			// "by Friday", "before Friday" and "until Friday" are past after
			// a past verb: "had left by Friday".
			// A participle after a verb of lasting or a present "be"
			// tells a state that holds on ("will remain shut until
			// Monday", "is closed until Friday").
			if w := tokLow(ts, at-n-1); n == 1 && c[0] != "next" && c[0] != "coming" && c[0] != "upcoming" &&
				(pastVerbs[w] || strings.HasSuffix(w, "ed") && !lastingBefore[tokLow(ts, at-n-2)] || pastPerfectBefore(ts, at-n)) {
				return false
			}
			return true
		}
	}
	if p := tokLow(ts, i-1); p == "last" || p == "past" || p == "since" {
		return false
	}
	// "The election is Thursday", "the vote is on Friday": scheduled.
	if p := tokLow(ts, i-1); p == "is" || p == "are" || p == "on" && (tokLow(ts, i-2) == "is" || tokLow(ts, i-2) == "are") {
		return true
	}
	// "Tuesday's primaries" names a happening by its day; the tense of
	// the clause may be that of another verb ("spoke after Tuesday's
	// primaries and will meet"), so only a cue before it says ahead.
	if end == i+1 && (strings.HasSuffix(ts[i].s, "'s") || strings.HasSuffix(ts[i].s, "’s")) {
		return false
	}
	lo, hi := i, end
	for lo > 0 && !clauseBreak(ts[lo-1].s) {
		lo--
	}
	// A clause that opens after the weekday is another's: "approved a
	// measure Tuesday night that will lift the wage", "said Monday that
	// it would".
	for hi < len(ts) && !clauseBreak(ts[hi].s) && !relativeWords[ts[hi].low] {
		hi++
	}
	best, ahead := len(ts), false
	for k := lo; k < hi; k++ {
		if k >= i && k < end {
			continue
		}
		d := k - i
		if k >= end {
			d = k - end + 1
		}
		if d < 0 {
			d = -d
		}
		w := ts[k].low
		var cue, fut bool
		switch {
		case modals[w]:
			n := tokLow(ts, k+1)
			cue, fut = true, n != "have" && n != "ve"
		case futureCues[w] && !nounPlans(ts, k), w == "to" && k+1 < hi && (ts[k+1].low == "be" || k+1 == i):
			cue, fut = true, true
		case w == "effective" && !pastVerbs[tokLow(ts, k-1)], w == "effect" && (tokLow(ts, k-1) == "takes" || tokLow(ts, k-1) == "take"):
			// "His departure is effective Friday", "The ban takes effect
			// Friday": a change set for a day to come.
			cue, fut = true, true
		case len(w) > 4 && strings.HasSuffix(w, "ing") && presentBe[tokLow(ts, k-1)]:
			// "workers are heading back to the docks on Monday": a deed
			// under way on a weekday is of this week's coming day.
			cue, fut = true, true
		case pastVerbs[w], len(w) > 4 && strings.HasSuffix(w, "ed") && !isBe(tokLow(ts, k-1)):
			cue = true
		case w == "closing" && (closePrice[tokLow(ts, k+1)] || closePrice[tokLow(ts, k+2)]):
			// "a 28 percent premium over the closing stock price on
			// Friday": a market's close is a price already set, whatever
			// the deal will pay.
			cue = true
		case len(w) > 5 && strings.HasSuffix(w, "ing") && (tokLow(ts, k-1) == "after" || tokLow(ts, k-1) == "since"):
			// "will become law after voting 348-77 to override
			// Wednesday afternoon": a deed done after which something
			// follows is done.
			cue = true
		}
		if cue && d < best {
			best, ahead = d, fut
		}
	}
	if best < len(ts) {
		return ahead
	}
	// "A warning remains in effect through Sunday": with no tense of its
	// own, a span that lasts through a weekday runs to the coming one.
	if tokLow(ts, i-1) == "through" {
		return true
	}
	return sentenceFuture
}

// nounPlans reports whether ts[k], a cue of a time to come, tells none:
// "plans" as a noun, the thing a past deed was done to ("approved plans
// Monday for a shelter", "unveiled its plans on Friday"), not the verb of
// a deed to come ("plans to vote Monday"); "due to" before a cause.
func nounPlans(ts []tok, k int) bool {
	// "died … due to complications", "delayed due to the storm": a
	// cause, not a time to come ("is due to be sentenced", "due to
	// arrive on Friday").
	if ts[k].low == "due" && tokLow(ts, k+1) == "to" {
		n := tokLow(ts, k+2)
		return causeAfterDue[n] || strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ion") || strings.HasSuffix(n, "ity") || strings.HasSuffix(n, "ing")
	}
	if ts[k].low != "plans" {
		return false
	}
	p := tokLow(ts, k-1)
	return p == "the" || p == "its" || p == "his" || p == "her" || p == "their" || p == "our" ||
		pastVerbs[p] || len(p) > 4 && strings.HasSuffix(p, "ed")
}

// causeAfterDue are the words after "due to" that start a cause.
var causeAfterDue = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "this": true, "that": true, "these": true, "those": true, "high": true,
	"low": true, "heavy": true, "bad": true, "poor": true, "health": true, "injury": true, "illness": true,
	"weather": true, "lack": true, "concerns": true, "safety": true, "security": true,
}

// clauseBreak reports whether a token ends a clause for tense.
func clauseBreak(s string) bool {
	switch s {
	case ",", ";", ":", "—", "–", "(", ")":
		return true
	}
	return isQuoteMark(s)
}

// relativeWords open a clause of their own after a weekday.
var relativeWords = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true}

// presentBe are the present forms of "be" before a deed under way.
var presentBe = map[string]bool{"is": true, "are": true, "am": true}

func isBe(w string) bool { return w == "be" || w == "been" || w == "being" }

// tokLow returns the folded token k, or "" outside the sentence.
func tokLow(ts []tok, k int) string {
	if k < 0 || k >= len(ts) {
		return ""
	}
	return ts[k].low
}

func matchWords(ts []tok, ws []string) bool {
	for j, w := range ws {
		if ts[j].low != w {
			return false
		}
	}
	return true
}

// pointFractions are the words of a fraction of a percentage point told
// in words.
var pointFractions = map[string]float64{"half": 0.5, "quarter": 0.25}

// percentagePoint reports whether the tokens from k are "percentage
// point" or "percentage points", and returns the index after them.
func percentagePoint(ts []tok, k int) (int, bool) {
	if k+1 < len(ts) && ts[k].low == "percentage" && (ts[k+1].low == "point" || ts[k+1].low == "points") {
		return k + 2, true
	}
	return 0, false
}
