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
// quotes, non-breaking spaces as spaces and every dash written as '-'.
//
// Years, dates, clock times, ordinals, codes ("G7", "F-35", "COVID-19"),
// fractions ("two thirds") and vague amounts ("dozens", "tens of thousands")
// are not quantities and are left out. Where the text is ambiguous, Parse
// chooses as follows:
//
//   - A four-digit number from 1800 to 2100, without a comma, unit,
//     currency or scale, is a year; with a hedge and a lower-case word
//     after it ("about 2000 people") it is a count.
//   - A number in a compound adjective is a count of the number alone:
//     "a four-year anniversary" gives 4, "a 28-point plan" gives 28. "one-"
//     is the exception ("one-off", "one-to-one").
//   - "one" is not a count after "no", "the", "any", "every", "each",
//     "this", "that", or before "of", "another", "day", "time", "point"...
//   - "percentage points" and "basis points" make a Count whose Text keeps
//     the unit.
//   - "m", "b" and "k" after a number scale it only as money ("$3m", "3m
//     euros"); a bare "3m" or "5k" is left out. "mn", "bn", "tn" scale any
//     number.
//   - A thousand, a million: a scale word, written in digits or words,
//     makes the number approximate to half a unit ("a million" is 0.5 to
//     1.5 million); "hundred" and "dozen" do not.
//   - The number after a designator ("Article 5", "Boeing 737", "Flight
//     17", "No. 10", "Phase 2", "Level 4") is a name; other make-and-model
//     pairs are read as counts.
//   - A hyphen between a long lower-case word and a number is a dash
//     written without spaces ("killed-25"); after a short or capitalised
//     word or a known prefix it makes a code ("Su-57", "Covid-19",
//     "mid-2025"). A '-' after a space is a minus sign ("-0.5%").
//   - A hedge belongs to the end it is written before: "about 30 to 40" is
//     the range 27 to 40. A change carries the hedge of its To end; a range
//     carries none of its own.
//   - "X-Y" and "X to Y" with X above Y are two numbers, not a range ("it
//     passed 141-5"); so is "by X to Y" ("rose by 5% to 3,000").
//   - A unit, scale or currency written after the second end of a range or
//     change applies to the first ("15 to 20 percent", "between 30 and 40
//     million", "2 to 3bn lira"); a scale only when it brings the two values
//     closer ("from 880,000 to 1.2 million" keeps 880,000). A currency
//     symbol before the first end applies to the second ("$1.2-1.5bn").
//   - "from X to Y" is a change, or a range after "range", "ranging",
//     "vary"...; up to three lower-case words or years may stand between X
//     and "to" ("from 880,000 troops to 600,000", "from 12% in 2020 to
//     19%"). "VERB to Y" is a change only for the change verbs ("rose",
//     "cut", "reduced"...), optionally followed by "from X".
//   - Thousands grouped with spaces ("880 000") are not joined.
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
