package corpusgen

import (
	"fmt"
	"sort"
	"strings"

	"factdiff/compare"
)

// Check compares the groups of a comparison of one story's articles with
// the story's planted answers and returns what is wrong: a planted fact
// without its group, with another verdict, other stated values, another
// consensus or a missing outlier; and any group no planted fact explains.
func Check(st StoryManifest, groups []*compare.Group) []string {
	var problems []string
	used := map[*compare.Group]bool{}
	for _, f := range st.Facts {
		var found []*compare.Group
		for _, g := range groups {
			if g.Rule != f.Rule {
				continue
			}
			if f.Kind == "name" && !overlaps(values(g), f.Values) {
				continue // another person named in the same role
			}
			found = append(found, g)
		}
		what := fmt.Sprintf("%s %s (%s)", st.Dir, f.Rule, f.Plan)
		if len(found) != 1 {
			problems = append(problems, fmt.Sprintf("%s: want one group with %s, found %d", what, strings.Join(f.Values, " / "), len(found)))
			continue
		}
		g := found[0]
		used[g] = true
		if string(g.Verdict) != f.Verdict {
			problems = append(problems, fmt.Sprintf("%s: verdict %q, want %q (%s)", what, g.Verdict, f.Verdict, g.Reason))
		}
		if got, want := sorted(values(g)), sorted(f.Values); strings.Join(got, "|") != strings.Join(want, "|") {
			problems = append(problems, fmt.Sprintf("%s: values %q, want %q", what, got, want))
		}
		if n := len(g.Sources()); n != f.Sources {
			problems = append(problems, fmt.Sprintf("%s: %d sources state it, want %d", what, n, f.Sources))
		}
		if f.Consensus != "" && g.Consensus.Value != f.Consensus {
			problems = append(problems, fmt.Sprintf("%s: consensus %q, want %q", what, g.Consensus.Value, f.Consensus))
		}
		if f.Outlier != "" && f.Kind != "name" {
			ok := false
			for _, o := range g.Outliers {
				ok = ok || strings.HasSuffix(o.Source, f.Outlier)
			}
			if !ok {
				problems = append(problems, fmt.Sprintf("%s: %s is not among the outliers", what, f.Outlier))
			}
		}
		if f.Outlier != "" {
			ok := false
			for _, c := range g.Conflicts {
				ok = ok || strings.HasSuffix(c.A, f.Outlier) || strings.HasSuffix(c.B, f.Outlier)
			}
			if !ok {
				problems = append(problems, fmt.Sprintf("%s: no conflict names %s", what, f.Outlier))
			}
		}
	}
	for _, g := range groups {
		if !used[g] {
			problems = append(problems, fmt.Sprintf("%s: a group nobody planted: %s %s: %s", st.Dir, g.Key, g.Verdict, g.Reason))
		}
	}
	return problems
}

func values(g *compare.Group) []string {
	var out []string
	for _, v := range g.Values {
		out = append(out, v.Value)
	}
	return out
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func sorted(s []string) []string {
	s = append([]string(nil), s...)
	sort.Strings(s)
	return s
}
