package persons

import (
	"sort"
	"strings"
	"unicode"

	"factdiff/compare"
)

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// roleWord is a word of a role as written.
type roleWord struct {
	lower string // lower-case, possessive and dots removed: "us", "kremlin", "gen"
	cap   bool
	poss  bool
}

// roleWords splits one role ("the Kremlin's spokesman") into words.
func roleWords(role string) []roleWord {
	var out []roleWord
	for _, w := range strings.FieldsFunc(role, func(r rune) bool { return !(isLetter(r) || r == '\'' || r == '-' || r == '.' || r == '\u2019') }) {
		w = strings.ReplaceAll(w, "\u2019", "'")
		rw := roleWord{cap: unicode.IsUpper([]rune(w)[0])}
		low := strings.ToLower(w)
		if strings.HasSuffix(low, "'s") {
			rw.poss, low = true, strings.TrimSuffix(low, "'s")
		}
		rw.lower = strings.Trim(strings.ReplaceAll(low, ".", ""), "'-")
		if rw.lower != "" {
			out = append(out, rw)
		}
	}
	return out
}

// headSynonyms folds role words that name one office.
var headSynonyms = map[string]string{
	"spokesman": "spokesperson", "spokeswoman": "spokesperson", "advisor": "adviser",
	"gen": "general", "chairwoman": "chairman", "chair": "chairman", "sen": "senator",
	"rep": "representative", "adm": "admiral", "defense": "defence", "prof": "professor",
}

func synonym(w string) string {
	if s, ok := headSynonyms[w]; ok {
		return s
	}
	return w
}

// roleHeads returns the office words of a role as written ("envoy" for "U.S.
// Special Envoy", "spokesperson" for "the Kremlin's spokesman"). Two names
// that are a possible garble join one person only when they share one.
func roleHeads(role string) []string {
	var out []string
	for _, w := range roleWords(role) {
		if honorifics[w.lower] || honorifics[w.lower+"."] || modifiers[w.lower] {
			continue
		}
		if roleNouns[w.lower] || roleNouns[w.lower+"."] {
			out = appendOnce(out, synonym(w.lower))
		}
	}
	return out
}

// jurisdictions folds the words that say whose a role is: "U.S.", "American"
// and "White House" are all "us".
var jurisdictions = map[string]string{
	"us": "us", "usa": "us", "american": "us", "america": "us", "united states": "us", "washington": "us", "white house": "us",
	"russia": "russia", "russian": "russia", "kremlin": "russia", "moscow": "russia",
	"ukraine": "ukraine", "ukrainian": "ukraine", "kyiv": "ukraine",
	"uk": "uk", "britain": "uk", "british": "uk", "united kingdom": "uk", "london": "uk", "downing street": "uk",
	"turkey": "turkey", "turkish": "turkey", "ankara": "turkey", "türkiye": "turkey",
	"germany": "germany", "german": "germany", "berlin": "germany",
	"france": "france", "french": "france", "paris": "france", "elysee": "france", "élysée": "france",
	"china": "china", "chinese": "china", "beijing": "china",
	"eu": "eu", "european union": "eu", "brussels": "eu",
	"nato": "nato", "un": "un", "united nations": "un",
	"israel": "israel", "israeli": "israel", "iran": "iran", "iranian": "iran",
	"finland": "finland", "finnish": "finland", "poland": "poland", "polish": "poland",
	"italy": "italy", "italian": "italy", "spain": "spain", "spanish": "spain",
	"japan": "japan", "japanese": "japan", "india": "india", "indian": "india",
	"pentagon": "us", "state department": "us",
}

// portfolios make "minister" or "secretary" one office: "Foreign Minister".
var portfolios = set("foreign", "defence", "interior", "finance", "economy", "economic", "justice", "health", "energy", "trade", "home", "education", "agriculture", "culture", "environment", "transport", "treasury", "army", "navy", "commerce", "labor", "labour", "war", "homeland")

// branches make a role specific by themselves: "Army Secretary", "Army chief of staff".
var branches = set("army", "navy")

// uniqueOffices are held by one person at a time in one jurisdiction.
var uniqueOffices = set("president", "vice president", "prime minister", "chancellor", "premier", "king", "queen", "leader", "envoy", "spokesperson", "governor", "mayor", "head", "director", "chairman", "commander-in-chief", "chief of staff", "secretary of state", "minister", "secretary")

// disqualifiers make a role not its holder's alone, or not now.
var disqualifiers = set("former", "ex", "then", "late", "acting", "interim", "outgoing", "incoming", "deputy", "assistant", "associate", "junior", "one", "another", "some")

