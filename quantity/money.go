package quantity

import (
	"sort"
	"strings"
)

// This file finds the currency of a number: a symbol or code written before
// it ("$60m", "US$5bn", "USD 40m") or a word written after it ("2bn lira",
// "500 million euros", "40m USD").

// affix is one way of writing a currency, and its code.
type affix struct {
	text, code string
}

// currencySet is the vocabulary's currencies, ready for matching.
type currencySet struct {
	symbols []affix   // written before the number, exactly; codes included; longest first
	words   []affix   // written after the number, lower case, longest first
	codes   []affix   // codes written after the number, upper case as in the vocabulary
	last    [256]bool // the bytes a symbol ends with
}

// newCurrencySet builds the lists. A currency's code counts as a symbol
// before the number and as a word after it.
func newCurrencySet(cs []Currency) currencySet {
	var set currencySet
	for _, c := range cs {
		if c.Code == "" {
			continue
		}
		for _, s := range c.Symbols {
			if s = strings.TrimSpace(s); s != "" {
				set.symbols = append(set.symbols, affix{s, c.Code})
			}
		}
		set.symbols = append(set.symbols, affix{c.Code, c.Code})
		for _, w := range c.Words {
			if w = strings.Join(strings.Fields(strings.ToLower(w)), " "); w != "" {
				set.words = append(set.words, affix{w, c.Code})
			}
		}
		set.codes = append(set.codes, affix{c.Code, c.Code})
	}
	for _, sym := range set.symbols {
		set.last[sym.text[len(sym.text)-1]] = true
	}
	for _, list := range [][]affix{set.symbols, set.words, set.codes} {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].text) > len(list[j].text) })
	}
	return set
}

// CurrencyTexts returns the texts one of which every money quantity that
// Parse finds contains: exact ones (symbols and codes, matched as written,
// anywhere) and folded ones (currency words in lower case, matched
// ignoring ASCII case, always right after a space, as Parse reads them
// after a number). A sentence that contains none of them holds no money,
// so a caller can skip parsing it for money.
func (p *Parser) CurrencyTexts() (exact, folded []string) {
	for _, a := range p.cur.symbols { // codes included
		exact = append(exact, a.text)
	}
	for _, a := range p.cur.words {
		folded = append(folded, a.text)
	}
	return exact, folded
}

// before finds the longest symbol written just before s[i], glued to it or
// with one space between, and starting no earlier than floor. It returns the currency code and where the
// symbol starts. glued reports a symbol stuck to a letter or digit before
// it, such as "A$" when only "$" is known: an unknown currency, so the
// number is not read at all.
func (set *currencySet) before(s string, i, floor int) (code string, start int, ok, glued bool) {
	if i <= 0 || i > len(s) || !set.last[s[i-1]] && (i < 2 || s[i-1] != ' ' || !set.last[s[i-2]]) {
		return "", 0, false, false
	}
	for _, sym := range set.symbols {
		for _, e := range [2]int{i, i - 1} {
			if e < i && s[e] != ' ' {
				continue
			}
			st := e - len(sym.text)
			if st < floor || st < 0 || s[e-1] != sym.text[len(sym.text)-1] || s[st:e] != sym.text {
				continue
			}
			if alnumBefore(s, st) {
				if isWordByte(sym.text[0]) {
					continue // "TUSD 5": not this symbol
				}
				return "", 0, false, true
			}
			return sym.code, st, true, false
		}
	}
	return "", 0, false, false
}

// after finds a currency word written after s[j] with one space between,
// or a currency code in capitals. It returns the code and where the word
// ends.
func (set *currencySet) after(s string, j int) (code string, end int, ok bool) {
	if j < 0 || j+1 >= len(s) || s[j] != ' ' {
		return "", 0, false
	}
	c := lower(s[j+1])
	for _, w := range set.words {
		if w.text[0] != c {
			continue
		}
		if e, ok := phraseAfter(s, j, w.text, false); ok {
			return w.code, e, true
		}
	}
	for _, c := range set.codes {
		st, e := j+1, j+1+len(c.text)
		if e <= len(s) && s[st:e] == c.text && !alnumAt(s, e) {
			return c.code, e, true
		}
	}
	return "", 0, false
}
