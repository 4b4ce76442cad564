package compare

import (
	"strings"

	"factdiff/facts"
)

// Compare groups the facts by rule, and by subject where the rule captures
// one, and decides each group. Names under a rule that is not held by one
// person are first split into people, a group each.
func Compare(p *facts.Pack, x *facts.Extracted) (*Result, error) {
	nj, err := newNameJudge(p)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	for _, s := range x.Sources {
		res.Sources = append(res.Sources, s.Name)
	}
	type key struct{ rule, subject string }
	byKey := map[key][]facts.Fact{}
	var keys []key
	for _, f := range preferSpecific(p, x.Facts) {
		k := key{f.Rule, strings.ToLower(f.Subject)}
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], f)
	}
	order := map[string]int{}
	for i, r := range p.Rules {
		order[r.ID] = i
	}
	for _, k := range keys {
		fs := byKey[k]
		r := p.Rule(k.rule)
		base := Group{Rule: k.rule, Label: fs[0].Label, Kind: fs[0].Kind, Subject: fs[0].Subject, order: order[k.rule]}
		base.Key = k.rule
		if k.subject != "" {
			base.Key += "/" + k.subject
		}
		switch {
		case fs[0].Kind == facts.Name:
			cs := claims(fs, nj.nameValue)
			people := [][]Claim{cs}
			if r == nil || !r.OnePerson {
				people = nj.people(cs)
			}
			for _, person := range people {
				g := base
				g.Claims = person
				g.Values = counts(person)
				nj.judgeNames(&g)
				if r == nil || !r.OnePerson {
					g.Key = base.Key + "/" + strings.ToLower(g.Consensus.Value)
					if g.Consensus.Tie {
						g.Key = base.Key + "/" + strings.ToLower(g.Consensus.Tied[0])
					}
				}
				res.Groups = append(res.Groups, finish(&g))
			}
		case fs[0].Kind.Numeric():
			var tol facts.Tolerance
			if r != nil {
				tol = r.Tolerance
			}
			cs := claims(fs, numberValue)
			sets := [][]Claim{cs}
			if r != nil && len(r.Near) == 0 && r.Regexp() == nil {
				// A rule with only a kind does not say which values are
				// the same fact: values that fit together are one fact.
				sets = clusterNumbers(cs, tol)
			}
			for _, set := range sets {
				g := base
				g.Claims = set
				g.Values = counts(set)
				judgeNumbers(&g, tol)
				if len(sets) > 1 {
					g.Key = base.Key + "/" + g.Values[0].Value
				}
				res.Groups = append(res.Groups, finish(&g))
			}
		default:
			g := base
			g.Claims = claims(fs, func(f *facts.Fact) string { return strings.Join(strings.Fields(f.Name), " ") })
			g.Values = counts(g.Claims)
			judgeText(&g)
			res.Groups = append(res.Groups, finish(&g))
		}
	}
	sortGroups(res.Groups)
	return res, nil
}

// clusterNumbers puts each claim in the first set whose claims are all
// compatible with it, or in a new set.
//
// Whether two claims are compatible depends only on their numberKeys, so
// each set keeps the distinct keys of its claims, and each key remembers
// how far through the sets it has got: a set that does not fit a key never
// will, since sets only grow, and the set that fits it need only be checked
// against the keys it gained since. compatibleNumbers is then asked about
// each pair of keys about once, and each further claim costs a lookup.
func clusterNumbers(cs []Claim, tol facts.Tolerance) [][]Claim {
	type set struct {
		claims []Claim
		keys   []int // the distinct keys of the claims, in order of joining
	}
	type progress struct {
		set    int // the first set not known to misfit
		fit    int // how many of its keys are known to fit
		joined int // the last set a claim with the key joined, or -1
	}
	var (
		sets  []set
		reps  []*facts.Fact // per key, the first fact with it
		state []progress    // per key
		idx   = map[numberKey]int{}
	)
	for _, c := range cs {
		f := &c.Facts[0]
		key := keyOf(f)
		k, ok := idx[key]
		if !ok {
			k = len(reps)
			idx[key] = k
			reps = append(reps, f)
			state = append(state, progress{joined: -1})
		}
		p := &state[k]
		for ; p.set < len(sets); p.set, p.fit = p.set+1, 0 {
			keys := sets[p.set].keys
			for p.fit < len(keys) {
				if ok, _ := compatibleNumbers(reps[keys[p.fit]], f, tol); !ok {
					break
				}
				p.fit++
			}
			if p.fit == len(keys) {
				break
			}
		}
		if p.set == len(sets) {
			sets = append(sets, set{})
		}
		s := &sets[p.set]
		s.claims = append(s.claims, c)
		if p.joined != p.set {
			s.keys = append(s.keys, k)
			p.joined = p.set
		}
	}
	out := make([][]Claim, len(sets))
	for i, s := range sets {
		out[i] = s.claims
	}
	return out
}

// preferSpecific drops a name a general role rule found where a rule for a
// role held by one person found the same name: the specific rule's group
// says it, and the editor should not read the same conflict twice.
func preferSpecific(p *facts.Pack, fs []facts.Fact) []facts.Fact {
	type at struct {
		source string
		offset int
	}
	specific := map[at]bool{}
	for _, f := range fs {
		if r := p.Rule(f.Rule); f.Kind == facts.Name && r != nil && r.OnePerson {
			specific[at{f.Source, f.Pos.Offset}] = true
		}
	}
	if len(specific) == 0 {
		return fs
	}
	var out []facts.Fact
	for _, f := range fs {
		if r := p.Rule(f.Rule); f.Kind == facts.Name && r != nil && !r.OnePerson && specific[at{f.Source, f.Pos.Offset}] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// finish makes empty lists empty rather than null in JSON.
func finish(g *Group) *Group {
	if g.Outliers == nil {
		g.Outliers = []Claim{}
	}
	if g.Conflicts == nil {
		g.Conflicts = []Pair{}
	}
	if g.SelfContradictions == nil {
		g.SelfContradictions = []SelfContradiction{}
	}
	return g
}

// judgeText decides a text group: values compared as written, case and
// spacing aside.
func judgeText(g *Group) {
	sources := g.Sources()
	primary := primaries(g.Claims)
	same := func(x, y *Claim) bool { return strings.EqualFold(x.Value, y.Value) }
	for _, c := range g.Claims {
		if p := primary[c.Source]; !same(p, &c) {
			g.SelfContradictions = append(g.SelfContradictions, SelfContradiction{Source: c.Source, Values: []string{p.Value, c.Value}, Reason: "two different texts"})
		}
	}
	pairwise(g, sources, primary, func(a, b *Claim) (bool, string) { return !same(a, b), "different texts" })
	consensus(g, sources, primary, same)
	switch {
	case len(g.Conflicts) > 0 || len(g.SelfContradictions) > 0:
		g.Verdict, g.Reason = Conflict, conflictReason(g)
	case len(sources) == 1:
		g.Verdict, g.Reason = Single, "only "+sources[0]+" states it: unconfirmed"
	default:
		g.Verdict, g.Reason = Agree, "all sources give "+g.Consensus.Value
	}
}
