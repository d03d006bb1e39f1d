package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestConstructedSets briefs the constructed sets that have been read
// (testdata/constructed, see its README) and checks that precision and
// the recall of clear disagreements do not fall below where they stand:
// a change that loses one of their disagreements, or raises false alarms,
// shows here. A set still kept for a blind check is left out.
func TestConstructedSets(t *testing.T) {
	floors := []struct {
		set               string
		precision, recall float64
	}{
		{"set1", 0.95, 0.70},
		{"set2", 0.95, 0.73},
		{"set3", 0.95, 0.54},
		{"set4", 0.90, 0.79},
		{"set5", 0.95, 0.75},
		{"set6", 0.90, 0.83},
		{"set7", 0.95, 0.60},
		{"set8", 0.95, 0.90},
		// One alarm the gold leaves out is a real wording change of a
		// quotation ("pass that on", "pass those savings on to
		// families").
		{"set9", 0.85, 0.71},
		{"set10", 0.90, 0.64},
		{"set11", 0.90, 0.70},
		{"set12", 0.90, 0.70},
		{"set13", 0.95, 0.96},
		{"set14", 0.95, 0.70},
		{"set15", 0.95, 0.93},
		{"set16", 0.95, 0.83},
		{"set17", 0.95, 0.93},
		{"set18", 0.95, 0.88},
		{"set19", 0.95, 0.76},
		{"set20", 0.95, 0.86},
		{"set21", 0.95, 0.86},
		{"set22", 0.95, 0.83},
		{"set23", 0.95, 0.87},
		// Its two false alarms were there before it was read: a
		// committee's name with its initials in brackets, and "Friday" in
		// a sentence of the future ("will pay … over the closing stock
		// price on Friday") read as the coming one.
		{"set24", 0.85, 0.70},
		// News abroad; its false alarms: "more than 200 homes" against
		// "at least 230 homes" (a count told as two values), rain
		// "through Monday" and "through Tuesday" in reports of two days,
		// a year and a decade of two finds, and one quotation told with
		// "we" and with "it".
		{"set27", 0.70, 0.53},
		{"set26", 0.90, 0.76},
		// Its one alarm the metric counts false is right: "Saturday
		// morning" against "Saturday afternoon", the robbery's time of
		// day that the gold annotates as "around 10:40 a.m." against
		// "about 1:40 p.m.".
		{"set29", 0.90, 0.84},
		{"set30", 0.95, 0.69},
		// News abroad; its one false alarm is "Choi Seung" / "Choe Seung",
		// one Korean name romanised two ways, read as two people of one
		// office.
		{"set32", 0.90, 0.78},
		{"set33", 0.95, 0.86},
		// Read for its misses after a blind score of 0.43 at two stops.
		{"set34", 0.95, 0.70},
		// Read for their false alarms only. Left: two romanisations the
		// gold calls equivalent ("Hossein" / "Hosein", "Yousafzai" /
		// "Yusufzai"), two statements sharing a phrase, a count after "up
		// from", a flood's toll against a season's, and a warehouse's
		// direction from a town, which is real but not in the gold.
		{"set35", 0.90, 0.56},
		{"set36", 0.74, 0.53},
		// Read for its misses after one blind score (0.20).
		{"set38", 0.95, 0.63},
		// Read for its misses after blind scores of 0.50 and 0.53 at two
		// stops.
		{"set37", 0.90, 0.83},
		// Read for its misses after one blind score (0.44). Its two false
		// alarms were there before it was read.
		{"set40", 0.90, 0.78},
		// Read for its misses after blind scores of 0.69 and 0.72 at two
		// stops. Its false alarms: a study's two groups compared ("at
		// least 7,000 steps", "under 3,000 steps") and the cars that left
		// the tracks against those that tipped over.
		{"set39", 0.90, 0.78},
		// Read for its misses after blind scores of 0.61 at two stops.
		{"set41", 0.95, 0.80},
		// Read for its misses after blind scores of 0.41 and 0.44 at two
		// stops. Its false alarm: a fire's containment told on two days
		// ("Wednesday morning" / "Tuesday"), which may be progress.
		{"set42", 0.90, 0.65},
		// News abroad, read for its misses after blind scores of 0.53 and
		// 0.57 at three stops. Its false alarms: two reports' days of one
		// mine explosion and of one find, each told from its own day
		// ("on Tuesday" / "on Wednesday"); two years one project is due
		// by; and "on Thursday" against "next Thursday, March 19", the
		// annotated disagreement, whose annotated variants share the
		// word the dates carry. One more counts against it and is right:
		// a flood's missing given as seventeen by the first report and a
		// dozen by the later ones, an update the annotations leave out
		// (as they leave out its toll's, "at least 31" / "climbed to 38").
		{"set28", 0.78, 0.70},
		// Scored blind at several stops (set25, set31) or at one (set43 to
		// set45), then read for their misses and false alarms. set31's
		// one alarm the gold lacks is right: "Corvallis" against
		// "Pullman" is the annotated stadium told by its city. set44
		// keeps "Tutankhamen" / "Tutankhamun", a transliteration the gold
		// calls one name, and an early arrest day told two ways.
		{"set25", 0.95, 0.93},
		{"set31", 0.90, 0.83},
		{"set43", 0.95, 0.75},
		{"set44", 0.90, 0.56},
		{"set45", 0.95, 0.78},
		// Scored blind at the start of the stop that read them. set48's
		// false alarms: two boats' lengths, an outage's start told in
		// two time zones, "Buddhas" / "Buddhist".
		{"set48", 0.85, 0.64},
		{"set49", 0.85, 0.59},
		{"set50", 0.90, 0.67},
		// Scored blind at the start of the stop that read them. set55's
		// alarm the gold lacks dates the fire's start by its day
		// ("Tuesday" / "Monday night"), where the gold gives the times;
		// set56's is a record month against its day ("in June" /
		// "Tuesday"); set57's are a bank's two cities and an ethics
		// panel's full and short name.
		{"set55", 0.90, 0.67},
		{"set56", 0.90, 0.65},
		{"set57", 0.85, 0.60},
		// Scored blind at the start of the stop that read them (0.53,
		// 0.37, 0.53). set62's alarms the gold lacks: a special session
		// "in June" against the legislature's return "in January" of a
		// governor who has "no plans" for one (the annotated claim told
		// by its months), and "a deputy chief" against "chief" of one
		// acting chief. set63's: "northwest" against "west of Nairobi"
		// of two towns (the annotated town told by its direction), and
		// two distances from Nairobi. set64's: a share of the population
		// now against the one projected for 2050, and a quake's depth
		// paired with its distance from a town.
		{"set62", 0.85, 0.66},
		{"set63", 0.80, 0.43},
		{"set64", 0.85, 0.56},
		// Written blind at the tenth stop's start and read after scoring
		// (round 14). set69's alarm the gold lacks: a hardest-hit town
		// against its county.
		{"set69", 0.85, 0.60},
		{"set70", 0.95, 0.63},
		{"set71", 0.90, 0.63},
		// Written blind at the start of the twentieth stop and read after
		// scoring (round 17: 0.57 and 0.59 with the start build).
		{"set74", 0.95, 0.70},
		{"set75", 0.95, 0.68},
		// Written blind at the start of the twenty-first stop (set76,
		// set77) and halfway through it (set78, set79), each read after
		// scoring (round 18: 0.61, 0.44, 0.71 and 0.50 with the start
		// build). set79's one alarm the metric counts false is its
		// annotated "no genuine remorse" against "genuine remorse": the
		// annotation's second variant holds words after the quotation
		// ("by pleading") that the reported wording rightly leaves out.
		{"set76", 0.95, 0.70},
		{"set77", 0.90, 0.65},
		{"set78", 0.95, 0.80},
		{"set79", 0.85, 0.58},
		// Written blind at the start of the twenty-second stop and read
		// after scoring (round 19: 0.65 and 0.71 with the start build).
		// set82's two alarms the metric counts false are right: a fire
		// chief's title, whose annotated variants carry "said" and
		// "according to" beside the title, and a quotation's "weeks of
		// recovery, not days" against "weeks, not days", words left out
		// with no ellipsis. set83's are a
		// runner-up who rejected the result against one who conceded,
		// annotated on other sentences of the same reports, and "Brasil"
		// against "Brazil", annotated as one name.
		{"set82", 0.90, 0.78},
		{"set83", 0.90, 0.70},
		{"set87", 0.95, 0.70},
		// Two of its three false alarms are disagreements of the gold told
		// by other spans: the shares' move (8 percent against nearly 3
		// percent, where the gold cites "rose" and "fell") and a quotation
		// whose words swap places (the gold's span starts one word
		// earlier). The third counts the merged company's stores against
		// one half's.
		{"set88", 0.85, 0.67},
		// Its two false alarms: a day of the week against a weekday
		// told as "last week's", and a port against the island across
		// the strait.
		{"set93", 0.85, 0.54},
		// Its three false alarms: the day a tariff was announced against
		// the day it starts, "almost 4,800 votes" against 4,812 (the gold
		// holds them equal; "almost" says under), and a state capital
		// against another city of the state.
		{"set95", 0.80, 0.51},
		// Its two false alarms: "Stade" against "Martyrs Stadium", one
		// stadium's names in two languages, and "the other 26 member
		// states" against "All 27 member states", which tells the
		// annotated claim (one state refused) in figures.
		{"set97", 0.85, 0.38},
		{"set99", 0.95, 0.40},
		// Written blind at the start of the twenty-fifth stop and read
		// after scoring (round 22: 0.42 and 0.58 with the start build).
		// set105's one false alarm is a port's town against its province
		// ("Ketapang port in Banyuwangi", "in East Java"); set107's two are
		// "this month" against the day a rate takes effect, and a bill the
		// Senate passed against none passed in full since 2018.
		{"set105", 0.90, 0.50},
		{"set107", 0.85, 0.62},
		// Written blind after the twenty-fifth stop's first commits and
		// read after scoring (round 22: 0.61 and 0.65 with the start
		// build). set109's one false alarm is a Thursday read as the one
		// before ("have called for further demonstrations on Thursday")
		// against "later this week"; set111's is "on Thursday" against
		// "later this week" in the report that moves every day of the
		// story by one, its annotated disagreement.
		{"set109", 0.90, 0.70},
		{"set111", 0.90, 0.68},
		// Written blind at the start of the twenty-sixth stop and read
		// after scoring (round 23: 0.48 and 0.45 with the start build).
		// set117's one false alarm is a Mongolian patronymic's genitive
		// ("Tsogtbaatar", "Tsogtbaataryn").
		{"set117", 0.90, 0.62},
		{"set119", 0.95, 0.68},
		// Written blind during the twenty-sixth stop, its false alarms
		// read after scoring (0.70 with the start build). Its four:
		// two transliterations the gold calls one name ("Hashimi",
		// "Hashemi"; "Tariq", "Tareq"), two statements of sympathy by
		// two bodies paired on four words, and an arraignment's day
		// paired with the arrest's.
		{"set120", 0.80, 0.76},
		// Written blind at the start of the twenty-seventh stop and read
		// after scoring (round 24: 0.59, 0.60 and 0.60 with the start
		// build). set127's false alarm is a real one the gold gives as a
		// claim ("Twenty-two miners" against "23 miners" brought up
		// alive).
		{"set124", 0.95, 0.84},
		{"set127", 0.92, 0.80},
		{"set130", 0.95, 0.70},
	}
	for _, f := range floors {
		t.Run(f.set, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", "constructed", f.set)
			if _, err := os.Stat(dir); err != nil {
				t.Fatal(err)
			}
			gold, err := LoadDiscrepancyGold(filepath.Join(dir, "gold"))
			if err != nil {
				t.Fatal(err)
			}
			found, err := BriefBASILEvents(context.Background(), dir)
			if err != nil {
				t.Fatal(err)
			}
			sc := ScoreDiscrepancies(found, gold)
			got := fmt.Sprintf("precision %.2f, recall %.2f", sc.Precision(), sc.Recall())
			if sc.Precision() < f.precision || sc.Recall() < f.recall {
				t.Errorf("%s: %s, want at least %.2f and %.2f", f.set, got, f.precision, f.recall)
			}
		})
	}
}
