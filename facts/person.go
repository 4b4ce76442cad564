package facts

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdiff/keywords"
)

// nameFinder finds the person a role keyword points at: the capitalised
// name after the role ("Special Envoy Steve Witkoff") or before it in
// apposition ("Oleksandr Syrskyi, Ukraine's top commander").
type nameFinder struct {
	titles   map[string]bool // lower-case title and role words, skipped around names
	notNames map[string]bool // lower-case words that are never a person
}

func newNameFinder(p *Pack) *nameFinder {
	f := &nameFinder{titles: map[string]bool{}, notNames: map[string]bool{}}
	for _, t := range p.Titles {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			f.titles[w] = true
		}
	}
	for _, n := range p.NotNames {
		f.notNames[strings.ToLower(n)] = true
	}
	return f
}

// token is a word of a sentence.
type token struct {
	start, end int
	text       string
	next       int // where reading resumes after it: end, or past the "'" and "-" trimmed off it
}

// tokens splits s into words (letters, digits, apostrophes, hyphens and
// dots inside initials) and single punctuation marks.
func tokens(s string) []token { return appendTokens(nil, s) }

// appendTokens appends the tokens of s to out.
func appendTokens(out []token, s string) []token {
	for i := 0; i < len(s); {
		r, n := runeAt(s, i)
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, token{i, i + n, s[i : i+n], i + n})
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := runeAt(s, j)
			if isWordRune(r) || r == '\'' || r == '-' {
				j += n
				continue
			}
			// A dot stays inside initials and abbreviations like "U.S." or "J.".
			if r == '.' && isInitialish(s[i:j]) {
				j += n
				continue
			}
			break
		}
		w := strings.TrimRight(s[i:j], "'-")
		out = append(out, token{i, i + len(w), w, j})
		i = j
	}
	return out
}

// runeAt decodes the rune at s[i], plain ASCII without a call.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokensFrom returns the tokens of s[at:] with offsets in s, given all,
// the tokens of s. Reading starts afresh at a token's start, so where no
// token of s is read across at, they are the tail of all.
func tokensFrom(s string, all []token, at int) []token {
	k := sort.Search(len(all), func(k int) bool { return all[k].start >= at })
	if k == 0 || all[k-1].next <= at {
		return all[k:]
	}
	ts := tokens(s[at:])
	for i := range ts {
		ts[i].start, ts[i].end, ts[i].next = ts[i].start+at, ts[i].end+at, ts[i].next+at
	}
	return ts
}

// tokensBefore returns the tokens of s[:at], given all, the tokens of s:
// the head of all where no token of s crosses at.
func tokensBefore(s string, all []token, at int) []token {
	k := sort.Search(len(all), func(k int) bool { return all[k].end > at })
	if k == len(all) || all[k].start >= at {
		return all[:k]
	}
	return tokens(s[:at])
}

