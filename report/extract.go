// Package report draws what factdiff found: a terminal table, a markdown
// discrepancy report and JSON for machines, for extraction and comparison.
package report

import (
	"fmt"
	"io"
	"strings"

	"factdiff/facts"
)

// ExtractJSON is the JSON document `factdiff extract --format json` writes.
// docs/json.md documents it.
type ExtractJSON struct {
	Version int                 `json:"version"`
	Rules   []string            `json:"rule_files"`
	Sources []facts.SourceInfo  `json:"sources"`
	Skipped []facts.Skipped     `json:"skipped"`
	Replace []facts.Replacement `json:"replaced_rules"`
	Facts   []facts.Fact        `json:"facts"`
}

// extractDoc is the document WriteExtractJSON writes.
func extractDoc(p *facts.Pack, x *facts.Extracted) ExtractJSON {
	return ExtractJSON{Version: 1, Rules: orEmpty(p.Files), Sources: orEmpty(x.Sources), Skipped: orEmpty(x.Skipped), Replace: orEmpty(p.Replaced), Facts: orEmpty(x.Facts)}
}

// orEmpty returns s, or an empty slice for nil: the JSON reports' lists
// are never null (docs/json.md).
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// WriteExtractJSON writes the extraction as JSON, an ExtractJSON document
// indented by two spaces. It writes the facts one at a time, so that the
// memory it takes does not grow with their number. On an error, part of
// the document may have been written.
func WriteExtractJSON(w io.Writer, p *facts.Pack, x *facts.Extracted) error {
	doc := extractDoc(p, x)
	// The fields in the order of ExtractJSON, which TestWriteExtractJSON
	// checks.
	s := newJSONStream(w)
	s.openObject()
	s.field("version", doc.Version)
	s.field("rule_files", doc.Rules)
	streamArray(s, "sources", doc.Sources)
	streamArray(s, "skipped", doc.Skipped)
	streamArray(s, "replaced_rules", doc.Replace)
	streamArray(s, "facts", doc.Facts)
	s.closeObject()
	return s.finish()
}

// WriteExtractTable writes every fact grouped by source, then what was
// dropped from each source and what was skipped.
func WriteExtractTable(w io.Writer, p *facts.Pack, x *facts.Extracted) error {
	bySource := map[string][]facts.Fact{}
	for _, f := range x.Facts {
		bySource[f.Source] = append(bySource[f.Source], f)
	}
	for i, s := range x.Sources {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fs := bySource[s.Name]
		fmt.Fprintf(w, "%s: %d facts, %d sentences\n", s.Name, len(fs), s.Sentences)
		if len(fs) > 0 {
			t := newTable(w, []string{"line:col", "rule", "as written", "value", "qualifier"}, 40)
			for _, f := range fs {
				q := string(f.Qualifier)
				if f.Role != "" {
					q = "role: " + f.Role
				}
				if err := t.Append([]string{fmt.Sprintf("%d:%d", f.Pos.Line, f.Pos.Column), f.Rule, f.Text, f.Canonical(), q}); err != nil {
					return err
				}
			}
			if err := t.Render(); err != nil {
				return err
			}
		}
		writeDropped(w, s.Dropped, "  ")
	}
	writeNotes(w, p, x.Skipped)
	return nil
}

// writeDropped lists what was dropped from a source, one line a span.
func writeDropped(w io.Writer, d []facts.Dropped, indent string) {
	for _, x := range d {
		fmt.Fprintf(w, "%sdropped %s: %s (%s) %q\n", indent, lineRange(x.Line, x.EndLine), x.Reason, x.Detail, x.Text)
	}
}

func lineRange(a, b int) string {
	if a == b {
		return fmt.Sprintf("line %d", a)
	}
	return fmt.Sprintf("lines %d-%d", a, b)
}

// writeNotes lists skipped files and replaced default rules.
func writeNotes(w io.Writer, p *facts.Pack, skipped []facts.Skipped) {
	for _, s := range skipped {
		fmt.Fprintf(w, "skipped %s: %s\n", s.Path, s.Reason)
	}
	for _, r := range p.Replaced {
		fmt.Fprintf(w, "rule %s from %s:%d replaces the rule of that id in %s\n", r.ID, r.File, r.Line, r.Replaced)
	}
}

// oneLine folds white space so that a cell stays on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
