package quantity

import "math"

// This file reads numerals: digits ("880,000", "1.5", "$60m", "19%") and
// number words ("twenty-eight", "one hundred and twelve", "a dozen", "half a
// million"), with their scale, unit, currency and hedge.

// unit is the written unit of a number, other than a currency.
type unit uint8

const (
	unitNone    unit = iota
	unitPercent      // "%", "percent", "per cent"
	unitPoints       // "percentage points", "basis points": counted
)

// numeral is one number found by the scanner, before ranges and changes are
// built from neighbouring numerals.
type numeral struct {
	start, end int // the whole numeral, hedge, symbol, scale and unit included
	core       int // start without the hedge: the currency symbol or the number

	mant     float64 // the number as written before its scale: 1.5 in "1.5 million"
	scale    float64 // 1, or the scale: 1e6 in "1.5 million"
	decimals int     // digits written after the decimal point
	scaled   bool    // a scale word or abbreviation was written (or carried over in a range)
	neg      bool    // written with a minus sign

	unit     unit
	currency string // the currency code, or ""
	curSym   bool   // the currency was written before the number
	needCur  bool   // "3m", "5k": a quantity only as money
	hedge    *Hedge

	joined bool // written right after the previous numeral with a hyphen: "40-60"
	bad    bool // not a quantity (a year, a date, a code); kept to veto its neighbours
	spread bool // bad as a clock time or a day, which the other end of "9 to 5", "21-23" shares
}

// ok reports whether the numeral is a quantity on its own.
func (n *numeral) ok() bool { return !n.bad && (!n.needCur || n.currency != "") }

// value returns the value the numeral states.
func (n *numeral) value() float64 {
	v, _, _ := n.bounds()
	return v
}

// interval returns the values the numeral allows: a plain integer is exact;
// a decimal or a number with a scale allows half a unit of its last written
// digit either side, times the scale. The hedge then widens it.
func (n *numeral) interval() Interval {
	_, lo, hi := n.bounds()
	return widen(Interval{Lo: lo, Hi: hi}, n.hedge)
}

// bounds returns the value and the interval before the hedge. It counts in
// units of the last written digit so that "3.2 billion" gives exactly
// 3.15e9 to 3.25e9.
func (n *numeral) bounds() (v, lo, hi float64) {
	d := pow10(n.decimals)
	u := math.Round(n.mant * d)
	v = u * n.scale / d
	lo, hi = v, v
	if n.decimals > 0 || n.scaled {
		lo, hi = (2*u-1)*n.scale/(2*d), (2*u+1)*n.scale/(2*d)
	}
	if n.neg {
		v, lo, hi = -v, -hi, -lo
	}
	return v, lo, hi
}

// measure returns what the numeral measures.
func (n *numeral) measure() Measure {
	switch {
	case n.currency != "":
		return Money
	case n.unit == unitPercent:
		return Percent
	}
	return Count
}

// quantity returns the numeral as a single quantity of the sentence s.
func (n *numeral) quantity(s string) Quantity {
	q := Quantity{
		Start:     n.start,
		End:       n.end,
		Text:      s[n.start:n.end],
		Measure:   n.measure(),
		Shape:     Single,
		Value:     n.value(),
		Qualifier: Exact,
		Interval:  n.interval(),
		Currency:  n.currency,
	}
	if n.hedge != nil {
		q.Qualifier = n.hedge.Qualifier
		q.Hedge = n.hedge.Phrase
	}
	return q
}

func pow10(n int) float64 {
	v := 1.0
	for ; n > 0; n-- {
		v *= 10
	}
	return v
}

// maxDigits is the most digits a numeral may have; longer runs are codes or
// garbage, and beyond it float64 arithmetic is no longer exact.
const maxDigits = 15

