package quantity

import "math"

// This file builds ranges ("between 30 and 40", "15 to 20 percent",
// "40-60") and changes ("from 880,000 to 600,000", "cut to 600,000") from
// neighbouring numerals.

// combine turns the scanned numerals of s into quantities.
func (p *Parser) combine(s string, nums []numeral) []Quantity {
	n := 0
	for i := range nums {
		if !nums[i].bad {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Quantity, 0, n)
	floor := 0 // the end of the last quantity: nothing may start before it
	for i := 0; i < len(nums); {
		if nums[i].bad {
			i++
			continue
		}
		if q, next := p.span(s, nums, i, floor); next > i {
			out = append(out, q)
			floor = q.End
			i = next
			continue
		}
		if a := &nums[i]; a.ok() {
			out = append(out, a.quantity(s))
			floor = a.end
		}
		i++
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// span reads a range or a change that starts with the numeral nums[i]. The
// words that open it ("between", "from", a verb) may not start before
// floor. It returns the quantity and the index of the first numeral after
// it, or 0 when nums[i] does not start a span.
//
// The other end is the next numeral, or for "from 12% in 2020 to 19%" the
// next one that is a quantity, past the years in between.
func (p *Parser) span(s string, nums []numeral, i, floor int) (Quantity, int) {
	a := &nums[i]
	var b, c *numeral // the next numeral, if a quantity; the next quantity
	k := i + 1
	for k < len(nums) && nums[k].bad {
		k++
	}
	if k < len(nums) {
		c = &nums[k]
		if k == i+1 {
			b = c
		}
	}
	if ws, we, ok := prevWord(s, a.start); ok && ws >= floor {
		w := s[ws:we]
		switch {
		case equalFold(w, "between"):
			// "between 30 and 40 million"
			if b != nil && gapIs(s, a.end, b.start, "and") {
				if q, ok := p.rangeOf(s, ws, a, b); ok {
					return q, i + 2
				}
			}
		case equalFold(w, "from"):
			// "rose from 12 to 31", "from 880,000 troops to 600,000",
			// "from 12% in 2020 to 19%", "ranging from 10 to 20"
			if c != nil && gapFill(s, a.end, c.start, "to", 3) {
				vs, lx := p.verbBefore(s, ws, floor)
				if lx.flags&fRangeVerb != 0 {
					if q, ok := p.rangeOf(s, ws, a, c); ok {
						return q, k + 1
					}
				} else {
					start, verb := ws, ""
					if lx.flags&fVerb != 0 {
						start, verb = vs, lx.word
					}
					if q, ok := p.changeOf(s, start, verb, a, c, false); ok {
						return q, k + 1
					}
				}
			}
		case equalFold(w, "to"):
			// "cut to 600,000", "rose to 31 from 12", "rose to 19% in 2023 from 12%"
			if vs, lx := p.verbBefore(s, ws, floor); lx.flags&fVerb != 0 {
				if c != nil && gapFill(s, a.end, c.start, "from", 2) {
					if q, ok := p.changeOf(s, vs, lx.word, c, a, true); ok {
						return q, k + 1
					}
				}
				if q, ok := p.changeOf(s, vs, lx.word, nil, a, false); ok {
					return q, i + 1
				}
			}
		}
	}
	if b == nil {
		return Quantity{}, 0
	}
	// "40-60", "$1.2bn-$1.5bn", "15 to 20 percent", "30 to 40 people"; but
	// not "rose by 5% to 3,000".
	if b.joined || gapIs(s, a.end, b.start, "to") && !p.prevIs(s, a.start, "by") {
		if q, ok := p.rangeOf(s, a.start, a, b); ok {
			return q, i + 2
		}
	}
	return Quantity{}, 0
}

// gapFill reports whether s[i:j] is the lower-case word w between spaces,
// with up to fill lower-case words or plain numbers (years) before it:
// " to ", " troops to ", " in 2021 to ".
func gapFill(s string, i, j int, w string, fill int) bool {
	if gapIs(s, i, j, w) {
		return true
	}
	if fill == 0 || i < 0 || j > len(s) || i >= j {
		return false
	}
	b := j
	for b > i && s[b-1] == ' ' {
		b--
	}
	t := b - len(w) // where w starts
	if b == j || t-1 <= i || !equalFold(s[t:b], w) || s[t-1] != ' ' {
		return false
	}
	n := 0
	for k := i; k < t-1; n++ {
		if s[k] != ' ' || k+1 >= t-1 {
			return false
		}
		e := k + 1
		switch {
		case isLowerASCII(s[e]):
			for e < t-1 && isLowerASCII(s[e]) {
				e++
			}
		case isDigit(s[e]):
			for e < t-1 && isDigit(s[e]) {
				e++
			}
		default:
			return false
		}
		k = e
	}
	return n <= fill
}

// verbBefore returns the change or range verb written before s[pos], with
// at most one adverb in "-ly" between ("rose sharply to"), and where it
// starts. The lexeme is empty when there is no verb.
func (p *Parser) verbBefore(s string, pos, floor int) (int, lexeme) {
	ws, we, ok := prevWord(s, pos)
	if !ok || ws < floor {
		return 0, lexeme{}
	}
	lx := p.lookup(s[ws:we])
	if lx.flags&(fVerb|fRangeVerb) != 0 {
		return ws, lx
	}
	if we-ws > 2 && equalFold(s[we-2:we], "ly") {
		if vs, ve, ok := prevWord(s, ws); ok && vs >= floor {
			if lx := p.lookup(s[vs:ve]); lx.flags&(fVerb|fRangeVerb) != 0 {
				return vs, lx
			}
		}
	}
	return 0, lexeme{}
}

// prevIs reports whether the word before s[pos] is the lower-case w.
func (p *Parser) prevIs(s string, pos int, w string) bool {
	ws, we, ok := prevWord(s, pos)
	return ok && equalFold(s[ws:we], w)
}

// rangeOf builds the range from a to b, its text starting at s[start]. The
// ends must measure the same thing, once units are shared out, and a must
// not be above b.
func (p *Parser) rangeOf(s string, start int, a, b *numeral) (Quantity, bool) {
	x, y := *a, *b
	if !unify(&x, &y, false) || !x.ok() || !y.ok() || x.value() > y.value() {
		return Quantity{}, false
	}
	ends := new([2]Quantity)
	ends[0], ends[1] = x.quantity(s), y.quantity(s)
	from, to := &ends[0], &ends[1]
	return Quantity{
		Start:     start,
		End:       y.end,
		Text:      s[start:y.end],
		Measure:   to.Measure,
		Shape:     Range,
		Value:     (from.Value + to.Value) / 2,
		Qualifier: QualRange,
		Interval:  Interval{Lo: from.Interval.Lo, Hi: to.Interval.Hi},
		Currency:  to.Currency,
		From:      from,
		To:        to,
	}, true
}

// changeOf builds the change to the numeral to, from the numeral from when
// there is one, its text starting at s[start]. toFirst says the end is
// written first ("rose to 31 from 12"). The ends must measure the same
// thing, once units are shared out.
func (p *Parser) changeOf(s string, start int, verb string, from, to *numeral, toFirst bool) (Quantity, bool) {
	t := *to
	end := t.end
	var ends *[2]Quantity
	if from != nil {
		f := *from
		ok := false
		if toFirst {
			ok, end = unify(&t, &f, true), f.end
		} else {
			ok = unify(&f, &t, true)
		}
		if !ok || !f.ok() || !t.ok() {
			return Quantity{}, false
		}
		ends = new([2]Quantity)
		ends[0], ends[1] = f.quantity(s), t.quantity(s)
	} else {
		if !t.ok() {
			return Quantity{}, false
		}
		ends = new([2]Quantity)
		ends[1] = t.quantity(s)
	}
	tq := &ends[1]
	q := Quantity{
		Start:     start,
		End:       end,
		Text:      s[start:end],
		Measure:   tq.Measure,
		Shape:     Change,
		Value:     tq.Value,
		Qualifier: QualChange,
		Hedge:     tq.Hedge,
		Interval:  tq.Interval,
		Currency:  tq.Currency,
		To:        tq,
		Verb:      verb,
	}
	if from != nil {
		q.From = &ends[0]
	}
	return q, true
}

// unify shares units out between the two ends of a range or a change, a
// written first: the unit, scale or currency written after the second end
// applies to the first ("15 to 20 percent", "between 30 and 40 million",
// "2 to 3bn lira"), and a currency symbol written before the first applies
// to the second ("$1.2-1.5bn"). both lets a percent or a currency word
// written after the first end apply to the second too (for changes: "from
// 5% to 3"). It reports false when the ends measure different things.
func unify(a, b *numeral, both bool) bool {
	switch {
	case a.currency == b.currency:
	case a.currency == "":
		if a.unit != unitNone {
			return false
		}
		a.currency = b.currency
	case b.currency == "":
		if b.unit != unitNone || !a.curSym && !both {
			return false
		}
		b.currency = a.currency
	default:
		return false
	}
	switch {
	case a.unit == b.unit:
	case a.unit == unitNone:
		a.unit = b.unit
	case b.unit == unitNone && both:
		b.unit = a.unit
	default:
		return false
	}
	switch {
	case !a.scaled && b.scaled:
		shareScale(a, b)
	case a.scaled && !b.scaled:
		shareScale(b, a)
	}
	return true
}

// shareScale gives the unscaled end x the scale of the other end y when the
// two values are closer with it than without: "between 30 and 40 million"
// is 30 million, but "from 880,000 to 1.2 million" is 880,000.
func shareScale(x, y *numeral) {
	vx, vy := x.mant, y.mant*y.scale
	if vx <= 0 || vy <= 0 {
		return
	}
	if math.Abs(math.Log(vx*y.scale/vy)) < math.Abs(math.Log(vx/vy)) {
		x.scale, x.scaled = y.scale, true
	}
}
