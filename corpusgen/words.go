package corpusgen

// Word lists and sentence templates. Every place, outlet and person here is
// invented. The filler templates are written so that no rule of the default
// pack finds a fact in them: they use the rules' keywords only without a
// number next to them, no money, no percentages, and no role word next to a
// capitalised name. Only the planted templates (planted.go) carry facts.

var outlets = []string{
	"Northwire", "Coastal Ledger", "Valley Courier", "Meridian Post", "Harbour Daily",
	"Capital Dispatch", "Eastgate News", "Lowland Herald", "Frontline Wire", "Civic Observer",
	"Riverside Gazette", "Summit Times", "Atlas Newsdesk", "Border Chronicle", "Plainsman",
	"Crosswind Media", "Evening Sentinel", "Granite Review", "Tidewater Report", "Prairie Record",
	"Continental Press", "Lakeshore Bulletin", "Highland Voice", "Metro Briefing", "Delta Tribune",
	"Orbit News Agency", "Southern Register", "Beacon Online", "Hilltop Journal", "Open Wire",
}

var towns = []string{
	"Arden Falls", "Brackwater", "Calloway", "Dunmere", "Eskerton", "Fallowmead", "Glenhollow",
	"Harrowgate", "Ilsbury", "Juniper Bay", "Kestrel Point", "Larchmont", "Millbrook", "Norwell",
	"Oakhaven", "Pellston", "Quarrytown", "Ravensholt", "Saltmarsh", "Thornbury", "Upton Vale",
	"Varnley", "Westmoor", "Yarrowfield", "Zellford", "Ashcombe", "Birchley", "Coldharbour",
	"Drayfield", "Emberton", "Fernhill", "Greystone", "Hollin", "Ironbridge", "Kettlewell",
	"Lindenford", "Marrowby", "Netherstow", "Orrick", "Penmarrow", "Rushden Cross", "Stowmarket",
}

var regions = []string{
	"Velmar Province", "the Drava Valley", "Northern Calder", "the Istrel Coast", "Mirovia",
	"the Selke Highlands", "Ostrava Plain", "the Kerrin District", "Upper Lomond", "the Baltar Delta",
	"Westreach", "the Tamsin Hills", "Corvan County", "the Eskel Basin", "Southmark",
}

var rivers = []string{
	"Drava", "Selke", "Morrow", "Tamsin", "Kerrin", "Ouse Vale", "Lomond", "Baltar", "Eskel", "Varne",
}

