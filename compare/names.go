package compare

import (
	"fmt"
	"sort"
	"strings"

	"factdiff/facts"
	"factdiff/names"
)

// nameJudge decides name groups with a names.Comparer.
type nameJudge struct {
	c     *names.Comparer
	cache map[[2]string]names.Comparison
	empty map[string]bool // name -> it normalises to no tokens
}

// NameComparer builds the name comparer from the pack's titles, folds,
// aliases and pairs of different people.
func NameComparer(p *facts.Pack) (*names.Comparer, error) {
	opts := names.Options{Titles: p.Titles, Distinct: p.Distinct}
	for _, f := range p.Folds {
		opts.Folds = append(opts.Folds, names.Fold{From: f.From, To: f.To, At: f.At})
	}
	for _, a := range p.Aliases {
		opts.Aliases = append(opts.Aliases, names.Alias{Canonical: a.Canonical, Spellings: a.Spellings})
	}
	c, err := names.NewComparer(opts)
	if err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	return c, nil
}

func newNameJudge(p *facts.Pack) (*nameJudge, error) {
	c, err := NameComparer(p)
	if err != nil {
		return nil, err
	}
	return &nameJudge{c: c, cache: map[[2]string]names.Comparison{}, empty: map[string]bool{}}, nil
}

func (j *nameJudge) compare(a, b string) names.Comparison {
	k := [2]string{a, b}
	if a > b {
		k = [2]string{b, a}
	}
	if c, ok := j.cache[k]; ok {
		return c
	}
	c := j.c.Compare(k[0], k[1])
	j.cache[k] = c
	return c
}

// nameValue is how a name claim is told apart: the name as written, in
// normalised tokens (titles, case and possessives removed).
func (j *nameJudge) nameValue(f *facts.Fact) string {
	empty, ok := j.empty[f.Name]
	if !ok {
		empty = len(j.c.Normalise(f.Name).Tokens) == 0
		j.empty[f.Name] = empty
	}
	if empty {
		return f.Name
	}
	return strings.TrimSuffix(strings.TrimSpace(f.Name), "'s")
}

// samePerson reports whether two spellings name one person (possibly spelled
// differently, possibly garbled), as opposed to two different people.
func samePerson(r names.Relation) bool { return r != names.Different }

