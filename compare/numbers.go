package compare

import (
	"fmt"
	"math"
	"strings"

	"factdiff/facts"
	"factdiff/quantity"
)

// numberValue is how a numeric claim is shown and told apart: the hedge and
// the canonical value ("at least 25", "around 19%", "880000 -> 600000").
func numberValue(f *facts.Fact) string { return f.Stated() }

// compatibleNumbers reports whether two numeric facts can both be true
// once their hedges, the precision they were written at and the rule's
// tolerance are applied, and says why not when they cannot.
func compatibleNumbers(a, b *facts.Fact, tol facts.Tolerance) (bool, string) {
	if a.Currency != b.Currency {
		return false, fmt.Sprintf("different currencies: %s and %s", orNone(a.Currency), orNone(b.Currency))
	}
	if a.Kind == facts.Change || a.Qualifier == quantity.QualChange || b.Qualifier == quantity.QualChange {
		return compatibleChanges(a, b, tol)
	}
	ia, ib := tol.Widen(interval(a)), tol.Widen(interval(b))
	if ia.Overlaps(ib) {
		return true, ""
	}
	return false, fmt.Sprintf("%s %s and %s %s do not overlap", numberValue(a), showInterval(interval(a)), numberValue(b), showInterval(interval(b)))
}

// numberKey is what compatibleNumbers reads of a fact to decide whether it
// is compatible with another: facts with one key are compatible with the
// same facts. The value as stated is not enough, as the precision it was
// written at counts: "$60m" allows 59.5 to 60.5 million, "$60,000,000"
// only 60 million. It must follow compatibleNumbers when that changes.
type numberKey struct {
	currency  string
	kind      facts.Kind
	qualifier quantity.Qualifier
	interval  quantity.Interval
	from, to  quantity.Interval
	hasFrom   bool
	hasTo     bool
}

// keyOf returns the numberKey of a fact.
func keyOf(f *facts.Fact) numberKey {
	k := numberKey{currency: f.Currency, kind: f.Kind, qualifier: f.Qualifier, interval: interval(f)}
	if f.From != nil {
		k.from, k.hasFrom = f.From.Interval, true
	}
	if f.To != nil {
		k.to, k.hasTo = f.To.Interval, true
	}
	return k
}

// compatibleChanges compares both ends of two changes where both are given.
func compatibleChanges(a, b *facts.Fact, tol facts.Tolerance) (bool, string) {
	if a.To != nil && b.To != nil && !tol.Widen(a.To.Interval).Overlaps(tol.Widen(b.To.Interval)) {
		return false, fmt.Sprintf("the new value differs: %s and %s", a.To.Text, b.To.Text)
	}
	if a.From != nil && b.From != nil && !tol.Widen(a.From.Interval).Overlaps(tol.Widen(b.From.Interval)) {
		return false, fmt.Sprintf("the old value differs: %s and %s", a.From.Text, b.From.Text)
	}
	return true, ""
}

func interval(f *facts.Fact) quantity.Interval {
	if f.Interval != nil {
		return *f.Interval
	}
	return quantity.Interval{Lo: f.Value, Hi: f.Value}
}

func showInterval(iv quantity.Interval) string {
	if iv.Lo == iv.Hi {
		return "[" + facts.FormatNumber(iv.Lo) + "]"
	}
	return "[" + round(iv.Lo) + "-" + round(iv.Hi) + "]"
}

// round writes an interval end with at most three significant decimals.
func round(v float64) string {
	if v == math.Trunc(v) || math.Abs(v) >= 1000 {
		return facts.FormatNumber(math.Round(v))
	}
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.3f", v), "0"), ".")
}

func orNone(c string) string {
	if c == "" {
		return "none"
	}
	return c
}

