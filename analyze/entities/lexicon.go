package entities

import "strings"

// set makes a lookup table of the space-separated lower-case words in s.
func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// honorifics stand before a person's name and mark it as a person's.
var honorifics = set(`mr mrs ms miss dr prof sir dame lord lady gen sen rep gov lt col sgt capt adm
	maj cmdr rev fr hon pres supt insp det cpl pvt messrs mx brig cdr cllr pfc spc`)

// roleHeads are the words that end a title or role before a name
// ("Defense Secretary", "Prime Minister", "Crown Prince").
var roleHeads = set(`whip counsel co-chairman co-chairwoman co-chair sailor agent father pastor chaplain
	president secretary minister chancellor premier spokesman spokeswoman spokesperson
	ambassador envoy director chief chairman chairwoman chair commissioner governor senator
	representative congressman congresswoman mayor judge justice general admiral commodore brigadier commander
	colonel captain lieutenant sergeant corporal ensign major officer prince princess king queen emperor sheikh
	pope cardinal bishop archbishop rabbi imam leader adviser advisor speaker attorney prosecutor
	councillor councilor councilman councilwoman ceo cfo coo founder executive manager coach
	inspector superintendent sheriff marshal detective professor dean chancellor lawmaker administrator
	mp legislator deputy delegate negotiator mediator monarch ayatollah emir president-elect
	secretary-general secretary_general vice-president member councilmember assemblymember
	assemblyman assemblywoman alderman alderwoman alderperson supervisor trustee selectman
	selectwoman comptroller controller treasurer provost engineer auditor clerk assessor coroner curator
	coordinator warden constable magistrate ombudsman registrar headmaster headmistress headteacher
	principal rector vicar deacon`)

// roleModifiers may stand inside a title, before its head word ("Vice
// President", "Secretary of State", "Foreign Minister").
var roleModifiers = set(`vice prime foreign defense defence interior home state of the treasury justice
	health finance education energy commerce homeland security national crown deputy acting
	former chief executive senior special general attorney first lord trade labor labour
	agriculture transport transportation culture environment economy economic war navy army
	air force supreme high grand assistant under associate principal press communications
	intelligence opposition majority minority house senate party union industry immigration housing
	infrastructure tourism fisheries veterans digital science technology innovation employment
	welfare development sports youth mines mining petroleum water technical marketing sales
	operations artistic creative athletic editorial sporting head insurance revenue corrections`)

// lowerRoles are lower-case words that, right before a capitalised name
// or set off from it by a comma, say that it names a person ("spokesman
// Dmitry Peskov", "teacher Marc", "said his agent, Marcelo Tavares").
var lowerRoles = set(`spokesman spokeswoman spokesperson adviser advisor envoy official director
	minister president secretary leader chief teacher schoolteacher writer reporter lawyer
	attorney journalist author actor actress singer player coach citizen activist analyst
	candidate senator governor mayor judge general commander officer aide negotiator
	chairman ceo founder professor student soldier pilot doctor nurse economist historian
	businessman businesswoman billionaire rapper star premier chancellor dissident blogger
	correspondent editor photographer researcher scientist host presenter pastor priest
	widow wife husband son daughter mother father brother sister colleague
	agent manager developer owner driver victim suspect defendant witness friend neighbor
	neighbour partner cousin uncle aunt nephew niece grandson granddaughter grandmother
	grandfather resident worker farmer investor prosecutor investigator detective sheriff
	trooper firefighter paramedic surgeon lawmaker legislator councilman councilwoman
	councilmember contractor entrepreneur banker striker goalkeeper midfielder quarterback
	pitcher teammate rookie trainer referee umpire executive chairwoman commissioner administrator
	ambassador superintendent treasurer captain lieutenant sergeant colonel admiral commodore
	engineer auditor clerk assessor coroner warden principal constable magistrate`)

// orgCues are lower-case words that, right before or after a capitalised
// name, say that it names an organisation ("the militant group Hamas",
// "the Tass news service", "his Truth Social platform").
var orgCues = set(`group party company firm agency organization organisation militia movement
	network newspaper channel broadcaster outlet platform website service airline carrier bank
	charity union association news magazine tabloid daily`)

