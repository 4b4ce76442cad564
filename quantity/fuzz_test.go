package quantity

import (
	"math"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, and that what it returns is
// well formed: offsets in bounds and in order, Text equal to the slice it
// names, intervals that hold their value.
func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in)
	}
	for _, s := range benchSentences {
		f.Add(s)
	}
	for _, s := range []string{"-", "$", "1,", "1.", "a", "half a", "one and", "-5-", "$-", "US$", "\xff1", "1\xff", "0", "00", "2,000,", "between 1 and", "from 1 to", "0 USD 0 000"} {
		f.Add(s)
	}
	p := NewParser(DefaultVocabulary())
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, q := range p.Parse(s) {
			if q.Start < last || q.Start > q.End || q.End > len(s) {
				t.Fatalf("%q: %q at [%d:%d] out of order or bounds", s, q.Text, q.Start, q.End)
			}
			if s[q.Start:q.End] != q.Text {
				t.Fatalf("%q: [%d:%d] is %q, Text is %q", s, q.Start, q.End, s[q.Start:q.End], q.Text)
			}
			if math.IsNaN(q.Value) || q.Interval.Lo > q.Interval.Hi {
				t.Fatalf("%q: %q has value %g, interval %v", s, q.Text, q.Value, q.Interval)
			}
			for _, e := range []*Quantity{q.From, q.To} {
				if e != nil && (e.Start < q.Start || e.Start > e.End || e.End > q.End || s[e.Start:e.End] != e.Text) {
					t.Fatalf("%q: end %q at [%d:%d] outside %q", s, e.Text, e.Start, e.End, q.Text)
				}
			}
			last = q.End
			if isMoney(q) && !hasCurrencyText(p, s) {
				t.Fatalf("%q: %q is money, but the sentence holds none of CurrencyTexts", s, q.Text)
			}
		}
	})
}

// isMoney reports whether q or one of its ends is an amount of money.
func isMoney(q Quantity) bool {
	return q.Measure == Money || q.From != nil && q.From.Measure == Money || q.To != nil && q.To.Measure == Money
}

// hasCurrencyText reports whether s contains one of p's CurrencyTexts:
// an exact one anywhere, a folded one after a space.
func hasCurrencyText(p *Parser, s string) bool {
	exact, folded := p.CurrencyTexts()
	for _, t := range exact {
		if strings.Contains(s, t) {
			return true
		}
	}
	lower := []byte(s)
	for i, b := range lower {
		if 'A' <= b && b <= 'Z' {
			lower[i] = b + 'a' - 'A'
		}
	}
	for _, t := range folded {
		if strings.Contains(string(lower), " "+t) {
			return true
		}
	}
	return false
}

// TestCurrencyTexts checks, on every parse case, that a sentence with
// money holds one of the texts CurrencyTexts promises.
func TestCurrencyTexts(t *testing.T) {
	p := NewParser(DefaultVocabulary())
	money := 0
	for _, tc := range parseCases {
		for _, q := range p.Parse(tc.in) {
			if isMoney(q) {
				money++
				if !hasCurrencyText(p, tc.in) {
					t.Errorf("%q: %q is money, but the sentence holds none of CurrencyTexts", tc.in, q.Text)
				}
			}
		}
	}
	if money < 10 {
		t.Errorf("only %d money quantities in the parse cases: the test checks too little", money)
	}
}
