package compare

import (
	"fmt"
	"slices"
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
// The claims are one per source and value, as claims makes them, so each
// source of a value is met once.
func counts(cs []Claim) []Count {
	var out []Count
	idx := map[string]int{}
	// written holds each value's written forms so far, so that a value many
	// sources give costs no scan of them.
	type form struct {
		value int
		text  string
	}
	written := map[form]bool{}
	for _, c := range cs {
		j, ok := idx[c.Value]
		if !ok {
			j = len(out)
			idx[c.Value] = j
			out = append(out, Count{Value: c.Value})
		}
		out[j].Sources = append(out[j].Sources, c.Source)
		for _, f := range c.Facts {
			if k := (form{j, f.Text}); !written[k] {
				written[k] = true
				out[j].Written = append(out[j].Written, f.Text)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Sources) > len(out[j].Sources) })
	return out
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

// pairwise lists the pairs of sources whose first values conflict, in
// source order (by the first source of the pair, then the second), up to
// maxPairs, and counts the rest in ConflictsOmitted.
//
// It works on the distinct values, not on the pairs of sources. Each
// ordered pair of values that occurs is judged once, with the claims a walk
// over the pairs of sources in order would meet first (a number's interval,
// and so the reason, depends on the precision it was written at). The
// conflicting pairs of sources are counted from how many sources give each
// value, and only the listed ones are visited.
func pairwise(g *Group, sources []string, primary map[string]*Claim, conflict func(a, b *Claim) (bool, string)) {
	// Number the distinct values in order of first appearance, and note
	// which sources give each.
	first := make([]*Claim, len(sources)) // each source's first claim
	val := make([]int, len(sources))      // the number of its value
	var at [][]int                        // per value, the sources giving it, ascending
	idx := map[string]int{}
	for i, s := range sources {
		c := primary[s]
		v, ok := idx[c.Value]
		if !ok {
			v = len(at)
			idx[c.Value] = v
			at = append(at, nil)
		}
		first[i], val[i] = c, v
		at[v] = append(at[v], i)
	}
	n := len(at)
	if n < 2 {
		return // no pair of sources gives two values
	}
	last := func(v int) int { return at[v][len(at[v])-1] }

	// Judge each pair of values both ways round, value u given by one
	// source against value w given by a later one, with the first source
	// giving u and the first giving w after it; and count the pairs of
	// sources that conflict. Values are numbered in order of appearance,
	// so u < w always occurs in that order; w before u occurs when some
	// source gives u after the first source giving w.
	type verdict struct {
		bad bool
		why string
	}
	judged := make([]verdict, n*n) // [u*n+w]: u given first, w later
	judge := func(u, w int) verdict {
		i := at[u][0]
		j := at[w][sort.SearchInts(at[w], i+1)]
		v := &judged[u*n+w]
		v.bad, v.why = conflict(first[i], first[j])
		return *v
	}
	total := 0
	for u := range n {
		for w := u + 1; w < n; w++ {
			uw, wu := judge(u, w), verdict{}
			both := len(at[u]) * len(at[w])
			before := both // the pairs of sources with u first
			if at[w][0] < last(u) {
				wu = judge(w, u)
				if wu.bad != uw.bad {
					before = pairsInOrder(at[u], at[w])
				}
			}
			if uw.bad {
				total += before
			}
			if wu.bad {
				total += both - before
			}
		}
	}

	// reach[u] is the last source whose value conflicts with u given
	// before it, or -1: a source giving u at or after it starts no pair.
	reach := make([]int, n)
	for u := range n {
		reach[u] = -1
		for w := range n {
			if judged[u*n+w].bad {
				reach[u] = max(reach[u], last(w))
			}
		}
	}
	for i := 0; i < len(sources) && len(g.Conflicts) < maxPairs; i++ {
		u := val[i]
		if reach[u] <= i {
			continue
		}
		// Merge, in source order, the later sources giving a value that
		// conflicts with u.
		var later [][]int
		for w := range n {
			if judged[u*n+w].bad {
				if k := sort.SearchInts(at[w], i+1); k < len(at[w]) {
					later = append(later, at[w][k:])
				}
			}
		}
		for len(later) > 0 && len(g.Conflicts) < maxPairs {
			m := 0
			for h := range later {
				if later[h][0] < later[m][0] {
					m = h
				}
			}
			j := later[m][0]
			if later[m] = later[m][1:]; len(later[m]) == 0 {
				later = slices.Delete(later, m, m+1)
			}
			g.Conflicts = append(g.Conflicts, Pair{A: sources[i], AValue: first[i].Value, B: sources[j], BValue: first[j].Value, Reason: judged[u*n+val[j]].why})
		}
	}
	g.ConflictsOmitted += total - len(g.Conflicts)
}

// pairsInOrder counts the pairs of one position from xs and one from ys
// with the one from xs first. Both are ascending and share no position.
func pairsInOrder(xs, ys []int) int {
	n, k := 0, 0
	for _, y := range ys {
		for k < len(xs) && xs[k] < y {
			k++
		}
		n += k
	}
	return n
}