// agencies have no rule keyword in them.
var agencies = []string{
	"the Civil Protection Agency", "the Regional Emergency Service", "the National Weather Office",
	"the Red Crescent", "the provincial health department", "the Coast Guard", "the state fire service",
	"the Mountain Rescue Service", "the Disaster Response Authority", "the national police",
	"the Public Works Office", "the Water Board",
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var firstNames = []string{
	"Anna", "Marta", "Tomas", "Elena", "Piotr", "Lucia", "Daniel", "Irena", "Viktor", "Sofia",
	"Marek", "Helena", "Jonas", "Clara", "Nikolai", "Ines", "Aron", "Lena", "Mateo", "Vera",
	"Pavel", "Ruth", "Stefan", "Mira", "Omar", "Leyla", "Karim", "Yara", "Emil", "Tereza",
}

// witnessSurnames are the surnames of people quoted in filler; they never
// hold a role a rule reads.
var witnessSurnames = []string{
	"Ellory", "Brandt", "Castell", "Doyle", "Ferrant", "Gallo", "Hewitt", "Ivers", "Jansen",
	"Keller", "Lorne", "Marsh", "Nolan", "Oakes", "Pryce", "Quint", "Rowe", "Sutter", "Tally",
	"Vance", "Wilder", "Yates", "Abernethy", "Bellamy", "Corrigan", "Dunmore", "Everett",
}

var jobs = []string{
	"a shopkeeper", "a retired teacher", "a fisherman", "a nurse at the district clinic",
	"a bus driver", "a farmer from the outskirts", "a student", "a baker", "a taxi driver",
	"a volunteer with a church group", "a mechanic", "a pharmacist", "a schoolteacher",
	"a market trader", "a hotel receptionist", "a construction worker",
}

var placesNear = []string{
	"the old market", "the central square", "the railway station", "the harbour wall",
	"the sports hall", "the primary school", "the bus depot", "the cathedral steps",
	"the ring road", "the industrial estate", "the riverside park", "the main bridge",
}

var times = []string{
	"shortly after dawn", "late in the evening", "in the early hours", "around midday",
	"before first light", "just after nightfall", "during the afternoon", "overnight",
}

// mayorSurnames: the mayor is quoted by name; there is no mayor rule.
var mayorSurnames = []string{"Ostrova", "Penhallow", "Dimitru", "Kasperek", "Lindgren", "Moretti", "Saarinen", "Varga"}

// event is the kind of story.
type event struct {
	name      string   // "flood"
	noun      string   // "the flood"
	headlines []string // headline templates (no numbers)
	scene     []string // filler sentences specific to the event
	arrests   bool     // whether arrests are likely
	displaced bool
	missing   bool
}

var events = []event{
	{
		name: "flood", noun: "the flooding",
		headlines: []string{
			"Floodwaters swamp {town} as the {river} bursts its banks",
			"{Region}: rivers rise again after a week of rain",
			"Rescue boats work through the night in flooded {town}",
		},
		scene: []string{
			"Brown water stood chest-deep in the lower streets of {town}, and cars were left stranded on the ring road.",
			"The {river} rose faster than forecasters had expected after a week of heavy rain in the hills.",
			"Volunteers filled sandbags outside {place} while the water crept up the steps.",
			"Boats from neighbouring towns ferried families to higher ground through the afternoon.",
			"Farmers on the plain said whole fields of maize and sunflowers had disappeared under the water.",
			"Engineers were watching an old earth dam upstream that had been leaking since the spring.",
		},
		displaced: true, missing: true,
	},
	{
		name: "earthquake", noun: "the earthquake",
		headlines: []string{
			"Strong earthquake shakes {region}, flattening homes in {town}",
			"Aftershocks rattle {town} as rescuers dig through rubble",
			"Quake leaves {town} in ruins",
		},
		scene: []string{
			"The shaking lasted for almost a minute, residents said, and was felt as far away as the coast.",
			"Rescuers with sniffer dogs climbed over slabs of concrete where an apartment block had stood.",
			"A string of aftershocks sent people running back into the streets through the night.",
			"Cracks ran across the walls of {place}, which engineers said would have to be pulled down.",
			"Families slept in cars and parks, afraid to go back inside their damaged homes.",
			"Seismologists said the fault that moved had been quiet for more than a century.",
		},
		displaced: true, missing: true,
	},
	{
		name: "storm", noun: "the storm",
		headlines: []string{
			"Storm batters {region}, cutting power across {town}",
			"Winds tear roofs from homes as the storm moves inland",
			"{town} counts the cost after a night of gales",
		},
		scene: []string{
			"Gusts tore roofs from houses along the seafront and toppled trees onto parked cars.",
			"Waves broke over the harbour wall and flooded the fish market in {town}.",
			"Crews worked through the night to clear fallen trees from the coast road.",
			"Ferries stayed in port and flights from the regional airport were grounded.",
			"Power lines lay across several roads, and residents were told to keep away from them.",
			"Forecasters said the storm would weaken as it moved north over open farmland.",
		},
		displaced: true,
	},
	{
		name: "wildfire", noun: "the wildfire",
		headlines: []string{
			"Wildfire races through the hills above {town}",
			"Smoke blankets {region} as crews fight a fast-moving blaze",
			"Fire crews battle flames on the edge of {town}",
		},
		scene: []string{
			"A wall of smoke rose over the ridge and turned the afternoon sky orange above {town}.",
			"Water-bombing planes made run after run over the pine forest until the light failed.",
			"Strong, dry winds pushed the fire front across the valley faster than crews could follow.",
			"Ash fell like snow on the streets, and schools kept children indoors.",
			"Firefighters cut breaks through the scrub to protect the last houses on the hill road.",
			"Investigators were trying to establish whether the fire had been started deliberately.",
		},
		displaced: true, arrests: true,
	},
	{
		name: "landslide", noun: "the landslide",
		headlines: []string{
			"Landslide buries homes on the hillside above {town}",
			"Mud and rock sweep through a village in {region}",
			"Rescuers search for survivors after the hillside gives way in {town}",
		},
		scene: []string{
			"A slope softened by weeks of rain gave way before dawn and slid onto the houses below.",
			"Diggers worked slowly because the ground above was still moving, engineers said.",
			"The only road into the valley was cut, so supplies were brought in on foot.",
			"Geologists had warned for years that the hillside was unstable.",
			"Rescuers listened for sounds from under the mud during short periods of silence.",
			"Residents of nearby streets were told to leave until the slope had been surveyed.",
		},
		displaced: true, missing: true,
	},
	{
		name: "ferry", noun: "the sinking",
		headlines: []string{
			"Ferry capsizes off {town} in rough seas",
			"Search continues for passengers after a ferry sinks near {town}",
			"Questions mount over the overloaded ferry that sank off the {region} coast",
		},
		scene: []string{
			"The ferry was making its usual crossing when it listed sharply and turned over in heavy swell.",
			"Fishing boats joined the search and pulled survivors from the cold water.",
			"Relatives waited on the quay in {town} for news, some of them through the whole night.",
			"The vessel was more than forty years old and had been refitted twice, records show.",
			"Divers said visibility around the hull was poor and the current strong.",
			"Survivors described crowded decks and cargo that shifted as the boat began to tilt.",
		},
		missing: true, arrests: true,
	},
	{
		name: "blast", noun: "the explosion",
		headlines: []string{
			"Explosion rips through a chemical plant near {town}",
			"Blast at an industrial site shakes {town}",
			"Plant explosion sends a plume of smoke over {region}",
		},
		scene: []string{
			"The blast shattered windows across the industrial estate and was heard several kilometres away.",
			"A column of black smoke rose over the site for hours, and residents were told to keep windows shut.",
			"Firefighters cooled storage tanks through the night to stop the fire from spreading.",
			"Workers said alarms had sounded in one of the production halls shortly before the blast.",
			"Environmental inspectors were testing the river downstream of the plant.",
			"The company said it was cooperating with investigators and had suspended production.",
		},
		arrests: true, displaced: true,
	},
	{
		name: "protest", noun: "the protests",
		headlines: []string{
			"Protesters clash with police in central {town}",
			"Demonstrations spread across {region} over fuel prices",
			"Night of unrest in {town} as marchers defy a ban",
		},
		scene: []string{
			"Crowds marched from the university to the central square, chanting and waving flags.",
			"Riot police fired tear gas as groups of young men threw stones near the town hall.",
			"Shop owners boarded up their windows before dark along the main avenue.",
			"Organisers said the march had been peaceful until police blocked the route.",
			"The protests began over a rise in fuel prices but grew into anger at the government.",
			"Opposition parties called for an inquiry into how the demonstrations were policed.",
		},
		arrests: true,
	},
	{
		name: "derailment", noun: "the derailment",
		headlines: []string{
			"Passenger train derails near {town}",
			"Carriages overturn in a rail accident in {region}",
			"Rail line closed after a train leaves the tracks outside {town}",
		},
		scene: []string{
			"Several carriages left the tracks on a curve and rolled down the embankment.",
			"Passengers climbed out through broken windows and helped others up the slope.",
			"Cranes were brought in to lift the wrecked carriages from the cutting.",
			"The line between {town} and the capital will stay closed for several days, the operator said.",
			"Rail unions said they had raised concerns about the state of the track for years.",
			"Investigators recovered the data recorder from the leading carriage.",
		},
		missing: false, arrests: false,
	},
}

// filler are sentences any story can use. {event} is the event's noun.
var filler = []string{
	"{Event} is the worst the region has seen in a generation, residents said.",
	"\"I have lived here all my life and never seen anything like it,\" said {witness}, {job}.",
	"\"We heard a noise like thunder and then everything went dark,\" said {witness}, {job}.",
	"\"Nobody told us to leave until it was far too late,\" {witness}, {job}, said by telephone.",
	"{witness}, {job}, said neighbours had spent the night helping each other.",
	"Queues formed outside {place} as people waited for water and blankets.",
	"Schools in {town} stayed closed on {weekday}, and the local council opened {place} as a shelter.",
	"Mayor {mayor} said the town would need months to recover.",
	"Mayor {mayor} appealed for calm and asked people to stay away from damaged buildings.",
	"\"Our priority is to reach everyone who needs help,\" Mayor {mayor} told reporters in {town}.",
	"Local radio stations read out lists of families looking for relatives.",
	"Supermarkets in {town} ran short of bottled water and bread by the afternoon.",
	"The army sent trucks and field kitchens to the area on {weekday}.",
	"Neighbouring countries offered rescue teams and equipment.",
	"Opposition politicians said warnings had been ignored and called for an independent inquiry.",
	"The government said it would publish a full account of its response once the emergency was over.",
	"Telephone lines were down for much of the day, making it hard to get a clear picture.",
	"Doctors at the district hospital said they were running short of blood and appealed for donors.",
	"Churches and mosques opened their doors to people with nowhere else to go.",
	"Aid groups said the greatest need was for clean water, tents and medicine.",
	"Roads into {town} were jammed with traffic as relatives tried to reach the area.",
	"{Agency} said the situation remained serious but was slowly coming under control.",
	"Teams from {agency} were going from street to street {time}.",
	"Television pictures showed rescuers carrying an elderly woman on a stretcher past {place}.",
	"Residents said the emergency services had been slow to arrive.",
	"Officials defended the response, saying crews had been sent as soon as the alarm was raised.",
	"Many families spent the night in the open, wrapped in blankets near {place}.",
	"Insurers said it was too early to estimate the cost of the damage.",
	"The national football league postponed its weekend matches as a mark of respect.",
	"A day of mourning was declared, and flags flew at half mast on public buildings.",
	"The regional assembly met in an emergency session on {weekday}.",
	"Messages of sympathy arrived from around the world.",
	"Social media filled with photographs of the damage and appeals for missing pets.",
	"Volunteers set up a kitchen at {place} and served hot soup {time}.",
	"The weather service warned that conditions could get worse before they improved.",
	"Some shops in {town} reopened on {weekday}, although many streets were still closed.",
	"The cost of rebuilding is expected to fall largely on the regional budget.",
	"Engineers began checking bridges and tunnels across {region}.",
	"Rescue work was slowed by rain and by the darkness, officials said.",
	"\"We will rebuild, but we need help to do it,\" {witness} said outside {place}.",
	"The local newspaper printed a special edition with a list of emergency numbers.",
	"Students from the university organised collections of clothes and food.",
	"Hotels in the area offered free rooms to families who had lost their homes.",
	"Pictures from the air showed the full scale of the damage to {town}.",
	"It was not clear when electricity would be restored to the eastern districts.",
	"Farmers said they were worried about their animals and their harvest.",
	"Experts said better planning could have reduced the damage.",
	"The last comparable disaster in {region} led to a long debate about building rules.",
	"{Outlet} could not independently confirm all of the accounts given by residents.",
	"Residents said they had received a text alert only after the worst had passed.",
	"The emergency number was overwhelmed with calls through the night, officials said.",
	"Blood donation centres in the capital reported long queues of volunteers.",
	"Community leaders urged people to check on elderly neighbours living alone.",
	"Trains to and from {town} were running with long delays, the operator said.",
	"A crisis centre was opened at {place} to coordinate the work of the aid groups.",
}

// closers end an article.
var closers = []string{
	"Reporting by the {outlet} newsdesk; editing by the regional desk.",
	"This story has been updated with new information from the authorities.",
	"The {outlet} will continue to follow the story.",
	"More details are expected at a news conference on {weekday}.",
	"Readers with information can contact the {outlet} newsroom.",
}

// furniture is page furniture the default pack drops as boilerplate.
var furniture = []string{
	"Advertisement", "Share this article", "Subscribe to our morning newsletter", "Follow us on social media",
	"Click here for live updates",
}

// trapBriefs follow an end marker; the facts in them must be dropped with it.
var trapBriefs = []string{
	"A separate accident on a building site near {other} killed 3 workers and injured 11 others on {weekday}.",
	"In {other}, police arrested 25 people after a football match turned violent.",
	"A fire at a warehouse in {other} left 8 people injured, the fire service said.",
	"The city council of {other} approved $12 million for new cycle lanes.",
}

var endMarkers = []string{"Related:", "In other news", "More from the {outlet}", "Also read:"}

// Names of people in roles, with a transliteration or accent variant.
// Each entry is a base spelling and a variant spelling the default folds
// (or the removal of accents) make equal.
var variantSurnames = [][2]string{
	{"Zarembskiy", "Zarembsky"},
	{"Volynskiy", "Volynsky"},
	{"Dolinskiy", "Dolinsky"},
	{"Grigoryev", "Grigorev"},
	{"Andreyev", "Andreev"},
	{"Timofeyev", "Timofeev"},
	{"Sergeyeva", "Sergeeva"},
	{"Yakovleva", "Iakovleva"},
	{"Khalidov", "Halidov"},
	{"Çelikkaya", "Celikkaya"},
	{"Şahinoğlu", "Sahinoglu"},
	{"Jiménez", "Jimenez"},
	{"Núñez", "Nunez"},
	{"Dvořák", "Dvorak"},
	{"Kovačević", "Kovacevic"},
	{"Müllner", "Mullner"},
	{"Östberg", "Ostberg"},
	{"Haddadi", "Hadadi"},
}

// plainSurnames are role holders' surnames without a variant family.
var plainSurnames = []string{
	"Marchetti", "Halloway", "Brennan", "Okafor", "Lindqvist", "Petrakis", "Rossetti", "Vandermeer",
	"Castellano", "Fairbairn", "Kowalczyk", "Delacroix", "Whitcombe", "Ferreira", "Sorensen",
}

// garbles maps a surname to a one-letter garble of it ("Marchetti" read as
// "Marchelli"): same first name, most letters kept.
func garble(s string) string {
	b := []rune(s)
	// Change a letter in the second half, keeping the first letters.
	i := len(b) * 2 / 3
	switch b[i] {
	case 'a':
		b[i] = 'e'
	case 'e':
		b[i] = 'a'
	case 'i':
		b[i] = 'o'
	case 'o':
		b[i] = 'i'
	default:
		b[i] = 'u'
	}
	return string(b)
}