// people splits name claims into people: spellings related by anything but
// Different join one person. The order follows first appearance.
func (j *nameJudge) people(cs []Claim) [][]Claim {
	parent := make([]int, len(cs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	distinct := map[string]int{}
	for i, c := range cs {
		if k, ok := distinct[c.Value]; ok {
			parent[find(i)] = find(k)
			continue
		}
		distinct[c.Value] = i
	}
	var vals []string
	for v := range distinct {
		vals = append(vals, v)
	}
	sort.Strings(vals)
	for a := 0; a < len(vals); a++ {
		for b := a + 1; b < len(vals); b++ {
			if samePerson(j.compare(vals[a], vals[b]).Relation) {
				parent[find(distinct[vals[a]])] = find(distinct[vals[b]])
			}
		}
	}
	var out [][]Claim
	idx := map[int]int{}
	for i, c := range cs {
		r := find(i)
		k, ok := idx[r]
		if !ok {
			k = len(out)
			idx[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], c)
	}
	return out
}

// judgeNames decides a group of names that should all be one person.
func (j *nameJudge) judgeNames(g *Group) {
	sources := g.Sources()
	// Spellings that are the same person spelled alike or in a variant form
	// one cluster; a garble or another person is a separate cluster.
	cluster := map[string]int{}
	var reps []string
	for _, v := range g.Values {
		found := -1
		for k, r := range reps {
			rel := j.compare(v.Value, r).Relation
			if rel == names.Same || rel == names.Variant || rel == names.Partial {
				found = k
				break
			}
		}
		if found < 0 {
			found = len(reps)
			reps = append(reps, v.Value)
		}
		cluster[v.Value] = found
	}
	primary := primaries(g.Claims)
	compatible := func(x, y *Claim) bool { return cluster[x.Value] == cluster[y.Value] }
	for _, c := range g.Claims {
		p := primary[c.Source]
		if cluster[c.Value] != cluster[p.Value] {
			g.SelfContradictions = append(g.SelfContradictions, SelfContradiction{Source: c.Source, Values: []string{p.Value, c.Value}, Reason: j.compare(p.Value, c.Value).Reason})
		}
	}
	pairwise(g, sources, primary, func(a, b *Claim) (bool, string) {
		if cluster[a.Value] == cluster[b.Value] {
			return false, ""
		}
		cmp := j.compare(a.Value, b.Value)
		if cmp.Relation == names.Garble {
			return true, "possible garble: " + cmp.Reason
		}
		return true, "different people named as " + strings.ToLower(g.Label)
	})
	// The consensus counts sources per person, not per spelling.
	consensus(g, sources, primary, compatible)
	if !g.Consensus.Tie {
		g.Consensus.Value = majoritySpelling(g, cluster, cluster[g.Consensus.Value])
	}
	variants := j.variantSpellings(g, cluster)
	switch {
	case len(g.Conflicts) > 0 || len(g.SelfContradictions) > 0:
		g.Verdict = Conflict
		g.Reason = conflictReason(g)
		if len(g.Conflicts) > 0 && strings.HasPrefix(g.Conflicts[0].Reason, "possible garble") {
			g.Reason = "possible garble: " + g.Reason
		}
	case len(variants) > 1:
		g.Verdict = Variant
		g.Suggestion = j.suggest(g, variants)
		if g.Suggestion == "" {
			g.Reason = "one person spelled " + strings.Join(variants, " / ") + "; no spelling has a majority: pick one for house style"
		} else {
			g.Reason = "one person spelled " + strings.Join(variants, " / ") + "; use " + g.Suggestion
		}
	case len(sources) == 1:
		g.Verdict = Single
		g.Reason = "only " + sources[0] + " names " + g.Consensus.Value + ": unconfirmed"
	default:
		g.Verdict = Agree
		g.Reason = fmt.Sprintf("%d sources name %s", len(sources), g.Consensus.Value)
	}
	if c, ok := j.c.Canonical(g.Consensus.Value); ok && g.Verdict != Conflict && c != g.Consensus.Value && g.Suggestion == "" {
		g.Suggestion = c
	}
}

// variantSpellings lists the spellings of the consensus person that differ
// by more than a shorter form: "Zelensky", "Zelenskiy", "Zelenskyy".
func (j *nameJudge) variantSpellings(g *Group, cluster map[string]int) []string {
	main := -1
	for _, v := range g.Values {
		if v.Value == g.Consensus.Value || main < 0 {
			main = cluster[v.Value]
		}
		if v.Value == g.Consensus.Value {
			break
		}
	}
	var out []string
	for _, v := range g.Values {
		if cluster[v.Value] != main {
			continue
		}
		dup := false
		for _, o := range out {
			rel := j.compare(v.Value, o).Relation
			dup = dup || rel == names.Same || rel == names.Partial
		}
		if !dup {
			out = append(out, v.Value)
		}
	}
	return out
}

// majoritySpelling returns the spelling most sources use in cluster k.
func majoritySpelling(g *Group, cluster map[string]int, k int) string {
	best, n := "", -1
	for _, v := range g.Values { // most sources first
		if cluster[v.Value] == k && len(v.Sources) > n {
			best, n = v.Value, len(v.Sources)
		}
	}
	return best
}

// suggest returns the alias spelling of a variant, or the one most sources
// use, or "" when no spelling has a majority.
func (j *nameJudge) suggest(g *Group, variants []string) string {
	for _, v := range variants {
		if c, ok := j.c.Canonical(v); ok {
			return c
		}
	}
	best, n, tie := "", -1, false
	for _, v := range variants {
		for _, c := range g.Values {
			if c.Value != v {
				continue
			}
			switch {
			case len(c.Sources) > n:
				best, n, tie = v, len(c.Sources), false
			case len(c.Sources) == n:
				tie = true
			}
		}
	}
	if tie {
		return ""
	}
	return best
}
