package quantity

// This file names, for "factdiff explain", the numbers Parse leaves out and
// why. It re-scans the sentence with the scanner Parse uses; Parse itself
// is unchanged and pays nothing for it.

// Veto is a number written in a sentence that is not a quantity.
type Veto struct {
	Start, End int    // byte offsets in the sentence
	Text       string // as written: "2019", "5th", "third", "6 a.m"
	Reason     string // why it is not a quantity: "a year", "an ordinal", ...
}

// Vetoes returns the numbers of a cleaned sentence that Parse does not
// return as quantities, with the reason, in text order.
func (p *Parser) Vetoes(s string) []Veto {
	nums := p.scan(s, nil)
	spreadBad(s, nums)
	var out []Veto
	taken := make([]bool, len(s)+1) // inside a numeral the scanner kept
	for i := range nums {
		n := &nums[i]
		if n.ok() {
			for k := n.start; k < n.end && k < len(s); k++ {
				taken[k] = true
			}
			continue
		}
		var prev *numeral
		if i > 0 {
			prev = &nums[i-1]
		}
		start := n.core
		for start < n.end && !isDigit(s[start]) {
			start++ // a currency symbol written before the number
		}
		if start == n.end {
			start = n.core
		}
		end := max(n.end, start)
		for k := start; k < end; k++ {
			taken[k] = true
		}
		if k := len(out) - 1; k >= 0 && out[k].End+1 == start && (s[start-1] == ':' || s[start-1] == '/' || s[start-1] == '-') {
			// "10:30", "9/11", "2022-23": one veto, named by its first part.
			out[k].End, out[k].Text = end, s[out[k].Start:end]
			continue
		}
		out = append(out, Veto{Start: start, End: end, Text: s[start:end], Reason: p.vetoReason(s, n, prev, start)})
	}
	// Number words that do not start a quantity: "third round", "two
	// thirds", "one of the deadliest".
	for i := 0; i < len(s); {
		size := letterAt(s, i)
		if size == 0 || taken[i] || alnumBefore(s, i) || i > 0 && s[i-1] == '-' {
			i++
			continue
		}
		we := wordEnd(s, i)
		w := s[i:we]
		lx := p.lookup(w)
		switch {
		case lx.flags&fOrdinal != 0 && lx.kind == nkNone:
			v := Veto{Start: i, End: we, Text: w, Reason: "an ordinal (a position, not an amount)"}
			if ws, pe, ok := prevWord(s, i); ok && lx.flags&fFraction != 0 {
				if k := p.lookup(s[ws:pe]).kind; k == nkA || k == nkUnit || k == nkTeen || k == nkTens {
					v.Start, v.Text, v.Reason = ws, s[ws:we], "a fraction"
				}
			}
			out = insertVeto(out, v)
		case lx.kind != nkNone && lx.kind != nkA && lx.kind != nkAnd && lx.kind != nkHalf:
			if _, ok := p.words(s, i, 0); !ok {
				v := p.wordVeto(s, i, we)
				out = insertVeto(out, v)
				we = max(we, v.End)
			}
		}
		i = we
	}
	return out
}

// wordVeto says why the number word at s[i:we] is not a quantity.
func (p *Parser) wordVeto(s string, i, we int) Veto {
	v := Veto{Start: i, End: we, Text: s[i:we], Reason: "not a quantity here"}
	lx := p.lookup(s[i:we])
	if ws, we2, ok := nextWord(s, we); ok {
		next := p.lookup(s[ws:we2])
		switch {
		case next.flags&fFraction != 0:
			v.End, v.Text, v.Reason = we2, s[i:we2], "a fraction"
			return v
		case lx.value == 1 && next.flags&fOneAfter != 0:
			v.End, v.Text, v.Reason = we2, s[i:we2], `"one" in a phrase ("one of", "one day"), not a count`
			return v
		}
	}
	if we < len(s) && s[we] == '-' {
		if ws := we + 1; ws < len(s) {
			we2 := wordEnd(s, ws)
			if next := p.lookup(s[ws:we2]); next.flags&(fOrdinal|fFraction) != 0 {
				v.End, v.Text, v.Reason = we2, s[i:we2], "an ordinal or a fraction"
				return v
			}
		}
	}
	if lx.value == 1 && lx.kind == nkUnit {
		v.Reason = `"one" as a pronoun ("no one", "the one"), not a count`
	}
	return v
}