// digits reads the numeral whose first digit is s[i]. prev is the numeral
// scanned before it, or nil; floor is the earliest offset its hedge may
// start at. It returns the numeral and the offset to scan on from, which is
// past i.
func (p *Parser) digits(s string, i int, prev *numeral, floor int) (numeral, int) {
	n := numeral{start: i, core: i, scale: 1}

	// The digits: a first group, groups of three after commas, decimals.
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	intLen := j - i
	commas := false
	if intLen <= 3 {
		for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
			(j+4 == len(s) || !isDigit(s[j+4])) {
			j += 4
			commas = true
		}
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		n.decimals = k - j - 1
		j = k
	}
	numEnd := j
	n.end = j

	// More digits after a second point or a stray comma: a version number,
	// a date, a list. Skip the whole run.
	if j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]) {
		for j < len(s) && (isDigit(s[j]) || ((s[j] == '.' || s[j] == ',') && j+1 < len(s) && isDigit(s[j+1]))) {
			j++
		}
		n.bad, n.end = true, j
		return n, j
	}

	var m uint64
	count := 0
	for k := i; k < numEnd; k++ {
		if isDigit(s[k]) {
			m = m*10 + uint64(s[k]-'0')
			count++
		}
	}
	if count > maxDigits || (s[i] == '0' && intLen > 1) {
		// Too long to be a quantity, or a leading zero: "0900", "007".
		n.bad = true
		return n, wordEnd(s, numEnd)
	}
	n.mant = float64(m) / pow10(n.decimals)

	// What is written before it: a currency, or something that makes it a code.
	if code, st, ok, glued := p.cur.before(s, i, floor); glued {
		n.bad = true
	} else if ok {
		n.core, n.start, n.currency, n.curSym = st, st, code, true
	} else if i > 0 {
		switch c := s[i-1]; {
		case letterBefore(s, i) > 0: // "G7", "A320", "COVID19"
			n.bad = true
		case c == '.' || c == ':' || c == '/' || c == '#' || c == '\'' || c == '_' || c == '@' || c == '\\':
			n.bad = true // "10:30", "24/7", "No.1", "'90s"
		}
	}
	if c := n.core; c > 0 && s[c-1] == '-' {
		switch {
		case prev != nil && prev.end == c-1:
			n.joined = true // "40-60", "15%-20%", "2022-23"
		case c == 1 || s[c-2] == ' ' || s[c-2] == '(':
			n.neg = true // "-5%"
			n.core, n.start = c-1, c-1
		case p.isCode(s, c-1):
			n.bad = true // "F-35", "COVID-19", "mid-2025"
		}
	}

	// What is written after it: a scale, a unit, a currency word.
	j = numEnd
	if j < len(s) {
		switch c := s[j]; {
		case (c == ':' || c == '/') && j+1 < len(s) && isDigit(s[j+1]):
			n.bad, n.spread = true, true // "10:30", "9/11"
		case letterAt(s, j) > 0:
			k := wordEnd(s, j)
			sc, moneyOnly, ok := scaleAbbrev(s[j:k])
			if !ok {
				// "3D", "5G", "9am", "21st", "1990s", "10km"
				n.bad, n.end = true, k
				return n, k
			}
			n.scale, n.scaled, n.needCur = sc, true, moneyOnly
			j = k
		}
	}
	if !n.scaled {
		j = p.scaleWord(s, j, &n)
	}
	n.end = p.suffix(s, j, &n, n.decimals == 0 && !commas)

	if !n.curSym && n.decimals == 0 && !commas {
		p.vetoBefore(s, &n)
	}
	n.hedge, n.start = p.hedges.before(s, n.core, floor)
	if n.hedge == nil {
		n.hedge, n.end = p.hedges.after(s, n.end)
	}
	if !n.bad && p.isYear(s, &n, intLen, commas) {
		n.bad = true
	}
	return n, max(n.end, numEnd)
}

// scaleWord reads a scale word after the number ending at s[j]: " million",
// "-million" as in "a $60-million deal", or a spaced abbreviation " bn". It
// returns the new end.
func (p *Parser) scaleWord(s string, j int, n *numeral) int {
	if j+1 >= len(s) || (s[j] != ' ' && s[j] != '-') {
		return j
	}
	ws := j + 1
	we := wordEnd(s, ws)
	if we == ws {
		return j
	}
	w := s[ws:we]
	if lx := p.lookup(w); lx.kind == nkScale {
		n.scale, n.scaled = lx.value, true
		return we
	}
	if s[j] == ' ' {
		if sc, moneyOnly, ok := scaleAbbrev(w); ok && !moneyOnly {
			n.scale, n.scaled = sc, true
			return we
		}
	}
	return j
}

// suffix reads a unit or a currency word after the numeral ending at s[j],
// and marks the numeral bad when what follows shows it is a clock time, a
// day of a month or a fraction. isInt says the numeral is a plain integer.
// It returns the new end.
func (p *Parser) suffix(s string, j int, n *numeral, isInt bool) int {
	if n.currency == "" {
		if j < len(s) && s[j] == '%' {
			n.unit = unitPercent
			return j + 1
		}
		if j+1 < len(s) && s[j] == ' ' && s[j+1] == '%' {
			n.unit = unitPercent
			return j + 2
		}
		for _, u := range p.units {
			if e, ok := phraseAfter(s, j, u.text, false); ok {
				n.unit = u.unit
				return e
			}
		}
		if code, e, ok := p.cur.after(s, j); ok {
			n.currency = code
			return e
		}
	}
	if n.currency != "" || n.scaled {
		return j
	}
	for _, t := range p.times {
		if _, ok := phraseAfter(s, j, t, false); ok {
			n.bad, n.spread = true, true // "3 p.m.", "6 o'clock"
			return j
		}
	}
	ws, we, ok := nextWord(s, j)
	if !ok && j+1 < len(s) && s[j] == '-' {
		ws, we = j+1, wordEnd(s, j+1)
		ok = we > ws
	}
	if ok {
		lx := p.lookup(s[ws:we])
		switch {
		case lx.flags&fFraction != 0 && s[j] != '-' || lx.flags&(fFraction|fOrdinal) != 0 && s[j] == '-':
			n.bad = true // "two thirds", "one-third", "twenty-first"
		case lx.flags&fMonth != 0 && isUpper(s[ws]) && s[j] == ' ' && isInt && n.mant >= 1 && n.mant <= 31:
			n.bad, n.spread = true, true // "21 November"
		}
	}
	return j
}

