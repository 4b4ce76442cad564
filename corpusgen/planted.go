package corpusgen

// Planted sentence templates: each states one fact. {v} is the value as
// written (hedge included), {V} the same at the start of a sentence. Each
// template has one number only, next to the rule's keyword.
var plantedNumber = map[string][]string{
	"deaths": {
		"{Event} killed {v} people, according to {agency}.",
		"Officials said {v} people had died by {weekday} evening.",
		"The death toll stood at {v} on {weekday}, {agency} said.",
		"Hospital staff in {town} confirmed {v} deaths.",
		"{V} people were killed, the authorities said.",
		"Authorities put the number of dead at {v}.",
		"By {weekday} the confirmed death toll had reached {v}.",
	},
	"injured": {
		"Hospitals in {town} treated {v} people for injuries.",
		"{V} others were wounded, {agency} said.",
		"{Event} also left {v} people hurt.",
		"Medics said {v} people were injured, several of them seriously.",
		"The number of injured was put at {v} by nightfall.",
	},
	"missing": {
		"{V} people are still missing, {agency} said.",
		"Rescuers were searching for {v} people who remain unaccounted for.",
		"Officials said {v} residents were missing.",
		"The search went on for {v} people listed as missing.",
	},
	"arrested": {
		"Police said they had arrested {v} people on suspicion of looting.",
		"{V} people were detained, a police statement said.",
		"The national police said {v} suspects remained in custody.",
		"Officers arrested {v} people over the weekend.",
	},
	"displaced": {
		"{V} residents were evacuated from the worst-hit districts.",
		"{Event} has displaced {v} people across {region}.",
		"Officials said {v} people had fled their homes.",
		"Authorities evacuated {v} people from low-lying streets.",
		"{Agency} said {v} people were now homeless.",
	},
	"money": {
		"The government released {v} in emergency aid.",
		"Insurers put the damage at {v}.",
		"A relief fund of {v} was announced on {weekday}.",
		"The cabinet approved {v} for reconstruction.",
	},
}

// plantedPair states deaths and injuries in one sentence; each rule takes
// the number nearest its keyword.
var plantedPair = []string{
	"{Event} killed {d} people and injured {i} others.",
}

// plantedName states who holds a role. {name} is the person's name as the
// article spells it.
var plantedName = map[string][]string{
	"role-minister": {
		"Interior Minister {name} said the response would be reviewed.",
		"{name}, the interior minister, visited {town} on {weekday}.",
		"Emergencies Minister {name} flew to {town} to take charge of the operation.",
	},
	"role-governor": {
		"Governor {name} declared a state of emergency across {region}.",
		"{name}, the region's governor, said every family would get help.",
		"The regional governor, {name}, asked the army for more helicopters.",
	},
	"role-spokesperson": {
		"{name}, a spokeswoman for {agency}, said crews were working around the clock.",
		"Police spokesman {name} said the roads would stay closed.",
		"{name}, a spokesman for {agency}, declined to give further details.",
	},
	"role-agency-head": {
		"{name}, head of {agency}, said the operation would continue for days.",
		"\"We are doing everything we can,\" said {name}, head of {agency}.",
	},
	"role-commander": {
		"{name}, the fire service commander, said the worst was over.",
		"Fire commander {name} told reporters that crews were exhausted.",
	},
}

// Hedges used for compatible variants, by kind of interval they open: the
// value written is chosen so that the interval holds the true value.
type hedgeForm struct {
	phrase string // as written, lower case
	kind   byte   // 'a' approx (±10%), 'b' below (-10%..0), 'o' above (0..+25%)
}

var hedgeForms = []hedgeForm{
	{"about", 'a'}, {"around", 'a'}, {"roughly", 'a'}, {"an estimated", 'a'},
	{"nearly", 'b'}, {"almost", 'b'},
	{"more than", 'o'}, {"at least", 'o'}, {"over", 'o'},
}
