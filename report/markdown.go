package report

import (
	"fmt"
	"io"
	"strings"

	"factdiff/compare"
	"factdiff/facts"
)

// cell escapes text for a markdown table cell: a |, backtick, <, > or &
// and line breaks never break the table or inject markup.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	r := strings.NewReplacer(
		`\`, `\\`,
		"|", `\|`,
		"`", "\\`",
		"<", "&lt;",
		">", "&gt;",
		"&", "&amp;",
		"*", `\*`,
		"_", `\_`,
		"[", `\[`,
		"]", `\]`,
	)
	return r.Replace(s)
}

// WriteMarkdown writes the discrepancy report.
func WriteMarkdown(w io.Writer, r *compare.Result, p *facts.Pack, x *facts.Extracted) error {
	return WriteMarkdownWithNames(w, r, p, x, nil)
}

// WriteMarkdownWithNames writes the discrepancy report with a "## Names"
// section before the sources (none when n is nil).
func WriteMarkdownWithNames(w io.Writer, r *compare.Result, p *facts.Pack, x *facts.Extracted, n *Names) error {
	short := shortNames(r.Sources)
	fmt.Fprintf(w, "# factdiff report\n\n%s.\n", headline(r, n))
	titles := map[compare.Verdict]string{
		compare.Conflict:   "Conflicts",
		compare.Variant:    "Spelling variants",
		compare.Compatible: "Compatible",
		compare.Agree:      "Agree",
		compare.Single:     "Single source (unconfirmed)",
	}
	for _, v := range compare.Verdicts() {
		var gs []*compare.Group
		for _, g := range r.Groups {
			if g.Verdict == v {
				gs = append(gs, g)
			}
		}
		if len(gs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n## %s\n", titles[v])
		switch v {
		case compare.Conflict, compare.Variant:
			for _, g := range gs {
				detailed(w, g, short)
			}
		default:
			brief(w, gs, short)
		}
	}
	writeNamesMarkdown(w, n, r.Sources)
	markdownSources(w, p, x)
	return nil
}

// detailed writes a conflict or a variant with its evidence.
func detailed(w io.Writer, g *compare.Group, short map[string]string) {
	fmt.Fprintf(w, "\n### %s\n\n", cell(g.Label))
	fmt.Fprintf(w, "| source | as written | evidence |\n|---|---|---|\n")
	for _, c := range g.Claims {
		f := c.Facts[0]
		fmt.Fprintf(w, "| %s | %s | %s (%s:%d) |\n", cell(short[c.Source]), cell(c.Text), cell(f.Sentence), cell(f.Source), f.Pos.Line)
	}
	fmt.Fprintln(w)
	if g.Consensus.Tie {
		fmt.Fprintf(w, "No majority: %s.\n", cell(strings.Join(g.Consensus.Tied, " vs ")))
	} else {
		fmt.Fprintf(w, "Consensus: **%s** (%d of %d sources).", cell(g.Consensus.Value), g.Consensus.Sources, g.Consensus.Of)
		if len(g.Outliers) > 0 {
			var o []string
			for _, c := range g.Outliers {
				o = append(o, fmt.Sprintf("%s says %s", cell(short[c.Source]), cell(c.Text)))
			}
			fmt.Fprintf(w, " Outlier: %s.", strings.Join(o, "; "))
		}
		fmt.Fprintln(w)
	}
	for _, p := range g.Conflicts {
		fmt.Fprintf(w, "- %s (%s) conflicts with %s (%s): %s\n", cell(short[p.A]), cell(p.AValue), cell(short[p.B]), cell(p.BValue), cell(p.Reason))
	}
	if g.ConflictsOmitted > 0 {
		fmt.Fprintf(w, "- and %d more conflicting pairs of sources\n", g.ConflictsOmitted)
	}
	for _, s := range g.SelfContradictions {
		fmt.Fprintf(w, "- %s contradicts itself: %s (%s)\n", cell(short[s.Source]), cell(strings.Join(s.Values, " and ")), cell(s.Reason))
	}
	if g.Verdict == compare.Variant {
		var sp []string
		for _, v := range g.Values {
			var ss []string
			for _, s := range v.Sources {
				ss = append(ss, short[s])
			}
			sp = append(sp, fmt.Sprintf("%s (%s)", v.Value, strings.Join(ss, ", ")))
		}
		if g.Suggestion != "" {
			fmt.Fprintf(w, "\nSpellings: %s. Suggested: **%s**.\n", cell(strings.Join(sp, " · ")), cell(g.Suggestion))
		} else {
			fmt.Fprintf(w, "\nSpellings: %s. No spelling has a majority: pick one for house style.\n", cell(strings.Join(sp, " · ")))
		}
	}
}

// brief writes compatible, agreeing and single-source facts as one table.
func brief(w io.Writer, gs []*compare.Group, short map[string]string) {
	fmt.Fprintf(w, "\n| fact | values | sources | note |\n|---|---|---|---|\n")
	for _, g := range gs {
		var vals, srcs []string
		for _, v := range g.Values {
			vals = append(vals, strings.Join(v.Written, " / "))
		}
		for _, c := range g.Claims {
			s := fmt.Sprintf("%s:%d", short[c.Source], c.Facts[0].Pos.Line)
			if !containsStr(srcs, s) {
				srcs = append(srcs, s)
			}
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", cell(g.Label), cell(strings.Join(vals, "; ")), cell(strings.Join(srcs, ", ")), cell(g.Reason))
	}
}

func containsStr(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// markdownSources lists every source with what was dropped from it.
func markdownSources(w io.Writer, p *facts.Pack, x *facts.Extracted) {
	if x == nil {
		return
	}
	nfacts := map[string]int{}
	for _, f := range x.Facts {
		nfacts[f.Source]++
	}
	fmt.Fprintf(w, "\n## Sources\n\n| source | sentences | facts | dropped |\n|---|---|---|---|\n")
	for _, s := range x.Sources {
		var d []string
		for _, dr := range s.Dropped {
			d = append(d, fmt.Sprintf("%s: %s (%s)", lineRange(dr.Line, dr.EndLine), dr.Reason, dr.Detail))
		}
		if len(d) == 0 {
			d = []string{"nothing"}
		}
		fmt.Fprintf(w, "| %s | %d | %d | %s |\n", cell(s.Name), s.Sentences, nfacts[s.Name], cell(strings.Join(d, "; ")))
	}
	for _, s := range x.Skipped {
		fmt.Fprintf(w, "\nSkipped %s: %s.\n", cell(s.Path), cell(s.Reason))
	}
	for _, r := range p.Replaced {
		fmt.Fprintf(w, "\nRule `%s` from %s:%d replaces the default rule of that id.\n", strings.ReplaceAll(r.ID, "`", ""), cell(r.File), r.Line)
	}
}
