package persons

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"factdiff/facts"
)

// Finder finds the people named in a sentence. Make one with NewFinder; it
// is read-only afterwards and safe for concurrent use. Its Find method is a
// facts.MentionFinder.
type Finder struct {
	titles   map[string]bool // lower-case title words from the pack ("gen.", "u.s.", "president")
	dotted   map[string]bool // title words that end in a dot, without it ("gen", "mr")
	notNames map[string]bool // lower-case single words that are never a person
	notSpans map[string]bool // lower-case phrases of two or more words ("white house")
	maxSpan  int             // longest phrase in notSpans, in words
	// tokens holds *[]token buffers for Find, which keeps none of them.
	tokens *sync.Pool
}

// NewFinder prepares a finder with the pack's titles and not_names.
func NewFinder(p *facts.Pack) *Finder {
	f := &Finder{titles: map[string]bool{}, dotted: map[string]bool{}, notNames: map[string]bool{}, notSpans: map[string]bool{},
		tokens: &sync.Pool{New: func() any { return new([]token) }}}
	addTitle := func(w string) {
		f.titles[w] = true
		if strings.HasSuffix(w, ".") && !strings.Contains(strings.TrimSuffix(w, "."), ".") {
			f.dotted[strings.TrimSuffix(w, ".")] = true
		}
	}
	for _, t := range p.Titles {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			addTitle(w)
		}
	}
	for w := range honorifics {
		addTitle(w)
	}
	for w := range roleNouns {
		if strings.HasSuffix(w, ".") {
			f.dotted[strings.TrimSuffix(w, ".")] = true
		}
	}
	for _, n := range p.NotNames {
		ws := strings.Fields(strings.ToLower(n))
		switch {
		case len(ws) == 1:
			f.notNames[ws[0]] = true
		case len(ws) > 1:
			f.notSpans[strings.Join(ws, " ")] = true
			f.maxSpan = max(f.maxSpan, len(ws))
		}
	}
	return f
}

// token is a word or a punctuation mark of a sentence.
type token struct {
	start, end int
	text       string // as written
	lower      string // lower-cased, possessive 's removed
	word       bool   // letters or digits
	cap        bool   // starts with an upper-case letter
	poss       bool   // ends in a possessive 's
	initial    bool   // the first word of the sentence, a quotation or a heading

	// Computed once per word: by tokenize for capitalised words, on demand
	// (see title) for the others, which are only read next to a name.
	checked  bool
	title    bool // a title, honorific or role word (isTitle)
	head     bool // a role word that names an office (isHead)
	initials bool // "J.", "J.D.", "JD"
	name     bool // can be a word of a name (nameWord)
}

// title reports whether token k is a title, honorific or role word.
func (f *Finder) title(ts []token, k int) bool {
	t := &ts[k]
	if !t.checked {
		t.checked = true
		t.title = t.word && f.isTitle(t.lower)
		t.head = t.title && f.isHead(t.lower)
	}
	return t.title
}

// head reports whether token k is a role word that names an office.
func (f *Finder) head(ts []token, k int) bool {
	f.title(ts, k)
	return ts[k].head
}

// tokenize splits a sentence into words and punctuation. A word keeps inner
// apostrophes and hyphens, the dots of initials and dotted abbreviations
// ("U.S.", "J.") and the dot of a dotted title ("Gen.").
func (f *Finder) tokenize(s string) []token {
	return f.tokenizeInto(make([]token, 0, len(s)/5+4), s)
}

