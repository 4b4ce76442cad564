// Package facts turns news articles into typed facts.
//
// It reads sources (files, directories, standard input), cleans them
// (Unicode normalisation, boilerplate, pasted briefs, repeated paragraphs),
// splits them into sentences, and applies the rules of a rule pack written in
// YAML. Every fact carries its evidence: the sentence and the line and column
// in the original file.
package facts

import (
	"strconv"
	"strings"

	"factdiff/quantity"
)

// Kind is the type of value a rule extracts.
type Kind string

// The kinds a rule can have.
const (
	Count   Kind = "count"
	Percent Kind = "percent"
	Money   Kind = "money"
	Change  Kind = "change"
	Range   Kind = "range"
	Name    Kind = "name"
	Text    Kind = "text"
)

// Kinds lists every kind in the order the documentation gives them.
func Kinds() []Kind { return []Kind{Count, Percent, Money, Change, Range, Name, Text} }

// Numeric reports whether facts of the kind carry a number and an interval.
func (k Kind) Numeric() bool { return k != Name && k != Text && k != "" }

// Position is a place in an original source file.
type Position struct {
	Offset int `json:"offset"` // byte offset in the file
	Line   int `json:"line"`   // 1-based
	Column int `json:"column"` // 1-based, in characters
}

// Amount is one end of a change or a range.
type Amount struct {
	Text      string             `json:"text"`
	Value     float64            `json:"value"`
	Qualifier quantity.Qualifier `json:"qualifier"`
	Interval  quantity.Interval  `json:"interval"`
}

// Fact is one value a rule found in one sentence of one source.
type Fact struct {
	Source  string `json:"source"`
	Rule    string `json:"rule"`
	Label   string `json:"label"`
	Kind    Kind   `json:"kind"`
	Subject string `json:"subject,omitempty"` // what the value is about, where the rule captures one

	Text string `json:"text"` // the value as written, hedge included

	// Numeric kinds.
	Value     float64            `json:"value"`
	Qualifier quantity.Qualifier `json:"qualifier,omitempty"`
	Hedge     string             `json:"hedge,omitempty"`
	Interval  *quantity.Interval `json:"interval,omitempty"`
	Unit      string             `json:"unit,omitempty"`
	Currency  string             `json:"currency,omitempty"`
	From      *Amount            `json:"from,omitempty"`
	To        *Amount            `json:"to,omitempty"`

	// Name and text kinds.
	Name string `json:"name,omitempty"` // the name or text as written, titles removed
	Role string `json:"role,omitempty"` // the role as written next to a name

	Pos      Position `json:"position"`
	Sentence string   `json:"sentence"`
	// SentencePos is where the sentence starts.
	SentencePos Position `json:"sentence_position"`
}

// Canonical returns the fact's value in a canonical written form: a plain
// number ("880000", "19.5"), a money amount with its currency ("60000000 USD"),
// "A -> B" for a change, "A - B" for a range, or the name.
func (f *Fact) Canonical() string {
	switch {
	case !f.Kind.Numeric():
		return f.Name
	case f.Qualifier == quantity.QualChange:
		if f.From == nil {
			return "-> " + f.withCurrency(f.To.Value)
		}
		return f.withCurrency(f.From.Value) + " -> " + f.withCurrency(f.To.Value)
	case f.Qualifier == quantity.QualRange && f.From != nil && f.To != nil:
		return f.withCurrency(f.From.Value) + " - " + f.withCurrency(f.To.Value)
	}
	return f.withCurrency(f.Value)
}

// Stated returns the canonical value with its hedge, the way reports show
// and tell values apart: "around 19%", "at least 25", "880000 -> 600000".
func (f *Fact) Stated() string {
	v := f.Canonical()
	if f.Hedge != "" && f.Qualifier != quantity.QualChange && f.Qualifier != quantity.QualRange {
		v = f.Hedge + " " + v
	}
	return v
}

func (f *Fact) withCurrency(v float64) string {
	s := FormatNumber(v)
	if f.Kind == Percent || (f.Unit == "%" && f.Currency == "") {
		return s + "%"
	}
	if f.Currency != "" {
		return s + " " + f.Currency
	}
	return s
}

// FormatNumber writes a number without exponent and without trailing zeros.
func FormatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if strings.Contains(s, ".") && len(s) > 12 {
		s = strconv.FormatFloat(v, 'f', 2, 64)
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
