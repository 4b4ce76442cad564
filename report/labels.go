package report

import (
	"fmt"
	"path/filepath"
	"strings"

	"factdiff/compare"
)

// shortNames gives each source a short column label: its base name when the
// base names are unique, else the path as given.
func shortNames(sources []string) map[string]string {
	out := map[string]string{}
	seen := map[string]int{}
	for _, s := range sources {
		seen[filepath.Base(s)]++
	}
	for _, s := range sources {
		if b := filepath.Base(s); seen[b] == 1 {
			out[s] = b
		} else {
			out[s] = s
		}
	}
	return out
}

// consensusText says what most sources give, or that there is a tie.
func consensusText(g *compare.Group) string {
	c := g.Consensus
	if c.Tie {
		return "tie: " + strings.Join(c.Tied, " / ")
	}
	if c.Of <= 1 {
		return c.Value
	}
	return fmt.Sprintf("%s (%d of %d)", c.Value, c.Sources, c.Of)
}

// summary counts the groups by verdict: "5 sources, 12 facts: 1 conflict, ...".
func summary(r *compare.Result) string {
	parts := []string{}
	for _, v := range compare.Verdicts() {
		n := r.Count(v)
		name := string(v)
		if n != 1 && v != compare.Single {
			name = plural(name)
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, name))
	}
	return fmt.Sprintf("%d sources, %d facts: %s", len(r.Sources), len(r.Groups), strings.Join(parts, ", "))
}

// headline is the summary line of a report: the facts and, when the names
// pass ran, the people, so that the first line accounts for the exit code.
func headline(r *compare.Result, n *Names) string {
	s := summary(r)
	if n != nil && n.Result != nil {
		s += "; names: " + namesSummary(n.Result)
	}
	return s
}

func plural(s string) string {
	switch s {
	case "agree", "compatible":
		return s
	}
	return s + "s"
}

// outlierText says which sources are the odd ones out.
func outlierText(g *compare.Group, short map[string]string) string {
	if g.Consensus.Tie {
		return "no majority: " + strings.Join(g.Consensus.Tied, " vs ")
	}
	if len(g.Outliers) == 0 {
		return ""
	}
	var o []string
	for _, c := range g.Outliers {
		o = append(o, fmt.Sprintf("%s says %s", short[c.Source], c.Text))
	}
	return fmt.Sprintf("%d of %d sources give %s; outlier: %s", g.Consensus.Sources, g.Consensus.Of, g.Consensus.Value, strings.Join(o, "; "))
}