// roleKey reads one role ("U.S. Special Envoy", "the Kremlin's spokesman")
// into its office and jurisdiction. ok is false when the role is not
// specific: no unique office, or no jurisdiction for an office that needs one.
func roleKey(role string) (office, jur string, ok bool) {
	ws := roleWords(role)
	if len(ws) == 0 || ws[0].lower == "a" || ws[0].lower == "an" {
		return "", "", false
	}
	for _, w := range ws {
		if disqualifiers[w.lower] {
			return "", "", false
		}
		if i := strings.IndexByte(w.lower, '-'); i > 0 && disqualifiers[w.lower[:i]] {
			return "", "", false
		}
	}
	if ws[0].lower == "the" {
		ws = ws[1:]
	}
	// Compound offices written with "of": "chief of staff", "secretary of
	// state"; any other "of" starts the domain: "head of the agency".
	var words []string
	var domain []roleWord
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.lower == "of" && i+1 < len(ws) {
			prev := ""
			if len(words) > 0 {
				prev = words[len(words)-1]
			}
			next := ws[i+1].lower
			switch {
			case prev == "chief" && next == "staff":
				words[len(words)-1] = "chief of staff"
				i++
				continue
			case prev == "secretary" && next == "state":
				words[len(words)-1] = "secretary of state"
				i++
				continue
			}
			domain = ws[i+1:]
			break
		}
		if w.lower == "for" || w.lower == "to" {
			domain = ws[i+1:]
			break
		}
		words = append(words, synonym(w.lower))
		known := roleNouns[w.lower] || roleNouns[w.lower+"."] || modifiers[w.lower] || honorifics[w.lower] || honorifics[w.lower+"."] || portfolios[w.lower]
		if w.poss || (w.cap && !known) {
			words[len(words)-1] = "@" + words[len(words)-1] // a qualifier
		}
	}
	// The office is the last office word with its portfolio words; qualifiers
	// and the domain give the jurisdiction.
	var quals []string
	var offs []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		if strings.HasPrefix(w, "@") {
			// A run of qualifier words is one name: "Port Ardent".
			run := []string{w[1:]}
			for i+1 < len(words) && strings.HasPrefix(words[i+1], "@") {
				i++
				run = append(run, words[i][1:])
			}
			phrase := strings.Join(run, " ")
			if j, ok := jurisdictions[phrase]; ok {
				phrase = j
			}
			quals = append(quals, phrase)
			continue
		}
		if i+1 < len(words) {
			if j, ok := jurisdictions[w+" "+strings.TrimPrefix(words[i+1], "@")]; ok {
				quals = append(quals, j) // "White House"
				i++
				continue
			}
		}
		if j, ok := jurisdictions[w]; ok {
			quals = append(quals, j)
			continue
		}
		if portfolios[w] || w == "prime" || w == "vice" || uniqueOffices[w] || roleNouns[w] || roleNouns[w+"."] {
			offs = append(offs, w)
		}
	}
	if len(domain) > 0 {
		var d []string
		for _, w := range domain {
			if w.lower != "the" {
				d = append(d, w.lower)
			}
		}
		if j, ok := jurisdictions[strings.Join(d, " ")]; ok {
			quals = append(quals, j)
		} else if len(d) > 0 {
			quals = append(quals, strings.Join(d, " "))
		}
	}
	if len(offs) == 0 {
		return "", "", false
	}
	head := offs[len(offs)-1]
	var mods []string
	for _, w := range offs[:len(offs)-1] {
		if portfolios[w] || w == "prime" || w == "vice" {
			mods = append(mods, w)
		}
	}
	if !uniqueOffices[head] {
		return "", "", false
	}
	// "Prime Minister", "Vice President", "Foreign Minister", "Army Secretary".
	for _, m := range mods {
		if m == "prime" && head != "minister" || m == "vice" && head != "president" {
			return "", "", false
		}
	}
	if (head == "minister" || head == "secretary") && len(mods) == 0 {
		return "", "", false // "Russian minister", "US Secretary": one of many
	}
	name := strings.Join(append(mods, head), " ")
	self := head == "secretary of state"
	for _, m := range mods {
		self = self || branches[m]
	}
	sort.Strings(quals)
	jur = strings.Join(dedupe(quals), "+")
	if jur == "" && !self {
		return "", "", false
	}
	return name, jur, true
}

func dedupe(s []string) []string {
	var out []string
	for _, x := range s {
		out = appendOnce(out, x)
	}
	return out
}

