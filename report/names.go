package report

import (
	"fmt"
	"io"
	"strings"

	"factdiff/compare"
	"factdiff/persons"
)

// Names is the Names section of a report: the people the names pass found
// (see package persons) and whether to list everyone. Without All, the
// table and markdown list conflicts and variants only; with All, also the
// people every source names alike and those only one source names. The
// JSON report always holds everyone.
type Names struct {
	Result *persons.Result
	All    bool
}

// nameRow is one line of the Names section: a person, or a role given to
// different people.
type nameRow struct {
	label     string
	verdict   compare.Verdict
	spellings []string // "Steve Witkoff (a.txt:5, c.txt:5)"
	note      string
	person    *persons.Person
	role      *persons.RoleClash
}

// rows returns the rows to show: role conflicts and conflicting people
// first, then variants, then (with All) agree and single source.
func (n *Names) rows(short map[string]string) []nameRow {
	var out []nameRow
	people := n.Result.Shown(n.All)
	add := func(p *persons.Person) {
		row := nameRow{label: p.Name, verdict: p.Verdict, note: p.Reason, person: p}
		for _, sp := range p.Spellings {
			row.spellings = append(row.spellings, fmt.Sprintf("%s (%s)", strings.Join(sp.Written, " / "), refList(sp.Refs, short)))
		}
		if len(p.Outliers) > 0 {
			var o []string
			for _, src := range p.Outliers {
				var written []string
				for _, sp := range p.Spellings {
					if containsStr(sp.Sources, src) {
						written = append(written, sp.Name)
					}
				}
				o = append(o, fmt.Sprintf("%s says %s", short[src], strings.Join(written, " and ")))
			}
			row.note += "; outlier: " + strings.Join(o, "; ")
		}
		for _, src := range p.Mixed {
			row.note += "; " + short[src] + " writes both"
		}
		out = append(out, row)
	}
	for _, p := range people {
		if p.Verdict == compare.Conflict {
			add(p)
		}
	}
	for _, rc := range n.Result.Roles {
		row := nameRow{label: rc.Role, verdict: rc.Verdict, note: rc.Reason, role: rc}
		for _, h := range rc.Holders {
			row.spellings = append(row.spellings, fmt.Sprintf("%s as %s (%s)", h.Person, h.Role, refList(h.Refs, short)))
		}
		out = append(out, row)
	}
	for _, p := range people {
		if p.Verdict != compare.Conflict {
			add(p)
		}
	}
	return out
}

// refList writes "a.txt:5, c.txt:3".
func refList(refs []persons.Ref, short map[string]string) string {
	var out []string
	for _, r := range refs {
		name := short[r.Source]
		if name == "" {
			name = r.Source
		}
		out = append(out, fmt.Sprintf("%s:%d", name, r.Line))
	}
	return strings.Join(out, ", ")
}

// namesSummary counts the people by verdict: "16 people: 1 conflict, 3
// variants, 7 agree, 5 single source".
func namesSummary(r *persons.Result) string {
	var parts []string
	for _, v := range []compare.Verdict{compare.Conflict, compare.Variant, compare.Agree, compare.Single} {
		n := r.Count(v)
		name := string(v)
		if n != 1 && v != compare.Single {
			name = plural(name)
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, name))
	}
	s := fmt.Sprintf("%d people: %s", len(r.People), strings.Join(parts, ", "))
	if len(r.Roles) > 0 {
		s += fmt.Sprintf(" (the conflicts include %d role(s) given to different people)", len(r.Roles))
	}
	return s
}

