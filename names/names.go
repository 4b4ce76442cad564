// Package names normalises person names and decides whether two spellings
// are the same person, a spelling variant, a possible garble or different
// people.
//
// No single edit-distance threshold separates a spelling variant from a
// garble: garbles are often one edit away (Scholz / Schulz, Waltz / Walz)
// while transliteration variants are often two to four edits away
// (Zakharova / Zaharova, Gaddafi / Gadhafi). So a Comparer
//
//  1. normalises both names (see Comparer.Normalise): diacritics, case,
//     punctuation, possessives, initials, titles;
//  2. folds each token with transliteration fold rules (see Fold and
//     DefaultFolds), so the members of one transliteration family become
//     equal;
//  3. consults the alias list (house-style spellings) and the list of pairs
//     known to be different people;
//  4. compares token by token: first name against first name, surname (the
//     last token) against surname, allowing a shorter form of the name
//     (surname only, a missing middle name, initials, "Steve" for "Steven");
//  5. and only then uses the edit distance, to tell a garble (same first name,
//     a surname that keeps most of its letters) from a different person.
//
// A Comparer is immutable once made and safe for concurrent use. It keeps no
// cache; a caller comparing many pairs can Normalise each spelling once and
// call CompareNames.
package names

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// Alias is a canonical spelling and the spellings accepted for it. The
// canonical spelling is the house style.
type Alias struct {
	Canonical string
	Spellings []string
}

// Options configure a Comparer.
type Options struct {
	Titles   []string    // words and phrases removed before comparing: "president", "special envoy", "u.s.", "gen."
	Folds    []Fold      // transliteration folds, applied in order; see DefaultFolds
	Aliases  []Alias     // canonical spellings and the spellings accepted for them
	Distinct [][2]string // pairs that are known to be different people
}

// Comparer normalises and compares names. Make one with NewComparer.
type Comparer struct {
	titles   [][]string // title phrases in tokens, longest first
	folds    []Fold
	aliases  []aliasEntry
	aliasKey map[string]int // folded key of a spelling → index in aliases
	distinct [][2]Name
}

// aliasEntry is an alias with its canonical spelling normalised.
type aliasEntry struct {
	canonical string
	name      Name
}

