package facts

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"factdiff/names"
	"factdiff/quantity"
)

// ExampleResult is the outcome of one rule example.
type ExampleResult struct {
	Rule    *Rule
	Example Example
	Got     []Fact // the facts the rule gave for the example's text
	Pass    bool
	// Problem says why the example failed, in words an editor reads:
	// "gave 20% (below), wanted 19% (approx)".
	Problem string
}

// Gave describes what the rule gave: "20% (below)", "20% (below), 30% (exact)"
// or "nothing".
func (r *ExampleResult) Gave() string {
	if len(r.Got) == 0 {
		return "nothing"
	}
	var s []string
	for i := range r.Got {
		s = append(s, describeFact(&r.Got[i]))
	}
	return strings.Join(s, ", ")
}

// Wanted describes what the example asks for: "19% (approx)" or "nothing".
func (r *ExampleResult) Wanted() string {
	if r.Example.None {
		return "nothing"
	}
	if r.Example.Qualifier != "" {
		return r.Example.Want + " (" + string(r.Example.Qualifier) + ")"
	}
	return r.Example.Want
}

func describeFact(f *Fact) string {
	if !f.Kind.Numeric() {
		return strconv.Quote(f.Name)
	}
	return f.Canonical() + " (" + qualifierOf(f) + ")"
}

// RunExamples runs the examples of every rule of the pack, in the order of
// the rules. Each example's text is read as an article of its own, with
// every rule of the pack, and the facts of its rule are kept: a rule gives
// in a test exactly what it gives in a run.
func RunExamples(p *Pack) ([]ExampleResult, error) {
	x, err := NewExtractor(p)
	if err != nil {
		return nil, err
	}
	x.everyStory = true // an example is one sentence: its story is taken as given
	t := newExampleTester(p)
	var out []ExampleResult
	for _, r := range p.Rules {
		for _, ex := range r.Examples {
			out = append(out, t.run(x, r, ex))
		}
	}
	return out, nil
}

type exampleTester struct {
	parse *quantity.Parser
	names *names.Comparer
}

func newExampleTester(p *Pack) *exampleTester {
	t := &exampleTester{parse: quantity.NewParser(p.Vocabulary())}
	// Names are compared after normalisation (case, diacritics, titles,
	// possessives) but without transliteration folds: an example asks for
	// one spelling.
	c, err := names.NewComparer(names.Options{Titles: p.Titles})
	if err != nil {
		c, _ = names.NewComparer(names.Options{})
	}
	t.names = c
	return t
}

func (t *exampleTester) run(x *Extractor, r *Rule, ex Example) ExampleResult {
	res := ExampleResult{Rule: r, Example: ex}
	all := x.Extract(fmt.Sprintf("%s:%d", r.File, ex.Line), []byte(ex.Text))
	for _, f := range all.Facts {
		if f.Rule == r.ID {
			res.Got = append(res.Got, f)
		}
	}
	if ex.None {
		res.Pass = len(res.Got) == 0
		if !res.Pass {
			res.Problem = "gave " + res.Gave() + ", wanted nothing"
		}
		return res
	}
	match, problem := t.judge(r, ex, res.Got)
	res.Pass = match
	if !match {
		if problem == "" {
			problem = "gave " + res.Gave() + ", wanted " + res.Wanted()
		}
		res.Problem = problem
	}
	return res
}

// judge reports whether one of the facts is the example's wanted value. A
// problem is returned when the example itself cannot be read.
func (t *exampleTester) judge(r *Rule, ex Example, got []Fact) (bool, string) {
	if !r.Kind.Numeric() {
		for i := range got {
			if t.sameName(r.Kind, got[i].Name, ex.Want) {
				return true, ""
			}
		}
		return false, ""
	}
	w, err := t.want(ex.Want)
	if err != nil {
		return false, err.Error()
	}
	q := ex.Qualifier
	if q == "" {
		q = w.hedge
	}
	for i := range got {
		if w.matches(&got[i]) && (q == "" || got[i].Qualifier == q) {
			return true, ""
		}
	}
	return false, ""
}

