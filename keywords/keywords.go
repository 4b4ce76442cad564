// Package keywords finds many keywords in text in one pass, whole words only,
// with inflected forms of each keyword ("control" finds "controls", "controlled").
//
// All keywords are compiled into a single Aho-Corasick automaton, laid out
// as a table with one entry per state and byte class (dfa.go), so the cost
// of a search hardly depends on the number of keywords. The automaton
// reports every occurrence of every pattern, overlapping ones included, so
// a keyword is never hidden by a longer one ("death" and "death toll" are
// both found in "death toll").
//
// Matching rules:
//   - Case: ASCII letters are compared without regard to case; other
//     characters compare exactly ("É" does not find "é").
//   - Spaces: a keyword's runs of white space become one space, which matches
//     one ASCII white-space byte in the text (space, tab, newline, CR, FF, VT);
//     "death toll" does not find "death  toll" or "death-toll".
//   - Whole words: a hit that begins with a letter or digit must not be
//     preceded by one, and a hit that ends with a letter or digit must not be
//     followed by one (letters and digits as in unicode.IsLetter and
//     unicode.IsDigit, decoded from UTF-8). A keyword edge that is punctuation
//     needs no boundary, as in a regular expression's \b: "%" finds "5%",
//     "u.s." finds "U.S. officials", "U.S.-led" and also the start of "U.S.A.".
//   - Inflection: the last word of a keyword may take a few inflectional
//     endings (see the comment at the top of inflect.go); a hit's End covers
//     the whole inflected word.
package keywords

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Matcher finds a fixed set of keywords. It is safe for concurrent use.
type Matcher struct {
	dfa      *dfa
	patterns []string // distinct patterns, the automaton's pattern ids
	edges    []uint8  // wordFirst, wordLast of each pattern
	first    []int32  // targets of pattern p are targets[first[p]:first[p+1]]
	targets  []target
	bufs     sync.Pool // *[]byte, lower-case views reused across calls
}

// target is one keyword reached through a pattern.
type target struct {
	keyword  int
	rule     rule
	anywhere bool // a substring: no word boundaries, no inflection
}

// Hit is one keyword occurrence.
//
// Keyword is the keyword's index in the slice given to New; Start and End are
// byte offsets into the text searched, text[Start:End] being the matched
// (possibly inflected) words.
type Hit struct{ Keyword, Start, End int }

// KeywordError is the error New returns for a keyword it cannot use.
type KeywordError struct {
	Index   int    // the keyword's index in the words given to New
	Keyword string // the keyword as given
	Reason  string // "empty" (nothing but white space) or "not valid UTF-8"
}

// Error describes the keyword and what is wrong with it.
func (e *KeywordError) Error() string {
	return fmt.Sprintf("keywords: keyword %d (%q) is %s", e.Index, e.Keyword, e.Reason)
}

// New compiles keywords into one automaton. The keyword's index in words is its id.
//
// Keywords are case-insensitive; they may be several words ("death toll",
// "chief of staff") and may contain punctuation ("u.s.", "per cent"). Empty
// keywords, and keywords that are not valid UTF-8, are an error
// (*KeywordError). The same keyword, or keywords that differ only by
// inflection ("control", "controls"), may be given more than once: every id
// is reported for each hit.
func New(words []string) (*Matcher, error) {
	return NewWithSubstrings(words, nil)
}

// NewWithSubstrings is New with substrings as well: texts found wherever
// they occur, as written but for the case of ASCII letters, with no word
// boundaries and no inflection. Each ASCII white-space byte in a
// substring matches any one ASCII white-space byte (" yen" is found after
// a space, a tab or a newline), and runs are not merged. The id of
// substrings[j] is len(words)+j.
func NewWithSubstrings(words, substrings []string) (*Matcher, error) {
	type entry struct {
		pattern string
		t       target
	}
	entries := make([]entry, 0, len(words)+len(substrings))
	for i, w := range words {
		if !utf8.ValidString(w) {
			return nil, &KeywordError{Index: i, Keyword: w, Reason: "not valid UTF-8"}
		}
		kw := normalize(w)
		if kw == "" {
			return nil, &KeywordError{Index: i, Keyword: w, Reason: "empty"}
		}
		p, r := inflect(kw)
		entries = append(entries, entry{p, target{keyword: i, rule: r}})
	}
	for j, w := range substrings {
		i := len(words) + j
		if !utf8.ValidString(w) {
			return nil, &KeywordError{Index: i, Keyword: w, Reason: "not valid UTF-8"}
		}
		if w == "" {
			return nil, &KeywordError{Index: i, Keyword: w, Reason: "empty"}
		}
		b := []byte(w)
		for k := range b {
			b[k] = lower[b[k]]
		}
		entries = append(entries, entry{string(b), target{keyword: i, anywhere: true}})
	}
	// Group keywords by pattern; patterns are numbered in first-seen order.
	ids := make(map[string]int, len(entries))
	var count []int32
	m := &Matcher{}
	for _, e := range entries {
		id, ok := ids[e.pattern]
		if !ok {
			id = len(m.patterns)
			ids[e.pattern] = id
			m.patterns = append(m.patterns, e.pattern)
			m.edges = append(m.edges, edgeFlags(e.pattern))
			count = append(count, 0)
		}
		count[id]++
	}
	m.first = make([]int32, len(m.patterns)+1)
	for p, c := range count {
		m.first[p+1] = m.first[p] + c
	}
	m.targets = make([]target, len(entries))
	next := slices.Clone(m.first[:len(m.patterns)])
	for _, e := range entries {
		id := ids[e.pattern]
		m.targets[next[id]] = e.t
		next[id]++
	}
	d, err := newDFA(m.patterns)
	if err != nil {
		return nil, err
	}
	m.dfa = d
	m.bufs.New = func() any { return new([]byte) }
	return m, nil
}

