package cluster

import "strings"

// background is a small prior of English word frequencies: for each common
// word, roughly the share of news articles that contain it. It stands in for
// the document frequencies of a stream that has not yet seen enough articles
// to know that "president" or "week" says little about which story an
// article belongs to. The shares are coarse tiers, not measurements.
var background = func() map[string]float64 {
	m := map[string]float64{}
	add := func(share float64, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = max(m[w], share)
		}
	}
	add(0.5, `said says say told year years new people time like just make made get got go going
		going went first last also would could one two three many much more most well back even still
		way day days week weeks since according including called state states`)
	add(0.25, `president government officials official public percent report reported statement
		news told asked added think know want wanted need take took come came see saw part group
		house country million billion number since another around however including whether next
		former later early long high old good great big small right left national american united
		world city work working help plan plans call calls called support issue issues case time
		today yesterday monday tuesday wednesday thursday friday saturday sunday morning night
		january february march april may june july august september october november december
		month months political policy party leader leaders member members administration`)
	add(0.1, `campaign election vote votes voters law laws bill bills court judge police security
		military war office family children women men life money tax taxes budget federal local
		community program million business company companies market economy economic health care
		school schools education students university media social post online interview comment
		comments statement statements decision decisions meeting meetings talks deal agreement
		question questions problem problems reason change changes power control system service
		services information data news press conference spokesman spokeswoman spokesperson agency
		department director secretary minister committee council senator senators congress
		congressman congresswoman lawmakers legislation republican republicans democrat democrats
		democratic conservative conservatives liberal liberals candidate candidates governor mayor
		chief head senior top staff team force forces attack attacks killed death deaths dead
		investigation charges charged trial prison arrested crime crimes victims evidence claims
		claim claimed denied accused called believe believed expected continue continued began
		begin start started end ended move moved set sent keep kept put brought bring show shows
		showed shown remain remained became become left leave lost win won run running ran
		event events place area areas region home room street building center point points level
		levels rate rates cost costs price prices fund funds funding pay paid spending cuts cut
		history story stories record records series video photo photos image images site website
		twitter facebook email letter letters phone message messages speech speak spoke speaking
		response respond responded saying wrote write writes written read reading according
		across among within without against during before after between through under while
		several few less least little lot lots enough every each other others another such
		recent recently already often never always ever again yet though although because
		important possible likely clear different same free full whole real sure true hard
		open close closed major general special final current future past present second third
		four five six seven ten hundred thousand dozens half nearly almost about least`)
	add(0.03, `foreign domestic international global nation nations nationwide capital border
		borders immigration immigrants energy oil climate environment environmental water food
		hospital hospitals doctors patients disease virus medical insurance jobs workers workforce
		employment unemployment wages income trade tariffs exports imports bank banks financial
		stock stocks investors shares debt deficit spending reform reforms rights civil justice
		prosecutor prosecutors attorney lawyer lawyers lawsuit lawsuits ruling ruled supreme
		constitution constitutional amendment vote voted voting ballot primary primaries poll polls
		debate debates convention nominee nomination endorse endorsed endorsement resign resigned
		resignation fired appointed nominated confirmed hearing hearings testimony testified
		scandal allegations alleged harassment abuse fraud corruption bribery indicted indictment
		sentenced guilty convicted shooting shot gun guns weapons violence protest protests
		protesters march rally rallies crowd crowds supporters critics opponents allies enemy
		soldiers troops army navy missile missiles nuclear bomb bombing explosion fire storm
		hurricane earthquake flood floods weather accident crash injured rescue emergency
		technology internet computer software phone phones app apps tech digital network networks
		film movie music art artists book books game games sports team teams season player players
		church religious religion faith god school teacher teachers student parents child kids
		daughter son wife husband mother father brother sister friend friends`)
	return m
}()

// backgroundDocs is how many articles the background prior counts as: the
// stream's own frequencies outweigh it after a few thousand articles.
const backgroundDocs = 1000
