package corpusgen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// story is a planned story: its setting, its people and its planted facts.
type story struct {
	idx    int
	n      int // articles
	dir    string
	width  int // digits in article file names
	ev     *event
	town   string
	other  string // a town named in trap briefs only
	region string
	river  string
	agency string
	mayor  string
	facts  []*fact
}

// outlierForm marks the article whose value conflicts (or whose spelling is garbled).
const outlierForm = 255

// fact is one planted fact.
type fact struct {
	rule string
	kind string // count, money or name
	plan string

	// Numbers: the true value (money in millions), the hedged variants and
	// the outlier.
	value    int
	currency string // USD or EUR for money
	hedges   []hedged
	outlier  int

	// Names: the first name and the spellings of the surname: [0] is the
	// main one, [1] the variant or the garble.
	first     string
	spellings [2]string

	// form says how each article states the fact: 0 not at all, 1 the main
	// value or spelling, 2+k hedge k (numbers) or 2 the other spelling
	// (names), outlierForm the outlier.
	form []uint8
}

type hedged struct {
	h hedgeForm
	x int // the number written after the hedge
}

var numericRules = []string{"deaths", "injured", "missing", "arrested", "displaced", "money"}
var roleRules = []string{"role-minister", "role-governor", "role-spokesperson", "role-agency-head", "role-commander"}

var numericPlans = []string{PlanConflict, PlanCompatible, PlanAgree, PlanSingle}
var namePlans = []string{PlanVariant, PlanAgree, PlanGarble, PlanSingle}

func planStory(cfg Config, idx, n int) *story {
	r := rng(cfg.Seed, 1, idx, 0)
	st := &story{idx: idx, n: n, dir: fmt.Sprintf("story-%04d", idx+1), width: max(4, len(strconv.Itoa(n)))}
	st.ev = &events[r.IntN(len(events))]
	st.town = pick(r, towns)
	for st.other = pick(r, towns); st.other == st.town; st.other = pick(r, towns) {
	}
	st.region = pick(r, regions)
	st.river = pick(r, rivers)
	st.agency = pick(r, agencies)
	st.mayor = pick(r, firstNames) + " " + pick(r, mayorSurnames)

	share := 0.8 // the share of articles that state each fact
	if cfg.size() < 1500 {
		share = 0.3
	}
	// Numeric facts: deaths always, the others as the event makes likely.
	k := 0
	for _, rule := range numericRules {
		p := 0.9
		switch rule {
		case "deaths":
			p = 1
		case "missing":
			p = map[bool]float64{true: 0.8, false: 0.25}[st.ev.missing]
		case "arrested":
			p = map[bool]float64{true: 0.8, false: 0.25}[st.ev.arrests]
		case "displaced":
			p = map[bool]float64{true: 0.85, false: 0.25}[st.ev.displaced]
		case "money":
			p = 0.7
		}
		if r.Float64() >= p {
			continue
		}
		// Plans rotate over stories and facts, so that a few stories cover them all.
		f := &fact{rule: rule, kind: "count", plan: numericPlans[(idx+k)%len(numericPlans)]}
		k++
		if rule == "money" {
			f.kind = "money"
			f.currency = pick(r, []string{"USD", "EUR"})
			if f.plan == PlanConflict {
				// The money rule has no keywords: amounts that do not fit
				// together are different facts, never a conflict.
				f.plan = PlanCompatible
			}
		}
		f.value = trueValue(r, rule)
		f.hedges = hedgesFor(r, f.value)
		f.outlier = outlierOf(r, f.value)
		st.assign(r, f, share)
		st.facts = append(st.facts, f)
	}
	// People in roles: two to four of them, each with a surname of its own.
	roles := append([]string(nil), roleRules...)
	r.Shuffle(len(roles), func(i, j int) { roles[i], roles[j] = roles[j], roles[i] })
	roles = roles[:2+r.IntN(3)]
	usedFirst := map[string]bool{}
	usedSur := map[string]bool{}
	for j, rule := range roles {
		f := &fact{rule: rule, kind: "name", plan: namePlans[(idx+j)%len(namePlans)]}
		for f.first == "" || usedFirst[f.first] {
			f.first = pick(r, firstNames)
		}
		usedFirst[f.first] = true
		for f.spellings[0] == "" || usedSur[f.spellings[0]] {
			if f.plan == PlanVariant {
				f.spellings = pick(r, variantSurnames)
			} else {
				f.spellings = [2]string{pick(r, plainSurnames), ""}
			}
		}
		usedSur[f.spellings[0]] = true
		if f.plan == PlanGarble {
			f.spellings[1] = garble(f.spellings[0])
		}
		st.assign(r, f, share)
		st.facts = append(st.facts, f)
	}
	return st
}

