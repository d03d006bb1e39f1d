package lexicon

import "strings"

// personNouns are singular nouns that name one person by a role, a
// relation or a plight rather than by a title ("the driver", "a
// neighbour", "the victim"): what an age set off by commas follows in
// "The driver, 34, was arrested".
var personNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`man woman boy girl child baby toddler teen teenager youth
		person resident neighbor neighbour victim suspect defendant driver passenger pedestrian
		motorist cyclist rider hiker climber swimmer diver tourist visitor student pupil teacher
		worker employee officer deputy trooper firefighter paramedic nurse doctor surgeon
		soldier veteran civilian inmate prisoner detainee patient pilot captain sailor fisherman
		farmer miner owner manager clerk cashier guard mother father wife husband son daughter
		brother sister grandmother grandfather aunt uncle cousin widow friend girlfriend boyfriend
		fiancee fiance partner landlord tenant homeowner shopkeeper vendor gunman shooter attacker
		assailant intruder robber burglar thief survivor witness bystander spokesman spokeswoman
		spokesperson lawyer attorney candidate mayor councilman councilwoman plaintiff accuser
		applicant migrant refugee protester activist volunteer coach player athlete runner
		referee fan customer shopper mechanic contractor electrician plumber carpenter chef cook
		waiter waitress bartender courier trucker cabbie musician singer actor actress artist
		author writer journalist reporter photographer professor researcher scientist engineer
		escapee trainee retiree nominee attendee appointee absentee`) {
		m[w] = true
	}
	return m
}()

// PersonNoun reports whether w, lower case and singular, names one person
// by a role, a relation or a plight ("driver", "neighbour", "victim").
func PersonNoun(w string) bool { return personNouns[w] }
