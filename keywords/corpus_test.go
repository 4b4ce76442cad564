package keywords

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
)

// The benchmark corpus and keyword lists are generated here from sentence
// templates and word lists written for this test; no outside text is used.
// Everything is deterministic (fixed PCG seed) so figures can be reproduced.

var subjects = []string{
	"Officials", "The interior minister", "Police", "Rescue workers", "The army",
	"Rebel commanders", "Local residents", "The company", "Analysts", "Hospital staff",
	"A government spokesman", "The regional governor", "Emergency services", "Witnesses",
	"The United Nations", "Aid agencies", "The central bank", "Opposition leaders",
	"The prime minister", "Firefighters", "The coast guard", "U.S. officials",
	"The defence ministry", "Union representatives", "The mayor of Nørrevik",
	"Doctors at Saint-Étienne hospital", "The chief of staff", "Prosecutors",
}

var verbs = []string{
	"said", "announced", "reported", "confirmed", "denied", "warned",
	"estimated", "claimed", "stated", "insisted", "told reporters",
}

var events = []string{
	"killed", "injured", "arrested", "evacuated", "displaced", "detained",
	"wounded", "rescued", "missing", "treated for burns", "taken to hospital",
	"released", "questioned", "relocated", "stranded",
}

var places = []string{
	"the northern province", "the capital", "Port Alvar", "the border town of Kesk",
	"Dunmore", "the eastern suburbs", "Vale Ridge", "the river delta", "Östmark",
	"the industrial zone", "San Corvo", "the old quarter", "the coastal villages",
	"Lake Imra", "the mountain district", "Kraśnik Dolny", "the refugee camp at Tamar",
}

var things = []string{
	"the death toll", "the budget", "inflation", "the ceasefire", "unemployment",
	"the election", "the investigation", "fuel prices", "the strike", "the flood",
	"the outbreak", "the trade deal", "the protest", "the evacuation order",
	"interest rates", "the peace talks", "the curfew", "the embargo", "exports",
	"the reconstruction effort", "the vaccination campaign", "the wildfire",
}

var trends = []string{
	"rose", "fell", "doubled", "climbed", "dropped", "increased", "decreased",
	"stabilised", "surged", "slipped", "remained unchanged",
}

var days = []string{
	"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
	"over the weekend", "early on Sunday", "late last night", "this morning",
	"in March", "last year", "since January",
}

var units = []string{"per cent", "%", "million dollars", "people", "tonnes", "homes", "families", "soldiers"}

var templates = []string{
	"{S} {V} that {N} people were {E} in {P} {D}.",
	"{S} {V} {T} {R} by {N} {U} {D}.",
	"At least {N} people have been {E} after {T} in {P}, {s} {v}.",
	"“We are doing everything we can,” {s} {v}, adding that {N} {U} had been {E}.",
	"{S} {V} the army controlled {P} and had occupied two villages {D}.",
	"The death toll from {T} in {P} rose to {N} {D}, according to {s}.",
	"{S} {V} {N} suspects were arrested in connection with {T}.",
	"Residents of {P} were ordered to evacuate as {T} {R}.",
	"In {P}, {T} {R} to {N} {U}, the highest level since {Y}.",
	"{S} {V} they would not comment on {T} until the investigation was complete.",
	"Troops withdrew from {P} {D}, ending an occupation that began in {Y}.",
	"{S} {V} that negotiations over {T} were continuing — but no agreement had been reached.",
	"Prices in {P} {R} sharply, and {s} {v} {T} would be reviewed.",
	"The chief of staff {V} {N} soldiers were killed and {M} were injured {D}.",
	"A spokesman for the company {V} it was cooperating fully with the authorities in {P}.",
	"Flooding in {P} forced {N} families from their homes {D}, {s} {v}.",
	"{S} {V} the controls on {T} would remain in place until {Y}.",
	"Protesters gathered outside parliament {D} to demand an end to {T}.",
	"Another {N} cases were recorded in {P}, bringing the total to {M}.",
	"{S} {V} the wounded were airlifted from {P} to hospitals in the capital.",
	"{S} {V} the {H} {K} in {P} would be extended {D}.",
	"Critics of the {H} {K} {V} {T} had {R} since {Y}.",
	"{Name}, a spokesman for the {H} {K}, {v} {N} people were {E}.",
}

var paragraphsOnce sync.Once
var corpusText string
var corpusDocs []string