// trueValue draws the true value of a numeric fact (money in millions).
func trueValue(r *rand.Rand, rule string) int {
	logU := func(lo, hi float64) int { return int(math.Round(lo * math.Pow(hi/lo, r.Float64()))) }
	switch rule {
	case "deaths":
		return logU(4, 400)
	case "injured":
		return logU(10, 1400)
	case "missing":
		return logU(3, 90)
	case "arrested":
		return logU(6, 400)
	case "displaced":
		v := logU(600, 250000)
		if v > 20000 {
			v = v / 100 * 100
		}
		if v >= 1500 && v <= 2750 {
			v += 1300 // a number that reads as a year is not a count
		}
		return v
	case "money":
		return logU(5, 900)
	}
	return 10
}

// nice returns the multiple of a round step nearest v within [lo, hi]
// (rounding as round, up or down), preferring the roundest; v itself if none.
func nice(v, lo, hi float64, how func(float64) float64) int {
	for _, step := range []float64{100000, 50000, 10000, 5000, 1000, 500, 100, 50, 10, 5, 2, 1} {
		if step*3 > v && step > 1 {
			continue
		}
		x := how(v/step) * step
		if x >= lo && x <= hi && x >= 1 {
			return int(x)
		}
	}
	return int(v)
}

// hedgesFor draws up to three hedged ways of writing a value whose
// intervals all hold it, with a margin.
func hedgesFor(r *rand.Rand, v int) []hedged {
	d := float64(v)
	var out []hedged
	perm := r.Perm(len(hedgeForms))
	seen := map[string]bool{}
	for _, i := range perm {
		h := hedgeForms[i]
		var x int
		switch h.kind {
		case 'a': // [0.9x, 1.1x] holds d
			x = nice(d, d/1.08, d/0.92, math.Round)
		case 'b': // [0.9x, x]
			x = nice(d, d, d/0.92, math.Ceil)
		case 'o': // [x, 1.25x]
			x = nice(d, d/1.22, d, math.Floor)
		}
		key := string(h.kind) + strconv.Itoa(x)
		if seen[key] || yearLike(x) {
			continue
		}
		seen[key] = true
		out = append(out, hedged{h, x})
		if len(out) == 3 {
			break
		}
	}
	return out
}

// outlierOf draws a value no hedged variant of v can reach.
func outlierOf(r *rand.Rand, v int) int {
	d := float64(v)
	low, high := nice(d*0.5, 1, d*0.7, math.Round), nice(d*1.6+3, d*1.4+2, d*2, math.Round)
	if d >= 20 && (r.IntN(2) == 0 || yearLike(high)) && !yearLike(low) {
		return low
	}
	if yearLike(high) {
		return int(d*2.5) + 3000
	}
	return high
}

// yearLike reports whether a number would read as a year ("in 1972"), which
// the quantity parser rightly does not count.
func yearLike(x int) bool { return x >= 1500 && x <= 2199 }

