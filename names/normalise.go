package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Name is a normalised name.
type Name struct {
	Written string   // as given
	Tokens  []string // normalised tokens, titles removed
	Folded  []string // tokens after the folds

	suffix  string   // a generational suffix: "jr", "sr", "ii", "iii", "iv"
	marked  []string // Tokens with their diacritics kept: "erdoğan" for "erdogan"
	initial []bool   // the token is a run of initials: "jd" for "J. D."
	fired   [][]int  // per token, the indexes of the folds that changed it
}

// Key returns the folded tokens joined by a space, followed by the
// generational suffix if the name has one ("robert f kennedy jr"). Two names
// with equal keys are the same person spelled alike, up to the folds.
func (n Name) Key() string {
	k := strings.Join(n.Folded, " ")
	if n.suffix != "" && k != "" {
		k += " " + n.suffix
	}
	return k
}

// Surname returns the last folded token, or "" for an empty name.
func (n Name) Surname() string {
	if len(n.Folded) == 0 {
		return ""
	}
	return n.Folded[len(n.Folded)-1]
}

// String returns the name as written.
func (n Name) String() string { return n.Written }

// suffixes maps the generational suffixes taken off the end of a name to
// their usual spelling.
var suffixes = map[string]string{"jr": "jr", "sr": "sr", "jnr": "jr", "snr": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}

// Normalise splits a written name into normalised tokens and folds them.
//
// The steps, in order:
//
//  1. Text after the first comma is dropped ("Steve Witkoff, the envoy"), as is
//     text in brackets or double quotes (a nickname), unless nothing else is
//     left.
//  2. The possessive 's is removed ("Zelenskiy's"); other apostrophes are
//     removed and join the letters around them ("O'Brien" → "obrien").
//     Hyphens, spaces and other punctuation split tokens ("Jean-Marie" →
//     "jean marie", "al-Assad" → "al assad").
//  3. Each token is lower-cased, decomposed, and stripped of diacritics;
//     letters without a decomposition are mapped: ł→l, ø→o, ß→ss, æ→ae, œ→oe,
//     đ→d, ð→d, ı→i, þ→th, ħ→h.
//  4. Initials are joined: a single letter, letters written with periods
//     ("J.D."), or two or three capitals in a name that is not all capitals
//     ("JD"), and runs of them: "J. D. Vance", "J.D. Vance" and "JD Vance" all
//     give [jd vance].
//  5. A generational suffix (jr, sr, ii, iii, iv) at the end is taken off the
//     tokens, so the surname of "Robert F. Kennedy Jr." is "kennedy"; it is
//     kept aside, shown by Key, and told apart by Compare ("Jr." and "Sr."
//     are different people).
//  6. Titles are removed: every token up to and including the last title
//     phrase that is followed by another token ("U.S. Special Envoy Steve
//     Witkoff" → [steve witkoff], "Ukraine's President Volodymyr Zelensky" →
//     [volodymyr zelensky]). A title as the last token stays ("Martin Luther
//     King" with the title "king"); a name made only of titles has no tokens.
//  7. Each token that is not initials is folded with the comparer's folds.
func (c *Comparer) Normalise(written string) Name {
	n := split(written)
	if k := len(n.Tokens) - 1; k > 0 && suffixes[n.Tokens[k]] != "" {
		n.suffix = suffixes[n.Tokens[k]]
		n.cut(0, k)
	}
	if k := c.titleEnd(n.Tokens); k > 0 {
		n.cut(k, len(n.Tokens))
	}
	n.Folded = make([]string, len(n.Tokens))
	n.fired = make([][]int, len(n.Tokens))
	for i, t := range n.Tokens {
		if n.initial[i] {
			n.Folded[i] = t
			continue
		}
		n.Folded[i], n.fired[i] = applyFolds(c.folds, t)
	}
	return n
}

// split does steps 1 to 4 of Normalise: tokens, lower case, diacritics,
// initials. Folded is left empty.
func split(written string) Name {
	n := Name{Written: written}
	raw := tokenize(written, true)
	if len(raw) == 0 {
		raw = tokenize(written, false)
	}
	var st stripper
	for _, r := range raw {
		marked := strings.ToLower(r.text)
		plain := st.strip(marked)
		if plain == "" {
			continue
		}
		k := len(n.Tokens)
		if r.initial && k > 0 && n.initial[k-1] {
			n.Tokens[k-1] += plain
			n.marked[k-1] += marked
			continue
		}
		n.Tokens = append(n.Tokens, plain)
		n.marked = append(n.marked, marked)
		n.initial = append(n.initial, r.initial)
	}
	return n
}

// cut keeps tokens [from, to).
func (n *Name) cut(from, to int) {
	n.Tokens = n.Tokens[from:to:to]
	n.marked = n.marked[from:to:to]
	n.initial = n.initial[from:to:to]
	if len(n.Tokens) == 0 {
		n.Tokens, n.marked, n.initial = nil, nil, nil
	}
}