// benchCorpus returns a deterministic news-like corpus of about 4 MiB and the
// same text split into documents of roughly 4 KiB (paragraph boundaries).
func benchCorpus() (string, []string) {
	paragraphsOnce.Do(func() {
		r := rand.New(rand.NewPCG(1, 2))
		pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
		var b strings.Builder
		var doc strings.Builder
		for b.Len() < 4<<20 {
			doc.Reset()
			for doc.Len() < 4096 {
				for s := 0; s < 5; s++ {
					t := pick(templates)
					rep := strings.NewReplacer(
						"{S}", pick(subjects), "{s}", strings.ToLower(pick(subjects)[:1])+pick(subjects)[1:],
						"{V}", pick(verbs), "{v}", pick(verbs), "{E}", pick(events),
						"{P}", pick(places), "{D}", pick(days), "{T}", pick(things),
						"{R}", pick(trends), "{U}", pick(units),
						"{N}", fmt.Sprint(r.IntN(5000)), "{M}", fmt.Sprint(r.IntN(900)),
						"{Y}", fmt.Sprint(1990+r.IntN(35)),
						"{H}", pick(phraseHeads), "{K}", pick(phraseTails),
						"{Name}", strings.ToUpper(nameSyllables[r.IntN(5)])[:1]+inventName(r),
					)
					sent := rep.Replace(t)
					sent = strings.ToUpper(sent[:1]) + sent[1:]
					doc.WriteString(sent)
					doc.WriteByte(' ')
				}
				doc.WriteString("\n\n")
			}
			corpusDocs = append(corpusDocs, doc.String())
			b.WriteString(doc.String())
		}
		corpusText = b.String()
	})
	return corpusText, corpusDocs
}

// Keyword lists: the first 30 look like one rule file's near: lists; the
// longer lists add more news vocabulary and then multi-word phrases and
// invented names (most of which never occur), as a large rule set would.
var baseKeywords = []string{
	"killed", "death toll", "injured", "arrest", "evacuate", "occupied", "control",
	"wounded", "police", "army", "soldier", "protest", "flood", "inflation",
	"unemployment", "per cent", "u.s.", "chief of staff", "ceasefire", "missing",
	"detained", "displaced", "election", "strike", "budget", "interest rate",
	"rescue", "hospital", "curfew", "refugee",
}

var moreWords = []string{
	"minister", "spokesman", "governor", "mayor", "resident", "official", "analyst",
	"prosecutor", "suspect", "firefighter", "doctor", "troop", "rebel", "commander",
	"village", "capital", "province", "border", "suburb", "district", "camp",
	"investigation", "negotiation", "agreement", "peace talks", "trade deal", "embargo",
	"export", "import", "price", "fuel", "vaccination", "outbreak", "wildfire",
	"reconstruction", "parliament", "protester", "demand", "family", "home", "tonne",
	"withdraw", "occupation", "union", "bank", "company", "authority", "case", "total",
	"level", "comment", "cooperate", "airlift", "gather", "record", "release",
	"question", "relocate", "strand", "treat", "burn", "rise", "fall", "double",
	"climb", "drop", "increase", "decrease", "surge", "slip", "remain", "estimate",
	"claim", "state", "insist", "deny", "warn", "confirm", "report", "announce",
	"coast guard", "united nations", "aid agency", "central bank", "opposition",
	"prime minister", "defence ministry", "emergency service", "witness", "staff",
}

var phraseHeads = []string{
	"military", "regional", "national", "local", "foreign", "federal", "armed",
	"civil", "public", "private", "economic", "political", "humanitarian", "border",
	"security", "health", "energy", "water", "food", "housing", "transport", "labour",
	"tax", "court", "police", "rescue", "relief", "supply", "naval", "air",
}

var phraseTails = []string{
	"convoy", "council", "crisis", "minister", "agency", "forces", "group", "official",
	"shortage", "reform", "policy", "plan", "spending", "deficit", "operation", "unit",
	"station", "network", "programme", "ruling", "inquiry", "dispute", "sanction",
	"talks", "summit", "corridor", "checkpoint", "patrol", "clash", "offensive",
	"blockade", "shipment", "tariff", "subsidy", "levy", "strike", "walkout", "raid",
	"sweep", "cordon", "lockdown", "audit", "probe", "charge", "verdict", "appeal",
	"ban", "quota", "target", "warning", "alert", "drill", "exercise",
}

var nameSyllables = []string{"ka", "ro", "mel", "tan", "vir", "os", "lu", "den", "sa", "bri", "gor", "ty", "ne", "wal", "zu"}

func inventName(r *rand.Rand) string {
	var name strings.Builder
	for k := 0; k < 2+r.IntN(3); k++ {
		name.WriteString(nameSyllables[r.IntN(len(nameSyllables))])
	}
	return name.String()
}

// benchKeywords returns n keywords; each list is a prefix of the longer ones.
func benchKeywords(n int) []string {
	var all []string
	seen := map[string]bool{}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			all = append(all, w)
		}
	}
	for _, w := range baseKeywords {
		add(w)
	}
	for _, w := range moreWords {
		add(w)
	}
	// Interleave phrases and invented names so each prefix has both kinds.
	r := rand.New(rand.NewPCG(3, 4))
	for _, h := range phraseHeads {
		for _, t := range phraseTails {
			add(h + " " + t)
			add(inventName(r))
		}
	}
	for len(all) < 3200 {
		add(inventName(r))
	}
	if n > len(all) {
		panic(fmt.Sprintf("only %d benchmark keywords", len(all)))
	}
	return all[:n]
}