// assign decides which articles state a fact and how, and downgrades the
// plan when the story has too few articles for it.
func (st *story) assign(r *rand.Rand, f *fact, share float64) {
	need := map[string]int{PlanAgree: 2, PlanCompatible: 2, PlanVariant: 2, PlanConflict: 3, PlanGarble: 3, PlanSingle: 1}
	for st.n < need[f.plan] {
		switch f.plan {
		case PlanConflict:
			f.plan = PlanCompatible
		case PlanGarble:
			f.plan = PlanAgree
			f.spellings[1] = ""
		default:
			f.plan = PlanSingle
		}
	}
	if f.kind != "name" && len(f.hedges) == 0 && (f.plan == PlanCompatible || f.plan == PlanConflict) {
		f.plan = PlanAgree
	}
	f.form = make([]uint8, st.n)
	var stating []int
	if f.plan == PlanSingle {
		stating = []int{r.IntN(st.n)}
	} else {
		for a := 0; a < st.n; a++ {
			if r.Float64() < share {
				stating = append(stating, a)
			}
		}
		for len(stating) < need[f.plan] {
			a := r.IntN(st.n)
			if f.form[a] == 0 && !contains(stating, a) {
				stating = insertSorted(stating, a)
			}
		}
	}
	for _, a := range stating {
		f.form[a] = 1
	}
	switch f.plan {
	case PlanCompatible, PlanConflict:
		rest := stating
		if f.plan == PlanConflict {
			o := r.IntN(len(stating))
			f.form[stating[o]] = outlierForm
			rest = append(append([]int(nil), stating[:o]...), stating[o+1:]...)
		}
		pHedge := 0.5
		if f.plan == PlanConflict {
			pHedge = 0.3
		}
		for i, a := range rest {
			switch {
			case i == 0:
				f.form[a] = 1
			case i == 1 && f.plan == PlanCompatible:
				f.form[a] = 2
			case r.Float64() < pHedge:
				f.form[a] = uint8(2 + r.IntN(len(f.hedges)))
			}
		}
	case PlanVariant:
		for i, a := range stating {
			if i == 1 || (i > 1 && r.Float64() < 0.3) {
				f.form[a] = 2
			}
		}
		// The main spelling keeps a majority where there are three or more.
		for i := len(stating) - 1; i >= 2 && f.count(2)*2 >= len(stating); i-- {
			f.form[stating[i]] = 1
		}
	case PlanGarble:
		f.form[stating[r.IntN(len(stating))]] = outlierForm
	}
}

func (f *fact) count(form uint8) int {
	n := 0
	for _, x := range f.form {
		if x == form {
			n++
		}
	}
	return n
}

