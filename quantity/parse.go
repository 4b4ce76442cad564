package quantity

import "unicode/utf8"

// Parser finds the quantities in sentences. Build one with NewParser; it
// is read-only afterwards and safe for concurrent use.
type Parser struct {
	hedges hedgeSet
	cur    currencySet
	lex    map[string]lexeme
	// numMask holds, by first letter, the lengths of the number words.
	numMask [26]uint16
	units   []unitWord
	times   []string
}

// NewParser returns a parser for a vocabulary's hedges and currencies.
// Hedge phrases and currency words are matched ignoring case; currency
// symbols are matched exactly. A hedge phrase that starts with "or" ("or
// so", "or more") is matched after the number, every other one before it.
func NewParser(v Vocabulary) *Parser {
	p := &Parser{
		hedges: newHedgeSet(v.Hedges),
		cur:    newCurrencySet(v.Currencies),
		lex:    newLexicon(),
		units:  newUnitWords(),
		times:  newTimeWords(),
	}
	p.numMask = numberMask(p.lex)
	return p
}

// Parse returns the quantities a cleaned sentence states, in text order and
// without overlaps. The sentence is expected in Unicode NFC, with straight
// quotes and every dash written as '-'. Years, dates, clock times,
// ordinals, codes and designations are not quantities and are left out.
func (p *Parser) Parse(sentence string) []Quantity {
	var buf [16]numeral
	nums := p.scan(sentence, buf[:0])
	spreadBad(sentence, nums)
	return p.combine(sentence, nums)
}

// scan finds every numeral of s in order, appending to nums. Numerals that
// are not quantities are kept, marked bad, so that they can veto their
// neighbours ("2022-23", "from 9 a.m. to 5 p.m.").
func (p *Parser) scan(s string, nums []numeral) []numeral {
	floor := 0 // a hedge may not reach back into the previous numeral
	for i := 0; i < len(s); {
		c := s[i]
		if isDigit(c) {
			var prev *numeral
			if len(nums) > 0 {
				prev = &nums[len(nums)-1]
			}
			n, next := p.digits(s, i, prev, floor)
			if n.joined {
				// A hyphenated pair stands or falls together: "2022-23",
				// "21-22 November".
				if n.bad {
					prev.bad = true
				} else if prev.bad {
					n.bad = true
				}
			}
			nums = append(nums, n)
			floor, i = next, next
			continue
		}
		size := letterAt(s, i)
		if size == 0 {
			if c < utf8.RuneSelf {
				i++
			} else {
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
			}
			continue
		}
		we := wordEnd(s, i)
		if !p.mayBeNumber(s[i:we]) {
			i = we
			continue
		}
		if n, ok := p.words(s, i, floor); ok {
			nums = append(nums, n)
			floor, i = n.end, n.end
			continue
		}
		// Not a number: skip the word. Digits glued to its end ("G7",
		// "A320") are read next, and vetoed, as digits.
		i = we
	}
	return nums
}
