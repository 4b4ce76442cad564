package facts

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"factdiff/quantity"
)

// groupsFor returns the named groups a pattern of the kind must have; any
// one of each inner list will do.
func groupsFor(k Kind) [][]string {
	switch k {
	case Change:
		return [][]string{{"to"}}
	case Range:
		return [][]string{{"value", "from"}}
	case Name:
		return [][]string{{"name"}}
	}
	return [][]string{{"value"}}
}

func kindNames() string {
	var s []string
	for _, k := range Kinds() {
		s = append(s, string(k))
	}
	return strings.Join(s, ", ")
}

func (l *loader) addRule(n *yaml.Node) {
	l.rule = ""
	defer func() { l.rule = "" }()
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "id" {
				l.rule = n.Content[i+1].Value
			}
		}
	}
	f := l.fields(n, ruleFields(), "rule")
	if f == nil {
		return
	}
	r := &Rule{File: l.path, Line: n.Line, Column: n.Column}
	if v := f["id"]; v == nil || strings.TrimSpace(v.Value) == "" {
		l.errorf(n, "the rule has no \"id:\"; give it a short unique name like \"death-toll\"")
	} else {
		r.ID, _ = l.scalar(v, "id")
		if strings.ContainsAny(r.ID, " \t") {
			l.errorf(v, "id %q has spaces: use dashes, like %q", r.ID, strings.Join(strings.Fields(r.ID), "-"))
		}
	}
	if v := f["label"]; v != nil {
		r.Label, _ = l.scalar(v, "label")
	}
	if r.Label == "" {
		r.Label = r.ID
	}
	if v := f["kind"]; v == nil {
		l.errorf(n, "the rule has no \"kind:\"; it is one of %s", kindNames())
	} else if s, ok := l.scalar(v, "kind"); ok {
		r.Kind = Kind(s)
		known := false
		for _, k := range Kinds() {
			known = known || k == r.Kind
		}
		if !known {
			if sug := suggest(s, strings.Split(kindNames(), ", ")); sug != "" {
				l.errorf(v, "unknown kind %q: did you mean %q? The kinds are %s", s, sug, kindNames())
			} else {
				l.errorf(v, "unknown kind %q: the kinds are %s", s, kindNames())
			}
			r.Kind = ""
		}
	}
	r.Near = l.keywords(f["near"], "near")
	r.Also = l.keywords(f["also"], "also")
	r.Exclude = l.keywords(f["exclude"], "exclude")
	if v := f["pattern"]; v != nil {
		r.Pattern, _ = l.scalar(v, "pattern")
		l.compilePattern(r, v)
	}
	if r.Kind == Text && r.Pattern == "" {
		l.errorf(n, "a text rule needs a \"pattern:\" with a (?P<value>...) group: text has no shape to find on its own")
	}
	if r.Kind == Name && r.Pattern == "" && len(r.Near) == 0 {
		l.errorf(n, "a name rule needs \"near:\" role words (like [envoy]) or a \"pattern:\" with a (?P<name>...) group")
	}
	if v := f["tolerance"]; v != nil {
		r.Tolerance = l.tolerance(v, r.Kind)
	}
	if v := f["unit"]; v != nil {
		r.Unit, _ = l.scalar(v, "unit")
	}
	if v := f["one_person"]; v != nil {
		switch v.Value {
		case "true", "yes":
			r.OnePerson = true
		case "false", "no":
		default:
			l.errorf(v, "one_person is true or false, not %q", v.Value)
		}
		if r.Kind != Name && r.Kind != "" {
			l.errorf(v, "one_person only applies to name rules, and this rule's kind is %s: remove the line", r.Kind)
		}
	}
	if v := f["story"]; v != nil {
		r.Story, _ = l.scalar(v, "story")
	}
	if v := f["examples"]; v != nil {
		r.Examples = l.examples(v)
	}
	if r.ID == "" {
		return
	}
	if old, ok := l.byID[r.ID]; ok {
		if l.defFile[old.File] && !l.dflt {
			l.pack.Replaced = append(l.pack.Replaced, Replacement{ID: r.ID, File: r.File, Line: r.Line, Replaced: old.File})
			*old = *r
			return
		}
		l.errorf(f["id"], "duplicate id %q: it is already used at %s:%d; ids must be unique, so rename one of the two", r.ID, old.File, old.Line)
		return
	}
	if l.dflt {
		if l.defFile == nil {
			l.defFile = map[string]bool{}
		}
		l.defFile[l.path] = true
	}
	l.byID[r.ID] = r
	l.pack.Rules = append(l.pack.Rules, r)
}

// keywords reads near: or exclude: and checks each keyword can match.
func (l *loader) keywords(n *yaml.Node, field string) []string {
	words := l.strings(n, field)
	for i, w := range words {
		t := strings.TrimSpace(w)
		if t != w || strings.Contains(t, "  ") {
			l.errorf(n, "%s keyword %q has extra spaces: write %q", field, w, strings.Join(strings.Fields(t), " "))
		}
		if strings.ContainsAny(t, `\^$*+?()[]{}|`) {
			l.errorf(n, "%s keyword %q looks like a regular expression; keywords are plain words (inflections like \"controls\" are found from \"control\"); put expressions in \"pattern:\"", field, w)
		}
		words[i] = strings.ToLower(strings.Join(strings.Fields(t), " "))
	}
	return words
}

