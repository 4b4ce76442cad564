package facts

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/agnivade/levenshtein"
	"gopkg.in/yaml.v3"

	"factdiff/quantity"
)

// RuleFile is the text of one rule file and the name it is reported under.
type RuleFile struct {
	Path string
	Data []byte
	// Default marks the embedded default pack: a user rule with the same id
	// replaces a default rule instead of being a duplicate.
	Default bool
	// VocabularyOnly loads the file's vocabularies (hedges, currencies,
	// markers, titles, folds) and not its rules.
	VocabularyOnly bool
}

// Rule is one extraction rule.
type Rule struct {
	ID        string
	Label     string
	Kind      Kind
	Near      []string // keywords, one of which must occur in the sentence
	Also      []string // keywords, one of which must occur as well
	Exclude   []string // keywords that veto a sentence
	Pattern   string   // RE2 source, or ""
	Tolerance Tolerance
	Unit      string
	// OnePerson says the role is held by one person, so that different
	// people named in it conflict (name rules only).
	OnePerson bool
	Story     string // the story a story-specific rule was written for, or ""
	Examples  []Example

	File         string
	Line, Column int

	re *regexp.Regexp
}

// Regexp returns the compiled pattern, or nil when the rule has none.
func (r *Rule) Regexp() *regexp.Regexp { return r.re }

// Example is a sentence a rule must give a value for, or must give nothing for.
type Example struct {
	Text      string
	Want      string // the value wanted; "" with None set for a negative example
	None      bool
	Qualifier quantity.Qualifier
	Line      int
}

// Tolerance is how far apart two values may be and still agree.
type Tolerance struct {
	Absolute float64 // in the rule's unit
	Relative float64 // a fraction of the larger value
}

// Widen returns the interval widened by the tolerance.
func (t Tolerance) Widen(iv quantity.Interval) quantity.Interval {
	lo := iv.Lo - t.Absolute - math.Abs(iv.Lo)*t.Relative
	hi := iv.Hi + t.Absolute + math.Abs(iv.Hi)*t.Relative
	return quantity.Interval{Lo: lo, Hi: hi}
}

// String writes the tolerance as it is written in YAML.
func (t Tolerance) String() string {
	switch {
	case t.Relative != 0:
		return FormatNumber(t.Relative*100) + "%"
	case t.Absolute != 0:
		return FormatNumber(t.Absolute)
	}
	return "0"
}

// Fold is a transliteration fold rule: From becomes To at the end of a name
// token, at its start, or anywhere.
type Fold struct{ From, To, At string }

// Alias is a canonical spelling of a name and the spellings accepted for it.
type Alias struct {
	Canonical string
	Spellings []string
}

// Marker is a boilerplate or end marker: a line prefix, or a regular
// expression when written as "re:...".
type Marker struct {
	Text string
	re   *regexp.Regexp
}

// Match reports whether a trimmed line matches the marker.
func (m Marker) Match(line string) bool {
	if m.re != nil {
		return m.re.MatchString(line)
	}
	return len(line) >= len(m.Text) && strings.EqualFold(line[:len(m.Text)], m.Text)
}

// Story is a story that rules can be written for: its rules run only on
// sources where one of its When words occurs.
type Story struct {
	ID    string
	Label string
	When  []string
}

// Replacement records a user rule that replaced a default rule.
type Replacement struct {
	ID       string
	File     string // the user's file
	Line     int
	Replaced string // the file of the rule it replaced
}

// Pack is a set of rules with the vocabularies they share.
type Pack struct {
	Files         []string
	Hedges        []quantity.Hedge
	Currencies    []quantity.Currency
	Abbreviations []string
	Boilerplate   []Marker
	EndMarkers    []Marker
	Titles        []string
	NotNames      []string
	Folds         []Fold
	Aliases       []Alias
	Distinct      [][2]string
	Stories       []Story
	Rules         []*Rule
	Replaced      []Replacement
}

