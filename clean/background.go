package clean

import "strings"

// commonWeight gives the weight of a (folded, stemmed) word as evidence that
// two paragraphs tell the same story. Words found in most news reports, such
// as "said", "president" or "week", say little: two stories about different
// events share them. Everything not listed counts as rare.
func commonWeight(t string) float64 {
	switch {
	case veryCommon[t]:
		return 0.7
	case common[t]:
		return 2
	}
	return rareWeight
}

// rareWeight is the weight of a word news reports seldom use.
const rareWeight = 4.6

var veryCommon, common = stems(`
	say said told tell year new people time like just make made get got going went first last
	also one two three many much more most well back even still way day week since according
	including call state report percent thing know think want need take took come came see saw
	part group number another around however whether next former later early long high old
	good great big small right left work help plan today yesterday morning night month
	ask add mr mrs ms`), stems(`
	president government official public statement news country national american united world
	city political policy party leader member administration campaign election vote voter law
	bill court judge police security military war office family children women men life money
	tax budget federal local community program business company market economy economic health
	care school education student university media social post online interview comment
	decision meeting talk deal agreement question problem reason change power control system
	service information press conference spokesman spokeswoman spokesperson agency department
	director secretary minister committee council senate senator congress lawmaker legislation
	republican democrat democratic conservative liberal candidate governor mayor chief head
	senior top staff team force attack kill death dead investigation charge trial prison
	arrest crime victim evidence claim deny denied accused believe expect continued begin start end move
	sent keep kept put brought bring show remain become leave lost win won run event place
	area region home street building center point level rate cost price fund pay paid spend
	cut history story record series video photo image site website twitter facebook email
	letter phone message speech speak spoke response respond wrote write read across among
	within without against during before after between through under while several less
	least little lot enough every each other such recent recently already often never always
	ever again yet though although because important possible likely clear different same
	free full whole real sure true hard open close major general special final current future
	past present second third four five six seven ten hundred thousand dozen half nearly
	almost house america americans nation foreign international`)

// stems returns the set of the stems of the words in s.
func stems(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[stem(w)] = true
	}
	return m
}
