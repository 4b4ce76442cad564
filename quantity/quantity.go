// Package quantity finds the quantities a sentence states: counts, percentages,
// money, ranges and changes, each with its hedge, qualifier and interval.
//
// It knows nothing about rules; the facts package decides which quantities a
// rule keeps.
package quantity

// Measure says what a number measures.
type Measure string

// The measures a quantity can have.
const (
	Count   Measure = "count"   // a plain number of things: "25", "twenty-eight", "1.5 million"
	Percent Measure = "percent" // "19%", "19 percent", "nineteen per cent"
	Money   Measure = "money"   // "$60m", "2bn lira", "€3.2 billion"
)

// Shape says how a quantity is stated.
type Shape string

// The shapes a quantity can have.
const (
	Single Shape = "single" // one value, possibly hedged
	Range  Shape = "range"  // "between 30 and 40", "15 to 20 percent", "40-60", "$1.2bn-$1.5bn"
	Change Shape = "change" // "from 880,000 to 600,000", "rose from 12 to 31", "cut to 600,000"
)

// Qualifier says how a value bounds the truth.
type Qualifier string

// The qualifiers. Range and change quantities carry QualRange and QualChange.
const (
	Exact      Qualifier = "exact"  // as written, at the precision written
	Approx     Qualifier = "approx" // about, around, roughly, some, approximately, an estimated
	Below      Qualifier = "below"  // nearly, almost, just under, up to, fewer than, at most
	Above      Qualifier = "above"  // more than, over, at least, upwards of
	QualRange  Qualifier = "range"
	QualChange Qualifier = "change"
)

// Interval is the closed interval of values a statement allows.
type Interval struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

// Overlaps reports whether two intervals share at least one value.
func (a Interval) Overlaps(b Interval) bool { return a.Lo <= b.Hi && b.Lo <= a.Hi }

// Hedge is one hedge phrase from the vocabulary and what it means.
type Hedge struct {
	Phrase    string    // lower case, single spaces: "nearly", "just under", "an estimated"
	Qualifier Qualifier // Approx, Below or Above
	// Width is the relative width of the interval the hedge opens:
	// approx v gives [v(1-w), v(1+w)], below v gives [v(1-w), v], above v gives [v, v(1+w)].
	Width float64
}

// Currency maps a way of writing a currency to its code.
type Currency struct {
	Code    string   // "USD", "EUR", "GBP", "TRY"
	Symbols []string // written before the number: "$", "US$", "€", "£"
	Words   []string // written after the number, lower case: "dollars", "euros", "lira", "usd"
}

// Vocabulary configures a Parser. It comes from the rule files' shared vocabularies.
type Vocabulary struct {
	Hedges     []Hedge
	Currencies []Currency
}

// Quantity is one quantity found in a sentence.
type Quantity struct {
	Start, End int    // byte offsets of Text in the parsed sentence, hedge included
	Text       string // as written, hedge included: "nearly 20%"
	Measure    Measure
	Shape      Shape
	Value      float64 // the stated value; for a range its midpoint; for a change its To value
	Qualifier  Qualifier
	Hedge      string   // the hedge phrase as found, lower case, or ""
	Interval   Interval // the values the statement allows
	Currency   string   // currency code for Money, or ""
	// From and To are the ends of a range or a change. From is nil for a change
	// that gives only its end ("cut to 600,000").
	From, To *Quantity
	Verb     string // for a change, the verb as written when there is one ("rose", "cut"), lower case
}
