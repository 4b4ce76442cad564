package names

import (
	"fmt"
	"strings"
)

// matchKind is how one token of a shorter name matches the longer name.
type matchKind int

const (
	none    matchKind = iota
	exact             // equal after the folds
	initial           // an initial and a name starting with it: "d" / "donald"
	short             // a short form: "steve" / "steven", "joe" / "joseph"
	run               // initials of several tokens: "jd" / "james david"
	article           // two spellings of the Arabic article: "al" / "el"
)

// link matches token s of the shorter name with tokens t to t+n-1 of the
// longer one.
type link struct {
	s, t, n int
	kind    matchKind
}

// align matches every token of s, in order, with the tokens of t, which may
// have more (left-out given names). The surnames must match: the last token
// of s matches the last token of t, equal after the folds (or as the last of
// a run of initials).
func align(s, t Name) ([]link, bool) { return alignTokens(s, t, true) }

// alignTokens is align; without anchor the last tokens need not match and
// every token may be a given name (initials, short forms). An empty s matches
// anything.
func alignTokens(s, t Name, anchor bool) ([]link, bool) {
	ns, nt := len(s.Folded), len(t.Folded)
	if ns == 0 {
		return nil, !anchor
	}
	if ns > nt {
		return nil, false
	}
	links := make([]link, 0, ns)
	failed := make([]bool, (ns+1)*(nt+1)) // states (i, j) known to fail
	var rec func(i, j int) bool
	rec = func(i, j int) bool {
		if i == ns {
			return !anchor || j == nt
		}
		if nt-j < ns-i || failed[i*(nt+1)+j] {
			return false
		}
		last := anchor && i == ns-1
		if s.initial[i] {
			if n := runLen(s, i, t, j); n >= 2 && (!last || j+n == nt) {
				links = append(links, link{i, j, n, run})
				if rec(i+1, j+n) {
					return true
				}
				links = links[:len(links)-1]
			}
		}
		if !last || j == nt-1 {
			if k := matchToken(s, i, t, j, last); k != none {
				links = append(links, link{i, j, 1, k})
				if rec(i+1, j+1) {
					return true
				}
				links = links[:len(links)-1]
			}
		}
		if rec(i, j+1) {
			return true
		}
		failed[i*(nt+1)+j] = true
		return false
	}
	if !rec(0, 0) {
		return nil, false
	}
	return links, true
}

// runLen returns n when the initials token s[i] are the first letters of the
// n tokens t[j:j+n], else 0.
func runLen(s Name, i int, t Name, j int) int {
	letters := []rune(s.Tokens[i])
	n := len(letters)
	if n < 2 || j+n > len(t.Tokens) {
		return 0
	}
	for k, r := range letters {
		tok := t.Tokens[j+k]
		if t.initial[j+k] && runeCount(tok) > 1 {
			return 0
		}
		if first := []rune(tok)[0]; first != r {
			return 0
		}
	}
	return n
}

// matchToken says how token i of s matches token j of t. A surname matches
// only when equal after the folds.
func matchToken(s Name, i int, t Name, j int, surname bool) matchKind {
	if s.Folded[i] == t.Folded[j] {
		return exact
	}
	if surname {
		return none
	}
	x, y := s.Tokens[i], t.Tokens[j]
	xi, yi := s.initial[i], t.initial[j]
	if articles[x] && articles[y] {
		return article
	}
	switch {
	case xi && yi:
		if strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
			return initial
		}
	case xi:
		if runeCount(x) == 1 && strings.HasPrefix(y, x) {
			return initial
		}
	case yi:
		if runeCount(y) == 1 && strings.HasPrefix(x, y) {
			return initial
		}
	default:
		if isShortForm(x, y) || isShortForm(s.Folded[i], t.Folded[j]) || isNickname(x, y) {
			return short
		}
	}
	return none
}

// articles are the spellings of the Arabic article written as a token of
// its own ("el-Sisi", "al-Sisi"). They match one another, as a spelling
// variant.
var articles = map[string]bool{"al": true, "el": true}

// nicknames maps common English short forms that are not a prefix of the
// full name to the full names. Prefixes ("alex", "steve" for "steven") need
// no entry.
var nicknames = map[string][]string{
	"abe": {"abraham"}, "andy": {"andrew"}, "beth": {"elizabeth"}, "betty": {"elizabeth"},
	"bill": {"william"}, "billy": {"william"}, "bob": {"robert"}, "bobby": {"robert"},
	"cathy": {"catherine"}, "chuck": {"charles"}, "charlie": {"charles"}, "danny": {"daniel"},
	"dave": {"david"}, "dick": {"richard"}, "drew": {"andrew"}, "eddie": {"edward"},
	"hank": {"henry"}, "harry": {"henry"}, "jack": {"john"}, "jeff": {"jeffrey", "geoffrey"},
	"jerry": {"gerald"}, "jim": {"james"}, "jimmy": {"james"}, "joe": {"joseph"},
	"johnny": {"john"}, "kate": {"katherine", "catherine", "kathryn"}, "kathy": {"katherine", "kathryn"},
	"larry": {"lawrence"}, "liz": {"elizabeth"}, "maggie": {"margaret"}, "mike": {"michael"},
	"nate": {"nathan", "nathaniel"}, "ned": {"edward"}, "nick": {"nicholas", "nicolas"},
	"peggy": {"margaret"}, "pete": {"peter"}, "rick": {"richard"}, "ricky": {"richard"},
	"ron": {"ronald"}, "ronnie": {"ronald"}, "sue": {"susan"}, "ted": {"edward", "theodore"},
	"teddy": {"theodore", "edward"}, "tony": {"anthony"}, "tom": {"thomas"}, "tommy": {"thomas"},
	"steve": {"stephen"}, "becky": {"rebecca"}, "debbie": {"deborah"}, "jenny": {"jennifer"},
}

