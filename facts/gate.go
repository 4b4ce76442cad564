package facts

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"

	"factdiff/keywords"
	"factdiff/quantity"
)

// This file decides which sentences a rule without near: keywords reads.
// Such a rule would read every sentence; a sentence that lacks what every
// value of the rule needs is skipped instead, with the same facts as a
// result:
//   - a money rule needs a currency, written as a symbol, code or word:
//     one of the texts the number parser reads a currency from;
//   - a rule with a pattern needs the text every match of the pattern
//     contains ("envoy" in "(?:Russian|Kremlin) envoy (?P<name>...)").

// gate is what a sentence needs for a rule without near: keywords to read it.
type gate struct {
	money   bool         // a currency
	literal requiredText // this text, when hasLit is set
	hasLit  bool
}

// newGate works out a rule's gate.
func newGate(r *Rule) gate {
	g := gate{money: r.Kind == Money}
	if r.Pattern != "" {
		g.literal, g.hasLit = requiredLiteral(r.Pattern)
	}
	return g
}

// skipReason returns the step and the reason for explain when rule ri's
// gate keeps it from reading the sentence, and "" when the rule reads it.
func (e *Extractor) skipReason(ri int, s *sent) (step, why string) {
	g := &e.gates[ri]
	if g.hasLit && !g.literal.in(s.text) {
		return "no match", "the pattern does not match this sentence"
	}
	if g.money && !s.currency {
		return "no currency", "the sentence names no currency, so it states no amount of money"
	}
	return "", ""
}

// currencyTexts returns the texts the keyword pass looks for to tell
// where a currency is named: the number parser's currency texts
// (quantity.Parser.CurrencyTexts), every amount of money containing one.
// The first exact of them are found anywhere, and findWords keeps a hit
// only when its case is as written; the folded ones are found after a
// space, ignoring ASCII case, as the parser reads them.
func currencyTexts(p *quantity.Parser) (texts, exact []string) {
	exact, folded := p.CurrencyTexts()
	texts = slices.Clone(exact)
	for _, w := range folded {
		texts = append(texts, " "+w)
	}
	return texts, exact
}

// findWords runs the keyword pass over a source's text, reusing buf's
// memory. It returns the hits of the pack's keywords, and the offsets, in
// order, where a currency text starts.
func (e *Extractor) findWords(buf *scratch, text string) (hits []keywords.Hit, currency []int) {
	all := e.words.Find(buf.hits[:0], text)
	buf.hits = all
	currency = buf.currency[:0]
	n := 0
	for _, h := range all {
		if h.Keyword >= e.nwords {
			// The keyword pass ignores ASCII case; symbols and codes
			// must be as written ("RUB", not the "rub" of "rubble").
			j := h.Keyword - e.nwords
			exact := j >= len(e.currencyExact) || text[h.Start:h.End] == e.currencyExact[j]
			if k := len(currency); exact && (k == 0 || currency[k-1] != h.Start) {
				currency = append(currency, h.Start)
			}
			continue
		}
		all[n] = h
		n++
	}
	buf.currency = currency
	return all[:n], currency
}

// namesCurrency reports whether one of the sorted offsets at is in [start, end).
func namesCurrency(at []int, start, end int) bool {
	i, _ := slices.BinarySearch(at, start)
	return i < len(at) && at[i] < end
}

// requiredText is a literal every match of a pattern contains.
type requiredText struct {
	text string // lower case when fold is set
	fold bool   // matched ignoring ASCII case
}

// in reports whether s contains the text.
func (t requiredText) in(s string) bool {
	if !t.fold {
		return strings.Contains(s, t.text)
	}
	// Case folding also matches the Kelvin sign to "k" and the long s to
	// "s": a sentence with either is read.
	return containsFoldASCII(s, t.text) || strings.ContainsAny(s, "\u212a\u017f")
}

// containsFoldASCII reports whether s contains the lower-case ASCII text t,
// ignoring the case of ASCII letters.
func containsFoldASCII(s, t string) bool {
	if t == "" {
		return true
	}
	for i := 0; i+len(t) <= len(s); i++ {
		if lowerByte(s[i]) != t[0] {
			continue
		}
		k := 1
		for k < len(t) && lowerByte(s[i+k]) == t[k] {
			k++
		}
		if k == len(t) {
			return true
		}
	}
	return false
}

// lowerByte maps an ASCII capital to lower case and leaves other bytes.
func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// requiredLiteral returns the longest literal that every match of pattern
// contains, if there is one worth testing for (three bytes or more).
func requiredLiteral(pattern string) (requiredText, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return requiredText{}, false
	}
	var best requiredText
	for _, t := range required(re.Simplify()) {
		if len(t.text) > len(best.text) {
			best = t
		}
	}
	return best, len(best.text) >= 3
}

// required lists literals that every match of re contains.
func required(re *syntax.Regexp) []requiredText {
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		text := string(re.Rune)
		if fold {
			for _, r := range re.Rune {
				if r >= utf8.RuneSelf {
					return nil // Unicode case folding: not tested for
				}
			}
			text = strings.ToLower(text)
		}
		return []requiredText{{text, fold}}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		var out []requiredText
		for _, sub := range re.Sub {
			out = append(out, required(sub)...)
		}
		return out
	}
	return nil
}