// NewComparer checks the options and returns a Comparer. It returns an error
// for a fold with an empty "from", an unknown "at", a space, or a "to" that
// contains its "from" (the fold would never stop); an empty title; an alias
// without a name or with a spelling that another alias also claims; and a
// distinct pair with an empty side, with two spellings of one name, or with
// two spellings of one alias.
func NewComparer(o Options) (*Comparer, error) {
	c := &Comparer{aliasKey: map[string]int{}}
	var errs []error
	for _, f := range o.Folds {
		nf, err := checkFold(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.folds = append(c.folds, nf)
	}
	seen := map[string]bool{}
	for _, t := range o.Titles {
		toks := split(t).Tokens
		if len(toks) == 0 {
			errs = append(errs, fmt.Errorf("title %q has no letters", t))
			continue
		}
		if k := strings.Join(toks, " "); !seen[k] {
			seen[k] = true
			c.titles = append(c.titles, toks)
		}
	}
	sort.SliceStable(c.titles, func(i, j int) bool {
		if len(c.titles[i]) != len(c.titles[j]) {
			return len(c.titles[i]) > len(c.titles[j])
		}
		return strings.Join(c.titles[i], " ") < strings.Join(c.titles[j], " ")
	})
	for _, a := range o.Aliases {
		n := c.Normalise(a.Canonical)
		if len(n.Tokens) == 0 {
			errs = append(errs, fmt.Errorf("alias %q: the canonical spelling has no name in it", a.Canonical))
			continue
		}
		idx := len(c.aliases)
		c.aliases = append(c.aliases, aliasEntry{canonical: strings.TrimSpace(a.Canonical), name: n})
		for _, s := range append([]string{a.Canonical}, a.Spellings...) {
			sn := c.Normalise(s)
			if len(sn.Tokens) == 0 {
				errs = append(errs, fmt.Errorf("alias %q: spelling %q has no name in it", a.Canonical, s))
				continue
			}
			k := sn.Key()
			if prev, ok := c.aliasKey[k]; ok && prev != idx {
				errs = append(errs, fmt.Errorf("alias %q: spelling %q is also a spelling of %q", a.Canonical, s, c.aliases[prev].canonical))
				continue
			}
			c.aliasKey[k] = idx
		}
	}
	for _, d := range o.Distinct {
		a, b := c.Normalise(d[0]), c.Normalise(d[1])
		switch {
		case len(a.Tokens) == 0 || len(b.Tokens) == 0:
			errs = append(errs, fmt.Errorf("distinct pair %q / %q: a side has no name in it", d[0], d[1]))
			continue
		case a.Key() == b.Key():
			errs = append(errs, fmt.Errorf("distinct pair %q / %q: both are one spelling after normalisation", d[0], d[1]))
			continue
		}
		ia, oka := c.aliasOf(a)
		ib, okb := c.aliasOf(b)
		if oka && okb && ia == ib {
			errs = append(errs, fmt.Errorf("distinct pair %q / %q: both are spellings of the alias %q", d[0], d[1], c.aliases[ia].canonical))
			continue
		}
		c.distinct = append(c.distinct, [2]Name{a, b})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return c, nil
}

// Canonical returns the alias canonical spelling for a name, if the alias list
// has one: the name, normalised and folded, equals the canonical spelling or
// one of its accepted spellings. A shorter form ("Zelensky" for "Volodymyr
// Zelensky") is not looked up: it may be someone else of the same name.
func (c *Comparer) Canonical(written string) (string, bool) {
	i, ok := c.aliasOf(c.Normalise(written))
	if !ok {
		return "", false
	}
	return c.aliases[i].canonical, true
}

// aliasOf returns the alias a name is a spelling of.
func (c *Comparer) aliasOf(n Name) (int, bool) {
	if len(n.Folded) == 0 || len(c.aliasKey) == 0 {
		return 0, false
	}
	i, ok := c.aliasKey[n.Key()]
	return i, ok
}

// Relation between two names.
type Relation int

// The relations, from the closest to the farthest.
const (
	// Same: identical after normalisation (case, punctuation, possessives,
	// titles, initials).
	Same Relation = iota
	// Variant: the same person in another spelling: diacritics only, equal
	// after the folds, spellings of one alias, or the same tokens in another
	// order. A shorter form with such a difference ("Tayyip Erdogan" /
	// "Recep Tayyip Erdoğan", "Zelensky" / "Volodymyr Zelenskyy") is a
	// Variant too.
	Variant
	// Partial: one is a shorter form of the other with matching tokens:
	// "Witkoff" / "Steve Witkoff", "Donald Trump" / "Donald J. Trump",
	// "D. Trump" / "Donald Trump", "Steve" / "Steven". Compatible, not a
	// conflict.
	Partial
	// Garble: possibly one name garbled. The same first name (or a compatible
	// one) and surnames that differ but keep most of their letters ("Steve
	// Witkoff" / "Steve Wintour", "Olaf Scholz" / "Olaf Schulz"); the same
	// surname and first names one or two edits apart ("Ivana Trump" /
	// "Ivanka Trump"); or a surname-only mention one or two edits from the
	// other surname ("Waltz" / "Walz"). See CompareNames for the rule.
	Garble
	// Different: different people.
	Different
)

// String returns "same", "variant", "partial", "garble" or "different".
func (r Relation) String() string {
	switch r {
	case Same:
		return "same"
	case Variant:
		return "variant"
	case Partial:
		return "partial"
	case Garble:
		return "garble"
	case Different:
		return "different"
	}
	return fmt.Sprintf("Relation(%d)", int(r))
}

// Comparison says how two names relate and why.
type Comparison struct {
	Relation Relation
	// Reason is short, for an editor: "differ only in diacritics", "same
	// after fold -yev→-ev", "both are spellings of Volodymyr Zelenskyy",
	// "same first name, surname differs (2 edits)".
	Reason string
	// SurnameDistance is the Levenshtein distance between the normalised,
	// unfolded surnames (the last tokens); 0 when a name is empty.
	SurnameDistance int
}

// Compare decides how two written names relate. It is CompareNames on the
// normalised names.
func (c *Comparer) Compare(a, b string) Comparison {
	return c.CompareNames(c.Normalise(a), c.Normalise(b))
}

// CompareNames decides how two normalised names relate. The names should come
// from this Comparer's Normalise; a Name made otherwise is normalised again
// from its Written field.
//
// The decision, in order:
//
//  1. A name with no tokens is Different from everything.
//  2. A pair the user marked as different people is Different; a name
//     counts as one side of a marked pair when it is that side or a shorter
//     form of it, and not of the other side.
//  3. Two spellings of one alias are a Variant (Same if identical). A name
//     with an alias is replaced by its canonical spelling before the next
//     steps, and a Same or Partial result becomes a Variant.
//  4. Same when the tokens are identical with their diacritics; Variant when
//     they differ only in diacritics or folds.
//  5. A shorter form matching the longer name token by token, with the
//     surnames equal after the folds: Partial, or Variant when a matched
//     token differs in diacritics or folds, or is the other spelling of the
//     Arabic article ("el-Sisi" / "al-Sisi"). Given names may be left out, be
//     initials ("D." for "Donald", "JD" for "James David") or a short form:
//     a prefix of at least three letters ("Steve" for "Steven"; not when the
//     longer form ends in "a" or "e", which is usually another person:
//     "Daniel" / "Danielle", "Ivan" / "Ivanka"), or a common English
//     nickname ("Joe" for "Joseph", "Bill" for "William"). A one-token name
//     may also be the first token of the other ("Xi" / "Xi Jinping").
//  6. Variant when the tokens are the same in another order.
//  7. A generational suffix tells apart names that steps 4 to 6 found to be
//     one person: "Robert F. Kennedy Jr." / "Robert F. Kennedy Sr." are
//     Different; when only one name has a suffix, Same becomes Partial
//     ("Robert F. Kennedy" may be either).
//  8. Otherwise the names conflict, and the edit distance decides Garble or
//     Different by the rule below.
//
// The Garble / Different rule. Two tokens are close when they share at least
// half the letters of the longer one (longest common subsequence) and either
// differ by at most two edits or start with the same letter: a garble keeps
// most letters, two different names do not. Then:
//
//   - A surname-only name against any name: Garble when the surnames are
//     close and at most two edits apart, else Different. "Waltz" / "Walz" is
//     a Garble; "Witkoff" / "Wintour" is Different, because without a first
//     name four edits are just another name.
//   - The same first name (or compatible given names), different surnames:
//     Garble when the surnames are close, else Different. "Steve Witkoff" /
//     "Steve Wintour" is a Garble (4 edits, but "wito" in common and the same
//     first letter); "Dmitry Peskov" / "Dmitry Medvedev" is Different (only
//     "ev" in common), and so is "Donald Trump" / "Donald Tusk" ("tu" of five
//     letters).
//   - The same surname, different first names: Garble when the first names
//     are close and at most two edits apart ("Ivana" / "Ivanka"), else
//     Different ("Donald" / "Melania"). With the same first name too, a
//     middle name decides: close middle names are a Garble, different middle
//     names or initials Different ("George W. Bush" / "George H. W. Bush").
//   - Both differ: Garble only when the first names and the surnames are each
//     close and at most two edits apart ("Olaf Scholz" / "Olav Schulz"), else
//     Different.
//
// Distances in the rule are taken on folded tokens, so a fold never counts as
// an edit. Garble is a flag for an editor, not a verdict: "Ivana Trump" and
// "Ivanka Trump" are two real people.
func (c *Comparer) CompareNames(a, b Name) Comparison {
	a, b = c.ensure(a), c.ensure(b)
	out := Comparison{SurnameDistance: surnameDistance(a, b)}
	if len(a.Tokens) == 0 || len(b.Tokens) == 0 {
		out.Relation, out.Reason = Different, "no name left to compare after removing titles"
		return out
	}
	if c.markedDistinct(a, b) {
		out.Relation, out.Reason = Different, "marked as different people"
		return out
	}
	ia, oka := c.aliasOf(a)
	ib, okb := c.aliasOf(b)
	var aliasNotes []string
	switch {
	case oka && okb && ia == ib:
		if equal(a.marked, b.marked) {
			out.Relation, out.Reason = Same, "identical after normalisation"
			return out
		}
		canon := c.aliases[ia]
		out.Relation = Variant
		if equal(a.marked, canon.name.marked) || equal(b.marked, canon.name.marked) {
			out.Reason = "alias of " + canon.canonical
		} else {
			out.Reason = "both are spellings of " + canon.canonical
		}
		return out
	case oka && okb:
		out.Relation = Different
		out.Reason = fmt.Sprintf("aliases of different people: %s and %s", c.aliases[ia].canonical, c.aliases[ib].canonical)
		return out
	}
	if oka && !equal(a.marked, c.aliases[ia].name.marked) {
		aliasNotes = append(aliasNotes, fmt.Sprintf("%s is an alias of %s", strings.TrimSpace(a.Written), c.aliases[ia].canonical))
		a = c.aliases[ia].name
	}
	if okb && !equal(b.marked, c.aliases[ib].name.marked) {
		aliasNotes = append(aliasNotes, fmt.Sprintf("%s is an alias of %s", strings.TrimSpace(b.Written), c.aliases[ib].canonical))
		b = c.aliases[ib].name
	}
	rel, reason := c.relate(a, b)
	if rel <= Partial && a.suffix != b.suffix {
		switch {
		case a.suffix != "" && b.suffix != "":
			rel, reason = Different, fmt.Sprintf("different generations: %s / %s", a.suffix, b.suffix)
		case rel == Same:
			rel, reason = Partial, "only one has the suffix "+a.suffix+b.suffix
		default:
			reason = joinNotes(reason, "only one has the suffix "+a.suffix+b.suffix)
		}
	}
	if len(aliasNotes) > 0 {
		if rel == Same || rel == Partial {
			rel = Variant
		}
		if rel == Same || (rel == Variant && reason == "identical after normalisation") {
			reason = ""
		}
		reason = joinNotes(append(aliasNotes, reason)...)
	}
	out.Relation, out.Reason = rel, reason
	return out
}

// ensure returns n, or n normalised again from Written when it was not made
// by Normalise (a Name literal).
func (c *Comparer) ensure(n Name) Name {
	k := len(n.Tokens)
	if len(n.Folded) == k && len(n.marked) == k && len(n.initial) == k && len(n.fired) == k {
		return n
	}
	return c.Normalise(n.Written)
}

// markedDistinct reports whether a and b are the two sides of a pair marked
// as different people.
func (c *Comparer) markedDistinct(a, b Name) bool {
	for _, d := range c.distinct {
		a0, a1 := isFormOf(a, d[0]), isFormOf(a, d[1])
		b0, b1 := isFormOf(b, d[0]), isFormOf(b, d[1])
		if (a0 && !a1 && b1 && !b0) || (a1 && !a0 && b0 && !b1) {
			return true
		}
	}
	return false
}

// isFormOf reports whether n is e or a shorter form of it.
func isFormOf(n, e Name) bool {
	if n.Key() == e.Key() {
		return true
	}
	if len(n.Folded) > len(e.Folded) {
		return false
	}
	_, ok := align(n, e)
	return ok
}

// relate compares two names without the alias and distinct lists (steps 4 to
// 6 and 8 of CompareNames).
func (c *Comparer) relate(a, b Name) (Relation, string) {
	s, t := a, b
	if len(s.Folded) > len(t.Folded) {
		s, t = t, s
	}
	if links, ok := align(s, t); ok {
		return c.describe(s, t, links)
	}
	if len(s.Folded) == 1 && !s.initial[0] && s.Folded[0] == t.Folded[0] {
		return c.describe(s, t, []link{{s: 0, t: 0, n: 1, kind: exact}})
	}
	if len(a.Folded) == len(b.Folded) && sameMultiset(a.Folded, b.Folded) {
		return Variant, "same name, tokens in another order"
	}
	return conflict(a, b)
}

// conflict decides Garble or Different for names that are not forms of each
// other (step 8 of CompareNames).
func conflict(a, b Name) (Relation, string) {
	la, lb := len(a.Folded)-1, len(b.Folded)-1
	sa, sb := a.Folded[la], b.Folded[lb]
	d, near := closeTokens(sa, sb)
	if la == 0 || lb == 0 {
		if near && d <= 2 {
			return Garble, fmt.Sprintf("surname only: %s / %s differ by %s", a.marked[la], b.marked[lb], edits(d))
		}
		return Different, fmt.Sprintf("different surnames: %s / %s (%s)", a.marked[la], b.marked[lb], edits(d))
	}
	fa, fb := a.Folded[0], b.Folded[0]
	firstMatch := matchToken(a, 0, b, 0, false) != none || matchToken(b, 0, a, 0, false) != none
	fd, firstNear := closeTokens(fa, fb)
	firstNear = firstNear && fd <= 2 && !a.initial[0] && !b.initial[0]
	if sa == sb {
		if firstMatch {
			if middleNear(a, b) {
				return Garble, "same first name and surname, a middle name differs slightly"
			}
			return Different, "same first name and surname, different middle names or initials"
		}
		if firstNear {
			return Garble, fmt.Sprintf("same surname, first name differs (%s): %s / %s", edits(fd), a.marked[0], b.marked[0])
		}
		return Different, fmt.Sprintf("same surname, different first names: %s / %s", a.marked[0], b.marked[0])
	}
	if givenCompatible(a, b) {
		if near {
			return Garble, fmt.Sprintf("same first name, surname differs (%s): %s / %s", edits(d), a.marked[la], b.marked[lb])
		}
		return Different, fmt.Sprintf("same first name, but the surnames %s / %s share too few letters for a garble (%s)", a.marked[la], b.marked[lb], edits(d))
	}
	if (firstMatch || firstNear) && near && d <= 2 {
		return Garble, fmt.Sprintf("first name and surname both differ slightly: %s / %s", strings.Join(a.marked, " "), strings.Join(b.marked, " "))
	}
	return Different, "different first names and surnames"
}

// middleNear reports whether two names with the same first name and surname
// have the same number of middle names, each equal or close (no initials).
func middleNear(a, b Name) bool {
	if len(a.Folded) != len(b.Folded) {
		return false
	}
	for i := 1; i < len(a.Folded)-1; i++ {
		x, y := a.Folded[i], b.Folded[i]
		if x == y {
			continue
		}
		if a.initial[i] || b.initial[i] {
			return false
		}
		if d, ok := closeTokens(x, y); !ok || d > 2 {
			return false
		}
	}
	return true
}

// givenCompatible reports whether the given names (all but the last token)
// of a and b are forms of one another.
func givenCompatible(a, b Name) bool {
	ga, gb := a.given(), b.given()
	if len(ga.Folded) > len(gb.Folded) {
		ga, gb = gb, ga
	}
	_, ok := alignTokens(ga, gb, false)
	return ok
}

// given returns the name without its last token.
func (n Name) given() Name {
	k := len(n.Folded) - 1
	if k < 0 {
		return n
	}
	return Name{Tokens: n.Tokens[:k], Folded: n.Folded[:k], marked: n.marked[:k], initial: n.initial[:k], fired: n.fired[:k]}
}

// closeTokens returns the edit distance of two tokens and whether they are
// close: they share at least half the letters of the longer (longest common
// subsequence), and differ by at most two edits or start with the same letter.
func closeTokens(x, y string) (int, bool) {
	d := levenshtein.ComputeDistance(x, y)
	if d == 0 {
		return 0, true
	}
	rx, ry := []rune(x), []rune(y)
	l := max(len(rx), len(ry))
	common := lcs(rx, ry)
	ok := 2*common >= l && (d <= 2 || rx[0] == ry[0])
	return d, ok
}

// lcs returns the length of the longest common subsequence.
func lcs(x, y []rune) int {
	if len(x) < len(y) {
		x, y = y, x
	}
	var buf [2][32]int
	var prev, cur []int
	if len(y)+1 > len(buf[0]) {
		prev, cur = make([]int, len(y)+1), make([]int, len(y)+1)
	} else {
		prev, cur = buf[0][:len(y)+1], buf[1][:len(y)+1]
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			switch {
			case x[i-1] == y[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

// surnameDistance is the edit distance of the unfolded surnames.
func surnameDistance(a, b Name) int {
	if len(a.Tokens) == 0 || len(b.Tokens) == 0 {
		return 0
	}
	return levenshtein.ComputeDistance(a.Tokens[len(a.Tokens)-1], b.Tokens[len(b.Tokens)-1])
}

// edits writes "1 edit" or "n edits".
func edits(d int) string {
	if d == 1 {
		return "1 edit"
	}
	return fmt.Sprintf("%d edits", d)
}

// equal reports whether two token lists are equal.
func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sameMultiset reports whether a and b hold the same tokens in any order.
func sameMultiset(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	x := append([]string(nil), a...)
	y := append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	return equal(x, y)
}

// joinNotes joins the non-empty notes with "; ".
func joinNotes(notes ...string) string {
	var out []string
	for _, n := range notes {
		if n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, "; ")
}

// runeCount is utf8.RuneCountInString.
func runeCount(s string) int { return utf8.RuneCountInString(s) }