// words reads the numeral written in words that starts at s[i]. It returns
// ok false when the word there does not start a number.
func (p *Parser) words(s string, i, floor int) (numeral, bool) {
	n := numeral{start: i, core: i, scale: 1}
	var total, cur, lastScale float64
	last := nkNone
	count := 0
	end := i
	pos := i
loop:
	for {
		we := wordEnd(s, pos)
		if we == pos {
			break
		}
		lx := p.lookup(s[pos:we])
		switch lx.kind {
		case nkA:
			if count > 0 || !p.bigNext(s, we) {
				break loop
			}
			cur = 1
		case nkHalf:
			// "half a million", "half a dozen"
			if count > 0 || !hasPrefixFold(s, we, " a ") || !p.bigNext(s, we+2) {
				break loop
			}
			cur = 0.5
			n.decimals = 1
			we += 2
		case nkZero:
			if count > 0 {
				break loop
			}
		case nkUnit:
			if last != nkNone && last != nkTens && last != nkHundred && last != nkScale && last != nkAnd {
				break loop
			}
			cur += lx.value
		case nkTeen, nkTens:
			if last != nkNone && last != nkHundred && last != nkScale && last != nkAnd {
				break loop
			}
			cur += lx.value
		case nkHundred:
			if last != nkUnit && last != nkTeen && last != nkA {
				break loop
			}
			cur *= 100
		case nkScale:
			if last != nkUnit && last != nkTeen && last != nkTens && last != nkHundred && last != nkA && last != nkHalf ||
				lastScale != 0 && lx.value >= lastScale {
				break loop
			}
			total += cur * lx.value
			cur, lastScale = 0, lx.value
		case nkDozen:
			if last != nkUnit && last != nkA && last != nkHalf {
				break loop
			}
			cur *= 12
			if last == nkHalf {
				n.decimals = 0 // half a dozen is six
			}
		case nkAnd:
			switch {
			case (last == nkUnit || last == nkTeen || last == nkTens) && n.decimals == 0 && hasPrefixFold(s, we, " a half") && !alnumAt(s, we+7):
				// "two and a half", "one and a half million"
				cur += 0.5
				n.decimals = 1
				we += 7
				lx.kind = nkUnit
			case (last == nkHundred || last == nkScale) && p.smallNext(s, we):
				// "one hundred and twelve"
			default:
				break loop
			}
		default:
			break loop
		}
		count++
		last = lx.kind
		end = we
		if last == nkZero || last == nkDozen {
			break
		}
		// Number words go on after one space or one hyphen.
		if we+1 < len(s) && (s[we] == ' ' || s[we] == '-') && letterAt(s, we+1) > 0 {
			pos = we + 1
			continue
		}
		break
	}
	if count == 0 || last == nkA || last == nkAnd || last == nkHalf {
		return n, false
	}
	if last == nkScale {
		n.mant, n.scale, n.scaled = total/lastScale, lastScale, true
	} else {
		n.mant = total + cur
	}
	n.end = end

	// "no-one", "well-two": part of a hyphenated word.
	if i > 0 && s[i-1] == '-' && alnumBefore(s, i-1) {
		return n, false
	}
	n.end = p.suffix(s, end, &n, n.decimals == 0 && !n.scaled)
	if n.bad {
		return n, false
	}
	if count == 1 && n.mant == 1 && !n.scaled && n.unit == unitNone && n.currency == "" && !p.oneCounts(s, i, end) {
		return n, false
	}
	n.hedge, n.start = p.hedges.before(s, n.core, floor)
	if n.hedge == nil {
		n.hedge, n.end = p.hedges.after(s, n.end)
	}
	return n, true
}

// bigNext reports whether s[j] is a space followed by "hundred", a scale
// word or "dozen": what may follow "a" in a number.
func (p *Parser) bigNext(s string, j int) bool {
	ws, we, ok := nextWord(s, j)
	if !ok {
		return false
	}
	k := p.lookup(s[ws:we]).kind
	return k == nkHundred || k == nkScale || k == nkDozen
}

// smallNext reports whether s[j] is a space followed by a number word below
// a hundred: what may follow "and" in a number.
func (p *Parser) smallNext(s string, j int) bool {
	ws, we, ok := nextWord(s, j)
	if !ok {
		return false
	}
	k := p.lookup(s[ws:we]).kind
	return k == nkUnit || k == nkTeen || k == nkTens
}

// oneCounts reports whether the word "one" at s[i:end] is a count, and not
// part of "no one", "one of", "one-off", "one's", "at one point".
func (p *Parser) oneCounts(s string, i, end int) bool {
	if end < len(s) && (s[end] == '-' || s[end] == '\'') {
		return false
	}
	if ws, we, ok := prevWord(s, i); ok && p.lookup(s[ws:we]).flags&fOneBefore != 0 {
		return false
	}
	if ws, we, ok := nextWord(s, end); ok && p.lookup(s[ws:we]).flags&fOneAfter != 0 {
		return false
	}
	return true
}
