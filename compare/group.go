package compare

import (
	"fmt"
	"sort"
	"strings"

	"factdiff/facts"
)

// Claim is what one source says in a group: its facts with the same value.
type Claim struct {
	Source string       `json:"source"`
	Value  string       `json:"value"`   // canonical value
	Text   string       `json:"written"` // as written, first occurrence
	Facts  []facts.Fact `json:"evidence"`
}

// Count says how many sources give a value.
type Count struct {
	Value   string   `json:"value"`
	Written []string `json:"written"` // the spellings or forms it was written in
	Sources []string `json:"sources"`
}

// Consensus is the value most sources give.
type Consensus struct {
	Value   string   `json:"value"`
	Sources int      `json:"sources"` // how many sources support it (give it or a compatible value)
	Of      int      `json:"of"`      // how many sources state the fact
	Tie     bool     `json:"tie"`     // no single value has the most support
	Tied    []string `json:"tied,omitempty"`
}

// Pair is two sources whose values conflict.
type Pair struct {
	A      string `json:"a"`
	AValue string `json:"a_value"`
	B      string `json:"b"`
	BValue string `json:"b_value"`
	Reason string `json:"reason"`
}

// SelfContradiction is one source stating two incompatible values.
type SelfContradiction struct {
	Source string   `json:"source"`
	Values []string `json:"values"`
	Reason string   `json:"reason"`
}

// Group is one fact as the sources state it, with its verdict.
type Group struct {
	Key     string     `json:"key"`
	Rule    string     `json:"rule"`
	Label   string     `json:"label"`
	Kind    facts.Kind `json:"kind"`
	Subject string     `json:"subject,omitempty"`
	Verdict Verdict    `json:"verdict"`
	Reason  string     `json:"reason"` // one line for an editor

	Claims    []Claim   `json:"claims"` // one per source and value, in source order
	Values    []Count   `json:"values"` // distinct values, most sources first
	Consensus Consensus `json:"consensus"`
	Outliers  []Claim   `json:"outliers"`
	Conflicts []Pair    `json:"conflicts"`
	// ConflictsOmitted counts the conflicting pairs past the first
	// maxPairs, which are not listed.
	ConflictsOmitted int `json:"conflicts_omitted,omitempty"`

	SelfContradictions []SelfContradiction `json:"self_contradictions"`

	// Suggestion is the spelling to use for a name variant: the alias
	// canonical spelling or the majority one.
	Suggestion string `json:"suggestion,omitempty"`

	order int // position of the rule in the pack
}

// Sources returns the distinct sources of the group in order.
func (g *Group) Sources() []string {
	var out []string
	for _, c := range g.Claims {
		if len(out) == 0 || out[len(out)-1] != c.Source {
			out = append(out, c.Source)
		}
	}
	return out
}

// Result is the comparison of a set of sources.
type Result struct {
	Sources []string `json:"sources"`
	Groups  []*Group `json:"groups"`
}

// Count returns how many groups have the verdict.
func (r *Result) Count(v Verdict) int {
	n := 0
	for _, g := range r.Groups {
		if g.Verdict == v {
			n++
		}
	}
	return n
}

// Fails reports whether any group reaches the --fail-on threshold.
func (r *Result) Fails(f FailOn) bool {
	for _, g := range r.Groups {
		if f.Fails(g.Verdict) {
			return true
		}
	}
	return false
}

// sortGroups puts conflicts first, then variants, compatible, agree and
// single source; within a verdict, in the order of the rules, then by key.
func sortGroups(gs []*Group) {
	sort.SliceStable(gs, func(i, j int) bool {
		a, b := gs[i], gs[j]
		if a.Verdict.rank() != b.Verdict.rank() {
			return a.Verdict.rank() < b.Verdict.rank()
		}
		if a.order != b.order {
			return a.order < b.order
		}
		return a.Key < b.Key
	})
}

// claims collapses facts into one claim per source and value, keeping the
// order of sources and, within a source, of first appearance.
func claims(fs []facts.Fact, value func(*facts.Fact) string) []Claim {
	var out []Claim
	idx := map[[2]string]int{}
	for i := range fs {
		f := &fs[i]
		k := [2]string{f.Source, value(f)}
		if j, ok := idx[k]; ok {
			out[j].Facts = append(out[j].Facts, *f)
			continue
		}
		idx[k] = len(out)
		out = append(out, Claim{Source: f.Source, Value: k[1], Text: f.Text, Facts: []facts.Fact{*f}})
	}
	return out
}

// counts returns the distinct values with their sources, most sources first.
func counts(cs []Claim) []Count {
	var out []Count
	idx := map[string]int{}
	for _, c := range cs {
		j, ok := idx[c.Value]
		if !ok {
			j = len(out)
			idx[c.Value] = j
			out = append(out, Count{Value: c.Value})
		}
		if !containsString(out[j].Sources, c.Source) {
			out[j].Sources = append(out[j].Sources, c.Source)
		}
		for _, f := range c.Facts {
			if !containsString(out[j].Written, f.Text) {
				out[j].Written = append(out[j].Written, f.Text)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Sources) > len(out[j].Sources) })
	return out
}

func containsString(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// sourceList names up to three sources, then says how many more.
func sourceList(s []string) string {
	if len(s) <= 3 {
		return strings.Join(s, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(s[:3], ", "), len(s)-3)
}

// maxPairs is how many conflicting pairs of sources a group lists; with
// thousands of sources the rest are counted, not listed.
const maxPairs = 100

// pairwise lists the pairs of sources whose first values conflict. Each
// pair of distinct values is judged once.
func pairwise(g *Group, sources []string, primary map[string]*Claim, conflict func(a, b *Claim) (bool, string)) {
	type verdict struct {
		bad bool
		why string
	}
	memo := map[[2]string]verdict{}
	for i, a := range sources {
		for _, b := range sources[i+1:] {
			pa, pb := primary[a], primary[b]
			if pa.Value == pb.Value {
				continue
			}
			k := [2]string{pa.Value, pb.Value}
			v, ok := memo[k]
			if !ok {
				v.bad, v.why = conflict(pa, pb)
				memo[k] = v
			}
			if !v.bad {
				continue
			}
			if len(g.Conflicts) == maxPairs {
				g.ConflictsOmitted++
				continue
			}
			g.Conflicts = append(g.Conflicts, Pair{A: a, AValue: pa.Value, B: b, BValue: pb.Value, Reason: v.why})
		}
	}
}