// judgeNumbers decides a numeric group.
func judgeNumbers(g *Group, tol facts.Tolerance) {
	cs := g.Claims
	primary := primaries(cs)
	// A source whose own values do not fit together contradicts itself.
	for _, c := range cs {
		p := primary[c.Source]
		if p.Value == c.Value {
			continue
		}
		if ok, why := compatibleNumbers(&p.Facts[0], &c.Facts[0], tol); !ok {
			g.SelfContradictions = append(g.SelfContradictions, SelfContradiction{Source: c.Source, Values: []string{p.Value, c.Value}, Reason: why})
		}
	}
	sources := g.Sources()
	pairwise(g, sources, primary, func(a, b *Claim) (bool, string) {
		ok, why := compatibleNumbers(&a.Facts[0], &b.Facts[0], tol)
		return !ok, why
	})
	compatible := func(x, y *Claim) bool {
		ok, _ := compatibleNumbers(&x.Facts[0], &y.Facts[0], tol)
		return ok
	}
	consensus(g, sources, primary, compatible)
	switch {
	case len(g.Conflicts) > 0 || len(g.SelfContradictions) > 0:
		g.Verdict = Conflict
		g.Reason = conflictReason(g)
	case len(sources) == 1:
		g.Verdict = Single
		g.Reason = "only " + sources[0] + " states it: unconfirmed"
	case len(g.Values) == 1:
		g.Verdict = Agree
		g.Reason = fmt.Sprintf("%d sources give %s", len(sources), g.Values[0].Value)
	default:
		g.Verdict = Compatible
		var parts []string
		for _, v := range g.Values {
			parts = append(parts, v.Value+" "+showInterval(interval(&claimOf(cs, v.Value).Facts[0])))
		}
		g.Reason = "the values differ as written but fit together once hedges and rounding are read: " + strings.Join(parts, ", ")
	}
}

func claimOf(cs []Claim, value string) *Claim {
	for i := range cs {
		if cs[i].Value == value {
			return &cs[i]
		}
	}
	return nil
}

// primaries returns each source's first claim: the value it states first.
func primaries(cs []Claim) map[string]*Claim {
	p := map[string]*Claim{}
	for i := range cs {
		if _, ok := p[cs[i].Source]; !ok {
			p[cs[i].Source] = &cs[i]
		}
	}
	return p
}

// consensus finds the value with the most support (sources whose value is
// compatible with it), the sources that are outliers to it, and ties.
func consensus(g *Group, sources []string, primary map[string]*Claim, compatible func(x, y *Claim) bool) {
	// Work on distinct values weighted by how many sources give them, so
	// that thousands of sources cost no more than their few values.
	var vals []*Claim
	weight := map[string]int{}
	for _, s := range sources {
		c := primary[s]
		if weight[c.Value] == 0 {
			vals = append(vals, c)
		}
		weight[c.Value]++
	}
	ok := make([][]bool, len(vals))
	for i := range vals {
		ok[i] = make([]bool, len(vals))
		for j := range vals {
			ok[i][j] = i == j || compatible(vals[i], vals[j])
		}
	}
	// support counts the sources that fit a value and each other: a value
	// that fits both sides of a conflict ("at least 25" next to 25 and 31)
	// does not get both sides' support.
	support := func(v int) int {
		var fit []int
		for u := range vals {
			if ok[v][u] {
				fit = append(fit, u)
			}
		}
		for {
			worst, most := -1, 0
			for i, a := range fit {
				n := 0
				for _, b := range fit {
					if !ok[a][b] {
						n += weight[vals[b].Value]
					}
				}
				if n > most || (n == most && n > 0) {
					worst, most = i, n
				}
			}
			if worst < 0 {
				total := 0
				for _, u := range fit {
					total += weight[vals[u].Value]
				}
				return total
			}
			fit = append(fit[:worst], fit[worst+1:]...)
		}
	}
	// The value most sources support wins; how many give it as written
	// breaks a tie, then the order of the sources.
	best, bs, be := -1, -1, -1
	sup := make([]int, len(vals))
	for i, v := range vals {
		sup[i] = support(i)
		if e := weight[v.Value]; sup[i] > bs || (sup[i] == bs && e > be) {
			best, bs, be = i, sup[i], e
		}
	}
	g.Consensus = Consensus{Value: vals[best].Value, Sources: bs, Of: len(sources)}
	for i, v := range vals {
		if i != best && weight[v.Value] == be && sup[i] == bs && !ok[i][best] {
			g.Consensus.Tie = true
			if len(g.Consensus.Tied) == 0 {
				g.Consensus.Tied = []string{vals[best].Value}
			}
			g.Consensus.Tied = append(g.Consensus.Tied, v.Value)
		}
	}
	if g.Consensus.Tie {
		return
	}
	for _, s := range sources {
		if c := primary[s]; !compatible(c, vals[best]) {
			g.Outliers = append(g.Outliers, *c)
		}
	}
}

// conflictReason says in one line what conflicts with what.
func conflictReason(g *Group) string {
	var parts []string
	for _, v := range g.Values {
		parts = append(parts, fmt.Sprintf("%s (%s)", v.Value, sourceList(v.Sources)))
	}
	r := strings.Join(parts, " vs ")
	for _, s := range g.SelfContradictions {
		r += fmt.Sprintf("; %s contradicts itself: %s", s.Source, strings.Join(s.Values, " and "))
	}
	return r
}
