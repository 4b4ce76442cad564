// Package sentence splits news text into sentences.
//
// The splitter makes one forward pass over the text and returns byte offsets,
// so it allocates little more than the result slice. It expects cleaned text
// (Unicode NFC, straight quotes, ASCII '-' for dashes, plain spaces) but any
// input, including invalid UTF-8, is safe.
//
// # Where a sentence ends
//
// A run of terminators (. ! ? … and runs like "?!" or "...") ends a sentence
// when it is followed by white space and then a likely sentence start: an
// upper-case or uncased letter, a digit, a currency sign, '#', a bullet
// ("- ", "* ", "•"), or a quote or bracket followed by one of those. Closing
// quotes and brackets right after the terminators belong to the sentence.
// A lower-case word never starts a sentence (except after a blank line), so
// "'Why now?' he asked." and "He paused... and left." stay whole.
//
// A single '.' is not a boundary when the word before it is:
//   - a title-like abbreviation (Dr., Gen., St., No., vs., e.g.);
//   - a number or single letter at the start of a line (a numbered list: "1. First");
//   - an abbreviation that can end a sentence (U.S., a.m., Inc., etc., Jan.), an
//     acronym of dotted single letters ("U.A.E.") or an initial (a single
//     upper-case letter: "John F. Kennedy"), unless the next word is one of
//     a small set of words that commonly start sentences (The, He, But, In,
//     However...). So "U.S. officials" and "the U.S. Senate" do not split but
//     "talks with the U.S. The envoy left." does. After an abbreviation (not
//     an initial) a line break followed by a sentence start is enough.
//
// Dots not followed by white space (decimals, domains, e-mail addresses,
// "U.S.-led") never end a sentence.
//
// # Line breaks
//
// A blank line (two or more line breaks with only white space between) always
// ends a sentence. A single line break ends one when the line ends with
// terminators that end a sentence (see above), or when the line has no
// terminal punctuation and the next line starts like a heading or list item
// (upper-case letter, digit, quote, '-', '*', '•' or '#'): this splits
// headlines from the body and bullet lines from each other. A line ending in
// ',', ';', '&' or a short function word ("of", "the", "and", "in"...) is a
// soft wrap unless the next line is a bullet. Any other single line break is
// a soft wrap and the sentence continues. "\r\n", lone '\r', U+2028 and
// U+2029 (a paragraph break) are understood.
//
// Spans are trimmed of white space (as unicode.IsSpace) at both ends, never
// empty, in order and not overlapping. Bullet markers stay in the span.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a sentence as byte offsets into the text, with surrounding white space trimmed.
type Span struct{ Start, End int }

// kind says how the word before a '.' affects a sentence boundary.
type kind uint8

const (
	kindNone    kind = iota // an ordinary word: the dot ends the sentence
	kindTitle               // never ends a sentence: Dr. Gen. St. No. vs. e.g.
	kindEnd                 // may end a sentence: U.S. a.m. Inc. etc. Jan.
	kindInitial             // a single capital letter: J. F.
	kindList                // a list number or letter at the start of a line
)

// maxToken is the longest word before a dot that is looked up.
const maxToken = 32

// Splitter splits text into sentences. Abbreviations come from the rule files' vocabulary.
//
// A Splitter is read-only after New and safe for concurrent use. The zero
// value is usable and knows no abbreviations.
type Splitter struct {
	// exact holds abbreviations written with a capital (or any non-lower-case)
	// first letter, matched case-sensitively: "Dr" matches "Dr." only.
	exact map[string]kind
	// folded holds abbreviations written in lower case, ASCII-lower-cased
	// and matched case-insensitively: "a.m" matches "a.m." and "A.M.".
	folded map[string]kind
	// first marks the bytes that begin a key of exact (bit 1) or, lower-cased,
	// of folded (bit 2); maxLen is the longest key. They spare most map lookups.
	first  [256]uint8
	maxLen int
}

