package discrepancy

import (
	"strconv"
	"strings"

	"crosscheck"
	"crosscheck/analyze/figures"
	"crosscheck/internal/memo"
	"crosscheck/internal/textproc"
)

// A framed date is a date put after words that two articles share, as a
// framed name is (frames.go): "staged a general strike on April 2" and
// "led a general strike on April 9", "reached the sealed burial chamber on
// Oct. 27" and "broke into the burial chamber on Oct. 17". Two articles
// that each put one date after one frame, two dates with no day in
// common, disagree on it, unless either gives a date of the other's days
// anywhere.

// datePrepositions end a date's frame.
var datePrepositions = map[string]bool{
	"on": true, "in": true, "for": true, "since": true, "until": true, "by": true, "through": true,
	"before": true, "after": true,
}

// relativeDateWords date a happening from the report's day.
var relativeDateWords = []string{"yesterday", "today", "tonight", " ago", "last ", "next ", "this year", "this month", "this week", "earlier this", "later this"}

// maxFramedDates bounds the framed dates read from one article, and
// maxArticleDates the dates it is known to give.
const (
	maxFramedDates  = 128
	maxArticleDates = 1024
)

// datedFrame is a date and the frame before it.
type datedFrame struct {
	frame    string // folded words
	lo, hi   float64
	text     string // frame and date as written
	sentence string
	// before is the word before a frame that precedes its date, folded,
	// when it is a content word ("elected lieutenant governor in 2022":
	// "elected"), else "".
	before string
}

// articleDates are the framed dates of an article and the days of every
// date it gives.
type articleDates struct {
	framed []datedFrame
	days   [][2]float64
}

// datesOf reads the dates of an article's sentences, published on pub.
func datesOf(sents []string, pub crosscheck.Date) articleDates {
	var out articleDates
	for _, s := range sents {
		if !mayDate(s) {
			continue
		}
		found := figures.Parse(s, pub)
		for _, f := range found {
			// An undated report's weekdays and days of a month fall on
			// no known day; its years do.
			if !isDate(f.Unit) || f.Unit == figures.RelativeDate {
				continue
			}
			if len(out.days) < maxArticleDates {
				out.days = append(out.days, [2]float64{f.Low, f.High})
			}
			// A span's days are its first year's ("the 1982-83 season");
			// "another strong quake hit the province in 1996" dates
			// another happening than the story's.
			if len(out.framed) >= maxFramedDates || f.Span || otherInstance(s[max(0, f.Start-2*frameBytes):f.Start]) {
				continue
			}
			ws := wordsBefore(s, f.Start)
			if len(ws) >= frameWords {
				frame := ws[len(ws)-frameWords:]
				if datePrepositions[frame[len(frame)-1].low] && frameOf(frame, false, true) {
					key, text := frameKey(frame)
					// "has not elected a Republican to the Senate since
					// 2002" dates the last time, "had served in the Senate
					// since 2013" the first: another frame.
					if frame[len(frame)-1].low == "since" && negatedBefore(s[max(0, f.Start-2*frameBytes):f.Start]) {
						key = "not " + key
					}
					d := datedFrame{frame: key, lo: f.Low, hi: f.High, text: text + " " + f.Text, sentence: s}
					if k := len(ws) - frameWords - 1; k >= 0 && !ws[k].ends && !textproc.IsStopword(ws[k].low) {
						d.before = textproc.Fold(ws[k].low)
					}
					out.framed = append(out.framed, d)
				}
			}
			// The words after it: "the Aug. 21 ruling", "on Oct. 27 in
			// Wichita".
			if rs := wordsAfter(s, f.End); len(rs) >= frameWords && !strings.HasPrefix(s[f.End:], ",") {
				frame := rs[:frameWords]
				if goodFrame(frame, false) {
					key, text := frameKey(frame)
					out.framed = append(out.framed, datedFrame{frame: "… " + key, lo: f.Low, hi: f.High, text: f.Text + " " + text, sentence: s})
				}
			}
		}
	}
	return out
}

// frameKey returns a frame's folded words and its words as written.
func frameKey(frame []placeWord) (string, string) {
	fk := make([]string, len(frame))
	text := make([]string, len(frame))
	for k, w := range frame {
		fk[k], text[k] = textproc.Fold(w.low), w.text
	}
	return strings.Join(fk, " "), strings.Join(text, " ")
}

