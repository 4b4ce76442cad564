package quantity

// This file holds the fixed English word lists the scanner needs: number
// words, scale words and abbreviations, change verbs, and the words that
// show a number is a date, a code or part of a phrase rather than a quantity.
// The lists are built by NewParser, never at package level.

// numKind is the grammatical role of a number word.
type numKind uint8

const (
	nkNone    numKind = iota
	nkZero            // zero
	nkUnit            // one .. nine
	nkTeen            // ten .. nineteen
	nkTens            // twenty .. ninety
	nkHundred         // hundred
	nkScale           // thousand, million, billion, trillion
	nkDozen           // dozen
	nkA               // "a", only in "a hundred", "a million", "a dozen"
	nkHalf            // "half", only in "half a million"
	nkAnd             // "and", only in "one hundred and twelve", "two and a half"
)

// wordFlag marks what a word says about a number next to it.
type wordFlag uint16

const (
	fVerb       wordFlag = 1 << iota // a change verb: "rose", "cut"
	fRangeVerb                       // "ranging from 10 to 20" is a range
	fMonth                           // a month, when capitalised: "November", "Nov"
	fDesignator                      // the number after it is a name: "Article 5", "Boeing 737"
	fNeedsDot                        // a designator only with a full stop: "No. 10"
	fOneBefore                       // "one" after it is not a count: "no one", "the one"
	fOneAfter                        // "one" before it is not a count: "one of", "one day"
	fFraction                        // the number before it is a fraction: "two thirds"
	fOrdinal                         // "twenty-first"
	fYearStop                        // a hedged year followed by it stays a year: "over 2020 and"
	fPrefix                          // a prefix that makes "mid-2025" a date, not a quantity
)

// lexeme is what the lexicon knows about one lower-case word.
type lexeme struct {
	word  string // the word itself, lower case
	kind  numKind
	value float64
	flags wordFlag
}

// maxWordLen is the length of the longest word in the lexicon; longer words
// are not looked up.
const maxWordLen = 12