// Rule returns the rule with the id, or nil.
func (p *Pack) Rule(id string) *Rule {
	for _, r := range p.Rules {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Vocabulary returns the vocabulary the quantity parser needs.
func (p *Pack) Vocabulary() quantity.Vocabulary {
	return quantity.Vocabulary{Hedges: p.Hedges, Currencies: p.Currencies}
}

// RuleError is one mistake in a rule file.
type RuleError struct {
	File         string
	Line, Column int
	Rule         string // the rule id, or "" outside a rule
	Msg          string
}

func (e *RuleError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:%d: ", e.File, e.Line, e.Column)
	if e.Rule != "" {
		fmt.Fprintf(&b, "rule %q: ", e.Rule)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// RuleErrors is every mistake found in a set of rule files.
type RuleErrors []*RuleError

func (es RuleErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// LoadPack reads rule files in order and merges them into one pack. It
// returns every mistake at once as RuleErrors.
func LoadPack(files []RuleFile) (*Pack, error) {
	l := &loader{pack: &Pack{}, byID: map[string]*Rule{}}
	for _, f := range files {
		l.file(f)
	}
	if len(l.errs) > 0 {
		sort.SliceStable(l.errs, func(i, j int) bool {
			a, b := l.errs[i], l.errs[j]
			if a.File != b.File {
				return false
			}
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Column < b.Column
		})
		return nil, l.errs
	}
	return l.pack, nil
}

type loader struct {
	pack *Pack
	byID map[string]*Rule
	errs RuleErrors
	// the file being read
	path    string
	dflt    bool
	rule    string
	defFile map[string]bool
}

func (l *loader) errorf(n *yaml.Node, format string, args ...any) {
	e := &RuleError{File: l.path, Rule: l.rule, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	l.errs = append(l.errs, e)
}

// topFields are the fields of a rule file.
func topFields() []string {
	return []string{"version", "hedges", "currencies", "abbreviations", "boilerplate", "end_markers", "titles", "not_names", "folds", "aliases", "distinct", "stories", "rules"}
}

// ruleFields are the fields of a rule.
func ruleFields() []string {
	return []string{"id", "label", "kind", "near", "also", "exclude", "pattern", "tolerance", "unit", "one_person", "story", "examples"}
}

func (l *loader) file(f RuleFile) {
	l.path, l.dflt, l.rule = f.Path, f.Default, ""
	if f.VocabularyOnly {
		l.pack.Files = append(l.pack.Files, f.Path+" (vocabularies only)")
	} else {
		l.pack.Files = append(l.pack.Files, f.Path)
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(f.Data))
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		l.errs = append(l.errs, yamlError(f.Path, f.Data, err))
		return
	}
	if len(doc.Content) == 0 {
		doc.Line, doc.Column = 1, 1
		l.errorf(&doc, "the file is empty: a rule file starts with \"version: 1\"")
		return
	}
	top := doc.Content[0]
	fields := l.fields(top, topFields(), "rule file")
	if fields == nil {
		return
	}
	if v, ok := fields["version"]; !ok {
		l.errorf(top, "missing \"version: 1\" at the top of the file")
	} else if v.Value != "1" {
		l.errorf(v, "version %q is not supported: write \"version: 1\"", v.Value)
	}
	if n := fields["hedges"]; n != nil {
		l.hedges(n)
	}
	if n := fields["currencies"]; n != nil {
		l.currencies(n)
	}
	l.pack.Abbreviations = append(l.pack.Abbreviations, l.strings(fields["abbreviations"], "abbreviations")...)
	l.pack.Boilerplate = append(l.pack.Boilerplate, l.markers(fields["boilerplate"], "boilerplate")...)
	l.pack.EndMarkers = append(l.pack.EndMarkers, l.markers(fields["end_markers"], "end_markers")...)
	l.pack.Titles = append(l.pack.Titles, l.strings(fields["titles"], "titles")...)
	l.pack.NotNames = append(l.pack.NotNames, l.strings(fields["not_names"], "not_names")...)
	if n := fields["folds"]; n != nil {
		l.folds(n)
	}
	if n := fields["aliases"]; n != nil {
		l.aliases(n)
	}
	if n := fields["distinct"]; n != nil {
		l.distinct(n)
	}
	if n := fields["stories"]; n != nil {
		l.stories(n)
	}
	if n := fields["rules"]; n != nil && !f.VocabularyOnly {
		if n.Kind != yaml.SequenceNode {
			l.errorf(n, "rules must be a list of rules, each starting with \"- id: ...\"")
			return
		}
		for _, rn := range n.Content {
			l.addRule(rn)
		}
	}
}

// yamlError turns a yaml.v3 syntax error into a RuleError with its line.
func yamlError(path string, data []byte, err error) *RuleError {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.Index(rest, ":"); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil {
				line, msg = n, strings.TrimSpace(rest[i+1:])
			}
		}
	}
	if line == 0 {
		line = yamlLine(data, msg)
	}
	return &RuleError{File: path, Line: line, Column: 1, Msg: "not valid YAML: " + msg + yamlHint(msg)}
}

// fields checks that n is a mapping whose keys are all allowed and returns
// its values by key. Unknown keys are reported with a suggestion.
func (l *loader) fields(n *yaml.Node, allowed []string, what string) map[string]*yaml.Node {
	if n.Kind != yaml.MappingNode {
		l.errorf(n, "a %s must be a mapping of fields (\"key: value\"), not %s", what, nodeKind(n))
		return nil
	}
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !contains(allowed, k.Value) {
			if s := suggest(k.Value, allowed); s != "" {
				l.errorf(k, "unknown field %q in %s: did you mean %q?", k.Value, what, s)
			} else {
				l.errorf(k, "unknown field %q in %s: the fields are %s", k.Value, what, strings.Join(allowed, ", "))
			}
			continue
		}
		if _, dup := out[k.Value]; dup {
			l.errorf(k, "field %q is given twice: keep one (put all its words in one list)", k.Value)
		}
		out[k.Value] = v
	}
	return out
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		return fmt.Sprintf("the value %q", n.Value)
	}
	return "empty"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suggest returns the allowed word nearest to s when it is a near miss.
func suggest(s string, allowed []string) string {
	best, bestD := "", 1<<30
	for _, a := range allowed {
		d := levenshtein.ComputeDistance(strings.ToLower(s), a)
		if d < bestD {
			best, bestD = a, d
		}
	}
	if bestD <= 2 || bestD*3 <= len(s) {
		return best
	}
	return ""
}

// scalar returns the string value of a scalar node, reporting anything else.
func (l *loader) scalar(n *yaml.Node, field string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		l.errorf(n, "%s must be a single value, not %s", field, nodeKind(n))
		return "", false
	}
	return n.Value, true
}

// strings reads a list of strings; a single string is accepted as a list of one.
func (l *loader) strings(n *yaml.Node, field string) []string {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		if n.Value == "" {
			return nil
		}
		return []string{n.Value}
	}
	if n.Kind != yaml.SequenceNode {
		l.errorf(n, "%s must be a list of words, like [a, b]", field)
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode {
			l.errorf(c, "each entry of %s must be a word or phrase, not %s", field, nodeKind(c))
			continue
		}
		if strings.TrimSpace(c.Value) == "" {
			l.errorf(c, "%s has an empty entry: remove it, or write a word there", field)
			continue
		}
		out = append(out, c.Value)
	}
	return out
}