// dateFrameDiscrepancies reports the frames two articles put two dates
// after.
func dateFrameDiscrepancies(arts []crosscheck.Article, m *memo.Memo) []crosscheck.Discrepancy {
	read := make([]articleDates, len(arts))
	for i := range arts {
		read[i] = memo.Get(m, "discrepancy.dateframes "+dateKey(arts[i].Published), arts[i].Text, func() articleDates {
			return datesOf(sentencesOf(m, &arts[i]), arts[i].Published)
		})
	}
	index := articleIndex(arts)
	frames, byFrame := toldFrom(arts, func(i int) []datedFrame { return read[i].framed },
		func(d datedFrame) (string, string, string, string) {
			return d.frame, strconv.FormatFloat(d.lo, 'f', -1, 64) + " " + strconv.FormatFloat(d.hi, 'f', -1, 64), d.text, d.sentence
		})
	// gives reports whether article id gives a date within the days lo
	// to hi: "this month" gives no date of April 2.
	gives := func(id string, lo, hi float64) bool {
		for _, d := range read[index[id]].days {
			if d[0] >= lo && d[1] <= hi {
				return true
			}
		}
		return false
	}
	return toldTwoWays(frames, byFrame, func(frame, a, b string, x, y *told) (crosscheck.Discrepancy, bool) {
		alo, ahi := daysOf(a)
		blo, bhi := daysOf(b)
		// One weekday written alike in reports of two days ("the race
		// ends on Sunday") is the one the writers meant, whichever
		// Sunday each report's day makes it.
		if daysMeet(alo, ahi, blo, bhi) || strings.EqualFold(dateIn(x.text), dateIn(y.text)) {
			return crosscheck.Discrepancy{}, false
		}
		for _, id := range x.arts {
			if gives(id, blo, bhi) {
				return crosscheck.Discrepancy{}, false
			}
		}
		for _, id := range y.arts {
			if gives(id, alo, ahi) {
				return crosscheck.Discrepancy{}, false
			}
		}
		if intersects(x.arts, y.arts) || !oneDeed(firstFramed(read, index, x, frame), firstFramed(read, index, y, frame)) ||
			newsOfTheDay(arts, index, x, alo) && newsOfTheDay(arts, index, y, blo) &&
				arts[index[x.arts[0]]].Published != arts[index[y.arts[0]]].Published {
			return crosscheck.Discrepancy{}, false
		}
		return twoWays(crosscheck.FigureDiscrepancy, "Date after “"+frame+"”: “"+x.text+"” or “"+y.text+"”", x, y), true
	})
}

// daysOf reads back the days of a told date's value.
func daysOf(v string) (float64, float64) {
	a, b, _ := strings.Cut(v, " ")
	lo, _ := strconv.ParseFloat(a, 64)
	hi, _ := strconv.ParseFloat(b, 64)
	return lo, hi
}

// dateIn returns the first date a framed date's text gives, as written.
func dateIn(text string) string {
	for _, f := range figures.Parse(text, crosscheck.Date{}) {
		if isDate(f.Unit) {
			return f.Text
		}
	}
	return text
}

// firstFramed returns the framed date that first told t after frame.
func firstFramed(read []articleDates, index map[string]int, t *told, frame string) datedFrame {
	for _, d := range read[index[t.arts[0]]].framed {
		if d.frame == frame && d.sentence == t.sents[0] {
			return d
		}
	}
	return datedFrame{}
}

// oneDeed reports whether two framed dates may date one deed: the words
// right before their frames are not two content words ("elected
// lieutenant governor in 2022", "becoming lieutenant governor in 2023"),
// and their sentences do not open on two people ("Duncan Hunter is
// scheduled to be arraigned on Tuesday", "Margaret Lowe is set to be
// arraigned on March 30").
func oneDeed(a, b datedFrame) bool {
	if a.before != "" && b.before != "" && a.before != b.before {
		return false
	}
	na, fa, _ := namesOf(textproc.TrimDateline(a.sentence))
	nb, fb, _ := namesOf(textproc.TrimDateline(b.sentence))
	return !otherSubjects(figSent{first: fa, names: na, words: toSet(textproc.FoldedWords(a.sentence))},
		figSent{first: fb, names: nb, words: toSet(textproc.FoldedWords(b.sentence))})
}

// newsOfTheDay reports whether the articles of t, all published on one
// day, date day within leadDays before it: reports of two days that each
// tell their day's news ("congratulated the nominee on Tuesday evening",
// "formally endorsed the nominee on Wednesday") tell two happenings.
func newsOfTheDay(arts []crosscheck.Article, index map[string]int, t *told, day float64) bool {
	pub := arts[index[t.arts[0]]].Published
	if pub.IsZero() {
		return false
	}
	for _, id := range t.arts[1:] {
		if arts[index[id]].Published != pub {
			return false
		}
	}
	p := float64(pub.Time.Unix() / 86400)
	return day <= p && day >= p-leadDays
}

// frameBytes bounds the bytes read on either side of a date for its
// frame, so that a sentence of many dates costs no more than linear time.
const frameBytes = 64

// wordsBefore returns the words of s before byte i, up to frameBytes of
// them: a word cut by the bound is left out.
func wordsBefore(s string, i int) []placeWord {
	from := max(0, i-frameBytes)
	ws := placeWords(s[from:i])
	if from > 0 && len(ws) > 0 && s[from-1] != ' ' {
		ws = ws[1:]
	}
	return ws
}

// wordsAfter returns the words of s from byte i, up to frameBytes of
// them: a word cut by the bound is left out.
func wordsAfter(s string, i int) []placeWord {
	to := min(len(s), i+frameBytes)
	ws := placeWords(s[i:to])
	if to < len(s) && len(ws) > 0 && s[to] != ' ' {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// mayDate reports whether a sentence may give a date this file reads: it
// holds a digit, the name of a month or a weekday, or a word that dates
// from the report's day ("last year", "yesterday", "two weeks ago"). Most
// sentences hold none, and are not parsed.
func mayDate(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	low := strings.ToLower(s)
	for _, w := range relativeDateWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	found := false
	capitalised(s, func(_ int, _, low string) {
		found = found || calendarNames[strings.TrimSuffix(low, ".")]
	})
	return found
}

// negatedBefore reports whether the words before a date deny what they
// tell ("has not elected", "hasn't won", "never").
func negatedBefore(before string) bool {
	for _, w := range strings.Fields(strings.ToLower(before)) {
		switch strings.Trim(w, ",;:") {
		case "not", "never", "no", "nobody", "none":
			return true
		}
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}
