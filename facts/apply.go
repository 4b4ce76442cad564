package facts

import (
	"fmt"
	"strings"

	"factdiff/keywords"
	"factdiff/quantity"
)

// apply runs one rule on one sentence. hits are the rule's near: keywords
// found in the sentence (none for a rule without near:).
func (e *Extractor) apply(out []Fact, source string, r *Rule, s *sent, hits []keywords.Hit, trace Trace) []Fact {
	if trace != nil && len(hits) > 0 {
		var w []string
		for _, h := range hits {
			w = append(w, fmt.Sprintf("%q at %d", s.text[h.Start:h.End], h.Start+1))
		}
		trace(r, "keywords", "near: "+strings.Join(w, ", "))
	}
	subject := ""
	// A pattern narrows where the value is.
	var groups map[string][2]int
	if re := r.Regexp(); re != nil {
		m := re.FindStringSubmatchIndex(s.text)
		if m == nil {
			if trace != nil {
				trace(r, "no match", "the pattern does not match this sentence")
			}
			return out
		}
		groups = map[string][2]int{}
		for i, g := range re.SubexpNames() {
			if g != "" && m[2*i] >= 0 {
				groups[g] = [2]int{m[2*i], m[2*i+1]}
			}
		}
		if sp, ok := groups["subject"]; ok {
			subject = strings.TrimSpace(s.text[sp[0]:sp[1]])
		}
		if trace != nil {
			trace(r, "pattern", fmt.Sprintf("matched %q", s.text[m[0]:m[1]]))
		}
	}
	before := len(out)
	switch r.Kind {
	case Name:
		out = e.applyName(out, source, r, s, hits, groups, trace)
	case Text:
		if sp, ok := groups["value"]; ok {
			v := strings.TrimSpace(s.text[sp[0]:sp[1]])
			if v != "" {
				f := e.fact(source, r, s, sp[0], v)
				f.Name = v
				out = append(out, f)
			}
		}
	default:
		out = e.applyNumber(out, source, r, s, hits, groups, trace)
	}
	for i := before; i < len(out); i++ {
		out[i].Subject = subject
		if trace != nil {
			trace(r, "value", fmt.Sprintf("%q -> %s (%s)", out[i].Text, out[i].Canonical(), qualifierOf(&out[i])))
		}
	}
	return out
}

func qualifierOf(f *Fact) string {
	if f.Qualifier == "" {
		return string(f.Kind)
	}
	return string(f.Qualifier)
}

// fits reports whether a quantity is of the shape a rule's kind takes.
func fits(k Kind, q *quantity.Quantity) bool {
	switch k {
	case Count:
		return q.Measure == quantity.Count && q.Shape != quantity.Change
	case Percent:
		return q.Measure == quantity.Percent && q.Shape != quantity.Change
	case Money:
		return q.Measure == quantity.Money && q.Shape != quantity.Change
	case Range:
		return q.Shape == quantity.Range
	case Change:
		return q.Shape == quantity.Change
	}
	return false
}

func (e *Extractor) applyNumber(out []Fact, source string, r *Rule, s *sent, hits []keywords.Hit, groups map[string][2]int, trace Trace) []Fact {
	qs := s.quantities(e.parse)
	var fit []*quantity.Quantity
	for i := range qs {
		q := &qs[i]
		if q.Shape == quantity.Change && r.Kind != Change && r.Kind != Range && q.To != nil {
			// "the death toll rose to about 300": the count is the new value.
			q = q.To
		}
		if !fits(r.Kind, q) {
			if trace != nil {
				trace(r, "rejected", fmt.Sprintf("%q is a %s %s, not a %s", q.Text, q.Measure, q.Shape, r.Kind))
			}
			continue
		}
		if q.Measure == quantity.Count && q.Shape == quantity.Single && duration(s.text[q.End:]) {
			if trace != nil {
				trace(r, "rejected", fmt.Sprintf("%q is a length of time, not a count", q.Text+s.text[q.End:min(len(s.text), q.End+8)]))
			}
			continue
		}
		if groups != nil && !inGroups(q, groups) {
			if trace != nil {
				trace(r, "rejected", fmt.Sprintf("%q is outside the pattern's value group", q.Text))
			}
			continue
		}
		fit = append(fit, q)
	}
	if len(fit) == 0 {
		if trace != nil {
			trace(r, "no value", fmt.Sprintf("no %s in the sentence", r.Kind))
		}
		return out
	}
	if len(hits) > 0 {
		// A rule with keywords takes the value nearest to one of them.
		fit = []*quantity.Quantity{nearest(fit, hits)}
	} else if groups != nil {
		fit = fit[:1]
	}
	for _, q := range fit {
		out = append(out, e.numberFact(source, r, s, q))
	}
	return out
}

// inGroups reports whether q lies inside the value, from or to group.
func inGroups(q *quantity.Quantity, groups map[string][2]int) bool {
	for _, g := range []string{"value", "from", "to"} {
		if sp, ok := groups[g]; ok && q.Start < sp[1] && sp[0] < q.End {
			return true
		}
	}
	return false
}

// nearest returns the quantity closest to a keyword; on a tie, the earlier one.
func nearest(qs []*quantity.Quantity, hits []keywords.Hit) *quantity.Quantity {
	best, bestD := qs[0], 1<<30
	for _, q := range qs {
		for _, h := range hits {
			d := 0
			switch {
			case q.End <= h.Start:
				d = h.Start - q.End
			case h.End <= q.Start:
				d = q.Start - h.End
			}
			if d < bestD {
				best, bestD = q, d
			}
		}
	}
	return best
}

func (e *Extractor) numberFact(source string, r *Rule, s *sent, q *quantity.Quantity) Fact {
	f := e.fact(source, r, s, q.Start, q.Text)
	f.Value = q.Value
	f.Qualifier = q.Qualifier
	f.Hedge = q.Hedge
	iv := q.Interval
	f.Interval = &iv
	f.Currency = q.Currency
	if q.Measure == quantity.Percent && f.Unit == "" {
		f.Unit = "%"
	}
	if r.Kind == Percent {
		f.Unit = "%"
	}
	f.From, f.To = amount(q.From), amount(q.To)
	return f
}

func amount(q *quantity.Quantity) *Amount {
	if q == nil {
		return nil
	}
	return &Amount{Text: q.Text, Value: q.Value, Qualifier: q.Qualifier, Interval: q.Interval}
}

// duration reports whether the text after a number starts with a unit of
// time ("four years before", "three days of talks"): a length of time, not
// a count of anything.
func duration(after string) bool {
	w := strings.Fields(after)
	if len(w) == 0 {
		return false
	}
	word := strings.ToLower(strings.Trim(w[0], ".,;:)'\""))
	word = strings.TrimPrefix(word, "-")
	switch strings.TrimSuffix(word, "s") {
	case "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "centurie":
		return true
	}
	return false
}