// newLexicon builds the word table.
func newLexicon() map[string]lexeme {
	lx := make(map[string]lexeme, 320)
	num := func(kind numKind, first float64, step float64, words ...string) {
		for i, w := range words {
			lx[w] = lexeme{word: w, kind: kind, value: first + float64(i)*step}
		}
	}
	num(nkZero, 0, 0, "zero")
	num(nkUnit, 1, 1, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
	num(nkTeen, 10, 1, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
	num(nkTens, 20, 10, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
	num(nkHundred, 100, 0, "hundred")
	num(nkScale, 1e3, 0, "thousand")
	num(nkScale, 1e6, 0, "million")
	num(nkScale, 1e9, 0, "billion")
	num(nkScale, 1e12, 0, "trillion")
	num(nkDozen, 12, 0, "dozen")
	num(nkA, 1, 0, "a")
	num(nkHalf, 0.5, 0, "half")
	num(nkAnd, 0, 0, "and")

	flag := func(f wordFlag, words ...string) {
		for _, w := range words {
			l := lx[w]
			l.word = w
			l.flags |= f
			lx[w] = l
		}
	}
	flag(fVerb,
		"rose", "risen", "rise", "rises", "rising",
		"fell", "fallen", "fall", "falls", "falling",
		"increased", "increase", "increases", "increasing",
		"decreased", "decrease", "decreases", "decreasing",
		"reduced", "reduce", "reduces", "reducing",
		"cut", "cuts", "cutting",
		"raised", "raise", "raises", "raising",
		"lowered", "lowers", "lowering",
		"dropped", "drop", "drops", "dropping",
		"climbed", "climb", "climbs", "climbing",
		"grew", "grown", "grow", "grows", "growing",
		"jumped", "jump", "jumps", "jumping",
		"slashed", "slash", "slashes", "slashing",
		"boosted", "boost", "boosts", "boosting",
		"capped", "cap", "caps", "capping",
		"trimmed", "trim", "trims", "trimming")
	flag(fRangeVerb, "range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying")
	flag(fMonth,
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	flag(fDesignator,
		"article", "section", "chapter", "clause", "paragraph", "annex", "resolution",
		"amendment", "title", "flight", "boeing", "airbus", "apollo", "route", "highway",
		"interstate", "room", "page", "version", "phase", "level", "category", "stage",
		"terminal", "gate", "platform", "model", "iphone", "windows", "no")
	flag(fNeedsDot, "no")
	flag(fOneBefore, "no", "any", "every", "each", "the", "this", "that", "which", "what")
	flag(fOneAfter, "of", "another", "day", "way", "side", "hand", "point", "time", "thing", "by")
	flag(fFraction,
		"half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths",
		"fifth", "fifths", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths",
		"ninth", "ninths", "tenth", "tenths", "hundredth", "hundredths", "thousandth", "thousandths")
	flag(fOrdinal, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
	flag(fYearStop,
		"and", "or", "but", "the", "a", "an", "to", "in", "on", "at", "for", "with", "as",
		"by", "from", "until", "till", "through", "when", "while", "after", "before",
		"since", "that", "which", "was", "were", "is", "are", "had", "has", "have", "will")
	flag(fPrefix, "mid", "pre", "post", "early", "late", "covid", "sars", "fy")
	return lx
}

// numberMask returns, for each first letter, the set of lengths (as bits)
// of the number words that start with it, so that the scanner can skip the
// lookup for most words.
func numberMask(lx map[string]lexeme) [26]uint16 {
	var m [26]uint16
	for w, l := range lx {
		if l.kind != nkNone && len(w) < 16 && isLowerASCII(w[0]) {
			m[w[0]-'a'] |= 1 << len(w)
		}
	}
	return m
}

// mayBeNumber reports whether w could be a number word.
func (p *Parser) mayBeNumber(w string) bool {
	if len(w) == 0 || len(w) >= 16 || !isASCIILetter(w[0]) {
		return false
	}
	return p.numMask[lower(w[0])-'a']&(1<<len(w)) != 0
}

// lookup returns what the lexicon knows about a word, ignoring ASCII case.
func (p *Parser) lookup(w string) lexeme {
	if len(w) == 0 || len(w) > maxWordLen {
		return lexeme{}
	}
	var buf [maxWordLen]byte
	for i := 0; i < len(w); i++ {
		buf[i] = lower(w[i])
	}
	return p.lex[string(buf[:len(w)])]
}

// scaleAbbrev reads a scale abbreviation written after a number: "m",
// "mn", "bn", "k", "tn". moneyOnly marks those that mean something else
// after a bare number ("3m" is three metres).
func scaleAbbrev(w string) (scale float64, moneyOnly, ok bool) {
	switch {
	case equalFold(w, "m"):
		return 1e6, true, true
	case equalFold(w, "mn"), equalFold(w, "mln"):
		return 1e6, false, true
	case equalFold(w, "b"):
		return 1e9, true, true
	case equalFold(w, "bn"), equalFold(w, "bln"):
		return 1e9, false, true
	case equalFold(w, "k"):
		return 1e3, true, true
	case equalFold(w, "tn"), equalFold(w, "trn"), equalFold(w, "trln"):
		return 1e12, false, true
	}
	return 0, false, false
}

// unitWord is a written unit after a number.
type unitWord struct {
	text string
	unit unit
}

// newUnitWords returns the written units of a percentage, longest first.
// Points are counted, not read as percentages: "rose 5 percentage points".
func newUnitWords() []unitWord {
	return []unitWord{
		{"percentage points", unitPoints},
		{"percentage point", unitPoints},
		{"basis points", unitPoints},
		{"basis point", unitPoints},
		{"per cent", unitPercent},
		{"percent", unitPercent},
		{"pct", unitPercent},
	}
}

// newTimeWords returns the words that make the number before them a clock
// time.
func newTimeWords() []string {
	return []string{"a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc"}
}