// placeHeads are lower-case words that, right before a capitalised name,
// say that it names a place ("the Ukrainian capital Kyiv").
var placeHeads = set(`capital city town village province region state country port island district`)

// speechVerbs, next to a name, mark a person (or an organisation acting as
// one; a person is the common case).
var speechVerbs = set(`said says told added asked wrote tweeted posted argued insisted explained noted
	stressed warned urged claimed declared announced replied answered suggested recalled
	acknowledged admitted conceded`)

// orgWords end (or begin) the names of organisations.
var orgWords = set(`inc inc. corp corp. corporation co co. ltd ltd. llc plc group party committee
	administration agency ministry department council union news times press post journal
	herald tribune telegraph guardian gazette daily network broadcasting television radio
	bank fund company companies institute institution university college school academy
	association federation organization organisation alliance coalition league army navy
	force forces command parliament congress senate assembly court tribunal commission
	office bureau service services foundation trust authority board police guard office
	church movement front brigade conference summit forum club team airlines airways
	motors systems technologies holdings partners laboratories labs exchange reserve
	cabinet government house kremlin pentagon politburo junta regime nations patrol
	hospital clinic center centre museum library`)

// properOrgs are organisations' own names that are organisation words
// wherever they stand, except in a person's name: "Bloomberg News" is an
// organisation, "Michael Bloomberg" and "Mr. Bloomberg" are people.
var properOrgs = set(`reuters afp tass xinhua interfax bloomberg bbc cnn nbc cbs abc npr pbs dpa efe ansa kyodo yonhap
	google apple amazon microsoft facebook meta twitter tiktok youtube instagram whatsapp telegram
	tesla boeing airbus openai nvidia samsung huawei gazprom rosneft aramco pfizer moderna
	hamas hezbollah taliban houthis isis al-qaida al-qaeda wagner interpol europol unicef unesco`)

func init() {
	for w := range properOrgs {
		orgWords[w] = true
	}
}

// anaphorTypes are the type words with which an organisation's own name
// is often replaced ("the alliance", "the agency").
var anaphorTypes = set(`alliance agency bloc union company corporation group party committee ministry
	department council organization organisation commission court parliament coalition
	league federation association bank fund network army navy government administration
	foundation institute university`)

// placeWords end the names of places.
var placeWords = set(`city county province state region district republic kingdom island islands
	peninsula river sea ocean mountains mountain valley lake bay gulf strait desert coast
	street avenue square road bridge airport port harbor harbour territory territories
	oblast village town heights plain plains basin canal border`)

// placeCues are the words that, just before a capitalised name, suggest a
// place ("in Brussels", "from Kyiv").
var placeCues = set(`in from to at near across toward towards outside inside into via throughout`)

// demonyms are adjectives of nationality; standing alone they name no
// entity.
var demonyms = set(`american british english scottish welsh irish french german italian spanish
	portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish czech slovak
	hungarian romanian bulgarian greek turkish russian ukrainian belarusian georgian armenian
	azerbaijani kazakh uzbek iranian iraqi syrian lebanese israeli palestinian jordanian saudi
	emirati qatari kuwaiti yemeni egyptian libyan tunisian algerian moroccan sudanese
	ethiopian kenyan somali nigerian ghanaian african south_african chinese japanese korean
	north_korean south_korean taiwanese vietnamese thai indonesian malaysian filipino
	indian pakistani afghan bangladeshi australian canadian mexican brazilian argentine
	argentinian chilean colombian peruvian venezuelan cuban european asian arab western
	eastern northern southern soviet nato-led latin hispanic jewish muslim christian catholic
	sunni shiite kurdish serbian croatian bosnian albanian estonian latvian lithuanian
	moldovan slovenian icelandic crimean democratic republican communist socialist democrat
	conservative liberal libertarian independent progressive evangelical`)

// placeNames is a small gazetteer: countries, regions, major cities and US
// states, in lower case; regionNames holds its countries, regions and
// states, the places that hold others.
var placeNames, regionNames = func() (map[string]bool, map[string]bool) {
	all := set(cityNames)
	regions := set(regionList)
	for w := range regions {
		all[w] = true
	}
	return all, regions
}()