func (t *exampleTester) sameName(k Kind, got, want string) bool {
	if k == Text {
		return strings.EqualFold(strings.Join(strings.Fields(got), " "), strings.Join(strings.Fields(want), " "))
	}
	a, b := t.names.Normalise(got), t.names.Normalise(want)
	if len(a.Tokens) == 0 || len(b.Tokens) == 0 {
		return strings.EqualFold(strings.TrimSpace(got), strings.TrimSpace(want))
	}
	return strings.Join(a.Tokens, " ") == strings.Join(b.Tokens, " ")
}

// wanted is a numeric want: one value, or the two ends of a change or range.
type wanted struct {
	value    float64
	from, to *float64 // set for "A -> B", "A to B", "between A and B"
	currency string
	hedge    quantity.Qualifier // from a hedge written in the want: "about 300"
}

// want reads an example's want with the quantity parser: "19%", "19",
// "$60 million", "2bn lira", "880000 -> 600000", "880,000 to 600,000",
// "-> 600000".
func (t *exampleTester) want(s string) (*wanted, error) {
	s = strings.TrimSpace(s)
	if a, b, ok := strings.Cut(s, "->"); ok {
		w := &wanted{}
		to, err := t.one(b)
		if err != nil {
			return nil, err
		}
		w.to, w.value, w.currency = &to.value, to.value, to.currency
		if strings.TrimSpace(a) != "" {
			from, err := t.one(a)
			if err != nil {
				return nil, err
			}
			w.from = &from.value
			if w.currency == "" {
				w.currency = from.currency
			}
		}
		return w, nil
	}
	qs := t.parse.Parse(s)
	if len(qs) == 1 {
		q := qs[0]
		w := &wanted{value: q.Value, currency: q.Currency}
		if q.Hedge != "" {
			w.hedge = q.Qualifier
		}
		if q.Shape != quantity.Single && q.To != nil {
			to := q.To.Value
			w.to = &to
			if q.From != nil {
				from := q.From.Value
				w.from = &from
			}
		}
		return w, nil
	}
	if len(qs) == 2 && qs[0].Shape == quantity.Single && qs[1].Shape == quantity.Single {
		// "880,000 to 600,000": the parser reads a change only after a verb.
		from, to := qs[0].Value, qs[1].Value
		cur := qs[1].Currency
		if cur == "" {
			cur = qs[0].Currency
		}
		return &wanted{value: to, from: &from, to: &to, currency: cur}, nil
	}
	return t.one(s)
}

// one reads a single value: with the parser, or as a plain number (the
// parser reads "2019" as a year, not a quantity).
func (t *exampleTester) one(s string) (*wanted, error) {
	s = strings.TrimSpace(s)
	qs := t.parse.Parse(s)
	if len(qs) == 1 && qs[0].Shape == quantity.Single {
		return &wanted{value: qs[0].Value, currency: qs[0].Currency}, nil
	}
	plain := strings.NewReplacer(",", "", "%", "", " ", "").Replace(s)
	if v, err := strconv.ParseFloat(plain, 64); err == nil && !math.IsInf(v, 0) && !math.IsNaN(v) {
		return &wanted{value: v}, nil
	}
	return nil, fmt.Errorf("want %q is not a value factdiff can read: write a number like 19%%, 880000 or $60m, or a change like 880000 -> 600000", s)
}

func (w *wanted) matches(f *Fact) bool {
	if w.currency != "" && f.Currency != w.currency {
		return false
	}
	if w.to != nil {
		switch {
		case f.To != nil:
			if !sameNumber(f.To.Value, *w.to) {
				return false
			}
			if w.from != nil && (f.From == nil || !sameNumber(f.From.Value, *w.from)) {
				return false
			}
			return true
		case w.from == nil:
			return sameNumber(f.Value, *w.to)
		}
		return false
	}
	return sameNumber(f.Value, w.value)
}

func sameNumber(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}