// writeNamesTable writes the Names section under the terminal table.
func writeNamesTable(w io.Writer, n *Names, sources []string, o TableOptions) error {
	if n == nil || n.Result == nil {
		return nil
	}
	short := shortNames(sources)
	fmt.Fprintf(w, "\nNames: %s\n", namesSummary(n.Result))
	rows := n.rows(short)
	if len(rows) == 0 {
		if !n.All {
			fmt.Fprintln(w, "no name conflicts or variants (--all lists everyone)")
		}
		return nil
	}
	t := newTable(w, []string{"person or role", "verdict", "spellings (source:line)", "note"}, 44)
	for _, r := range rows {
		if err := t.Append([]string{r.label, paint(o.Color, r.verdict, string(r.verdict)), strings.Join(r.spellings, "\n"), r.note}); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	for _, r := range rows {
		if r.verdict != compare.Conflict && r.verdict != compare.Variant {
			continue
		}
		fmt.Fprintf(w, "\n%s %s: %s\n", paint(o.Color, r.verdict, strings.ToUpper(string(r.verdict))), r.label, r.note)
		for _, e := range nameEvidence(r) {
			fmt.Fprintf(w, "  %s:%d:%d  %s\n", e.source, e.line, e.column, excerptAround(e.sentence, e.name, 110))
		}
	}
	if !n.All {
		fmt.Fprintln(w, "(--all also lists the people every source names alike and those only one source names)")
	}
	return nil
}

// evidenceLine is a sentence that names a person.
type evidenceLine struct {
	source, name, role, sentence string
	line, column                 int
}

// nameEvidence returns, for a row, the first mention of each spelling in each
// source (for a person) or of each holder in each source (for a role).
func nameEvidence(r nameRow) []evidenceLine {
	var out []evidenceLine
	seen := map[[2]string]bool{}
	if r.person != nil {
		for _, m := range r.person.Mentions {
			sp := spellingOf(r.person, m.Name)
			k := [2]string{m.Source, sp}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, evidenceLine{source: m.Source, name: m.Name, role: m.Role, sentence: m.Sentence, line: m.Pos.Line, column: m.Pos.Column})
		}
	}
	if r.role != nil {
		for _, h := range r.role.Holders {
			for _, ref := range h.Refs {
				out = append(out, evidenceLine{source: ref.Source, name: h.Person, role: h.Role, line: ref.Line, column: ref.Column, sentence: ref.Sentence})
			}
		}
	}
	return out
}

// spellingOf returns the spelling a written form belongs to.
func spellingOf(p *persons.Person, written string) string {
	for _, sp := range p.Spellings {
		for _, w := range sp.Written {
			if w == written {
				return sp.Name
			}
		}
	}
	return written
}

// writeNamesMarkdown writes the "## Names" section of the markdown report.
func writeNamesMarkdown(w io.Writer, n *Names, sources []string) {
	if n == nil || n.Result == nil {
		return
	}
	short := shortNames(sources)
	fmt.Fprintf(w, "\n## Names\n\n%s.", cell(namesSummary(n.Result)))
	if !n.All {
		fmt.Fprint(w, " Listed: conflicts and variants (`--all` lists everyone).")
	}
	fmt.Fprintln(w)
	rows := n.rows(short)
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(w, "\n| person or role | verdict | spellings (source:line) | note |\n|---|---|---|---|\n")
	for _, r := range rows {
		var sp []string
		for _, s := range r.spellings {
			sp = append(sp, cell(s))
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", cell(r.label), cell(string(r.verdict)), strings.Join(sp, " · "), cell(r.note))
	}
	for _, r := range rows {
		if r.verdict != compare.Conflict && r.verdict != compare.Variant {
			continue
		}
		fmt.Fprintf(w, "\n### %s (%s)\n\n", cell(r.label), cell(string(r.verdict)))
		fmt.Fprintf(w, "| source | as written | role | evidence |\n|---|---|---|---|\n")
		for _, e := range nameEvidence(r) {
			fmt.Fprintf(w, "| %s | %s | %s | %s (%s:%d) |\n", cell(short[e.source]), cell(e.name), cell(e.role), cell(e.sentence), cell(e.source), e.line)
		}
		if r.person != nil && r.person.Suggestion != "" && r.verdict == compare.Variant {
			fmt.Fprintf(w, "\nSuggested: **%s**.\n", cell(r.person.Suggestion))
		}
	}
}

// NamesJSON is the "names" field of the JSON report: every person found,
// with every mention, and the roles given to different people.
type NamesJSON struct {
	Summary map[string]int       `json:"summary"`
	People  []*persons.Person    `json:"people"`
	Roles   []*persons.RoleClash `json:"role_conflicts"`
}

// namesJSON builds the "names" field, or nil without a names pass.
func namesJSON(n *Names) *NamesJSON {
	if n == nil || n.Result == nil {
		return nil
	}
	out := &NamesJSON{Summary: map[string]int{}, People: n.Result.People, Roles: n.Result.Roles}
	for _, v := range []compare.Verdict{compare.Conflict, compare.Variant, compare.Agree, compare.Single} {
		out.Summary[string(v)] = n.Result.Count(v)
	}
	if out.People == nil {
		out.People = []*persons.Person{}
	}
	if out.Roles == nil {
		out.Roles = []*persons.RoleClash{}
	}
	return out
}

// Fails reports whether the Names section reaches the --fail-on threshold:
// a name conflict counts as a conflict, a variant as a variant.
func (n *Names) Fails(f compare.FailOn) bool {
	return n != nil && n.Result.Fails(f)
}