const regionList = `afghanistan albania algeria andorra angola argentina armenia australia austria
	azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon
	canada chad chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt
	estonia ethiopia finland france georgia germany ghana greece guatemala haiti honduras
	hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
	kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg
	madagascar malaysia mali malta mexico moldova monaco mongolia montenegro morocco
	mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman pakistan
	palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
	serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
	tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay
	uzbekistan venezuela vietnam yemen zambia zimbabwe britain england scotland wales
	saudi_arabia south_africa north_korea south_korea new_zealand united_states united_kingdom
	united_arab_emirates sri_lanka el_salvador costa_rica dominican_republic czech_republic
	ivory_coast sierra_leone burkina_faso hong_kong gaza west_bank crimea donbas kursk
	europe asia africa america north_america south_america latin_america antarctica oceania
	middle_east far_east balkans caucasus scandinavia arctic pacific atlantic indo-pacific
	alabama alaska arizona arkansas california colorado connecticut delaware florida
	hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
	massachusetts michigan minnesota mississippi missouri montana nebraska nevada
	new_hampshire new_jersey new_mexico north_carolina north_dakota ohio oklahoma oregon
	pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont
	virginia west_virginia wisconsin wyoming u.s. us usa u.k. uk uae
	ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
	nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex va vt wash wis w.va wyo d.c`

const cityNames = `washington new_york london paris berlin moscow kyiv kiev brussels rome madrid lisbon
	vienna warsaw prague budapest bucharest sofia athens ankara istanbul tehran baghdad
	damascus beirut jerusalem tel_aviv cairo riyadh dubai doha amman kabul islamabad delhi
	new_delhi mumbai beijing shanghai tokyo seoul pyongyang taipei manila jakarta bangkok
	hanoi singapore sydney melbourne canberra ottawa toronto montreal vancouver mexico_city
	havana caracas bogota lima santiago buenos_aires brasilia rio_de_janeiro sao_paulo
	nairobi lagos johannesburg cape_town addis_ababa khartoum tripoli tunis algiers
	geneva zurich munich frankfurt hamburg milan naples barcelona amsterdam the_hague hague
	copenhagen stockholm oslo helsinki dublin edinburgh minsk tbilisi yerevan baku
	odesa odessa kharkiv lviv mariupol donetsk luhansk kherson zaporizhzhia sevastopol
	los_angeles chicago houston philadelphia phoenix boston miami atlanta seattle denver
	detroit san_francisco las_vegas new_orleans dallas baltimore pittsburgh`

// placeAcronyms are abbreviations that name places, not organisations.
var placeAcronyms = set(`us usa uk uae`)