func (l *loader) markers(n *yaml.Node, field string) []Marker {
	var out []Marker
	for i, s := range l.strings(n, field) {
		m := Marker{Text: s}
		if src, ok := strings.CutPrefix(s, "re:"); ok {
			re, err := regexp.Compile(src)
			if err != nil {
				l.errorf(n.Content[i], "%s entry %q is not a valid regular expression: %v", field, s, err)
				continue
			}
			m.re = re
		}
		out = append(out, m)
	}
	return out
}

func (l *loader) list(n *yaml.Node, field, example string) []*yaml.Node {
	if n.Kind != yaml.SequenceNode {
		l.errorf(n, "%s must be a list, each entry starting with \"- %s\"", field, example)
		return nil
	}
	return n.Content
}

func (l *loader) hedges(n *yaml.Node) {
	for _, h := range l.list(n, "hedges", "qualifier: approx") {
		f := l.fields(h, []string{"qualifier", "width", "words"}, "hedge group")
		if f == nil {
			continue
		}
		q := quantity.Qualifier("")
		if v := f["qualifier"]; v == nil {
			l.errorf(h, "a hedge group needs \"qualifier:\" (approx, below or above)")
		} else if s, _ := l.scalar(v, "qualifier"); s == "approx" || s == "below" || s == "above" {
			q = quantity.Qualifier(s)
		} else {
			l.errorf(v, "hedge qualifier %q is not one of approx, below, above", s)
		}
		width := -1.0
		if v := f["width"]; v != nil {
			width = l.fraction(v, "width")
		} else {
			l.errorf(h, "a hedge group needs \"width:\", the relative width of its interval (0.1 means 10%%)")
		}
		for _, w := range l.strings(f["words"], "words") {
			if q != "" && width >= 0 {
				l.pack.Hedges = append(l.pack.Hedges, quantity.Hedge{Phrase: strings.ToLower(w), Qualifier: q, Width: width})
			}
		}
	}
}

