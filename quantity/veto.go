package quantity

// This file decides when a number is not a quantity because of the words
// around it: a year, a day of a month, a designation ("Article 5", "Boeing
// 737") or a code ("F-35", "COVID-19", "mid-2025"). Clock times, ordinals
// and fractions are caught where the numeral's suffix is read.

// isCode reports whether the hyphen at s[h], written right before a number,
// makes the number part of a code or a compound: "F-35", "Su-57",
// "COVID-19", "mid-2025". A long lower-case word before the hyphen is
// taken for a dash written without spaces ("killed-25"), and the number is
// read.
func (p *Parser) isCode(s string, h int) bool {
	ws := wordStart(s, h)
	if ws == h {
		return true // a digit or a sign before the hyphen
	}
	w := s[ws:h]
	if len(w) <= 3 {
		return true
	}
	for i := 0; i < len(w); i++ {
		if isUpper(w[i]) {
			return true
		}
	}
	return p.lookup(w).flags&fPrefix != 0
}

// vetoBefore marks a plain integer bad when the word before it makes it a
// day of a month ("November 21", "Nov. 21") or a designation ("Article 5",
// "Boeing 737", "No. 10").
func (p *Parser) vetoBefore(s string, n *numeral) {
	if n.scaled || n.unit != unitNone || n.currency != "" || n.neg {
		return
	}
	ws, we, dot, ok := prevWordDot(s, n.core)
	if !ok {
		return
	}
	lx := p.lookup(s[ws:we])
	switch {
	case lx.flags&fDesignator != 0 && (lx.flags&fNeedsDot == 0 || dot && isUpper(s[ws])):
		n.bad = true
	case lx.flags&fMonth != 0 && isUpper(s[ws]) && n.mant >= 1 && n.mant <= 31:
		n.bad, n.spread = true, true
	}
}

// isYear reports whether a numeral is a year: four digits from 1800 to 2100
// without a comma, decimals, scale, unit or currency. A hedged one followed
// by a lower-case word is a count ("about 2000 people"), unless that word
// is one that follows years ("over 2020 and 2021", "up to 2025 when").
func (p *Parser) isYear(s string, n *numeral, intLen int, commas bool) bool {
	if intLen != 4 || commas || n.decimals != 0 || n.scaled || n.unit != unitNone || n.currency != "" || n.neg {
		return false
	}
	if n.mant < 1800 || n.mant > 2100 {
		return false
	}
	if n.hedge == nil {
		return true
	}
	ws, we, ok := nextWord(s, n.end)
	if !ok || !isLowerASCII(s[ws]) {
		return true
	}
	return p.lookup(s[ws:we]).flags&fYearStop != 0
}

// spreadBad marks bad the other end of a pair whose one end is a clock time
// or a day: "from 9 to 11 a.m.", "21 to 23 November", "Nov. 21-23".
func spreadBad(s string, nums []numeral) {
	for i := 1; i < len(nums); i++ {
		a, b := &nums[i-1], &nums[i]
		if a.spread == b.spread {
			continue
		}
		if b.joined || gapIs(s, a.end, b.start, "to") || gapIs(s, a.end, b.start, "and") {
			a.bad, b.bad, a.spread, b.spread = true, true, true, true
		}
	}
}
