package facts

import (
	"bytes"
	"fmt"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Check looks for rules that load but will probably not do what their
// author wants, and returns a warning for each, in file order. Only the
// rules of the given files are checked; the other rules of the pack (the
// default pack) are only used to find rules that would fire together.
//
// The warnings:
//   - a rule with no examples, or with negative examples only;
//   - a near:, also: or exclude: keyword that can never match as written
//     (typographic characters, capital letters outside a to z), or only
//     next to punctuation the article rarely has;
//   - an exclude: keyword that is also one of the rule's near: keywords;
//   - a pattern that matches the empty string, or whose value group can be
//     empty;
//   - a pattern with typographic quotes or dashes, or a \b next to
//     punctuation (it can never match as written);
//   - two rules that would always fire on the same sentence and kind.
func Check(p *Pack, files []RuleFile) []*RuleError {
	ix := indexNodes(files)
	var out []*RuleError
	for _, r := range p.Rules {
		if !ix.has(r.File) {
			continue
		}
		w := &warner{ix: ix, r: r}
		w.examples()
		for _, f := range []struct {
			name  string
			words []string
		}{{"near", r.Near}, {"also", r.Also}, {"exclude", r.Exclude}} {
			for _, kw := range f.words {
				w.keyword(f.name, kw)
			}
		}
		for _, kw := range r.Exclude {
			if contains(r.Near, kw) {
				w.at("exclude", kw, "exclude keyword %q is also a near: keyword, so every sentence the rule could read is vetoed: the rule never gives a value. Remove it from one of the lists", kw)
			}
		}
		w.pattern()
		out = append(out, w.out...)
	}
	out = append(out, overlaps(p, ix)...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return ix.order[a.File] < ix.order[b.File]
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return out
}

// nodeIndex finds where a rule's fields are written, for the positions of
// warnings: a Rule keeps only the line of its "- id:".
type nodeIndex struct {
	rules map[string]map[int]*yaml.Node // file -> line of the rule -> its mapping
	order map[string]int
}

func indexNodes(files []RuleFile) *nodeIndex {
	ix := &nodeIndex{rules: map[string]map[int]*yaml.Node{}, order: map[string]int{}}
	for i, f := range files {
		ix.order[f.Path] = i
		byLine := map[int]*yaml.Node{}
		ix.rules[f.Path] = byLine
		var doc yaml.Node
		if yaml.NewDecoder(bytes.NewReader(f.Data)).Decode(&doc) != nil || len(doc.Content) == 0 {
			continue
		}
		top := doc.Content[0]
		if top.Kind != yaml.MappingNode {
			continue
		}
		for k := 0; k+1 < len(top.Content); k += 2 {
			if top.Content[k].Value == "rules" && top.Content[k+1].Kind == yaml.SequenceNode {
				for _, rn := range top.Content[k+1].Content {
					byLine[rn.Line] = rn
				}
			}
		}
	}
	return ix
}

func (ix *nodeIndex) has(file string) bool { _, ok := ix.rules[file]; return ok }

// find returns the node of a rule's field, or of the entry of a list field
// equal to value when value is not "".
func (ix *nodeIndex) find(r *Rule, field, value string) *yaml.Node {
	rn := ix.rules[r.File][r.Line]
	if rn == nil || rn.Kind != yaml.MappingNode {
		return nil
	}
	for k := 0; k+1 < len(rn.Content); k += 2 {
		if rn.Content[k].Value != field {
			continue
		}
		v := rn.Content[k+1]
		if value != "" && v.Kind == yaml.SequenceNode {
			for _, c := range v.Content {
				if strings.EqualFold(strings.Join(strings.Fields(c.Value), " "), value) {
					return c
				}
			}
		}
		return v
	}
	return nil
}

type warner struct {
	ix  *nodeIndex
	r   *Rule
	out []*RuleError
}

// at adds a warning at a field of the rule (the entry equal to value in a
// list), or at the rule when the field is not written.
func (w *warner) at(field, value, format string, args ...any) {
	e := &RuleError{File: w.r.File, Line: w.r.Line, Column: w.r.Column, Rule: w.r.ID, Msg: fmt.Sprintf(format, args...)}
	if field != "" {
		if n := w.ix.find(w.r, field, value); n != nil {
			e.Line, e.Column = n.Line, n.Column
		}
	}
	w.out = append(w.out, e)
}

func (w *warner) examples() {
	if len(w.r.Examples) == 0 {
		w.at("", "", "the rule has no examples, so \"factdiff rules test\" cannot tell whether it works. Add one sentence it must read and the value it must give, and one it must leave alone:\n"+
			"      examples:\n"+
			"        - {text: \"%s\", want: \"%s\"}\n"+
			"        - {text: \"A sentence about something else.\", want: none}", exampleSentence(w.r.Kind), exampleWant(w.r.Kind))
		return
	}
	for _, ex := range w.r.Examples {
		if !ex.None {
			return
		}
	}
	w.at("examples", "", "every example of the rule is negative (want: none), so nothing shows that the rule finds anything. Add a sentence it must give a value for, like {text: \"%s\", want: \"%s\"}", exampleSentence(w.r.Kind), exampleWant(w.r.Kind))
}

func exampleSentence(k Kind) string {
	switch k {
	case Percent:
		return "Turnout reached 61% on Sunday."
	case Money:
		return "Repairs will cost $2.5 billion."
	case Change:
		return "The toll rose from 35 to 42."
	case Range:
		return "Between 30 and 40 people were hurt."
	case Name:
		return "Governor Ana Ruiz spoke first."
	case Text:
		return "The storm made landfall at Sallow Bay."
	}
	return "Officials said 42 people died."
}

func exampleWant(k Kind) string {
	switch k {
	case Percent:
		return "61%"
	case Money:
		return "$2.5 billion"
	case Change:
		return "35 -> 42"
	case Range:
		return "30 to 40"
	case Name:
		return "Ana Ruiz"
	case Text:
		return "Sallow Bay"
	}
	return "42"
}

// typographic maps the characters the clean-up replaces before matching to
// what they become.
func typographic(r rune) (string, bool) {
	p, changed := plainRune(r)
	if !changed {
		return "", false
	}
	if p == 0 {
		return "", true
	}
	if p == ' ' && r == '\t' {
		return " ", true
	}
	return string(p), true
}

// plainForm returns s with the typographic characters replaced as the
// clean-up does, and whether there were any.
func plainForm(s string) (string, bool) {
	var b strings.Builder
	changed := false
	for _, r := range s {
		if p, ok := typographic(r); ok {
			b.WriteString(p)
			changed = true
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), changed
}

func (w *warner) keyword(field, kw string) {
	if plain, ok := plainForm(kw); ok {
		w.at(field, kw, "%s keyword %q has typographic quotes, dashes or spaces; articles are read with plain ones, so it can never match. Write %q", field, kw, plain)
		return
	}
	for _, r := range kw {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) && unicode.ToUpper(r) != r {
			w.at(field, kw, "%s keyword %q finds %q but not %q: keywords ignore case only for the letters a to z. If the articles write it with a capital, match it in the pattern: instead, like (?i:%s)", field, kw, kw, capitalise(kw), kw)
			return
		}
	}
	first, _ := utf8.DecodeRuneInString(kw)
	last, _ := utf8.DecodeLastRuneInString(kw)
	trim := strings.TrimFunc(kw, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	switch {
	case trim == "" && strings.Trim(kw, "%$€£¥₺₽") != "":
		w.at(field, kw, "%s keyword %q has no letters or digits, so it matches punctuation anywhere in a sentence. Use a word", field, kw)
	case trim == "":
		// "%", "$": a symbol on its own is a fine keyword.
	case !unicode.IsLetter(first) && !unicode.IsDigit(first) && first != '$' && first != '€' && first != '£':
		w.at(field, kw, "%s keyword %q starts with %q, so it only matches where the article has that %q too. Write %q", field, kw, string(first), string(first), trim)
	case last == '.' && !abbreviation(kw):
		w.at(field, kw, "%s keyword %q ends with a full stop, so it only matches at the end of a sentence. Write %q", field, kw, strings.TrimRight(kw, "."))
	case !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != '.' && last != '%':
		w.at(field, kw, "%s keyword %q ends with %q, so it only matches where the article has that %q too. Write %q", field, kw, string(last), string(last), trim)
	}
}

// abbreviation reports whether a keyword ending in a full stop is an
// abbreviation ("u.s.", "gen.", "no."), where the stop belongs to the word.
func abbreviation(kw string) bool {
	parts := strings.Split(strings.TrimSuffix(kw, "."), ".")
	if len(parts) > 1 {
		return true
	}
	words := strings.Fields(parts[0])
	return len(words) > 0 && utf8.RuneCountInString(words[len(words)-1]) <= 4
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func (w *warner) pattern() {
	if w.r.Pattern == "" {
		return
	}
	if plain, ok := plainForm(w.r.Pattern); ok {
		w.at("pattern", "", "the pattern has typographic quotes, dashes or spaces; articles are read with plain ones, so it can never match there. Write %s", quoteYAML(plain))
	}
	re, err := syntax.Parse(w.r.Pattern, syntax.Perl)
	if err != nil {
		return // reported by the loader
	}
	if nullable(re) {
		w.at("pattern", "", "the pattern can match an empty piece of text, so it matches every sentence somewhere. Make sure it needs at least one character: use + instead of *, and drop the ? after the part that must be there")
	} else {
		for _, g := range []string{"value", "name", "from", "to"} {
			if c := capture(re, g); c != nil && nullable(c.Sub[0]) {
				w.at("pattern", "", "the (?P<%s>...) group can be empty, so the rule may take nothing as its %s. Use + instead of * inside the group", g, groupWhat(g))
			}
		}
	}
	if left, right, ok := boundaryNextToPunct(re); ok {
		const why = "; this is the most common reason a pattern silently matches nothing. Remove that \\b"
		switch {
		case right == "":
			w.at("pattern", "", "the \\b after %q needs a letter or digit right after it, so the pattern never matches %q followed by a space or punctuation"+why, left, left)
		case left == "":
			w.at("pattern", "", "the \\b before %q needs a letter or digit right before it, so the pattern never matches %q after a space or punctuation"+why, right, right)
		default:
			w.at("pattern", "", "the \\b between %q and %q needs a letter or digit on one side, and there is none: the pattern can never match"+why, left, right)
		}
	}
}

func quoteYAML(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// nullable reports whether a regular expression can match the empty string
// (assertions like ^ and \b match no characters).
func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpStar, syntax.OpQuest:
		return true
	case syntax.OpLiteral:
		return len(re.Rune) == 0
	case syntax.OpCapture, syntax.OpPlus:
		return nullable(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min == 0 || nullable(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !nullable(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if nullable(s) {
				return true
			}
		}
		return false
	}
	return false
}

// capture returns the named group g, or nil.
func capture(re *syntax.Regexp, g string) *syntax.Regexp {
	if re.Op == syntax.OpCapture && re.Name == g {
		return re
	}
	for _, s := range re.Sub {
		if c := capture(s, g); c != nil {
			return c
		}
	}
	return nil
}

// boundaryNextToPunct finds a \b between punctuation and something that
// is not a letter or digit either: "U\.S\.\b envoy" never matches "U.S.
// envoy", and "U\.S\.\b" at the end of a pattern only matches "U.S.A". It
// returns the pattern's text on each side, "" for the side where the
// pattern ends.
func boundaryNextToPunct(re *syntax.Regexp) (left, right string, ok bool) {
	if re.Op == syntax.OpConcat {
		sub := re.Sub
		// punct reports whether the piece at i is missing or certainly
		// starts (or ends, with last) with punctuation or a space.
		punct := func(i int, last bool) bool {
			if i < 0 || i >= len(sub) {
				return true
			}
			r, ok := edgeRune(sub[i], last)
			return ok && !wordRune(r)
		}
		text := func(i int) string {
			if i < 0 || i >= len(sub) {
				return ""
			}
			return literalText(sub[i])
		}
		for i, b := range sub {
			if b.Op == syntax.OpWordBoundary && punct(i-1, true) && punct(i+1, false) && (i > 0 || i+1 < len(sub)) {
				return text(i - 1), text(i + 1), true
			}
		}
	}
	for _, s := range re.Sub {
		if left, right, ok := boundaryNextToPunct(s); ok {
			return left, right, ok
		}
	}
	return "", "", false
}

func wordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// edgeRune returns the last (or first) character a piece of a pattern
// always matches there, when that is one fixed character.
func edgeRune(re *syntax.Regexp, last bool) (rune, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return 0, false
		}
		if last {
			return re.Rune[len(re.Rune)-1], true
		}
		return re.Rune[0], true
	case syntax.OpCapture:
		return edgeRune(re.Sub[0], last)
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return 0, false
		}
		if last {
			return edgeRune(re.Sub[len(re.Sub)-1], last)
		}
		return edgeRune(re.Sub[0], last)
	}
	return 0, false
}

func literalText(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpLiteral:
		return string(re.Rune)
	case syntax.OpCapture:
		return literalText(re.Sub[0])
	case syntax.OpConcat:
		var b strings.Builder
		for _, s := range re.Sub {
			b.WriteString(literalText(s))
		}
		return b.String()
	}
	return "…"
}

// overlaps warns about two rules of one kind with the same near: and also:
// keywords and no pattern: every sentence one fires on, the other does too,
// and the report shows the same values twice.
func overlaps(p *Pack, ix *nodeIndex) []*RuleError {
	var out []*RuleError
	key := func(r *Rule) string {
		return string(r.Kind) + "|" + wordSet(r.Near) + "|" + wordSet(r.Also)
	}
	first := map[string]*Rule{}
	for _, r := range p.Rules {
		if r.Pattern != "" || r.Kind == "" {
			continue
		}
		k := key(r)
		other, ok := first[k]
		if !ok {
			first[k] = r
			continue
		}
		if r.OnePerson != other.OnePerson {
			// The report keeps the name under the rule for a role held by
			// one person and drops it from the general role rule.
			continue
		}
		if !ix.has(r.File) && !ix.has(other.File) {
			continue
		}
		// Report at the rule the user is checking; the later one if both.
		at, with := r, other
		if !ix.has(r.File) {
			at, with = other, r
		}
		near := "no near: keywords"
		if len(at.Near) > 0 {
			near = "the same near: keywords (" + strings.Join(at.Near, ", ") + ")"
		}
		out = append(out, &RuleError{File: at.File, Line: at.Line, Column: at.Column, Rule: at.ID,
			Msg: fmt.Sprintf("the rule fires on every sentence rule %q (%s line %d) fires on: same kind %s, %s and no pattern, so the report shows each value twice. Merge the two rules, give them different near: words, or narrow one with a pattern: or exclude:",
				with.ID, with.File, with.Line, at.Kind, near)})
	}
	return out
}

func wordSet(ws []string) string {
	s := append([]string(nil), ws...)
	sort.Strings(s)
	out := s[:0]
	for i, w := range s {
		if i == 0 || w != s[i-1] {
			out = append(out, w)
		}
	}
	return strings.Join(out, ",")
}

// yamlHint turns a YAML syntax error into advice for someone who does not
// know YAML. It returns "" when it has none.
func yamlHint(msg string) string {
	switch {
	case strings.Contains(msg, "found character that cannot start any token"):
		return `; indent with spaces, never tabs, and put a value that starts with a symbol like @ or ` + "`" + ` in quotes`
	case strings.Contains(msg, "mapping values are not allowed"):
		return `; a value holds ": " (a colon and a space), or a line is indented further than the one above: put the value in quotes, like label: "Note: this", and line the field up with the fields above it`
	case strings.Contains(msg, "did not find expected '-' indicator"), strings.Contains(msg, "did not find expected key"):
		return `; the indentation is uneven here or on a following line: the fields of one rule start in the same column as its "id:", and each rule starts with "- "`
	case strings.Contains(msg, "found unknown escape character"):
		return `; in double quotes a backslash starts an escape: write the pattern in single quotes, like pattern: '(?P<value>\d+) mm'`
	case strings.Contains(msg, "did not find expected ',' or ']'"):
		return `; a list in [brackets] is not closed: end it with ], and separate words with commas`
	case strings.Contains(msg, "did not find expected ',' or '}'"):
		return `; an example in {braces} is not closed: end it with }, and separate fields with commas`
	case strings.Contains(msg, "found unexpected end of stream"):
		return `; a quoted value is not closed: end it with the quote it starts with`
	case strings.Contains(msg, "could not find expected ':'"):
		return `; a field name must be followed by a colon and a space, like "kind: count"`
	case strings.Contains(msg, "unknown anchor"):
		return `; * starts a YAML alias: put a value that starts with * in quotes`
	}
	return ""
}

// yamlLine finds the line of a YAML error reported without one: the
// first use of an unknown alias ("*deaths"). It returns 1 otherwise.
func yamlLine(data []byte, msg string) int {
	if _, rest, ok := strings.Cut(msg, "unknown anchor '"); ok {
		if name, _, ok := strings.Cut(rest, "'"); ok {
			if i := bytes.Index(data, []byte("*"+name)); i >= 0 {
				return bytes.Count(data[:i], []byte("\n")) + 1
			}
		}
	}
	return 1
}