// firstNames is a small list of common given names; a capitalised pair
// that starts with one is most likely a person.
var firstNames = set(`aaron adam adrian ahmed alan albert alex alexander alexei alexandra ali alice
	amanda amy andrea andrew andrei angela ann anna anne anthony antonio arthur barbara ben
	benjamin bernard bill bob boris brian bruce carl carlos caroline catherine charles
	charlotte chris christian christina christine christopher claire daniel david deborah
	dennis diana dmitry dmitri donald donna dorothy douglas edward elena elizabeth emily
	emma emmanuel eric erik frank fred friedrich gary george gerald greg gregory hannah
	harold harry heather helen henry hillary hugh ian igor isabel ivan jack jacob james jane
	janet jason jean jeff jeffrey jennifer jeremy jerome jessica jim joe john jonathan
	jordan jose joseph josh joshua juan julia julie justin karen karl kate katherine keith
	kelly kenneth kevin kim kristi larry laura lee leonid linda lisa lolita louis lucy luis
	marc marco margaret maria marie mark martin mary matt matthew maxim michael michel
	michelle mike mikhail mohammed muhammad mohammad nancy natalia nathan nicholas nick
	nicolas nikolai olaf olena oleg olga pamela patricia patrick paul pedro pete peter
	philip pierre rachel ralph raymond rebecca richard rishi robert roger ron ronald rose
	ruth ryan sam samuel sandra sarah scott sean sergei sergey sharon stephen steve steven
	susan thomas tim timothy tom tony ursula valerie vladimir viktor victor walter william
	xi yulia yuri zeke keir emmanuel giorgia olaf justin benjamin recep narendra jd kamala
	joe antony lloyd marco tulsi kash elon jeff bernie chuck mitch nancy kevin ted lindsey
	marjorie rand mitt liz jake jared ivanka melania hunter jill barack michelle
	abigail adrienne aidan alicia allison alyssa amber andre angel angelica anita annette april arnold
	ashley audrey austin barry beatrice becky bethany betty beverly blake bonnie bradley brady brandon
	brenda brendan brent brett brianna bridget brittany brooke bryan caleb calvin cameron candace carla
	carmen carol carolyn carrie casey cassandra cecilia chad charlene chelsea cheryl chester cindy clara
	clarence claudia clayton clifford clinton cody colin colleen connor constance corey courtney craig crystal
	curtis cynthia dale dallas damon dana danielle darlene darnell darren darryl dean debra delores
	denise derek derrick desmond devin dianne dolores dominic don doris dustin dwayne dylan earl
	eddie edgar edith edwin eileen elaine eleanor elijah elliott ellen elsa emilio erica erin
	ernest esther ethan eugene evan evelyn felix fernando florence frances francis franklin gabriel gabrielle
	gail garrett gavin gene geoffrey georgia gilbert gina glen glenn gloria gordon grant gwen
	hailey harvey hector heidi herbert holly howard isaac jacqueline jaime jamal jamie janice jasmine
	javier jay jenna jerry jesse jillian joan joanne joel johnny jon jonah jorge josephine
	joy joyce judith judy june kara katie kayla keisha kendra kerry kristen kristin kurt
	kyle lance latoya lauren leah leonard leslie lester lillian lindsay lori lorraine louise lucas
	luke lydia lynn malcolm mandy marcus marian marilyn mario marion marlene marsha marshall marvin
	maureen megan melanie melissa melvin meredith miguel miles milton miriam mitchell molly monica morgan
	nadia naomi natalie neil nelson nicole noah noel norman olivia oscar owen paige paula
	peggy penny perry phyllis preston priscilla quentin rafael ramon randall randy raul regina reginald
	renee rhonda ricardo ricky rita roberto robin rodney roland ronnie rosa ross roy ruben
	russell sabrina sally salvador samantha sara scarlett seth shane shannon shawn sheila shelby sherry
	shirley sidney simon sonia sophia stacy stanley stella stuart sue sylvia tamara tanya tara
	teresa terrence terry theodore theresa tiffany todd tracy travis trevor troy tyler vanessa vernon
	veronica vicki vincent virginia vivian wade wallace wanda warren wayne wendy wesley whitney wilson
	yolanda yvonne zachary`)

// femaleNames are the given names of firstNames borne mostly by women;
// the others, but for a few borne by both, mostly by men. They tell
// "Mrs. Clinton" from "Mr. Clinton" in a story that names both.
var femaleNames = set(`alexandra alice amanda amy andrea angela ann anna anne barbara caroline
	catherine charlotte christina christine claire deborah diana donna dorothy elena elizabeth
	emily emma hannah heather helen hillary isabel jane janet jennifer jessica julia julie
	karen kate katherine kristi laura linda lisa lolita lucy margaret maria marie mary michelle
	nancy natalia olena olga pamela patricia rachel rebecca rose ruth sandra sarah sharon susan
	ursula valerie yulia giorgia kamala tulsi lindsey marjorie liz ivanka melania jill
	abigail adrienne alicia allison alyssa amber angelica anita annette april ashley audrey beatrice becky
	bethany betty beverly bonnie brenda brianna bridget brittany brooke candace carla carmen carol carolyn
	carrie cassandra cecilia charlene chelsea cheryl cindy clara claudia colleen constance courtney crystal cynthia
	danielle darlene debra delores denise dianne dolores doris edith eileen elaine eleanor ellen elsa
	erica erin esther evelyn florence frances gabrielle gail georgia gina gloria gwen hailey heidi
	holly jacqueline janice jasmine jenna jillian joan joanne josephine joy joyce judith judy june
	kara katie kayla keisha kendra kristen kristin latoya lauren leah lillian lindsay lori lorraine
	louise lydia lynn mandy marian marilyn marlene marsha maureen megan melanie melissa meredith miriam
	molly monica nadia naomi natalie nicole olivia paige paula peggy penny phyllis priscilla regina
	renee rhonda rita rosa sabrina sally samantha sara scarlett sheila shelby shirley sonia sophia
	stacy stella sue sylvia tamara tanya tara teresa theresa tiffany vanessa veronica vicki virginia
	vivian wanda wendy whitney yolanda yvonne shannon`)