// New returns a Splitter that knows these abbreviations.
//
// Each abbreviation is written with its dots ("U.S.", "Gen.", "a.m.") or
// without the final one ("Mr"); "Mr" and "Mr." mean the same. Surrounding
// white space is ignored, and empty or over-long (more than 32 bytes)
// entries are skipped. An abbreviation whose first letter is lower case is
// matched case-insensitively ("a.m." also matches "A.M.", "etc." matches
// "Etc."); any other is matched case-sensitively ("No." does not match "no.").
// Case folding is ASCII only.
//
// Whether an abbreviation can end a sentence is decided here:
// abbreviations with an inner dot ("U.S.", "a.m.", "Ph.D.") except "e.g."
// and "i.e.", the corporate, name-suffix and street words etc., Inc., Ltd.,
// Co., Corp., LLC, Plc, Bros., Jr., Sr., Esq., Ave., Blvd., Rd., and the
// month abbreviations Jan. to Dec. (with Sept.) can end one, though only
// before a common sentence starter ("Jan. 15" never splits); all others
// (titles and ranks, "No.", "vs.", "St.", "approx.") never do.
//
// With no abbreviations only initials, dotted acronyms and list numbers are
// protected: "Dr. Smith" is then split after "Dr.".
func New(abbreviations []string) *Splitter {
	s := &Splitter{
		exact:  make(map[string]kind, len(abbreviations)),
		folded: make(map[string]kind, len(abbreviations)),
	}
	for _, a := range abbreviations {
		a = strings.TrimSuffix(strings.TrimSpace(a), ".")
		if a == "" || len(a) > maxToken {
			continue
		}
		k := entryKind(a)
		s.maxLen = max(s.maxLen, len(a))
		r, _ := utf8.DecodeRuneInString(a)
		if unicode.IsLower(r) {
			var buf [maxToken]byte
			key := foldASCII(&buf, a)
			s.folded[string(key)] = k
			s.first[key[0]] |= 2
		} else {
			s.exact[a] = k
			s.first[a[0]] |= 1
		}
	}
	return s
}

// entryKind says whether the abbreviation a (without its final dot) can end a sentence.
func entryKind(a string) kind {
	switch strings.ToLower(a) {
	case "e.g", "i.e":
		return kindTitle
	case "etc", "inc", "ltd", "co", "corp", "llc", "plc", "bros", "jr", "sr", "esq", "ave", "blvd", "rd",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return kindEnd
	}
	if strings.IndexByte(a, '.') >= 0 {
		return kindEnd
	}
	return kindTitle
}