// isNickname reports whether one given name is a listed nickname of the other.
func isNickname(x, y string) bool {
	for _, p := range [2][2]string{{x, y}, {y, x}} {
		for _, full := range nicknames[p[0]] {
			if full == p[1] {
				return true
			}
		}
	}
	return false
}

// isShortForm reports whether one of two given names is a short form of the
// other: a prefix of at least three letters ("steve" / "steven", "alex" /
// "alexander"), where the longer does not end in "a" or "e" (usually another
// person: "daniel" / "danielle", "ivan" / "ivanka", "paul" / "paula").
func isShortForm(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if runeCount(x) < 3 || len(x) == len(y) || !strings.HasPrefix(y, x) {
		return false
	}
	return !strings.HasSuffix(y, "a") && !strings.HasSuffix(y, "e")
}

// describe turns an alignment of s (the shorter) into t into a relation and
// a reason: Variant when a matched token differs in diacritics or folds or is
// the other spelling of the article,
// else Partial when t has more tokens or a token matched as an initial or
// short form, else Same.
func (c *Comparer) describe(s, t Name, links []link) (Relation, string) {
	var (
		diacritics, folded bool
		folds              []int
		forms              []string
		articleNote        string
	)
	covered := make([]bool, len(t.Folded))
	for _, l := range links {
		for k := l.t; k < l.t+l.n; k++ {
			covered[k] = true
		}
		switch l.kind {
		case exact:
			if s.marked[l.s] == t.marked[l.t] {
				continue
			}
			if s.marked[l.s] != s.Tokens[l.s] || t.marked[l.t] != t.Tokens[l.t] {
				diacritics = true
			}
			if s.Tokens[l.s] != t.Tokens[l.t] {
				folded = true
				folds = mergeFired(folds, s.fired[l.s], t.fired[l.t])
			}
		case initial:
			x, y := s.marked[l.s], t.marked[l.t]
			if t.initial[l.t] && (!s.initial[l.s] || len(y) < len(x)) {
				x, y = y, x
			}
			forms = append(forms, fmt.Sprintf("%s is an initial of %s", x, y))
		case short:
			x, y := s.marked[l.s], t.marked[l.t]
			if len(x) > len(y) {
				x, y = y, x
			}
			forms = append(forms, fmt.Sprintf("%s may be short for %s", x, y))
		case run:
			forms = append(forms, fmt.Sprintf("%s are the initials of %s", s.marked[l.s], strings.Join(t.marked[l.t:l.t+l.n], " ")))
		case article:
			articleNote = fmt.Sprintf("article %s / %s", s.marked[l.s], t.marked[l.t])
		}
	}
	var omitted []string
	for k, ok := range covered {
		if !ok {
			omitted = append(omitted, t.marked[k])
		}
	}
	var notes []string
	switch {
	case diacritics && !folded && len(forms) == 0 && len(omitted) == 0:
		notes = append(notes, "differ only in diacritics")
	case diacritics:
		notes = append(notes, "differ in diacritics")
	}
	if folded {
		notes = append(notes, c.foldNote(folds))
	}
	if articleNote != "" {
		notes = append(notes, articleNote)
	}
	notes = append(notes, forms...)
	if len(omitted) > 0 {
		o := "omits " + strings.Join(omitted, " ")
		if len(s.Folded) == 1 && len(links) == 1 && links[0].kind == exact {
			if links[0].t == len(t.Folded)-1 {
				o = "surname only, " + o
			} else {
				o = fmt.Sprintf("%s is the first token of %s (a given name, or a surname written first)", s.marked[0], strings.Join(t.marked, " "))
			}
		}
		notes = append(notes, o)
	}
	switch {
	case diacritics || folded || articleNote != "":
		return Variant, joinNotes(notes...)
	case len(notes) > 0:
		return Partial, joinNotes(notes...)
	}
	return Same, "identical after normalisation"
}

// mergeFired adds to set the folds that fired on only one of two tokens
// equal after folding (those explain the difference), or all of them when
// the same folds fired on both.
func mergeFired(set, a, b []int) []int {
	in := func(s []int, v int) bool {
		for _, x := range s {
			if x == v {
				return true
			}
		}
		return false
	}
	n := len(set)
	for _, v := range a {
		if !in(b, v) {
			set = addIndex(set, v)
		}
	}
	for _, v := range b {
		if !in(a, v) {
			set = addIndex(set, v)
		}
	}
	if len(set) == n {
		for _, v := range append(append([]int(nil), a...), b...) {
			set = addIndex(set, v)
		}
	}
	return set
}

// foldNote writes "same after fold -yev→-ev" or "same after folds kh→h, -y→-i".
func (c *Comparer) foldNote(folds []int) string {
	if len(folds) == 0 {
		return "same after folding"
	}
	var w []string
	for _, i := range folds {
		w = append(w, c.folds[i].String())
	}
	if len(w) == 1 {
		return "same after fold " + w[0]
	}
	return "same after folds " + strings.Join(w, ", ")
}