func containsString(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func insertSorted(s []int, v int) []int {
	i := 0
	for i < len(s) && s[i] < v {
		i++
	}
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

// stated is the value a form gives as compare shows it.
func (f *fact) stated(form uint8) string {
	if f.kind == "name" {
		if form == 1 {
			return f.first + " " + f.spellings[0]
		}
		return f.first + " " + f.spellings[1]
	}
	canon := func(v int) string {
		if f.kind == "money" {
			return strconv.Itoa(v) + "000000 " + f.currency
		}
		return strconv.Itoa(v)
	}
	switch {
	case form == 1:
		return canon(f.value)
	case form == outlierForm:
		return canon(f.outlier)
	}
	h := f.hedges[form-2]
	return h.h.phrase + " " + canon(h.x)
}

func (f *fact) manifest(st *story) Planted {
	p := Planted{Rule: f.rule, Kind: f.kind, Plan: f.plan, Value: f.stated(1)}
	switch f.plan {
	case PlanAgree:
		p.Verdict = VerdictAgree
	case PlanCompatible:
		p.Verdict = VerdictCompatible
	case PlanConflict, PlanGarble:
		p.Verdict = VerdictConflict
	case PlanSingle:
		p.Verdict = VerdictSingle
	case PlanVariant:
		p.Verdict = VerdictVariant
	}
	counts := map[string]int{} // how many articles state each value, the outlier aside
	for a, form := range f.form {
		if form == 0 {
			continue
		}
		p.Sources++
		v := f.stated(form)
		if !containsString(p.Values, v) {
			p.Values = append(p.Values, v)
		}
		if form == outlierForm {
			p.Outlier = st.dir + "/" + fmt.Sprintf("article-%0*d.txt", st.width, a+1)
			continue
		}
		counts[v]++
	}
	// The consensus is certain when one value is stated more often than any other.
	best, bestN, tie := "", 0, false
	for _, v := range p.Values {
		if counts[v] == 0 {
			continue
		}
		switch n := counts[v]; {
		case n > bestN:
			best, bestN, tie = v, n, false
		case n == bestN:
			tie = true
		}
	}
	if !tie {
		p.Consensus = best
	}
	return p
}

// article writes article a.
func (st *story) article(cfg Config, a int) []byte {
	r := rng(cfg.Seed, 2, st.idx, a)
	target := cfg.size() * (70 + r.IntN(61)) / 100
	outlet := pick(r, outlets)
	w := &writer{st: st, r: r, outlet: outlet, curly: r.IntN(2) == 0}

	// The planted sentences.
	var planted []string
	var deaths, injured *fact
	for _, f := range st.facts {
		if f.form[a] == 0 {
			continue
		}
		switch f.rule {
		case "deaths":
			deaths = f
		case "injured":
			injured = f
		}
	}
	pair := deaths != nil && injured != nil && r.IntN(4) == 0
	if pair {
		d, i := deaths.written(r, deaths.form[a]), injured.written(r, injured.form[a])
		planted = append(planted, w.expand(pick(r, plantedPair), func(k string) (string, bool) {
			switch k {
			case "d":
				return d, true
			case "i":
				return i, true
			}
			return "", false
		}))
	}
	for _, f := range st.facts {
		form := f.form[a]
		if form == 0 || (pair && (f == deaths || f == injured)) {
			continue
		}
		if f.kind == "name" {
			name := f.stated(form)
			planted = append(planted, w.expand(pick(r, plantedName[f.rule]), func(k string) (string, bool) {
				if k == "name" {
					return name, true
				}
				return "", false
			}))
			continue
		}
		v := f.written(r, form)
		planted = append(planted, w.expand(pick(r, plantedNumber[f.rule]), func(k string) (string, bool) {
			switch k {
			case "v":
				return v, true
			case "V":
				return capitalise(v), true
			}
			return "", false
		}))
	}
	r.Shuffle(len(planted), func(i, j int) { planted[i], planted[j] = planted[j], planted[i] })

	// Filler to reach the size, with the planted sentences spread through it.
	have := 80
	for _, s := range planted {
		have += len(s) + 1
	}
	pool := len(filler) + len(st.ev.scene)
	order := r.Perm(pool)
	var sentences []string
	for i := 0; have < target && i < len(order); i++ {
		var t string
		if j := order[i]; j < len(filler) {
			t = filler[j]
		} else {
			t = st.ev.scene[j-len(filler)]
		}
		s := w.expand(t, nil)
		sentences = append(sentences, s)
		have += len(s) + 1
	}
	for _, s := range planted {
		i := r.IntN(len(sentences) + 1)
		sentences = append(sentences, "")
		copy(sentences[i+1:], sentences[i:])
		sentences[i] = s
	}

	var b strings.Builder
	b.Grow(target + 512)
	b.WriteString(w.expand(pick(r, st.ev.headlines), nil))
	b.WriteString("\n\n")
	b.WriteString(strings.ToUpper(st.town))
	b.WriteString(" (" + outlet + ") ")
	b.WriteString(pick(r, []string{"-", "–", "—"}))
	b.WriteString(" ")
	furniture := 0
	for i := 0; i < len(sentences); {
		if i > 0 {
			if furniture < 2 && r.IntN(12) == 0 {
				b.WriteString(pick(r, furnitureLines))
				b.WriteString("\n\n")
				furniture++
			}
		}
		n := 1 + r.IntN(3)
		for j := 0; j < n && i < len(sentences); j, i = j+1, i+1 {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(sentences[i])
		}
		b.WriteString("\n\n")
	}
	b.WriteString(w.expand(pick(r, closers), nil))
	b.WriteString("\n")
	if r.IntN(8) == 0 {
		b.WriteString("\n")
		b.WriteString(w.expand(pick(r, endMarkers), nil))
		b.WriteString("\n\n")
		b.WriteString(w.expand(pick(r, trapBriefs), nil))
		b.WriteString("\n")
	}
	text := b.String()
	if w.curly {
		text = curlyQuotes(text)
	}
	if r.IntN(40) == 0 {
		return norm.NFD.Bytes([]byte(text)) // some sources come decomposed
	}
	return []byte(text)
}

var furnitureLines = furniture

// written is how an article writes a numeric form: digits with or
// without separators, words for small numbers, money in several styles.
func (f *fact) written(r *rand.Rand, form uint8) string {
	var v int
	hedge := ""
	switch {
	case form == 1:
		v = f.value
	case form == outlierForm:
		v = f.outlier
	default:
		h := f.hedges[form-2]
		v, hedge = h.x, h.h.phrase+" "
	}
	if f.kind == "money" {
		n := strconv.Itoa(v)
		var s string
		switch f.currency {
		case "USD":
			s = pick(r, []string{"$" + n + " million", "$" + n + "m", n + " million dollars", "US$" + n + " million"})
		default:
			s = pick(r, []string{"€" + n + " million", "€" + n + "m", n + " million euros"})
		}
		return hedge + s
	}
	if hedge == "" && v >= 3 && v <= 20 && r.IntN(3) == 0 {
		return smallWords[v]
	}
	if v >= 1000 && (v >= 10000 || r.IntN(5) != 0) {
		return hedge + withCommas(v)
	}
	return hedge + strconv.Itoa(v)
}

var smallWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

func withCommas(v int) string {
	s := strconv.Itoa(v)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// writer expands templates for one article.
type writer struct {
	st     *story
	r      *rand.Rand
	outlet string
	curly  bool
}

// expand fills a template's {slots}; extra supplies slots of its own.
func (w *writer) expand(t string, extra func(string) (string, bool)) string {
	var b strings.Builder
	b.Grow(len(t) + 32)
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}')
		b.WriteString(t[:i])
		key := t[i+1 : i+j]
		t = t[i+j+1:]
		if extra != nil {
			if v, ok := extra(key); ok {
				b.WriteString(v)
				continue
			}
		}
		b.WriteString(w.slot(key))
	}
}

func (w *writer) slot(key string) string {
	st, r := w.st, w.r
	switch key {
	case "event":
		return st.ev.noun
	case "Event":
		return capitalise(st.ev.noun)
	case "town":
		return st.town
	case "other":
		return st.other
	case "region":
		return st.region
	case "Region":
		return capitalise(st.region)
	case "river":
		return st.river
	case "agency":
		return st.agency
	case "Agency":
		return capitalise(st.agency)
	case "weekday":
		return pick(r, weekdays)
	case "witness":
		return pick(r, firstNames) + " " + pick(r, witnessSurnames)
	case "job":
		return pick(r, jobs)
	case "place":
		return pick(r, placesNear)
	case "time":
		return pick(r, times)
	case "mayor":
		return st.mayor
	case "outlet":
		return w.outlet
	case "Outlet":
		return "The " + w.outlet
	}
	return "{" + key + "}"
}

// curlyQuotes turns straight quotes into typographic ones, as many sites print them.
func curlyQuotes(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/50)
	open := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			if open {
				b.WriteString("“")
			} else {
				b.WriteString("”")
			}
			open = !open
		case c == '\'' && i > 0 && s[i-1] != ' ':
			b.WriteString("’")
		case c == '\n':
			open = true
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