// foldASCII writes a lower-cased (ASCII only) into buf and returns it; a is at most maxToken bytes.
func foldASCII(buf *[maxToken]byte, a string) []byte {
	b := buf[:len(a)]
	for i := 0; i < len(a); i++ {
		c := a[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// Split returns the sentences of text in order. It never returns an empty span.
func (s *Splitter) Split(text string) []Span {
	if s == nil {
		s = &Splitter{}
	}
	n := len(text)
	spans := make([]Span, 0, n/64+1) // news sentences average well over 64 bytes
	start := 0
	for i := 0; i < n; {
		for i < n && stops[text[i]] == 0 {
			i++
		}
		if i == n {
			break
		}
		switch c := text[i]; c {
		case '.', '!', '?':
			end, next, split := s.terminator(text, i)
			if split {
				spans = appendSpan(spans, text, start, end)
				start = next
			}
			i = next
		case '\n', '\r':
			next, split := lineBreak(text, i, start)
			if split {
				spans = appendSpan(spans, text, start, i)
				start = next
			}
			i = next
		case 0xE2: // first byte of '…', U+2028, U+2029
			if i+2 < n && text[i+1] == 0x80 {
				switch text[i+2] {
				case 0xA6: // … U+2026
					end, next, split := s.terminator(text, i)
					if split {
						spans = appendSpan(spans, text, start, end)
						start = next
					}
					i = next
					continue
				case 0xA8, 0xA9: // U+2028 line separator, U+2029 paragraph separator
					next, split := lineBreak(text, i, start)
					if split {
						spans = appendSpan(spans, text, start, i)
						start = next
					}
					i = next
					continue
				}
			}
			i++
		default:
			i++
		}
	}
	return appendSpan(spans, text, start, n)
}

// stops marks the bytes the scan in Split stops at: . ! ? \n \r and 0xE2,
// the first byte of '…', U+2028 and U+2029. It is a constant, not a table
// in a variable, so the package has no mutable state.
const stops = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x01\x00\x00" + // 0x00: \n \r
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00" + // 0x20: ! .
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01" + // 0x30: ?
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" + // 0xE0: 0xE2
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// terminator looks at the run of terminators starting at i. It returns where
// the sentence would end (after the run and any closing quotes or brackets),
// where scanning resumes (the next sentence's start if split) and whether the
// run ends the sentence.
func (s *Splitter) terminator(text string, i int) (end, next int, split bool) {
	n := len(text)
	j := i
run:
	for j < n {
		switch text[j] {
		case '.', '!', '?':
			j++
		case 0xE2:
			if j+2 < n && text[j+1] == 0x80 && text[j+2] == 0xA6 {
				j += 3
				continue
			}
			break run
		default:
			break run
		}
	}
	single := j == i+1 && text[i] == '.'
	for j < n && isCloser(text[j]) {
		j++
	}
	end = j
	if j == n {
		return end, n, true
	}
	k, nl := skipSpace(text, j)
	if k == j {
		return end, end, false // "1.5", "example.com", "U.S.-led", `."Then`
	}
	if nl >= 2 || k == n {
		return end, k, true
	}
	if !startsSentence(text, k) {
		return end, end, false
	}
	if single {
		switch s.kindBefore(text, i) {
		case kindTitle, kindList:
			return end, end, false
		case kindEnd:
			if nl == 0 && !isStarter(text, k) {
				return end, end, false
			}
		case kindInitial:
			if !isStarter(text, k) {
				return end, end, false
			}
		}
	}
	return end, k, true
}

// lineBreak looks at the line break at i (the sentence began at start). It
// returns where scanning resumes and whether the break ends the sentence.
func lineBreak(text string, i, start int) (next int, split bool) {
	k, nl := skipSpace(text, i)
	if nl >= 2 {
		return k, true
	}
	if k == len(text) {
		return k, false
	}
	p := i - 1
	for p >= start && (text[p] == ' ' || text[p] == '\t' || text[p] == '\r') {
		p--
	}
	if p < start || endsWithTerminator(text, start, p) {
		// Nothing to end, or the terminators were already judged.
		return k, false
	}
	if !startsLine(text, k) {
		return k, false
	}
	if isBullet(text, k) {
		return k, true
	}
	if softLineEnd(text, start, p) {
		return k, false
	}
	return k, true
}

// kindBefore classifies the word that ends right before the '.' at i.
func (s *Splitter) kindBefore(text string, i int) kind {
	b := i
	for b > 0 && i-b <= maxToken {
		c := text[b-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			break
		}
		b--
	}
	if i-b > maxToken {
		return kindNone
	}
	tok := text[b:i]
	for len(tok) > 0 && isOpener(tok[0]) {
		tok = tok[1:]
	}
	if tok == "" {
		return kindNone
	}
	if len(tok) <= s.maxLen {
		c := tok[0]
		if s.first[c]&1 != 0 {
			if k, ok := s.exact[tok]; ok {
				return k
			}
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if s.first[c]&2 != 0 {
			var buf [maxToken]byte
			if k, ok := s.folded[string(foldASCII(&buf, tok))]; ok {
				return k
			}
		}
	}
	r, size := utf8.DecodeRuneInString(tok)
	if size == len(tok) {
		// One character: a list letter or number at the start of a line, or an initial.
		if atLineStart(text, b) && (isLetterOrDigit(r)) {
			return kindList
		}
		if unicode.IsUpper(r) {
			return kindInitial
		}
		return kindNone
	}
	if allDigits(tok) {
		if len(tok) <= 3 && atLineStart(text, b) {
			return kindList
		}
		return kindNone
	}
	if dottedLetters(tok) {
		return kindEnd
	}
	return kindNone
}

// atLineStart reports whether only spaces and tabs stand between the start of
// the line and b.
func atLineStart(text string, b int) bool {
	for b > 0 {
		switch text[b-1] {
		case ' ', '\t':
			b--
		case '\n', '\r':
			return true
		default:
			return false
		}
	}
	return true
}

func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// dottedLetters reports whether s is two or more single letters joined by
// dots, such as "U.S", "J.D" or "a.m".
func dottedLetters(s string) bool {
	parts := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsLetter(r) {
			return false
		}
		s = s[size:]
		parts++
		if s == "" {
			break
		}
		if s[0] != '.' || len(s) == 1 {
			return false
		}
		s = s[1:]
	}
	return parts >= 2
}

// isStarter reports whether the word at k (after an optional opening quote or
// bracket) is a capitalised word that commonly starts a sentence.
func isStarter(text string, k int) bool {
	if k < len(text) && isOpener(text[k]) {
		k++
	}
	e := k
	for e < len(text) && e-k <= 9 && ('a' <= text[e] && text[e] <= 'z' || 'A' <= text[e] && text[e] <= 'Z') {
		e++
	}
	if e == k || e-k > 9 {
		return false
	}
	if e < len(text) {
		c := text[e]
		// The word must end here: "A." is an initial, "Theo" is not "The".
		if c == '.' || c >= utf8.RuneSelf || '0' <= c && c <= '9' || c == '_' {
			return false
		}
	}
	switch text[k:e] {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
		"But", "And", "So", "Yet", "In", "On", "At", "For", "As", "If",
		"This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our",
		"There", "After", "Before", "When", "While", "Although", "However",
		"Meanwhile", "Still", "Then", "Now", "Some", "What", "Why", "How", "Who":
		return true
	}
	return false
}

// startsSentence reports whether a sentence can start at k.
func startsSentence(text string, k int) bool {
	c := text[k]
	switch {
	case 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '#', c == '$':
		return true
	case isOpener(c):
		k++
		if k < len(text) && isOpener(text[k]) {
			k++
		}
		if k >= len(text) {
			return false
		}
		c = text[k]
		if c < utf8.RuneSelf {
			return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		return isUpperLike(r)
	case c == '-' || c == '*':
		return k+1 < len(text) && (text[k+1] == ' ' || text[k+1] == '\t')
	case c >= utf8.RuneSelf:
		r, _ := utf8.DecodeRuneInString(text[k:])
		return r == '•' || r == '¿' || r == '¡' || isUpperLike(r) || unicode.Is(unicode.Sc, r)
	}
	return false
}

// startsLine reports whether the line at k starts like a heading, list item
// or new sentence, so that a line without terminal punctuation before it is
// a line of its own.
func startsLine(text string, k int) bool {
	switch text[k] {
	case '"', '\'', '-', '*', '#':
		return true
	}
	return startsSentence(text, k)
}

// isBullet reports whether a list bullet starts at k.
func isBullet(text string, k int) bool {
	switch text[k] {
	case '-', '*':
		return true
	}
	return strings.HasPrefix(text[k:], "•")
}

// isUpperLike reports whether r is an upper- or title-case letter or a letter of a script without case.
func isUpperLike(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

// endsWithTerminator reports whether text[start:p+1] ends with terminators,
// possibly followed by closing quotes or brackets.
func endsWithTerminator(text string, start, p int) bool {
	for p >= start && isCloser(text[p]) {
		p--
	}
	if p < start {
		return false
	}
	switch text[p] {
	case '.', '!', '?':
		return true
	case 0xA6:
		return p-2 >= start && text[p-2] == 0xE2 && text[p-1] == 0x80
	}
	return false
}

// softLineEnd reports whether the line ending at p (inclusive) clearly goes
// on: it ends with ',', ';', '&' or a short function word.
func softLineEnd(text string, start, p int) bool {
	switch text[p] {
	case ',', ';', '&':
		return true
	}
	q := p
	for q >= start && p-q < 4 && 'a' <= text[q] && text[q] <= 'z' {
		q--
	}
	if q >= start && text[q] != ' ' && text[q] != '\t' {
		return false
	}
	switch text[q+1 : p+1] {
	case "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but", "as", "that", "than":
		return true
	}
	return false
}

// skipSpace skips the white space starting at j and returns the index after
// it and the number of line breaks it holds (U+2029 counts as two).
func skipSpace(text string, j int) (k, nl int) {
	n := len(text)
	for k = j; k < n; {
		switch c := text[k]; c {
		case ' ', '\t', '\v', '\f':
			k++
		case '\n':
			nl++
			k++
		case '\r':
			if k+1 >= n || text[k+1] != '\n' {
				nl++
			}
			k++
		default:
			if c < utf8.RuneSelf {
				return k, nl
			}
			r, size := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(r) {
				return k, nl
			}
			switch r {
			case '\u2028':
				nl++
			case '\u2029':
				nl += 2
			}
			k += size
		}
	}
	return k, nl
}

func isCloser(c byte) bool {
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'
}

func isOpener(c byte) bool {
	return c == '"' || c == '\'' || c == '(' || c == '['
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// appendSpan trims white space from text[a:b] and appends it if anything is left.
func appendSpan(spans []Span, text string, a, b int) []Span {
	for a < b {
		if c := text[a]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			a++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += size
	}
	for b > a {
		if c := text[b-1]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			b--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= size
	}
	if a < b {
		spans = append(spans, Span{a, b})
	}
	return spans
}
