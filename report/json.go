package report

import (
	"io"

	"factdiff/compare"
	"factdiff/facts"
)

// CompareJSON is the JSON document `factdiff --format json` writes.
// docs/json.md documents it.
type CompareJSON struct {
	Version  int                 `json:"version"`
	Rules    []string            `json:"rule_files"`
	Summary  map[string]int      `json:"summary"`
	Sources  []facts.SourceInfo  `json:"sources"`
	Skipped  []facts.Skipped     `json:"skipped"`
	Replaced []facts.Replacement `json:"replaced_rules"`
	Groups   []*compare.Group    `json:"groups"`
	// Names is the names pass (names.go), when it ran.
	Names *NamesJSON `json:"names,omitempty"`
}

// WriteJSON writes the comparison as JSON.
func WriteJSON(w io.Writer, r *compare.Result, p *facts.Pack, x *facts.Extracted) error {
	return WriteJSONWithNames(w, r, p, x, nil)
}

// compareDoc is the document WriteJSONWithNames writes.
func compareDoc(r *compare.Result, p *facts.Pack, x *facts.Extracted, n *Names) CompareJSON {
	doc := CompareJSON{Version: 1, Rules: orEmpty(p.Files), Summary: map[string]int{}, Sources: orEmpty(x.Sources),
		Skipped: orEmpty(x.Skipped), Replaced: orEmpty(p.Replaced), Groups: orEmpty(r.Groups), Names: namesJSON(n)}
	for _, v := range compare.Verdicts() {
		doc.Summary[string(v)] = r.Count(v)
	}
	return doc
}

// WriteJSONWithNames writes the comparison as JSON, a CompareJSON document
// indented by two spaces, with a "names" field holding every person found
// (none when n is nil). It writes the groups and the people one at a time,
// so that the memory it takes does not grow with their number. On an
// error, part of the document may have been written.
func WriteJSONWithNames(w io.Writer, r *compare.Result, p *facts.Pack, x *facts.Extracted, n *Names) error {
	doc := compareDoc(r, p, x, n)
	// The fields in the order of CompareJSON and NamesJSON, which
	// TestWriteJSON checks.
	s := newJSONStream(w)
	s.openObject()
	s.field("version", doc.Version)
	s.field("rule_files", doc.Rules)
	s.field("summary", doc.Summary)
	streamArray(s, "sources", doc.Sources)
	streamArray(s, "skipped", doc.Skipped)
	streamArray(s, "replaced_rules", doc.Replaced)
	streamArray(s, "groups", doc.Groups)
	if doc.Names != nil {
		s.key("names")
		s.openObject()
		s.field("summary", doc.Names.Summary)
		streamArray(s, "people", doc.Names.People)
		streamArray(s, "role_conflicts", doc.Names.Roles)
		s.closeObject()
	}
	s.closeObject()
	return s.finish()
}