// tokenizeInto is tokenize appending to out.
func (f *Finder) tokenizeInto(out []token, s string) []token {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			out = append(out, token{start: i, end: i + n, text: s[i : i+n]})
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			if r == '\'' || r == '-' {
				// Inside a word only when a letter or digit follows.
				if k := j + n; k < len(s) {
					if r2, _ := utf8.DecodeRuneInString(s[k:]); unicode.IsLetter(r2) || unicode.IsDigit(r2) {
						j = k
						continue
					}
				}
				break
			}
			if r == '.' {
				w := s[i:j]
				if initialish(w) {
					j += n
					continue
				}
				if f.dotted[strings.ToLower(w)] {
					j += n
				}
			}
			break
		}
		t := token{start: i, end: j, text: s[i:j], word: true}
		first, _ := utf8.DecodeRuneInString(t.text)
		t.cap = unicode.IsUpper(first)
		low := strings.ToLower(t.text)
		if strings.HasSuffix(low, "'s") && len(low) > 2 {
			t.poss = true
			low = low[:len(low)-2]
		}
		t.lower = low
		out = append(out, t)
		i = j
	}
	// Mark the first word of the sentence, of a quotation and after a colon
	// or a bullet: there a capital says nothing about a name.
	start := true
	for k := range out {
		t := &out[k]
		if t.word {
			t.initial = start
			start = false
			continue
		}
		switch t.text {
		case ":", "(", "?", "!", ";", "#", "*", "\u2022":
			start = true
		case "\"":
			// An opening quote: at the start or after a space.
			if t.start == 0 || unicode.IsSpace(rune(s[t.start-1])) {
				start = true
			}
		case "-":
			// A bullet, or a dash between spaces: "(Northwire) - The United States".
			if k == 0 || (t.start > 0 && t.end < len(s) && s[t.start-1] == ' ' && s[t.end] == ' ') {
				start = true
			}
		}
	}
	for k := range out {
		if t := &out[k]; t.word && t.cap {
			f.title(out, k)
			t.initials = isInitials(*t)
		}
	}
	for k := range out {
		if out[k].cap {
			out[k].name = f.nameWord(out, k)
		}
	}
	return out
}

// initialish reports whether w (before a dot) is an initial or a dotted
// abbreviation: "J", "U.S", "D".
func initialish(w string) bool {
	n := 0 // letters since the last dot
	for _, r := range w {
		if r == '.' {
			if n != 1 {
				return false
			}
			n = 0
			continue
		}
		n++
	}
	return n == 1
}

// isTitle reports whether a word is a title, an honorific or a role noun.
func (f *Finder) isTitle(lower string) bool {
	return f.titles[lower] || roleNouns[lower] || f.dotted[lower] || (strings.IndexByte(lower, '-') > 0 && hyphenRole(lower))
}

// hyphenRole reports whether a hyphenated word ends in a role word:
// "then-president", "commander-in-chief".
func hyphenRole(lower string) bool {
	i := strings.LastIndexByte(lower, '-')
	if i < 0 {
		return false
	}
	if roleNouns[lower] {
		return true
	}
	first := lower[:strings.IndexByte(lower, '-')]
	return roleNouns[lower[i+1:]] || roleNouns[first]
}

// isHead reports whether a role word names an office: not a modifier
// ("special", "U.S.") nor an honorific ("Mr").
func (f *Finder) isHead(lower string) bool {
	if honorifics[lower] || modifiers[lower] {
		return false
	}
	if strings.Contains(lower, "-") && !roleNouns[lower] {
		return hyphenRole(lower)
	}
	return f.titles[lower] || roleNouns[lower]
}