// unisexNames are given names of firstNames borne by women and men alike.
var unisexNames = set(`alex chris jean jordan kelly kim lee sam casey dana jamie kerry leslie marion morgan robin sidney terry tracy`)

// sexOf returns "f" or "m" for a given name of firstNames, else "".
func sexOf(given string) string {
	switch f := lowerKey(given); {
	case !firstNames[f] || unisexNames[f]:
		return ""
	case femaleNames[f]:
		return "f"
	default:
		return "m"
	}
}

// connectors are lower-case particles that may stand inside a name ("bin",
// "de", "van").
var connectors = set(`bin ibn bint al el de da di del della der den van von la le du dos das ter abu`)

// nicknames maps English pet forms that are not a prefix of their given
// name to it; a prefix ("Steve", "Steven") needs no entry.
var nicknames = map[string][]string{
	"jim": {"james"}, "jimmy": {"james"}, "jamie": {"james"},
	"bill": {"william"}, "billy": {"william"}, "willie": {"william"},
	"bob": {"robert"}, "bobby": {"robert"},
	"dick": {"richard"}, "rick": {"richard", "frederick", "eric"}, "ricky": {"richard"},
	"mike": {"michael"}, "mick": {"michael"}, "mickey": {"michael"},
	"tom": {"thomas"}, "tommy": {"thomas"},
	"ted": {"edward", "theodore"}, "ned": {"edward"}, "eddie": {"edward"},
	"jack": {"john"}, "johnny": {"john", "jonathan"},
	"hank": {"henry"}, "harry": {"henry", "harold"},
	"larry": {"lawrence", "laurence"}, "jerry": {"gerald", "jerome"},
	"joe": {"joseph"}, "joey": {"joseph"},
	"steve": {"stephen"}, "dave": {"david"}, "andy": {"andrew"}, "drew": {"andrew"},
	"tony": {"anthony", "antonio"}, "nick": {"nicholas", "nicolas"}, "chuck": {"charles"}, "charlie": {"charles"},
	"bernie": {"bernard"}, "gene": {"eugene"}, "fred": {"frederick"}, "ray": {"raymond"},
	"ben": {"benjamin"}, "ken": {"kenneth"}, "kenny": {"kenneth"}, "lou": {"louis"},
	"liz": {"elizabeth"}, "beth": {"elizabeth"}, "betsy": {"elizabeth"}, "betty": {"elizabeth"},
	"kate": {"katherine", "catherine", "kathryn"}, "kathy": {"katherine", "kathleen"}, "cathy": {"catherine"},
	"peggy": {"margaret"}, "maggie": {"margaret"}, "meg": {"margaret"},
	"sue": {"susan"}, "susie": {"susan"}, "becky": {"rebecca"}, "patty": {"patricia"}, "trish": {"patricia"},
	"jenny": {"jennifer"}, "jen": {"jennifer"}, "debbie": {"deborah"}, "peg": {"margaret"},
	"wally": {"walter"}, "sandy": {"sandra", "alexander"}, "sasha": {"alexander", "alexandra"},
}

// nicknameOf reports whether given-name keys a and b (as NameKey spells
// them) are a pet form and its full name ("jim", "james"), in either order.
func nicknameOf(a, b string) bool {
	return nicknameKeys[[2]string{a, b}] || nicknameKeys[[2]string{b, a}]
}

// nicknameKeys holds the pairs of nicknames in NameKey spelling.
var nicknameKeys = func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for nick, fulls := range nicknames {
		for _, f := range fulls {
			m[[2]string{NameKey(nick), NameKey(f)}] = true
		}
	}
	return m
}()