func insertVeto(vs []Veto, v Veto) []Veto {
	i := len(vs)
	for i > 0 && vs[i-1].Start > v.Start {
		i--
	}
	vs = append(vs, Veto{})
	copy(vs[i+1:], vs[i:])
	vs[i] = v
	return vs
}

// vetoReason names why a numeral the scanner marked bad is not a quantity.
// d is where its digits start.
func (p *Parser) vetoReason(s string, n *numeral, prev *numeral, d int) string {
	if !n.bad && n.needCur && n.currency == "" {
		return `a number with "m", "b" or "k" but no currency ("3m" may be metres)`
	}
	de := d
	for de < len(s) && isDigit(s[de]) {
		de++
	}
	intLen := de - d
	commas := false
	for de+3 < len(s) && s[de] == ',' && isDigit(s[de+1]) && isDigit(s[de+2]) && isDigit(s[de+3]) {
		de += 4
		commas = true
	}
	if de+1 < len(s) && s[de] == '.' && isDigit(s[de+1]) {
		de++
		for de < len(s) && isDigit(s[de]) {
			de++
		}
	}
	if de < len(s) && letterAt(s, de) > 0 {
		w := s[de:wordEnd(s, de)]
		switch {
		case equalFold(w, "st") || equalFold(w, "nd") || equalFold(w, "rd") || equalFold(w, "th"):
			return "an ordinal (a position, not an amount)"
		case equalFold(w, "s"):
			return "a decade"
		case equalFold(w, "am") || equalFold(w, "pm") || equalFold(w, "h") || equalFold(w, "hrs"):
			return "a clock time"
		}
		return "a number glued to letters (a code, or a unit like km)"
	}
	if de+1 < len(s) && (s[de] == ':' || s[de] == '/') && isDigit(s[de+1]) {
		return `a clock time or a date ("10:30", "9/11")`
	}
	if de+1 < len(s) && (s[de] == '.' || s[de] == ',') && isDigit(s[de+1]) {
		return "a version number, a date or a list"
	}
	if d > 0 {
		if letterBefore(s, d) > 0 {
			return `part of a name or code ("G7", "A320")`
		}
		switch s[d-1] {
		case '.', ':', '/', '#', '\'', '_', '@', '\\':
			return `part of a time, a reference or a code ("10:30", "No.1", "'90s")`
		case '-':
			if prev != nil && prev.end == d-1 && prev.bad {
				return "joined by a hyphen to a number that is not a quantity"
			}
			if d > 1 && s[d-2] != ' ' && s[d-2] != '(' {
				return `part of a code ("F-35", "COVID-19", "mid-2025")`
			}
		}
	}
	if intLen > maxDigits || (s[d] == '0' && intLen > 1) {
		return "a code (a leading zero, or too many digits)"
	}
	if ws, we, dot, ok := prevWordDot(s, d); ok {
		lx := p.lookup(s[ws:we])
		switch {
		case lx.flags&fDesignator != 0 && (lx.flags&fNeedsDot == 0 || dot && isUpper(s[ws])):
			return `a designation ("Article 5", "Highway 17", "Category 2")`
		case lx.flags&fMonth != 0 && isUpper(s[ws]):
			return "a day of the month"
		}
	}
	for _, t := range p.times {
		if _, ok := phraseAfter(s, de, t, false); ok {
			return "a clock time"
		}
	}
	if ws, we, ok := nextWord(s, de); ok {
		lx := p.lookup(s[ws:we])
		switch {
		case lx.flags&fMonth != 0 && isUpper(s[ws]):
			return "a day of the month"
		case lx.flags&fFraction != 0:
			return "a fraction"
		}
	}
	if intLen == 4 && !commas && !n.scaled && n.currency == "" && n.mant >= 1800 && n.mant <= 2100 {
		return "a year"
	}
	if n.spread {
		return "paired with a clock time or a day"
	}
	if n.joined && prev != nil && prev.bad {
		return "joined by a hyphen to a number that is not a quantity"
	}
	return "not a quantity here"
}
