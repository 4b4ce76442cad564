package report

import (
	"fmt"
	"io"
	"strings"

	"factdiff/compare"
	"factdiff/facts"
)

// TableOptions configure the terminal table.
type TableOptions struct {
	Color bool // colour verdicts (only on a terminal, and never with NO_COLOR)
	// Wide is the most sources shown as one column each; past it, the
	// table has a row per distinct value listing its sources.
	Wide int
	// Names, when set, adds the Names section (names.go) after the facts.
	Names *Names
}

// WriteTable draws the comparison as a terminal table, conflicts first,
// then the pairwise conflicts with their evidence.
func WriteTable(w io.Writer, r *compare.Result, x *facts.Extracted, o TableOptions) error {
	if o.Wide == 0 {
		o.Wide = 5
	}
	short := shortNames(r.Sources)
	fmt.Fprintln(w, headline(r, o.Names))
	if len(r.Groups) > 0 {
		var err error
		if len(r.Sources) <= o.Wide {
			err = wideTable(w, r, short, o)
		} else {
			err = longTable(w, r, short, o)
		}
		if err != nil {
			return err
		}
	}
	for _, g := range r.Groups {
		if g.Verdict != compare.Conflict && g.Verdict != compare.Variant {
			continue
		}
		fmt.Fprintf(w, "\n%s %s: %s\n", paint(o.Color, g.Verdict, strings.ToUpper(string(g.Verdict))), g.Label, g.Reason)
		if t := outlierText(g, short); t != "" {
			fmt.Fprintf(w, "  %s\n", t)
		}
		for i, p := range g.Conflicts {
			if i == maxLines {
				fmt.Fprintf(w, "  … and %d more conflicting pairs (--format json lists them)\n", len(g.Conflicts)-maxLines+g.ConflictsOmitted)
				break
			}
			fmt.Fprintf(w, "  %s (%s) vs %s (%s): %s\n", short[p.A], p.AValue, short[p.B], p.BValue, p.Reason)
		}
		for _, c := range evidence(g) {
			f := c.Facts[0]
			fmt.Fprintf(w, "  %s:%d:%d  %s\n", f.Source, f.Pos.Line, f.Pos.Column, excerptAround(f.Sentence, f.Text, 110))
		}
	}
	if err := writeNamesTable(w, o.Names, r.Sources, o); err != nil {
		return err
	}
	writeSourcesNote(w, x)
	return nil
}

// maxLines is how many pairs or sentences a conflict lists on the terminal.
const maxLines = 6

// evidence picks the sentences to show under a conflict: one per distinct
// value, then more up to maxLines.
func evidence(g *compare.Group) []compare.Claim {
	if len(g.Claims) <= maxLines {
		return g.Claims
	}
	var out []compare.Claim
	seen := map[string]bool{}
	for _, c := range g.Claims {
		if !seen[c.Value] {
			seen[c.Value] = true
			out = append(out, c)
		}
	}
	return out
}

func verdictCell(g *compare.Group, o TableOptions) string {
	return paint(o.Color, g.Verdict, string(g.Verdict))
}

// wideTable has a column per source.
func wideTable(w io.Writer, r *compare.Result, short map[string]string, o TableOptions) error {
	headers := []string{"fact", "verdict", "consensus"}
	for _, s := range r.Sources {
		headers = append(headers, short[s])
	}
	t := newTable(w, headers, 28)
	for _, g := range r.Groups {
		row := []string{g.Label, verdictCell(g, o), consensusText(g)}
		for _, s := range r.Sources {
			row = append(row, sourceCell(g, s))
		}
		if err := t.Append(row); err != nil {
			return err
		}
	}
	return t.Render()
}

// sourceCell lists what one source gives in a group, with the line.
func sourceCell(g *compare.Group, source string) string {
	var vs []string
	for _, c := range g.Claims {
		if c.Source == source {
			vs = append(vs, fmt.Sprintf("%s :%d", c.Text, c.Facts[0].Pos.Line))
		}
	}
	if len(vs) == 0 {
		return "-"
	}
	return strings.Join(vs, "; ")
}

// longTable has a row per distinct value, listing its sources.
func longTable(w io.Writer, r *compare.Result, short map[string]string, o TableOptions) error {
	t := newTable(w, []string{"fact", "verdict", "consensus", "value", "sources"}, 40)
	for _, g := range r.Groups {
		for i, v := range g.Values {
			var ss []string
			for _, s := range v.Sources {
				ss = append(ss, short[s])
			}
			row := []string{"", "", "", strings.Join(v.Written, " / "), fmt.Sprintf("%d: %s", len(ss), strings.Join(ss, ", "))}
			if i == 0 {
				row[0], row[1], row[2] = g.Label, verdictCell(g, o), consensusText(g)
			}
			if err := t.Append(row); err != nil {
				return err
			}
		}
	}
	return t.Render()
}

// writeSourcesNote says what was dropped from the sources, in one line each.
func writeSourcesNote(w io.Writer, x *facts.Extracted) {
	if x == nil {
		return
	}
	for _, s := range x.Sources {
		if len(s.Dropped) == 0 {
			continue
		}
		var parts []string
		for _, d := range s.Dropped {
			parts = append(parts, fmt.Sprintf("%s %s", lineRange(d.Line, d.EndLine), d.Reason))
		}
		fmt.Fprintf(w, "dropped from %s: %s\n", s.Name, strings.Join(parts, "; "))
	}
	for _, s := range x.Skipped {
		fmt.Fprintf(w, "skipped %s: %s\n", s.Path, s.Reason)
	}
}

// excerptAround shortens a sentence to about n characters around a phrase.
func excerptAround(sentence, phrase string, n int) string {
	r := []rune(sentence)
	if len(r) <= n {
		return sentence
	}
	at := strings.Index(sentence, phrase)
	if at < 0 {
		return string(r[:n-1]) + "…"
	}
	center := len([]rune(sentence[:at]))
	start := center - n/3
	if start < 0 {
		start = 0
	}
	end := start + n
	if end > len(r) {
		end, start = len(r), len(r)-n
	}
	out := string(r[start:end])
	if start > 0 {
		out = "…" + out
	}
	if end < len(r) {
		out += "…"
	}
	return out
}

// paint colours a verdict's text with ANSI escapes when on is set.
func paint(on bool, v compare.Verdict, s string) string {
	if !on {
		return s
	}
	code := map[compare.Verdict]string{
		compare.Conflict:   "1;31",
		compare.Variant:    "33",
		compare.Compatible: "36",
		compare.Agree:      "32",
		compare.Single:     "2",
	}[v]
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}