// titleEnd returns how many leading tokens are titles or come before the last
// title: the index after the last title phrase that is followed by at least
// one token; len(toks) when the tokens are all titles; 0 when there is none.
func (c *Comparer) titleEnd(toks []string) int {
	if len(c.titles) == 0 {
		return 0
	}
	end := 0
	for j := range toks {
		for _, t := range c.titles {
			if k := j + len(t); k < len(toks) && k > end && hasPhrase(toks[j:], t) {
				end = k
			}
		}
	}
	// All titles: "the President".
	j := 0
	for j < len(toks) {
		k := 0
		for _, t := range c.titles { // longest first
			if hasPhrase(toks[j:], t) {
				k = len(t)
				break
			}
		}
		if k == 0 {
			break
		}
		j += k
	}
	if j == len(toks) {
		return j
	}
	return end
}

// hasPhrase reports whether toks starts with phrase.
func hasPhrase(toks, phrase []string) bool {
	if len(phrase) > len(toks) {
		return false
	}
	for i, p := range phrase {
		if toks[i] != p {
			return false
		}
	}
	return true
}

// rawToken is a token as written (NFC), before lower-casing.
type rawToken struct {
	text    string
	initial bool
}

// isApostrophe reports whether r is an apostrophe or a letter-like mark
// written as one (ayin, hamza, okina).
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`', '´', '‘', '′':
		return true
	}
	return false
}

// isQuote reports whether r is a double quotation mark.
func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‟', '″':
		return true
	}
	return false
}

// tokenize splits a written name into tokens (step 1, 2 and the initials of
// step 4 of Normalise). With asides, text in brackets and double quotes is
// skipped.
func tokenize(s string, asides bool) []rawToken {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	hasLower := strings.IndexFunc(s, unicode.IsLower) >= 0
	var (
		out     []rawToken
		cur     []rune
		dotted  int  // runes of cur that are dotted initials ("J.D." → 2)
		piece   int  // letters since the token start or the last period
		allInit bool // every period so far followed a single letter
		depth   int  // bracket depth
		quoted  bool
	)
	flush := func() {
		switch {
		case len(cur) == 0:
		case dotted > 0 && dotted < len(cur):
			// "J.Smith": initials, then a word.
			out = append(out, rawToken{string(cur[:dotted]), true}, rawToken{string(cur[dotted:]), false})
		case dotted > 0:
			out = append(out, rawToken{string(cur), true})
		default:
			out = append(out, rawToken{string(cur), isInitials(cur, hasLower)})
		}
		cur, dotted, piece, allInit = cur[:0], 0, 0, true
	}
	allInit = true
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if asides {
			switch {
			case quoted:
				if isQuote(r) {
					quoted = false
				}
				continue
			case depth > 0:
				switch r {
				case '(', '[', '{':
					depth++
				case ')', ']', '}':
					depth--
				}
				continue
			case isQuote(r):
				flush()
				quoted = true
				continue
			case r == '(' || r == '[' || r == '{':
				flush()
				depth++
				continue
			}
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r):
			cur = append(cur, r)
			if !unicode.Is(unicode.M, r) {
				piece++
			}
		case r == '.':
			if piece == 1 && allInit && len(cur) > 0 {
				dotted = len(cur)
				piece = 0
				continue
			}
			allInit = false
			flush()
		case isApostrophe(r):
			// The possessive 's: an apostrophe, an s, then no letter.
			if len(cur) > 0 && i+1 < len(rs) && (rs[i+1] == 's' || rs[i+1] == 'S') &&
				(i+2 == len(rs) || !unicode.IsLetter(rs[i+2])) {
				i++
			}
		case r == ',' || r == ';':
			flush()
			if len(out) > 0 {
				return out
			}
		default:
			flush()
		}
	}
	flush()
	return out
}

// isInitials reports whether a token written without periods is initials: a
// single letter, or two or three capitals in a name that has lower-case
// letters ("JD" in "JD Vance", but not "XI" in "XI JINPING").
func isInitials(t []rune, hasLower bool) bool {
	if len(t) == 1 {
		return unicode.IsLetter(t[0])
	}
	if !hasLower || len(t) > 3 {
		return false
	}
	for _, r := range t {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// letterMap maps letters that have no Unicode decomposition.
var letterMap = map[rune]string{
	'ł': "l", 'ø': "o", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'đ': "d", 'ð': "d",
	'ı': "i", 'þ': "th", 'ħ': "h", 'ŀ': "l", 'ĸ': "k", 'ŧ': "t", 'ſ': "s",
}

// stripper removes diacritics. Its transformer is made on first use and
// reused for the tokens of one name; it is not safe for concurrent use.
type stripper struct{ t transform.Transformer }

// strip returns a lower-case token without diacritics, with the letters of
// letterMap mapped.
func (st *stripper) strip(s string) string {
	if isASCII(s) {
		return s
	}
	if st.t == nil {
		st.t = transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	}
	st.t.Reset()
	out, _, err := transform.String(st.t, s)
	if err != nil {
		out = s
	}
	if isASCII(out) {
		return out
	}
	var b strings.Builder
	for _, r := range out {
		if m, ok := letterMap[r]; ok {
			b.WriteString(m)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stripMarks strips one string; st may be nil.
func stripMarks(s string, st *stripper) string {
	if st == nil {
		st = &stripper{}
	}
	return st.strip(s)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