// normalize trims a keyword, turns each run of white space into one space and
// lower-cases its ASCII letters.
func normalize(w string) string {
	var b strings.Builder
	for i, f := range strings.Fields(w) {
		if i > 0 {
			b.WriteByte(' ')
		}
		for j := 0; j < len(f); j++ {
			b.WriteByte(lower[f[j]])
		}
	}
	return b.String()
}

// lower maps each byte to itself, except ASCII upper-case letters, which map
// to lower case, and ASCII white space (\t \n \v \f \r), which maps to a space.
// TestLowerTable checks it.
const lower = "" +
	"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x20\x20\x20\x20\x20\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	"\x20\x21\x22\x23\x24\x25\x26\x27\x28\x29\x2a\x2b\x2c\x2d\x2e\x2f" +
	"\x30\x31\x32\x33\x34\x35\x36\x37\x38\x39\x3a\x3b\x3c\x3d\x3e\x3f" +
	"\x40\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f" +
	"\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7a\x5b\x5c\x5d\x5e\x5f" +
	"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f" +
	"\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7a\x7b\x7c\x7d\x7e\x7f" +
	"\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f" +
	"\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f" +
	"\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf" +
	"\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf" +
	"\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf" +
	"\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf" +
	"\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef" +
	"\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff"

// Find appends to dst every occurrence of every keyword in text, ordered by Start then Keyword, and returns dst.
//
// Besides growing dst, Find allocates nothing in the steady state: the
// lower-case view of text it scans is kept in a per-Matcher pool of buffers
// (texts over 4 MiB get a buffer of their own).
func (m *Matcher) Find(dst []Hit, text string) []Hit {
	if len(text) == 0 || len(m.patterns) == 0 {
		return dst
	}
	buf := m.bufs.Get().(*[]byte)
	view := lowerView(*buf, text)
	n0 := len(dst)
	m.dfa.walk(view, func(end int, pattern int32) {
		dst = m.report(dst, text, view, int(pattern), end)
	})
	if cap(view) <= maxPooled {
		*buf = view
		m.bufs.Put(buf)
	}
	sortHits(dst[n0:])
	return dst
}

// maxPooled is the largest view buffer kept for reuse; longer texts get a
// buffer of their own, so one huge text does not pin its size in the pool.
const maxPooled = 4 << 20

// lowerView returns text mapped through lower, reusing buf's storage.
func lowerView(buf []byte, text string) []byte {
	if cap(buf) < len(text) {
		buf = make([]byte, len(text))
	}
	buf = buf[:len(text)]
	for i := 0; i < len(text); i++ {
		buf[i] = lower[text[i]]
	}
	return buf
}

// report appends the hits for an occurrence of pattern p in view ending at
// byte end, after checking word boundaries and the endings allowed by each
// keyword's rule.
func (m *Matcher) report(dst []Hit, text string, view []byte, p, end int) []Hit {
	start := end - len(m.patterns[p])
	targets := m.targets[m.first[p]:m.first[p+1]]
	words := false // a target that is a whole-word keyword
	for _, t := range targets {
		if t.anywhere {
			dst = append(dst, Hit{Keyword: t.keyword, Start: start, End: end})
		} else {
			words = true
		}
	}
	if !words {
		return dst
	}
	edges := m.edges[p]
	if edges&wordFirst != 0 && start > 0 && wordRuneBefore(text, start) {
		return dst
	}
	we := end
	if edges&wordLast != 0 {
		for we < len(view) && we-end <= maxSuffix && isASCIIAlnum(view[we]) {
			we++
		}
		if we-end > maxSuffix {
			return dst
		}
		if we < len(text) && text[we] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(text[we:]); isWordRune(r) {
				return dst
			}
		}
	}
	rem := view[end:we]
	for _, t := range targets {
		if !t.anywhere && t.rule.allows(rem) {
			dst = append(dst, Hit{Keyword: t.keyword, Start: start, End: we})
		}
	}
	return dst
}

// Edge flags of a pattern: whether its first and last runes are word
// characters, which must not be preceded or followed by another one.
const (
	wordFirst = 1 << iota
	wordLast
)

func edgeFlags(pattern string) uint8 {
	var f uint8
	if r, _ := utf8.DecodeRuneInString(pattern); isWordRune(r) {
		f |= wordFirst
	}
	if r, _ := utf8.DecodeLastRuneInString(pattern); isWordRune(r) {
		f |= wordLast
	}
	return f
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordRuneBefore reports whether the rune ending at text[i-1] is a letter or digit.
func wordRuneBefore(text string, i int) bool {
	if c := text[i-1]; c < utf8.RuneSelf {
		return isASCIIAlnum(c)
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWordRune(r)
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// sortHits orders hits by Start, then Keyword. The automaton reports them by
// end offset, which is nearly that order, so an insertion sort does it in
// about linear time; if it has to move hits too far, a general sort takes over.
func sortHits(h []Hit) {
	budget := 8 * len(h)
	for i := 1; i < len(h); i++ {
		for j := i; j > 0 && hitLess(h[j], h[j-1]); j-- {
			h[j], h[j-1] = h[j-1], h[j]
			if budget--; budget < 0 {
				slices.SortFunc(h, func(a, b Hit) int {
					return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.Keyword, b.Keyword))
				})
				return
			}
		}
	}
}

func hitLess(a, b Hit) bool {
	return a.Start < b.Start || a.Start == b.Start && a.Keyword < b.Keyword
}