// isInitialish reports whether w (before a dot) is an initial or a dotted
// abbreviation: "J", "U.S", "D".
func isInitialish(w string) bool {
	for part := range strings.SplitSeq(w, ".") {
		if utf8.RuneCountInString(part) > 1 {
			return false
		}
	}
	return true
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isTitle reports whether a word is a title or role word.
func (f *nameFinder) isTitle(w string) bool {
	return f.titles[strings.ToLower(strings.TrimSuffix(w, "'s"))]
}

// nameWord reports whether w can be part of a person's name.
func (f *nameFinder) nameWord(w string) bool {
	if !capitalised(w) || f.isTitle(w) {
		return false
	}
	for _, r := range w {
		if unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// after finds a name that follows position at, skipping titles and an
// "of Domain" ("Secretary of State Marco Rubio", "President of Ukraine").
// all is the tokens of s.
func (f *nameFinder) after(s string, all []token, at int) (start, end int, ok bool) {
	ts := tokensFrom(s, all, at)
	i := 0
	if len(ts) > 1 && ts[0].text == "," && capitalised(ts[1].text) {
		i++ // "the commander-in-chief, Oleksandr Syrskyi"
	}
	for i < len(ts) {
		switch w := ts[i].text; {
		case f.isTitle(w), w == "." && i > 0 && f.isTitle(ts[i-1].text):
			i++
		case w == "of" && i+1 < len(ts) && capitalised(ts[i+1].text):
			i += 2 // "of State", "of Ukraine": the domain of the role
		default:
			goto name
		}
	}
name:
	first := i
	for i < len(ts) && i-first < 4 && f.nameWord(ts[i].text) {
		if strings.HasSuffix(ts[i].text, "'s") {
			i++
			break
		}
		i++
	}
	if i == first {
		return 0, 0, false
	}
	return f.span(s, ts[first:i])
}

// span turns name tokens into a span of s, rejecting words that are never people.
func (f *nameFinder) span(s string, ts []token) (int, int, bool) {
	start, end := ts[0].start, ts[len(ts)-1].end
	if strings.HasSuffix(s[start:end], "'s") {
		end -= 2
	}
	if f.notNames[strings.ToLower(s[start:end])] {
		return 0, 0, false
	}
	if len(ts) == 1 && f.notNames[strings.ToLower(strings.TrimSuffix(ts[0].text, "'s"))] {
		return 0, 0, false
	}
	return start, end, true
}

// before finds a name in apposition before position at: "Name, the ... role".
// all is the tokens of s.
func (f *nameFinder) before(s string, all []token, at int) (start, end int, ok bool) {
	ts := tokensBefore(s, all, at)
	i := len(ts) - 1
	// Walk back over the words that describe the role, up to the comma.
	for n := 0; i >= 0 && n < 7; i, n = i-1, n+1 {
		if ts[i].text == "," {
			break
		}
		if !unicode.IsLetter(firstRune(ts[i].text)) {
			return 0, 0, false
		}
	}
	if i < 1 || ts[i].text != "," {
		return 0, 0, false
	}
	last := i - 1
	j := last
	for j >= 0 && last-j < 4 && f.nameWord(ts[j].text) {
		j--
	}
	if j == last {
		return 0, 0, false
	}
	return f.span(s, ts[j+1:last+1])
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// role returns the role as written: the keyword and the capitalised words
// just before it, titles ("U.S. Special Envoy") or one organisation or
// country word ("Kremlin spokesperson"). all is the tokens of s.
func (f *nameFinder) role(s string, all []token, h keywords.Hit) string {
	ts := tokensBefore(s, all, h.Start)
	start := h.Start
	for i := len(ts) - 1; i >= 0 && h.Start-ts[i].start < 40; i-- {
		w := ts[i].text
		if !capitalised(w) {
			break
		}
		start = ts[i].start
		if !f.isTitle(w) && !isInitialish(strings.TrimSuffix(w, ".")) {
			break // one qualifying word, then stop
		}
	}
	return strings.TrimSpace(s[start:h.End])
}

func (e *Extractor) applyName(out []Fact, source string, r *Rule, s *sent, hits []keywords.Hit, groups map[string][2]int, trace Trace) []Fact {
	if sp, ok := groups["name"]; ok {
		name := strings.TrimSpace(s.text[sp[0]:sp[1]])
		if name == "" {
			return out
		}
		f := e.fact(source, r, s, sp[0], name)
		f.Name = strings.TrimSuffix(name, "'s")
		if rp, ok := groups["role"]; ok {
			f.Role = strings.TrimSpace(s.text[rp[0]:rp[1]])
		}
		return append(out, f)
	}
	var seen []int // where the names found start
	for _, h := range hits {
		if rest, ok := strings.CutPrefix(s.text[h.End:], "'s "); ok && !e.names.isTitle(firstWord(rest)) {
			// "the president's son": someone close to the role, not its
			// holder ("the agency's head" is the holder).
			if trace != nil {
				trace(r, "no name", fmt.Sprintf("%q is possessive: the name beside it is not the %s", s.text[h.Start:h.End+2], s.text[h.Start:h.End]))
			}
			continue
		}
		start, end, ok := e.names.after(s.text, s.tokens(), h.End)
		if !ok {
			start, end, ok = e.names.before(s.text, s.tokens(), h.Start)
		}
		if !ok {
			if trace != nil {
				trace(r, "no name", fmt.Sprintf("no capitalised name next to %q", s.text[h.Start:h.End]))
			}
			continue
		}
		if slices.Contains(seen, start) {
			continue
		}
		seen = append(seen, start)
		f := e.fact(source, r, s, start, s.text[start:end])
		f.Name = s.text[start:end]
		f.Role = e.names.role(s.text, s.tokens(), h)
		if start >= h.End {
			// The role runs up to the name: "Secretary of State".
			f.Role = strings.TrimRight(strings.TrimSpace(f.Role+s.text[h.End:start]), ",")
		}
		out = append(out, f)
	}
	return out
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return strings.Trim(f[0], ",.;:")
	}
	return ""
}