// isInitials reports whether a word is initials: "J.", "J.D.", "JD".
func isInitials(t token) bool {
	w := strings.TrimSuffix(t.text, ".")
	if initialish(w) && strings.HasSuffix(t.text, ".") {
		return true
	}
	n := utf8.RuneCountInString(t.text)
	if n != 2 {
		return false
	}
	for _, r := range t.text {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nameWord reports whether token k can be a word of a name (not an initial).
func (f *Finder) nameWord(ts []token, k int) bool {
	t := ts[k]
	if !t.word || !t.cap || t.initials {
		return false
	}
	low := t.lower
	if t.title || f.notNames[low] || functionWords[low] || calendar[low] {
		return false
	}
	if t.initial && strings.HasSuffix(low, "ly") && len(low) > 4 {
		return false // "Previously", "Currently"
	}
	if strings.ContainsAny(t.text, "0123456789") {
		return false
	}
	r1, n := utf8.DecodeRuneInString(t.text)
	r2, _ := utf8.DecodeRuneInString(t.text[n:])
	if r2 == utf8.RuneError || (unicode.IsUpper(r1) && unicode.IsUpper(r2)) {
		// A lone capital ("X", "I"), an acronym or a word in capitals ("NBC",
		// "POWs", "KYIV"); "McDonald" and "O'Brien" pass.
		return false
	}
	if strings.Contains(low, "-") {
		for i, part := range strings.Split(t.text, "-") {
			pl := strings.ToLower(part)
			if i == 0 && particles[pl] {
				continue // "al-Assad"
			}
			r, _ := utf8.DecodeRuneInString(part)
			if !unicode.IsUpper(r) || f.notNames[pl] || f.isTitle(pl) || functionWords[pl] {
				return false // "Russia-Ukraine", "Kremlin-backed", "Trump-era"
			}
		}
	}
	return true
}

// span is a name found in a sentence: tokens [i, j).
type span struct{ i, j int }

// Find returns the people named in a sentence with their roles. The
// sentence is cleaned text (plain quotes and dashes), as facts gives it.
func (f *Finder) Find(s string) []facts.MentionSpan {
	buf := f.tokens.Get().(*[]token)
	defer func() {
		clear((*buf)[:cap(*buf)]) // the tokens point into s: let it go
		f.tokens.Put(buf)
	}()
	ts := f.tokenizeInto((*buf)[:0], s)
	*buf = ts
	if len(ts) == 0 || f.headline(s, ts) {
		return nil
	}
	spans := f.spans(ts)
	var out []facts.MentionSpan
	for _, sp := range spans {
		role, first := f.roleBefore(s, ts, sp.i)
		parts := []string{}
		if role != "" {
			parts = append(parts, role)
		}
		if r := f.roleCommaBefore(s, ts, first, sp, spans); r != "" {
			parts = append(parts, r)
		}
		if r := f.roleAfter(s, ts, sp, spans); r != "" {
			parts = append(parts, r)
		}
		role = strings.Join(parts, ", ")
		if role == "" && !ts[sp.j-1].poss && first > 0 && (placePrepositions[ts[first-1].lower] || ts[first-1].lower == "the") {
			continue // "in Geneva", "at Sallow Bay", "the Water Board"
		}
		if role == "" && first > 0 && ts[first-1].text == "(" && sp.j < len(ts) && ts[sp.j].text == ")" {
			continue // a dateline's outlet: "ORRICK (Civic Observer) -"
		}
		if sp.j-sp.i == 1 && strings.Contains(ts[sp.i].text, "-") && role == "" {
			continue // "Trump-Putin summit": two names, or none
		}
		start, end := ts[sp.i].start, ts[sp.j-1].end
		if ts[sp.j-1].poss {
			end -= 2
		}
		out = append(out, facts.MentionSpan{Start: start, End: end, Role: role})
	}
	return out
}

// spans finds the capitalised name spans of a sentence.
func (f *Finder) spans(ts []token) []span {
	var out []span
	for i := 0; i < len(ts); {
		if !ts[i].name && !(ts[i].initials && ts[i].cap) {
			i++
			continue
		}
		j := i
	extend:
		for j < len(ts) && j-i < 6 {
			switch {
			case ts[j].name || (ts[j].initials && (j == i || !ts[j].initial)):
				j++
			case j > i && particles[ts[j].text] && particleRun(ts, j) > 0 && ts[j+particleRun(ts, j)].name:
				j += particleRun(ts, j) // "von der Leyen", "de la Cruz"
			default:
				break extend
			}
			if ts[j-1].poss {
				break
			}
		}
		// A name ends with a name word: trim initials and particles.
		end := j
		for end > i && !ts[end-1].name {
			end--
		}
		if end > i && f.acceptSpan(ts, i, end) {
			out = append(out, span{i, end})
		}
		i = max(j, i+1)
	}
	return out
}

// particleRun returns how many particles start at token j ("de la"), or 0
// when no word follows them.
func particleRun(ts []token, j int) int {
	n := 0
	for j+n < len(ts) && particles[ts[j+n].text] && n < 3 {
		n++
	}
	if j+n >= len(ts) {
		return 0
	}
	return n
}

// acceptSpan rejects a span that is part of a place or organisation name:
// it holds a not_names phrase ("Saudi Arabia"), is followed by a not_names
// word ("Velmar Province", "NBC News") or follows a place word ("Port
// Ardent", "Storm Maren").
func (f *Finder) acceptSpan(ts []token, i, j int) bool {
	// A not_names phrase that overlaps the span: "Saudi Arabia", "United States".
	for a := max(0, i-f.maxSpan+1); a < j; a++ {
		words := []string{ts[a].lower}
		for b := a + 1; b < len(ts) && b-a < f.maxSpan; b++ {
			words = append(words, ts[b].lower)
			if b >= i && f.notSpans[strings.Join(words, " ")] {
				return false
			}
		}
	}
	if !ts[j-1].poss && j < len(ts) && ts[j].word && ts[j].cap && f.notNames[ts[j].lower] && !calendar[ts[j].lower] {
		return false
	}
	if i > 0 && ts[i-1].word && ts[i-1].cap && !ts[i-1].poss && f.notNames[ts[i-1].lower] && placePrefixes[ts[i-1].lower] {
		return false
	}
	if j-i > 1 && placePrefixes[ts[i].lower] {
		return false // "Upper Lomond", "North Calder"
	}
	return true
}

// placePrefixes start a place or event name when capitalised: "Port
// Ardent", "Mount Semeru", "Storm Maren".
var placePrefixes = set("port", "mount", "mt.", "lake", "fort", "cape", "storm", "hurricane", "typhoon", "cyclone", "tropical", "operation", "camp", "saint", "st.", "san", "santa", "sao", "são", "los", "las", "north", "south", "east", "west", "upper", "lower", "greater", "gulf", "bay", "isle", "river")

// roleBefore reads the role written right before token i: title and role
// words, an "of X" domain, and up to two capitalised qualifiers before them
// ("Turkish President", "Port Ardent's mayor", "Kremlin spokesman"). It
// returns the role (empty when the words name no office) and the index of
// the first token it read.
func (f *Finder) roleBefore(s string, ts []token, i int) (string, int) {
	k := i - 1
	first, heads := i, 0
	for k >= 0 && ts[k].word {
		t := ts[k]
		if f.title(ts, k) || modifiers[t.lower] {
			if f.head(ts, k) {
				heads++
			}
		} else if t.lower != "of" || first == i || k == 0 || !f.title(ts, k-1) {
			break // "of" only inside a role: "Secretary of State"
		}
		first = k
		k--
	}
	if first == i {
		return "", i
	}
	// Qualifiers: capitalised words right before the role words.
	for q := 0; q < 2 && k >= 0 && heads > 0; q++ {
		t := ts[k]
		if !t.word || !t.cap || functionWords[t.lower] || calendar[t.lower] {
			break
		}
		first = k
		k--
	}
	if heads == 0 {
		// Only modifiers ("New" in "New Delhi") or honorifics ("Mr").
		for k := first; k < i; k++ {
			if !honorifics[ts[k].lower] {
				return "", first
			}
		}
		return strings.TrimSpace(s[ts[first].start:ts[i-1].end]), first
	}
	// Honorifics right before the name are not part of the role: "UK Prime
	// Minister Sir Keir Starmer".
	last := i - 1
	for last > first && honorifics[ts[last].lower] {
		last--
	}
	return strings.TrimSpace(s[ts[first].start:ts[last].end]), first
}

// phraseEnders end an apposition: "Kirill Dmitriev, the Russian envoy, who".
var phraseEnders = set("who", "which", "whose", "that", "and", "said", "says", "told", "tells")

// determiners before a role between commas: "the Army chief of staff, ...".
var determiners = set("the", "its", "his", "her", "their", "a", "an")

// roleAfter reads a role in apposition after the name: "Kemal Öztürk, head
// of the disaster agency," or "Dmitry Peskov, the Kremlin's spokesman". The
// phrase follows a comma, starts with "the" (kept out of the role), "a", a
// capitalised qualifier, a possessive or a role word, names an office
// within its first five words, holds no other name, and ends at
// punctuation, the end of the sentence or a word such as "who" or "said".
func (f *Finder) roleAfter(s string, ts []token, sp span, spans []span) string {
	k := sp.j
	if k+1 >= len(ts) || ts[k].text != "," || ts[sp.j-1].poss {
		return ""
	}
	k++
	from := k
	switch t := ts[k]; {
	case t.lower == "the":
		from, k = k+1, k+1
	case t.lower == "a" || t.lower == "an":
		// "Jared Kushner, a senior adviser": a role, and not its only holder.
		k++
	case t.word && (t.cap || t.poss || f.title(ts, k) || modifiers[t.lower]):
	default:
		return ""
	}
	end, head, open := k, -1, false
	for ; end < len(ts); end++ {
		t := ts[end]
		if !t.word {
			if t.text == "'" || t.text == "-" {
				continue
			}
			break
		}
		if phraseEnders[t.lower] || end-k >= 10 {
			break
		}
		switch {
		case open:
			// After "of" or "for" anything goes: "head of the disaster agency".
		case head < 0 && f.head(ts, end):
			head = end
		case head >= 0 && (t.lower == "of" || t.lower == "for" || t.lower == "to" || t.lower == "on"):
			open = true
		case f.title(ts, end) || modifiers[t.lower] || t.cap || t.poss:
		case head < 0 && !functionWords[t.lower] && end-k < 3:
			// An adjective before the office: "top military commander".
		default:
			return "" // a clause, not an apposition: "Zelensky, the delegation met the president"
		}
	}
	if head < 0 || head-k > 4 || end == k || (end < len(ts) && ts[end].word && !phraseEnders[ts[end].lower]) || f.overlaps(domainless(ts, spans), k, end, head) {
		return ""
	}
	return strings.TrimSpace(s[ts[from].start:ts[end-1].end])
}

// roleCommaBefore reads a role written before the name and a comma: "the
// Ukrainian commander-in-chief, Oleksandr Syrskyi," or "Port Ardent's
// mayor, Daniel Okafor". The phrase ends in a role word and holds an office;
// the name must be followed by a comma or end the sentence, so that an
// opening clause ("After meeting the president, Zelensky flew") gives no
// role.
func (f *Finder) roleCommaBefore(s string, ts []token, first int, sp span, spans []span) string {
	if first < 2 || ts[first-1].text != "," {
		return ""
	}
	if sp.j < len(ts) && ts[sp.j].text != "," && ts[sp.j].text != "." {
		return ""
	}
	last := first - 2
	if !ts[last].word || !(f.title(ts, last) || modifiers[ts[last].lower]) {
		return ""
	}
	k, head := last, false
	for ; k >= 0 && last-k < 6; k-- {
		t := ts[k]
		if !t.word || determiners[t.lower] || (functionWords[t.lower] && t.lower != "of") {
			break
		}
		if t.poss {
			// The possessor of the role, up to two capitalised words:
			// "Ukraine's top military commander", "Port Ardent's mayor".
			for n := 0; n < 1 && k > 0 && ts[k-1].word && ts[k-1].cap && !functionWords[ts[k-1].lower]; n++ {
				k--
			}
			k--
			break
		}
		if f.head(ts, k) {
			head = true
		}
	}
	from := k + 1
	if !head || from > last || f.overlaps(spans, from, last+1, last+1) {
		return ""
	}
	return strings.TrimSpace(s[ts[from].start:ts[last].end])
}

// domainless drops the spans that name the domain of a role: right after
// "of the", "for the" or "of" ("a spokeswoman for the Red Crescent", "head
// of Gazprom"), not a person in the way of the apposition.
func domainless(ts []token, spans []span) []span {
	var out []span
	for _, sp := range spans {
		prev := ""
		if sp.i > 0 {
			prev = ts[sp.i-1].lower
		}
		if prev == "the" && sp.i > 1 {
			prev = ts[sp.i-2].lower
		}
		if prev == "of" || prev == "for" {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// overlaps reports whether a name span overlaps tokens [i, j). A one-word
// span before the office word at head is the role's qualifier, not a name
// in the way: "Zelensky adviser", "the Kenyan trade minister".
func (f *Finder) overlaps(spans []span, i, j, head int) bool {
	for _, sp := range spans {
		if sp.i < j && i < sp.j {
			if sp.j-sp.i == 1 && sp.i < head {
				continue
			}
			return true
		}
	}
	return false
}

// headline reports whether a sentence is set in headline case: a
// capitalised function word inside it ("Kyiv At Risk"), or no final
// punctuation and most of at least three content words capitalised ("Key
// Points of the Proposed Plan").
func (f *Finder) headline(s string, ts []token) bool {
	for _, t := range ts {
		if t.cap && !t.initial && headlineWords[t.lower] {
			return true
		}
	}
	end := strings.TrimRight(s, " \"')]")
	if strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?") || strings.HasSuffix(end, ":") {
		return false
	}
	content, caps := 0, 0
	for _, t := range ts {
		if !t.word || functionWords[t.lower] || strings.ContainsAny(t.text, "0123456789") {
			continue
		}
		content++
		if t.cap {
			caps++
		}
	}
	return content >= 3 && caps*10 >= content*6
}