func (l *loader) compilePattern(r *Rule, v *yaml.Node) {
	if r.Pattern == "" {
		l.errorf(v, "pattern is empty: remove the line, or write an expression with a named group like (?P<value>...)")
		return
	}
	re, err := regexp.Compile(r.Pattern)
	if err != nil {
		msg := strings.TrimPrefix(err.Error(), "error parsing regexp: ")
		hint := ""
		switch {
		case strings.Contains(msg, "(?=") || strings.Contains(msg, "(?!") || strings.Contains(msg, "(?<=") || strings.Contains(msg, "(?<!"):
			hint = "; look-ahead and look-behind are not supported: match the words themselves, or use exclude: keywords"
		case strings.Contains(msg, "invalid named capture") || strings.Contains(msg, "invalid or unsupported Perl syntax"):
			hint = "; named groups are written (?P<value>...)"
		case strings.Contains(msg, "invalid escape sequence"):
			hint = "; back-references like \\1 are not supported, nor \\ before a letter RE2 does not know; to match a dot or a bracket as written, put \\ before it: \\. \\("
		case strings.Contains(msg, "missing closing )"):
			hint = "; every ( needs a )"
		}
		l.errorf(v, "pattern is not a valid RE2 regular expression: %s%s", msg, hint)
		return
	}
	r.re = re
	if r.Kind == "" {
		return
	}
	have := re.SubexpNames()
	for _, need := range groupsFor(r.Kind) {
		found := false
		for _, g := range need {
			found = found || contains(have, g)
		}
		if !found {
			l.errorf(v, "a %s pattern needs a named group (?P<%s>...) around the %s; this pattern has %s",
				r.Kind, need[0], groupWhat(need[0]), groupList(have))
		}
	}
}

func groupWhat(g string) string {
	switch g {
	case "name":
		return "person's name"
	case "to":
		return "new value (and (?P<from>...) around the old one)"
	}
	return "value"
}

func groupList(have []string) string {
	var g []string
	for _, h := range have {
		if h != "" {
			g = append(g, "(?P<"+h+">)")
		}
	}
	if len(g) == 0 {
		return "no named group"
	}
	return strings.Join(g, ", ")
}

func (l *loader) tolerance(v *yaml.Node, k Kind) Tolerance {
	s, ok := l.scalar(v, "tolerance")
	if !ok {
		return Tolerance{}
	}
	if !k.Numeric() && k != "" {
		l.errorf(v, "tolerance only applies to numbers, and this rule's kind is %s", k)
		return Tolerance{}
	}
	x, err := parseFraction(s)
	if err != nil {
		why, _, _ := strings.Cut(strings.TrimPrefix(err.Error(), "is "), ":")
		l.errorf(v, "bad tolerance %q: %v (write an absolute amount like 2, or a relative one like 5%%)", s, why)
		return Tolerance{}
	}
	if strings.HasSuffix(strings.TrimSpace(s), "%") {
		if x >= 1 {
			l.errorf(v, "bad tolerance %q: a relative tolerance of 100%% or more accepts every value", s)
		}
		return Tolerance{Relative: x}
	}
	return Tolerance{Absolute: x}
}

func (l *loader) examples(n *yaml.Node) []Example {
	var out []Example
	for _, c := range l.list(n, "examples", "text: A sentence the rule reads.") {
		f := l.fields(c, []string{"text", "want", "qualifier"}, "example")
		if f == nil {
			continue
		}
		ex := Example{Line: c.Line}
		if v := f["text"]; v == nil {
			l.errorf(c, "an example needs \"text:\", a sentence")
			continue
		} else {
			ex.Text, _ = l.scalar(v, "text")
		}
		if v := f["want"]; v == nil {
			l.errorf(c, "an example needs \"want:\", the value the sentence must give, or \"want: none\"")
			continue
		} else {
			ex.Want, _ = l.scalar(v, "want")
			if strings.EqualFold(strings.TrimSpace(ex.Want), "none") {
				ex.Want, ex.None = "", true
			}
		}
		if v := f["qualifier"]; v != nil {
			s, _ := l.scalar(v, "qualifier")
			switch quantity.Qualifier(s) {
			case quantity.Exact, quantity.Approx, quantity.Below, quantity.Above, quantity.QualRange, quantity.QualChange:
				ex.Qualifier = quantity.Qualifier(s)
			default:
				l.errorf(v, "qualifier %q is not one of exact, approx, below, above, range, change", s)
			}
		}
		out = append(out, ex)
	}
	return out
}

// String describes a rule for listings: "id (kind) label".
func (r *Rule) String() string { return fmt.Sprintf("%s (%s) %s", r.ID, r.Kind, r.Label) }