// RoleClash is a specific role that different sources give to different
// people ("Kremlin spokesman": Dmitry Peskov in two sources, someone else
// in a third). It is always a conflict.
type RoleClash struct {
	Role    string          `json:"role"` // as first written
	Key     string          `json:"key"`  // the office and its jurisdiction: "spokesperson (russia)"
	Verdict compare.Verdict `json:"verdict"`
	Reason  string          `json:"reason"`
	Holders []Holder        `json:"holders"` // most sources first
}

// Holder is a person a role is given to, and where.
type Holder struct {
	Person  string   `json:"person"`
	Role    string   `json:"role"` // as written in the first mention
	Sources []string `json:"sources"`
	Refs    []Ref    `json:"refs"`
}

// Roles finds the specific roles that different sources give to different
// people: see the package documentation for what counts.
func Roles(people []*Person) []*RoleClash {
	type holding struct {
		person *Person
		role   string
		refs   []Ref
		srcs   []string
		seen   map[string]bool // srcs as a set
	}
	type key struct{ office, jur string }
	type holder struct {
		k key
		p *Person
	}
	held := map[key][]*holding{}
	byHolder := map[holder]*holding{}
	var order []key
	jurs := map[string]map[string]bool{} // office -> jurisdictions seen
	type found struct {
		k key
		p *Person
		m int
	}
	var all []found
	for _, p := range people {
		for mi, m := range p.Mentions {
			for _, part := range strings.Split(m.Role, ", ") {
				office, jur, ok := roleKey(part)
				if !ok {
					continue
				}
				if jurs[office] == nil {
					jurs[office] = map[string]bool{}
				}
				if jur != "" {
					jurs[office][jur] = true
				}
				all = append(all, found{key{office, jur}, p, mi})
			}
		}
	}
	for _, f := range all {
		k := f.k
		if k.jur == "" && len(jurs[k.office]) == 1 {
			// "Army Secretary" where another source writes "US Army Secretary".
			for j := range jurs[k.office] {
				k.jur = j
			}
		}
		m := f.p.Mentions[f.m]
		h := byHolder[holder{k, f.p}]
		if h == nil {
			if len(held[k]) == 0 {
				order = append(order, k)
			}
			h = &holding{person: f.p, role: roleText(m.Role, f.k.office, f.k.jur), seen: map[string]bool{}}
			held[k] = append(held[k], h)
			byHolder[holder{k, f.p}] = h
		}
		if !h.seen[m.Source] {
			h.seen[m.Source] = true
			h.srcs = append(h.srcs, m.Source)
			h.refs = append(h.refs, Ref{Source: m.Source, Line: m.Pos.Line, Column: m.Pos.Column, Sentence: m.Sentence})
		}
	}
	sourceSets := map[*Person]map[string]bool{}
	sourceSet := func(p *Person) map[string]bool { // p.Sources as a set
		if sourceSets[p] == nil {
			sourceSets[p] = set(p.Sources...)
		}
		return sourceSets[p]
	}
	var out []*RoleClash
	for _, k := range order {
		hs := held[k]
		if len(hs) < 2 {
			continue
		}
		// A source that gives the role to two people shows it is shared.
		shared := false
		count := map[string]int{}
		for _, h := range hs {
			for _, s := range h.srcs {
				count[s]++
				shared = shared || count[s] > 1
			}
		}
		// A source that names two of the holders (in any role) knows them
		// apart: "US envoy Steve Witkoff" and "Keith Kellogg, the Ukraine
		// envoy" are two envoys, not one role given to the wrong person.
		for a := 0; a < len(hs) && !shared; a++ {
			for b := a + 1; b < len(hs) && !shared; b++ {
				in := sourceSet(hs[b].person)
				for _, s := range hs[a].person.Sources {
					shared = shared || in[s]
				}
			}
		}
		if shared {
			continue
		}
		sort.SliceStable(hs, func(i, j int) bool { return len(hs[i].srcs) > len(hs[j].srcs) })
		rc := &RoleClash{Role: hs[0].role, Key: k.office, Verdict: compare.Conflict}
		if k.jur != "" {
			rc.Key += " (" + k.jur + ")"
		}
		var parts []string
		for _, h := range hs {
			rc.Holders = append(rc.Holders, Holder{Person: h.person.Name, Role: h.role, Sources: h.srcs, Refs: h.refs})
			parts = append(parts, h.person.Name)
		}
		rc.Reason = "different people named as " + rc.Role + ": " + strings.Join(parts, " / ")
		out = append(out, rc)
	}
	return out
}

// roleText returns the part of a role as written that gave the key.
func roleText(role, office, jur string) string {
	for _, part := range strings.Split(role, ", ") {
		if o, j, ok := roleKey(part); ok && o == office && j == jur {
			return part
		}
	}
	return role
}
