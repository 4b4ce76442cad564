package persons

import (
	"sort"

	"factdiff/compare"
	"factdiff/facts"
)

// Result is the names check of a set of sources.
type Result struct {
	People []*Person    `json:"people"`         // conflicts, variants, agree, single source
	Roles  []*RoleClash `json:"role_conflicts"` // roles given to different people
}

// Check finds the people in the mentions, judges each and finds the roles
// given to different people. People are sorted for a report: conflicts,
// variants, agreements, single sources; within a verdict, most sources
// first, then in the order they are first mentioned. The people's
// Mentions point into ms.
func Check(p *facts.Pack, ms []facts.Mention) (*Result, error) {
	c, err := NewComparer(p)
	if err != nil {
		return nil, err
	}
	people := Cluster(ms, c)
	r := &Result{People: people, Roles: Roles(people)}
	if r.Roles == nil {
		r.Roles = []*RoleClash{}
	}
	if r.People == nil {
		r.People = []*Person{}
	}
	rank := func(v compare.Verdict) int {
		for i, x := range compare.Verdicts() {
			if x == v {
				return i
			}
		}
		return len(compare.Verdicts())
	}
	sort.SliceStable(r.People, func(i, j int) bool {
		a, b := r.People[i], r.People[j]
		if rank(a.Verdict) != rank(b.Verdict) {
			return rank(a.Verdict) < rank(b.Verdict)
		}
		if len(a.Sources) != len(b.Sources) {
			return len(a.Sources) > len(b.Sources)
		}
		return a.first < b.first
	})
	return r, nil
}

// Count returns how many people and role conflicts have the verdict.
func (r *Result) Count(v compare.Verdict) int {
	if r == nil {
		return 0
	}
	n := 0
	for _, p := range r.People {
		if p.Verdict == v {
			n++
		}
	}
	if v == compare.Conflict {
		n += len(r.Roles)
	}
	return n
}

// Fails reports whether a name conflict or variant reaches the --fail-on
// threshold. People named alike in every source, or by one source only,
// never fail a run: a person is not an unconfirmed fact.
func (r *Result) Fails(f compare.FailOn) bool {
	if r == nil {
		return false
	}
	for _, v := range []compare.Verdict{compare.Conflict, compare.Variant} {
		if r.Count(v) > 0 && f.Fails(v) {
			return true
		}
	}
	return false
}

// Shown returns the people a report lists: conflicts and variants, and with
// all also the people every source names alike and those one source names.
func (r *Result) Shown(all bool) []*Person {
	if r == nil {
		return nil
	}
	var out []*Person
	for _, p := range r.People {
		if all || p.Verdict == compare.Conflict || p.Verdict == compare.Variant {
			out = append(out, p)
		}
	}
	return out
}