// fraction reads a non-negative number, or a percentage written "10%".
func (l *loader) fraction(n *yaml.Node, field string) float64 {
	s, ok := l.scalar(n, field)
	if !ok {
		return -1
	}
	v, err := parseFraction(s)
	if err != nil {
		l.errorf(n, "%s %q: %v", field, s, err)
		return -1
	}
	return v
}

func parseFraction(s string) (float64, error) {
	s = strings.TrimSpace(s)
	pct := strings.HasSuffix(s, "%")
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("is not a number: write 0.1 or 10%%")
	}
	if v < 0 {
		return 0, fmt.Errorf("must not be negative")
	}
	if pct {
		v /= 100
	}
	return v, nil
}

func (l *loader) currencies(n *yaml.Node) {
	for _, c := range l.list(n, "currencies", "code: USD") {
		f := l.fields(c, []string{"code", "symbols", "words"}, "currency")
		if f == nil {
			continue
		}
		var cur quantity.Currency
		if v := f["code"]; v == nil {
			l.errorf(c, "a currency needs \"code:\", like USD")
		} else {
			cur.Code, _ = l.scalar(v, "code")
		}
		cur.Symbols = l.strings(f["symbols"], "symbols")
		for _, w := range l.strings(f["words"], "words") {
			cur.Words = append(cur.Words, strings.ToLower(w))
		}
		if cur.Code != "" {
			l.pack.Currencies = append(l.pack.Currencies, cur)
		}
	}
}

func (l *loader) folds(n *yaml.Node) {
	for _, c := range l.list(n, "folds", "from: yev") {
		f := l.fields(c, []string{"from", "to", "at"}, "fold")
		if f == nil {
			continue
		}
		var fold Fold
		if v := f["from"]; v == nil || v.Value == "" {
			l.errorf(c, "a fold needs \"from:\", the letters to replace")
			continue
		} else {
			fold.From, _ = l.scalar(v, "from")
		}
		if v := f["to"]; v != nil {
			fold.To, _ = l.scalar(v, "to")
		}
		fold.At = "any"
		if v := f["at"]; v != nil {
			fold.At, _ = l.scalar(v, "at")
			if fold.At != "end" && fold.At != "start" && fold.At != "any" {
				l.errorf(v, "fold \"at\" %q is not one of end, start, any", fold.At)
				continue
			}
		}
		l.pack.Folds = append(l.pack.Folds, Fold{From: strings.ToLower(fold.From), To: strings.ToLower(fold.To), At: fold.At})
	}
}

func (l *loader) aliases(n *yaml.Node) {
	for _, c := range l.list(n, "aliases", "canonical: Volodymyr Zelensky") {
		f := l.fields(c, []string{"canonical", "spellings"}, "alias")
		if f == nil {
			continue
		}
		var a Alias
		if v := f["canonical"]; v == nil {
			l.errorf(c, "an alias needs \"canonical:\", the house-style spelling")
			continue
		} else {
			a.Canonical, _ = l.scalar(v, "canonical")
		}
		a.Spellings = l.strings(f["spellings"], "spellings")
		l.pack.Aliases = append(l.pack.Aliases, a)
	}
}

func (l *loader) distinct(n *yaml.Node) {
	for _, c := range l.list(n, "distinct", "[Name One, Name Two]") {
		s := l.strings(c, "distinct")
		if len(s) != 2 {
			l.errorf(c, "each distinct entry names exactly two people, like [Olaf Scholz, Olaf Schulz]")
			continue
		}
		l.pack.Distinct = append(l.pack.Distinct, [2]string{s[0], s[1]})
	}
}

func (l *loader) stories(n *yaml.Node) {
	for _, c := range l.list(n, "stories", "id: my-story") {
		f := l.fields(c, []string{"id", "label", "when"}, "story")
		if f == nil {
			continue
		}
		var st Story
		if v := f["id"]; v == nil || v.Value == "" {
			l.errorf(c, "a story needs \"id:\", the name its rules give in \"story:\"")
			continue
		} else {
			st.ID, _ = l.scalar(v, "id")
		}
		if v := f["label"]; v != nil {
			st.Label, _ = l.scalar(v, "label")
		}
		st.When = l.keywords(f["when"], "when")
		if len(st.When) == 0 {
			l.errorf(c, "story %q needs \"when:\", words one of which a source must contain for the story's rules to run on it", st.ID)
			continue
		}
		for _, o := range l.pack.Stories {
			if o.ID == st.ID {
				l.errorf(f["id"], "story %q is defined twice", st.ID)
			}
		}
		l.pack.Stories = append(l.pack.Stories, st)
	}
}
